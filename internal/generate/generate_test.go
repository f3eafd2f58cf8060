package generate

import (
	"bytes"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// realNames returns the OFAC advanced-list names from ../shared/data, or
// skips.
func realNames(t *testing.T) []string {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "sanctions", "ofac-sdn-advanced-names-2025-11", "sdn_entities.jsonl")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("real lists not available (%s): %v", path, err)
	}
	names, err := LoadNames(path)
	if err != nil {
		t.Fatal(err)
	}
	return names
}

func TestTransfersDeterministic(t *testing.T) {
	c := TransferConfig{Seed: 7, Holders: 50, Transfers: 500}
	var a, b, other bytes.Buffer
	if _, err := WriteETL(&a, c); err != nil {
		t.Fatal(err)
	}
	if _, err := WriteETL(&b, c); err != nil {
		t.Fatal(err)
	}
	c.Seed = 8
	if _, err := WriteETL(&other, c); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same seed gave two different files")
	}
	if bytes.Equal(a.Bytes(), other.Bytes()) {
		t.Error("two seeds gave the same file")
	}
	if n := strings.Count(a.String(), "\n"); n != 501 {
		t.Errorf("%d lines, want 501", n)
	}
}

// TestExportsReadBack reads both generated formats with chain.DecodeTransfers
// and requires exactly the generator's balances.
func TestExportsReadBack(t *testing.T) {
	c := TransferConfig{Seed: 3, Holders: 300, Transfers: 5000, PerBlock: 7}
	tests := []struct {
		name  string
		write func(*bytes.Buffer) (map[string]*big.Int, error)
		opt   chain.TransferOptions
	}{
		{"ethereum-etl", func(b *bytes.Buffer) (map[string]*big.Int, error) { return WriteETL(b, c) }, chain.TransferOptions{}},
		{"etherscan", func(b *bytes.Buffer) (map[string]*big.Int, error) { return WriteEtherscan(b, c) },
			chain.TransferOptions{Decimals: 18, KnownDecimals: true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			want, err := tc.write(&buf)
			if err != nil {
				t.Fatal(err)
			}
			snap, stats, err := chain.DecodeTransfers(&buf, tc.name, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if stats.Rows != 5000 || stats.NegativeCount != 0 || len(snap.Tokens) != 1 {
				t.Fatalf("rows %d negative %d tokens %d", stats.Rows, stats.NegativeCount, len(snap.Tokens))
			}
			tok := snap.Tokens[0]
			var got [][2]string
			for _, h := range tok.Holders {
				got = append(got, [2]string{h.Address, h.Balance.String()})
			}
			if !reflect.DeepEqual(got, SortedHolders(want)) {
				t.Errorf("holders differ: %d read, %d generated", len(got), len(want))
			}
			if tok.Address != TokenAddress(3) || snap.Block != StartBlock+4999/7 {
				t.Errorf("token %s block %d", tok.Address, snap.Block)
			}
		})
	}
}

func TestQuantity(t *testing.T) {
	for in, want := range map[uint64]string{0: "0", 1: "0.000001", 1_500_000: "1.5", 1_999_000_000_000: "1,999,000", 123_456_789_120_000: "123,456,789.12"} {
		if got := Quantity(in); got != want {
			t.Errorf("Quantity(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestPlanParses(t *testing.T) {
	data, err := Plan(PlanConfig{Seed: 1, Holders: 40, Senders: 4, Transfers: 300, PerBlock: 50})
	if err != nil {
		t.Fatal(err)
	}
	p, err := chain.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Tokens) != 1 || len(p.Blocks) != (1+4+300+49)/50 {
		t.Fatalf("%d tokens, %d blocks", len(p.Tokens), len(p.Blocks))
	}
	again, _ := Plan(PlanConfig{Seed: 1, Holders: 40, Senders: 4, Transfers: 300, PerBlock: 50})
	if !bytes.Equal(data, again) {
		t.Error("the same seed gave two different plans")
	}
	for _, l := range p.Replay() {
		for a, b := range l.Balances {
			if b.Sign() < 0 {
				t.Errorf("%s ends with %s", a, b)
			}
		}
	}
}

func TestShipIMO(t *testing.T) {
	// 9074729 is the IMO of the example in IMO resolution A.1078(28).
	if got := ShipIMO(907472); got != "9074729" {
		t.Errorf("ShipIMO(907472) = %s, want 9074729", got)
	}
}

func TestSanctionsLoad(t *testing.T) {
	for _, names := range [][]string{nil, realNames(t)} {
		var buf bytes.Buffer
		listed, err := WriteSDN(&buf, SanctionsConfig{Seed: 5, Entries: 3000, Names: names})
		if err != nil {
			t.Fatal(err)
		}
		ix, _, err := sanctions.LoadBytes("sdn.csv", buf.Bytes(), sanctions.DefaultOptions)
		if err != nil {
			t.Fatal(err)
		}
		if len(ix.Entries()) != 3000 || len(listed) != 3000 {
			t.Fatalf("%d entries loaded, %d listed, want 3000", len(ix.Entries()), len(listed))
		}
		imos := 0
		for _, e := range ix.Entries() {
			imos += len(e.IMOs)
		}
		if imos < 300 {
			t.Errorf("only %d vessel IMOs read back", imos)
		}
		// A listed name finds its entry.
		q := listed[2999]
		found := false
		for _, m := range ix.Name(sanctions.Query{Name: q.Name}) {
			found = found || m.Entry.Name == q.Name
		}
		if !found {
			t.Errorf("listed name %q not found", q.Name)
		}
		if qs := Queries(1, 30, listed, names); len(qs) != 30 || qs[0] == "" {
			t.Errorf("queries %v", qs)
		}
	}
}

func TestRegistryLoads(t *testing.T) {
	dir := t.TempDir()
	if err := WriteRegistry(dir, RegistryConfig{Seed: 2, Vessels: 400, Ownership: 2000}); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range RegistryFiles {
		paths = append(paths, filepath.Join(dir, f))
	}
	reg, err := registry.Load(paths, registry.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Vessels) != 400 || len(reg.Companies) != 201 || len(reg.Ownership) != 2000 {
		t.Errorf("%d vessels, %d companies, %d ownership rows", len(reg.Vessels), len(reg.Companies), len(reg.Ownership))
	}
	if len(reg.Problems) != 0 {
		t.Errorf("%d problems, first %+v", len(reg.Problems), reg.Problems[0])
	}
}

// TestNamerVocabularyGrows checks that a long generated list keeps meeting
// new words as Heaps' law fitted on the sample says, and holds no more
// names made only of common words than the sample does.
func TestNamerVocabularyGrows(t *testing.T) {
	names := realNames(t)
	g := NewNamer(9, names)
	const n = 200_000
	seen := map[string]bool{}
	generic := 0
	for i := 0; i < n; i++ {
		words := strings.Fields(g.Next())
		for _, w := range words {
			seen[w] = true
		}
		if i >= len(names) && g.isGeneric(words) {
			generic++
		}
	}
	want := g.heapsK * math.Pow(n, g.heapsB)
	if got := float64(len(seen)); got < 0.9*want || got > 1.1*want {
		t.Errorf("%d distinct words in %d names, Heaps' law fitted on the sample says %.0f", len(seen), n, want)
	}
	if g.heapsB < 0.5 || g.heapsB > 0.9 {
		t.Errorf("Heaps exponent %.2f fitted on OFAC's names, expected about 0.7", g.heapsB)
	}
	if share := float64(generic) / float64(n-len(names)); share > g.generic+0.001 {
		t.Errorf("%.4f of generated names are only common words, the sample has %.4f", share, g.generic)
	}
	// Deterministic by seed.
	a, b := NewNamer(3, names), NewNamer(3, names)
	for i := 0; i < len(names)+100; i++ {
		if x, y := a.Next(), b.Next(); x != y {
			t.Fatalf("name %d: %q and %q from one seed", i, x, y)
		}
	}
}
