package chain

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokenaudit/audit/contracts"
)

// sameFlags says whether two capabilities have the same flags, whatever
// functions they record.
func sameFlags(a, b Capabilities) bool {
	return a.Mint == b.Mint && a.Pause == b.Pause && a.Freeze == b.Freeze && a.ForcedTransfer == b.ForcedTransfer && a.Upgrade == b.Upgrade
}

// flagOf is the flag of capability kind in c.
func flagOf(c Capabilities, kind string) bool {
	switch kind {
	case "mint":
		return c.Mint
	case "pause":
		return c.Pause
	case "freeze":
		return c.Freeze
	case "forcedTransfer":
		return c.ForcedTransfer
	case "upgrade":
		return c.Upgrade
	}
	return false
}

// TestCatalogueSelectorsRecognised: code that compares the calldata's
// selector with one catalogue function's (DUP1 PUSH4 sel EQ, as a
// dispatcher does) has that capability alone, recorded with the
// function's signature, selector and the address of the code, for an
// ERC-3643 token; for another token too, except the erc3643Only ones
// (T-REX's burn(address,uint256) and batchBurn), which are no capability
// there. CatalogueKind agrees. Every signature is in one capability only.
func TestCatalogueSelectorsRecognised(t *testing.T) {
	seen := map[string]string{}
	const at = "0x00000000000000000000000000000000000000aa"
	for _, kind := range CapabilityKinds {
		if len(capabilitySignatures[kind]) == 0 {
			t.Errorf("capability %s has no signature", kind)
		}
		for _, sig := range capabilitySignatures[kind] {
			if other, ok := seen[sig]; ok {
				t.Errorf("%s is in %s and %s", sig, other, kind)
			}
			seen[sig] = kind
			sel := selector(sig)
			// a dispatcher's compare: DUP1 PUSH4 sel EQ PUSH2 dest JUMPI
			code := append(append([]byte{0x60, 0x80, 0x80, 0x63}, sel...), 0x14, 0x61, 0x01, 0x00, 0x57)
			c := capabilities(true, codeOf{at, code})
			want := []CodeMatch{{Capability: kind, Signature: sig, Selector: hexutil.Encode(sel), Code: at}}
			if !slices.Equal(c.Found, want) {
				t.Errorf("%s: found %+v, want %+v", sig, c.Found, want)
			}
			other := capabilities(false, codeOf{at, code})
			if only := erc3643Only[sig]; (len(other.Found) == 0) != only || flagOf(other, kind) == only {
				t.Errorf("%s, not an ERC-3643 token: found %+v (ERC-3643 only: %v)", sig, other.Found, only)
			}
			if k, ok := CatalogueKind(sig, true); !ok || k != kind {
				t.Errorf("CatalogueKind(%s, true) = %q, %v; want %s", sig, k, ok, kind)
			}
			if k, ok := CatalogueKind(sig, false); ok == erc3643Only[sig] || ok && k != kind {
				t.Errorf("CatalogueKind(%s, false) = %q, %v", sig, k, ok)
			}
			for _, k := range CapabilityKinds {
				if flagOf(c, k) != (k == kind) {
					t.Errorf("%s: capability %s is %v", sig, k, flagOf(c, k))
				}
			}
		}
	}
	for _, sig := range []string{"destroyBlackFunds(address)", "wipeFrozenAddress(address)", "controllerRedeem(address,uint256,bytes,bytes)",
		"seize(address,address,uint256,string)", "recoveryAddress(address,address,address)", "burn(address,uint256)"} {
		if seen[sig] != "forcedTransfer" {
			t.Errorf("%s is %q, want forcedTransfer (a forced burn or seizure)", sig, seen[sig])
		}
	}
	for _, sig := range []string{"burn(uint256)", "burnFrom(address,uint256)", "redeem(uint256)", "redeemFrom(address,uint256,bytes)"} {
		if _, ok := seen[sig]; ok {
			t.Errorf("%s is in the catalogue: anyone may call it on tokens they hold or may spend", sig)
		}
		if _, ok := CatalogueKind(sig, true); ok {
			t.Errorf("CatalogueKind knows %s", sig)
		}
	}
	for sig := range erc3643Only {
		if seen[sig] == "" {
			t.Errorf("ERC-3643-only %s is not in the catalogue", sig)
		}
	}
}

// TestSelectorDispatchedOnly: a selector counts only where the code
// compares the calldata's selector with it: pushed (PUSH4, or PUSH3 for a
// selector with a leading zero byte as solc's optimiser shortens it) and
// then, with at most a few DUPn/SWAPn between, compared by EQ (solc) or
// XOR (Vyper). Pushed for an outgoing call (then SHL or MSTORE), pushed
// and left unused, as raw bytes, inside another push's data, or cut by
// the end of the code, it does not; read as instructions, a 0x63 byte
// inside another push's data is data.
func TestSelectorDispatchedOnly(t *testing.T) {
	sel := selector("forcedTransfer(address,address,uint256)")
	if got := hexutil.Encode(sel); got != "0x9fc1d0e7" {
		t.Fatalf("forcedTransfer's selector is %s", got)
	}
	push := append([]byte{0x63}, sel...)
	cat := func(parts ...[]byte) []byte {
		var out []byte
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	jump := []byte{0x61, 0x01, 0x00, 0x57} // PUSH2 0x0100 JUMPI
	tests := []struct {
		name string
		code []byte
		want bool
	}{
		{"solc: DUP1 PUSH4 sel EQ", cat([]byte{0x80}, push, []byte{0x14}, jump), true},
		{"vyper 0.2: PUSH4 sel DUP2 EQ ISZERO", cat(push, []byte{0x81, 0x14, 0x15}, jump), true},
		{"vyper 0.3: PUSH4 sel DUP2 XOR", cat(push, []byte{0x81, 0x18}, jump), true},
		{"after a push1", cat([]byte{0x60, 0x63, 0x80}, push, []byte{0x14}), true},
		{"outgoing call: PUSH4 sel PUSH1 0xe0 SHL", cat(push, []byte{0x60, 0xe0, 0x1b, 0x81, 0x52}), false},
		{"outgoing call: PUSH4 sel DUP2 MSTORE", cat(push, []byte{0x81, 0x52}), false},
		{"pushed alone", push, false},
		{"only a GT split", cat([]byte{0x80}, push, []byte{0x11}, jump), false},
		{"too many DUPs between", cat(push, []byte{0x80, 0x80, 0x80, 0x80, 0x14}), false},
		{"raw bytes", cat([]byte{0x5b}, sel, []byte{0x14}), false},
		{"push5 data", cat([]byte{0x64, 0x00}, sel, []byte{0x14}), false},
		{"0x63 inside push32 data", cat([]byte{0x7f, 0x63}, sel, []byte{0x14}, make([]byte, 26)), false},
		{"0x63 inside push2 data", cat([]byte{0x61, 0x00, 0x63}, sel, []byte{0x14}), false},
		{"cut push4", cat([]byte{0x63}, sel[:3]), false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		if got := HasSelector(tt.code, sel); got != tt.want {
			t.Errorf("%s (%x): HasSelector %v, want %v", tt.name, tt.code, got, tt.want)
		}
		if c := capabilities(true, codeOf{"0x01", tt.code}); c.ForcedTransfer != tt.want || (len(c.Found) > 0) != tt.want {
			t.Errorf("%s: capabilities %+v", tt.name, c)
		}
	}
	if HasSelector(cat(push, []byte{0x14}), sel[:3]) {
		t.Error("a 3-byte selector was found")
	}
	// 0x00fdd58e (ERC-1155 balanceOf(address,uint256)): solc pushes it
	// with PUSH3
	lead := selector("balanceOf(address,uint256)")
	if lead[0] != 0 {
		t.Fatalf("selector %x has no leading zero byte", lead)
	}
	if !HasSelector(cat([]byte{0x80, 0x62}, lead[1:], []byte{0x14}), lead) || !HasSelector(cat([]byte{0x80, 0x63}, lead, []byte{0x14}), lead) {
		t.Error("a selector with a leading zero byte pushed by PUSH3 or PUSH4 is not found")
	}
}

// TestBlacklistSharesCapabilities reads BlacklistShares, a token with
// Tether USDT's owner-only issue, addBlackList and destroyBlackFunds,
// deployed on a simulated chain: its code dispatches the three, so it can
// mint, freeze, and destroy a holder's tokens (a forced transfer), each
// recorded with its selector at the token's own address. Before the
// catalogue knew Tether's names, only issue(uint256) and addBlackList
// were seen.
func TestBlacklistSharesCapabilities(t *testing.T) {
	c := newCloneChain(t)
	token := c.deploy(append(common.FromHex(contracts.BlacklistSharesMetaData.Bin), contracts.NewBlacklistShares().PackConstructor(c.me)...))
	bls := contracts.NewBlacklistShares()
	c.call(token, bls.PackIssue(big.NewInt(1000)))
	snap, err := Read(context.Background(), c.sim.Client(), []string{token.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	if want := (Capabilities{Mint: true, Freeze: true, ForcedTransfer: true}); !sameFlags(tok.Capabilities, want) {
		t.Errorf("capabilities %+v, want %+v", tok.Capabilities, want)
	}
	want := []CodeMatch{
		{"mint", "issue(uint256)", "0xcc872b66", lower(token)},
		{"freeze", "addBlackList(address)", "0x0ecb93c0", lower(token)},
		{"forcedTransfer", "destroyBlackFunds(address)", "0xf3bdc228", lower(token)},
	}
	if !slices.Equal(tok.Capabilities.Found, want) {
		t.Errorf("found %+v\nwant %+v", tok.Capabilities.Found, want)
	}
}

// TestProxyCapabilitiesAtImplementation: a ShareToken behind an EIP-1967
// proxy dispatches mint and upgradeToAndCall in its implementation's code,
// not the proxy's: the functions are recorded at the implementation's
// address, which is what a citation must name.
func TestProxyCapabilitiesAtImplementation(t *testing.T) {
	c := newCloneChain(t)
	share := contracts.NewShareToken()
	impl := c.deploy(common.FromHex(contracts.ShareTokenMetaData.Bin))
	proxy := c.deploy(append(common.FromHex(contracts.ERC1967ProxyMetaData.Bin), contracts.NewERC1967Proxy().PackConstructor(impl,
		share.PackInitialize("Proxied Shares", "PSH", c.me, c.me, big.NewInt(1000)))...))
	snap, err := Read(context.Background(), c.sim.Client(), []string{proxy.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	if !tok.Capabilities.Mint || !tok.Capabilities.Upgrade {
		t.Fatalf("capabilities %+v", tok.Capabilities)
	}
	var sigs []string
	for _, m := range tok.Capabilities.Found {
		if m.Code != lower(impl) {
			t.Errorf("%s found at %s, want the implementation %s", m.Signature, m.Code, lower(impl))
		}
		sigs = append(sigs, m.Signature)
	}
	if want := []string{"mint(address,uint256)", "upgradeToAndCall(address,bytes)"}; !slices.Equal(sigs, want) {
		t.Errorf("found %v, want %v", sigs, want)
	}
}

// TestOutgoingSelectorsAndPublicBurnNotCapabilities reads two compiled
// tokens on a simulated chain. CallsOut has no mint or pause of its own
// but calls a rewards contract's mint(address,uint256) and pause(): its
// code pushes both selectors with PUSH4 for the outgoing calls, yet
// dispatches neither, so it can neither mint nor pause. SelfBurn's public
// burn(address,uint256) burns the caller's own or allowed shares: not
// ERC-3643, so T-REX's privileged burn of that signature is no forced
// transfer there.
func TestOutgoingSelectorsAndPublicBurnNotCapabilities(t *testing.T) {
	c := newCloneChain(t)
	rewards := c.deploy(append(common.FromHex(contracts.BlacklistSharesMetaData.Bin), contracts.NewBlacklistShares().PackConstructor(c.me)...))
	out := c.deploy(append(common.FromHex(contracts.CallsOutMetaData.Bin), contracts.NewCallsOut().PackConstructor(rewards, c.me)...))
	burn := c.deploy(append(common.FromHex(contracts.SelfBurnMetaData.Bin), contracts.NewSelfBurn().PackConstructor(c.me)...))
	code, err := c.sim.Client().CodeAt(context.Background(), out, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, sig := range []string{"mint(address,uint256)", "pause()"} {
		if !bytes.Contains(code, append([]byte{0x63}, selector(sig)...)) {
			t.Fatalf("CallsOut's code has no PUSH4 of %s: the test shows nothing", sig)
		}
	}
	snap, err := Read(context.Background(), c.sim.Client(), []string{out.Hex(), burn.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, tok := range snap.Tokens {
		if tok.Standard != "erc20" || len(tok.Capabilities.Found) != 0 || !sameFlags(tok.Capabilities, Capabilities{}) {
			t.Errorf("%s (%s): capabilities %+v, want none", tok.Symbol, tok.Standard, tok.Capabilities)
		}
	}
}

// TestEveryCompiledFunctionDispatched: in the runtime code solc compiles
// for each contract of contracts/build (its optimiser on, dispatchers with a
// binary search among many functions), HasSelector finds every external
// function the contract's ABI lists, and CallsOut's code does not dispatch
// the IRewards functions it only calls. In each creation code, whose
// runtime code is data its constructor copies and returns, none is found:
// the same as a contract's code embedding another's creation code.
func TestEveryCompiledFunctionDispatched(t *testing.T) {
	abis, err := filepath.Glob(filepath.Join("..", "..", "contracts", "build", "*.abi"))
	if err != nil || len(abis) == 0 {
		t.Fatalf("no contracts/build/*.abi: %v", err)
	}
	read := func(path string) []byte {
		t.Helper()
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return common.FromHex(strings.TrimSpace(string(data)))
	}
	checked := 0
	for _, path := range abis {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		parsed, err := abi.JSON(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(parsed.Methods) == 0 {
			continue // CodeSizes: no function; its constructor returns data, not runtime code
		}
		runtime := read(strings.TrimSuffix(path, ".abi") + ".bin-runtime")
		creation := read(strings.TrimSuffix(path, ".abi") + ".bin")
		if !bytes.Contains(creation, runtime[:len(runtime)/2]) {
			t.Fatalf("%s: the creation code does not hold the runtime code", filepath.Base(path))
		}
		for _, m := range parsed.Methods {
			if !HasSelector(runtime, m.ID) {
				t.Errorf("%s: %s (%x) is not found dispatched", filepath.Base(path), m.Sig, m.ID)
			}
			if HasSelector(creation, m.ID) {
				t.Errorf("%s: %s (%x) is found in the creation code, where it is data", filepath.Base(path), m.Sig, m.ID)
			}
			checked++
		}
	}
	t.Logf("%d functions of %d contracts found dispatched", checked, len(abis))
	if checked < 100 {
		t.Errorf("%d functions checked: the build is not what this test expects", checked)
	}
	code := read(filepath.Join("..", "..", "contracts", "build", "CallsOut.bin-runtime"))
	for _, sig := range []string{"mint(address,uint256)", "pause()"} {
		if !bytes.Contains(code, append([]byte{0x63}, selector(sig)...)) {
			t.Fatalf("CallsOut's code has no PUSH4 of %s: the test shows nothing", sig)
		}
		if HasSelector(code, selector(sig)) {
			t.Errorf("CallsOut dispatches %s, which it only calls", sig)
		}
	}
}

// TestEmbeddedCreationCodeNotDispatched reads, on a simulated chain,
// ReceiptIssuer, a fixed-supply ERC-20 whose owner's newReceipt() deploys
// `new Receipt(msg.sender)`, and a Receipt it deployed. Receipt's
// creation code, with a dispatcher of the owner's mint(address,uint256)
// and pause(), is data at the end of the issuer's code, which never runs
// it: the issuer can neither mint nor pause (no capability at all), while
// the Receipt, which can, has both, found at its own address. Read
// linearly (before reachability), the issuer was credited with both.
func TestEmbeddedCreationCodeNotDispatched(t *testing.T) {
	c := newCloneChain(t)
	issuer := c.deploy(append(common.FromHex(contracts.ReceiptIssuerMetaData.Bin), contracts.NewReceiptIssuer().PackConstructor(c.me)...))
	c.call(issuer, contracts.NewReceiptIssuer().PackNewReceipt())
	receipt := crypto.CreateAddress(issuer, 1) // a contract's first CREATE
	c.call(receipt, contracts.NewReceipt().PackMint(c.me, big.NewInt(500)))

	ctx := context.Background()
	issuerCode, err := c.sim.Client().CodeAt(ctx, issuer, nil)
	if err != nil {
		t.Fatal(err)
	}
	receiptCode, err := c.sim.Client().CodeAt(ctx, receipt, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(receiptCode) == 0 || !bytes.Contains(issuerCode, receiptCode) {
		t.Fatalf("the issuer's code (%d bytes) does not hold the Receipt's (%d bytes): the test shows nothing", len(issuerCode), len(receiptCode))
	}
	snap, err := Read(ctx, c.sim.Client(), []string{issuer.Hex(), receipt.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	iss, rct := snap.Tokens[0], snap.Tokens[1]
	if iss.Standard != "erc20" || len(iss.Capabilities.Found) != 0 || !sameFlags(iss.Capabilities, Capabilities{}) {
		t.Errorf("ReceiptIssuer (%s): capabilities %+v, want none", iss.Standard, iss.Capabilities)
	}
	want := []CodeMatch{
		{"mint", "mint(address,uint256)", "0x40c10f19", lower(receipt)},
		{"pause", "pause()", "0x8456cb59", lower(receipt)},
	}
	if !slices.Equal(rct.Capabilities.Found, want) || !sameFlags(rct.Capabilities, Capabilities{Mint: true, Pause: true}) {
		t.Errorf("Receipt: capabilities %+v\nwant found %+v", rct.Capabilities, want)
	}
}

// TestNotATokenContract: a contract that is not a token (an ONCHAINID
// identity, as a mistyped --token may name) is refused, as an address
// without code is: it read as an empty ERC-20, supply 0, no holders, and
// `audit holders` printed an empty list with exit 0.
func TestNotATokenContract(t *testing.T) {
	c := newCloneChain(t)
	identity := c.deploy(append(common.FromHex(contracts.IdentityMetaData.Bin), contracts.NewIdentity().PackConstructor(c.me)...))
	_, err := Read(context.Background(), c.sim.Client(), []string{identity.Hex()}, nil)
	if err == nil || !strings.Contains(err.Error(), "not a token: totalSupply() reverted") {
		t.Errorf("reading an identity contract as a token: %v, want 'not a token'", err)
	}
}

// noHistory is a node that keeps no state before head (not an archive
// node): code asked at an earlier block is an error, as geth answers
// "missing trie node".
type noHistory struct {
	Backend
	head uint64
}

func (n noHistory) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	if block != nil && block.Uint64() < n.head {
		return nil, errors.New("missing trie node")
	}
	return n.Backend.CodeAt(ctx, a, block)
}

// TestDeploymentFromFirstMint: a node without the history's state cannot
// say when the token's code appeared; the reader takes the first mint's
// block for the deployment and says so (DeployIsFirstMint), as for a
// transfer export, where it read as the deployment itself.
func TestDeploymentFromFirstMint(t *testing.T) {
	c := newCloneChain(t)
	token := c.deploy(append(common.FromHex(contracts.BlacklistSharesMetaData.Bin), contracts.NewBlacklistShares().PackConstructor(c.me)...))
	c.call(token, contracts.NewBlacklistShares().PackIssue(big.NewInt(1000)))
	head, err := c.sim.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	full, err := Read(context.Background(), c.sim.Client(), []string{token.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	pruned, err := Read(context.Background(), noHistory{c.sim.Client(), head}, []string{token.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if f := full.Tokens[0]; f.DeployIsFirstMint {
		t.Errorf("with the history: deployment at block %d taken for the first mint", f.DeployBlock)
	}
	if p := pruned.Tokens[0]; !p.DeployIsFirstMint || p.DeployBlock != head {
		t.Errorf("without the history: deployment block %d, first mint %v; want the first mint's block %d, said", p.DeployBlock, p.DeployIsFirstMint, head)
	}
}
