package ownership

import (
	"slices"
	"testing"

	"github.com/tokenaudit/audit/internal/registry"
)

// TestTogether: what two person nodes A and B would hold of T were they
// one, against their two shares added up (sum). Where they hold no node in
// common it is the sum; where both state one holding, or reach T through
// one node both hold with shares that only bound it, the sum counts the
// common part twice and Together counts it once.
func TestTogether(t *testing.T) {
	tests := []struct {
		name     string
		edges    []edge
		sum      registry.Share // A's and B's shares of T added up
		together registry.Share
	}{
		{"no node in common: the sum",
			[]edge{{"X", "T", ex(0.5)}, {"Y", "T", ex(0.5)}, {"A", "X", ex(0.4)}, {"B", "Y", ex(0.3)}},
			ex(0.35), ex(0.35)},
		{"one company's shares by different paths: the sum",
			[]edge{{"X", "T", ex(0.5)}, {"Y", "X", ex(0.5)}, {"A", "X", ex(0.2)}, {"B", "Y", ex(0.4)}},
			ex(0.2), ex(0.2)},
		{"one holding stated twice: read once",
			[]edge{{"X", "T", ex(1)}, {"A", "X", ex(0.15)}, {"B", "X", ex(0.15)}, {"C", "X", ex(0.7)}},
			ex(0.3), ex(0.15)},
		{"one holding of a shared intermediate stated twice, below a cycle-free chain",
			[]edge{{"X", "T", ex(0.5)}, {"Z", "T", ex(0.5)}, {"Y", "X", ex(1)}, {"A", "Y", registry.Unknown}, {"B", "Y", registry.Unknown}},
			band(0, 1), band(0, 0.5)},
		{"two different holdings of one company: added within what the others leave",
			[]edge{{"X", "T", ex(0.5)}, {"A", "X", band(0.25, 0.5)}, {"B", "X", band(0.1, 1)}, {"C", "X", ex(0.5)}},
			band(0.175, 0.325), band(0.175, 0.25)},
		{"two different exact holdings of one company: the sum",
			[]edge{{"X", "T", ex(1)}, {"A", "X", ex(0.2)}, {"B", "X", ex(0.1)}, {"C", "X", ex(0.7)}},
			ex(0.3), ex(0.3)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g := build([]string{"A", "B"}, tc.edges)
			T, a, b := g.Entity("T"), g.Entity("A"), g.Entity("B")
			r := g.LookThrough(T, DefaultOptions())
			ha, hb := r.Of(a).Share, r.Of(b).Share
			sum := registry.Share{Low: min(ha.Low+hb.Low, 1), High: min(ha.High+hb.High, 1)}
			if !nearS(sum, tc.sum) {
				t.Fatalf("A %+v and B %+v add up to %+v, want %+v (the case does not test what it says)", ha, hb, sum, tc.sum)
			}
			for _, c := range [][2]int32{{a, b}, {b, a}} {
				got := g.Together(r, c[0], c[1], DefaultOptions())
				if !nearS(got, tc.together) {
					t.Errorf("Together(%s, %s) = %+v, want %+v (sum %+v)", g.Nodes[c[0]].ID, g.Nodes[c[1]].ID, got, tc.together, sum)
				}
				if got.Low < max(ha.Low, hb.Low)-1e-9 || got.High > sum.High+1e-9 {
					t.Errorf("Together(%s, %s) = %+v, outside [either's low %v, the sum's high %v]", g.Nodes[c[0]].ID, g.Nodes[c[1]].ID, got, max(ha.Low, hb.Low), sum.High)
				}
			}
			// the graph itself is unchanged: A and B keep their own shares
			if r2 := g.LookThrough(T, DefaultOptions()); !nearS(r2.Of(a).Share, ha) || !nearS(r2.Of(b).Share, hb) {
				t.Errorf("after Together, A %+v and B %+v, want %+v and %+v", r2.Of(a).Share, r2.Of(b).Share, ha, hb)
			}
		})
	}
}

// TestTogetherOutsideTheChain: a node that holds nothing of the target
// adds nothing; the target itself holds all of it.
func TestTogetherOutsideTheChain(t *testing.T) {
	g := build([]string{"A", "B"}, []edge{{"X", "T", ex(0.6)}, {"A", "X", ex(0.5)}, {"B", "Y", ex(1)}})
	T, a, b := g.Entity("T"), g.Entity("A"), g.Entity("B")
	r := g.LookThrough(T, DefaultOptions())
	if got := g.Together(r, a, b, DefaultOptions()); !nearS(got, ex(0.3)) {
		t.Errorf("A with B, who holds nothing of T: %+v, want A's 30%%", got)
	}
	if got := g.Together(r, b, a, DefaultOptions()); !nearS(got, ex(0.3)) {
		t.Errorf("B, who holds nothing of T, with A: %+v, want A's 30%%", got)
	}
	if got := g.Together(g.LookThrough(g.Entity("Y"), DefaultOptions()), a, a, DefaultOptions()); !nearS(got, ex(0)) {
		t.Errorf("A with itself of Y, which A does not hold: %+v, want 0", got)
	}
	if got := g.Together(r, T, b, DefaultOptions()); !nearS(got, ex(1)) {
		t.Errorf("T with B: %+v, want all of T", got)
	}
}

// TestTogetherThroughACycle: both records hold one company of a circular
// ownership with one statement: counted once, with the cycle's value.
func TestTogetherThroughACycle(t *testing.T) {
	// T <- B 100%; B <- C 50%; C <- B 50%; C <- P and C <- Q 50%, one holding stated twice
	g := build([]string{"P", "Q"}, []edge{{"B", "T", ex(1)}, {"C", "B", ex(0.5)}, {"B", "C", ex(0.5)}, {"P", "C", ex(0.5)}, {"Q", "C", ex(0.5)}})
	r := g.LookThrough(g.Entity("T"), DefaultOptions())
	one := r.Of(g.Entity("P")).Share
	if got := g.Together(r, g.Entity("P"), g.Entity("Q"), DefaultOptions()); !nearS(got, one) {
		t.Errorf("together %+v, want P's own %+v (one holding)", got, one)
	}
}

// merged is g with b's edges a's, as Together describes it, built over the
// whole graph: a's and b's direct holdings of one node are one edge, b's
// statements repeating one of a's left out. It is what Together must equal,
// computed without its restriction to the nodes below a and b.
func merged(g *Graph, a, b int32) *Graph {
	m := &Graph{Nodes: slices.Clone(g.Nodes)}
	type key struct {
		owned    int32
		share    registry.Share
		interest string
	}
	fromA := map[key]int{}
	for _, e := range g.Edges {
		if e.Owner == a {
			fromA[key{e.Owned, e.Declared, e.Interest}]++
		}
	}
	sum := map[int32]*registry.Share{}
	var order []int32
	to := func(v int32) int32 {
		if v == b {
			return a
		}
		return v
	}
	for _, e := range g.Edges {
		if e.Owner != a && e.Owner != b {
			m.Edges = append(m.Edges, Edge{Owner: e.Owner, Owned: to(e.Owned), Declared: e.Declared, Interest: e.Interest})
			continue
		}
		if k := (key{e.Owned, e.Declared, e.Interest}); e.Owner == b && fromA[k] > 0 {
			fromA[k]--
			continue
		}
		w := to(e.Owned)
		if sum[w] == nil {
			sum[w] = &registry.Share{}
			order = append(order, w)
		}
		s := sum[w]
		s.Low += e.Declared.Low
		s.High += e.Declared.High
		s.HighOpen = s.HighOpen || (e.Declared.HighOpen && e.Declared.High > 0)
	}
	for _, w := range order {
		m.Edges = append(m.Edges, Edge{Owner: a, Owned: w, Declared: *sum[w]})
	}
	return m
}

// TestTogetherIsTheMergedLookThrough: on generated registries (cycles,
// bands, unknown shares), for pairs of people among a target's owners,
// some holding one company with one statement, Together equals the
// look-through of the whole graph with the two merged (merged), which it
// computes from the nodes below the two only.
func TestTogetherIsTheMergedLookThrough(t *testing.T) {
	g := generate(3000, 5)
	// some pairs state one holding: a person repeats another's statement
	var extra []Edge
	for i := 0; i < 200; i++ {
		e := g.Edges[i*7]
		if g.Nodes[e.Owner].Kind == Person {
			extra = append(extra, Edge{Owner: int32(3000 + (int(e.Owner)+1)%1500), Owned: e.Owned, Declared: e.Declared})
		}
	}
	for _, e := range extra {
		g.AddEdge(e)
	}
	g.Freeze()
	opts := DefaultOptions()
	opts.MaxPaths = 1
	compared, shared := 0, 0
	for target := int32(0); target < 3000 && compared < 300; target += 7 {
		r := g.LookThrough(target, opts)
		var people []int32
		for _, h := range r.Holdings {
			if g.Nodes[h.Node].Kind == Person {
				people = append(people, h.Node)
			}
		}
		for i := 0; i+1 < len(people); i += 2 {
			a, b := people[i], people[i+1]
			if i == 0 {
				b = people[len(people)-1]
			}
			m := merged(g, a, b)
			all := opts
			all.MaxPaths = 1 << 20
			full := m.LookThrough(target, all)
			if full.Capped { // the walk stopped: its simple-paths value is partial
				continue
			}
			want := full.Of(a).Share
			got := g.Together(r, a, b, opts)
			if !nearS(got, want) || got.HighOpen != want.HighOpen {
				t.Errorf("target %d, people %d and %d: Together %+v, merged look-through %+v", target, a, b, got, want)
			}
			compared++
			for _, ea := range g.owned[a] {
				for _, eb := range g.owned[b] {
					if g.Edges[ea].Owned == g.Edges[eb].Owned {
						shared++
					}
				}
			}
		}
	}
	if compared < 100 || shared == 0 {
		t.Fatalf("%d pairs compared, %d holding one node in common: the generator no longer makes the cases", compared, shared)
	}
	t.Logf("%d pairs compared, %d direct holdings in common", compared, shared)
}
