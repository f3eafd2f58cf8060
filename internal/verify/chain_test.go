package verify

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

// TestChainERC721 checks citations of the embedded scenario's ERC-721
// token (which the demo's findings never cite by transaction) against the
// chain's own logs: a mint and a holding written as the rules write them
// resolve with their Transfer; the same with another holder or token do
// not. The embedded client takes no batches, so this goes one request at a
// time; cmd/audit's tests go through batches.
func TestChainERC721(t *testing.T) {
	ctx := context.Background()
	emb, node, snap := embeddedScenario(t)
	rep := &report.Report{Chain: report.Chain{Source: "rpc", ChainID: snap.ChainID, BlockNumber: snap.Block, BlockHash: snap.BlockHash}}
	var nft chain.Token
	for _, tok := range snap.Tokens {
		rep.Tokens = append(rep.Tokens, report.Token{Address: tok.Address, Standard: tok.Standard, Symbol: tok.Symbol, Decimals: tok.Decimals})
		if tok.Standard == "erc721" {
			nft = tok
		}
	}
	if nft.Address == "" {
		t.Fatal("the scenario has no ERC-721 token")
	}
	logs, err := emb.Client().FilterLogs(ctx, ethereum.FilterQuery{
		Addresses: []common.Address{common.HexToAddress(nft.Address)},
		Topics:    [][]common.Hash{chain.TransferTopics("erc20"), {common.Hash{}}}, // mints
	})
	if err != nil || len(logs) == 0 {
		t.Fatalf("%d mint logs of %s: %v", len(logs), nft.Symbol, err)
	}
	mint := logs[len(logs)-1]
	to := strings.ToLower(addr(mint.Topics[2]).Hex())
	h, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(mint.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	day := time.Unix(int64(h.Time), 0).UTC().Format("2006-01-02")
	tokenSubject := report.Subject{Kind: "token", ID: nft.Address}
	mintText := func(to string) string {
		// contractMint's text (rules/contract.go)
		return fmt.Sprintf("1 %s minted to %s on %s, block %d", nft.Symbol, to, day, mint.BlockNumber)
	}
	holdingText := func(holder, token string) string {
		// holdingEv's text (rules/holder.go)
		return fmt.Sprintf("%s holds 1 of the %s %s (%s) at block %d (16.67%% of supply); the holding last changed in transaction %s at block %d",
			holder, nft.TotalSupply, nft.Symbol, token, snap.Block, mint.TxHash.Hex(), mint.BlockNumber)
	}
	ev := func(text string) report.Evidence {
		return report.Evidence{Kind: "chain", Text: text, Block: mint.BlockNumber, TxHash: mint.TxHash.Hex()}
	}
	other := "0x00000000000000000000000000000000000000aa"
	rep.Findings = []report.Finding{
		{Rule: "CONTRACT-MINT", Subject: tokenSubject, Evidence: []report.Evidence{ev(mintText(to)), ev(mintText(other))}},
		{Rule: "HOLDER-UNIDENTIFIED", Subject: report.Subject{Kind: "wallet", ID: to}, Evidence: []report.Evidence{
			ev(holdingText(to, nft.Address)), ev(holdingText(other, nft.Address)), ev(holdingText(to, rep.Tokens[0].Address))}},
	}
	if rep.Tokens[0].Address == nft.Address {
		t.Fatal("want another token first")
	}
	res := Verify(rep, Options{})
	if err := CheckChain(ctx, node, "embedded", rep, res); err != nil {
		t.Fatal(err)
	}
	if res.Node == nil || res.Node.Pinned != "" || res.Node.Transfers != 2 || res.Checked != 5 || res.Resolved != 2 {
		t.Fatalf("node %+v, checked %d, resolved %d; want the pinned block, 2 transfers, 5 checked, 2 resolved\n%+v", res.Node, res.Checked, res.Resolved, res.Unresolved)
	}
	want := map[string]string{
		mintText(other):                        "has no transfer of 1 " + nft.Address + " from 0x0000000000000000000000000000000000000000 to " + other,
		holdingText(other, nft.Address):        "has no transfer of " + nft.Address + " into or out of " + other,
		holdingText(to, rep.Tokens[0].Address): "has no transfer of " + rep.Tokens[0].Address + " into or out of " + to,
	}
	got := reasons(res)
	for text, why := range want {
		if !strings.Contains(got[text], why) {
			t.Errorf("%s: reason %q, want it to say %q", text, got[text], why)
		}
	}
}

// embeddedScenario starts the fixture scenario's embedded chain (closed
// when the test ends) and reads its tokens: the chain, the node to verify
// against and the snapshot a report of it would cite.
func embeddedScenario(t *testing.T) (*chain.Embedded, Node, *chain.Snapshot) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := chain.ParsePlan(data)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	emb, err := chain.NewEmbedded(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { emb.Close() })
	node, ok := emb.Client().(Node)
	if !ok {
		t.Fatal("the embedded chain's client is not a Node")
	}
	snap, err := chain.Read(ctx, emb.Client(), emb.Tokens(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return emb, node, snap
}
