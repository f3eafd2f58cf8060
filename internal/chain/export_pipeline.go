package chain

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
	"strings"
	"time"

	"github.com/holiman/uint256"
)

// Reading an export runs in two goroutines: the parse stage (exportParser)
// reads records and does every check and conversion that does not depend
// on the rows before, and sends the rows in batches to the apply stage
// (exportDecoder), which applies them in file order. Errors travel with
// their row, so the apply stage meets them in the order a single pass
// would, and what depends on earlier rows (ledgers, the Etherscan scale
// and its rescaling, overflows, blocks) is decided there only.

// batchRows is how many rows a batch carries (DecodeTransfers).
const batchRows = 512

// rowBatch is rows parsed in file order and the text they keep.
type rowBatch struct {
	rows []exportRow
	text []byte // tx hashes and raw values the rows point into
	err  error  // reading stopped after rows: an I/O error or a record too long
}

// exportRow is one record as the parse stage leaves it.
type exportRow struct {
	row     int
	data    bool      // a data row (TransferStats.Rows), not a record that could not be split
	err     *RowError // the row is bad before its token's ledger is reached
	skipped bool      // a row of another token than TransferOptions.Token

	tok, from, to [20]byte
	hFrom, hTo    uint64 // hashes of from and to for the holder tables
	block         uint64
	tm            time.Time
	tx            []byte // the transaction hash as written
	// key is the transaction hash and log index when hasKey; key.tx is
	// also the hash when hasTx, the hash being "0x" and 64 hex digits.
	key    dupKey
	hKey   uint64 // key's hash in exportParser.keys
	hasKey bool
	hasTx  bool
	// name and symbol are set on the first row of tok that reaches the
	// ledger, the row on which the apply stage makes it.
	name, symbol string

	// valueErr is set when the value cannot be read whatever the rows
	// before; it is reported once the ledger is reached.
	valueErr *RowError
	// value is the amount (ethereum-etl) or the quantity's digits without
	// the point (Etherscan), frac the number of fractional digits, trailing
	// zeros dropped; valueBig is set when those digits pass 2^256.
	value    uint256.Int
	frac     int
	valueBig bool
	raw      []byte // the value as written (Etherscan), for errors
}

// parse reads the data rows and sends them in batches on out until the end
// of the input, an error that stops reading, or stop is closed; it closes
// out. Batches come back for reuse on free.
func (p *exportParser) parse(out chan<- *rowBatch, free <-chan *rowBatch, stop <-chan struct{}) {
	defer close(out)
	next := func() *rowBatch {
		select {
		case b := <-free:
			b.rows, b.text, b.err = b.rows[:0], b.text[:0], nil
			return b
		default:
			return &rowBatch{} // grows to its size as rows come: a small file needs little
		}
	}
	send := func(b *rowBatch) bool {
		p.repeats(b)
		select {
		case out <- b:
			return true
		case <-stop:
			return false
		}
	}
	b := next()
	for {
		fields, err := p.record()
		if err == io.EOF {
			break
		}
		if err != nil {
			var re *RowError
			if !errors.As(err, &re) {
				b.err = err
				break
			}
			b.rows = append(b.rows, exportRow{row: p.row, err: re})
		} else if len(fields) == 1 && len(fields[0]) == 0 {
			continue // blank line
		} else {
			p.parseRow(b, fields)
		}
		if len(b.rows) >= p.batch {
			if !send(b) {
				return
			}
			b = next()
		}
	}
	send(b)
}

// repeats marks the rows of b that repeat a transfer of an earlier row
// (the same key) as bad, and records the keys of the others. It reads
// every slot first, so that their cache misses overlap, then adds in file
// order.
func (p *exportParser) repeats(b *rowBatch) {
	if p.keys == nil {
		return
	}
	var sum uint32
	for i := range b.rows {
		if x := &b.rows[i]; x.hasKey {
			sum += p.keys.touch(x.hKey)
		}
	}
	p.touchSum = sum
	for i := range b.rows {
		x := &b.rows[i]
		if !x.hasKey || x.err != nil {
			continue
		}
		if first := p.keys.add(x.key, x.hKey, uint32(min(x.row, math.MaxUint32))); first != 0 {
			x.err = &RowError{File: p.name, Row: x.row,
				Err: fmt.Errorf("repeats row %d (%w): read once", first, ErrRepeatedRow)}
		}
	}
}

// parseRow appends data row f to b: the checks of a row in their order up
// to the ledger, then the value's checks that need no earlier row.
func (p *exportParser) parseRow(b *rowBatch, f [][]byte) {
	b.rows = append(b.rows, exportRow{row: p.row, data: true})
	x := &b.rows[len(b.rows)-1]
	need := max(p.cToken, p.cFrom, p.cTo, p.cValue, p.cBlock, p.cTx, p.cLog, p.cTime, p.cName, p.cSymbol, p.cType, p.cQty)
	if len(f) <= need {
		x.err = &RowError{File: p.name, Row: p.row, Err: fmt.Errorf("%d fields, the header has %d", len(f), len(p.header))}
		return
	}
	if p.cToken >= 0 {
		if text := f[p.cToken]; len(p.tokText) > 0 && bytes.Equal(text, p.tokText) {
			x.tok = p.tokAddr // most rows repeat the previous token as written
		} else if a, ok := parseAddr(text); ok {
			x.tok, p.tokText, p.tokAddr = a, append(p.tokText[:0], text...), a
		} else {
			x.err = p.rowErr(p.row, p.cToken, "%q is not a 20-byte hex address", clip(text))
			return
		}
		if p.hasWant && x.tok != p.want {
			x.skipped = true
			return
		}
	} else {
		x.tok = p.want
	}
	if p.cType >= 0 {
		// Before the ledger: a token of ERC-1155 rows alone is not listed
		// as an ERC-721 token without holders.
		if k := erc721Type(f[p.cType]); k != "" {
			x.err = p.rowErr(p.row, p.cType, "%q: %s", clip(f[p.cType]), k)
			return
		}
	}
	var ok bool
	if x.from, ok = parseAddr(f[p.cFrom]); !ok {
		x.err = p.rowErr(p.row, p.cFrom, "%q is not a 20-byte hex address", clip(f[p.cFrom]))
		return
	}
	if x.to, ok = parseAddr(f[p.cTo]); !ok {
		x.err = p.rowErr(p.row, p.cTo, "%q is not a 20-byte hex address", clip(f[p.cTo]))
		return
	}
	x.hFrom, x.hTo = maphash.Comparable(p.seed, x.from), maphash.Comparable(p.seed, x.to)
	if x.block, ok = parseUint(f[p.cBlock]); !ok {
		x.err = p.rowErr(p.row, p.cBlock, "%q is not a block number", clip(f[p.cBlock]))
		return
	}
	if p.cTime >= 0 && len(f[p.cTime]) > 0 {
		if x.tm, ok = parseExportTime(f[p.cTime]); !ok {
			x.err = p.rowErr(p.row, p.cTime, "%q is not a block time: %s", clip(f[p.cTime]), exportTimeForms)
			return
		}
	}
	if p.cTx >= 0 {
		x.key.tx, x.hasTx = parseTxHash(f[p.cTx])
	}
	if p.keys != nil {
		if x.hasTx {
			// The hash is read: only the log index is left.
			n, ok := parseUint(f[p.cLog])
			x.key.log, x.hasKey = n, ok && n <= 1<<32-1
		} else {
			x.key, x.hasKey = parseDupKey(f[p.cTx], f[p.cLog])
		}
		if x.hasKey {
			x.hKey = p.keys.hash(x.key) // looked up in repeats
		}
	}
	if !p.hasLast || x.tok != p.lastTok {
		if !p.seen[x.tok] {
			p.seen[x.tok] = true
			if p.cName >= 0 {
				x.name = string(f[p.cName])
			}
			if p.cSymbol >= 0 {
				x.symbol = string(f[p.cSymbol])
			}
		}
		p.lastTok, p.hasLast = x.tok, true
	}
	if p.cTx >= 0 {
		start := len(b.text)
		b.text = append(b.text, f[p.cTx]...)
		x.tx = b.text[start:len(b.text):len(b.text)]
	}
	if p.erc721 {
		p.tokenID(x, f)
		return
	}
	p.value(b, x, f[p.cValue])
}

// exportTimeForms says which block times parseExportTime reads.
const exportTimeForms = "want Unix seconds, 2006-01-02 15:04:05 (UTC, optionally written), or RFC 3339 (2006-01-02T15:04:05Z), from 1970 to 9999"

// parseExportTime reads an export's block time: Unix seconds (Etherscan's
// UnixTimestamp), "2006-01-02 15:04:05" with or without " UTC" (BigQuery's
// ethereum-etl block_timestamp, Etherscan's DateTime (UTC)) or RFC 3339;
// a time without a zone is UTC. False for anything else and for times
// before 1970 or after year 9999 (which no report can write in RFC 3339).
func parseExportTime(b []byte) (time.Time, bool) {
	if s, ok := parseUint(b); ok {
		if s > maxBlockTime {
			return time.Time{}, false
		}
		return time.Unix(int64(s), 0).UTC(), true
	}
	v := string(b)
	var t time.Time
	var err error
	switch {
	case len(v) > 10 && v[10] == 'T':
		if t, err = time.Parse(time.RFC3339, v); err != nil {
			t, err = time.Parse("2006-01-02T15:04:05", v)
		}
	default:
		t, err = time.Parse(time.DateTime, strings.TrimSuffix(v, " UTC"))
	}
	if err != nil || t.Unix() < 0 || t.Unix() > maxBlockTime {
		return time.Time{}, false
	}
	return t.UTC(), true
}

// tokenID reads an ERC-721 row's token id into x.value, and checks its
// quantity when the export has that column (Etherscan's NFT export, which
// also lists ERC-1155 transfers; parseRow checks their type).
func (p *exportParser) tokenID(x *exportRow, f [][]byte) {
	if p.cQty >= 0 {
		if q := bytes.TrimSpace(f[p.cQty]); len(q) > 0 && string(q) != "1" {
			x.valueErr = p.rowErr(p.row, p.cQty, "%q: an ERC-721 transfer moves one token", clip(f[p.cQty]))
			return
		}
	}
	v := f[p.cValue]
	if !isDigits(v) {
		x.valueErr = p.rowErr(p.row, p.cValue, "%q is not a token id (decimal digits)", clip(v))
	} else if !parseU256(&x.value, v) {
		x.valueErr = p.rowErr(p.row, p.cValue, "%q is not a uint256 token id", clip(v))
	}
}

// erc721Type says why a transfer of type t is not read ("" when it is an
// ERC-721 transfer: "721", "ERC-721" or "ERC721", any case).
func erc721Type(t []byte) string {
	v := strings.ToUpper(strings.TrimSpace(string(t)))
	v = strings.TrimPrefix(strings.TrimPrefix(v, "ERC"), "-")
	switch v {
	case "721":
		return ""
	case "1155":
		return "an ERC-1155 transfer: ERC-1155 transfers are not read from exports (read the token over JSON-RPC with --rpc)"
	}
	return "not an ERC-721 transfer type (721)"
}

// sciNotationHint is the error of a value in scientific notation.
const sciNotationHint = "value in scientific notation: the spreadsheet program rounded it; export again without opening it in a spreadsheet"

// sciNotation says whether v is a number in scientific notation, as a
// spreadsheet program saves a large one ("4.00000000000000E+23").
func sciNotation(v []byte) bool {
	mant, exp, ok := bytes.Cut(bytes.TrimSpace(v), []byte{'E'})
	if !ok {
		mant, exp, ok = bytes.Cut(bytes.TrimSpace(v), []byte{'e'})
	}
	if !ok {
		return false
	}
	if len(exp) > 0 && (exp[0] == '+' || exp[0] == '-') {
		exp = exp[1:]
	}
	whole, frac, point := bytes.Cut(mant, []byte{'.'})
	return isDigits(exp) && isDigits(whole) && (!point || isDigits(frac))
}

// value reads v into x: for ethereum-etl the amount in base units, for
// Etherscan the quantity's digits and the number of its fractional digits.
func (p *exportParser) value(b *rowBatch, x *exportRow, v []byte) {
	if sciNotation(v) {
		x.valueErr = p.rowErr(p.row, p.cValue, "%q: %s", clip(v), sciNotationHint)
		return
	}
	if p.format == FormatEthereumETL {
		if !isDigits(v) {
			x.valueErr = p.rowErr(p.row, p.cValue, "%q is not a whole number of base units", clip(v))
		} else if !parseU256(&x.value, v) {
			x.valueErr = p.rowErr(p.row, p.cValue, "%q is not a uint256", clip(v))
		}
		return
	}
	intPart, frac, ok := splitQuantity(v, p.intBuf)
	if !ok {
		x.valueErr = p.rowErr(p.row, p.cValue, "%q is not a token quantity", clip(v))
		return
	}
	frac = bytes.TrimRight(frac, "0")
	switch {
	case p.opt.KnownDecimals && len(frac) > int(p.opt.Decimals):
		x.valueErr = p.rowErr(p.row, p.cValue, "%q has more than %d decimals", clip(v), p.opt.Decimals)
		return
	case !p.opt.KnownDecimals && len(frac) > maxScale:
		x.valueErr = p.rowErr(p.row, p.cValue, "%q has more than %d decimals", clip(v), maxScale)
		return
	}
	p.digits = append(append(p.digits[:0], intPart...), frac...)
	x.frac = len(frac)
	x.valueBig = !parseU256(&x.value, p.digits)
	start := len(b.text)
	b.text = append(b.text, v...)
	x.raw = b.text[start:len(b.text):len(b.text)]
}
