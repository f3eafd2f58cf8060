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

// TestBODSPersonJoinByName: person statements without an identifier are
// one person by name, date of birth and nationality only when the date
// gives the month (a year alone would join strangers); the join is kept
// with why (SameAs), and a sheet naming the second statement names the
// person.
func TestBODSPersonJoinByName(t *testing.T) {
	person := func(id, name, born string) string {
		return fmt.Sprintf(`{"statementID": %q, "statementType": "personStatement", "personType": "knownPerson", "names": [{"fullName": %q}], "birthDate": %q, "nationalities": [{"code": "CZ"}]}`, id, name, born)
	}
	for _, tt := range []struct {
		born   string
		joined bool
	}{{"1961", false}, {"1961-05", true}, {"1961-05-17", true}} {
		t.Run(tt.born, func(t *testing.T) {
			dir := t.TempDir()
			a, b, wallets := filepath.Join(dir, "a.json"), filepath.Join(dir, "b.json"), filepath.Join(dir, "wallets.csv")
			writeFile(t, a, "["+person("p-1", "Jan Novak", tt.born)+"]")
			writeFile(t, b, "["+person("p-2", "JAN NOVAK", tt.born)+"]")
			writeFile(t, wallets, "address,holder_id\n0x8c9b5fa685bece213b83d16a8cabf8d33a3ba789,p-2\n")
			reg, err := Load([]string{a, b, wallets}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(reg.Problems) != 0 {
				t.Errorf("problems: %v", problemSet(reg))
			}
			if !tt.joined {
				if len(reg.People) != 2 || reg.Wallets[0].HolderID != "p-2" {
					t.Errorf("born %s: people %+v, wallet holder %s: want two people and the wallet p-2's", tt.born, reg.People, reg.Wallets[0].HolderID)
				}
				return
			}
			if len(reg.People) != 1 {
				t.Fatalf("born %s: %d people, want one", tt.born, len(reg.People))
			}
			p := reg.People[0]
			if p.ID != "p-1" || p.SameAs == nil || len(p.SameAs.Records) != 1 || p.SameAs.Records[0].File != b ||
				!strings.Contains(p.SameAs.Why, "same name, date of birth and nationality (Jan Novak, "+tt.born+", CZ)") {
				t.Errorf("person %+v, SameAs %+v: want p-1 with b.json's statement and why", p, p.SameAs)
			}
			if reg.Wallets[0].HolderID != "p-1" {
				t.Errorf("the wallet sheet's p-2 is %q, want the joined person p-1", reg.Wallets[0].HolderID)
			}
		})
	}
}
