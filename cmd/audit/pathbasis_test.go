package main

import (
	"path/filepath"
	"testing"
)

// TestDemoPathBasis runs the demo and checks that each ownership path says
// its basis: a vessel's legal paths start at its registered owner, its
// economic paths at a token claiming it, a token's paths are economic;
// OCEAN STAR and HUA FU, claimed by tokens and registered to companies,
// have paths of both; and the paths of each beneficial-owner chain (same
// asset and basis) end at its owners as many times as the owners say.
func TestDemoPathBasis(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	_, stderr, code := runAudit(t, "demo", "--out", dir)
	if code != exitFindings {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	r := readReport(t, filepath.Join(dir, "report.json"))
	registered := map[string]string{}
	for _, a := range r.Assets {
		registered[a.ID] = a.RegisteredOwner
	}
	type chain struct{ asset, basis string }
	ends := map[chain]map[string]int{} // paths of a chain ending at each owner
	seen := map[chain]bool{}
	for i, p := range r.Ownership {
		if len(p.Steps) == 0 {
			t.Errorf("ownership[%d] (%s) has no step", i, p.Asset)
			continue
		}
		first := p.Steps[0]
		owner, isVessel := registered[p.Asset]
		switch {
		case !isVessel && p.Basis != "economic":
			t.Errorf("ownership[%d] starts at token %s: basis %q, want economic", i, p.Asset, p.Basis)
		case isVessel && p.Basis == "legal" && first.ID != owner:
			t.Errorf("ownership[%d] of vessel %s is legal but starts at %s, not its registered owner %s", i, p.Asset, first.ID, owner)
		case isVessel && p.Basis == "economic" && first.Kind != "token":
			t.Errorf("ownership[%d] of vessel %s is economic but starts at %s %s, not a token", i, p.Asset, first.Kind, first.ID)
		case isVessel && p.Basis != "legal" && p.Basis != "economic":
			t.Errorf("ownership[%d] of vessel %s: basis %q", i, p.Asset, p.Basis)
		}
		c := chain{p.Asset, p.Basis}
		seen[c] = true
		if p.Ends == "cycle" || p.Ends == "depth" {
			continue
		}
		if ends[c] == nil {
			ends[c] = map[string]int{}
		}
		ends[c][p.Steps[len(p.Steps)-1].ID]++
	}
	for _, v := range []string{"9321483", "9020003"} { // OCEAN STAR, HUA FU
		if !seen[chain{v, "legal"}] || !seen[chain{v, "economic"}] {
			t.Errorf("vessel %s: legal paths %v, economic paths %v; want both", v, seen[chain{v, "legal"}], seen[chain{v, "economic"}])
		}
	}
	for _, a := range r.Owners {
		c := chain{a.Asset, a.Basis}
		for _, o := range a.Owners {
			if got := ends[c][o.ID]; o.Paths > 0 && got != o.Paths {
				t.Errorf("%s %s chain: owner %s has %d paths, the %s paths of %s end there %d times", a.Asset, a.Basis, o.ID, o.Paths, a.Basis, a.Asset, got)
			}
		}
	}
}
