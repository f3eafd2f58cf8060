package audit

import (
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/rules"
)

// reference fills the rules' reference tables from the embedded data.
func reference() rules.Reference {
	t := refdata.Default()
	return rules.Reference{
		FlagsOfConvenience:   t.FlagsOfConvenience(),
		SecrecyJurisdictions: t.SecrecyJurisdictions(),
		MIDCountry:           t.MIDs(),
		CountryNames:         t.CountryNames(),
	}
}
