package registry

import (
	"path/filepath"
	"testing"
)

// TestCitedAsTheSourceNamesIt: a rule citing a model column (At) gets the
// column or field a reader finds in the source: the header as written in a
// sheet, the JSON field of a BODS 0.3 or 0.4 statement or of a PSC record.
func TestCitedAsTheSourceNamesIt(t *testing.T) {
	dir := t.TempDir()
	csv := filepath.Join(dir, "companies.csv")
	writeFile(t, csv, "Entity ID,Company Name,Country of incorporation\nC-1,Sea Star Ltd,VG\n")
	bods03 := filepath.Join(dir, "bods03.json")
	writeFile(t, bods03, `[{"statementID": "e-1", "statementType": "entityStatement", "entityType": "registeredEntity",
 "name": "Old Form Ltd", "incorporatedInJurisdiction": {"name": "Panama", "code": "PA"}}]`)
	bods04 := filepath.Join(dir, "bods04.json")
	writeFile(t, bods04, `[{"statementId": "s-1", "recordId": "e-2", "recordType": "entity", "recordDetails": {"entityType": {"type": "registeredEntity"},
 "name": "New Form Ltd", "jurisdiction": {"name": "Malta", "code": "MT"}}}]`)
	psc := filepath.Join(dir, "psc.jsonl")
	writeFile(t, psc, `{"company_number":"01234567","data":{"kind":"corporate-entity-person-with-significant-control","name":"Holdco SA","natures_of_control":["ownership-of-shares-75-to-100-percent"],"identification":{"country_registered":"Panama","registration_number":"155"},"links":{"self":"/company/01234567/persons-with-significant-control/corporate-entity/abc"}}}
{"company_number":"01234567","data":{"kind":"individual-person-with-significant-control","name":"Ann Owner","nationality":"British","natures_of_control":["voting-rights-25-to-50-percent"],"links":{"self":"/company/01234567/persons-with-significant-control/individual/def"}}}
`)
	reg, err := Load([]string{csv, bods03, bods04, psc}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	company := map[string]Company{}
	for _, c := range reg.Companies {
		company[c.Name] = c
	}
	for _, tc := range []struct{ name, column, want string }{
		{"Sea Star Ltd", "jurisdiction", "Country of incorporation"},
		{"Sea Star Ltd", "bearer_shares", "bearer_shares"}, // no such column: the model's name
		{"Old Form Ltd", "jurisdiction", "incorporatedInJurisdiction"},
		{"New Form Ltd", "jurisdiction", "recordDetails.jurisdiction"},
		{"New Form Ltd", "entityType", "recordDetails.entityType"},
		{"Holdco SA", "jurisdiction", "data.identification.country_registered"},
		{"", "jurisdiction", "company_number"}, // 01234567, known by its number: GB because the register is the UK's
	} {
		c, ok := company[tc.name]
		if !ok {
			t.Errorf("no company named %q in %+v", tc.name, reg.Companies)
			continue
		}
		if got := c.Origin.At(tc.column); got.Column != tc.want {
			t.Errorf("%q cited at %s: column %q, want %q", tc.name, got, got.Column, tc.want)
		}
	}
	for _, p := range reg.People {
		if got := p.Origin.At("nationality").Column; p.Name == "Ann Owner" && got != "data.nationality" {
			t.Errorf("PSC nationality cited at %q, want data.nationality", got)
		}
	}
	if len(reg.People) != 1 {
		t.Errorf("people %+v, want Ann Owner", reg.People)
	}
	if len(reg.Problems) != 0 {
		t.Errorf("problems: %v", reg.Problems)
	}
}
