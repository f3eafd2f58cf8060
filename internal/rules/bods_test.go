package rules

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
)

// The BODS examples of ../shared/data/ownership/bods, with the answers of
// its EXPECTED-INDIRECT.md: every declared indirect share there is
// consistent with its chain, so OWN-DECLARED-INCONSISTENT stays silent; the
// recomputed bound is checked too; and a declared share moved outside the
// bound makes the rule fire.

func bodsDir(t *testing.T) string {
	dir := filepath.Join("..", "..", "..", "shared", "data", "ownership", "bods")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("real BODS examples not available at %s (the project's ../shared/data): %v", dir, err)
	}
	return dir
}

func nameOf(reg *registry.Registry, id string) string {
	for _, c := range reg.Companies {
		if c.ID == id {
			return c.Name
		}
	}
	for _, p := range reg.People {
		if p.ID == id {
			return p.Name
		}
	}
	return id
}

func TestBODSDeclaredIndirectShares(t *testing.T) {
	dir := bodsDir(t)
	tests := []struct {
		files  []string
		owner  string // declared indirect owner's name
		owned  string
		lo, hi float64 // recomputed indirect bound from EXPECTED-INDIRECT.md
	}{
		{[]string{"v0.4/indirect-ownership.json"}, "Person 1", "Company A", 0, 0.6},
		{[]string{"v0.4/multiple-indirect-ownership.json"}, "Person 1", "Company B", 0, 1},
		{[]string{"v0.4/mutilple-indirect-ownership-2.json"}, "Person 1", "Company A", 0, 0.6},
		{[]string{"v0.4/mixed-direct-and-indirect-ownership.json"}, "Person 1", "Company A", 0, 0.5},
		{[]string{"v0.3/indirect-ownership/os-03-dr-03.json"}, "Person 1", "Company A", 0, 1},
		{[]string{"v0.3/indirect-ownership/os-03-dr-04.json"}, "Person 1", "Company A", 0, 0.6},
		{[]string{"v0.3/indirect-ownership/os-06-dr-04.json"}, "Person 1", "Company A", 0, 0.6},
		{[]string{"v0.3/indirect-ownership/os-08-dr-04-company-a.json"}, "Person 1", "Company A", 0, 0.5},
	}
	for _, tc := range tests {
		t.Run(tc.files[0], func(t *testing.T) {
			var paths []string
			for _, f := range tc.files {
				paths = append(paths, filepath.Join(dir, f))
			}
			reg, err := registry.Load(paths, registry.Options{})
			if err != nil {
				t.Fatalf("loading: %v", err)
			}
			var decl *registry.Ownership
			for i, o := range reg.Ownership {
				if o.Indirect && nameOf(reg, o.OwnerID) == tc.owner && nameOf(reg, o.OwnedID) == tc.owned {
					decl = &reg.Ownership[i]
				}
			}
			if decl == nil {
				t.Skipf("the loader gives no declared indirect %s -> %s (ownership %+v)", tc.owner, tc.owned, reg.Ownership)
			}
			g := ownership.FromRegistry(reg)
			x, y := g.Entity(decl.OwnerID), g.Entity(decl.OwnedID)
			r := g.LookThrough(y, ownership.DefaultOptions())
			ind := indirectShare(g, r, x, y)
			if !near(ind.Low, tc.lo) || !near(ind.High, tc.hi) {
				t.Errorf("recomputed indirect bound %v, want [%v, %v]", ind, tc.lo, tc.hi)
			}
			res := Evaluate(Facts{Registry: reg}, DefaultOptions())
			for _, f := range res.Findings {
				if f.Rule == RuleOwnDeclaredInconsistent {
					t.Errorf("consistent declaration flagged: %s", f.Message)
				}
			}
			// the same file with the declaration moved above the bound
			decl.Share = registry.Exact(tc.hi + 0.2)
			if tc.hi+0.2 > 1 {
				return
			}
			res = Evaluate(Facts{Registry: reg}, DefaultOptions())
			fired := false
			for _, f := range res.Findings {
				fired = fired || f.Rule == RuleOwnDeclaredInconsistent
			}
			if !fired {
				t.Errorf("declared %v outside [%v, %v] not flagged", decl.Share, tc.lo, tc.hi)
			}
		})
	}
}

func TestBODSJointOwnershipThroughArrangement(t *testing.T) {
	dir := bodsDir(t)
	reg, err := registry.Load([]string{filepath.Join(dir, "v0.4/joint-ownership.json")}, registry.Options{})
	if err != nil {
		t.Fatalf("loading: %v", err)
	}
	g := ownership.FromRegistry(reg)
	var target int32 = -1
	for _, c := range reg.Companies {
		if c.Type != "arrangement" && c.Type != "trust" && len(g.Owners(g.Entity(c.ID))) > 0 {
			target = g.Entity(c.ID)
		}
	}
	if target < 0 {
		t.Skip("no owned company in joint-ownership.json as loaded")
	}
	r := g.LookThrough(target, ownership.DefaultOptions())
	persons := 0
	for _, p := range reg.People {
		h := r.Of(g.Entity(p.ID))
		if near(h.Share.Low, 0.5) && near(h.Share.High, 0.5) {
			persons++
		}
	}
	if persons != 2 {
		t.Errorf("%d people hold exactly 50%% through the arrangement, want 2 (paths %d)", persons, len(r.Paths))
	}
}

func near(a, b float64) bool { return a-b < 1e-6 && b-a < 1e-6 }
