package chain

import (
	"context"
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tokenaudit/audit/contracts"
)

func word(v int64) []byte { return common.LeftPadBytes(big.NewInt(v).Bytes(), 32) }

func addrTopic(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

func single(from, to common.Address, id, v int64) types.Log {
	return types.Log{Topics: []common.Hash{topicTransferSingle, {}, addrTopic(from), addrTopic(to)},
		Data: append(word(id), word(v)...)}
}

func batch(from, to common.Address, ids, values []int64) types.Log {
	data := append(word(64), word(int64(64+32+32*len(ids)))...)
	data = append(data, word(int64(len(ids)))...)
	for _, id := range ids {
		data = append(data, word(id)...)
	}
	data = append(data, word(int64(len(values)))...)
	for _, v := range values {
		data = append(data, word(v)...)
	}
	return types.Log{Topics: []common.Hash{topicTransferBatch, {}, addrTopic(from), addrTopic(to)}, Data: data}
}

func TestReplay1155(t *testing.T) {
	zero, alice, bob := common.Address{}, common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	logs := []types.Log{
		single(zero, alice, 1, 100),
		batch(zero, bob, []int64{1, 2}, []int64{5, 7}),
		single(alice, bob, 1, 40),
		batch(bob, zero, []int64{2}, []int64{7}), // burn
		// Malformed logs are skipped, never a panic.
		{Topics: []common.Hash{topicTransferSingle, {}, {}, {}}, Data: word(1)},
		{Topics: []common.Hash{topicTransferBatch, {}, {}, {}}, Data: append(word(1<<40), word(64)...)},
		batch(zero, bob, []int64{3, 4}, []int64{1}), // lengths differ
		{Topics: []common.Hash{topicTransfer, addrTopic(zero), addrTopic(alice)}, Data: word(9)},
	}
	bal, ids := replay1155(logs)
	want := map[common.Address]map[string]int64{alice: {"1": 60}, bob: {"1": 45, "2": 0}}
	for a, byID := range want {
		for id, v := range byID {
			if got := bal[a][id]; got == nil || got.Int64() != v {
				t.Errorf("%s id %s: %v, want %d", a.Hex(), id, got, v)
			}
		}
	}
	if len(ids) != 2 || bal[zero] != nil {
		t.Errorf("ids %v, zero address %v", ids, bal[zero])
	}
}

func TestAbiUintArrayBounds(t *testing.T) {
	for _, data := range [][]byte{nil, word(32), append(word(32), word(1<<62)...), append(word(1<<62), word(0)...)} {
		if _, ok := abiUintArray(data, 0); ok {
			t.Errorf("decoded %x", data)
		}
	}
}

func TestMinimalProxyTarget(t *testing.T) {
	impl := common.HexToAddress("0xbebebebebebebebebebebebebebebebebebebebe")
	code := append(append(common.FromHex("363d3d373d3d3d363d73"), impl.Bytes()...), common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
	if got, ok := MinimalProxyTarget(code); !ok || got != impl {
		t.Errorf("MinimalProxyTarget = %s, %v", got.Hex(), ok)
	}
	for _, bad := range [][]byte{nil, code[:len(code)-1], append(code, 0), append([]byte{0x60}, code[1:]...)} {
		if _, ok := MinimalProxyTarget(bad); ok {
			t.Errorf("MinimalProxyTarget accepted %x", bad)
		}
	}
}

// TestReadERC1155AndMinimalProxy deploys the test-only VesselParts
// (OpenZeppelin ERC1155Supply) and an EIP-1167 clone of it, moves parts with
// single and batch transfers, and reads both: holders per id from the logs,
// agreeing with balanceOf and totalSupply, and the clone's implementation.
func TestReadERC1155AndMinimalProxy(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: parts")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	defer sim.Close()
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	parts := contracts.NewVesselParts()
	implAddr, _, err := bind.DeployContract(opts, common.FromHex(contracts.VesselPartsMetaData.Bin), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	runtime := append(append(common.FromHex("363d3d373d3d3d363d73"), implAddr.Bytes()...), common.FromHex("5af43d82803e903d91602b57fd5bf3")...)
	cloneAddr, _, err := bind.DeployContract(opts, append(common.FromHex("3d602d80600a3d3981f3"), runtime...), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	bob, carol := common.HexToAddress("0xb0b"), common.HexToAddress("0xca201")
	// sent[target] are the transactions of the four calls below, one a block.
	type sentTx struct {
		hash  [32]byte
		block uint64
	}
	sent := map[common.Address][]sentTx{}
	for _, target := range []common.Address{implAddr, cloneAddr} {
		inst := parts.Instance(client, target)
		for _, data := range [][]byte{
			parts.PackMint(me, big.NewInt(1), big.NewInt(100)),
			parts.PackMintBatch(bob, []*big.Int{big.NewInt(1), big.NewInt(2)}, []*big.Int{big.NewInt(5), big.NewInt(7)}),
			parts.PackSafeTransferFrom(me, carol, big.NewInt(1), big.NewInt(40), nil),
			parts.PackBurn(bob, big.NewInt(2), big.NewInt(7)),
		} {
			tx, err := bind.Transact(inst, opts, data)
			if err != nil {
				t.Fatal(err)
			}
			sim.Commit()
			r, err := client.TransactionReceipt(context.Background(), tx.Hash())
			if err != nil {
				t.Fatal(err)
			}
			sent[target] = append(sent[target], sentTx{tx.Hash(), r.BlockNumber.Uint64()})
		}
	}
	snap, err := Read(context.Background(), client, []string{implAddr.Hex(), cloneAddr.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for i, tok := range snap.Tokens {
		// The holding of me and carol last changed by the transfer, bob's
		// by the burn of his id 2.
		s := sent[[]common.Address{implAddr, cloneAddr}[i]]
		want := []Holder{
			{Address: lower(me), Balance: big.NewInt(60), TokenIDs: []string{"1"}, IDBalances: map[string]*big.Int{"1": big.NewInt(60)},
				LastChangeBlock: s[2].block, LastChangeTx: s[2].hash},
			{Address: lower(carol), Balance: big.NewInt(40), TokenIDs: []string{"1"}, IDBalances: map[string]*big.Int{"1": big.NewInt(40)},
				LastChangeBlock: s[2].block, LastChangeTx: s[2].hash},
			{Address: lower(bob), Balance: big.NewInt(5), TokenIDs: []string{"1"}, IDBalances: map[string]*big.Int{"1": big.NewInt(5)},
				LastChangeBlock: s[3].block, LastChangeTx: s[3].hash},
		}
		if tok.Standard != "erc1155" || len(tok.Mismatches) != 0 || tok.TotalSupply.Int64() != 105 {
			t.Errorf("token %d: standard %s supply %v mismatches %+v", i, tok.Standard, tok.TotalSupply, tok.Mismatches)
		}
		if !reflect.DeepEqual(tok.Holders, want) {
			t.Errorf("token %d holders\n%+v\nwant\n%+v", i, tok.Holders, want)
		}
		// Later mints: bob's batch (ids 1 and 2); large moves: 40 to carol, the burn of 7.
		if len(tok.Mints) != 2 || len(tok.Transfers) != 2 || tok.Transfers[1].Amount.Int64() != 7 {
			t.Errorf("token %d: mints %+v transfers %+v", i, tok.Mints, tok.Transfers)
		}
		if i == 1 {
			// The clone's storage never ran the constructor: its uri is empty.
			if len(tok.Claims) != 0 {
				t.Errorf("clone claims %+v", tok.Claims)
			}
		} else if len(tok.Claims) != 1 || tok.Claims[0].TokenID != "1" || tok.Claims[0].Source != "uri" || tok.Claims[0].URI != "data:application/json,{}" {
			t.Errorf("token %d claims %+v", i, tok.Claims)
		}
	}
	if p := snap.Tokens[0].Proxy; p != nil {
		t.Errorf("implementation read as a proxy: %+v", p)
	}
	if p := snap.Tokens[1].Proxy; p == nil || p.Kind != "eip1167" || p.Implementation != lower(implAddr) {
		t.Errorf("clone proxy %+v, want eip1167 of %s", p, lower(implAddr))
	}
}
