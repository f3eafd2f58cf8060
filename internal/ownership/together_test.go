package ownership

import (
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
				got := g.Together(T, c[0], c[1], DefaultOptions())
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
	if got := g.Together(T, a, b, DefaultOptions()); !nearS(got, ex(0.3)) {
		t.Errorf("A with B, who holds nothing of T: %+v, want A's 30%%", got)
	}
	if got := g.Together(T, b, a, DefaultOptions()); !nearS(got, ex(0.3)) {
		t.Errorf("B, who holds nothing of T, with A: %+v, want A's 30%%", got)
	}
	if got := g.Together(g.Entity("Y"), a, a, DefaultOptions()); !nearS(got, ex(0)) {
		t.Errorf("A with itself of Y, which A does not hold: %+v, want 0", got)
	}
	if got := g.Together(T, T, b, DefaultOptions()); !nearS(got, ex(1)) {
		t.Errorf("T with B: %+v, want all of T", got)
	}
}

// TestTogetherThroughACycle: both records hold one company of a circular
// ownership with one statement: counted once, with the cycle's value.
func TestTogetherThroughACycle(t *testing.T) {
	// T <- B 100%; B <- C 50%; C <- B 50%; C <- P and C <- Q 50%, one holding stated twice
	g := build([]string{"P", "Q"}, []edge{{"B", "T", ex(1)}, {"C", "B", ex(0.5)}, {"B", "C", ex(0.5)}, {"P", "C", ex(0.5)}, {"Q", "C", ex(0.5)}})
	T := g.Entity("T")
	one := g.LookThrough(T, DefaultOptions()).Of(g.Entity("P")).Share
	if got := g.Together(T, g.Entity("P"), g.Entity("Q"), DefaultOptions()); !nearS(got, one) {
		t.Errorf("together %+v, want P's own %+v (one holding)", got, one)
	}
}
