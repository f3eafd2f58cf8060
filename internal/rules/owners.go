package rules

import (
	"slices"

	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// beneficialOwners lists, for every chain (see chains), each ultimate owner
// the look-through reaches (a node of the chain with no owner above it:
// a natural person, an unknown owner, a listed company, a state body, or a
// sanctioned end) with its share aggregated over every path, the decision
// at the beneficial-ownership threshold, how many listed paths end at it,
// for a person read from several records (UK PSC, BODS) why they were
// joined, and for a person whose records may be another person's
// (registry.Possible) those people, with what the two would hold as one
// when they are owners of the chain too (see possibleOwners).
// Wallets no one is known to hold, each below the identification share,
// are counted with their total share rather than listed. A chain whose
// start is held more than 100% in all (the claims on a vessel, the owners
// of its registered owner) has that sum (Owners.ClaimedLow). A vessel's
// registered owner with no owners is its own ultimate owner, at 100%.
// Chains and owners are in chain and node order; Finalize sorts them.
func (e *eval) beneficialOwners() []report.Owners {
	var out []report.Owners
	for _, c := range e.chains() {
		ao := report.Owners{Asset: c.Asset, Kind: "token", Basis: "economic",
			OpaqueLow: c.R.Opaque.Low, OpaqueHigh: c.R.Opaque.High, Capped: c.R.Capped, Owners: []report.Owner{}}
		if c.Vessel {
			ao.Kind = "vessel"
		}
		if c.legal() {
			ao.Basis = "legal"
		}
		if t := e.g.DeclaredTotal(c.R.Target); t.Low > 1+report.ShareTolerance {
			ao.ClaimedLow, ao.ClaimedHigh = t.Low, t.High // ASSET-OVERCLAIMED's, OWN-OVER-100's sum
		}
		paths := map[int32]int{}
		for _, p := range c.R.Paths {
			if p.End != "cycle" && p.End != "depth" {
				paths[p.Top(e.g)]++
			}
		}
		for _, h := range c.R.Holdings {
			if len(e.g.Owners(h.Node)) > 0 {
				continue
			}
			if e.g.Nodes[h.Node].Kind == ownership.Wallet && e.endOf(h.Node) == "unknown" && h.Share.Below(e.opts.IdentificationShare, report.ShareTolerance) {
				// counted, not listed: a token of a million holders would
				// list them all again (tokens[].holders has each one)
				ao.UnidentifiedWallets++
				ao.UnidentifiedLow += h.Share.Low
				ao.UnidentifiedHigh = min(ao.UnidentifiedHigh+h.Share.High, 1)
				continue
			}
			ao.Owners = append(ao.Owners, e.owner(h.Node, h.Share, paths[h.Node]))
		}
		if c.legal() && len(e.g.Owners(c.R.Target)) == 0 {
			ao.Owners = append(ao.Owners, e.owner(c.R.Target, registry.Exact(1), 0))
		}
		e.possibleOwners(c.R, ao.Owners)
		ao.Identities = e.ownerIdentities(c, ao.Owners)
		out = append(out, ao)
	}
	return out
}

// owner is node v as an ultimate owner holding share through n paths.
func (e *eval) owner(v int32, share registry.Share, n int) report.Owner {
	nd := e.g.Nodes[v]
	o := report.Owner{Kind: nd.Kind.String(), ID: nd.ID, Name: nd.Name, Ends: e.endOf(v),
		Low: share.Low, High: share.High, HighOpen: share.HighOpen,
		Decision: decision(ownership.Decide(share, e.opts.BeneficialOwnerShare)), Paths: n}
	if p := e.people[nd.ID]; p != nil {
		o.Joined = p.SameAsText()
	}
	return o
}

// endOf classifies a node at the top of a chain as report.Path.Ends does:
// its sanctions status (sanctionStatus) when it has one, else the graph's
// end (person, unknown, listed-company, state).
func (e *eval) endOf(v int32) string {
	if s := e.sanctionStatus(v); s != "" {
		return s
	}
	return e.g.End(v)
}

// sanctionStatus is report.StatusSanctioned when a list names v by an
// identifier (address, IMO, MMSI, registration number) or the 50% rule
// blocks it from parties listed by an identifier alone;
// report.StatusPossiblySanctioned when only name matches at the threshold
// or wallets a list names by address that the beneficial owners count as
// a party's (walletTied: the list names the wallet, not the party) make it
// so (its own, or those the 50% rule needs), which stand once confirmed;
// "" when neither.
func (e *eval) sanctionStatus(v int32) string {
	byID := func(m sanctions.Match) bool { return m.Identifier != "" }
	switch {
	case len(e.idListed[v]) > 0 || slices.ContainsFunc(e.listed[v], byID) || e.blockedByIDs[v]:
		return report.StatusSanctioned
	case len(e.listed[v]) > 0 || len(e.walletTied[v]) > 0 || e.blocked[v]:
		return report.StatusPossiblySanctioned
	}
	return ""
}

// decision names a verdict as report.Owner.Decision does.
func decision(v ownership.Verdict) string {
	switch v {
	case ownership.IsOwner:
		return report.DecisionOwner
	case ownership.Undeterminable:
		return report.DecisionUndeterminable
	}
	return report.DecisionBelow
}

// possibleOwners gives each person among owners (of the chain lt looks through)
// the people loaded apart whose records may be the same person
// (registry.Possible), each with why not joined and, when that person is
// among owners too, its share and what the two would hold were they one
// person, with its decision at the threshold: the look-through with the
// two as one node (ownership.Graph.Together), which counts a holding both
// state, or a company both hold, once, where adding the two shares counts
// it twice. An owner's own share and decision are unchanged: the two are
// not joined.
func (e *eval) possibleOwners(lt *ownership.Result, owners []report.Owner) {
	together := map[[2]int32]registry.Share{} // by the two nodes, in ascending order
	at := map[string]int{}
	for i, o := range owners {
		if o.Kind == ownership.Person.String() {
			at[o.ID] = i
		}
	}
	for i := range owners {
		o := &owners[i]
		p := e.people[o.ID]
		if o.Kind != ownership.Person.String() || p == nil || p.Possible == nil {
			continue
		}
		o.PossiblyMore = p.Possible.More
		for _, r := range p.Possible.Records {
			x := report.PossibleOwner{ID: r.PersonID, Why: r.Why}
			if q := e.people[r.PersonID]; q != nil {
				x.Name = q.Name
			}
			if j, ok := at[r.PersonID]; ok {
				b := owners[j]
				k := [2]int32{e.g.Entity(o.ID), e.g.Entity(b.ID)}
				if k[0] > k[1] {
					k[0], k[1] = k[1], k[0]
				}
				both, ok := together[k]
				if !ok {
					both = e.g.Together(lt, k[0], k[1], e.opts.Ownership)
					together[k] = both
				}
				x.Also = &report.PossibleShare{Low: b.Low, High: b.High, HighOpen: b.HighOpen,
					TogetherLow: both.Low, TogetherHigh: both.High, TogetherHighOpen: both.HighOpen,
					TogetherDecision: decision(ownership.Decide(both, e.opts.BeneficialOwnerShare))}
			}
			o.PossiblySameAs = append(o.PossiblySameAs, x)
		}
	}
}
