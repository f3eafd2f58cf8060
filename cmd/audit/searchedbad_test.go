package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSearchedRangeUnreadableLastRowVerifies: 'audit scan' of the fixture
// registry's CSV files, its wallets.csv ending in a row the loader cannot
// read (an INPUT-ROW finding), writes negative findings whose searched
// range runs to that row and says it was unreadable, and 'audit verify'
// of the fresh report exits 0. The same report with the range cut short
// of that row exits 3, naming the row not searched.
func TestSearchedRangeUnreadableLastRowVerifies(t *testing.T) {
	csvs, err := filepath.Glob("../../fixtures/registry/*.csv")
	if err != nil || len(csvs) == 0 {
		t.Fatalf("no fixture registry CSV files: %v", err)
	}
	dir := t.TempDir()
	args := []string{"scan"}
	wallets, last := "", 0
	for _, src := range csvs {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.Base(src))
		if filepath.Base(src) == "wallets.csv" {
			data = append([]byte(strings.TrimRight(string(data), "\n")+"\n"), "not-an-address,C-ISSUER,kyc,2024-02-01\n"...)
			wallets, last = dst, strings.Count(string(data), "\n")
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, "--registry", dst)
	}
	if wallets == "" {
		t.Fatal("no fixture wallets.csv")
	}
	out := filepath.Join(dir, "report.json")
	_, stderr, code := runAudit(t, append(args, "--sanctions", "../../fixtures/sanctions/sdn.csv", "--list-date", "2024-05-03",
		"--format", "json", "--out", out, "--fail-on", "none")...)
	if code != exitOK {
		t.Fatalf("scan: exit %d\n%s", code, stderr)
	}
	rep := readReport(t, out)
	want := fmt.Sprintf("searched %s, rows 2–%d (", wallets, last)
	unread := fmt.Sprintf("; row %d unreadable: see INPUT-ROW): none ", last)
	searched, inputRow := "", false
	for _, f := range rep.Findings {
		for _, ev := range f.Evidence {
			if f.Rule == "INPUT-ROW" && ev.File == wallets && ev.Row == last {
				inputRow = true
			}
			if ev.File == wallets && ev.Row == 0 && strings.HasPrefix(ev.Text, "searched ") {
				searched = ev.Text
				if !strings.HasPrefix(ev.Text, want) || !strings.Contains(ev.Text, unread) {
					t.Errorf("%s: searched citation %q, want it to start %q and say %q", f.Rule, ev.Text, want, unread)
				}
			}
		}
	}
	if !inputRow || searched == "" {
		t.Fatalf("INPUT-ROW of row %d: %v; a search of %s: %q; want both", last, inputRow, wallets, searched)
	}
	stdout, stderr, code := runAudit(t, "verify", out)
	if code != exitOK {
		t.Errorf("verify of the fresh report: exit %d\n%s%s", code, stdout, stderr)
	}

	// The range cut short of the unreadable row, as scan wrote it before.
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	cut, err := json.Marshal(strings.Replace(searched, fmt.Sprintf("rows 2–%d", last), fmt.Sprintf("rows 2–%d", last-1), 1))
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := json.Marshal(searched)
	forged := strings.ReplaceAll(string(data), string(orig), string(cut))
	if forged == string(data) {
		t.Fatalf("the searched citation %s is not in the report as written", orig)
	}
	if err := os.WriteFile(out, []byte(forged), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code = runAudit(t, "verify", out)
	if code != exitFindings || !strings.Contains(stdout+stderr, fmt.Sprintf("row %d not searched", last)) {
		t.Errorf("verify of a range leaving row %d out: exit %d, want %d naming the row\n%s%s", last, code, exitFindings, stdout, stderr)
	}
}
