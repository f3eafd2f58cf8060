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
	all := make([]int32, len(g.Nodes))
	for i := range all {
		all[i] = int32(i)
	}
	owned := func(i int32) []int32 { return g.owned[i] }
	return g.cyclesOf(all, g.components(all, owned, func(v int32) int32 { return v }), owned)
}

// components labels the nodes of a set with their strongly connected
// component over the owner->owned edges, ignoring edges that leave the set.
// owned gives, for a node's position in nodes, its owner->owned edges (all
// of them, or only those inside the set), and local maps a node to its
// position in nodes, or -1 when it is outside the set; the result is
// indexed by that position, so the work is proportional to the set and the
// edges owned gives, not to the graph. Components are numbered in reverse
// topological order: an edge between components goes from a higher number
// (owner) to a lower one (owned).
func (g *Graph) components(nodes []int32, owned func(int32) []int32, local func(int32) int32) []int32 {
	n := len(nodes)
	const unvisited = -1
	index := make([]int32, n)
	low := make([]int32, n)
	comp := make([]int32, n)
	onStack := make([]bool, n)
	for i := range index {
		index[i] = unvisited
		comp[i] = -1
	}
	var stack []int32 // local positions
	type frame struct {
		v    int32 // local position
		next int   // position in g.owned of the node
	}
	var call []frame
	var counter, ncomp int32
	for root := int32(0); root < int32(n); root++ {
		if index[root] != unvisited {
			continue
		}
		call = append(call, frame{v: root})
		index[root], low[root] = counter, counter
		counter++
		stack = append(stack, root)
		onStack[root] = true
		for len(call) > 0 {
			f := &call[len(call)-1]
			v := f.v
			out := owned(v)
			if f.next < len(out) {
				w := local(g.Edges[out[f.next]].Owned)
				f.next++
				if w < 0 {
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
	return comp
}

// cyclesOf groups the set's nodes into cycles, given their components and
// their owned edges as components takes them.
func (g *Graph) cyclesOf(nodes []int32, comp []int32, owned func(int32) []int32) []Cycle {
	var ncomp int32
	for _, c := range comp {
		if c+1 > ncomp {
			ncomp = c + 1
		}
	}
	size := make([]int32, ncomp)
	for _, c := range comp {
		size[c]++
	}
	cyclic := make([]bool, ncomp)
	for i, v := range nodes {
		c := comp[i]
		if size[c] > 1 {
			cyclic[c] = true
			continue
		}
		for _, ei := range owned(int32(i)) {
			if g.Edges[ei].Owned == v {
				cyclic[c] = true
			}
		}
	}
	members := map[int32][]int32{}
	memberAt := map[int32][]int32{} // the members' positions in nodes
	for i, v := range nodes {
		if c := comp[i]; cyclic[c] {
			members[c] = append(members[c], v)
			memberAt[c] = append(memberAt[c], int32(i))
		}
	}
	out := make([]Cycle, 0, len(members))
	for c, vs := range members {
		in := make(map[int32]bool, len(vs))
		for _, v := range vs {
			in[v] = true
		}
		sort.Slice(vs, func(i, j int) bool { return g.Nodes[vs[i]].ID < g.Nodes[vs[j]].ID })
		cy := Cycle{Nodes: vs}
		for _, i := range memberAt[c] {
			for _, ei := range owned(i) {
				if in[g.Edges[ei].Owned] {
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
