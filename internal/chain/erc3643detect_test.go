package chain

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

// TestERC3643FallbackOnlyForHiddenLogic: two tokens whose catch-all code
// answers every call, identityRegistry() included, with an address. The
// one whose code dispatches balanceOf(address) (its logic is in view and
// has no ERC-3643 function) is not ERC-3643, so that a public
// burn(address,uint256) does not become T-REX's privileged one; the one
// whose code dispatches nothing (logic behind a proxy Read does not
// follow) is recognised by the answer, as before.
func TestERC3643FallbackOnlyForHiddenLogic(t *testing.T) {
	reg := common.HexToAddress("0x4e60000000000000000000000000000000000001")
	returnReg := append(append([]byte{0x7f}, common.LeftPadBytes(reg.Bytes(), 32)...), common.FromHex("60005260206000f3")...)
	// PUSH4 balanceOf(address), DUP1, EQ, POP: a comparison as a dispatcher makes it
	visible := append(common.FromHex("6370a08231801450"), returnReg...)
	inView, hidden := common.HexToAddress("0x70c0000000000000000000000000000000000001"), common.HexToAddress("0x70c0000000000000000000000000000000000002")
	b := simulated.NewBackend(types.GenesisAlloc{inView: {Code: visible}, hidden: {Code: returnReg}})
	t.Cleanup(func() { b.Close() })
	r := &reader{b: b.Client(), block: big.NewInt(0)}
	for _, c := range []struct {
		addr common.Address
		code []byte
		want bool
	}{{inView, visible, false}, {hidden, returnReg, true}} {
		got, err := r.isERC3643(context.Background(), c.addr, []codeOf{{hexAddr(c.addr), c.code}})
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want || LogicHidden(c.code) != c.want {
			t.Errorf("%s: ERC-3643 %v (logic hidden %v), want %v", hexAddr(c.addr), got, LogicHidden(c.code), c.want)
		}
	}
}

// TestSupportsNotCatchAll: a contract answering true to every call is not
// taken for an ERC-721 or ERC-1155 token (ERC-165: it also answers true to
// the invalid interface 0xffffffff), so its ERC-20 Transfer logs are read
// as such; one answering true only to ERC-721's id is.
func TestSupportsNotCatchAll(t *testing.T) {
	returnOne := common.FromHex("600160005260206000f3") // every call: true
	// true only for 0x80ac58cd (ERC-721): CALLDATALOAD(4), SHR 224, == id ? 1 : 0
	only721 := common.FromHex("60043560e01c6380ac58cd1460005260206000f3")
	all, nft := common.HexToAddress("0x70c0000000000000000000000000000000000003"), common.HexToAddress("0x70c0000000000000000000000000000000000004")
	b := simulated.NewBackend(types.GenesisAlloc{all: {Code: returnOne}, nft: {Code: only721}})
	t.Cleanup(func() { b.Close() })
	r := &reader{b: b.Client(), block: big.NewInt(0)}
	for _, c := range []struct {
		addr common.Address
		want bool
	}{{all, false}, {nft, true}} {
		got, err := r.supports(context.Background(), c.addr, ifaceERC721)
		if err != nil {
			t.Fatal(err)
		}
		if got != c.want {
			t.Errorf("%s: supports ERC-721 %v, want %v", hexAddr(c.addr), got, c.want)
		}
	}
}
