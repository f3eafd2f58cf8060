package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// readFields is what the reader uses of a log; the hand decoder must
// agree with go-ethereum's on each.
type readFields struct {
	Address     common.Address
	Topics      []common.Hash
	Data        []byte
	BlockNumber uint64
	TxHash      common.Hash
	Index       uint
	Removed     bool
}

func fieldsOf(logs []types.Log) []readFields {
	out := make([]readFields, len(logs))
	for i, l := range logs {
		out[i] = readFields{l.Address, l.Topics, l.Data, l.BlockNumber, l.TxHash, l.Index, l.Removed}
	}
	return out
}

// TestRPCLogsMatchEthclient reads every log of the test chain's tokens
// through the hand decoder and through ethclient (types.Log's own JSON
// decoding) and requires the same fields.
func TestRPCLogsMatchEthclient(t *testing.T) {
	_, emb, _ := sharedChain(t)
	src, ok := logSource(emb.client.Client).(rpcLogs)
	if !ok {
		t.Fatalf("an ethclient is read through %T, want rpcLogs", logSource(emb.client.Client))
	}
	ctx := context.Background()
	total := 0
	for _, tok := range emb.Tokens() {
		q := ethereum.FilterQuery{Addresses: []common.Address{common.HexToAddress(tok)}}
		want, err := emb.Client().FilterLogs(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		got, err := src.FilterLogs(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(fieldsOf(got), fieldsOf(want)) {
			t.Errorf("token %s: hand-decoded logs differ from ethclient's:\n%+v\nwant\n%+v", tok, fieldsOf(got), fieldsOf(want))
		}
		total += len(got)
	}
	if total == 0 {
		t.Fatal("the test chain has no logs")
	}
}

// TestReadSameOverHTTP: the read over HTTP, whose logs are decoded by
// hand, finds what the in-process read, through the backend's own
// FilterLogs, finds.
func TestReadSameOverHTTP(t *testing.T) {
	_, emb, want := sharedChain(t)
	if _, ok := logSource(emb.Client()).(rpcLogs); ok {
		t.Fatal("the embedded chain's in-process client is read through rpcLogs, want its own FilterLogs")
	}
	h, err := emb.Handler()
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(h)
	defer srv.Close()
	client, err := Dial(context.Background(), srv.URL, DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if _, ok := logSource(client).(httpLogs); !ok {
		t.Fatalf("a client dialled over HTTP is read through %T, want httpLogs", logSource(client))
	}
	got, err := Read(context.Background(), client, emb.Tokens(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Tokens) != len(want.Tokens) {
		t.Fatalf("%d tokens, want %d", len(got.Tokens), len(want.Tokens))
	}
	for i := range got.Tokens {
		g, w := got.Tokens[i], want.Tokens[i]
		if !reflect.DeepEqual(g.Holders, w.Holders) || !reflect.DeepEqual(g.Mismatches, w.Mismatches) ||
			!reflect.DeepEqual(g.Controllers, w.Controllers) || !reflect.DeepEqual(g.Transfers, w.Transfers) ||
			!reflect.DeepEqual(g.Mints, w.Mints) {
			t.Errorf("token %s over HTTP differs from the in-process read:\n%+v\nwant\n%+v", w.Address, g, w)
		}
	}
}

const (
	tAddr  = `"0x00000000000000000000000000000000000000aa"`
	tTopic = `"0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"`
	tHash  = `"0x1111111111111111111111111111111111111111111111111111111111111111"`
)

// logJSON builds a log object from key/value pairs, values raw JSON.
func logJSON(kv ...string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i < len(kv); i += 2 {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`"` + kv[i] + `":` + kv[i+1])
	}
	b.WriteString("}")
	return b.String()
}

func fullLog(over ...string) string {
	kv := []string{"address", tAddr, "topics", "[" + tTopic + "," + tHash + "]", "data", `"0x0102"`,
		"blockNumber", `"0x1f"`, "transactionHash", tHash, "transactionIndex", `"0x0"`,
		"blockHash", tHash, "logIndex", `"0x3"`, "removed", "false"}
	for i := 0; i < len(over); i += 2 {
		found := false
		for j := 0; j < len(kv); j += 2 {
			if kv[j] == over[i] {
				kv[j+1], found = over[i+1], true
			}
		}
		if !found {
			kv = append(kv, over[i], over[i+1])
		}
	}
	return logJSON(kv...)
}

func without(key string) string {
	kv := []string{"address", tAddr, "topics", "[" + tTopic + "]", "data", `"0x"`, "blockNumber", `"0x1"`, "transactionHash", tHash}
	var out []string
	for i := 0; i < len(kv); i += 2 {
		if kv[i] != key {
			out = append(out, kv[i], kv[i+1])
		}
	}
	return logJSON(out...)
}

// TestLogListDecode: the hand decoder reads what go-ethereum reads, and
// refuses malformed logs with an error instead of a wrong log.
func TestLogListDecode(t *testing.T) {
	good := []string{
		"[" + fullLog() + "]",
		"[" + fullLog() + "," + fullLog("logIndex", `"0x4"`, "removed", "true") + "]",
		" [ ] ",
		"null",
		// Unknown fields of any shape are skipped.
		"[" + fullLog("extra", `{"a":[1,2,{"b":"]}"}],"c":null}`, "more", `-1.5e3`, "s", `"\"}"`) + "]",
		// Upper-case hex, null optional fields, other key case, white space.
		"[" + fullLog("ADDRESS", strings.ToUpper(tAddr), "blockNumber", "null", "logIndex", "null", "removed", "null") + "]",
		"[\n " + strings.ReplaceAll(fullLog(), ":", " : ") + " \n]",
		"[" + fullLog("topics", "[]", "data", `"0x"`) + "]",
		// go-ethereum reads an empty data string as no data, an empty
		// number as 0.
		"[" + fullLog("data", `""`) + "]",
		"[" + fullLog("blockNumber", `""`, "logIndex", `""`) + "]",
		// A large data field, outside the arena.
		"[" + fullLog("data", `"0x`+strings.Repeat("ab", 40000)+`"`) + "]",
	}
	for _, in := range good {
		var want []types.Log
		if err := json.Unmarshal([]byte(in), &want); err != nil {
			t.Fatalf("test input not valid for go-ethereum: %v\n%.200s", err, in)
		}
		var got logList
		if err := json.Unmarshal([]byte(in), &got); err != nil {
			t.Errorf("hand decoder: %v\n%.200s", err, in)
			continue
		}
		if !reflect.DeepEqual(fieldsOf(got), fieldsOf(want)) {
			t.Errorf("hand decoder read\n%+v\nwant\n%+v\nfrom %.200s", fieldsOf(got), fieldsOf(want), in)
		}
	}
	// Escapes in hex strings: go-ethereum refuses them, the hand decoder
	// unescapes them; either way no wrong value.
	var esc logList
	if err := json.Unmarshal([]byte("["+fullLog("data", `"\u0030x0102"`)+"]"), &esc); err != nil || len(esc) != 1 || !bytes.Equal(esc[0].Data, []byte{1, 2}) {
		t.Errorf("escaped data: %v, %+v", err, fieldsOf(esc))
	}

	bad := []struct{ in, want string }{
		{`{"logs":42}`, "want an array"},
		{`42`, "want an array"},
		{"[42]", "want a log object"},
		{"[" + without("address") + "]", "missing required field 'address'"},
		{"[" + without("topics") + "]", "missing required field 'topics'"},
		{"[" + without("data") + "]", "missing required field 'data'"},
		{"[" + without("transactionHash") + "]", "missing required field 'transactionHash'"},
		{"[{}]", "missing required field 'address'"},
		{`[{"address":"0x01","topics":["0x1234"]}]`, "want 20 bytes"},
		{"[" + fullLog("address", `"00000000000000000000000000000000000000aa"`) + "]", "0x-prefixed"},
		{"[" + fullLog("address", `"0x00000000000000000000000000000000000000ag"`) + "]", "want 20 bytes"},
		{"[" + fullLog("topics", `["0x1234"]`) + "]", "want 32 bytes"},
		{"[" + fullLog("topics", tTopic) + "]", "want an array"},
		{"[" + fullLog("topics", "null") + "]", "want an array"},
		{"[" + fullLog("data", `"0x123"`) + "]", "odd number"},
		{"[" + fullLog("data", `"0xzz"`) + "]", "invalid hex"},
		{"[" + fullLog("data", `12`) + "]", "want a string"},
		{"[" + fullLog("blockNumber", `"0x"`) + "]", "at most 64 bits"},
		{"[" + fullLog("blockNumber", `"0x10000000000000000"`) + "]", "at most 64 bits"},
		{"[" + fullLog("logIndex", `"0xg"`) + "]", "want a hex number"},
		{"[" + fullLog("removed", `"no"`) + "]", "want true or false"},
	}
	for _, tt := range bad {
		var got logList
		err := json.Unmarshal([]byte(tt.in), &got)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%.120s: error %v, want one saying %q", tt.in, err, tt.want)
		}
	}
	// Called directly, without encoding/json's validation first.
	for _, in := range []string{"[", "[" + fullLog(), `[{"address":"0x`, "[" + fullLog() + "] x", `[{"a":[}`, `[{"a":"\`} {
		var got logList
		if err := got.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("%q: no error", in)
		}
	}
}

// FuzzLogList: whenever go-ethereum decodes a log array, the hand decoder
// decodes it too, to the same fields, from a byte slice (logList) and as
// the result of a JSON-RPC response read from a stream in pieces of every
// size (readLogsResponse).
func FuzzLogList(f *testing.F) {
	f.Add("[" + fullLog() + "]")
	f.Add("[" + fullLog("extra", `{"a":[1,"]"]}`, "ADDRESS", tAddr) + "," + fullLog("topics", "[]") + "]")
	f.Add("null")
	f.Add("[" + fullLog("data", `"0x`+strings.Repeat("ab", 5000)+`"`, "s", `"\\\"}"`) + "]")
	f.Fuzz(func(t *testing.T, in string) {
		resp := `{"jsonrpc":"2.0","id":1,"result":` + in + `}`
		var want []types.Log
		if json.Unmarshal([]byte(in), &want) != nil {
			var got logList
			json.Unmarshal([]byte(in), &got) // must not panic
			readLogsResponse(iotest.OneByteReader(strings.NewReader(resp)))
			return
		}
		var got logList
		if err := json.Unmarshal([]byte(in), &got); err != nil {
			t.Fatalf("go-ethereum decodes %q, the hand decoder fails: %v", in, err)
		}
		if !reflect.DeepEqual(fieldsOf(got), fieldsOf(want)) {
			t.Fatalf("%q: hand decoder read %+v, want %+v", in, fieldsOf(got), fieldsOf(want))
		}
		for _, piece := range []int{1, 7, minRead - 1, len(resp)} {
			streamed, err := readLogsResponse(&pieceReader{s: resp, n: piece})
			if err != nil {
				t.Fatalf("go-ethereum decodes %q, the streaming decoder in pieces of %d fails: %v", in, piece, err)
			}
			if !reflect.DeepEqual(fieldsOf(streamed), fieldsOf(want)) {
				t.Fatalf("%q in pieces of %d: streaming decoder read %+v, want %+v", in, piece, fieldsOf(streamed), fieldsOf(want))
			}
		}
	})
}

// pieceReader reads s at most n bytes at a time.
type pieceReader struct {
	s string
	n int
}

func (r *pieceReader) Read(b []byte) (int, error) {
	if r.s == "" {
		return 0, io.EOF
	}
	k := copy(b[:min(len(b), r.n)], r.s)
	r.s = r.s[k:]
	return k, nil
}

// TestWebSocketKeepsRPCClient: a client dialled over WebSocket reads logs
// through its rpc.Client (rpcLogs).
func TestWebSocketKeepsRPCClient(t *testing.T) {
	srv := httptest.NewServer(rpc.NewServer().WebsocketHandler([]string{"*"}))
	defer srv.Close()
	client, err := Dial(context.Background(), "ws"+strings.TrimPrefix(srv.URL, "http"), DialOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if _, ok := logSource(client).(rpcLogs); !ok {
		t.Fatalf("a client dialled over WebSocket is read through %T, want rpcLogs", logSource(client))
	}
}

// TestHTTPLogsAnswerAsRPCClient sends eth_getLogs over HTTP itself
// (httpLogs) and through go-ethereum's rpc.Client (rpcLogs) to a node
// giving each answer below, and requires the same logs, or the same error:
// same message, same JSON-RPC code and data, same type for HTTP errors.
func TestHTTPLogsAnswerAsRPCClient(t *testing.T) {
	ok := func(result string) string { return `{"jsonrpc":"2.0","id":1,"result":` + result + `}` }
	many := "[" + strings.Repeat(fullLog("data", `"0x`+strings.Repeat("cd", 3000)+`"`)+",", 200) + fullLog() + "]"
	tests := []struct {
		name      string
		status    int
		body      string
		sameError bool // the error messages must be equal, not just both present
	}{
		{"logs", 200, ok("[" + fullLog() + "," + fullLog("logIndex", `"0x4"`) + "]"), true},
		{"many logs, larger than the window", 200, ok(many), true},
		{"no logs", 200, ok("[]"), true},
		{"null result", 200, ok("null"), true},
		{"result first, keys in other case, white space", 200, " {\n\"RESULT\" : [" + fullLog() + "] , \"Id\":1,\"jsonrpc\":\"2.0\"}\n", true},
		{"data after the response", 200, ok("[]") + " trailing", true},
		{"refusal", 200, `{"jsonrpc":"2.0","id":1,"error":{"code":-32005,"message":"query returned more than 10000 results","data":{"from":"0x1","n":[1,2]}}}`, true},
		{"error without message", 200, `{"jsonrpc":"2.0","id":1,"error":{"code":-32000}}`, true},
		{"error not an object", 200, `{"jsonrpc":"2.0","id":1,"error":"busy"}`, true},
		{"null error", 200, `{"jsonrpc":"2.0","id":1,"error":null,"result":[]}`, true},
		{"error and result", 200, `{"jsonrpc":"2.0","id":1,"result":[],"error":{"code":1,"message":"no"}}`, true},
		{"neither", 200, `{"jsonrpc":"2.0","id":1}`, true},
		{"empty object", 200, `{}`, true},
		{"empty body", 200, ``, true},
		{"cut short", 200, `{"jsonrpc":"2.0","id":1,"result":[` + fullLog(), true},
		{"503", 503, "Service Unavailable\n", true},
		{"429 without body", 429, "", true},
		{"not JSON", 200, "<html>busy</html>", false},
		{"malformed logs", 200, ok(`[{"address":"0x01","topics":["0x1234"]}]`), false},
		{"logs of the wrong type", 200, ok(`{"logs":42}`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				io.Copy(io.Discard, r.Body)
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(tt.status)
				io.WriteString(w, tt.body)
			}))
			defer srv.Close()
			client, err := Dial(context.Background(), srv.URL, DialOptions{})
			if err != nil {
				t.Fatal(err)
			}
			defer client.Close()
			own, isHTTP := logSource(client).(httpLogs)
			if !isHTTP {
				t.Fatalf("read through %T, want httpLogs", logSource(client))
			}
			q := ethereum.FilterQuery{FromBlock: big.NewInt(1), ToBlock: big.NewInt(2)}
			got, gotErr := own.FilterLogs(context.Background(), q)
			want, wantErr := rpcLogs{c: client.Client()}.FilterLogs(context.Background(), q)
			if (gotErr == nil) != (wantErr == nil) {
				t.Fatalf("error %v, rpc.Client's %v", gotErr, wantErr)
			}
			if wantErr == nil {
				if !reflect.DeepEqual(fieldsOf(got), fieldsOf(want)) {
					t.Fatalf("read %+v\nwant %+v", fieldsOf(got), fieldsOf(want))
				}
				return
			}
			if tt.sameError && gotErr.Error() != wantErr.Error() {
				t.Errorf("error %q, rpc.Client's %q", gotErr, wantErr)
			}
			var gotRPC, wantRPC rpc.Error
			if errors.As(gotErr, &gotRPC) != errors.As(wantErr, &wantRPC) {
				t.Errorf("error %T, rpc.Client's %T: not both rpc.Error", gotErr, wantErr)
			} else if wantRPC != nil && gotRPC.ErrorCode() != wantRPC.ErrorCode() {
				t.Errorf("code %d, rpc.Client's %d", gotRPC.ErrorCode(), wantRPC.ErrorCode())
			}
			var gotData, wantData rpc.DataError
			if errors.As(gotErr, &gotData) && errors.As(wantErr, &wantData) && !reflect.DeepEqual(gotData.ErrorData(), wantData.ErrorData()) {
				t.Errorf("data %#v, rpc.Client's %#v", gotData.ErrorData(), wantData.ErrorData())
			}
			var gotHTTP, wantHTTP rpc.HTTPError
			if errors.As(gotErr, &gotHTTP) != errors.As(wantErr, &wantHTTP) || !reflect.DeepEqual(gotHTTP, wantHTTP) {
				t.Errorf("HTTP error %#v, rpc.Client's %#v", gotHTTP, wantHTTP)
			}
		})
	}
}

// BenchmarkLogList decodes 10,000 Transfer logs as a node sends them.
func BenchmarkLogList(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("[")
	for i := 0; i < 10_000; i++ {
		if i > 0 {
			sb.WriteString(",")
		}
		sb.WriteString(fullLog("topics", "["+tTopic+","+tHash+","+tHash+"]", "data", tHash))
	}
	sb.WriteString("]")
	in := []byte(sb.String())
	b.SetBytes(int64(len(in)))
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			var l logList
			if err := l.UnmarshalJSON(in); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("hand-via-json.Unmarshal", func(b *testing.B) {
		for b.Loop() {
			var l logList
			if err := json.Unmarshal(in, &l); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("stream-response", func(b *testing.B) {
		resp := append(append([]byte(`{"jsonrpc":"2.0","id":1,"result":`), in...), '}')
		for b.Loop() {
			if _, err := readLogsResponse(bytes.NewReader(resp)); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("types.Log", func(b *testing.B) {
		for b.Loop() {
			var l []types.Log
			if err := json.Unmarshal(in, &l); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// TestRedactURL: node URLs are recorded and printed without user,
// password, path or query, which hold API keys on hosted nodes; errors
// quoting the URL are redacted the same way and still unwrap.
func TestRedactURL(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"http://127.0.0.1:8545", "http://127.0.0.1:8545"},
		{"http://127.0.0.1:8545/", "http://127.0.0.1:8545"},
		{"https://mainnet.infura.io/v3/0123456789abcdef", "https://mainnet.infura.io/…"},
		{"https://user:pass@node.example:8443/rpc?apikey=XYZ", "https://node.example:8443/…?…"},
		{"wss://eth.example/ws#frag", "wss://eth.example/…#…"},
		{"not a url", "(node URL not shown)"},
	} {
		if got := RedactURL(c.in); got != c.want {
			t.Errorf("RedactURL(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	raw := "https://keyuser:pa55word@node.example/v2/SECRETKEY?token=QTOKEN"
	inner := fmt.Errorf("Post %q: %w", "https://keyuser:***@node.example/v2/SECRETKEY?token=QTOKEN", context.DeadlineExceeded)
	err := RedactError(fmt.Errorf("reading %s: %w", raw, inner), raw)
	for _, secret := range []string{"keyuser", "pa55word", "SECRETKEY", "QTOKEN"} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("%q left in %q", secret, err)
		}
	}
	if !strings.Contains(err.Error(), "node.example") || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("redacted error %q lost the host or its cause", err)
	}
	if plain := errors.New("no URL here"); RedactError(plain, raw) != plain {
		t.Error("an error without the URL was rewrapped")
	}
}
