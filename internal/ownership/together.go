package ownership

import (
	"slices"
	"strings"

	"github.com/tokenaudit/audit/internal/registry"
)

// Together is what nodes a and b would hold of target were they one node
// (two records that may be one person): the look-through, as LookThrough
// computes it, of the graph in which b's edges are a's. Their direct
// holdings of one node are one holding of it, of which a holding of b that
// repeats one of a's (the same declared share and interest: one holding
// stated twice) is read once, the others added up, within what the other
// owners of that node leave (as Freeze bounds an owner). So a path through
// a node both hold, or a holding both state, counts once, where adding
// a's and b's shares counts it twice. Without a node both hold directly it
// is the two shares added up (at most 100%), and never less than either.
// A node that holds nothing of target adds nothing; when a or b is the
// target itself, the result is all of it.
func (g *Graph) Together(target, a, b int32, opts Options) registry.Share {
	g.Freeze()
	if a == target || b == target {
		return registry.Exact(1)
	}
	pos := map[int32]int32{target: 0}
	reach := []int32{target}
	for i := 0; i < len(reach); i++ {
		for _, ei := range g.owners[reach[i]] {
			if o := g.Edges[ei].Owner; !hasKey(pos, o) {
				pos[o] = int32(len(reach))
				reach = append(reach, o)
			}
		}
	}
	if !hasKey(pos, a) {
		a, b = b, a
	}
	if !hasKey(pos, a) {
		return registry.Share{}
	}
	// the owners above target only, with b's edges a's: every owner of a
	// node of reach is in reach, so each node keeps all its owners and
	// Freeze bounds the edges as it does in g
	sub := &Graph{Nodes: make([]Node, len(reach))}
	for i, v := range reach {
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
	for _, v := range reach {
		for _, ei := range g.owners[v] {
			e := &g.Edges[ei]
			if e.Owner != a && e.Owner != b {
				sub.Edges = append(sub.Edges, Edge{Owner: local(e.Owner), Owned: local(e.Owned), Declared: e.Declared, Interest: e.Interest})
				continue
			}
			w := local(e.Owned)
			if _, ok := held[w]; !ok {
				order = append(order, w)
			}
			held[w] = append(held[w], statement{e.Declared, e.Interest, e.Owner == b})
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
	return sub.LookThrough(0, opts).Of(pos[a]).Share
}
