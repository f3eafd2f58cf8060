package rules

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/report"
)

// RuleHolderUnverified is the rule id of a holder an ERC-3643 token's own
// identity registry does not verify.
const RuleHolderUnverified = "HOLDER-UNVERIFIED"

// registryFact is ev stating what the token's identity registry returned
// for holder at the pinned block: fact is report.FactVerified,
// FactIdentity or FactCountry, value the answer as the report writes it.
func registryFact(ev report.Evidence, fact string, t chain.Token, holder, value string) report.Evidence {
	ev = chainFact(ev, fact, t.Address, holder)
	ev.Registry, ev.Value = lower(t.IdentityRegistry), value
	return ev
}

// verifiedEv is the evidence of isVerified(holder) on the token's identity
// registry; h.Verified must be known.
func (e *eval) verifiedEv(t chain.Token, h chain.Holder) report.Evidence {
	v := strconv.FormatBool(*h.Verified)
	return registryFact(e.chainEv(0, "", fmt.Sprintf("isVerified(%s) on the identity registry %s of %s returned %s at block %d",
		h.Address, t.IdentityRegistry, e.tokenLabel(t.Address), v, e.snap.Block)), report.FactVerified, t, h.Address, v)
}

// identityEv is the evidence of identity(holder) on the token's identity
// registry and of whether the identity has code at the pinned block (its
// has_code field); h.Identity must be known.
func (e *eval) identityEv(t chain.Token, h chain.Holder) report.Evidence {
	code := fmt.Sprintf(", where %s has code", h.Identity)
	if h.IdentityNoCode {
		code = fmt.Sprintf("; %s has no code at block %d: not an ONCHAINID", h.Identity, e.snap.Block)
	}
	ev := registryFact(e.chainEv(0, "", fmt.Sprintf("identity(%s) on the identity registry %s of %s returned the on-chain identity %s at block %d%s",
		h.Address, t.IdentityRegistry, e.tokenLabel(t.Address), h.Identity, e.snap.Block, code)), report.FactIdentity, t, h.Address, lower(h.Identity))
	hasCode := !h.IdentityNoCode
	ev.HasCode = &hasCode
	return ev
}

// byIdentity groups the holders of t that keep says to keep by the
// identity its registry gives them: the identities, sorted, and each
// one's holders in the token's order.
func byIdentity(t chain.Token, keep func(chain.Holder) bool) ([]string, map[string][]chain.Holder) {
	byID := map[string][]chain.Holder{}
	var ids []string
	for _, h := range t.Holders {
		if !keep(h) {
			continue
		}
		if byID[h.Identity] == nil {
			ids = append(ids, h.Identity)
		}
		byID[h.Identity] = append(byID[h.Identity], h)
	}
	sort.Strings(ids)
	return ids, byID
}

// isIdentity reports whether h has an on-chain identity of token t that
// counts as one: known, with code at the pinned block (an ONCHAINID is a
// contract), and none of the contracts of the token itself (its address,
// the logic behind its proxy, its identity registry), which a broken or
// hostile registry may give every wallet to make them one investor.
func isIdentity(t chain.Token, h chain.Holder) bool {
	if h.Identity == "" || h.IdentityNoCode {
		return false
	}
	own := []string{t.Address, t.IdentityRegistry}
	if t.Proxy != nil {
		own = append(own, t.Proxy.Implementation)
	}
	for _, a := range own {
		if a != "" && strings.EqualFold(a, h.Identity) {
			return false
		}
	}
	return true
}

// RuleHolderIdentityNoCode is the rule id of an ERC-3643 token's identity
// registry naming, as holders' on-chain identity, an address without code.
const RuleHolderIdentityNoCode = "HOLDER-IDENTITY-NO-CODE"

// holderIdentityNoCode: an ERC-3643 token's identity registry names, as
// the on-chain identity of holders, an address that has no code at the
// pinned block. An ONCHAINID is a contract that holds the investor's keys
// and claims, so the address is no identity: its wallets are not counted
// as one owner (HOLDER-CONCENTRATION, HOLDER-IDENTITY-MISMATCH), and the
// verification the registry gives them rests on no identity contract. One
// finding an address and token, naming its wallets.
func holderIdentityNoCode(e *eval) {
	for _, t := range e.snap.Tokens {
		if t.IdentityRegistry == "" {
			continue
		}
		ids, byID := byIdentity(t, func(h chain.Holder) bool { return h.Identity != "" && h.IdentityNoCode })
		for _, id := range ids {
			var wallets []string
			var ev []report.Evidence
			for _, h := range byID[id] {
				wallets = append(wallets, h.Address)
				ev = append(ev, e.identityEv(t, h))
			}
			e.add(RuleHolderIdentityNoCode, report.Medium, walletSubject(id), lower(t.Address),
				fmt.Sprintf("the identity registry %s of %s names %s as the on-chain identity of %d holder(s) (%s), but %s has no code at block %d: an ONCHAINID is a contract, so it is no identity, and these wallets are not counted as one owner through it. Possible causes: a registry that answers addresses that are not identities (broken or hostile), or an identity registered before its contract was deployed",
					t.IdentityRegistry, e.tokenLabel(t.Address), id, len(wallets), strings.Join(wallets, ", "), id, e.snap.Block), ev...)
		}
	}
}

// holderUnverified: a holder of an ERC-3643 token that the token's identity
// registry does not verify at the pinned block. The message says what was
// read and the possible causes, not which one: T-REX checks isVerified(to)
// in every transfer, mint and forced transfer, so a holder usually lost
// its verification after it received the shares, but a token whose
// transfers do not check verification gives the same read.
// A holder whose isVerified is unknown is not judged.
func holderUnverified(e *eval) {
	for _, t := range e.snap.Tokens {
		if t.IdentityRegistry == "" {
			continue
		}
		for _, h := range t.Holders {
			if h.Verified == nil || *h.Verified {
				continue
			}
			ev := []report.Evidence{e.holdingEv(h, t), e.verifiedEv(t, h)}
			for _, w := range e.wallets[strings.ToLower(h.Address)] {
				ev = append(ev, regEv(w.Origin, "wallet "+lower(h.Address)+" belongs to "+w.HolderID))
			}
			e.add(RuleHolderUnverified, report.Medium, walletSubject(h.Address), strings.ToLower(t.Address),
				fmt.Sprintf("%s holds %s of %s, but isVerified(%s) on the token's identity registry %s returned false at block %d. Possible causes: its identity or KYC claim removed, expired or revoked after it received the shares, the token's trusted issuers or claim topics changed, the identity registry replaced, or a token whose transfers do not check verification",
					h.Address, report.PercentOf(h.Balance, t.TotalSupply), e.tokenLabel(t.Address), h.Address, t.IdentityRegistry, e.snap.Block), ev...)
		}
	}
}

// RuleHolderIdentityMismatch is the rule id of an ERC-3643 token's
// identity registry disagreeing with the registry spreadsheets.
const RuleHolderIdentityMismatch = "HOLDER-IDENTITY-MISMATCH"

// countryEv is the evidence of investorCountry(holder) on the token's
// identity registry; h.InvestorCountry must be known.
func (e *eval) countryEv(t chain.Token, h chain.Holder) report.Evidence {
	name := strconv.Itoa(h.InvestorCountry)
	if h.InvestorCountryAlpha2 != "" {
		name += " (" + h.InvestorCountryAlpha2 + ")"
	}
	return registryFact(e.chainEv(0, "", fmt.Sprintf("investorCountry(%s) on the identity registry %s of %s returned %s at block %d",
		h.Address, t.IdentityRegistry, e.tokenLabel(t.Address), name, e.snap.Block)), report.FactCountry, t, h.Address, strconv.Itoa(h.InvestorCountry))
}

// ownerCountry is the alpha-2 country the registry gives the entity id to
// compare with its investorCountry, the field it came from and the cell
// that says it; ok is false when the entity has none the country table
// knows. investorCountry is, in T-REX practice, the investor's country of
// residence or jurisdiction: a company's jurisdiction compares with it
// directly; the registry model has no country of residence for a person,
// so a person's nationality stands in, which the message says.
func (e *eval) ownerCountry(id string) (a2, field string, ev report.Evidence, ok bool) {
	lookup := e.f.Reference.CountryCode
	if lookup == nil {
		lookup = refdata.CountryCode
	}
	if p, ok := e.people[id]; ok && p.Nationality != "" {
		if a2, ok := lookup(p.Nationality); ok {
			return a2, "nationality", regEv(p.Origin.Field("nationality"), id+"'s nationality is "+p.Nationality), true
		}
	}
	if c, ok := e.companies[id]; ok && c.Jurisdiction != "" {
		if a2, ok := lookup(c.Jurisdiction); ok {
			return a2, "jurisdiction", regEv(c.Origin.Field("jurisdiction"), id+"'s jurisdiction is "+c.Jurisdiction), true
		}
	}
	return "", "", report.Evidence{}, false
}

// fallbackNote is what a HOLDER-IDENTITY-MISMATCH message adds when the
// owner's country compared is a person's nationality.
func fallbackNote(field string) string {
	if field != "nationality" {
		return ""
	}
	return " (the registry gives no country of residence, so the nationality is compared instead: a national of one country may live in another)"
}

// holderIdentityMismatch: an ERC-3643 token's identity registry and the
// registry spreadsheets disagree about who holds the token: wallets of
// one on-chain identity belong to different owners in the registry, or a
// holder's investor country is not the country the registry gives its
// owner (a company's jurisdiction, a person's nationality in the absence
// of a country of residence; judged only when both are known).
func holderIdentityMismatch(e *eval) {
	for _, t := range e.snap.Tokens {
		if t.IdentityRegistry == "" {
			continue
		}
		tok := lower(t.Address)
		ids, byID := byIdentity(t, func(h chain.Holder) bool { return isIdentity(t, h) })
		for _, id := range ids {
			var owners, wallets []string
			var ev []report.Evidence
			for _, h := range byID[id] {
				ev = append(ev, e.identityEv(t, h))
				if ent := e.walletEntity(h.Address); ent != "" {
					if !slices.Contains(owners, ent) {
						owners = append(owners, ent)
					}
					wallets = append(wallets, h.Address+" ("+ent+")")
					for _, w := range e.wallets[h.Address] {
						ev = append(ev, regEv(w.Origin, "wallet "+h.Address+" belongs to "+w.HolderID))
					}
				}
			}
			if len(owners) < 2 {
				continue
			}
			e.add(RuleHolderIdentityMismatch, report.Medium, walletSubject(id), tok+":owners",
				fmt.Sprintf("the identity registry %s of %s gives wallets of different owners in the registry one on-chain identity %s: %s",
					t.IdentityRegistry, e.tokenLabel(t.Address), id, strings.Join(wallets, ", ")), ev...)
		}
		for _, h := range t.Holders {
			if h.InvestorCountryAlpha2 == "" {
				continue
			}
			ent := e.walletEntity(h.Address)
			a2, field, owned, ok := e.ownerCountry(ent)
			if ent == "" || !ok || a2 == h.InvestorCountryAlpha2 {
				continue
			}
			ev := []report.Evidence{e.countryEv(t, h)}
			for _, w := range e.wallets[h.Address] {
				ev = append(ev, regEv(w.Origin, "wallet "+h.Address+" belongs to "+w.HolderID))
			}
			ev = append(ev, owned)
			e.add(RuleHolderIdentityMismatch, report.Medium, walletSubject(h.Address), tok+":country",
				fmt.Sprintf("the identity registry %s of %s gives %s the investor country %s (%d), its investor's country of residence or jurisdiction, but the registry gives its owner %s the %s %s%s",
					t.IdentityRegistry, e.tokenLabel(t.Address), h.Address, h.InvestorCountryAlpha2, h.InvestorCountry, ent, field, a2, fallbackNote(field)), ev...)
		}
	}
}
