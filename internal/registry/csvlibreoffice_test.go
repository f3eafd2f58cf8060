package registry

import (
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tokenaudit/audit/internal/libreoffice"
)

// TestCSVRowsAsLibreOfficeShows has LibreOffice headless, a real
// spreadsheet program, open a registry CSV with quoted cells over several
// lines ("\r\n" and "\n", one with a blank after its closing quote), a
// blank line and a quote inside a cell, and
// checks that each record the loader reads is cited at the row LibreOffice
// shows it on: the cell in column A of that row is the record's id, and
// CellsAt reads the same cell there. A lawyer following a citation opens
// the file in a spreadsheet, not in a text editor.
func TestCSVRowsAsLibreOfficeShows(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "companies.csv")
	writeFile(t, path, "company_id,name,jurisdiction,address\r\n"+
		"C-1,\"Alpha \"\"Holdings\"\" Ltd\",HK,\"Unit 1203\r\n88 Harbour Road, Wan Chai\r\n\r\nHong Kong\"\r\n"+
		"C-2,Beta Ltd,HK,\"\"\r\n"+
		"C-3,Gamma Ltd,HK,\"PO Box 1\nRoad Town\"\n"+
		"\n"+
		"C-4,\"Delta, Ltd\",VG,5'10\" Street\n"+
		"C-5,\"Epsilon\nShipping\",PA,\"Calle 50\nPanama\"\n"+
		"C-6,Zeta Ltd,PA,Calle 51\n"+
		"C-7,\"Theta\r\nShipping\" ,PA,Calle 52\n"+ // a blank after the closing quote
		"C-8,Iota Ltd,PA,Calle 53\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Companies) != 8 || len(reg.Problems) != 0 {
		t.Fatalf("%d companies, problems %q: want 8 and none", len(reg.Companies), problemSet(reg))
	}
	if c := reg.Companies[6]; c.Name != "Theta\nShipping" {
		t.Errorf("C-7's name %q, want the quoted cell without the blank after it", c.Name)
	}

	out := libreoffice.Convert(t, path, "xlsx", "CSV:44,34,UTF8,1")
	book, err := excelize.OpenFile(filepath.Join(out, "companies.xlsx"))
	if err != nil {
		t.Fatal(err)
	}
	defer book.Close()
	sheet := book.GetSheetName(0)
	var cites []Cite
	for _, c := range reg.Companies {
		cell, _ := excelize.CoordinatesToCellName(1, c.Origin.Row)
		got, err := book.GetCellValue(sheet, cell)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.ID {
			t.Errorf("%s is cited at row %d, where LibreOffice shows %q", c.ID, c.Origin.Row, got)
		}
		cites = append(cites, Cite{Sheet: "companies.csv", Row: c.Origin.Row, Column: "company_id"})
	}
	cells, err := CellsAt(path, path, cites)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cells {
		if c.Value != reg.Companies[i].ID {
			t.Errorf("CellsAt row %d, column company_id = %q, want %q", cites[i].Row, c.Value, reg.Companies[i].ID)
		}
	}
}
