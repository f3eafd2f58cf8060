package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
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
)

// TestMismatchDetected deploys LyingShares, whose balanceOf lies for one
// holder, and checks that Read reports the disagreement.
func TestMismatchDetected(t *testing.T) {
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: liar")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{me: {Balance: new(big.Int).Mul(big.NewInt(100), big.NewInt(params.Ether))}})
	defer sim.Close()
	client := sim.Client()
	opts := bind.NewKeyedTransactor(key, big.NewInt(1337))
	lying := contracts.NewLyingShares()
	addr, deployTx, err := bind.DeployContract(opts, common.FromHex(contracts.LyingSharesMetaData.Bin), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	inst := lying.Instance(client, addr)
	alice, bob := common.HexToAddress("0xa1"), common.HexToAddress("0xb0b")
	for _, data := range [][]byte{
		lying.PackMint(alice, big.NewInt(700)),
		lying.PackMint(bob, big.NewInt(300)),
		lying.PackLie(bob, big.NewInt(999)),
	} {
		if _, err := bind.Transact(inst, opts, data); err != nil {
			t.Fatal(err)
		}
		sim.Commit()
	}

	snap, err := Read(context.Background(), client, []string{addr.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	if snap.Source != "rpc" || tok.Standard != "erc20" || tok.Symbol != "LIE" {
		t.Errorf("source %q standard %q symbol %q", snap.Source, tok.Standard, tok.Symbol)
	}
	want := []Mismatch{{Address: lower(bob), What: "balanceOf", Rebuilt: "300", Reported: "999"}}
	if len(tok.Mismatches) != 1 || tok.Mismatches[0] != want[0] {
		t.Errorf("mismatches %+v, want %+v", tok.Mismatches, want)
	}
	if len(tok.Holders) != 2 || tok.Holders[0].Address != lower(alice) || tok.Holders[0].Balance.Int64() != 700 {
		t.Errorf("holders %+v", tok.Holders)
	}
	if tok.DeployBlock != 1 || tok.DeployTime.IsZero() || tok.DeployTx != deployTx.Hash().Hex() {
		t.Errorf("deploy block %d time %s tx %s, want block 1 found by searching for code, tx %s", tok.DeployBlock, tok.DeployTime, tok.DeployTx, deployTx.Hash().Hex())
	}
}

func TestCompareBalances(t *testing.T) {
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	n := func(v int64) *big.Int { return big.NewInt(v) }
	tests := []struct {
		name     string
		rebuilt  map[common.Address]*big.Int
		reported map[common.Address]*big.Int
		supply   *big.Int
		holders  string
		want     []Mismatch
	}{
		{"agree", map[common.Address]*big.Int{a: n(5), b: n(7), c: n(0)}, map[common.Address]*big.Int{a: n(5), b: n(7), c: n(0)}, n(12),
			lower(b) + ":7," + lower(a) + ":5", nil},
		{"balance lies", map[common.Address]*big.Int{a: n(5), b: n(7)}, map[common.Address]*big.Int{a: n(6), b: n(7)}, n(12),
			lower(b) + ":7," + lower(a) + ":5", []Mismatch{{Address: lower(a), What: "balanceOf", Rebuilt: "5", Reported: "6"}}},
		{"emptied holder still reported", map[common.Address]*big.Int{a: n(5), c: n(0)}, map[common.Address]*big.Int{a: n(5), c: n(3)}, n(5),
			lower(a) + ":5", []Mismatch{{Address: lower(c), What: "balanceOf", Rebuilt: "0", Reported: "3"}}},
		{"call failed", map[common.Address]*big.Int{a: n(5)}, map[common.Address]*big.Int{a: nil}, n(5),
			lower(a) + ":5", []Mismatch{{Address: lower(a), What: "balanceOf", Rebuilt: "5", Reported: "call failed"}}},
		{"supply differs", map[common.Address]*big.Int{a: n(5)}, map[common.Address]*big.Int{a: n(5)}, n(9),
			lower(a) + ":5", []Mismatch{{What: "totalSupply", Rebuilt: "5", Reported: "9"}}},
		{"equal balances sort by address", map[common.Address]*big.Int{b: n(5), a: n(5)}, nil, nil,
			lower(a) + ":5," + lower(b) + ":5", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			holders, mismatches := compareBalances(tt.rebuilt, tt.reported, tt.supply)
			var got []string
			for _, h := range holders {
				got = append(got, fmt.Sprintf("%s:%s", h.Address, h.Balance))
			}
			if strings.Join(got, ",") != tt.holders {
				t.Errorf("holders %s, want %s", strings.Join(got, ","), tt.holders)
			}
			if fmt.Sprint(mismatches) != fmt.Sprint(tt.want) {
				t.Errorf("mismatches %+v, want %+v", mismatches, tt.want)
			}
		})
	}
}

// refusingBackend is a node that refuses log queries over more than
// maxRange blocks, as public RPC providers do. It hides the embedded
// chain's deployment records, so Read takes the RPC path.
type refusingBackend struct {
	Backend
	maxRange uint64
	queries  atomic.Int64
	refused  atomic.Int64
}

func (r *refusingBackend) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.queries.Add(1)
	if q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > r.maxRange {
		r.refused.Add(1)
		return nil, errors.New("query returned more than 10000 results")
	}
	return r.Backend.FilterLogs(ctx, q)
}

func TestReadHalvesRefusedRanges(t *testing.T) {
	plan, emb, want := sharedChain(t)
	for _, maxRange := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint(maxRange), func(t *testing.T) {
			b := &refusingBackend{Backend: emb.Client(), maxRange: maxRange}
			snap, err := Read(context.Background(), b, emb.Tokens(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if b.refused.Load() == 0 {
				t.Errorf("no query was refused (%d queries)", b.queries.Load())
			}
			checkAgainstReplay(t, plan, snap)
			if snap.Source != "rpc" {
				t.Errorf("source %q, want rpc", snap.Source)
			}
			for i, tok := range snap.Tokens {
				w := want.Tokens[i]
				if tok.DeployBlock != w.DeployBlock || !tok.DeployTime.Equal(w.DeployTime) || tok.DeployTx != "" {
					t.Errorf("%s: deploy %d %s %q, want block %d %s and no tx over RPC", tok.Symbol, tok.DeployBlock, tok.DeployTime, tok.DeployTx, w.DeployBlock, w.DeployTime)
				}
				if len(tok.Controllers) != len(w.Controllers) || len(tok.Mints) != len(w.Mints) || len(tok.Transfers) != len(w.Transfers) {
					t.Errorf("%s: controllers, mints or transfers differ from the unchunked read", tok.Symbol)
				}
			}
		})
	}
}

// fakeLogs answers with one log per block and refuses ranges over limit.
type fakeLogs struct {
	limit   uint64
	failAll bool
}

func (f fakeLogs) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if f.failAll || to-from+1 > f.limit {
		return nil, errors.New("block range too large")
	}
	var out []types.Log
	for n := from; n <= to; n++ {
		out = append(out, types.Log{BlockNumber: n})
	}
	return out, nil
}

func (fakeLogs) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("not supported")
}

func TestFilterLogsChunked(t *testing.T) {
	tests := []struct {
		from, to, chunk, limit uint64
	}{
		{0, 999, 5000, 100},
		{10, 10, 5000, 1},
		{0, 1000, 7, 3},
		{5, 20000, 50000, 10000},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d-%d/%d/%d", tt.from, tt.to, tt.chunk, tt.limit), func(t *testing.T) {
			logs, err := FilterLogsChunked(context.Background(), fakeLogs{limit: tt.limit}, common.Address{}, nil, tt.from, tt.to, tt.chunk)
			if err != nil {
				t.Fatal(err)
			}
			if uint64(len(logs)) != tt.to-tt.from+1 {
				t.Fatalf("%d logs, want %d", len(logs), tt.to-tt.from+1)
			}
			for i, l := range logs {
				if l.BlockNumber != tt.from+uint64(i) {
					t.Fatalf("log %d is of block %d, want %d (gap or overlap)", i, l.BlockNumber, tt.from+uint64(i))
				}
			}
		})
	}
	t.Run("gives up", func(t *testing.T) {
		start := time.Now()
		_, err := FilterLogsChunked(context.Background(), fakeLogs{failAll: true}, common.Address{}, nil, 0, 3, 4)
		if err == nil || !strings.Contains(err.Error(), "block range too large") {
			t.Fatalf("error %v", err)
		}
		if time.Since(start) < time.Second {
			t.Errorf("gave up after %s, without backing off", time.Since(start))
		}
	})
}

// TestReadPinnedBlock reads at block 1 and compares with a replay of the
// plan's first block only.
func TestReadPinnedBlock(t *testing.T) {
	plan, emb, _ := sharedChain(t)
	snap, err := Read(context.Background(), emb.Client(), emb.Tokens(), big.NewInt(1))
	if err != nil {
		t.Fatal(err)
	}
	first := *plan
	first.Blocks = plan.Blocks[:1]
	checkAgainstReplay(t, &first, snap)
	if snap.Block != 1 || !snap.BlockTime.Equal(plan.Blocks[0].Time) {
		t.Errorf("block %d time %s", snap.Block, snap.BlockTime)
	}
	if _, err := Read(context.Background(), emb.Client(), []string{"0x0000000000000000000000000000000000000bad"}, nil); err == nil ||
		!strings.Contains(err.Error(), "no contract code") {
		t.Errorf("reading an address without code: %v", err)
	}
}

func TestClaimFromMetadata(t *testing.T) {
	tests := []struct {
		uri  string
		want AssetClaim
	}{
		{"data:application/json;base64,eyJuYW1lIjoiT0NFQU4gU1RBUiIsImltbyI6IjkzMjE0ODMiLCJmbGFnIjoiUEEifQ==",
			AssetClaim{Name: "OCEAN STAR", IMO: "9321483", Flag: "PA"}},
		{`data:application/json,{"name":"A%20B","imo":9074729}`, AssetClaim{Name: "A B", IMO: "9074729"}},
		{`data:application/json,{"name":"X","attributes":[{"trait_type":"IMO","value":"9321483"},{"trait_type":"Flag","value":"MH"}]}`,
			AssetClaim{Name: "X", IMO: "9321483", Flag: "MH"}},
		{"ipfs://bafy/1.json", AssetClaim{Unread: "not fetched: give --allow-fetch (http, https, files) or --ipfs-gateway (ipfs://) to read it"}},
		{"data:application/json;base64,!!!", AssetClaim{Unread: "a data: URI that does not decode"}},
		{"data:application/json,not json", AssetClaim{Unread: "not a JSON metadata document"}},
	}
	for _, tt := range tests {
		t.Run(tt.uri, func(t *testing.T) {
			got := ClaimFromMetadata(tt.uri)
			tt.want.URI = tt.uri
			if got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestRolesFromLogs replays role and agent events: the members left,
// named roles by name, an unnamed role by its hash's first bytes with its
// full hash (two unnamed roles with the same first bytes kept apart).
func TestRolesFromLogs(t *testing.T) {
	a, b := common.HexToHash("0xa"), common.HexToHash("0xb")
	minter := crypto.Keccak256Hash([]byte("MINTER_ROLE"))
	other := crypto.Keccak256Hash([]byte("OPERATOR_ROLE"))
	twin := other // another unnamed role with the same first bytes
	twin[31] ^= 1
	logs := []types.Log{
		{Topics: []common.Hash{topicRoleGranted, twin, b, a}},
		{Topics: []common.Hash{topicRoleGranted, {}, a, a}},
		{Topics: []common.Hash{topicRoleGranted, minter, b, a}},
		{Topics: []common.Hash{topicRoleGranted, other, b, a}},
		{Topics: []common.Hash{topicRoleRevoked, {}, a, a}},
		{Topics: []common.Hash{topicAgentAdded, a}},
		{Topics: []common.Hash{topicAgentAdded, b}},
		{Topics: []common.Hash{topicAgentRemoved, b}},
		{Topics: []common.Hash{topicRoleGranted, minter}}, // malformed: skipped
	}
	got := fmt.Sprint(rolesFromLogs(logs))
	want := fmt.Sprint([]Controller{
		{Role: "agent", Address: "0x000000000000000000000000000000000000000a"},
		{Role: "minter", Address: "0x000000000000000000000000000000000000000b"},
		{Role: "role-" + common.Bytes2Hex(other[:4]), Address: "0x000000000000000000000000000000000000000b", RoleHash: min(other.Hex(), twin.Hex())},
		{Role: "role-" + common.Bytes2Hex(other[:4]), Address: "0x000000000000000000000000000000000000000b", RoleHash: max(other.Hex(), twin.Hex())},
	})
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestFixturePlan deploys the real fixture plan, when it exists, and
// checks the holders against its replay.
func TestFixturePlan(t *testing.T) {
	path := filepath.Join("..", "..", "fixtures", "plan.json")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no fixture plan at %s yet", path)
	}
	plan := loadTestPlan(t, path)
	start := time.Now()
	emb, err := NewEmbedded(context.Background(), plan)
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	deployed := time.Since(start)
	snap, err := Read(context.Background(), emb.Client(), emb.Tokens(), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("fixture plan: %d blocks deployed in %s, %d tokens read in %s", len(plan.Blocks), deployed, len(snap.Tokens), time.Since(start)-deployed)
	checkAgainstReplay(t, plan, snap)
}

// BenchmarkDecodeTransfer compares decoding a Transfer log by hand with
// the binding's reflection-based decoder and reports the ratio.
func BenchmarkDecodeTransfer(b *testing.B) {
	l := types.Log{
		Topics: []common.Hash{topicTransfer, common.HexToHash("0xa"), common.HexToHash("0xb")},
		Data:   common.LeftPadBytes(big.NewInt(12345).Bytes(), 32),
	}
	shares := contracts.NewVesselShares()
	const n = 200_000
	start := time.Now()
	for i := 0; i < n; i++ {
		if _, ok := decodeTransfer(&l, false); !ok {
			b.Fatal("not decoded")
		}
	}
	byHand := time.Since(start)
	start = time.Now()
	for i := 0; i < n; i++ {
		if _, err := shares.UnpackTransferEvent(&l); err != nil {
			b.Fatal(err)
		}
	}
	reflect := time.Since(start)
	b.ReportMetric(float64(byHand.Nanoseconds())/n, "ns/hand")
	b.ReportMetric(float64(reflect.Nanoseconds())/n, "ns/abigen")
	b.ReportMetric(float64(reflect)/float64(byHand), "x")
	for i := 0; i < b.N; i++ {
		decodeTransfer(&l, false)
	}
}

// BenchmarkEmbedded measures starting the embedded chain with the test
// plan and reading its tokens.
func BenchmarkEmbedded(b *testing.B) {
	f, err := os.ReadFile(filepath.Join("testdata", "plan.json"))
	if err != nil {
		b.Fatal(err)
	}
	plan, err := ParsePlan(f)
	if err != nil {
		b.Fatal(err)
	}
	for i := 0; i < b.N; i++ {
		emb, err := NewEmbedded(context.Background(), plan)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Read(context.Background(), emb.Client(), emb.Tokens(), nil); err != nil {
			b.Fatal(err)
		}
		emb.Close()
	}
}

// countingBackend counts contract calls and can hide Multicall3.
type countingBackend struct {
	Backend
	hideMulticall bool
	calls         atomic.Int64
}

func (c *countingBackend) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	if c.hideMulticall && a == multicallAddress {
		return nil, nil
	}
	return c.Backend.CodeAt(ctx, a, block)
}

func (c *countingBackend) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.Backend.CallContract(ctx, msg, block)
}

// TestMulticallSameAsOneByOne reads the test plan and the fixture plan (when
// present) with and without Multicall3 and checks the snapshots are equal.
func TestMulticallSameAsOneByOne(t *testing.T) {
	plans := []string{filepath.Join("testdata", "plan.json"), filepath.Join("..", "..", "fixtures", "plan.json")}
	for _, path := range plans {
		t.Run(path, func(t *testing.T) {
			if _, err := os.Stat(path); err != nil {
				t.Skipf("no plan at %s", path)
			}
			emb, err := NewEmbedded(context.Background(), loadTestPlan(t, path))
			if err != nil {
				t.Fatal(err)
			}
			defer emb.Close()
			batched := &countingBackend{Backend: emb.Client()}
			single := &countingBackend{Backend: emb.Client(), hideMulticall: true}
			a, err := Read(context.Background(), batched, emb.Tokens(), nil)
			if err != nil {
				t.Fatal(err)
			}
			b, err := Read(context.Background(), single, emb.Tokens(), nil)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(a, b) {
				t.Errorf("snapshots differ with and without Multicall3")
			}
			if batched.calls.Load() >= single.calls.Load() {
				t.Errorf("Multicall3 made %d calls, one by one %d", batched.calls.Load(), single.calls.Load())
			}
			t.Logf("contract calls: %d with Multicall3, %d one by one", batched.calls.Load(), single.calls.Load())
		})
	}
}

// reorgBackend serves a different block at the pinned number after the
// first time it is asked, as a node does after a reorganisation.
type reorgBackend struct {
	Backend
	number uint64
	asked  atomic.Int64
}

func (r *reorgBackend) HeaderByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := r.Backend.HeaderByNumber(ctx, n)
	if err != nil || n == nil || n.Uint64() != r.number {
		return h, err
	}
	if r.asked.Add(1) > 1 {
		h = types.CopyHeader(h)
		h.Extra = []byte("other fork")
	}
	return h, nil
}

func TestReadDetectsReorg(t *testing.T) {
	_, emb, _ := sharedChain(t)
	b := &reorgBackend{Backend: emb.Client(), number: 2}
	_, err := Read(context.Background(), b, emb.Tokens(), big.NewInt(2))
	if err == nil || !strings.Contains(err.Error(), "block 2 was reorganised during the read") {
		t.Fatalf("error %v, want a reorganisation", err)
	}
}

// rpcErr is a JSON-RPC error as ethclient returns it.
type rpcErr struct {
	msg  string
	data interface{}
}

func (e rpcErr) Error() string          { return e.msg }
func (e rpcErr) ErrorData() interface{} { return e.data }

func TestIsRevert(t *testing.T) {
	tests := []struct {
		err  error
		want bool
	}{
		{rpcErr{"execution reverted", "0x08c379a0"}, true},
		{rpcErr{"execution reverted", nil}, true},
		{fmt.Errorf("call: %w", rpcErr{"custom failure", "0x1234"}), true},
		{rpcErr{"missing trie node 1234 (path )", nil}, false},
		{rpcErr{"header not found", nil}, false},
		{errors.New("invalid opcode: INVALID"), true},
		{errors.New("dial tcp: connection refused"), false},
	}
	for _, tt := range tests {
		if got := isRevert(tt.err); got != tt.want {
			t.Errorf("isRevert(%v) = %v, want %v", tt.err, got, tt.want)
		}
	}
}

func TestDecodeString(t *testing.T) {
	abiString := common.FromHex("0x" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"0000000000000000000000000000000000000000000000000000000000000005" +
		"4f53544152000000000000000000000000000000000000000000000000000000")
	bytes32 := common.RightPadBytes([]byte("MKR"), 32)
	bad := common.FromHex("0x" +
		"0000000000000000000000000000000000000000000000000000000000000020" +
		"00000000000000000000000000000000000000000000000000000000000000ff" +
		"4f53544152000000000000000000000000000000000000000000000000000000")
	tests := []struct {
		out  []byte
		want string
		ok   bool
	}{
		{abiString, "OSTAR", true},
		{bytes32, "MKR", true},
		{bad, "", false},
		{nil, "", false},
	}
	for _, tt := range tests {
		got, ok := decodeString(tt.out)
		if got != tt.want || ok != tt.ok {
			t.Errorf("decodeString(%x) = %q, %v; want %q, %v", tt.out, got, ok, tt.want, tt.ok)
		}
	}
}
