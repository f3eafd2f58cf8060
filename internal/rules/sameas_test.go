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
	src, err := os.ReadFile(filepath.Join("..", "registry", "testdata", "psc-same-person.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(strings.TrimRight(string(src), "\n"), "\n") {
		if strings.Contains(l, "/individual/feldmanC") {
			l = strings.Replace(l, "ownership-of-shares-50-to-75-percent", "ownership-of-shares-25-to-50-percent", 1)
		}
		lines = append(lines, l)
	}
	dir := t.TempDir()
	psc := filepath.Join(dir, "psc.jsonl")
	vessels := filepath.Join(dir, "vessels.csv")
	claims := filepath.Join(dir, "claims.csv")
	if err := os.WriteFile(psc, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(vessels, []byte("imo,name,registered_owner\n9321483,OCEAN STAR,10000001\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(claims, []byte("token,asset_imo,claimed_share\n0x1854e2637e375d398ab6bd6b2e682ce6d2606aae,9321483,100\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	reg, err := registry.Load([]string{psc, vessels, claims}, registry.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var feldman *registry.Person
	for i, p := range reg.People {
		if strings.Contains(p.Name, "Feldman") {
			feldman = &reg.People[i]
		}
	}
	if feldman == nil || feldman.SameAs == nil || len(feldman.SameAs.Records) != 1 {
		t.Fatalf("Feldman's two records are not one person: %+v", reg.People)
	}
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
