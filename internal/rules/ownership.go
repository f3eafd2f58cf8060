package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// Rule ids of the ownership family.
const (
	RuleOwnOpaque               = "OWN-OPAQUE"
	RuleOwnCycle                = "OWN-CYCLE"
	RuleOwnNominee              = "OWN-NOMINEE"
	RuleOwnBearer               = "OWN-BEARER"
	RuleOwnSecrecy              = "OWN-SECRECY"
	RuleOwnUndeterminable       = "OWN-UNDETERMINABLE"
	RuleOwnOver100              = "OWN-OVER-100"
	RuleOwnDeclaredInconsistent = "OWN-DECLARED-INCONSISTENT"
	RuleOwnDeclaredBoundary     = "OWN-DECLARED-BOUNDARY"
	RuleOwnArrangement          = "OWN-ARRANGEMENT"
	RuleOwnExempt               = "OWN-EXEMPT"
)

// ownOpaque: a tokenised vessel's legal chain certainly leaves part of the
// vessel with no natural person (nor listed company or state) at the end.
func ownOpaque(e *eval) {
	for _, c := range e.chains() {
		if !c.legal() || c.R.Opaque.Low <= report.ShareTolerance {
			continue
		}
		var ends []string
		var ev []report.Evidence
		for _, p := range c.R.Paths {
			if p.End == "person" || p.End == "listed-company" || p.End == "state" {
				continue
			}
			top := p.Top(e.g)
			ends = append(ends, e.label(top)+" ("+e.opaqueEnd(p, top)+")")
			ev = append(ev, e.pathEvidence(c, p.Edges)...)
			ev = append(ev, e.endSearchEv(top)...)
		}
		if len(ends) == 0 {
			ev = append(ev, e.pathEvidence(c, nil)...)
		}
		ev = append(ev, noteEv(opaqueNote(c.R)))
		msg := fmt.Sprintf("at least %s of %s reaches no natural person", report.Percent(c.R.Opaque.Low), e.assetLabel(c))
		if c.R.Opaque.High > c.R.Opaque.Low+report.ShareTolerance {
			msg += fmt.Sprintf(" (up to %s)", report.Percent(c.R.Opaque.High))
		}
		if c.R.Overclaimed {
			msg += "; shares held in its chain add up to more than 100% (see OWN-OVER-100), so these are shares of claims, not parts of one whole"
		}
		if len(ends) > 0 {
			msg += "; the chain ends at " + strings.Join(uniqStrings(ends), ", ")
		}
		e.add(RuleOwnOpaque, report.High, vesselSubject(c.Asset), "legal", msg, ev...)
	}
	ownOpaqueHeld(e)
}

// opaqueNote tells how a chain's opaque share was reached: 1 minus what
// reaches a natural person, a listed company or a state body, or, when
// that is less, what the ends reaching none hold (ownership.Result.Opaque),
// with why when shares in the chain add up to more than 100%.
func opaqueNote(r *ownership.Result) string {
	rest := registry.Share{Low: max(0, 1-r.Reached.High), High: max(0, 1-r.Reached.Low)}
	s := fmt.Sprintf("opaque share %s: 1 minus what reaches a natural person, a listed company or a state body (undeclared remainders count as opaque)", pctRange(r.Opaque))
	if r.Opaque.Low > rest.Low+report.ShareTolerance || r.Opaque.High > rest.High+report.ShareTolerance {
		s = fmt.Sprintf("opaque share %s: what the ends reaching no natural person, listed company or state body hold (%s), more than 1 minus what reaches one (%s)",
			pctRange(r.Opaque), pctRange(r.Unreached), pctRange(rest))
	}
	if r.Overclaimed {
		s += "; shares held in the chain add up to more than 100% (see OWN-OVER-100): these are shares of claims, not parts of one whole"
	}
	return s
}

// ownOpaqueHeld: at least the identification share of a token's supply is
// held through companies (or unknown persons) whose chains reach no natural
// person, listed company or state body. Wallets no one is known to hold
// are HOLDER-UNIDENTIFIED's, and do not count here.
func ownOpaqueHeld(e *eval) {
	for _, c := range e.chains() {
		if c.Vessel || c.Entity {
			continue // a token's own chain: c.Asset is its address
		}
		var opaque registry.Share
		var ends []string
		var ev []report.Evidence
		for _, p := range c.R.Paths {
			top := p.Top(e.g)
			if p.End == "person" || p.End == "listed-company" || p.End == "state" || e.g.Nodes[top].Kind == ownership.Wallet {
				continue
			}
			opaque.Low += p.Share.Low
			opaque.High += p.Share.High
			ends = append(ends, e.label(top)+" ("+e.opaqueEnd(p, top)+")")
			ev = append(ev, e.pathEvidence(c, p.Edges)...)
			ev = append(ev, e.endSearchEv(top)...)
		}
		opaque.High = min(opaque.High, 1)
		if opaque.Low < e.opts.IdentificationShare-report.ShareTolerance {
			continue
		}
		msg := fmt.Sprintf("at least %s of %s is held through owners whose chains reach no natural person", report.Percent(opaque.Low), e.assetLabel(c))
		if opaque.High > opaque.Low+report.ShareTolerance {
			msg += fmt.Sprintf(" (up to %s)", report.Percent(opaque.High))
		}
		msg += "; they end at " + strings.Join(uniqStrings(ends), ", ")
		ev = append(ev, noteEv(fmt.Sprintf("held through opaque chains: %s of the supply (from the identification threshold of %s up; holders no one is known to hold are HOLDER-UNIDENTIFIED's)", pctRange(opaque), report.Percent(e.opts.IdentificationShare))))
		e.add(RuleOwnOpaque, report.High, tokenSubject(c.Asset), "held", msg, ev...)
	}
}

// opaqueEnd says why the path p, whose upper end is top, reaches no
// natural person: no owners known, circular ownership, an unknown person
// (with the source's reason), or a company not in the registry.
func (e *eval) opaqueEnd(p ownership.Path, top int32) string {
	switch n := e.g.Nodes[top]; {
	case p.End == "cycle":
		return "circular ownership"
	case n.UnknownPerson:
		if p, ok := e.people[n.ID]; ok && p.Reason != "" {
			return "unknown person, reason " + p.Reason // the source's code, e.g. BODS noBeneficialOwners
		}
		return "unknown person"
	case n.Missing:
		return "not in the registry"
	}
	return "no owners known"
}

// endSearchEv is where the registry was searched for what an opaque
// chain's end lacks (searchedEv): for an id no company or person row
// defines, the company and person rows; for a company no row names an
// owner of, the ownership rows. None for another end (a person, a cycle,
// one with owners).
func (e *eval) endSearchEv(top int32) []report.Evidence {
	n := e.g.Nodes[top]
	switch {
	case n.Missing:
		companies := make([]registry.Origin, len(e.reg.Companies))
		for i, c := range e.reg.Companies {
			companies[i] = c.Origin
		}
		people := make([]registry.Origin, len(e.reg.People))
		for i, p := range e.reg.People {
			people[i] = p.Origin
		}
		return append(e.searchedEv("company", companies, "has id "+n.ID), e.searchedEv("person", people, "has id "+n.ID)...)
	case n.Kind == ownership.Company && !n.UnknownPerson && len(e.g.Owners(top)) == 0:
		rows := make([]registry.Origin, len(e.reg.Ownership))
		for i, o := range e.reg.Ownership {
			rows[i] = o.Origin
		}
		return e.searchedEv("ownership", rows, "names a current direct owner of "+n.ID)
	}
	return nil
}

// ownCycle: circular ownership in a chain, with the simple-paths and the
// geometric-series value of what the owners above it hold.
func ownCycle(e *eval) {
	type found struct {
		cy     ownership.Cycle
		chains []chainRef
	}
	byKey := map[string]*found{}
	var keys []string
	for _, c := range e.chains() {
		for _, cy := range c.R.Cycles {
			k := strings.Join(e.g.IDs(cy.Nodes), ",")
			f, ok := byKey[k]
			if !ok {
				f = &found{cy: cy}
				byKey[k] = f
				keys = append(keys, k)
			}
			f.chains = append(f.chains, c)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		f := byKey[k]
		first := f.cy.Nodes[0]
		var edges []string
		var ev []report.Evidence
		for _, ei := range f.cy.Edges {
			ed := &e.g.Edges[ei]
			edges = append(edges, fmt.Sprintf("%s owns %s of %s", e.g.Nodes[ed.Owner].ID, pctRange(ed.Declared), e.g.Nodes[ed.Owned].ID))
			ev = append(ev, regEv(e.edgeOrigin(ed), edges[len(edges)-1]))
		}
		// the people at the top of the chain whose holdings pass through
		// the cycle, in node order, as a chain's holdings are
		var tops []int32
		for v := range e.ownersAbove(f.cy.Nodes) {
			if len(e.g.Owners(v)) == 0 && e.g.Nodes[v].Kind == ownership.Person {
				tops = append(tops, v)
			}
		}
		slices.Sort(tops)
		for _, c := range f.chains {
			for _, v := range tops {
				h, ok := c.R.Lookup(v)
				if !ok {
					continue
				}
				ev = append(ev, noteEv(fmt.Sprintf("%s holds %s of %s counting simple paths only, %s counting every turn of the cycle (geometric series)",
					e.label(h.Node), pctRange(h.Simple), e.assetLabel(c), pctRange(h.Geometric))))
			}
		}
		e.add(RuleOwnCycle, report.Medium, e.subject(first), k,
			fmt.Sprintf("circular ownership among %s: %s", strings.Join(e.g.IDs(f.cy.Nodes), ", "), strings.Join(edges, "; ")), ev...)
	}
}

// ownersAbove is every node that owns one of nodes, directly or through
// others: the owners whose holdings can pass through them.
func (e *eval) ownersAbove(nodes []int32) map[int32]bool {
	seen := map[int32]bool{}
	queue := slices.Clone(nodes)
	for len(queue) > 0 {
		v := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		for _, ei := range e.g.Owners(v) {
			if o := e.g.Edges[ei].Owner; !seen[o] {
				seen[o] = true
				queue = append(queue, o)
			}
		}
	}
	return seen
}

// ownNominee: a nominee shareholder or director in a chain.
func ownNominee(e *eval) {
	for i := range e.g.Edges {
		ed := &e.g.Edges[i]
		if !e.inChain[ed.Owned] || !strings.Contains(strings.ToLower(ed.Interest), "nominee") {
			continue
		}
		e.add(RuleOwnNominee, report.Medium, e.subject(ed.Owner), "shareholder:"+e.g.Nodes[ed.Owned].ID,
			fmt.Sprintf("%s holds %s of %s as nominee: the real owner is not declared", e.label(ed.Owner), pctRange(ed.Declared), e.label(ed.Owned)),
			append([]report.Evidence{regEv(ed.Row().Field("interest"), fmt.Sprintf("%s holds %s of %s, interest %q", e.g.Nodes[ed.Owner].ID, pctRange(ed.Declared), e.g.Nodes[ed.Owned].ID, ed.Interest))},
				e.entityEvidence(ed.Owned)...)...)
	}
	for _, o := range e.reg.Officers {
		c := e.g.Entity(o.CompanyID)
		if c < 0 || !e.inChain[c] || !strings.Contains(strings.ToLower(o.Role), "nominee") {
			continue
		}
		subj := report.Subject{Kind: "company", ID: o.OfficerID}
		if _, ok := e.people[o.OfficerID]; ok {
			subj.Kind = "person"
		}
		e.add(RuleOwnNominee, report.Medium, subj, "officer:"+o.CompanyID,
			fmt.Sprintf("%s is %s of %s", o.OfficerID, o.Role, e.label(c)),
			append([]report.Evidence{regEv(o.Origin.At("role"), o.OfficerID+" is "+o.Role+" of "+o.CompanyID)}, e.entityEvidence(c)...)...)
	}
}

// ownBearer: a company with bearer shares in a chain.
func ownBearer(e *eval) {
	for _, v := range e.chainEntities() {
		c, ok := e.companies[e.g.Nodes[v].ID]
		if !ok || !c.BearerShares {
			continue
		}
		e.add(RuleOwnBearer, report.High, e.subject(v), "bearer",
			fmt.Sprintf("%s, in the ownership chain, has bearer shares: whoever holds the paper owns it", e.label(v)),
			append([]report.Evidence{regEv(c.Origin.At("bearer_shares"), c.ID+" has bearer shares")}, e.entityEvidence(v)...)...)
	}
}

// ownSecrecy: a chain passes through a secrecy jurisdiction.
func ownSecrecy(e *eval) {
	for _, v := range e.chainEntities() {
		c, ok := e.companies[e.g.Nodes[v].ID]
		if !ok || c.Jurisdiction == "" || !e.f.Reference.SecrecyJurisdictions[strings.ToUpper(c.Jurisdiction)] {
			continue
		}
		j := c.Jurisdiction
		if n := e.f.Reference.CountryNames[strings.ToUpper(j)]; n != "" {
			j = n + " (" + c.Jurisdiction + ")"
		}
		key := "secrecy:" + strings.ToUpper(c.Jurisdiction)
		ev := []report.Evidence{regEv(c.Origin.At("jurisdiction"), c.ID+" jurisdiction "+c.Jurisdiction)}
		ev = append(ev, e.f.Reference.Listings[key]...)
		e.add(RuleOwnSecrecy, report.Low, e.subject(v), key,
			fmt.Sprintf("%s is incorporated in %s, a secrecy jurisdiction, in the chain of %s", e.label(v), j, e.chainsText(e.chainsOf(v))),
			append(ev, e.entityEvidence(v)...)...)
	}
}

// chainsText names chains for a message, each once: a vessel in both its
// registered owner's chain and its tokens' is named once, "OCEAN STAR
// (9321483), as registered and through its tokens".
func (e *eval) chainsText(chains []chainRef) string {
	var legal, economic = map[string]bool{}, map[string]bool{}
	for _, ch := range chains {
		if ch.Vessel && !ch.Entity {
			legal[ch.Asset] = legal[ch.Asset] || !ch.Economic
			economic[ch.Asset] = economic[ch.Asset] || ch.Economic
		}
	}
	var out []string
	for _, ch := range chains {
		both := ch.Vessel && !ch.Entity && legal[ch.Asset] && economic[ch.Asset]
		switch {
		case both && !ch.Economic:
			// named with its economic chain
		case both:
			out = append(out, e.vesselLabel(ch.Asset)+", as registered and through its tokens")
		default:
			out = append(out, e.assetLabel(ch))
		}
	}
	return strings.Join(uniqStrings(out), "; ")
}

// ownUndeterminable: whether a person crosses the beneficial-ownership
// threshold of an asset cannot be decided from the data.
func ownUndeterminable(e *eval) {
	for _, c := range e.chains() {
		for _, h := range c.R.Holdings {
			n := e.g.Nodes[h.Node]
			if n.Kind != ownership.Person || n.UnknownPerson || n.Missing {
				continue
			}
			if ownership.Decide(h.Share, e.opts.BeneficialOwnerShare) != ownership.Undeterminable {
				continue
			}
			ev := []report.Evidence{}
			for _, p := range c.R.Paths {
				for i, ei := range p.Edges {
					if e.g.Edges[ei].Owner == h.Node {
						ev = append(ev, e.pathEvidence(c, p.Edges[:i+1])...)
					}
				}
			}
			ev = append(ev, sameAsEvidence(e.people[n.ID])...)
			e.add(RuleOwnUndeterminable, report.Medium, e.subject(h.Node), c.key(),
				fmt.Sprintf("%s holds %s of %s: whether that reaches the %s beneficial-ownership threshold cannot be decided from the data%s",
					e.label(h.Node), pctRange(h.Share), e.assetLabel(c), report.Percent(e.opts.BeneficialOwnerShare), e.identityNote(c, h.Node, h.Share, e.opts.BeneficialOwnerShare)), ev...)
		}
	}
}

// ownOver100: declared shares in one company add up to more than 100%.
func ownOver100(e *eval) {
	for v := range e.g.Nodes {
		n := e.g.Nodes[v]
		if n.Kind == ownership.Wallet || n.Kind == ownership.Token || n.Kind == ownership.Vessel {
			continue // claims over 100% are ASSET-OVERCLAIMED
		}
		tot := e.g.DeclaredTotal(int32(v))
		if tot.Low <= 1+report.ShareTolerance {
			continue
		}
		var parts []string
		var ev []report.Evidence
		for _, ei := range e.g.Owners(int32(v)) {
			ed := &e.g.Edges[ei]
			parts = append(parts, e.g.Nodes[ed.Owner].ID+" "+pctRange(ed.Declared))
			ev = append(ev, regEv(ed.Row().Field("share"), e.g.Nodes[ed.Owner].ID+" declares "+pctRange(ed.Declared)+" of "+n.ID))
		}
		e.add(RuleOwnOver100, report.High, e.subject(int32(v)), "over100",
			fmt.Sprintf("declared shares in %s add up to %s: %s", e.label(int32(v)), report.Percent(tot.Low), strings.Join(parts, ", ")), ev...)
	}
}

// ownDeclaredInconsistent: a declared indirect share lies outside what the
// chain allows (an excluded upper bound excludes a declaration equal to it).
// ownDeclaredBoundary: a declared indirect share the chain allows only at
// one end of its interval: every unknown share on the way must be at its
// extreme (at the upper end: the intermediaries 100% owned).
func ownDeclaredInconsistent(e *eval) { e.declared(false) }

func ownDeclaredBoundary(e *eval) { e.declared(true) }

// declared checks every declared indirect share against the recomputed
// bound; boundary picks which of the two rules it reports.
func (e *eval) declared(boundary bool) {
	for i := range e.reg.Ownership {
		o := &e.reg.Ownership[i]
		if !o.Indirect {
			continue
		}
		x, y := e.g.Entity(o.OwnerID), e.g.Entity(o.OwnedID)
		if x < 0 || y < 0 {
			continue
		}
		r := e.lookThrough(y)
		ind := indirectShare(e.g, r, x, y)
		d := o.Share
		consistent := d.High >= ind.Low-1e-6 && (d.Low < ind.High-1e-6 || (!ind.HighOpen && d.Low <= ind.High+1e-6))
		atTop := consistent && !ind.HighOpen && d.Low >= ind.High-1e-6 && ind.High > ind.Low+1e-6
		atBottom := consistent && d.High <= ind.Low+1e-6 && ind.High > ind.Low+1e-6
		var ev []report.Evidence
		if !consistent || atTop || atBottom {
			ev = append(e.declarationEvidence(o, r, x, y), noteEv(fmt.Sprintf(
				"the chain allows %s of %s to %s through other companies: the sum over the paths above of the product of each edge's share (an unknown share counts 0%%–100%%), minus %s's direct share",
				pctRange(ind), e.label(y), e.label(x), e.label(x))))
		}
		switch {
		case !boundary && !consistent:
			e.add(RuleOwnDeclaredInconsistent, report.Medium, e.subject(x), o.OwnedID+":"+pctRange(o.Share),
				fmt.Sprintf("%s declares an indirect %s of %s, but the chain allows %s", e.label(x), pctRange(o.Share), e.label(y), pctRange(ind)), ev...)
		case boundary && atTop:
			e.add(RuleOwnDeclaredBoundary, report.Info, e.subject(x), o.OwnedID+":"+pctRange(o.Share),
				fmt.Sprintf("%s declares an indirect %s of %s, the most the chain allows (%s): only consistent if the intermediaries are 100%% owned, every unknown share on the way at its maximum", e.label(x), pctRange(o.Share), e.label(y), pctRange(ind)), ev...)
		case boundary && atBottom:
			e.add(RuleOwnDeclaredBoundary, report.Info, e.subject(x), o.OwnedID+":"+pctRange(o.Share),
				fmt.Sprintf("%s declares an indirect %s of %s, the least the chain allows (%s): only consistent if every unknown share on the way is at its minimum", e.label(x), pctRange(o.Share), e.label(y), pctRange(ind)), ev...)
		}
	}
}

// lookThrough is the look-through of v, computed once per evaluation.
func (e *eval) lookThrough(v int32) *ownership.Result {
	if r, ok := e.looked[v]; ok {
		return r
	}
	r := e.g.LookThrough(v, e.opts.Ownership)
	e.looked[v] = r
	return r
}

// declarationEvidence cites a declared indirect share and every path from
// the owned company up to the declaring party, each edge with its share and
// row.
func (e *eval) declarationEvidence(o *registry.Ownership, r *ownership.Result, x, y int32) []report.Evidence {
	ev := []report.Evidence{regEv(o.Origin, fmt.Sprintf("%s declares an indirect %s of %s", o.OwnerID, pctRange(o.Share), o.OwnedID))}
	c := chainRef{Asset: o.OwnedID, Entity: true, R: r}
	for _, p := range r.Paths {
		for i, ei := range p.Edges {
			if e.g.Edges[ei].Owner == x && i > 0 {
				ev = append(ev, e.pathEvidence(c, p.Edges[:i+1])...)
			}
		}
	}
	return ev
}

// ownArrangement: a trust or other arrangement (joint shareholding, nominee
// arrangement) holds a share in a chain: the people behind it own through
// it, not as registered shareholders.
func ownArrangement(e *eval) {
	for _, v := range e.chainEntities() {
		n := e.g.Nodes[v]
		if n.Kind != ownership.Arrangement || len(e.g.Owned(v)) == 0 {
			continue
		}
		kind := "an arrangement"
		if c, ok := e.companies[n.ID]; ok && c.Type == "trust" {
			kind = "a trust"
		}
		var held, parties []string
		var ev []report.Evidence
		for _, ei := range e.g.Owned(v) {
			ed := &e.g.Edges[ei]
			held = append(held, pctRange(ed.Share)+" of "+e.label(ed.Owned))
		}
		for _, ei := range e.g.Owners(v) {
			ed := &e.g.Edges[ei]
			parties = append(parties, e.label(ed.Owner)+" "+pctRange(ed.Share))
			ev = append(ev, regEv(e.edgeOrigin(ed), fmt.Sprintf("%s holds %s of %s", e.g.Nodes[ed.Owner].ID, pctRange(ed.Declared), n.ID)))
		}
		msg := fmt.Sprintf("%s, %s, holds %s: ownership via arrangement/trust", e.label(v), kind, strings.Join(held, ", "))
		if len(parties) > 0 {
			msg += "; its parties: " + strings.Join(parties, ", ")
		} else {
			msg += "; its parties are not declared"
		}
		if c, ok := e.companies[n.ID]; ok {
			ev = append([]report.Evidence{regEv(c.Origin.At("entityType"), n.ID+" is "+kind)}, ev...)
		}
		ev = append(ev, e.entityEvidence(v)...)
		e.add(RuleOwnArrangement, report.Low, e.subject(v), "arrangement", msg, ev...)
	}
}

// ownExempt: a company in a chain names no beneficial owner because it is
// exempt from disclosure (a listed company): its chain ends there, which is
// reported for information, not as an opaque chain.
func ownExempt(e *eval) {
	for _, v := range e.chainEntities() {
		c, ok := e.companies[e.g.Nodes[v].ID]
		if !ok || !c.NoOwners.Says(registry.ExemptFromDisclosure) {
			continue
		}
		text := c.NoOwners.Text()
		why := "exempt"
		if c.Listed || strings.Contains(strings.ToLower(text), "listed") {
			why = "exempt (listed)"
		}
		ev := append([]report.Evidence{regEv(c.NoOwners.Origin, c.ID+" declares no beneficial owner: "+c.NoOwners.Reason+": "+text)}, e.entityEvidence(v)...)
		e.add(RuleOwnExempt, report.Info, e.subject(v), "exempt",
			fmt.Sprintf("no UBO: %s: %s declares it is exempt from disclosing its beneficial owners (%s)", why, e.label(v), text), ev...)
	}
}

// indirectShare is what x holds of y through paths of two edges or more:
// its look-through share less its direct edges (upper bound excluded when
// the look-through's is).
func indirectShare(g *ownership.Graph, r *ownership.Result, x, y int32) registry.Share {
	tot := r.Of(x).Share
	var d registry.Share
	for _, ei := range g.Owners(y) {
		if g.Edges[ei].Owner == x {
			d.Low += g.Edges[ei].Share.Low
			d.High += g.Edges[ei].Share.High
		}
	}
	s := registry.Share{Low: tot.Low - d.High, High: tot.High - d.Low, HighOpen: tot.HighOpen}
	if s.Low < 0 {
		s.Low = 0
	}
	if s.High < 0 {
		s.High, s.HighOpen = 0, false
	}
	if s.High > 1 {
		s.High, s.HighOpen = 1, false
	}
	return s
}
