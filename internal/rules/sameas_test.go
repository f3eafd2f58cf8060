package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/registry"
)

// TestJoinedPSCPersonCitesEveryRecord: when UK PSC records of two companies
// are taken as one person (registry.SameAs), a finding about that person
// cites the other record too, with why, so that a lawyer can challenge the
// join. Feldman holds 50-75% of B and 25-50% of C, each 25-50% of A, which
// owns the vessel: 18.75-62.5% once joined, undeterminable at 25%.
func TestJoinedPSCPersonCitesEveryRecord(t *testing.T) {
	reg, feldman := feldmanRegistry(t, func(line string) string {
		if strings.Contains(line, "/individual/feldmanC") {
			line = strings.Replace(line, "ownership-of-shares-50-to-75-percent", "ownership-of-shares-25-to-50-percent", 1)
		}
		return line
	})
	other := feldman.SameAs.Records[0]
	res := Evaluate(Facts{Registry: reg}, DefaultOptions())
	found := false
	for _, f := range res.Findings {
		if f.Rule != RuleOwnUndeterminable || f.Subject.ID != feldman.ID {
			continue
		}
		found = true
		cited := false
		for _, ev := range f.Evidence {
			if ev.Kind == "registry" && ev.Row == other.Row && strings.Contains(ev.Text, "the same person as "+feldman.ID) &&
				strings.Contains(ev.Text, "same name and month of birth") {
				cited = true
			}
		}
		if !cited {
			t.Errorf("%s does not cite the joined record (row %d) and why: %+v", f.Message, other.Row, f.Evidence)
		}
	}
	if !found {
		t.Fatalf("no %s finding for %s (18.75-62.5%% of the vessel): %+v", RuleOwnUndeterminable, feldman.ID, res.Findings)
	}
}

// feldmanRegistry loads internal/registry/testdata/psc-same-person.jsonl,
// each line passed through edit, with the vessel OCEAN STAR (9321483)
// registered to its company 10000001 and claimed by a token.
func feldmanLoad(t *testing.T, edit func(line string) string) *registry.Registry {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("..", "registry", "testdata", "psc-same-person.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(string(src), "\n"), "\n") {
		lines = append(lines, edit(l))
	}
	dir := t.TempDir()
	files := map[string]string{
		"psc.jsonl":   strings.Join(lines, "\n") + "\n",
		"vessels.csv": "imo,name,registered_owner\n9321483,OCEAN STAR,10000001\n",
		"claims.csv":  "token,asset_imo,claimed_share\n0x1854e2637e375d398ab6bd6b2e682ce6d2606aae,9321483,100\n",
	}
	var paths []string
	for _, name := range []string{"psc.jsonl", "vessels.csv", "claims.csv"} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	reg, err := registry.Load(paths, registry.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// feldmanRegistry is feldmanLoad's registry with Feldman, the person its two
// PSC records are joined into.
func feldmanRegistry(t *testing.T, edit func(line string) string) (*registry.Registry, *registry.Person) {
	t.Helper()
	reg := feldmanLoad(t, edit)
	for i, p := range reg.People {
		if strings.Contains(strings.ToLower(p.Name), "feldman") && p.SameAs != nil && len(p.SameAs.Records) == 1 {
			return reg, &reg.People[i]
		}
	}
	t.Fatalf("Feldman's two records are not one person: %+v", reg.People)
	return nil, nil
}

// TestPossiblySamePSCPersonCited: Feldman's second record at another service
// address is not joined (registry.Possible): each record is undeterminable
// at 25% (12.5-37.5% of the vessel), and each finding cites the other
// record as possibly the same person, with why not, so that a reader sees
// the two may add up to 25-75%.
func TestPossiblySamePSCPersonCited(t *testing.T) {
	moved := false
	reg := feldmanLoad(t, func(line string) string {
		if strings.Contains(line, "/individual/feldmanC") {
			line, moved = strings.Replace(line, `"12 HARBOUR STREET"`, `"40 Quay Road"`, 1), true
		}
		return line
	})
	if !moved {
		t.Fatal("the fixture no longer has Feldman's second record")
	}
	res := Evaluate(Facts{Registry: reg}, DefaultOptions())
	for _, c := range []struct{ id, other string }{{"10000002/psc/feldmanB", "10000003/psc/feldmanC"}, {"10000003/psc/feldmanC", "10000002/psc/feldmanB"}} {
		found, cited := false, false
		for _, f := range res.Findings {
			if f.Rule != RuleOwnUndeterminable || f.Subject.ID != c.id {
				continue
			}
			found = true
			for _, ev := range f.Evidence {
				if ev.Kind == "registry" && strings.HasPrefix(ev.Text, "possibly the same person as "+c.id) &&
					strings.Contains(ev.Text, "loaded apart as "+c.other) && strings.Contains(ev.Text, "no service address in common") {
					cited = true
				}
			}
			if !cited {
				t.Errorf("%s does not cite %s as possibly the same person: %+v", f.Message, c.other, f.Evidence)
			}
		}
		if !found {
			t.Errorf("no %s finding for %s: %+v", RuleOwnUndeterminable, c.id, res.Findings)
		}
	}
}
