package registry

import (
	"io/fs"
	"path/filepath"
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
			// Only cross-file references may be missing from one file alone.
			if !strings.Contains(p.Reason, "is not the id") {
				t.Errorf("%s: unexpected problem %s", f, p)
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
