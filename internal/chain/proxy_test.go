package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// refusingProxy is a loopback JSON-RPC proxy in front of the embedded
// chain that refuses eth_getLogs ranges wider than limit blocks the way one
// provider does.
type refusingProxy struct {
	inner   http.Handler
	limit   uint64
	refuse  func(w http.ResponseWriter, r *http.Request, id json.RawMessage, from, to uint64)
	queries atomic.Int64
	refused atomic.Int64
}

type rpcRequest struct {
	ID     json.RawMessage   `json:"id"`
	Method string            `json:"method"`
	Params []json.RawMessage `json:"params"`
}

func (p *refusingProxy) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var req rpcRequest
	if json.Unmarshal(body, &req) == nil && req.Method == "eth_getLogs" && len(req.Params) == 1 {
		p.queries.Add(1)
		var q struct{ FromBlock, ToBlock string }
		if err := json.Unmarshal(req.Params[0], &q); err == nil {
			from, _ := strconv.ParseUint(strings.TrimPrefix(q.FromBlock, "0x"), 16, 64)
			to, _ := strconv.ParseUint(strings.TrimPrefix(q.ToBlock, "0x"), 16, 64)
			if to-from+1 > p.limit {
				p.refused.Add(1)
				p.refuse(w, r, req.ID, from, to)
				return
			}
		}
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	p.inner.ServeHTTP(w, r)
}

// rpcError answers a JSON-RPC error with this message, verbatim.
func rpcError(code int, message string) func(http.ResponseWriter, *http.Request, json.RawMessage, uint64, uint64) {
	return func(w http.ResponseWriter, _ *http.Request, id json.RawMessage, from, to uint64) {
		msg := strings.NewReplacer("{from}", fmt.Sprintf("%#x", from), "{to}", fmt.Sprintf("%#x", to),
			"{half}", fmt.Sprintf("%#x", from+(to-from)/2)).Replace(message)
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": id, "error": map[string]any{"code": code, "message": msg}})
	}
}

func httpStatus(code int) func(http.ResponseWriter, *http.Request, json.RawMessage, uint64, uint64) {
	return func(w http.ResponseWriter, _ *http.Request, _ json.RawMessage, _, _ uint64) {
		http.Error(w, http.StatusText(code), code)
	}
}

// hang answers nothing until the client gives up.
func hang(w http.ResponseWriter, r *http.Request, _ json.RawMessage, _, _ uint64) {
	select {
	case <-r.Context().Done():
	case <-time.After(10 * time.Second):
	}
}

// providerRefusals are the refusals of real providers, verbatim.
var providerRefusals = []struct {
	name   string
	refuse func(http.ResponseWriter, *http.Request, json.RawMessage, uint64, uint64)
}{
	{"geth/infura result cap", rpcError(-32005, "query returned more than 10000 results")},
	{"alchemy suggested range", rpcError(-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [{from}, {half}]")},
	{"alchemy same range back", rpcError(-32602, "Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [{from}, {to}]")},
	{"quicknode", rpcError(-32602, "eth_getLogs is limited to a 10,000 range")},
	{"ankr", rpcError(-32600, "block range is too wide")},
	{"bsc maximum", rpcError(-32000, "exceed maximum block range: 5000")},
	{"range too large", rpcError(-32000, "range too large")},
	{"503", httpStatus(http.StatusServiceUnavailable)},
	{"timeout", hang},
}

// TestReadThroughRefusingProxy reads the fixture chain over HTTP through
// a proxy refusing wide log queries each way a real provider does, and
// requires exactly the holders of the direct read.
func TestReadThroughRefusingProxy(t *testing.T) {
	_, emb, want := sharedChain(t)
	inner, err := emb.Handler()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range providerRefusals {
		for _, limit := range []uint64{1, 3} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, limit), func(t *testing.T) {
				p := &refusingProxy{inner: inner, limit: limit, refuse: tt.refuse}
				srv := httptest.NewServer(p)
				defer srv.Close()
				ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
				defer cancel()
				client, err := Dial(ctx, srv.URL, DialOptions{CallTimeout: 500 * time.Millisecond})
				if err != nil {
					t.Fatal(err)
				}
				defer client.Close()
				var mu sync.Mutex
				var last, total uint64
				calls := 0
				opts := Options{Logs: LogOptions{Backoff: time.Millisecond, Progress: func(done, all uint64) {
					mu.Lock()
					defer mu.Unlock()
					calls++
					last, total = done, all
				}}}
				snap, err := ReadWith(ctx, client, emb.Tokens(), nil, opts)
				if err != nil {
					t.Fatal(err)
				}
				if p.refused.Load() == 0 {
					t.Fatalf("no query was refused (%d queries)", p.queries.Load())
				}
				if snap.BlockHash != want.BlockHash || len(snap.Tokens) != len(want.Tokens) {
					t.Fatalf("block %s, %d tokens; want %s, %d", snap.BlockHash, len(snap.Tokens), want.BlockHash, len(want.Tokens))
				}
				for i, tok := range snap.Tokens {
					w := want.Tokens[i]
					if !reflect.DeepEqual(tok.Holders, w.Holders) {
						t.Errorf("%s holders through the proxy:\n%+v\nwant\n%+v", w.Symbol, tok.Holders, w.Holders)
					}
					if len(tok.Mismatches) != 0 || len(tok.Controllers) != len(w.Controllers) || len(tok.Transfers) != len(w.Transfers) {
						t.Errorf("%s: mismatches %v, controllers/transfers differ from the direct read", w.Symbol, tok.Mismatches)
					}
				}
				if calls == 0 || last != total {
					t.Errorf("progress called %d times, last %d of %d", calls, last, total)
				}
			})
		}
	}
}

// TestRefusalTable checks each supported refusal string is recognised and
// what range it leads to.
func TestRefusalTable(t *testing.T) {
	tests := []struct {
		msg        string
		refusal    bool
		sugFrom    uint64
		sugTo      uint64
		hasSuggest bool
		max        uint64
	}{
		{"query returned more than 10000 results", true, 0, 0, false, 0},
		{"Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range and no limit on the response size, or you can request any block range with a cap of 10K logs in the response. Based on your parameters, this block range should work: [0x10, 0x1f]", true, 16, 31, true, 2000},
		{"eth_getLogs is limited to a 10,000 range", true, 0, 0, false, 10000},
		{"block range is too wide", true, 0, 0, false, 0},
		{"exceed maximum block range: 5000", true, 0, 0, false, 5000},
		{"range too large", true, 0, 0, false, 0},
		{"context deadline exceeded", true, 0, 0, false, 0},
		{"503 Service Unavailable: Service Unavailable", true, 0, 0, false, 0},
		{"execution reverted", false, 0, 0, false, 0},
		{"missing trie node abc (path )", false, 0, 0, false, 0},
	}
	for _, tt := range tests {
		err := errors.New(tt.msg)
		if got := IsRefusal(err); got != tt.refusal {
			t.Errorf("IsRefusal(%q) = %v", tt.msg, got)
		}
		a, b, ok := suggestion(err)
		if ok != tt.hasSuggest || a != tt.sugFrom || b != tt.sugTo {
			t.Errorf("suggestion(%q) = %d, %d, %v", tt.msg, a, b, ok)
		}
		if n, _ := maxRange(err); n != tt.max {
			t.Errorf("maxRange(%q) = %d, want %d", tt.msg, n, tt.max)
		}
	}
}

// TestPrunedHistory: a node without the history fails the read plainly,
// whether it says so or answers no logs at all.
func TestPrunedHistory(t *testing.T) {
	_, emb, _ := sharedChain(t)
	inner, err := emb.Handler()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		refuse func(http.ResponseWriter, *http.Request, json.RawMessage, uint64, uint64)
	}{
		{"missing trie node", rpcError(-32000, "missing trie node 1c0e2f (path ) state 0x1c0e2f is not available")},
		{"historical state", rpcError(-32000, "historical state 1c0e2f000000 is not available")},
		{"pruned", rpcError(-32000, "history has been pruned")},
		{"empty answer", func(w http.ResponseWriter, _ *http.Request, id json.RawMessage, _, _ uint64) {
			w.Header().Set("Content-Type", "application/json")
			json.NewEncoder(w).Encode(map[string]any{"jsonrpc": "2.0", "id": id, "result": []any{}})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(&refusingProxy{inner: inner, limit: 0, refuse: tt.refuse})
			defer srv.Close()
			ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
			defer cancel()
			client, err := Dial(ctx, srv.URL, DialOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			snap, err := Read(ctx, client, emb.Tokens(), nil)
			if !errors.Is(err, ErrPrunedHistory) {
				t.Fatalf("read gave %v, %v; want ErrPrunedHistory", snap, err)
			}
		})
	}
}
