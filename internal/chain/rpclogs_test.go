package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
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
	if _, ok := logSource(client).(rpcLogs); !ok {
		t.Fatal("a dialled client is not read through rpcLogs")
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
// decodes it too, to the same fields.
func FuzzLogList(f *testing.F) {
	f.Add("[" + fullLog() + "]")
	f.Add("[" + fullLog("extra", `{"a":[1,"]"]}`, "ADDRESS", tAddr) + "," + fullLog("topics", "[]") + "]")
	f.Add("null")
	f.Fuzz(func(t *testing.T, in string) {
		var want []types.Log
		if json.Unmarshal([]byte(in), &want) != nil {
			var got logList
			json.Unmarshal([]byte(in), &got) // must not panic
			return
		}
		var got logList
		if err := json.Unmarshal([]byte(in), &got); err != nil {
			t.Fatalf("go-ethereum decodes %q, the hand decoder fails: %v", in, err)
		}
		if !reflect.DeepEqual(fieldsOf(got), fieldsOf(want)) {
			t.Fatalf("%q: hand decoder read %+v, want %+v", in, fieldsOf(got), fieldsOf(want))
		}
	})
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
	b.Run("types.Log", func(b *testing.B) {
		for b.Loop() {
			var l []types.Log
			if err := json.Unmarshal(in, &l); err != nil {
				b.Fatal(err)
			}
		}
	})
}
