package rules

import (
	"fmt"
	"path/filepath"

	"github.com/tokenaudit/audit/internal/report"
)

// RuleInputRow is the id of the input family's one rule.
const RuleInputRow = "INPUT-ROW"

// inputRows: a row of an input (a registry sheet or a transfer export)
// could not be used; the audit went on without it. Subject {input,
// "<file base name>:<sheet>:<row>"}, sheet "transfers" for an export.
func inputRows(e *eval) {
	if x := e.snap.Export; x != nil {
		for _, r := range x.BadRows {
			id := fmt.Sprintf("%s:transfers:%d", filepath.Base(r.File), r.Row)
			reason := r.Err.Error()
			e.add(RuleInputRow, report.Medium, report.Subject{Kind: "input", ID: id}, r.Column+":"+reason,
				fmt.Sprintf("%s; the audit went on without it, so the holders rebuilt from the export may be wrong", r.Error()),
				report.Evidence{Kind: "input", Text: reason, File: r.File, Row: r.Row, Column: r.Column})
		}
	}
	for _, p := range e.reg.Problems {
		o := p.Origin
		id := fmt.Sprintf("%s:%s:%d", filepath.Base(o.File), o.Sheet, o.Row)
		e.add(RuleInputRow, report.Medium, report.Subject{Kind: "input", ID: id}, o.Column+":"+p.Reason,
			fmt.Sprintf("%s: %s; the audit went on, and findings resting on this row may be wrong or missing", o.String(), p.Reason),
			regEv(o, p.Reason))
	}
}
