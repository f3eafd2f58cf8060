package verify

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/tokenaudit/audit/internal/registry"
)

// A negative finding cites a sheet whole and says which rows it searched
// ("searched FILE, sheet S, rows A–B (...)"). Beyond those rows existing,
// the range must cover every data row of the sheet, or "not found in the
// registry" overstates the search. A data row is as the loader counts it:
// a non-empty row after the header (the sheet's first non-empty row), up
// to the last non-empty row before the sheet ends or is read no further
// (registry.DefaultMaxEmptyRows empty rows in a row); empty rows anywhere
// do not count. A row the loader could not read is a data row too: the
// search names it within its range and says in its text that it was
// unreadable (an INPUT-ROW finding), "rows 2–38 (36 wallet rows read; row
// 38 unreadable: see INPUT-ROW)"; saying so does not excuse a range that
// leaves it out. Only workbooks and CSV files are held to it: a BODS file's
// statements and a PSC snapshot's records are one sheet holding records
// of every kind, which a kind's rows need not cover.

// searchSpan is the rows a negative finding says it searched in a sheet
// cited whole: first to last, the same row when its text names one.
type searchSpan struct{ first, last int }

// maxLead is how many rows before a searched range's first row are read to
// find the sheet's header and any data row before the range. A sheet is
// read no further after registry.DefaultMaxEmptyRows empty rows in a row,
// so its header is among its first that many rows and its first data row
// among twice that many.
const maxLead = 2 * registry.DefaultMaxEmptyRows

// lastRowRE is the sheet's last non-empty row in registry.CellsAt's problem
// for a row past it ("no row N: the sheet's last non-empty row is M").
var lastRowRE = regexp.MustCompile(`last non-empty row is ([0-9]+)`)

// rowProbe is the whole-row citations added to a file's citations so that
// the one read of the file that resolves them also tells whether each
// searched range covers its sheet: the rows before the range (up to
// maxLead), the row after it, and a row past any sheet's end (whose problem
// names the sheet's last non-empty row).
type rowProbe struct {
	at map[registry.Cite]int // where each probe is in the citations
}

// newRowProbe appends to cites the probes the searched ranges of rc need.
func newRowProbe(cites *[]registry.Cite, rc []cite) *rowProbe {
	p := &rowProbe{at: map[registry.Cite]int{}}
	ask := func(sheet string, row int) {
		k := registry.Cite{Sheet: sheet, Row: row}
		if _, ok := p.at[k]; !ok {
			p.at[k] = len(*cites)
			*cites = append(*cites, k)
		}
	}
	for _, c := range rc {
		if c.span == nil {
			continue
		}
		for r := 1; r < c.span.first && r <= maxLead; r++ {
			ask(c.ev.Sheet, r)
		}
		if c.span.last < math.MaxInt {
			ask(c.ev.Sheet, c.span.last+1)
		}
		ask(c.ev.Sheet, math.MaxInt)
	}
	return p
}

// uncovered says how the searched range of c (a citation of its first or
// last row, which exists) falls short of the sheet's data rows, given the
// cells CellsAt read for the citations and probes: the first row's
// citation answers for data rows before the range, the last row's for data
// rows after it. "" when its end of the range covers them.
func (p *rowProbe) uncovered(cells []registry.Cell, c cite) string {
	sheet, first, last := c.ev.Sheet, c.span.first, c.span.last
	cell := func(row int) (registry.Cell, bool) {
		k, ok := p.at[registry.Cite{Sheet: sheet, Row: row}]
		if !ok {
			return registry.Cell{}, false
		}
		return cells[k], true
	}
	header, from := 0, 0 // the header; the first data row before the range
	for r := 1; r < first && r <= maxLead; r++ {
		if got, ok := cell(r); ok && got.Problem == "" && !got.Empty {
			if header == 0 {
				header = r
			} else if from == 0 {
				from = r
			}
		}
	}
	// A row up to the last non-empty one is there, empty or not; a row
	// after it is a problem.
	next, ok := cell(last + 1)
	after := ok && next.Problem == ""
	before := from != 0
	if !(before && c.ev.Row == first) && !(after && c.ev.Row == last) {
		return ""
	}
	end := last // the sheet's last data row; 0 when not known
	if after {
		end = 0
		if past, ok := cell(math.MaxInt); ok {
			if m := lastRowRE.FindStringSubmatch(past.Problem); m != nil {
				end, _ = strconv.Atoi(m[1])
			}
		}
	}
	var missed []string
	if before {
		missed = append(missed, rowsText(from, first-1))
	}
	if after && end > last {
		missed = append(missed, rowsText(last+1, end))
	} else if after {
		missed = append(missed, fmt.Sprintf("the rows after row %d", last))
	}
	start := first
	if before {
		start = from
	}
	data := rowsText(start, end)
	switch {
	case end == 0:
		data = fmt.Sprintf("rows %d to past row %d", start, last)
	case header == 0: // the range starts at the header
		header, data = first, fmt.Sprintf("the rows after it up to row %d", end)
	}
	return fmt.Sprintf("the search covers %s of %s, sheet %s, but the sheet's data rows (after its header, row %d) are %s: %s not searched",
		rowsText(first, last), c.ev.File, sheet, header, data, strings.Join(missed, " and "))
}

// rowsText is "row 4" or "rows 2–4".
func rowsText(first, last int) string {
	if first == last {
		return fmt.Sprintf("row %d", first)
	}
	return fmt.Sprintf("rows %d–%d", first, last)
}

// isTable reports whether registry.CellsAt reads the file at path as
// sheets of rows (a workbook, a CSV), not as JSON records (BODS statements,
// a PSC snapshot): it tells them apart as CellsAt does, by the first
// non-blank byte of the first 64 KB after a byte-order mark. A file it
// cannot open is a table (CellsAt then says why it cannot be read).
func isTable(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return true
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	t := bytes.TrimLeft(bytes.TrimPrefix(head[:n], []byte("\xef\xbb\xbf")), " \t\r\n")
	return len(t) == 0 || t[0] != '[' && t[0] != '{'
}
