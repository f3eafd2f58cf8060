package ownership

import (
	"slices"
	"strings"

	"github.com/tokenaudit/audit/internal/registry"
)

// Together is what nodes a and b would hold of r's target (r is the
// look-through of that target in g) were they one node (two records that
// may be one person): the look-through, as LookThrough computes it, of the
// graph in which b's edges are a's. Their direct holdings of one node are
// one holding of it, of which a holding of b that repeats one of a's (the
// same declared share and interest: one holding stated twice) is read
// once, the others added up, within what the other owners of that node
// leave (as Freeze bounds an owner). So a path through a node both hold,
// or a holding both state, counts once, where adding a's and b's shares
// counts it twice. Without a node both hold directly it is the two shares
// added up (at most 100%), and never less than either. A node that holds
// nothing of the target adds nothing; when a or b is the target itself,
// the result is all of it. The work is proportional to the nodes below a
// and b that own part of the target and the edges between them, not to
// the target's owners nor to those of the nodes below a and b.
func (g *Graph) Together(r *Result, a, b int32, opts Options) registry.Share {
	g.Freeze()
	target := r.Target
	if a == target || b == target {
		return registry.Exact(1)
	}
	holds := func(v int32) bool {
		_, ok := r.at[v]
		return ok || v == target
	}
	if !holds(a) {
		a, b = b, a
	}
	if !holds(a) {
		return registry.Share{}
	}
	// the merged node's part of the graph: a, b and every node below them
	// that owns part of the target (each path from them to it passes only
	// such nodes); b's place is a's
	pos := map[int32]int32{}
	var nodes []int32
	visit := func(v int32) {
		if !hasKey(pos, v) {
			pos[v] = int32(len(nodes))
			nodes = append(nodes, v)
		}
	}
	visit(a)
	if holds(b) {
		visit(b)
	}
	for i := 0; i < len(nodes); i++ {
		for _, ei := range g.owned[nodes[i]] {
			if w := g.Edges[ei].Owned; holds(w) {
				visit(w)
			}
		}
	}
	sub := &Graph{Nodes: make([]Node, len(nodes))}
	for i, v := range nodes {
		sub.Nodes[i] = g.Nodes[v]
	}
	local := func(v int32) int32 {
		if v == b {
			v = a
		}
		return pos[v]
	}
	type statement struct {
		share    registry.Share
		interest string
		ofB      bool
	}
	held := map[int32][]statement{} // the merged node's direct holdings, by owned node
	var order []int32
	// the edges between two nodes of the part, by owned node: read from
	// the part's owned edges, not from each node's owners, of which a
	// company with thousands of shareholders has thousands, asked for
	// each pair of possible doubles
	inside := map[int32][]int32{}
	for _, u := range nodes {
		for _, ei := range g.owned[u] {
			if w := g.Edges[ei].Owned; hasKey(pos, w) {
				inside[w] = append(inside[w], ei)
			}
		}
	}
	for _, v := range nodes {
		// the owners of v outside the merged node's part of the graph
		// count only by their declared lower bounds, which bound the
		// others' shares of v (Freeze): one owner in their place holds
		// them all
		in := inside[v]
		slices.Sort(in) // edge order, as g.owners lists them
		var insideLow float64
		for _, ei := range in {
			insideLow += g.Edges[ei].Declared.Low
		}
		outside := g.ownersLow[v] - insideLow
		for _, ei := range in {
			e := &g.Edges[ei]
			switch {
			case e.Owner != a && e.Owner != b:
				sub.Edges = append(sub.Edges, Edge{Owner: local(e.Owner), Owned: local(v), Declared: e.Declared, Kind: e.Kind, Interest: e.Interest})
			default:
				w := local(v)
				if _, ok := held[w]; !ok {
					order = append(order, w)
				}
				held[w] = append(held[w], statement{e.Declared, e.Interest, e.Owner == b})
			}
		}
		if outside > 0 {
			o := int32(len(sub.Nodes))
			sub.Nodes = append(sub.Nodes, Node{Kind: Company})
			sub.Edges = append(sub.Edges, Edge{Owner: o, Owned: local(v), Declared: registry.Exact(outside)})
		}
	}
	for _, w := range order {
		sts := held[w]
		var sum registry.Share
		var interests []string
		used := make([]bool, len(sts))
		for _, s := range sts {
			// b's statement repeating one of a's not yet matched is that one
			if s.ofB {
				dup := false
				for j, t := range sts {
					if !t.ofB && !used[j] && t.share == s.share && t.interest == s.interest {
						used[j], dup = true, true
						break
					}
				}
				if dup {
					continue
				}
			}
			sum.Low += s.share.Low
			sum.High += s.share.High
			sum.HighOpen = sum.HighOpen || (s.share.HighOpen && s.share.High > 0)
			if s.interest != "" && !slices.Contains(interests, s.interest) {
				interests = append(interests, s.interest)
			}
		}
		sub.Edges = append(sub.Edges, Edge{Owner: pos[a], Owned: w, Declared: sum, Interest: strings.Join(interests, ", ")})
	}
	if opts.MaxPaths <= 0 {
		opts = DefaultOptions()
	}
	opts.MaxPaths = 1 // the shares do not depend on the paths listed
	return sub.LookThrough(pos[target], opts).Of(pos[a]).Share
}
