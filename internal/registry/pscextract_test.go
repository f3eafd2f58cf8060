package registry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

// chainSnapshot is a hand-written snapshot: A (01111111) has corporate PSC
// B (written 2222222), whose ceased corporate PSC is C (SC333333, country
// Scotland, no place registered), whom an individual and A itself own (a
// cycle); B also has a French legal person with an eight-digit number,
// which is no UK company; D (04444444) and E (05555555) are unrelated.
// Line 6 is not JSON, line 11 has no company number, line 12 is blank.
var chainSnapshot = []string{
	`{"company_number":"01111111","data":{"kind":"corporate-entity-person-with-significant-control","name":"B Holdings Limited","identification":{"country_registered":"England And Wales","place_registered":"Companies House","registration_number":"2222222"},"natures_of_control":["ownership-of-shares-75-to-100-percent"],"notified_on":"2016-04-06","links":{"self":"/company/01111111/persons-with-significant-control/corporate-entity/a1"}}}`,
	`{"company_number":"04444444","data":{"kind":"individual-person-with-significant-control","name":"Mr Dee Unrelated","nationality":"British","date_of_birth":{"month":1,"year":1960},"natures_of_control":["ownership-of-shares-75-to-100-percent"],"notified_on":"2016-04-06","links":{"self":"/company/04444444/persons-with-significant-control/individual/d1"}}}`,
	`{"company_number":"02222222","data":{"kind":"corporate-entity-person-with-significant-control","name":"C Group PLC","identification":{"country_registered":"Scotland","legal_form":"Public Limited Company","registration_number":"SC333333"},"ceased_on":"2020-01-01","natures_of_control":["voting-rights-25-to-50-percent"],"notified_on":"2016-04-06","links":{"self":"/company/02222222/persons-with-significant-control/corporate-entity/b1"}}}`,
	`{"company_number":"01111111","data":{"kind":"individual-person-with-significant-control","name":"Ms Ann Seed","nationality":"British","date_of_birth":{"month":3,"year":1970},"natures_of_control":["significant-influence-or-control"],"notified_on":"2016-04-06","links":{"self":"/company/01111111/persons-with-significant-control/individual/a2"}}}`,
	`{"company_number":"02222222","data":{"kind":"persons-with-significant-control-statement","statement":"psc-details-not-confirmed","notified_on":"2017-01-01","links":{"self":"/company/02222222/persons-with-significant-control-statements/s1"}}}`,
	`{"company_number":"01111111","data":{"kind":"individual-person-with-`,
	`{"company_number":"SC333333","data":{"kind":"individual-person-with-significant-control","name":"Mr Cee Top","nationality":"Russian","date_of_birth":{"month":5,"year":1955},"natures_of_control":["ownership-of-shares-75-to-100-percent"],"notified_on":"2016-04-06","links":{"self":"/company/SC333333/persons-with-significant-control/individual/c1"}}}`,
	`{"company_number":"SC333333","data":{"kind":"corporate-entity-person-with-significant-control","name":"A Limited","identification":{"place_registered":"Companies House, Cardiff","registration_number":"01111111"},"natures_of_control":["significant-influence-or-control"],"notified_on":"2016-04-06","links":{"self":"/company/SC333333/persons-with-significant-control/corporate-entity/c2"}}}`,
	`{"company_number":"02222222","data":{"kind":"legal-person-person-with-significant-control","name":"Foreign Parent SA","identification":{"country_registered":"France","legal_authority":"French law","legal_form":"SA","registration_number":"05555555"},"natures_of_control":["ownership-of-shares-25-to-50-percent"],"notified_on":"2016-04-06","links":{"self":"/company/02222222/persons-with-significant-control/legal-person/b2"}}}`,
	`{"company_number":"05555555","data":{"kind":"individual-person-with-significant-control","name":"Mr Not Reached","nationality":"French","natures_of_control":["ownership-of-shares-75-to-100-percent"],"notified_on":"2016-04-06","links":{"self":"/company/05555555/persons-with-significant-control/individual/e1"}}}`,
	`{"data":{"kind":"individual-person-with-significant-control","name":"Nobody's"}}`,
	``,
	`{"data":{"kind":"totals#persons-of-significant-control-snapshot","persons_of_significant_control_count":9}}`,
}

// extractFile runs ExtractPSC on path and writes the extract beside it.
func extractFile(t *testing.T, path string, seeds ...string) (*PSCExtract, string) {
	t.Helper()
	var out bytes.Buffer
	x, err := ExtractPSC(path, seeds, &out)
	if err != nil {
		t.Fatalf("extract %v from %s: %v", seeds, path, err)
	}
	dst := filepath.Join(t.TempDir(), "extract-"+filepath.Base(path))
	if err := os.WriteFile(dst, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return x, dst
}

// chainView is what a registry says of company root and everything above
// it (owners through Ownership and Ended, upwards): each company, person
// and interest as loaded, without the line it was read from (the extract
// has other line numbers), sorted. Two registries that agree on it give
// the audit the same chain.
func chainView(reg *Registry, root string) []string {
	companies, people := map[string]Company{}, map[string]Person{}
	for _, c := range reg.Companies {
		c.Origin = Origin{Column: c.Origin.Column}
		companies[c.ID] = c
	}
	for _, p := range reg.People {
		p.Origin = Origin{Column: p.Origin.Column}
		people[p.ID] = p
	}
	var view []string
	seen := map[string]bool{}
	queue := []string{root}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		if seen[id] {
			continue
		}
		seen[id] = true
		if c, ok := companies[id]; ok {
			view = append(view, fmt.Sprintf("company %+v", c))
		} else if p, ok := people[id]; ok {
			view = append(view, fmt.Sprintf("person %+v", p))
		} else {
			view = append(view, "unknown "+id)
		}
		for what, edges := range map[string][]Ownership{"owns": reg.Ownership, "owned": reg.Ended} {
			for _, o := range edges {
				if o.OwnedID == id {
					o.Origin = Origin{Column: o.Origin.Column}
					view = append(view, fmt.Sprintf("%s %+v", what, o))
					queue = append(queue, o.OwnerID)
				}
			}
		}
	}
	sort.Strings(view)
	return view
}

// sameChain asserts that the extract loads with the same chain above each
// root as the whole file.
func sameChain(t *testing.T, whole, extract string, roots ...string) {
	t.Helper()
	all, err := Load([]string{whole}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	part, err := Load([]string{extract}, Options{})
	if err != nil {
		t.Fatalf("loading the extract: %v", err)
	}
	for _, root := range roots {
		want, got := chainView(all, root), chainView(part, root)
		if !slices.Equal(got, want) {
			t.Errorf("chain of %s from the extract:\n%s\nfrom the whole file:\n%s", root, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if len(want) < 2 {
			t.Errorf("chain of %s: %v, want the company and its owners", root, want)
		}
	}
}

func TestExtractPSCChain(t *testing.T) {
	path := filepath.Join(t.TempDir(), "psc.jsonl")
	body := strings.Join(chainSnapshot, "\n") + "\n"
	writeFile(t, path, body)
	x, out := extractFile(t, path, "1111111", "09999999")
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// A, B and C's lines, each once, byte for byte, in input order.
	var want []string
	for i, line := range chainSnapshot {
		if i != 5 && (strings.Contains(line, `"company_number":"01111111"`) || strings.Contains(line, `"company_number":"02222222"`) ||
			strings.Contains(line, `"company_number":"SC333333"`)) {
			want = append(want, line+"\n")
		}
	}
	if string(b) != strings.Join(want, "") {
		t.Errorf("extract:\n%s\nwant:\n%s", b, strings.Join(want, ""))
	}
	if x.Format != "lines" || x.Lines != len(chainSnapshot) || x.Written != len(want) || x.Edges != 3 || !x.Totals ||
		x.Bytes != int64(len(body)) {
		t.Errorf("extract %+v", x)
	}
	if !slices.Equal(x.Kept, []string{"01111111", "02222222", "09999999", "SC333333"}) ||
		!slices.Equal(x.Missing, []string{"09999999"}) || len(x.Unrecorded) != 0 {
		t.Errorf("kept %v, missing %v, unrecorded %v", x.Kept, x.Missing, x.Unrecorded)
	}
	var problems []string
	for _, p := range x.Problems {
		problems = append(problems, p.String())
	}
	if len(problems) != 2 || !strings.HasPrefix(problems[0], path+", row 6: the line is not a JSON value") ||
		!strings.HasPrefix(problems[1], path+", row 11, column company_number: a record of kind individual-person-with-significant-control without a company number") {
		t.Errorf("problems %q", problems)
	}
	sameChain(t, path, out, "01111111", "02222222", "SC333333")

	// D alone: its one line; C alone reaches A and B through the cycle.
	x, out = extractFile(t, path, "04444444")
	if b, _ := os.ReadFile(out); string(b) != chainSnapshot[1]+"\n" || !slices.Equal(x.Kept, []string{"04444444"}) {
		t.Errorf("extract of D: %q, kept %v", b, x.Kept)
	}
	x, _ = extractFile(t, path, "SC 333333")
	if !slices.Equal(x.Kept, []string{"01111111", "02222222", "SC333333"}) {
		t.Errorf("extract of C: kept %v", x.Kept)
	}

	// A corporate PSC whose company has no record: the chain stops there.
	writeFile(t, path, chainSnapshot[0]+"\n")
	x, out = extractFile(t, path, "01111111")
	if !slices.Equal(x.Unrecorded, []string{"02222222"}) || len(x.Missing) != 0 || x.Written != 1 || x.Totals {
		t.Errorf("extract %+v", x)
	}
	sameChain(t, path, out, "01111111")
}

// TestExtractPSCLineEnds: CRLF lines are copied with their CR; a last line
// without a line break gets one, so that the extract stays JSON Lines.
func TestExtractPSCLineEnds(t *testing.T) {
	path := filepath.Join(t.TempDir(), "psc.jsonl")
	writeFile(t, path, "\ufeff"+chainSnapshot[1]+"\r\n"+chainSnapshot[3])
	_, out := extractFile(t, path, "04444444", "01111111")
	if b, _ := os.ReadFile(out); string(b) != chainSnapshot[1]+"\r\n"+chainSnapshot[3]+"\n" {
		t.Errorf("extract %q", b)
	}
}

// TestExtractPSCRepeatedKey: a record whose company_number is given twice
// is the last one's, as the loader reads it, though the line starts with
// another (the second pass then reads every line).
func TestExtractPSCRepeatedKey(t *testing.T) {
	path := filepath.Join(t.TempDir(), "psc.jsonl")
	twice := strings.Replace(chainSnapshot[1], `{"company_number":"04444444",`, `{"company_number":"04444444","company_number":"01111111",`, 1)
	writeFile(t, path, chainSnapshot[0]+"\n"+twice+"\n"+chainSnapshot[1]+"\n")
	x, out := extractFile(t, path, "01111111")
	if b, _ := os.ReadFile(out); string(b) != chainSnapshot[0]+"\n"+twice+"\n" || x.Written != 2 {
		t.Errorf("extract %q", b)
	}
	sameChain(t, path, out, "01111111")
}

func TestExtractPSCRefused(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"not-psc.json": `[{"statementID":"x","statementType":"personStatement"}]`,
		"bad-array":    "[\n" + chainSnapshot[0] + ",\n{\"company_number\":\n]",
		"empty":        "",
	} {
		path := filepath.Join(dir, name)
		writeFile(t, path, body)
		var out bytes.Buffer
		if _, err := ExtractPSC(path, []string{"01111111"}, &out); err == nil || !strings.Contains(err.Error(), path) {
			t.Errorf("%s: %v, want an error naming the file", name, err)
		}
	}
	path := filepath.Join(dir, "psc.jsonl")
	writeFile(t, path, chainSnapshot[0]+"\n")
	for _, seed := range []string{"", "123456789", "ABC12345", "01111111x"} {
		if _, err := ExtractPSC(path, []string{seed}, &bytes.Buffer{}); err == nil {
			t.Errorf("seed %q: no error", seed)
		}
	}
	if _, err := ExtractPSC(filepath.Join(dir, "missing"), []string{"01111111"}, &bytes.Buffer{}); err == nil {
		t.Error("missing file: no error")
	}
}

// TestExtractPSCFixtures: on the real snapshot lines, as JSON Lines and as
// the array files they come in, each company's extract loads with the
// same chain as the whole file, and holds every record of it as written.
func TestExtractPSCFixtures(t *testing.T) {
	files := pscFixtures(t)
	path := filepath.Join(t.TempDir(), "snapshot.jsonl")
	body := jsonLines(t, files)
	if err := os.WriteFile(path, body, 0o644); err != nil {
		t.Fatal(err)
	}
	var subjects []string
	for _, line := range bytes.Split(body, []byte("\n")) {
		var rec struct {
			CompanyNumber string `json:"company_number"`
		}
		if json.Unmarshal(line, &rec) == nil && rec.CompanyNumber != "" && !slices.Contains(subjects, rec.CompanyNumber) {
			subjects = append(subjects, rec.CompanyNumber)
		}
	}
	if len(subjects) < 10 {
		t.Fatalf("only %d companies keyed by number in the fixtures: %v", len(subjects), subjects)
	}
	lines := strings.SplitAfter(string(body), "\n")
	for _, n := range subjects {
		x, out := extractFile(t, path, n)
		sameChain(t, path, out, n)
		b, _ := os.ReadFile(out)
		for _, line := range lines {
			if line == "" {
				continue
			}
			if has := strings.Contains(string(b), line); has != strings.Contains(line, `"company_number":"`+n+`"`) {
				t.Errorf("extract of %s: has %v line %.100s", n, has, line)
			}
		}
		if x.Written == 0 || len(x.Problems) != 0 || !x.Totals {
			t.Errorf("extract of %s: %+v", n, x)
		}
	}
	// 07434180's PSC is Robert Hitchins Limited, 00686734, whose records
	// the fixtures do not have.
	if x, _ := extractFile(t, path, "07434180"); !slices.Equal(x.Unrecorded, []string{"00686734"}) {
		t.Errorf("07434180: unrecorded %v", x.Unrecorded)
	}

	// The array files: an array of the same records, as written.
	for _, f := range files {
		var recs []struct {
			CompanyNumber string          `json:"company_number"`
			Raw           json.RawMessage `json:"-"`
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(b, &recs); err != nil {
			t.Fatal(err)
		}
		n := recs[0].CompanyNumber
		x, out := extractFile(t, f, n)
		if x.Format != "array" || x.Written == 0 || len(x.Missing) != 0 {
			t.Errorf("%s: %+v", f, x)
		}
		sameChain(t, f, out, n)
		got, _ := os.ReadFile(out)
		var raws []json.RawMessage
		if err := json.Unmarshal(got, &raws); err != nil || len(raws) != x.Written {
			t.Errorf("%s: extract of %d records is not an array of them: %v", f, x.Written, err)
		}
		for _, r := range raws {
			if !bytes.Contains(b, r) {
				t.Errorf("%s: record %.100s not as written", f, r)
			}
		}
	}
}

func TestUKCompanies(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "companies.csv")
	writeFile(t, path, "company_id,name,jurisdiction,registration_number\n"+
		"C1,One Ltd,GB,1234567\n"+ // GB: 01234567
		"C2,Two Ltd,United Kingdom,SC 12345\n"+ // SC012345
		"08209948,Three Ltd,,\n"+ // keyed by its number
		"C4,Four SA,FR,12345678\n"+ // French
		"C5,Five,,87654321\n"+ // no jurisdiction, another id: unsure
		"C6,Six Ltd,GB,\n"+ // no number
		"C7,One Again,GB,01234567\n") // once
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	numbers, unsure := UKCompanies(reg)
	if !slices.Equal(numbers, []string{"01234567", "08209948", "SC012345"}) || unsure != 1 {
		t.Errorf("UK companies %v, unsure %d", numbers, unsure)
	}
}

// FuzzExtractPSC: whatever the file, the extract never panics, copies only
// records of the file as written, and, when it copies any, loads.
func FuzzExtractPSC(f *testing.F) {
	f.Add([]byte(strings.Join(chainSnapshot, "\n")), "01111111")
	f.Add([]byte("[\n"+chainSnapshot[0]+",\n"+chainSnapshot[2]+"\n]"), "1111111")
	f.Add([]byte(chainSnapshot[0]+"\n\n\r\n"+chainSnapshot[7]), "SC333333")
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte, seed string) {
		if _, ok := UKCompanyNumber(seed); !ok {
			return
		}
		path := filepath.Join(dir, "fuzz.jsonl")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		var out bytes.Buffer
		x, err := ExtractPSC(path, []string{seed}, &out)
		if err != nil {
			return
		}
		if x.Format == "lines" {
			for _, line := range strings.SplitAfter(out.String(), "\n") {
				if line != "" && !bytes.Contains(data, bytes.TrimSuffix([]byte(line), []byte("\n"))) {
					t.Fatalf("line %q is not in the input", line)
				}
			}
		}
		if x.Written > 0 {
			if _, err := loadBytes("extract.jsonl", out.Bytes(), Options{}); err != nil {
				t.Fatalf("the extract of %d records does not load: %v\n%s", x.Written, err, out.Bytes())
			}
		}
	})
}
