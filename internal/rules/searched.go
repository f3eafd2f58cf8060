package rules

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// searchedEv is the evidence of a negative finding: where the registry was
// searched for what it does not hold. One registry item for each file and
// sheet that gave records of the kind ("wallet", "vessel"), citing the file
// and sheet (no row: the sheet as a whole) and saying which rows and how many
// were searched, "none " + none; then a note naming the registry inputs that
// gave no such records, or saying there were none at all. origins are the
// records' rows, in input order.
func (e *eval) searchedEv(kind string, origins []registry.Origin, none string) []report.Evidence {
	type sheet struct {
		file, sheet string
		first, last int
		rows        map[int]bool // the rows read: records of one row count once
	}
	var sheets []*sheet
	by := map[[2]string]*sheet{}
	files := map[string]bool{}
	for _, o := range origins {
		if o.File == "" {
			continue
		}
		k := [2]string{o.File, o.Sheet}
		s := by[k]
		if s == nil {
			s = &sheet{file: o.File, sheet: o.Sheet, first: o.Row, last: o.Row, rows: map[int]bool{}}
			by[k] = s
			sheets = append(sheets, s)
		}
		s.first, s.last, s.rows[o.Row] = min(s.first, o.Row), max(s.last, o.Row), true
		files[o.File] = true
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
		out = append(out, report.Evidence{Kind: "registry", File: s.file, Sheet: s.sheet,
			Text: fmt.Sprintf("searched %s, %s (%s %s): none %s", where, rows, plural(len(s.rows), kind+" row"), "read", none)})
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

// plural is "1 wallet row" or "3 wallet rows".
func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}
