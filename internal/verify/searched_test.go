package verify

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tokenaudit/audit/internal/audit"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestSearchedRangeCoversSheet: a negative finding's searched range must
// cover every data row of the sheet it cites (the non-empty rows after the
// header, as the loader reads them): a range stopping short of the last
// data row, or starting after the first, is unresolved, naming the file,
// sheet, range cited and the sheet's data rows. Empty rows before the
// header, between rows and after the last do not count. A BODS file's
// statements (one sheet holding records of every kind) are not held to
// it.
func TestSearchedRangeCoversSheet(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// Data rows 2–4, then empty rows (",," and blank lines).
	csv := write("wallets.csv", "address,holder_id\n0xa,P1\n0xb,P2\n0xc,P3\n,\n\n\n")
	// Header at row 3, data rows 5 and 7.
	gaps := write("gaps.csv", "\n,\naddress,holder_id\n\n0xa,P1\n ,\n0xb,P2\n\n")
	bods := write("b.json", `[{"statementId":"s1","recordType":"entity","recordDetails":{"name":"Alpha"}},
{"statementId":"s2","recordType":"entity","recordDetails":{"name":"Beta"}},
{"statementId":"s3","recordType":"relationship","recordDetails":{"subject":"s1","interestedParty":"s2"}}]`)
	xlsx := filepath.Join(dir, "reg.xlsx")
	x := excelize.NewFile()
	x.SetSheetName("Sheet1", "Fleet")
	for cell, v := range map[string]string{"A1": "imo", "B1": "name", "A2": "9074729", "B2": "A",
		"A3": "9176187", "B3": "B", "A4": "9231743", "B4": "C", "A6": "9387421", "B6": "D"} {
		if err := x.SetCellStr("Fleet", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.SaveAs(xlsx); err != nil {
		t.Fatal(err)
	}

	searched := func(file, sheet, rows string) report.Evidence {
		where := file
		if sheet != filepath.Base(file) {
			where += ", sheet " + sheet
		}
		return report.Evidence{Kind: "registry", File: file, Sheet: sheet,
			Text: "searched " + where + ", " + rows + " (2 wallet rows read): none names a known holder of 0xd"}
	}
	for _, c := range []struct {
		ev   report.Evidence
		want []string // what the reason says; none: resolves
	}{
		{searched(csv, "wallets.csv", "rows 2–4"), nil},
		{searched(csv, "wallets.csv", "rows 2–3"), []string{csv, "sheet wallets.csv", "rows 2–3", "data rows (after its header, row 1) are rows 2–4", "row 4 not searched"}},
		{searched(csv, "wallets.csv", "rows 3–4"), []string{"rows 3–4", "rows 2–4", "row 2 not searched"}},
		{searched(csv, "wallets.csv", "row 3"), []string{"row 3 of", "rows 2–4", "row 2 and row 4 not searched"}},
		{searched(gaps, "gaps.csv", "rows 5–7"), nil},
		{searched(gaps, "gaps.csv", "row 5"), []string{"row 5 of", "(after its header, row 3) are rows 5–7", "rows 6–7 not searched"}},
		{searched(gaps, "gaps.csv", "row 7"), []string{"rows 5–7", "rows 5–6 not searched"}},
		{searched(xlsx, "Fleet", "rows 2–6"), nil},
		{searched(xlsx, "Fleet", "rows 2–4"), []string{xlsx + ", sheet Fleet", "rows 2–4 of", "are rows 2–6", "rows 5–6 not searched"}},
		{searched(bods, "statements", "rows 1–2"), nil},
	} {
		rep := &report.Report{
			Inputs:   []report.Input{input(t, "registry", csv, ""), input(t, "registry", gaps, ""), input(t, "registry", xlsx, ""), input(t, "registry", bods, "")},
			Findings: []report.Finding{finding("HOLDER-UNIDENTIFIED", c.ev)},
		}
		res := Verify(rep, Options{})
		if res.Checked != res.Resolved+len(res.Unresolved) {
			t.Errorf("%s: checked %d, resolved %d, unresolved %d", c.ev.Text, res.Checked, res.Resolved, len(res.Unresolved))
		}
		if c.want == nil {
			if len(res.Unresolved) > 0 || res.Resolved == 0 {
				t.Errorf("%s: resolved %d, unresolved %v; want resolved", c.ev.Text, res.Resolved, reasons(res))
			}
			continue
		}
		why := reasons(res)[c.ev.Text]
		for _, w := range c.want {
			if !strings.Contains(why, w) {
				t.Errorf("%s: reason %q, want it to say %q", c.ev.Text, why, w)
			}
		}
	}
}

// TestScenarioSearchedRangesCover audits the demo scenario (its embedded
// chain, the fixture registry as a workbook and as CSV files) as demo and
// scan do, and verifies the report: every citation resolves, among them
// the searched ranges of its negative findings, which cover their sheets.
func TestScenarioSearchedRangesCover(t *testing.T) {
	_, _, snap := embeddedScenario(t)
	csvs, err := filepath.Glob("../../fixtures/registry/*.csv")
	if err != nil || len(csvs) == 0 {
		t.Fatalf("no fixture registry CSV files: %v", err)
	}
	for _, files := range [][]string{{"../../fixtures/registry.xlsx"}, csvs} {
		rep, err := audit.Audit(context.Background(), snap, audit.Config{
			Registry:  files,
			Sanctions: []string{"../../fixtures/sanctions/sdn.csv"},
			Rules:     rules.DefaultOptions(),
			Match:     sanctions.Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"},
			FailOn:    report.High,
			Now:       func() time.Time { return time.Unix(0, 0).UTC() },
		})
		if err != nil {
			t.Fatalf("auditing %v: %v", files, err)
		}
		searched := 0
		for _, f := range rep.Findings {
			for _, ev := range f.Evidence {
				if ev.Sheet != "" && ev.Row == 0 && strings.HasPrefix(ev.Text, "searched ") {
					searched++
				}
			}
		}
		res := Verify(rep, Options{})
		if searched < 3 || !res.OK() {
			t.Errorf("%v: %d searched sheet citations (want some), unresolved %v", files, searched, reasons(res))
		}
	}
}

// TestSearchedRangeWithUnreadableRows audits the demo scenario with the
// fixture registry's CSV files, its wallets.csv given an unreadable row in
// the middle and one as its last row (INPUT-ROW findings), and verifies
// the report: the wallet searches name rows up to the last, unreadable
// one included, say which rows were unreadable, and resolve. A range
// rewritten to leave the last row out is unresolved, whether or not its
// text says the row was unreadable.
func TestSearchedRangeWithUnreadableRows(t *testing.T) {
	_, _, snap := embeddedScenario(t)
	csvs, err := filepath.Glob("../../fixtures/registry/*.csv")
	if err != nil || len(csvs) == 0 {
		t.Fatalf("no fixture registry CSV files: %v", err)
	}
	dir := t.TempDir()
	var files []string
	var wallets string
	for _, src := range csvs {
		data, err := os.ReadFile(src)
		if err != nil {
			t.Fatal(err)
		}
		dst := filepath.Join(dir, filepath.Base(src))
		if filepath.Base(src) == "wallets.csv" {
			lines := strings.SplitAfter(strings.TrimRight(string(data), "\n")+"\n", "\n")
			mid := len(lines) / 2
			lines = append(lines[:mid], append([]string{"0xnot-a-wallet,C-ISSUER,kyc,2024-02-01\n"}, lines[mid:]...)...)
			lines = append(lines, "not-an-address,C-ISSUER,kyc,2024-02-01\n")
			data, wallets = []byte(strings.Join(lines, "")), dst
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, dst)
	}
	if wallets == "" {
		t.Fatal("no fixture wallets.csv")
	}
	rep, err := audit.Audit(context.Background(), snap, audit.Config{
		Registry:  files,
		Sanctions: []string{"../../fixtures/sanctions/sdn.csv"},
		Rules:     rules.DefaultOptions(),
		Match:     sanctions.Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"},
		FailOn:    report.High,
		Now:       func() time.Time { return time.Unix(0, 0).UTC() },
	})
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(wallets)
	if err != nil {
		t.Fatal(err)
	}
	last := strings.Count(string(data), "\n") // the unreadable last row
	mid := 0
	for i, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "0xnot-a-wallet,") {
			mid = i + 1
		}
	}
	inputRow := map[int]bool{}
	var searched []report.Evidence
	for _, f := range rep.Findings {
		for _, ev := range f.Evidence {
			if f.Rule == rules.RuleInputRow && ev.File == wallets {
				inputRow[ev.Row] = true
			}
			if ev.File == wallets && ev.Row == 0 && strings.HasPrefix(ev.Text, "searched ") {
				searched = append(searched, ev)
			}
		}
	}
	if !inputRow[mid] || !inputRow[last] {
		t.Fatalf("INPUT-ROW findings of rows %v of %s, want rows %d and %d among them", inputRow, wallets, mid, last)
	}
	if len(searched) == 0 {
		t.Fatalf("no negative finding searched %s", wallets)
	}
	want := fmt.Sprintf("searched %s, rows 2–%d (", wallets, last)
	unread := fmt.Sprintf("; rows %d, %d unreadable: see INPUT-ROW): none ", mid, last)
	for _, ev := range searched {
		if !strings.HasPrefix(ev.Text, want) || !strings.Contains(ev.Text, unread) {
			t.Errorf("searched citation %q, want it to start %q and say %q", ev.Text, want, unread)
		}
	}
	if res := Verify(rep, Options{}); !res.OK() {
		t.Errorf("fresh report: unresolved %v", reasons(res))
	}

	// Forged: the last row left out of the range, with and without a word
	// on it.
	ev := searched[0]
	for _, text := range []string{
		fmt.Sprintf("searched %s, rows 2–%d (%d wallet rows read): none names a known holder of 0xd", wallets, last-1, last-3),
		fmt.Sprintf("searched %s, rows 2–%d (%d wallet rows read; rows %d, %d unreadable: see INPUT-ROW): none names a known holder of 0xd", wallets, last-1, last-3, mid, last),
	} {
		ev.Text = text
		forged := &report.Report{Inputs: rep.Inputs, Findings: []report.Finding{finding("HOLDER-UNIDENTIFIED", ev)}}
		res := Verify(forged, Options{})
		why := reasons(res)[text]
		if want := fmt.Sprintf("row %d not searched", last); !strings.Contains(why, want) {
			t.Errorf("%s: unresolved %v, want it to say %q", text, reasons(res), want)
		}
	}
}

// TestSearchedRangeWithUnreadableRowXLSX: the fixture registry workbook
// whose wallets sheet ends in a row the loader cannot read: the wallet
// searches name rows up to it, say it was unreadable, and resolve.
func TestSearchedRangeWithUnreadableRowXLSX(t *testing.T) {
	_, _, snap := embeddedScenario(t)
	x, err := excelize.OpenFile("../../fixtures/registry.xlsx")
	if err != nil {
		t.Fatal(err)
	}
	rows, err := x.GetRows("wallets")
	if err != nil {
		t.Fatal(err)
	}
	last := len(rows) + 1
	for col, v := range []string{"not-an-address", "C-ISSUER", "kyc"} {
		cell, _ := excelize.CoordinatesToCellName(col+1, last)
		if err := x.SetCellStr("wallets", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	path := filepath.Join(t.TempDir(), "registry.xlsx")
	if err := x.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	x.Close()
	rep, err := audit.Audit(context.Background(), snap, audit.Config{
		Registry:  []string{path},
		Sanctions: []string{"../../fixtures/sanctions/sdn.csv"},
		Rules:     rules.DefaultOptions(),
		Match:     sanctions.Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"},
		FailOn:    report.High,
		Now:       func() time.Time { return time.Unix(0, 0).UTC() },
	})
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("searched %s, sheet wallets, rows 2–%d (", path, last)
	unread := fmt.Sprintf("; row %d unreadable: see INPUT-ROW): none ", last)
	n := 0
	for _, f := range rep.Findings {
		for _, ev := range f.Evidence {
			if ev.Sheet == "wallets" && ev.Row == 0 {
				n++
				if !strings.HasPrefix(ev.Text, want) || !strings.Contains(ev.Text, unread) {
					t.Errorf("searched citation %q, want it to start %q and say %q", ev.Text, want, unread)
				}
			}
		}
	}
	if n == 0 {
		t.Error("no search of the wallets sheet")
	}
	if res := Verify(rep, Options{}); !res.OK() {
		t.Errorf("unresolved %v", reasons(res))
	}
}
