package rules

import (
	"fmt"
	"path/filepath"

	"github.com/tokenaudit/audit/internal/report"
)

// RuleInputRow is the id of the input family's one rule.
const RuleInputRow = "INPUT-ROW"

// inputRows: a row of an input could not be used; the audit went on
// without it. Subject {input, "<file base name>:<sheet>:<row>"}.
func inputRows(e *eval) {
	for _, p := range e.reg.Problems {
		o := p.Origin
		id := fmt.Sprintf("%s:%s:%d", filepath.Base(o.File), o.Sheet, o.Row)
		e.add(RuleInputRow, report.Medium, report.Subject{Kind: "input", ID: id}, o.Column+":"+p.Reason,
			fmt.Sprintf("%s: %s; the audit went on without it", o.String(), p.Reason),
			regEv(o, p.Reason))
	}
}
