package chain

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func loadTestPlan(t *testing.T, path string) *Plan {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	p, err := LoadPlan(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return p
}

// shared is one embedded chain with testdata/plan.json, started once.
var shared struct {
	once sync.Once
	plan *Plan
	emb  *Embedded
	snap *Snapshot
	err  error
}

func sharedChain(t *testing.T) (*Plan, *Embedded, *Snapshot) {
	t.Helper()
	shared.once.Do(func() {
		f, err := os.Open(filepath.Join("testdata", "plan.json"))
		if err != nil {
			shared.err = err
			return
		}
		defer f.Close()
		if shared.plan, shared.err = LoadPlan(f); shared.err != nil {
			return
		}
		if shared.emb, shared.err = NewEmbedded(context.Background(), shared.plan); shared.err != nil {
			return
		}
		shared.snap, shared.err = Read(context.Background(), shared.emb.Client(), shared.emb.Tokens(), nil)
	})
	if shared.err != nil {
		t.Fatal(shared.err)
	}
	return shared.plan, shared.emb, shared.snap
}

func TestMain(m *testing.M) {
	code := m.Run()
	if shared.emb != nil {
		shared.emb.Close()
	}
	os.Exit(code)
}

// checkAgainstReplay compares the holders of a snapshot with the plan's
// replay in plain Go.
func checkAgainstReplay(t *testing.T, plan *Plan, snap *Snapshot) {
	t.Helper()
	replay := plan.Replay()
	if len(snap.Tokens) != len(plan.Tokens) {
		t.Fatalf("%d tokens read, plan has %d", len(snap.Tokens), len(plan.Tokens))
	}
	for _, tok := range snap.Tokens {
		want := replay[tok.Address]
		if want == nil {
			t.Errorf("token %s is not in the plan", tok.Address)
			continue
		}
		got := map[string]string{}
		for _, h := range tok.Holders {
			got[h.Address] = h.Balance.String()
		}
		if len(got) != len(want.Balances) {
			t.Errorf("token %s (%s): %d holders, replay has %d: %v vs %v", tok.Symbol, tok.Address, len(got), len(want.Balances), got, want.Balances)
		}
		for addr, v := range want.Balances {
			if got[addr] != v.String() {
				t.Errorf("token %s: holder %s balance %s, replay %s", tok.Symbol, addr, got[addr], v)
			}
		}
		if tok.Standard == "erc721" {
			owners := map[string]string{}
			for _, h := range tok.Holders {
				for _, id := range h.TokenIDs {
					owners[id] = h.Address
				}
			}
			for id, owner := range want.Owners {
				if owners[id] != owner {
					t.Errorf("token %s: id %s owned by %q, replay %q", tok.Symbol, id, owners[id], owner)
				}
			}
		}
		if len(tok.Mismatches) != 0 {
			t.Errorf("token %s: mismatches %+v", tok.Symbol, tok.Mismatches)
		}
	}
}

func TestEmbeddedHoldersMatchReplay(t *testing.T) {
	plan, _, snap := sharedChain(t)
	checkAgainstReplay(t, plan, snap)
}

func TestEmbeddedSnapshotHeader(t *testing.T) {
	plan, emb, snap := sharedChain(t)
	if snap.Source != "embedded" || snap.ChainID != 1337 {
		t.Errorf("source %q chain %d, want embedded 1337", snap.Source, snap.ChainID)
	}
	if snap.Block != uint64(len(plan.Blocks)) {
		t.Errorf("block %d, want %d", snap.Block, len(plan.Blocks))
	}
	if want := plan.Blocks[len(plan.Blocks)-1].Time; !snap.BlockTime.Equal(want) {
		t.Errorf("block time %s, want %s", snap.BlockTime, want)
	}
	ctx := context.Background()
	for i, b := range plan.Blocks {
		h, err := emb.Client().HeaderByNumber(ctx, big.NewInt(int64(i+1)))
		if err != nil {
			t.Fatal(err)
		}
		if h.Time != uint64(b.Time.Unix()) {
			t.Errorf("block %d time %d, plan %d", i+1, h.Time, b.Time.Unix())
		}
	}
	g, err := emb.Client().HeaderByNumber(ctx, big.NewInt(0))
	if err != nil {
		t.Fatal(err)
	}
	if g.Time != uint64(plan.GenesisTime.Unix()) {
		t.Errorf("genesis time %d, plan %d", g.Time, plan.GenesisTime.Unix())
	}
	accounts := emb.Accounts()
	if accounts["holder-01"] != strings.ToLower(AccountAddress("holder-01").Hex()) {
		t.Errorf("Accounts()[holder-01] = %q", accounts["holder-01"])
	}
	if accounts["ofac-wallet-1"] != "0x098b716b8aaf21512996dc57eb0615e2383e2f96" {
		t.Errorf("Accounts()[ofac-wallet-1] = %q", accounts["ofac-wallet-1"])
	}
}

func TestEmbeddedDeterministic(t *testing.T) {
	plan, emb1, _ := sharedChain(t)
	emb2, err := NewEmbedded(context.Background(), plan)
	if err != nil {
		t.Fatal(err)
	}
	defer emb2.Close()
	if a, b := strings.Join(emb1.Tokens(), ","), strings.Join(emb2.Tokens(), ","); a != b {
		t.Errorf("tokens differ: %s vs %s", a, b)
	}
	ctx := context.Background()
	for n := int64(0); n <= int64(len(plan.Blocks)); n++ {
		h1, err := emb1.Client().HeaderByNumber(ctx, big.NewInt(n))
		if err != nil {
			t.Fatal(err)
		}
		h2, err := emb2.Client().HeaderByNumber(ctx, big.NewInt(n))
		if err != nil {
			t.Fatal(err)
		}
		if h1.Hash() != h2.Hash() {
			t.Errorf("block %d: hash %s vs %s", n, h1.Hash().Hex(), h2.Hash().Hex())
		}
	}
	// The token addresses are the plan's.
	for i, tok := range emb2.Tokens() {
		if tok != strings.ToLower(plan.Tokens[i].Address) {
			t.Errorf("token %d at %s, plan %s", i, tok, plan.Tokens[i].Address)
		}
	}
}

func tokenBySymbol(t *testing.T, snap *Snapshot, symbol string) Token {
	t.Helper()
	for _, tok := range snap.Tokens {
		if tok.Symbol == symbol {
			return tok
		}
	}
	t.Fatalf("no token %s in snapshot", symbol)
	return Token{}
}

func lower(a common.Address) string { return strings.ToLower(a.Hex()) }

func TestEmbeddedTokensAsDeployed(t *testing.T) {
	plan, emb, snap := sharedChain(t)
	acct := emb.Accounts()
	ostar, deeds, perm := tokenBySymbol(t, snap, "OSTAR"), tokenBySymbol(t, snap, "DEED"), tokenBySymbol(t, snap, "PTRD")

	type want struct {
		standard    string
		name        string
		decimals    uint8
		supply      string
		issuer      string
		controllers []Controller
		caps        Capabilities
		proxy       bool
		claims      []AssetClaim
	}
	permImpl := lower(crypto.CreateAddress(common.HexToAddress(acct["deployer-perm"]), 0))
	minters := []Controller{{Role: "minter", Address: acct["deployer-deeds"]}, {Role: "minter", Address: acct["minter-1"]}}
	if minters[0].Address > minters[1].Address {
		minters[0], minters[1] = minters[1], minters[0]
	}
	tests := []struct {
		tok  Token
		want want
	}{
		{ostar, want{
			standard: "erc20", name: "Ocean Star Shares", decimals: 18,
			supply:      "3500000000000000000001",
			issuer:      acct["issuer-oceanic"],
			controllers: []Controller{{Role: "owner", Address: acct["issuer-oceanic"]}},
			caps:        Capabilities{Mint: true, Pause: true},
			claims:      []AssetClaim{{IMO: "9321483", Source: "contract"}},
		}},
		{deeds, want{
			standard: "erc721", name: "Marine Vessel Deeds", supply: "2",
			controllers: []Controller{
				{Role: "default-admin", Address: acct["deployer-deeds"]},
				minters[0], minters[1],
			},
			caps: Capabilities{Mint: true},
		}},
		{perm, want{
			standard: "erc3643", name: "Pacific Trader Permissioned Shares", supply: "150",
			issuer: acct["issuer-oceanic"],
			controllers: []Controller{
				{Role: "owner", Address: acct["deployer-perm"]},
				{Role: "agent", Address: acct["agent-1"]},
				{Role: "proxy-admin", Address: acct["deployer-perm"]},
			},
			caps:   Capabilities{Mint: true, Pause: true, Freeze: true, ForcedTransfer: true, Upgrade: true},
			proxy:  true,
			claims: []AssetClaim{{IMO: "9074729", Source: "contract"}},
		}},
	}
	for _, tt := range tests {
		tok, w := tt.tok, tt.want
		t.Run(tok.Symbol, func(t *testing.T) {
			if tok.Standard != w.standard || tok.Name != w.name || tok.Decimals != w.decimals {
				t.Errorf("standard %q name %q decimals %d, want %q %q %d", tok.Standard, tok.Name, tok.Decimals, w.standard, w.name, w.decimals)
			}
			if tok.TotalSupply == nil || tok.TotalSupply.String() != w.supply {
				t.Errorf("total supply %v, want %s", tok.TotalSupply, w.supply)
			}
			if tok.Issuer != w.issuer {
				t.Errorf("issuer %q, want %q", tok.Issuer, w.issuer)
			}
			if len(tok.Controllers) != len(w.controllers) {
				t.Fatalf("controllers %+v, want %+v", tok.Controllers, w.controllers)
			}
			for i, c := range tok.Controllers {
				if c.Role != w.controllers[i].Role || c.Address != w.controllers[i].Address || c.IsContract {
					t.Errorf("controller %d: %+v, want %+v", i, c, w.controllers[i])
				}
			}
			if !sameFlags(tok.Capabilities, w.caps) {
				t.Errorf("capabilities %+v, want %+v", tok.Capabilities, w.caps)
			}
			if (tok.Proxy != nil) != w.proxy {
				t.Fatalf("proxy %+v, want proxy %v", tok.Proxy, w.proxy)
			}
			if w.proxy && (tok.Proxy.Implementation != permImpl || tok.Proxy.Admin != acct["deployer-perm"] || tok.Proxy.Beacon != "") {
				t.Errorf("proxy %+v, want implementation %s, admin %s and no beacon", tok.Proxy, permImpl, acct["deployer-perm"])
			}
			if w.claims != nil {
				if len(tok.Claims) != len(w.claims) || tok.Claims[0] != w.claims[0] {
					t.Errorf("claims %+v, want %+v", tok.Claims, w.claims)
				}
			}
			d, ok := emb.Deployment(tok.Address)
			if !ok || tok.DeployBlock != 1 || tok.DeployTx != d.Tx || !tok.DeployTime.Equal(plan.Blocks[0].Time) {
				t.Errorf("deployed at block %d tx %s time %s; embedded chain says %+v", tok.DeployBlock, tok.DeployTx, tok.DeployTime, d)
			}
		})
	}

	// Deeds: metadata from tokenURI, escaped quotes included.
	wantClaims := []AssetClaim{
		{TokenID: "1", IMO: "9321483", Name: "OCEAN STAR", Flag: "PA", Source: "tokenURI"},
		{TokenID: "2", IMO: "9074729", Name: `PACIFIC "TRADER"`, Flag: "KM", Source: "tokenURI"},
	}
	if len(deeds.Claims) != len(wantClaims) {
		t.Fatalf("deed claims %+v", deeds.Claims)
	}
	for i, c := range deeds.Claims {
		if !strings.HasPrefix(c.URI, "data:application/json;base64,") {
			t.Errorf("claim %d URI %q", i, c.URI)
		}
		c.URI = ""
		if c != wantClaims[i] {
			t.Errorf("claim %d: %+v, want %+v", i, c, wantClaims[i])
		}
	}

	// Permissioned: holder-11 is frozen, the others are not.
	for _, h := range perm.Holders {
		if want := h.Address == acct["holder-11"]; h.Frozen != want {
			t.Errorf("holder %s frozen %v, want %v", h.Address, h.Frozen, want)
		}
	}

	// OSTAR: the later mint of block 3, and large transfers (>= 5% of supply).
	if len(ostar.Mints) != 1 || ostar.Mints[0].Block != 3 || ostar.Mints[0].To != acct["holder-03"] || ostar.Mints[0].Amount.Int64() != 1 {
		t.Errorf("mints %+v", ostar.Mints)
	}
	if len(ostar.Transfers) != 1 || ostar.Transfers[0].From != acct["holder-01"] || ostar.Transfers[0].To != acct["holder-04"] ||
		ostar.Transfers[0].Block != 2 || ostar.Transfers[0].Amount.String() != "500000000000000000000" {
		t.Errorf("large transfers %+v, want only 500 OSTAR from holder-01 to holder-04 in block 2", ostar.Transfers)
	}
	if len(deeds.Transfers) != 1 || deeds.Transfers[0].To != acct["holder-04"] {
		t.Errorf("deed transfers %+v, want the one of deed 1 to holder-04", deeds.Transfers)
	}
	for _, x := range ostar.Transfers {
		if x.Time.IsZero() || x.TxHash == "" {
			t.Errorf("transfer without time or hash: %+v", x)
		}
	}
	// Holders are sorted by balance, largest first.
	if ostar.Holders[0].Address != acct["holder-01"] || ostar.Holders[len(ostar.Holders)-1].Address != acct["holder-03"] {
		t.Errorf("holder order %+v", ostar.Holders)
	}
}

// goldenHead is the head block hash of testdata/plan.json on the embedded
// chain. It only changes when the plan, the contracts, the genesis or
// go-ethereum change; a different hash on another machine or run means the
// chain is not deterministic.
const goldenHead = "0x2e5e4ec3bb91b726febce31b0977cd6a702c0a8d3a7d1ff8365176aaa95c4021"

func TestEmbeddedGoldenHead(t *testing.T) {
	_, _, snap := sharedChain(t)
	if snap.BlockHash != goldenHead {
		t.Errorf("head block hash %s, golden %s: if the plan, contracts/build or go-ethereum changed on purpose, update goldenHead", snap.BlockHash, goldenHead)
	}
}

// TestEmbeddedLastChange: every holder of the test plan cites the
// transaction that last changed its holding. The block is the plan's last
// action moving the holder's tokens (holder-01 sends twice in block 2,
// holder-02 receives twice and sends last, holder-03's deed goes out and
// another comes in within block 2); the transaction is in that block,
// moves the token for the holder, and no later transaction of the block
// does.
func TestEmbeddedLastChange(t *testing.T) {
	plan, emb, snap := sharedChain(t)
	ctx := context.Background()
	ec := emb.client.Client // receipts and blocks
	accounts := emb.Accounts()
	byID := map[string]*PlanToken{}
	for i := range plan.Tokens {
		byID[plan.Tokens[i].ID] = &plan.Tokens[i]
	}
	// wantBlock[token][holder] is the block of the plan's last move.
	wantBlock := map[string]map[string]uint64{}
	for bi, b := range plan.Blocks {
		for _, a := range b.Actions {
			if a.Op != "mint" && a.Op != "transfer" && a.Op != "forced_transfer" {
				continue
			}
			tok := byID[a.Token]
			if tok.Kind != KindVesselDeeds {
				if v, err := ScaleAmount(a.Amount, tok.Decimals); err != nil || v.Sign() == 0 {
					continue
				}
			}
			addr := strings.ToLower(common.HexToAddress(tok.Address).Hex())
			if wantBlock[addr] == nil {
				wantBlock[addr] = map[string]uint64{}
			}
			from := a.From
			if a.Op == "forced_transfer" {
				from = a.Holder
			}
			if a.Op != "mint" && from != a.To {
				wantBlock[addr][accounts[from]] = uint64(bi + 1)
			}
			if from != a.To || a.Op == "mint" {
				wantBlock[addr][accounts[a.To]] = uint64(bi + 1)
			}
		}
	}
	// names reports whether a receipt log of token moves tokens of holder.
	names := func(l *types.Log, token common.Address, holder common.Hash) bool {
		if l.Address != token || len(l.Topics) < 3 {
			return false
		}
		for _, topic := range l.Topics[1:] {
			if topic == holder {
				return true
			}
		}
		return false
	}
	checked := 0
	for _, tok := range snap.Tokens {
		token := common.HexToAddress(tok.Address)
		for _, h := range tok.Holders {
			if want := wantBlock[tok.Address][h.Address]; h.LastChangeBlock != want {
				t.Errorf("%s %s: last change at block %d, the plan's last move is at block %d", tok.Symbol, h.Address, h.LastChangeBlock, want)
			}
			holder := common.BytesToHash(common.HexToAddress(h.Address).Bytes())
			r, err := ec.TransactionReceipt(ctx, common.Hash(h.LastChangeTx))
			if err != nil {
				t.Errorf("%s %s: receipt of %s: %v", tok.Symbol, h.Address, h.LastChangeTxHex(), err)
				continue
			}
			if r.BlockNumber.Uint64() != h.LastChangeBlock || !slices.ContainsFunc(r.Logs, func(l *types.Log) bool { return names(l, token, holder) }) {
				t.Errorf("%s %s: transaction %s (block %d) does not move the holder's tokens in block %d", tok.Symbol, h.Address, h.LastChangeTxHex(), r.BlockNumber, h.LastChangeBlock)
				continue
			}
			b, err := ec.BlockByNumber(ctx, r.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			for _, later := range b.Transactions()[r.TransactionIndex+1:] {
				lr, err := ec.TransactionReceipt(ctx, later.Hash())
				if err != nil {
					t.Fatal(err)
				}
				if slices.ContainsFunc(lr.Logs, func(l *types.Log) bool { return names(l, token, holder) }) {
					t.Errorf("%s %s: cites %s, but %s later in block %d moves the holder's tokens", tok.Symbol, h.Address, h.LastChangeTxHex(), later.Hash().Hex(), h.LastChangeBlock)
				}
			}
			checked++
		}
	}
	if checked < 6 {
		t.Errorf("%d holders checked, want the test plan's 6 or more", checked)
	}
}

// TestReadPastHead: asking for a block the chain does not have yet names
// the block and the chain's head, not only the node's "not found".
func TestReadPastHead(t *testing.T) {
	plan, emb, _ := sharedChain(t)
	head := len(plan.Blocks)
	_, err := Read(context.Background(), emb.Client(), nil, big.NewInt(int64(head+1000)))
	if err == nil {
		t.Fatal("read past the head: no error")
	}
	for _, want := range []string{fmt.Sprintf("reading block %d", head+1000), fmt.Sprintf("the chain's head is block %d", head), "not found"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}
