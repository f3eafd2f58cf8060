package registry_test

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
)

// samePersonFixture is testdata/psc-same-person.jsonl (see testdata/README.md).
const samePersonFixture = "testdata/psc-same-person.jsonl"

// fixtureLines reads the fixture's lines (line i+1 is lines[i]).
func fixtureLines(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile(samePersonFixture)
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
}

// writeLines writes lines as a JSON Lines file in a temporary directory.
func writeLines(t *testing.T, name string, lines []string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func loadPSC(t *testing.T, files ...string) *registry.Registry {
	t.Helper()
	reg, err := registry.Load(files, registry.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 {
		t.Fatalf("%v: problems %v", files, reg.Problems)
	}
	return reg
}

// peopleNamed lists the people whose name, title and case aside, ends with
// surname.
func peopleNamed(reg *registry.Registry, surname string) []registry.Person {
	var out []registry.Person
	for _, p := range reg.People {
		if strings.HasSuffix(strings.ToLower(p.Name), strings.ToLower(surname)) {
			out = append(out, p)
		}
	}
	return out
}

// TestPSCSamePerson: the two records of Marc Anthony Feldman (lines 3 and 4,
// written with and without title, nationality given once, one service
// address written two ways) are one person, cited at both lines with why,
// who owns both his companies; Tom Brown's ceased and later record of one
// company (lines 12-13) are one person too; none of the near misses is
// joined.
func TestPSCSamePerson(t *testing.T) {
	reg := loadPSC(t, samePersonFixture)
	lines := fixtureLines(t)
	individuals, secure := 0, 0
	for _, l := range lines {
		individuals += strings.Count(l, `"kind":"individual-person-with-significant-control"`)
		secure += strings.Count(l, `"kind":"super-secure-person-with-significant-control"`)
	}
	if got, want := len(reg.People), individuals+secure-2; got != want {
		t.Errorf("%d people, want %d: the %d individuals and %d super-secure PSCs with Feldman's and Brown's two records each as one", got, want, individuals, secure)
	}
	feldman := peopleNamed(reg, "Feldman")
	if len(feldman) != 1 {
		t.Fatalf("Feldman is %d people, want 1: %+v", len(feldman), feldman)
	}
	p := feldman[0]
	if p.ID != "10000002/psc/feldmanB" || p.Origin.Row != 3 || p.Name != "Mr Marc Anthony Feldman" || p.BirthDate != "1961-12" || p.Nationality != "GB" {
		t.Errorf("Feldman is %+v, want the first record's id, origin and name", p)
	}
	if p.SameAs == nil || len(p.SameAs.Records) != 1 || p.SameAs.Records[0].Row != 4 || p.SameAs.Records[0].File != samePersonFixture {
		t.Fatalf("Feldman's other records %+v, want line 4", p.SameAs)
	}
	want := "same name and month of birth (MARC ANTHONY FELDMAN, 1961-12), service address 12, Harbour Street, HU2 8BB (companies 10000002, 10000003), nationality GB, residence GB: 2 records taken as one person: " +
		samePersonFixture + ", row 3; " + samePersonFixture + ", row 4"
	if got := p.SameAsText(); got != want {
		t.Errorf("Feldman's records are cited as\n%s\nwant\n%s", got, want)
	}
	if p.Possible != nil {
		t.Errorf("Feldman has possible doubles %+v: no other record of his name and month", *p.Possible)
	}
	owned := map[string]int{}
	for _, o := range reg.Ownership {
		if strings.Contains(o.OwnerID, "feldmanC") {
			t.Errorf("ownership %+v names the joined record's id", o)
		}
		if o.OwnerID == p.ID {
			owned[o.OwnedID] = o.Origin.Row
		}
	}
	if owned["10000002"] != 3 || owned["10000003"] != 4 || len(owned) != 2 {
		t.Errorf("Feldman owns %v (company: line cited), want 10000002 from line 3 and 10000003 from line 4", owned)
	}
	for _, p := range reg.People {
		if p.SameAs != nil && p.ID != feldman[0].ID && p.ID != "10000011/psc/brownK2" {
			t.Errorf("%s (%s) was joined with %+v", p.Name, p.ID, *p.SameAs)
		}
	}
	// The near misses: each record its own person, but for Brown's
	// re-notified records in one company.
	for _, n := range []struct {
		surname string
		joined  int
		why     string
	}{
		{"Smith", 0, "born 1970-05 and 1970-06"},
		{"Kowalska", 0, "Anna Maria and Anna"},
		{"Li", 0, "Chinese, Singaporean and not said, at one address"},
		{"Brown", 1, "re-notified in 10000011, and another address in 10000012"},
		{"Gray", 0, "no month of birth"},
		{"Jones", 0, "two addresses"},
		{"Clark", 0, "two current records of company 10000019"},
	} {
		records := 0
		for _, l := range lines {
			if strings.Contains(l, `"surname":"`+n.surname+`"`) {
				records++
			}
		}
		if got := len(peopleNamed(reg, n.surname)); got != records-n.joined || records < 2 {
			t.Errorf("%s: %d people of %d records, want %d (%s)", n.surname, got, records, records-n.joined, n.why)
		}
	}
}

// TestPSCRenotified: Tom Brown's ceased record (line 12) and his later one
// (line 13) in company 10000011 are one person, known by the current
// record, whose only holding is the current record's 25-50%; the ceased
// interest is his former one, cited at its line. His record of company
// 10000012 (line 14, another service address) is possibly him, not joined.
func TestPSCRenotified(t *testing.T) {
	reg := loadPSC(t, samePersonFixture)
	var brown *registry.Person
	for i, p := range reg.People {
		if p.ID == "10000011/psc/brownK2" {
			brown = &reg.People[i]
		}
	}
	if brown == nil {
		t.Fatalf("no person 10000011/psc/brownK2: %+v", peopleNamed(reg, "Brown"))
	}
	if brown.Origin.Row != 13 || brown.SameAs == nil || len(brown.SameAs.Records) != 1 || brown.SameAs.Records[0].Row != 12 {
		t.Fatalf("Brown is %+v (SameAs %+v), want line 13 with line 12 joined", brown, brown.SameAs)
	}
	if want := "same name and month of birth (TOM BROWN, 1965-02), 2 records of company 10000011 of which 1 current (re-notified), nationality GB, residence GB"; brown.SameAs.Why != want {
		t.Errorf("why %q, want %q", brown.SameAs.Why, want)
	}
	var holds, held []int
	for _, o := range reg.Ownership {
		if strings.Contains(o.OwnerID, "brownK1") {
			t.Errorf("ownership %+v names the joined record's id", o)
		}
		if o.OwnerID == brown.ID {
			holds = append(holds, o.Origin.Row)
		}
	}
	for _, o := range reg.Ended {
		if o.OwnerID == brown.ID && o.OwnedID == "10000011" {
			held = append(held, o.Origin.Row)
		}
	}
	if fmt.Sprint(holds) != "[13]" || fmt.Sprint(held) != "[12]" {
		t.Errorf("Brown holds from lines %v and held from lines %v, want [13] and [12] (the ceased record)", holds, held)
	}
	if brown.Possible == nil || len(brown.Possible.Records) != 1 || brown.Possible.Records[0].PersonID != "10000012/psc/brownL" ||
		!strings.Contains(brown.Possible.Records[0].Why, "no service address in common") {
		t.Errorf("Brown's possible doubles %+v, want 10000012/psc/brownL at another address", brown.Possible)
	}
}

// TestPSCPossiblySamePerson: records of one name and month of birth that are
// not joined each cite the others as possibly the same person, with why
// not: another service address (Jones, lines 19-20), two current records of
// one company (Clark, 21-22), nationalities that differ among records of
// one address (Li, 9-11). A record of another month (Smith) is none.
func TestPSCPossiblySamePerson(t *testing.T) {
	reg := loadPSC(t, samePersonFixture)
	for _, c := range []struct {
		surname string
		rows    []int
		why     string
	}{
		{"Jones", []int{19, 20}, "no service address in common (10000017/psc/jonesQ: 10 Park Row, LS1 5HD; this record: 55 High Street, BA1 5AW)"},
		{"Clark", []int{21, 22}, "not joined: both current PSCs of company 10000019"},
		{"Li", []int{9, 10, 11}, "not joined: nationalities CN and SG among records linked to each other"},
		{"Smith", nil, ""},
	} {
		people := peopleNamed(reg, c.surname)
		for _, p := range people {
			if p.SameAs != nil {
				t.Errorf("%s joined: %+v", p.ID, *p.SameAs)
			}
			if c.rows == nil {
				if p.Possible != nil {
					t.Errorf("%s: possible doubles %+v, want none (born another month)", p.ID, *p.Possible)
				}
				continue
			}
			if p.Possible == nil {
				t.Errorf("%s (line %d): no possible doubles, want lines %v but its own", p.ID, p.Origin.Row, c.rows)
				continue
			}
			var rows []int
			for _, r := range p.Possible.Records {
				rows = append(rows, r.Origin.Row)
				if !strings.HasPrefix(r.Why, "same name and month of birth") || !strings.Contains(r.Why, "not joined") {
					t.Errorf("%s: why %q", p.ID, r.Why)
				}
				if r.PersonID == p.ID || r.Origin.File != samePersonFixture {
					t.Errorf("%s: possible double %+v", p.ID, r)
				}
			}
			for _, r := range c.rows {
				if r != p.Origin.Row && !slices.Contains(rows, r) {
					t.Errorf("%s (line %d) cites lines %v as possible, want %v but its own", p.ID, p.Origin.Row, rows, c.rows)
				}
			}
			if len(rows) != len(c.rows)-1 || p.Possible.More != 0 {
				t.Errorf("%s: %d possible (%d more), want %d", p.ID, len(rows), p.Possible.More, len(c.rows)-1)
			}
		}
		if c.rows != nil {
			first := people[0].Possible
			if first == nil || !strings.Contains(first.Records[0].Why, c.why) {
				t.Errorf("%s: first person's possible doubles %+v, want why containing %q", c.surname, first, c.why)
			}
		}
	}
}

// TestPSCBusyAddress: Jane Doe's records of two companies at one service
// address are one person while individuals of 9 names and months give that
// address; with a tenth, it is an agent's or a shared office's and links
// nothing: the records stay apart, each possibly the other, saying why.
func TestPSCBusyAddress(t *testing.T) {
	line := fixtureLines(t)[18] // David Jones, 10000017, 10 Park Row, LS1 5HD
	person := func(company, fore string, month int) string {
		l := strings.ReplaceAll(line, "10000017", company)
		l = strings.ReplaceAll(l, "David", fore)
		return strings.Replace(l, `"month":3,`, fmt.Sprintf(`"month":%d,`, month), 1)
	}
	doe := func(company string) string {
		return strings.ReplaceAll(strings.ReplaceAll(person(company, "Jane", 3), "Jones", "Doe"), "jonesQ", "doe")
	}
	for _, c := range []struct {
		others int
		people int
	}{{8, 1}, {9, 2}} {
		lines := []string{doe("40000001"), doe("40000002")}
		for i := range c.others { // other names and months at the address
			lines = append(lines, person(fmt.Sprintf("4100%04d", i), fmt.Sprintf("Other%c", 'A'+i), 1+i))
		}
		reg := loadPSC(t, writeLines(t, "busy.jsonl", lines))
		does := peopleNamed(reg, "Doe")
		if len(does) != c.people {
			t.Fatalf("%d other names at the address: Jane Doe is %d people, want %d", c.others, len(does), c.people)
		}
		if c.people == 1 {
			if does[0].SameAs == nil || does[0].Possible != nil {
				t.Errorf("%d other names: %+v, want joined at the address", c.others, does[0])
			}
			continue
		}
		for _, p := range does {
			if p.SameAs != nil || p.Possible == nil || len(p.Possible.Records) != 1 ||
				!strings.Contains(p.Possible.Records[0].Why, "10 Park Row, LS1 5HD, is given by individuals of 10 names and months of birth or more") {
				t.Errorf("%d other names: %s %+v possible %+v, want apart, the address said to be busy", c.others, p.ID, p.SameAs, p.Possible)
			}
		}
	}
}

// TestPSCPossibleBounded: a name and month given by many records at as many
// addresses lists maxPossible of them on each person and counts the rest.
func TestPSCPossibleBounded(t *testing.T) {
	line := fixtureLines(t)[18] // David Jones, 10000017
	var lines []string
	for i := range 9 {
		l := strings.ReplaceAll(line, "10000017", fmt.Sprintf("2000%04d", i))
		l = strings.Replace(l, "10 Park Row", fmt.Sprintf("%d Park Row", 100+i), 1)
		lines = append(lines, l)
	}
	reg := loadPSC(t, writeLines(t, "jones.jsonl", lines))
	if len(reg.People) != 9 {
		t.Fatalf("%d people, want 9 (nine addresses)", len(reg.People))
	}
	for _, p := range reg.People {
		if p.Possible == nil || len(p.Possible.Records) != 5 || p.Possible.More != 3 {
			t.Errorf("%s: possible %+v, want 5 listed and 3 more", p.ID, p.Possible)
		}
	}
}

// TestPSCSamePersonLookThrough: joined, Feldman holds 12.5-37.5% of the
// vessel owner 10000001 through each of his companies, 25-75% in all: a
// beneficial owner at 25%, which neither record makes him alone. Born a
// month apart, or at another service address (the fixture's line 4
// changed), the two records stay two people, each undeterminable; at
// another address each is possibly the other.
func TestPSCSamePersonLookThrough(t *testing.T) {
	lines := fixtureLines(t)
	edit := func(old, new string) []string {
		out := append([]string(nil), lines...)
		out[3] = strings.Replace(out[3], old, new, 1)
		if out[3] == lines[3] {
			t.Fatalf("the fixture's line 4 no longer gives %s", old)
		}
		return out
	}
	for _, c := range []struct {
		name      string
		lines     []string
		people    int
		possible  bool
		total     registry.Share
		verdict   ownership.Verdict
		pathsEach int
	}{
		{"one person", lines, 1, false, registry.Share{Low: 0.25, High: 0.75}, ownership.IsOwner, 2},
		{"born a month apart", edit(`"month":12,"year":1961`, `"month":11,"year":1961`), 2, false, registry.Share{Low: 0.125, High: 0.375}, ownership.Undeterminable, 1},
		{"another service address", edit(`"12 HARBOUR STREET"`, `"40 Quay Road"`), 2, true, registry.Share{Low: 0.125, High: 0.375}, ownership.Undeterminable, 1},
	} {
		reg := loadPSC(t, writeLines(t, "psc.jsonl", c.lines))
		g := ownership.FromRegistry(reg)
		target := g.Entity("10000001")
		if target < 0 {
			t.Fatal("no node for 10000001")
		}
		r := g.LookThrough(target, ownership.DefaultOptions())
		people := peopleNamed(reg, "Feldman")
		if len(people) != c.people {
			t.Fatalf("%s: %d people named Feldman, want %d", c.name, len(people), c.people)
		}
		for _, p := range people {
			if got := p.Possible != nil && len(p.Possible.Records) == 1; got != c.possible {
				t.Errorf("%s: %s's possible doubles %+v, want one: %v", c.name, p.ID, p.Possible, c.possible)
			}
			v := g.Entity(p.ID)
			h := r.Of(v)
			if !near(h.Share.Low, c.total.Low) || !near(h.Share.High, c.total.High) {
				t.Errorf("%s: %s holds %+v of 10000001, want %.3f-%.3f", c.name, p.ID, h.Share, c.total.Low, c.total.High)
			}
			if got := ownership.Decide(h.Share, 0.25); got != c.verdict {
				t.Errorf("%s: %s at 25%%: %v, want %v", c.name, p.ID, got, c.verdict)
			}
			paths := 0
			for _, path := range r.Paths {
				if path.Top(g) != v {
					continue
				}
				paths++
				if got := ownership.Decide(path.Share, 0.25); got != ownership.Undeterminable {
					t.Errorf("%s: one path alone (%+v) is %v, want undeterminable: the records reach 25%% only together", c.name, path.Share, got)
				}
			}
			if paths != c.pathsEach {
				t.Errorf("%s: %d paths up to %s, want %d", c.name, paths, p.ID, c.pathsEach)
			}
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }

// TestPSCSamePersonAcrossFiles: records in two files are joined as in one;
// the first read gives the id, and a wallets sheet naming the other
// record's id is read as naming the person.
func TestPSCSamePersonAcrossFiles(t *testing.T) {
	lines := fixtureLines(t)
	second := writeLines(t, "first.jsonl", []string{lines[3], lines[len(lines)-1]})
	rest := append(append([]string(nil), lines[:3]...), lines[4:]...)
	main := writeLines(t, "rest.jsonl", rest)
	wallets := filepath.Join(t.TempDir(), "wallets.csv")
	// One wallet names the other record's id, one its name as written there.
	if err := os.WriteFile(wallets, []byte("address,holder_id\n0x"+strings.Repeat("ab", 20)+",10000002/psc/feldmanB\n0x"+strings.Repeat("cd", 20)+",Mr Marc Anthony Feldman\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	reg := loadPSC(t, second, main, wallets)
	feldman := peopleNamed(reg, "Feldman")
	if len(feldman) != 1 {
		t.Fatalf("Feldman is %d people over two files, want 1", len(feldman))
	}
	p := feldman[0]
	if p.ID != "10000003/psc/feldmanC" || p.Origin.File != second || p.SameAs == nil || len(p.SameAs.Records) != 1 || p.SameAs.Records[0].File != main || p.SameAs.Records[0].Row != 3 {
		t.Errorf("Feldman read first from %s: %+v", second, p)
	}
	if p.Nationality != "GB" {
		t.Errorf("nationality %q: the first record gives none, the other British", p.Nationality)
	}
	for _, w := range reg.Wallets {
		if w.HolderID != p.ID {
			t.Errorf("wallet %s is held by %q, want %q", w.Address, w.HolderID, p.ID)
		}
	}
	if !strings.Contains(p.SameAsText(), fmt.Sprintf("%s, row 1; %s, row 3", second, main)) {
		t.Errorf("cited as %q", p.SameAsText())
	}
}

// TestPSCRealFixturesNotJoined: the real PSC records name five different
// individuals: loaded together, no two are joined, nor possibly the same.
func TestPSCRealFixturesNotJoined(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ownership", "uk-psc")
	files, _ := filepath.Glob(filepath.Join(dir, "psc-data-*.json"))
	if len(files) == 0 {
		t.Skipf("no real PSC records at %s (a clone without ../shared)", dir)
	}
	reg := loadPSC(t, files...)
	for _, p := range reg.People {
		if p.SameAs != nil {
			t.Errorf("%s joined with %+v", p.ID, *p.SameAs)
		}
		if p.Possible != nil {
			t.Errorf("%s possibly the same as %+v", p.ID, *p.Possible)
		}
	}
}

// TestPSCSharedOffice: two records of Mr John Smith born 1980-05, of two
// companies, at Suite 4, 7 Mill Yard, LS2 7AB, which two individuals of
// other names give too (a small shared office, fewer than the 10 names
// of an agent's), are one person only when nothing they both give differs
// (middle name, address line 2, the sex of the title, nationality, country
// of residence) and a nationality or country of residence both give
// agrees; else they stay apart, each possibly the other, saying why. At an
// address no other name gives, the address alone still joins them; and
// at the office, records that differ are never one person through a
// third that differs from neither, while two that differ in nothing are
// through a third that agrees with each.
func TestPSCSharedOffice(t *testing.T) {
	type rec struct{ title, middle, line2, nationality, residence string }
	record := func(company, name string, r rec) string {
		elements := fmt.Sprintf(`"forename":"John","surname":"Smith","title":%q`, r.title)
		if r.middle != "" {
			elements += fmt.Sprintf(`,"middle_name":%q`, r.middle)
		}
		s := fmt.Sprintf(`{"company_number":%q,"data":{"address":{"premises":"Suite 4","address_line_1":"7 Mill Yard","address_line_2":%q,"locality":"Leeds","postal_code":"LS2 7AB","country":"England"},"kind":"individual-person-with-significant-control","links":{"self":"/company/%s/persons-with-significant-control/individual/x%s"},"name":%q,"name_elements":{%s},"natures_of_control":["ownership-of-shares-25-to-50-percent"],"notified_on":"2020-01-15","date_of_birth":{"month":5,"year":1980}`,
			company, r.line2, company, company, r.title+" "+name, elements)
		if r.nationality != "" {
			s += fmt.Sprintf(`,"nationality":%q`, r.nationality)
		}
		if r.residence != "" {
			s += fmt.Sprintf(`,"country_of_residence":%q`, r.residence)
		}
		return s + "}}"
	}
	british := rec{"Mr", "", "", "British", "England"}
	others := []string{
		strings.Replace(strings.Replace(record("50000901", "Ann Other", british), `"month":5`, `"month":7`, 1), "John", "Ann", 1),
		strings.Replace(record("50000902", "Raj Patel", british), "John", "Raj", 1),
	}
	for _, c := range []struct {
		name    string
		a, b    rec
		private bool   // no other name gives the address
		why     string // why not joined; "" when joined
	}{
		{"same details", british, british, false, ""},
		{"one gives no nationality", british, rec{"Mr", "", "", "", "England"}, false, ""},
		{"other nationality", british, rec{"Mr", "", "", "Polish", "England"}, false, "nationality GB and PL"},
		{"other middle name", rec{"Mr", "Paul", "", "British", "England"}, rec{"Mr", "Peter", "", "British", "England"}, false, "middle names Paul and Peter"},
		{"other flat", rec{"Mr", "", "Flat 1", "British", "England"}, rec{"Mr", "", "Flat 2", "British", "England"}, false, "address lines 2 Flat 1 and Flat 2"},
		{"Mr and Mrs", british, rec{"Mrs", "", "", "British", "England"}, false, "titles Mr and Mrs"},
		{"nothing more given", rec{"Mr", "", "", "", ""}, rec{"Mr", "", "", "", ""}, false, "no nationality or country of residence given by both alike"},
		{"nothing more given, own address", rec{"Mr", "", "", "", ""}, rec{"Mr", "", "", "", ""}, true, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			lines := []string{record("50000001", "John Smith", c.a), record("50000002", "John Smith", c.b)}
			if !c.private {
				lines = append(lines, others...)
			}
			reg := loadPSC(t, writeLines(t, "office.jsonl", lines))
			smiths := peopleNamed(reg, "John Smith")
			if c.why == "" {
				if len(smiths) != 1 || smiths[0].SameAs == nil || smiths[0].Possible != nil {
					t.Fatalf("John Smith is %+v, want one person of both records", smiths)
				}
				if shared := strings.Contains(smiths[0].SameAs.Why, "given by individuals of 2 other names or months of birth too"); shared == c.private {
					t.Errorf("why %q: says the address is shared: %v, want %v", smiths[0].SameAs.Why, shared, !c.private)
				}
				return
			}
			if len(smiths) != 2 {
				t.Fatalf("John Smith is %d people, want 2 apart: %+v", len(smiths), smiths)
			}
			for i, p := range smiths {
				want := "not joined: their service address in common, Suite 4, 7 Mill Yard, LS2 7AB, is given by individuals of 2 other names or months of birth too (a shared office), and "
				if i == 0 { // the second's says the same of the first: its own detail first
					want += c.why
				}
				if p.SameAs != nil || p.Possible == nil || len(p.Possible.Records) != 1 || p.Possible.Records[0].PersonID != smiths[1-i].ID ||
					!strings.Contains(p.Possible.Records[0].Why, want) || i == 0 && !strings.HasSuffix(p.Possible.Records[0].Why, want) {
					t.Errorf("%s: SameAs %+v, Possible %+v, want the other as possible saying %q", p.ID, p.SameAs, p.Possible, want)
				}
			}
		})
	}
	t.Run("corroborated through a third", func(t *testing.T) {
		lines := append([]string{
			record("50000001", "John Smith", rec{"Mr", "", "", "", "England"}),
			record("50000002", "John Smith", rec{"Mr", "", "", "British", ""}),
			record("50000003", "John Smith", british),
		}, others...)
		reg := loadPSC(t, writeLines(t, "office.jsonl", lines))
		if smiths := peopleNamed(reg, "John Smith"); len(smiths) != 1 || smiths[0].SameAs == nil || len(smiths[0].SameAs.Records) != 2 {
			t.Fatalf("John Smith is %+v, want one person of the three records: the first two agree on nothing, the third with each", smiths)
		}
	})
	t.Run("never through a third", func(t *testing.T) {
		lines := append([]string{
			record("50000001", "John Smith", rec{"Mr", "Paul", "", "British", "England"}),
			record("50000002", "John Smith", british),
			record("50000003", "John Smith", rec{"Mr", "Peter", "", "British", "England"}),
		}, others...)
		reg := loadPSC(t, writeLines(t, "office.jsonl", lines))
		smiths := peopleNamed(reg, "John Smith")
		if len(smiths) != 2 || smiths[0].SameAs == nil || len(smiths[0].SameAs.Records) != 1 || smiths[1].SameAs != nil || smiths[1].ID != "50000003/psc/x50000003" {
			t.Fatalf("John Smith is %+v, want the first two records one person and the third apart", smiths)
		}
		if p := smiths[1].Possible; p == nil || len(p.Records) != 1 || !strings.HasSuffix(p.Records[0].Why, "and middle names Peter and Paul") {
			t.Errorf("the third record's possible doubles %+v, want the first two, their middle names differing", p)
		}
	})
}
