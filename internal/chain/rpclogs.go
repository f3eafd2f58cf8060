package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// rpcClientSource is implemented by backends that talk JSON-RPC
// (*ethclient.Client and the embedded chain's client).
type rpcClientSource interface {
	Client() *rpc.Client
}

// logSource returns what the reader queries logs from: eth_getLogs decoded
// by hand when the backend talks JSON-RPC (sent over the HTTP client itself
// when Dial made the connection over HTTP(S), else through the rpc.Client),
// else the backend's own FilterLogs (an in-process backend, a test double).
func logSource(b ethereum.LogFilterer) ethereum.LogFilterer {
	if c, ok := b.(*Client); ok {
		if c.node != nil {
			return httpLogs{node: *c.node}
		}
		return rpcLogs{c: c.Client(), timeout: c.timeout}
	}
	s, ok := b.(rpcClientSource)
	if !ok || s.Client() == nil {
		return b
	}
	return rpcLogs{c: s.Client()}
}

// rpcLogs answers FilterLogs with one eth_getLogs call through the
// rpc.Client whose result is decoded by hand (logList) into the fields the
// reader uses: address, topics, data, block number, transaction hash, log
// index and removed. Other fields of types.Log (block hash, transaction
// index, block timestamp) stay zero. Errors are the node's, as ethclient
// returns them, so the refusal handling of FilterLogs sees the same
// messages.
type rpcLogs struct {
	c       *rpc.Client
	timeout time.Duration // bounds each call when set (a Client dialled over WebSocket)
}

// filterArg is the eth_getLogs parameter object.
type filterArg struct {
	Address   []common.Address `json:"address,omitempty"`
	Topics    [][]common.Hash  `json:"topics,omitempty"`
	BlockHash *common.Hash     `json:"blockHash,omitempty"`
	FromBlock string           `json:"fromBlock,omitempty"`
	ToBlock   string           `json:"toBlock,omitempty"`
}

// filterArgOf is the eth_getLogs parameter for q; block numbers must be nil
// or non-negative (nil from: block 0, nil to: the latest block).
func filterArgOf(q ethereum.FilterQuery) (filterArg, error) {
	arg := filterArg{Address: q.Addresses, Topics: q.Topics, BlockHash: q.BlockHash}
	if q.BlockHash != nil {
		return arg, nil
	}
	arg.FromBlock, arg.ToBlock = "0x0", "latest"
	if q.FromBlock != nil {
		if q.FromBlock.Sign() < 0 {
			return arg, fmt.Errorf("log query from block %s: want a block number", q.FromBlock)
		}
		arg.FromBlock = hexutil.EncodeBig(q.FromBlock)
	}
	if q.ToBlock != nil {
		if q.ToBlock.Sign() < 0 {
			return arg, fmt.Errorf("log query to block %s: want a block number", q.ToBlock)
		}
		arg.ToBlock = hexutil.EncodeBig(q.ToBlock)
	}
	return arg, nil
}

// FilterLogs runs eth_getLogs for q; block numbers must be nil or
// non-negative (nil from: block 0, nil to: the latest block).
func (s rpcLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	arg, err := filterArgOf(q)
	if err != nil {
		return nil, err
	}
	ctx, cancel := callContext(ctx, s.timeout)
	defer cancel()
	var out logList
	if err := s.c.CallContext(ctx, &out, "eth_getLogs", arg); err != nil {
		return nil, err
	}
	return out, nil
}

// SubscribeFilterLogs is not supported: the reader only queries.
func (rpcLogs) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("log subscriptions are not supported")
}

// logList is an eth_getLogs result decoded by hand in one pass: per log the
// address, topics, data, blockNumber, transactionHash, logIndex and removed
// fields; any other field is skipped. Address, topics, data and
// transactionHash are required, as go-ethereum requires them; hex fields
// must have the 0x prefix and the exact length. Topics and data of all the
// logs share a few large allocations.
type logList []types.Log

// UnmarshalJSON decodes a JSON array of logs (or null).
func (l *logList) UnmarshalJSON(b []byte) error {
	p := jsonCursor{b: b, mark: -1}
	logs, err := p.logs()
	if err != nil {
		return err
	}
	*l = logs
	return p.end()
}

// logs reads a JSON array of logs (or null, giving nil).
func (p *jsonCursor) logs() ([]types.Log, error) {
	p.space()
	if p.literal("null") {
		return nil, nil
	}
	if !p.take('[') {
		return nil, p.fail("want an array of logs")
	}
	var (
		logs   = make([]types.Log, 0, 64)
		topics []common.Hash // arena: topics of many logs
		data   []byte        // arena: data of many logs
	)
	p.space()
	if p.take(']') {
		return logs, nil
	}
	for {
		var lg types.Log
		if err := p.log(&lg, &topics, &data); err != nil {
			return nil, fmt.Errorf("log %d: %w", len(logs), err)
		}
		logs = append(logs, lg)
		p.space()
		if p.take(']') {
			return logs, nil
		}
		if !p.take(',') {
			return nil, p.fail("want , or ] after a log")
		}
		p.space()
	}
}

// Arena sizes: topics and data of many logs are cut from blocks this large.
const (
	topicArena = 4096    // hashes
	dataArena  = 1 << 16 // bytes
)

// jsonCursor reads JSON by hand, from b or, when r is set, from r through
// the window b, refilled as it is read. It never reads past the input and
// reports the offset of what it could not read.
type jsonCursor struct {
	b    []byte
	i    int       // next byte to read in b
	r    io.Reader // nil: b is the whole input
	mark int       // when >= 0, a refill keeps b[mark:] as well as b[i:]
	base int64     // offset in the input of b[0]
	eof  bool      // r is exhausted
	rerr error     // the error other than io.EOF that ended r
}

// cursorWindow is the first size of the window of a cursor reading from an
// io.Reader; it doubles for a string longer than half of it. A read asks
// for at least minRead bytes.
const (
	cursorWindow = 64 << 10
	minRead      = 4 << 10
)

func (p *jsonCursor) fail(what string) error {
	return fmt.Errorf("malformed log JSON at offset %d: %s", p.base+int64(p.i), what)
}

// avail reports whether n unread bytes are in b, reading more if needed.
func (p *jsonCursor) avail(n int) bool {
	return len(p.b)-p.i >= n || p.fillTo(n)
}

func (p *jsonCursor) fillTo(n int) bool {
	for len(p.b)-p.i < n {
		if !p.fill() {
			return false
		}
	}
	return true
}

// fill reads more of r into b and reports whether any came. When b has
// little room left it first drops the bytes before i (and before mark,
// when set) and moves the rest to the front of b, or to a window twice as
// large when the rest fills half of b: byte slices of b taken before a
// fill may then be stale.
func (p *jsonCursor) fill() bool {
	if p.r == nil {
		return false
	}
	for !p.eof {
		if cap(p.b)-len(p.b) < minRead {
			keep := p.i
			if p.mark >= 0 && p.mark < keep {
				keep = p.mark
			}
			rest, to := p.b[keep:], p.b[:0]
			if len(rest) > cap(p.b)/2 {
				to = make([]byte, 0, max(2*cap(p.b), cursorWindow))
			}
			p.b = append(to, rest...)
			p.i -= keep
			if p.mark >= 0 {
				p.mark -= keep
			}
			p.base += int64(keep)
		}
		n, err := p.r.Read(p.b[len(p.b):cap(p.b)])
		p.b = p.b[:len(p.b)+n]
		if err != nil {
			p.eof = true
			if err != io.EOF {
				p.rerr = err
			}
		}
		if n > 0 {
			return true
		}
	}
	return false
}

func (p *jsonCursor) space() {
	for {
		for p.i < len(p.b) {
			switch p.b[p.i] {
			case ' ', '\t', '\n', '\r':
				p.i++
			default:
				return
			}
		}
		if !p.fill() {
			return
		}
	}
}

func (p *jsonCursor) take(c byte) bool {
	if p.avail(1) && p.b[p.i] == c {
		p.i++
		return true
	}
	return false
}

func (p *jsonCursor) literal(s string) bool {
	if p.avail(len(s)) && string(p.b[p.i:p.i+len(s)]) == s {
		p.i += len(s)
		return true
	}
	return false
}

// end checks only white space follows.
func (p *jsonCursor) end() error {
	p.space()
	if p.avail(1) {
		return p.fail("data after the array")
	}
	return nil
}

// str reads a string and returns its contents, valid until the cursor
// reads more input. A string with escapes is unescaped by encoding/json (no
// hex field needs them, but JSON allows them).
func (p *jsonCursor) str() ([]byte, error) {
	if !p.take('"') {
		return nil, p.fail("want a string")
	}
	quote := p.base + int64(p.i) - 1 // the opening quote, as an input offset
	own := p.mark < 0                // else an outer mark keeps the string already
	if own {
		p.mark = p.i - 1
		defer func() { p.mark = -1 }()
	}
	for {
		j := bytes.IndexByte(p.b[p.i:], '"')
		if j < 0 {
			p.i = len(p.b)
			if !p.fill() {
				return nil, p.fail("unterminated string")
			}
			continue
		}
		start := int(quote-p.base) + 1
		end := p.i + j
		p.i = end + 1
		k := end
		for k > start && p.b[k-1] == '\\' {
			k--
		}
		if (end-k)%2 == 1 {
			continue // an escaped quote
		}
		s := p.b[start:end]
		if bytes.IndexByte(s, '\\') < 0 {
			return s, nil
		}
		var u string
		if err := json.Unmarshal(p.b[start-1:p.i], &u); err != nil {
			return nil, p.fail("bad string escape")
		}
		return []byte(u), nil
	}
}

// skip passes over one value of any kind.
func (p *jsonCursor) skip() error {
	p.space()
	if !p.avail(1) {
		return p.fail("want a value")
	}
	switch p.b[p.i] {
	case '"':
		_, err := p.str()
		return err
	case '{', '[':
		depth := 0
		for p.avail(1) {
			switch p.b[p.i] {
			case '"':
				if _, err := p.str(); err != nil {
					return err
				}
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					p.i++
					return nil
				}
			}
			p.i++
		}
		return p.fail("unterminated object or array")
	}
	n := 0 // bytes of the scalar
	for p.avail(1) {
		switch p.b[p.i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			if n == 0 {
				return p.fail("want a value")
			}
			return nil
		}
		p.i++
		n++
	}
	if n == 0 {
		return p.fail("want a value")
	}
	return nil
}

// log reads one log object into lg, cutting topics and data from the arenas.
func (p *jsonCursor) log(lg *types.Log, topics *[]common.Hash, data *[]byte) error {
	if !p.take('{') {
		return p.fail("want a log object")
	}
	var hasAddress, hasTopics, hasData, hasTx bool
	p.space()
	if p.take('}') {
		return errors.New("missing required field 'address' for Log")
	}
	for {
		p.space()
		key, err := p.str()
		if err != nil {
			return err
		}
		field := logKey(key) // before key goes stale
		p.space()
		if !p.take(':') {
			return p.fail("want : after a key")
		}
		p.space()
		switch field {
		case "address":
			if err := p.fixedHex(lg.Address[:], "address"); err != nil {
				return err
			}
			hasAddress = true
		case "topics":
			if err := p.topics(lg, topics); err != nil {
				return err
			}
			hasTopics = true
		case "data":
			if err := p.bytes(lg, data); err != nil {
				return err
			}
			hasData = true
		case "blockNumber":
			n, err := p.quantity("blockNumber")
			if err != nil {
				return err
			}
			lg.BlockNumber = n
		case "transactionHash":
			if err := p.fixedHex(lg.TxHash[:], "transactionHash"); err != nil {
				return err
			}
			hasTx = true
		case "logIndex":
			n, err := p.quantity("logIndex")
			if err != nil {
				return err
			}
			lg.Index = uint(n)
		case "removed":
			switch {
			case p.literal("true"):
				lg.Removed = true
			case p.literal("false"), p.literal("null"):
				lg.Removed = false
			default:
				return p.fail("removed: want true or false")
			}
		default:
			if err := p.skip(); err != nil {
				return err
			}
		}
		p.space()
		if p.take('}') {
			break
		}
		if !p.take(',') {
			return p.fail("want , or } in a log")
		}
	}
	switch {
	case !hasAddress:
		return errors.New("missing required field 'address' for Log")
	case !hasTopics:
		return errors.New("missing required field 'topics' for Log")
	case !hasData:
		return errors.New("missing required field 'data' for Log")
	case !hasTx:
		return errors.New("missing required field 'transactionHash' for Log")
	}
	return nil
}

// logKeys are the fields of a log that are read.
var logKeys = []string{"address", "topics", "data", "blockNumber", "transactionHash", "logIndex", "removed"}

// logKey names the field key stands for: itself, or the field it matches
// ignoring case, as encoding/json matches keys.
func logKey(key []byte) string {
	for _, k := range logKeys {
		if string(key) == k {
			return k
		}
	}
	for _, k := range logKeys {
		if bytes.EqualFold(key, []byte(k)) {
			return k
		}
	}
	return ""
}

// hexDigits reads a "0x..." string and returns the digits after the prefix.
func (p *jsonCursor) hexDigits(field string) ([]byte, error) {
	s, err := p.str()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", field, err)
	}
	return hexBody(field, s)
}

// hexBody returns the digits of s after its 0x prefix.
func hexBody(field string, s []byte) ([]byte, error) {
	if len(s) < 2 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return nil, fmt.Errorf("%s %q: want a 0x-prefixed hex string", field, s)
	}
	return s[2:], nil
}

// fixedHex reads a hex string of exactly len(dst) bytes into dst.
func (p *jsonCursor) fixedHex(dst []byte, field string) error {
	d, err := p.hexDigits(field)
	if err != nil {
		return err
	}
	if len(d) != 2*len(dst) || !decodeHex(dst, d) {
		return fmt.Errorf("%s 0x%s: want %d bytes of hex", field, d, len(dst))
	}
	return nil
}

// quantity reads a hex quantity of at most 64 bits, or null or "" (0, as
// go-ethereum reads them).
func (p *jsonCursor) quantity(field string) (uint64, error) {
	if p.literal("null") {
		return 0, nil
	}
	s, err := p.str()
	if err != nil {
		return 0, fmt.Errorf("%s: %w", field, err)
	}
	if len(s) == 0 {
		return 0, nil
	}
	d, err := hexBody(field, s)
	if err != nil {
		return 0, err
	}
	if len(d) == 0 || len(d) > 16 {
		return 0, fmt.Errorf("%s 0x%s: want a hex number of at most 64 bits", field, d)
	}
	var n uint64
	for _, c := range d {
		v := unhex[c]
		if v > 15 {
			return 0, fmt.Errorf("%s 0x%s: want a hex number", field, d)
		}
		n = n<<4 | uint64(v)
	}
	return n, nil
}

// topics reads the topics array, each a 32-byte hash.
func (p *jsonCursor) topics(lg *types.Log, arena *[]common.Hash) error {
	if !p.take('[') {
		return p.fail("topics: want an array")
	}
	start := len(*arena)
	p.space()
	if p.take(']') {
		lg.Topics = []common.Hash{}
		return nil
	}
	for {
		if len(*arena) == cap(*arena) {
			// A new block; the topics read so far move to it.
			fresh := make([]common.Hash, len(*arena)-start, max(topicArena, 2*(len(*arena)-start)))
			copy(fresh, (*arena)[start:])
			*arena, start = fresh, 0
		}
		*arena = (*arena)[:len(*arena)+1]
		if err := p.fixedHex((*arena)[len(*arena)-1][:], "topic"); err != nil {
			return err
		}
		p.space()
		if p.take(']') {
			break
		}
		if !p.take(',') {
			return p.fail("topics: want , or ]")
		}
		p.space()
	}
	lg.Topics = (*arena)[start:len(*arena):len(*arena)]
	return nil
}

// bytes reads the data field, cutting it from the arena.
func (p *jsonCursor) bytes(lg *types.Log, arena *[]byte) error {
	s, err := p.str()
	if err != nil {
		return fmt.Errorf("data: %w", err)
	}
	var d []byte // go-ethereum reads "" as no data
	if len(s) > 0 {
		if d, err = hexBody("data", s); err != nil {
			return err
		}
	}
	if len(d)%2 != 0 {
		return fmt.Errorf("data: odd number of hex digits (%d)", len(d))
	}
	n := len(d) / 2
	var dst []byte
	if n == 0 || n > dataArena/4 {
		dst = make([]byte, n)
	} else {
		if cap(*arena)-len(*arena) < n {
			*arena = make([]byte, 0, dataArena)
		}
		*arena = (*arena)[:len(*arena)+n]
		dst = (*arena)[len(*arena)-n : len(*arena) : len(*arena)]
	}
	if !decodeHex(dst, d) {
		return fmt.Errorf("data: invalid hex")
	}
	lg.Data = dst
	return nil
}

// decodeHex decodes len(dst)*2 hex digits of src into dst.
func decodeHex(dst, src []byte) bool {
	if len(src) != 2*len(dst) {
		return false
	}
	for i := range dst {
		hi, lo := unhex[src[2*i]], unhex[src[2*i+1]]
		if hi > 15 || lo > 15 {
			return false
		}
		dst[i] = hi<<4 | lo
	}
	return true
}
