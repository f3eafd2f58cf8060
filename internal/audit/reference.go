package audit

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
)

// reference fills the rules' reference tables from t.
func reference(t *refdata.Tables) rules.Reference {
	ref := rules.Reference{
		FlagsOfConvenience:   t.FlagsOfConvenience(),
		SecrecyJurisdictions: t.SecrecyJurisdictions(),
		MIDCountry:           t.MIDs(),
		CountryNames:         t.CountryNames(),
		CountryCode:          t.CountryCode,
		Listings:             map[string][]report.Evidence{},
	}
	for a2 := range ref.SecrecyJurisdictions {
		ref.Listings["secrecy:"+a2] = listingEvidence(t.SecrecyListings(a2))
	}
	for a2 := range ref.FlagsOfConvenience {
		ref.Listings["foc:"+a2] = listingEvidence(t.FlagOfConvenienceListings(a2))
	}
	for mid := range ref.MIDCountry {
		ref.Listings["mid:"+mid] = listingEvidence(t.MIDListings(mid))
	}
	return ref
}

// listingEvidence cites reference rows as input files at their row: a
// table read from --reference at its path, the embedded one at its
// refdata.EmbeddedPrefix path ("embedded:secrecy_jurisdictions.csv"), its
// text naming what it is compiled from. referenceInputs lists the embedded
// tables so cited among the report's inputs.
func listingEvidence(ls []refdata.Listing) []report.Evidence {
	var out []report.Evidence
	for _, l := range ls {
		if l.Path != "" {
			out = append(out, report.Evidence{Kind: "input", File: l.Path, Sheet: filepath.Base(l.Path), Row: l.Row,
				Text: fmt.Sprintf("%s row %d: %s", l.Table, l.Row, l.Text)})
			continue
		}
		path := refdata.EmbeddedPrefix + l.Table
		out = append(out, report.Evidence{Kind: "input", File: path, Sheet: path, Row: l.Row, // a CSV's one sheet is the file
			Text: fmt.Sprintf("%s row %d (the table embedded in the tool, compiled from %s): %s", l.Table, l.Row, l.Source, l.Text)})
	}
	return out
}

// referenceInputs are the reference tables as the report's inputs: each
// table read from the --reference folder, and each embedded table a
// finding cites (refdata.EmbeddedFile: its sha256 and rows; the format
// names the table and what it is compiled from), so that every citation of
// a reference row is of an input.
func referenceInputs(t *refdata.Tables, findings []report.Finding) []report.Input {
	var out []report.Input
	for _, f := range t.Files() {
		out = append(out, report.Input{Kind: "reference", Path: f.Path, SHA256: f.SHA256, Rows: f.Rows, Format: f.Name})
	}
	seen := map[string]bool{}
	for _, fd := range findings {
		for _, ev := range fd.Evidence {
			if !strings.HasPrefix(ev.File, refdata.EmbeddedPrefix) || seen[ev.File] {
				continue
			}
			seen[ev.File] = true
			if f, ok := refdata.EmbeddedFile(ev.File); ok {
				out = append(out, report.Input{Kind: "reference", Path: f.Path, SHA256: f.SHA256, Rows: f.Rows,
					Format: f.Name + "; embedded, compiled from " + f.Source})
			}
		}
	}
	return out
}
