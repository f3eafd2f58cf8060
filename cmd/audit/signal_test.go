package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestSignalRemovesTemporaryFiles: a termination signal (a scheduler's
// timeout) while screen spools standard input removes the spooled
// counterparties and exits 143, saying so; an interrupt exits 130.
func TestSignalRemovesTemporaryFiles(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	bin := filepath.Join(t.TempDir(), "audit") // testscript.RunMain runs run() under this name
	if err := os.Symlink(self, bin); err != nil {
		t.Skip(err)
	}
	for _, c := range []struct {
		sig  syscall.Signal
		code int
		says string
	}{{syscall.SIGTERM, 143, "terminated"}, {syscall.SIGINT, 130, "interrupt"}} {
		tmp := t.TempDir()
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "screen", "--queries", "-")
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
		cmd.Stdin = r
		var stderr strings.Builder
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r.Close()
		if _, err := w.WriteString("name\nIvan Sidorov\n"); err != nil { // the pipe stays open: screen waits for the rest
			t.Fatal(err)
		}
		spooled := func() []string { m, _ := filepath.Glob(filepath.Join(tmp, "audit-queries-*")); return m }
		for deadline := time.Now().Add(30 * time.Second); len(spooled()) == 0; time.Sleep(20 * time.Millisecond) {
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatalf("no spool folder appeared in %s\n%s", tmp, stderr.String())
			}
		}
		if err := cmd.Process.Signal(c.sig); err != nil {
			t.Fatal(err)
		}
		err = cmd.Wait()
		w.Close()
		var ee *exec.ExitError
		if !errors.As(err, &ee) || ee.ExitCode() != c.code {
			t.Errorf("%v: %v, want exit %d\n%s", c.sig, err, c.code, stderr.String())
		}
		if left := spooled(); len(left) > 0 {
			t.Errorf("%v: the spooled standard input was left behind: %v", c.sig, left)
		}
		if !strings.Contains(stderr.String(), "audit: stopped by "+c.says) {
			t.Errorf("%v: stderr %q does not say it was stopped", c.sig, stderr.String())
		}
	}
}
