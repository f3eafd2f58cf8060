package registry

import (
	"fmt"
	"io/fs"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func bodsFiles(t *testing.T) []string {
	dir := sharedData(t, "ownership", "bods")
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func TestLoadEveryBODSFile(t *testing.T) {
	for _, f := range bodsFiles(t) {
		reg, err := Load([]string{f}, Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if len(reg.Files) != 1 || reg.Files[0].Format != "bods-json" || reg.Files[0].Rows == 0 {
			t.Errorf("%s: files = %+v", f, reg.Files)
		}
		if len(reg.Companies)+len(reg.People) == 0 {
			t.Errorf("%s: no entity or person loaded", f)
		}
		for _, p := range reg.Problems {
			// Only cross-file references may be missing from one file
			// alone. The 0.3 joint-ownership example gives its two
			// owners' relationships one statement id.
			reused := strings.HasSuffix(f, "v0.3/3-joint-ownership.json") && p.Origin.Row == 7 &&
				strings.Contains(p.Reason, "is also that of a different statement") && strings.Contains(p.Reason, "loaded all the same")
			if !strings.Contains(p.Reason, "is not the id") && !reused {
				t.Errorf("%s: unexpected problem %s", f, p)
			}
		}
		if strings.HasSuffix(f, "v0.3/3-joint-ownership.json") {
			for _, owner := range []string{"Natalie Coleman", "Roberto López"} {
				if len(edges(reg, owner, "Joint shareholding", false)) != 1 {
					t.Errorf("%s: %s's 50%% of the joint shareholding is lost: %+v", f, owner, reg.Ownership)
				}
			}
		}
	}
}

// edge finds the ownership rows from owner (by name) to owned (by name).
func edges(reg *Registry, owner, owned string, indirect bool) []Ownership {
	name := map[string]string{}
	for _, c := range reg.Companies {
		name[c.ID] = c.Name
	}
	for _, p := range reg.People {
		name[p.ID] = p.Name
	}
	var out []Ownership
	for _, o := range reg.Ownership {
		if name[o.OwnerID] == owner && name[o.OwnedID] == owned && o.Indirect == indirect {
			out = append(out, o)
		}
	}
	return out
}

func TestBODSIndirectDeclarations(t *testing.T) {
	dir := sharedData(t, "ownership", "bods")
	type want struct {
		owner, owned string
		indirect     bool
		lo, hi       float64
	}
	tests := []struct {
		files []string
		want  []want
	}{
		{[]string{"v0.4/indirect-ownership.json"}, []want{
			{"Company B", "Company A", false, 0.6, 0.6},
			{"Person 1", "Company B", false, 0, 1},
			{"Person 1", "Company A", true, 0.3, 0.3},
		}},
		{[]string{"v0.3/indirect-ownership/os-03-dr-04.json"}, []want{
			{"Company B", "Company A", false, 0.6, 0.6},
			{"Person 1", "Company A", true, 0.3, 0.3},
		}},
		{[]string{"v0.4/mutilple-indirect-ownership-2.json"}, []want{
			{"Company B", "Company A", false, 0.4, 0.4},
			{"Company C", "Company A", false, 0.2, 0.2},
			{"Person 1", "Company A", true, 0.6, 0.6},
		}},
		{[]string{"v0.4/multiple-indirect-ownership.json"}, []want{
			{"Company C", "Company B", false, 0.5, 0.5},
			{"Company D", "Company B", false, 0.5, 0.5},
			{"Person 1", "Company C", false, 0, 1},
			{"Person 1", "Company D", false, 0, 1},
			{"Person 1", "Company B", true, 0.6, 0.6},
		}},
		{[]string{"v0.4/joint-ownership.json"}, []want{
			{"Joint shareholding", "CHRINON LTD", false, 1, 1},
			{"Natalie Coleman", "Joint shareholding", false, 0.5, 0.5},
			{"Roberto Lopez", "Joint shareholding", false, 0.5, 0.5},
		}},
		{[]string{"v0.3/indirect-ownership/os-03-dr-03.json"}, []want{
			{"Company B", "Company A", false, 0, 1},
			{"Person 1", "Company B", false, 0, 1},
			{"Person 1", "Company A", true, 0.3, 0.3},
		}},
		{[]string{"v0.3/indirect-ownership/os-06-dr-04.json"}, []want{
			{"Company B", "Company A", false, 0.4, 0.4},
			{"Company C", "Company A", false, 0.2, 0.2},
			{"Person 1", "Company B", false, 0, 1},
			{"Person 1", "Company C", false, 0, 1},
			{"Person 1", "Company A", true, 0.6, 0.6},
		}},
		{[]string{"v0.3/indirect-ownership/os-08-dr-04-company-a.json"}, []want{
			{"Company B", "Company A", false, 0.5, 0.5},
			{"Person 1", "Company B", false, 0, 1},
			{"Person 1", "Company A", true, 0.5, 0.5},
			{"Person 1", "Company A", false, 0.5, 0.5},
		}},
		{[]string{"v0.4/mixed-direct-and-indirect-ownership.json"}, []want{
			{"Person 1", "Company A", true, 0.5, 0.5},
			{"Person 1", "Company A", false, 0.5, 0.5},
		}},
	}
	for _, tt := range tests {
		var paths []string
		for _, f := range tt.files {
			paths = append(paths, filepath.Join(dir, f))
		}
		reg, err := Load(paths, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range tt.want {
			es := edges(reg, w.owner, w.owned, w.indirect)
			if len(es) == 0 {
				t.Errorf("%v: no edge %s -> %s (indirect %v); ownership %+v", tt.files, w.owner, w.owned, w.indirect, reg.Ownership)
				continue
			}
			if s := es[0].Share; !near(s.Low, w.lo) || !near(s.High, w.hi) {
				t.Errorf("%v: %s -> %s share %v, want [%v, %v]", tt.files, w.owner, w.owned, s, w.lo, w.hi)
			}
		}
	}
}

func TestBODSMultiFileAndUnspecified(t *testing.T) {
	dir := sharedData(t, "ownership", "bods", "v0.3", "indirect-ownership")
	var paths []string
	for _, c := range "abcd" {
		paths = append(paths, filepath.Join(dir, "os-07-dr-04-company-"+string(c)+".json"))
	}
	reg, err := Load(paths, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 {
		t.Errorf("the four files together should resolve every reference: %v", reg.Problems)
	}
	// statements about the same entity across the four files are one
	// record: companies by their identifiers, Person 1 by name, birth date
	// and nationality
	count := map[string]int{}
	for _, c := range reg.Companies {
		count[c.Name]++
	}
	for _, p := range reg.People {
		if !p.Unknown {
			count[p.Name]++
		}
	}
	for _, n := range []string{"Company A", "Company B", "Company C", "Company D", "Person 1"} {
		if count[n] != 1 {
			t.Errorf("%s is %d records after the merge, want 1 (%v)", n, count[n], count)
		}
	}
	// Person 1's three statements, of one name and birth date and no
	// identifier, are joined as those of the holding each declares: A's
	// and B's declare an indirect interest, through companies the next
	// one's statement holds.
	for _, p := range reg.People {
		if p.Name == "Person 1" && (p.SameAs == nil || len(p.SameAs.Records) != 2 || !strings.Contains(p.SameAs.Why, "declares an indirect interest in Company A")) {
			t.Errorf("Person 1's statements are not joined for the holdings declared: %+v", p.SameAs)
		}
	}
	ids := map[string]bool{}
	for _, c := range reg.Companies {
		ids[c.ID] = true
	}
	for _, p := range reg.People {
		ids[p.ID] = true
	}
	for _, o := range reg.Ownership {
		if !ids[o.OwnerID] || !ids[o.OwnedID] {
			t.Errorf("ownership row %s -> %s (%s) names a statement that is not a record", o.OwnerID, o.OwnedID, o.Origin)
		}
	}
	var d *Company
	for i, c := range reg.Companies {
		if c.Name == "Company D" {
			d = &reg.Companies[i]
		}
	}
	if d == nil || !d.NoOwners.Says(NoBeneficialOwners) || !strings.HasSuffix(d.NoOwners.Origin.File, "os-07-dr-04-company-d.json") || d.NoOwners.Origin.Row != 2 {
		t.Errorf("company D's noBeneficialOwners declaration (company-d.json, statement 2) is not recorded: %+v", d)
	}
	var noBO bool
	for _, p := range reg.People {
		if p.Unknown && p.Reason == "noBeneficialOwners" {
			noBO = true
		}
	}
	if !noBO {
		t.Errorf("company D's noBeneficialOwners party is missing: %+v", reg.People)
	}
	for _, w := range []struct {
		owner, owned string
		indirect     bool
		share        float64
	}{
		{"Company B", "Company A", false, 0.5},
		{"Company C", "Company B", false, 0.5},
		{"Company D", "Company B", false, 0.5},
		{"Person 1", "Company C", false, 1},
		{"Person 1", "Company B", true, 0.6},
		{"Person 1", "Company A", true, 0.3},
	} {
		es := edges(reg, w.owner, w.owned, w.indirect)
		found := false
		for _, e := range es {
			found = found || (e.Share.IsExact() && near(e.Share.Low, w.share))
		}
		if !found {
			t.Errorf("%s -> %s (indirect %v): no edge of exactly %v in %+v", w.owner, w.owned, w.indirect, w.share, es)
		}
	}
	// a file loaded twice states every relationship twice: read once
	reg, err = Load(append(paths, paths[1]), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(edges(reg, "Company C", "Company B", false)); n != 1 {
		t.Errorf("company B's file loaded twice: %d rows C -> B, want 1", n)
	}

	for _, f := range []string{"v0.4/listed-company-exempt-from-disclosure.json", "v0.3/missing-data/os-17-dr-02-dc-06.json"} {
		reg, err = Load([]string{sharedData(t, append([]string{"ownership", "bods"}, strings.Split(f, "/")...)...)}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(reg.Companies) != 1 || !reg.Companies[0].NoOwners.Says(ExemptFromDisclosure) || !strings.Contains(reg.Companies[0].NoOwners.Text(), "listed") || reg.Companies[0].NoOwners.Origin.Row != 2 {
			t.Errorf("%s: exempt listed company not recorded: %+v", f, reg.Companies)
		}
		if len(reg.People) != 0 || len(reg.Ownership) != 0 {
			t.Errorf("%s: an exemption is no owner, yet people %+v ownership %+v", f, reg.People, reg.Ownership)
		}
		if wantListed := strings.HasPrefix(f, "v0.4"); len(reg.Companies) == 1 && reg.Companies[0].Listed != wantListed {
			t.Errorf("%s: Listed %v, want %v (publicListing)", f, reg.Companies[0].Listed, wantListed)
		}
	}
}

func TestBODSTypesAndPEP(t *testing.T) {
	reg, err := Load([]string{sharedData(t, "ownership", "bods", "v0.4", "joint-ownership.json")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var arrangement bool
	for _, c := range reg.Companies {
		arrangement = arrangement || c.Type == "arrangement"
	}
	if !arrangement {
		t.Errorf("joint-ownership: no arrangement among %+v", reg.Companies)
	}
	reg, err = Load([]string{sharedData(t, "ownership", "bods", "v0.4", "simple-pep-declaration.json")}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var pep bool
	for _, p := range reg.People {
		pep = pep || p.PEP
	}
	if !pep {
		t.Errorf("simple-pep-declaration: no PEP among %+v", reg.People)
	}
	// "minimum": 25, "exclusiveMaximum": 50 is [25%, 50%)
	var band bool
	for _, o := range reg.Ownership {
		band = band || (o.Interest == "shareholding" && near(o.Share.Low, 0.25) && near(o.Share.High, 0.5) && o.Share.HighOpen)
	}
	if !band {
		t.Errorf("simple-pep-declaration: no shareholding of [25%%, 50%%) in %+v", reg.Ownership)
	}
}

// TestBODSSharedStatementID: the same statement in two files is read once;
// two different statements with one statement id are a problem naming both
// files, and the second, a 0.4 record of its own, still loads so that the
// references to it resolve (it was dropped, and its owner reported as
// unknown). A 0.3 statement's id is its record's: the second is not loaded.
func TestBODSSharedStatementID(t *testing.T) {
	dir := t.TempDir()
	entity := func(stmt, rec, name string) string {
		return `{"statementId": "` + stmt + `", "recordId": "` + rec + `", "recordType": "entity", "recordStatus": "new",
			"recordDetails": {"entityType": {"type": "registeredEntity"}, "name": "` + name + `"}}`
	}
	a := filepath.Join(dir, "a.json")
	b := filepath.Join(dir, "b.json")
	writeFile(t, a, "["+entity("s-1", "rec-a", "Alpha Ltd")+","+entity("s-2", "rec-c", "Common Ltd")+"]")
	writeFile(t, b, `[`+entity("s-1", "rec-b", "Beta Ltd")+`,
		{"statementId": "s-3", "recordId": "rec-p", "recordType": "person", "recordDetails": {"personType": "knownPerson", "names": [{"fullName": "Ann Owner"}]}},
		{"statementId": "s-4", "recordId": "rec-r", "recordType": "relationship", "recordDetails": {"subject": "rec-b", "interestedParty": "rec-p",
			"interests": [{"type": "shareholding", "share": {"exact": 100}}]}},
		`+strings.ReplaceAll(entity("s-2", "rec-c", "Common Ltd"), ", ", ",\n  ")+`]`)
	reg, err := Load([]string{a, b}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]int{}
	for _, c := range reg.Companies {
		names[c.ID+" "+c.Name]++
	}
	if len(reg.Companies) != 3 || names["rec-a Alpha Ltd"] != 1 || names["rec-b Beta Ltd"] != 1 || names["rec-c Common Ltd"] != 1 {
		t.Errorf("companies %+v, want Alpha, Beta and Common once each", reg.Companies)
	}
	if len(reg.Ownership) != 1 || reg.Ownership[0].OwnedID != "rec-b" || reg.Ownership[0].OwnerID != "rec-p" {
		t.Errorf("ownership %+v, want Ann Owner -> Beta Ltd", reg.Ownership)
	}
	// s-2 is the same statement in both files (spaced differently): no
	// problem. s-1 is two statements.
	if len(reg.Problems) != 1 {
		t.Fatalf("problems %v, want one: s-1 reused", reg.Problems)
	}
	p := reg.Problems[0]
	if p.Origin.File != b || p.Origin.Row != 1 || p.Origin.Column != "statementId" ||
		!strings.Contains(p.Reason, `"s-1"`) || !strings.Contains(p.Reason, a+", sheet statements, row 1") || !strings.Contains(p.Reason, `record "rec-b"`) {
		t.Errorf("problem %s, want at b.json row 1 naming a.json row 1 and record rec-b", p)
	}

	// 0.3: the statement id is the record's id.
	c := filepath.Join(dir, "c.json")
	d := filepath.Join(dir, "d.json")
	writeFile(t, c, `[{"statementID": "e-1", "statementType": "entityStatement", "entityType": "registeredEntity", "name": "Gamma Ltd"}]`)
	writeFile(t, d, `[{"statementID": "e-1", "statementType": "entityStatement", "entityType": "registeredEntity", "name": "Delta Ltd"}]`)
	reg, err = Load([]string{c, d}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Companies) != 1 || reg.Companies[0].Name != "Gamma Ltd" {
		t.Errorf("companies %+v, want Gamma Ltd only", reg.Companies)
	}
	if len(reg.Problems) != 1 || reg.Problems[0].Origin.File != d || reg.Problems[0].Origin.Column != "statementID" ||
		!strings.Contains(reg.Problems[0].Reason, c) || !strings.Contains(reg.Problems[0].Reason, "not loaded") {
		t.Errorf("problems %v, want one at d.json naming c.json", reg.Problems)
	}
}

// TestBODSExamplesSharingStatementID: two BODS 0.4 examples reuse one
// statementId for different entities; together every reference resolves.
func TestBODSExamplesSharingStatementID(t *testing.T) {
	dir := sharedData(t, "ownership", "bods", "v0.4")
	joint, pkg := filepath.Join(dir, "joint-ownership.json"), filepath.Join(dir, "bods-package.json")
	reg, err := Load([]string{joint, pkg}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 1 || reg.Problems[0].Origin.File != pkg || !strings.Contains(reg.Problems[0].Reason, joint) {
		t.Errorf("problems %v, want only the reused statement id, naming both files", reg.Problems)
	}
	if n := len(edges(reg, "Jennifer Hewitson-Smith", "Profitech Ltd", false)); n == 0 {
		t.Errorf("Profitech Ltd's owner is lost: ownership %+v", reg.Ownership)
	}
}

// TestJSONNotBODS: a JSON file without any BODS statement is not a
// registry, and the error says what it looks like (PSC records after a
// first value that is not one are not read as a PSC snapshot, see
// TestPSCRefused); BODS as JSON Lines loads.
func TestJSONNotBODS(t *testing.T) {
	dir := t.TempDir()
	for _, tt := range []struct{ name, body, want string }{
		{"mids.json", `{"201": ["AL", "ALB", "", "Albania"], "202": ["AD", "AND", "", "Andorra"]}`,
			`mids.json: not a registry: JSON, but not BODS (its one value holds no statementType, recordType or statementID): it holds one object, of 2 keys: "201", "202"`},
		{"psc.json", `[{"CompanyName": "! LTD"}, {"company_number": "08209948", "data": {"kind": "individual-person-with-significant-control", "name": "Mr A"}},
			{"data": {"kind": "totals#persons-of-significant-control-snapshot"}}]`,
			"psc.json: not a registry: JSON, but not BODS (none of its 3 values holds a statementType, recordType or statementID): it holds UK Companies House PSC records"},
		{"co.json", `[{"CompanyName": "! LTD", "CompanyNumber": "08209948", "A": 1, "B": 2, "C": 3, "D": 4}]`,
			`co.json: not a registry: JSON, but not BODS (its one value holds no statementType, recordType or statementID): an array of 1; the first is an object with keys "CompanyName", "CompanyNumber", "A", "B", "C", ...`},
		{"nums.json", `[1, 2, 3]`, "none of its 3 values holds a statementType, recordType or statementID): an array of 3; the first is a number"},
		{"broken.json", "[{\"statementID\": \"x\"},\n{]", "not BODS JSON (an array of statements, or one statement a line): line 2:"},
	} {
		path := filepath.Join(dir, tt.name)
		writeFile(t, path, tt.body)
		if _, err := Load([]string{path}, Options{}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
	lines := filepath.Join(dir, "lines.json")
	writeFile(t, lines, `{"statementID": "e-1", "statementType": "entityStatement", "entityType": "registeredEntity", "name": "Gamma Ltd"}
{"statementID": "p-1", "statementType": "personStatement", "personType": "knownPerson", "names": [{"fullName": "Ann Owner"}]}
{"statementID": "o-1", "statementType": "ownershipOrControlStatement", "subject": {"describedByEntityStatement": "e-1"},
 "interestedParty": {"describedByPersonStatement": "p-1"}, "interests": [{"type": "shareholding", "share": {"exact": 60}}]}
`)
	reg, err := Load([]string{lines}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 || len(edges(reg, "Ann Owner", "Gamma Ltd", false)) != 1 || reg.Files[0].Rows != 3 {
		t.Errorf("JSON Lines: problems %v, ownership %+v, files %+v", reg.Problems, reg.Ownership, reg.Files)
	}
}

// TestBODSEndedInterests: an interest with an end date is no ownership row
// but an ended one, with its end date. (TestBODSClosedRecords: those of a
// closed record.)
func TestBODSEndedInterests(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ended.json")
	writeFile(t, path, `[
{"statementId": "s-1", "recordId": "c-1", "recordType": "entity", "recordDetails": {"entityType": {"type": "registeredEntity"}, "name": "Gamma Ltd"}},
{"statementId": "s-2", "recordId": "p-1", "recordType": "person", "recordDetails": {"personType": "knownPerson", "names": [{"fullName": "Ann Owner"}]}},
{"statementId": "s-3", "recordId": "r-1", "recordType": "relationship", "recordDetails": {"subject": "c-1", "interestedParty": "p-1",
 "interests": [{"type": "shareholding", "share": {"exact": 60}}, {"type": "votingRights", "share": {"exact": 60}, "endDate": "2020-01-31"}]}}]`)
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 || len(reg.Ownership) != 1 || reg.Ownership[0].Interest != "shareholding" {
		t.Errorf("problems %v, ownership %+v, want the shareholding alone", reg.Problems, reg.Ownership)
	}
	if len(reg.Ended) != 1 || reg.Ended[0].Interest != "votingRights" || reg.Ended[0].EndedOn.Format("2006-01-02") != "2020-01-31" ||
		reg.Ended[0].OwnerID != "p-1" || reg.Ended[0].Origin.Column != "recordDetails.interests[1]" {
		t.Errorf("ended = %+v, want the voting rights that ended on 2020-01-31", reg.Ended)
	}
}

// TestBODSClosedRecords: a relationship record closed by its latest 0.4
// statement has ended: its interests are ended ones (at their end date, else
// the closing statement's date), and the closed person it names still loads,
// so that the former owner is known; a closed person no ended interest names
// does not load, nor a closed declaration about an unspecified party.
func TestBODSClosedRecords(t *testing.T) {
	path := filepath.Join(t.TempDir(), "closed.json")
	writeFile(t, path, `[
{"statementId": "s-1", "recordId": "c-1", "recordType": "entity", "recordDetails": {"entityType": {"type": "registeredEntity"}, "name": "Gamma Ltd"}},
{"statementId": "s-2", "recordId": "p-1", "recordType": "person", "recordDetails": {"personType": "knownPerson", "names": [{"fullName": "Ann Owner"}]}},
{"statementId": "s-3", "recordId": "r-1", "recordType": "relationship", "recordDetails": {"subject": "c-1", "interestedParty": "p-1",
 "interests": [{"type": "shareholding", "share": {"exact": 60}}, {"type": "boardMember"}]}},
{"statementId": "s-4", "recordId": "p-1", "recordStatus": "closed", "recordType": "person", "recordDetails": {"personType": "knownPerson", "names": [{"fullName": "Ann Owner"}]}},
{"statementId": "s-5", "recordId": "r-1", "recordStatus": "closed", "statementDate": "2021-09-11T14:02:11Z", "recordType": "relationship", "recordDetails": {"subject": "c-1", "interestedParty": "p-1",
 "interests": [{"type": "shareholding", "share": {"exact": 60}, "endDate": "2021-04-03"}, {"type": "boardMember"}]}},
{"statementId": "s-6", "recordId": "p-2", "recordStatus": "closed", "recordType": "person", "recordDetails": {"personType": "knownPerson", "names": [{"fullName": "Nobody Here"}]}},
{"statementId": "s-7", "recordId": "r-2", "recordStatus": "closed", "recordType": "relationship", "recordDetails": {"subject": "c-1", "interestedParty": {"reason": "noBeneficialOwners"}}}]`)
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 || len(reg.Ownership) != 0 {
		t.Errorf("problems %v, ownership %+v, want none", reg.Problems, reg.Ownership)
	}
	var got []string
	for _, o := range reg.Ended {
		got = append(got, fmt.Sprintf("%s %s %s %s %s", o.OwnerID, o.OwnedID, o.Interest, o.EndedOn.Format("2006-01-02"), o.Origin.Column))
	}
	want := []string{"p-1 c-1 shareholding 2021-04-03 recordDetails.interests[0]", "p-1 c-1 boardMember 2021-09-11 recordDetails.interests[1]"}
	if !slices.Equal(got, want) {
		t.Errorf("ended %q, want %q", got, want)
	}
	if len(reg.People) != 1 || reg.People[0].Name != "Ann Owner" || reg.People[0].Origin.Row != 4 {
		t.Errorf("people %+v, want Ann Owner from her closing statement (row 4)", reg.People)
	}
	if len(reg.Companies) != 1 || reg.Companies[0].NoOwners != nil {
		t.Errorf("companies %+v, want Gamma Ltd without a declaration", reg.Companies)
	}
}

// TestBODSClosedFermcat: in the standard's fermcat.json, two people held
// Fermcat Ltd in turn, each record closed when the holding ended.
func TestBODSClosedFermcat(t *testing.T) {
	path := filepath.Join(sharedData(t, "ownership", "bods"), "v0.4", "fermcat.json")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	names := map[string]string{}
	for _, p := range reg.People {
		names[p.ID] = p.Name
	}
	var got []string
	for _, o := range reg.Ended {
		got = append(got, fmt.Sprintf("%s %s %s row %d", names[o.OwnerID], o.Interest, o.EndedOn.Format("2006-01-02"), o.Origin.Row))
	}
	want := []string{"Riyadh Byrne-Amin shareholding 2021-04-03 row 13", "Riyadh Byrne-Amin boardMember 2021-04-03 row 13",
		"Declan Byrne-Amin shareholding 2022-01-21 row 23"}
	if !slices.Equal(got, want) {
		t.Errorf("ended %q, want %q", got, want)
	}
	if len(reg.Problems) != 0 {
		t.Errorf("problems %v", reg.Problems)
	}
}

// TestBODSPersonJoinByName: person statements without an identifier, of
// one name and birth date giving the month (a year alone joins nothing),
// are one person only with a second detail: an address in common (a postal
// code given apart agrees with one written in the address), or interests
// in one company stated in two files. Else, or when their nationalities
// differ, they are apart and each the other's Possible, with why not. A
// joined person keeps why (SameAs), and a sheet naming the second
// statement names the person.
func TestBODSPersonJoinByName(t *testing.T) {
	person := func(id, name, born, nationality, addresses string) string {
		return fmt.Sprintf(`{"statementID": %q, "statementType": "personStatement", "personType": "knownPerson", "names": [{"fullName": %q}], "birthDate": %q, "nationalities": [{"code": %q}], "addresses": [%s]}`,
			id, name, born, nationality, addresses)
	}
	const (
		harbour  = `{"type": "residence", "address": "12 Harbour Street, Brno", "postCode": "602 00"}`
		harbour2 = `{"type": "service", "address": "12 HARBOUR STREET, BRNO 60200"}`
		quay     = `{"type": "residence", "address": "40 Quay Road, Praha", "postCode": "110 00"}`
	)
	holds := func(id, party string) string {
		return fmt.Sprintf(`{"statementID": %q, "statementType": "ownershipOrControlStatement", "subject": {"describedByEntityStatement": "c-1"}, "interestedParty": {"describedByPersonStatement": %q}, "interests": [{"type": "shareholding", "share": {"exact": 15}}]}`, id, party)
	}
	company := `{"statementID": "c-1", "statementType": "entityStatement", "entityType": "registeredEntity", "name": "Vltava Shipping", "identifiers": [{"scheme": "CZ-ICO", "id": "123"}]}`
	for _, tt := range []struct {
		name   string
		a, b   string // the statements of a.json and b.json
		joined string // what the join's why says; "" when not joined
		notWhy string // what each Possible says when not joined; "" when there is none
	}{
		{"year only", person("p-1", "Jan Novak", "1961", "CZ", harbour), person("p-2", "JAN NOVAK", "1961", "CZ", harbour), "", ""},
		{"month, same address", person("p-1", "Jan Novak", "1961-05", "CZ", harbour), person("p-2", "JAN NOVAK", "1961-05", "CZ", harbour2),
			"address 12 Harbour Street, Brno, 602 00 (statement p-1; p-2: 12 HARBOUR STREET, BRNO 60200)", ""},
		{"day, same address", person("p-1", "Jan Novak", "1961-05-17", "CZ", harbour), person("p-2", "JAN NOVAK", "1961-05-17", "", harbour),
			"same name and date of birth (Jan Novak, 1961-05-17), nationality CZ, no identifier, and address", ""},
		{"month, other address", person("p-1", "Jan Novak", "1961-05", "CZ", harbour), person("p-2", "JAN NOVAK", "1961-05", "CZ", quay), "",
			"no identifier, address or company in common (p-1: 12 Harbour Street, Brno, 602 00; this statement: 40 Quay Road, Praha, 110 00)"},
		{"month, no address", person("p-1", "Jan Novak", "1961-05", "CZ", ""), person("p-2", "JAN NOVAK", "1961-05", "CZ", ""), "",
			"no identifier, address or company in common (p-1: no address given; this statement: no address given)"},
		{"same address, other nationality", person("p-1", "Jan Novak", "1961-05", "CZ", harbour), person("p-2", "JAN NOVAK", "1961-05", "SK", harbour), "",
			"not joined: nationalities CZ and SK among statements linked to each other"},
		{"one company in two files", company + ",\n" + person("p-1", "Jan Novak", "1961-05", "CZ", harbour) + ",\n" + holds("r-1", "p-1"),
			company + ",\n" + person("p-2", "JAN NOVAK", "1961-05", "CZ", quay) + ",\n" + holds("r-2", "p-2"),
			"interests in Vltava Shipping (c-1) stated in", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			a, b, wallets := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json"), filepath.Join(dir, "wallets.csv")
			writeFile(t, a, "["+tt.a+"]")
			writeFile(t, b, "["+tt.b+"]")
			writeFile(t, wallets, "address,holder_id\n0x8c9b5fa685bece213b83d16a8cabf8d33a3ba789,p-2\n")
			reg, err := Load([]string{a, b, wallets}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(reg.Problems) != 0 {
				t.Errorf("problems: %v", problemSet(reg))
			}
			if tt.joined == "" {
				if len(reg.People) != 2 || reg.Wallets[0].HolderID != "p-2" {
					t.Fatalf("people %+v, wallet holder %s: want two people and the wallet p-2's", reg.People, reg.Wallets[0].HolderID)
				}
				for i, p := range reg.People {
					other := reg.People[1-i]
					switch {
					case p.SameAs != nil:
						t.Errorf("%s has joined records: %+v", p.ID, p.SameAs)
					case tt.notWhy == "" && p.Possible != nil:
						t.Errorf("%s has possible doubles: %+v", p.ID, p.Possible)
					case tt.notWhy == "":
					case p.Possible == nil || len(p.Possible.Records) != 1:
						t.Errorf("%s: possible doubles %+v, want %s", p.ID, p.Possible, other.ID)
					case p.Possible.Records[0].PersonID != other.ID || p.Possible.Records[0].Origin != other.Origin ||
						!strings.HasPrefix(p.Possible.Records[0].Why, "same name and date of birth (") || (i == 0 && !strings.Contains(p.Possible.Records[0].Why, tt.notWhy)):
						t.Errorf("%s's possible double: %+v, want %s at %s saying %q", p.ID, p.Possible.Records[0], other.ID, other.Origin, tt.notWhy)
					}
				}
				return
			}
			if len(reg.People) != 1 {
				t.Fatalf("%d people, want one: %+v", len(reg.People), reg.People)
			}
			p := reg.People[0]
			if p.ID != "p-1" || p.SameAs == nil || len(p.SameAs.Records) != 1 || p.SameAs.Records[0].File != b || p.Nationality != "CZ" || p.Possible != nil ||
				!strings.Contains(p.SameAs.Why, tt.joined) {
				t.Errorf("person %+v, SameAs %+v: want p-1 with b.json's statement and why %q", p, p.SameAs, tt.joined)
			}
			if reg.Wallets[0].HolderID != "p-1" {
				t.Errorf("the wallet sheet's p-2 is %q, want the joined person p-1", reg.Wallets[0].HolderID)
			}
			for _, o := range reg.Ownership {
				if o.OwnerID != "p-1" {
					t.Errorf("an ownership row of %s: %+v", o.OwnerID, o)
				}
			}
		})
	}
}

// TestBODSBusyAddress: an address given by people of 10 names and birth
// dates or more (an agent's) joins no one: two Jan Novaks there, both
// Czech, stay apart, each the other's Possible saying why; with 9 names
// there (a shared office), they are one person.
func TestBODSBusyAddress(t *testing.T) {
	for _, names := range []int{9, 10} {
		var st []string
		add := func(id, name, nationality string) {
			st = append(st, fmt.Sprintf(`{"statementID": %q, "statementType": "personStatement", "personType": "knownPerson", "names": [{"fullName": %q}], "birthDate": "1961-05", "nationalities": [{"code": %q}], "addresses": [{"address": "1 Agent Row, Douglas IM1 1AA"}]}`, id, name, nationality))
		}
		add("p-1", "Jan Novak", "CZ")
		add("p-2", "Jan Novak", "CZ")
		for i := 0; i < names-1; i++ {
			add(fmt.Sprintf("o-%d", i), fmt.Sprintf("Other Person %c", 'A'+i), "")
		}
		path := filepath.Join(t.TempDir(), "a.json")
		writeFile(t, path, "["+strings.Join(st, ",\n")+"]")
		reg, err := Load([]string{path}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var novaks []Person
		for _, p := range reg.People {
			if p.Name == "Jan Novak" {
				novaks = append(novaks, p)
			}
		}
		switch {
		case names < busyAddress && (len(novaks) != 1 || novaks[0].SameAs == nil):
			t.Errorf("%d names at the address: Jan Novak %+v, want one person", names, novaks)
		case names >= busyAddress && len(novaks) != 2:
			t.Errorf("%d names at the address: Jan Novak %+v, want two people", names, novaks)
		case names >= busyAddress:
			for _, p := range novaks {
				if p.SameAs != nil || p.Possible == nil || len(p.Possible.Records) != 1 || !strings.Contains(p.Possible.Records[0].Why, "is given by people of 10 names and dates of birth or more") {
					t.Errorf("%s: SameAs %+v, Possible %+v, want the other as possible, the address busy", p.ID, p.SameAs, p.Possible)
				}
			}
		}
	}
}

// TestBODSSharedAddress: two Jan Novaks without an identifier at an
// address two people of other names give too (a shared office) are one
// person only when their nationalities do not differ and they give one
// alike, or give their birth date to the day; else they stay apart, each
// the other's Possible saying why. At an address of their own the address
// alone still joins them.
func TestBODSSharedAddress(t *testing.T) {
	for _, c := range []struct {
		name         string
		born, na, nb string
		private      bool
		why          string // "" when joined
	}{
		{"same nationality", "1961-05", "CZ", "CZ", false, ""},
		{"birth date to the day", "1961-05-17", "", "", false, ""},
		{"no more given", "1961-05", "", "CZ", false, "no nationality or date of birth to the day given by both alike"},
		{"other nationality", "1961-05", "CZ", "SK", false, "nationality CZ and SK"},
		{"no more given, own address", "1961-05", "", "", true, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			person := func(id, name, born, nationality string) string {
				n := ""
				if nationality != "" {
					n = fmt.Sprintf(`"nationalities": [{"code": %q}], `, nationality)
				}
				return fmt.Sprintf(`{"statementID": %q, "statementType": "personStatement", "personType": "knownPerson", "names": [{"fullName": %q}], "birthDate": %q, %s"addresses": [{"address": "Suite 4, 7 Mill Yard, Brno", "postCode": "602 00"}]}`, id, name, born, n)
			}
			st := []string{person("p-1", "Jan Novak", c.born, c.na), person("p-2", "JAN NOVAK", c.born, c.nb)}
			if !c.private {
				st = append(st, person("o-1", "Eva Dvorak", "1970-01", "CZ"), person("o-2", "Petr Svoboda", "1980-02", "CZ"))
			}
			path := filepath.Join(t.TempDir(), "a.json")
			writeFile(t, path, "["+strings.Join(st, ",\n")+"]")
			reg, err := Load([]string{path}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			var novaks []Person
			for _, p := range reg.People {
				if strings.EqualFold(p.Name, "Jan Novak") {
					novaks = append(novaks, p)
				}
			}
			if c.why == "" {
				if len(novaks) != 1 || novaks[0].SameAs == nil || novaks[0].Possible != nil {
					t.Fatalf("Jan Novak is %+v, want one person", novaks)
				}
				if shared := strings.Contains(novaks[0].SameAs.Why, "given by people of 2 other names or dates of birth too"); shared == c.private {
					t.Errorf("why %q says the address is shared: %v, want %v", novaks[0].SameAs.Why, shared, !c.private)
				}
				return
			}
			want := "not joined: their address in common, Suite 4, 7 Mill Yard, Brno, 602 00, is given by people of 2 other names or dates of birth too (a shared office), and " + c.why
			if len(novaks) != 2 {
				t.Fatalf("Jan Novak is %+v, want two people", novaks)
			}
			if p := novaks[0]; p.SameAs != nil || p.Possible == nil || len(p.Possible.Records) != 1 || p.Possible.Records[0].PersonID != "p-2" ||
				!strings.HasSuffix(p.Possible.Records[0].Why, want) {
				t.Errorf("p-1: SameAs %+v, Possible %+v, want p-2 as possible saying %q", p.SameAs, p.Possible, want)
			}
			if p := novaks[1]; p.Possible == nil || len(p.Possible.Records) != 1 || p.Possible.Records[0].PersonID != "p-1" {
				t.Errorf("p-2: Possible %+v, want p-1", p.Possible)
			}
		})
	}
}
