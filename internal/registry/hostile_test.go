package registry

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/unicode"
)

// rewriteXLSX copies the workbook at path, passing every part through edit.
func rewriteXLSX(t testing.TB, path string, edit func(name string, w io.Writer, r io.Reader) error) {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatal(err)
	}
	defer zr.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	zw.RegisterCompressor(zip.Deflate, func(w io.Writer) (io.WriteCloser, error) { return flate.NewWriter(w, flate.BestSpeed) })
	for _, f := range zr.File {
		w, err := zw.Create(f.Name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		if err := edit(f.Name, w, r); err != nil {
			t.Fatal(err)
		}
		r.Close()
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func smallWorkbook(t testing.TB, dir string) string {
	path := filepath.Join(dir, "registry.xlsx")
	writeXLSX(t, path, map[string][][]any{"vessels": {{"imo", "name"}, {"9321483", "ALPHA"}, {"9074729", "GAMMA"}}})
	return path
}

func TestZipBombRefused(t *testing.T) {
	path := smallWorkbook(t, t.TempDir())
	// A part of 64 MB of zeros compresses to about 64 KB. (A shared
	// strings part so large is refused on its own: TestSharedStringsBombRefused.)
	rewriteXLSX(t, path, func(name string, w io.Writer, r io.Reader) error {
		if name == "docProps/app.xml" {
			_, err := io.CopyN(w, zeroReader{}, 64<<20)
			return err
		}
		_, err := io.Copy(w, r)
		return err
	})
	st, _ := os.Stat(path)
	start := time.Now()
	_, err := Load([]string{path}, Options{MaxUnzipped: 32 << 20})
	if err == nil || !strings.Contains(err.Error(), "zip bomb") || !strings.Contains(err.Error(), "(limit 33554432)") || !strings.Contains(err.Error(), path) {
		t.Fatalf("a %d-byte file unzipping to 64 MB: err = %v, want a zip bomb refusal naming the file", st.Size(), err)
	}
	t.Logf("refused a %d-byte bomb in %v: %v", st.Size(), time.Since(start), err)
}

type zeroReader struct{}

func (zeroReader) Read(p []byte) (int, error) {
	clear(p)
	return len(p), nil
}

// styledEmptyRowsWorkbook is smallWorkbook with emptyRows rows of three
// styled empty cells after its data (an XML part of about 80 bytes a row,
// which compresses to almost nothing).
func styledEmptyRowsWorkbook(t testing.TB, emptyRows int) string {
	path := smallWorkbook(t, t.TempDir())
	rewriteXLSX(t, path, func(name string, w io.Writer, r io.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		if name != "xl/worksheets/sheet1.xml" {
			_, err = w.Write(b)
			return err
		}
		i := bytes.Index(b, []byte("</sheetData>"))
		if _, err := w.Write(b[:i]); err != nil {
			return err
		}
		bw := &bytes.Buffer{}
		for row := 4; row < 4+emptyRows; row++ {
			n := strconv.Itoa(row)
			bw.WriteString(`<row r="` + n + `"><c r="A` + n + `" s="1"/><c r="B` + n + `" s="1"/><c r="C` + n + `" s="1"/></row>`)
			if bw.Len() > 1<<20 {
				if _, err := w.Write(bw.Bytes()); err != nil {
					return err
				}
				bw.Reset()
			}
		}
		bw.Write(b[i:])
		_, err = w.Write(bw.Bytes())
		return err
	})
	return path
}

func TestMillionsOfStyledEmptyCells(t *testing.T) {
	const emptyRows = 2_000_000
	path := styledEmptyRowsWorkbook(t, emptyRows)
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if len(reg.Vessels) != 2 {
		t.Errorf("vessels = %d, want 2", len(reg.Vessels))
	}
	if len(reg.Problems) != 1 || !strings.Contains(reg.Problems[0].Reason, "empty rows in a row: the sheet was read no further") {
		t.Errorf("problems = %v, want one saying the sheet was cut", reg.Problems)
	}
	t.Logf("sheet of %d styled empty rows: %v, %d MB allocated", emptyRows, elapsed, (after.TotalAlloc-before.TotalAlloc)>>20)
}

func TestHostileFilesRefused(t *testing.T) {
	dir := t.TempDir()
	utf16 := func(s string) string {
		b, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	zipped := smallWorkbook(t, dir)
	whole, err := os.ReadFile(zipped)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, body, wantErr string
	}{
		{"binary.csv", "\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00imo,name\n", "binary file"},
		{"latin1.csv", "imo,name\n9321483,S\xe3o Paulo\n", "not UTF-8"},
		{"utf16-no-bom.csv", utf16("imo,name\n")[2:], "binary file"},
		{"old.xls", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 100), "old binary .xls"},
		{"truncated.xlsx", string(whole[:len(whole)/2]), "not a readable XLSX"},
		{"empty.csv", "", "empty"},
		{"one-line.csv", "imo,name\n" + strings.Repeat("9321483", 300_000), "a line longer than"},
		{"broken.json", "[{\"statementID\": ", "not BODS JSON"},
	}
	for _, tt := range tests {
		p := filepath.Join(dir, tt.name)
		writeFile(t, p, tt.body)
		_, err := Load([]string{p}, Options{})
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !strings.Contains(err.Error(), p) {
			t.Errorf("%s: err = %v, want one naming the file and saying %q", tt.name, err, tt.wantErr)
		}
	}
	if _, err := Load([]string{dir}, Options{}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory: err = %v", err)
	}
	if _, err := Load([]string{filepath.Join(dir, "missing.csv")}, Options{}); err == nil {
		t.Error("a missing file loaded")
	}

	// Handled, not refused: UTF-16 with a byte-order mark, a UTF-8 BOM.
	for name, body := range map[string]string{
		"utf16.csv": utf16("imo,name\r\n9321483,S\u00e3o Paulo\r\n"),
		"bom.csv":   "\ufeffimo,name\n9321483,S\u00e3o Paulo\n",
	} {
		p := filepath.Join(dir, "vessels-"+name)
		writeFile(t, p, body)
		reg, err := Load([]string{p}, Options{})
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if len(reg.Vessels) != 1 || reg.Vessels[0].Name != "S\u00e3o Paulo" || reg.Vessels[0].Key != "9321483" || len(reg.Problems) != 0 {
			t.Errorf("%s: vessels %+v problems %v", name, reg.Vessels, reg.Problems)
		}
	}
}

func TestInputsNotModified(t *testing.T) {
	dir := t.TempDir()
	path := smallWorkbook(t, dir)
	before, _ := os.ReadFile(path)
	st1, _ := os.Stat(path)
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	after, _ := os.ReadFile(path)
	st2, _ := os.Stat(path)
	if !bytes.Equal(before, after) || !st1.ModTime().Equal(st2.ModTime()) {
		t.Error("Load modified its input")
	}
	if reg.Files[0].SHA256 == "" || reg.Files[0].Rows != 2 {
		t.Errorf("file = %+v", reg.Files[0])
	}
}

// TestCellsAtStyledEmptyRows reads citations of a workbook whose sheet has
// a million styled empty rows after its data, as verify does: the cited
// cell is found, a row past where Load stops reading is not, saying why,
// and the read stays small (it took 11 GB of allocations and 29 s: every
// empty row formatted, then the whole sheet unmarshalled for the
// cross-check of each cited cell).
func TestCellsAtStyledEmptyRows(t *testing.T) {
	const emptyRows = 1_000_000
	path := styledEmptyRowsWorkbook(t, emptyRows)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	cells, err := CellsAt(path, path, []Cite{{Sheet: "vessels", Row: 2, Column: "imo"}, {Sheet: "vessels", Row: emptyRows, Column: "imo"}})
	runtime.ReadMemStats(&after)
	if err != nil {
		t.Fatal(err)
	}
	if cells[0].Value != "9321483" || cells[0].Problem != "" {
		t.Errorf("row 2 = %+v, want 9321483", cells[0])
	}
	if !strings.Contains(cells[1].Problem, "read no further") {
		t.Errorf("row %d = %+v, want a problem saying the sheet was read no further", emptyRows, cells[1])
	}
	if alloc := (after.TotalAlloc - before.TotalAlloc) >> 20; alloc > 256 {
		t.Errorf("CellsAt allocated %d MB for a workbook of %d empty rows, want at most 256", alloc, emptyRows)
	}
}

// TestSharedStringsBombRefused gives a workbook 2 million empty shared
// strings (26 MB of XML compressing to almost nothing), which excelize
// unmarshals whole, at about 100 bytes a string: Load and CellsAt refuse it
// at once, naming the file and the part, instead of spending seconds and
// gigabytes on it (a 1 GiB part, within MaxUnzipped, took minutes and tens
// of GB).
func TestSharedStringsBombRefused(t *testing.T) {
	path := smallWorkbook(t, t.TempDir())
	rewriteXLSX(t, path, func(name string, w io.Writer, r io.Reader) error {
		b, err := io.ReadAll(r)
		if err != nil {
			return err
		}
		if name != "xl/sharedStrings.xml" {
			_, err = w.Write(b)
			return err
		}
		i := bytes.Index(b, []byte("</sst>"))
		if _, err := w.Write(b[:i]); err != nil {
			return err
		}
		if _, err := w.Write(bytes.Repeat([]byte("<si><t/></si>"), 2_000_000)); err != nil {
			return err
		}
		_, err = w.Write(b[i:])
		return err
	})
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Load([]string{path}, Options{})
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "xl/sharedStrings.xml") {
		t.Errorf("Load: err = %v (%d MB allocated), want a refusal naming the file and its shared strings part", err, (after.TotalAlloc-before.TotalAlloc)>>20)
	}
	if _, err := CellsAt(path, path, []Cite{{Sheet: "vessels", Row: 2, Column: "imo"}}); err == nil || !strings.Contains(err.Error(), "xl/sharedStrings.xml") {
		t.Errorf("CellsAt: err = %v, want a refusal naming the shared strings part", err)
	}
}

// TestPSCArrayOfNewlines gives a PSC snapshot written as an array (read by
// pscDecode) 30 million line breaks between two records: the reader kept
// the offset of every line break it passed (8 bytes each: 1.9 GB of heap
// for a 50 MB file); it now refuses the file at once, naming it and the
// line, as more than maxPSCRecord bytes without the end of a record.
func TestPSCArrayOfNewlines(t *testing.T) {
	rec := func(id string) string {
		return `{"company_number":"01234567","data":{"kind":"individual-person-with-significant-control","links":{"self":"/company/01234567/persons-with-significant-control/individual/` +
			id + `"},"name":"Ann Owner","nationality":"Welsh","date_of_birth":{"month":1,"year":1970},"natures_of_control":["ownership-of-shares-50-to-75-percent"],"notified_on":"2016-04-06"}}`
	}
	var b bytes.Buffer
	b.WriteString("[\n" + rec("a") + ",")
	b.Write(bytes.Repeat([]byte("\n"), 30_000_000))
	b.WriteString(rec("b") + "\n]\n")
	path := filepath.Join(t.TempDir(), "psc.json")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err := Load([]string{path}, Options{})
	runtime.ReadMemStats(&after)
	alloc := (after.TotalAlloc - before.TotalAlloc) >> 20
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "without the end of a record") {
		t.Errorf("Load: err = %v, want a refusal naming the file and saying why", err)
	}
	if alloc > 256 {
		t.Errorf("Load allocated %d MB for a %d MB file, want at most 256", alloc, b.Len()>>20)
	}
	t.Logf("%d MB allocated: %v", alloc, err)
	if _, err := CellsAt(path, path, []Cite{{Sheet: "psc.json", Row: 2}}); err == nil || !strings.Contains(err.Error(), "without the end of a record") {
		t.Errorf("CellsAt: err = %v, want the same refusal", err)
	}
}

// TestCellsAtCSVAsLoadReads: CellsAt reads a CSV as Load does: a row
// after DefaultMaxEmptyRows empty rows, which Load never reads, is not
// found, saying why (it resolved, so a report could cite what the audit
// never read).
func TestCellsAtCSVAsLoadReads(t *testing.T) {
	dir := t.TempDir()
	far := filepath.Join(dir, "far.csv")
	body := "imo,name\n9321483,ALPHA\n" + strings.Repeat(",\n", DefaultMaxEmptyRows+10) + "9074729,GAMMA\n"
	if err := os.WriteFile(far, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	farRow := DefaultMaxEmptyRows + 13
	cells, err := CellsAt(far, far, []Cite{{Sheet: "far.csv", Row: 2, Column: "imo"}, {Sheet: "far.csv", Row: farRow, Column: "imo"}})
	if err != nil {
		t.Fatal(err)
	}
	if cells[0].Value != "9321483" {
		t.Errorf("row 2 = %+v, want 9321483", cells[0])
	}
	if !strings.Contains(cells[1].Problem, "read no further") {
		t.Errorf("row %d = %+v, want not found: Load reads no further than %d empty rows", farRow, cells[1], DefaultMaxEmptyRows)
	}
}
