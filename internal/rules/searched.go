package rules

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// searchedEv is the evidence of a negative finding: where the registry was
// searched for what it does not hold. One registry item for each file and
// sheet that gave records of the kind ("wallet", "vessel"), or is a
// workbook or CSV sheet of the kind whose rows could not be read, citing
// the file and sheet (no row: the sheet as a whole) and saying which rows
// were searched, how many were read, and which of them could not be read
// (each is an INPUT-ROW finding), "none " + none. The rows named run from
// the sheet's first data row to its last, unreadable ones included, so
// that they cover the sheet as verify checks it; the text says which of
// them the search could not read. Then a note naming the registry inputs
// that gave no such records, or saying there were none at all. origins
// are the records' rows, in input order.
func (e *eval) searchedEv(kind string, origins []registry.Origin, none string) []report.Evidence {
	type sheet struct {
		file, sheet string
		first, last int
		rows        map[int]bool // the rows read: records of one row count once
	}
	var sheets []*sheet
	by := map[[2]string]*sheet{}
	files := map[string]bool{}
	at := func(file, name string, row int) *sheet {
		k := [2]string{file, name}
		s := by[k]
		if s == nil {
			s = &sheet{file: file, sheet: name, first: row, last: row, rows: map[int]bool{}}
			by[k] = s
			sheets = append(sheets, s)
		}
		s.first, s.last = min(s.first, row), max(s.last, row)
		files[file] = true
		return s
	}
	for _, o := range origins {
		if o.File != "" {
			at(o.File, o.Sheet, o.Row).rows[o.Row] = true
		}
	}
	unread := e.unreadRows(sheetKind[kind])
	for _, f := range e.reg.Files {
		for _, sh := range f.Sheets {
			k := [2]string{f.Path, sh.Name}
			var rows []int
			for _, r := range unread[k] {
				if s := by[k]; s == nil || !s.rows[r] {
					rows = append(rows, r)
				}
			}
			unread[k] = rows
			for _, r := range rows {
				at(f.Path, sh.Name, r)
			}
		}
	}
	var out []report.Evidence
	for _, s := range sheets {
		where := s.file
		if s.sheet != "" && s.sheet != filepath.Base(s.file) {
			where += ", sheet " + s.sheet
		}
		rows := fmt.Sprintf("row %d", s.first)
		if s.last != s.first {
			rows = fmt.Sprintf("rows %d–%d", s.first, s.last)
		}
		read := plural(len(s.rows), kind+" row") + " read"
		if u := unread[[2]string{s.file, s.sheet}]; len(u) > 0 {
			read += "; " + unreadText(u) + " unreadable: see INPUT-ROW"
		}
		out = append(out, report.Evidence{Kind: "registry", File: s.file, Sheet: s.sheet,
			Text: fmt.Sprintf("searched %s, %s (%s): none %s", where, rows, read, none)})
	}
	var without []string
	for _, f := range e.reg.Files {
		if !files[f.Path] {
			without = append(without, f.Path)
		}
	}
	switch {
	case len(sheets) == 0 && len(without) == 0:
		out = append(out, noteEv(fmt.Sprintf("the registry inputs hold no %s rows: none %s", kind, none)))
	case len(sheets) == 0:
		out = append(out, noteEv(fmt.Sprintf("searched every registry input (%s): none holds a %s row, so none %s", strings.Join(without, ", "), kind, none)))
	case len(without) > 0:
		out = append(out, noteEv(fmt.Sprintf("the other registry inputs hold no %s rows: %s", kind, strings.Join(without, ", "))))
	}
	return out
}

// sheetKind is the registry sheet kind whose rows give records of each
// kind searchedEv searches.
var sheetKind = map[string]string{
	"vessel":    registry.KindVessels,
	"company":   registry.KindCompanies,
	"person":    registry.KindPeople,
	"ownership": registry.KindOwnership,
	"wallet":    registry.KindWallets,
}

// unreadRows are the rows of each workbook or CSV sheet of the kind (by
// file and sheet, ascending, each once) with a registry Problem that can
// be why a data row gave no record (dataRowProblem); searchedEv keeps
// those that gave none. A sheet without its key columns, whose rows are
// all unread, is left out: the loader reports it whole, at its header.
func (e *eval) unreadRows(kind string) map[[2]string][]int {
	sheets := map[[2]string]bool{}
	for _, f := range e.reg.Files {
		for _, sh := range f.Sheets {
			if sh.Kind == kind && kind != "" && len(sh.Missing) == 0 {
				sheets[[2]string{f.Path, sh.Name}] = true
			}
		}
	}
	out := map[[2]string][]int{}
	for _, p := range e.reg.Problems {
		o := p.Origin
		k := [2]string{o.File, o.Sheet}
		if sheets[k] && o.Row >= 1 && dataRowProblem(p.Reason) {
			out[k] = append(out[k], o.Row)
		}
	}
	for k, rows := range out {
		slices.Sort(rows)
		out[k] = slices.Compact(rows)
	}
	return out
}

// dataRowProblem reports whether a registry problem can be why a data row
// gave no record: not one about a sheet's header row (a column it lacks or
// names twice, fractional shares) or the empty rows after which the sheet
// was read no further (internal/registry's load.go writes these at the
// header row and at the last row read, which may be empty), nor a cell
// the loader mended and read on (bad bytes replaced, a cell cut, a formula
// read blank), which a header row may have too.
func dataRowProblem(reason string) bool {
	if strings.HasPrefix(reason, "sheet of ") || strings.HasPrefix(reason, "sheet not recognised") {
		return false
	}
	for _, other := range []string{
		"empty rows in a row: the sheet was read no further",
		"the sheet cannot be read past this row",
		"): only the first is read", // column X is Y again (as column Z)
		"shares all between 0 and 1",
		"bad bytes replaced",
		"more than a spreadsheet cell can",
		"formula without a computed value",
	} {
		if strings.Contains(reason, other) {
			return false
		}
	}
	return true
}

// unreadText is "row 38" or "rows 20, 38", naming at most five rows and
// counting the rest ("rows 3, 4, 5, 6, 7 and 12 more").
func unreadText(rows []int) string {
	if len(rows) == 1 {
		return fmt.Sprintf("row %d", rows[0])
	}
	var parts []string
	for _, r := range rows[:min(len(rows), 5)] {
		parts = append(parts, fmt.Sprint(r))
	}
	s := "rows " + strings.Join(parts, ", ")
	if len(rows) > 5 {
		s += fmt.Sprintf(" and %d more", len(rows)-5)
	}
	return s
}

// plural is "1 wallet row" or "3 wallet rows".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
