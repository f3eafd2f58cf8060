package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
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
	os07 := []string{"a", "b", "c", "d"}
	for i, c := range os07 {
		os07[i] = "v0.3/indirect-ownership/os-07-dr-04-company-" + c + ".json"
	}
	tests := []struct {
		files    []string
		owner    string // declared indirect owner's name
		owned    string
		lo, hi   float64 // recomputed indirect bound from EXPECTED-INDIRECT.md
		open     bool    // hi excluded
		boundary bool    // the declaration sits on an end of the bound
		total    []float64
	}{
		{[]string{"v0.4/indirect-ownership.json"}, "Person 1", "Company A", 0, 0.6, false, false, nil},
		{[]string{"v0.4/multiple-indirect-ownership.json"}, "Person 1", "Company B", 0, 1, false, false, nil},
		{[]string{"v0.4/mutilple-indirect-ownership-2.json"}, "Person 1", "Company A", 0, 0.6, false, true, nil},
		{[]string{"v0.4/mixed-direct-and-indirect-ownership.json"}, "Person 1", "Company A", 0, 0.5, false, true, []float64{0.5, 1}},
		{[]string{"v0.3/indirect-ownership/os-03-dr-03.json"}, "Person 1", "Company A", 0, 1, false, false, nil},
		{[]string{"v0.3/indirect-ownership/os-03-dr-04.json"}, "Person 1", "Company A", 0, 0.6, false, false, nil},
		{[]string{"v0.3/indirect-ownership/os-06-dr-04.json"}, "Person 1", "Company A", 0, 0.6, false, true, nil},
		{[]string{"v0.3/indirect-ownership/os-08-dr-04-company-a.json"}, "Person 1", "Company A", 0, 0.5, false, true, []float64{0.5, 1}},
		// the four files together; D declares no beneficial owners, so
		// Person 1 holds under 25% of D: B = 50% via C + [0, 12.5%) via D
		{os07, "Person 1", "Company B", 0.5, 0.625, true, false, nil},
		{os07, "Person 1", "Company A", 0.25, 0.3125, true, false, nil},
	}
	for _, tc := range tests {
		t.Run(tc.files[0]+"/"+tc.owned, func(t *testing.T) {
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
				t.Fatalf("the loader gives no declared indirect %s -> %s (ownership %+v)", tc.owner, tc.owned, reg.Ownership)
			}
			g := ownership.FromRegistry(reg)
			x, y := g.Entity(decl.OwnerID), g.Entity(decl.OwnedID)
			r := g.LookThrough(y, ownership.DefaultOptions())
			ind := indirectShare(g, r, x, y)
			if !near(ind.Low, tc.lo) || !near(ind.High, tc.hi) || ind.HighOpen != tc.open {
				t.Errorf("recomputed indirect bound %+v, want [%v, %v] (upper bound excluded: %v)", ind, tc.lo, tc.hi, tc.open)
			}
			if tc.total != nil {
				if tot := r.Of(x).Share; !near(tot.Low, tc.total[0]) || !near(tot.High, tc.total[1]) {
					t.Errorf("total (direct and indirect) %v, want %v", tot, tc.total)
				}
			}
			subj := report.Subject{Kind: "person", ID: decl.OwnerID}
			judge := func() (inconsistent, boundary *report.Finding) {
				res := Evaluate(Facts{Registry: reg}, DefaultOptions())
				key := decl.OwnedID + ":" + pctRange(decl.Share)
				for i, f := range res.Findings {
					switch f.Fingerprint {
					case report.Fingerprint(RuleOwnDeclaredInconsistent, subj, key):
						inconsistent = &res.Findings[i]
					case report.Fingerprint(RuleOwnDeclaredBoundary, subj, key):
						boundary = &res.Findings[i]
					}
				}
				return
			}
			inc, bnd := judge()
			if inc != nil {
				t.Errorf("consistent declaration flagged: %s", inc.Message)
			}
			switch {
			case tc.boundary && bnd == nil:
				t.Errorf("declared %s on the end of [%v, %v]: no %s", pctRange(decl.Share), tc.lo, tc.hi, RuleOwnDeclaredBoundary)
			case !tc.boundary && bnd != nil:
				t.Errorf("declared %s inside the bound, yet: %s", pctRange(decl.Share), bnd.Message)
			case bnd != nil:
				if bnd.Severity != report.Info || !strings.Contains(bnd.Message, "only consistent if the intermediaries are 100% owned") {
					t.Errorf("boundary finding %s: %s", bnd.Severity, bnd.Message)
				}
				retraceable(t, bnd, filepath.Base(decl.Origin.File))
			}

			// the declaration moved onto the upper bound: consistent (on the
			// boundary) when the bound is included, inconsistent when not
			decl.Share = registry.Exact(tc.hi)
			inc, bnd = judge()
			if tc.open && inc == nil {
				t.Errorf("declared %v, the excluded bound of [%v, %v), not flagged", tc.hi, tc.lo, tc.hi)
			}
			if !tc.open && (inc != nil || (bnd == nil && tc.hi > tc.lo)) {
				t.Errorf("declared %v, the included bound: inconsistent %v, boundary %v", tc.hi, inc != nil, bnd != nil)
			}
			// and above it
			if tc.hi+0.2 > 1 {
				return
			}
			decl.Share = registry.Exact(tc.hi + 0.2)
			if inc, _ = judge(); inc == nil {
				t.Errorf("declared %v outside [%v, %v] not flagged", decl.Share, tc.lo, tc.hi)
			} else {
				retraceable(t, inc, filepath.Base(decl.Origin.File))
			}
		})
	}
}

// retraceable checks that a finding cites the declaration's row and tells
// at least one path with each edge's share and the row it came from.
func retraceable(t *testing.T, f *report.Finding, file string) {
	t.Helper()
	var row, path bool
	for _, ev := range f.Evidence {
		row = row || (ev.Kind == "registry" && strings.HasSuffix(ev.File, file) && ev.Row > 0)
		path = path || (ev.Kind == "path" && strings.Contains(ev.Text, "% held by") && strings.Contains(ev.Text, ", sheet statements, row "))
	}
	if !row || !path {
		t.Errorf("%s evidence does not retrace the chain (row %v, path %v): %+v", f.Rule, row, path, f.Evidence)
	}
}

// tokenise adds a vessel registered to company id and a token claiming it,
// so that the company's ownership is a chain the OWN-* rules look at.
func tokenise(reg *registry.Registry, id string) {
	const imo = "9074729"
	reg.Vessels = append(reg.Vessels, registry.Vessel{Key: imo, IMO: imo, IMOValid: true, Name: "SEA ONE", Flag: "NO", RegisteredOwner: id,
		Origin: registry.Origin{File: "vessels.csv", Sheet: "vessels", Row: 2}})
	reg.Claims = append(reg.Claims, registry.Claim{Token: tok, AssetIMO: imo, IssuerID: id, ClaimedShare: registry.Exact(1),
		Origin: registry.Origin{File: "claims.csv", Sheet: "claims", Row: 2}})
}

func TestBODSArrangementAndExemptFindings(t *testing.T) {
	dir := bodsDir(t)
	load := func(f string) *registry.Registry {
		reg, err := registry.Load([]string{filepath.Join(dir, f)}, registry.Options{})
		if err != nil {
			t.Fatalf("loading %s: %v", f, err)
		}
		return reg
	}
	byName := func(reg *registry.Registry, name string) string {
		for _, c := range reg.Companies {
			if c.Name == name {
				return c.ID
			}
		}
		t.Fatalf("no company %q in %+v", name, reg.Companies)
		return ""
	}
	find := func(res Result, rule, id string) *report.Finding {
		for i, f := range res.Findings {
			if f.Rule == rule && f.Subject.ID == id {
				return &res.Findings[i]
			}
		}
		return nil
	}

	// joint ownership: CHRINON LTD <- 100% Joint shareholding <- 50% each
	reg := load("v0.4/joint-ownership.json")
	arr := byName(reg, "Joint shareholding")
	if f := find(Evaluate(Facts{Registry: reg}, DefaultOptions()), RuleOwnArrangement, arr); f != nil {
		t.Errorf("an arrangement in no audited chain is flagged: %s", f.Message)
	}
	tokenise(reg, byName(reg, "CHRINON LTD"))
	f := find(Evaluate(Facts{Registry: reg}, DefaultOptions()), RuleOwnArrangement, arr)
	switch {
	case f == nil:
		t.Error("joint ownership through an arrangement is not flagged")
	case f.Severity != report.Low || !strings.Contains(f.Message, "ownership via arrangement/trust") ||
		!strings.Contains(f.Message, "Natalie Coleman") || !strings.Contains(f.Message, "Roberto Lopez") || !strings.Contains(f.Message, "100% of CHRINON LTD"):
		t.Errorf("arrangement finding %s: %s", f.Severity, f.Message)
	default:
		retraceable(t, f, "joint-ownership.json")
	}

	// a listed company exempt from disclosure: info, not an opaque chain
	for _, file := range []string{"v0.3/missing-data/os-17-dr-02-dc-06.json", "v0.4/listed-company-exempt-from-disclosure.json"} {
		reg = load(file)
		id := byName(reg, "Listed Company OS-17")
		tokenise(reg, id)
		res := Evaluate(Facts{Registry: reg}, DefaultOptions())
		f := find(res, RuleOwnExempt, id)
		if f == nil || f.Severity != report.Info || !strings.Contains(f.Message, "no UBO: exempt (listed)") {
			t.Errorf("%s: exempt listed company: %+v", file, f)
		} else if f.Evidence[0].Row != 2 || !strings.HasSuffix(f.Evidence[0].File, filepath.Base(file)) {
			t.Errorf("%s: the exemption's statement is not cited first: %+v", file, f.Evidence)
		}
		for _, g := range res.Findings {
			if g.Severity.Rank() > report.Info.Rank() && g.Rule != RuleVesselSingleShipOwner {
				t.Errorf("%s: %s %s: %s", file, g.Rule, g.Severity, g.Message)
			}
		}
	}
	// the same company whose owner (not the company) is exempt stays opaque
	reg = load("v0.3/missing-data/os-01-dr-02-dc-05.json")
	id := byName(reg, "Listed Company OS-17")
	tokenise(reg, id)
	res := Evaluate(Facts{Registry: reg}, DefaultOptions())
	if f := find(res, RuleOwnExempt, id); f != nil {
		t.Errorf("an anonymous owner is taken for an exempt company: %s", f.Message)
	}
	if f := find(res, RuleOwnOpaque, "9074729"); f == nil || !strings.Contains(f.Message, "reason interestedPartyExemptFromDisclosure") {
		t.Errorf("a chain ending at an anonymous person is not opaque with its reason code: %v", f)
	}
	// missing UBO: D declares no beneficial owners; its chain is opaque and
	// says why
	var paths []string
	for _, c := range "abcd" {
		paths = append(paths, filepath.Join(dir, "v0.3/indirect-ownership/os-07-dr-04-company-"+string(c)+".json"))
	}
	reg, err := registry.Load(paths, registry.Options{})
	if err != nil {
		t.Fatalf("loading os-07: %v", err)
	}
	tokenise(reg, byName(reg, "Company D"))
	if f := find(Evaluate(Facts{Registry: reg}, DefaultOptions()), RuleOwnOpaque, "9074729"); f == nil || !strings.Contains(f.Message, "reason noBeneficialOwners") {
		t.Errorf("company D's undisclosed owners: %+v", f)
	}
}

// TestBODSOpenBoundInReportPaths: the PEP's "minimum 25, exclusiveMaximum
// 50" shareholding reaches the report's ownership path as [25%, 50%) with
// the upper bound marked excluded, on the step and on the path.
func TestBODSOpenBoundInReportPaths(t *testing.T) {
	dir := bodsDir(t)
	reg, err := registry.Load([]string{filepath.Join(dir, "v0.4/simple-pep-declaration.json")}, registry.Options{})
	if err != nil {
		t.Fatalf("loading: %v", err)
	}
	if len(reg.Companies) != 1 {
		t.Fatalf("%d companies, want 1", len(reg.Companies))
	}
	tokenise(reg, reg.Companies[0].ID)
	res := Evaluate(Facts{Registry: reg}, DefaultOptions())
	found := false
	for _, p := range res.Paths {
		last := p.Steps[len(p.Steps)-1]
		if last.Kind == "person" && near(last.Low, 0.25) && near(last.High, 0.5) {
			found = true
			if !last.HighOpen || !p.HighOpen || !near(p.High, 0.5) {
				t.Errorf("path %+v: the excluded upper bound 50%% is not marked", p)
			}
		}
	}
	if !found {
		t.Errorf("no path to the PEP with [25%%, 50%%) among %+v", res.Paths)
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
		t.Fatal("no owned company in joint-ownership.json as loaded")
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

// TestBODSInterestsOfOneRelationship: the official tecido example declares
// 80% of Tecido Ltd's shares and 80% of its votes in one relationship (and
// 100% and 100% in another); shares and votes are two measures of one
// holding, so nothing adds up past 100% and each owner holds 80% or 100%.
func TestBODSInterestsOfOneRelationship(t *testing.T) {
	reg, err := registry.Load([]string{filepath.Join(bodsDir(t), "v0.4", "tecido.json")}, registry.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res := Evaluate(Facts{Registry: reg}, DefaultOptions())
	for _, f := range res.Findings {
		if f.Rule == RuleOwnOver100 {
			t.Errorf("%s: %s", f.Rule, f.Message)
		}
	}
	g := ownership.FromRegistry(reg)
	for _, e := range g.Edges {
		if !strings.HasPrefix(e.Interest, "shareholding") {
			t.Errorf("edge %s -> %s as %q: the relationships' shareholdings should stand for them", g.Nodes[e.Owner].ID, g.Nodes[e.Owned].ID, e.Interest)
		}
	}
	if len(g.Edges) == 0 {
		t.Fatal("no ownership edge loaded from tecido.json")
	}
}
