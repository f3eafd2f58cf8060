package chain

import (
	"context"
	"math/big"
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
)

// cloneChain is a simulated chain with one funded key that deploys and
// calls contracts, a block each.
type cloneChain struct {
	t    *testing.T
	sim  *simulated.Backend
	opts *bind.TransactOpts
	me   common.Address
}

func newCloneChain(t *testing.T) *cloneChain {
	t.Helper()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: clones")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	t.Cleanup(func() { sim.Close() })
	return &cloneChain{t: t, sim: sim, opts: bind.NewKeyedTransactor(key, big.NewInt(1337)), me: me}
}

// deploy deploys creation code (bytecode and constructor arguments).
func (c *cloneChain) deploy(code []byte) common.Address {
	c.t.Helper()
	addr, _, err := bind.DeployContract(c.opts, code, c.sim.Client(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sim.Commit()
	return addr
}

// clone deploys an EIP-1167 minimal proxy of target.
func (c *cloneChain) clone(target common.Address) common.Address {
	runtime := append(append(common.FromHex("363d3d373d3d3d363d73"), target.Bytes()...), common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
	return c.deploy(append(common.FromHex("3d602d80600a3d3981f3"), runtime...))
}

// call sends data to addr and requires it to succeed (the instance's
// ABI does not matter: data is packed already).
func (c *cloneChain) call(addr common.Address, data []byte) {
	c.t.Helper()
	tx, err := bind.Transact(contracts.NewShareToken().Instance(c.sim.Client(), addr), c.opts, data)
	if err != nil {
		c.t.Fatal(err)
	}
	c.sim.Commit()
	r, err := c.sim.Client().TransactionReceipt(context.Background(), tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("transaction %s: %v, %+v", tx.Hash().Hex(), err, r)
	}
}

// reverts says whether data sent to addr by the key would revert.
func (c *cloneChain) reverts(addr common.Address, data []byte) bool {
	_, err := c.sim.Client().EstimateGas(context.Background(), ethereum.CallMsg{From: c.me, To: &addr, Data: data})
	return err != nil
}

// TestCloneWithEIP1967Slot clones PermissionedShares, whose initializer
// writes the EIP-1967 admin slot, so the clone's storage holds an admin
// its code never reads. The clone is still an EIP-1167 minimal proxy of
// PermissionedShares: read as one, its logic is PermissionedShares'
// (ERC-3643, mint, freeze, forced transfer) and no proxy-admin controls
// it; the admin's upgrade through the clone reverts, so it is not
// upgradeable. Before, the slot made it an 'eip1967' proxy with no
// implementation, whose logic was the 45 bytes of the clone: an ERC-20
// with no capability.
func TestCloneWithEIP1967Slot(t *testing.T) {
	c := newCloneChain(t)
	perm := contracts.NewPermissionedShares()
	impl := c.deploy(common.FromHex(contracts.PermissionedSharesMetaData.Bin))
	impl2 := c.deploy(common.FromHex(contracts.PermissionedSharesMetaData.Bin))
	clone := c.clone(impl)
	c.call(clone, perm.PackInitialize("Clone Shares", "CPS", 0, "9000001", c.me, c.me))
	c.call(clone, perm.PackAddAgent(c.me))
	c.call(clone, perm.PackRegisterIdentity0(c.me))
	c.call(clone, perm.PackMint(c.me, big.NewInt(1000)))
	if slot, err := c.sim.Client().StorageAt(context.Background(), clone, SlotAdmin, nil); err != nil || common.BytesToAddress(slot) != c.me {
		t.Fatalf("the clone's admin slot holds %x (%v): the test sets nothing up", slot, err)
	}
	if !c.reverts(clone, perm.PackUpgradeToAndCall(impl2, nil)) {
		t.Fatal("the admin's upgradeToAndCall through the clone would succeed: the clone is upgradeable")
	}

	snap, err := Read(context.Background(), c.sim.Client(), []string{clone.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	if p := tok.Proxy; p == nil || *p != (Proxy{Implementation: lower(impl), Kind: "eip1167"}) {
		t.Errorf("proxy %+v, want an eip1167 proxy of %s", p, lower(impl))
	}
	want := Capabilities{Mint: true, Pause: true, Freeze: true, ForcedTransfer: true}
	if tok.Standard != "erc3643" || !sameFlags(tok.Capabilities, want) {
		t.Errorf("standard %s, capabilities %+v; want erc3643, %+v", tok.Standard, tok.Capabilities, want)
	}
	for _, ctl := range tok.Controllers {
		if ctl.Role == "proxy-admin" || ctl.Role == "proxy-admin-owner" {
			t.Errorf("controller %+v: the clone's code never reads its admin slot", ctl)
		}
	}
}

// TestCloneOfUUPSNotUpgradeable clones ShareToken, a UUPS implementation,
// through ShareFactory: the owner's upgradeToAndCall through the clone
// reverts (OpenZeppelin's onlyProxy wants the implementation slot to hold
// the implementation, and the clone's code would not read it anyway), so
// the clone has no upgrade capability; the implementation itself keeps
// its selectors' capability. Before, upgradeToAndCall's selector in the
// target made the clone upgradeable, and CONTRACT-UPGRADEABLE said its
// upgrade role could replace its logic.
func TestCloneOfUUPSNotUpgradeable(t *testing.T) {
	c := newCloneChain(t)
	share, factory := contracts.NewShareToken(), contracts.NewShareFactory()
	impl := c.deploy(common.FromHex(contracts.ShareTokenMetaData.Bin))
	impl2 := c.deploy(common.FromHex(contracts.ShareTokenMetaData.Bin))
	f := c.deploy(append(common.FromHex(contracts.ShareFactoryMetaData.Bin), factory.PackConstructor(impl)...))
	c.call(f, factory.PackCreate("Clone Shares", "CSH", c.me, c.me, big.NewInt(1000)))
	logs, err := c.sim.Client().FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{f}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("ShareCreated logs: %v, %v", logs, err)
	}
	ev, err := factory.UnpackShareCreatedEvent(&logs[0])
	if err != nil {
		t.Fatal(err)
	}
	clone := ev.Token
	if !c.reverts(clone, share.PackUpgradeToAndCall(impl2, nil)) {
		t.Fatal("the owner's upgradeToAndCall through the clone would succeed: the clone is upgradeable")
	}

	snap, err := Read(context.Background(), c.sim.Client(), []string{clone.Hex(), impl.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	if p := tok.Proxy; p == nil || p.Kind != "eip1167" || p.Implementation != lower(impl) {
		t.Errorf("proxy %+v, want an eip1167 proxy of %s", p, lower(impl))
	}
	if want := (Capabilities{Mint: true}); !sameFlags(tok.Capabilities, want) {
		t.Errorf("clone capabilities %+v, want %+v", tok.Capabilities, want)
	}
	if !snap.Tokens[1].Capabilities.Upgrade {
		t.Errorf("the implementation read directly lost its upgrade selector: %+v", snap.Tokens[1].Capabilities)
	}
}

// TestCloneOfACloneRunsTheEnd: a clone of a clone of PermissionedShares
// runs PermissionedShares (a delegatecall's delegatecall keeps the first
// clone's storage), so its logic is PermissionedShares' (ERC-3643, mint,
// freeze, forced transfer), its proxy record naming the clone its code
// names; before, its logic was the inner clone's 45 bytes, so a token
// could hide its mint behind one clone more. A clone of itself (and two
// clones of each other) is read without a hang.
func TestCloneOfACloneRunsTheEnd(t *testing.T) {
	c := newCloneChain(t)
	perm := contracts.NewPermissionedShares()
	impl := c.deploy(common.FromHex(contracts.PermissionedSharesMetaData.Bin))
	inner := c.clone(impl)
	outer := c.clone(inner)
	c.call(outer, perm.PackInitialize("Clone Shares", "CPS", 0, "9000001", c.me, c.me))
	c.call(outer, perm.PackAddAgent(c.me))
	c.call(outer, perm.PackRegisterIdentity0(c.me))
	c.call(outer, perm.PackMint(c.me, big.NewInt(1000)))
	snap, err := Read(context.Background(), c.sim.Client(), []string{outer.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	if p := tok.Proxy; p == nil || *p != (Proxy{Implementation: lower(inner), Kind: "eip1167"}) {
		t.Errorf("proxy %+v, want an eip1167 proxy of %s", p, lower(inner))
	}
	want := Capabilities{Mint: true, Pause: true, Freeze: true, ForcedTransfer: true}
	if tok.Standard != "erc3643" || !sameFlags(tok.Capabilities, want) {
		t.Errorf("standard %s, capabilities %+v; want erc3643, %+v", tok.Standard, tok.Capabilities, want)
	}

	// a clone of itself: its address is known before it is deployed
	nonce, err := c.sim.Client().PendingNonceAt(context.Background(), c.me)
	if err != nil {
		t.Fatal(err)
	}
	self := c.clone(crypto.CreateAddress(c.me, nonce))
	if self != crypto.CreateAddress(c.me, nonce) {
		t.Fatalf("deployed at %s, not %s", self.Hex(), crypto.CreateAddress(c.me, nonce).Hex())
	}
	done := make(chan error, 1)
	go func() {
		_, err := Read(context.Background(), c.sim.Client(), []string{self.Hex()}, nil)
		done <- err
	}()
	select {
	case err := <-done:
		t.Logf("a clone of itself: %v", err)
	case <-time.After(2 * time.Minute):
		t.Fatal("reading a clone of itself hangs")
	}
}
