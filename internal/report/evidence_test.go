package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// demoReport reads testdata/demo.json, the report `audit demo` wrote
// (59 findings, 201 evidence items, the OWN-OPAQUE on OSTAR with 12).
func demoReport(t *testing.T) *Report {
	t.Helper()
	data, err := os.ReadFile("testdata/demo.json")
	if err != nil {
		t.Fatal(err)
	}
	r, err := Read(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("testdata/demo.json: %v", err)
	}
	return r
}

// TestLibreOfficeEvidenceSheet opens the demo's workbook in LibreOffice and
// reads its Evidence sheet: every evidence item of every finding is one row,
// in order, numbered as the text report numbers it (finding.item), with its
// finding's rule, subject and fingerprint, its text whole, its citation and
// its fields in their own columns; and the Findings row of a finding whose
// evidence is too long for a row (Excel cuts rows at 409 points: the demo's
// finding 14 needed about 570) points to those rows instead, every other
// row fitting.
func TestLibreOfficeEvidenceSheet(t *testing.T) {
	r := demoReport(t)
	dir := libreOfficeCSV(t, render(t, r, "xlsx", WriteOptions{}))
	rows := readCSV(t, filepath.Join(dir, "report-"+SheetEvidence+".csv"))
	if len(rows) == 0 || strings.Join(rows[0], "|") != strings.Join(evidenceHeaders, "|") {
		t.Fatalf("the Evidence sheet's header is %q", rows)
	}
	col := map[string]int{}
	for i, h := range evidenceHeaders {
		col[h] = i
	}
	// The numbers the text report gives each item, with its first word.
	text := string(render(t, r, "text", WriteOptions{}))
	textItems := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^    (\d+\.\d+) (\S+)`).FindAllStringSubmatch(text, -1) {
		textItems[m[1]] = m[2]
	}
	k := 1 // the Evidence row
	items := 0
	for i, f := range r.Findings {
		for j, e := range f.Evidence {
			items++
			num := fmt.Sprintf("%d.%d", i+1, j+1)
			if k >= len(rows) {
				t.Fatalf("item %s has no row: the sheet has %d rows", num, len(rows)-1)
			}
			row := rows[k]
			k++
			cite := Citation(e)
			if cite == "" {
				cite = e.Kind
			}
			want := map[string]string{"Finding": strconv.Itoa(i + 1), "Item": num, "Severity": string(f.Severity), "Rule": f.Rule,
				"Subject": f.Subject.ID, "Fingerprint": f.Fingerprint, "Kind": e.Kind, "Text": xlsxText(e.Text),
				"Where to check it": xlsxText(cite), "File": e.File, "Sheet": e.Sheet, "Column": e.Column,
				"Entry id": e.EntryID, "Transaction": e.TxHash, "Fact": e.Fact, "Contract": e.Contract, "Holder": e.Holder,
				"Implementation": e.Implementation, "Admin": e.Admin, "Beacon": e.Beacon, "Runs": e.Runs, "Code address": e.CodeAddress}
			if e.Row > 0 {
				want["Row"] = strconv.Itoa(e.Row)
			}
			if e.Block > 0 {
				want["Block"] = strconv.FormatUint(e.Block, 10)
			}
			for h, w := range want {
				if got := cellAt(row, col[h]); got != w {
					t.Errorf("item %s, column %s: LibreOffice reads %q, want %q", num, h, got, w)
				}
			}
			first, ok := textItems[num]
			if !ok {
				t.Errorf("the text report has no item %s", num)
			} else if w := strings.Fields(clean(e.Text)); len(w) == 0 || w[0] != first {
				t.Errorf("item %s: the text report's starts %q, the sheet's %q", num, first, cellAt(row, col["Text"]))
			}
		}
	}
	if k != len(rows) {
		t.Errorf("the Evidence sheet has %d rows, the report %d items", len(rows)-1, items)
	}
	if len(textItems) != items {
		t.Errorf("the text report numbers %d items, the Evidence sheet has %d", len(textItems), items)
	}

	// The Findings sheet: the long ones point to their items, the others
	// keep theirs, and no row needs more than Excel's largest height.
	findings := readCSV(t, filepath.Join(dir, "report-"+SheetFindings+".csv"))
	pointed := 0
	for i, f := range r.Findings {
		row := findings[i+1]
		ev, cites := cellAt(row, 6), cellAt(row, 7)
		see := fmt.Sprintf("see the Evidence sheet, items %d.1–%d.%d", i+1, i+1, len(f.Evidence))
		if strings.Contains(ev, "see the Evidence sheet") {
			pointed++
			if ev != fmt.Sprintf("%d items: %s", len(f.Evidence), see) || cites != see {
				t.Errorf("finding %d points to the Evidence sheet as %q / %q, want %q", i+1, ev, cites, see)
			}
			continue
		}
		for _, cell := range []string{ev, cites} {
			if n := wrappedLines(cell); float64(n*lineHeight) > maxRowHeight {
				t.Errorf("finding %d's row needs %d points, Excel cuts it at %d", i+1, n*lineHeight, maxRowHeight)
			}
		}
		if !strings.HasPrefix(ev, "1. ") || !strings.Contains(ev, fmt.Sprintf("\n%d. ", len(f.Evidence))) && len(f.Evidence) > 1 {
			t.Errorf("finding %d's evidence cell does not list its %d items: %q", i+1, len(f.Evidence), ev)
		}
	}
	// The finding with the most evidence (the demo's OWN-OPAQUE on OSTAR)
	// is one that must point there.
	most := 0
	for i, f := range r.Findings {
		if len(f.Evidence) > len(r.Findings[most].Evidence) {
			most = i
		}
	}
	n := len(r.Findings[most].Evidence)
	if want := fmt.Sprintf("items %d.1–%d.%d", most+1, most+1, n); n < 9 || !strings.Contains(cellAt(findings[most+1], 6), want) {
		t.Errorf("finding %d (%s, %d items) does not point to the Evidence sheet as %q: %q", most+1, r.Findings[most].Rule, n, want, cellAt(findings[most+1], 6))
	}
	if pointed == 0 || pointed == len(r.Findings) {
		t.Errorf("%d of %d findings point to the Evidence sheet", pointed, len(r.Findings))
	}
}

// TestXLSXSameBytes renders one report's workbook many times and wants
// the same bytes each time, as "audit render" promises: with two streamed
// sheets (Evidence and Holders), excelize wrote their parts in a map's
// order, and about one workbook in three differed (orderedZip).
func TestXLSXSameBytes(t *testing.T) {
	r := sampleReport()
	first := render(t, r, "xlsx", WriteOptions{ExplorerURL: "https://etherscan.io"})
	for i := range 40 {
		if got := render(t, r, "xlsx", WriteOptions{ExplorerURL: "https://etherscan.io"}); !bytes.Equal(got, first) {
			t.Fatalf("rendering %d gave other bytes than the first", i+2)
		}
	}
	// The parts are where the golden file names them: the Evidence sheet
	// third, the Holders sheet fourth.
	f := openXLSX(t, first)
	defer f.Close()
	for i, name := range f.GetSheetList() {
		if name != Sheets[i] {
			t.Errorf("sheet %d is %s, want %s", i+1, name, Sheets[i])
		}
	}
}

// TestWrappedLinesBreaksWords checks the estimate of a wrapping cell's
// lines, which sets its row's height: words wrap whole, and a word longer
// than a line (a transaction hash) starts a line and is broken over two.
func TestWrappedLinesBreaksWords(t *testing.T) {
	hash := "0x9e1b0f6e5b6e0a8b0c1d2e3f405162738495a6b7c8d9eaf0b1c2d3e4f5061728"
	for _, tt := range []struct {
		s    string
		want int
	}{
		{"", 1},
		{"one line", 1},
		{strings.Repeat("x", wrapChars), 1},
		{strings.Repeat("x", wrapChars+1), 2},
		{"block 212, transaction " + hash, 3}, // 88 characters: 2 before
		{strings.Repeat("word ", 24), 3},      // 119 characters, 11 words a line
		{"a\n\nb", 3},
	} {
		if got := wrappedLines(tt.s); got != tt.want {
			t.Errorf("wrappedLines(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

// TestEvidencePointer checks what a Findings row says in place of its
// evidence, for one item and several.
func TestEvidencePointer(t *testing.T) {
	if got := evidencePointer(3, 1); got != "see the Evidence sheet, item 3.1" {
		t.Errorf("one item: %q", got)
	}
	if got := evidencePointer(14, 9); got != "see the Evidence sheet, items 14.1–14.9" {
		t.Errorf("nine items: %q", got)
	}
}
