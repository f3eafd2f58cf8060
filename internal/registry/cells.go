package registry

import (
	"archive/zip"
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Reading back what a citation points at, for 'audit verify': the file is
// read the way Load reads it (format by content, a sheet's header is its
// first non-empty row, rows numbered as a spreadsheet program shows them,
// a BODS statement's row is its place in the file, a PSC record's row is
// the line it starts on), but nothing is interpreted: the cell is returned
// as written.

// Cite is a citation of a registry file as a report writes it: the sheet
// (the file's base name for a CSV or a PSC snapshot, "statements" for BODS),
// the row, and the column as the source names it (the header as written, or
// a JSON field path such as "recordDetails.interests[1]"); Column "" cites
// the whole row.
type Cite struct {
	Sheet  string
	Row    int
	Column string
}

// Cell is what a registry file holds at a Cite.
type Cell struct {
	// Problem says why the citation does not resolve: no such sheet, row
	// or column (with what is there instead); "" when it resolves.
	Problem string
	// Value is the cell's text as written (a JSON string unquoted, any
	// other JSON value as compact JSON); for a whole-row citation, the
	// row's non-empty cells joined by " | ".
	Value string
	// Empty says the cell (or row, or JSON value: null, "", [] or {})
	// holds nothing.
	Empty bool
}

// CellsAt reads the registry file at path and returns what it holds at each
// cite, in order. audited is the path the report names the file by: a CSV's
// or PSC snapshot's sheet is its base name. An error means the file cannot be
// read at all (missing, not a registry format); a citation that points at
// nothing is a Cell with a Problem.
func CellsAt(path, audited string, cites []Cite) ([]Cell, error) {
	f, size, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("registry %s: %w", path, err)
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	var sheets map[string]*cellSheet
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return xlsxCells(path, f, size, cites)
	case bytes.HasPrefix(head, []byte("\xd0\xcf\x11\xe0")):
		return nil, fmt.Errorf("registry %s: an old binary .xls workbook or a password-protected file", path)
	case len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') && isPSC(trimmed):
		return pscCells(path, audited, f, cites)
	case len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{'):
		return bodsCells(path, f, cites)
	case n == 0:
		return nil, fmt.Errorf("registry %s: the file is empty", path)
	default:
		sheets, err = csvSheet(path, filepath.Base(audited), f, wantedRows(cites))
	}
	if err != nil {
		return nil, err
	}
	return tableCells(sheets, cites, nil), nil
}

// cellSheet is one sheet as CellsAt reads it: its header row and the
// cited rows.
type cellSheet struct {
	name      string
	header    []string
	headerRow int
	lastRow   int              // last non-empty row
	cut       string           // why the sheet was read no further, if it was not read to its end
	rows      map[int][]string // cited rows, by number
	bad       map[int]string   // rows that cannot be parsed, with why
}

func wantedRows(cites []Cite) map[string]map[int]bool {
	w := map[string]map[int]bool{}
	for _, c := range cites {
		if w[c.Sheet] == nil {
			w[c.Sheet] = map[int]bool{}
		}
		w[c.Sheet][c.Row] = true
	}
	return w
}

// take keeps row n of the sheet if it is cited; it notes the header (the
// first non-empty row, as Load takes it) and the last non-empty row.
func (s *cellSheet) take(n int, cells []string, want map[int]bool) {
	if width(cells) == 0 {
		return
	}
	s.lastRow = n
	if s.header == nil {
		s.header, s.headerRow = slices.Clone(cells), n
	}
	if want[n] {
		s.rows[n] = slices.Clone(cells)
	}
}

// csvSheet reads a CSV file as loadCSV does (newCSVReader; a record's row
// being its first line; giving up after maxCSVErrors lines that fail to
// parse, and stopping after DefaultMaxEmptyRows empty rows in a row),
// keeping the header and the wanted rows.
func csvSheet(path, name string, f io.Reader, want map[string]map[int]bool) (map[string]*cellSheet, error) {
	cr, sepLine, err := newCSVReader(path, f)
	if err != nil {
		return nil, err
	}
	s := &cellSheet{name: name, rows: map[int][]string{}, bad: map[int]string{}}
	errs, empty, emptyCells := 0, 0, 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var qe *csvQuoteError
		if errors.As(err, &qe) {
			s.bad[qe.Row] = qe.Error()
			s.lastRow = qe.Row
			if errs++; errs >= maxCSVErrors { // as Load gives up
				return nil, fmt.Errorf("registry %s: %d lines fail to parse: not a CSV file?", path, errs)
			}
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("registry %s: %w", path, err)
		}
		row := cr.Row()
		if sepLine {
			sepLine = false
			if row == 1 {
				continue
			}
		}
		for i, c := range rec {
			rec[i] = strings.ToValidUTF8(c, "\uFFFD")
		}
		if width(rec) > 0 {
			empty, emptyCells = 0, 0
		} else if empty, emptyCells = empty+1, emptyCells+len(rec); empty >= DefaultMaxEmptyRows || emptyCells >= maxEmptyCells {
			s.cut = fmt.Sprintf("%d empty rows in a row after it: the sheet was read no further, as the audit read it", empty)
			break
		}
		s.take(row, rec, want[name])
	}
	return map[string]*cellSheet{name: s}, nil
}

// maxCheckedPart is the largest worksheet XML whose cited cells xlsxCells
// checks by their coordinates: excelize reads a whole worksheet into memory
// for that, many times its size.
const maxCheckedPart = 16 << 20

// xlsxCells reads the cited sheets of a workbook as loadSheet does, row by
// row, stopping where it stops (DefaultMaxEmptyRows empty rows in a row),
// and checks each cited cell against the cell at its coordinates ("D7"),
// so that a row counted wrongly shows, in worksheets whose XML is at most
// maxCheckedPart. A workbook Load refuses as a bomb (zipBomb) is refused.
func xlsxCells(path string, f io.ReaderAt, size int64, cites []Cite) (cells []Cell, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("registry %s: malformed workbook: %v", path, r)
		}
	}()
	zr, err := zip.NewReader(f, size)
	if err != nil {
		return nil, fmt.Errorf("registry %s: not a readable XLSX workbook: %w", path, err)
	}
	if err := zipBomb(path, zr, size, DefaultMaxUnzipped); err != nil {
		return nil, err
	}
	parts := openStored(zr)
	xl, err := excelize.OpenReader(io.NewSectionReader(f, 0, size), excelize.Options{
		UnzipSizeLimit:    DefaultMaxUnzipped,
		UnzipXMLSizeLimit: 16 << 20,
		ShortDatePattern:  "yyyy-mm-dd",
		LongDatePattern:   "yyyy-mm-dd",
	})
	if err != nil {
		return nil, fmt.Errorf("registry %s: not a readable XLSX workbook: %w", path, err)
	}
	defer xl.Close()
	want := wantedRows(cites)
	sheets := map[string]*cellSheet{}
	for _, name := range xl.GetSheetList() {
		s := &cellSheet{name: name, rows: map[int][]string{}}
		sheets[name] = s
		if want[name] == nil {
			continue
		}
		it, err := xl.Rows(name)
		if err != nil {
			return nil, fmt.Errorf("registry %s, sheet %s: %w", path, name, err)
		}
		n, empty, emptyCells := 0, 0, 0
		for it.Next() {
			n++
			row, err := it.Columns()
			if err != nil {
				s.cut = fmt.Sprintf("row %d cannot be read (%v): the sheet was read no further", n, err)
				break
			}
			if width(row) > 0 {
				empty, emptyCells = 0, 0
			} else if empty, emptyCells = empty+1, emptyCells+len(row); empty >= DefaultMaxEmptyRows || emptyCells >= maxEmptyCells {
				s.cut = fmt.Sprintf("%d empty rows in a row after it: the sheet was read no further, as the audit read it", empty)
				break
			}
			s.take(n, row, want[name])
		}
		if err := it.Error(); err != nil && s.cut == "" {
			s.cut = fmt.Sprintf("the sheet cannot be read past row %d: %v", n, err)
		}
		it.Close()
	}
	at := func(sheet string, row, col int) (string, error) {
		if p := parts.sheets[sheet]; p == nil || p.UncompressedSize64 > maxCheckedPart {
			return "", errors.New("worksheet not checked by coordinates")
		}
		ref, err := excelize.CoordinatesToCellName(col+1, row)
		if err != nil {
			return "", err
		}
		return xl.GetCellValue(sheet, ref)
	}
	return tableCells(sheets, cites, at), nil
}

// tableCells resolves each cite in sheets read row by row; at, when not
// nil, reads a cell by its coordinates to cross-check the row read.
func tableCells(sheets map[string]*cellSheet, cites []Cite, at func(sheet string, row, col int) (string, error)) []Cell {
	out := make([]Cell, len(cites))
	for k, c := range cites {
		s := sheets[c.Sheet]
		if s == nil {
			var names []string
			for n := range sheets {
				names = append(names, n)
			}
			slices.Sort(names)
			out[k] = Cell{Problem: fmt.Sprintf("no sheet %q (the file has: %s)", c.Sheet, strings.Join(names, ", "))}
			continue
		}
		if why, ok := s.bad[c.Row]; ok {
			out[k] = Cell{Value: "", Empty: false}
			if c.Column != "" {
				out[k].Problem = fmt.Sprintf("row %d cannot be parsed as CSV (%s), so it has no column %q", c.Row, why, c.Column)
			}
			continue
		}
		switch {
		case s.header == nil:
			out[k] = Cell{Problem: fmt.Sprintf("sheet %q is empty", c.Sheet)}
			continue
		case c.Row < 1 || c.Row > s.lastRow:
			out[k] = Cell{Problem: fmt.Sprintf("no row %d: the sheet's last non-empty row is %d", c.Row, s.lastRow)}
			if s.cut != "" {
				out[k].Problem += "; " + s.cut
			}
			continue
		}
		row := s.rows[c.Row]
		if c.Column == "" {
			var vals []string
			for _, v := range row {
				if v = strings.TrimSpace(v); v != "" {
					vals = append(vals, v)
				}
			}
			out[k] = Cell{Value: strings.Join(vals, " | "), Empty: len(vals) == 0}
			continue
		}
		i, problem := s.column(c.Column)
		if problem != "" {
			out[k] = Cell{Problem: problem}
			continue
		}
		v := ""
		if i < len(row) {
			v = row[i]
		}
		if at != nil {
			if w, err := at(c.Sheet, c.Row, i); err == nil && w != v {
				out[k] = Cell{Problem: fmt.Sprintf("read row by row the cell is %q, but the cell %s%d holds %q: rows are numbered wrongly", v, columnLetter(i), c.Row, w)}
				continue
			}
		}
		out[k] = Cell{Value: v, Empty: strings.TrimSpace(strings.ReplaceAll(v, "\u00a0", " ")) == ""}
	}
	return out
}

// column finds the column a citation names in the header row: the header
// as written (spaces around it aside), else a column letter where the
// header is blank or ends (a Problem on a cell without a header). It
// returns why when there is none.
func (s *cellSheet) column(name string) (int, string) {
	for i, h := range s.header {
		if strings.TrimSpace(h) == name {
			return i, ""
		}
	}
	for i := 0; i <= len(s.header)+702; i++ { // columns up to ZZ past the header
		if columnLetter(i) == name {
			if i >= len(s.header) || strings.TrimSpace(s.header[i]) == "" {
				return i, ""
			}
			break
		}
	}
	msg := fmt.Sprintf("no column %q in the header row (row %d: %s)", name, s.headerRow, strings.Join(quoteAll(trimAll(s.header)), ", "))
	for _, h := range s.header {
		h = strings.TrimSpace(h)
		if normHeader(h) == normHeader(name) {
			return -1, msg + fmt.Sprintf("; the header is written %q", h)
		}
		for _, kind := range Kinds {
			if c, ok := specs[kind].aliases[normHeader(h)]; ok && c == name {
				return -1, msg + fmt.Sprintf("; %q is the model's name of the header %q", name, h)
			}
		}
	}
	return -1, msg
}

// bodsCells reads a BODS file's statements as loadBODS does: row n is the
// n-th JSON value of the file (of its top-level array, or one after
// another); the sheet is "statements".
func bodsCells(path string, r io.Reader, cites []Cite) ([]Cell, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxBODS+1))
	if err != nil {
		return nil, fmt.Errorf("registry %s: %w", path, err)
	}
	if len(b) > maxBODS {
		return nil, fmt.Errorf("registry %s: a JSON file over %d MB", path, maxBODS>>20)
	}
	raws, _, err := jsonValues(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")))
	if err != nil {
		return nil, fmt.Errorf("registry %s: not BODS JSON: %w", path, err)
	}
	out := make([]Cell, len(cites))
	for k, c := range cites {
		switch {
		case c.Sheet != "statements":
			out[k] = Cell{Problem: fmt.Sprintf("no sheet %q: a BODS file's one sheet is \"statements\"", c.Sheet)}
		case c.Row < 1 || c.Row > len(raws):
			out[k] = Cell{Problem: fmt.Sprintf("no statement %d: the file holds %d", c.Row, len(raws))}
		default:
			out[k] = jsonCell(raws[c.Row-1], c.Column)
		}
	}
	return out, nil
}

// pscCells reads a UK PSC snapshot as loadPSC does: row n is the record
// starting on line n; the sheet is the file's base name.
func pscCells(path, audited string, r io.Reader, cites []Cite) ([]Cell, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3)
	}
	want := map[int]bool{}
	for _, c := range cites {
		want[c.Row] = true
	}
	records, long := map[int][]byte{}, map[int]bool{}
	each := func(raw []byte, line int) {
		if want[line] {
			records[line] = bytes.Clone(bytes.TrimSpace(raw))
		}
	}
	var err error
	if oneLineValues(br) {
		_, err = pscLines(br, each, func(line int) { long[line] = true })
	} else {
		err = pscDecode(br, each)
	}
	if err != nil {
		return nil, fmt.Errorf("registry %s: a UK PSC snapshot that cannot be read: %w", path, err)
	}
	sheet := filepath.Base(audited)
	out := make([]Cell, len(cites))
	for k, c := range cites {
		switch raw, ok := records[c.Row]; {
		case c.Sheet != sheet:
			out[k] = Cell{Problem: fmt.Sprintf("no sheet %q: a PSC snapshot's one sheet is its file name, %q", c.Sheet, sheet)}
		case long[c.Row] && c.Column == "":
			out[k] = Cell{Value: "(a line too long to read)"}
		case !ok:
			out[k] = Cell{Problem: fmt.Sprintf("no record starts on line %d", c.Row)}
		default:
			out[k] = jsonCell(raw, c.Column)
		}
	}
	return out, nil
}

// jsonCell resolves a field path ("data.natures_of_control[0]",
// "recordDetails.interests[1].share") in one JSON record; "" is the
// record itself.
func jsonCell(raw []byte, path string) Cell {
	var v any
	d := json.NewDecoder(bytes.NewReader(raw))
	d.UseNumber()
	if err := d.Decode(&v); err != nil {
		if path == "" {
			return Cell{Value: string(raw)} // the loader cites a record it cannot read as a whole
		}
		return Cell{Problem: fmt.Sprintf("the record is not JSON (%v), so it has no field %s", err, path)}
	}
	done := ""
	rest := path
	for rest != "" {
		var part string
		if i := strings.IndexAny(rest[1:], ".["); i >= 0 {
			part, rest = rest[:i+1], rest[i+1:]
		} else {
			part, rest = rest, ""
		}
		part = strings.TrimPrefix(part, ".")
		where := "the record"
		if done != "" {
			where = done
		}
		if idx, ok := strings.CutPrefix(part, "["); ok {
			n, err := strconv.Atoi(strings.TrimSuffix(idx, "]"))
			arr, isArr := v.([]any)
			switch {
			case !strings.HasSuffix(idx, "]") || err != nil:
				return Cell{Problem: fmt.Sprintf("%q is not a field path", path)}
			case !isArr:
				return Cell{Problem: fmt.Sprintf("%s is not a list, so it has no %s", where, part)}
			case n < 0 || n >= len(arr):
				return Cell{Problem: fmt.Sprintf("%s has %d element(s), so no %s", where, len(arr), part)}
			}
			v = arr[n]
			done += part
			continue
		}
		obj, isObj := v.(map[string]any)
		if !isObj {
			return Cell{Problem: fmt.Sprintf("%s is not an object, so it has no field %q", where, part)}
		}
		next, ok := obj[part]
		if !ok {
			var keys []string
			for k := range obj {
				keys = append(keys, k)
			}
			slices.Sort(keys)
			return Cell{Problem: fmt.Sprintf("%s has no field %q (it has: %s)", where, part, strings.Join(keys, ", "))}
		}
		v = next
		if done != "" {
			done += "."
		}
		done += part
	}
	switch t := v.(type) {
	case nil:
		return Cell{Empty: true}
	case string:
		return Cell{Value: t, Empty: strings.TrimSpace(t) == ""}
	case []any:
		b, _ := json.Marshal(t)
		return Cell{Value: string(b), Empty: len(t) == 0}
	case map[string]any:
		b, _ := json.Marshal(t)
		return Cell{Value: string(b), Empty: len(t) == 0}
	default:
		b, _ := json.Marshal(t)
		return Cell{Value: string(b)}
	}
}

// citationTail is what follows "FILE, " in a citation Origin.String wrote.
var citationTail = regexp.MustCompile(`^(?:sheet (.+?), )?row (\d+)(?:, column ((?:[^\[\]]|\[[^\]]*\])*))?`)

// CitationsIn finds in text the citations Origin.String wrote of the given
// files ("FILE, sheet S, row N, column C"; "FILE, row N" when the sheet is
// the file's base name), each at the start of text or after "[", a column
// running to the "]" that closes the citation ("interests[1]" is kept
// whole) or the end of text; in the order they appear.
func CitationsIn(text string, files []string) []Origin {
	type at struct {
		pos int
		o   Origin
	}
	var found []at
	for _, f := range files {
		if f == "" {
			continue
		}
		for from := 0; ; {
			i := strings.Index(text[from:], f+", ")
			if i < 0 {
				break
			}
			i += from
			from = i + len(f)
			if i > 0 && text[i-1] != '[' {
				continue
			}
			m := citationTail.FindStringSubmatch(text[i+len(f)+2:])
			if m == nil {
				continue
			}
			row, err := strconv.Atoi(m[2])
			if err != nil {
				continue
			}
			o := Origin{File: f, Sheet: m[1], Row: row, Column: m[3]}
			if o.Sheet == "" {
				o.Sheet = filepath.Base(f)
			}
			found = append(found, at{i, o})
		}
	}
	slices.SortStableFunc(found, func(a, b at) int { return a.pos - b.pos })
	out := make([]Origin, len(found))
	for i, a := range found {
		out[i] = a.o
	}
	return out
}
