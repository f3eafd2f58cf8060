package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// TestHostileNode: a node answering garbage, endless or huge bodies,
// malformed results, logs the query excludes or the same log twice, or
// nothing at all makes Read fail with a clear error,
// quickly, without a panic or a hang.
func TestHostileNode(t *testing.T) {
	_, emb, _ := sharedChain(t)
	inner, err := emb.Handler()
	if err != nil {
		t.Fatal(err)
	}
	// only answers method with answer and passes anything else to the chain.
	only := func(method string, answer http.HandlerFunc) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, _ := io.ReadAll(r.Body)
			var req rpcRequest
			r.Body = io.NopCloser(bytes.NewReader(body))
			if method == "*" || json.Unmarshal(body, &req) == nil && req.Method == method {
				answer(w, r)
				return
			}
			inner.ServeHTTP(w, r)
		})
	}
	endless := func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x`))
		chunk := bytes.Repeat([]byte("00"), 32<<10)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	}
	// editLogs answers with the chain's own logs, edited.
	editLogs := func(edit func(logs []map[string]any) []map[string]any) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			rec := httptest.NewRecorder()
			inner.ServeHTTP(rec, r)
			var resp struct {
				JSONRPC string           `json:"jsonrpc"`
				ID      json.RawMessage  `json:"id"`
				Result  []map[string]any `json:"result"`
			}
			if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
				t.Errorf("the chain's eth_getLogs answer: %v", err)
			}
			if len(resp.Result) > 0 {
				resp.Result = edit(resp.Result)
			}
			json.NewEncoder(w).Encode(resp)
		}
	}
	tests := []struct {
		name    string
		handler http.Handler
		want    string // in the error; alternatives separated by |
	}{
		{"a block time past year 9999", only("eth_getBlockByNumber", func(w http.ResponseWriter, r *http.Request) {
			rec := httptest.NewRecorder()
			inner.ServeHTTP(rec, r)
			var resp map[string]any
			if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
				t.Errorf("the chain's eth_getBlockByNumber answer: %v", err)
			}
			if h, ok := resp["result"].(map[string]any); ok {
				h["timestamp"] = "0x4000000000000000"
			}
			json.NewEncoder(w).Encode(resp)
		}), "the node gave the time 4611686018427387904, after year 9999"},
		{"every log twice", only("eth_getLogs", editLogs(func(logs []map[string]any) []map[string]any {
			return append(logs, logs...)
		})), "twice"},
		{"a log of a later block", only("eth_getLogs", editLogs(func(logs []map[string]any) []map[string]any {
			logs[0]["blockNumber"] = "0xfffff"
			return logs
		})), "a log of another block"},
		{"a log of another contract", only("eth_getLogs", editLogs(func(logs []map[string]any) []map[string]any {
			logs[0]["address"] = "0x00000000000000000000000000000000000000aa"
			return logs
		})), "a log of another contract, 0x00000000000000000000000000000000000000aa"},
		{"a log of another event", only("eth_getLogs", editLogs(func(logs []map[string]any) []map[string]any {
			logs[0]["topics"] = []string{"0x" + strings.Repeat("ab", 32)}
			return logs
		})), "topic 0 is not one asked for"},
		{"garbage", only("*", func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("<html>hello</html>")) }), "invalid character"},
		{"endless body", only("*", endless), "larger than the limit"},
		{"declared huge body", only("*", func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Length", "999999999999")
			w.Write([]byte("{}"))
		}), "more than the limit"},
		{"never answers", only("*", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }), "Timeout exceeded|deadline exceeded"},
		{"endless logs", only("eth_getLogs", endless), "larger than the limit"},
		{"malformed logs", only("eth_getLogs", func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":[{"address":"0x01","topics":["0x1234"]}]}`))
		}), "reading logs"},
		{"logs of the wrong type", only("eth_getLogs", func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":{"logs":42}}`))
		}), "reading logs"},
		{"malformed header", only("eth_getBlockByNumber", func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":{"number":"zz"}}`))
		}), "block header"},
		{"chain id not a number", only("eth_chainId", func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"hello"}`))
		}), "chain id"},
		{"chain id past 64 bits", only("eth_chainId", func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x10000000000000001"}`)) // 2^64 + 1, which Uint64 read as 1 (mainnet)
		}), "the node gave 18446744073709551617, not a 64-bit chain id"},
		{"error without message", only("eth_call", func(w http.ResponseWriter, _ *http.Request) {
			w.Write([]byte(`{"jsonrpc":"2.0","id":1,"error":{"code":-32000}}`))
		}), "token 0x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(tt.handler)
			defer srv.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			client, err := Dial(ctx, srv.URL, DialOptions{CallTimeout: time.Second, MaxResponseBytes: 1 << 20})
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			start := time.Now()
			snap, err := Read(ctx, client, emb.Tokens(), nil)
			if err == nil {
				t.Fatalf("read succeeded with %d tokens", len(snap.Tokens))
			}
			found := false
			for _, w := range strings.Split(tt.want, "|") {
				found = found || strings.Contains(err.Error(), w)
			}
			if !found {
				t.Errorf("error %q does not say %q", err, tt.want)
			}
			if d := time.Since(start); d > 10*time.Second {
				t.Errorf("took %s to fail", d)
			}
		})
	}
}

// TestDialRejectsOtherSchemes: only http(s) and ws(s) URLs are dialled.
func TestDialRejectsOtherSchemes(t *testing.T) {
	for _, url := range []string{"/tmp/geth.ipc", "ftp://x", ""} {
		if _, err := Dial(context.Background(), url, DialOptions{}); err == nil {
			t.Errorf("Dial(%q) succeeded", url)
		}
	}
}

// silentNode is a WebSocket node that takes every request of the eth
// methods below and answers none until the connection closes.
type silentNode struct{}

func (silentNode) ChainId(ctx context.Context) (*hexutil.Big, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func (silentNode) GetBlockByNumber(ctx context.Context, _ string, _ bool) (map[string]any, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

func (silentNode) GetLogs(ctx context.Context, _ map[string]any) ([]any, error) {
	<-ctx.Done()
	return nil, ctx.Err()
}

// TestWebSocketCallsBounded: over WebSocket, where go-ethereum bounds no
// single request, a node that never answers makes Read and the log query
// fail after the call timeout instead of hanging.
func TestWebSocketCallsBounded(t *testing.T) {
	node := rpc.NewServer()
	if err := node.RegisterName("eth", silentNode{}); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(node.WebsocketHandler([]string{"*"}))
	defer srv.Close()
	defer node.Stop()
	client, err := Dial(context.Background(), "ws"+strings.TrimPrefix(srv.URL, "http"), DialOptions{CallTimeout: 300 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	calls := map[string]func() error{
		"Read": func() error {
			_, err := Read(context.Background(), client, []string{"0x1111111111111111111111111111111111111111"}, big.NewInt(1))
			return err
		},
		"eth_getLogs": func() error {
			_, err := logSource(client).FilterLogs(context.Background(), ethereum.FilterQuery{})
			return err
		},
	}
	for name, call := range calls {
		done := make(chan error, 1)
		start := time.Now()
		go func() { done <- call() }()
		select {
		case err := <-done:
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("%s: error %v, want the call timeout", name, err)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("%s took %s to fail", name, d)
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("%s still waiting for a silent node after 20 s", name)
		}
	}
}

// TestCallTimeoutZeroAndNone checks what DialOptions.CallTimeout means: a
// node slower than a set timeout fails the call, NoCallTimeout waits for it
// (--rpc-timeout 0 is documented as no limit), and 0 is the default limit.
func TestCallTimeoutZeroAndNone(t *testing.T) {
	const delay = 1500 * time.Millisecond
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(delay)
		w.Write([]byte(`{"jsonrpc":"2.0","id":1,"result":"0x539"}`))
	}))
	defer srv.Close()
	for _, tt := range []struct {
		name    string
		timeout time.Duration
		fails   bool
		limit   time.Duration // the client's own bound on a call, 0 for none
	}{
		{"shorter than the node", 300 * time.Millisecond, true, 300 * time.Millisecond},
		{"none", NoCallTimeout, false, 0},
		{"default", 0, false, DefaultCallTimeout},
	} {
		t.Run(tt.name, func(t *testing.T) {
			client, err := Dial(context.Background(), srv.URL, DialOptions{CallTimeout: tt.timeout})
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			if client.timeout != tt.limit {
				t.Errorf("CallTimeout %v bounds a call at %v, want %v", tt.timeout, client.timeout, tt.limit)
			}
			id, err := client.ChainID(context.Background())
			switch {
			case tt.fails && err == nil:
				t.Fatalf("chain id %v read from a node slower than the timeout %v", id, tt.timeout)
			case !tt.fails && err != nil:
				t.Fatalf("timeout %v: %v", tt.timeout, err)
			case !tt.fails && id.Int64() != 1337:
				t.Fatalf("chain id %v, want 1337", id)
			}
		})
	}
}
