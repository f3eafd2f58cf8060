package verify

import (
	"context"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
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

// codeTestChain is a simulated chain with one funded account (me, its
// key derived from seed), a transactor for it, and deploy, which deploys
// a contract from its creation code and constructor arguments and mines it.
func codeTestChain(t *testing.T, seed string) (*simulated.Backend, simulated.Client, *bind.TransactOpts, common.Address, func(bin string, args []byte) common.Address) {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	t.Cleanup(func() { sim.Close() })
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	deploy := func(bin string, args []byte) common.Address {
		t.Helper()
		addr, _, err := bind.DeployContract(opts, common.FromHex(bin), client, args)
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		return addr
	}
	return sim, client, opts, me, deploy
}

// TestChainCodeCitations deploys BlacklistShares (Tether USDT's issue,
// addBlackList and destroyBlackFunds on an OpenZeppelin ERC-20) and a
// ShareToken behind an EIP-1967 proxy on a simulated chain, scans and
// audits them: CONTRACT-FORCED-TRANSFER says the owner can move or destroy
// holders' tokens and cites the code of BlacklistShares dispatching
// destroyBlackFunds with its selector; the proxy's CONTRACT-UPGRADEABLE
// cites the code of its implementation, not its own. verify --rpc reads
// every code citation back with eth_getCode (all resolve); a citation
// naming a function the code does not dispatch, a selector that is not
// its signature's, the code of an address the token does not run, or the
// proxy's own code for its logic's upgrade function does not, its text
// rewritten to match (rules.CodeText); nor does one whose fields cite
// transfer(address,uint256) while its text still names destroyBlackFunds,
// one whose text names a function its fields do not, a CONTRACT-MINT
// citation rewritten, text and fields, to cite totalSupply(), one citing
// a function of another rule's catalogue (issue for a forced transfer), or
// T-REX's burn(address,uint256) for a token that is not ERC-3643.
func TestChainCodeCitations(t *testing.T) {
	sim, client, opts, me, deploy := codeTestChain(t, "tokenaudit test: verify code")
	bls := contracts.NewBlacklistShares()
	blsAddr := deploy(contracts.BlacklistSharesMetaData.Bin, bls.PackConstructor(me))
	if _, err := bind.Transact(bls.Instance(client, blsAddr), opts, bls.PackIssue(big.NewInt(1000))); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	share := contracts.NewShareToken()
	impl := deploy(contracts.ShareTokenMetaData.Bin, nil)
	proxy := deploy(contracts.ERC1967ProxyMetaData.Bin, contracts.NewERC1967Proxy().PackConstructor(impl,
		share.PackInitialize("Proxied Shares", "PSH", me, me, big.NewInt(500))))

	ctx := context.Background()
	snap, err := chain.Read(ctx, client, []string{blsAddr.Hex(), proxy.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Audit(ctx, snap, audit.Config{Rules: rules.DefaultOptions(), FailOn: report.High, Now: func() time.Time { return time.Unix(0, 0).UTC() }})
	if err != nil {
		t.Fatal(err)
	}
	if err := report.Validate(rep); err != nil {
		t.Fatalf("the report does not validate: %v", err)
	}
	blsHex, implHex, proxyHex := strings.ToLower(blsAddr.Hex()), strings.ToLower(impl.Hex()), strings.ToLower(proxy.Hex())
	// where is finding rule of token, and the index of its code evidence
	where := func(rule, token string) (int, int) {
		t.Helper()
		for i, f := range rep.Findings {
			if f.Rule != rule || f.Subject.ID != token {
				continue
			}
			for j, ev := range f.Evidence {
				if ev.Fact == report.FactCode {
					return i, j
				}
			}
			t.Fatalf("%s of %s cites no code: %+v", rule, token, f.Evidence)
		}
		t.Fatalf("no %s of %s", rule, token)
		return 0, 0
	}
	fi, ej := where(rules.RuleContractForcedTransfer, blsHex)
	f := rep.Findings[fi]
	if !strings.HasSuffix(f.Message, "a privileged account can move or destroy holders' tokens without their signature") {
		t.Errorf("message %q", f.Message)
	}
	want := "the code of " + blsHex + " (the token) at block " + big.NewInt(int64(snap.Block)).String() + " dispatches destroyBlackFunds(address) (selector 0xf3bdc228)"
	if ev := f.Evidence[ej]; ev.Text != want || ev.CodeAddress != blsHex || ev.Contract != blsHex || len(ev.Functions) != 1 {
		t.Errorf("code evidence %+v\nwant %q", ev, want)
	}
	for _, rule := range []string{rules.RuleContractMint, rules.RuleContractFreeze} {
		where(rule, blsHex)
	}
	ui, uj := where(rules.RuleContractUpgradeable, proxyHex)
	if ev := rep.Findings[ui].Evidence[uj]; ev.CodeAddress != implHex || !strings.Contains(ev.Text, "the code of "+implHex+" (the token's logic behind proxy "+proxyHex+")") ||
		!strings.Contains(ev.Text, "upgradeToAndCall(address,bytes)") {
		t.Errorf("upgrade code evidence %+v", ev)
	}

	check := func(r *report.Report) *Result {
		t.Helper()
		res := Verify(r, Options{})
		if err := CheckChain(ctx, client, "simulated", r, res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	codes := 0
	for _, f := range rep.Findings {
		for _, ev := range f.Evidence {
			if ev.Fact == report.FactCode {
				codes++
			}
		}
	}
	if res := check(rep); len(res.Unresolved) != 0 || codes < 5 || res.Node.States < codes {
		t.Fatalf("%d code citations, %d states read, unresolved %+v; want 5 or more, all read, none", codes, res.Node.States, res.Unresolved)
	}

	sel := func(sig string) string { return hexutil.Encode(crypto.Keccak256([]byte(sig))[:4]) }
	mi, mj := where(rules.RuleContractMint, blsHex)
	fn := func(sig string) report.Function { return report.Function{Signature: sig, Selector: sel(sig)} }
	block := big.NewInt(int64(snap.Block)).String()
	for _, tt := range []struct {
		name   string
		fi, ej int
		edit   func(ev *report.Evidence)
		retext bool // the text rewritten to match the edited fields
		reason string
	}{
		{"a function the code lacks", fi, ej, func(ev *report.Evidence) {
			ev.Functions = append(ev.Functions, fn("wipeFrozenAddress(address)"))
		}, true, "the code of " + blsHex + " at the pinned block " + block + " ("},
		{"a selector not its signature's", fi, ej, func(ev *report.Evidence) { ev.Functions[0].Selector = "0xf3bdc229" }, true,
			"selector 0xf3bdc229 is not that of destroyBlackFunds(address) (0xf3bdc228)"},
		{"code the token does not run", fi, ej, func(ev *report.Evidence) {
			ev.CodeAddress = implHex
			ev.Functions = []report.Function{fn("forcedTransfer(address,address,uint256)")}
		}, true, "code address " + implHex + " is not the token " + blsHex + ", which the report records as no proxy"},
		{"the proxy's own code for its logic", ui, uj, func(ev *report.Evidence) { ev.CodeAddress = proxyHex }, true,
			"the code of " + proxyHex + " at the pinned block"},
		{"fields cite transfer, the text destroyBlackFunds", fi, ej, func(ev *report.Evidence) {
			ev.Functions = []report.Function{fn("transfer(address,uint256)")}
		}, false, "transfer(address,uint256) is not a privileged function CONTRACT-FORCED-TRANSFER cites"},
		{"the text names a function the fields do not", fi, ej, func(ev *report.Evidence) {
			ev.Text = strings.Replace(ev.Text, "destroyBlackFunds(address) (selector 0xf3bdc228)", "forcedTransfer(address,address,uint256) (selector 0x9fc1d0e7)", 1)
		}, false, "is not what the evidence's fields (code address, pinned block, functions) state"},
		{"the text adds a function", fi, ej, func(ev *report.Evidence) {
			ev.Text += ", wipeFrozenAddress(address) (selector " + sel("wipeFrozenAddress(address)") + ")"
		}, false, "is not what the evidence's fields (code address, pinned block, functions) state"},
		{"CONTRACT-MINT rewritten to cite totalSupply()", mi, mj, func(ev *report.Evidence) {
			ev.Functions = []report.Function{fn("totalSupply()")}
		}, true, "totalSupply() is not a privileged function CONTRACT-MINT cites (its catalogue: mint"},
		{"a mint function cited for a forced transfer", fi, ej, func(ev *report.Evidence) {
			ev.Functions = []report.Function{fn("issue(uint256)")}
		}, true, "issue(uint256) is not a privileged function CONTRACT-FORCED-TRANSFER cites"},
		{"T-REX's burn for a token that is not ERC-3643", fi, ej, func(ev *report.Evidence) {
			ev.Functions = []report.Function{fn("burn(address,uint256)")}
		}, true, "burn(address,uint256) is not a privileged function CONTRACT-FORCED-TRANSFER cites"},
	} {
		r := *rep
		r.Findings = append([]report.Finding(nil), rep.Findings...)
		r.Findings[tt.fi].Evidence = append([]report.Evidence(nil), rep.Findings[tt.fi].Evidence...)
		ev := r.Findings[tt.fi].Evidence[tt.ej]
		ev.Functions = append([]report.Function(nil), ev.Functions...)
		tt.edit(&ev)
		if tt.retext {
			ev.Text = rules.CodeText(ev.Contract, ev.CodeAddress, snap.Block, ev.Functions)
		}
		r.Findings[tt.fi].Evidence[tt.ej] = ev
		res := check(&r)
		if len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, tt.reason) {
			t.Errorf("%s: unresolved %+v, want one saying %q", tt.name, res.Unresolved, tt.reason)
			continue
		}
		t.Logf("%s: %s", tt.name, res.Unresolved[0].Reason)
	}

	// The forced-transfer finding moved onto the proxy token, its evidence
	// (about BlacklistShares) kept: each of its code and role citations is
	// about another token than the finding's.
	r := *rep
	r.Findings = append([]report.Finding(nil), rep.Findings...)
	moved := r.Findings[fi]
	moved.Subject.ID = proxyHex
	r.Findings[fi] = moved
	res := check(&r)
	if len(res.Unresolved) == 0 {
		t.Fatalf("a finding moved onto %s with %s's evidence resolved", proxyHex, blsHex)
	}
	for _, u := range res.Unresolved {
		if !strings.Contains(u.Reason, "it is about contract "+blsHex+", not the finding's token "+proxyHex) {
			t.Errorf("moved finding: unresolved %+v", u)
		}
	}
}

// TestChainCodeCitationsBeaconAndClones: the logic of a beacon proxy (its
// beacon's implementation()) and of a clone of a clone of ShareToken (the
// last clone's target) is where the scan finds mint; CONTRACT-MINT cites
// that code, and verify --rpc resolves it by reading what each token runs
// at the pinned block the way the scan does. The outer clone's citation
// naming the inner clone's code (which it delegates through, but does not
// run) is unresolved, naming the code it runs.
func TestChainCodeCitationsBeaconAndClones(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: verify code beacon")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	defer sim.Close()
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	deploy := func(code []byte) common.Address {
		t.Helper()
		addr, _, err := bind.DeployContract(opts, code, client, nil)
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		return addr
	}
	clone := func(target common.Address) common.Address {
		runtime := append(append(common.FromHex("363d3d373d3d3d363d73"), target.Bytes()...), common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
		return deploy(append(common.FromHex("3d602d80600a3d3981f3"), runtime...))
	}
	share := contracts.NewShareToken()
	impl := deploy(common.FromHex(contracts.ShareTokenMetaData.Bin))
	beacon := deploy(append(common.FromHex(contracts.UpgradeableBeaconMetaData.Bin), contracts.NewUpgradeableBeacon().PackConstructor(impl, me)...))
	bproxy := deploy(append(common.FromHex(contracts.BeaconProxyMetaData.Bin), contracts.NewBeaconProxy().PackConstructor(beacon,
		share.PackInitialize("Beacon Shares", "BSH", me, me, big.NewInt(500)))...))
	inner := clone(impl)
	outer := clone(inner)
	if _, err := bind.Transact(share.Instance(client, outer), opts, share.PackInitialize("Clone Shares", "CSH", me, me, big.NewInt(700))); err != nil {
		t.Fatal(err)
	}
	sim.Commit()

	ctx := context.Background()
	snap, err := chain.Read(ctx, client, []string{bproxy.Hex(), outer.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Audit(ctx, snap, audit.Config{Rules: rules.DefaultOptions(), FailOn: report.High, Now: func() time.Time { return time.Unix(0, 0).UTC() }})
	if err != nil {
		t.Fatal(err)
	}
	implHex := strings.ToLower(impl.Hex())
	var mintCode []*report.Evidence
	for i := range rep.Findings {
		for j := range rep.Findings[i].Evidence {
			if ev := &rep.Findings[i].Evidence[j]; ev.Fact == report.FactCode && rep.Findings[i].Rule == rules.RuleContractMint {
				mintCode = append(mintCode, ev)
			}
		}
	}
	if len(mintCode) != 2 {
		t.Fatalf("%d CONTRACT-MINT code citations, want 2 (the beacon proxy's, the clone's)", len(mintCode))
	}
	for _, ev := range mintCode {
		if ev.CodeAddress != implHex || len(ev.Functions) != 1 || ev.Functions[0].Signature != "mint(address,uint256)" {
			t.Errorf("code citation of %s: %+v; want mint(address,uint256) in %s", ev.Contract, ev, implHex)
		}
	}
	res := Verify(rep, Options{})
	if err := CheckChain(ctx, client, "simulated", rep, res); err != nil {
		t.Fatal(err)
	}
	if len(res.Unresolved) != 0 || res.Node.States < 2 {
		t.Fatalf("%d states read, unresolved %+v; want the code citations read, none", res.Node.States, res.Unresolved)
	}
	for _, ev := range mintCode {
		if ev.Contract == strings.ToLower(outer.Hex()) {
			ev.CodeAddress = strings.ToLower(inner.Hex())
			ev.Text = rules.CodeText(ev.Contract, ev.CodeAddress, snap.Block, ev.Functions)
		}
	}
	res = Verify(rep, Options{})
	if err := CheckChain(ctx, client, "simulated", rep, res); err != nil {
		t.Fatal(err)
	}
	want := "runs the code of " + implHex + ", not the code of " + strings.ToLower(inner.Hex())
	if len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, want) {
		t.Errorf("the inner clone cited: unresolved %+v, want one saying %q", res.Unresolved, want)
	}
}

// TestRedTeamTokensNoContractFindings scans and audits three compiled
// tokens on a simulated chain. CallsOut calls another contract's
// mint(address,uint256) and pause() (their selectors are in its code for
// the outgoing calls) and has neither: no CONTRACT-MINT or
// CONTRACT-FREEZE. SelfBurn's public burn(address,uint256) burns the
// caller's own or allowed shares: no CONTRACT-FORCED-TRANSFER.
// BlacklistShares whose owner renounced (owner() is the zero address) still
// has Tether's addBlackList and destroyBlackFunds in its code, but no
// account can call them: no CONTRACT-FREEZE or CONTRACT-FORCED-TRANSFER
// saying a privileged account can. The same BlacklistShares with its owner
// keeps both (the test can fail).
func TestRedTeamTokensNoContractFindings(t *testing.T) {
	sim, client, opts, me, deploy := codeTestChain(t, "tokenaudit test: red team tokens")
	bls := contracts.NewBlacklistShares()
	kept := deploy(contracts.BlacklistSharesMetaData.Bin, bls.PackConstructor(me))
	renounced := deploy(contracts.BlacklistSharesMetaData.Bin, bls.PackConstructor(me))
	callsOut := deploy(contracts.CallsOutMetaData.Bin, contracts.NewCallsOut().PackConstructor(kept, me))
	selfBurn := deploy(contracts.SelfBurnMetaData.Bin, contracts.NewSelfBurn().PackConstructor(me))
	for _, tok := range []common.Address{kept, renounced} {
		if _, err := bind.Transact(bls.Instance(client, tok), opts, bls.PackIssue(big.NewInt(1000))); err != nil {
			t.Fatal(err)
		}
		sim.Commit()
	}
	if _, err := bind.Transact(bls.Instance(client, renounced), opts, bls.PackRenounceOwnership()); err != nil {
		t.Fatal(err)
	}
	sim.Commit()

	ctx := context.Background()
	snap, err := chain.Read(ctx, client, []string{kept.Hex(), renounced.Hex(), callsOut.Hex(), selfBurn.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Audit(ctx, snap, audit.Config{Rules: rules.DefaultOptions(), FailOn: report.High, Now: func() time.Time { return time.Unix(0, 0).UTC() }})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][]string{}
	for _, f := range rep.Findings {
		got[f.Subject.ID] = append(got[f.Subject.ID], f.Rule)
	}
	hex := func(a common.Address) string { return strings.ToLower(a.Hex()) }
	for _, tt := range []struct {
		name      string
		token     common.Address
		want, not []string
	}{
		{"BlacklistShares with its owner", kept, []string{rules.RuleContractMint, rules.RuleContractFreeze, rules.RuleContractForcedTransfer}, nil},
		{"BlacklistShares, owner renounced", renounced, nil, []string{rules.RuleContractMint, rules.RuleContractFreeze, rules.RuleContractForcedTransfer}},
		{"CallsOut", callsOut, nil, []string{rules.RuleContractMint, rules.RuleContractFreeze}},
		{"SelfBurn", selfBurn, nil, []string{rules.RuleContractForcedTransfer}},
	} {
		for _, rule := range tt.want {
			if !slices.Contains(got[hex(tt.token)], rule) {
				t.Errorf("%s: no %s; findings %v", tt.name, rule, got[hex(tt.token)])
			}
		}
		for _, rule := range tt.not {
			if slices.Contains(got[hex(tt.token)], rule) {
				t.Errorf("%s: %s; findings %v", tt.name, rule, got[hex(tt.token)])
			}
		}
	}

	// A report forged to give SelfBurn the erc3643 standard and a
	// CONTRACT-FORCED-TRANSFER citing its burn(address,uint256), which its
	// code does dispatch: verify --rpc reads that SelfBurn is no ERC-3643
	// token; the honest report resolves.
	check := func(r *report.Report) *Result {
		t.Helper()
		res := Verify(r, Options{})
		if err := CheckChain(ctx, client, "simulated", r, res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	if res := check(rep); len(res.Unresolved) != 0 {
		t.Fatalf("the honest report: unresolved %+v", res.Unresolved)
	}
	forged := *rep
	forged.Tokens = slices.Clone(rep.Tokens)
	for i := range forged.Tokens {
		if forged.Tokens[i].Address == hex(selfBurn) {
			forged.Tokens[i].Standard = "erc3643"
		}
	}
	var f report.Finding
	for _, g := range rep.Findings {
		if g.Rule == rules.RuleContractForcedTransfer && g.Subject.ID == hex(kept) {
			f = g
		}
	}
	var ev report.Evidence
	for _, e := range f.Evidence {
		if e.Fact == report.FactCode {
			ev = e
		}
	}
	burnSig := "burn(address,uint256)"
	ev.Contract, ev.CodeAddress = hex(selfBurn), hex(selfBurn)
	ev.Functions = []report.Function{{Signature: burnSig, Selector: hexutil.Encode(crypto.Keccak256([]byte(burnSig))[:4])}}
	ev.Text = rules.CodeText(ev.Contract, ev.CodeAddress, snap.Block, ev.Functions)
	f.Subject.ID, f.Evidence = hex(selfBurn), []report.Evidence{ev}
	forged.Findings = append(slices.Clone(rep.Findings), f)
	want := hex(selfBurn) + " is not an ERC-3643 token at the pinned block"
	if res := check(&forged); len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, want) {
		t.Errorf("SelfBurn given as erc3643: unresolved %+v, want one saying %q", res.Unresolved, want)
	} else {
		t.Log(res.Unresolved[0].Reason)
	}
}

// TestCodeCitationsOffline: without a node, verify still checks what a
// code citation states against itself and the finding's rule: an intact
// citation is a chain citation not checked; one whose text is not what
// rules.CodeText makes of its fields, whose selector is not its
// signature's, that names a function of another rule's catalogue, that
// is about another token than the finding's, or whose code address is not
// the token though the report records it as no proxy is unresolved, with
// the reason CheckChain gives for it.
func TestCodeCitationsOffline(t *testing.T) {
	const token, other = "0x00000000000000000000000000000000000000aa", "0x00000000000000000000000000000000000000bb"
	const block = 77
	fn := func(sig string) report.Function {
		return report.Function{Signature: sig, Selector: hexutil.Encode(crypto.Keccak256([]byte(sig))[:4])}
	}
	code := func(fns ...report.Function) report.Evidence {
		return report.Evidence{Kind: "chain", Fact: report.FactCode, Contract: token, CodeAddress: token, Functions: fns, Block: block,
			Text: rules.CodeText(token, token, block, fns)}
	}
	forced := fn("forcedTransfer(address,address,uint256)")
	for _, tt := range []struct {
		name   string
		ev     report.Evidence
		rule   string
		on     string // the finding's token
		reason string // "": not checked, counted as a chain citation
	}{
		{"intact", code(forced), rules.RuleContractForcedTransfer, token, ""},
		{"a tampered text", func() report.Evidence {
			ev := code(forced)
			ev.Text = strings.Replace(ev.Text, "forcedTransfer(address,address,uint256)", "destroyBlackFunds(address)", 1)
			return ev
		}(), rules.RuleContractForcedTransfer, token, "is not what the evidence's fields (code address, pinned block, functions) state"},
		{"a selector not its signature's", func() report.Evidence {
			f := forced
			f.Selector = "0x9fc1d0e8"
			return code(f)
		}(), rules.RuleContractForcedTransfer, token, "selector 0x9fc1d0e8 is not that of forcedTransfer(address,address,uint256) (0x9fc1d0e7)"},
		{"a function of another rule's catalogue", code(fn("issue(uint256)")), rules.RuleContractForcedTransfer, token,
			"issue(uint256) is not a privileged function CONTRACT-FORCED-TRANSFER cites"},
		{"another contract's code, the token no proxy", func() report.Evidence {
			ev := code(forced)
			ev.CodeAddress, ev.Text = other, rules.CodeText(token, other, block, ev.Functions)
			return ev
		}(), rules.RuleContractForcedTransfer, token, "code address " + other + " is not the token " + token + ", which the report records as no proxy"},
		{"a finding of another token", code(forced), rules.RuleContractForcedTransfer, other,
			"it is about contract " + token + ", not the finding's token " + other},
	} {
		rep := &report.Report{
			Chain:  report.Chain{Source: "embedded", ChainID: 1337, BlockNumber: block},
			Tokens: []report.Token{{Address: token, Standard: "erc20"}, {Address: other, Standard: "erc20"}},
			Findings: []report.Finding{{Rule: tt.rule, Severity: report.High, Subject: report.Subject{Kind: "token", ID: tt.on},
				Evidence: []report.Evidence{tt.ev}}},
		}
		checkOneOffline(t, tt.name, rep, tt.reason)
	}
}

// TestEmbeddedCodeCitation scans and audits, on a simulated chain,
// ReceiptIssuer, a fixed-supply ERC-20 whose code embeds Receipt's
// creation code (it deploys `new Receipt()`), and a Receipt it deployed,
// whose owner may mint and pause. The Receipt has CONTRACT-MINT and
// CONTRACT-FREEZE, the issuer (which has an owner, who deploys the
// receipts) neither, and verify --rpc resolves every
// code citation of the report. A CONTRACT-MINT forged onto the issuer,
// citing the mint(address,uint256) whose comparison is in the issuer's
// code only inside Receipt's creation code (data it never runs), is
// unresolved: the issuer's code does not dispatch it.
func TestEmbeddedCodeCitation(t *testing.T) {
	sim, client, opts, me, deploy := codeTestChain(t, "tokenaudit test: embedded code")
	iss := contracts.NewReceiptIssuer()
	issuer := deploy(contracts.ReceiptIssuerMetaData.Bin, iss.PackConstructor(me))
	if _, err := bind.Transact(iss.Instance(client, issuer), opts, iss.PackNewReceipt()); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	receipt := crypto.CreateAddress(issuer, 1) // the issuer's first CREATE
	rct := contracts.NewReceipt()
	if _, err := bind.Transact(rct.Instance(client, receipt), opts, rct.PackMint(me, big.NewInt(500))); err != nil {
		t.Fatal(err)
	}
	sim.Commit()

	ctx := context.Background()
	snap, err := chain.Read(ctx, client, []string{issuer.Hex(), receipt.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Audit(ctx, snap, audit.Config{Rules: rules.DefaultOptions(), FailOn: report.High, Now: func() time.Time { return time.Unix(0, 0).UTC() }})
	if err != nil {
		t.Fatal(err)
	}
	hex := func(a common.Address) string { return strings.ToLower(a.Hex()) }
	got := map[string][]string{}
	var mint report.Finding
	for _, f := range rep.Findings {
		got[f.Subject.ID] = append(got[f.Subject.ID], f.Rule)
		if f.Rule == rules.RuleContractMint && f.Subject.ID == hex(receipt) {
			mint = f
		}
	}
	for _, rule := range []string{rules.RuleContractMint, rules.RuleContractFreeze} {
		if !slices.Contains(got[hex(receipt)], rule) {
			t.Errorf("Receipt: no %s; findings %v", rule, got[hex(receipt)])
		}
		if slices.Contains(got[hex(issuer)], rule) {
			t.Errorf("ReceiptIssuer: %s; findings %v", rule, got[hex(issuer)])
		}
	}
	check := func(r *report.Report) *Result {
		t.Helper()
		res := Verify(r, Options{})
		if err := CheckChain(ctx, client, "simulated", r, res); err != nil {
			t.Fatal(err)
		}
		return res
	}
	if res := check(rep); len(res.Unresolved) != 0 {
		t.Fatalf("the honest report: unresolved %+v", res.Unresolved)
	}

	var ev report.Evidence
	for _, e := range mint.Evidence {
		if e.Fact == report.FactCode {
			ev = e
		}
	}
	if ev.Fact != report.FactCode || len(ev.Functions) != 1 || ev.Functions[0].Signature != "mint(address,uint256)" {
		t.Fatalf("Receipt's CONTRACT-MINT cites %+v, want its code dispatching mint(address,uint256)", ev)
	}
	ev.Contract, ev.CodeAddress = hex(issuer), hex(issuer)
	ev.Text = rules.CodeText(ev.Contract, ev.CodeAddress, snap.Block, ev.Functions)
	mint.Subject.ID, mint.Evidence = hex(issuer), []report.Evidence{ev}
	forged := *rep
	forged.Findings = append(slices.Clone(rep.Findings), mint)
	want := "does not dispatch mint(address,uint256)"
	if res := check(&forged); len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, want) {
		t.Errorf("CONTRACT-MINT forged onto the issuer: unresolved %+v, want one saying %q", res.Unresolved, want)
	}
}
