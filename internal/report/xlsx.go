package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"

	"github.com/tokenaudit/audit/internal/excelcell"
)

// XLSX sheet names, in workbook order.
const (
	SheetSummary   = "Summary"
	SheetFindings  = "Findings"
	SheetEvidence  = "Evidence"
	SheetHolders   = "Holders"
	SheetOwnership = "Ownership"
	SheetOwners    = "Beneficial owners"
	SheetAssets    = "Assets"
	SheetTokens    = "Tokens"
	SheetSources   = "Sources"
)

// Sheets lists the workbook's sheets in order.
var Sheets = []string{SheetSummary, SheetFindings, SheetEvidence, SheetHolders, SheetOwnership, SheetOwners, SheetAssets, SheetTokens, SheetSources}

// maxSheetLinks caps the hyperlinks of one worksheet below Excel's limit
// of 65530. excelize adds a link in time linear in the links already there,
// so the Holders sheet links only its first maxHolderLinks rows (the largest
// holders, as Finalize sorts them) and shows the rest without a link.
const (
	maxSheetLinks  = 65530
	maxHolderLinks = 2000
)

// Fill colours of the severities in the workbook and the HTML page.
var severityColor = map[Severity]string{
	Critical: "C00000",
	High:     "FF6A4D",
	Medium:   "FFC000",
	Low:      "9DC3E6",
	Info:     "D9D9D9",
}

// xlsxStyles holds the style ids of one workbook.
type xlsxStyles struct {
	header, wrap, percent, integer, number, link int
	dateTime, date                               int // a moment in UTC, a day (see xlsxTime)
	severity                                     map[Severity]int
	top                                          int // text at the top of its cell, as the wrapping cells beside it
}

func newStyles(f *excelize.File) (*xlsxStyles, error) {
	var s xlsxStyles
	var err error
	mk := func(st *excelize.Style) int {
		if err != nil {
			return 0
		}
		var id int
		id, err = f.NewStyle(st)
		return id
	}
	top := &excelize.Alignment{Vertical: "top"}
	s.header = mk(&excelize.Style{
		Font:      &excelize.Font{Bold: true},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
		Border:    []excelize.Border{{Type: "bottom", Color: "7F7F7F", Style: 1}},
		Alignment: &excelize.Alignment{Vertical: "center"},
	})
	s.wrap = mk(&excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}})
	s.percent = mk(&excelize.Style{CustomNumFmt: &percentFormat, Alignment: top})
	s.integer = mk(&excelize.Style{NumFmt: 1, Alignment: top})
	s.number = mk(&excelize.Style{NumFmt: 2, Alignment: top})
	s.link = mk(&excelize.Style{Font: &excelize.Font{Color: "0563C1", Underline: "single"}, Alignment: top})
	s.severity = map[Severity]int{}
	for _, sev := range Severities {
		color := severityColor[sev]
		font := &excelize.Font{Bold: true}
		if sev == Critical {
			font.Color = "FFFFFF"
		}
		s.severity[sev] = mk(&excelize.Style{Font: font, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{color}}, Alignment: top})
	}
	s.top = mk(&excelize.Style{Alignment: top})
	// Last, so that the styles before keep their ids from earlier workbooks.
	s.dateTime = mk(&excelize.Style{CustomNumFmt: &dateTimeFormat, Alignment: top})
	s.date = mk(&excelize.Style{CustomNumFmt: &dateFormat, Alignment: top})
	return &s, err
}

// writeXLSX writes the workbook for lawyers. Every value that came from an
// input is stored as a text cell, so "=1+1" stays text and never becomes a
// formula; counts and shares are numbers (shares formatted as percentages),
// and a balance is a number only when a float holds it exactly.
//
// While it writes, the garbage collector's target is lowered (see
// lowerGC): the cells of a large sheet are garbage as soon as they are
// written, and at the default target the heap would grow to twice the
// live heap between two collections.
func writeXLSX(w io.Writer, r *Report, opts WriteOptions) error {
	defer lowerGC()()
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", SheetSummary); err != nil {
		return err
	}
	for _, name := range Sheets[1:] {
		if _, err := f.NewSheet(name); err != nil {
			return err
		}
	}
	st, err := newStyles(f)
	if err != nil {
		return fmt.Errorf("xlsx styles: %w", err)
	}
	// Set before any sheet is filled: a streamed sheet takes its page
	// setup from the worksheet as it is when its stream writer starts.
	for _, name := range Sheets {
		if err := printSetup(f, name, r); err != nil {
			return fmt.Errorf("xlsx sheet %s: page setup: %w", name, err)
		}
	}
	x := &xlsxWriter{f: f, st: st, explorer: opts.ExplorerURL}
	steps := []struct {
		name string
		fn   func(*Report) error
	}{
		{SheetSummary, x.summary},
		{SheetFindings, x.findings},
		{SheetEvidence, x.evidence},
		{SheetHolders, x.holders},
		{SheetOwnership, x.ownership},
		{SheetOwners, x.owners},
		{SheetAssets, x.assets},
		{SheetTokens, x.tokens},
		{SheetSources, x.sources},
	}
	for _, s := range steps {
		if err := s.fn(r); err != nil {
			return fmt.Errorf("xlsx sheet %s: %w", s.name, err)
		}
	}
	if err := f.SetDocProps(&excelize.DocProperties{
		Creator:     clean(r.Tool.Name + " " + r.Tool.Version),
		Title:       "Token audit report",
		Created:     r.GeneratedAt,
		Modified:    r.GeneratedAt,
		Description: fmt.Sprintf("chain id %d, block %d %s", r.Chain.ChainID, r.Chain.BlockNumber, clean(r.Chain.BlockHash)),
	}); err != nil {
		return err
	}
	f.SetActiveSheet(0)
	// The archive goes straight to w. excelize's WriteTo would otherwise
	// build the whole compressed workbook in a buffer first (tens of MB
	// for 1M holder rows) and then copy it; the bytes are the same. The
	// buffer also let excelize mark the local header of a part over 4 GB
	// as zip64 afterwards; streamed, such a part is marked zip64 in the
	// central directory only, as archive/zip writes it. A sheet reaches
	// 4 GB only with rows of about 4 KB at Excel's limit of 1,048,576 rows.
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter {
		return &orderedZip{Writer: zip.NewWriter(w), first: sheetPart(SheetHolders), held: sheetPart(SheetEvidence)}
	})
	_, err = f.WriteTo(w)
	return err
}

// sheetPart is the name of a sheet's part in the archive: writeXLSX makes
// the sheets in the order of Sheets, and excelize numbers them so.
func sheetPart(sheet string) string {
	return fmt.Sprintf("xl/worksheets/sheet%d.xml", slices.Index(Sheets, sheet)+1)
}

// orderedZip is the workbook's archive writer. excelize writes the parts
// of the streamed sheets (Evidence, Holders) first, in the order of a Go
// map, which differs from run to run, so one report would give different
// bytes; orderedZip holds back the held part (the Evidence sheet's, far
// smaller than the Holders sheet's) when it comes before the first, and
// writes it just after, so that the parts are always in one order.
type orderedZip struct {
	*zip.Writer
	first, held string
	firstDone   bool
	buf         *bytes.Buffer // the held part's bytes, while held back
}

// Create starts the part name, after the held part if that waits for
// the first part, which is written by now.
func (z *orderedZip) Create(name string) (io.Writer, error) {
	if err := z.release(); err != nil {
		return nil, err
	}
	switch name {
	case z.held:
		if !z.firstDone {
			z.buf = &bytes.Buffer{}
			return z.buf, nil
		}
	case z.first:
		z.firstDone = true
	}
	return z.Writer.Create(name)
}

// release writes the held part once the first part is written.
func (z *orderedZip) release() error {
	if z.buf == nil || !z.firstDone {
		return nil
	}
	fw, err := z.Writer.Create(z.held)
	if err != nil {
		return err
	}
	_, err = z.buf.WriteTo(fw)
	z.buf = nil
	return err
}

// Close writes a part still held back, then the archive's directory.
func (z *orderedZip) Close() error {
	z.firstDone = true
	if err := z.release(); err != nil {
		return err
	}
	return z.Writer.Close()
}

type xlsxWriter struct {
	f        *excelize.File
	st       *xlsxStyles
	explorer string
}

// table is one ordinary (non-streamed) sheet being filled.
type table struct {
	x      *xlsxWriter
	sheet  string
	row    int
	widths []int
	wrap   map[int]bool // columns that wrap
	links  int
	lines  map[int]int // row -> lines its wrapping cells need, when over 1
}

func (x *xlsxWriter) newTable(sheet string, headers []string, wrapCols ...int) (*table, error) {
	t := &table{x: x, sheet: sheet, row: 1, widths: make([]int, len(headers)), wrap: map[int]bool{}, lines: map[int]int{}}
	for _, c := range wrapCols {
		t.wrap[c] = true
	}
	for i, h := range headers {
		if err := t.str(i, h); err != nil {
			return nil, err
		}
	}
	return t, nil
}

func (t *table) cell(col int) string {
	name, _ := excelize.CoordinatesToCellName(col+1, t.row)
	return name
}

func (t *table) measure(col int, s string) {
	for _, l := range strings.Split(s, "\n") {
		if n := utf8.RuneCountInString(l); n > t.widths[col] {
			t.widths[col] = n
		}
	}
}

// str writes text, never a formula.
func (t *table) str(col int, s string) error {
	s = xlsxText(s)
	t.measure(col, s)
	c := t.cell(col)
	if err := t.x.f.SetCellStr(t.sheet, c, s); err != nil {
		return err
	}
	if t.wrap[col] && t.row > 1 {
		if n := wrappedLines(s); n > t.lines[t.row] {
			t.lines[t.row] = n
		}
		return t.x.f.SetCellStyle(t.sheet, c, c, t.x.st.wrap)
	}
	return nil
}

// Row heights of wrapping text. A spreadsheet program need not size a row
// to its wrapped text when it opens a workbook (LibreOffice printed each
// Findings row one line high, hiding every evidence item but the first),
// so the writer sets the height: lineHeight points a line, for lines of
// at most wrapChars characters, words wrapped whole (a wrapping column is
// at most 60 wide; 48 characters a line without wrapping words printed
// the demo's Ownership sheet on 6% more pages), up to Excel's largest
// row, maxRowHeight.
const (
	lineHeight   = 15
	wrapChars    = 54
	maxRowHeight = 409
)

// wrappedLines estimates the lines s takes in a wrapping cell: its words
// wrapped at wrapChars, a word longer than a line (a transaction hash)
// broken over lines. Counting characters alone gave "block 212,
// transaction 0x…" (88 characters) two lines, where the hash goes to a
// line of its own and is broken: three, the last printed over the next
// row.
func wrappedLines(s string) int {
	n := 0
	for _, l := range strings.Split(s, "\n") {
		lines, col := 1, 0 // col: characters on the current line
		for _, w := range strings.Fields(l) {
			k := utf8.RuneCountInString(w)
			switch {
			case col > 0 && col+1+k <= wrapChars:
				col += 1 + k
				continue
			case col > 0:
				lines++
			}
			lines += (k - 1) / wrapChars
			col = k - (k-1)/wrapChars*wrapChars
		}
		n += lines
	}
	return n
}

// rowHeight is the height of a row of the given lines of text.
func rowHeight(lines int) float64 { return float64(min(lines*lineHeight, maxRowHeight)) }

// link writes text that links to url when url is set.
func (t *table) link(col int, s, url string) error {
	if err := t.str(col, s); err != nil {
		return err
	}
	if url == "" || t.links >= maxSheetLinks {
		return nil
	}
	t.links++
	c := t.cell(col)
	if err := t.x.f.SetCellHyperLink(t.sheet, c, url, "External", excelize.HyperlinkOpts{Tooltip: &url}); err != nil {
		return err
	}
	return t.x.f.SetCellStyle(t.sheet, c, c, t.x.st.link)
}

func (t *table) num(col int, v float64, style int) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return t.str(col, strconv.FormatFloat(v, 'g', -1, 64))
	}
	c := t.cell(col)
	t.measure(col, strconv.FormatFloat(v, 'f', -1, 64)+"   ")
	if err := t.x.f.SetCellFloat(t.sheet, c, v, -1, 64); err != nil {
		return err
	}
	return t.x.f.SetCellStyle(t.sheet, c, c, style)
}

// when writes a date or time as a date cell when xlsxTime reads it as
// one, else as text.
func (t *table) when(col int, s string) error {
	v, style, shown, ok := t.x.dateCell(s)
	if !ok {
		return t.str(col, s)
	}
	c := t.cell(col)
	t.measure(col, shown)
	if err := t.x.f.SetCellFloat(t.sheet, c, v, -1, 64); err != nil {
		return err
	}
	return t.x.f.SetCellStyle(t.sheet, c, c, style)
}

func (t *table) pct(col int, v float64) error { return t.num(col, v, t.x.st.percent) }
func (t *table) int(col int, v int64) error   { return t.num(col, float64(v), t.x.st.integer) }

// balance writes a base-unit amount as a number when exact, else as text.
func (t *table) balance(col int, s string) error {
	if v, ok := exactFloat(s); ok {
		return t.num(col, v, t.x.st.integer)
	}
	return t.str(col, s)
}

func (t *table) severity(col int, s Severity) error {
	if err := t.str(col, string(s)); err != nil {
		return err
	}
	if id, ok := t.x.st.severity[s]; ok {
		c := t.cell(col)
		return t.x.f.SetCellStyle(t.sheet, c, c, id)
	}
	return nil
}

func (t *table) next() { t.row++ }

// finish styles the header, freezes it, adds a filter and fits the widths.
func (t *table) finish() error {
	for row, n := range t.lines {
		if n > 1 {
			if err := t.x.f.SetRowHeight(t.sheet, row, rowHeight(n)); err != nil {
				return err
			}
		}
	}
	return finishSheet(t.x.f, t.sheet, t.x.st, t.widths, t.row, t.wrap)
}

func finishSheet(f *excelize.File, sheet string, st *xlsxStyles, widths []int, lastRow int, wrap map[int]bool) error {
	cols := len(widths)
	first, _ := excelize.CoordinatesToCellName(1, 1)
	lastHeader, _ := excelize.CoordinatesToCellName(cols, 1)
	if err := f.SetCellStyle(sheet, first, lastHeader, st.header); err != nil {
		return err
	}
	if err := setWidths(f, sheet, widths, wrap); err != nil {
		return err
	}
	if err := f.SetPanes(sheet, frozenHeader()); err != nil {
		return err
	}
	if lastRow < 2 {
		lastRow = 2
	}
	last, _ := excelize.CoordinatesToCellName(cols, lastRow)
	if err := f.AutoFilter(sheet, first+":"+last, nil); err != nil {
		return err
	}
	// After the filter, which writes the sheet's properties anew.
	return fitPrintWidth(f, sheet, widths, wrap)
}

// printSetup makes a printed sheet say where it comes from: landscape A4
// pages, each headed by the report's identity (tool, chain, pinned block
// and its hash, when it was generated) and footed by the sheet's name and
// "page N of M"; the header row is repeated on every page, and so is the
// first column (a finding's number, a holder's token, a path's asset), so
// that a page holding only the right-hand columns still says which row it
// continues. Pages run across before down: a row's columns are printed on
// consecutive pages.
func printSetup(f *excelize.File, sheet string, r *Report) error {
	// A4: with a page setup, a program reads a missing paper size as US
	// Letter (the format's default), not as its own locale's.
	landscape, across, a4 := "landscape", "overThenDown", 9
	if err := f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Size: &a4, Orientation: &landscape, PageOrder: &across}); err != nil {
		return err
	}
	if err := f.SetHeaderFooter(sheet, &excelize.HeaderFooterOptions{
		OddHeader: "&L" + headerFooterText(printedIdentity(r), excelize.MaxFieldLength-2),
		OddFooter: "&L&A&Rpage &P of &N",
	}); err != nil {
		return err
	}
	quoted := strings.ReplaceAll(sheet, "'", "''")
	return f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", Scope: sheet,
		RefersTo: "'" + quoted + "'!$A:$A,'" + quoted + "'!$1:$1"})
}

// maxFitWidth is the widest sheet, in characters of column width, printed
// scaled to the page's width (to about 60% at most); a wider sheet prints
// at full size on pages across.
const maxFitWidth = 170

// fitPrintWidth scales a sheet of the given column widths to one page
// wide when it is narrow enough to stay readable.
func fitPrintWidth(f *excelize.File, sheet string, widths []int, wrap map[int]bool) error {
	total := 0.0
	for i, w := range widths {
		total += fitWidth(w, wrap[i])
	}
	if total > maxFitWidth {
		return nil
	}
	yes, one, auto := true, 1, 0
	if err := f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &yes}); err != nil {
		return err
	}
	return f.SetPageLayout(sheet, &excelize.PageLayoutOptions{FitToWidth: &one, FitToHeight: &auto})
}

// headerFooterText makes s literal in a page header or footer, where &
// starts a code (&P, the page number), within limit UTF-16 units.
func headerFooterText(s string, limit int) string {
	s = xlsxText(strings.ReplaceAll(s, "\n", " "))
	var b strings.Builder
	n := 0
	for _, c := range s {
		w := len(utf16.Encode([]rune{c}))
		if c == '&' {
			w = 2
		}
		if n+w > limit-1 {
			b.WriteString("…")
			break
		}
		if c == '&' {
			b.WriteString("&&")
		} else {
			b.WriteRune(c)
		}
		n += w
	}
	return b.String()
}

func frozenHeader() *excelize.Panes {
	return &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
}

func setWidths(f *excelize.File, sheet string, widths []int, wrap map[int]bool) error {
	for i, w := range widths {
		name, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(sheet, name, name, fitWidth(w, wrap[i])); err != nil {
			return err
		}
	}
	return nil
}

// fitWidth turns a text length into a column width: room for the filter
// button, at most 60 characters (wrapping columns) or 70 (others).
func fitWidth(chars int, wraps bool) float64 {
	w := float64(chars) + 4
	limit := 70.0
	if wraps {
		limit = 60
	}
	if w > limit {
		w = limit
	}
	if w < 8 {
		w = 8
	}
	return w
}

// The number formats of date cells: a moment, always in UTC, to the
// second, and a day. Year first, so that no reader takes 03/05 for the
// wrong month.
var (
	dateTimeFormat = `yyyy-mm-dd hh:mm:ss "UTC"`
	dateFormat     = "yyyy-mm-dd"
)

// percentFormat shows a share with two decimals and up to ten more where
// it has them, so that a share just under a threshold (0.24999) never
// shows as the threshold (Excel's 0.00% shows "25.00%").
var percentFormat = "0.00##########%"

// The dates a date cell holds: from 1 March 1900 (before it, Excel counts
// a 29 February 1900 that never was, and LibreOffice does not, so the two
// would show one number as different days) to the last second of 9999.
var (
	firstCellDate = time.Date(1900, time.March, 1, 0, 0, 0, 0, time.UTC)
	lastCellDate  = time.Date(9999, time.December, 31, 23, 59, 59, 0, time.UTC)
)

// xlsxTime reads s as a date cell holds it: an RFC 3339 time of whole
// seconds ("2026-11-23T00:00:00Z"; an offset is turned into UTC) or a day
// ("2026-11-01", day true), within the dates a cell holds. ok is false
// for anything else, which stays text: a partial date ("1970-05", "1970"),
// a fraction of a second (a cell would show it rounded), any other text.
func xlsxTime(s string) (t time.Time, day, ok bool) {
	if len(s) == len(time.DateOnly) {
		t, err := time.Parse(time.DateOnly, s)
		return t, true, err == nil && !t.Before(firstCellDate)
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil || t.Nanosecond() != 0 {
		return time.Time{}, false, false
	}
	t = t.UTC()
	return t, false, !t.Before(firstCellDate) && !t.After(lastCellDate)
}

// excelSerial is the serial number of a date cell holding t (in UTC, from
// firstCellDate, whole seconds): days since 30 December 1899, the day
// Excel's numbers count from for dates after February 1900 (1 January
// 1970 is 25569), and the time as a fraction of a day.
func excelSerial(t time.Time) float64 {
	const unixDay = 25569
	secs := t.Unix()
	days := secs / 86400
	if secs%86400 < 0 { // before 1970: / rounds toward zero, the day is the one before
		days--
	}
	return float64(days+unixDay) + float64(secs-days*86400)/86400
}

// dateCell is what a date cell holding s stores (xlsxTime): its serial
// number, its style, and the text it shows, to size its column; ok is
// false when s stays text.
func (x *xlsxWriter) dateCell(s string) (v float64, style int, shown string, ok bool) {
	t, day, ok := xlsxTime(s)
	switch {
	case !ok:
		return 0, 0, "", false
	case day:
		return excelSerial(t), x.st.date, t.Format(time.DateOnly), true
	}
	return excelSerial(t), x.st.dateTime, t.Format(time.DateTime) + " UTC", true
}

// xlsxText makes s storable and plain: control characters other than
// newlines go (XML 1.0 cannot hold them), bidi controls are shown
// (showBidi) and a cell holds at most maxCellUnits UTF-16 code units, as
// Excel counts them: a text over it is cut at a character and ends with
// "…".
func xlsxText(s string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' {
			return r
		}
		if r == '\t' {
			return ' '
		}
		if r < 0x20 || r == 0x7f || r == 0xfffe || r == 0xffff {
			return -1
		}
		return r
	}, showBidi(s))
	return cutCell(s)
}

// maxCellUnits is the most text a cell holds: 32,767 UTF-16 code units,
// where a character beyond U+FFFF (an emoji, CJK Extension B) takes two.
const maxCellUnits = excelcell.MaxUnits

// cutCell cuts s to maxCellUnits UTF-16 units, the last of them "…", at a
// character boundary; a shorter s is returned as it is.
func cutCell(s string) string {
	if len(s) <= maxCellUnits || excelcell.Units(s) <= maxCellUnits {
		return s // a UTF-8 byte or more for each UTF-16 unit
	}
	return excelcell.Prefix(s, maxCellUnits-1) + "…" // room for "…", one unit
}

func (x *xlsxWriter) summary(r *Report) error {
	t, err := x.newTable(SheetSummary, []string{"Field", "Value"})
	if err != nil {
		return err
	}
	sum := Summarize(r.Findings)
	type row struct {
		field string
		fn    func() error
	}
	s := func(v string) func() error { return func() error { return t.str(1, v) } }
	n := func(v int64) func() error { return func() error { return t.int(1, v) } }
	p := func(v float64) func() error { return func() error { return t.pct(1, v) } }
	d := func(v string) func() error { return func() error { return t.when(1, v) } }
	rows := []row{
		{"Report", s("Token audit report")},
		{"Tool", s(r.Tool.Name)},
		{"Tool version", s(r.Tool.Version)},
		{"Schema version", s(r.SchemaVersion)},
		{"Generated at", d(r.GeneratedAt)},
		{"Chain source", s(r.Chain.Source)},
		{"Chain endpoint", s(r.Chain.Endpoint)},
		{"Chain id", n(int64(r.Chain.ChainID))},
		{"Block number", n(int64(r.Chain.BlockNumber))},
		{"Block hash", s(r.Chain.BlockHash)},
		{"Block time", d(r.Chain.BlockTime)},
		{"Fail on", s(r.Options.FailOn)},
		{"Beneficial-ownership threshold", p(r.Options.BeneficialOwnerShare)},
		{"Identification threshold", p(r.Options.IdentificationShare)},
		{"Name match threshold", func() error { return t.num(1, r.Options.NameMatchThreshold, x.st.number) }},
		{"Name review threshold", func() error { return t.num(1, r.Options.NameReviewThreshold, x.st.number) }},
		{"Tokens", n(int64(len(r.Tokens)))},
		{"Holder positions", n(int64(holderPositions(r)))},
		{"Assets", n(int64(len(r.Assets)))},
		{"Entities", n(int64(len(r.Entities)))},
		{"Ownership paths", n(int64(len(r.Ownership)))},
		{"Input files", n(int64(len(r.Inputs)))},
		{"Findings", n(int64(sum.Findings))},
		{"Worst severity", s(sum.Worst)},
	}
	for _, rw := range rows {
		t.next()
		if err := t.str(0, rw.field); err != nil {
			return err
		}
		if err := rw.fn(); err != nil {
			return err
		}
	}
	for _, sev := range Severities {
		t.next()
		if err := t.severity(0, sev); err != nil {
			return err
		}
		if err := t.int(1, int64(sum.BySeverity[string(sev)])); err != nil {
			return err
		}
	}
	// The limits the audit reached, one row each, after the counts.
	for _, note := range r.Notes {
		t.next()
		if err := t.str(0, "Note"); err != nil {
			return err
		}
		if err := t.str(1, note); err != nil {
			return err
		}
		// A note wraps in its cell, within the page; the column is not a
		// wrapping one, so that it stays wide enough for the block hash.
		c := t.cell(1)
		if err := x.f.SetCellStyle(SheetSummary, c, c, x.st.wrap); err != nil {
			return err
		}
		// Its height is set (see wrappedLines), with a line to spare: the
		// Value column is wider than the wrapping ones.
		if err := x.f.SetRowHeight(SheetSummary, t.row, rowHeight(wrappedLines(note)+1)); err != nil {
			return err
		}
	}
	return t.finish()
}

func (x *xlsxWriter) findings(r *Report) error {
	t, err := x.newTable(SheetFindings, []string{"#", "Severity", "Rule", "Subject kind", "Subject", "Message",
		"Evidence", "Where to check it", "Transaction", "Fingerprint"}, 5, 6, 7)
	if err != nil {
		return err
	}
	for i, f := range r.Findings {
		t.next()
		var ev, cites []string
		tx := ""
		for j, e := range f.Evidence {
			ev = append(ev, fmt.Sprintf("%d. %s", j+1, e.Text))
			c := Citation(e)
			if c == "" {
				c = e.Kind
			}
			cites = append(cites, fmt.Sprintf("%d. %s", j+1, c))
			if tx == "" && e.TxHash != "" {
				tx = e.TxHash
			}
		}
		evText, citeText := strings.Join(ev, "\n"), strings.Join(cites, "\n")
		if tooTall(evText) || tooTall(citeText) {
			// Excel cuts a row at its largest height: the items are on
			// the Evidence sheet, a row each, numbered as here.
			see := evidencePointer(i+1, len(f.Evidence))
			evText = fmt.Sprintf("%d items: %s", len(f.Evidence), see)
			citeText = see
		}
		err := firstErr(
			t.int(0, int64(i+1)),
			t.severity(1, f.Severity),
			t.str(2, f.Rule),
			t.str(3, f.Subject.Kind),
			t.link(4, f.Subject.ID, explorerLink(x.explorer, f.Subject.Kind, f.Subject.ID)),
			t.str(5, f.Message),
			t.str(6, evText),
			t.str(7, citeText),
			t.link(8, tx, explorerLink(x.explorer, "tx", tx)),
			t.str(9, f.Fingerprint),
		)
		if err != nil {
			return fmt.Errorf("row %d: %w", t.row, err)
		}
	}
	return t.finish()
}

// tooTall reports whether a wrapping cell of text s needs a row taller
// than Excel's largest (maxRowHeight), which would cut it off.
func tooTall(s string) bool {
	return wrappedLines(xlsxText(s))*lineHeight > maxRowHeight
}

// evidencePointer is what a Findings row says in place of evidence too
// long for its row: "see the Evidence sheet, items 14.1–14.9".
func evidencePointer(finding, items int) string {
	if items == 1 {
		return fmt.Sprintf("see the Evidence sheet, item %d.1", finding)
	}
	return fmt.Sprintf("see the Evidence sheet, items %d.1–%d.%d", finding, finding, items)
}

// evidenceHeaders are the Evidence sheet's columns: the finding's number
// and the item's (finding.item, as every format numbers it), the item's
// text and citation (the columns printed: evidencePrinted), the finding's
// severity, rule, subject and fingerprint, the item's kind, then each
// field of Evidence in a column of its own.
var evidenceHeaders = []string{"Finding", "Item", "Text", "Where to check it", "Severity", "Rule", "Subject kind", "Subject",
	"Fingerprint", "Kind", "File", "Sheet", "Row", "Column", "List", "List date", "Entry id", "Score",
	"Block", "Transaction", "Fact", "Contract", "Holder", "Role", "Role hash", "From", "To", "Amount (base units)",
	"Token ids", "Implementation", "Admin", "Beacon", "Runs", "Registry", "Value", "Code address", "Functions", "Has code"}

// Columns of the Evidence sheet: those that wrap, the subject's (a link)
// and how many are printed, the first ones: a finding's rule and subject
// are on its Findings row, found by the number, and the fields repeat
// the citation, so that the printed sheet is one page wide (all 33
// columns printed the demo's 194 items on 191 pages).
const (
	evidenceTextCol     = 2
	evidenceCiteCol     = 3
	evidenceSubjectCol  = 7
	evidenceListDateCol = 15
	evidencePrinted     = 4
)

// evidenceCells writes the cells of item j of finding i (both from 0) into
// cells, one per evidenceHeaders: text for every value from an input,
// numbers for the finding, row, score, block and an amount a float holds
// exactly; a zero row, score or block, which the JSON omits, is an empty
// cell.
func (x *xlsxWriter) evidenceCells(cells []excelize.Cell, i, j int, f *Finding) {
	e := &f.Evidence[j]
	txt := func(s string) excelize.Cell { return excelize.Cell{StyleID: x.st.top, Value: xlsxText(s)} }
	num := func(v float64, style int) excelize.Cell {
		if v == 0 {
			return excelize.Cell{}
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return txt(strconv.FormatFloat(v, 'g', -1, 64))
		}
		return excelize.Cell{StyleID: style, Value: v}
	}
	var ids []string
	for _, id := range e.IDs {
		ids = append(ids, id.TokenID+": "+id.Amount)
	}
	cite := Citation(*e)
	if cite == "" {
		cite = e.Kind
	}
	cells[0] = excelize.Cell{StyleID: x.st.integer, Value: i + 1}
	cells[1] = txt(fmt.Sprintf("%d.%d", i+1, j+1))
	cells[evidenceTextCol] = excelize.Cell{StyleID: x.st.wrap, Value: xlsxText(e.Text)}
	cells[evidenceCiteCol] = excelize.Cell{StyleID: x.st.wrap, Value: xlsxText(cite)}
	cells[4] = txt(string(f.Severity))
	if id, ok := x.st.severity[f.Severity]; ok {
		cells[4].StyleID = id
	}
	cells[5] = txt(f.Rule)
	cells[6] = txt(f.Subject.Kind)
	cells[evidenceSubjectCol] = txt(f.Subject.ID)
	cells[8] = txt(f.Fingerprint)
	cells[9] = txt(e.Kind)
	cells[10] = txt(e.File)
	cells[11] = txt(e.Sheet)
	cells[12] = num(float64(e.Row), x.st.integer)
	cells[13] = txt(e.Column)
	cells[14] = txt(e.List)
	cells[evidenceListDateCol] = txt(e.ListDate)
	if v, style, _, ok := x.dateCell(e.ListDate); ok {
		cells[evidenceListDateCol] = excelize.Cell{StyleID: style, Value: v}
	}
	cells[16] = txt(e.EntryID)
	cells[17] = num(e.Score, x.st.number)
	cells[18] = num(float64(e.Block), x.st.integer)
	cells[19] = txt(e.TxHash)
	cells[20] = txt(e.Fact)
	cells[21] = txt(e.Contract)
	cells[22] = txt(e.Holder)
	cells[23] = txt(e.Role)
	cells[24] = txt(e.RoleHash)
	cells[25] = txt(e.From)
	cells[26] = txt(e.To)
	cells[27] = txt(e.Amount)
	if v, ok := exactFloat(e.Amount); ok && e.Amount != "" {
		cells[27] = excelize.Cell{StyleID: x.st.integer, Value: v}
	}
	cells[28] = txt(strings.Join(ids, ", "))
	cells[29] = txt(e.Implementation)
	cells[30] = txt(e.Admin)
	cells[31] = txt(e.Beacon)
	cells[32] = txt(e.Runs)
	cells[33] = txt(e.Registry)
	cells[34] = txt(e.Value)
	cells[35] = txt(e.CodeAddress)
	var fns []string
	for _, fn := range e.Functions {
		fns = append(fns, fn.Signature+" "+fn.Selector)
	}
	cells[36] = txt(strings.Join(fns, ", "))
	cells[37] = txt("")
	if e.HasCode != nil {
		cells[37] = txt(yesNo(*e.HasCode))
	}
}

// evidence streams one row per evidence item of every finding, in the
// findings' order (see evidenceHeaders), so that evidence can be
// filtered and sorted, and a finding whose evidence is too long for a
// Findings row (evidencePointer) is read whole. Each row is as high as
// its wrapped text and citation need, up to Excel's largest row.
func (x *xlsxWriter) evidence(r *Report) error {
	n := len(evidenceHeaders)
	cells := make([]excelize.Cell, n)
	widths := make([]int, n)
	for c, h := range evidenceHeaders {
		widths[c] = utf8.RuneCountInString(h)
	}
	// First the widths, from the cells as they will be written.
	for i := range r.Findings {
		for j := range r.Findings[i].Evidence {
			x.evidenceCells(cells, i, j, &r.Findings[i])
			for c, cell := range cells {
				var s string
				switch v := cell.Value.(type) {
				case string:
					s = v
				case nil:
				default:
					s = fmt.Sprint(v) + "   "
					if c == evidenceListDateCol {
						_, _, s, _ = x.dateCell(r.Findings[i].Evidence[j].ListDate)
					}
				}
				for _, l := range strings.Split(s, "\n") {
					widths[c] = max(widths[c], utf8.RuneCountInString(l))
				}
			}
		}
	}
	wrap := map[int]bool{evidenceTextCol: true, evidenceCiteCol: true}
	// The page setup before the stream starts, which takes it from the
	// worksheet as it is then.
	if err := fitPrintWidth(x.f, SheetEvidence, widths[:evidencePrinted], wrap); err != nil {
		return err
	}
	sw, err := x.f.NewStreamWriter(SheetEvidence)
	if err != nil {
		return err
	}
	for c, w := range widths {
		if err := sw.SetColWidth(c+1, c+1, fitWidth(w, wrap[c])); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(frozenHeader()); err != nil {
		return err
	}
	head := make([]any, n)
	for c, h := range evidenceHeaders {
		head[c] = excelize.Cell{StyleID: x.st.header, Value: h}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	vals := make([]any, n)
	for c := range cells {
		vals[c] = &cells[c]
	}
	row, links := 1, 0
	for i := range r.Findings {
		f := &r.Findings[i]
		for j := range f.Evidence {
			row++
			x.evidenceCells(cells, i, j, f)
			// Links are attached to the sheet before Flush, to the first
			// maxHolderLinks rows (see maxSheetLinks).
			for _, l := range []struct {
				col      int
				kind, id string
			}{{evidenceSubjectCol, f.Subject.Kind, f.Subject.ID}, {19, "tx", f.Evidence[j].TxHash}} {
				url := explorerLink(x.explorer, l.kind, l.id)
				if url == "" || links >= maxHolderLinks {
					continue
				}
				links++
				cell, _ := excelize.CoordinatesToCellName(l.col+1, row)
				if err := x.f.SetCellHyperLink(SheetEvidence, cell, url, "External"); err != nil {
					return fmt.Errorf("row %d: %w", row, err)
				}
				cells[l.col].StyleID = x.st.link
			}
			lines := max(wrappedLines(cells[evidenceTextCol].Value.(string)), wrappedLines(cells[evidenceCiteCol].Value.(string)))
			var opts []excelize.RowOpts
			if lines > 1 {
				opts = append(opts, excelize.RowOpts{Height: rowHeight(lines)})
			}
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := sw.SetRow(cell, vals, opts...); err != nil {
				return fmt.Errorf("row %d (item %d.%d): %w", row, i+1, j+1, err)
			}
		}
	}
	last, _ := excelize.CoordinatesToCellName(n, max(row, 2))
	if err := x.f.AutoFilter(SheetEvidence, "A1:"+last, nil); err != nil {
		return err
	}
	lastPrinted, _ := excelize.CoordinatesToCellName(evidencePrinted, max(row, 2))
	if err := x.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", Scope: SheetEvidence,
		RefersTo: "'" + SheetEvidence + "'!$A$1:" + absoluteCell(lastPrinted)}); err != nil {
		return err
	}
	return sw.Flush()
}

// absoluteCell writes a cell name as an absolute reference: D9 -> $D$9.
func absoluteCell(name string) string {
	i := strings.IndexAny(name, "0123456789")
	return "$" + name[:i] + "$" + name[i:]
}

// holderStatus returns what the report concludes of a holder: the status
// of its registry entity, or of the wallet itself when a list names it by
// address (an entity of kind "wallet"), else "".
func holderStatus(r *Report) func(Holder) string {
	byID := make(map[string]string, len(r.Entities))
	for _, e := range r.Entities {
		if e.Kind == "wallet" {
			byID[strings.ToLower(e.ID)] = e.Status
		} else {
			byID[e.ID] = e.Status
		}
	}
	return func(h Holder) string {
		if st, ok := byID[strings.ToLower(h.Address)]; ok {
			return st
		}
		return byID[h.EntityID]
	}
}

// holders streams one row per holder position, so that a million rows fit
// in little memory.
func (x *xlsxWriter) holders(r *Report) error {
	headers := []string{"Token", "Symbol", "Holder", "Entity", "Status", "Balance (base units)", "Balance (tokens)", "Share of supply", "Token ids",
		"Verified", "Identity", "Investor country"}
	status := holderStatus(r)
	widths := make([]int, len(headers))
	measure := func(col int, s string) {
		if n := utf8.RuneCountInString(s); n > widths[col] {
			widths[col] = n
		}
	}
	for i, h := range headers {
		measure(i, h)
	}
	for _, tk := range r.Tokens {
		measure(0, tk.Address)
		measure(1, tk.Symbol)
		for _, h := range tk.Holders {
			measure(2, h.Address)
			measure(3, h.EntityID)
			measure(4, status(h))
			measure(5, h.Balance)
			measure(6, TokenAmount(h.Balance, tk.Decimals))
			if len(h.TokenIDs) > 0 {
				measure(8, strings.Join(h.TokenIDs, ", "))
			}
			measure(9, VerifiedText(h))
			measure(10, h.Identity+IdentityNote(h))
			measure(11, CountryText(h.InvestorCountry))
		}
	}
	widths[7] = 10

	sw, err := x.f.NewStreamWriter(SheetHolders)
	if err != nil {
		return err
	}
	wrap := map[int]bool{8: true}
	for i, w := range widths {
		if err := sw.SetColWidth(i+1, i+1, fitWidth(w, wrap[i])); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(frozenHeader()); err != nil {
		return err
	}
	head := make([]any, len(headers))
	for i, h := range headers {
		head[i] = excelize.Cell{StyleID: x.st.header, Value: h}
	}
	if err := sw.SetRow("A1", head); err != nil {
		return err
	}
	// One row of cells, reused for every row: SetRow reads *Cell values
	// as it reads Cell values, without a copy into an interface per cell.
	cells := make([]excelize.Cell, len(headers))
	vals := make([]any, len(headers))
	for i := range cells {
		vals[i] = &cells[i]
	}
	row, links := 1, 0
	for _, tk := range r.Tokens {
		// The token's own cells are the same on each of its rows.
		token, symbol := any(xlsxText(tk.Address)), any(xlsxText(tk.Symbol))
		for _, h := range tk.Holders {
			row++
			cells[2] = excelize.Cell{Value: xlsxText(h.Address)}
			if links < maxHolderLinks {
				if url := explorerLink(x.explorer, "address", h.Address); url != "" {
					// Links are attached to the sheet before Flush.
					links++
					cell, _ := excelize.CoordinatesToCellName(3, row)
					if err := x.f.SetCellHyperLink(SheetHolders, cell, url, "External"); err != nil {
						return err
					}
					cells[2].StyleID = x.st.link
				}
			}
			if v, ok := exactFloat(h.Balance); ok {
				cells[5] = excelize.Cell{StyleID: x.st.integer, Value: v}
			} else {
				cells[5] = excelize.Cell{Value: xlsxText(h.Balance)}
			}
			cells[0] = excelize.Cell{Value: token}
			cells[1] = excelize.Cell{Value: symbol}
			cells[3] = excelize.Cell{Value: xlsxText(h.EntityID)}
			cells[4] = excelize.Cell{Value: status(h)}
			cells[6] = excelize.Cell{Value: TokenAmount(h.Balance, tk.Decimals)}
			cells[7] = excelize.Cell{StyleID: x.st.percent, Value: h.Share}
			if math.IsNaN(h.Share) || math.IsInf(h.Share, 0) {
				cells[7] = excelize.Cell{Value: strconv.FormatFloat(h.Share, 'g', -1, 64)}
			}
			cells[8] = excelize.Cell{Value: xlsxText(strings.Join(h.TokenIDs, ", "))}
			cells[9] = excelize.Cell{Value: VerifiedText(h)}
			cells[10] = excelize.Cell{Value: xlsxText(h.Identity + IdentityNote(h))}
			cells[11] = excelize.Cell{Value: CountryText(h.InvestorCountry)}
			cell, _ := excelize.CoordinatesToCellName(1, row)
			if err := sw.SetRow(cell, vals); err != nil {
				return fmt.Errorf("row %d: %w", row, err)
			}
		}
	}
	last, _ := excelize.CoordinatesToCellName(len(headers), max(row, 2))
	if err := x.f.AutoFilter(SheetHolders, "A1:"+last, nil); err != nil {
		return err
	}
	return sw.Flush()
}

func (x *xlsxWriter) ownership(r *Report) error {
	t, err := x.newTable(SheetOwnership, []string{"Asset", "Basis", "Path (holder → … → ultimate owner)", "Ultimate owner",
		"Ends at", "Steps", "Effective share, low", "Effective share, high", "High excluded", "Edge shares", "Sources"}, 2, 9, 10)
	if err != nil {
		return err
	}
	for _, p := range r.Ownership {
		t.next()
		ultimate := ""
		var edges, sources []string
		prev := p.Asset
		for _, s := range p.Steps {
			edges = append(edges, fmt.Sprintf("%s → %s: %s", prev, s.ID, openInterval(s.Low, s.High, s.HighOpen)))
			if s.Source != "" {
				sources = append(sources, fmt.Sprintf("%s → %s: %s", prev, s.ID, s.Source))
			}
			prev = s.ID
			ultimate = stepLabel(s)
		}
		err := firstErr(
			t.str(0, p.Asset),
			t.str(1, p.Basis),
			t.str(2, pathText(p)),
			t.str(3, ultimate),
			t.str(4, p.Ends),
			t.int(5, int64(len(p.Steps))),
			t.pct(6, p.Low),
			t.pct(7, p.High),
			t.str(8, yesOrEmpty(p.HighOpen)),
			t.str(9, strings.Join(edges, "\n")),
			t.str(10, strings.Join(sources, "\n")),
		)
		if err != nil {
			return fmt.Errorf("row %d: %w", t.row, err)
		}
	}
	return t.finish()
}

func (x *xlsxWriter) assets(r *Report) error {
	t, err := x.newTable(SheetAssets, []string{"Asset", "Kind", "Name", "IMO", "Flag", "Registered owner",
		"Claimed share", "In registry", "Tokens"}, 8)
	if err != nil {
		return err
	}
	for _, a := range r.Assets {
		t.next()
		err := firstErr(
			t.str(0, a.ID),
			t.str(1, a.Kind),
			t.str(2, a.Name),
			t.str(3, a.IMO),
			t.str(4, a.Flag),
			t.str(5, a.RegisteredOwner),
			t.pct(6, a.ClaimedShare),
			t.str(7, yesNo(a.InRegistry)),
			t.str(8, strings.Join(a.Tokens, "\n")),
		)
		if err != nil {
			return fmt.Errorf("row %d: %w", t.row, err)
		}
	}
	return t.finish()
}

func (x *xlsxWriter) tokens(r *Report) error {
	t, err := x.newTable(SheetTokens, []string{"Token", "Standard", "Name", "Symbol", "Decimals",
		"Total supply (base units)", "Total supply (tokens)", "Holders", "Deploy block", "Deploy transaction",
		"Controllers", "Claims", "Proxy"}, 10, 11, 12)
	if err != nil {
		return err
	}
	for _, tk := range r.Tokens {
		t.next()
		var ctrl, claims []string
		for _, c := range tk.Controllers {
			what := "key"
			if c.IsContract {
				what = "contract"
			}
			ctrl = append(ctrl, fmt.Sprintf("%s: %s (%s)", c.Role, c.Address, what))
		}
		for _, c := range tk.Claims {
			s := fmt.Sprintf("%s: %s", c.AssetID, Percent(c.Share))
			if c.TokenID != "" {
				s += " (token id " + c.TokenID + ")"
			}
			claims = append(claims, s+" from "+c.Source)
		}
		proxy := ""
		if tk.Proxy != nil {
			proxy = proxyText(tk.Proxy)
		}
		err := firstErr(
			t.link(0, tk.Address, explorerLink(x.explorer, "token", tk.Address)),
			t.str(1, tk.Standard),
			t.str(2, tk.Name),
			t.str(3, tk.Symbol),
			t.int(4, int64(tk.Decimals)),
			t.balance(5, tk.TotalSupply),
			t.str(6, TokenAmount(tk.TotalSupply, tk.Decimals)),
			t.int(7, int64(len(tk.Holders))),
			t.int(8, int64(tk.DeployBlock)),
			t.link(9, tk.DeployTx, explorerLink(x.explorer, "tx", tk.DeployTx)),
			t.str(10, strings.Join(ctrl, "\n")),
			t.str(11, strings.Join(claims, "\n")),
			t.str(12, proxy),
		)
		if err != nil {
			return fmt.Errorf("row %d: %w", t.row, err)
		}
	}
	return t.finish()
}

func (x *xlsxWriter) sources(r *Report) error {
	t, err := x.newTable(SheetSources, []string{"Kind", "File", "SHA-256", "Rows", "Format", "List date"})
	if err != nil {
		return err
	}
	for _, in := range r.Inputs {
		t.next()
		err := firstErr(
			t.str(0, in.Kind),
			t.str(1, in.Path),
			t.str(2, in.SHA256),
			t.int(3, int64(in.Rows)),
			t.str(4, in.Format),
			t.when(5, in.ListDate),
		)
		if err != nil {
			return fmt.Errorf("row %d: %w", t.row, err)
		}
	}
	return t.finish()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// yesOrEmpty is "yes" for true and an empty cell for false: a column that
// marks the few rows it applies to, such as an excluded upper bound.
func yesOrEmpty(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

func firstErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// xlsxGCPercent is the garbage collector's target (GOGC) while a workbook
// is written: the heap may grow by this percentage of the live heap
// between two collections, against 100 by default.
const xlsxGCPercent = 50

var gcState struct {
	sync.Mutex
	writers int // workbooks being written
	saved   int // the target before the first of them began
}

// lowerGC sets the collector's target to xlsxGCPercent, unless it is
// lower already or collection is off, and returns the function that
// restores it. Concurrent writers share one lowering: the target returns
// to its earlier value when the last of them calls its restore function.
func lowerGC() (restore func()) {
	gcState.Lock()
	defer gcState.Unlock()
	if gcState.writers == 0 {
		gcState.saved = debug.SetGCPercent(xlsxGCPercent)
		if gcState.saved < xlsxGCPercent {
			debug.SetGCPercent(gcState.saved)
		}
	}
	gcState.writers++
	return func() {
		gcState.Lock()
		defer gcState.Unlock()
		gcState.writers--
		if gcState.writers == 0 {
			debug.SetGCPercent(gcState.saved)
		}
	}
}
