package ownership

import (
	"sort"

	"github.com/tokenaudit/audit/internal/registry"
)

// Block is a node blocked by the OFAC 50% rule: the blocked owners' direct
// holdings in it add up to at least half. Holdings are added, never
// multiplied along a chain (OFAC FAQ 401).
type Block struct {
	Node int32
	// Share is the sum of the blocked owners' direct shares.
	Share registry.Share
	// Edges are the direct holdings of blocked owners, in input order.
	Edges []int32
	// Possible is true when only the upper bounds reach 50%: the node may be
	// blocked, and the data cannot tell.
	Possible bool
}

// Blocked propagates the 50% rule from the seed nodes (listed parties) to a
// fixed point: a node is blocked when the lower bounds of its blocked
// owners' direct shares add up to 50% or more; blocking it may block what
// it owns in turn. Seeds are not in the result. Nodes whose blocked owners
// reach 50% only by their upper bounds are returned with Possible set (an
// excluded upper bound, "under 50%", does not reach it). Each
// edge is looked at a bounded number of times: linear time.
func (g *Graph) Blocked(seeds []int32) []Block {
	g.Freeze()
	blocked := make(map[int32]bool, len(seeds))
	queue := append([]int32(nil), seeds...)
	for _, s := range seeds {
		blocked[s] = true
	}
	sum := map[int32]float64{}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, ei := range g.owned[v] {
			e := &g.Edges[ei]
			w := e.Owned
			if blocked[w] {
				continue
			}
			sum[w] += e.Share.Low
			if sum[w] >= 0.5-eps {
				blocked[w] = true
				queue = append(queue, w)
			}
		}
	}
	isSeed := map[int32]bool{}
	for _, s := range seeds {
		isSeed[s] = true
	}
	var out []Block
	candidates := map[int32]bool{}
	for v := range blocked {
		for _, ei := range g.owned[v] {
			if w := g.Edges[ei].Owned; !isSeed[w] {
				candidates[w] = true
			}
		}
	}
	for w := range candidates {
		b := Block{Node: w}
		for _, ei := range g.owners[w] {
			e := &g.Edges[ei]
			if blocked[e.Owner] {
				b.Edges = append(b.Edges, ei)
				b.Share.Low += e.Share.Low
				b.Share.High += e.Share.High
				b.Share.HighOpen = b.Share.HighOpen || (e.Share.HighOpen && e.Share.High > 0)
			}
		}
		if b.Share.High > 1 {
			b.Share.High, b.Share.HighOpen = 1, false
		}
		switch {
		case blocked[w]:
		case !b.Share.Below(0.5, eps): // "under 50%" never reaches it
			b.Possible = true
		default:
			continue
		}
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return g.Nodes[out[i].Node].ID < g.Nodes[out[j].Node].ID })
	return out
}
