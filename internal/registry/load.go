package registry

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/unicode"

	"github.com/tokenaudit/audit/internal/csvsep"
	"github.com/tokenaudit/audit/internal/refdata"

	"github.com/tokenaudit/audit/internal/excelcell"
)

// Limits that keep a hostile file from exhausting memory, disk or time.
const (
	// DefaultMaxUnzipped is the most a workbook may unzip to, all parts
	// together, unless Options.MaxUnzipped says otherwise.
	DefaultMaxUnzipped = 1 << 30
	// DefaultMaxEmptyRows is how many empty rows in a row end a sheet
	// (a sheet of a million styled empty cells is read no further).
	DefaultMaxEmptyRows = 1000
	// maxZipEntries bounds the parts of a workbook.
	maxZipEntries = 10000
	// maxCell is the longest cell Excel itself can hold, in UTF-16 code
	// units.
	maxCell = excelcell.MaxUnits
	// maxEmptyCells ends a sheet whose empty rows in a row hold that many
	// (styled) cells.
	maxEmptyCells = 1 << 20
	// maxLine bounds a CSV line, so that a file with no line breaks cannot
	// be read into memory whole.
	maxLine = 1 << 20
	// maxCSVErrors ends a CSV file that keeps failing to parse.
	maxCSVErrors = 100
)

// repanic lets the fuzz tests see panics that loadXLSX would turn into errors.
var repanic = false

// storeAlways makes loadXLSX read every sheet's stored values, even where
// mayStore says they cannot change anything: the tests compare both ways.
var storeAlways = false

// Options tunes Load. The zero value works: no mapping file, the embedded
// reference tables, the default limits.
type Options struct {
	// Mapping is the path of a YAML or JSON file renaming sheets and
	// headers (see readMapping for its layout); "" for none.
	Mapping string
	// RefData holds the country and MID tables; nil means refdata.Default().
	RefData *refdata.Tables
	// MaxUnzipped caps what one workbook may unzip to, in bytes;
	// 0 means DefaultMaxUnzipped.
	MaxUnzipped int64
	// MaxEmptyRows ends a sheet after that many empty rows in a row;
	// 0 means DefaultMaxEmptyRows.
	MaxEmptyRows int
}

// String cites the problem: "registry.xlsx, sheet vessels, row 7, column imo:
// IMO 9321484 fails its check digit (expected 3)".
func (p Problem) String() string { return p.Origin.String() + ": " + p.Reason }

// Load reads every file (XLSX workbook, CSV or BODS JSON, recognised by
// content, not by name) into one Registry. Sheets are recognised by name or
// header row. A row or cell that cannot be used becomes a Problem with its
// exact origin and the rest loads; references are resolved across all files
// once everything is read. Load returns an error only for a file that cannot
// be read at all: missing, not a spreadsheet or BODS file (no sheet
// recognised, no data rows, no statements), or hostile (a zip bomb, a binary
// file, text that is not UTF-8 or UTF-16). Input files are only ever opened
// for reading.
func Load(paths []string, opts Options) (*Registry, error) {
	l, err := newLoader(opts)
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		if err := l.loadFile(p); err != nil {
			return nil, err
		}
	}
	l.finish()
	return l.reg, nil
}

// finish joins what the files left to join (BODS statements, PSC
// companies) and resolves references, once every file is read.
func (l *loader) finish() {
	l.bodsFinish()
	l.pscFinish()
	l.resolve()
	l.countRecords()
}

// countRecords fills each File's Records from the Origins of what the
// registry holds.
func (l *loader) countRecords() {
	r := l.reg
	counts := map[string]map[string]int{} // file -> kind -> records
	add := func(kind string, o Origin) {
		if counts[o.File] == nil {
			counts[o.File] = map[string]int{}
		}
		counts[o.File][kind]++
	}
	for _, x := range r.Vessels {
		add(KindVessels, x.Origin)
	}
	for _, x := range r.History {
		add(KindVesselHistory, x.Origin)
	}
	for _, x := range r.Companies {
		add(KindCompanies, x.Origin)
	}
	for _, x := range r.People {
		add(KindPeople, x.Origin)
	}
	for _, x := range r.Ownership {
		add(KindOwnership, x.Origin)
	}
	for _, x := range r.Officers {
		add(KindOfficers, x.Origin)
	}
	for _, x := range r.Wallets {
		add(KindWallets, x.Origin)
	}
	for _, x := range r.Claims {
		add(KindClaims, x.Origin)
	}
	for i := range r.Files {
		r.Files[i].Records = counts[r.Files[i].Path]
	}
}

type loader struct {
	opts   Options
	ref    *refdata.Tables
	m      mapping
	reg    *Registry
	loaded map[string]bool // kinds read from a spreadsheet or BODS

	vessels   map[string]int    // key -> index in reg.Vessels
	companies map[string]int    // id -> index in reg.Companies
	people    map[string]int    // id -> index in reg.People
	wallets   map[string]Origin // address -> first row
	claims    map[string]int    // claimKey -> index in reg.Claims
	bods      bodsMerge         // BODS statements joined across statements and files
	psc       pscState          // UK PSC companies and statements, applied by pscFinish

	// Of the spreadsheet being read: its sheets, those recognised, and the
	// data rows of those.
	sheets     []Sheet
	headed     int // sheets with a header row
	recognised int
	dataRows   int
	why        [][2]string // each sheet of no kind: its name, and why (see unrecognised)
}

func newLoader(opts Options) (*loader, error) {
	m, err := readMapping(opts.Mapping)
	if err != nil {
		return nil, err
	}
	if opts.RefData == nil {
		opts.RefData = refdata.Default()
	}
	if opts.MaxUnzipped <= 0 {
		opts.MaxUnzipped = DefaultMaxUnzipped
	}
	if opts.MaxEmptyRows <= 0 {
		opts.MaxEmptyRows = DefaultMaxEmptyRows
	}
	return &loader{opts: opts, ref: opts.RefData, m: m, reg: &Registry{},
		loaded:  map[string]bool{},
		vessels: map[string]int{}, companies: map[string]int{}, people: map[string]int{}, wallets: map[string]Origin{}, claims: map[string]int{},
		bods: bodsMerge{alias: map[string]string{}, keys: map[string]string{}, first: map[string]bodsFirst{}}}, nil
}

func (l *loader) problem(o Origin, format string, args ...any) {
	l.reg.Problems = append(l.reg.Problems, Problem{Origin: o, Reason: fmt.Sprintf(format, args...)})
}

// openInput opens the registry file at path for reading only, with its
// size; a directory is refused.
func openInput(path string) (*os.File, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fmt.Errorf("registry %s: %w", path, err)
	}
	st, err := f.Stat()
	if err == nil && st.IsDir() {
		err = errors.New("is a directory, not a file")
	}
	if err != nil {
		f.Close()
		return nil, 0, fmt.Errorf("registry %s: %w", path, err)
	}
	return f, st.Size(), nil
}

// loadFile opens a file for reading only and loads it.
func (l *loader) loadFile(path string) error {
	f, size, err := openInput(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return l.loadFrom(path, f, size)
}

// input is what loadFrom reads: an open file, or bytes in a test.
type input interface {
	io.Reader
	io.ReaderAt
	io.Seeker
}

// loadFrom hashes the content, sniffs its format and reads it.
func (l *loader) loadFrom(path string, f input, size int64) error {
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return fmt.Errorf("registry %s: %w", path, err)
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("registry %s: %w", path, err)
	}
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return fmt.Errorf("registry %s: %w", path, err)
	}
	file := File{Path: path, SHA256: hex.EncodeToString(h.Sum(nil))}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	var err error
	l.sheets, l.headed, l.recognised, l.dataRows, l.why = nil, 0, 0, 0, nil
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		file.Format = "xlsx"
		file.Rows, err = l.loadXLSX(path, f, size)
	case bytes.HasPrefix(head, []byte("\xd0\xcf\x11\xe0")):
		return fmt.Errorf("registry %s: an old binary .xls workbook or a password-protected file: save it as .xlsx without a password, or as CSV", path)
	case len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{') && isPSC(trimmed):
		file.Format = "uk-psc-json"
		file.Rows, err = l.loadPSC(path, f)
	case len(trimmed) > 0 && (trimmed[0] == '[' || trimmed[0] == '{'):
		file.Format = "bods-json"
		file.Rows, err = l.loadBODS(path, f)
	case n == 0:
		return fmt.Errorf("registry %s: the file is empty", path)
	default:
		file.Format = "csv"
		file.Rows, err = l.loadCSV(path, f)
	}
	if err != nil {
		return err
	}
	if err := l.checkSpreadsheet(path, file.Format, file.Rows); err != nil {
		return err
	}
	file.Sheets = l.sheets
	l.reg.Files = append(l.reg.Files, file)
	return nil
}

// checkSpreadsheet refuses a spreadsheet of which no sheet is recognised (a
// sanctions list, a memo, a PDF read as text) or that holds no data rows,
// and a BODS file of no statements: auditing an empty registry would find
// nothing, wrongly.
func (l *loader) checkSpreadsheet(path, format string, rows int) error {
	switch {
	case format == "bods-json" && rows == 0:
		return fmt.Errorf("registry %s: no BODS statements", path)
	case format != "csv" && format != "xlsx":
		return nil
	case l.headed == 0:
		return fmt.Errorf("registry %s: no rows (an empty file?)", path)
	}
	if l.recognised == 0 {
		what := "sheet "
		for i, t := range l.sheets {
			if i > 0 {
				what += ", "
			}
			what += t.Name
		}
		var why []string
		for _, w := range l.why {
			if format == "csv" {
				why = append(why, w[1])
			} else {
				why = append(why, "sheet "+w[0]+": "+w[1])
			}
		}
		if format == "csv" {
			what = "file name"
		}
		return fmt.Errorf("registry %s: not a registry: neither its %s nor its header row is one of %s (use the canonical headers, or --mapping): %s",
			path, what, strings.Join(Kinds, ", "), strings.Join(why, "; "))
	}
	if l.dataRows == 0 {
		return fmt.Errorf("registry %s: no data rows (only a header?)", path)
	}
	return nil
}

// newCSVReader reads CSV text as a spreadsheet program saves it: a UTF-8
// byte-order mark dropped, UTF-16 with its mark decoded, the separator
// sniffed or set by Excel's "sep=;" line (sepLine: the first record is that
// line, not the header), quotes read as csvReader reads them. Binary and
// non-UTF-8 text are refused.
func newCSVReader(path string, f io.Reader) (cr *csvReader, sepLine bool, err error) {
	br := bufio.NewReaderSize(f, 64<<10)
	peek, _ := br.Peek(64 << 10)
	var r io.Reader = br
	switch {
	case bytes.HasPrefix(peek, []byte("\xef\xbb\xbf")):
		_, _ = br.Discard(3)
	case bytes.HasPrefix(peek, []byte("\xff\xfe")) || bytes.HasPrefix(peek, []byte("\xfe\xff")):
		r = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Reader(br)
		// The decoder honours a big-endian mark too (ExpectBOM).
		dec := bufio.NewReaderSize(r, 64<<10)
		r = dec
		peek, _ = dec.Peek(64 << 10)
	default:
		if bytes.IndexByte(peek, 0) >= 0 {
			return nil, false, fmt.Errorf("registry %s: a binary file (it holds NUL bytes), not CSV text; UTF-16 text needs a byte-order mark", path)
		}
		if p := validPrefix(peek); p >= 0 {
			line := 1 + bytes.Count(peek[:p], []byte("\n"))
			return nil, false, fmt.Errorf("registry %s, line %d: the text is not UTF-8 (Latin-1 or Windows-1252?): save the CSV as UTF-8", path, line)
		}
	}
	comma := csvsep.Sniff(peek)
	if c, ok := csvsep.Hint(peek); ok {
		comma, sepLine = byte(c), true
	}
	cr = newCSVRecords(&lineLimiter{r: r, path: path}, comma)
	cr.sepLine = sepLine
	return cr, sepLine, nil
}

// loadCSV reads one CSV file as one sheet named after the file.
func (l *loader) loadCSV(path string, f io.Reader) (int, error) {
	cr, sepLine, err := newCSVReader(path, f)
	if err != nil {
		return 0, err
	}
	t := l.newSheet(path, filepath.Base(path))
	row, errs := 0, 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		// The row is the one a spreadsheet program shows the record on
		// (blank lines count; a quoted cell over several lines is one row).
		var qe *csvQuoteError
		if errors.As(err, &qe) {
			row = qe.Row
			l.problem(Origin{File: path, Sheet: t.sheet, Row: row, Column: t.headerAt(qe.Field)}, "the CSV line cannot be parsed: %v", qe)
			if errs++; errs >= maxCSVErrors {
				return t.rows, fmt.Errorf("registry %s: %d lines fail to parse: not a CSV file?", path, errs)
			}
			continue
		}
		if err != nil {
			return t.rows, fmt.Errorf("registry %s, row %d: %w", path, row+1, err)
		}
		row = cr.Row()
		if sepLine {
			sepLine = false
			if row == 1 {
				continue // Excel's "sep=;" line, not the header
			}
		}
		for i, c := range rec {
			if !utf8.ValidString(c) {
				l.problem(Origin{File: path, Sheet: t.sheet, Row: row, Column: t.headerAt(i)}, "the cell is not UTF-8 text; bad bytes replaced")
				rec[i] = strings.ToValidUTF8(c, "\uFFFD")
			}
		}
		if !t.row(row, rec) {
			break
		}
	}
	t.finish()
	return t.rows, nil
}

// validPrefix returns the offset of the first byte that is not UTF-8 in b,
// ignoring a rune cut at the end, or -1.
func validPrefix(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			if len(b)-i < utf8.UTFMax && !utf8.FullRune(b[i:]) {
				return -1
			}
			return i
		}
		i += size
	}
	return -1
}

// notXLSX says what a zip file holding no workbook part is (an OpenDocument
// spreadsheet, a Word document, a plain zip), or returns "" for a workbook.
func notXLSX(zr *zip.Reader) string {
	names := map[string]bool{}
	for _, f := range zr.File {
		if f.Name == "xl/workbook.xml" || strings.HasSuffix(f.Name, "/workbook.xml") {
			return ""
		}
		names[strings.SplitN(f.Name, "/", 2)[0]] = true
	}
	switch {
	case names["mimetype"] && names["content.xml"]:
		return "an OpenDocument file (.ods?)"
	case names["word"]:
		return "a Word document"
	case names["ppt"]:
		return "a PowerPoint document"
	case names["[Content_Types].xml"]:
		return "an Office file with no xl/workbook.xml"
	}
	return "a zip archive"
}

// Limits of the parts excelize reads whole into memory (shared strings,
// styles), at many times their size: one larger than maxWholePart that
// unzips to more than maxWholeRatio times its compressed size is a bomb
// (real ones compress about ten times).
const (
	maxWholePart  = 16 << 20
	maxWholeRatio = 50
)

// zipBomb checks a workbook's zip directory: at most maxZipEntries parts,
// unzipping to at most maxUnzipped bytes together, no shared strings or
// styles part that is a bomb of its own (maxWholePart, maxWholeRatio).
func zipBomb(path string, zr *zip.Reader, size, maxUnzipped int64) error {
	if len(zr.File) > maxZipEntries {
		return fmt.Errorf("registry %s: refusing a workbook of %d parts (limit %d)", path, len(zr.File), maxZipEntries)
	}
	var total uint64
	for _, e := range zr.File {
		total += e.UncompressedSize64
		name := strings.ToLower(e.Name)
		if (strings.HasSuffix(name, "sharedstrings.xml") || strings.HasSuffix(name, "styles.xml")) &&
			e.UncompressedSize64 > maxWholePart && e.UncompressedSize64 > maxWholeRatio*e.CompressedSize64 {
			return fmt.Errorf("registry %s: refusing a workbook whose part %s unzips to %d bytes from %d (more than %d times, over %d MB): a zip bomb?",
				path, e.Name, e.UncompressedSize64, e.CompressedSize64, maxWholeRatio, maxWholePart>>20)
		}
	}
	if total > uint64(maxUnzipped) {
		return fmt.Errorf("registry %s: refusing a workbook that unzips to %d bytes from %d (limit %d): a zip bomb?",
			path, total, size, maxUnzipped)
	}
	return nil
}

// loadXLSX checks the zip directory for a bomb, then streams every sheet.
func (l *loader) loadXLSX(path string, f input, size int64) (rows int, err error) {
	zr, err := zip.NewReader(f, size)
	if err != nil {
		return 0, fmt.Errorf("registry %s: not a readable XLSX workbook: %w", path, err)
	}
	if msg := notXLSX(zr); msg != "" {
		return 0, fmt.Errorf("registry %s: %s, not an XLSX workbook: save it as .xlsx or CSV", path, msg)
	}
	if err := zipBomb(path, zr, size, l.opts.MaxUnzipped); err != nil {
		return 0, err
	}
	defer func() {
		// excelize may panic on malformed XML; a bad file is an error, not a crash.
		if r := recover(); r != nil {
			if repanic {
				panic(r)
			}
			err = fmt.Errorf("registry %s: malformed workbook: %v", path, r)
		}
	}()
	xl, err := excelize.OpenReader(io.NewSectionReader(f, 0, size), excelize.Options{
		UnzipSizeLimit:    l.opts.MaxUnzipped,
		UnzipXMLSizeLimit: 16 << 20,
		ShortDatePattern:  "yyyy-mm-dd",
		LongDatePattern:   "yyyy-mm-dd",
	})
	if err != nil {
		return 0, fmt.Errorf("registry %s: not a readable XLSX workbook (%w): save it again as .xlsx or CSV", path, err)
	}
	defer xl.Close()
	parts := openStored(zr)
	props, _ := xl.GetWorkbookProps()
	date1904 := props.Date1904 != nil && *props.Date1904
	for _, name := range xl.GetSheetList() {
		part, rowTags := parts.sheets[name], 0
		if part != nil && !storeAlways {
			may, tags := mayStore(part, parts.styles)
			// A real row takes more than 64 bytes of XML: a part of
			// empty row tags reserves no more than its size allows.
			rowTags = min(tags, int(min(part.UncompressedSize64/64, maxReserve)))
			if !may {
				part = nil // its stored values are what excelize displays
			}
		}
		n, err := l.loadSheet(path, xl, name, part, date1904, rowTags)
		rows += n
		if err != nil {
			return rows, err
		}
	}
	return rows, nil
}

// loadSheet streams one sheet; part is its worksheet XML, read alongside for
// the values the cells store (see useStored), or nil. rowTags, when known,
// is the number of rows the sheet's XML holds (0 if not known): room for
// them is made once the sheet's kind is known.
func (l *loader) loadSheet(path string, xl *excelize.File, name string, part *zip.File, date1904 bool, rowTags int) (int, error) {
	it, err := xl.Rows(name)
	if err != nil {
		return 0, fmt.Errorf("registry %s, sheet %s: %w", path, name, err)
	}
	defer it.Close()
	stored := newStoredSheet(part)
	defer stored.close()
	t := l.newSheet(path, name)
	t.rowTags = rowTags
	row := 0
	for it.Next() {
		row++
		cells, err := it.Columns()
		if err != nil {
			l.problem(Origin{File: path, Sheet: name, Row: row}, "the row cannot be read: %v", err)
			break
		}
		var noValue []int
		t.stored, noValue = useStored(cells, stored.row(row), date1904)
		if !t.row(row, cells) {
			break
		}
		if t.header != nil && !t.skip {
			for _, i := range noValue {
				l.problem(Origin{File: path, Sheet: name, Row: row, Column: t.headerAt(i)},
					"formula without a computed value: open and save it in a spreadsheet program (the cell loads blank)")
			}
		}
	}
	if err := it.Error(); err != nil {
		l.problem(Origin{File: path, Sheet: name, Row: row}, "the sheet cannot be read past this row: %v", err)
	}
	t.finish()
	return t.rows, nil
}

// sheet is one sheet being read: the header row decides its kind, then every
// non-empty row goes to the kind's handler.
type sheet struct {
	l           *loader
	file, sheet string
	header      []string
	headerRow   int
	kind        string
	cols        map[string]int
	names       *columnNames   // canonical column -> header as written, for the rows' Origins
	skip        bool           // the sheet is not recognised or lacks a key column
	chBasic     bool           // Companies House basic company data: CompanyNumber is the company id
	missing     []string       // the key columns it lacks
	stored      map[int]string // the row's stored values, by column (see useStored)
	rowTags     int            // rows in the sheet's XML, if known (see reserve)
	rows        int            // non-empty data rows
	empty       int            // empty rows in a row
	emptyCells  int            // cells in those empty rows
	lastRow     int
	// Shares written as plain numbers (no "%") on an ownership sheet: how
	// many, whether one is over 1, whether one is strictly between 0 and 1.
	shareNums          int
	shareOver, shareFr bool
}

func (l *loader) newSheet(file, name string) *sheet { return &sheet{l: l, file: file, sheet: name} }

func (t *sheet) headerAt(i int) string {
	if i < len(t.header) && strings.TrimSpace(t.header[i]) != "" {
		return strings.TrimSpace(t.header[i])
	}
	return columnLetter(i)
}

// columnLetter is the spreadsheet name of the zero-based column i: A, B, ... AA.
func columnLetter(i int) string {
	s := ""
	for i++; i > 0; i = (i - 1) / 26 {
		s = string(rune('A'+(i-1)%26)) + s
	}
	return s
}

// row takes one row; it returns false when the sheet should be read no further.
func (t *sheet) row(n int, cells []string) bool {
	empty := true
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			empty = false
			break
		}
	}
	if empty {
		t.empty++
		t.emptyCells += len(cells)
		return t.empty < t.l.opts.MaxEmptyRows && t.emptyCells < maxEmptyCells
	}
	t.empty, t.emptyCells = 0, 0
	t.lastRow = n
	if t.header == nil {
		t.header = append([]string(nil), cells...)
		t.headerRow = n
		t.start()
		return true
	}
	t.rows++
	if t.skip {
		return true
	}
	for i, c := range cells {
		if len(c) > maxCell { // a UTF-8 byte or more for each UTF-16 unit
			if units := excelcell.Units(c); units > maxCell {
				t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: n, Column: t.headerAt(i)}, "the cell holds %d UTF-16 code units, more than a spreadsheet cell can (%d); cut", units, maxCell)
				cells[i] = excelcell.Prefix(c, maxCell)
			}
		}
	}
	if w, last := width(t.header), width(cells); last > w {
		t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: n, Column: columnLetter(w)},
			"row has %d cells, the header %d: the cells from column %s on are not read (a value with an unquoted comma or separator?)", last, w, columnLetter(w))
	}
	t.l.handle(t, n, cells)
	return true
}

// width is the number of cells up to the last that is not blank.
func width(cells []string) int {
	for i := len(cells) - 1; i >= 0; i-- {
		if strings.TrimSpace(cells[i]) != "" {
			return i + 1
		}
	}
	return 0
}

func (t *sheet) start() {
	t.kind = t.l.m.kindOf(t.sheet, t.header)
	number, chBasic := chBasicNumber(t.header)
	if chBasic && (t.kind == "" || t.kind == KindCompanies) {
		t.kind = KindCompanies // Companies House basic company data
	}
	if t.kind == "" {
		t.skip = true
		return
	}
	t.l.recognised++
	t.cols = t.l.m.columnsFor(t.kind, t.header)
	if _, ok := t.cols["company_id"]; !ok && chBasic && t.kind == KindCompanies {
		t.cols["company_id"] = number // keyed by company number, as PSC records name companies
		t.chBasic = true
		for i, h := range t.header {
			if _, ok := t.cols["jurisdiction"]; !ok && normHeader(h) == "countryoforigin" {
				t.cols["jurisdiction"] = i
			}
		}
	}
	if miss := missingRequired(t.kind, t.cols); len(miss) == 1 && miss[0] == "name" {
		// A sheet recognised by its name loads by its key without names.
		t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: t.headerRow},
			"sheet of %s has no name column (headers: %s): its rows load with no name", t.kind, strings.Join(trimAll(t.header), ", "))
	} else if len(miss) > 0 {
		// A name-recognised sheet must still hold its key columns; finish
		// reports it with the rows not loaded.
		t.missing = miss
		t.skip = true
		return
	}
	for i, h := range t.header {
		if c, ok := t.l.m.column(t.kind, h); ok && t.cols[c] != i && !(t.l.m.weak(t.kind, h) && !t.l.m.weak(t.kind, t.header[t.cols[c]])) {
			t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: t.headerRow, Column: t.headerAt(i)},
				"column %s is %s again (as column %s): only the first is read", columnLetter(i), c, columnLetter(t.cols[c]))
		}
	}
	names := columnNames{}
	for c, i := range t.cols {
		names[c] = t.headerAt(i)
	}
	t.names = &names
	t.l.loaded[t.kind] = true
	t.reserve()
}

// maxReserve bounds the rows reserve makes room for at once.
const maxReserve = 1 << 20

// reserve makes room in the registry for the rows the sheet's XML holds
// (at most maxReserve), so that a large sheet's rows are not copied each
// time their slice grows. It changes no value, only capacity.
func (t *sheet) reserve() {
	n := min(t.rowTags-t.headerRow, maxReserve)
	if n <= 0 {
		return
	}
	r := t.l.reg
	switch t.kind {
	case KindVessels:
		r.Vessels = slices.Grow(r.Vessels, n)
	case KindVesselHistory:
		r.History = slices.Grow(r.History, n)
	case KindCompanies:
		r.Companies = slices.Grow(r.Companies, n)
	case KindPeople:
		r.People = slices.Grow(r.People, n)
	case KindOwnership:
		r.Ownership = slices.Grow(r.Ownership, n)
	case KindOfficers:
		r.Officers = slices.Grow(r.Officers, n)
	case KindWallets:
		r.Wallets = slices.Grow(r.Wallets, n)
	case KindClaims:
		r.Claims = slices.Grow(r.Claims, n)
	}
}

func (t *sheet) finish() {
	t.l.sheets = append(t.l.sheets, Sheet{Name: t.sheet, Kind: t.kind, Missing: t.missing, Rows: t.rows})
	why := ""
	if t.header != nil {
		t.l.headed++
		if t.kind == "" {
			why = t.l.m.unrecognised(t.header)
			t.l.why = append(t.l.why, [2]string{t.sheet, why})
		}
	}
	if t.kind != "" {
		t.l.dataRows += t.rows
	}
	if t.shareNums > 0 && !t.shareOver && t.shareFr {
		t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: t.headerRow, Column: t.headerAt(t.cols["share"])},
			"shares all between 0 and 1: write percentages (55 or 55%%), not fractions; they were read as percentages (0.55 as 0.55%%)")
	}
	if len(t.missing) > 0 {
		t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: t.headerRow},
			"sheet of %s has no %s column (headers: %s): %s not loaded",
			t.kind, strings.Join(t.missing, ", "), strings.Join(trimAll(t.header), ", "), nRows(t.rows))
	}
	if t.header != nil && t.kind == "" && t.rows > 0 {
		t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: t.headerRow},
			"sheet not recognised by its name or header row, %s not read: name it %s, use the canonical headers, or map its headers with --mapping FILE (see docs/registry.md) (%s)",
			nRows(t.rows), strings.Join(Kinds, ", "), why)
	}
	if t.empty >= t.l.opts.MaxEmptyRows || t.emptyCells >= maxEmptyCells {
		t.l.problem(Origin{File: t.file, Sheet: t.sheet, Row: t.lastRow + t.empty},
			"%d empty rows in a row: the sheet was read no further", t.empty)
	}
}

func trimAll(ss []string) []string {
	out := make([]string, 0, len(ss))
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// lineLimiter fails a read once a line grows past maxLine bytes.
type lineLimiter struct {
	r    io.Reader
	path string
	run  int // bytes since the last line break
}

func (l *lineLimiter) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for _, c := range p[:n] {
		if c == '\n' {
			l.run = 0
		} else if l.run++; l.run > maxLine {
			return 0, fmt.Errorf("a line longer than %d bytes: not a CSV file?", maxLine)
		}
	}
	return n, err
}

// nRows is "1 row" or "N rows", for a message about a sheet's rows.
func nRows(n int) string {
	if n == 1 {
		return "1 row"
	}
	return fmt.Sprintf("%d rows", n)
}
