package ownership

import (
	"slices"
	"strings"

	"github.com/tokenaudit/audit/internal/registry"
)

// Kind is the kind of a node of the graph.
type Kind uint8

// The node kinds.
const (
	Company Kind = iota
	Person
	Arrangement // a trust, nominee arrangement or joint shareholding
	Wallet
	Token
	Vessel // a vessel's economic view: the tokens that claim it own it
)

// String is the kind's name as subjects and paths use it.
func (k Kind) String() string {
	switch k {
	case Company:
		return "company"
	case Person:
		return "person"
	case Arrangement:
		return "arrangement"
	case Wallet:
		return "wallet"
	case Token:
		return "token"
	case Vessel:
		return "vessel"
	}
	return "unknown"
}

// Node is one party or thing of the graph. Entity ids are registry keys;
// wallet and token ids are lowercase 0x addresses.
type Node struct {
	ID   string
	Kind Kind
	Name string
	// Missing is true when an edge names this id but no registry row
	// describes it.
	Missing bool
	// UnknownPerson is a placeholder for an owner nobody has named.
	UnknownPerson bool
	// Listed is a company whose shares trade on an exchange; State is a
	// state body. Both are accepted ends of a chain, not opaque ones.
	Listed bool
	State  bool
	// Exempt is a company exempt from disclosing its beneficial owners
	// (BODS subjectExemptFromDisclosure, e.g. a listed company): an
	// accepted end of a chain, which ends "listed-company" there (the
	// reason for the exemption is the registry's, see registry.Company).
	Exempt bool
	// NoBeneficialOwners is a company that declared no natural person meets
	// the beneficial-ownership threshold: Freeze keeps each named person's
	// direct share of it strictly below NoBeneficialOwnerShare.
	NoBeneficialOwners bool
}

// NoBeneficialOwnerShare is the threshold a "no beneficial owners"
// declaration is read against: 25%, the EU AMLD, UK PSC and FATF threshold
// under which such declarations are made (not the audit's own threshold
// option, which may be lower for a higher-risk review).
const NoBeneficialOwnerShare = 0.25

// Edge says Owner holds Share of Owned. Declared is the share as the input
// gave it; Share is Declared with its upper bound tightened by the other
// owners' lower bounds and, for a named person owning a NoBeneficialOwners
// company, kept below NoBeneficialOwnerShare (see Graph.Freeze).
type Edge struct {
	Owner, Owned int32
	Declared     registry.Share
	Share        registry.Share
	// Kind is what the edge is; Interest, for an EdgeOwnership, the
	// interest as the registry writes it (free text: "shareholding",
	// "nominee", even "wallet"), for the others their own label.
	Kind     EdgeKind
	Interest string
	Origin   *registry.Origin // the registry row, or nil; points into the registry, not a copy
	Source   string           // a citation when there is no registry row (e.g. "chain block 123")
}

// EdgeKind is what an ownership edge stands for.
type EdgeKind uint8

// Kinds of edge.
const (
	EdgeOwnership    EdgeKind = iota // an interest the registry declares (an ownership row, a BODS or PSC interest)
	EdgeWallet                       // a wallets row: the holder controls the wallet
	EdgeIdentity                     // an on-chain identity joins a wallet to an owner
	EdgeTokenBalance                 // a wallet holds part of a token's supply
	EdgeTokenClaim                   // a token (or its issuer) claims part of a vessel
)

// Row is the registry row the edge came from, or the zero Origin.
func (e *Edge) Row() registry.Origin {
	if e.Origin == nil {
		return registry.Origin{}
	}
	return *e.Origin
}

// Cite is the edge's citation: its registry row, or its Source.
func (e *Edge) Cite() string {
	if e.Origin != nil && e.Origin.File != "" {
		return e.Origin.String()
	}
	return e.Source
}

// Graph is the ownership graph. Build it with New or FromRegistry, add nodes
// and edges; queries freeze it first (Freeze). Node and edge indexes are
// stable: they never change once assigned. A frozen graph is only read by
// its queries, so they may run concurrently; adding to it is not safe
// concurrently with anything.
type Graph struct {
	Nodes []Node
	Edges []Edge

	index  [4]map[string]int32 // entity, wallet, token and vessel ids -> node
	owners [][]int32           // node -> edges where it is Owned
	owned  [][]int32           // node -> edges where it is Owner
	// ownersLow is, by node, the declared lower bounds of its owners'
	// edges added up in edge order (Freeze)
	ownersLow []float64
	frozen    bool
	open      bool // some edge's Share has an excluded upper bound
}

// New returns an empty graph with room for about n nodes.
func New(n int) *Graph {
	return &Graph{index: [4]map[string]int32{make(map[string]int32, n), {}, {}, {}}, Nodes: make([]Node, 0, n)}
}

// space is the id space of a kind: companies, people and arrangements
// share the registry's keys; wallets and tokens are addresses.
func space(kind Kind) int {
	switch kind {
	case Wallet:
		return 1
	case Token:
		return 2
	case Vessel:
		return 3
	}
	return 0
}

func normID(kind Kind, id string) string {
	if kind == Wallet || kind == Token {
		return strings.ToLower(id)
	}
	return id
}

// Node returns the index of the node with the id, or -1. Companies, people
// and arrangements share one id space; wallets and tokens have their own.
func (g *Graph) Node(kind Kind, id string) int32 {
	if i, ok := g.index[space(kind)][normID(kind, id)]; ok {
		return i
	}
	return -1
}

// Entity returns the index of the company, person or arrangement with the id, or -1.
func (g *Graph) Entity(id string) int32 { return g.Node(Company, id) }

// Add adds a node, or returns the existing node with the same id, filling
// in what the earlier reference left blank.
func (g *Graph) Add(n Node) int32 {
	n.ID = normID(n.Kind, n.ID)
	m := g.index[space(n.Kind)]
	if m == nil {
		m = map[string]int32{}
		g.index[space(n.Kind)] = m
	}
	if i, ok := m[n.ID]; ok {
		old := &g.Nodes[i]
		if old.Missing && !n.Missing {
			*old = n
		}
		return i
	}
	i := int32(len(g.Nodes))
	g.Nodes = append(g.Nodes, n)
	m[n.ID] = i
	g.frozen = false
	return i
}

// AddEdge adds an ownership edge between two nodes already added and
// returns its index. A zero Share is taken from Declared (and the other way
// round); Freeze tightens Share later.
func (g *Graph) AddEdge(e Edge) int32 {
	if e.Share == (registry.Share{}) && e.Declared != (registry.Share{}) {
		e.Share = e.Declared
	}
	if e.Declared == (registry.Share{}) {
		e.Declared = e.Share
	}
	i := int32(len(g.Edges))
	g.Edges = append(g.Edges, e)
	g.frozen = false
	return i
}

// Freeze builds the adjacency lists and tightens every edge's upper bound:
// an owner cannot hold more than 1 minus what the other owners of the same
// node hold at least; a named person cannot hold NoBeneficialOwnerShare or
// more of a NoBeneficialOwners company (the upper bound becomes that share,
// excluded: HighOpen), unless the person's declared lower bound already
// reaches it (the declarations then contradict each other and the
// declared share is kept). Only the person's direct edge is capped: a
// person holding such a company through other companies keeps the wider,
// still true, bound. Freeze is idempotent and cheap to call again.
func (g *Graph) Freeze() {
	if g.frozen {
		return
	}
	g.open = false
	n := len(g.Nodes)
	inDeg := make([]int32, n)
	outDeg := make([]int32, n)
	for _, e := range g.Edges {
		inDeg[e.Owned]++
		outDeg[e.Owner]++
	}
	// one backing array each, to keep 2M edges cheap
	inBuf := make([]int32, len(g.Edges))
	outBuf := make([]int32, len(g.Edges))
	g.owners = make([][]int32, n)
	g.owned = make([][]int32, n)
	var pi, po int32
	for v := 0; v < n; v++ {
		g.owners[v] = inBuf[pi : pi : pi+inDeg[v]]
		g.owned[v] = outBuf[po : po : po+outDeg[v]]
		pi += inDeg[v]
		po += outDeg[v]
	}
	for i, e := range g.Edges {
		g.owners[e.Owned] = append(g.owners[e.Owned], int32(i))
		g.owned[e.Owner] = append(g.owned[e.Owner], int32(i))
	}
	g.ownersLow = make([]float64, n)
	for v := 0; v < n; v++ {
		in := g.owners[v]
		var sumLow float64
		for _, ei := range in {
			sumLow += g.Edges[ei].Declared.Low
		}
		g.ownersLow[v] = sumLow
		for _, ei := range in {
			e := &g.Edges[ei]
			s := clampShare(e.Declared)
			if hi := 1 - (sumLow - e.Declared.Low); hi < s.High {
				s.High, s.HighOpen = hi, false
			}
			if s.High < s.Low { // the declared lows already exceed 100%: keep the declaration
				s.High, s.HighOpen = s.Low, false
			}
			if g.Nodes[v].NoBeneficialOwners && g.belowThreshold(e.Owner) && s.Low < NoBeneficialOwnerShare-eps && s.High >= NoBeneficialOwnerShare-eps {
				s.High, s.HighOpen = NoBeneficialOwnerShare, true
			}
			e.Share = s
			g.open = g.open || s.HighOpen
		}
	}
	g.frozen = true
}

// belowThreshold reports whether a "no beneficial owners" declaration
// speaks of v: a named natural person.
func (g *Graph) belowThreshold(v int32) bool {
	n := g.Nodes[v]
	return n.Kind == Person && !n.UnknownPerson && !n.Missing
}

func clampShare(s registry.Share) registry.Share {
	s.Low = clamp01(s.Low)
	if h := clamp01(s.High); h != s.High {
		s.High, s.HighOpen = h, false
	}
	if s.High < s.Low {
		s.High, s.HighOpen = s.Low, false
	}
	return s
}

func clamp01(f float64) float64 {
	if f < 0 {
		return 0
	}
	if f > 1 {
		return 1
	}
	return f
}

// Owners are the indexes of the edges by which v is owned, in input order.
func (g *Graph) Owners(v int32) []int32 { g.Freeze(); return g.owners[v] }

// Owned are the indexes of the edges by which v owns something, in input order.
func (g *Graph) Owned(v int32) []int32 { g.Freeze(); return g.owned[v] }

// DeclaredTotal is the sum of the declared shares held in v, as an interval.
func (g *Graph) DeclaredTotal(v int32) registry.Share {
	g.Freeze()
	var s registry.Share
	for _, ei := range g.owners[v] {
		s.Low += g.Edges[ei].Declared.Low
		s.High += g.Edges[ei].Declared.High
	}
	return s
}

// FromRegistry builds the graph of the registry's companies, people and
// arrangements, its ownership rows (declared indirect holdings are not
// edges; the interests one record gives, such as a BODS relationship's
// shareholding and voting rights, are one edge: see recordHolding) and its
// wallets (the wallet's holder owns all of the wallet). An
// id that an ownership or wallet row names but no row describes becomes a
// Missing company node.
// Vessels are not nodes: a vessel's legal chain starts at its registered
// owner, its economic chain at the tokens that claim it.
func FromRegistry(reg *registry.Registry) *Graph {
	g := New(len(reg.Companies) + len(reg.People) + len(reg.Wallets))
	g.Edges = make([]Edge, 0, len(reg.Ownership)+len(reg.Wallets))
	for _, c := range reg.Companies {
		k := Company
		switch strings.ToLower(c.Type) {
		case "trust", "arrangement":
			k = Arrangement
		}
		g.Add(Node{ID: c.ID, Kind: k, Name: c.Name, Listed: c.Listed, State: strings.EqualFold(c.Type, "state"),
			Exempt: c.NoOwners.Says(registry.ExemptFromDisclosure), NoBeneficialOwners: c.NoOwners.Says(registry.NoBeneficialOwners)})
	}
	for _, p := range reg.People {
		g.Add(Node{ID: p.ID, Kind: Person, Name: p.Name, UnknownPerson: p.Unknown})
	}
	entity := func(id string) int32 {
		if i := g.Entity(id); i >= 0 {
			return i
		}
		return g.Add(Node{ID: id, Kind: Company, Missing: true})
	}
	for i := 0; i < len(reg.Ownership); {
		j := i + 1
		for j < len(reg.Ownership) && sameRecord(&reg.Ownership[i], &reg.Ownership[j]) {
			j++
		}
		if o, interest := recordHolding(reg.Ownership[i:j]); o != nil && o.OwnerID != "" && o.OwnedID != "" {
			g.AddEdge(Edge{Owner: entity(o.OwnerID), Owned: entity(o.OwnedID), Declared: o.Share, Interest: interest, Origin: &o.Origin})
		}
		i = j
	}
	for i := range reg.Wallets {
		w := &reg.Wallets[i]
		if w.HolderID == "" || w.Address == "" {
			continue
		}
		wi := g.Add(Node{ID: w.Address, Kind: Wallet})
		g.AddEdge(Edge{Owner: entity(w.HolderID), Owned: wi, Declared: registry.Exact(1), Kind: EdgeWallet, Interest: "wallet", Origin: &w.Origin})
	}
	return g
}

// IDs returns the node ids of vs, in the order given.
func (g *Graph) IDs(vs []int32) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = g.Nodes[v].ID
	}
	return out
}

// sameRecord reports whether two ownership rows are interests of one record
// of the input (a BODS relationship statement, a UK PSC line): the same
// owner and owned at the same file, sheet and row (rows with no file are
// no record's). Loaders add a record's interests one after another.
func sameRecord(a, b *registry.Ownership) bool {
	return a.Origin.File != "" && a.OwnerID == b.OwnerID && a.OwnedID == b.OwnedID &&
		a.Origin.File == b.Origin.File && a.Origin.Sheet == b.Origin.Sheet && a.Origin.Row == b.Origin.Row
}

// recordHolding returns the direct holding one record's interests make, and
// the interests it stands for, or nil when they are all declared indirect.
// Shares and votes of one holding are two measures of it, not two holdings
// to add: the holding is the shareholding when there is one (the largest),
// else the interest with the largest known share (voting rights), else the
// first. Its interest names the others after it: "shareholding,
// votingRights, boardChair".
func recordHolding(rows []registry.Ownership) (*registry.Ownership, string) {
	var best *registry.Ownership
	rank := func(o *registry.Ownership) (bool, bool, float64, float64) {
		return strings.EqualFold(o.Interest, "shareholding"), o.Share != registry.Unknown, o.Share.Low, o.Share.High
	}
	better := func(a, b *registry.Ownership) bool {
		as, ak, al, ah := rank(a)
		bs, bk, bl, bh := rank(b)
		switch {
		case as != bs:
			return as
		case ak != bk:
			return ak
		case al != bl:
			return al > bl
		}
		return ah > bh
	}
	for i := range rows {
		if o := &rows[i]; !o.Indirect && (best == nil || better(o, best)) {
			best = o
		}
	}
	if best == nil {
		return nil, ""
	}
	var names []string
	name := func(o *registry.Ownership) {
		if !o.Indirect && o.Interest != "" && !slices.Contains(names, o.Interest) {
			names = append(names, o.Interest)
		}
	}
	name(best)
	for i := range rows {
		name(&rows[i])
	}
	return best, strings.Join(names, ", ")
}
