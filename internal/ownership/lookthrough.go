package ownership

import (
	"slices"
	"sort"

	"github.com/tokenaudit/audit/internal/registry"
)

// Options bound the work of a look-through.
type Options struct {
	// MaxPaths caps the ownership paths listed per target; beyond it
	// Result.Capped is set. The shares do not depend on it.
	MaxPaths int
	// MaxSteps caps the depth-first steps spent adding up simple paths
	// through cycles; beyond it Result.Capped is set and, above a cycle,
	// the simple-paths value's upper bound becomes the geometric one.
	MaxSteps int
	// MaxDepth caps the length of one path (such a path ends "depth").
	MaxDepth int
	// MaxIterations caps the fixed-point iterations inside one cycle.
	MaxIterations int
}

// DefaultOptions are the bounds used when none are given.
func DefaultOptions() Options {
	return Options{MaxPaths: 1000, MaxSteps: 200000, MaxDepth: 64, MaxIterations: 10000}
}

// Holding is what one node holds, directly and indirectly, of a target.
type Holding struct {
	Node int32
	// Simple is the sum over simple paths (no node twice) of the product of
	// the edge shares along each path.
	Simple registry.Share
	// Geometric is the sum over every walk, cycles included (the geometric
	// series through each cycle). Without cycles it equals Simple.
	Geometric registry.Share
	// Share is what the data allows: from Simple's lower bound to
	// Geometric's upper bound, within [0, 1]; HighOpen when that upper
	// bound is excluded (a term of it passes an excluded edge bound).
	Share registry.Share
	// InCycle is true when the node is in a circular ownership.
	InCycle bool
}

// Path is one ownership chain from the target up to an ultimate owner.
type Path struct {
	// Edges from the target upward: Edges[0].Owned is the target, and each
	// edge's Owner is the next edge's Owned.
	Edges []int32
	// Share is the product of the edge shares.
	Share registry.Share
	// End says how the chain ends: "person", "unknown" (no owner is known,
	// or an unknown person), "listed-company", "state", "cycle" (the next
	// owner is already on the path) or "depth" (MaxDepth reached).
	End string
}

// Top is the node at the upper end of the path.
func (p Path) Top(g *Graph) int32 {
	return g.Edges[p.Edges[len(p.Edges)-1]].Owner
}

// Result is the look-through of one target.
type Result struct {
	Target   int32
	Holdings []Holding // every node that owns part of the target, ascending by node index
	Paths    []Path    // simple paths to ultimate owners, at most MaxPaths
	Capped   bool      // path listing stopped at MaxPaths, or the walk at MaxSteps
	Cycles   []Cycle   // circular ownership among the target's owners
	// Opaque is how much of the target reaches no natural person (nor a
	// listed company or state body): 1 minus what reaches one, and never
	// less than what the ends that reach none hold (the top nodes whose
	// End is "unknown": no owners known, an unknown person, a wallet no
	// one is known to hold; each node once, with its Holding).
	//
	// The second bound changes nothing while the shares held in each node
	// of the chain add up to at most 100%: what reaches a person and what
	// reaches an unknown end are then parts of one whole, the undeclared
	// remainders the rest, so with every share at its upper bound what the
	// unknown ends hold at least stays within 1 minus what the persons
	// hold at most. When only the lower bounds add up to at most 100%, it
	// can only tighten Low to a bound as true (two people each 0%–50% and a
	// company with no known owner at 30%: at least 30%, where 1 minus 100%
	// says 0%). When the shares add up to more than 100% (Overclaimed: a
	// vessel claimed 60% + 50% by two tokens, a company declared owned
	// 110%), 1 minus what reaches a person understates it (60% to a
	// person and 50% to an unknown owner said 40%): Low is then what the
	// unknown ends hold at least (50%) when that is more, High the larger
	// of what they hold at most and 1 minus what reaches a person at least,
	// measures of claims that add up to more than the whole, not parts of
	// one. Without
	// an overclaim High stays 1 minus what reaches a person at least: with
	// every share at its lower bound the unknown ends' lower bounds stay
	// within it, and their upper bounds, when they pass it, are ones the
	// shares cannot all reach at once (two unknown shares of a company,
	// each up to what its known owners leave).
	Opaque registry.Share
	// Reached is what the top nodes that are natural persons, listed
	// companies or state bodies hold added up (all of it when the target is
	// one), Unreached what the ends that reach none hold added up: each
	// sum unclamped, so that an overclaim shows (above 1).
	Reached, Unreached registry.Share
	// Overclaimed is true when the shares held in the target, or in a node
	// above it, add up to more than 100% (their declared lower bounds).
	Overclaimed bool

	at map[int32]int
}

// Of returns the node's holding; a node that owns nothing of the target
// holds exactly zero.
func (r *Result) Of(v int32) Holding {
	h, _ := r.Lookup(v)
	return h
}

// Lookup returns the node's holding and whether it is one of Holdings.
func (r *Result) Lookup(v int32) (Holding, bool) {
	if i, ok := r.at[v]; ok {
		return r.Holdings[i], true
	}
	return Holding{Node: v}, false
}

// Verdict is the answer to "is this person a beneficial owner at this
// threshold?".
type Verdict int

// The verdicts.
const (
	NotOwner       Verdict = iota // holds less than the threshold whatever the unknowns are
	IsOwner                       // holds at least the threshold whatever the unknowns are
	Undeterminable                // the data allows both
)

// String names the verdict.
func (v Verdict) String() string {
	switch v {
	case IsOwner:
		return "beneficial owner"
	case Undeterminable:
		return "undeterminable"
	}
	return "not a beneficial owner"
}

const (
	// eps is how far a share may be from a threshold and count as at it:
	// the rounding error of sums and products of shares, far under any
	// difference a register writes (a declared 24.9999999% is below 25%).
	// The report writes shares with the same tolerance
	// (report.ShareTolerance).
	eps     = 1e-12
	walkCap = 1e9      // geometric sums are kept below this (they are clamped to 1 on output)
	maxWork = 20000000 // edge evaluations spent iterating one cycle
)

// Decide gives the verdict for a share interval at a threshold: a beneficial
// owner when even the lower bound reaches it, not one when even the upper
// bound stays below it (an excluded upper bound equal to the threshold
// stays below it), undeterminable otherwise.
func Decide(s registry.Share, threshold float64) Verdict {
	switch {
	case s.Low >= threshold-eps:
		return IsOwner
	case s.Below(threshold, eps):
		return NotOwner
	}
	return Undeterminable
}

// Verdict decides whether node v owns at least threshold of the target.
func (r *Result) Verdict(v int32, threshold float64) Verdict {
	return Decide(r.Of(v).Share, threshold)
}

// End classifies a node at the top of a chain (one with no owners).
func (g *Graph) End(v int32) string {
	n := g.Nodes[v]
	switch {
	case n.Kind == Person && !n.UnknownPerson && !n.Missing:
		return "person"
	case n.Listed || n.Exempt:
		return "listed-company"
	case n.State:
		return "state"
	}
	return "unknown"
}

// LookThrough computes the effective ownership of target by every node
// above it: shares multiplied along paths and added across paths, as
// intervals. It visits only the target's owners, in time linear in their
// nodes and edges (plus the bounded work inside cycles and the capped path
// enumeration), and never loops forever.
func (g *Graph) LookThrough(target int32, opts Options) *Result {
	g.Freeze()
	if opts.MaxPaths <= 0 {
		opts = DefaultOptions()
	}
	res := &Result{Target: target, at: map[int32]int{}}

	// the owners above target, numbered locally so that the work is
	// proportional to them and not to the graph
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
	local := func(v int32) int32 {
		if p, ok := pos[v]; ok {
			return p
		}
		return -1
	}
	// down lists, by local position, the owner->owned edges between two
	// owners above target: read from the owned nodes' owner edges (every
	// owner of one of them is in the set), not from the owners' owned
	// edges, which can lead far outside it (a holding company owning
	// thousands of companies, asked for each chain)
	down := make([][]int32, len(reach))
	for i := len(reach) - 1; i >= 0; i-- {
		for _, ei := range g.owners[reach[i]] {
			o := pos[g.Edges[ei].Owner]
			down[o] = append(down[o], ei)
		}
	}
	for _, d := range down {
		slices.Sort(d) // in edge order, as g.owned lists them
	}
	downOf := func(i int32) []int32 { return down[i] }
	comp := g.components(reach, downOf, local)
	res.Cycles = g.cyclesOf(reach, comp, downOf)
	inCycle := map[int32]bool{}
	for _, c := range res.Cycles {
		for _, v := range c.Nodes {
			inCycle[v] = true
		}
	}

	// geometric value, component by component from the target upward
	byComp := map[int32][]int32{}
	var comps []int32
	for i, v := range reach {
		c := comp[i]
		if _, ok := byComp[c]; !ok {
			comps = append(comps, c)
		}
		byComp[c] = append(byComp[c], v)
	}
	sort.Slice(comps, func(i, j int) bool { return comps[i] < comps[j] })
	lo := make(map[int32]float64, len(reach))
	hi := make(map[int32]float64, len(reach))
	// hiOpen: the upper bound is excluded, because some term of it is a
	// product with an excluded bound (a sum with one term below its bound
	// stays below the sum of the bounds)
	hiOpen := make(map[int32]bool)
	eval := func(v int32) (float64, float64, bool) {
		var l, h float64
		var open bool
		if v == target {
			l, h = 1, 1
		}
		for _, ei := range down[pos[v]] {
			e := &g.Edges[ei]
			l += e.Share.Low * lo[e.Owned]
			t := e.Share.High * hi[e.Owned]
			h += t
			open = open || (g.open && t > 0 && (e.Share.HighOpen || hiOpen[e.Owned]))
		}
		// no clamping here: a walk sum inside a cycle may exceed 1 (the
		// output is clamped); the cap only keeps divergent sums finite
		if h >= walkCap {
			open = false
		}
		return minf(l, walkCap), minf(h, walkCap), open
	}
	for _, c := range comps {
		vs := byComp[c]
		if len(vs) == 1 && !inCycle[vs[0]] {
			var open bool
			lo[vs[0]], hi[vs[0]], open = eval(vs[0])
			if open {
				hiOpen[vs[0]] = true
			}
			continue
		}
		sort.Slice(vs, func(i, j int) bool { return vs[i] < vs[j] })
		// Gauss-Seidel from zero rises monotonically, so unfinished values
		// are lower bounds; the budget keeps a huge component cheap.
		var work int
		for _, v := range vs {
			work += len(down[pos[v]]) + 1
		}
		budget := opts.MaxIterations
		if b := maxWork / work; b < budget {
			budget = max(b, 20)
		}
		converged := false
		for it := 0; it < budget; it++ {
			var delta float64
			for _, v := range vs {
				l, h, open := eval(v)
				if d := l - lo[v]; d > delta {
					delta = d
				}
				if d := h - hi[v]; d > delta {
					delta = d
				}
				lo[v], hi[v] = l, h
				if open {
					hiOpen[v] = true
				} else if hiOpen[v] {
					delete(hiOpen, v)
				}
			}
			if delta < 1e-12 {
				converged = true
				break
			}
		}
		if !converged { // divergent or unfinished: nothing is known above the lower bounds
			for _, v := range vs {
				hi[v] = walkCap
				delete(hiOpen, v)
			}
		}
	}

	// simple paths: enumerated depth first. Listing stops at MaxPaths;
	// when there are cycles the walk goes on (up to MaxSteps) to add up the
	// simple-paths value, which differs from the geometric one only above
	// a cycle.
	slo := map[int32]float64{}
	shi := map[int32]float64{}
	shiOpen := map[int32]bool{}
	needSimple := len(res.Cycles) > 0
	steps := 0
	exhausted := false // MaxSteps reached: the walk stopped
	partial := false   // some simple paths were not added up
	onPath := map[int32]bool{target: true}
	var edges []int32
	var walk func(v int32, s registry.Share)
	walk = func(v int32, s registry.Share) {
		if exhausted || (res.Capped && !needSimple) {
			return
		}
		steps++
		if steps > opts.MaxSteps {
			exhausted, partial, res.Capped = true, true, true
			return
		}
		if needSimple && v != target {
			slo[v] += s.Low
			shi[v] += s.High
			if s.HighOpen && s.High > 0 {
				shiOpen[v] = true
			}
		}
		owners := g.owners[v]
		if len(owners) == 0 || len(edges) >= opts.MaxDepth {
			if len(edges) == 0 {
				return
			}
			end := g.End(v)
			if len(owners) > 0 {
				end = "depth"
				partial = true // deeper owners are not in the simple sums
			}
			g.addPath(res, edges, s, end, opts)
			return
		}
		for _, ei := range owners {
			e := &g.Edges[ei]
			next := registry.Share{Low: s.Low * e.Share.Low, High: s.High * e.Share.High}
			next.HighOpen = next.High > 0 && (s.HighOpen || e.Share.HighOpen)
			edges = append(edges, ei)
			if onPath[e.Owner] {
				g.addPath(res, edges, next, "cycle", opts)
			} else {
				onPath[e.Owner] = true
				walk(e.Owner, next)
				delete(onPath, e.Owner)
			}
			edges = edges[:len(edges)-1]
		}
	}
	walk(target, registry.Exact(1))

	// the nodes above a cycle: only there can the two values differ
	above := map[int32]bool{}
	if needSimple {
		var queue []int32
		for v := range inCycle {
			above[v] = true
			queue = append(queue, v)
		}
		for len(queue) > 0 {
			v := queue[len(queue)-1]
			queue = queue[:len(queue)-1]
			for _, ei := range g.owners[v] {
				if o := g.Edges[ei].Owner; !above[o] {
					above[o] = true
					queue = append(queue, o)
				}
			}
		}
	}

	sort.Slice(reach, func(i, j int) bool { return reach[i] < reach[j] })
	// what the ends reaching a person (a listed company, a state body) hold,
	// and what the ends reaching none hold; every node of reach once
	var personLow, personHigh, unknownLow, unknownHigh float64
	for _, v := range reach {
		if v == target {
			continue
		}
		h := Holding{Node: v, InCycle: inCycle[v], Geometric: clampShare(registry.Share{Low: lo[v], High: hi[v], HighOpen: hiOpen[v]})}
		h.Simple = h.Geometric
		if above[v] {
			h.Simple = clampShare(registry.Share{Low: slo[v], High: shi[v], HighOpen: shiOpen[v]})
			if partial { // the walk did not finish: only a lower bound is known
				h.Simple.High, h.Simple.HighOpen = h.Geometric.High, h.Geometric.HighOpen
			}
		}
		h.Share = registry.Share{Low: minf(h.Simple.Low, h.Geometric.Low), High: maxf(h.Simple.High, h.Geometric.High)}
		switch {
		case h.Simple.High > h.Geometric.High:
			h.Share.HighOpen = h.Simple.HighOpen
		case h.Simple.High < h.Geometric.High:
			h.Share.HighOpen = h.Geometric.HighOpen
		default:
			h.Share.HighOpen = h.Simple.HighOpen && h.Geometric.HighOpen
		}
		res.at[v] = len(res.Holdings)
		res.Holdings = append(res.Holdings, h)
		if len(g.owners[v]) == 0 {
			if g.End(v) != "unknown" {
				personLow += h.Share.Low
				personHigh += h.Share.High
			} else {
				unknownLow += h.Share.Low
				unknownHigh += h.Share.High
			}
		}
	}
	for _, v := range reach {
		if g.ownersLow[v] > 1+eps {
			res.Overclaimed = true
			break
		}
	}
	if len(g.owners[target]) == 0 && g.End(target) != "unknown" {
		personLow, personHigh = 1, 1
	}
	// see Result.Opaque for why unknownHigh counts only in an overclaim
	low := max(clamp01(1-personHigh), min(1, unknownLow))
	high := max(clamp01(1-personLow), low)
	if res.Overclaimed {
		high = max(high, min(1, unknownHigh))
	}
	res.Opaque = registry.Share{Low: low, High: high}
	res.Reached = registry.Share{Low: personLow, High: personHigh}
	res.Unreached = registry.Share{Low: unknownLow, High: unknownHigh}
	return res
}

func (g *Graph) addPath(res *Result, edges []int32, s registry.Share, end string, opts Options) {
	if len(res.Paths) >= opts.MaxPaths {
		res.Capped = true
		return
	}
	res.Paths = append(res.Paths, Path{Edges: append([]int32(nil), edges...), Share: s, End: end})
}

func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}

func maxf(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}

func hasKey(m map[int32]int32, k int32) bool {
	_, ok := m[k]
	return ok
}
