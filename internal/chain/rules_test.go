package chain

import (
	"context"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tokenaudit/audit/contracts"
)

// TestContractRulesRevert runs small plans whose last action breaks a
// contract rule and checks that the embedded chain stops there, naming the
// block and action.
func TestContractRulesRevert(t *testing.T) {
	const head = `{"genesis_time": "2024-01-02T00:00:00Z",
	"accounts": [{"name": "d-shares"}, {"name": "d-deeds"}, {"name": "d-perm"}, {"name": "agent"}, {"name": "alice"}, {"name": "bob"}],
	"tokens": [
	  {"id": "S", "kind": "vessel-shares", "deployer": "d-shares", "name": "S", "symbol": "S", "decimals": 2, "imo": "9321483", "issuer": "alice"},
	  {"id": "D", "kind": "vessel-deeds", "deployer": "d-deeds", "name": "D", "symbol": "D"},
	  {"id": "P", "kind": "permissioned-shares", "deployer": "d-perm", "name": "P", "symbol": "P", "decimals": 0, "imo": "9321483", "issuer": "alice"}],
	"blocks": [{"time": "2024-02-01T00:00:00Z", "actions": [
	  {"op": "deploy", "token": "S"}, {"op": "deploy", "token": "D"}, {"op": "deploy", "token": "P"},
	  {"op": "add_agent", "token": "P", "from": "d-perm", "to": "agent"},
	  {"op": "register_identity", "token": "P", "from": "agent", "to": "alice"},
	  {"op": "mint", "token": "P", "from": "agent", "to": "alice", "amount": "10"},
	  {"op": "mint", "token": "S", "from": "d-shares", "to": "alice", "amount": "10"}]},
	  {"time": "2024-02-02T00:00:00Z", "actions": [`
	tests := []struct {
		name, actions string
		last          int
		reason        string
	}{
		{"ok", `{"op": "transfer", "token": "S", "from": "alice", "to": "bob", "amount": "1.25"}`, -1, ""},
		{"permissioned to unverified", `{"op": "transfer", "token": "P", "from": "alice", "to": "bob", "amount": "1"}`, 0, "NotVerified("},
		{"permissioned mint to unverified", `{"op": "mint", "token": "P", "from": "agent", "to": "bob", "amount": "1"}`, 0, "NotVerified("},
		{"permissioned from frozen", `{"op": "register_identity", "token": "P", "from": "agent", "to": "bob"},
			{"op": "freeze", "token": "P", "from": "agent", "to": "alice"},
			{"op": "transfer", "token": "P", "from": "alice", "to": "bob", "amount": "1"}`, 2, "Frozen("},
		{"permissioned to frozen", `{"op": "register_identity", "token": "P", "from": "agent", "to": "bob"},
			{"op": "freeze", "token": "P", "from": "agent", "to": "bob"},
			{"op": "forced_transfer", "token": "P", "from": "agent", "holder": "alice", "to": "bob", "amount": "1"}`, 2, "Frozen("},
		{"permissioned freeze by non-agent", `{"op": "freeze", "token": "P", "from": "alice", "to": "bob"}`, 0, "NotAgent("},
		{"permissioned paused", `{"op": "register_identity", "token": "P", "from": "agent", "to": "bob"},
			{"op": "pause", "token": "P", "from": "agent"},
			{"op": "transfer", "token": "P", "from": "alice", "to": "bob", "amount": "1"}`, 2, "EnforcedPause"},
		{"shares paused", `{"op": "pause", "token": "S", "from": "d-shares"},
			{"op": "transfer", "token": "S", "from": "alice", "to": "bob", "amount": "1"}`, 1, "EnforcedPause"},
		{"shares mint by non-owner", `{"op": "mint", "token": "S", "from": "alice", "to": "bob", "amount": "1"}`, 0, "OwnableUnauthorizedAccount("},
		{"shares over balance", `{"op": "transfer", "token": "S", "from": "alice", "to": "bob", "amount": "10.01"}`, 0, "ERC20InsufficientBalance("},
		{"deed mint without role", `{"op": "mint", "token": "D", "from": "alice", "to": "bob", "token_id": "1", "vessel": {"name": "X", "imo": "9321483", "flag": "PA"}}`, 0, "AccessControlUnauthorizedAccount("},
		{"deed transfer by non-owner", `{"op": "mint", "token": "D", "from": "d-deeds", "to": "alice", "token_id": "1", "vessel": {"name": "X", "imo": "9321483", "flag": "PA"}},
			{"op": "transfer", "token": "D", "from": "bob", "to": "bob", "token_id": "1"}`, 1, "ERC721InsufficientApproval("},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := ParsePlan([]byte(head + tt.actions + `]}]}`))
			if err != nil {
				t.Fatal(err)
			}
			emb, err := NewEmbedded(context.Background(), plan)
			if tt.last < 0 {
				if err != nil {
					t.Fatal(err)
				}
				emb.Close()
				return
			}
			if err == nil {
				emb.Close()
				t.Fatal("the plan ran without a revert")
			}
			want := "blocks[1] (block 2), actions[" + string(rune('0'+tt.last)) + "]"
			if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), "reverted: "+tt.reason) {
				t.Fatalf("error %q, want it to name %s and say reverted: %s", err, want, tt.reason)
			}
			t.Log(err)
		})
	}
}

// TestPermissionedSharesUpgrade checks that the proxy admin (the initial
// owner), and only the admin, can replace the logic behind the proxy, that
// the admin can hand that right on, and that Read follows the EIP-1967
// implementation and admin slots.
func TestPermissionedSharesUpgrade(t *testing.T) {
	ownerKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: owner")))
	otherKey, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: other")))
	owner, other := crypto.PubkeyToAddress(ownerKey.PublicKey), crypto.PubkeyToAddress(otherKey.PublicKey)
	fund := types.Account{Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}
	sim := simulated.NewBackend(types.GenesisAlloc{owner: fund, other: fund})
	defer sim.Close()
	client := sim.Client()
	ownerOpts := bind.NewKeyedTransactor(ownerKey, big.NewInt(1337))
	otherOpts := bind.NewKeyedTransactor(otherKey, big.NewInt(1337))
	perm := contracts.NewPermissionedShares()

	deploy := func(bin string, args []byte) common.Address {
		addr, _, err := bind.DeployContract(ownerOpts, common.FromHex(bin), client, args)
		if err != nil {
			t.Fatal(err)
		}
		sim.Commit()
		return addr
	}
	impl1 := deploy(contracts.PermissionedSharesMetaData.Bin, nil)
	proxy := deploy(contracts.ERC1967ProxyMetaData.Bin, contracts.NewERC1967Proxy().PackConstructor(impl1,
		perm.PackInitialize("P", "P", 0, "9321483", owner, owner)))
	impl2 := deploy(contracts.PermissionedSharesMetaData.Bin, nil)
	inst := perm.Instance(client, proxy)

	read := func() Token {
		snap, err := Read(context.Background(), client, []string{proxy.Hex()}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return snap.Tokens[0]
	}
	tok := read()
	if tok.Proxy == nil || tok.Proxy.Implementation != lower(impl1) || tok.Proxy.Admin != lower(owner) || tok.Standard != "erc3643" || !tok.Capabilities.Upgrade {
		t.Fatalf("before the upgrade: proxy %+v standard %s capabilities %+v", tok.Proxy, tok.Standard, tok.Capabilities)
	}

	// Someone else cannot upgrade: the gas estimate already fails.
	if _, err := bind.Transact(inst, otherOpts, perm.PackUpgradeToAndCall(impl2, nil)); err == nil {
		t.Fatal("a non-owner's upgrade was accepted")
	}
	if _, err := bind.Transact(inst, ownerOpts, perm.PackUpgradeToAndCall(impl2, nil)); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if tok := read(); tok.Proxy == nil || tok.Proxy.Implementation != lower(impl2) {
		t.Fatalf("after the upgrade: proxy %+v, want implementation %s", tok.Proxy, lower(impl2))
	}
	// The admin hands the upgrade right to other: the owner loses it.
	if _, err := bind.Transact(inst, ownerOpts, perm.PackChangeProxyAdmin(other)); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if tok := read(); tok.Proxy.Admin != lower(other) || tok.Controllers[len(tok.Controllers)-1] != (Controller{Role: "proxy-admin", Address: lower(other)}) {
		t.Fatalf("after changeProxyAdmin: proxy %+v controllers %+v", tok.Proxy, tok.Controllers)
	}
	if _, err := bind.Transact(inst, ownerOpts, perm.PackUpgradeToAndCall(impl1, nil)); err == nil {
		t.Fatal("the former admin's upgrade was accepted")
	}
	if _, err := bind.Transact(inst, otherOpts, perm.PackUpgradeToAndCall(impl1, nil)); err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if tok := read(); tok.Proxy.Implementation != lower(impl1) {
		t.Fatalf("after the second upgrade: proxy %+v", tok.Proxy)
	}
	// The implementation itself cannot be initialised by anyone.
	if _, err := bind.Transact(perm.Instance(client, impl2), otherOpts, perm.PackInitialize("X", "X", 0, "", other, other)); err == nil {
		t.Fatal("the bare implementation accepted initialize")
	}
}
