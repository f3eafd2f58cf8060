package verify

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

// batchingClient is a dialled node that offers batches (Batcher).
type batchingClient struct{ *chain.Client }

func (n batchingClient) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	return n.Client.Client().BatchCallContext(ctx, b)
}

// BenchmarkCheckChainLatency checks the holding and mint citations of a
// token minted to 300 holders, 30 a block, against the embedded chain
// served over HTTP with 2 ms added to every request (a near node): one
// request at a time, then in batches; it reports the time of each and
// their ratio.
func BenchmarkCheckChainLatency(b *testing.B) {
	ctx := context.Background()
	snap, url, client, done := latencyChain(b)
	defer done()

	// The citations as the rules write them (rules/holder.go, contract.go).
	tok := snap.Tokens[0]
	rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: snap.ChainID, BlockNumber: snap.Block, BlockHash: snap.BlockHash},
		Tokens: []report.Token{{Address: tok.Address, Standard: tok.Standard, Symbol: tok.Symbol}}}
	var evs []report.Evidence
	for _, h := range tok.Holders {
		evs = append(evs, report.Evidence{Kind: "chain", Block: h.LastChangeBlock, TxHash: h.LastChangeTxHex(),
			Text: fmt.Sprintf("%s holds %s of the %s %s (%s) at block %d (0.33%% of supply); the holding last changed in transaction %s at block %d",
				h.Address, h.Balance, tok.TotalSupply, tok.Symbol, tok.Address, snap.Block, h.LastChangeTxHex(), h.LastChangeBlock)})
	}
	for _, mt := range tok.Mints {
		evs = append(evs, report.Evidence{Kind: "chain", Block: mt.Block, TxHash: mt.TxHash,
			Text: fmt.Sprintf("%s %s minted to %s on %s, block %d", mt.Amount, tok.Symbol, mt.To, mt.Time.UTC().Format("2006-01-02"), mt.Block)})
	}
	rep.Findings = []report.Finding{{Rule: "CONTRACT-MINT", Subject: report.Subject{Kind: "token", ID: tok.Address}, Evidence: evs}}

	run := func(node Node) time.Duration {
		start := time.Now()
		res := Verify(rep, Options{})
		if err := CheckChain(ctx, node, url, rep, res); err != nil {
			b.Fatal(err)
		}
		if len(res.Unresolved) != 0 || res.Node.Transfers != len(evs) {
			b.Fatalf("%d unresolved (%+v), %d of %d with their transfer", len(res.Unresolved), res.Unresolved, res.Node.Transfers, len(evs))
		}
		return time.Since(start)
	}
	var single, batched time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		single += run(client)
		batched += run(batchingClient{client})
	}
	b.ReportMetric(float64(len(evs)), "citations")
	b.ReportMetric(float64(single.Milliseconds())/float64(b.N), "ms-one-by-one")
	b.ReportMetric(float64(batched.Milliseconds())/float64(b.N), "ms-batched")
	b.ReportMetric(float64(single)/float64(batched), "x-faster")
}

// BenchmarkCheckChainBalances checks the same 300 holdings (and mints) of
// BenchmarkCheckChainLatency's chain, 2 ms a request, written with the
// structured fields, so that each holding's balance is read at the pinned
// block too, against the text-only citations of the same facts (no
// balance read), both in batches; and the structured ones one request at
// a time. It reports each time and what reading the balances costs.
func BenchmarkCheckChainBalances(b *testing.B) {
	ctx := context.Background()
	snap, url, client, done := latencyChain(b)
	defer done()
	tok := snap.Tokens[0]
	rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: snap.ChainID, BlockNumber: snap.Block, BlockHash: snap.BlockHash},
		Tokens: []report.Token{{Address: tok.Address, Standard: tok.Standard, Symbol: tok.Symbol}}}
	var texts, facts []report.Evidence
	for _, h := range tok.Holders {
		ev := report.Evidence{Kind: "chain", Block: h.LastChangeBlock, TxHash: h.LastChangeTxHex(),
			Text: fmt.Sprintf("%s holds %s of the %s %s (%s) at block %d (0.33%% of supply); the holding last changed in transaction %s at block %d",
				h.Address, h.Balance, tok.TotalSupply, tok.Symbol, tok.Address, snap.Block, h.LastChangeTxHex(), h.LastChangeBlock)}
		texts = append(texts, ev)
		ev.Fact, ev.Contract, ev.Holder, ev.Amount = report.FactBalance, tok.Address, h.Address, h.Balance.String()
		facts = append(facts, ev)
	}
	for _, mt := range tok.Mints {
		ev := report.Evidence{Kind: "chain", Block: mt.Block, TxHash: mt.TxHash,
			Text: fmt.Sprintf("%s %s minted to %s on %s, block %d", mt.Amount, tok.Symbol, mt.To, mt.Time.UTC().Format("2006-01-02"), mt.Block)}
		texts = append(texts, ev)
		ev.Fact, ev.Contract, ev.From, ev.To, ev.Amount = report.FactMint, tok.Address, "0x0000000000000000000000000000000000000000", mt.To, mt.Amount.String()
		facts = append(facts, ev)
	}
	run := func(node Node, evs []report.Evidence, balances int) time.Duration {
		rep.Findings = []report.Finding{{Rule: "CONTRACT-MINT", Subject: report.Subject{Kind: "token", ID: tok.Address}, Evidence: evs}}
		start := time.Now()
		res := Verify(rep, Options{})
		if err := CheckChain(ctx, node, url, rep, res); err != nil {
			b.Fatal(err)
		}
		if len(res.Unresolved) != 0 || res.Node.Balances != balances {
			b.Fatalf("%d unresolved (%+v), %d balances read, want %d", len(res.Unresolved), res.Unresolved, res.Node.Balances, balances)
		}
		return time.Since(start)
	}
	var textOnly, withBalances, single time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		textOnly += run(batchingClient{client}, texts, 0)
		withBalances += run(batchingClient{client}, facts, len(tok.Holders))
		single += run(client, facts, len(tok.Holders))
	}
	b.ReportMetric(float64(len(tok.Holders)), "balances")
	b.ReportMetric(float64(textOnly.Milliseconds())/float64(b.N), "ms-text-batched")
	b.ReportMetric(float64(withBalances.Milliseconds())/float64(b.N), "ms-balances-batched")
	b.ReportMetric(float64(single.Milliseconds())/float64(b.N), "ms-balances-one-by-one")
	b.ReportMetric(float64(withBalances)/float64(textOnly), "x-cost-of-balances")
}

// latencyChain is the embedded chain of a token minted to 300 holders, 30
// a block, served over HTTP with 2 ms added to every request: its
// snapshot, URL, a dialled client and a function that stops it all.
func latencyChain(b *testing.B) (*chain.Snapshot, string, *chain.Client, func()) {
	type m = map[string]any
	accounts := []m{{"name": "deployer"}}
	actions := []m{{"op": "deploy", "token": "T"}}
	for i := 0; i < 300; i++ {
		name := fmt.Sprintf("h%d", i)
		accounts = append(accounts, m{"name": name, "address": common.BytesToAddress(crypto.Keccak256([]byte(name))[:20]).Hex(), "external": true})
		actions = append(actions, m{"op": "mint", "token": "T", "from": "deployer", "to": name, "amount": "1"})
	}
	var blocks []m
	t := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for len(actions) > 0 {
		n := min(30, len(actions))
		t = t.Add(12 * time.Second)
		blocks = append(blocks, m{"time": t.Format(time.RFC3339), "actions": actions[:n]})
		actions = actions[n:]
	}
	data, _ := json.Marshal(m{"genesis_time": "2024-01-02T00:00:00Z", "accounts": accounts, "blocks": blocks,
		"tokens": []m{{"id": "T", "kind": "vessel-shares", "deployer": "deployer", "name": "T", "symbol": "T", "decimals": 0}}})
	plan, err := chain.ParsePlan(data)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	emb, err := chain.NewEmbedded(ctx, plan)
	if err != nil {
		b.Fatal(err)
	}
	snap, err := chain.Read(ctx, emb.Client(), emb.Tokens(), nil)
	if err != nil {
		b.Fatal(err)
	}
	handler, err := emb.Handler()
	if err != nil {
		b.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(2 * time.Millisecond)
		handler.ServeHTTP(w, r)
	}))
	client, err := chain.Dial(ctx, srv.URL, chain.DialOptions{})
	if err != nil {
		b.Fatal(err)
	}
	return snap, srv.URL, client, func() {
		client.Close()
		srv.Close()
		emb.Close()
	}
}
