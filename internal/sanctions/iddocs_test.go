package sanctions

import (
	"slices"
	"strings"
	"testing"
)

// idDocsSDN holds two rows of the 2024-05-03 sdn.csv whose only country
// agreeing with the screened party's is that of an identity document, and
// a made-up row with tax numbers, which name no country of the party.
const idDocsSDN = "31291,\"KILIMNIK, Konstantin Viktorovich\",\"individual\",\"UKRAINE-EO13660] [ELECTION-EO13848\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 27 Apr 1970; POB Kyiv, Ukraine; nationality Ukraine; citizen Ukraine; Gender Male; Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, 31 CFR 589.201 and/or 589.209; Passport 752512703 (Russia); Linked To: YANUKOVYCH, Viktor Fedorovych.\"\r\n" +
	"8294,\"RUPRAH, Sanjivan Singh\",\"individual\",\"DRCONGO\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 09 Aug 1966; POB Kisumu, Kenya; nationality Kenya; Passport D-001829-00 (Liberia); alt. Passport 790015037 (United Kingdom) issued 10 Jul 1998 expires 10 Jul 2008; Businessman; Former Deputy Commissioner, Bureau of Maritime Affairs of Liberia; a.k.a. 'NASR, Samir M.'.\"\r\n" +
	"90001,\"PETROV, Ivan Sergeyevich\",\"individual\",\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 1961; nationality Russia; Tax ID No. 100036386 (Serbia); C.U.I.T. 20-12345678-9 (Argentina); National ID No. 4509 123456 (Kazakhstan).\"\r\n"

// TestIDDocumentCountries: the country that issued an entry's passport or
// national identity document is one of its countries, as its nationality
// is (OFAC Remarks "Passport 752512703 (Russia)", a UN INDIVIDUAL_DOCUMENT's
// ISSUING_COUNTRY or COUNTRY_OF_ISSUE), so that a party screened with that
// country agrees with the entry instead of being held to a review (red team
// 7: Kilimnik screened as RU was a 0.790 review); a tax number's country is
// not a country of the party.
func TestIDDocumentCountries(t *testing.T) {
	ix, _, err := LoadBytes("sdn.csv", []byte(idDocsSDN), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*Entry{}
	for _, e := range ix.Entries() {
		byID[e.EntryID] = e
	}
	for id, want := range map[string][]string{"31291": {"UA", "RU"}, "8294": {"KE", "LR", "GB"}, "90001": {"RU", "KZ"}} {
		if e := byID[id]; e == nil {
			t.Errorf("entry %s not loaded", id)
		} else if !slices.Equal(e.Countries, want) {
			t.Errorf("entry %s: countries %q, want %q", id, e.Countries, want)
		}
	}
	for _, tt := range []struct{ name, country, id string }{
		{"Konstantin Viktorovich Kilimnik", "RU", "31291"},
		{"Sanjivan Singh Ruprah", "GB", "8294"},
		{"Sanjivan Singh Ruprah", "LR", "8294"},
	} {
		m := ix.Name(Query{Name: tt.name, Type: "individual", Countries: []string{tt.country}})
		if len(m) != 1 || m[0].Entry.EntryID != tt.id || m[0].Review || m[0].Score < 0.99 || !strings.Contains(m[0].Explanation, "country "+tt.country+" agrees") {
			t.Errorf("%s of %s: %+v, want a match to entry %s at 1 with its country agreeing", tt.name, tt.country, m, tt.id)
		}
	}
	if m := ix.Name(Query{Name: "Ivan Sergeyevich Petrov", Type: "individual", Countries: []string{"RS"}}); len(m) != 1 || !m[0].Review {
		t.Errorf("a party of the country of the entry's tax number: %+v, want a match to review (not the party's country)", m)
	}

	un := `<CONSOLIDATED_LIST dateGenerated="2025-08-02T23:00:00.935Z"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>ABDUL</FIRST_NAME><SECOND_NAME>RAHMAN</SECOND_NAME><REFERENCE_NUMBER>QDi.999</REFERENCE_NUMBER>` +
		`<NATIONALITY><VALUE>Afghanistan</VALUE></NATIONALITY>` +
		`<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>A123</NUMBER><ISSUING_COUNTRY>Pakistan</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>` +
		`<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>National Identification Number</TYPE_OF_DOCUMENT><NUMBER>B456</NUMBER><COUNTRY_OF_ISSUE>Germany</COUNTRY_OF_ISSUE></INDIVIDUAL_DOCUMENT>` +
		`<INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>C789</NUMBER><ISSUING_COUNTRY>Atlantis</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>` +
		`</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`
	uix, _, err := LoadBytes("un.xml", []byte(un), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if es := uix.Entries(); len(es) != 1 {
		t.Errorf("UN list of one entry: %d entries", len(es))
	} else if !slices.Equal(es[0].Countries, []string{"AF", "PK", "DE"}) {
		t.Errorf("UN entry with documents of Pakistan and Germany: countries %q, want AF, PK, DE", es[0].Countries)
	}
}

// TestIDDocumentCountriesRealSDN: in the 2024-05-03 sdn.csv the entries
// of the red team's queries have the countries of their passports, and
// most entries with a passport that names a country have it.
func TestIDDocumentCountriesRealSDN(t *testing.T) {
	byNum := loadRealSDN(t)
	if e := byNum["31291"]; e == nil || !contains(e.Countries, "RU") {
		t.Errorf("KILIMNIK (31291), passport of Russia: not of RU (entry loaded: %v)", e != nil)
	}
	if e := byNum["8294"]; e == nil || !contains(e.Countries, "GB") || !contains(e.Countries, "LR") {
		t.Errorf("RUPRAH (8294), passports of Liberia and the United Kingdom: not of LR and GB (entry loaded: %v)", e != nil)
	}
	withPassport, withCountry := 0, 0
	for _, e := range byNum {
		for _, part := range strings.Split(e.Remarks, ";") {
			part = strings.TrimPrefix(strings.TrimSpace(part), "alt. ")
			if !strings.HasPrefix(part, "Passport ") || !strings.Contains(part, "(") {
				continue
			}
			withPassport++
			if c := idDocumentCountry(part); c != "" && contains(e.Countries, c) {
				withCountry++
			}
		}
	}
	t.Logf("%d of %d passports naming a country in parentheses give the entry that country", withCountry, withPassport)
	if withPassport < 1000 || withCountry*100 < withPassport*95 {
		t.Errorf("%d of %d passports give the entry their country, want at least 95%%", withCountry, withPassport)
	}
}
