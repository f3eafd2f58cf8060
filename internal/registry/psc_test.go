package registry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pscFixtures are the real PSC snapshot lines of ../shared/data (Companies
// House data through Open Ownership's bods-uk-psc-pipeline test fixtures).
func pscFixtures(t testing.TB) []string {
	dir := sharedData(t, "ownership", "uk-psc")
	var files []string
	for i := 1; i <= 16; i++ {
		p := filepath.Join(dir, fmt.Sprintf("psc-data-%d.json", i))
		if _, err := os.Stat(p); err != nil {
			t.Skipf("PSC fixture missing: %v", err)
		}
		files = append(files, p)
	}
	return files
}

// pscExpect is what a set of PSC records should load into, counted from the
// records themselves with plain JSON decoding (not the loader's types).
type pscExpect struct {
	records, people, unknown, companies, ownership, ended, noOwners int
	subjects                                                        map[string]bool
}

func countPSC(t *testing.T, files []string) pscExpect {
	e := pscExpect{subjects: map[string]bool{}}
	corporate := map[string]bool{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var recs []map[string]any
		if err := json.Unmarshal(b, &recs); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, r := range recs {
			d := r["data"].(map[string]any)
			kind := d["kind"].(string)
			if strings.HasPrefix(kind, "totals#") {
				continue
			}
			e.records++
			e.subjects[r["company_number"].(string)] = true
			_, ceased := d["ceased_on"]
			ceased = ceased || d["ceased"] == true
			natures, _ := d["natures_of_control"].([]any)
			switch {
			case strings.HasPrefix(kind, "individual-"):
				e.people++
			case strings.HasPrefix(kind, "super-secure-"):
				e.unknown++
				natures = []any{nil} // one interest of unknown share
			case kind == "persons-with-significant-control-statement":
				if !ceased && strings.HasPrefix(d["statement"].(string), "no-individual") {
					e.noOwners++
				}
				continue
			default:
				id := fmt.Sprint(d["links"].(map[string]any)["self"])
				if x, ok := d["identification"].(map[string]any); ok && x["registration_number"] != nil {
					place := strings.ToLower(fmt.Sprint(x["place_registered"], x["country_registered"]))
					if strings.Contains(place, "companies house") || strings.Contains(place, "england") {
						id = x["registration_number"].(string)
					}
				}
				if !corporate[id] {
					corporate[id] = true
					e.companies++
				}
			}
			if !ceased {
				e.ownership += len(natures)
			} else {
				e.ended += len(natures)
			}
		}
	}
	e.companies += len(e.subjects)
	for id := range corporate {
		if e.subjects[id] {
			e.companies-- // a PSC that is also a company of the snapshot is one company
		}
	}
	return e
}

func checkCounts(t *testing.T, what string, reg *Registry, want pscExpect) {
	t.Helper()
	unknown := 0
	for _, p := range reg.People {
		if p.Unknown {
			unknown++
		}
	}
	noOwners := 0
	for _, c := range reg.Companies {
		if c.NoOwners != nil {
			noOwners++
		}
	}
	rows := 0
	for _, f := range reg.Files {
		rows += f.Rows
		if f.Format != "uk-psc-json" {
			t.Errorf("%s: %s read as %s", what, f.Path, f.Format)
		}
	}
	got := pscExpect{records: rows, people: len(reg.People) - unknown, unknown: unknown, companies: len(reg.Companies),
		ownership: len(reg.Ownership), ended: len(reg.Ended), noOwners: noOwners, subjects: want.subjects}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("%s: loaded %+v, the records hold %+v", what, got, want)
	}
	if len(reg.Problems) != 0 {
		t.Errorf("%s: problems %v", what, reg.Problems)
	}
	for _, o := range reg.Ownership {
		if !want.subjects[o.OwnedID] {
			t.Errorf("%s: %s owns %s, which no record is about", what, o.OwnerID, o.OwnedID)
		}
	}
}

// TestPSCFixtures loads every real PSC fixture, alone and all together, and
// checks the counts against the records and the values of particular ones.
func TestPSCFixtures(t *testing.T) {
	files := pscFixtures(t)
	for _, f := range files {
		reg, err := Load([]string{f}, Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		checkCounts(t, filepath.Base(f), reg, countPSC(t, []string{f}))
	}
	reg, err := Load(files, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, "all", reg, countPSC(t, files))

	person := func(name string) *Person {
		for i := range reg.People {
			if reg.People[i].Name == name {
				return &reg.People[i]
			}
		}
		t.Fatalf("no person %q in %+v", name, reg.People)
		return nil
	}
	company := func(id string) *Company {
		for i := range reg.Companies {
			if reg.Companies[i].ID == id {
				return &reg.Companies[i]
			}
		}
		t.Fatalf("no company %q", id)
		return nil
	}
	rows := func(owner string) []Ownership {
		var out []Ownership
		for _, o := range reg.Ownership {
			if o.OwnerID == owner {
				out = append(out, o)
			}
		}
		return out
	}

	// psc-data-1: an individual holding 75-100%; the company's earlier "no
	// PSC" statement ceased the day he was notified, so it says nothing.
	feldman := person("Mr Marc Anthony Feldman")
	if feldman.BirthDate != "1961-12" || feldman.Nationality != "GB" || feldman.Unknown ||
		feldman.ID != "08209948/psc/FReSTxwXcJbAHBrerDpmTylkW48" || feldman.Origin.Row != 2 {
		t.Errorf("Feldman = %+v", feldman)
	}
	if o := rows(feldman.ID); len(o) != 1 || o[0].OwnedID != "08209948" || o[0].Interest != "shareholding" ||
		o[0].Share != (Share{Low: 0.75, High: 1}) || o[0].AsOf.Format("2006-01-02") != "2021-12-13" ||
		o[0].Origin.Column != "data.natures_of_control[0]" {
		t.Errorf("Feldman's interests = %+v", o)
	}
	if c := company("08209948"); c.NoOwners != nil || c.Name != "" || c.Jurisdiction != "GB" {
		t.Errorf("08209948 = %+v (its no-PSC statement ceased in 2021)", c)
	}

	// psc-data-2 and -8: UK companies that are PSCs are keyed by their
	// company number; shares and voting rights are both loaded, each with
	// its band; the right to appoint directors is control of unknown share.
	hitchins := company("00686734")
	if hitchins.Name != "Robert Hitchins Limited" || hitchins.Jurisdiction != "GB" || hitchins.RegistrationNumber != "00686734" {
		t.Errorf("Robert Hitchins = %+v", hitchins)
	}
	if o := rows("00686734"); len(o) != 2 || o[0].Interest != "shareholding" || o[1].Interest != "votingRights" ||
		o[1].Share != (Share{Low: 0.75, High: 1}) || o[0].OwnedID != "07434180" {
		t.Errorf("Robert Hitchins' interests = %+v", o)
	}
	if o := rows("03530981"); len(o) != 3 || o[2].Interest != "appointmentOfBoard" || o[2].Share != Unknown ||
		o[2].Source != "uk-psc right-to-appoint-and-remove-directors" {
		t.Errorf("Clientlogic Holding's interests = %+v", o)
	}
	// 25-to-50 is "more than 25% but not more than 50%": the model keeps
	// the excluded 25% as a closed bound, 50% is included.
	bunyan := person("Mr. Michael Stanley Bunyan")
	if o := rows(bunyan.ID); len(o) != 1 || o[0].Share != (Share{Low: 0.25, High: 0.5}) || o[0].OwnedID != "03136191" {
		t.Errorf("Bunyan's interests = %+v", o)
	}
	b, err := os.ReadFile(files[7])
	if err != nil {
		t.Fatal(err)
	}
	number := bytes.Index(b, []byte(`"company_number": "03136191"`))
	if start := bytes.Count(b[:number], []byte("\n")); number < 0 || bunyan.Origin.Row != start || !strings.HasSuffix(bunyan.Origin.File, "psc-data-8.json") {
		t.Errorf("Bunyan's record starts on line %d of psc-data-8.json, cited %s", start, bunyan.Origin)
	}

	// psc-data-4 and -6: a registered overseas entity's owners; "as trust"
	// and "as firm" are the same interests, the variant kept in Source.
	var parliament, czech *Company
	for i := range reg.Companies {
		switch reg.Companies[i].Name {
		case "Parliament Lane Management Limited":
			parliament = &reg.Companies[i]
		case "Government Of Czech Republic":
			czech = &reg.Companies[i]
		}
	}
	if parliament == nil || parliament.Type != "company" || !strings.HasPrefix(parliament.ID, "OE029880/psc/") {
		t.Fatalf("Parliament Lane = %+v", parliament)
	}
	if o := rows(parliament.ID); len(o) != 1 || o[0].Interest != "otherInfluenceOrControl" || o[0].Share != Unknown ||
		!strings.HasSuffix(o[0].Source, "-as-trust-registered-overseas-entity") {
		t.Errorf("Parliament Lane's interests = %+v", o)
	}
	if company("OE029880").Jurisdiction != "" {
		t.Errorf("an overseas entity is incorporated elsewhere: %+v", company("OE029880"))
	}
	if czech == nil || czech.Type != "state" {
		t.Fatalf("Czech government = %+v", czech)
	}
	if o := rows(czech.ID); len(o) != 2 || o[0].Share != (Share{Low: 0.25, High: 1}) || o[1].Interest != "shareholding" ||
		!strings.Contains(o[1].Source, "-as-firm-") {
		t.Errorf("Czech government's interests = %+v", o)
	}

	// psc-data-7: a super-secure PSC is an owner nobody may name.
	var secure *Person
	for i := range reg.People {
		if strings.HasPrefix(reg.People[i].ID, "02443921/") {
			secure = &reg.People[i]
		}
	}
	if secure == nil || !secure.Unknown || secure.Reason != "super-secure-persons-with-significant-control" || secure.Name != "" {
		t.Fatalf("super-secure PSC = %+v", secure)
	}
	if o := rows(secure.ID); len(o) != 1 || o[0].Share != Unknown || o[0].OwnedID != "02443921" {
		t.Errorf("super-secure PSC's interests = %+v", o)
	}

	// psc-data-11: a ceased PSC is loaded, his interests are ended ones.
	kuczkowski := person("Karol Kuczkowski")
	if kuczkowski.Nationality != "PL" || // "Polish", read through the country table's nationalities
		len(rows(kuczkowski.ID)) != 0 {
		t.Errorf("Kuczkowski = %+v, interests %+v", kuczkowski, rows(kuczkowski.ID))
	}
	var ended []Ownership
	for _, o := range reg.Ended {
		if o.OwnerID == kuczkowski.ID {
			ended = append(ended, o)
		}
	}
	if len(ended) != 4 || ended[0].EndedOn.Format("2006-01-02") != "2018-02-27" || ended[0].OwnedID != "10308742" ||
		ended[0].Share != (Share{Low: 0.75, High: 1}) || ended[3].Interest != "otherInfluenceOrControl" {
		t.Errorf("Kuczkowski's ended interests = %+v", ended)
	}

	// psc-data-15: registered in Minnesota: not joined by number.
	var stPaul *Company
	for i := range reg.Companies {
		if reg.Companies[i].RegistrationNumber == "41-0406690" {
			stPaul = &reg.Companies[i]
		}
	}
	if stPaul == nil || stPaul.Jurisdiction != "US" || !strings.HasPrefix(stPaul.ID, "02847483/psc/") {
		t.Errorf("St. Paul Fire & Marine = %+v", stPaul)
	}
}

// jsonLines rewrites the fixtures as the snapshot is published: one record
// a line, the totals line last.
func jsonLines(t *testing.T, files []string) []byte {
	var out bytes.Buffer
	var totals []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var recs []json.RawMessage
		if err := json.Unmarshal(b, &recs); err != nil {
			t.Fatal(err)
		}
		for _, r := range recs {
			var c bytes.Buffer
			if err := json.Compact(&c, r); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(c.Bytes(), []byte("totals#")) {
				totals = c.Bytes()
				continue
			}
			out.Write(c.Bytes())
			out.WriteByte('\n')
		}
	}
	out.Write(totals)
	out.WriteByte('\n')
	return out.Bytes()
}

// TestPSCJSONLines: the snapshot as published (JSON Lines) loads as the
// array fixtures do, each record cited at its line.
func TestPSCJSONLines(t *testing.T) {
	files := pscFixtures(t)
	path := filepath.Join(t.TempDir(), "snapshot.txt")
	body := jsonLines(t, files)
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkCounts(t, "JSON Lines", reg, countPSC(t, files))
	lines := strings.Split(string(body), "\n")
	for _, p := range reg.People {
		if line := lines[p.Origin.Row-1]; p.Name != "" && !strings.Contains(line, `"name":"`+p.Name+`"`) {
			t.Errorf("%s cited at line %d, which holds %.80s", p.Name, p.Origin.Row, line)
		}
	}
	if reg.Files[0].Rows != len(lines)-2 { // the totals line and the empty string after the last newline
		t.Errorf("rows %d of %d lines", reg.Files[0].Rows, len(lines))
	}
}

// unwrapped is the basic company data fixture with its 118-column hard wrap
// undone: the upstream fixture was wrapped by an editor, which a CSV
// reader cannot read; Companies House's own file has one company a line.
func unwrapped(t *testing.T) string {
	b, err := os.ReadFile(filepath.Join(sharedData(t, "ownership", "uk-psc"), "basic-company-data-1.csv"))
	if err != nil {
		t.Fatal(err)
	}
	var out strings.Builder
	for _, line := range strings.SplitAfter(string(b), "\n") {
		if len(line) == 119 {
			line = strings.TrimSuffix(line, "\n")
		}
		out.WriteString(line)
	}
	if n := strings.Count(out.String(), "\n"); n != 2 {
		t.Fatalf("basic company data unwrapped into %d lines, want a header and one company", n)
	}
	path := filepath.Join(t.TempDir(), "BasicCompanyData-part1.csv")
	if err := os.WriteFile(path, []byte(out.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestPSCWithBasicCompanyData: the basic company data CSV names the
// companies the PSC records give only by number, in either order.
func TestPSCWithBasicCompanyData(t *testing.T) {
	psc := pscFixtures(t)[0]
	basic := unwrapped(t)
	for _, order := range [][]string{{psc, basic}, {basic, psc}} {
		reg, err := Load(order, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(reg.Problems) != 0 {
			t.Errorf("%v: problems %v", order, reg.Problems)
		}
		if len(reg.Companies) != 1 {
			t.Fatalf("%v: companies %+v, want 08209948 once", order, reg.Companies)
		}
		c := reg.Companies[0]
		if c.ID != "08209948" || c.Name != "! LTD" || c.Jurisdiction != "GB" || c.IncorporatedOn.Format("2006-01-02") != "2012-09-11" ||
			filepath.Base(c.Origin.File) != "BasicCompanyData-part1.csv" || c.Origin.Row != 2 {
			t.Errorf("%v: company %+v", order, c)
		}
		if len(reg.Ownership) != 1 || reg.Ownership[0].OwnedID != "08209948" {
			t.Errorf("%v: ownership %+v", order, reg.Ownership)
		}
	}
	// Alone, the basic company data is a companies sheet.
	reg, err := Load([]string{basic}, Options{})
	if err != nil || len(reg.Companies) != 1 || reg.Files[0].Format != "csv" {
		t.Errorf("basic company data alone: %v, %+v", err, reg)
	}
	// The fixture as stored, hard-wrapped, is not one: its header is cut.
	if _, err := Load([]string{filepath.Join(filepath.Dir(psc), "basic-company-data-1.csv")}, Options{}); err == nil ||
		!strings.Contains(err.Error(), "not a registry") {
		t.Errorf("hard-wrapped basic company data: %v, want not a registry", err)
	}
}

// TestPSCEdgeCases: hand-written records, each bad one a problem at its
// line, the rest loaded.
func TestPSCEdgeCases(t *testing.T) {
	const self = `"links":{"self":"/company/%s/persons-with-significant-control/%s/%s"}`
	rec := func(company, kind, id, rest string) string {
		return fmt.Sprintf(`{"company_number":%q,"data":{"kind":%q,`+self+`%s}}`, company, kind, company, "x", id, rest)
	}
	lines := []string{
		/* 1 */ rec("01234567", "individual-person-with-significant-control", "a", `,"name":"Ann Owner","nationality":"Welsh","date_of_birth":{"month":13,"year":1970},"natures_of_control":["ownership-of-shares-50-to-75-percent-as-trust","voting-rights-more-than-25-percent","nonsense-nature","right-to-share-surplus-assets-25-to-50-percent-limited-liability-partnership"],"notified_on":"2016-13-01"`),
		/* 2 */ `{"company_number":"01234567","data":{"kind":"individual-person-with-significant-control",`,
		/* 3 */ rec("", "individual-person-with-significant-control", "b", `,"name":"No Company"`),
		/* 4 */ rec("01234567", "persons-of-interest", "c", ``),
		/* 5 */ ``,
		/* 6 */ rec("1234567", "persons-with-significant-control-statement", "d", `,"statement":"psc-exists-but-not-identified","notified_on":"2017-01-01"`),
		/* 7 */ rec("SC 12345", "persons-with-significant-control-statement", "e", `,"statement":"no-individual-or-entity-with-signficant-control"`),
		/* 8 */ rec("SC012345", "persons-with-significant-control-statement", "f", `,"statement":"all-beneficial-owners-identified"`),
		/* 9 */ rec("01234567", "individual-person-with-significant-control", "a", `,"name":"Ann Owner"`),
		/* 10 */ rec("01234567", "super-secure-person-with-significant-control", "g", `,"ceased":true`),
		/* 11 */ rec("01234567", "corporate-entity-person-with-significant-control", "h", `,"name":"Parent Ltd","identification":{"country_registered":"Scotland","registration_number":"SC12345"},"natures_of_control":["significant-influence-or-control"]`),
		/* 12 */ `{"company_number":42,"data":{"kind":"individual-person-with-significant-control"}}`,
		/* 13 */ `{"company_number":"00000042","data":{"kind":"exemptions","links":{"self":"/company/00000042/exemptions"},"exemptions":{` +
			`"psc_exempt_as_trading_on_uk_regulated_market":{"exemption_type":"psc-exempt-as-trading-on-uk-regulated-market","items":[{"exempt_from":"2016-04-06","exempt_to":"2020-12-31"}]},` +
			`"psc_exempt_as_trading_on_regulated_market":{"exemption_type":"psc-exempt-as-trading-on-regulated-market","items":[{"exempt_from":"2016-04-06"}]}}}}`,
		/* 14 */ `{"data":{"kind":"totals#persons-of-significant-control-snapshot","persons_of_significant_control_count":3}}`,
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "psc.txt")
	writeFile(t, path, strings.Join(lines, "\r\n")+"\r\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkProblems(t, reg)
	want := map[string]int{ // "line column" -> problems there
		"1 data.date_of_birth": 1, "1 data.natures_of_control[2]": 1, "1 data.notified_on": 1,
		"2 ": 1, "3 company_number": 1, "4 data.kind": 1, "9 data.links.self": 1, "12 ": 1,
	}
	got := map[string]int{}
	for _, p := range reg.Problems {
		got[fmt.Sprintf("%d %s", p.Origin.Row, p.Origin.Column)]++
		if p.Origin.Sheet != "psc.txt" || !strings.Contains(p.String(), "/psc.txt, row ") {
			t.Errorf("problem cited as %s", p)
		}
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("problems at %v, want %v:\n%v", got, want, reg.Problems)
	}
	if reg.Files[0].Rows != 12 {
		t.Errorf("rows = %d, want the 12 non-blank lines before the totals", reg.Files[0].Rows)
	}
	var ann []Ownership
	for _, o := range reg.Ownership {
		if o.OwnerID == "01234567/psc/a" {
			ann = append(ann, o)
		}
	}
	wantAnn := []struct {
		interest string
		share    Share
	}{
		{"shareholding", Share{Low: 0.5, High: 0.75}}, {"votingRights", Share{Low: 0.25, High: 1}},
		{"nonsense-nature", Unknown}, {"rightsToSurplusAssetsOnDissolution", Share{Low: 0.25, High: 0.5}},
	}
	if len(ann) != len(wantAnn) {
		t.Fatalf("Ann's interests = %+v", ann)
	}
	for i, w := range wantAnn {
		if ann[i].Interest != w.interest || ann[i].Share != w.share {
			t.Errorf("Ann's interest %d = %+v, want %s %+v", i, ann[i], w.interest, w.share)
		}
	}
	people := map[string]Person{}
	for _, p := range reg.People {
		people[p.ID] = p
	}
	if a := people["01234567/psc/a"]; a.Nationality != "GB" || a.BirthDate != "1970" {
		t.Errorf("Ann = %+v (month 13 dropped, Welsh is GB)", a)
	}
	// A statement that a PSC exists but is not identified is an unknown
	// owner; the number lost its leading zero in a spreadsheet.
	if u := people["01234567/psc-statement/d"]; !u.Unknown || u.Reason != "psc-exists-but-not-identified" {
		t.Errorf("unidentified PSC = %+v", u)
	}
	// A ceased super-secure PSC is there, owning nothing.
	if g, ok := people["01234567/psc/g"]; !ok || !g.Unknown {
		t.Errorf("ceased super-secure = %+v", g)
	}
	companies := map[string]Company{}
	for _, c := range reg.Companies {
		companies[c.ID] = c
	}
	// "SC 12345" and the Scottish parent's "SC12345" are one company,
	// SC012345, which declares it has no PSC.
	sc, ok := companies["SC012345"]
	if !ok || sc.Name != "Parent Ltd" || sc.Jurisdiction != "GB" || !sc.NoOwners.Says(NoBeneficialOwners) ||
		sc.NoOwners.Description != "no-individual-or-entity-with-signficant-control" || sc.NoOwners.Origin.Row != 7 {
		t.Errorf("SC012345 = %+v, NoOwners %+v", sc, sc.NoOwners)
	}
	// An exemption still in force (the UK one ended in 2020) makes the
	// company exempt from naming owners, and listed.
	if x := companies["00000042"]; !x.NoOwners.Says(ExemptFromDisclosure) || !x.Listed ||
		x.NoOwners.Description != "psc-exempt-as-trading-on-regulated-market" || x.NoOwners.Origin.Row != 13 {
		t.Errorf("00000042 = %+v, NoOwners %+v", x, x.NoOwners)
	}
	if len(companies) != 3 {
		t.Errorf("companies = %+v, want 01234567, SC012345 and 00000042", reg.Companies)
	}
	for _, o := range reg.Ownership {
		if o.OwnerID == "01234567/psc/g" {
			t.Errorf("a ceased PSC's interest loaded: %+v", o)
		}
	}
	if len(reg.Ended) != 1 || reg.Ended[0].OwnerID != "01234567/psc/g" || !reg.Ended[0].EndedOn.IsZero() || reg.Ended[0].Share != Unknown {
		t.Errorf("ended = %+v, want the super-secure PSC's, with no date", reg.Ended)
	}
}

// TestPSCRefused: files that are PSC snapshots but cannot be read are
// errors naming the file and line; JSON whose PSC records come after
// something else says so.
func TestPSCRefused(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ name, body, want string }{
		{"totals.json", `{"data":{"kind":"totals#persons-of-significant-control-snapshot"}}`, "totals.json: a UK PSC snapshot with no records"},
		{"cut.json", "[\n" + `{"company_number":"01234567","data":{"kind":"individual-person-with-significant-control"}},` + "\n{\"company_",
			"cut.json: a UK PSC snapshot that cannot be read (JSON Lines, or an array of records): line 3:"},
		{"bad.json", "[\n" + `{"company_number":"01234567","data":{"kind":"individual-person-with-significant-control"}},` + "\n{]",
			"bad.json: a UK PSC snapshot that cannot be read (JSON Lines, or an array of records): line 3: invalid character"},
		{"stray.json", "{\n\"company_number\": \"1\", \"data\": {\"kind\": \"individual-person-with-significant-control\"}\n}\n]",
			"stray.json: a UK PSC snapshot that cannot be read (JSON Lines, or an array of records): line 4: more after the last record"},
		{"after.json", `[{}, {"company_number": "08209948", "data": {"kind": "individual-person-with-significant-control"}}]`,
			"after.json: not a registry: JSON, but not BODS (none of its 2 values holds a statementType, recordType or statementID): it holds UK Companies House PSC records"},
	} {
		path := filepath.Join(dir, tt.name)
		writeFile(t, path, tt.body)
		if _, err := Load([]string{path}, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestCompanyNumber(t *testing.T) {
	for in, want := range map[string]string{
		"08209948": "08209948", "8209948": "08209948", " sc 12345 ": "SC012345", "OE029880": "OE029880",
		"41-0406690": "41-0406690", "123456789": "123456789", "ABC1": "ABC1", "": "", "SC": "SC",
	} {
		if got := companyNumber(in); got != want {
			t.Errorf("companyNumber(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzLoadPSC loads fuzzed PSC snapshots: no panic, every problem cited.
func FuzzLoadPSC(f *testing.F) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ownership", "uk-psc")
	seeds, _ := filepath.Glob(filepath.Join(dir, "psc-data-*.json"))
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(`{"company_number":"1","data":{"kind":"persons-with-significant-control-statement","statement":"psc-exists-but-not-identified"}}` + "\n" +
		`{"company_number":"1","data":{"kind":"individual-person-with-significant-control","natures_of_control":["voting-rights-75-to-25-percent"],"date_of_birth":{"month":0,"year":1}}}` + "\n{\n" +
		`{"data":{"kind":"totals#persons-of-significant-control-snapshot"}}`))
	f.Add([]byte(`[{"company_number":"00000042","data":{"kind":"exemptions","exemptions":{"psc_exempt_as_trading_on_regulated_market":` +
		`{"exemption_type":"psc-exempt-as-trading-on-regulated-market","items":[{"exempt_from":"2016-04-06","exempt_to":"x"}]}}}},` +
		`{"company_number":"SC1","data":{"kind":"corporate-entity-person-with-significant-control","identification":{"country_registered":"Wales",` +
		`"registration_number":"1"},"ceased_on":"2020-01-01","natures_of_control":["ownership-of-shares-more-than-25-percent"]}}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := loadBytes("psc.json", data, Options{})
		if err != nil {
			return
		}
		checkProblems(t, reg)
	})
}

// TestShortenedCompanyNumber: a wallets or ownership sheet saved by a
// spreadsheet writes a company number without its leading zero; it names the
// company a PSC snapshot and the basic company data key by the number in full.
func TestShortenedCompanyNumber(t *testing.T) {
	dir := t.TempDir()
	psc := filepath.Join(dir, "psc.jsonl")
	writeFile(t, psc, `{"company_number":"03333333","data":{"kind":"individual-person-with-significant-control","name":"Mr A Owner","natures_of_control":["ownership-of-shares-75-to-100-percent"],"links":{"self":"/company/03333333/persons-with-significant-control/individual/x"}}}`+"\n")
	basic := filepath.Join(dir, "basic.csv")
	writeFile(t, basic, "CompanyName, CompanyNumber,CompanyStatus\n\"BALTIC BUNKERING LTD\",\"03333333\",\"Active\"\n\"SCOTIA LTD\",\"SC012345\",\"Active\"\n")
	wallets := filepath.Join(dir, "wallets.csv")
	writeFile(t, wallets, "address,holder_id\n0x8ec165a9512d4a1bc93503121630a3340a192ae0,3333333\n0x8c9b5fa685bece213b83d16a8cabf8d33a3ba789,SC 12345\n0x15569d1a106276dc67c8877450bee50be74cc656,4444444\n")
	reg, err := Load([]string{psc, basic, wallets}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range reg.Wallets {
		got = append(got, w.HolderID)
	}
	if want := []string{"03333333", "SC012345", "4444444"}; !slices.Equal(got, want) {
		t.Errorf("holders %q, want %q", got, want)
	}
	// A number that is no company's stays as written, a problem at its cell.
	if len(reg.Problems) != 1 || reg.Problems[0].Origin.Row != 4 || reg.Problems[0].Origin.Column != "holder_id" ||
		!strings.Contains(reg.Problems[0].Reason, `"4444444"`) {
		t.Errorf("problems %v, want one: 4444444 at row 4", reg.Problems)
	}
}

// TestPSCStartingWithExemptions: a snapshot whose first record is a
// company's exemptions (the snapshot is in no set order) is a PSC file.
func TestPSCStartingWithExemptions(t *testing.T) {
	path := filepath.Join(t.TempDir(), "psc.jsonl")
	writeFile(t, path, `{"company_number":"00000042","data":{"kind":"exemptions","links":{"self":"/company/00000042/exemptions"},"exemptions":{"psc_exempt_as_trading_on_regulated_market":{"exemption_type":"psc-exempt-as-trading-on-regulated-market","items":[{"exempt_from":"2016-04-06"}]}}}}
{"company_number":"01234567","data":{"kind":"individual-person-with-significant-control","name":"Ann Owner","natures_of_control":["ownership-of-shares-75-to-100-percent"],"links":{"self":"/company/01234567/persons-with-significant-control/individual/a"}}}
`)
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatalf("a snapshot starting with exemptions: %v", err)
	}
	if len(reg.People) != 1 || len(reg.Ownership) != 1 || len(reg.Problems) != 0 {
		t.Errorf("people %+v, ownership %+v, problems %v: want Ann Owner holding 01234567", reg.People, reg.Ownership, reg.Problems)
	}
	var exempt bool
	for _, c := range reg.Companies {
		exempt = exempt || (c.ID == "00000042" && c.NoOwners != nil && c.NoOwners.Reason == ExemptFromDisclosure)
	}
	if !exempt {
		t.Errorf("companies %+v: 00000042 not exempt", reg.Companies)
	}
}

// TestPSCPersonName: the name records are compared by drops the title
// Companies House splits off (a whole word only) and folds case,
// punctuation and spacing, nothing else.
func TestPSCPersonName(t *testing.T) {
	for _, c := range []struct{ name, title, want string }{
		{"Mr. Michael Stanley Bunyan", "Mr.", "michael stanley bunyan"},
		{"Mr Marc Anthony FELDMAN", "", "mr marc anthony feldman"},
		{"  Jean-Pierre   O'Brien ", "", "jean pierre o brien"},
		{"Mrs Anna Smith", "Mr", "mrs anna smith"},
		{"MR Anna Smith", "Mr", "anna smith"},
		{"Mr", "Mr", "mr"},
		{"Ms Zoë Ångström", "Ms", "zoë ångström"},
		{"...", "", ""},
	} {
		if got := pscPersonName(c.name, c.title); got != c.want {
			t.Errorf("pscPersonName(%q, %q) = %q, want %q", c.name, c.title, got, c.want)
		}
	}
}
