// Package libreoffice runs LibreOffice headless for tests that check what a
// real spreadsheet program makes of a file the tool writes or reads.
package libreoffice

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// Convert has LibreOffice headless convert the file at path --convert-to
// to (with --infilter=infilter when infilter is not ""), into a new
// temporary folder that it returns, with its own user profile; the
// converted file has path's base name and to's extension. It skips the
// test when LibreOffice is not installed or in short mode, and fails it
// when the conversion fails or takes over two minutes.
func Convert(t testing.TB, path, to, infilter string) string {
	t.Helper()
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not found: install LibreOffice (apt-get install -y libreoffice-calc-nogui) to run this test")
	}
	if testing.Short() {
		t.Skip("short mode: LibreOffice takes a few seconds")
	}
	dir := t.TempDir()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	args := []string{"--headless", "--norestore", "-env:UserInstallation=file://" + filepath.Join(dir, "profile")}
	if infilter != "" {
		args = append(args, "--infilter="+infilter)
	}
	cmd := exec.CommandContext(ctx, soffice, append(args, "--convert-to", to, "--outdir", dir, path)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	return dir
}
