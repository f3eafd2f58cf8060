package rules

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

// Rule ids of the contract family.
const (
	RuleContractMint           = "CONTRACT-MINT"
	RuleContractUpgradeable    = "CONTRACT-UPGRADEABLE"
	RuleContractFreeze         = "CONTRACT-FREEZE"
	RuleContractForcedTransfer = "CONTRACT-FORCED-TRANSFER"
	RuleContractSingleKey      = "CONTRACT-SINGLE-KEY"
)

// controllers are the token's controllers in the given roles, skipping the
// zero address (a renounced role).
func controllers(t chain.Token, roles ...string) []chain.Controller {
	var out []chain.Controller
	for _, c := range t.Controllers {
		if c.Address == "" || strings.EqualFold(c.Address, zeroAddress) {
			continue
		}
		for _, r := range roles {
			if strings.EqualFold(c.Role, r) {
				out = append(out, c)
				break
			}
		}
	}
	return out
}

func (e *eval) controllerEvidence(t chain.Token, cs []chain.Controller) []report.Evidence {
	var ev []report.Evidence
	for _, c := range cs {
		kind := "a plain key"
		if c.IsContract {
			kind = "a contract"
		}
		ev = append(ev, e.roleEv(t.Address, c, fmt.Sprintf("%s holds the %s role of %s at block %d (%s)", c.Address, c.Role, e.tokenLabel(t.Address), e.snap.Block, kind)))
	}
	return ev
}

// roleEv is chain evidence, with text, that c's account holds c's role
// over the token at the pinned block; the text ends saying how that was
// read (roleRead); a role named by its hash's first bytes carries the full
// hash.
func (e *eval) roleEv(token string, c chain.Controller, text string) report.Evidence {
	ev := chainFact(e.chainEv(0, "", text+"; "+e.roleRead(token, c)), report.FactRole, token, c.Address)
	ev.Role, ev.RoleHash = c.Role, c.RoleHash
	return ev
}

// roleRead says which call or storage slot establishes that c's account
// holds c's role over the token at the pinned block, as internal/chain
// reads it and verify --rpc checks it: owner(), the EIP-1967 admin slot,
// owner() of the proxy admin or beacon, or the role's events with the
// call (hasRole, isAgent) that confirms them.
func (e *eval) roleRead(token string, c chain.Controller) string {
	token, acct := lower(token), lower(c.Address)
	var proxy chain.Proxy
	if t := e.snapToken(token); t != nil && t.Proxy != nil {
		proxy = *t.Proxy
	}
	switch c.Role {
	case "owner":
		return fmt.Sprintf("read by calling owner() on %s", token)
	case "proxy-admin":
		return fmt.Sprintf("read from the EIP-1967 admin slot (%s) of %s", chain.SlotAdmin.Hex(), token)
	case "proxy-admin-owner":
		return fmt.Sprintf("read by calling owner() on %s, the proxy admin in the EIP-1967 admin slot of %s", orUnknown(proxy.Admin), token)
	case "beacon-owner":
		return fmt.Sprintf("read by calling owner() on %s, the beacon in the EIP-1967 beacon slot of %s", orUnknown(proxy.Beacon), token)
	}
	hash := c.RoleHash
	if h, ok := chain.RoleHash(c.Role); hash == "" && ok {
		hash = h.Hex()
	}
	if c.Role == "agent" {
		return fmt.Sprintf("the token's AgentAdded/AgentRemoved and RoleGranted/RoleRevoked events up to block %d make it an agent; isAgent(%s), or hasRole(%s, %s), confirms it", e.snap.Block, acct, hash, acct)
	}
	if hash == "" {
		return fmt.Sprintf("the token's RoleGranted/RoleRevoked events up to block %d make it a member of the role", e.snap.Block)
	}
	return fmt.Sprintf("the token's RoleGranted/RoleRevoked events up to block %d make it a member of role %s; hasRole(%s, %s) confirms it", e.snap.Block, hash, hash, acct)
}

// orUnknown is s, or "an address not recorded" when s is empty.
func orUnknown(s string) string {
	if s == "" {
		return "an address not recorded"
	}
	return lower(s)
}

// issuerEv is chain evidence that the token names its issuer address
// (issuer()) at the pinned block.
func (e *eval) issuerEv(t chain.Token) report.Evidence {
	return chainFact(e.chainEv(0, "", fmt.Sprintf("%s is named issuer by %s", t.Issuer, e.tokenLabel(t.Address))), report.FactIssuer, t.Address, t.Issuer)
}

// codeKinds are the capability kinds (internal/chain's catalogue) whose
// functions each rule citing code cites: the functions a CONTRACT-MINT,
// CONTRACT-FREEZE, CONTRACT-FORCED-TRANSFER or CONTRACT-UPGRADEABLE code
// citation may name.
var codeKinds = map[string][]string{
	RuleContractMint:           {"mint"},
	RuleContractFreeze:         {"pause", "freeze"},
	RuleContractForcedTransfer: {"forcedTransfer"},
	RuleContractUpgradeable:    {"upgrade"},
}

// CodeKinds are the capability kinds of internal/chain's catalogue whose
// functions rule's code citations name; nil for a rule that cites no code.
func CodeKinds(rule string) []string { return codeKinds[rule] }

// CodeText is the text of a code citation: the code at codeAddr, which
// token runs (its own, or its logic behind the proxy token), dispatches
// fns at the pinned block: "the code of 0xLOGIC (the token's logic behind
// proxy 0xTOKEN) at block N dispatches forcedTransfer(address,address,uint256)
// (selector 0x9fc1d0e7)". Addresses are written lowercase; verify --rpc
// requires a citation's text to be exactly this for its fields.
func CodeText(token, codeAddr string, block uint64, fns []report.Function) string {
	whose := "the token"
	if lower(codeAddr) != lower(token) {
		whose = "the token's logic behind proxy " + lower(token)
	}
	var named []string
	for _, f := range fns {
		named = append(named, fmt.Sprintf("%s (selector %s)", f.Signature, f.Selector))
	}
	return fmt.Sprintf("the code of %s (%s) at block %d dispatches %s", lower(codeAddr), whose, block, strings.Join(named, ", "))
}

// codeEv is chain evidence, one item per code address, that the code the
// token runs at the pinned block dispatches the catalogue functions of
// rule's capability kinds (codeKinds) that internal/chain found there
// (Capabilities.Found), written by CodeText. Nil when none was found (an
// upgrade known from a proxy's slots alone).
func (e *eval) codeEv(t chain.Token, rule string) []report.Evidence {
	var order []string
	byCode := map[string][]chain.CodeMatch{}
	for _, m := range t.Capabilities.Of(codeKinds[rule]...) {
		code := lower(m.Code)
		if _, ok := byCode[code]; !ok {
			order = append(order, code)
		}
		byCode[code] = append(byCode[code], m)
	}
	var out []report.Evidence
	for _, code := range order {
		var fns []report.Function
		for _, m := range byCode[code] {
			fns = append(fns, report.Function{Signature: m.Signature, Selector: m.Selector})
		}
		ev := chainFact(e.chainEv(0, "", CodeText(t.Address, code, e.snap.Block, fns)),
			report.FactCode, t.Address, "")
		ev.CodeAddress, ev.Functions = code, fns
		out = append(out, ev)
	}
	return out
}

// proxyFact is ev stating EIP-1967 slots of the token at the pinned
// block: each of implementation, admin and beacon that is not "" holds
// that address (the zero address: the slot is empty); runs, when not "",
// is the implementation the proxy runs that no slot holds (a beacon
// proxy's, an EIP-1167 minimal proxy's).
func proxyFact(ev report.Evidence, token, implementation, admin, beacon, runs string) report.Evidence {
	ev = chainFact(ev, report.FactProxy, token, "")
	ev.Implementation, ev.Admin, ev.Beacon, ev.Runs = lower(implementation), lower(admin), lower(beacon), lower(runs)
	return ev
}

// slotOrEmpty is a slot's address as proxyFact states it: the zero
// address for an empty slot.
func slotOrEmpty(addr string) string {
	if addr == "" {
		return zeroAddress
	}
	return addr
}

func addrs(cs []chain.Controller) string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Role+" "+c.Address)
	}
	return strings.Join(uniqStrings(out), ", ")
}

// mintsCited is how many of the first and of the last mints after the
// initial distribution CONTRACT-MINT cites one by one; a note counts the
// ones between.
const mintsCited = 5

// contractMint: supply can still be minted by a privileged account, or was
// minted after the initial distribution.
//
// The initial distribution is the token's issue: the mints of the first
// block that minted (the chain reader leaves them out of Token.Mints) and
// every later mint both within Options.InitialDistributionWindow (30
// days) of the token's deployment (for a transfer export, which holds no
// deployment, of its first mint) and not after the block in which the
// token first moved between two holders (Token.FirstMove: from then on
// holders trade what was issued). A mint after either is new supply issued
// once the token was out, and the first move is cited. When the dates are
// not known (an export without timestamps), the first move alone ends the
// distribution; with no move either, every mint after the first block that
// minted counts, and the message says so. The evidence cites the first and
// the last mintsCited of them, and a note counts and sums the ones between.
func contractMint(e *eval) {
	for _, t := range e.snap.Tokens {
		who := controllers(t, "owner", "default-admin", "admin", "minter", "agent")
		can := t.Capabilities.Mint && len(who) > 0
		later, undated := e.laterMints(&t)
		if !can && len(later) == 0 {
			continue
		}
		var parts []string
		var ev []report.Evidence
		if can {
			parts = append(parts, "supply can still be minted by "+addrs(who))
			ev = append(ev, e.controllerEvidence(t, who)...)
			ev = append(ev, e.codeEv(t, RuleContractMint)...)
		}
		if len(later) > 0 {
			total := new(big.Int)
			for _, m := range later {
				if m.Amount != nil {
					total.Add(total, m.Amount)
				}
			}
			inAll := ""
			if len(later) > 1 {
				inAll = " in all"
			}
			parts = append(parts, fmt.Sprintf("%s of %s%s after the initial distribution (%s)",
				plural(len(later), "mint"), amountOf(total, &t), inAll, e.initialDistribution(&t, undated)))
			if m := t.FirstMove; m != nil && later[len(later)-1].Block > m.Block {
				// the first move between holders, written as
				// VESSEL-CHANGE-NEAR-TOKEN writes a large transfer (verify
				// reads the claim from the text of a report without the
				// structured fields)
				text := fmt.Sprintf("%s moved %s to %s (%s of supply%s)", amountOf(m.Amount, &t), m.From, m.To, report.PercentOf(m.Amount, t.TotalSupply), baseUnits(m.Amount, t.Decimals))
				if !m.Time.IsZero() && m.TxHash != "" {
					text += fmt.Sprintf(" on %s, block %d, tx %s", day(m.Time), m.Block, m.TxHash)
				}
				ev = append(ev, moveFact(e.chainEv(m.Block, m.TxHash, text), report.FactTransfer, t.Address, m.From, m.To, m.Amount))
			}
			cite := func(m chain.Transfer) {
				when := ""
				if !m.Time.IsZero() {
					when = " on " + day(m.Time)
				}
				ev = append(ev, moveFact(e.chainEv(m.Block, m.TxHash, fmt.Sprintf("%s minted to %s%s, block %d%s", amountOf(m.Amount, &t), m.To, when, m.Block, baseUnits(m.Amount, t.Decimals))),
					report.FactMint, t.Address, m.From, m.To, m.Amount))
			}
			if len(later) <= 2*mintsCited {
				for _, m := range later {
					cite(m)
				}
			} else {
				for _, m := range later[:mintsCited] {
					cite(m)
				}
				between := later[mintsCited : len(later)-mintsCited]
				sum := new(big.Int)
				for _, m := range between {
					if m.Amount != nil {
						sum.Add(sum, m.Amount)
					}
				}
				ev = append(ev, noteEv(fmt.Sprintf("%s after the initial distribution, %s in all: the first %d and the last %d are cited; the %s between, %s, are the token's Transfer events from the zero address in blocks %d to %d",
					plural(len(later), "mint"), amountOf(total, &t), mintsCited, mintsCited, plural(len(between), "other mint"), amountOf(sum, &t), between[0].Block, between[len(between)-1].Block)))
				for _, m := range later[len(later)-mintsCited:] {
					cite(m)
				}
			}
		}
		e.add(RuleContractMint, report.Medium, tokenSubject(t.Address), "mint",
			fmt.Sprintf("%s: %s", e.tokenLabel(t.Address), strings.Join(parts, "; ")), ev...)
	}
}

// laterMints are the token's mints after its initial distribution (see
// contractMint), oldest first; undated says that dates were missing, so
// that every mint after the first block that minted is among them.
func (e *eval) laterMints(t *chain.Token) (later []chain.Transfer, undated bool) {
	for _, m := range t.Mints {
		dated := !m.Time.IsZero() && !t.DeployTime.IsZero()
		undated = undated || !dated
		switch {
		case t.FirstMove != nil && m.Block > t.FirstMove.Block:
			later = append(later, m)
		case !dated:
			if t.FirstMove == nil {
				later = append(later, m)
			}
		case m.Time.Sub(t.DeployTime) > e.opts.InitialDistributionWindow:
			later = append(later, m)
		}
	}
	return later, undated
}

// initialDistribution says what the token's initial distribution was
// taken to be, for CONTRACT-MINT's message.
func (e *eval) initialDistribution(t *chain.Token, undated bool) string {
	moved := ""
	if t.FirstMove != nil {
		// what the chain shows, not who the parties were: a treasury
		// handing out the issue moves it as a holder selling does
		moved = fmt.Sprintf("before its first transfer other than a mint or burn, in block %d, from %s", t.FirstMove.Block, t.FirstMove.From)
	}
	if undated {
		if moved != "" {
			return "the mints " + moved + "; the dates of the mints are not known"
		}
		first := "the first block that minted"
		if t.DeployIsFirstMint && t.DeployBlock != 0 {
			first += fmt.Sprintf(", block %d", t.DeployBlock) // the reader takes it for the deployment
		}
		return fmt.Sprintf("%s; the dates of the mints are not known, and the token never moved between holders, so none later could be placed within %s of it", first, days(e.opts.InitialDistributionWindow))
	}
	start := "its deployment"
	if t.DeployIsFirstMint {
		start = "its first mint" // an export, or a node without the history's state, shows no deployment
	}
	s := fmt.Sprintf("the mints up to %s after %s on %s", days(e.opts.InitialDistributionWindow), start, day(t.DeployTime))
	if moved != "" {
		s += " and " + moved
	}
	return s
}

// days writes a duration in whole days: "30 days".
func days(d time.Duration) string { return plural(int(d.Hours()/24+0.5), "day") }

// contractUpgradeable: the token is a proxy whose logic its admin can replace.
func contractUpgradeable(e *eval) {
	for _, t := range e.snap.Tokens {
		if t.Proxy == nil {
			continue
		}
		p := t.Proxy
		if p.Admin == "" && p.Beacon == "" && !t.Capabilities.Upgrade {
			continue
		}
		// The slots as read: a plain EIP-1967 proxy runs the address in
		// its implementation slot; a beacon proxy runs its beacon's
		// implementation(), its implementation slot empty; an EIP-1167
		// minimal proxy the target in its code. The text names the slots
		// that hold something and what the proxy runs, as the fields do.
		implementation, runs := slotOrEmpty(p.Implementation), ""
		slots := listText(labelled("implementation", p.Implementation), labelled("admin", p.Admin), labelled("beacon", p.Beacon))
		kind := "an EIP-1967 proxy (implementation " + p.Implementation + ")"
		text := fmt.Sprintf("EIP-1967 slots at block %d: %s", e.snap.Block, slots)
		if p.Kind != "eip1967" {
			implementation, runs = zeroAddress, p.Implementation
			slots = listText(labelled("admin", p.Admin), labelled("beacon", p.Beacon))
			if p.Kind == "beacon" {
				kind = "an EIP-1967 beacon proxy (beacon " + p.Beacon + ") running implementation " + p.Implementation
				text = fmt.Sprintf("EIP-1967 slots at block %d: %s, implementation slot empty; it runs %s, its beacon's implementation()", e.snap.Block, slots, p.Implementation)
			} else {
				kind = "an EIP-1167 minimal proxy of " + p.Implementation
				text = fmt.Sprintf("code at block %d: an EIP-1167 minimal proxy of %s", e.snap.Block, p.Implementation)
				if slots != "" {
					text += "; EIP-1967 slots: " + slots
				}
			}
		}
		ev := []report.Evidence{proxyFact(e.chainEv(0, "", text), t.Address, implementation, slotOrEmpty(p.Admin), slotOrEmpty(p.Beacon), runs)}
		if p.Admin == "" && p.Beacon == "" {
			// upgradeable by its code alone (UUPS): the code is the
			// reason, an admin or beacon slot otherwise
			ev = append(ev, e.codeEv(t, RuleContractUpgradeable)...)
		}
		e.add(RuleContractUpgradeable, report.Medium, tokenSubject(t.Address), "proxy",
			fmt.Sprintf("%s is %s; %s can replace its logic", e.tokenLabel(t.Address), kind, upgrader(&t)), ev...)
	}
}

// upgrader names who can replace a proxy token's logic: its EIP-1967
// admin, else its beacon's owner (the beacon-owner controller, or "the
// owner of its beacon" when owner() gave none), else its upgrade role.
func upgrader(t *chain.Token) string {
	p := t.Proxy
	switch {
	case p.Admin != "":
		return p.Admin
	case p.Beacon != "":
		for _, c := range t.Controllers {
			if c.Role == "beacon-owner" {
				return "its beacon's owner " + c.Address
			}
		}
		return "the owner of its beacon"
	}
	return "its upgrade role"
}

// contractFreeze: a privileged account can pause, freeze or blacklist
// holders. As CONTRACT-MINT, it needs both the capability in the code and
// an account holding a role that can use it (owner, default-admin, admin,
// pauser, freezer, agent): the finding says such an account can, and cites
// it (verify --rpc reads it back). With none found (the owner renounced,
// owner() the zero address; no member of those roles in the token's role
// events) no account is shown to be able to, and there is no finding:
// the function alone harms no holder while nobody may call it. Access
// control the chain reader does not read (a role it names only by its
// hash's first bytes, a custom getter such as USDC's blacklister()) is
// not seen, which docs/rules.md says.
func contractFreeze(e *eval) {
	for _, t := range e.snap.Tokens {
		c := t.Capabilities
		who := controllers(t, "owner", "default-admin", "admin", "pauser", "freezer", "agent")
		if !c.Pause && !c.Freeze || len(who) == 0 {
			continue
		}
		var can []string
		if c.Pause {
			can = append(can, "pause all transfers")
		}
		if c.Freeze {
			can = append(can, "freeze or blacklist holders")
		}
		ev := e.controllerEvidence(t, who)
		ev = append(ev, e.codeEv(t, RuleContractFreeze)...)
		for _, h := range t.Holders {
			if h.Frozen {
				ev = append(ev, chainFact(e.chainEv(0, "", fmt.Sprintf("%s is frozen at block %d", h.Address, e.snap.Block)), report.FactFrozen, t.Address, h.Address))
			}
		}
		e.add(RuleContractFreeze, report.Low, tokenSubject(t.Address), "freeze",
			fmt.Sprintf("%s: a privileged account can %s", e.tokenLabel(t.Address), strings.Join(can, " and ")), ev...)
	}
}

// contractForcedTransfer: a privileged account can move, burn or seize
// holders' tokens. Like contractFreeze and CONTRACT-MINT, only when an
// account holding a role that can (owner, default-admin, admin, agent) is
// found: with the owner renounced and no such role held, nobody can call
// the function, and a finding saying a privileged account can would be
// false; there is none.
func contractForcedTransfer(e *eval) {
	for _, t := range e.snap.Tokens {
		who := controllers(t, "owner", "default-admin", "admin", "agent")
		if !t.Capabilities.ForcedTransfer || len(who) == 0 {
			continue
		}
		ev := e.controllerEvidence(t, who)
		ev = append(ev, e.codeEv(t, RuleContractForcedTransfer)...)
		e.add(RuleContractForcedTransfer, report.High, tokenSubject(t.Address), "forced-transfer",
			fmt.Sprintf("%s: a privileged account can move or destroy holders' tokens without their signature", e.tokenLabel(t.Address)), ev...)
	}
}

// contractSingleKey: an owner or admin role is held by a plain key. A key
// that owns the token's ProxyAdmin contract ("proxy-admin-owner") or its
// beacon ("beacon-owner") can replace the token's logic alone, so it counts
// like a direct owner; the evidence then names the contract it owns.
func contractSingleKey(e *eval) {
	for _, t := range e.snap.Tokens {
		for _, c := range controllers(t, "owner", "default-admin", "admin", "proxy-admin", "proxy-admin-owner", "beacon-owner") {
			if c.IsContract {
				continue
			}
			ev := e.controllerEvidence(t, []chain.Controller{c})
			how := ""
			if via := upgradeContract(t, c.Role); via != "" {
				how = " through " + via
				fact := e.chainEv(0, "", fmt.Sprintf("%s is the %s of %s at block %d: its owner() can replace the token's logic", via, upgradeRole(c.Role), e.tokenLabel(t.Address), e.snap.Block))
				if c.Role == "beacon-owner" {
					fact = proxyFact(fact, t.Address, "", "", t.Proxy.Beacon, "")
				} else {
					fact = proxyFact(fact, t.Address, "", t.Proxy.Admin, "", "")
				}
				ev = append(ev, fact)
			}
			for _, w := range e.wallets[strings.ToLower(c.Address)] {
				ev = append(ev, regEv(w.Origin, "wallet "+c.Address+" belongs to "+w.HolderID))
			}
			e.add(RuleContractSingleKey, report.Medium, tokenSubject(t.Address), c.Role+":"+strings.ToLower(c.Address),
				fmt.Sprintf("%s: the %s role%s is held by %s, a plain key (no contract, no multisig)", e.tokenLabel(t.Address), c.Role, how, c.Address), ev...)
		}
	}
}

// upgradeContract is the contract whose owner a "proxy-admin-owner" or
// "beacon-owner" controller is (the proxy's admin or beacon), or "".
func upgradeContract(t chain.Token, role string) string {
	if t.Proxy == nil {
		return ""
	}
	switch role {
	case "proxy-admin-owner":
		if t.Proxy.Admin != "" {
			return "ProxyAdmin contract " + t.Proxy.Admin
		}
	case "beacon-owner":
		if t.Proxy.Beacon != "" {
			return "beacon " + t.Proxy.Beacon
		}
	}
	return ""
}

// upgradeRole names what the contract of upgradeContract is to the token.
func upgradeRole(role string) string {
	if role == "beacon-owner" {
		return "EIP-1967 beacon"
	}
	return "EIP-1967 admin"
}
