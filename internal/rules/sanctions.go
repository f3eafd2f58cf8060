package rules

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// Rule ids of the sanctions family.
const (
	RuleSancWallet = "SANC-WALLET"
	RuleSancVessel = "SANC-VESSEL"
	RuleSancOwner  = "SANC-OWNER"
	RuleSanc50     = "SANC-50"

	RuleSancFormerOwner = "SANC-FORMER-OWNER"
)

// sancWallet: a holder, controller or issuer wallet is on a list, or a
// wallet the registry ties to the issuer or to anyone in an ownership chain,
// whether or not it holds a token. The wallet is sanctioned (idListed);
// the parties its owners in the graph are (walletTied) are possibly
// sanctioned (sanctionStatus) and seeds of the 50% rule as a name match
// is (sanc50, which runs after).
func sancWallet(e *eval) {
	type role struct {
		what string
		ev   report.Evidence
	}
	roles := map[string][]role{}
	var addrs []string
	note := func(addr, what string, ev report.Evidence) {
		addr = strings.ToLower(addr)
		if addr == "" || addr == zeroAddress {
			return
		}
		if _, ok := roles[addr]; !ok {
			addrs = append(addrs, addr)
		}
		roles[addr] = append(roles[addr], role{what, ev})
	}
	for _, t := range e.snap.Tokens {
		for _, h := range t.Holders {
			note(h.Address, "holder of "+e.tokenLabel(t.Address), e.holdingEv(h, t))
		}
		for _, c := range t.Controllers {
			note(c.Address, c.Role+" of "+e.tokenLabel(t.Address), e.roleEv(t.Address, c, fmt.Sprintf("%s holds the %s role of %s at block %d", c.Address, c.Role, e.tokenLabel(t.Address), e.snap.Block)))
		}
		if t.Issuer != "" {
			note(t.Issuer, "issuer of "+e.tokenLabel(t.Address), e.issuerEv(t))
		}
		if t.Proxy != nil && t.Proxy.Admin != "" {
			note(t.Proxy.Admin, "proxy-admin of "+e.tokenLabel(t.Address), e.roleEv(t.Address, chain.Controller{Role: "proxy-admin", Address: t.Proxy.Admin}, fmt.Sprintf("%s is the EIP-1967 proxy admin of %s", t.Proxy.Admin, e.tokenLabel(t.Address))))
		}
	}
	// a wallet with no role on chain, screened for whom it belongs to
	issuers := e.issuerIDs()
	for _, a := range e.registeredWallets(issuers) {
		if _, onChain := roles[a]; onChain {
			continue
		}
		for _, w := range e.wallets[a] {
			note(a, "registered wallet of "+e.walletHolderRole(w.HolderID, issuers), regEv(w.Origin, "wallet "+a+" belongs to "+w.HolderID+" ("+w.Evidence+")"))
		}
	}
	sort.Strings(addrs)
	for _, a := range addrs {
		matches := e.f.Lists.Address(a)
		if wi := e.g.Node(ownership.Wallet, a); wi >= 0 && len(matches) > 0 {
			e.idListed[wi] = append(e.idListed[wi], matches...)
			// whose the beneficial owners count it as (its owners in the
			// graph: the wallets sheet's holder, the owner an on-chain
			// identity joins it to) is possibly sanctioned: the list names
			// the wallet, not the party
			for _, ei := range e.g.Owners(wi) {
				o := e.g.Edges[ei].Owner
				for _, m := range matches {
					e.walletTied[o] = append(e.walletTied[o], walletTie{edge: ei, m: m})
				}
			}
		}
		for _, m := range matches {
			var what []string
			ev := []report.Evidence{matchEv(m)}
			for _, r := range roles[a] {
				what = append(what, r.what)
				ev = append(ev, r.ev)
			}
			var holders []string
			for _, w := range e.wallets[a] {
				ev = append(ev, regEv(w.Origin, "wallet "+a+" belongs to "+w.HolderID+" ("+w.Evidence+")"))
				holders = append(holders, w.HolderID)
			}
			// whose the beneficial owners count it as: the wallets
			// sheet's holder, or the owner an on-chain identity joins it to
			whose := ""
			if len(holders) > 0 {
				whose = "; the wallets sheet ties it to " + strings.Join(uniqStrings(holders), ", ")
			} else if note, idEv := e.joinedNote(a); note != "" {
				whose = "; it is in no row" + note
				ev = append(ev, idEv...)
			}
			e.add(RuleSancWallet, report.Critical, walletSubject(a), matchKey(m),
				fmt.Sprintf("wallet %s (%s) is on %s%s", a, strings.Join(uniqStrings(what), ", "), listedName(m), whose), ev...)
		}
	}
}

// walletTie is a wallet a list names by address, tied to the party that
// holds it in the ownership graph: edge is the graph's edge from the party
// to the wallet (a wallets row, ownership.EdgeWallet, or an on-chain
// identity join, ownership.EdgeIdentity), m the list's match of the address.
type walletTie struct {
	edge int32
	m    sanctions.Match
}

// tieText says how a party holds the listed wallet of t, for SANC-50:
// "holds wallet 0x… that OFAC SDN entry 27307 LAZARUS GROUP lists, as the
// wallets sheet says", or "..., through on-chain identity 0x… (SEA's
// identity registry 0x… at block N)"; with the evidence: the list's match,
// then the wallets row at its holder_id, or the identity() facts and the
// wallets rows of the owner's listed wallets.
func (e *eval) tieText(t walletTie) (string, []report.Evidence) {
	ed := &e.g.Edges[t.edge]
	a, holder := strings.ToLower(e.g.Nodes[ed.Owned].ID), e.g.Nodes[ed.Owner].ID
	ev := []report.Evidence{matchEv(t.m)}
	by := "as the wallets sheet says"
	if j := e.viaIdentity[t.edge]; j != nil {
		by = fmt.Sprintf("through on-chain identity %s (%s)", j.identity, e.registryAt(j))
		ev = append(ev, e.identityEvidence(t.edge)...)
	} else {
		what := "wallet " + a + " belongs to " + holder
		for _, w := range e.wallets[a] {
			if &w.Origin == ed.Origin && w.Evidence != "" {
				what += " (" + w.Evidence + ")"
			}
		}
		ev = append(ev, regEv(e.edgeOrigin(ed), what))
	}
	return fmt.Sprintf("holds wallet %s that %s lists, %s", a, listedName(t.m), by), ev
}

// registeredWallets are the wallets, sorted, that the registry ties to one
// of issuers or to an entity in an ownership chain.
func (e *eval) registeredWallets(issuers map[string]bool) []string {
	var out []string
	for a, ws := range e.wallets {
		for _, w := range ws {
			if issuers[w.HolderID] || e.inChain[e.g.Entity(w.HolderID)] {
				out = append(out, a)
				break
			}
		}
	}
	sort.Strings(out)
	return out
}

// issuerIDs are the entity ids the claims name as issuers.
func (e *eval) issuerIDs() map[string]bool {
	out := map[string]bool{}
	for _, c := range e.claims {
		if id, _ := e.issuerOf(c); id != "" {
			out[id] = true
		}
	}
	return out
}

// walletHolderRole names a wallet's registered holder and why it is
// screened: "Harbour Ltd (C-HARBOUR), the issuer" (one of issuers) or
// "..., in the ownership chain".
func (e *eval) walletHolderRole(id string, issuers map[string]bool) string {
	v := e.g.Entity(id)
	name := id
	if v >= 0 {
		name = e.label(v)
	}
	var why []string
	if issuers[id] {
		why = append(why, "the issuer")
	}
	if v >= 0 && e.inChain[v] {
		why = append(why, "in the ownership chain")
	}
	return name + ", " + strings.Join(why, " and ")
}

// sancVessel: a tokenised vessel is on a list, by IMO or MMSI (critical) or
// by name and flag together (high; medium, to review, for a name in the
// review band), unless both have valid IMOs that differ (another ship:
// low, to review, for a name at match strength; nothing for one in the
// review band).
func sancVessel(e *eval) {
	for _, id := range e.tokenised {
		v := e.vessels[id]
		imo := id
		if v != nil && v.IMO != "" {
			imo = v.IMO
		}
		hit := map[string]bool{}
		// the claims of the vessel, cited after the vessel row's cells
		// each match used (vesselEv)
		var claims []report.Evidence
		for _, c := range e.vesselClaims(id) {
			claims = append(claims, e.claimEvidence(c))
		}
		cite := func(m sanctions.Match, columns ...string) []report.Evidence {
			return append(append([]report.Evidence{matchEv(m)}, e.vesselEv(v, columns...)...), claims...)
		}
		vi := e.g.Node(ownership.Vessel, id)
		for _, m := range e.f.Lists.IMO(imo) {
			hit[matchKey(m)] = true
			if vi >= 0 {
				e.idListed[vi] = append(e.idListed[vi], m)
			}
			e.add(RuleSancVessel, report.Critical, vesselSubject(id), matchKey(m),
				fmt.Sprintf("tokenised vessel %s is listed: IMO %s on %s", e.vesselLabel(id), imo, listedName(m)),
				cite(m, "imo")...)
		}
		if v == nil {
			continue
		}
		if v.MMSI != "" {
			for _, m := range e.f.Lists.MMSI(v.MMSI) {
				if hit[matchKey(m)] {
					continue
				}
				hit[matchKey(m)] = true
				if vi >= 0 {
					e.idListed[vi] = append(e.idListed[vi], m)
				}
				e.add(RuleSancVessel, report.Critical, vesselSubject(id), matchKey(m),
					fmt.Sprintf("tokenised vessel %s is listed: MMSI %s on %s", e.vesselLabel(id), v.MMSI, listedName(m)),
					cite(m, "mmsi")...)
			}
		}
		if v.Name == "" {
			continue
		}
		for _, m := range e.f.Lists.Name(sanctions.Query{Name: v.Name, Type: "vessel"}) {
			if hit[matchKey(m)] || !e.sameFlag(v.Flag, m.Entry.Flag) {
				continue
			}
			other := otherIMOs(v, m.Entry)
			if m.Review && len(other) > 0 {
				continue // a name to review, and the IMOs say another ship
			}
			hit[matchKey(m)] = true
			if m.Review {
				// as SANC-OWNER reports a name in the review band
				e.add(RuleSancVessel, report.Medium, vesselSubject(id), matchKey(m),
					fmt.Sprintf("tokenised vessel %s, possible name match to review: %s (score %.2f), of the same flag (%s), not by IMO", e.vesselLabel(id), listedName(m), m.Score, v.Flag),
					cite(m, "name", "flag")...)
				continue
			}
			if len(other) > 0 {
				// an IMO number stays with its hull for life: another valid
				// number is another ship, unless one of them is false
				e.add(RuleSancVessel, report.Low, vesselSubject(id), matchKey(m),
					fmt.Sprintf("tokenised vessel %s has the name and flag (%s) of %s, but another IMO: %s here, %s on the list; a ship keeps its IMO number for life, so this is another ship unless one of the numbers is false: to review, not a match",
						e.vesselLabel(id), v.Flag, listedName(m), v.IMO, strings.Join(other, ", ")),
					cite(m, "name", "flag", "imo")...)
				continue
			}
			e.add(RuleSancVessel, report.High, vesselSubject(id), matchKey(m),
				fmt.Sprintf("tokenised vessel %s matches %s by name and flag (%s), not by IMO", e.vesselLabel(id), listedName(m), v.Flag),
				cite(m, "name", "flag")...)
		}
	}
}

// vesselEv cites the vessel's registry row at each of columns ("imo",
// "name", "flag", "mmsi") that holds a value, with what it says (a flag
// with its country's name, "Cuba (CU)"); none for a vessel not in the
// registry (its claims cite it).
func (e *eval) vesselEv(v *registry.Vessel, columns ...string) []report.Evidence {
	if v == nil {
		return nil
	}
	var out []report.Evidence
	for _, col := range columns {
		var value, text string
		switch col {
		case "imo":
			value, text = v.IMO, listText("vessel "+v.Name, labelled("IMO", v.IMO), labelled("flag", v.Flag))
		case "name":
			value, text = v.Name, "vessel "+v.Key+" is named "+v.Name
		case "flag":
			value, text = v.Flag, "vessel "+firstNonEmpty(v.Name, v.Key)+" flies the flag of "+e.country(v.Flag)
		case "mmsi":
			value, text = v.MMSI, "vessel "+firstNonEmpty(v.Name, v.Key)+" has MMSI "+v.MMSI
		}
		if value != "" {
			out = append(out, regEv(v.Origin.At(col), text))
		}
	}
	return out
}

// otherIMOs are the entry's valid IMO numbers when the vessel's own IMO is
// valid and is none of them: the numbers say the listed ship is another
// one. None when either side has no valid IMO, as the numbers then cannot
// tell the ships apart.
func otherIMOs(v *registry.Vessel, en *sanctions.Entry) []string {
	own, ok := registry.NormalizeIMO(v.IMO)
	if !ok || !registry.ValidShipIMO(own) {
		return nil
	}
	var out []string
	for _, s := range en.IMOs {
		listed, ok := registry.NormalizeIMO(s)
		if !ok || !registry.ValidShipIMO(listed) {
			continue
		}
		if listed == own {
			return nil
		}
		out = append(out, listed)
	}
	return uniqStrings(out)
}

// sameFlag compares a registry flag with a list's flag as ISO 3166-1
// country codes (flagCode: the country table with its other names and
// aliases), so that a list's "Iran" or "Democratic People's Republic of
// Korea" is the registry's IR or KP; a flag that is no known country is
// compared as text, ignoring case. An empty flag is the same as none.
func (e *eval) sameFlag(flag, listed string) bool {
	if strings.TrimSpace(flag) == "" || strings.TrimSpace(listed) == "" {
		return false
	}
	return e.flagCode(flag) == e.flagCode(listed)
}

// sancOwner: a company or person in a chain matches a list entry.
func sancOwner(e *eval) {
	for _, v := range e.chainEntities() {
		n := e.g.Nodes[v]
		if n.Missing || n.UnknownPerson {
			continue
		}
		subj := e.subject(v)
		var base []report.Evidence
		if c, ok := e.companies[n.ID]; ok {
			base = append(base, regEv(c.Origin, listText("company "+c.ID+" "+c.Name, c.Jurisdiction)))
		}
		if p, ok := e.people[n.ID]; ok {
			base = append(base, regEv(p.Origin, "person "+p.ID+" "+p.Name))
			base = append(base, sameAsEvidence(p)...)
		}
		withPath := false
		evidence := func(m sanctions.Match) []report.Evidence {
			if !withPath { // the path is worked out only for a party that matched
				base = append(base, e.entityEvidence(v)...)
				withPath = true
			}
			return append([]report.Evidence{matchEv(m)}, base...)
		}
		ids, names := e.entityMatches(v)
		for _, m := range ids {
			if m.Review {
				e.add(RuleSancOwner, report.Medium, subj, matchKey(m),
					fmt.Sprintf("%s, in the ownership chain, has the %s %s of %s, whose name differs, and the number's country cannot be compared: to review", e.label(v), m.Identifier, m.Value, listedName(m)),
					evidence(m)...)
				continue
			}
			e.listed[v] = append(e.listed[v], m)
			e.add(RuleSancOwner, report.Critical, subj, matchKey(m),
				fmt.Sprintf("%s, in the ownership chain, is listed: %s %s on %s", e.label(v), m.Identifier, m.Value, listedName(m)),
				evidence(m)...)
		}
		for _, m := range names {
			sev, how := report.High, "name match"
			if m.Review {
				sev, how = report.Medium, "possible name match to review"
			} else {
				e.listed[v] = append(e.listed[v], m)
			}
			e.add(RuleSancOwner, sev, subj, matchKey(m),
				fmt.Sprintf("%s, in the ownership chain, %s: %s (score %.2f)", e.label(v), how, listedName(m), m.Score),
				evidence(m)...)
		}
	}
}

// entityMatches returns the list entries the company or person v matches:
// by its company IMO and registration number (decisive; a registration
// number only where the list's country for it, or else the entry's, is the
// company's jurisdiction; where either is unknown, decisive when the names
// agree at the review threshold, else a match to review, Review set), then by name
// with what the registry says of it (type, jurisdiction or nationality,
// birth date), review-band matches included. Each entry comes once,
// identifiers first.
func (e *eval) entityMatches(v int32) (ids, names []sanctions.Match) {
	n := e.g.Nodes[v]
	hit := map[string]bool{}
	first := func(m sanctions.Match) bool { // each entry once
		k := matchKey(m)
		seen := hit[k]
		hit[k] = true
		return !seen
	}
	q := sanctions.Query{Name: n.Name, Type: "entity"}
	if c, ok := e.companies[n.ID]; ok {
		if c.CompanyIMO != "" {
			for _, m := range e.f.Lists.CompanyIMO(c.CompanyIMO) {
				if first(m) {
					ids = append(ids, m)
				}
			}
		}
		if c.RegistrationNumber != "" {
			for _, m := range e.f.Lists.RegistrationNumber(c.RegistrationNumber) {
				// a registration number is unique only within its register:
				// the country that issued the listed one (or the entry's)
				// must be the company's jurisdiction
				issued, of := m.Entry.Countries, "the entry's countries"
				if rc := m.Entry.RegistrationCountry(c.RegistrationNumber); rc != "" {
					issued, of = []string{rc}, "the list's country for it"
				}
				// a jurisdiction the registry wrote in words the country
				// table does not read ("Iran (Islamic Rep.)") is unknown
				jurisdiction := sanctions.CountryCode(c.Jurisdiction)
				switch {
				case jurisdiction != "" && len(issued) > 0 && !contains(issued, jurisdiction):
					continue // another country's register
				case jurisdiction != "" && len(issued) > 0:
					m.Explanation += fmt.Sprintf("; the company's jurisdiction %s is %s", jurisdiction, of)
				case !e.namesAgree(n.Name, m.Entry):
					m.Review = true
					switch {
					case c.Jurisdiction == "":
						m.Explanation += "; the registry gives the company no jurisdiction and the names differ: to review"
					case jurisdiction == "":
						m.Explanation += fmt.Sprintf("; the registry's jurisdiction %q is no country this tool reads and the names differ: to review", c.Jurisdiction)
					default:
						m.Explanation += "; the list does not say which country issued the number and the names differ: to review"
					}
				}
				if first(m) {
					ids = append(ids, m)
				}
			}
		}
		if c.Jurisdiction != "" {
			q.Countries = []string{c.Jurisdiction}
		}
	}
	if p, ok := e.people[n.ID]; ok {
		q.Type, q.BirthDate = "individual", p.BirthDate
		if p.Nationality != "" {
			q.Countries = []string{p.Nationality}
		}
	}
	if q.Name == "" {
		return ids, nil
	}
	for _, m := range e.f.Lists.Name(q) {
		if first(m) {
			names = append(names, m)
		}
	}
	return ids, names
}

// sancFormerOwner: an owner whose interest in a company of a chain has
// ended (a BODS interest with an end date, a ceased UK PSC) matches a list
// entry. A blocked person's divestment after its designation does not
// unblock what it held, so the end date is to be checked against the
// listing. An owner still in a chain is SANC-OWNER's.
func sancFormerOwner(e *eval) {
	for i := range e.reg.Ended {
		o := &e.reg.Ended[i]
		owned, owner := e.g.Entity(o.OwnedID), e.g.Entity(o.OwnerID)
		if owned < 0 || owner < 0 || !e.inChain[owned] || e.inChain[owner] {
			continue
		}
		if n := e.g.Nodes[owner]; n.Missing || n.UnknownPerson {
			continue
		}
		ended := "ended (date not given)"
		if !o.EndedOn.IsZero() {
			ended = "ended on " + day(o.EndedOn)
		}
		interest := o.Interest
		if interest == "" {
			interest = "ownership"
		}
		ids, names := e.entityMatches(owner)
		for _, m := range append(ids, names...) {
			sev, how := report.High, "is listed"
			if m.Review {
				sev, how = report.Medium, "may be listed (a match to review)"
			}
			e.add(RuleSancFormerOwner, sev, e.subject(owned), o.OwnerID+":"+matchKey(m),
				fmt.Sprintf("%s, in the ownership chain, had an owner who %s: %s held %s of it (%s), which %s; %s (score %.2f). A listed owner's divestment after its designation does not unblock what it held: check the date against the listing",
					e.label(owned), how, e.label(owner), pctRange(o.Share), interest, ended, listedName(m), m.Score),
				append([]report.Evidence{matchEv(m),
					regEv(o.Origin, fmt.Sprintf("%s held %s of %s (%s), which %s", o.OwnerID, pctRange(o.Share), o.OwnedID, interest, ended))},
					e.entityEvidence(owned)...)...)
		}
	}
}

// sanc50: an entity in a chain is blocked because listed or blocked owners
// together hold 50% or more of it directly. The rule starts from the
// parties matched at match strength (listed) and from those holding a
// wallet a list names by address (walletTied), which, as a name match,
// stand once confirmed: only the parties listed by an identifier make a
// block certain.
func sanc50(e *eval) {
	var seeds []int32
	for v := range e.listed {
		seeds = append(seeds, v)
	}
	for v := range e.walletTied {
		if len(e.listed[v]) == 0 {
			seeds = append(seeds, v)
		}
	}
	sort.Slice(seeds, func(i, j int) bool { return seeds[i] < seeds[j] })
	blocks := e.g.Blocked(seeds)
	// The same rule from the parties listed by an identifier alone: a
	// block it does not reach rests on name matches or wallet ties, and
	// is no surer than they are.
	var idSeeds []int32
	for _, v := range seeds {
		if slices.ContainsFunc(e.listed[v], func(m sanctions.Match) bool { return m.Identifier != "" }) {
			idSeeds = append(idSeeds, v)
		}
	}
	byIDs := e.blockedByIDs
	for _, b := range e.g.Blocked(idSeeds) {
		if !b.Possible {
			byIDs[b.Node] = true
		}
	}
	byNode := map[int32]ownership.Block{}
	for _, b := range blocks {
		if !b.Possible {
			e.blocked[b.Node] = true
			byNode[b.Node] = b
		} else {
			e.mayBeBlocked[b.Node] = true
		}
	}
	blocks = append(blocks, e.blockedBehindNames(seeds, idSeeds, byNode)...)
	for _, b := range blocks {
		if !e.inChain[b.Node] {
			continue
		}
		var owners []string
		var ev []report.Evidence
		var byName, byWallet bool // the block rests on name matches, on wallet ties
		for _, ei := range b.Edges {
			ed := &e.g.Edges[ei]
			var why string
			if e.seed(ed.Owner) {
				how, sev, n, w := e.seedWhy(ed.Owner)
				why = how
				ev = append(ev, sev...)
				byName, byWallet = byName || n, byWallet || w
			} else {
				roots, edges := e.blockRoots(ed.Owner, byNode)
				var names []string
				for _, r := range roots {
					how, sev, n, w := e.seedWhy(r)
					names = append(names, e.label(r)+", "+how)
					ev = append(ev, sev...)
					byName, byWallet = byName || n, byWallet || w
				}
				for _, ri := range edges {
					re := &e.g.Edges[ri]
					ev = append(ev, regEv(e.edgeOrigin(re), e.g.Nodes[re.Owner].ID+" holds "+pctRange(re.Declared)+" of "+e.g.Nodes[re.Owned].ID+" directly"))
				}
				why = "itself blocked by the 50% rule"
				if len(names) > 0 {
					why += ", starting from " + strings.Join(names, "; ")
				}
			}
			owners = append(owners, e.label(ed.Owner)+" "+pctRange(ed.Declared)+" ("+why+")")
			ev = append(ev, regEv(e.edgeOrigin(ed), e.g.Nodes[ed.Owner].ID+" holds "+pctRange(ed.Declared)+" of "+e.g.Nodes[b.Node].ID+" directly"))
		}
		ev = append(ev, e.entityEvidence(b.Node)...)
		ev = append(ev, noteEv("OFAC 50% rule: direct holdings of blocked persons are added, not multiplied along the chain"))
		if b.Possible {
			// the upper bounds reach 50%, the lower bounds do not: the data
			// cannot rule the block out
			e.add(RuleSanc50, report.High, e.subject(b.Node), "possible:"+strings.Join(e.ownerIDs(b.Edges), ","),
				fmt.Sprintf("%s may be blocked by the 50%% rule: blocked owners hold %s of it directly, and the data cannot tell whether that reaches 50%%: %s", e.label(b.Node), pctRange(b.Share), strings.Join(owners, "; ")), ev...)
			continue
		}
		if !byIDs[b.Node] {
			// the parties listed by an identifier do not reach 50% without
			// the name matches or the wallet ties: the block stands once
			// they are confirmed, and is no more certain than they are
			matches := "name matches"
			switch {
			case byName && byWallet:
				matches = "name matches and wallet ties"
			case byWallet:
				matches = "wallet ties"
			}
			e.add(RuleSanc50, report.High, e.subject(b.Node), "50:"+strings.Join(e.ownerIDs(b.Edges), ","),
				fmt.Sprintf("%s is blocked by the 50%% rule if the %s below are confirmed: owners blocked by them hold %s of it directly: %s", e.label(b.Node), matches, pctRange(b.Share), strings.Join(owners, "; ")), ev...)
			continue
		}
		e.add(RuleSanc50, report.Critical, e.subject(b.Node), "50:"+strings.Join(e.ownerIDs(b.Edges), ","),
			fmt.Sprintf("%s is blocked by the 50%% rule: blocked owners hold %s of it directly: %s", e.label(b.Node), pctRange(b.Share), strings.Join(owners, "; ")), ev...)
	}
}

// blockedBehindNames are the 50% rule's blocks of the parties matched by
// their own names only, or holding a listed wallet (seeds not among
// idSeeds), which the rule run from every seed leaves out as seeds: each
// such party in a chain is judged from the other seeds, so that a block by
// its owners (by an identifier, critical) is not hidden behind its own
// weaker name match or wallet tie. A party listed by an identifier is
// blocked whatever its owners hold, and is not judged again. Sorted by id.
//
// A listed owner (a seed) is blocked whatever the party is; an owner blocked by the
// rule (byNode) may be so only through the party (circular ownership), so a
// party with such an owner is judged by running the rule again without it,
// and any other from its owners' direct holdings, as ownership.Blocked adds
// them, without a run of the rule each.
func (e *eval) blockedBehindNames(seeds, idSeeds []int32, byNode map[int32]ownership.Block) []ownership.Block {
	var out []ownership.Block
	for _, v := range seeds {
		if !e.inChain[v] || slices.Contains(idSeeds, v) {
			continue
		}
		b := ownership.Block{Node: v}
		rerun := false
		for _, ei := range e.g.Owners(v) {
			ed := &e.g.Edges[ei]
			if _, blocked := byNode[ed.Owner]; blocked {
				rerun = true
				break
			}
			if ed.Owner != v && e.seed(ed.Owner) {
				b.Edges = append(b.Edges, ei)
				b.Share = ownership.AddShares(b.Share, ed.Share) // as ownership.Blocked adds them
			}
		}
		if rerun {
			found := false
			others := slices.DeleteFunc(slices.Clone(seeds), func(s int32) bool { return s == v })
			for _, x := range e.g.Blocked(others) {
				if x.Node == v {
					b, found = x, true
				}
			}
			if !found {
				continue
			}
		} else {
			switch blocked, possible := ownership.HalfReached(b.Share); {
			case blocked:
			case possible:
				b.Possible = true
			default:
				continue
			}
		}
		out = append(out, b)
		if b.Possible {
			e.mayBeBlocked[v] = true
		} else {
			e.blocked[v] = true
		}
	}
	sort.Slice(out, func(i, j int) bool { return e.g.Nodes[out[i].Node].ID < e.g.Nodes[out[j].Node].ID })
	return out
}

// namesAgree reports whether name scores at least the review threshold
// against one of the entry's names.
func (e *eval) namesAgree(name string, en *sanctions.Entry) bool {
	if name == "" {
		return false
	}
	for _, listed := range append([]string{en.Name}, en.Aliases...) {
		if s, _ := sanctions.ScoreNames(name, listed, en.Type); s >= e.f.Lists.Options().Review {
			return true
		}
	}
	return false
}

// strongest is the match that lists a party most surely (an identifier
// match before a name match, else the first), and how it lists it:
// "listed: OFAC SDN entry 1 X" for an identifier, "matched by name to OFAC
// SDN entry 1 X (score 0.93)" for a name.
func strongest(ms []sanctions.Match) (sanctions.Match, string) {
	m := ms[0]
	for _, x := range ms {
		if x.Identifier != "" {
			m = x
			break
		}
	}
	if m.Identifier == "" {
		return m, fmt.Sprintf("matched by name to %s (score %.2f)", listedName(m), m.Score)
	}
	return m, "listed: " + listedName(m)
}

// seed reports whether the 50% rule starts from v: a list matches it at
// match strength (SANC-OWNER), or it holds a wallet a list names by
// address (walletTied).
func (e *eval) seed(v int32) bool { return len(e.listed[v]) > 0 || len(e.walletTied[v]) > 0 }

// seedWhy says why the 50% rule starts from the seed v, for SANC-50's
// text, with the evidence: how its identifier match lists it when it has
// one (strongest: the wallets it holds then add nothing); else its name
// match and each listed wallet it holds, joined by " and " ("matched by
// name to ... (score 0.93) and holds wallet 0x… that OFAC SDN entry 27307
// LAZARUS GROUP lists, as the wallets sheet says"). byName and byWallet
// say whether it is a seed by a name match, by a wallet tie: what a block
// resting on it needs confirmed.
func (e *eval) seedWhy(v int32) (how string, ev []report.Evidence, byName, byWallet bool) {
	var parts []string
	if ms := e.listed[v]; len(ms) > 0 {
		m, how := strongest(ms)
		if m.Identifier != "" {
			return how, []report.Evidence{matchEv(m)}, false, false
		}
		parts, ev, byName = append(parts, how), append(ev, matchEv(m)), true
	}
	for _, t := range e.walletTied[v] {
		how, tev := e.tieText(t)
		parts, ev, byWallet = append(parts, how), append(ev, tev...), true
	}
	return strings.Join(parts, " and "), ev, byName, byWallet
}

// listedName is "OFAC SDN entry 23763 CHANG AN SHIPPING & TECHNOLOGY", or
// "address list eth.txt, row 11" and the name when the row gives one
// (sanctions.Entry.Ref).
func listedName(m sanctions.Match) string {
	return strings.TrimSpace(m.Entry.Ref() + " " + m.Entry.Name)
}

// blockRoots follows the 50% rule down from a node it blocked to the
// parties it started from (seed): it returns them, sorted by id, and the
// edges of blocked owners passed on the way, in the order walked.
func (e *eval) blockRoots(v int32, byNode map[int32]ownership.Block) (roots, edges []int32) {
	seen := map[int32]bool{v: true}
	queue := []int32{v}
	for len(queue) > 0 {
		u := queue[0]
		queue = queue[1:]
		for _, ei := range byNode[u].Edges {
			o := e.g.Edges[ei].Owner
			if seen[o] {
				continue
			}
			seen[o] = true
			edges = append(edges, ei)
			if e.seed(o) {
				roots = append(roots, o)
			} else {
				queue = append(queue, o)
			}
		}
	}
	sort.Slice(roots, func(i, j int) bool { return e.g.Nodes[roots[i]].ID < e.g.Nodes[roots[j]].ID })
	return roots, edges
}

// ownerIDs are the owners' ids of the edges, sorted.
func (e *eval) ownerIDs(edges []int32) []string {
	var out []string
	for _, ei := range edges {
		out = append(out, e.g.Nodes[e.g.Edges[ei].Owner].ID)
	}
	sort.Strings(out)
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

func uniqStrings(in []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range in {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

const zeroAddress = "0x0000000000000000000000000000000000000000"
