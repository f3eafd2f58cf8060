package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// chainRef names one chain: a vessel's legal chain (from its registered
// owner), a vessel's economic chain (from the tokens claiming it) or a
// token's economic chain (from its holders).
type chainRef struct {
	Asset    string // vessel id or token address
	Vessel   bool
	Economic bool // with Vessel: the vessel's economic view
	Entity   bool // the look-through of a company named by Asset (a declared indirect holding)
	R        *ownership.Result
}

// legal reports whether the chain starts at a vessel's registered owner.
func (c chainRef) legal() bool { return c.Vessel && !c.Economic }

// key names the chain in fingerprints.
func (c chainRef) key() string {
	if c.Vessel && c.Economic {
		return "economic:" + c.Asset
	}
	return c.Asset
}

// chains lists every chain, vessels first, each sorted by asset id.
func (e *eval) chains() []chainRef {
	if e.chainList == nil {
		e.chainList = e.makeChains()
	}
	return e.chainList
}

// makeChains lists the chains for chains, once they are built.
func (e *eval) makeChains() []chainRef {
	out := []chainRef{}
	for _, id := range e.tokenised {
		if r, ok := e.legal[id]; ok {
			out = append(out, chainRef{Asset: id, Vessel: true, R: r})
		}
		if r, ok := e.econVessel[id]; ok {
			out = append(out, chainRef{Asset: id, Vessel: true, Economic: true, R: r})
		}
	}
	var toks []string
	for a := range e.economic {
		toks = append(toks, a)
	}
	sort.Strings(toks)
	for _, a := range toks {
		out = append(out, chainRef{Asset: a, R: e.economic[a]})
	}
	return out
}

func (e *eval) assetLabel(c chainRef) string {
	if c.Entity {
		return e.label(c.R.Target)
	}
	if c.Vessel && c.Economic {
		return e.vesselLabel(c.Asset) + " through its tokens"
	}
	if c.Vessel {
		return e.vesselLabel(c.Asset)
	}
	return e.tokenLabel(c.Asset)
}

// pathText tells a chain's path in words: "OCEAN STAR (9321483) registered
// to X (C-1) [vessels.csv row 2] ← 100% Y (C-2) [ownership.csv row 3] ← ...".
// An owner already on the path (a path that ends in a cycle) is said to be.
func (e *eval) pathText(c chainRef, edges []int32) string {
	var b strings.Builder
	onPath := map[int32]bool{c.R.Target: true}
	b.WriteString(e.assetLabel(c))
	if c.legal() {
		v := e.vessels[c.Asset]
		b.WriteString(" registered to " + e.label(c.R.Target) + " [" + v.Origin.At("registered_owner").String() + "]")
	}
	for _, ei := range edges {
		ed := &e.g.Edges[ei]
		b.WriteString(" ← ")
		if ed.Kind == ownership.EdgeIdentity {
			b.WriteString(e.identityStep(ei))
			onPath[ed.Owner] = true
			continue
		} else if ed.Kind == ownership.EdgeWallet {
			b.WriteString("controlled by ")
		} else if ed.Kind == ownership.EdgeTokenClaim {
			b.WriteString(pctRange(ed.Share) + " claimed by ")
		} else {
			b.WriteString(pctRange(ed.Share) + " held by ")
		}
		b.WriteString(e.label(ed.Owner))
		if also, ok := strings.CutPrefix(ed.Interest, "shareholding, "); ok {
			b.WriteString(" (shares, with " + also + ")") // the interests of one record (ownership.FromRegistry)
		} else if ed.Kind == ownership.EdgeOwnership && ed.Interest != "" && ed.Interest != "shareholding" {
			b.WriteString(" as " + ed.Interest)
		}
		if cite := ed.Cite(); cite != "" {
			b.WriteString(" [" + cite + "]")
		}
		if c, ok := e.noOwnersCap(ed); ok {
			b.WriteString(" (under " + report.Percent(ownership.NoBeneficialOwnerShare) + ": " + c.ID + " declares no beneficial owners [" + c.NoOwners.Origin.String() + "])")
		}
		if onPath[ed.Owner] {
			b.WriteString(" (already on this path: circular ownership)")
		}
		onPath[ed.Owner] = true
	}
	return b.String()
}

// noOwnersCap is the company whose "no beneficial owners" declaration
// bounds the edge's share (see ownership.Graph.Freeze), if it does.
func (e *eval) noOwnersCap(ed *ownership.Edge) (*registry.Company, bool) {
	if !e.g.Nodes[ed.Owned].NoBeneficialOwners || !ed.Share.HighOpen || ed.Declared.HighOpen {
		return nil, false
	}
	c, ok := e.companies[e.g.Nodes[ed.Owned].ID]
	return c, ok && c.NoOwners != nil
}

// pathEvidence is a path as evidence: one "path" item with the whole chain
// (none for a vessel's registered owner itself, which the registry item of
// the registration tells), then one "registry" item per edge that came
// from a registry row.
func (e *eval) pathEvidence(c chainRef, edges []int32) []report.Evidence {
	var out []report.Evidence
	if len(edges) > 0 || !c.legal() { // a vessel's registered owner alone is told by its registry item
		out = append(out, report.Evidence{Kind: "path", Text: e.pathText(c, edges)})
	}
	if c.legal() {
		v := e.vessels[c.Asset]
		out = append(out, regEv(v.Origin.At("registered_owner"), v.Name+" is registered to "+v.RegisteredOwner))
	}
	for _, ei := range edges {
		ed := &e.g.Edges[ei]
		if ed.Kind == ownership.EdgeIdentity {
			out = append(out, e.identityEvidence(ei)...)
			continue
		}
		if ed.Origin == nil || ed.Origin.File == "" {
			continue
		}
		what := e.g.Nodes[ed.Owner].ID + " holds " + pctRange(ed.Declared) + " of " + e.g.Nodes[ed.Owned].ID
		if ed.Kind == ownership.EdgeWallet {
			what = "wallet " + e.g.Nodes[ed.Owned].ID + " belongs to " + e.g.Nodes[ed.Owner].ID
		}
		out = append(out, regEv(e.edgeOrigin(ed), what))
		if c, ok := e.noOwnersCap(ed); ok {
			out = append(out, regEv(c.NoOwners.Origin, fmt.Sprintf("%s declares that no natural person is its beneficial owner: %s's share of it is under %s", c.ID, e.g.Nodes[ed.Owner].ID, report.Percent(ownership.NoBeneficialOwnerShare))))
		}
	}
	if c.R.Capped {
		out = append(out, noteEv(e.capNote(c)))
	}
	return out
}

// capNote says that a chain's paths were not all enumerated.
func (e *eval) capNote(c chainRef) string {
	return fmt.Sprintf("the ownership paths of %s were not all listed: enumeration stopped at %d paths or %d steps; the shares are computed over every path regardless (through cycles, the simple-paths value is then a lower bound)",
		e.assetLabel(c), e.opts.Ownership.MaxPaths, e.opts.Ownership.MaxSteps)
}

// notes lists what the output leaves out.
func (e *eval) notes() []string {
	var out []string
	if x := e.snap.Export; x != nil {
		if x.BadRowCount > len(x.BadRows) {
			out = append(out, fmt.Sprintf("%s: %d rows could not be read; the first %d are INPUT-ROW findings", e.snap.Endpoint, x.BadRowCount, len(x.BadRows)))
		}
		if x.IDConflictCount > len(x.IDConflicts) {
			out = append(out, fmt.Sprintf("%s: %d rows mint an id already held or move an id from an address not holding it; the first %d are HOLDER-LEDGER-MISMATCH findings", e.snap.Endpoint, x.IDConflictCount, len(x.IDConflicts)))
		}
		if x.NegativeCount > len(x.Negative) {
			out = append(out, fmt.Sprintf("%s: %d balances went below zero; the first %d are HOLDER-LEDGER-MISMATCH findings", e.snap.Endpoint, x.NegativeCount, len(x.Negative)))
		}
		if x.NoTimes {
			out = append(out, fmt.Sprintf("%s: the export gives no transfer times: VESSEL-CHANGE-NEAR-TOKEN could not compare the vessels' changes with the token's first mint or large transfers, and CONTRACT-MINT placed mints only by the token's first move between holders", e.snap.Endpoint))
		}
		if x.DecimalsInferred {
			out = append(out, fmt.Sprintf("%s: the token's decimals were not given (--decimals); balances are exact in units of the smallest fraction the export shows, which are base units only if that equals the contract's decimals", e.snap.Endpoint))
		}
	}
	for _, c := range e.chains() {
		if c.R.Capped {
			out = append(out, e.capNote(c))
		}
	}
	return append(out, e.unreadNotes()...)
}

// unreadNotes say, a line per token, which metadata documents were not
// read and why: the vessels they claim are not known to the audit.
func (e *eval) unreadNotes() []string {
	var out []string
	for _, t := range e.snap.Tokens {
		var first *chain.AssetClaim
		n := 0
		for i := range t.Claims {
			if c := &t.Claims[i]; c.Unread != "" {
				if first == nil {
					first = c
				}
				n++
			}
		}
		if first == nil {
			continue
		}
		what := first.Source + " " + first.URI
		if first.TokenID != "" {
			what = fmt.Sprintf("%s of token id %s (%s)", first.Source, first.TokenID, first.URI)
		}
		more := ""
		if n > 1 {
			more = fmt.Sprintf(" (and %d other metadata document(s) of the token)", n-1)
		}
		out = append(out, fmt.Sprintf("%s: the %s was not read%s: %s; the vessel it claims is not known to this audit",
			e.tokenLabel(t.Address), what, more, first.Unread))
	}
	return out
}

// entityEvidence is the path evidence from the first chain that reaches v:
// a legal chain whose target v is, else the first enumerated path of a
// chain (of which v is not the target) with v as an owner, up to v.
func (e *eval) entityEvidence(v int32) []report.Evidence {
	if e.firstReach == nil {
		// every entity's first reach, found in one pass over the paths
		// rather than one a flagged entity
		e.firstReach = map[int32]reach{}
		for _, c := range e.chains() {
			if _, seen := e.firstReach[c.R.Target]; c.legal() && !seen {
				e.firstReach[c.R.Target] = reach{c: c}
			}
			for _, p := range c.R.Paths {
				for i, ei := range p.Edges {
					o := e.g.Edges[ei].Owner
					if _, seen := e.firstReach[o]; !seen && o != c.R.Target {
						e.firstReach[o] = reach{c: c, edges: p.Edges[:i+1]}
					}
				}
			}
		}
	}
	if r, ok := e.firstReach[v]; ok {
		return e.pathEvidence(r.c, r.edges)
	}
	return nil
}

// reach is where a chain first reaches an entity (entityEvidence): the
// chain, and the path's edges up to the entity (none for a legal chain's
// target).
type reach struct {
	c     chainRef
	edges []int32
}

// chainsOf are the chains, in chains order, that v is the target of or
// holds a part of (an upper bound above 0).
func (e *eval) chainsOf(v int32) []chainRef {
	if e.holdersIn == nil {
		e.holdersIn = map[int32][]chainRef{}
		for _, c := range e.chains() {
			e.holdersIn[c.R.Target] = append(e.holdersIn[c.R.Target], c)
			for _, h := range c.R.Holdings {
				if h.Node != c.R.Target && h.Share.High > 0 {
					e.holdersIn[h.Node] = append(e.holdersIn[h.Node], c)
				}
			}
		}
	}
	return e.holdersIn[v]
}

// paths converts every chain's enumerated paths for the report, each with
// its chain's basis as beneficialOwners gives it: "legal" for a vessel's
// legal chain, "economic" for a vessel's economic chain and a token's.
func (e *eval) paths() []report.Path {
	out := []report.Path{}
	for _, c := range e.chains() {
		basis := "economic"
		if c.legal() {
			basis = "legal"
		}
		for _, p := range c.R.Paths {
			rp := report.Path{Asset: c.Asset, Basis: basis, Low: p.Share.Low, High: p.Share.High, HighOpen: p.Share.HighOpen, Ends: p.End}
			if c.legal() {
				v := e.vessels[c.Asset]
				rp.Steps = append(rp.Steps, report.Step{Kind: e.g.Nodes[c.R.Target].Kind.String(), ID: e.g.Nodes[c.R.Target].ID,
					Name: e.g.Nodes[c.R.Target].Name, Low: 1, High: 1, Source: v.Origin.At("registered_owner").String()})
			}
			for _, ei := range p.Edges {
				ed := &e.g.Edges[ei]
				n := e.g.Nodes[ed.Owner]
				rp.Steps = append(rp.Steps, report.Step{Kind: n.Kind.String(), ID: n.ID, Name: n.Name, Low: ed.Share.Low, High: ed.Share.High, HighOpen: ed.Share.HighOpen, Source: e.stepSource(ed)})
			}
			if s := e.sanctionStatus(p.Top(e.g)); s != "" {
				rp.Ends = s
			}
			out = append(out, rp)
		}
	}
	return out
}

// entities lists every company and person in a chain with its status,
// and every wallet and vessel a list names by identifier (sanctioned).
func (e *eval) entities() []report.Entity {
	out := []report.Entity{}
	for _, v := range e.chainEntities() {
		n := e.g.Nodes[v]
		ent := report.Entity{Kind: n.Kind.String(), ID: n.ID, Name: n.Name, Status: "clean"}
		if c, ok := e.companies[n.ID]; ok {
			ent.Jurisdiction = c.Jurisdiction
		}
		if p, ok := e.people[n.ID]; ok {
			ent.Jurisdiction = p.Nationality
		}
		switch s := e.sanctionStatus(v); {
		case s != "":
			ent.Status = s
		case n.Missing || e.mayBeBlocked[v]:
			// a company the 50% rule may block is not known to be clean
			ent.Status = "unknown"
		case len(e.g.Owners(v)) == 0 && e.g.End(v) == "unknown":
			ent.Status = "opaque"
		case e.bearer(v):
			ent.Status = "opaque"
		}
		out = append(out, ent)
	}
	for v := range e.idListed {
		n := e.g.Nodes[v]
		out = append(out, report.Entity{Kind: n.Kind.String(), ID: n.ID, Name: n.Name, Status: report.StatusSanctioned})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Kind != out[j].Kind {
			return out[i].Kind < out[j].Kind
		}
		return out[i].ID < out[j].ID
	})
	return out
}

func (e *eval) bearer(v int32) bool {
	c, ok := e.companies[e.g.Nodes[v].ID]
	return ok && c.BearerShares
}

// sameAsEvidence cites the records other than its own that a person was
// read from (UK PSC records of several companies, or BODS statements,
// taken as one person), each with why; then the UK PSC records or BODS
// statements that may be the same person but were not joined
// (registry.Possible), each with why not, for the reader to check; none for a person of one record and no
// possible other.
func sameAsEvidence(p *registry.Person) []report.Evidence {
	if p == nil {
		return nil
	}
	var out []report.Evidence
	if p.SameAs != nil {
		for _, o := range p.SameAs.Records {
			out = append(out, regEv(o, fmt.Sprintf("the same person as %s [%s]: %s", p.ID, p.Origin, p.SameAs.Why)))
		}
	}
	if x := p.Possible; x != nil {
		for _, r := range x.Records {
			out = append(out, regEv(r.Origin, fmt.Sprintf("possibly the same person as %s [%s], loaded apart as %s: %s; to check before relying on either",
				p.ID, p.Origin, r.PersonID, r.Why)))
		}
		if x.More > 0 {
			out = append(out, noteEv(fmt.Sprintf("%d more records of the same name and month of birth as %s, not joined and not listed", x.More, p.ID)))
		}
	}
	return out
}

var _ = registry.Share{}

// stepSource cites an ownership step: the cell that states its share
// (edgeOrigin: the share column of an ownership row, claimed_share of a
// claims row, holder_id of a wallets row), else what the edge was read
// from (a chain holding).
func (e *eval) stepSource(ed *ownership.Edge) string {
	if o := e.edgeOrigin(ed); o.File != "" {
		return o.String()
	}
	return ed.Cite()
}
