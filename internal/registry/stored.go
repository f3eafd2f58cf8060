package registry

import (
	"archive/zip"
	"encoding/xml"
	"io"
	"math"
	"path"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Stored values of workbook cells.
//
// excelize gives each cell as its number format displays it: 0.496 under
// "0%" is "50%", 2020-03-04 under "mm/dd/yyyy" is "03/04/2020" (which the
// day-first date reader would take for 3 April). The sheet's XML is read a
// second time, alongside excelize's rows, for what is stored: in a share
// column, a number shown as a percentage loads as its stored value times 100
// ("49.6%"); in a date column, a number shown as a date loads as its serial
// (which ParseDate reads); a formula cell with no computed value is reported
// instead of loading as blank.

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

// openStored opens the worksheet part of every sheet of the workbook, by
// sheet name. A part it cannot find is left out: its cells load as displayed.
func openStored(zr *zip.Reader) map[string]*zip.File {
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
	readXML := func(name string, v any) bool {
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
	target := func(dir, t string) string {
		if strings.HasPrefix(t, "/") {
			return strings.TrimPrefix(t, "/")
		}
		return path.Join(dir, t)
	}
	wb := "xl/workbook.xml"
	var root rels
	if readXML("_rels/.rels", &root) {
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
	out := map[string]*zip.File{}
	if !readXML(wb, &book) || !readXML(path.Join(path.Dir(wb), "_rels", path.Base(wb)+".rels"), &wbRels) {
		return out
	}
	for _, s := range book.Sheets {
		for _, r := range wbRels.Rels {
			if r.ID == s.RID {
				if f := files[target(path.Dir(wb), r.Target)]; f != nil {
					out[s.Name] = f
				}
			}
		}
	}
	return out
}

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
			if _, err := ParseDate(shown); err != nil {
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
