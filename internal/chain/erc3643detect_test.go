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
