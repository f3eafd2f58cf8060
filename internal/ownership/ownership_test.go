package ownership

import (
	"math"
	"testing"

	"github.com/tokenaudit/audit/internal/registry"
)

type edge struct {
	owner, owned string
	share        registry.Share
}

func ex(f float64) registry.Share      { return registry.Exact(f) }
func band(l, h float64) registry.Share { return registry.Share{Low: l, High: h} }
func near(a, b float64) bool           { return math.Abs(a-b) < 1e-6 }
func nearS(a, b registry.Share) bool   { return near(a.Low, b.Low) && near(a.High, b.High) }
func build(people []string, es []edge) *Graph {
	reg := &registry.Registry{}
	for _, p := range people {
		reg.People = append(reg.People, registry.Person{ID: p, Name: p})
	}
	seen := map[string]bool{}
	for _, e := range es {
		for _, id := range []string{e.owner, e.owned} {
			isPerson := false
			for _, p := range people {
				isPerson = isPerson || p == id
			}
			if !isPerson && !seen[id] {
				seen[id] = true
				reg.Companies = append(reg.Companies, registry.Company{ID: id, Name: id})
			}
		}
		reg.Ownership = append(reg.Ownership, registry.Ownership{OwnerID: e.owner, OwnedID: e.owned, Share: e.share,
			Origin: registry.Origin{File: "r.xlsx", Sheet: "ownership", Row: len(reg.Ownership) + 2}})
	}
	return FromRegistry(reg)
}

func TestLookThrough(t *testing.T) {
	tests := []struct {
		name    string
		people  []string
		edges   []edge
		target  string
		holder  string
		want    registry.Share
		opaque  registry.Share
		verdict Verdict // at 25%
	}{
		{"chain multiplies", []string{"P"}, []edge{{"B", "A", ex(0.6)}, {"P", "B", ex(0.5)}},
			"A", "P", ex(0.3), band(0.7, 0.7), IsOwner},
		{"unknown share is [0,1] tightened by others", []string{"P", "Q"}, []edge{{"P", "A", registry.Unknown}, {"Q", "A", ex(0.8)}},
			"A", "P", band(0, 0.2), band(0, 0.2), NotOwner},
		{"BODS indirect: A<-B 60, B<-P unknown", []string{"P"}, []edge{{"B", "A", ex(0.6)}, {"P", "B", registry.Unknown}},
			"A", "P", band(0, 0.6), band(0.4, 1), Undeterminable},
		{"two paths add", []string{"P"}, []edge{{"B", "A", ex(0.4)}, {"C", "A", ex(0.2)}, {"P", "B", registry.Unknown}, {"P", "C", registry.Unknown}},
			"A", "P", band(0, 0.6), band(0.4, 1), Undeterminable},
		{"mixed direct and indirect", []string{"P"}, []edge{{"B", "A", ex(0.5)}, {"P", "B", registry.Unknown}, {"P", "A", ex(0.5)}},
			"A", "P", band(0.5, 1), band(0, 0.5), IsOwner},
		{"below threshold whatever the unknowns", []string{"P"}, []edge{{"B", "A", ex(0.2)}, {"P", "B", registry.Unknown}, {"X", "A", ex(0.8)}},
			"A", "P", band(0, 0.2), band(0.8, 1), NotOwner},
		{"band", []string{"P"}, []edge{{"P", "A", band(0.25, 0.5)}},
			"A", "P", band(0.25, 0.5), band(0.5, 0.75), IsOwner},
		{"arrangement traversed", []string{"N", "R"}, []edge{{"J", "C", ex(1)}, {"N", "J", ex(0.5)}, {"R", "J", ex(0.5)}},
			"C", "N", ex(0.5), ex(0), IsOwner},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := build(tc.people, tc.edges)
			r := g.LookThrough(g.Entity(tc.target), DefaultOptions())
			h := r.Of(g.Entity(tc.holder))
			if !nearS(h.Share, tc.want) {
				t.Errorf("share = %+v, want %+v", h.Share, tc.want)
			}
			if !nearS(r.Opaque, tc.opaque) {
				t.Errorf("opaque = %+v, want %+v", r.Opaque, tc.opaque)
			}
			if v := r.Verdict(g.Entity(tc.holder), 0.25); v != tc.verdict {
				t.Errorf("verdict = %v, want %v", v, tc.verdict)
			}
		})
	}
}

func TestCycleSimpleVersusGeometric(t *testing.T) {
	// T <- B 100%; B <- A 50%; A <- B 50%; A <- P 50%.
	g := build([]string{"P"}, []edge{{"B", "T", ex(1)}, {"A", "B", ex(0.5)}, {"B", "A", ex(0.5)}, {"P", "A", ex(0.5)}})
	r := g.LookThrough(g.Entity("T"), DefaultOptions())
	if len(r.Cycles) != 1 || len(r.Cycles[0].Nodes) != 2 {
		t.Fatalf("cycles = %+v, want one of two nodes", r.Cycles)
	}
	h := r.Of(g.Entity("P"))
	// simple paths: T<-B<-A<-P = 0.25; walks: 0.25 * (1 + 0.25 + ...) = 1/3
	if !near(h.Simple.Low, 0.25) || !near(h.Geometric.Low, 1.0/3) {
		t.Errorf("simple %v geometric %v, want 0.25 and 0.3333", h.Simple, h.Geometric)
	}
	if h.InCycle {
		t.Errorf("P is not in the cycle")
	}
	if !r.Of(g.Entity("A")).InCycle {
		t.Errorf("A should be in a cycle")
	}
	ends := map[string]int{}
	for _, p := range r.Paths {
		ends[p.End]++
	}
	if ends["cycle"] == 0 || ends["person"] != 1 {
		t.Errorf("path ends %v, want a cycle end and one person end", ends)
	}
}

func TestCycleWithoutOutsideOwnerIsOpaqueAndTerminates(t *testing.T) {
	g := build(nil, []edge{{"A", "T", ex(1)}, {"B", "A", ex(1)}, {"A", "B", ex(1)}})
	r := g.LookThrough(g.Entity("T"), DefaultOptions())
	if !nearS(r.Opaque, ex(1)) {
		t.Errorf("opaque = %+v, want all of it", r.Opaque)
	}
	if got := len(g.Cycles()); got != 1 {
		t.Errorf("Cycles() found %d, want 1", got)
	}
}

func TestPathCap(t *testing.T) {
	// a ladder of diamonds: 2^20 paths
	var es []edge
	prev := "T"
	for i := 0; i < 20; i++ {
		a, b, next := "a"+itoa(i), "b"+itoa(i), "n"+itoa(i)
		es = append(es, edge{a, prev, ex(0.5)}, edge{b, prev, ex(0.5)}, edge{next, a, ex(1)}, edge{next, b, ex(1)})
		prev = next
	}
	es = append(es, edge{"P", prev, ex(1)})
	g := build([]string{"P"}, es)
	opts := DefaultOptions()
	opts.MaxPaths = 100
	r := g.LookThrough(g.Entity("T"), opts)
	if !r.Capped || len(r.Paths) != 100 {
		t.Errorf("capped %v with %d paths, want capped at 100", r.Capped, len(r.Paths))
	}
	if h := r.Of(g.Entity("P")); !nearS(h.Share, ex(1)) {
		t.Errorf("P holds %+v, want exactly 1 despite the cap", h.Share)
	}
}

func itoa(i int) string {
	return string(rune('A'+i/10)) + string(rune('0'+i%10))
}

func TestBlocked(t *testing.T) {
	tests := []struct {
		name     string
		edges    []edge
		seeds    []string
		blocked  []string
		possible []string
	}{
		{"aggregate of two listed owners", []edge{{"S1", "C", ex(0.25)}, {"S2", "C", ex(0.25)}}, []string{"S1", "S2"}, []string{"C"}, nil},
		{"below half", []edge{{"S1", "C", ex(0.49)}}, []string{"S1"}, nil, nil},
		{"not multiplicative down a chain", []edge{{"S", "B", ex(0.5)}, {"B", "C", ex(0.5)}, {"C", "D", ex(0.5)}}, []string{"S"}, []string{"B", "C", "D"}, nil},
		{"indirect 25% alone does not block", []edge{{"S", "B", ex(0.4)}, {"B", "C", ex(0.6)}}, []string{"S"}, nil, nil},
		{"unknown share: possibly", []edge{{"S", "C", registry.Unknown}}, []string{"S"}, nil, []string{"C"}},
		{"cycle terminates", []edge{{"S", "A", ex(0.6)}, {"A", "B", ex(0.6)}, {"B", "A", ex(0.4)}}, []string{"S"}, []string{"A", "B"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := build(nil, tc.edges)
			var seeds []int32
			for _, s := range tc.seeds {
				seeds = append(seeds, g.Entity(s))
			}
			var blocked, possible []string
			for _, b := range g.Blocked(seeds) {
				if b.Possible {
					possible = append(possible, g.Nodes[b.Node].ID)
				} else {
					blocked = append(blocked, g.Nodes[b.Node].ID)
				}
			}
			if !same(blocked, tc.blocked) || !same(possible, tc.possible) {
				t.Errorf("blocked %v possible %v, want %v and %v", blocked, possible, tc.blocked, tc.possible)
			}
		})
	}
}

func same(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestTightening(t *testing.T) {
	g := build([]string{"P", "Q", "R"}, []edge{{"P", "A", registry.Unknown}, {"Q", "A", ex(0.3)}, {"R", "A", band(0.2, 0.4)}})
	g.Freeze()
	if s := g.Edges[0].Share; !nearS(s, band(0, 0.5)) {
		t.Errorf("P's unknown share tightened to %+v, want [0, 0.5]", s)
	}
	if s := g.Edges[2].Share; !nearS(s, band(0.2, 0.4)) {
		t.Errorf("R's band = %+v, want unchanged [0.2, 0.4]", s)
	}
	if s := g.Edges[0].Declared; !nearS(s, registry.Unknown) {
		t.Errorf("declared share changed to %+v", s)
	}
}

func TestDivergentCycleIsBoundedAndHonest(t *testing.T) {
	// a ring of 2,000 companies each owning all of the next (unknown share):
	// walks never converge; the result must come back quickly with [.., 1]
	var es []edge
	for i := 0; i < 2000; i++ {
		es = append(es, edge{"R" + itoa4(i), "R" + itoa4((i+1)%2000), registry.Unknown})
	}
	es = append(es, edge{"R0000", "T", ex(1)}, edge{"P", "R0500", ex(0.5)})
	g := build([]string{"P"}, es)
	r := g.LookThrough(g.Entity("T"), DefaultOptions())
	h := r.Of(g.Entity("P"))
	if h.Share.High != 1 || h.Share.Low != 0 {
		t.Errorf("P holds %+v, want [0, 1]: unknown shares all round", h.Share)
	}
	if len(r.Cycles) != 1 || len(r.Cycles[0].Nodes) != 2000 {
		t.Errorf("want one cycle of 2000, got %d", len(r.Cycles))
	}
}

func itoa4(i int) string {
	b := []byte("0000")
	for j := 3; j >= 0; j-- {
		b[j] = byte('0' + i%10)
		i /= 10
	}
	return string(b)
}

func TestWalletsAndTokens(t *testing.T) {
	reg := &registry.Registry{
		Companies: []registry.Company{{ID: "C1", Name: "One Ltd"}},
		People:    []registry.Person{{ID: "P1", Name: "P"}},
		Ownership: []registry.Ownership{{OwnerID: "P1", OwnedID: "C1", Share: ex(0.6)}},
		Wallets:   []registry.Wallet{{Address: "0xAB", HolderID: "C1"}},
	}
	g := FromRegistry(reg)
	tk := g.Add(Node{ID: "0xTT", Kind: Token})
	w := g.Node(Wallet, "0xab")
	if w < 0 || g.Nodes[w].ID != "0xab" {
		t.Fatalf("wallet ids are lowercase addresses: %v", g.Nodes)
	}
	g.AddEdge(Edge{Owner: w, Owned: tk, Declared: ex(0.5)})
	r := g.LookThrough(tk, DefaultOptions())
	if h := r.Of(g.Entity("P1")); !nearS(h.Share, ex(0.3)) {
		t.Errorf("P1 holds %+v of the token, want 30%% (50%% of supply x 100%% of the wallet x 60%%)", h.Share)
	}
	if !nearS(r.Opaque, band(0.7, 0.7)) {
		t.Errorf("opaque %+v, want 70%%: half the supply is nobody's here, and 40%% of C1 is undeclared", r.Opaque)
	}
	if g.Entity("missing") != -1 {
		t.Errorf("an unknown id should give -1")
	}
}

func TestPathCapDoesNotBlurSharesBesideACycle(t *testing.T) {
	// T is 80% held by 20 people (4% each) and 20% by C, which is in a
	// cycle with D; listing stops at 5 paths, yet every person's share
	// stays exact: only the owners above a cycle can differ between the
	// simple-paths and geometric values
	var people []string
	var es []edge
	for i := 0; i < 20; i++ {
		p := "P" + itoa4(i)
		people = append(people, p)
		es = append(es, edge{p, "T", ex(0.04)})
	}
	es = append(es, edge{"C", "T", ex(0.2)}, edge{"D", "C", ex(0.5)}, edge{"C", "D", ex(1)}, edge{"Q", "C", ex(0.5)})
	people = append(people, "Q")
	g := build(people, es)
	opts := DefaultOptions()
	opts.MaxPaths = 5
	r := g.LookThrough(g.Entity("T"), opts)
	if !r.Capped || len(r.Paths) != 5 {
		t.Fatalf("capped %v with %d paths, want capped at 5", r.Capped, len(r.Paths))
	}
	for _, p := range people[:20] {
		if h := r.Of(g.Entity(p)); !nearS(h.Share, ex(0.04)) {
			t.Errorf("%s holds %+v, want exactly 4%%", p, h.Share)
		}
	}
	// Q: simple paths T<-C<-Q = 10%; walks 10% / (1 - 50%) = 20%
	if h := r.Of(g.Entity("Q")); !near(h.Simple.Low, 0.1) || !near(h.Geometric.Low, 0.2) {
		t.Errorf("Q simple %v geometric %v, want 10%% and 20%%", h.Simple, h.Geometric)
	}
}

// A company declaring no beneficial owners keeps each named person's direct
// share of it strictly below 25%, and the excluded bound carries up the
// chain: the os-07 BODS example (A<-B 50; B<-C 50; B<-D 50; C<-P 100;
// D<-P unknown; D: noBeneficialOwners).
func TestNoBeneficialOwnersBound(t *testing.T) {
	es := []edge{{"B", "A", ex(0.5)}, {"C", "B", ex(0.5)}, {"D", "B", ex(0.5)}, {"P", "C", ex(1)}, {"P", "D", registry.Unknown}, {"U", "D", registry.Unknown}}
	tests := []struct {
		name     string
		noBO     bool
		pd       registry.Share // P's declared share of D
		unknownU bool           // U is an unknown person
		target   string
		holder   string
		want     registry.Share
		verdict  Verdict
	}{
		{"B through the declaration", true, registry.Unknown, true, "B", "P", registry.Share{Low: 0.5, High: 0.625, HighOpen: true}, IsOwner},
		{"A through the declaration", true, registry.Unknown, true, "A", "P", registry.Share{Low: 0.25, High: 0.3125, HighOpen: true}, IsOwner},
		{"D itself: below 25%", true, registry.Unknown, true, "D", "P", registry.Share{Low: 0, High: 0.25, HighOpen: true}, NotOwner},
		{"an unknown person is not capped", true, registry.Unknown, true, "D", "U", registry.Unknown, Undeterminable},
		{"a band under the threshold stays", true, band(0, 0.1), true, "D", "P", band(0, 0.1), NotOwner},
		{"a declared 30% contradicts: kept", true, ex(0.3), true, "D", "P", ex(0.3), IsOwner},
		{"without the declaration", false, registry.Unknown, true, "B", "P", band(0.5, 1), IsOwner},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cp := append([]edge(nil), es...)
			cp[4].share = tc.pd
			g := build([]string{"P", "U"}, cp)
			if tc.unknownU {
				g.Nodes[g.Entity("U")].UnknownPerson = true
			}
			g.Nodes[g.Entity("D")].NoBeneficialOwners = tc.noBO
			g.frozen = false
			r := g.LookThrough(g.Entity(tc.target), DefaultOptions())
			got := r.Of(g.Entity(tc.holder)).Share
			if !nearS(got, tc.want) || got.HighOpen != tc.want.HighOpen {
				t.Errorf("%s holds %+v of %s, want %+v", tc.holder, got, tc.target, tc.want)
			}
			if v := Decide(got, 0.25); v != tc.verdict {
				t.Errorf("verdict at 25%%: %v, want %v", v, tc.verdict)
			}
		})
	}
	// an excluded bound at the threshold is below it; a closed one is not
	if Decide(registry.Share{High: 0.25, HighOpen: true}, 0.25) != NotOwner || Decide(band(0, 0.25), 0.25) != Undeterminable {
		t.Error("Decide ignores whether the upper bound is excluded")
	}
}

// TestOneRecordOneHolding: the interests one record gives (a BODS
// relationship's shareholding, voting rights and board seat) are one edge
// with the shareholding's share, not holdings that add up; rows of other
// records, and rows with no file, stay edges of their own.
func TestOneRecordOneHolding(t *testing.T) {
	rel := registry.Origin{File: "bods.json", Sheet: "statements", Row: 7}
	reg := &registry.Registry{
		People:    []registry.Person{{ID: "P"}},
		Companies: []registry.Company{{ID: "C"}, {ID: "D"}},
		Ownership: []registry.Ownership{
			{OwnerID: "P", OwnedID: "C", Share: registry.Unknown, Interest: "boardChair", Origin: rel.At("interests[2]")},
			{OwnerID: "P", OwnedID: "C", Share: ex(0.8), Interest: "votingRights", Origin: rel.At("interests[1]")},
			{OwnerID: "P", OwnedID: "C", Share: ex(0.6), Interest: "shareholding", Origin: rel.At("interests[0]")},
			{OwnerID: "P", OwnedID: "C", Share: ex(0.1), Interest: "shareholding", Origin: registry.Origin{File: "bods.json", Sheet: "statements", Row: 8}},
			{OwnerID: "P", OwnedID: "D", Share: ex(0.3), Interest: "votingRights", Origin: rel.At("interests[0]")},
			{OwnerID: "P", OwnedID: "D", Share: registry.Unknown, Interest: "appointmentOfBoard", Origin: rel.At("interests[1]")},
			{OwnerID: "P", OwnedID: "D", Share: ex(0.2)},
			{OwnerID: "P", OwnedID: "D", Share: ex(0.2)},
		},
	}
	g := FromRegistry(reg)
	type got struct {
		owned, interest string
		share           registry.Share
	}
	var edges []got
	for _, e := range g.Edges {
		edges = append(edges, got{g.Nodes[e.Owned].ID, e.Interest, e.Declared})
	}
	want := []got{
		{"C", "shareholding, boardChair, votingRights", ex(0.6)},
		{"C", "shareholding", ex(0.1)},
		{"D", "votingRights, appointmentOfBoard", ex(0.3)},
		{"D", "", ex(0.2)},
		{"D", "", ex(0.2)},
	}
	if len(edges) != len(want) {
		t.Fatalf("edges %+v, want %+v", edges, want)
	}
	for i := range want {
		if edges[i] != want[i] {
			t.Errorf("edge %d = %+v, want %+v", i, edges[i], want[i])
		}
	}
	if tot := g.DeclaredTotal(g.Entity("C")); !nearS(tot, ex(0.7)) {
		t.Errorf("declared total of C %+v, want 70%% (60%% of shares and 10%%, not the votes too)", tot)
	}
}

// TestHalfReachedOpenBounds: the 50% rule adds direct holdings with their
// excluded upper bounds: "under 25%" and 25% stay under 50%, "under 50%"
// never reaches it, 25%–50% may, and a sum over 100% is 100% included.
func TestHalfReachedOpenBounds(t *testing.T) {
	under := func(f float64) registry.Share { return registry.Share{High: f, HighOpen: true} }
	for _, tt := range []struct {
		name              string
		shares            []registry.Share
		blocked, possible bool
	}{
		{"under 50%", []registry.Share{under(0.5)}, false, false},
		{"under 25% and 25%", []registry.Share{under(0.25), registry.Exact(0.25)}, false, false},
		{"25%-50%", []registry.Share{{Low: 0.25, High: 0.5}}, false, true},
		{"50%", []registry.Share{registry.Exact(0.5)}, true, false},
		{"just under 50%", []registry.Share{registry.Exact(0.4999999999)}, false, false},
		{"under 60% and 45%", []registry.Share{under(0.6), registry.Exact(0.45)}, false, true},
		{"under 80% and 40%", []registry.Share{under(0.8), {Low: 0.4, High: 0.4}}, false, true},
	} {
		var sum registry.Share
		for _, s := range tt.shares {
			sum = AddShares(sum, s)
		}
		if b, p := HalfReached(sum); b != tt.blocked || p != tt.possible {
			t.Errorf("%s: sum %+v: blocked %v, possible %v; want %v, %v", tt.name, sum, b, p, tt.blocked, tt.possible)
		}
	}
	if s := AddShares(under(0.8), registry.Exact(0.4)); s.High != 1 || s.HighOpen {
		t.Errorf("under 80%% and 40%% = %+v, want an upper bound of 100%% included", s)
	}
}

// TestOpaqueOverclaimed: when the shares held in a node add up to more than
// 100%, 1 minus what reaches a person understates what reaches none; the
// opaque share is never less than what the ends that reach none hold (each
// counted once), and within 100% nothing changes.
func TestOpaqueOverclaimed(t *testing.T) {
	tests := []struct {
		name        string
		people      []string
		edges       []edge
		opaque      registry.Share
		overclaimed bool
	}{
		{"60% person + 50% unknown company", []string{"P"}, []edge{{"P", "T", ex(0.6)}, {"X", "T", ex(0.5)}},
			ex(0.5), true}, // 1 - 60% said 40%
		{"60% person + 100% unknown company", []string{"P"}, []edge{{"P", "T", ex(0.6)}, {"X", "T", ex(1)}},
			ex(1), true}, // 1 - 60% said 40%
		{"overclaim above the target", []string{"P"}, []edge{{"C", "T", ex(1)}, {"P", "C", ex(0.6)}, {"X", "C", ex(0.5)}},
			ex(0.5), true},
		{"an unknown end reached by two paths, once with its holding", []string{"P"},
			[]edge{{"P", "T", ex(0.5)}, {"A", "T", ex(0.3)}, {"B", "T", ex(0.3)}, {"X", "A", ex(1)}, {"X", "B", ex(1)}},
			ex(0.6), true},
		// A is claimed 150%, by X and by B, which A owns: X's holding runs
		// from its simple path (50%) to the walks through the cycle (100%)
		{"an unknown end above a cycle, once with its holding", []string{"P"},
			[]edge{{"P", "T", ex(0.6)}, {"A", "T", ex(0.5)}, {"X", "A", ex(1)}, {"B", "A", ex(0.5)}, {"A", "B", ex(1)}},
			band(0.5, 1), true},
		{"overclaimed unknown share within a band", []string{"P"}, []edge{{"P", "T", ex(0.6)}, {"C", "T", ex(0.5)}, {"X", "C", registry.Unknown}},
			band(0.4, 0.5), true}, // X may hold all of C's 50% claim; 1 - 60% capped it at 40%
		// within 100%: what it was
		{"within 100%", []string{"P"}, []edge{{"P", "T", ex(0.6)}, {"X", "T", ex(0.3)}},
			ex(0.4), false},
		{"unknown shares whose highs overlap", []string{"P"},
			[]edge{{"P", "T", ex(0.4)}, {"A", "T", registry.Unknown}, {"B", "T", registry.Unknown}, {"X", "A", ex(1)}, {"Y", "B", ex(1)}},
			ex(0.6), false}, // X and Y each up to 60%, not both: P holds 40%, so at most 60% is opaque
		{"lower bounds within 100% tighten Low", []string{"P", "Q"}, []edge{{"P", "T", band(0, 0.5)}, {"Q", "T", band(0, 0.5)}, {"X", "T", ex(0.3)}},
			band(0.3, 1), false}, // 1 - (50% + 50%) said 0%; X holds 30%
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := build(tc.people, tc.edges)
			r := g.LookThrough(g.Entity("T"), DefaultOptions())
			if !nearS(r.Opaque, tc.opaque) {
				t.Errorf("opaque = %+v, want %+v", r.Opaque, tc.opaque)
			}
			if r.Overclaimed != tc.overclaimed {
				t.Errorf("overclaimed = %v, want %v", r.Overclaimed, tc.overclaimed)
			}
		})
	}
}

// TestOpaqueOverclaimedTwice: a vessel claimed 60% and 50% by two tokens,
// and 100% more by the first in a second claims sheet (210% in all): the
// first token's people hold 80% of 160%, more than the whole, so 1 minus
// what reaches a person said 0%; the unknown company holding the rest of
// the first token and all of the second holds 20% x 160% + 50%.
func TestOpaqueOverclaimedTwice(t *testing.T) {
	g := build([]string{"P"}, []edge{{"A", "V", ex(0.6)}, {"B", "V", ex(0.5)}, {"A", "V", ex(1)},
		{"P", "A", ex(0.8)}, {"X", "A", ex(0.2)}, {"X", "B", ex(1)}})
	r := g.LookThrough(g.Entity("V"), DefaultOptions())
	if !nearS(r.Opaque, ex(0.82)) || !r.Overclaimed {
		t.Errorf("opaque = %+v, overclaimed %v, want 82%% and overclaimed", r.Opaque, r.Overclaimed)
	}
}
