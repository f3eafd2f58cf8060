//go:build unix

package chain

import (
	"context"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMetadataFileNotRegular gives the fetcher, allowed to read files, a
// URI naming a named pipe no one writes to and a directory, as a hostile
// token's tokenURI may: each is refused at once, naming the URI, instead
// of blocking the audit for ever (opening a pipe waits for a writer).
func TestMetadataFileNotRegular(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("cannot make a named pipe here: %v", err)
	}
	f := &MetadataFetcher{AllowFiles: true, Timeout: time.Second}
	for _, uri := range []string{fifo, "file://" + fifo, dir} {
		done := make(chan error, 1)
		go func() {
			_, err := f.Fetch(context.Background(), uri)
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), "not a regular file") || !strings.Contains(err.Error(), uri) {
				t.Errorf("%s: error %v, want one naming the URI and saying it is not a regular file", uri, err)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%s: Fetch still blocked after 30 s", uri)
		}
	}
}
