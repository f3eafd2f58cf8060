package report

import (
	"fmt"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// dateReport is sampleReport with dates and times of every kind the
// workbook writes: a generation time given with an offset (UTC in the
// workbook), a block time, a list date on an input and on evidence, and
// values that are not whole days or seconds, which stay text.
func dateReport() *Report {
	r := sampleReport()
	r.GeneratedAt = "2026-11-23T14:05:09+02:00"
	r.Chain.BlockTime = "2026-11-22T23:59:59Z"
	r.Inputs = append(r.Inputs,
		Input{Kind: "sanctions", Path: "inputs/month.csv", SHA256: strings.Repeat("cd", 32), Rows: 1, ListDate: "1970-05"},
		Input{Kind: "sanctions", Path: "inputs/frac.csv", SHA256: strings.Repeat("ef", 32), Rows: 1, ListDate: "2026-11-23T00:00:00.5Z"},
		Input{Kind: "sanctions", Path: "inputs/early.csv", SHA256: strings.Repeat("01", 32), Rows: 1, ListDate: "1900-02-28"},
	)
	r.Findings[0].Evidence[0].ListDate = "2024-02-29"
	return r
}

// dateCellWant is a cell the workbook must hold as a date: the moment,
// the number format and the text a spreadsheet program shows.
type dateCellWant struct {
	sheet, cell string
	at          time.Time
	format      string
	shown       string
}

// findCell returns the cell of sheet in column col (from 1) on the row
// whose column key holds keyValue, as text.
func findCell(t *testing.T, f *excelize.File, sheet string, key int, keyValue string, col int) string {
	t.Helper()
	rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if cellAt(row, key-1) == keyValue {
			name, _ := excelize.CoordinatesToCellName(col, i+1)
			return name
		}
	}
	t.Fatalf("sheet %s: no row with %q in column %d", sheet, keyValue, key)
	return ""
}

func dateCellsWanted(t *testing.T, f *excelize.File) []dateCellWant {
	dt, d := `yyyy-mm-dd hh:mm:ss "UTC"`, "yyyy-mm-dd"
	return []dateCellWant{
		{SheetSummary, findCell(t, f, SheetSummary, 1, "Generated at", 2), time.Date(2026, 11, 23, 12, 5, 9, 0, time.UTC), dt, "2026-11-23 12:05:09 UTC"},
		{SheetSummary, findCell(t, f, SheetSummary, 1, "Block time", 2), time.Date(2026, 11, 22, 23, 59, 59, 0, time.UTC), dt, "2026-11-22 23:59:59 UTC"},
		{SheetSources, findCell(t, f, SheetSources, 2, "inputs/sdn.csv", 6), time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC), d, "2026-11-01"},
		{SheetEvidence, findCell(t, f, SheetEvidence, 2, "1.1", evidenceListDateCol+1), time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), d, "2024-02-29"},
	}
}

// textCellsWanted are the dates that stay text: not a day, not a whole
// second, before 1 March 1900.
func textCellsWanted(t *testing.T, f *excelize.File) map[string]string {
	return map[string]string{
		findCell(t, f, SheetSources, 2, "inputs/month.csv", 6): "1970-05",
		findCell(t, f, SheetSources, 2, "inputs/frac.csv", 6):  "2026-11-23T00:00:00.5Z",
		findCell(t, f, SheetSources, 2, "inputs/early.csv", 6): "1900-02-28",
	}
}

// TestXLSXDateCells checks that dates and times are date cells: numbers
// with a year-first date format, the time in UTC to the second, and that
// what is not a whole day or second stays text as written.
func TestXLSXDateCells(t *testing.T) {
	f := openXLSX(t, render(t, dateReport(), "xlsx", WriteOptions{}))
	defer f.Close()
	for _, w := range dateCellsWanted(t, f) {
		typ, err := f.GetCellType(w.sheet, w.cell)
		if err != nil {
			t.Fatal(err)
		}
		if typ != excelize.CellTypeNumber && typ != excelize.CellTypeUnset {
			t.Errorf("%s!%s: cell type %v, want a number", w.sheet, w.cell, typ)
			continue
		}
		id, err := f.GetCellStyle(w.sheet, w.cell)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.CustomNumFmt == nil || *st.CustomNumFmt != w.format {
			t.Errorf("%s!%s: number format %v, want %q", w.sheet, w.cell, st.CustomNumFmt, w.format)
		}
		raw, err := f.GetCellValue(w.sheet, w.cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		v, err := strconv.ParseFloat(raw, 64)
		if err != nil {
			t.Errorf("%s!%s: value %q is not a number", w.sheet, w.cell, raw)
			continue
		}
		got, err := excelize.ExcelDateToTime(v, false)
		if err != nil {
			t.Fatal(err)
		}
		if d := got.Sub(w.at); d < -time.Millisecond || d > time.Millisecond {
			t.Errorf("%s!%s: serial %s is %v, want %v", w.sheet, w.cell, raw, got, w.at)
		}
	}
	for cell, want := range textCellsWanted(t, f) {
		typ, _ := f.GetCellType(SheetSources, cell)
		got, _ := f.GetCellValue(SheetSources, cell, excelize.Options{RawCellValue: true})
		if typ != excelize.CellTypeSharedString && typ != excelize.CellTypeInlineString || got != want {
			t.Errorf("%s!%s: %v %q, want the text %q", SheetSources, cell, typ, got, want)
		}
	}
}

// TestLibreOfficeReadsDates converts the workbook with LibreOffice and
// checks that each date cell shows its date as written, in UTC, and the
// partial dates as text. Two conversions: cells as shown (with the
// format's "UTC"), and as the other LibreOffice tests read them, where
// LibreOffice writes a date cell of a year-first format as its ISO date
// and time, without the format's text.
func TestLibreOfficeReadsDates(t *testing.T) {
	data := render(t, dateReport(), "xlsx", WriteOptions{})
	f := openXLSX(t, data)
	defer f.Close()
	for _, shown := range []bool{true, false} {
		var dir string
		if shown {
			dir = libreOfficeConvert(t, data, "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1")
		} else {
			dir = libreOfficeCSV(t, data)
		}
		csvCell := func(sheet, cell string) string {
			col, row, err := excelize.CellNameToCoordinates(cell)
			if err != nil {
				t.Fatal(err)
			}
			rows := readCSV(t, filepath.Join(dir, "report-"+sheet+".csv"))
			if row > len(rows) {
				return ""
			}
			return cellAt(rows[row-1], col-1)
		}
		for _, w := range dateCellsWanted(t, f) {
			want := w.shown
			if !shown {
				want = strings.TrimSuffix(want, " UTC")
			}
			if got := csvCell(w.sheet, w.cell); got != want {
				t.Errorf("%s!%s: LibreOffice (as shown: %v) reads %q, want %q", w.sheet, w.cell, shown, got, want)
			}
		}
		for cell, want := range textCellsWanted(t, f) {
			if got := csvCell(SheetSources, cell); got != want {
				t.Errorf("%s!%s: LibreOffice (as shown: %v) reads %q, want %q", SheetSources, cell, shown, got, want)
			}
		}
	}
}

// TestExcelSerial checks the serial numbers against Excel's own: 1 March
// 1900 is 61, 1 January 1970 is 25569, and a second is 1/86400 of a day.
func TestExcelSerial(t *testing.T) {
	tests := []struct {
		at   time.Time
		want float64
	}{
		{time.Date(1900, 3, 1, 0, 0, 0, 0, time.UTC), 61},
		{time.Date(1969, 12, 31, 12, 0, 0, 0, time.UTC), 25568.5},
		{time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC), 25569},
		{time.Date(2026, 11, 22, 23, 59, 59, 0, time.UTC), 46348 + 86399.0/86400},
		{time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC), 2958465},
	}
	for _, tt := range tests {
		if got := excelSerial(tt.at); got != tt.want {
			t.Errorf("excelSerial(%v) = %v, want %v", tt.at, got, tt.want)
		}
	}
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// TestXLSXTextCutUTF16 checks that a cell holds at most 32,767 UTF-16
// units, as Excel counts, a character beyond U+FFFF counting two: cut at a
// character, ending with "…"; text within the limit is kept whole.
func TestXLSXTextCutUTF16(t *testing.T) {
	astral := "\U00020000" // CJK Extension B, two UTF-16 units
	tests := []struct {
		name, in string
		cut      bool
	}{
		{"astral under the rune limit", strings.Repeat(astral, 20000), true},
		{"emoji", strings.Repeat("😀", 16384), true},
		{"astral at the limit", "a" + strings.Repeat(astral, 16383), false},
		{"astral one over", "ab" + strings.Repeat(astral, 16383), true},
		{"plain at the limit", strings.Repeat("x", 32767), false},
		{"plain one over", strings.Repeat("x", 32768), true},
		{"mixed", strings.Repeat("é"+astral, 12000), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := xlsxText(tt.in)
			n := utf16Len(got)
			switch {
			case !utf8.ValidString(got):
				t.Fatalf("cut inside a character")
			case !tt.cut && got != tt.in:
				t.Errorf("text of %d units changed to %d units", utf16Len(tt.in), n)
			case tt.cut && (!strings.HasSuffix(got, "…") || !strings.HasPrefix(tt.in, strings.TrimSuffix(got, "…"))):
				t.Errorf("cut text is not the start of the text and \"…\"")
			case n > maxCellUnits:
				t.Errorf("%d UTF-16 units, more than Excel's %d", n, maxCellUnits)
			case tt.cut && n < maxCellUnits-1:
				t.Errorf("cut to %d UTF-16 units, want as much as fits (%d or %d)", n, maxCellUnits-1, maxCellUnits)
			}
		})
	}

	// The workbook's cell, as excelize reads it back.
	r := sampleReport()
	r.Findings[0].Message = strings.Repeat(astral, 20000)
	f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	defer f.Close()
	got, err := f.GetCellValue(SheetFindings, "F2")
	if err != nil {
		t.Fatal(err)
	}
	if n := utf16Len(got); n > maxCellUnits || !strings.HasSuffix(got, "…") || math.Abs(float64(n-maxCellUnits)) > 1 {
		t.Errorf("Findings!F2 holds %d UTF-16 units (ends %q), want %d at most, cut with \"…\"", n, got[max(0, len(got)-8):], maxCellUnits)
	}
}

// TestXLSXCodeEvidenceColumns: a code fact's address and functions are in
// the Evidence sheet's Code address and Functions columns, each function
// as its signature and selector.
func TestXLSXCodeEvidenceColumns(t *testing.T) {
	r := sampleReport()
	const logic = "0x00000000000000000000000000000000000000a1"
	r.Findings[0].Evidence = append(r.Findings[0].Evidence, Evidence{Kind: "chain", Text: "the code dispatches", Block: 212, Fact: FactCode,
		Contract: "0x5fbdb2315678afecb367f032d93f642f64180aa3", CodeAddress: logic,
		Functions: []Function{{Signature: "forcedTransfer(address,address,uint256)", Selector: "0x9fc1d0e7"}, {Signature: "destroyBlackFunds(address)", Selector: "0xf3bdc228"}}})
	item := fmt.Sprintf("1.%d", len(r.Findings[0].Evidence))
	f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	defer f.Close()
	want := map[string]string{"Code address": logic, "Functions": "forcedTransfer(address,address,uint256) 0x9fc1d0e7, destroyBlackFunds(address) 0xf3bdc228"}
	for h, w := range want {
		col := slices.Index(evidenceHeaders, h) + 1
		if col == 0 {
			t.Fatalf("no %s column", h)
		}
		got, err := f.GetCellValue(SheetEvidence, findCell(t, f, SheetEvidence, 2, item, col))
		if err != nil || got != w {
			t.Errorf("%s of item %s: %q (%v), want %q", h, item, got, err, w)
		}
	}
}
