package registry

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// TestStoredValues: a share stored as 0.496 under "0%" loads as 49.6%, not
// the 50% displayed; a date stored under "mm/dd/yyyy" loads as itself, not
// with day and month swapped (in a date column; a text column keeps the text
// displayed); a formula with no computed value is a problem.
func TestStoredValues(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.xlsx")
	f := excelize.NewFile()
	sh := "Sheet1"
	if err := f.SetSheetName(sh, "ownership"); err != nil {
		t.Fatal(err)
	}
	sh = "ownership"
	pct, _ := f.NewStyle(&excelize.Style{NumFmt: 9})
	usFmt := "mm/dd/yyyy"
	us, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &usFmt})
	rows := [][]any{
		{"owner_id", "owned_id", "share", "as_of", "source"},
		{"C1", "C2", 0.496, time.Date(2020, 3, 4, 0, 0, 0, 0, time.UTC), time.Date(2020, 3, 4, 0, 0, 0, 0, time.UTC)},
		{"C3", "C2", 0.504, time.Date(2020, 3, 15, 0, 0, 0, 0, time.UTC)},
		{"C4", "C2", nil, nil},
	}
	for r, row := range rows {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if v == nil {
				continue
			}
			if err := f.SetCellValue(sh, cell, v); err != nil {
				t.Fatal(err)
			}
			if r > 0 && c == 2 {
				_ = f.SetCellStyle(sh, cell, cell, pct)
			}
			if r > 0 && c >= 3 {
				_ = f.SetCellStyle(sh, cell, cell, us)
			}
		}
	}
	if err := f.SetCellFormula(sh, "C4", "100-45"); err != nil {
		t.Fatal(err)
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	shown, _ := excelize.OpenFile(path)
	if v, _ := shown.GetCellValue(sh, "C2"); v != "50%" {
		t.Fatalf("the test needs C2 displayed as 50%%, got %q", v)
	}
	shown.Close()

	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Ownership) != 3 {
		t.Fatalf("ownership = %+v", reg.Ownership)
	}
	if s := reg.Ownership[0].Share; !near(s.Low, 0.496) || !s.IsExact() {
		t.Errorf("0.496 under 0%% loads as %+v, want 0.496", s)
	}
	if s := reg.Ownership[1].Share; !near(s.Low, 0.504) {
		t.Errorf("0.504 under 0%% loads as %+v, want 0.504", s)
	}
	for i, want := range []string{"2020-03-04", "2020-03-15"} {
		if d := reg.Ownership[i].AsOf.Format("2006-01-02"); d != want {
			t.Errorf("row %d: as_of %s, want %s", i+2, d, want)
		}
	}
	if src := reg.Ownership[0].Source; src != "03/04/2020" {
		t.Errorf("a date in a text column loads as %q, want it as displayed, 03/04/2020", src)
	}
	want := "ownership!4 share: formula without a computed value: open and save it in a spreadsheet program (the cell loads blank)"
	if got := problemSet(reg); strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// TestCellsBeyondHeader: a row with more cells than its header is a
// problem at the first cell not read; trailing blank cells are not.
func TestCellsBeyondHeader(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ownership.csv")
	writeFile(t, path, "owner_id,owned_id,share\nC-JADE,C-SEALOTUS,62,5\nC-A,C-B,10,,\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "ownership.csv!2 D: row has 4 cells, the header 3: the cells from column D on are not read (a value with an unquoted comma or separator?)"
	if got := problemSet(reg); strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	if len(reg.Ownership) != 2 {
		t.Errorf("ownership = %+v, want both rows loaded", reg.Ownership)
	}
}

// TestSharesAsFractions: an ownership sheet whose plain-number shares are
// all at most 1, some fractional, is reported once; a sheet of percentages
// with a 1% or 0.5% share is not.
func TestSharesAsFractions(t *testing.T) {
	dir := t.TempDir()
	frac := filepath.Join(dir, "ownership.csv")
	writeFile(t, frac, "owner_id,owned_id,Share %\nC1,C2,1\nC3,C4,0.55\nC5,C4,0.45\nC6,C4,20-30\n")
	pct := filepath.Join(dir, "shareholders.csv")
	writeFile(t, pct, "owner_id,owned_id,share\nC1,C2,100\nC3,C4,0.5\nC5,C4,99.5\n")
	reg, err := Load([]string{frac, pct}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "ownership.csv!1 Share %: shares all between 0 and 1: write percentages (55 or 55%), not fractions; they were read as percentages (0.55 as 0.55%)"
	if got := problemSet(reg); strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
}

// TestPeopleByIDHeader: "ID" is an alias of both company_id and person_id;
// a sheet whose other columns are a person's is people, one whose other
// columns are a company's is companies.
func TestPeopleByIDHeader(t *testing.T) {
	dir := t.TempDir()
	ppl := filepath.Join(dir, "register_export.csv")
	writeFile(t, ppl, "ID,Full name,Nationality,Date of birth,PEP\nP-EGRET,Kenneth Egret,CN,1971-03-14,no\n")
	cos := filepath.Join(dir, "export2.csv")
	writeFile(t, cos, "ID,Name,Jurisdiction\nC-1,Alpha SA,PA\n")
	reg, err := Load([]string{ppl, cos}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.People) != 1 || reg.People[0].BirthDate != "1971-03-14" || reg.People[0].Nationality != "CN" {
		t.Errorf("people = %+v", reg.People)
	}
	if len(reg.Companies) != 1 || reg.Companies[0].ID != "C-1" {
		t.Errorf("companies = %+v", reg.Companies)
	}
}

// TestSheetWithoutNameColumn: a vessels sheet (recognised by its name)
// lacking only its name column loads its vessels by IMO, with one problem;
// one lacking its IMO column still loads nothing.
func TestSheetWithoutNameColumn(t *testing.T) {
	dir := t.TempDir()
	vessels := filepath.Join(dir, "vessels.csv")
	writeFile(t, vessels, "imo,flag\n9321483,MH\n9074729,PA\n")
	fleet := filepath.Join(dir, "fleet.csv")
	writeFile(t, fleet, "name,flag\nALPHA,MH\n")
	reg, err := Load([]string{vessels, fleet}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"vessels.csv!1 : sheet of vessels has no name column (headers: imo, flag): its rows load with no name",
		"fleet.csv!1 : sheet of vessels has no imo column (headers: name, flag): 1 row not loaded",
	}
	if got := problemSet(reg); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(reg.Vessels) != 2 || reg.Vessels[0].Key != "9321483" || reg.Vessels[1].Flag != "PA" {
		t.Errorf("vessels = %+v", reg.Vessels)
	}
}

// TestNotARegistry: a file of which no sheet is recognised, or that holds
// no data rows, is an error naming the file, not an empty registry.
func TestNotARegistry(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "notes.xlsx")
	writeXLSX(t, book, map[string][][]any{"Notes": {{"Prepared by analyst"}, {"Do not distribute"}}})
	for _, tt := range []struct{ name, body, want string }{
		{"memo.txt", "Dear all,\nplease find the registry attached.\n", "memo.txt: not a registry: neither its file name nor its header row is one of vessel_history, vessels"},
		{"sdn.csv", "ent_num,SDN_Name,SDN_Type\n36,AEROCARIBBEAN AIRLINES,-0-\n", "sdn.csv: not a registry"},
		{"vessels.csv", "imo,name,flag\n", "vessels.csv: no data rows (only a header?)"},
		{"blank.csv", "\n\n  \n", "blank.csv: no rows (an empty file?)"},
		{"b.json", "[]", "b.json: no BODS statements"},
		{"notes.xlsx", "", "notes.xlsx: not a registry: neither its sheet Notes nor its header row"},
	} {
		path := filepath.Join(dir, tt.name)
		if tt.body != "" {
			writeFile(t, path, tt.body)
		}
		_, err := Load([]string{path}, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestRepeatedHeaderColumn: two header cells naming the same column are a
// problem at the second, which is not read.
func TestRepeatedHeaderColumn(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vessels.csv")
	writeFile(t, path, "imo,IMO No.,name\n9321483,9074729,ALPHA\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := "vessels.csv!1 IMO No.: column B is imo again (as column A): only the first is read"
	if got := problemSet(reg); strings.Join(got, "\n") != want {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), want)
	}
	if len(reg.Vessels) != 1 || reg.Vessels[0].IMO != "9321483" {
		t.Errorf("vessels = %+v", reg.Vessels)
	}
}

// TestSepLine: Excel's "sep=;" first line sets the separator and is not
// the header.
func TestSepLine(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vessels.csv")
	writeFile(t, path, "\ufeffsep=;\r\nimo;name;flag\r\n9321483;ALPHA, THE;MH\r\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) > 0 || len(reg.Vessels) != 1 || reg.Vessels[0].Name != "ALPHA, THE" || reg.Vessels[0].Origin.Row != 3 {
		t.Errorf("vessels = %+v, problems %v", reg.Vessels, reg.Problems)
	}
}

// TestZipNotXLSX: a zip that is not a workbook (.ods, .docx, a zip of
// CSVs) is an error saying what it is and to save it as .xlsx or CSV.
func TestZipNotXLSX(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct {
		name  string
		parts []string
		want  string
	}{
		{"vessels.ods", []string{"mimetype", "content.xml", "META-INF/manifest.xml"}, "an OpenDocument file (.ods?), not an XLSX workbook: save it as .xlsx or CSV"},
		{"memo.docx", []string{"[Content_Types].xml", "word/document.xml"}, "a Word document, not an XLSX workbook"},
		{"data.zip", []string{"vessels.csv"}, "a zip archive, not an XLSX workbook"},
	} {
		parts := map[string][]byte{}
		for _, p := range tt.parts {
			parts[p] = []byte("x")
		}
		path := filepath.Join(dir, tt.name)
		writeFile(t, path, string(zipWith(t, parts, "", nil)))
		_, err := Load([]string{path}, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.name+": "+tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

// TestStoredDate1904: in a workbook of the 1904 date system, a date's
// serial counts from 1904 and loads as the same date.
func TestStoredDate1904(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.xlsx")
	f := excelize.NewFile()
	yes := true
	us := "mm/dd/yyyy"
	st, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &us})
	for _, err := range []error{
		f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &yes}),
		f.SetSheetName("Sheet1", "ownership"),
		f.SetSheetRow("ownership", "A1", &[]any{"owner_id", "owned_id", "share", "as_of"}),
		f.SetSheetRow("ownership", "A2", &[]any{"C1", "C2", 10, time.Date(2020, 3, 4, 0, 0, 0, 0, time.UTC)}),
		f.SetCellStyle("ownership", "D2", "D2", st),
		f.SaveAs(path),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d := reg.Ownership[0].AsOf.Format("2006-01-02"); d != "2020-03-04" || len(reg.Problems) > 0 {
		t.Errorf("as_of %s, problems %v; want 2020-03-04", d, reg.Problems)
	}
}

// loadBothWays loads data with the stored values read only where mayStore
// says they may matter, then read everywhere, and fails the test if the
// registries differ.
func loadBothWays(t testing.TB, name string, data []byte, opts Options) (*Registry, error) {
	t.Helper()
	reg, err := loadBytes(name, data, opts)
	storeAlways = true
	defer func() { storeAlways = false }()
	all, errAll := loadBytes(name, data, opts)
	// Room made for a sheet's rows (reserve, only when the rows are
	// counted, as they are not when stored values are always read) leaves
	// an empty slice where the other way leaves none: no difference.
	for _, r := range []*Registry{reg, all} {
		if r == nil {
			continue
		}
		v := reflect.ValueOf(r).Elem()
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.Slice && f.Len() == 0 {
				f.Set(reflect.Zero(f.Type()))
			}
		}
	}
	if fmt.Sprint(err) != fmt.Sprint(errAll) || !reflect.DeepEqual(reg, all) {
		t.Fatalf("skipping the stored values changes the load:\n%+v, %v\nreading them:\n%+v, %v", reg, err, all, errAll)
	}
	return reg, err
}

// TestMayStore: the scan of a worksheet part finds formulas and number
// cells of a formatting style, in any spelling XML allows, and lets plain
// sheets go without the second reading.
func TestMayStore(t *testing.T) {
	st := styleSet{formatted: []bool{false, true, false}}
	for _, tt := range []struct {
		xml  string
		want bool
	}{
		{`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>12</v></c></row></sheetData>`, false},
		{`<sheetData><row r="1"><c r="A1" s="2"><v>12</v></c><c r="B1" s="1" t="s"><v>0</v></c></row></sheetData>`, false},
		{`<sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1" s="1" t="n"><v>0.5</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><x:c r="A1"
			s = '1' ><v>0.5</v></x:c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1" s="7"><v>1</v></c><c s="-1"/></row></sheetData>`, false},
		{`<sheetData><row r="1"><c r="A1" s="&#49;"><v>0.5</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1" t="&#110;" s="2"><v>0.5</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1" s="2" s="1"><v>0.5</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1" s=1><v>0.5</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1"><x:f/></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1"><f` + "\n" + `t="shared"/></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1" t="str"><v>f</v></c><fx/></row></sheetData>`, false},
		{`<sheetData><!-- <c s="1"> --><row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row></sheetData>`, true},
		{`<sheetData><row r="1"><c r="A1" s="1`, true},
		{`<sheetData><row r="1"><c r="A1" a="<f>" s="2"/></row></sheetData>`, true},
	} {
		if got, _ := mayStore(zipPart(t, tt.xml), st); got != tt.want {
			t.Errorf("mayStore(%s) = %v, want %v", tt.xml, got, tt.want)
		}
	}
	if (styleSet{all: true}).formats(0) || !(styleSet{all: true}).formats(3) || st.formats(3) || st.formats(-1) {
		t.Errorf("styleSet.formats: style 0 and styles beyond the defined ones display as stored; unread styles all may not")
	}
}

// zipPart is content as the one part of a zip archive.
func zipPart(t *testing.T, content string) *zip.File {
	t.Helper()
	data := zipWith(t, map[string][]byte{"sheet.xml": []byte(content)}, "", nil)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	return zr.File[0]
}

// TestMayStoreLongPart: a tag cut by the scan's buffer is read whole, and
// every row is counted, also after a cell that needs the stored values.
func TestMayStoreLongPart(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("<sheetData>")
	n := 0
	for ; sb.Len() < 3<<20; n++ {
		fmt.Fprintf(&sb, `<row r="%d"><c r="A%d" t="s" s="1"><v>0</v></c><c r="B%d" s="2"><v>%d</v></c></row>`, n+1, n+1, n+1, n)
	}
	plain := sb.String() + "</sheetData>"
	styled := `<sheetData><row><c s="1"><v>1</v></c></row>` + sb.String()[len("<sheetData>"):] + "</sheetData>"
	st := styleSet{formatted: []bool{false, true, false}}
	for _, tt := range []struct {
		xml  string
		want bool
		rows int
	}{{plain, false, n}, {styled, true, n + 1}} {
		if got, rows := mayStore(zipPart(t, tt.xml), st); got != tt.want || rows != tt.rows {
			t.Errorf("mayStore of %d bytes = %v, %d rows; want %v, %d rows", len(tt.xml), got, rows, tt.want, tt.rows)
		}
	}
}

// TestStoredSkipSameLoad: the workbooks of the stored-value tests and a
// plain one load the same whether or not the stored values are read, and
// the plain one skips them.
func TestStoredSkipSameLoad(t *testing.T) {
	dir := t.TempDir()
	plain := filepath.Join(dir, "plain.xlsx")
	writeXLSX(t, plain, map[string][][]any{
		"vessels":   {{"imo", "name", "year_built"}, {9321483, "ALPHA", 2006}},
		"ownership": {{"owner_id", "owned_id", "share"}, {"C1", "9321483", 60}},
	})
	data, err := os.ReadFile(plain)
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	parts := openStored(zr)
	if len(parts.sheets) != 2 {
		t.Fatalf("worksheet parts %v", parts.sheets)
	}
	for name, f := range parts.sheets {
		if may, rows := mayStore(f, parts.styles); may || rows != 2 {
			t.Errorf("sheet %s: mayStore = %v, %d rows; want false (a plain sheet is read once), 2 rows", name, may, rows)
		}
	}
	if _, err := loadBothWays(t, "plain.xlsx", data, Options{}); err != nil {
		t.Fatal(err)
	}

	pct := filepath.Join(dir, "pct.xlsx")
	f := excelize.NewFile()
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 9})
	for _, err := range []error{
		f.SetSheetName("Sheet1", "ownership"),
		f.SetSheetRow("ownership", "A1", &[]any{"owner_id", "owned_id", "share"}),
		f.SetSheetRow("ownership", "A2", &[]any{"C1", "C2", 0.496}),
		f.SetCellStyle("ownership", "C2", "C2", style),
		f.SaveAs(pct),
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	data, err = os.ReadFile(pct)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := loadBothWays(t, "pct.xlsx", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s := reg.Ownership[0].Share; !near(s.Low, 0.496) {
		t.Errorf("0.496 under 0%% loads as %+v", s)
	}
}

// FuzzMayStore: when mayStore lets a worksheet part go unread, decoding it
// as the stored-value reading does finds no formula and no number cell of a
// formatting style before the first XML error.
func FuzzMayStore(f *testing.F) {
	for _, seed := range []string{
		`<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="2"><v>12</v></c></row></sheetData>`,
		`<sheetData><row r="1"><c r="A1" s="1"><v>0.5</v></c></row></sheetData>`,
		`<sheetData><row r="1"><x:c r="A1"` + "\n" + ` s = '1' ><v>0.5</v></x:c></row></sheetData>`,
		`<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData>`,
		`<sheetData><!-- <c s="1"> --><row r="1"><c r="A1" s="1" t="s"><![CDATA[<f>]]></c></row></sheetData>`,
	} {
		f.Add([]byte(seed))
	}
	st := styleSet{formatted: []bool{false, true, false}}
	f.Fuzz(func(t *testing.T, data []byte) {
		if may, _ := mayStore(zipPart(t, string(data)), st); may {
			return
		}
		dec := xml.NewDecoder(bytes.NewReader(data))
		for {
			tok, err := dec.RawToken()
			if err != nil {
				return
			}
			e, ok := tok.(xml.StartElement)
			if !ok {
				continue
			}
			if e.Name.Local == "f" {
				t.Fatalf("a formula let go: %q", data)
			}
			if e.Name.Local != "c" || !isNumberType(attr(e, "t")) {
				continue
			}
			for _, a := range e.Attr {
				if n, err := strconv.Atoi(a.Value); a.Name.Local == "s" && err == nil && st.formats(n) {
					t.Fatalf("a number cell of style %d let go: %q", n, data)
				}
			}
		}
	})
}

// TestStoredDateTwoDigitYear: a date cell displayed with a two-digit year
// (LibreOffice en-US's "04/03/61"), which ParseDate cannot place, loads as
// the day its serial says, not as "not a date".
func TestStoredDateTwoDigitYear(t *testing.T) {
	path := filepath.Join(t.TempDir(), "people.xlsx")
	f := excelize.NewFile()
	if err := f.SetSheetName("Sheet1", "people"); err != nil {
		t.Fatal(err)
	}
	fmtYY := "mm/dd/yy"
	yy, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &fmtYY})
	for r, row := range [][]any{{"person_id", "name", "birth_date"}, {"P1", "Ann Example", time.Date(1961, 4, 3, 0, 0, 0, 0, time.UTC)}} {
		for c, v := range row {
			cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
			if err := f.SetCellValue("people", cell, v); err != nil {
				t.Fatal(err)
			}
		}
	}
	_ = f.SetCellStyle("people", "C2", "C2", yy)
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	f.Close()
	shown, _ := excelize.OpenFile(path)
	if v, _ := shown.GetCellValue("people", "C2"); v != "04/03/61" {
		t.Fatalf("the test needs C2 displayed as 04/03/61, got %q", v)
	}
	shown.Close()
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.People) != 1 || reg.People[0].BirthDate != "1961-04-03" || len(reg.Problems) != 0 {
		t.Errorf("people %+v, problems %v; want born 1961-04-03 and no problem", reg.People, problemSet(reg))
	}
}
