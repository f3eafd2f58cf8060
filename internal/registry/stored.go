package registry

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"io"
	"math"
	"path"
	"regexp"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Stored values of workbook cells.
//
// excelize gives each cell as its number format displays it: 0.496 under
// "0%" is "50%", 2020-03-04 under "mm/dd/yyyy" is "03/04/2020" (which the
// day-first date reader would take for 3 April). Where that can matter (see
// mayStore: a formula, or a number cell whose style has a number format), the
// sheet's XML is read a second time, alongside excelize's rows, for what is
// stored: in a share column, a number shown as a percentage loads as its
// stored value times 100 ("49.6%"); in a date column, a number shown as a
// date loads as its serial (which ParseDate reads); a formula cell with no
// computed value is reported instead of loading as blank.

// storedCell is one cell of a worksheet as its XML stores it.
type storedCell struct {
	col      int    // zero-based
	typ      string // the t attribute: "" or "n" for a number, "s", "str", "b", "e", "inlineStr", "d"
	formula  bool
	value    string // the <v> text
	hasValue bool
}

// storedSheet streams the cells of one worksheet part, row by row.
type storedSheet struct {
	rc    io.ReadCloser
	dec   *xml.Decoder
	cur   int // row number of cells
	cells []storedCell
	done  bool
}

// storedParts is what the stored-value reading needs of a workbook: the
// worksheet part of each sheet, by sheet name, and which cell styles give a
// number a number format.
type storedParts struct {
	sheets map[string]*zip.File
	styles styleSet
}

// openStored finds the worksheet part of every sheet of the workbook, by
// sheet name, and reads the styles. A part it cannot find is left out: its
// cells load as displayed.
func openStored(zr *zip.Reader) storedParts {
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		files[f.Name] = f
	}
	type rel struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	}
	type rels struct {
		Rels []rel `xml:"Relationship"`
	}
	target := func(dir, t string) string {
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(t, "/")
		}
		return path.Join(dir, t)
	}
	out := storedParts{sheets: map[string]*zip.File{}, styles: readStyles(files)}
	wb := "xl/workbook.xml"
	var root rels
	if readPartXML(files, "_rels/.rels", &root) {
		for _, r := range root.Rels {
			if strings.HasSuffix(r.Type, "/officeDocument") {
				wb = target("", r.Target)
			}
		}
	}
	var book struct {
		Sheets []struct {
			Name string `xml:"name,attr"`
			RID  string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sheets>sheet"`
	}
	var wbRels rels
	if !readPartXML(files, wb, &book) || !readPartXML(files, path.Join(path.Dir(wb), "_rels", path.Base(wb)+".rels"), &wbRels) {
		return out
	}
	for _, s := range book.Sheets {
		for _, r := range wbRels.Rels {
			if r.ID == s.RID {
				if f := files[target(path.Dir(wb), r.Target)]; f != nil {
					out.sheets[s.Name] = f
				}
			}
		}
	}
	return out
}

// readPartXML decodes the named part of at most 16 MB into v; it returns
// false when the part is missing, larger or not XML.
func readPartXML(files map[string]*zip.File, name string, v any) bool {
	f := files[name]
	if f == nil || f.UncompressedSize64 > 16<<20 {
		return false
	}
	r, err := f.Open()
	if err != nil {
		return false
	}
	defer r.Close()
	return xml.NewDecoder(r).Decode(v) == nil
}

// styleSet tells which cell styles (the s attribute of a cell) may display
// a number other than as its stored value.
type styleSet struct {
	all       bool   // the styles could not be read: every style but 0 may
	formatted []bool // by style index
}

// formats reports whether style s may display a number other than as
// stored. excelize displays a cell of style 0, or of a style the styles part
// does not define, as stored; so does the General number format.
func (st styleSet) formats(s int) bool {
	if s <= 0 {
		return false
	}
	return st.all || (s < len(st.formatted) && st.formatted[s])
}

// readStyles reads the cell styles of xl/styles.xml, the part excelize reads
// them from. It errs towards "formats": a style counts unless its number
// format is plainly General (id 0, with no custom format of that id).
func readStyles(files map[string]*zip.File) styleSet {
	var ss struct {
		NumFmts *struct {
			NumFmt []struct {
				ID string `xml:"numFmtId,attr"`
			} `xml:"numFmt"`
		} `xml:"numFmts"`
		CellXfs *struct {
			Xf []struct {
				NumFmtID *string `xml:"numFmtId,attr"`
			} `xml:"xf"`
		} `xml:"cellXfs"`
	}
	if !readPartXML(files, "xl/styles.xml", &ss) {
		return styleSet{all: true}
	}
	isZero := func(id string) bool {
		n, err := strconv.ParseInt(strings.TrimSpace(id), 10, 64)
		return err == nil && n == 0
	}
	customZero := false
	if ss.NumFmts != nil {
		for _, f := range ss.NumFmts.NumFmt {
			if n, err := strconv.ParseInt(strings.TrimSpace(f.ID), 10, 64); err != nil || n == 0 {
				customZero = true
			}
		}
	}
	st := styleSet{}
	if ss.CellXfs != nil {
		st.formatted = make([]bool, len(ss.CellXfs.Xf))
		for i, xf := range ss.CellXfs.Xf {
			st.formatted[i] = customZero || (xf.NumFmtID != nil && !isZero(*xf.NumFmtID))
		}
	}
	return st
}

// mayStore reports whether reading worksheet part f for stored values (see
// useStored) can change what its rows load: whether it holds a formula, or
// a number cell whose style has a number format. It scans the bytes of the
// part without decoding the XML, and answers true whenever it is unsure (an
// unusual tag, an entity in a style or type attribute, a read error), so
// that false always means the stored values equal what excelize displays.
// rows is the number of row tags of the part (of those read, after an error).
func mayStore(f *zip.File, st styleSet) (may bool, rows int) {
	rc, err := f.Open()
	if err != nil {
		return true, 0
	}
	defer rc.Close()
	buf := make([]byte, 1<<20)
	n, eof := 0, false
	for {
		for !eof && n < len(buf) {
			k, err := rc.Read(buf[n:])
			n += k
			if err == io.EOF {
				eof = true
			} else if err != nil {
				return true, rows
			}
		}
		data := buf[:n]
		i := 0
		for {
			j := bytes.IndexByte(data[i:], '<')
			if j < 0 {
				i = len(data)
				break
			}
			i += j
			end, hides, complete := scanTag(data[i:], st)
			if !complete {
				break
			}
			may = may || hides
			if end == 4 && string(data[i+1:i+4]) == "row" {
				rows++
			}
			i += max(end, 1)
		}
		if eof {
			return may || i < len(data), rows // or a tag cut by the end of the part
		}
		n = copy(buf, data[i:])
		if n == len(buf) {
			return true, rows // a tag longer than the buffer
		}
	}
}

// scanTag reads the tag at the start of b (b[0] is '<') for mayStore: it
// returns the length read (0 for a tag that looks unusual), whether the tag is a formula or a number cell
// with a formatting style (or looks unusual), and false for complete when b
// ends inside the tag. Only a cell tag is read to its end; of any other tag
// only its name, so that the text after it is scanned as well.
func scanTag(b []byte, st styleSet) (end int, hides, complete bool) {
	i := 1
	for i < len(b) && !isTagSpace(b[i]) && b[i] != '>' && b[i] != '/' {
		if b[i] == '<' {
			return 0, true, true
		}
		i++
	}
	if i == len(b) {
		return 0, false, false
	}
	name := b[1:i]
	if k := bytes.LastIndexByte(name, ':'); k >= 0 {
		name = name[k+1:]
	}
	switch string(name) {
	case "f":
		return i, true, true
	case "c":
	default:
		return i, false, true
	}
	var s, t []byte
	ns, nt := 0, 0
	for {
		for i < len(b) && isTagSpace(b[i]) {
			i++
		}
		if i == len(b) {
			return 0, false, false
		}
		if b[i] == '>' || b[i] == '/' {
			break
		}
		start := i
		for i < len(b) && !isTagSpace(b[i]) && b[i] != '=' && b[i] != '>' && b[i] != '/' && b[i] != '<' {
			i++
		}
		attr := b[start:i]
		if k := bytes.LastIndexByte(attr, ':'); k >= 0 {
			attr = attr[k+1:]
		}
		for i < len(b) && isTagSpace(b[i]) {
			i++
		}
		if i == len(b) {
			return 0, false, false
		}
		if b[i] != '=' {
			return 0, true, true
		}
		i++
		for i < len(b) && isTagSpace(b[i]) {
			i++
		}
		if i == len(b) {
			return 0, false, false
		}
		q := b[i]
		if q != '"' && q != '\'' {
			return 0, true, true
		}
		k := bytes.IndexByte(b[i+1:], q)
		if k < 0 {
			return 0, false, false
		}
		val := b[i+1 : i+1+k]
		i += k + 2
		if bytes.IndexByte(val, '<') >= 0 {
			return 0, true, true
		}
		switch string(attr) {
		case "s":
			s, ns = val, ns+1
		case "t":
			t, nt = val, nt+1
		}
	}
	if ns > 1 || nt > 1 || bytes.IndexByte(t, '&') >= 0 {
		return 0, true, true
	}
	if !isNumberType(string(t)) || ns == 0 {
		return i, false, true
	}
	k, err := strconv.ParseInt(string(s), 10, 64)
	if err != nil {
		return 0, true, true
	}
	return i, st.formats(int(max(min(k, math.MaxInt32), math.MinInt32))), true
}

func isTagSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// newStoredSheet starts reading a worksheet part; nil f gives a reader of
// no cells.
func newStoredSheet(f *zip.File) *storedSheet {
	s := &storedSheet{done: true}
	if f == nil {
		return s
	}
	rc, err := f.Open()
	if err != nil {
		return s
	}
	return &storedSheet{rc: rc, dec: xml.NewDecoder(rc)}
}

func (s *storedSheet) close() {
	if s.rc != nil {
		s.rc.Close()
	}
}

// row returns the stored cells of row n (1-based); rows are asked for in
// increasing order. Cells that are neither numbers nor formulas are left out.
func (s *storedSheet) row(n int) []storedCell {
	for !s.done && s.cur < n {
		s.next()
	}
	if s.cur == n {
		return s.cells
	}
	return nil
}

// next reads the next <row>; an XML error ends the reading (excelize reports
// its own).
func (s *storedSheet) next() {
	s.cells = s.cells[:0]
	inRow := false
	col := -1
	var c *storedCell
	inV := false
	for {
		tok, err := s.dec.RawToken()
		if err != nil {
			s.done = true
			s.cur = math.MaxInt
			return
		}
		switch e := tok.(type) {
		case xml.StartElement:
			switch e.Name.Local {
			case "row":
				inRow, col = true, -1
				s.cur++
				if r := attr(e, "r"); r != "" {
					if k, err := strconv.Atoi(r); err == nil {
						s.cur = k
					}
				}
			case "c":
				if !inRow {
					continue
				}
				col++
				if r := attr(e, "r"); r != "" {
					if k, _, err := excelize.CellNameToCoordinates(r); err == nil {
						col = k - 1
					}
				}
				s.cells = append(s.cells, storedCell{col: col, typ: attr(e, "t")})
				c = &s.cells[len(s.cells)-1]
			case "f":
				if c != nil {
					c.formula = true
				}
			case "v":
				if c != nil {
					inV, c.hasValue = true, true
				}
			}
		case xml.CharData:
			if inV && len(c.value) < 64 {
				c.value += string(e)
			}
		case xml.EndElement:
			switch e.Name.Local {
			case "v":
				inV = false
			case "c":
				if c != nil && !c.formula && !isNumberType(c.typ) {
					s.cells = s.cells[:len(s.cells)-1] // nothing to correct
				}
				c = nil
			case "row":
				if inRow {
					return
				}
			case "sheetData":
				s.done = true
				s.cur = math.MaxInt
				return
			}
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// digitDate is a date displayed as digits and separators only
// ("04/03/61", "3.4.61", "61-04-03"), in an order ParseDate may not read.
var digitDate = regexp.MustCompile(`^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$`)

func isNumberType(t string) bool { return t == "" || t == "n" }

// useStored reads what the cells of a row store where it differs from what
// they display: a number displayed as a percentage is its value times 100
// with "%", a number displayed as a date is its serial (days from
// 1899-12-30, also in a workbook of the 1904 date system). Only the date
// and share columns read these (rowCtx.value); other columns keep the text
// as displayed. It also returns the columns of formula cells that have no
// computed value.
func useStored(cells []string, stored []storedCell, date1904 bool) (values map[int]string, noValue []int) {
	for _, sc := range stored {
		if sc.formula && (!sc.hasValue || (sc.value == "" && sc.typ != "str")) {
			noValue = append(noValue, sc.col)
			continue
		}
		if !isNumberType(sc.typ) || sc.col >= len(cells) {
			continue
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(sc.value), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			continue
		}
		shown := strings.TrimSpace(cells[sc.col])
		if _, err := strconv.ParseFloat(shown, 64); err == nil || shown == "" {
			continue // shown as a number: nothing hidden
		}
		var val string
		switch {
		case strings.HasSuffix(shown, "%"):
			val = strconv.FormatFloat(math.Round(v*100*1e9)/1e9, 'f', -1, 64) + "%"
		case v >= 61: // ParseDate's first serial
			// a date ParseDate reads, or one in a format of digits it
			// cannot place (a two-digit year, "04/03/61"): the serial
			// says the day whatever the display
			if _, err := ParseDate(shown); err != nil && !digitDate.MatchString(shown) {
				continue
			}
			if date1904 {
				v += 1462
			}
			val = strconv.FormatFloat(v, 'f', -1, 64)
		default:
			continue
		}
		if values == nil {
			values = map[int]string{}
		}
		values[sc.col] = val
	}
	return values, noValue
}
