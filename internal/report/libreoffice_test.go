package report

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/tokenaudit/audit/internal/libreoffice"
)

// libreOfficeCSV has LibreOffice convert the workbook data to a CSV file a
// sheet (report-SHEET.csv in the folder it returns), or skips the test
// when LibreOffice is missing or in short mode.
func libreOfficeCSV(t *testing.T, data []byte) string {
	t.Helper()
	return libreOfficeConvert(t, data, "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,-1")
}

// libreOfficeConvert has LibreOffice headless convert the workbook data,
// written as report.xlsx, --convert-to to, into the folder it returns, or
// skips the test when LibreOffice is missing or in short mode.
func libreOfficeConvert(t *testing.T, data []byte, to string) string {
	t.Helper()
	book := filepath.Join(t.TempDir(), "report.xlsx")
	if err := os.WriteFile(book, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return libreoffice.Convert(t, book, to, "")
}

// TestLibreOfficeReadsWorkbook converts each sheet of the workbook to CSV
// with LibreOffice headless, a real spreadsheet program, and compares every
// cell with what the writer meant: text as text (a value starting with =, +,
// - or @ stays literal), numbers as numbers.
func TestLibreOfficeReadsWorkbook(t *testing.T) {
	data := render(t, sampleReport(), "xlsx", WriteOptions{ExplorerURL: "https://etherscan.io"})
	dir := libreOfficeCSV(t, data)

	f := openXLSX(t, data)
	defer f.Close()
	for _, sheet := range Sheets {
		t.Run(sheet, func(t *testing.T) {
			got := readCSV(t, filepath.Join(dir, "report-"+sheet+".csv"))
			want, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(want) {
				t.Fatalf("LibreOffice sees %d rows, the writer wrote %d", len(got), len(want))
			}
			for i := range want {
				for j := range max(len(want[i]), len(got[i])) {
					w, g := cellAt(want[i], j), cellAt(got[i], j)
					cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
					typ, _ := f.GetCellType(sheet, cell)
					if shown, ok := dateShown(t, f, sheet, cell, w); ok {
						// A date cell: LibreOffice writes its ISO date
						// and time (see TestLibreOfficeReadsDates).
						if g != shown {
							t.Errorf("%s: LibreOffice reads date %q, meant %q", cell, g, shown)
						}
						continue
					}
					if typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset && w != "" {
						// A share is a percentage-formatted number: LibreOffice
						// writes it with its percent sign.
						pct := strings.HasSuffix(g, "%")
						if pct != isPercent(t, f, sheet, cell) {
							t.Errorf("%s: LibreOffice reads %q, percent format %v", cell, g, !pct)
						}
						wf, err1 := strconv.ParseFloat(w, 64)
						gf, err2 := strconv.ParseFloat(strings.TrimSuffix(g, "%"), 64)
						if pct {
							gf /= 100
						}
						if err1 != nil || err2 != nil || math.Abs(wf-gf) > 1e-9 {
							t.Errorf("%s: LibreOffice reads number %q, meant %q", cell, g, w)
						}
						continue
					}
					if g != w {
						t.Errorf("%s: LibreOffice reads %q, meant %q", cell, g, w)
					}
				}
			}
		})
	}
	// The values that look like formulas were read as text, not computed.
	tokens := readCSV(t, filepath.Join(dir, "report-"+SheetTokens+".csv"))
	if got := cellAt(tokens[1], 2); got != `=HYPERLINK("http://evil","Pacific Star")` {
		t.Errorf("token name read as %q: a formula was evaluated", got)
	}
	holders := readCSV(t, filepath.Join(dir, "report-"+SheetHolders+".csv"))
	if got := cellAt(holders[1], 3); got != "+x" {
		t.Errorf("entity id read as %q", got)
	}
	if got := cellAt(holders[1], 5); got != "450000000000000000000000" {
		t.Errorf("a balance too large for a float read as %q, want the exact digits", got)
	}
	// The beneficial owners: a row an owner, shares as percentages, the
	// decision and the join as text.
	owners := readCSV(t, filepath.Join(dir, "report-"+SheetOwners+".csv"))
	var lima []string
	for _, row := range owners {
		if cellAt(row, 3) == "Ana Lima (P-9)" {
			lima = row
		}
	}
	if len(owners) != 6 || lima == nil || !strings.HasPrefix(cellAt(owners[5], 3), "3 wallet(s) no one is known to hold") || cellAt(owners[5], 6) != "6%" {
		t.Fatalf("the %s sheet as LibreOffice reads it: %q, want 4 owners with Ana Lima, then the 3 wallets not listed (6%%)", SheetOwners, owners)
	}
	for col, want := range map[int]string{2: "economic", 6: "10%", 7: "25%", 8: "yes", 9: "below 25%", 10: "2"} {
		if got := cellAt(lima, col); got != want {
			t.Errorf("Ana Lima's column %d read as %q, want %q", col+1, got, want)
		}
	}
	if !strings.HasPrefix(cellAt(lima, 13), "same name and month of birth") {
		t.Errorf("Ana Lima's join read as %q", cellAt(lima, 13))
	}
}

func isPercent(t *testing.T, f *excelize.File, sheet, cell string) bool {
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	return st.CustomNumFmt != nil && *st.CustomNumFmt == percentFormat
}

// dateShown is the text LibreOffice's CSV export (libreOfficeCSV, not
// as shown) writes for a date cell of serial number raw, when the cell
// has one of the writer's date formats.
func dateShown(t *testing.T, f *excelize.File, sheet, cell, raw string) (string, bool) {
	t.Helper()
	id, err := f.GetCellStyle(sheet, cell)
	if err != nil {
		t.Fatal(err)
	}
	st, err := f.GetStyle(id)
	if err != nil {
		t.Fatal(err)
	}
	if st.CustomNumFmt == nil || (*st.CustomNumFmt != dateTimeFormat && *st.CustomNumFmt != dateFormat) {
		return "", false
	}
	v, err := strconv.ParseFloat(raw, 64)
	if err != nil {
		t.Fatalf("%s!%s: date cell holds %q, not a number", sheet, cell, raw)
	}
	at, err := excelize.ExcelDateToTime(v, false)
	if err != nil {
		t.Fatal(err)
	}
	at = at.Round(time.Second)
	if *st.CustomNumFmt == dateFormat {
		return at.Format(time.DateOnly), true
	}
	return at.Format(time.DateTime), true
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	fh, err := os.Open(path)
	if err != nil {
		t.Fatalf("LibreOffice wrote no %s: %v", filepath.Base(path), err)
	}
	defer fh.Close()
	r := csv.NewReader(fh)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	// Trailing empty cells and rows carry nothing.
	for i, row := range rows {
		for len(row) > 0 && row[len(row)-1] == "" {
			row = row[:len(row)-1]
		}
		rows[i] = row
	}
	for len(rows) > 0 && len(rows[len(rows)-1]) == 0 {
		rows = rows[:len(rows)-1]
	}
	return rows
}

func cellAt(row []string, j int) string {
	if j < len(row) {
		return strings.TrimRight(row[j], "\r")
	}
	return ""
}
