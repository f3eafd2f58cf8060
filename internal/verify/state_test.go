package verify

import (
	"context"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tokenaudit/audit/contracts"
	"github.com/tokenaudit/audit/internal/audit"
	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
)

// prunedNode answers every call as a node without the state of old blocks
// does (geth with the hash scheme).
type prunedNode struct {
	Node
	calls int
}

type rpcError struct{ msg string }

func (e rpcError) Error() string  { return e.msg }
func (e rpcError) ErrorCode() int { return -32000 }

func (n *prunedNode) CallContract(context.Context, ethereum.CallMsg, *big.Int) ([]byte, error) {
	n.calls++
	return nil, rpcError{"missing trie node 4f8e1d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100 (path ) state 0x1 is not available"}
}

// TestChainBalances checks balance citations, written with the structured
// fields as rules.holdingEv writes them, of every holder of every token of
// the embedded scenario (ERC-20, ERC-3643, ERC-721 with its ids) against
// the chain at the pinned block: all resolve, read. A copy with one
// amount, one ERC-721 id, the holder or the contract changed does not,
// with the value the node gives; nor does one whose last-change
// transaction is replaced by the holder's transfer before it (the cited
// transfer is found after it, on a node without the state too).
// A node without the pinned block's state leaves them not checked, not
// unresolved, and is asked once.
func TestChainBalances(t *testing.T) {
	ctx := context.Background()
	emb, node, snap := embeddedScenario(t)
	build := func() *report.Report { return balanceReport(snap) }
	check := func(n Node, rep *report.Report) *Result {
		t.Helper()
		res := Verify(rep, Options{})
		if err := CheckChain(ctx, n, "embedded", rep, res); err != nil {
			t.Fatal(err)
		}
		return res
	}

	find := func(rep *report.Report, standard string) *report.Evidence {
		for i, ev := range rep.Findings[0].Evidence {
			for _, tok := range rep.Tokens {
				if tok.Address == ev.Contract && tok.Standard == standard && len(ev.IDs) > 0 {
					return &rep.Findings[0].Evidence[i]
				}
			}
		}
		return nil
	}
	rep := build()
	holdings := len(rep.Findings[0].Evidence)
	if find(rep, "erc721") == nil {
		t.Fatal("the scenario has no ERC-721 holder")
	}
	res := check(node, rep)
	if len(res.Unresolved) != 0 || res.Node.Balances != holdings || res.Checked != holdings || res.Chain != 0 {
		t.Fatalf("%d holdings: %d balances read, %d checked, %d not checked, unresolved %+v", holdings, res.Node.Balances, res.Checked, res.Chain, res.Unresolved)
	}

	edits := []struct {
		name   string
		change func(r *report.Report) bool
		reason string
	}{
		{"ERC-20 amount", func(r *report.Report) bool {
			ev := &r.Findings[0].Evidence[0]
			n, _ := new(big.Int).SetString(ev.Amount, 10)
			ev.Amount = n.Add(n, big.NewInt(1)).String()
			return true
		}, "the evidence says"},
		{"ERC-721 id", func(r *report.Report) bool {
			ev := find(r, "erc721")
			if ev == nil {
				return false
			}
			ev.IDs[0].TokenID = "999999" // no such id: ownerOf reverts
			return true
		}, "ownerOf(999999) of 0x"},
		{"holder", func(r *report.Report) bool {
			r.Findings[0].Evidence[0].Holder = "0x00000000000000000000000000000000000000aa"
			return true
		}, "into or out of 0x00000000000000000000000000000000000000aa"},
		{"contract", func(r *report.Report) bool {
			r.Findings[0].Evidence[0].Contract = "0x00000000000000000000000000000000000000ab"
			return true
		}, "is not one of the report's tokens"},
	}
	for _, e := range edits {
		r := build()
		if !e.change(r) {
			t.Errorf("%s: nothing to edit", e.name)
			continue
		}
		res := check(node, r)
		if len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, e.reason) {
			t.Errorf("%s changed: unresolved %+v, want one saying %q", e.name, res.Unresolved, e.reason)
			continue
		}
		t.Logf("%s changed: %s", e.name, res.Unresolved[0].Reason)
	}

	// A holding's transaction replaced by the holder's transfer before
	// it: the cited one is found as a later transfer that changed the
	// holding.
	lastChange := func(r *report.Report) (string, bool) {
		for i, ev := range r.Findings[0].Evidence {
			holder := common.BytesToHash(common.HexToAddress(ev.Holder).Bytes())
			var prev *types.Log
			for _, topics := range [][][]common.Hash{{chain.TransferTopics("erc20"), {holder}}, {chain.TransferTopics("erc20"), nil, {holder}}} {
				logs, err := emb.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{common.HexToAddress(ev.Contract)}, Topics: topics})
				if err != nil {
					t.Fatal(err)
				}
				for _, l := range logs {
					if l.BlockNumber < ev.Block && (prev == nil || l.BlockNumber > prev.BlockNumber) {
						prev = &l
					}
				}
			}
			if prev != nil {
				ev.TxHash, ev.Block = strings.ToLower(prev.TxHash.Hex()), prev.BlockNumber
				cited := r.Findings[0].Evidence[i]
				r.Findings[0].Evidence[i] = ev
				return fmt.Sprintf("a later transfer in tx %s at block %d changed the holding", common.HexToHash(cited.TxHash).Hex(), cited.Block), true
			}
		}
		return "", false
	}
	r := build()
	want, ok := lastChange(r)
	if !ok {
		t.Fatal("no holder of the scenario changed its holding twice")
	}
	res = check(node, r)
	if len(res.Unresolved) != 1 || !strings.HasPrefix(res.Unresolved[0].Reason, want) {
		t.Errorf("last change replaced by an earlier one: unresolved %+v, want one saying %q", res.Unresolved, want)
	} else {
		t.Logf("last change replaced by an earlier one: %s", res.Unresolved[0].Reason)
	}

	// A node that refuses a log filter of several holders: the batched
	// query of each token fails and every holding's later transfers are
	// asked alone, with the same verdicts.
	one := &oneHolderLogs{Node: node}
	res = check(one, build())
	if len(res.Unresolved) != 0 || res.Node.Balances != holdings || one.refused.Load() == 0 || one.answered.Load() == 0 {
		t.Errorf("holder logs asked one by one: %d balances read, unresolved %+v, %d queries refused, %d answered; want %d, none, some, some",
			res.Node.Balances, res.Unresolved, one.refused.Load(), one.answered.Load(), holdings)
	}
	one = &oneHolderLogs{Node: node}
	r = build()
	lastChange(r)
	res = check(one, r)
	if len(res.Unresolved) != 1 || !strings.HasPrefix(res.Unresolved[0].Reason, want) || res.Node.Balances != holdings-1 || one.refused.Load() == 0 {
		t.Errorf("holder logs asked one by one, last change replaced: unresolved %+v, %d balances read, %d refused; want one saying %q, %d, some",
			res.Unresolved, res.Node.Balances, one.refused.Load(), want, holdings-1)
	}

	pruned := &prunedNode{Node: node}
	res = check(pruned, build())
	if len(res.Unresolved) != 0 || res.Node.NoState != holdings || res.Chain != holdings || res.Checked != 0 ||
		!strings.Contains(res.ChainNote, "the node has no state at block") || pruned.calls != 1 {
		t.Errorf("pruned node: %d unresolved, %d no state, %d not checked (%s), %d checked, %d calls; want 0, %d, %d, 0, 1",
			len(res.Unresolved), res.Node.NoState, res.Chain, res.ChainNote, res.Checked, pruned.calls, holdings, holdings)
	}
	// The transaction of a holding is still checked, and the transfers
	// after it.
	r = build()
	r.Findings[0].Evidence[0].Block++
	res = check(pruned, r)
	if len(res.Unresolved) != 1 || res.Chain != holdings-1 {
		t.Errorf("pruned node, a block changed: %d unresolved, %d not checked; want 1, %d", len(res.Unresolved), res.Chain, holdings-1)
	}
	r = build()
	lastChange(r)
	res = check(pruned, r)
	if len(res.Unresolved) != 1 || !strings.HasPrefix(res.Unresolved[0].Reason, want) || res.Chain != holdings-1 {
		t.Errorf("pruned node, last change replaced: %d unresolved (%+v), %d not checked; want 1 saying %q, %d", len(res.Unresolved), res.Unresolved, res.Chain, want, holdings-1)
	}
}

// oneHolderLogs is a node that refuses a log filter naming more than one
// address in a topic (as some nodes limit topic filters), counting the
// queries it refused and answered (chain.FilterLogs asks several at once).
type oneHolderLogs struct {
	Node
	refused, answered atomic.Int64
}

func (n *oneHolderLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	for i, pos := range q.Topics {
		if i > 0 && len(pos) > 1 {
			n.refused.Add(1)
			return nil, rpcError{"a topic filter of more than one address is not supported"}
		}
	}
	n.answered.Add(1)
	return n.Node.FilterLogs(ctx, q)
}

// balanceReport is a report of snap whose one finding cites every holding
// of every token as rules.holdingEv does: the structured balance fields,
// the ERC-721 ids and ERC-1155 ids with their balances, and the
// transaction that last changed the holding.
func balanceReport(snap *chain.Snapshot) *report.Report {
	rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: snap.ChainID, BlockNumber: snap.Block, BlockHash: snap.BlockHash}}
	var evs []report.Evidence
	for _, tok := range snap.Tokens {
		rep.Tokens = append(rep.Tokens, report.Token{Address: tok.Address, Standard: tok.Standard, Symbol: tok.Symbol, Decimals: tok.Decimals})
		for _, h := range tok.Holders {
			ev := report.Evidence{Kind: "chain", Text: h.Address + " holds ...", Block: h.LastChangeBlock, TxHash: h.LastChangeTxHex(),
				Fact: report.FactBalance, Contract: tok.Address, Holder: h.Address, Amount: h.Balance.String()}
			for _, id := range h.TokenIDs {
				amount := "1"
				if tok.Standard == "erc1155" {
					amount = h.IDBalances[id].String()
				}
				ev.IDs = append(ev.IDs, report.IDAmount{TokenID: id, Amount: amount})
			}
			evs = append(evs, ev)
		}
	}
	rep.Findings = []report.Finding{{Rule: "HOLDER-UNIDENTIFIED", Subject: report.Subject{Kind: "token"}, Evidence: evs}}
	return rep
}

// TestChainBalancesERC1155 deploys the test-only VesselParts (OpenZeppelin
// ERC1155Supply) on a simulated chain, mints ids to two holders, and checks
// their balance citations: they resolve with balanceOf(holder, id) of each
// id; one id's balance changed (and the total with it) does not; nor does
// a holding cited as last changed by its mint, before a TransferSingle.
func TestChainBalancesERC1155(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: verify parts")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	defer sim.Close()
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	addr, _, err := bind.DeployContract(opts, common.FromHex(contracts.VesselPartsMetaData.Bin), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	parts := contracts.NewVesselParts()
	inst := parts.Instance(client, addr)
	bob := common.HexToAddress("0xb0b")
	var txs []*types.Transaction
	for _, data := range [][]byte{
		parts.PackMint(me, big.NewInt(1), big.NewInt(100)),
		parts.PackMintBatch(bob, []*big.Int{big.NewInt(1), big.NewInt(2)}, []*big.Int{big.NewInt(4), big.NewInt(7)}),
		parts.PackSafeTransferFrom(me, bob, big.NewInt(1), big.NewInt(1), nil),
	} {
		tx, err := bind.Transact(inst, opts, data)
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		txs = append(txs, tx)
	}
	ctx := context.Background()
	snap, err := chain.Read(ctx, client, []string{addr.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if snap.Tokens[0].Standard != "erc1155" {
		t.Fatalf("read as %s", snap.Tokens[0].Standard)
	}
	rep := balanceReport(snap)
	res := Verify(rep, Options{})
	if err := CheckChain(ctx, client, "simulated", rep, res); err != nil {
		t.Fatal(err)
	}
	if len(res.Unresolved) != 0 || res.Node.Balances != 2 {
		t.Fatalf("%d balances read, unresolved %+v; want 2, none", res.Node.Balances, res.Unresolved)
	}
	rep = balanceReport(snap)
	for i, ev := range rep.Findings[0].Evidence {
		if len(ev.IDs) == 2 {
			ev.IDs = slices.Clone(ev.IDs)
			ev.IDs[1].Amount, ev.Amount = "8", "13" // bob holds 5 of id 1 and 7 of id 2
			rep.Findings[0].Evidence[i] = ev
		}
	}
	res = Verify(rep, Options{})
	if err := CheckChain(ctx, client, "simulated", rep, res); err != nil {
		t.Fatal(err)
	}
	want := "balanceOf(" + strings.ToLower(bob.Hex()) + ", 2) of " + strings.ToLower(addr.Hex()) + " at the pinned block"
	if len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, want) || !strings.HasSuffix(res.Unresolved[0].Reason, "is 7, the evidence says 8") {
		t.Errorf("id 2 changed: unresolved %+v, want one saying %q ... is 7, the evidence says 8", res.Unresolved, want)
	}

	// Bob's holding cited as last changed by the mint, before the
	// TransferSingle from me: that transfer is found.
	rep = balanceReport(snap)
	for i, ev := range rep.Findings[0].Evidence {
		if ev.Holder == strings.ToLower(bob.Hex()) {
			if ev.TxHash != strings.ToLower(txs[2].Hash().Hex()) {
				t.Fatalf("bob's holding last changed in %s, not the transfer %s", ev.TxHash, txs[2].Hash().Hex())
			}
			rep.Findings[0].Evidence[i].TxHash, rep.Findings[0].Evidence[i].Block = strings.ToLower(txs[1].Hash().Hex()), ev.Block-1
		}
	}
	res = Verify(rep, Options{})
	if err := CheckChain(ctx, client, "simulated", rep, res); err != nil {
		t.Fatal(err)
	}
	want = "a later transfer in tx " + txs[2].Hash().Hex()
	if len(res.Unresolved) != 1 || !strings.HasPrefix(res.Unresolved[0].Reason, want) {
		t.Errorf("bob's last change replaced by the mint: unresolved %+v, want one saying %q", res.Unresolved, want)
	}
}

// TestChainStates checks the role, frozen, issuer, proxy and identity
// registry (verified, identity, country) citations of
// every token of the embedded scenario, written as the rules write them
// (internal/rules: roleEv, contractFreeze, issuerEv, contractUpgradeable
// with its slot fields), against the chain at the pinned block: all
// resolve, read; so do they written as before the slot fields (the proxy's
// slots in its text only). Copies with the issuer, the proxy admin's
// holder, a proxy slot field, the old proxy text without its admin, a
// frozen account or a role hash changed do not, with the node's value; a
// role known by its hash's first bytes is read with its role_hash
// (hasRole), and checked by block only without it; a node without the
// state leaves them not checked.
func TestChainStates(t *testing.T) {
	ctx := context.Background()
	_, node, snap := embeddedScenario(t)
	// build writes the citations; slots: with the proxy's slot fields.
	build := func(slots bool) *report.Report {
		rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: snap.ChainID, BlockNumber: snap.Block, BlockHash: snap.BlockHash}}
		var evs []report.Evidence
		fact := func(text, fact, contract, holder, role string) {
			evs = append(evs, report.Evidence{Kind: "chain", Text: text, Fact: fact, Contract: strings.ToLower(contract), Holder: strings.ToLower(holder), Role: role})
		}
		for _, tok := range snap.Tokens {
			rep.Tokens = append(rep.Tokens, report.Token{Address: tok.Address, Standard: tok.Standard, Symbol: tok.Symbol, Decimals: tok.Decimals})
			for _, c := range tok.Controllers {
				fact(fmt.Sprintf("%s holds the %s role of %s at block %d", c.Address, c.Role, tok.Symbol, snap.Block), report.FactRole, tok.Address, c.Address, c.Role)
				evs[len(evs)-1].RoleHash = c.RoleHash
			}
			for _, h := range tok.Holders {
				if h.Frozen {
					fact(fmt.Sprintf("%s is frozen at block %d", h.Address, snap.Block), report.FactFrozen, tok.Address, h.Address, "")
				}
				// What the identity registry says of the holder, as
				// internal/rules writes it (registryFact).
				registryFact := func(f, value string) {
					fact(fmt.Sprintf("%s of %s on %s is %s at block %d", f, h.Address, tok.IdentityRegistry, value, snap.Block), f, tok.Address, h.Address, "")
					evs[len(evs)-1].Registry, evs[len(evs)-1].Value = tok.IdentityRegistry, value
				}
				if h.Verified != nil {
					registryFact(report.FactVerified, fmt.Sprint(*h.Verified))
				}
				if h.Identity != "" {
					registryFact(report.FactIdentity, h.Identity)
					hasCode := !h.IdentityNoCode
					evs[len(evs)-1].HasCode = &hasCode
				}
				if h.InvestorCountry != 0 {
					registryFact(report.FactCountry, fmt.Sprint(h.InvestorCountry))
				}
			}
			if tok.Issuer != "" {
				fact(fmt.Sprintf("%s is named issuer by %s", tok.Issuer, tok.Symbol), report.FactIssuer, tok.Address, tok.Issuer, "")
			}
			if p := tok.Proxy; p != nil {
				var parts []string
				for _, s := range [][2]string{{"implementation", p.Implementation}, {"admin", p.Admin}, {"beacon", p.Beacon}} {
					if s[1] != "" {
						parts = append(parts, s[0]+" "+s[1])
					}
				}
				fact(fmt.Sprintf("EIP-1967 slots at block %d: %s", snap.Block, strings.Join(parts, ", ")), report.FactProxy, tok.Address, "", "")
				if slots {
					if p.Kind != "eip1967" {
						t.Fatalf("the scenario's proxy is %s: the test writes the slots of an EIP-1967 proxy", p.Kind)
					}
					ev := &evs[len(evs)-1]
					ev.Implementation, ev.Admin, ev.Beacon = orZero(p.Implementation), orZero(p.Admin), orZero(p.Beacon)
				}
			}
		}
		rep.Findings = []report.Finding{{Rule: "CONTRACT-FREEZE", Subject: report.Subject{Kind: "token"}, Evidence: evs}}
		return rep
	}
	check := func(n Node, rep *report.Report) *Result {
		t.Helper()
		res := Verify(rep, Options{})
		if err := CheckChain(ctx, n, "embedded", rep, res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	find := func(r *report.Report, fact, role string) *report.Evidence {
		for i, ev := range r.Findings[0].Evidence {
			if ev.Fact == fact && (role == "" || ev.Role == role) {
				return &r.Findings[0].Evidence[i]
			}
		}
		return nil
	}
	rep := build(true)
	for _, f := range [][2]string{{report.FactRole, "owner"}, {report.FactRole, "proxy-admin"}, {report.FactRole, "agent"}, {report.FactRole, "minter"},
		{report.FactFrozen, ""}, {report.FactIssuer, ""}, {report.FactProxy, ""},
		{report.FactVerified, ""}, {report.FactIdentity, ""}, {report.FactCountry, ""}} {
		if find(rep, f[0], f[1]) == nil {
			t.Errorf("the scenario has no %s %s citation", f[0], f[1])
		}
	}
	if ev := find(rep, report.FactProxy, ""); ev == nil || ev.Implementation == "" || ev.Admin == "" || ev.Beacon != zeroAddr {
		t.Fatalf("the proxy citation states no implementation and admin, or a beacon: %+v", ev)
	}
	states := len(rep.Findings[0].Evidence)
	for _, slots := range []bool{true, false} {
		res := check(node, build(slots))
		if len(res.Unresolved) != 0 || res.Node.States != states || res.Checked != states {
			t.Fatalf("%d state citations (slot fields %v): %d read, %d checked, unresolved %+v", states, slots, res.Node.States, res.Checked, res.Unresolved)
		}
	}
	minter, _ := chain.RoleHash("minter")
	// An unnamed role: the minter role as Read would name it without
	// knowing MINTER_ROLE, with its full hash.
	unnamed := "role-" + common.Bytes2Hex(minter[:4])
	twin := minter // same first bytes, another role
	twin[31] ^= 1

	other := "0x00000000000000000000000000000000000000aa"
	edits := []struct {
		name   string
		change func(ev *report.Evidence)
		fact   string
		role   string
		reason string
		text   bool // edits a citation written without the slot fields
	}{
		{"issuer", func(ev *report.Evidence) { ev.Holder = other }, report.FactIssuer, "", "issuer() of 0x", false},
		{"proxy admin holder", func(ev *report.Evidence) { ev.Holder = other }, report.FactRole, "proxy-admin", "the EIP-1967 admin slot of 0x", false},
		{"agent", func(ev *report.Evidence) { ev.Holder = other }, report.FactRole, "agent", "isAgent(" + other + ")", false},
		{"proxy text without its admin", func(ev *report.Evidence) {
			ev.Text = regexp.MustCompile(`, admin 0x[0-9a-f]{40}`).ReplaceAllString(ev.Text, "")
		}, report.FactProxy, "", "(the evidence names no admin)", true},
		{"proxy implementation field", func(ev *report.Evidence) { ev.Implementation = other }, report.FactProxy, "",
			"the EIP-1967 implementation slot of 0x", false},
		{"proxy admin field", func(ev *report.Evidence) { ev.Admin = other }, report.FactProxy, "", "the EIP-1967 admin slot of 0x", false},
		{"proxy admin field empty", func(ev *report.Evidence) { ev.Admin = zeroAddr }, report.FactProxy, "", "the EIP-1967 admin slot of 0x", false},
		{"proxy beacon field", func(ev *report.Evidence) { ev.Beacon = other }, report.FactProxy, "",
			"the EIP-1967 beacon slot of 0x", false},
		{"proxy field not an address", func(ev *report.Evidence) { ev.Beacon = "0xab" }, report.FactProxy, "", `beacon "0xab" is not an address`, false},
		// runs, which contractUpgradeable writes for a beacon or minimal
		// proxy only: an EIP-1967 proxy runs its implementation slot's.
		{"proxy runs another implementation", func(ev *report.Evidence) { ev.Runs = other }, report.FactProxy, "",
			": it runs that, not " + other, false},
		{"frozen account", func(ev *report.Evidence) { ev.Holder = other }, report.FactFrozen, "", "isFrozen(" + other + ")", false},
		{"verified", func(ev *report.Evidence) { ev.Value = map[string]string{"true": "false", "false": "true"}[ev.Value] }, report.FactVerified, "", "isVerified(0x", false},
		{"verified not a bool", func(ev *report.Evidence) { ev.Value = "yes" }, report.FactVerified, "", `value "yes" is not true or false`, false},
		{"identity", func(ev *report.Evidence) { ev.Value = other }, report.FactIdentity, "", "identity(0x", false},
		{"identity said to have no code", func(ev *report.Evidence) { ev.HasCode = new(bool) }, report.FactIdentity, "", "bytes of code at the pinned block", false},
		{"investor country", func(ev *report.Evidence) { ev.Value = "999" }, report.FactCountry, "", "investorCountry(0x", false},
		{"identity registry", func(ev *report.Evidence) { ev.Registry = other }, report.FactCountry, "", "identityRegistry() of 0x", false},
		{"identity registry not an address", func(ev *report.Evidence) { ev.Registry = "0xab" }, report.FactIdentity, "", `registry "0xab" is not an address`, false},
		{"role hash of a named role", func(ev *report.Evidence) { ev.RoleHash = twin.Hex() }, report.FactRole, "minter",
			"is not the hash of role minter", false},
		{"role hash of the agent role", func(ev *report.Evidence) { ev.RoleHash = twin.Hex() }, report.FactRole, "agent",
			"is not the hash of role agent", false},
		{"unnamed role's hash", func(ev *report.Evidence) { ev.Role, ev.RoleHash = unnamed, twin.Hex() }, report.FactRole, "minter",
			"hasRole(" + twin.Hex() + ", ", false},
		{"unnamed role's hash, other first bytes", func(ev *report.Evidence) { ev.Role, ev.RoleHash = "role-1a2b3c4d", minter.Hex() }, report.FactRole, "minter",
			"does not begin as role role-1a2b3c4d names it", false},
		{"unnamed role's hash, short", func(ev *report.Evidence) { ev.Role, ev.RoleHash = unnamed, minter.Hex()[:40] }, report.FactRole, "minter",
			"is not 0x and 64 hex digits", false},
	}
	for _, e := range edits {
		r := build(!e.text)
		ev := find(r, e.fact, e.role)
		if ev == nil {
			t.Errorf("%s: nothing to edit", e.name)
			continue
		}
		e.change(ev)
		res := check(node, r)
		if len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, e.reason) {
			t.Errorf("%s changed: unresolved %+v, want one saying %q", e.name, res.Unresolved, e.reason)
			continue
		}
		t.Logf("%s changed: %s", e.name, res.Unresolved[0].Reason)
	}

	// An identity registry answering identity(holder) with a word whose
	// first bytes are not zero names no address, though its last 20 bytes
	// are the cited identity.
	r := build(true)
	if res := check(&dirtyIdentity{Node: node}, r); len(res.Unresolved) == 0 {
		t.Errorf("identity(holder) answered with dirty upper bytes: every citation resolved")
	} else {
		for _, u := range res.Unresolved {
			if !strings.Contains(u.Reason, "identity(0x") || !strings.Contains(u.Reason, ", not an address") {
				t.Errorf("identity(holder) answered with dirty upper bytes: unresolved %+v", u)
			}
		}
	}

	// A node on which the identities have no code: each identity
	// citation stating has_code true is unresolved; without has_code (a
	// report written before it), the code is not read.
	r = build(true)
	ids := 0
	codeless := &codelessNode{Node: node, none: map[common.Address]bool{}}
	for _, ev := range r.Findings[0].Evidence {
		if ev.Fact == report.FactIdentity {
			ids++
			codeless.none[common.HexToAddress(ev.Value)] = true
		}
	}
	if res := check(codeless, r); len(res.Unresolved) != ids || ids == 0 {
		t.Errorf("identities without code: %d identity citations, unresolved %+v; want all", ids, res.Unresolved)
	} else {
		for _, u := range res.Unresolved {
			if !strings.Contains(u.Reason, "has no code at the pinned block") || !strings.Contains(u.Reason, "(has_code true)") {
				t.Errorf("identities without code: unresolved %+v", u)
			}
		}
	}
	for i := range r.Findings[0].Evidence {
		r.Findings[0].Evidence[i].HasCode = nil
	}
	if res := check(codeless, r); len(res.Unresolved) != 0 {
		t.Errorf("identity citations without has_code: unresolved %+v", res.Unresolved)
	}

	// runs naming the implementation slot's address resolves.
	r = build(true)
	if ev := find(r, report.FactProxy, ""); ev != nil {
		ev.Runs = ev.Implementation
		if res := check(node, r); len(res.Unresolved) != 0 || res.Node.States != states {
			t.Errorf("runs naming the implementation slot's: %d read, unresolved %+v; want %d, none", res.Node.States, res.Unresolved, states)
		}
	}

	// A role known by its hash's first bytes is read with its full hash
	// (hasRole), and checked by its block without it (a report written
	// before role_hash).
	r = build(true)
	ev := find(r, report.FactRole, "minter")
	ev.Role, ev.RoleHash = unnamed, minter.Hex()
	res := check(node, r)
	if len(res.Unresolved) != 0 || res.Node.States != states || res.Node.BlockOnly != 0 {
		t.Errorf("a role known by its hash's first bytes, with role_hash: %d unresolved %+v, %d read, %d by block; want 0, %d, 0",
			len(res.Unresolved), res.Unresolved, res.Node.States, res.Node.BlockOnly, states)
	}
	ev.RoleHash = ""
	res = check(node, r)
	if len(res.Unresolved) != 0 || res.Node.States != states-1 || res.Node.BlockOnly != 1 {
		t.Errorf("a role known by its hash: %d unresolved, %d read, %d by block; want 0, %d, 1", len(res.Unresolved), res.Node.States, res.Node.BlockOnly, states-1)
	}

	pruned := &prunedNode{Node: node}
	res = check(prunedStorage{pruned}, build(true))
	if len(res.Unresolved) != 0 || res.Node.StatesNoState != states || res.Chain != states || res.Checked != 0 ||
		!strings.Contains(res.ChainNote, "the node has no state at block") {
		t.Errorf("pruned node: %d unresolved, %d no state, %d not checked (%s), %d checked; want 0, %d, %d, 0",
			len(res.Unresolved), res.Node.StatesNoState, res.Chain, res.ChainNote, res.Checked, states, states)
	}
}

// prunedStorage answers eth_getStorageAt as a node without the state of
// old blocks does, and eth_call as its prunedNode.
type prunedStorage struct{ *prunedNode }

func (n prunedStorage) StorageAt(context.Context, common.Address, common.Hash, *big.Int) ([]byte, error) {
	return nil, rpcError{"missing trie node 4f8e1d2c3b4a59687766554433221100ffeeddccbbaa99887766554433221100 (path ) state 0x1 is not available"}
}

// zeroAddr is the zero address as the report writes it.
const zeroAddr = "0x0000000000000000000000000000000000000000"

// orZero is an EIP-1967 slot's address as a proxy citation's fields state
// it: the zero address for an empty slot.
func orZero(addr string) string {
	if addr == "" {
		return zeroAddr
	}
	return addr
}

// dirtyIdentity is a node whose identity(address) answers have their
// first byte set: a word that is no address, ending in the true one.
type dirtyIdentity struct{ Node }

func (n *dirtyIdentity) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	out, err := n.Node.CallContract(ctx, call, block)
	if err == nil && len(out) == 32 && len(call.Data) >= 4 && string(call.Data[:4]) == string(chain.CallData("identity(address)")) {
		out = append([]byte{0xff}, out[1:]...)
	}
	return out, err
}

// codelessNode is a node on which the accounts of none have no code.
type codelessNode struct {
	Node
	none map[common.Address]bool
}

func (n *codelessNode) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	if n.none[a] {
		return nil, nil
	}
	return n.Node.CodeAt(ctx, a, block)
}

// beaconNode is a node at one block holding one beacon proxy: the token's
// EIP-1967 beacon slot holds the beacon, its other slots are empty, and
// the beacon's implementation() is impl; any other call reverts.
type beaconNode struct {
	Node         // not called
	header       *types.Header
	token        common.Address
	beacon, impl common.Address
}

func (n *beaconNode) ChainID(context.Context) (*big.Int, error) { return big.NewInt(1), nil }

func (n *beaconNode) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	if number.Cmp(n.header.Number) != 0 {
		return nil, ethereum.NotFound
	}
	return n.header, nil
}

func (n *beaconNode) StorageAt(_ context.Context, a common.Address, slot common.Hash, _ *big.Int) ([]byte, error) {
	if a == n.token && slot == chain.SlotBeacon {
		return common.LeftPadBytes(n.beacon.Bytes(), 32), nil
	}
	return make([]byte, 32), nil
}

// CodeAt gives the token a beacon proxy's code (not an EIP-1167 minimal
// proxy's), others none.
func (n *beaconNode) CodeAt(_ context.Context, a common.Address, _ *big.Int) ([]byte, error) {
	if a == n.token {
		return common.FromHex("0x608060405261000c61000e565b005b"), nil
	}
	return nil, nil
}

func (n *beaconNode) CallContract(_ context.Context, call ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	if *call.To == n.beacon && string(call.Data) == string(chain.CallData("implementation()")) {
		return common.LeftPadBytes(n.impl.Bytes(), 32), nil
	}
	return nil, rpcError{"execution reverted"}
}

// TestChainBeaconProxy checks a beacon proxy's citation, whose text names
// the implementation scan read from the beacon (its implementation slot
// being empty), as contractUpgradeable writes it: from the text (a report
// written before the slot fields) the beacon's implementation() is read
// and must be the one named; from the fields (the implementation slot
// stated empty) the slots are read. Another implementation or beacon fails.
func TestChainBeaconProxy(t *testing.T) {
	n := &beaconNode{header: &types.Header{Number: big.NewInt(90), Difficulty: big.NewInt(0)},
		token:  common.HexToAddress("0x7000000000000000000000000000000000000007"),
		beacon: common.HexToAddress("0xbeac000000000000000000000000000000000001"), impl: common.HexToAddress("0x1111000000000000000000000000000000000001")}
	token, beacon, impl := strings.ToLower(n.token.Hex()), strings.ToLower(n.beacon.Hex()), strings.ToLower(n.impl.Hex())
	other := "0x00000000000000000000000000000000000000ab"
	check := func(ev report.Evidence) *Result {
		t.Helper()
		ev.Kind, ev.Fact, ev.Contract = "chain", report.FactProxy, token
		rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: 1, BlockNumber: 90, BlockHash: n.header.Hash().Hex()},
			Tokens:   []report.Token{{Address: token, Standard: "erc20", Symbol: "BP"}},
			Findings: []report.Finding{{Rule: "CONTRACT-UPGRADEABLE", Subject: report.Subject{Kind: "token", ID: token}, Evidence: []report.Evidence{ev}}}}
		res := Verify(rep, Options{})
		if err := CheckChain(context.Background(), n, "fake", rep, res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	text := func(impl, beacon string) string {
		return fmt.Sprintf("EIP-1967 slots at block 90: implementation %s, beacon %s", impl, beacon)
	}
	for _, c := range []struct {
		name   string
		ev     report.Evidence
		reason string // "": resolves, read
	}{
		{"text", report.Evidence{Text: text(impl, beacon)}, ""},
		{"text, another implementation", report.Evidence{Text: text(other, beacon)}, "implementation() of " + beacon + " at the pinned block 90 is " + impl + ", not " + other},
		{"text, another beacon", report.Evidence{Text: text(impl, other)}, "implementation() of " + other + " at the pinned block 90 failed"},
		{"fields", report.Evidence{Text: text(impl, beacon), Implementation: zeroAddr, Admin: zeroAddr, Beacon: beacon}, ""},
		{"fields, another beacon", report.Evidence{Text: text(impl, beacon), Implementation: zeroAddr, Admin: zeroAddr, Beacon: other},
			"the EIP-1967 beacon slot of " + token + " at the pinned block 90 holds " + beacon + ", not " + other},
		{"fields, another implementation", report.Evidence{Text: text(other, beacon), Implementation: zeroAddr, Admin: zeroAddr, Beacon: beacon},
			"implementation() of " + beacon + " at the pinned block 90 is " + impl + ", not " + other},
		{"runs", report.Evidence{Text: text(impl, beacon), Implementation: zeroAddr, Admin: zeroAddr, Beacon: beacon, Runs: impl}, ""},
		{"runs, another implementation", report.Evidence{Text: text(impl, beacon), Implementation: zeroAddr, Admin: zeroAddr, Beacon: beacon, Runs: other},
			"implementation() of " + beacon + " at the pinned block 90 is " + impl + ", not " + other},
		{"runs without the slots", report.Evidence{Text: "a proxy", Runs: impl}, ""},
		{"runs without the slots, another", report.Evidence{Text: "a proxy", Runs: other},
			"implementation() of " + beacon + " at the pinned block 90 is " + impl + ", not " + other},
		{"runs not an address", report.Evidence{Text: text(impl, beacon), Implementation: zeroAddr, Admin: zeroAddr, Beacon: beacon, Runs: "0x11"}, `runs "0x11" is not an address`},
	} {
		res := check(c.ev)
		switch {
		case c.reason == "" && (len(res.Unresolved) != 0 || res.Node.States != 1):
			t.Errorf("%s: %d read, unresolved %+v; want 1, none", c.name, res.Node.States, res.Unresolved)
		case c.reason != "" && (len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, c.reason)):
			t.Errorf("%s: unresolved %+v, want one saying %q", c.name, res.Unresolved, c.reason)
		}
	}
}

// minimalNode is a node at one block holding one contract whose code is
// code (an EIP-1167 minimal proxy, or not) and whose EIP-1967 slots are
// empty but for its implementation slot holding slot, when not zero.
type minimalNode struct {
	Node   // not called
	header *types.Header
	token  common.Address
	code   []byte
	slot   common.Address
}

func (n *minimalNode) ChainID(context.Context) (*big.Int, error) { return big.NewInt(1), nil }

func (n *minimalNode) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	if number.Cmp(n.header.Number) != 0 {
		return nil, ethereum.NotFound
	}
	return n.header, nil
}

func (n *minimalNode) StorageAt(_ context.Context, a common.Address, slot common.Hash, _ *big.Int) ([]byte, error) {
	if a == n.token && slot == chain.SlotImplementation {
		return common.LeftPadBytes(n.slot.Bytes(), 32), nil
	}
	return make([]byte, 32), nil
}

func (n *minimalNode) CodeAt(_ context.Context, a common.Address, _ *big.Int) ([]byte, error) {
	if a == n.token {
		return n.code, nil
	}
	return nil, nil
}

// TestChainMinimalProxy checks an EIP-1167 minimal proxy's citation as
// contractUpgradeable writes it (its three slots stated empty, the text
// naming the target in its code), and the same text without the fields (a
// report written before them): the target is read from the contract's
// code at the pinned block and must be the one named; another target, or
// code that is no minimal proxy, fails. A minimal proxy runs the target in
// its code even when its storage holds an implementation slot (a clone of
// an implementation whose initializer writes it), as scan reads it.
func TestChainMinimalProxy(t *testing.T) {
	impl := common.HexToAddress("0x1111000000000000000000000000000000000001")
	minimal := func(target common.Address) []byte {
		return append(append(common.FromHex("363d3d373d3d3d363d73"), target.Bytes()...), common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
	}
	token := "0x7000000000000000000000000000000000000007"
	other := "0x00000000000000000000000000000000000000ab"
	text := func(impl string) string { return "EIP-1967 slots at block 90: implementation " + impl }
	fields := func(impl string) report.Evidence {
		return report.Evidence{Text: text(impl), Implementation: zeroAddr, Admin: zeroAddr, Beacon: zeroAddr}
	}
	// runs: as contractUpgradeable writes it now, the text naming
	// another target (verify reads runs, not the text).
	runs := func(impl string) report.Evidence {
		ev := fields(other)
		ev.Runs = impl
		return ev
	}
	implS := strings.ToLower(impl.Hex())
	onlyRuns := func(impl string) report.Evidence { return report.Evidence{Text: "runs " + impl, Runs: impl} }
	for _, c := range []struct {
		name   string
		code   []byte
		slot   common.Address // in the implementation slot
		ev     report.Evidence
		reason string // "": resolves, read
	}{
		{"fields", minimal(impl), common.Address{}, fields(implS), ""},
		{"fields, another target", minimal(impl), common.Address{}, fields(other), "the EIP-1167 minimal proxy " + token + " delegates to " + implS + " at the pinned block 90, not " + other},
		{"fields, not a minimal proxy", []byte{0x60, 0x00}, common.Address{}, fields(implS), "is not an EIP-1167 minimal proxy (2 bytes)"},
		{"text", minimal(impl), common.Address{}, report.Evidence{Text: text(implS)}, ""},
		{"text, another target", minimal(impl), common.Address{}, report.Evidence{Text: text(other)}, "delegates to " + implS + " at the pinned block 90, not " + other},
		{"runs", minimal(impl), common.Address{}, runs(implS), ""},
		{"runs, another target", minimal(impl), common.Address{}, runs(other), "the EIP-1167 minimal proxy " + token + " delegates to " + implS + " at the pinned block 90, not " + other},
		{"runs, not a minimal proxy", []byte{0x60, 0x00}, common.Address{}, runs(implS), "is not an EIP-1167 minimal proxy (2 bytes)"},
		{"runs, a clone with an implementation slot", minimal(impl), common.HexToAddress(other), onlyRuns(implS), ""},
		{"runs, a clone with an implementation slot, another target", minimal(impl), common.HexToAddress(implS), onlyRuns(other), "the EIP-1167 minimal proxy " + token + " delegates to " + implS},
		{"runs, a proxy with an implementation slot", []byte{0x60, 0x00}, common.HexToAddress(other), onlyRuns(implS), "implementation slot of " + token + " at the pinned block 90 holds " + other},
	} {
		n := &minimalNode{header: &types.Header{Number: big.NewInt(90), Difficulty: big.NewInt(0)}, token: common.HexToAddress(token), code: c.code, slot: c.slot}
		ev := c.ev
		ev.Kind, ev.Fact, ev.Contract = "chain", report.FactProxy, token
		rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: 1, BlockNumber: 90, BlockHash: n.header.Hash().Hex()},
			Tokens:   []report.Token{{Address: token, Standard: "erc20", Symbol: "MP"}},
			Findings: []report.Finding{{Rule: "CONTRACT-UPGRADEABLE", Subject: report.Subject{Kind: "token", ID: token}, Evidence: []report.Evidence{ev}}}}
		res := Verify(rep, Options{})
		if err := CheckChain(context.Background(), n, "fake", rep, res); err != nil {
			t.Fatal(err)
		}
		switch {
		case c.reason == "" && (len(res.Unresolved) != 0 || res.Node.States != 1):
			t.Errorf("%s: %d read, unresolved %+v; want 1, none", c.name, res.Node.States, res.Unresolved)
		case c.reason != "" && (len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, c.reason)):
			t.Errorf("%s: unresolved %+v, want one saying %q", c.name, res.Unresolved, c.reason)
		}
	}
}

// TestChainUnnamedRole deploys VesselDeeds (OpenZeppelin AccessControl) on
// a simulated chain and grants a role no name is known for: chain.Read
// names it by its hash's first bytes and keeps the full hash, and its
// citation with that role_hash (as rules.roleEv writes it) resolves with
// hasRole; with another hash of the same first bytes it does not, and
// without the hash (a report written before role_hash) it is checked by
// block only.
func TestChainUnnamedRole(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: verify unnamed role")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	defer sim.Close()
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	deeds := contracts.NewVesselDeeds()
	addr, _, err := bind.DeployContract(opts, common.FromHex(contracts.VesselDeedsMetaData.Bin), client, deeds.PackConstructor("Deeds", "DEED", me))
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	operator := crypto.Keccak256Hash([]byte("OPERATOR_ROLE"))
	bob := common.HexToAddress("0xb0b")
	if _, err := bind.Transact(deeds.Instance(client, addr), opts, deeds.PackGrantRole(operator, bob)); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	ctx := context.Background()
	snap, err := chain.Read(ctx, client, []string{addr.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	i := slices.IndexFunc(tok.Controllers, func(c chain.Controller) bool { return c.RoleHash != "" })
	if i < 0 {
		t.Fatalf("no controller with a role hash: %+v", tok.Controllers)
	}
	c := tok.Controllers[i]
	if c.Role != "role-"+common.Bytes2Hex(operator[:4]) || c.RoleHash != operator.Hex() || c.Address != strings.ToLower(bob.Hex()) {
		t.Fatalf("controller %+v, want role-%x with hash %s held by %s", c, operator[:4], operator.Hex(), strings.ToLower(bob.Hex()))
	}
	check := func(roleHash string) *Result {
		t.Helper()
		rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: snap.ChainID, BlockNumber: snap.Block, BlockHash: snap.BlockHash},
			Tokens: []report.Token{{Address: tok.Address, Standard: tok.Standard, Symbol: tok.Symbol}},
			Findings: []report.Finding{{Rule: "SANC-WALLET", Subject: report.Subject{Kind: "wallet", ID: c.Address}, Evidence: []report.Evidence{{
				Kind: "chain", Text: fmt.Sprintf("%s holds the %s role of DEED at block %d", c.Address, c.Role, snap.Block), Block: snap.Block,
				Fact: report.FactRole, Contract: tok.Address, Holder: c.Address, Role: c.Role, RoleHash: roleHash}}}}}
		res := Verify(rep, Options{})
		if err := CheckChain(ctx, client, "simulated", rep, res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	if res := check(c.RoleHash); len(res.Unresolved) != 0 || res.Node.States != 1 {
		t.Errorf("with its role hash: %d read, unresolved %+v; want 1, none", res.Node.States, res.Unresolved)
	}
	twin := operator
	twin[31] ^= 1
	want := "hasRole(" + twin.Hex() + ", " + c.Address + ") of " + tok.Address
	if res := check(twin.Hex()); len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, want) {
		t.Errorf("with another role's hash: unresolved %+v, want one saying %q", res.Unresolved, want)
	}
	if res := check(""); len(res.Unresolved) != 0 || res.Node.States != 0 || res.Node.BlockOnly != 1 {
		t.Errorf("without its role hash: %d read, %d by block, unresolved %+v; want 0, 1, none", res.Node.States, res.Node.BlockOnly, res.Unresolved)
	}
}

// deedNode is a node at block 54 of chain 1337 holding one ERC-721 token:
// owners gives ownerOf of each id (an id not in it reverts), balanceOf an
// account the number of ids it owns; any other call reverts.
type deedNode struct {
	Node   // not called
	header *types.Header
	token  common.Address
	owners map[int64]common.Address
}

func (n *deedNode) ChainID(context.Context) (*big.Int, error) { return big.NewInt(1337), nil }

func (n *deedNode) HeaderByNumber(_ context.Context, number *big.Int) (*types.Header, error) {
	if number.Cmp(n.header.Number) != 0 {
		return nil, ethereum.NotFound
	}
	return n.header, nil
}

func (n *deedNode) CallContract(_ context.Context, call ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	if *call.To != n.token || len(call.Data) != 36 {
		return nil, rpcError{"execution reverted"}
	}
	arg := call.Data[4:]
	switch string(call.Data[:4]) {
	case string(chain.CallData("ownerOf(uint256)")):
		if owner, ok := n.owners[new(big.Int).SetBytes(arg).Int64()]; ok {
			return common.LeftPadBytes(owner.Bytes(), 32), nil
		}
	case string(chain.CallData("balanceOf(address)")):
		count := 0
		for _, owner := range n.owners {
			if owner == common.BytesToAddress(arg) {
				count++
			}
		}
		return common.LeftPadBytes(big.NewInt(int64(count)).Bytes(), 32), nil
	}
	return nil, rpcError{"execution reverted"}
}

// TestChainDeedStep checks an ownership step naming an ERC-721 deed's
// holder ("holder of DEED token id N"): the wallet's ids in the report and
// N are read with ownerOf, and their number with balanceOf. An id the
// wallet does not hold (another's, or none) fails naming its ownerOf, not
// the balanceOf it makes wrong too.
func TestChainDeedStep(t *testing.T) {
	wallet, other := common.HexToAddress("0x00000000000000000000000000000000000000bb"), common.HexToAddress("0x00000000000000000000000000000000000000cc")
	n := &deedNode{header: &types.Header{Number: big.NewInt(54), Difficulty: big.NewInt(0)},
		token:  common.HexToAddress("0x00000000000000000000000000000000000000a3"),
		owners: map[int64]common.Address{5: wallet, 7: wallet, 8: other}}
	token, walletS := strings.ToLower(n.token.Hex()), strings.ToLower(wallet.Hex())
	for _, c := range []struct {
		name   string
		id     string
		reason string // "": resolves, read
	}{
		{"the wallet's", "7", ""},
		{"another's", "8", "ownerOf(8) of " + token + " at the pinned block 54 is " + strings.ToLower(other.Hex()) + ", not " + walletS},
		{"none", "9", "ownerOf(9) of " + token + " at the pinned block 54 failed"},
	} {
		rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: 1337, BlockNumber: 54, BlockHash: n.header.Hash().Hex()},
			Tokens: []report.Token{{Address: token, Standard: "erc721", Symbol: "DEED",
				Holders: []report.Holder{{Address: walletS, Balance: "2", TokenIDs: []string{"5", "7"}}}}},
			Ownership: []report.Path{{Asset: "9321483", Steps: []report.Step{{Kind: "token", ID: token + "#" + c.id},
				{Kind: "wallet", ID: walletS, Source: "chain 1337, block 54: holder of DEED token id " + c.id}}}}}
		res := Verify(rep, Options{})
		if err := CheckChain(context.Background(), n, "fake", rep, res); err != nil {
			t.Fatal(err)
		}
		switch {
		case c.reason == "" && (len(res.Unresolved) != 0 || res.Node.Balances != 1):
			t.Errorf("%s: %d balances read, unresolved %+v; want 1, none", c.name, res.Node.Balances, res.Unresolved)
		case c.reason != "" && (len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, c.reason)):
			t.Errorf("%s: unresolved %+v, want one saying %q", c.name, res.Unresolved, c.reason)
		}
	}
}

// TestTokenProxyRecord checks a token's proxy record (report.Token.Proxy,
// written whether or not a finding cites the proxy) against the node at
// the pinned block like a proxy citation: a beacon proxy's beacon and what
// its beacon gives it to run, an EIP-1167 clone's target in its code.
// Another implementation or beacon is unresolved under "token proxy".
func TestTokenProxyRecord(t *testing.T) {
	header := &types.Header{Number: big.NewInt(90), Difficulty: big.NewInt(0)}
	tok := common.HexToAddress("0x7000000000000000000000000000000000000007")
	impl := common.HexToAddress("0x1111000000000000000000000000000000000001")
	beacon := common.HexToAddress("0xbeac000000000000000000000000000000000001")
	lower := func(a common.Address) string { return strings.ToLower(a.Hex()) }
	other := "0x00000000000000000000000000000000000000ab"
	clone := append(append(common.FromHex("363d3d373d3d3d363d73"), impl.Bytes()...), common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
	for _, c := range []struct {
		name   string
		node   Node
		proxy  report.Proxy
		reason string // "": resolves, read
	}{
		{"beacon", &beaconNode{header: header, token: tok, beacon: beacon, impl: impl}, report.Proxy{Kind: report.ProxyBeacon, Implementation: lower(impl), Beacon: lower(beacon)}, ""},
		{"beacon, another implementation", &beaconNode{header: header, token: tok, beacon: beacon, impl: impl}, report.Proxy{Kind: report.ProxyBeacon, Implementation: other, Beacon: lower(beacon)},
			"implementation() of " + lower(beacon) + " at the pinned block 90 is " + lower(impl) + ", not " + other},
		{"beacon, another beacon", &beaconNode{header: header, token: tok, beacon: beacon, impl: impl}, report.Proxy{Kind: report.ProxyBeacon, Implementation: lower(impl), Beacon: other},
			"the EIP-1967 beacon slot of " + lower(tok) + " at the pinned block 90 holds " + lower(beacon) + ", not " + other},
		{"clone", &minimalNode{header: header, token: tok, code: clone}, report.Proxy{Kind: report.ProxyEIP1167, Implementation: lower(impl)}, ""},
		{"clone with a slot in its storage", &minimalNode{header: header, token: tok, code: clone, slot: common.HexToAddress(other)}, report.Proxy{Kind: report.ProxyEIP1167, Implementation: lower(impl)}, ""},
		{"clone, another target", &minimalNode{header: header, token: tok, code: clone}, report.Proxy{Kind: report.ProxyEIP1167, Implementation: other},
			"the EIP-1167 minimal proxy " + lower(tok) + " delegates to " + lower(impl)},
	} {
		p := c.proxy
		rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: 1, BlockNumber: 90, BlockHash: header.Hash().Hex()},
			Tokens: []report.Token{{Address: lower(tok), Standard: "erc20", Symbol: "TP", Proxy: &p}}}
		res := Verify(rep, Options{})
		if res.Chain != 1 {
			t.Fatalf("%s: %d chain citations counted, want the token's proxy record", c.name, res.Chain)
		}
		if err := CheckChain(context.Background(), c.node, "fake", rep, res); err != nil {
			t.Fatal(err)
		}
		switch {
		case c.reason == "" && (len(res.Unresolved) != 0 || res.Node.States != 1):
			t.Errorf("%s: %d read, unresolved %+v; want 1, none", c.name, res.Node.States, res.Unresolved)
		case c.reason != "" && (len(res.Unresolved) != 1 || res.Unresolved[0].Rule != "token proxy" || !strings.Contains(res.Unresolved[0].Reason, c.reason)):
			t.Errorf("%s: unresolved %+v, want one of the token proxy saying %q", c.name, res.Unresolved, c.reason)
		}
	}
}

// TestTokenProxyRecordKind: a token's proxy record is checked as the
// reader would write it: its kind (a clone is known by its code, whatever
// its slots hold; a proxy whose code is a clone is no EIP-1967 proxy), and
// every address it states (a beacon proxy's admin, an EIP-1967 proxy's
// beacon), so that a report cannot pass off an upgradeable proxy as a
// clone, a clone as an upgradeable proxy, or an address verify never read.
func TestTokenProxyRecordKind(t *testing.T) {
	header := &types.Header{Number: big.NewInt(90), Difficulty: big.NewInt(0)}
	tok := common.HexToAddress("0x7000000000000000000000000000000000000007")
	impl := common.HexToAddress("0x1111000000000000000000000000000000000001")
	beacon := common.HexToAddress("0xbeac000000000000000000000000000000000001")
	lower := func(a common.Address) string { return strings.ToLower(a.Hex()) }
	other := "0x00000000000000000000000000000000000000ab"
	zero := lower(common.Address{})
	clone := append(append(common.FromHex("363d3d373d3d3d363d73"), impl.Bytes()...), common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
	proxyCode := common.FromHex("0x608060405261000c61000e565b005b")
	for _, c := range []struct {
		name   string
		node   Node
		proxy  report.Proxy
		reason string // "": resolves, read
	}{
		{"an EIP-1967 proxy", &minimalNode{header: header, token: tok, code: proxyCode, slot: impl}, report.Proxy{Kind: report.ProxyEIP1967, Implementation: lower(impl)}, ""},
		{"an EIP-1967 proxy recorded as a clone", &minimalNode{header: header, token: tok, code: proxyCode, slot: impl}, report.Proxy{Kind: report.ProxyEIP1167, Implementation: lower(impl)},
			"is not an EIP-1167 minimal proxy"},
		{"a clone recorded as an EIP-1967 proxy", &minimalNode{header: header, token: tok, code: clone, slot: impl}, report.Proxy{Kind: report.ProxyEIP1967, Implementation: lower(impl)},
			"is an EIP-1167 minimal proxy of " + lower(impl)},
		{"a clone recorded as an EIP-1967 proxy with only an admin", &minimalNode{header: header, token: tok, code: clone}, report.Proxy{Kind: report.ProxyEIP1967, Admin: zero},
			"is an EIP-1167 minimal proxy of " + lower(impl)},
		{"a clone recorded with an admin", &minimalNode{header: header, token: tok, code: clone}, report.Proxy{Kind: report.ProxyEIP1167, Implementation: lower(impl), Admin: other},
			"its code reads no EIP-1967 slot"},
		{"a clone recorded with a beacon", &minimalNode{header: header, token: tok, code: clone}, report.Proxy{Kind: report.ProxyEIP1167, Implementation: lower(impl), Beacon: other},
			"its code reads no EIP-1967 slot"},
		{"a beacon proxy recorded with an admin", &beaconNode{header: header, token: tok, beacon: beacon, impl: impl}, report.Proxy{Kind: report.ProxyBeacon, Implementation: lower(impl), Beacon: lower(beacon), Admin: other},
			"the EIP-1967 admin slot of " + lower(tok) + " at the pinned block 90 holds " + zero + ", not " + other},
		{"an EIP-1967 proxy recorded with a beacon", &minimalNode{header: header, token: tok, code: proxyCode, slot: impl}, report.Proxy{Kind: report.ProxyEIP1967, Implementation: lower(impl), Beacon: other},
			"the EIP-1967 beacon slot of " + lower(tok) + " at the pinned block 90 holds " + zero + ", not " + other},
	} {
		p := c.proxy
		rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: 1, BlockNumber: 90, BlockHash: header.Hash().Hex()},
			Tokens: []report.Token{{Address: lower(tok), Standard: "erc20", Symbol: "TP", Proxy: &p}}}
		res := Verify(rep, Options{})
		if err := CheckChain(context.Background(), c.node, "fake", rep, res); err != nil {
			t.Fatal(err)
		}
		switch {
		case c.reason == "" && (len(res.Unresolved) != 0 || res.Node.States != 1):
			t.Errorf("%s: %d read, unresolved %+v; want 1, none", c.name, res.Node.States, res.Unresolved)
		case c.reason != "" && (len(res.Unresolved) != 1 || res.Unresolved[0].Rule != "token proxy" || !strings.Contains(res.Unresolved[0].Reason, c.reason)):
			t.Errorf("%s: unresolved %+v, want one of the token proxy saying %q", c.name, res.Unresolved, c.reason)
		}
	}
}

// TestIdentityWithoutCodeRPC scans and audits a permissioned token whose
// registry names one account without code as the identity of alice and
// bob (30% each) and erin's identity contract for erin and frank (15%
// each): the account is HOLDER-IDENTITY-NO-CODE, joining nobody, while
// erin's contract joins erin and frank (HOLDER-CONCENTRATION, 30%). verify
// --rpc resolves every identity citation, has_code read with eth_getCode
// at the pinned block; has_code turned around is unresolved either way.
func TestIdentityWithoutCodeRPC(t *testing.T) {
	const none = "0xe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0"
	contract := strings.ToLower(crypto.CreateAddress(chain.AccountAddress("erin"), 0).Hex())
	plan := `{"genesis_time": "2024-01-02T00:00:00Z",
	"accounts": [{"name": "d-perm"}, {"name": "agent"}, {"name": "alice"}, {"name": "bob"}, {"name": "carol"}, {"name": "erin"}, {"name": "frank"}],
	"tokens": [{"id": "P", "kind": "permissioned-shares", "deployer": "d-perm", "name": "P", "symbol": "P", "decimals": 0, "imo": "9321483", "issuer": "carol"}],
	"blocks": [{"time": "2024-02-01T00:00:00Z", "actions": [
	  {"op": "deploy", "token": "P"},
	  {"op": "add_agent", "token": "P", "from": "d-perm", "to": "agent"},
	  {"op": "deploy_identity", "token": "P", "from": "erin", "identity": "` + contract + `"}`
	for _, h := range []struct{ name, id, amount string }{{"alice", none, "30"}, {"bob", none, "30"}, {"erin", contract, "15"}, {"frank", contract, "15"}, {"carol", "", "10"}} {
		plan += `,
	  {"op": "register_identity", "token": "P", "from": "agent", "to": "` + h.name + `", "identity": "` + h.id + `", "country": 578},
	  {"op": "mint", "token": "P", "from": "agent", "to": "` + h.name + `", "amount": "` + h.amount + `"}`
	}
	plan += `]}]}`
	p, err := chain.ParsePlan([]byte(plan))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	emb, err := chain.NewEmbedded(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	node := emb.Client().(Node)
	snap, err := chain.Read(ctx, emb.Client(), emb.Tokens(), nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Audit(ctx, snap, audit.Config{Rules: rules.DefaultOptions(), FailOn: report.High, Now: func() time.Time { return time.Unix(0, 0).UTC() }})
	if err != nil {
		t.Fatal(err)
	}
	rep.Chain.Source = "rpc" // read back through the embedded chain's client as a node
	byRule := map[string][]report.Finding{}
	for _, f := range rep.Findings {
		byRule[f.Rule] = append(byRule[f.Rule], f)
	}
	if fs := byRule[rules.RuleHolderIdentityNoCode]; len(fs) != 1 || fs[0].Subject.ID != none {
		t.Fatalf("HOLDER-IDENTITY-NO-CODE findings %+v, want one on %s", fs, none)
	}
	joined := false
	for _, f := range byRule[rules.RuleHolderConcentration] {
		if f.Subject.ID == none {
			t.Errorf("the account without code joins wallets: %s", f.Message)
		}
		joined = joined || f.Subject.ID == contract
	}
	if !joined {
		t.Errorf("erin's identity contract joins no wallets: %+v", byRule[rules.RuleHolderConcentration])
	}
	check := func() *Result {
		t.Helper()
		res := Verify(rep, Options{})
		if err := CheckChain(ctx, node, "embedded", rep, res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	var ids []*report.Evidence
	for i := range rep.Findings {
		for j := range rep.Findings[i].Evidence {
			if ev := &rep.Findings[i].Evidence[j]; ev.Fact == report.FactIdentity {
				ids = append(ids, ev)
			}
		}
	}
	if len(ids) < 4 {
		t.Fatalf("%d identity citations, want alice's, bob's, erin's and frank's at least", len(ids))
	}
	if res := check(); len(res.Unresolved) != 0 {
		t.Fatalf("unresolved %+v", res.Unresolved)
	}
	for _, ev := range ids {
		*ev.HasCode = !*ev.HasCode
	}
	res := check()
	if len(res.Unresolved) != len(ids) {
		t.Fatalf("has_code turned around: %d of %d unresolved: %+v", len(res.Unresolved), len(ids), res.Unresolved)
	}
	for _, u := range res.Unresolved {
		want := "bytes of code at the pinned block" // erin's contract, now said to have none
		if u.Evidence.Value == none {
			want = "has no code at the pinned block" // the account, now said to have code
		}
		if !strings.Contains(u.Reason, want) {
			t.Errorf("identity %s: %q, want it to say %q", u.Evidence.Value, u.Reason, want)
		}
	}
}

// indexingNode answers its first left receipt queries as geth does for a
// while after it starts: "transaction indexing is in progress".
type indexingNode struct {
	Node
	left atomic.Int64
}

func (n *indexingNode) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	if n.left.Add(-1) >= 0 {
		return nil, rpcError{"transaction indexing is in progress"}
	}
	return n.Node.TransactionReceipt(ctx, tx)
}

// TestChainReceiptWhileIndexing: a node still indexing its transactions
// is asked again, so the balance citations of the scenario resolve as on
// a node that has finished, instead of failing on the answer.
func TestChainReceiptWhileIndexing(t *testing.T) {
	_, node, snap := embeddedScenario(t)
	rep := balanceReport(snap)
	n := &indexingNode{Node: node}
	n.left.Store(2)
	res := Verify(rep, Options{})
	if err := CheckChain(context.Background(), n, "embedded", rep, res); err != nil {
		t.Fatal(err)
	}
	if len(res.Unresolved) != 0 || n.left.Load() >= 0 {
		t.Errorf("unresolved %+v after a node still indexing (%d answers left)", res.Unresolved, n.left.Load())
	}
}
