package chain

import (
	"context"
	"encoding/json"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

// lateNode answers as geth does just after it starts and just after a
// funding transaction is mined: "insufficient funds" to the first
// refuseSends eth_sendRawTransaction calls and "transaction indexing is in
// progress" to the first indexing eth_getTransactionReceipt calls, then
// accepts the transaction and gives its receipt.
type lateNode struct {
	refuseSends, indexing int64
	sends, receipts       atomic.Int64
}

func (n *lateNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	json.Unmarshal(body, &req)
	answer := func(result any, errMsg string) {
		out := map[string]any{"jsonrpc": "2.0", "id": req.ID}
		if errMsg != "" {
			out["error"] = map[string]any{"code": -32000, "message": errMsg}
		} else {
			out["result"] = result
		}
		json.NewEncoder(w).Encode(out)
	}
	switch req.Method {
	case "eth_sendRawTransaction":
		if n.sends.Add(1) <= n.refuseSends {
			answer(nil, "insufficient funds for gas * price + value: balance 0, tx cost 1, overshot 1")
			return
		}
		answer(common.Hash{1}.Hex(), "")
	case "eth_getTransactionReceipt":
		if n.receipts.Add(1) <= n.indexing {
			answer(nil, "transaction indexing is in progress")
			return
		}
		answer(map[string]any{"transactionHash": common.Hash{1}.Hex(), "blockHash": common.Hash{2}.Hex(), "blockNumber": "0x5",
			"transactionIndex": "0x0", "status": "0x1", "cumulativeGasUsed": "0x5208", "gasUsed": "0x5208",
			"logs": []any{}, "logsBloom": "0x" + strings.Repeat("00", 256), "type": "0x2", "effectiveGasPrice": "0x1"}, "")
	default:
		answer(nil, "method not found")
	}
}

// TestSendWhenFundedAndWaitReceipt: a transaction refused for insufficient
// funds while the node's pool catches up with the funding block is sent
// again, and a receipt asked while the node is still indexing is asked
// again, instead of failing a deployment (audit devnet --rpc) or a test on
// a geth node that has just started; other refusals fail at once.
func TestSendWhenFundedAndWaitReceipt(t *testing.T) {
	node := &lateNode{refuseSends: 3, indexing: 3}
	srv := httptest.NewServer(node)
	defer srv.Close()
	client, err := ethclient.Dial(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: big.NewInt(1337), Gas: 21000, GasFeeCap: big.NewInt(1), GasTipCap: big.NewInt(1)})
	ctx := context.Background()
	if err := SendWhenFunded(ctx, client, tx); err != nil {
		t.Fatalf("SendWhenFunded: %v", err)
	}
	if got := node.sends.Load(); got != 4 {
		t.Errorf("%d sends, want 4 (3 refused, then accepted)", got)
	}
	r, err := WaitReceipt(ctx, client, common.Hash{1})
	if err != nil || r.Status != types.ReceiptStatusSuccessful {
		t.Fatalf("WaitReceipt: %v, %v", r, err)
	}
	if got := node.receipts.Load(); got != 4 {
		t.Errorf("%d receipt queries, want 4 (3 while indexing, then the receipt)", got)
	}
	if !IndexingInProgress(errString("transaction indexing is in progress")) || IndexingInProgress(errString("not found")) || IndexingInProgress(nil) {
		t.Error("IndexingInProgress misreads an error")
	}
	// Another refusal ends the send at once.
	srv2 := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000,"message":"nonce too low"}}`)
	}))
	defer srv2.Close()
	c2, err := ethclient.Dial(srv2.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	if err := SendWhenFunded(ctx, c2, tx); err == nil || !strings.Contains(err.Error(), "nonce too low") {
		t.Errorf("nonce too low: %v, want it returned", err)
	}
}

type errString string

func (e errString) Error() string { return string(e) }
