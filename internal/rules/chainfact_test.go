package rules

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestChainEvidenceFacts makes every rule that cites a chain fact fire
// (holdings of an ERC-20, ERC-721 and ERC-1155 token, a mint, a large
// transfer, the deployment, roles, a frozen holder, the issuer, proxy
// slots, a ledger mismatch, privileged functions in the code behind a
// proxy) and checks that each chain evidence item
// states its fact in the structured fields, as the snapshot has it.
func TestChainEvidenceFacts(t *testing.T) {
	const (
		nft   = "0x00000000000000000000000000000000000000bb"
		parts = "0x00000000000000000000000000000000000000cc"
		zero  = "0x0000000000000000000000000000000000000000"
		admin = "0x00000000000000000000000000000000000000ad"
		impl  = "0x00000000000000000000000000000000000000a1"
		// an AccessControl role Read names by its hash's first bytes
		unnamed = "0x1a2b3c4d00000000000000000000000000000000000000000000000000000042"
	)
	w := quiet()
	tk := w.token()
	tk.Mints = []chain.Transfer{{Block: 60, TxHash: "0xmint", From: zero, To: w1, Amount: big.NewInt(10)}}
	tk.Transfers = []chain.Transfer{{Block: 50, Time: deployed.AddDate(1, 0, 0), TxHash: "0xbig", From: w1, To: w2, Amount: big.NewInt(100)}}
	tk.Proxy = &chain.Proxy{Kind: "eip1967", Implementation: impl, Admin: admin}
	tk.Capabilities = chain.Capabilities{Mint: true, Freeze: true, Found: []chain.CodeMatch{
		{Capability: "mint", Signature: "mint(address,uint256)", Selector: "0x40c10f19", Code: impl},
		{Capability: "freeze", Signature: "addBlackList(address)", Selector: "0x0ecb93c0", Code: impl}}}
	tk.Holders[1].Frozen = true
	tk.Issuer = key1
	tk.Controllers = append(tk.Controllers, chain.Controller{Role: "minter", Address: key1},
		chain.Controller{Role: "role-1a2b3c4d", Address: key1, RoleHash: unnamed},
		chain.Controller{Role: "proxy-admin-owner", Address: key1})
	tk.Mismatches = []chain.Mismatch{{Address: w3, What: "balanceOf", Rebuilt: "200", Reported: "201"}}
	// The identity registry: w2 not verified (HOLDER-UNVERIFIED), w4 and
	// w5 of one identity (HOLDER-IDENTITY-MISMATCH: two owners), w1 of
	// Norway whose owner is Swedish (HOLDER-IDENTITY-MISMATCH: country).
	const idRegistry, identity = "0x00000000000000000000000000000000000000dd", "0x00000000000000000000000000000000000000d1"
	no := false
	tk.IdentityRegistry = idRegistry
	tk.Holders[1].Verified = &no
	tk.Holders[3].Identity, tk.Holders[4].Identity = identity, identity
	tk.Holders[0].InvestorCountry, tk.Holders[0].InvestorCountryAlpha2 = 578, "NO"
	w.reg.People[1].Nationality = "SE"
	w.reg.History = append(w.reg.History,
		registry.VesselChange{IMO: imo1, Field: "registered_owner", Value: "C-OWN", From: deployed.AddDate(0, 0, -30)},
		registry.VesselChange{IMO: imo1, Field: "ship_manager", Value: "C-OWN", From: deployed.AddDate(1, 0, 30)})
	w.list(sanctions.Entry{Name: "Key Holder", Addresses: []string{key1}})
	w.list(sanctions.Entry{EntryID: "2", List: "OFAC SDN", ListDate: "2024-05-03", Name: "Admin Holder", Addresses: []string{admin}})
	// Holders without a known owner: HOLDER-UNIDENTIFIED cites their holdings.
	w.snap.Tokens = append(w.snap.Tokens,
		chain.Token{Address: nft, Standard: "erc721", Symbol: "DEED", TotalSupply: big.NewInt(3),
			Holders: []chain.Holder{{Address: "0x00000000000000000000000000000000000000e1", Balance: big.NewInt(3), TokenIDs: []string{"1", "2", "10"},
				LastChangeBlock: 70, LastChangeTx: [32]byte{1}}}},
		chain.Token{Address: parts, Standard: "erc1155", Symbol: "PART", TotalSupply: big.NewInt(50),
			Holders: []chain.Holder{{Address: "0x00000000000000000000000000000000000000e2", Balance: big.NewInt(50), TokenIDs: []string{"3", "4"},
				IDBalances: map[string]*big.Int{"3": big.NewInt(20), "4": big.NewInt(30)}}}})

	tokens := map[string]chain.Token{}
	for _, t := range w.snap.Tokens {
		tokens[t.Address] = t
	}
	seen := map[string]int{}
	for _, f := range w.run().Findings {
		for _, ev := range f.Evidence {
			if ev.Kind != "chain" {
				continue
			}
			seen[ev.Fact]++
			tok, ok := tokens[ev.Contract]
			if !slices.Contains(report.ChainFacts, ev.Fact) || !ok {
				t.Errorf("%s: chain evidence with fact %q, contract %q: %s", f.Rule, ev.Fact, ev.Contract, ev.Text)
				continue
			}
			switch ev.Fact {
			case report.FactBalance:
				i := slices.IndexFunc(tok.Holders, func(h chain.Holder) bool { return h.Address == ev.Holder })
				if i < 0 || ev.Amount != tok.Holders[i].Balance.String() {
					t.Errorf("%s: balance %s of %s: not the snapshot's", f.Rule, ev.Amount, ev.Holder)
					continue
				}
				h := tok.Holders[i]
				var want []report.IDAmount
				for _, id := range h.TokenIDs {
					amount := "1"
					if tok.Standard == "erc1155" {
						amount = h.IDBalances[id].String()
					}
					want = append(want, report.IDAmount{TokenID: id, Amount: amount})
				}
				if !slices.Equal(ev.IDs, want) {
					t.Errorf("%s: ids %v of %s, want %v", f.Rule, ev.IDs, ev.Holder, want)
				}
			case report.FactMint:
				if m := tok.Mints[0]; ev.From != zero || ev.To != m.To || ev.Amount != m.Amount.String() || ev.TxHash != m.TxHash {
					t.Errorf("mint %+v, want %+v", ev, m)
				}
			case report.FactTransfer:
				if tr := tok.Transfers[0]; ev.From != tr.From || ev.To != tr.To || ev.Amount != tr.Amount.String() || ev.TxHash != tr.TxHash {
					t.Errorf("transfer %+v, want %+v", ev, tr)
				}
			case report.FactDeployment:
				if ev.TxHash != tok.DeployTx || ev.Holder != "" || ev.Amount != "" {
					t.Errorf("deployment %+v", ev)
				}
			case report.FactRole:
				isController := slices.ContainsFunc(tok.Controllers, func(c chain.Controller) bool {
					return c.Role == ev.Role && c.Address == ev.Holder && c.RoleHash == ev.RoleHash
				})
				if !isController && (ev.Role != "proxy-admin" || ev.Holder != admin || ev.RoleHash != "") {
					t.Errorf("role %q (hash %q) of %s: not the snapshot's", ev.Role, ev.RoleHash, ev.Holder)
				}
				if ev.Role == "role-1a2b3c4d" {
					seen["role hash"]++
				}
			case report.FactProxy:
				// The slots: all three (an empty one as the zero address),
				// or, citing the ProxyAdmin a key owns, the admin slot only.
				want := [3]string{impl, admin, zero}
				if f.Rule == RuleContractSingleKey {
					want = [3]string{"", admin, ""}
				}
				if got := [3]string{ev.Implementation, ev.Admin, ev.Beacon}; got != want || ev.Holder != "" || ev.Runs != "" {
					t.Errorf("%s: proxy slots %v, holder %q; want %v, none", f.Rule, got, ev.Holder, want)
				}
				seen["proxy "+f.Rule]++
			case report.FactFrozen:
				if ev.Holder != tok.Holders[1].Address {
					t.Errorf("frozen %s, want %s", ev.Holder, tok.Holders[1].Address)
				}
			case report.FactIssuer:
				if ev.Holder != key1 {
					t.Errorf("issuer %s, want %s", ev.Holder, key1)
				}
			case report.FactCall:
				if ev.Holder != w3 {
					t.Errorf("call about %s, want %s", ev.Holder, w3)
				}
			case report.FactVerified, report.FactIdentity, report.FactCountry:
				i := slices.IndexFunc(tok.Holders, func(h chain.Holder) bool { return h.Address == ev.Holder })
				if i < 0 || ev.Registry != tok.IdentityRegistry {
					t.Errorf("%s: %s of %s on registry %s: not the snapshot's", f.Rule, ev.Fact, ev.Holder, ev.Registry)
					continue
				}
				h := tok.Holders[i]
				want := map[string]string{report.FactIdentity: h.Identity, report.FactCountry: fmt.Sprint(h.InvestorCountry)}[ev.Fact]
				if ev.Fact == report.FactVerified && h.Verified != nil {
					want = fmt.Sprint(*h.Verified)
				}
				if ev.Value != want {
					t.Errorf("%s: %s of %s is %q, want %q", f.Rule, ev.Fact, ev.Holder, ev.Value, want)
				}
			case report.FactCode:
				// the functions of the finding's capability, found in the
				// implementation behind the proxy
				kind := map[string]string{RuleContractMint: "mint", RuleContractFreeze: "freeze"}[f.Rule]
				var want []report.Function
				for _, m := range tok.Capabilities.Of(kind) {
					want = append(want, report.Function{Signature: m.Signature, Selector: m.Selector})
				}
				if ev.CodeAddress != impl || ev.Holder != "" || len(want) == 0 || !slices.Equal(ev.Functions, want) ||
					!strings.Contains(ev.Text, "the code of "+impl+" (the token's logic behind proxy "+tok.Address+") at block ") {
					t.Errorf("%s: code %s, functions %v, text %q; want %s, %v", f.Rule, ev.CodeAddress, ev.Functions, ev.Text, impl, want)
				}
				seen["code "+f.Rule]++
			}
		}
	}
	for _, fact := range append(slices.Clone(report.ChainFacts), "role hash", "proxy "+RuleContractUpgradeable, "proxy "+RuleContractSingleKey,
		"code "+RuleContractMint, "code "+RuleContractFreeze) {
		if seen[fact] == 0 {
			t.Errorf("no chain evidence states a %s (seen %v)", fact, seen)
		}
	}
}

// TestOwnerMismatchCitesTokenIssuer: a claim without the sheet's issuer is
// judged by the token's issuer wallet; ASSET-OWNER-MISMATCH then cites the
// token naming that wallet (fact issuer, checkable by audit verify --rpc)
// besides the registry row giving the wallet's owner.
func TestOwnerMismatchCitesTokenIssuer(t *testing.T) {
	w := quiet()
	w.reg.Claims[0].IssuerID = ""
	w.token().Issuer = key1
	w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: key1, HolderID: "C-FAR", Evidence: "kyc", Origin: at("wallets", 7)})
	var found bool
	for _, f := range w.run().Findings {
		if f.Rule != RuleAssetOwnerMismatch {
			continue
		}
		found = true
		i := slices.IndexFunc(f.Evidence, func(ev report.Evidence) bool { return ev.Fact == report.FactIssuer })
		if i < 0 {
			t.Fatalf("%s cites no issuer fact: %+v", f.Message, f.Evidence)
		}
		if ev := f.Evidence[i]; ev.Kind != "chain" || ev.Contract != tok || ev.Holder != key1 || ev.Block != w.snap.Block {
			t.Errorf("issuer evidence %+v, want chain, contract %s, holder %s, block %d", ev, tok, key1, w.snap.Block)
		}
	}
	if !found {
		t.Fatal("ASSET-OWNER-MISMATCH did not fire for the token issuer's company")
	}
}

// TestProxySlotFacts: CONTRACT-UPGRADEABLE states the three EIP-1967 slots
// as Read found them, whatever the text says of the implementation: an
// EIP-1967 proxy's implementation slot holds it; a beacon proxy's
// implementation (read from its beacon) and an EIP-1167 minimal proxy's
// target (in its code) are not in the slot, stated empty: runs states
// them, lowercase.
func TestProxySlotFacts(t *testing.T) {
	const (
		zero   = "0x0000000000000000000000000000000000000000"
		impl   = "0x00000000000000000000000000000000000000a1"
		admin  = "0x00000000000000000000000000000000000000ad"
		beacon = "0x00000000000000000000000000000000000000be"
	)
	const beaconOwner = "0x00000000000000000000000000000000000000b0"
	for _, c := range []struct {
		proxy chain.Proxy
		want  [3]string
		runs  string // the implementation no slot holds
		says  string // what the message calls the proxy and who upgrades it
		text  string // what the evidence's text says of the slots
	}{
		{chain.Proxy{Kind: "eip1967", Implementation: impl, Admin: admin}, [3]string{impl, admin, zero}, "",
			"is an EIP-1967 proxy (implementation " + impl + "); " + admin + " can replace its logic",
			"EIP-1967 slots at block 100: implementation " + impl + ", admin " + admin},
		{chain.Proxy{Kind: "beacon", Implementation: impl, Beacon: beacon}, [3]string{zero, zero, beacon}, impl,
			"is an EIP-1967 beacon proxy (beacon " + beacon + ") running implementation " + impl + "; its beacon's owner " + beaconOwner + " can replace its logic",
			"EIP-1967 slots at block 100: beacon " + beacon + ", implementation slot empty; it runs " + impl + ", its beacon's implementation()"},
		{chain.Proxy{Kind: "eip1167", Implementation: "0x00000000000000000000000000000000000000A1"}, [3]string{zero, zero, zero}, impl,
			"is an EIP-1167 minimal proxy of 0x00000000000000000000000000000000000000A1; its upgrade role can replace its logic",
			"code at block 100: an EIP-1167 minimal proxy of 0x00000000000000000000000000000000000000A1"},
	} {
		w := quiet()
		p := c.proxy
		w.token().Proxy = &p
		w.token().Capabilities.Upgrade = true
		if p.Beacon != "" {
			w.token().Controllers = append(w.token().Controllers, chain.Controller{Role: "beacon-owner", Address: beaconOwner})
		}
		var found int
		for _, f := range w.run().Findings {
			if f.Rule != RuleContractUpgradeable {
				continue
			}
			if !strings.Contains(f.Message, c.says) {
				t.Errorf("%s proxy: message %q, want it to say %q", p.Kind, f.Message, c.says)
			}
			for _, ev := range f.Evidence {
				found++
				if ev.Text != c.text {
					t.Errorf("%s proxy: evidence text %q, want %q", p.Kind, ev.Text, c.text)
				}
				if got := [3]string{ev.Implementation, ev.Admin, ev.Beacon}; ev.Fact != report.FactProxy || got != c.want || ev.Runs != c.runs {
					t.Errorf("%s proxy: fact %q, slots %v, runs %q; want proxy, %v, %q (%s)", p.Kind, ev.Fact, got, ev.Runs, c.want, c.runs, ev.Text)
				}
			}
		}
		if found != 1 {
			t.Errorf("%s proxy: %d CONTRACT-UPGRADEABLE evidence items, want 1", p.Kind, found)
		}
	}
}
