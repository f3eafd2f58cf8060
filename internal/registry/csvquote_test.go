package registry

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// strayQuote is a wallets row whose holder cell is quoted with a stray quote
// inside, as the red team wrote it.
const strayQuote = `0x1234567890123456789012345678901234567890,"P-H05 bad"quote,kyc,2024-02-01`

// walletLines are a wallets.csv header and n rows, each of holder P-<i>,
// with a people.csv naming those holders.
func walletLines(n int) (wallets []string, people string) {
	wallets = []string{"address,holder_id,evidence,verified_on"}
	people = "person_id,name\n"
	for i := 1; i <= n; i++ {
		wallets = append(wallets, fmt.Sprintf("0x%040x,P-%d,kyc,2024-02-01", i, i))
		people += fmt.Sprintf("P-%d,Person %d\n", i, i)
	}
	return wallets, people
}

// TestStrayQuoteIsOneRow: a quoted cell with a stray quote inside is one
// unreadable row, at its line and column, saying the quote is not closed
// on its line; every other line loads as its own row at its own line
// number, whether the bad line is in the middle or at the end of the
// sheet, with or without a line break after it. A quote left open to the
// end of the file likewise costs its line only. CellsAt reads the file as
// Load does.
func TestStrayQuoteIsOneRow(t *testing.T) {
	const n = 40
	for _, tt := range []struct {
		name string
		at   int    // the bad line's number
		bad  string // the bad line
		end  string // after the last line
		say  string
	}{
		{"middle", 9, strayQuote, "\n", `the quote at character 54 is followed by "q"`},
		{"end", n + 2, strayQuote, "\n", `the quote at character 54 is followed by "q"`},
		{"end without a line break", n + 2, strayQuote, "", `the quote at character 54 is followed by "q"`},
		{"middle, never closed", 9, `0x1234567890123456789012345678901234567890,"P-H05 bad,kyc,2024-02-01`, "\n", "nor by the end of the file"},
		{"middle, closed on a later line by a quoted cell", 9, `0x1234567890123456789012345678901234567890,"P-H05 bad,kyc,2024-02-01`, "\n0x00000000000000000000000000000000000000ff,\"P-1\",kyc,2024-02-01\n",
			`the quote that would close it, at character 44 of line 43, is followed by "P"`},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			lines, people := walletLines(n)
			lines = append(lines[:tt.at-1], append([]string{tt.bad}, lines[tt.at-1:]...)...)
			path := filepath.Join(dir, "wallets.csv")
			body := strings.Join(lines, "\n") + tt.end
			writeFile(t, path, body)
			lines = strings.Split(strings.TrimSuffix(body, "\n"), "\n")
			writeFile(t, filepath.Join(dir, "people.csv"), people)
			reg, err := Load([]string{path, filepath.Join(dir, "people.csv")}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			want := n
			if strings.Contains(tt.end, "0x") {
				want++ // the row after the sheet's last
			}
			if len(reg.Wallets) != want {
				t.Fatalf("%d wallets loaded, want %d; problems %q", len(reg.Wallets), want, problemSet(reg))
			}
			for _, w := range reg.Wallets {
				if line := lineOf(lines, w.Address); w.Origin.Row != line || line == tt.at {
					t.Errorf("wallet %s at row %d, its line is %d", w.Address, w.Origin.Row, line)
				}
			}
			if len(reg.Problems) != 1 {
				t.Fatalf("problems %q, want one", problemSet(reg))
			}
			p := reg.Problems[0]
			if p.Origin.File != path || p.Origin.Row != tt.at || p.Origin.Column != "holder_id" ||
				!strings.Contains(p.Reason, fmt.Sprintf("a quote opened in column B (character 44 of line %d) is not closed on its line", tt.at)) ||
				!strings.Contains(p.Reason, tt.say) {
				t.Errorf("problem %s, want one at row %d, column holder_id, saying the quote is not closed and %q", p, tt.at, tt.say)
			}

			after := tt.at + 1
			if after > len(lines) {
				after = 2
			}
			cells, err := CellsAt(path, path, []Cite{{Sheet: "wallets.csv", Row: tt.at, Column: "holder_id"}, {Sheet: "wallets.csv", Row: after, Column: "holder_id"}})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(cells[0].Problem, "cannot be parsed as CSV (a quote opened in column B") {
				t.Errorf("the bad row cited: %+v, want it unreadable", cells[0])
			}
			if wantHolder := strings.Split(lines[after-1], ",")[1]; cells[1].Problem != "" || cells[1].Value != wantHolder {
				t.Errorf("row %d cited: %+v, want %s", after, cells[1], wantHolder)
			}
		})
	}
}

// lineOf is the line number of the line of lines starting with prefix.
func lineOf(lines []string, prefix string) int {
	for i, l := range lines {
		if strings.HasPrefix(l, prefix) {
			return i + 1
		}
	}
	return 0
}

// TestMultiLineQuotedCells: cells that Excel writes quoted (an address with
// line breaks, "\r\n" or "\n", quotes doubled, a separator inside) load as
// one cell each, and each record is cited at the row LibreOffice shows it
// on (a record over several lines is one row; a blank line is an empty
// row), not at its file line.
func TestMultiLineQuotedCells(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "companies.csv")
	writeFile(t, path, "company_id,name,jurisdiction,address\r\n"+
		"C-1,\"Alpha \"\"Holdings\"\" Ltd\",HK,\"Unit 1203\r\n88 Harbour Road, Wan Chai\r\n\r\nHong Kong\"\r\n"+
		"C-2,Beta Ltd,HK,\"\"\r\n"+
		"C-3,Gamma Ltd,HK,\"PO Box 1\nRoad Town\"\n"+
		"\n"+
		"C-4,\"Delta, Ltd\",VG,5'10\" Street\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 {
		t.Errorf("problems %q", problemSet(reg))
	}
	want := []struct {
		id, name, address string
		row               int
	}{
		{"C-1", `Alpha "Holdings" Ltd`, "Unit 1203\n88 Harbour Road, Wan Chai\n\nHong Kong", 2},
		{"C-2", "Beta Ltd", "", 3},
		{"C-3", "Gamma Ltd", "PO Box 1\nRoad Town", 4},
		{"C-4", "Delta, Ltd", `5'10" Street`, 6},
	}
	if len(reg.Companies) != len(want) {
		t.Fatalf("companies %+v, want %d", reg.Companies, len(want))
	}
	for i, w := range want {
		c := reg.Companies[i]
		if c.ID != w.id || c.Name != w.name || c.Address != w.address || c.Origin.Row != w.row {
			t.Errorf("company %d = %s %q %q at row %d, want %s %q %q at row %d", i, c.ID, c.Name, c.Address, c.Origin.Row, w.id, w.name, w.address, w.row)
		}
	}
	cells, err := CellsAt(path, path, []Cite{{Sheet: "companies.csv", Row: 2, Column: "address"}, {Sheet: "companies.csv", Row: 6, Column: "name"}})
	if err != nil {
		t.Fatal(err)
	}
	if cells[0].Value != want[0].address || cells[1].Value != "Delta, Ltd" {
		t.Errorf("cells %+v", cells)
	}
}

// TestQuotedCellLongerThanACell: a quote left open over more bytes than a
// line may hold (maxQuoted) is a stray quote: its line is not read, the
// next ones are, and the reader does not keep the rest of the file.
func TestQuotedCellLongerThanACell(t *testing.T) {
	var b strings.Builder
	b.WriteString("company_id,name\nC-0,\"open\n")
	rows := maxQuoted/20 + 10
	for i := 1; i <= rows; i++ {
		fmt.Fprintf(&b, "C-%d,Company %06d\n", i, i)
	}
	reg, err := loadBytes("companies.csv", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Companies) != rows || reg.Companies[0].Origin.Row != 3 || reg.Companies[rows-1].Origin.Row != rows+2 {
		t.Errorf("%d companies, want %d from row 3", len(reg.Companies), rows)
	}
	if got := problemSet(reg); len(got) != 1 || !strings.Contains(got[0], "companies.csv!2 name: ") || !strings.Contains(got[0], "more than a spreadsheet cell can hold") {
		t.Errorf("problems %q", got)
	}
}

// TestStrayQuoteTakingInRows: a quote that opens on one line and is closed
// by a stray quote lines later, taking in lines that look like rows of
// their own (as many separators as the header has columns, less one), is a
// problem at the line it opens on, naming its column and the lines taken
// in; those lines load as rows at their own line numbers. A multi-line
// address whose lines have fewer separators is still one cell, and so is
// any quoted cell before the header is read.
func TestStrayQuoteTakingInRows(t *testing.T) {
	data := "company_id,name,jurisdiction,address\n" +
		"C-1,\"Alpha Ltd,HK,Road 1\n" + // the quote the red team left open
		"C-2,Beta Ltd,HK,Road 2\n" +
		"\n" +
		"C-3,Gamma Ltd,HK,Pipe 40\",\n" + // the stray quote that closes it
		"C-4,Delta Ltd,HK,\"Unit 1, Block 2\n88 Harbour Road, Wan Chai\nHong Kong\"\n" +
		"C-5,\"Epsilon\nLtd\",HK,Road 5\n"
	reg, err := loadBytes("companies.csv", []byte(data), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		id, name, address string
		row               int
	}{
		{"C-2", "Beta Ltd", "Road 2", 3},
		{"C-3", "Gamma Ltd", `Pipe 40"`, 5},
		{"C-4", "Delta Ltd", "Unit 1, Block 2\n88 Harbour Road, Wan Chai\nHong Kong", 6},
		{"C-5", "Epsilon\nLtd", "Road 5", 7}, // line 9: C-4 is one row of three lines
	}
	if len(reg.Companies) != len(want) {
		t.Fatalf("companies %+v, want %d; problems %q", reg.Companies, len(want), problemSet(reg))
	}
	for i, w := range want {
		c := reg.Companies[i]
		if c.ID != w.id || c.Name != w.name || c.Address != w.address || c.Origin.Row != w.row {
			t.Errorf("company %d = %s %q %q at row %d, want %s %q %q at row %d", i, c.ID, c.Name, c.Address, c.Origin.Row, w.id, w.name, w.address, w.row)
		}
	}
	got := problemSet(reg)
	if len(got) != 1 || !strings.HasPrefix(got[0], "companies.csv!2 name: ") ||
		!strings.Contains(got[0], "a quote opened in column B (character 5 of line 2) runs to line 5 and takes in what looks like rows of their own (lines 3, 5): a stray quote? (a spreadsheet program reads lines 2 to 5 as one row, and shows the rows after it 3 higher than they are cited here)") {
		t.Errorf("problems %q, want one at row 2, column name, naming lines 3 and 5", got)
	}

	// Before the header is read, no line looks like a row.
	r := newCSVRecords(strings.NewReader("\"a\nb,c\",d\n"), ',')
	if rec, err := r.Read(); err != nil || len(rec) != 2 || rec[0] != "a\nb,c" {
		t.Errorf("header %q, %v", rec, err)
	}
}

// TestClosedQuotedCellLongerThanACell: a quoted cell closed after more
// lines than a spreadsheet cell can hold is one cell of its record, cut to
// what a cell holds with one problem, as a long cell on one line is; the
// row after it is the next row, as a spreadsheet program shows it.
func TestClosedQuotedCellLongerThanACell(t *testing.T) {
	var b strings.Builder
	b.WriteString("company_id,name,jurisdiction,address\nC-1,Alpha Ltd,HK,\"Survey notes:\n")
	lines := 3*maxCell/60 + 10 // more bytes than a cell of maxCell units can take
	for i := 0; i < lines; i++ {
		fmt.Fprintf(&b, "note %06d of the survey, nothing to see here...............\n", i)
	}
	b.WriteString("end\"\nC-2,Beta Ltd,HK,Road 2\n")
	reg, err := loadBytes("companies.csv", []byte(b.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Companies) != 2 {
		t.Fatalf("%d companies, want 2; problems %q", len(reg.Companies), problemSet(reg))
	}
	c1, c2 := reg.Companies[0], reg.Companies[1]
	if c1.ID != "C-1" || c1.Origin.Row != 2 || len(c1.Address) != maxCell || !strings.HasPrefix(c1.Address, "Survey notes:\nnote 000000 ") {
		t.Errorf("C-1 = %s at row %d, address of %d bytes, want C-1 at row 2, cut to %d", c1.ID, c1.Origin.Row, len(c1.Address), maxCell)
	}
	if c2.ID != "C-2" || c2.Origin.Row != 3 {
		t.Errorf("C-2 = %s at row %d, want row 3 (line %d)", c2.ID, c2.Origin.Row, lines+4)
	}
	if got := problemSet(reg); len(got) != 1 || !strings.HasPrefix(got[0], "companies.csv!2 address: ") || !strings.Contains(got[0], "more than a spreadsheet cell can") {
		t.Errorf("problems %q, want one at row 2, address, saying it is cut", got)
	}
}

// TestCSVRecordsAsEncodingCSV: on text that encoding/csv reads without an
// error (quotes only as RFC 4180 allows), csvReader gives the same records
// at the same lines.
func TestCSVRecordsAsEncodingCSV(t *testing.T) {
	for _, s := range csvSeeds {
		sameAsEncodingCSV(t, []byte(s), ',')
	}
}

var csvSeeds = []string{
	"a,b\n1,2\n",
	"a;b\r\n\"x;y\";\"z\"\"\"\r\n",
	"\n\na,\"b\nc\",\"d\"\"e\"\n1,2\n\n",
	"a,\"\"\n,\n\"\"\n",
	"a,\"b\r\n\r\nc\"\r\nx\r",
	"\"a\",\"\"\"\"\n",
	"é,\"ü\n\"\nlast",
}

// sameAsEncodingCSV compares csvReader with a strict encoding/csv reader
// on data, if the latter reads it all.
func sameAsEncodingCSV(t *testing.T, data []byte, comma byte) {
	t.Helper()
	type rec struct {
		line  int
		cells []string
	}
	want := []rec{}
	cr := csv.NewReader(strings.NewReader(string(data)))
	cr.Comma, cr.FieldsPerRecord = rune(comma), -1
	for {
		r, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return // not RFC 4180 text
		}
		line, _ := cr.FieldPos(0)
		want = append(want, rec{line, r})
	}
	got := []rec{}
	r := newCSVRecords(strings.NewReader(string(data)), comma)
	r.width = -1 // no line looks like a row: encoding/csv reads such a cell whole
	for {
		cells, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%q: %v, encoding/csv reads it", data, err)
		}
		got = append(got, rec{r.Line(), append([]string(nil), cells...)})
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q:\n got %v\nwant %v", data, got, want)
	}
}

// FuzzCSVRecords: csvReader reads RFC 4180 text as encoding/csv does, and
// any text with every line accounted for: each record or unreadable line
// starts on a line after the last one's, and an unreadable line is read
// alone (the next record starts on a later line, never skipping one that
// is not blank or inside a closed quoted cell).
func FuzzCSVRecords(f *testing.F) {
	for _, s := range csvSeeds {
		f.Add([]byte(s))
	}
	f.Add([]byte("a,b\n" + strayQuote + "\nc,d\n"))
	f.Add([]byte("a,\"b\nc,d\ne,f\n"))
	f.Add([]byte("a,b\n\"c\nd,e\nf\",g\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sameAsEncodingCSV(t, data, ',')
		r := newCSVRecords(strings.NewReader(string(data)), ',')
		last, lastRow := 0, 0
		for {
			_, err := r.Read()
			if err == io.EOF {
				break
			}
			line, row := r.Line(), r.Row()
			var qe *csvQuoteError
			if errors.As(err, &qe) {
				line, row = qe.Line, qe.Row
				if !strings.Contains(qe.Reason, "is not closed on its line") && !strings.Contains(qe.Reason, "a stray quote?") {
					t.Fatalf("%q: line %d: %v", data, line, qe)
				}
			} else if err != nil {
				t.Fatal(err)
			}
			if line <= last {
				t.Fatalf("%q: a record at line %d after one at line %d", data, line, last)
			}
			if row <= lastRow || row > line || line-row < last-lastRow {
				t.Fatalf("%q: a record at line %d, row %d after one at line %d, row %d", data, line, row, last, lastRow)
			}
			last, lastRow = line, row
		}
	})
}

// BenchmarkCSVRecords reads 200,000 ownership rows (a fifth with a quoted
// cell, some over two lines) with csvReader, and with encoding/csv as the
// loader read them before (LazyQuotes) as the baseline, in the same run:
// ns/op is csvReader's, x-encoding-csv its time over the baseline's.
func BenchmarkCSVRecords(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("owner_id,owned_id,share,interest,note\n")
	for i := 0; i < 200_000; i++ {
		note := "plain"
		switch i % 10 {
		case 0:
			note = `"a note, with a comma and ""quotes"""`
		case 5:
			note = "\"two\r\nlines\""
		}
		fmt.Fprintf(&sb, "C%d,C%d,%d,shareholding,%s\r\n", i, i+1, 1+i%99, note)
	}
	data := sb.String()
	read := func(next func() ([]string, error)) int {
		n := 0
		for {
			rec, err := next()
			if err == io.EOF {
				return n
			}
			if err != nil {
				b.Fatal(err)
			}
			n += len(rec)
		}
	}
	var base, ours time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		cr := csv.NewReader(strings.NewReader(data))
		cr.FieldsPerRecord, cr.LazyQuotes, cr.ReuseRecord = -1, true, true
		want := read(cr.Read)
		base += time.Since(start)
		start = time.Now()
		got := read(newCSVRecords(strings.NewReader(data), ',').Read)
		ours += time.Since(start)
		if got != want {
			b.Fatalf("%d cells, encoding/csv %d", got, want)
		}
	}
	b.ReportMetric(float64(ours.Nanoseconds())/float64(b.N), "ns/op")
	b.ReportMetric(float64(ours)/float64(base), "x-encoding-csv")
}
