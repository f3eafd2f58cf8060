package chain

import (
	"bytes"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math"
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
				Err: fmt.Errorf("repeats row %d (the same transaction hash and log index, as when downloads overlap): read once", first)}
		}
	}
}

// parseRow appends data row f to b: the checks of a row in their order up
// to the ledger, then the value's checks that need no earlier row.
func (p *exportParser) parseRow(b *rowBatch, f [][]byte) {
	b.rows = append(b.rows, exportRow{row: p.row, data: true})
	x := &b.rows[len(b.rows)-1]
	need := max(p.cToken, p.cFrom, p.cTo, p.cValue, p.cBlock, p.cTx, p.cLog, p.cTime, p.cName, p.cSymbol)
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
		if s, ok := parseUint(f[p.cTime]); ok && s <= maxBlockTime { // later years cannot be written in RFC 3339
			x.tm = time.Unix(int64(s), 0).UTC()
		} else if t, err := time.Parse("2006-01-02 15:04:05 MST", string(f[p.cTime])); err == nil {
			x.tm = t.UTC()
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
	p.value(b, x, f[p.cValue])
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
