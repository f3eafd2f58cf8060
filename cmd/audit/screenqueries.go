package main

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
	"github.com/xuri/excelize/v2"
	"golang.org/x/text/encoding/unicode"

	"github.com/tokenaudit/audit/internal/csvsep"
	"github.com/tokenaudit/audit/internal/evmaddr"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// queriesFlag is `audit screen --queries FILE`: a file of counterparties to
// screen, one per row.
var queriesFlag = &cli.StringSliceFlag{
	Name: "queries",
	Usage: "screen each row of `FILE` (CSV, XLSX: first sheet or FILE.xlsx:SHEET, or text: one query per line; - reads standard input; repeatable), " +
		"with its own id, type, country and birth date (the flags are the default)",
}

// queryRow is one row of a --queries file, read and checked: what to screen,
// what is known of the party, and where the row is, so that its result can
// be joined back to the file.
type queryRow struct {
	file, sheet string
	row         int    // 1-based, as a spreadsheet numbers it (the header is row 1 of a table)
	id          string // the row's own id, as written
	// party is the row's name with its type, country and birth date (the
	// flags' where the row has none); Name is "" when the row has only
	// identifiers.
	party sanctions.Query
	// identifiers are the row's address and IMO number, as written.
	identifiers []string
	problem     string // what keeps the row from being screened, naming the column, or ""
}

// where is the row's place: "queries FILE, sheet S, row N".
func (r queryRow) where() string {
	s := "queries " + shownQueries(r.file)
	if r.sheet != "" {
		s += ", sheet " + r.sheet
	}
	return fmt.Sprintf("%s, row %d", s, r.row)
}

// queryFields are the columns a --queries table may have, each with the
// headers that name it (in any case, with _ - . read as spaces), as CRM and
// spreadsheet exports write them.
var queryFields = []struct {
	field   string
	headers []string
}{
	{"name", []string{"name", "full name", "counterparty", "counterparty name", "entity name", "legal name", "customer name", "client name",
		"vendor name", "supplier name", "company name", "party name", "account name", "vessel name",
		// a column named for what the rows are: the party's name
		"vessel", "ship", "ship name", "company", "customer", "client", "beneficiary", "vendor", "supplier", "entity", "party"}},
	{"id", []string{"id", "ref", "reference", "reference number", "ref no", "customer id", "customer ref", "customer reference",
		"client id", "client ref", "vendor id", "counterparty id", "record id", "account id"}},
	// A person's name in parts, joined (given, middle, family) when the
	// table has no name column.
	{"first_name", []string{"first name", "firstname", "given name", "given names", "forename", "forenames"}},
	{"middle_name", []string{"middle name", "middle names", "middlename"}},
	{"last_name", []string{"last name", "lastname", "surname", "family name"}},
	{"type", []string{"type", "entity type", "party type", "counterparty type", "schema"}},
	{"country", []string{"country", "country code", "nationality", "jurisdiction"}},
	{"birth_date", []string{"birth date", "date of birth", "dob", "d o b", "birthdate"}},
	{"address", []string{"address", "wallet", "wallet address", "evm address", "eth address", "crypto address"}},
	{"imo", []string{"imo", "imo number", "imo no"}},
}

// queryField is the field a --queries header names, or "".
func queryField(header string) string {
	h := strings.Map(func(r rune) rune {
		if r == '_' || r == '-' || r == '.' {
			return ' '
		}
		return r
	}, strings.ToLower(header))
	h = strings.Join(strings.Fields(h), " ")
	for _, f := range queryFields {
		if slices.Contains(f.headers, h) {
			return f.field
		}
	}
	return ""
}

// queryTypes are the values a --queries type column may hold (in any case),
// with the type each screens as: --type's, and the words CRMs and
// FollowTheMoney use for them.
var queryTypes = map[string]string{
	"individual": "individual", "person": "individual", "natural person": "individual", "private": "individual",
	"entity": "entity", "company": "entity", "organisation": "entity", "organization": "entity",
	"legal entity": "entity", "legalentity": "entity", "business": "entity", "corporate": "entity",
	"vessel": "vessel", "ship": "vessel",
}

// stdinQueries is the --queries value that reads standard input; results
// read from it name it as their file.
const stdinQueries = "-"

// shownQueries is how messages name a --queries file: standard input by
// that name, any other by its path.
func shownQueries(file string) string {
	if file == stdinQueries {
		return "standard input"
	}
	return file
}

// spoolStdin copies r, standard input given as --queries -, into a file in
// dir named for the form its content has: stdin.xlsx for a workbook,
// stdin.csv for a table whose first line names a name, address or imo
// column (as a --queries header does), stdin.txt for anything else. A
// --queries file is read twice (checked, then screened), which a pipe
// cannot be.
func spoolStdin(r io.Reader, dir string) (string, error) {
	br := asUTF8(bufio.NewReader(r)) // spooled as UTF-8
	head, _ := br.Peek(64 << 10)
	name := "stdin.txt"
	if bytes.HasPrefix(head, []byte("PK\x03\x04")) {
		name = "stdin.xlsx"
	} else if table, cells := queriesHeader(head); table {
		name = "stdin.csv"
	} else if len(cells) > 1 {
		// A table whose header names no query column would be screened
		// line by line, each whole line ("SOVCOMFLOT,RU") as a name,
		// scoring below a match: refused, as a .csv file is.
		return "", usageErrorf("--queries -: standard input's first line (%s) reads as a table header but names no name, address or imo column (a name column may be headed name, full name, counterparty or entity name); a list of names one per line with separators in them: give it as a file named .txt", quotedList(cells))
	}
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		return "", fmt.Errorf("queries standard input: %w", err)
	}
	if _, err := io.Copy(f, br); err != nil {
		f.Close()
		return "", fmt.Errorf("queries standard input: %w", err)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("queries standard input: %w", err)
	}
	return path, nil
}

// queriesHeader reports whether the first non-blank line of head, split as
// csvsep.Sniff finds its separator, names a name, address or imo column,
// and returns that line's cells (nil when it cannot be read).
func queriesHeader(head []byte) (table bool, cells []string) {
	head = bytes.TrimLeft(head, "\r\n \t")
	sep, hint := csvsep.Hint(head)
	if hint {
		_, head, _ = bytes.Cut(head, []byte("\n"))
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	r := csv.NewReader(bytes.NewReader(bytes.TrimRight(line, "\r")))
	r.Comma = rune(csvsep.Sniff(line))
	if hint {
		r.Comma = sep
	}
	r.LazyQuotes = true
	cells, err := r.Read()
	if err != nil {
		return false, nil
	}
	for i, c := range cells {
		if i == 0 {
			c = strings.TrimPrefix(c, "\ufeff")
		}
		switch queryField(c) {
		case "name", "first_name", "last_name", "address", "imo":
			return true, cells
		}
	}
	return false, cells
}

// quotedList is cells quoted and joined with commas, at most five.
func quotedList(cells []string) string {
	var q []string
	for i, c := range cells {
		if i == 5 {
			q = append(q, "...")
			break
		}
		q = append(q, strconv.Quote(c))
	}
	return strings.Join(q, ", ")
}

// queriesPath splits a --queries value into the file and the sheet it
// names: "book.xlsx:Clients" is sheet Clients of book.xlsx, unless a file
// of that whole name exists.
func queriesPath(arg string) (path, sheet string) {
	if _, err := os.Stat(arg); err == nil {
		return arg, ""
	}
	if i := strings.LastIndex(arg, ":"); i > 0 {
		switch strings.ToLower(filepath.Ext(arg[:i])) {
		case ".xlsx", ".xlsm":
			return arg[:i], arg[i+1:]
		}
	}
	return arg, ""
}

// readQueries reads a --queries file: a CSV or XLSX table with a header
// naming at least a name, address or IMO column, or else a text file of one
// query per line. Each non-blank row is given to each as a queryRow, in
// file order, as it is read (none is kept), with party's type, country and
// birth date where the row gives none; a row that cannot be screened has
// its problem set. The error is for a file that cannot be read, or each's.
// The rows name their file as file, or as arg's path when file is "" (a
// spooled standard input is read from arg and named stdinQueries).
func readQueries(arg, file string, party sanctions.Query, each func(queryRow) error) error {
	path, sheet := queriesPath(arg)
	ext := strings.ToLower(filepath.Ext(path))
	if sheet != "" && ext != ".xlsx" && ext != ".xlsm" {
		return usageErrorf("--queries %s: only a workbook has sheets", arg)
	}
	if file == "" {
		file = path
	}
	switch ext {
	case ".xlsx", ".xlsm":
		t := &queryTable{file: file, party: party, each: each}
		if err := readQueriesXLSX(path, sheet, t); err != nil {
			return err
		}
		return t.finish()
	case ".csv", ".tsv":
		t := &queryTable{file: file, party: party, each: each}
		if err := readQueriesCSV(path, t); err != nil {
			return err
		}
		return t.finish()
	}
	// a text file whose first line is a query table's header (Excel's
	// "Unicode Text" export, tab-separated UTF-16) is a table
	if table, err := textIsTable(path); err != nil {
		return fmt.Errorf("queries %s: %w", shownQueries(file), err)
	} else if table {
		t := &queryTable{file: file, party: party, each: each}
		if err := readQueriesCSV(path, t); err != nil {
			return err
		}
		return t.finish()
	}
	return readQueriesText(path, file, party, each)
}

// openText opens a --queries text or CSV file for reading as UTF-8: a
// UTF-16 file with its byte-order mark (Excel's "Unicode Text") is
// decoded. The caller closes the file.
func openText(path string) (*os.File, *bufio.Reader, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	return f, asUTF8(bufio.NewReader(f)), nil
}

// asUTF8 is br decoded from UTF-16 when it starts with a UTF-16
// byte-order mark (Excel's "Unicode Text"), else br itself.
func asUTF8(br *bufio.Reader) *bufio.Reader {
	if bom, _ := br.Peek(2); bytes.Equal(bom, []byte{0xff, 0xfe}) || bytes.Equal(bom, []byte{0xfe, 0xff}) {
		return bufio.NewReader(unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Reader(br))
	}
	return br
}

// textIsTable reports whether the file's first line is a query table's
// header (queriesHeader).
func textIsTable(path string) (bool, error) {
	f, br, err := openText(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head, _ := br.Peek(64 << 10)
	table, _ := queriesHeader(head)
	return table, nil
}

// blankRow reports whether every cell is blank.
func blankRow(cells []string) bool {
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// readQueriesCSV reads a CSV --queries file into t row by row, fields
// separated as csvsep.Sniff finds them in the header.
func readQueriesCSV(path string, t *queryTable) error {
	f, br, err := openText(path)
	if err != nil {
		return fmt.Errorf("queries %s: %w", shownQueries(t.file), err)
	}
	defer f.Close()
	peek, _ := br.Peek(64 << 10)
	r := csv.NewReader(br)
	r.Comma = rune(csvsep.Sniff(peek))
	hint := false
	if c, ok := csvsep.Hint(peek); ok {
		// Excel's "sep=;" line: the separator, then the header
		r.Comma, hint = c, true
	}
	r.FieldsPerRecord = -1
	extra := 0 // lines the records read so far took beyond their first
	for {
		rec, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("queries %s: %w", shownQueries(t.file), err) // csv.ParseError names the line
		}
		// rows are numbered as a spreadsheet program shows them: by the
		// line they start on (blank lines, which the reader skips, are
		// empty rows there), less the lines quoted cells of the records
		// before took beyond their first (such a record is one row)
		line, _ := r.FieldPos(0)
		n := line - extra
		for _, c := range rec {
			extra += strings.Count(c, "\n") // only a quoted cell holds a line break
		}
		if hint && n == 1 {
			continue
		}
		if err := t.add(n, rec); err != nil {
			return err
		}
	}
}

// readQueriesXLSX reads sheet of an XLSX --queries file (the first sheet
// when sheet is "") into t row by row, dates as YYYY-MM-DD.
func readQueriesXLSX(path, sheet string, t *queryTable) (err error) {
	defer func() {
		// excelize may panic on malformed XML; a bad file is an error, not a crash.
		if r := recover(); r != nil {
			err = fmt.Errorf("queries %s: malformed workbook: %v", shownQueries(t.file), r)
		}
	}()
	shown := shownQueries(t.file)
	xl, err := excelize.OpenFile(path, excelize.Options{
		UnzipSizeLimit:    registry.DefaultMaxUnzipped,
		UnzipXMLSizeLimit: 16 << 20,
		ShortDatePattern:  "yyyy-mm-dd",
		LongDatePattern:   "yyyy-mm-dd",
	})
	if err != nil {
		return fmt.Errorf("queries %s: not a readable XLSX workbook (%w): save it again as .xlsx or CSV", shown, err)
	}
	defer xl.Close()
	sheets := xl.GetSheetList()
	switch {
	case len(sheets) == 0:
		return fmt.Errorf("queries %s: the workbook has no sheet", shown)
	case sheet == "":
		sheet = sheets[0]
	case !slices.Contains(sheets, sheet):
		return usageErrorf("--queries %s: no sheet %q (sheets: %s)", shown, sheet, strings.Join(sheets, ", "))
	}
	t.sheet = sheet
	date1904 := false
	if props, err := xl.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		date1904 = *props.Date1904
	}
	it, err := xl.Rows(sheet)
	if err != nil {
		return fmt.Errorf("queries %s, sheet %s: %w", shown, sheet, err)
	}
	defer it.Close()
	n := 0
	for it.Next() {
		n++
		cells, err := it.Columns()
		if err != nil {
			return fmt.Errorf("queries %s, sheet %s, row %d: %w", shown, sheet, n, err)
		}
		storedBirthDate(xl, sheet, n, cells, t, date1904)
		if err := t.add(n, cells); err != nil {
			return err
		}
	}
	if err := it.Error(); err != nil {
		return fmt.Errorf("queries %s, sheet %s, after row %d: %w", shown, sheet, n, err)
	}
	return nil
}

// storedBirthDate puts in row n's birth date cell the day its stored serial
// says when the cell shows a date in an order the date reader cannot place
// (a two-digit year, "04/03/61"): a number with a date format, as the
// registry reads such cells. Other cells are left as shown.
func storedBirthDate(xl *excelize.File, sheet string, n int, cells []string, t *queryTable, date1904 bool) {
	i, ok := t.cols["birth_date"]
	if t.header == nil || !ok || i >= len(cells) || strings.TrimSpace(cells[i]) == "" {
		return
	}
	if _, err := registry.BirthDate(cells[i]); err == nil {
		return
	}
	name, err := excelize.CoordinatesToCellName(i+1, n)
	if err != nil {
		return
	}
	raw, err := xl.GetCellValue(sheet, name, excelize.Options{RawCellValue: true})
	if err != nil || raw == cells[i] {
		return // text, or a number shown as it is: no date format
	}
	serial, err := strconv.ParseFloat(raw, 64)
	if err != nil || serial < 61 {
		return
	}
	if day, err := excelize.ExcelDateToTime(serial, date1904); err == nil {
		cells[i] = day.Format("2006-01-02")
	}
}

// queryTable is a --queries table being read row by row: the first
// non-blank row is the header, found by queryField; each later non-blank
// row is given to each as a queryRow.
type queryTable struct {
	file, sheet string
	party       sanctions.Query // the flags' type, country and birth date
	header      []string        // nil until the header row is read
	cols        map[string]int  // field -> column index
	each        func(queryRow) error
}

// at is the table's place in messages: "queries FILE, sheet S".
func (t *queryTable) at() string {
	if t.sheet != "" {
		return "queries " + shownQueries(t.file) + ", sheet " + t.sheet
	}
	return "queries " + shownQueries(t.file)
}

// add reads row n; the error is for a header that names no name, address
// or imo column, or one field twice, or each's.
func (t *queryTable) add(n int, cells []string) error {
	if blankRow(cells) {
		return nil
	}
	if t.header != nil {
		return t.each(queryRowOf(t.file, t.sheet, n, cells, t.header, t.cols, t.party))
	}
	t.header = slices.Clone(cells)
	t.header[0] = strings.TrimPrefix(t.header[0], "\ufeff")
	t.cols = map[string]int{}
	for i, h := range t.header {
		f := queryField(h)
		if f == "" {
			continue
		}
		if j, dup := t.cols[f]; dup {
			return usageErrorf("%s, row %d: columns %q and %q both give the %s: keep one", t.at(), n, t.header[j], h, f)
		}
		t.cols[f] = i
	}
	_, name := t.cols["name"]
	_, first := t.cols["first_name"]
	_, last := t.cols["last_name"]
	_, addr := t.cols["address"]
	_, imo := t.cols["imo"]
	if !name && !first && !last && !addr && !imo {
		return usageErrorf("%s, row %d: no name, address or imo column in the header (a name column may be headed name, full name, counterparty or entity name, or a person's name be given as first name and last name; a file of one query per line is read as text when not named .csv, .tsv or .xlsx)", t.at(), n)
	}
	return nil
}

// finish is an error for a table with no header.
func (t *queryTable) finish() error {
	if t.header == nil {
		return usageErrorf("%s: no header row (want a name, address or imo column)", t.at())
	}
	return nil
}

// queryRowOf reads one table row: its id, name and identifiers, and its
// type, country and birth date over party's, checked as --type, --country
// and --birth-date are.
func queryRowOf(file, sheet string, n int, cells, header []string, cols map[string]int, party sanctions.Query) queryRow {
	r := queryRow{file: file, sheet: sheet, row: n, party: party}
	cell := func(field string) (value, column string) {
		i, ok := cols[field]
		if !ok || i >= len(cells) {
			return "", ""
		}
		return strings.TrimSpace(cells[i]), strings.TrimSpace(header[i])
	}
	var problems []string
	bad := func(column, format string, args ...any) {
		problems = append(problems, "column "+column+": "+fmt.Sprintf(format, args...))
	}
	for i, c := range cells {
		if !utf8.ValidString(c) {
			col := columnName(header, i)
			problems = append(problems, "column "+col+": not UTF-8 text (Latin-1 or Windows-1252?): save the file as UTF-8")
			break
		}
	}
	// the row is echoed in the output, which must stay UTF-8
	cells = validCells(cells)
	// In CSV a cell past the header is a value cut at an unquoted
	// separator; in a workbook, a note in an unheaded column, not read.
	if w := len(header); sheet == "" && len(cells) > w && !blankRow(cells[w:]) {
		problems = append(problems, fmt.Sprintf("the row has %d cells, the header %d: a value with an unquoted comma or separator? (cells past the header are not read)", len(cells), w))
	}
	r.id, _ = cell("id")
	r.party.Name, _ = cell("name")
	if _, ok := cols["name"]; !ok {
		var parts []string
		for _, f := range []string{"first_name", "middle_name", "last_name"} {
			if v, _ := cell(f); v != "" {
				parts = append(parts, v)
			}
		}
		r.party.Name = strings.Join(parts, " ")
	}
	if v, col := cell("type"); v != "" {
		if t, ok := queryTypes[strings.ToLower(strings.Join(strings.Fields(v), " "))]; ok {
			r.party.Type = t
		} else {
			bad(col, "%q is not a type (want individual or person, entity, company or organisation, vessel or ship)", v)
		}
	}
	if v, col := cell("country"); v != "" {
		var ok bool
		if r.party.Countries, ok = sanctions.CountryCodes(v); !ok {
			bad(col, "%q is not a country name or ISO 3166 code (or several, as RU;CY)", v)
		}
	}
	if v, col := cell("birth_date"); v != "" {
		var err error
		if r.party.BirthDate, err = registry.BirthDate(v); err != nil {
			bad(col, "%v", err)
		}
	}
	if v, col := cell("address"); v != "" {
		if _, ok := evmaddr.Parse(v); ok {
			r.identifiers = append(r.identifiers, v)
		} else {
			bad(col, "%q is not an 0x address (0x and 40 hex digits)", v)
		}
	}
	if v, col := cell("imo"); v != "" {
		if _, ok := sanctions.IMOQuery(v); ok {
			r.identifiers = append(r.identifiers, v)
		} else {
			bad(col, "%q is not an IMO number (7 digits, optionally after IMO)", v)
		}
	}
	if r.party.Name == "" && len(r.identifiers) == 0 && len(problems) == 0 {
		var names []string
		for _, f := range []string{"name", "first_name", "middle_name", "last_name", "address", "imo"} {
			if i, ok := cols[f]; ok {
				names = append(names, strings.TrimSpace(header[i]))
			}
		}
		problems = append(problems, "nothing to screen: no value in column "+strings.Join(names, ", "))
	}
	r.problem = strings.Join(problems, "; ")
	return r
}

// validCells is cells with each invalid UTF-8 sequence written as U+FFFD,
// in a new slice when one has any.
func validCells(cells []string) []string {
	var out []string // nil until a cell needs mending
	for i, c := range cells {
		if !utf8.ValidString(c) {
			if out == nil {
				out = slices.Clone(cells)
			}
			out[i] = strings.ToValidUTF8(c, "\uFFFD")
		}
	}
	if out == nil {
		return cells
	}
	return out
}

// columnName is column i's header as written, or its letter when the
// header has none there.
func columnName(header []string, i int) string {
	if i < len(header) && strings.TrimSpace(header[i]) != "" {
		return strings.TrimSpace(header[i])
	}
	name, _ := excelize.ColumnNumberToName(i + 1)
	return name
}

// readQueriesText reads a text --queries file: each non-blank line is a
// query, as an argument is, with party's type, country and birth date,
// given to each, named file.
func readQueriesText(path, file string, party sanctions.Query, each func(queryRow) error) error {
	f, br, err := openText(path)
	if err != nil {
		return fmt.Errorf("queries %s: %w", shownQueries(file), err)
	}
	defer f.Close()
	if head, _ := br.Peek(4); bytes.HasPrefix(head, []byte("PK\x03\x04")) || bytes.IndexByte(head, 0) >= 0 {
		return usageErrorf("--queries %s: a binary file, not text: a workbook must be named .xlsx", shownQueries(file))
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		if line = strings.TrimSpace(line); line == "" {
			continue
		}
		q := party
		q.Name = line
		row := queryRow{file: file, row: n, party: q}
		if !utf8.ValidString(line) {
			row.problem = "not UTF-8 text (Latin-1 or Windows-1252?): save the file as UTF-8"
			row.party.Name = strings.ToValidUTF8(line, "\uFFFD")
		}
		if err := each(row); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("queries %s, line %d: %w", shownQueries(file), n+1, err)
	}
	return nil
}
