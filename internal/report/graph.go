package report

import (
	"cmp"
	"fmt"
	"html"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// Status colours of the ownership graph (fill, stroke).
var statusColor = map[string][2]string{
	"sanctioned": {"#f8d0d0", "#c00000"},
	// a name match or wallet tie to confirm: the red of sanctioned, lighter
	"possibly-sanctioned": {"#fbe6e6", "#e06666"},
	"opaque":              {"#fde3c2", "#d46b08"},
	"unknown":             {"#e4e4e4", "#7f7f7f"},
	"clean":               {"#d5efd5", "#2e7d32"},
	"asset":               {"#d6e4f5", "#2f5597"},
}

// maxGraphNodes caps the drawn graph (drawnPaths picks whole paths, the
// largest shares first); the paths table still lists every path.
const maxGraphNodes = 300

type graphNode struct {
	id, name, kind, status string
	col, order             int
	weight                 float64
}

type graphEdge struct {
	from, to, label string
}

// ownershipSVG lays the ownership paths out in columns, the assets on the
// left and each owner one column right of what it owns, and draws them as an
// SVG element: entities coloured by status, edges labelled with the share
// the owner holds. Everything taken from the report is escaped. It returns
// "" when there is no path, and says how many nodes were left out.
func ownershipSVG(r *Report) (svg string, omitted int) {
	if len(r.Ownership) == 0 {
		return "", 0
	}
	entities := make(map[string]Entity, len(r.Entities))
	for _, e := range r.Entities {
		entities[e.ID] = e
	}
	assetNames := map[string]string{}
	assetKinds := map[string]string{} // vessel, token: what a path starts from
	for _, a := range r.Assets {
		assetNames[a.ID], assetKinds[a.ID] = a.Name, a.Kind
	}
	for _, t := range r.Tokens {
		assetNames[t.Address], assetKinds[t.Address] = t.Symbol, "token"
	}
	nodes := map[string]*graphNode{}
	var order []string
	add := func(id, name, kind, status string) {
		if _, ok := nodes[id]; ok {
			return
		}
		if e, ok := entities[id]; ok {
			status, kind = e.Status, e.Kind
			if e.Name != "" {
				name = e.Name
			}
		}
		nodes[id] = &graphNode{id: id, name: name, kind: kind, status: status}
		order = append(order, id)
	}
	edges := map[[2]string]*graphEdge{}
	var edgeOrder [][2]string
	out := map[string][]string{}
	var assets []string
	paths, omitted := drawnPaths(r.Ownership, maxGraphNodes)
	for _, p := range paths {
		if _, ok := nodes[p.Asset]; !ok {
			assets = append(assets, p.Asset)
		}
		add(p.Asset, assetNames[p.Asset], cmp.Or(assetKinds[p.Asset], "asset"), "asset")
		prev := p.Asset
		for _, s := range p.Steps {
			add(s.ID, s.Name, s.Kind, "unknown")
			key := [2]string{prev, s.ID}
			if _, ok := edges[key]; !ok {
				edges[key] = &graphEdge{from: prev, to: s.ID, label: openInterval(s.Low, s.High, s.HighOpen)}
				edgeOrder = append(edgeOrder, key)
				out[prev] = append(out[prev], s.ID)
			}
			prev = s.ID
		}
	}
	back := backEdges(assets, out)
	// An owner's column is its longest distance from an asset along edges
	// that are not part of a cycle, so every other edge points rightwards.
	indeg := map[string]int{}
	for _, k := range edgeOrder {
		if !back[k] {
			indeg[k[1]]++
		}
	}
	queue := []string{}
	for _, id := range order {
		if indeg[id] == 0 {
			queue = append(queue, id)
		}
	}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		for _, to := range out[id] {
			if back[[2]string{id, to}] {
				continue
			}
			nodes[to].col = max(nodes[to].col, nodes[id].col+1)
			if indeg[to]--; indeg[to] == 0 {
				queue = append(queue, to)
			}
		}
	}
	list := make([]*graphNode, 0, len(nodes))
	for _, id := range order {
		list = append(list, nodes[id])
	}
	slices.SortStableFunc(list, func(a, b *graphNode) int { return cmp.Or(cmp.Compare(a.col, b.col), cmp.Compare(a.id, b.id)) })
	cols := 0
	for _, n := range list {
		cols = max(cols, n.col+1)
	}
	columns := make([][]*graphNode, cols)
	for _, n := range list {
		columns[n.col] = append(columns[n.col], n)
	}
	// Order each column by the mean position of what its nodes own, to keep
	// edges short and crossings few.
	owned := map[string][]string{}
	for _, k := range edgeOrder {
		owned[k[1]] = append(owned[k[1]], k[0])
	}
	for i, n := range columns[0] {
		n.order = i
	}
	for c := 1; c < cols; c++ {
		for _, n := range columns[c] {
			sum, cnt := 0.0, 0
			for _, id := range owned[n.id] {
				if from, ok := nodes[id]; ok && from.col < c {
					sum += float64(from.order)
					cnt++
				}
			}
			n.weight = float64(len(columns[c]))
			if cnt > 0 {
				n.weight = sum / float64(cnt)
			}
		}
		slices.SortStableFunc(columns[c], func(a, b *graphNode) int {
			return cmp.Or(cmp.Compare(a.weight, b.weight), cmp.Compare(a.id, b.id))
		})
		for i, n := range columns[c] {
			n.order = i
		}
	}

	const (
		nodeW, nodeH = 290, 58 // wide enough for a 44-character id in 10px monospace
		colGap       = 400     // leaves 110 pixels for a share label such as 7.27%–10.91%
		rowGap       = 22      // between two nodes of a column
		labelGap     = 14      // between two share labels on one side of a node
		margin       = 24
	)
	// The edges of each node's sides: those to its owners leave its right
	// side, those from what it owns reach its left side.
	right, left := map[string][][2]string{}, map[string][][2]string{}
	for _, k := range edgeOrder {
		from, okF := nodes[k[0]]
		to, okT := nodes[k[1]]
		if !okF || !okT || back[k] {
			continue
		}
		right[from.id] = append(right[from.id], k)
		left[to.id] = append(left[to.id], k)
	}
	// Each share label sits at the owner's end of its edge, where its
	// other labels are, and a node is as tall as its labels need: no two
	// labels overlap, whichever column they are in.
	heightOf := func(n *graphNode) int { return max(nodeH, labelGap*(len(left[n.id])+1)) }
	top := map[string]int{}
	height := 0
	for _, col := range columns {
		y := margin
		for _, n := range col {
			top[n.id] = y
			y += heightOf(n) + rowGap
		}
		height = max(height, y-rowGap+margin+40) // room for the loops of cycles below
	}
	width := margin*2 + (cols-1)*colGap + nodeW
	pos := func(n *graphNode) (x, y int) { return margin + n.col*colGap, top[n.id] }

	// Ports spread the edges of a side in the order of their other ends,
	// so that they do not cross at the node.
	rightPorts := map[[2]string]int{}
	leftPorts := map[[2]string]int{}
	spread := func(n *graphNode, keys [][2]string, other func([2]string) *graphNode, into map[[2]string]int) {
		slices.SortStableFunc(keys, func(a, b [2]string) int { return cmp.Compare(other(a).order, other(b).order) })
		h := heightOf(n)
		for i, k := range keys {
			into[k] = h * (i + 1) / (len(keys) + 1)
		}
	}
	for _, id := range order {
		n, ok := nodes[id]
		if !ok {
			continue
		}
		spread(n, right[id], func(k [2]string) *graphNode { return nodes[k[1]] }, rightPorts)
		spread(n, left[id], func(k [2]string) *graphNode { return nodes[k[0]] }, leftPorts)
	}

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" class="ownership-graph" id="ownership-graph" width="%d" height="%d" viewBox="0 0 %d %d" role="img" aria-labelledby="ownership-graph-title">`, width, height, width, height)
	fmt.Fprintf(&b, `<title id="ownership-graph-title">Ownership graph: %d node(s), %d edge(s); the ownership paths table gives the same paths as text</title>`, len(list), len(edgeOrder))
	b.WriteString(`<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker></defs>`)
	b.WriteString(`<g class="edges">`)
	for _, key := range edgeOrder {
		e := edges[key]
		from, okF := nodes[e.from]
		to, okT := nodes[e.to]
		if !okF || !okT {
			continue
		}
		x1, y1 := pos(from)
		x2, y2 := pos(to)
		var d string
		var lx, ly int
		var anchor string
		if !back[key] {
			sx, sy, tx, ty := x1+nodeW, y1+rightPorts[key], x2, y2+leftPorts[key]
			mid := (sx + tx) / 2
			d = fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", tx, ty, mid, ty, mid, sy, sx, sy)
			lx, ly, anchor = tx-6, ty-4, "end"
		} else {
			// An edge closing a cycle: its owner is left of (or in the
			// column of) what it owns. It leaves the owner's right side
			// low and reaches the owned node's left side low, or loops
			// through the gap right of a shared column, dashed, its label
			// by the owner saying it closes a cycle.
			tx, ty := x2+nodeW, y2+heightOf(to)-8
			sx, sy := x1, y1+heightOf(from)-8
			if from.col <= to.col {
				sx = x1 + nodeW
				bend := max(x1, x2) + nodeW + 60
				d = fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", tx, ty, bend, ty, bend, sy, sx, sy)
			} else {
				mid := (sx + tx) / 2
				d = fmt.Sprintf("M%d,%d C%d,%d %d,%d %d,%d", tx, ty, mid, ty, mid, sy, sx, sy)
			}
			lx, ly, anchor = tx+6, ty-4, "start"
		}
		label, class, dash := e.label, "edge", ""
		if back[key] {
			label, class, dash = e.label+" (cycle)", "edge cycle", ` stroke-dasharray="6 4"`
		}
		fmt.Fprintf(&b, `<g class="%s" data-from="%s" data-to="%s"><title>%s owns %s of %s</title>`,
			class, esc(e.from), esc(e.to), esc(e.to), esc(label), esc(e.from))
		fmt.Fprintf(&b, `<path d="%s" fill="none" stroke="#555" stroke-width="1.3"%s marker-end="url(#arrow)"/>`, d, dash)
		fmt.Fprintf(&b, `<text x="%d" y="%d" text-anchor="%s" class="edge-label">%s</text></g>`, lx, ly, anchor, esc(label))
	}
	b.WriteString(`</g><g class="nodes">`)
	for _, n := range list {
		x, y := pos(n)
		c, ok := statusColor[n.status]
		if !ok {
			c = statusColor["unknown"]
		}
		name := n.name
		if name == "" {
			name = n.id // written in full on the third line
		}
		// The status is written out as well as coloured, and the id in
		// full: a printout in grey keeps both.
		kind := n.kind
		if n.status != "asset" && n.status != "" {
			kind += " · " + n.status
		}
		fmt.Fprintf(&b, `<g class="node status-%s" data-id="%s"><title>%s (%s %s): %s</title>`,
			esc(cssName(n.status)), esc(n.id), esc(name), esc(n.kind), esc(n.id), esc(n.status))
		stroke := "1.5"
		if n.status == "sanctioned" {
			stroke = "3"
		}
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="6" fill="%s" stroke="%s" stroke-width="%s"/>`,
			x, y, nodeW, heightOf(n), c[0], c[1], stroke)
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="node-name">%s</text>`, x+8, y+18, esc(fitText(name, 274/12.0)))
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="node-kind">%s</text>`, x+8, y+33, esc(fitText(kind, 274/10.0)))
		fmt.Fprintf(&b, `<text x="%d" y="%d" class="node-id">%s</text></g>`, x+8, y+48, esc(truncate(n.id, 44)))
	}
	b.WriteString(`</g></svg>`)
	return b.String(), omitted
}

// drawnPaths picks the paths the graph draws: all of them when their nodes
// number at most limit, else whole paths, largest effective share first,
// as long as their nodes fit, so that every drawn holder is drawn with its
// owners up to where the registers stop. It returns them in their order in
// the report, and how many nodes were left out.
func drawnPaths(paths []Path, limit int) (drawn []Path, omitted int) {
	all := map[string]bool{}
	for _, p := range paths {
		all[p.Asset] = true
		for _, s := range p.Steps {
			all[s.ID] = true
		}
	}
	if len(all) <= limit {
		return paths, 0
	}
	idx := make([]int, len(paths))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		return cmp.Or(cmp.Compare(paths[b].High, paths[a].High), cmp.Compare(paths[b].Low, paths[a].Low))
	})
	seen := map[string]bool{}
	chosen := make([]bool, len(paths))
	for _, i := range idx {
		var added []string
		for _, id := range append([]string{paths[i].Asset}, stepIDs(paths[i])...) {
			if !seen[id] && !slices.Contains(added, id) {
				added = append(added, id)
			}
		}
		if len(seen)+len(added) > limit {
			continue
		}
		for _, id := range added {
			seen[id] = true
		}
		chosen[i] = true
	}
	for i, p := range paths {
		if chosen[i] {
			drawn = append(drawn, p)
		}
	}
	return drawn, len(all) - len(seen)
}

func stepIDs(p Path) []string {
	ids := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		ids[i] = s.ID
	}
	return ids
}

func esc(s string) string { return html.EscapeString(xlsxText(s)) }

// cssName keeps letters, digits and dashes, for a class name.
func cssName(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '-' || (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			return r
		}
		return -1
	}, strings.ToLower(s))
}

// fitText cuts s with an ellipsis to about ems em widths of a sans-serif font:
// capitals and digits count 0.72 em, East Asian wide letters 1 em, others
// 0.6 em (generous for DejaVu Sans and its usual substitutes), so that a
// node's name stays inside its box.
func fitText(s string, ems float64) string {
	w := 0.0
	for i, r := range s {
		switch {
		case width.LookupRune(r).Kind() == width.EastAsianWide || width.LookupRune(r).Kind() == width.EastAsianFullwidth:
			w += 1
		case unicode.IsUpper(r) || unicode.IsDigit(r) || r == 'm' || r == 'w' || r == 'W' || r == 'M':
			w += 0.72
		default:
			w += 0.6
		}
		if w > ems-0.6 && i+utf8.RuneLen(r) < len(s) {
			return strings.TrimRight(s[:i], " ") + "…"
		}
	}
	return s
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n-1]) + "…"
}

// backEdges finds, by depth-first search from the assets, the edges that
// close a cycle (they lead back to a node on the search stack).
func backEdges(roots []string, out map[string][]string) map[[2]string]bool {
	back := map[[2]string]bool{}
	const (
		unseen = iota
		onStack
		done
	)
	state := map[string]int{}
	var visit func(id string)
	visit = func(id string) {
		state[id] = onStack
		for _, to := range out[id] {
			switch state[to] {
			case onStack:
				back[[2]string{id, to}] = true
			case unseen:
				visit(to)
			}
		}
		state[id] = done
	}
	for _, r := range roots {
		if state[r] == unseen {
			visit(r)
		}
	}
	// Nodes no asset reaches (not expected) are searched too.
	ids := make([]string, 0, len(out))
	for id := range out {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if state[id] == unseen {
			visit(id)
		}
	}
	return back
}
