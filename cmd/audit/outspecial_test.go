package main

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOutNotRegularFile: --out naming something that is not a regular
// file, a named pipe here as /dev/null or /dev/stdout in a pipeline, is
// written into, not replaced by a regular file renamed over it (which,
// run as root, turned /dev/null into a file). Each command writing
// through --out: scan, screen, registry check.
func TestOutNotRegularFile(t *testing.T) {
	fixtures := filepath.Join("..", "..", "fixtures")
	for _, tc := range []struct {
		name string   // the command's words
		args []string // after them and --out
		want string
	}{
		{"scan", []string{"--format", "json", "--registry", filepath.Join(fixtures, "registry.xlsx"),
			"--sanctions", filepath.Join(fixtures, "sanctions", "sdn.csv"), "--list-date", "2024-05-03", "--fail-on", "none"}, `"schema_version"`},
		{"screen", []string{"--format", "json", "--sanctions", filepath.Join(fixtures, "sanctions", "sdn.csv"), "HUA FU"}, `"query": "HUA FU"`},
		{"registry check", []string{"--format", "json", "--fail-on", "none", filepath.Join(fixtures, "registry.xlsx")}, `"problems"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fifo := filepath.Join(t.TempDir(), "out.json")
			if err := syscall.Mkfifo(fifo, 0o600); err != nil {
				t.Skipf("no named pipes here: %v", err)
			}
			got := make(chan string, 1)
			go func() {
				f, err := os.Open(fifo) // blocks until audit opens it to write
				if err != nil {
					got <- err.Error()
					return
				}
				defer f.Close()
				b, _ := io.ReadAll(f)
				got <- string(b)
			}()
			_, stderr, code := runAudit(t, append(append(strings.Fields(tc.name), "--out", fifo), tc.args...)...)
			if code != 0 {
				// The reader waits for a writer: open and close one.
				if w, err := os.OpenFile(fifo, os.O_WRONLY, 0); err == nil {
					w.Close()
				}
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			fi, err := os.Lstat(fifo)
			if err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
				// The reader stays blocked on the pipe that was replaced.
				t.Fatalf("--out replaced the named pipe with %v (%v)", fi.Mode(), err)
			}
			select {
			case out := <-got:
				if !strings.Contains(out, tc.want) {
					t.Errorf("the pipe received %.200q, want %s", out, tc.want)
				}
			case <-time.After(time.Minute):
				t.Fatal("nothing came through the pipe")
			}
		})
	}
}
