package rules

import (
	"fmt"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// Rule ids of the holder family.
const (
	RuleHolderUnidentified   = "HOLDER-UNIDENTIFIED"
	RuleHolderConcentration  = "HOLDER-CONCENTRATION"
	RuleHolderLedgerMismatch = "HOLDER-LEDGER-MISMATCH"
)

// walletEntity is the registry id of the wallet's known holder, or "".
func (e *eval) walletEntity(addr string) string {
	return registry.WalletHolder(e.wallets[strings.ToLower(addr)], func(id string) bool {
		p, ok := e.people[id]
		return ok && p.Unknown
	})
}

// holdingEv is the chain evidence of a holder's balance: in tokens at the
// snapshot's block, with its share of supply and, for a token with
// decimals, the base units balanceOf and totalSupply return; then the
// transaction that last changed the holding (chain.Holder.LastChangeTx),
// the one to cite as proof of the balance, whose block and hash the
// evidence carries. Without a known transaction it carries the block of the
// last change (an export without hashes), or else the snapshot's block.
func (e *eval) holdingEv(h chain.Holder, t chain.Token) report.Evidence {
	supply := units(t.TotalSupply, t.Decimals) + " " + e.tokenLabel(t.Address)
	if t.Symbol == "" {
		supply = amountOf(t.TotalSupply, &t) // "1500 tokens of 0x…"
	}
	text := fmt.Sprintf("%s holds %s of the %s at block %d (%s of supply", h.Address, units(h.Balance, t.Decimals), supply,
		e.snap.Block, report.PercentOf(h.Balance, t.TotalSupply))
	if t.Decimals > 0 {
		text += fmt.Sprintf("; %s of %s base units", dec(h.Balance), dec(t.TotalSupply))
	}
	text += ")"
	var ev report.Evidence
	switch tx := h.LastChangeTxHex(); {
	case tx != "":
		ev = e.chainEv(h.LastChangeBlock, tx, fmt.Sprintf("%s; the holding last changed in transaction %s at block %d", text, tx, h.LastChangeBlock))
	case h.LastChangeBlock != 0:
		ev = e.chainEv(h.LastChangeBlock, "", fmt.Sprintf("%s; the holding last changed at block %d (the transfer export gives no transaction hash)", text, h.LastChangeBlock))
	default:
		ev = e.chainEv(0, "", text)
	}
	ev.Fact, ev.Contract, ev.Holder, ev.Amount = report.FactBalance, lower(t.Address), lower(h.Address), dec(h.Balance)
	switch t.Standard {
	case "erc721":
		for _, id := range h.TokenIDs {
			ev.IDs = append(ev.IDs, report.IDAmount{TokenID: id, Amount: "1"})
		}
	case "erc1155":
		for _, id := range h.TokenIDs {
			ev.IDs = append(ev.IDs, report.IDAmount{TokenID: id, Amount: dec(h.IDBalances[id])})
		}
	}
	return ev
}

// holderUnidentified: a holder at or above the identification threshold
// has no known owner in the registry (no wallets row names one). One the
// token's identity registry ties to an owner's wallets still is: the
// message says so, and that the beneficial owners count it as that
// owner's (joinedNote).
func holderUnidentified(e *eval) {
	for _, t := range e.snap.Tokens {
		for _, h := range t.Holders {
			if !atLeast(h.Balance, t.TotalSupply, e.opts.IdentificationShare) || e.walletEntity(h.Address) != "" {
				continue
			}
			ev := append([]report.Evidence{e.holdingEv(h, t)}, e.walletSearchEv(h.Address)...)
			note, idEv := e.joinedNote(h.Address)
			e.add(RuleHolderUnidentified, report.High, walletSubject(h.Address), strings.ToLower(t.Address),
				fmt.Sprintf("%s holds %s of %s, at or above the %s identification threshold, and has no known owner%s", h.Address, report.PercentOf(h.Balance, t.TotalSupply), e.tokenLabel(t.Address), report.Percent(e.opts.IdentificationShare), note), append(ev, idEv...)...)
		}
	}
}

// walletSearchEv is the evidence that no wallet row names a known holder
// of addr: the rows that list addr without one (no holder_id, or a person
// the source says is unknown), and where the wallet rows were searched.
func (e *eval) walletSearchEv(addr string) []report.Evidence {
	var ev []report.Evidence
	for _, w := range e.wallets[strings.ToLower(addr)] {
		if w.HolderID == "" {
			ev = append(ev, regEv(w.Origin, "wallet "+lower(addr)+" is listed with no holder"))
		} else {
			ev = append(ev, regEv(w.Origin.Field("holder_id"), "wallet "+lower(addr)+" is listed as held by "+w.HolderID+", a person the registry says is unknown"))
		}
	}
	origins := make([]registry.Origin, len(e.reg.Wallets))
	for i, w := range e.reg.Wallets {
		origins[i] = w.Origin
	}
	return append(ev, e.searchedEv("wallet", origins, "names a known holder of "+lower(addr))...)
}

// levelOf is the highest concentration level part/whole reaches, compared
// exactly (atLeast), or -1.
func (e *eval) levelOf(part, whole *big.Int) float64 {
	best := -1.0
	for _, l := range e.opts.ConcentrationShares {
		if l > best && atLeast(part, whole, l) {
			best = l
		}
	}
	return best
}

// level is the highest concentration level s reaches, or -1: s is a share
// computed along ownership chains, equal to a level within
// report.ShareTolerance.
func (e *eval) level(s float64) float64 {
	best := -1.0
	for _, l := range e.opts.ConcentrationShares {
		if s >= l-report.ShareTolerance && l > best {
			best = l
		}
	}
	return best
}

// holderConcentration: one holder, or one entity through several wallets,
// at or above 25% / 50% of supply. One finding a subject and token, at the
// highest level reached; its fingerprint is keyed by the token alone, so a
// holder moving from 36% to 50% is the same finding, changed.
func holderConcentration(e *eval) {
	for _, t := range e.snap.Tokens {
		tok := strings.ToLower(t.Address)
		byEntity := map[string]*walletGroup{}
		for _, h := range t.Holders {
			if l := e.levelOf(h.Balance, t.TotalSupply); l > 0 {
				ev := []report.Evidence{e.holdingEv(h, t)}
				for _, w := range e.wallets[h.Address] {
					ev = append(ev, regEv(w.Origin, "wallet "+h.Address+" belongs to "+w.HolderID))
				}
				e.add(RuleHolderConcentration, report.Medium, walletSubject(h.Address), tok,
					fmt.Sprintf("%s holds %s of %s, at or above %s", h.Address, report.PercentOf(h.Balance, t.TotalSupply), e.tokenLabel(t.Address), report.Percent(l)), ev...)
			}
			if id := e.walletEntity(h.Address); id != "" && h.Balance != nil {
				g := byEntity[id]
				if g == nil {
					g = &walletGroup{sum: new(big.Int)}
					byEntity[id] = g
				}
				g.add(h)
			}
		}
		byIdentity := e.identityGroups(t, byEntity)
		levels := map[report.Subject]float64{} // the level of each entity's finding through several wallets
		var ids []string
		for id := range byEntity {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			a := byEntity[id]
			if len(a.wallets) < 2 {
				continue
			}
			l := e.levelOf(a.sum, t.TotalSupply)
			if l <= 0 {
				continue
			}
			ev := e.groupEv(t, a)
			subj := report.Subject{Kind: "company", ID: id}
			if _, ok := e.people[id]; ok {
				subj.Kind = "person"
			}
			levels[subj] = l
			e.add(RuleHolderConcentration, report.Medium, subj, tok,
				fmt.Sprintf("%s holds %s of %s through %d wallets (%s)%s, at or above %s%s", id, report.PercentOf(a.sum, t.TotalSupply), e.tokenLabel(t.Address), len(a.wallets), strings.Join(a.wallets, ", "), a.sharedText(), report.Percent(l),
					e.joinedText(t, a, l)), ev...)
		}
		for _, g := range byIdentity {
			l := e.levelOf(g.sum, t.TotalSupply)
			if l <= 0 {
				continue
			}
			// The key is the identity group's own: an identity that is
			// also a holder's address must not collide with that
			// wallet's own finding.
			e.add(RuleHolderConcentration, report.Medium, walletSubject(g.identity), tok+":identity",
				fmt.Sprintf("the on-chain identity %s holds %s of %s through %d wallets (%s) the token's identity registry gives it, at or above %s", g.identity, report.PercentOf(g.sum, t.TotalSupply), e.tokenLabel(t.Address), len(g.wallets), strings.Join(g.wallets, ", "), report.Percent(l)), e.groupEv(t, g)...)
		}
		e.beneficialConcentration(tok, levels)
	}
}

// walletGroup is wallets of one token counted as one beneficial owner:
// their addresses in holder order, the sum of their balances, and the
// holders among them the token's identity registry gives one on-chain
// identity (identity, when the group is that identity's alone).
type walletGroup struct {
	sum      *big.Int
	wallets  []string
	in       map[string]bool // the wallets, to look one up
	shared   []chain.Holder
	identity string
	// joined are the wallets of an entity's group no wallets row ties to
	// a known owner, there because they share an on-chain identity with
	// the entity's wallets; joinedSum their balances added up.
	joined    []string
	joinedSum *big.Int
}

// add counts h's wallet in the group unless it is there already.
func (g *walletGroup) add(h chain.Holder) {
	if g.has(h.Address) {
		return
	}
	if g.in == nil {
		g.in = map[string]bool{}
	}
	g.in[h.Address] = true
	g.sum.Add(g.sum, h.Balance)
	g.wallets = append(g.wallets, h.Address)
}

// has reports whether the wallet at addr is in the group.
func (g *walletGroup) has(addr string) bool { return g.in[addr] }

// joinedText says, for a message, how much of an entity group's share is
// held by wallets no wallets row ties to a known owner, joined to the
// group by their on-chain identity, and what the entity holds without
// them at level l: "; 0x… (5%), which no wallets row ties to a known
// owner, counts through its on-chain identity: without it 20.57%, below
// 25%". "" when there are none.
func (e *eval) joinedText(t chain.Token, g *walletGroup, l float64) string {
	if len(g.joined) == 0 {
		return ""
	}
	rest := new(big.Int).Sub(g.sum, g.joinedSum)
	where := "below " + report.Percent(l)
	if e.levelOf(rest, t.TotalSupply) >= l {
		where = "still at or above " + report.Percent(l)
	}
	return fmt.Sprintf("; %s (%s), which no wallets row ties to a known owner, counts through its on-chain identity: without it %s, %s",
		strings.Join(g.joined, " and "), report.PercentOf(g.joinedSum, t.TotalSupply), report.PercentOf(rest, t.TotalSupply), where)
}

// sharedText says which of the group's wallets its on-chain identities
// join, for a message: "; 0xa and 0xb share on-chain identity 0xc", or "".
func (g *walletGroup) sharedText() string {
	byID := map[string][]string{}
	var ids []string
	for _, h := range g.shared {
		if byID[h.Identity] == nil {
			ids = append(ids, h.Identity)
		}
		byID[h.Identity] = append(byID[h.Identity], h.Address)
	}
	var parts []string
	for _, id := range ids {
		parts = append(parts, strings.Join(byID[id], " and ")+" share on-chain identity "+id)
	}
	if len(parts) == 0 {
		return ""
	}
	return "; " + strings.Join(parts, "; ")
}

// identityGroups counts the wallets an ERC-3643 token's identity registry
// gives one on-chain identity as one beneficial owner. An identity whose
// wallets the registry ties to one entity joins that entity's group in
// byEntity (its wallets the registry does not list are added); one whose
// wallets the registry ties to no entity, or to several, is a group of its
// own, returned by identity. Identities of one wallet are left out.
func (e *eval) identityGroups(t chain.Token, byEntity map[string]*walletGroup) []*walletGroup {
	if t.IdentityRegistry == "" {
		return nil
	}
	byID := map[string][]chain.Holder{}
	var ids []string
	for _, h := range t.Holders {
		if !isIdentity(t, h) || h.Balance == nil {
			continue
		}
		if byID[h.Identity] == nil {
			ids = append(ids, h.Identity)
		}
		byID[h.Identity] = append(byID[h.Identity], h)
	}
	sort.Strings(ids)
	var own []*walletGroup
	for _, id := range ids {
		hs := byID[id]
		if len(hs) < 2 {
			continue
		}
		entities := map[string]bool{}
		entity := ""
		for _, h := range hs {
			if ent := e.walletEntity(h.Address); ent != "" {
				entities[ent], entity = true, ent
			}
		}
		g := &walletGroup{sum: new(big.Int), identity: id}
		if len(entities) == 1 {
			g = byEntity[entity]
		} else {
			own = append(own, g)
		}
		for _, h := range hs {
			if len(entities) == 1 && e.walletEntity(h.Address) == "" && !g.has(h.Address) {
				if g.joinedSum == nil {
					g.joinedSum = new(big.Int)
				}
				g.joined = append(g.joined, h.Address)
				g.joinedSum.Add(g.joinedSum, h.Balance)
			}
			g.add(h)
		}
		g.shared = append(g.shared, hs...)
	}
	return own
}

// groupEv is the evidence of a wallet group: the registry rows naming each
// wallet's holder, then what the token's identity registry says of each
// wallet whose identity it shares with another (identity(wallet)).
func (e *eval) groupEv(t chain.Token, g *walletGroup) []report.Evidence {
	var ev []report.Evidence
	for _, w := range g.wallets {
		for _, row := range e.wallets[w] {
			ev = append(ev, regEv(row.Origin, "wallet "+w+" belongs to "+row.HolderID))
		}
	}
	for _, h := range g.shared {
		ev = append(ev, e.identityEv(t, h))
	}
	return ev
}

// beneficialConcentration: a person who, looking through companies, holds
// at least a concentration level of the token through two wallets or more
// (wallets no row lists that the token's identity registry ties to a
// listed one count: the message says how much of the share they make and
// what the person holds without them, see identityNote).
// A person already found holding the token through several wallets
// directly (levels, by subject) keeps one finding, at the higher level:
// the fingerprint names the rule, subject and token, not the level.
func (e *eval) beneficialConcentration(tok string, levels map[report.Subject]float64) {
	r, ok := e.economic[tok]
	if !ok {
		return
	}
	c := chainRef{Asset: tok, R: r}
	for _, h := range r.Holdings {
		n := e.g.Nodes[h.Node]
		if n.Kind != ownership.Person || n.UnknownPerson {
			continue
		}
		l := e.level(h.Share.Low)
		if l <= 0 {
			continue
		}
		wallets := map[string]bool{}
		var ev []report.Evidence
		for _, p := range r.Paths {
			for i, ei := range p.Edges {
				if e.g.Edges[ei].Owner == h.Node {
					wallets[e.g.Nodes[e.g.Edges[p.Edges[0]].Owner].ID] = true
					ev = append(ev, e.pathEvidence(c, p.Edges[:i+1])...)
				}
			}
		}
		if len(wallets) < 2 {
			continue
		}
		subj := e.subject(h.Node)
		if prev, ok := levels[subj]; ok {
			if prev >= l {
				continue
			}
			delete(e.findings, report.Fingerprint(RuleHolderConcentration, subj, tok))
		}
		e.add(RuleHolderConcentration, report.Medium, subj, tok,
			fmt.Sprintf("%s holds at least %s of %s, looking through companies, by %d wallets, at or above %s%s", e.label(h.Node), report.Percent(h.Share.Low), e.tokenLabel(tok), len(wallets), report.Percent(l),
				e.identityNote(c, h.Node, h.Share, l)), ev...)
	}
}

// holderLedgerMismatch: balances rebuilt from logs disagree with the
// contract, or a transfer export drives a balance below zero (the export
// misses transfers, so its holder set is not the token's).
func holderLedgerMismatch(e *eval) {
	if x := e.snap.Export; x != nil {
		for _, n := range x.Negative {
			e.add(RuleHolderLedgerMismatch, report.High, tokenSubject(n.Token), "negative:"+n.Address,
				fmt.Sprintf("%s: the transfer export takes %s below zero (%s at block %d): the export misses transfers, so the holders rebuilt from it are not the token's",
					e.tokenLabel(n.Token), n.Address, n.Balance, n.Block),
				report.Evidence{Kind: "input", File: e.snap.Endpoint, Row: n.Row,
					Text: fmt.Sprintf("running balance of %s is %s after block %d", n.Address, n.Balance, n.Block)})
		}
		for _, c := range x.IDConflicts {
			what := fmt.Sprintf("mints id %s, which %s already holds", c.ID, c.Holder)
			if c.From != "" {
				holder := "nobody holds"
				if c.Holder != "" {
					holder = c.Holder + " holds"
				}
				what = fmt.Sprintf("moves id %s from %s, but %s it", c.ID, c.From, holder)
			}
			e.add(RuleHolderLedgerMismatch, report.High, tokenSubject(c.Token), "id:"+c.ID+":"+strconv.Itoa(c.Row),
				fmt.Sprintf("%s: a row of the transfer export %s (block %d): the export misses transfers, so the holders rebuilt from it are not the token's",
					e.tokenLabel(c.Token), what, c.Block),
				report.Evidence{Kind: "input", File: e.snap.Endpoint, Row: c.Row,
					Text: fmt.Sprintf("the row %s at block %d", what, c.Block)})
		}
	}
	for _, t := range e.snap.Tokens {
		for _, m := range t.Mismatches {
			who := m.Address
			if who == "" {
				who = "total supply"
			}
			e.add(RuleHolderLedgerMismatch, report.High, tokenSubject(t.Address), m.What+":"+strings.ToLower(m.Address),
				fmt.Sprintf("%s: %s for %s is %s by the contract but %s rebuilt from Transfer logs", e.tokenLabel(t.Address), m.What, who, m.Reported, m.Rebuilt),
				chainFact(e.chainEv(0, "", fmt.Sprintf("%s(%s) at block %d returned %s; Transfer logs up to the block give %s", m.What, m.Address, e.snap.Block, m.Reported, m.Rebuilt)),
					report.FactCall, t.Address, m.Address))
		}
	}
}
