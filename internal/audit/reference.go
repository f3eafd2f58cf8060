package audit

import (
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/rules"
)

// reference fills the rules' reference tables from t.
func reference(t *refdata.Tables) rules.Reference {
	return rules.Reference{
		FlagsOfConvenience:   t.FlagsOfConvenience(),
		SecrecyJurisdictions: t.SecrecyJurisdictions(),
		MIDCountry:           t.MIDs(),
		CountryNames:         t.CountryNames(),
	}
}
