package ownership

import "sort"

// Cycle is a strongly connected component of the ownership relation with
// more than one node, or one node that owns itself: circular ownership.
type Cycle struct {
	Nodes []int32 // ascending by node id
	Edges []int32 // the edges inside the component, ascending
}

// Cycles finds every circular ownership in the graph with Tarjan's
// algorithm, iteratively (no recursion, so deep chains cannot overflow the
// stack), in time linear in nodes and edges. The result is sorted by the
// smallest node id of each cycle.
func (g *Graph) Cycles() []Cycle {
	g.Freeze()
	comp := g.components(nil, nil)
	return g.cyclesOf(comp, nil)
}

// components labels nodes with their strongly connected component, over the
// owner->owned edges. When roots is non-nil, only those nodes are visited
// and edges to nodes outside them are ignored (in must say which nodes are
// among roots). Unvisited nodes get -1. Components are numbered in reverse
// topological order: an edge between components goes from a higher number
// (owner) to a lower one (owned).
func (g *Graph) components(roots []int32, in func(int32) bool) []int32 {
	n := len(g.Nodes)
	const unvisited = -1
	index := make([]int32, n)
	low := make([]int32, n)
	comp := make([]int32, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = unvisited
		comp[i] = -1
	}
	var stack []int32
	type frame struct {
		v    int32
		next int // position in g.owned[v]
	}
	var call []frame
	var counter, ncomp int32
	if in == nil {
		in = func(int32) bool { return true }
	}
	visit := func(root int32) {
		call = append(call, frame{v: root})
		index[root], low[root] = counter, counter
		counter++
		stack = append(stack, root)
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			if f.next < len(g.owned[v]) {
				w := g.Edges[g.owned[v][f.next]].Owned
				f.next++
				if !in(w) {
					continue
				}
				if index[w] == unvisited {
					index[w], low[w] = counter, counter
					counter++
					stack = append(stack, w)
					onStack[w] = true
					call = append(call, frame{v: w})
				} else if onStack[w] && index[w] < low[v] {
					low[v] = index[w]
				}
				continue
			}
			if low[v] == index[v] {
				for {
					w := stack[len(stack)-1]
					stack = stack[:len(stack)-1]
					onStack[w] = false
					comp[w] = ncomp
					if w == v {
						break
					}
				}
				ncomp++
			}
			call = call[:len(call)-1]
			if len(call) > 0 {
				p := call[len(call)-1].v
				if low[v] < low[p] {
					low[p] = low[v]
				}
			}
		}
	}
	if roots == nil {
		for v := 0; v < n; v++ {
			if index[v] == unvisited {
				visit(int32(v))
			}
		}
	} else {
		for _, v := range roots {
			if index[v] == unvisited {
				visit(v)
			}
		}
	}
	return comp
}

// cyclesOf groups the labelled nodes into cycles; only restricts as in components.
func (g *Graph) cyclesOf(comp []int32, in func(int32) bool) []Cycle {
	var ncomp int32
	for _, c := range comp {
		if c+1 > ncomp {
			ncomp = c + 1
		}
	}
	size := make([]int32, ncomp)
	for _, c := range comp {
		if c >= 0 {
			size[c]++
		}
	}
	cyclic := make([]bool, ncomp)
	for _, e := range g.Edges {
		c := comp[e.Owner]
		if c < 0 || c != comp[e.Owned] {
			continue
		}
		if in != nil && (!in(e.Owner) || !in(e.Owned)) {
			continue
		}
		if size[c] > 1 || e.Owner == e.Owned {
			cyclic[c] = true
		}
	}
	members := map[int32][]int32{}
	for v, c := range comp {
		if c >= 0 && cyclic[c] {
			members[c] = append(members[c], int32(v))
		}
	}
	out := make([]Cycle, 0, len(members))
	for c, vs := range members {
		sort.Slice(vs, func(i, j int) bool { return g.Nodes[vs[i]].ID < g.Nodes[vs[j]].ID })
		cy := Cycle{Nodes: vs}
		for _, v := range vs {
			for _, ei := range g.owned[v] {
				if comp[g.Edges[ei].Owned] == c {
					cy.Edges = append(cy.Edges, ei)
				}
			}
		}
		sort.Slice(cy.Edges, func(i, j int) bool { return cy.Edges[i] < cy.Edges[j] })
		out = append(out, cy)
	}
	sort.Slice(out, func(i, j int) bool { return g.Nodes[out[i].Nodes[0]].ID < g.Nodes[out[j].Nodes[0]].ID })
	return out
}
