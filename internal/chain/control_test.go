package chain

import (
	"bytes"
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// fakeControl puts a beacon and a ProxyAdmin contract into a token's
// EIP-1967 slots, both owned by plain keys.
type fakeControl struct {
	Backend
	token, beacon, admin, beaconOwner, adminOwner common.Address
}

func (f *fakeControl) StorageAt(ctx context.Context, a common.Address, slot common.Hash, n *big.Int) ([]byte, error) {
	if a == f.token && slot == SlotBeacon {
		return common.LeftPadBytes(f.beacon.Bytes(), 32), nil
	}
	if a == f.token && slot == SlotAdmin {
		return common.LeftPadBytes(f.admin.Bytes(), 32), nil
	}
	return f.Backend.StorageAt(ctx, a, slot, n)
}

func (f *fakeControl) CodeAt(ctx context.Context, a common.Address, n *big.Int) ([]byte, error) {
	if a == f.beacon || a == f.admin {
		return []byte{0x60, 0x00}, nil
	}
	return f.Backend.CodeAt(ctx, a, n)
}

func (f *fakeControl) CallContract(ctx context.Context, msg ethereum.CallMsg, n *big.Int) ([]byte, error) {
	if msg.To != nil && bytes.Equal(msg.Data, selector("owner()")) {
		switch *msg.To {
		case f.beacon:
			return common.LeftPadBytes(f.beaconOwner.Bytes(), 32), nil
		case f.admin:
			return common.LeftPadBytes(f.adminOwner.Bytes(), 32), nil
		}
	}
	return f.Backend.CallContract(ctx, msg, n)
}

// TestUpgradeControllers: the owners of a beacon and of a ProxyAdmin
// contract are controllers, and the token is upgradeable.
func TestUpgradeControllers(t *testing.T) {
	_, emb, _ := sharedChain(t)
	tok := common.HexToAddress(emb.Tokens()[0])
	f := &fakeControl{Backend: emb.Client(), token: tok,
		beacon: common.HexToAddress("0xbea0"), admin: common.HexToAddress("0xad00"),
		beaconOwner: common.HexToAddress("0xb0"), adminOwner: common.HexToAddress("0xa0")}
	snap, err := Read(context.Background(), f, []string{tok.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	got := snap.Tokens[0]
	want := map[Controller]bool{
		{Role: "proxy-admin", Address: lower(f.admin), IsContract: true}: true,
		{Role: "proxy-admin-owner", Address: lower(f.adminOwner)}:        true,
		{Role: "beacon-owner", Address: lower(f.beaconOwner)}:            true,
	}
	for _, c := range got.Controllers {
		delete(want, c)
	}
	if len(want) != 0 {
		t.Errorf("controllers %+v lack %+v", got.Controllers, want)
	}
	if !got.Capabilities.Upgrade || got.Proxy == nil || got.Proxy.Kind != "beacon" {
		t.Errorf("capabilities %+v, proxy %+v", got.Capabilities, got.Proxy)
	}
}

// TestRoleHash: every role Read names has its hash back, so that a
// citation of it can be asked again (audit verify --rpc); a role named by
// its hash's first bytes has none.
func TestRoleHash(t *testing.T) {
	for h, name := range roleNames {
		if got, ok := RoleHash(name); !ok || got != h {
			t.Errorf("RoleHash(%q) = %v, %v, want %v", name, got, ok, h)
		}
	}
	if h, ok := RoleHash("minter"); !ok || h != crypto.Keccak256Hash([]byte("MINTER_ROLE")) {
		t.Errorf("minter is %v, %v", h, ok)
	}
	if _, ok := RoleHash("role-1a2b3c4d"); ok {
		t.Error("a role named by its hash's first bytes has a hash")
	}
}
