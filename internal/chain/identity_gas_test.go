package chain

import (
	"context"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/tokenaudit/audit/contracts"
)

// loopingRegistry is a chain holding a registry whose every call loops
// until it runs out of gas, and a token whose identityRegistry() names
// it; with Multicall3 at its address when multicall.
func loopingRegistry(tb testing.TB, multicall bool) (b *simulated.Backend, token, reg common.Address) {
	tb.Helper()
	token, reg = common.HexToAddress("0x70c0000000000000000000000000000000000001"), common.HexToAddress("0x4e60000000000000000000000000000000000001")
	returnReg := append(append([]byte{0x7f}, common.LeftPadBytes(reg.Bytes(), 32)...), common.FromHex("60005260206000f3")...)
	alloc := types.GenesisAlloc{
		reg:   {Code: common.FromHex("5b600056")}, // JUMPDEST PUSH1 0 JUMP
		token: {Code: returnReg},
	}
	if multicall {
		alloc[multicallAddress] = types.Account{Code: common.FromHex(contracts.Multicall3Runtime)}
	}
	b = simulated.NewBackend(alloc)
	tb.Cleanup(func() { b.Close() })
	return b, token, reg
}

// gasRecorder records the gas of every call made straight to one address.
type gasRecorder struct {
	Backend
	to   common.Address
	mu   sync.Mutex
	gass []uint64
}

func (g *gasRecorder) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if call.To != nil && *call.To == g.to {
		g.mu.Lock()
		g.gass = append(g.gass, call.Gas)
		g.mu.Unlock()
	}
	return g.Backend.CallContract(ctx, call, block)
}

// loopingHolders are n holders for a token of the looping registry.
func loopingHolders(n int) []Holder {
	hs := make([]Holder, n)
	for i := range hs {
		hs[i] = Holder{Address: hexAddr(common.BigToAddress(big.NewInt(int64(0x10000 + i)))), Balance: big.NewInt(1)}
	}
	return hs
}

// TestLoopingRegistry reads the identity fields of 20 holders from a
// registry whose every call loops, with Multicall3 and without: the read
// succeeds, every field is unknown, and every call made to the registry
// on its own (all of them: a Multicall3 batch of them runs out of gas as
// a whole) was given at most IdentityCallGas, not the node's default.
func TestLoopingRegistry(t *testing.T) {
	for _, multicall := range []bool{false, true} {
		b, token, reg := loopingRegistry(t, multicall)
		rec := &gasRecorder{Backend: b.Client(), to: reg}
		r := &reader{b: rec, block: big.NewInt(0)}
		tok := &Token{Holders: loopingHolders(20)}
		if err := r.identities(context.Background(), token, tok); err != nil {
			t.Fatalf("multicall %v: %v", multicall, err)
		}
		if tok.IdentityRegistry != hexAddr(reg) {
			t.Fatalf("multicall %v: registry %q, want %s", multicall, tok.IdentityRegistry, hexAddr(reg))
		}
		for _, h := range tok.Holders {
			if h.Verified != nil || h.Identity != "" || h.InvestorCountry != 0 {
				t.Errorf("multicall %v: holder %+v, want every field unknown", multicall, h)
			}
		}
		if len(rec.gass) != 3*len(tok.Holders) {
			t.Errorf("multicall %v: %d calls to the registry on their own, want %d", multicall, len(rec.gass), 3*len(tok.Holders))
		}
		for _, g := range rec.gass {
			if g == 0 || g > IdentityCallGas {
				t.Errorf("multicall %v: a call to the registry given gas %d, want 1 to %d", multicall, g, IdentityCallGas)
				break
			}
		}
	}
}

// BenchmarkLoopingRegistry reads 20 holders' identity fields from a
// registry whose every call loops, with the calls capped at
// IdentityCallGas and, as the baseline, given the node's default gas (as
// before the cap), without Multicall3, reporting the time per holder of
// each and their ratio.
func BenchmarkLoopingRegistry(b *testing.B) {
	const n = 20
	sim, token, reg := loopingRegistry(b, false)
	r := &reader{b: sim.Client(), block: big.NewInt(0)}
	calls := make([][]byte, 0, 3*n)
	for _, h := range loopingHolders(n) {
		for _, sig := range []string{"isVerified(address)", "identity(address)", "investorCountry(address)"} {
			calls = append(calls, CallData(sig, common.HexToAddress(h.Address).Bytes()))
		}
	}
	var capped, baseline time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if err := r.identities(context.Background(), token, &Token{Holders: loopingHolders(n)}); err != nil {
			b.Fatal(err)
		}
		capped += time.Since(start)
		start = time.Now()
		if _, err := r.callManyGas(context.Background(), reg, calls, 0); err != nil {
			b.Fatal(err)
		}
		baseline += time.Since(start)
	}
	perHolder := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 / float64(b.N*n) }
	b.ReportMetric(perHolder(capped), "ms/holder-capped")
	b.ReportMetric(perHolder(baseline), "ms/holder-default-gas")
	b.ReportMetric(float64(baseline)/float64(capped), "x-faster")
}
