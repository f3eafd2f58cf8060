package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// identityJoin is an on-chain identity an ERC-3643 token's identity
// registry gives two or more of its holders, at least one of which a
// wallets row ties to a known owner: the wallets with a known owner
// (listed), those no wallets row gives any holder (unlisted), and the
// owners of the listed ones. When they are one owner, owner names it and
// the unlisted wallets are that owner's in the ownership graph (an edge
// of kind ownership.EdgeIdentity each); otherwise owner is "" and nothing is
// joined.
type identityJoin struct {
	t        *chain.Token
	identity string
	listed   []chain.Holder
	unlisted []chain.Holder
	owners   []string // the listed wallets' owners, in holder order, each once
	owner    string
	joined   []string // the unlisted wallets that count as owner's
	// conflict says why an unlisted wallet of a one-owner identity was not
	// joined after all: another token's identity registry ties it to
	// another owner. Empty otherwise.
	conflict string
}

// registryAt names the identity's source for a reader: "PERM's identity
// registry 0x… at block N".
func (e *eval) registryAt(j *identityJoin) string {
	return fmt.Sprintf("%s's identity registry %s at block %d", tokenName(j.t), lower(j.t.IdentityRegistry), e.snap.Block)
}

// joinIdentities finds every identityJoin of the snapshot's tokens and
// adds, for each of one owner, an edge from that owner to each unlisted
// wallet: the wallet is the owner's whole, as a wallets row would say,
// cited by the identity registry's identity() of the wallet and of the
// owner's listed wallet(s) at the pinned block. An unlisted wallet that
// the identity registries of several tokens tie to different owners is
// joined to none. Wallets a row gives a holder the source says is unknown
// are neither listed nor unlisted: the registry says who holds them.
// It runs before the graph is frozen.
func (e *eval) joinIdentities() {
	proposed := map[string][]string{} // unlisted wallet -> owners proposed
	for ti := range e.snap.Tokens {
		t := &e.snap.Tokens[ti]
		if t.IdentityRegistry == "" {
			continue
		}
		ids, byID := byIdentity(*t, func(h chain.Holder) bool { return isIdentity(*t, h) })
		for _, id := range ids {
			hs := byID[id]
			if len(hs) < 2 {
				continue
			}
			j := &identityJoin{t: t, identity: lower(id)}
			for _, h := range hs {
				if ent := e.walletEntity(h.Address); ent != "" {
					j.listed = append(j.listed, h)
					if !slices.Contains(j.owners, ent) {
						j.owners = append(j.owners, ent)
					}
				} else if !e.hasHolderRow(h.Address) {
					j.unlisted = append(j.unlisted, h)
				}
			}
			if len(j.listed) == 0 {
				continue // the identity's own HOLDER-CONCENTRATION group: no owner to join
			}
			if len(j.owners) == 1 {
				j.owner = j.owners[0]
				for _, h := range j.unlisted {
					a := lower(h.Address)
					if !slices.Contains(proposed[a], j.owner) {
						proposed[a] = append(proposed[a], j.owner)
					}
				}
			}
			e.idJoins = append(e.idJoins, j)
		}
	}
	for _, j := range e.idJoins {
		if j.owner == "" {
			continue
		}
		for _, h := range j.unlisted {
			a := lower(h.Address)
			if len(proposed[a]) > 1 {
				j.conflict = fmt.Sprintf("the identity registries of several tokens tie %s to different owners (%s)", a, strings.Join(proposed[a], ", "))
				continue
			}
			wi, owner := e.g.Node(ownership.Wallet, a), e.g.Entity(j.owner)
			if wi < 0 || owner < 0 {
				continue // the wallet holds the token, its owner has a wallets row: both are nodes
			}
			j.joined = append(j.joined, a)
			if _, done := e.joinedWallet[wi]; done {
				continue // joined through an earlier token's registry: one edge
			}
			ei := e.g.AddEdge(ownership.Edge{Owner: owner, Owned: wi, Declared: registry.Exact(1), Kind: ownership.EdgeIdentity, Interest: "identity",
				Source: fmt.Sprintf("%s: identity(%s) and identity(%s) on the identity registry %s of %s returned the on-chain identity %s",
					e.chainAt(), a, strings.Join(addresses(j.listed), ") and identity("), lower(j.t.IdentityRegistry), e.tokenLabel(j.t.Address), j.identity)})
			e.joinedWallet[wi] = j
			e.viaIdentity[ei] = j
		}
	}
}

// hasHolderRow reports whether a wallets row names a holder of addr (a
// known one or one the source says is unknown): the graph has an owner of
// the wallet.
func (e *eval) hasHolderRow(addr string) bool {
	for _, w := range e.wallets[lower(addr)] {
		if w.HolderID != "" {
			return true
		}
	}
	return false
}

// joinedNote is what a finding about the wallet addr adds when the
// wallet counts as an owner's through an on-chain identity: the sentence
// (" in the wallets sheet; PERM's identity registry 0x… at block N gives
// it the on-chain identity 0x… of C-1's wallet 0x…: the beneficial owners
// count it as C-1's") and the evidence of the identity edge; "" and nil otherwise.
func (e *eval) joinedNote(addr string) (string, []report.Evidence) {
	wi := e.g.Node(ownership.Wallet, addr)
	j := e.joinedWallet[wi]
	if wi < 0 || j == nil {
		return "", nil
	}
	for _, ei := range e.g.Owners(wi) {
		if e.viaIdentity[ei] == j {
			return fmt.Sprintf(" in the wallets sheet; %s gives it the on-chain identity %s of %s's wallet %s: the beneficial owners count it as %s's",
				e.registryAt(j), j.identity, j.owner, strings.Join(addresses(j.listed), " and "), j.owner), e.identityEvidence(ei)
		}
	}
	return "", nil
}

// addresses are the holders' addresses, lowercase, in order.
func addresses(hs []chain.Holder) []string {
	out := make([]string, len(hs))
	for i, h := range hs {
		out[i] = lower(h.Address)
	}
	return out
}

// identityEvidence is the evidence of an identity edge: identity() of the
// unlisted wallet and of the owner's listed wallets on the token's
// identity registry, and the wallets rows that tie those to the owner.
func (e *eval) identityEvidence(ei int32) []report.Evidence {
	j := e.viaIdentity[ei]
	if j == nil {
		return nil
	}
	wallet := e.g.Nodes[e.g.Edges[ei].Owned].ID
	var ev []report.Evidence
	for _, h := range j.unlisted {
		if lower(h.Address) == wallet {
			ev = append(ev, e.identityEv(*j.t, h))
		}
	}
	for _, h := range j.listed {
		ev = append(ev, e.identityEv(*j.t, h))
		for _, w := range e.wallets[lower(h.Address)] {
			ev = append(ev, regEv(w.Origin.Field("holder_id"), "wallet "+lower(h.Address)+" belongs to "+w.HolderID))
		}
	}
	return ev
}

// identityStep tells an identity edge in a path: "controlled by X
// through on-chain identity 0x… (PERM's identity registry 0x… at block N
// gives it the identity of X's wallet 0x…)".
func (e *eval) identityStep(ei int32) string {
	ed := &e.g.Edges[ei]
	j := e.viaIdentity[ei]
	if j == nil {
		return "controlled by " + e.label(ed.Owner)
	}
	return fmt.Sprintf("controlled by %s through on-chain identity %s (%s gives it the identity of %s's wallet %s)",
		e.label(ed.Owner), j.identity, e.registryAt(j), j.owner, strings.Join(addresses(j.listed), " and "))
}

// mulShare is the share a holds of b's share: the product of the bounds.
func mulShare(a, b registry.Share) registry.Share {
	return registry.Share{Low: a.Low * b.Low, High: a.High * b.High, HighOpen: (a.HighOpen || b.HighOpen) && a.High*b.High > 0}
}

// throughIdentity is what each ultimate owner of the chain holds of its
// target through wallets joined by an on-chain identity: for each joined
// wallet in the chain, its share of the target times each top owner's
// look-through share of the wallet; with, per owner, the joins that gave
// it and the wallets. A wallet owns nothing but the token, so the part
// adds to the rest of the owner's share. Computed once per chain.
func (e *eval) throughIdentity(c chainRef) (map[int32]registry.Share, map[int32][]*identityJoin, map[int32][]string) {
	if x, ok := e.idParts[c.R]; ok {
		return x.part, x.joins, x.wallets
	}
	part := map[int32]registry.Share{}
	joins := map[int32][]*identityJoin{}
	wallets := map[int32][]string{}
	var ws []int32
	for wi := range e.joinedWallet {
		ws = append(ws, wi)
	}
	slices.Sort(ws)
	for _, wi := range ws {
		s := c.R.Of(wi).Share
		if s.High <= 0 {
			continue
		}
		for _, h := range e.lookThrough(wi).Holdings {
			if len(e.g.Owners(h.Node)) > 0 {
				continue
			}
			p := part[h.Node]
			add := mulShare(s, h.Share)
			p.Low, p.High, p.HighOpen = p.Low+add.Low, min(p.High+add.High, 1), p.HighOpen || add.HighOpen
			part[h.Node] = p
			if j := e.joinedWallet[wi]; !slices.Contains(joins[h.Node], j) {
				joins[h.Node] = append(joins[h.Node], j)
			}
			wallets[h.Node] = append(wallets[h.Node], e.g.Nodes[wi].ID)
		}
	}
	e.idParts[c.R] = idParts{part, joins, wallets}
	return part, joins, wallets
}

// idParts is throughIdentity's answer for one chain, computed once.
type idParts struct {
	part    map[int32]registry.Share
	joins   map[int32][]*identityJoin
	wallets map[int32][]string
}

// without is share less the part held through joined wallets, within [0, share].
func without(share, part registry.Share) registry.Share {
	s := registry.Share{Low: max(share.Low-part.Low, 0), High: max(share.High-part.High, 0), HighOpen: share.HighOpen}
	if s.High < s.Low {
		s.High = s.Low
	}
	return s
}

// identityNote says, for a message, what part of share v holds of the
// chain through wallets joined by an on-chain identity and what it holds
// without them, judged at threshold by verdict ("" when none): "; 5% of it
// through 0x… (no wallets row), counted as P-1's through on-chain identity
// 0x… (PERM's identity registry 0x… at block N): without it 20%, below 25%".
func (e *eval) identityNote(c chainRef, v int32, share registry.Share, threshold float64) string {
	part, joins, wallets := e.throughIdentity(c)
	p, ok := part[v]
	if !ok || p.High <= 0 {
		return ""
	}
	var how []string
	for _, j := range joins[v] {
		how = append(how, fmt.Sprintf("counted as %s's through on-chain identity %s (%s)", j.owner, j.identity, e.registryAt(j)))
	}
	w := without(share, p)
	return fmt.Sprintf("; %s of it through %s, which no wallets row lists, %s: without it %s, %s",
		pctRange(p), strings.Join(wallets[v], " and "), strings.Join(how, "; "), pctRange(w), verdictText(ownership.Decide(w, threshold), threshold))
}

// verdictText says where a share stands at a threshold: "at or above
// 25%", "below 25%", "undeterminable at 25%".
func verdictText(v ownership.Verdict, threshold float64) string {
	switch v {
	case ownership.IsOwner:
		return "at or above " + report.Percent(threshold)
	case ownership.Undeterminable:
		return "undeterminable at " + report.Percent(threshold)
	}
	return "below " + report.Percent(threshold)
}

// ownerIdentities fills, for the chain c, each owner's Identity note and
// share through joined wallets, and returns the chain's shared
// identities: every identityJoin with a wallet in the chain.
func (e *eval) ownerIdentities(c chainRef, owners []report.Owner) []report.SharedIdentity {
	part, joins, wallets := e.throughIdentity(c)
	notes := map[string][]string{} // owner kind and id -> notes
	at := make(map[string]int, len(owners))
	for i, o := range owners {
		at[o.Kind+"\x00"+o.ID] = i
	}
	for v, p := range part {
		if i, ok := at[e.g.Nodes[v].Kind.String()+"\x00"+e.g.Nodes[v].ID]; ok {
			o := &owners[i]
			o.IdentityLow, o.IdentityHigh = p.Low, p.High
			var how []string
			for _, j := range joins[v] {
				how = append(how, fmt.Sprintf("on-chain identity %s, which %s gives %s's wallet %s", j.identity, e.registryAt(j), j.owner, strings.Join(addresses(j.listed), " and ")))
			}
			w := without(registry.Share{Low: o.Low, High: o.High, HighOpen: o.HighOpen}, p)
			o.Identity = fmt.Sprintf("counts %s, which no wallets row lists, through %s: %s of the share, without it %s, %s",
				strings.Join(wallets[v], " and "), strings.Join(how, "; "), pctRange(p), pctRange(w), verdictText(ownership.Decide(w, e.opts.BeneficialOwnerShare), e.opts.BeneficialOwnerShare))
		}
	}
	var out []report.SharedIdentity
	for _, j := range e.idJoins {
		in := false
		si := report.SharedIdentity{Identity: j.identity, Token: lower(j.t.Address), Registry: lower(j.t.IdentityRegistry)}
		if len(j.joined) > 0 {
			si.Owner = j.owner
		}
		for _, h := range j.t.Holders {
			if !isIdentity(*j.t, h) || lower(h.Identity) != j.identity {
				continue
			}
			wi := e.g.Node(ownership.Wallet, h.Address)
			if wi >= 0 && c.R.Of(wi).Share.High > 0 {
				in = true
			}
			si.Wallets = append(si.Wallets, report.IdentityWallet{Address: lower(h.Address), Owner: e.walletEntity(h.Address), Share: fraction(h.Balance, j.t.TotalSupply)})
		}
		if !in {
			continue
		}
		switch {
		case j.owner == "":
			si.NotJoined = fmt.Sprintf("wallets of different owners (%s): HOLDER-IDENTITY-MISMATCH; each counts as its own owner's", strings.Join(j.owners, ", "))
			if len(j.unlisted) > 0 {
				si.NotJoined += ", and " + strings.Join(addresses(j.unlisted), ", ") + ", which no wallets row lists, as no one's"
			}
			e.sharedNotes(c, j, notes)
		case j.conflict != "":
			si.NotJoined = j.conflict
		}
		out = append(out, si)
	}
	for i := range owners {
		o := &owners[i]
		for _, n := range notes[o.Kind+"\x00"+o.ID] {
			if o.Identity != "" {
				o.Identity += "; "
			}
			o.Identity += n
		}
	}
	return out
}

// sharedNotes adds, for each ultimate owner of a listed wallet of j (an
// identity whose listed wallets have different owners), a note that the
// identity is shared and nothing was joined, keyed by owner kind and id.
func (e *eval) sharedNotes(c chainRef, j *identityJoin, notes map[string][]string) {
	for _, h := range j.listed {
		wi := e.g.Node(ownership.Wallet, h.Address)
		if wi < 0 || c.R.Of(wi).Share.High <= 0 {
			continue
		}
		var others []string
		for _, o := range j.listed {
			if o.Address != h.Address {
				others = append(others, lower(o.Address)+" of "+e.walletEntity(o.Address))
			}
		}
		note := fmt.Sprintf("its wallet %s shares on-chain identity %s with %s, by %s: wallets of different owners, not joined (HOLDER-IDENTITY-MISMATCH), each counted as its own owner's",
			lower(h.Address), j.identity, strings.Join(others, ", "), e.registryAt(j))
		for _, x := range e.lookThrough(wi).Holdings {
			if len(e.g.Owners(x.Node)) > 0 {
				continue
			}
			k := e.g.Nodes[x.Node].Kind.String() + "\x00" + e.g.Nodes[x.Node].ID
			if !slices.Contains(notes[k], note) {
				notes[k] = append(notes[k], note)
			}
		}
	}
}
