package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
)

// mockNode answers JSON-RPC calls and batches over HTTP on 127.0.0.1 with
// fixed results, after refuse has had its say. It counts the requests of
// each method (a batch counts under "batch") and notes when each came.
type mockNode struct {
	// refuse answers attempt n (from 1) of a request of method itself and
	// returns true, or returns false to let the node answer.
	refuse func(w http.ResponseWriter, method string, n int) bool

	mu    sync.Mutex
	hits  map[string]int
	times []time.Time
	bad   []string // requests that were not JSON-RPC (a body not sent again)
}

// results are the mock node's answers.
var results = map[string]string{
	"eth_chainId":            `"0x539"`,
	"eth_call":               `"0x000000000000000000000000000000000000000000000000000000000000002a"`,
	"eth_getLogs":            "[" + fullLog() + "]",
	"eth_sendRawTransaction": `"0x` + strings.Repeat("ab", 32) + `"`,
}

func (m *mockNode) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	type call struct {
		ID     json.RawMessage `json:"id"`
		Method string          `json:"method"`
	}
	var calls []call
	batch := bytes.HasPrefix(bytes.TrimSpace(body), []byte("["))
	var err error
	if batch {
		err = json.Unmarshal(body, &calls)
	} else {
		calls = make([]call, 1)
		err = json.Unmarshal(body, &calls[0])
	}
	method := "batch"
	if !batch && err == nil {
		method = calls[0].Method
	}
	m.mu.Lock()
	if m.hits == nil {
		m.hits = map[string]int{}
	}
	m.hits[method]++
	n := m.hits[method]
	m.times = append(m.times, time.Now())
	if err != nil || len(calls) == 0 || calls[0].Method == "" {
		m.bad = append(m.bad, string(body))
	}
	m.mu.Unlock()
	if m.refuse != nil && m.refuse(w, method, n) {
		return
	}
	var answers []string
	for _, c := range calls {
		res, ok := results[c.Method]
		if !ok {
			res = "null"
		}
		answers = append(answers, fmt.Sprintf(`{"jsonrpc":"2.0","id":%s,"result":%s}`, c.ID, res))
	}
	w.Header().Set("Content-Type", "application/json")
	if batch {
		io.WriteString(w, "["+strings.Join(answers, ",")+"]")
	} else if len(answers) > 0 {
		io.WriteString(w, answers[0])
	}
}

func (m *mockNode) count(method string) int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.hits[method]
}

// gaps returns the times between the requests the node received.
func (m *mockNode) gaps() []time.Duration {
	m.mu.Lock()
	defer m.mu.Unlock()
	var out []time.Duration
	for i := 1; i < len(m.times); i++ {
		out = append(out, m.times[i].Sub(m.times[i-1]))
	}
	return out
}

// serve starts m on 127.0.0.1 and dials it with opts.
func (m *mockNode) serve(t *testing.T, opts DialOptions) *Client {
	t.Helper()
	srv := httptest.NewServer(m)
	t.Cleanup(srv.Close)
	client, err := Dial(context.Background(), srv.URL, opts)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	return client
}

// refuseFirst refuses the first times attempts of each method with status,
// and the Retry-After header when it is not empty.
func refuseFirst(times, status int, retryAfter func() string) func(http.ResponseWriter, string, int) bool {
	return func(w http.ResponseWriter, _ string, n int) bool {
		if n > times {
			return false
		}
		if retryAfter != nil {
			w.Header().Set("Retry-After", retryAfter())
		}
		http.Error(w, http.StatusText(status), status)
		return true
	}
}

// callEach makes a call of method through client, as the reader does.
func callEach(ctx context.Context, client *Client, method string) error {
	switch method {
	case "eth_chainId":
		id, err := client.ChainID(ctx)
		if err == nil && id.Int64() != 1337 {
			err = fmt.Errorf("chain id %v, want 1337", id)
		}
		return err
	case "eth_call":
		to := common.HexToAddress("0x1")
		out, err := client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: []byte{1, 2, 3, 4}}, big.NewInt(1))
		if err == nil && (len(out) != 32 || out[31] != 42) {
			err = fmt.Errorf("eth_call gave %x", out)
		}
		return err
	case "eth_getLogs":
		logs, err := logSource(client).FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(40)})
		if err == nil && len(logs) != 1 {
			err = fmt.Errorf("%d logs, want 1", len(logs))
		}
		return err
	case "batch":
		var id, out string
		b := []rpc.BatchElem{{Method: "eth_chainId", Result: &id}, {Method: "eth_call", Args: []any{map[string]any{"to": "0x0000000000000000000000000000000000000001"}, "latest"}, Result: &out}}
		if err := client.Client().BatchCallContext(ctx, b); err != nil {
			return err
		}
		if id != "0x539" || len(out) != 66 || b[0].Error != nil || b[1].Error != nil {
			return fmt.Errorf("batch gave %q, %q, %v, %v", id, out, b[0].Error, b[1].Error)
		}
		return nil
	case "eth_sendRawTransaction":
		var h common.Hash
		return client.Client().CallContext(ctx, &h, "eth_sendRawTransaction", "0x01")
	}
	return fmt.Errorf("no call for %s", method)
}

// TestRetryRefusalsThenAnswer has a node refuse each request twice (429
// without and with Retry-After in seconds or as an HTTP date; 503; for
// reads, 502 and 504), then answer: the call succeeds after three
// attempts, the request sent again whole each time, and a Retry-After is
// waited for.
func TestRetryRefusalsThenAnswer(t *testing.T) {
	tests := []struct {
		name       string
		status     int
		retryAfter func() string
		minGap     time.Duration // the shortest wait Retry-After allows
		methods    []string
	}{
		{"429", 429, nil, 0, []string{"eth_chainId", "eth_call", "eth_getLogs", "batch", "eth_sendRawTransaction"}},
		{"429 Retry-After seconds", 429, func() string { return "1" }, 900 * time.Millisecond, []string{"eth_chainId", "eth_call", "eth_getLogs"}},
		{"429 Retry-After date", 429, func() string { return time.Now().Add(2 * time.Second).UTC().Format(http.TimeFormat) }, 500 * time.Millisecond, []string{"eth_call", "eth_getLogs"}},
		{"503", 503, nil, 0, []string{"eth_chainId", "eth_call", "batch", "eth_sendRawTransaction"}},
		{"503 Retry-After", 503, func() string { return "1" }, 900 * time.Millisecond, []string{"eth_call"}},
		{"502", 502, nil, 0, []string{"eth_chainId", "eth_call", "batch"}},
		{"504", 504, nil, 0, []string{"eth_chainId", "eth_call", "batch"}},
	}
	for _, tt := range tests {
		for _, method := range tt.methods {
			t.Run(tt.name+"/"+method, func(t *testing.T) {
				node := &mockNode{refuse: refuseFirst(2, tt.status, tt.retryAfter)}
				client := node.serve(t, DialOptions{RetryWait: time.Millisecond})
				if err := callEach(context.Background(), client, method); err != nil {
					t.Fatalf("%s after two %d: %v", method, tt.status, err)
				}
				if n := node.count(method); n != 3 {
					t.Errorf("%d attempts, want 3", n)
				}
				if len(node.bad) > 0 {
					t.Errorf("requests sent again without their body: %q", node.bad)
				}
				for _, g := range node.gaps() {
					if g < tt.minGap {
						t.Errorf("waited %s between attempts; Retry-After asked for at least %s", g, tt.minGap)
					}
				}
			})
		}
	}
}

// TestRetryGivesUp has a node refuse every request with 429: the call
// fails after DefaultAttempts requests with the rpc.HTTPError of the last
// answer, its status naming the attempts, having waited the doubling
// waits (each at least half of 250 ms doubled) and no more than
// MaxRetryWaiting in all. Through FilterLogs, which shrinks ranges on
// other refusals, a 429 still costs DefaultAttempts requests, not more.
func TestRetryGivesUp(t *testing.T) {
	for _, method := range []string{"eth_chainId", "eth_getLogs", "FilterLogs"} {
		t.Run(method, func(t *testing.T) {
			node := &mockNode{refuse: refuseFirst(1<<30, 429, nil)}
			client := node.serve(t, DialOptions{})
			var err error
			if method == "FilterLogs" {
				_, err = FilterLogs(context.Background(), client, common.HexToAddress("0x1"), nil, 0, 100_000, LogOptions{Concurrency: 1, Backoff: time.Millisecond})
			} else {
				err = callEach(context.Background(), client, method)
			}
			if err == nil {
				t.Fatal("a node always answering 429 gave no error")
			}
			var he rpc.HTTPError
			if !errors.As(err, &he) || he.StatusCode != 429 {
				t.Fatalf("error %v (%T), want an rpc.HTTPError with status 429", err, err)
			}
			if want := fmt.Sprintf("429 Too Many Requests (%d attempts)", DefaultAttempts); !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
			hits := node.count("eth_getLogs")
			if method == "eth_chainId" {
				hits = node.count(method)
			}
			if hits != DefaultAttempts {
				t.Errorf("%d requests, want %d", hits, DefaultAttempts)
			}
			var total time.Duration
			for i, g := range node.gaps() {
				if least := DefaultRetryWait << i / 2; g < least {
					t.Errorf("wait %d was %s, less than %s", i+1, g, least)
				}
				total += g
			}
			if total > MaxRetryWaiting {
				t.Errorf("waited %s in all, more than %s", total, MaxRetryWaiting)
			}
		})
	}
}

// TestRetryNotForOtherAnswers: a 400, a JSON-RPC error object, a node
// asking to wait longer than MaxRetryAfter, a write answered 502 or 504,
// and eth_getLogs answered 502, 503 or 504 (which FilterLogs shrinks the
// range for) are each sent once; the error is today's, without a note,
// but for the long Retry-After, which says why it was not waited for.
func TestRetryNotForOtherAnswers(t *testing.T) {
	rpcErr := func(w http.ResponseWriter, _ string, _ int) bool {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"rate limit exceeded"}}`)
		return true
	}
	tests := []struct {
		name, method string
		refuse       func(http.ResponseWriter, string, int) bool
		want         string // in the error
	}{
		{"400", "eth_call", refuseFirst(1<<30, 400, nil), "400 Bad Request: Bad Request"},
		{"JSON-RPC error", "eth_call", rpcErr, "rate limit exceeded"},
		{"JSON-RPC error, logs", "eth_getLogs", rpcErr, "rate limit exceeded"},
		{"Retry-After an hour", "eth_chainId", refuseFirst(1<<30, 429, func() string { return "3600" }), "429 Too Many Requests (1 attempt, stopped: the node asked to wait 1h0m0s, more than 10s)"},
		{"write 502", "eth_sendRawTransaction", refuseFirst(1<<30, 502, nil), "502 Bad Gateway: Bad Gateway"},
		{"write 504", "eth_sendRawTransaction", refuseFirst(1<<30, 504, nil), "504 Gateway Timeout: Gateway Timeout"},
		{"logs 502", "eth_getLogs", refuseFirst(1<<30, 502, nil), "502 Bad Gateway: Bad Gateway"},
		{"logs 503", "eth_getLogs", refuseFirst(1<<30, 503, nil), "503 Service Unavailable: Service Unavailable"},
		{"logs 504", "eth_getLogs", refuseFirst(1<<30, 504, nil), "504 Gateway Timeout: Gateway Timeout"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			node := &mockNode{refuse: tt.refuse}
			client := node.serve(t, DialOptions{RetryWait: time.Millisecond})
			err := callEach(context.Background(), client, tt.method)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) || strings.Contains(err.Error(), "attempts") {
				t.Errorf("error %q, want %q and no note of attempts", err, tt.want)
			}
			if n := node.count(tt.method); n != 1 {
				t.Errorf("sent %d times, want once", n)
			}
		})
	}
}

// TestRetryStopsAtDeadline: a node asking to wait 5 s is not waited for
// when the context's deadline, or the call timeout, comes sooner: the call
// fails at once with the 429 and why it stopped. A context cancelled
// during a wait ends the call with its error.
func TestRetryStopsAtDeadline(t *testing.T) {
	for _, by := range []string{"context", "call timeout"} {
		t.Run(by, func(t *testing.T) {
			node := &mockNode{refuse: refuseFirst(1<<30, 429, func() string { return "5" })}
			opts := DialOptions{}
			ctx := context.Background()
			if by == "context" {
				var cancel context.CancelFunc
				ctx, cancel = context.WithTimeout(ctx, 2*time.Second)
				defer cancel()
			} else {
				opts.CallTimeout = 2 * time.Second
			}
			client := node.serve(t, opts)
			err := callEach(ctx, client, "eth_call")
			var he rpc.HTTPError
			if !errors.As(err, &he) || he.StatusCode != 429 {
				t.Fatalf("error %v, want an rpc.HTTPError with status 429", err)
			}
			if want := "(1 attempt, stopped: no time left before the call's deadline)"; !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not say %q", err, want)
			}
			if n := node.count("eth_call"); n != 1 {
				t.Errorf("sent %d times, want once", n)
			}
		})
	}
	t.Run("cancelled while waiting", func(t *testing.T) {
		node := &mockNode{refuse: refuseFirst(1<<30, 503, nil)}
		client := node.serve(t, DialOptions{RetryWait: time.Hour})
		ctx, cancel := context.WithCancel(context.Background())
		time.AfterFunc(200*time.Millisecond, cancel)
		err := callEach(ctx, client, "eth_chainId")
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("error %v, want context.Canceled", err)
		}
		if n := node.count("eth_chainId"); n != 1 {
			t.Errorf("sent %d times, want once", n)
		}
	})
}

// TestRetryCutConnection has a node cut the connection (a TCP reset) of
// each request twice before answering: a read succeeds on the third
// attempt; a write, which the node may have handled, is sent once and
// fails.
func TestRetryCutConnection(t *testing.T) {
	cut := func(w http.ResponseWriter, _ string, n int) bool {
		if n > 2 {
			return false
		}
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			panic(err)
		}
		conn.(*net.TCPConn).SetLinger(0)
		conn.Close()
		return true
	}
	for _, tt := range []struct {
		method string
		ok     bool
	}{{"eth_chainId", true}, {"eth_getLogs", true}, {"batch", true}, {"eth_sendRawTransaction", false}} {
		t.Run(tt.method, func(t *testing.T) {
			node := &mockNode{refuse: cut}
			client := node.serve(t, DialOptions{RetryWait: time.Millisecond})
			err := callEach(context.Background(), client, tt.method)
			want := 3
			if !tt.ok {
				want = 1
				if err == nil {
					t.Error("a write whose connection was cut succeeded")
				}
			} else if err != nil {
				t.Errorf("%s after two cut connections: %v", tt.method, err)
			}
			if n := node.count(tt.method); n != want {
				t.Errorf("sent %d times, want %d", n, want)
			}
		})
	}
}

// TestRetryAfterHeader reads Retry-After values.
func TestRetryAfterHeader(t *testing.T) {
	now := time.Date(2026, 12, 7, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"", 0, false},
		{"0", 0, true},
		{" 7 ", 7 * time.Second, true},
		{"Mon, 07 Dec 2026 12:00:30 GMT", 30 * time.Second, true},
		{"Mon, 07 Dec 2026 11:00:00 GMT", 0, true},
		{"-1", 0, false},
		{"1.5", 0, false},
		{"soon", 0, false},
		{"99999999999999999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := retryAfter(tt.in, now)
		if got != tt.want || ok != tt.ok {
			t.Errorf("retryAfter(%q) = %s, %v; want %s, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// BenchmarkDialCall makes eth_chainId calls through a client Dial made, its
// requests sent once (Attempts 1: the baseline, as before retries) and
// with retries on (the default), to a node that always answers, and prints
// the ratio of time and of allocations: the retries cost nothing on
// answered calls.
func BenchmarkDialCall(b *testing.B) {
	srv := httptest.NewServer(&mockNode{})
	defer srv.Close()
	per := map[int][2]float64{}
	for _, attempts := range []int{1, DefaultAttempts} {
		b.Run(fmt.Sprintf("attempts=%d", attempts), func(b *testing.B) {
			client, err := Dial(context.Background(), srv.URL, DialOptions{Attempts: attempts})
			if err != nil {
				b.Fatal(err)
			}
			defer client.Close()
			b.ReportAllocs()
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			start := time.Now()
			for b.Loop() {
				if _, err := client.ChainID(context.Background()); err != nil {
					b.Fatal(err)
				}
			}
			elapsed := time.Since(start)
			runtime.ReadMemStats(&after)
			allocs := after.Mallocs - before.Mallocs
			per[attempts] = [2]float64{float64(elapsed.Nanoseconds()) / float64(b.N), float64(allocs) / float64(b.N)}
		})
	}
	if base, with := per[1], per[DefaultAttempts]; base[0] > 0 && with[0] > 0 {
		b.Logf("with retries ÷ without: time %.2f, allocations %.1f / %.1f a call", with[0]/base[0], with[1], base[1])
	}
}
