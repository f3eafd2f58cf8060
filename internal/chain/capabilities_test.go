package chain

import (
	"context"
	"math/big"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

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

// TestCatalogueSelectorsRecognised: code that pushes one catalogue
// function's selector (PUSH4, as a dispatcher does, among other
// instructions) has that capability alone, recorded with the function's
// signature, selector and the address of the code; every signature is in
// one capability only.
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
			c := capabilities(codeOf{at, code})
			want := []CodeMatch{{Capability: kind, Signature: sig, Selector: hexutil.Encode(sel), Code: at}}
			if !slices.Equal(c.Found, want) {
				t.Errorf("%s: found %+v, want %+v", sig, c.Found, want)
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
	}
}

// TestSelectorAsDataNotRecognised: a selector's bytes not pushed by a
// PUSH4 instruction (raw bytes, the data of a wider push, a PUSH4 cut by
// the end of the code) are no capability; read as instructions, a 0x63
// byte inside another push's data is data.
func TestSelectorAsDataNotRecognised(t *testing.T) {
	sel := selector("forcedTransfer(address,address,uint256)")
	if got := hexutil.Encode(sel); got != "0x9fc1d0e7" {
		t.Fatalf("forcedTransfer's selector is %s", got)
	}
	tests := []struct {
		name string
		code []byte
		want bool
	}{
		{"push4", append([]byte{0x63}, sel...), true},
		{"after a push1", append([]byte{0x60, 0x63, 0x63}, sel...), true},
		{"raw bytes", append([]byte{0x5b}, sel...), false},
		{"push5 data", append([]byte{0x64, 0x00}, sel...), false},
		{"0x63 inside push32 data", append(append([]byte{0x7f, 0x63}, sel...), make([]byte, 27)...), false},
		{"0x63 inside push2 data", append([]byte{0x61, 0x00, 0x63}, sel...), false},
		{"cut push4", append([]byte{0x63}, sel[:3]...), false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		if got := HasSelector(tt.code, sel); got != tt.want {
			t.Errorf("%s (%x): HasSelector %v, want %v", tt.name, tt.code, got, tt.want)
		}
		if c := capabilities(codeOf{"0x01", tt.code}); c.ForcedTransfer != tt.want || (len(c.Found) > 0) != tt.want {
			t.Errorf("%s: capabilities %+v", tt.name, c)
		}
	}
	if HasSelector(append([]byte{0x63}, sel...), sel[:3]) {
		t.Error("a 3-byte selector was found")
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
