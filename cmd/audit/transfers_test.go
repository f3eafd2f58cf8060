package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestManyBadExportRows feeds an export with more unreadable rows than are
// listed one by one (chain.MaxReportedRows): holders warns about each listed
// row and counts the rest, and scan makes the listed ones INPUT-ROW findings
// and says in the report's notes how many there were in all.
func TestManyBadExportRows(t *testing.T) {
	const bad = 1005
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("token_address,from_address,to_address,value,transaction_hash,log_index,block_number\n")
	b.WriteString("0x1111111111111111111111111111111111111111,0x0000000000000000000000000000000000000000,0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,1000,0x01,0,10\n")
	for i := 0; i < bad; i++ {
		fmt.Fprintf(&b, "0x1111111111111111111111111111111111111111,0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,not-a-number,0x%x,0,%d\n", i+2, 11+i)
	}
	export := filepath.Join(dir, "many-bad.csv")
	if err := os.WriteFile(export, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	stdout, stderr, code := runAudit(t, "holders", "--transfers", export, "--token", "0x1111111111111111111111111111111111111111")
	if code != 1 {
		t.Errorf("holders exit %d, want 1 (incomplete export); stderr %s", code, tail(stderr))
	}
	if !strings.Contains(stdout, "0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,1000,") {
		t.Errorf("the readable row's holder is missing: %s", stdout)
	}
	if n := strings.Count(stderr, "(row skipped)"); n != 1000 {
		t.Errorf("%d rows warned one by one, want 1000", n)
	}
	if !strings.Contains(stderr, "5 more unreadable rows not listed") || !strings.Contains(stderr, fmt.Sprintf("%d unreadable rows", bad)) {
		t.Errorf("the rows past the first 1000 are not counted: %s", tail(stderr))
	}

	out := filepath.Join(dir, "report.json")
	if _, stderr, code := runAudit(t, "scan", "--transfers", export, "--sanctions", filepath.Join("..", "..", "fixtures", "sanctions", "sdn.csv"), "--format", "json", "--out", out, "--fail-on", "none"); code != 0 {
		t.Fatalf("scan exit %d: %s", code, tail(stderr))
	}
	r := readReport(t, out)
	inputRows := 0
	for _, f := range r.Findings {
		if f.Rule == "INPUT-ROW" {
			inputRows++
		}
	}
	if inputRows != 1000 {
		t.Errorf("%d INPUT-ROW findings, want 1000", inputRows)
	}
	want := fmt.Sprintf("%d rows could not be read; the first 1000 are INPUT-ROW findings", bad)
	found := false
	for _, n := range r.Notes {
		found = found || strings.Contains(n, want)
	}
	if !found {
		t.Errorf("no note %q in %q", want, r.Notes)
	}
}

// tail returns the last lines of a long output, for error messages.
func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.Join(lines[max(0, len(lines)-5):], "\n")
}
