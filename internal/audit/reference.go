package audit

import (
	"fmt"
	"path/filepath"

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

// listingEvidence cites reference rows: a table read from --reference as an
// input file at its row, the embedded one as a note naming what it is
// compiled from.
func listingEvidence(ls []refdata.Listing) []report.Evidence {
	var out []report.Evidence
	for _, l := range ls {
		if l.Path != "" {
			out = append(out, report.Evidence{Kind: "input", File: l.Path, Sheet: filepath.Base(l.Path), Row: l.Row,
				Text: fmt.Sprintf("%s row %d: %s", l.Table, l.Row, l.Text)})
			continue
		}
		out = append(out, report.Evidence{Kind: "note",
			Text: fmt.Sprintf("the embedded %s (%s), row %d: %s", l.Table, l.Source, l.Row, l.Text)})
	}
	return out
}
