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
			if reached, _ := HalfReached(registry.Exact(sum[w])); reached {
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
				b.Share = AddShares(b.Share, e.Share)
			}
		}
		switch _, possible := HalfReached(b.Share); {
		case blocked[w]:
		case possible:
			b.Possible = true
		default:
			continue
		}
		out = append(out, b)
	}
	sort.Slice(out, func(i, j int) bool { return g.Nodes[out[i].Node].ID < g.Nodes[out[j].Node].ID })
	return out
}

// AddShares adds two direct holdings for the 50% rule: lower bounds and
// upper bounds added, the upper bound excluded when either excluded its
// own (under 25% and 25% is under 50%), at most 100% (then included).
func AddShares(a, b registry.Share) registry.Share {
	sum := registry.Share{Low: a.Low + b.Low, High: a.High + b.High,
		HighOpen: (a.HighOpen && a.High > 0) || (b.HighOpen && b.High > 0)}
	if sum.High > 1 {
		sum.High, sum.HighOpen = 1, false
	}
	return sum
}

// HalfReached judges blocked owners' direct holdings added up to s by the
// 50% rule: blocked when even the lower bound reaches 50%, possibly
// blocked when only the upper bound may (an excluded upper bound of 50%,
// "under 50%", does not), within the tolerance of a threshold (eps).
func HalfReached(s registry.Share) (blocked, possible bool) {
	if s.Low >= 0.5-eps {
		return true, false
	}
	return false, !s.Below(0.5, eps)
}
