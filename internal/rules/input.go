package rules

import (
	"fmt"
	"path/filepath"
	"strings"

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
	undatedHistory(e)
	for _, p := range e.reg.Problems {
		o := p.Origin
		id := fmt.Sprintf("%s:%s:%d", filepath.Base(o.File), o.Sheet, o.Row)
		e.add(RuleInputRow, report.Medium, report.Subject{Kind: "input", ID: id}, o.Column+":"+p.Reason,
			fmt.Sprintf("%s: %s; the audit went on, and findings resting on this row may be wrong or missing", o.String(), p.Reason),
			regEv(o, p.Reason))
	}
}

// undatedHistory: a history row of a tokenised vessel, of a field a vessel
// rule judges, without a start date cannot be placed in time. It is an
// INPUT-ROW finding citing the row (the empty cell itself proves nothing),
// unless the row's date was already reported as unreadable (a registry
// Problem on the same row). Key "from:undated".
func undatedHistory(e *eval) {
	type row struct {
		file, sheet string
		row         int
	}
	reported := map[row]bool{}
	for _, p := range e.reg.Problems {
		reported[row{p.Origin.File, p.Origin.Sheet, p.Origin.Row}] = true
	}
	for _, v := range e.tokenisedVessels() {
		for _, field := range append([]string{"name"}, nearFields...) {
			for _, r := range e.history(v, field) {
				o := r.Origin
				if !r.From.IsZero() || reported[row{o.File, o.Sheet, o.Row}] {
					continue
				}
				what := strings.ReplaceAll(field, "_", " ")
				reason := fmt.Sprintf("the %s history row of %s (%s) has no start date ('from')", what, e.vesselLabel(v.Key), r.Value)
				var uses []string
				if counter := map[string]string{"flag": RuleVesselFlagHopping, "name": RuleVesselNameChanges}[field]; counter != "" {
					uses = append(uses, fmt.Sprintf("%s takes it as older than every dated %s row of the vessel and counts no change into it", counter, what))
				}
				if field != "name" {
					uses = append(uses, RuleVesselChangeNearToken+" cannot compare it with the token's dates")
				}
				id := fmt.Sprintf("%s:%s:%d", filepath.Base(o.File), o.Sheet, o.Row)
				e.add(RuleInputRow, report.Medium, report.Subject{Kind: "input", ID: id}, "from:undated",
					fmt.Sprintf("%s: %s, so it cannot be placed in time: %s; findings resting on this row may be wrong or missing",
						o.String(), reason, strings.Join(uses, ", and ")),
					regEv(o, reason))
			}
		}
	}
}
