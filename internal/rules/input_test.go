package rules

import (
	"errors"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// TestInputRowWording checks what an INPUT-ROW finding tells its reader:
// where the row is (file, sheet, row, column, in the message and in the
// evidence), why it could not be used, and that the audit went on without
// it, so that findings resting on it may be wrong or missing.
func TestInputRowWording(t *testing.T) {
	w := quiet()
	w.reg.Problems = append(w.reg.Problems, registry.Problem{
		Origin: registry.Origin{File: "/in/reg.xlsx", Sheet: "ownership", Row: 14, Column: "share"},
		Reason: `share "abc" is not a number`})
	w.snap.Export = &chain.TransferStats{BadRows: []*chain.RowError{
		{File: "/in/transfers.csv", Row: 7, Column: "value", Err: errors.New(`"1e18" is not a whole number`)}}, BadRowCount: 1}
	res := w.run()

	cases := []struct {
		subject  string
		message  []string
		evidence report.Evidence
	}{
		{"reg.xlsx:ownership:14",
			[]string{"/in/reg.xlsx, sheet ownership, row 14, column share", `share "abc" is not a number`,
				"the audit went on", "findings resting on this row may be wrong or missing"},
			report.Evidence{Kind: "registry", Text: `share "abc" is not a number`, File: "/in/reg.xlsx", Sheet: "ownership", Row: 14, Column: "share"}},
		{"transfers.csv:transfers:7",
			[]string{"transfers /in/transfers.csv, row 7, column value", `"1e18" is not a whole number`,
				"the audit went on without it", "holders rebuilt from the export may be wrong"},
			report.Evidence{Kind: "input", Text: `"1e18" is not a whole number`, File: "/in/transfers.csv", Row: 7, Column: "value"}},
	}
	for _, c := range cases {
		var hit *report.Finding
		for i, f := range res.Findings {
			if f.Rule == RuleInputRow && f.Subject == (report.Subject{Kind: "input", ID: c.subject}) {
				hit = &res.Findings[i]
			}
		}
		if hit == nil {
			t.Errorf("no INPUT-ROW finding on %s; findings: %v", c.subject, summary(res))
			continue
		}
		if hit.Severity != report.Medium {
			t.Errorf("%s: severity %s, want medium", c.subject, hit.Severity)
		}
		for _, want := range c.message {
			if !strings.Contains(hit.Message, want) {
				t.Errorf("%s: message %q lacks %q", c.subject, hit.Message, want)
			}
		}
		if len(hit.Evidence) != 1 || !hit.Evidence[0].Equal(c.evidence) {
			t.Errorf("%s: evidence %+v, want [%+v]", c.subject, hit.Evidence, c.evidence)
		}
	}
}
