package chain

// The decoder of commit 14e4c69, kept as the reference the pipeline must
// agree with (TestPipelineMatchesReference, FuzzPipelineMatchesReference).

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"math/big"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/holiman/uint256"
)

// refDecodeTransfers is ReadTransfers on a reader; name is used in errors and
// as the snapshot's Endpoint.
func refDecodeTransfers(r io.Reader, name string, opt TransferOptions) (*Snapshot, *TransferStats, error) {
	d := &refExportDecoder{
		name:    name,
		opt:     opt,
		br:      bufio.NewReaderSize(r, 1<<20),
		stats:   &TransferStats{Ordered: true},
		tokens:  map[[20]byte]*refExportLedger{},
		keys:    map[string]int{},
		lastBlk: 0,
	}
	if opt.Token != "" {
		a, ok := refParseAddr([]byte(strings.TrimSpace(opt.Token)))
		if !ok {
			return nil, nil, fmt.Errorf("transfers %s: token %q is not a 20-byte hex address", name, opt.Token)
		}
		d.want, d.hasWant = a, true
	}
	if err := d.run(); err != nil {
		return nil, nil, err
	}
	if d.applied == 0 && d.stats.BadRowCount > 0 {
		first := d.stats.BadRows[0]
		where := fmt.Sprintf("row %d", first.Row)
		if first.Column != "" {
			where += ", column " + first.Column
		}
		return nil, nil, fmt.Errorf("transfers %s: no row could be read (%d bad rows); the first, %s: %w", name, d.stats.BadRowCount, where, first.Err)
	}
	if d.stats.Rows == 0 && d.stats.BadRowCount == 0 {
		return nil, nil, fmt.Errorf("transfers %s: no data rows: the export has a header row only", name)
	}
	snap := d.snapshot()
	snap.Export = d.stats
	return snap, d.stats, nil
}

// refExportLedger is one token's running state.
type refExportLedger struct {
	addr          [20]byte
	name, symbol  string
	idx           map[[20]byte]int32 // address -> index into addrs and bal
	addrs         [][20]byte
	bal           []refSbal
	supply        refSbal
	scale         int // fractional digits amounts are scaled by (Etherscan)
	minted        bool
	firstMint     uint64
	firstMintAt   time.Time
	mints         []Transfer
	mintsKept     int // len(mints) after the last pruning
	large         []Transfer
	firstMove     *Transfer
	touched       [][20]byte // addresses changed in the current block
	touchedRow    []int
	negative      map[[20]byte]bool
	changes       map[[20]byte]refChange
	order         int // first-seen order, to keep token order stable
	lastBlockTime time.Time
	owners        map[string][20]byte // ERC-721 id (decimal, no leading zeros) -> holder
}

type refExportDecoder struct {
	name    string
	opt     TransferOptions
	br      *bufio.Reader
	stats   *TransferStats
	want    [20]byte
	hasWant bool
	tokens  map[[20]byte]*refExportLedger
	last    *refExportLedger // the previous row's token
	order   [][20]byte
	row     int
	acc     []byte
	fields  [][]byte
	unq     []byte

	// column indexes, -1 when absent
	cToken, cFrom, cTo, cValue, cBlock, cTx, cLog, cTime, cName, cSymbol int
	cType, cQty                                                          int
	erc721                                                               bool
	id                                                                   string // the ERC-721 row's token id
	timed                                                                bool
	header                                                               []string
	keys                                                                 map[string]int
	sep                                                                  byte
	applied                                                              int

	started   bool
	lastBlk   uint64
	maxBlock  uint64
	maxTime   time.Time
	amt       uint256.Int
	tmp       uint256.Int
	digits    []byte
	blockDone bool
}

// record returns the next CSV record's fields (sub-slices valid until the
// next call), or io.EOF.
func (d *refExportDecoder) record() ([][]byte, error) {
	d.acc = d.acc[:0]
	var line []byte
	for {
		part, err := d.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull || (err == nil && len(d.acc) > 0) || (err == nil && refOddQuotes(part)) {
			d.acc = append(d.acc, part...)
			if len(d.acc) > maxRecordBytes {
				return nil, fmt.Errorf("transfers %s, row %d: record longer than %d bytes", d.name, d.row+1, maxRecordBytes)
			}
			if err == bufio.ErrBufferFull || refOddQuotes(d.acc) {
				continue
			}
			line = d.acc
			break
		}
		if err == io.EOF {
			if len(part) == 0 && len(d.acc) == 0 {
				return nil, io.EOF
			}
			d.acc = append(d.acc, part...)
			line = d.acc
			break
		}
		if err != nil {
			return nil, fmt.Errorf("transfers %s, row %d: %w", d.name, d.row+1, err)
		}
		line = part
		break
	}
	d.row++
	line = bytes.TrimRight(line, "\r\n")
	if d.row == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	}
	if d.sep == 0 && len(line) > 0 {
		d.sep = ','
		if n := strings.Count(string(line), ";"); n > strings.Count(string(line), ",") && n >= strings.Count(string(line), "\t") {
			d.sep = ';'
		} else if n := strings.Count(string(line), "\t"); n > strings.Count(string(line), ",") && n > strings.Count(string(line), ";") {
			d.sep = '\t'
		}
	}
	f, err := d.split(line)
	if err != nil {
		return nil, &RowError{File: d.name, Row: d.row, Err: err}
	}
	return f, nil
}

func refOddQuotes(b []byte) bool { return bytes.Count(b, []byte{'"'})%2 == 1 }

// split cuts one CSV record into fields, undoing quotes.
func (d *refExportDecoder) split(line []byte) ([][]byte, error) {
	d.fields = d.fields[:0]
	d.unq = d.unq[:0]
	for i := 0; ; {
		if i < len(line) && line[i] == '"' {
			j := i + 1
			start := j
			escaped := false
			for {
				k := bytes.IndexByte(line[j:], '"')
				if k < 0 {
					return nil, errors.New("unterminated quoted field")
				}
				j += k
				if j+1 < len(line) && line[j+1] == '"' {
					escaped = true
					j += 2
					continue
				}
				break
			}
			field := line[start:j]
			if escaped {
				off := len(d.unq)
				d.unq = append(d.unq, bytes.ReplaceAll(field, []byte(`""`), []byte(`"`))...)
				field = d.unq[off:len(d.unq):len(d.unq)]
			}
			d.fields = append(d.fields, field)
			j++ // past the closing quote
			if j == len(line) {
				return d.fields, nil
			}
			if line[j] != d.sep {
				return nil, errors.New("text after a closing quote")
			}
			i = j + 1
			if i == len(line) {
				d.fields = append(d.fields, nil)
				return d.fields, nil
			}
			continue
		}
		k := bytes.IndexByte(line[i:], d.sep)
		if k < 0 {
			d.fields = append(d.fields, line[i:])
			return d.fields, nil
		}
		d.fields = append(d.fields, line[i:i+k])
		i += k + 1
		if i == len(line) {
			d.fields = append(d.fields, nil)
			return d.fields, nil
		}
	}
}

// refNormHeader folds a header cell for matching: lower case, letters and
// digits only ("DateTime (UTC)" -> "datetimeutc").
func refNormHeader(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// readHeader recognises the format from the header row.
func (d *refExportDecoder) readHeader(fields [][]byte) error {
	idx := map[string]int{}
	d.header = make([]string, len(fields))
	for i, f := range fields {
		d.header[i] = string(f)
		if _, dup := idx[refNormHeader(string(f))]; !dup {
			idx[refNormHeader(string(f))] = i
		}
	}
	col := func(names ...string) int {
		for _, n := range names {
			if i, ok := idx[n]; ok {
				return i
			}
		}
		return -1
	}
	_, etlToken := idx["tokenaddress"]
	_, etlFrom := idx["fromaddress"]
	d.cType, d.cQty = -1, -1
	if etlToken && etlFrom {
		d.stats.Format = FormatEthereumETL
		d.cToken, d.cFrom, d.cTo = col("tokenaddress"), col("fromaddress"), col("toaddress")
		d.cValue, d.cBlock, d.cTx = col("value"), col("blocknumber"), col("transactionhash")
		d.cTime, d.cName, d.cSymbol = col("blocktimestamp", "timestamp"), -1, -1
		d.cLog = col("logindex")
		if i := col("tokenid"); i >= 0 {
			return fmt.Errorf("transfers %s: a %s column: the export lists ERC-721 or ERC-1155 transfers, which an ethereum-etl export is not read for (only ERC-20 token_transfers are): read the token's holders over JSON-RPC with --rpc, or give Etherscan's ERC-721 export",
				d.name, d.header[i])
		}
	} else {
		d.stats.Format = FormatEtherscan
		d.cToken, d.cFrom, d.cTo = col("contractaddress", "tokenaddress"), col("from"), col("to")
		d.cValue, d.cBlock, d.cTx = col("tokenvalue", "quantity", "value"), col("blockno", "blocknumber"), col("transactionhash", "txhash")
		d.cTime, d.cName, d.cSymbol = col("unixtimestamp", "datetimeutc", "datetime", "timestamp"), col("tokenname"), col("tokensymbol")
		d.cLog = col("logindex")
		if id, v := col("tokenid"), col("tokenvalue"); id >= 0 && v >= 0 {
			return fmt.Errorf("transfers %s: an ERC-1155 transfer export (%s and %s columns): ERC-1155 transfers are not read from exports: read the token's holders over JSON-RPC with --rpc, which gives each holder's balance per id",
				d.name, d.header[id], d.header[v])
		}
		if id := col("tokenid"); id >= 0 {
			d.erc721, d.cValue, d.cType, d.cQty = true, id, col("type"), col("quantity")
		}
	}
	var missing []string
	for _, c := range []struct {
		i    int
		name string
	}{{d.cFrom, "from"}, {d.cTo, "to"}, {d.cValue, "value"}, {d.cBlock, "block number"}} {
		if c.i < 0 && c.name == "block number" && d.erc721 {
			c.name = "block number (Blockno: export again from Etherscan, whose NFT exports have it)"
		}
		if c.i < 0 {
			missing = append(missing, c.name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("transfers %s: the header row is neither an ethereum-etl token_transfers nor an Etherscan token-transfer header (no %s column)",
			d.name, strings.Join(missing, ", "))
	}
	if d.cToken < 0 && !d.hasWant {
		return fmt.Errorf("transfers %s: the export has no contract address column: %w", d.name, ErrTokenNeeded)
	}
	return nil
}

func (d *refExportDecoder) run() error {
	fields, err := d.record()
	for err == nil && len(fields) == 1 && len(fields[0]) == 0 {
		fields, err = d.record()
	}
	if err == io.EOF {
		return fmt.Errorf("transfers %s: empty file", d.name)
	}
	if err != nil {
		return err
	}
	if err := d.readHeader(fields); err != nil {
		return err
	}
	for {
		fields, err := d.record()
		if err == io.EOF {
			break
		}
		if err != nil {
			var re *RowError
			if errors.As(err, &re) && d.opt.SkipBadRows {
				d.bad(re)
				continue
			}
			return err
		}
		if len(fields) == 1 && len(fields[0]) == 0 {
			continue // blank line
		}
		d.stats.Rows++
		skipped := d.stats.Skipped
		if err := d.row1(fields); err != nil {
			if d.opt.SkipBadRows {
				d.bad(err)
				continue
			}
			return err
		}
		if d.stats.Skipped == skipped {
			d.applied++
		}
	}
	d.endBlock()
	return nil
}

func (d *refExportDecoder) bad(e *RowError) {
	d.stats.BadRowCount++
	if errors.Is(e.Err, ErrRepeatedRow) {
		d.stats.RepeatedCount++
	}
	if len(d.stats.BadRows) < MaxReportedRows {
		d.stats.BadRows = append(d.stats.BadRows, e)
	}
}

func (d *refExportDecoder) rowErr(col int, format string, args ...any) *RowError {
	name := ""
	if col >= 0 && col < len(d.header) {
		name = d.header[col]
	}
	return &RowError{File: d.name, Row: d.row, Column: name, Err: fmt.Errorf(format, args...)}
}

// row1 applies one data row.
func (d *refExportDecoder) row1(f [][]byte) *RowError {
	need := max(d.cToken, d.cFrom, d.cTo, d.cValue, d.cBlock, d.cTx, d.cLog, d.cTime, d.cName, d.cSymbol, d.cType, d.cQty)
	if len(f) <= need {
		return &RowError{File: d.name, Row: d.row, Err: fmt.Errorf("%d fields, the header has %d", len(f), len(d.header))}
	}
	var tok [20]byte
	if d.cToken >= 0 {
		a, ok := refParseAddr(f[d.cToken])
		if !ok {
			return d.rowErr(d.cToken, "%q is not a 20-byte hex address", refClip(f[d.cToken]))
		}
		tok = a
		if d.hasWant && tok != d.want {
			d.stats.Skipped++
			return nil
		}
	} else {
		tok = d.want
	}
	if d.cType >= 0 {
		switch t := strings.ToUpper(strings.TrimSpace(string(f[d.cType]))); t {
		case "721", "ERC721", "ERC-721":
		case "1155", "ERC1155", "ERC-1155":
			return d.rowErr(d.cType, "%q: an ERC-1155 transfer: ERC-1155 transfers are not read from exports (read the token over JSON-RPC with --rpc)", refClip(f[d.cType]))
		default:
			return d.rowErr(d.cType, "%q: not an ERC-721 transfer type (721)", refClip(f[d.cType]))
		}
	}
	from, ok := refParseAddr(f[d.cFrom])
	if !ok {
		return d.rowErr(d.cFrom, "%q is not a 20-byte hex address", refClip(f[d.cFrom]))
	}
	to, ok := refParseAddr(f[d.cTo])
	if !ok {
		return d.rowErr(d.cTo, "%q is not a 20-byte hex address", refClip(f[d.cTo]))
	}
	block, ok := refParseUint(f[d.cBlock])
	if !ok {
		return d.rowErr(d.cBlock, "%q is not a block number", refClip(f[d.cBlock]))
	}
	var tm time.Time
	if d.cTime >= 0 && len(f[d.cTime]) > 0 {
		if tm, ok = parseExportTime(f[d.cTime]); !ok {
			return d.rowErr(d.cTime, "%q is not a block time: %s", refClip(f[d.cTime]), exportTimeForms)
		}
	}
	if d.cTx >= 0 && d.cLog >= 0 {
		if key, ok := refDupKey(string(f[d.cTx]), string(f[d.cLog])); ok {
			if first, dup := d.keys[key]; dup {
				return &RowError{File: d.name, Row: d.row,
					Err: fmt.Errorf("repeats row %d (%w): read once", first, ErrRepeatedRow)}
			}
			d.keys[key] = d.row
		}
	}
	l := d.last
	if l == nil || l.addr != tok {
		l = d.tokens[tok]
	}
	if l == nil {
		l = &refExportLedger{addr: tok, idx: map[[20]byte]int32{}, negative: map[[20]byte]bool{}, changes: map[[20]byte]refChange{}, order: len(d.order)}
		if d.opt.KnownDecimals && !d.erc721 {
			l.scale = int(d.opt.Decimals)
		}
		if d.erc721 {
			l.owners = map[string][20]byte{}
		}
		if d.cName >= 0 {
			l.name = string(f[d.cName])
		}
		if d.cSymbol >= 0 {
			l.symbol = string(f[d.cSymbol])
		}
		d.tokens[tok] = l
		d.order = append(d.order, tok)
	}
	d.last = l
	var amount *uint256.Int
	var rerr *RowError
	if d.erc721 {
		amount, rerr = d.tokenID(f)
	} else {
		amount, rerr = d.amount(l, f[d.cValue])
	}
	if rerr != nil {
		return rerr
	}

	if d.started && block != d.lastBlk {
		d.endBlock()
		if block < d.lastBlk {
			d.stats.Ordered = false
		}
	}
	d.started, d.lastBlk = true, block
	if block >= d.maxBlock {
		d.maxBlock = block
		if !tm.IsZero() {
			d.maxTime = tm
		}
	}
	if !tm.IsZero() {
		d.timed = true
	}

	zero := [20]byte{}
	isMint, isBurn := from == zero, to == zero
	over := false
	if isMint {
		over = l.supply.add(amount) || over
	} else {
		over = d.credit(l, from, amount, true) || over
	}
	if isBurn {
		over = l.supply.sub(amount) || over
	} else {
		over = d.credit(l, to, amount, false) || over
	}
	if from != to && !amount.IsZero() {
		c := refChange{block: block}
		if d.cTx >= 0 && d.cLog >= 0 {
			if _, ok := refDupKey(string(f[d.cTx]), string(f[d.cLog])); ok {
				c.log, _ = refParseUint(f[d.cLog])
			}
		}
		if d.cTx >= 0 {
			if tx := strings.ToLower(string(f[d.cTx])); len(tx) == 66 && strings.HasPrefix(tx, "0x") && strings.Trim(tx[2:], "0123456789abcdef") == "" {
				c.tx = tx
			}
		}
		for _, a := range [][20]byte{from, to} {
			if old, seen := l.changes[a]; a != zero && (!seen || c.block > old.block || (c.block == old.block && c.log >= old.log)) {
				l.changes[a] = c
			}
		}
	}
	if over {
		// No uint256 token can get there: the file is not a token's history.
		return d.rowErr(d.cValue, "a balance or the supply passes 2^256")
	}
	if l.owners != nil {
		held, ok := l.owners[d.id]
		if (ok && held != from) || (!ok && !isMint) {
			d.stats.IDConflictCount++
			if len(d.stats.IDConflicts) < MaxReportedRows {
				c := IDConflict{Token: refHexString(tok), ID: d.id, Block: block, Row: d.row}
				if !isMint {
					c.From = refHexString(from)
				}
				if ok {
					c.Holder = refHexString(held)
				}
				d.stats.IDConflicts = append(d.stats.IDConflicts, c)
			}
		}
		if isBurn {
			delete(l.owners, d.id)
		} else {
			l.owners[d.id] = to
		}
	}

	x := func() Transfer {
		tx := ""
		if d.cTx >= 0 {
			tx = strings.ToLower(string(f[d.cTx]))
		}
		return Transfer{Block: block, Time: tm, TxHash: tx, From: refHexString(from), To: refHexString(to), Amount: amount.ToBig()}
	}
	if isMint {
		if !l.minted || block < l.firstMint {
			l.minted, l.firstMint, l.firstMintAt = true, block, tm
		}
		l.mints = append(l.mints, x())
		if len(l.mints) >= 2*l.mintsKept+1024 {
			// Drop the first minting block's mints now and then, without
			// rescanning on every row.
			l.mints = refLaterThan(l.mints, l.firstMint)
			l.mintsKept = len(l.mints)
		}
	} else if !l.supply.neg && !l.supply.mag.IsZero() {
		if _, of := d.tmp.MulOverflow(amount, uint256.NewInt(LargeTransferShare)); of || !d.tmp.Lt(&l.supply.mag) {
			l.large = append(l.large, x())
		}
	}
	if !isMint && !isBurn && from != to && !amount.IsZero() && (l.firstMove == nil || block < l.firstMove.Block) {
		m := x()
		l.firstMove = &m
	}
	return nil
}

// refChange is the row that last changed a holding: block, log index (0
// without one) and transaction hash ("" unless 0x and 64 hex digits).
type refChange struct {
	block, log uint64
	tx         string
}

// refDupKey is the transaction hash as a hex number without leading zeros
// and the log index, when they are "0x" and 1 to 64 hex digits and a
// uint32.
func refDupKey(tx, log string) (string, bool) {
	if len(tx) < 3 || !strings.HasPrefix(strings.ToLower(tx), "0x") {
		return "", false
	}
	digits := strings.ToLower(tx[2:])
	if len(digits) > 64 || strings.Trim(digits, "0123456789abcdef") != "" {
		return "", false
	}
	n, ok := refParseUint([]byte(log))
	if !ok || n > 1<<32-1 {
		return "", false
	}
	return strings.TrimLeft(digits, "0") + "," + strconv.FormatUint(n, 10), true
}

// refLaterThan keeps the transfers after block first.
func refLaterThan(ts []Transfer, first uint64) []Transfer {
	out := ts[:0]
	for _, t := range ts {
		if t.Block > first {
			out = append(out, t)
		}
	}
	return out
}

// credit adds (or, when debit, subtracts) amount to a's balance and says
// whether the balance overflowed.
func (d *refExportDecoder) credit(l *refExportLedger, a [20]byte, amount *uint256.Int, debit bool) bool {
	i, ok := l.idx[a]
	if !ok {
		i = int32(len(l.bal))
		l.idx[a] = i
		l.addrs = append(l.addrs, a)
		l.bal = append(l.bal, refSbal{})
	}
	b := &l.bal[i]
	if !debit {
		return b.add(amount)
	}
	of := b.sub(amount)
	if b.neg {
		l.touched = append(l.touched, a)
		l.touchedRow = append(l.touchedRow, d.row)
	}
	return of
}

// refSbal is a signed 256-bit balance: a magnitude and a sign. A balance goes
// negative only when an export misses rows.
type refSbal struct {
	mag uint256.Int
	neg bool
}

// add adds v and says whether the magnitude overflowed 256 bits.
func (b *refSbal) add(v *uint256.Int) bool {
	if !b.neg {
		_, of := b.mag.AddOverflow(&b.mag, v)
		return of
	}
	if v.Lt(&b.mag) {
		b.mag.Sub(&b.mag, v)
	} else {
		b.mag.Sub(v, &b.mag)
		b.neg = false
	}
	return false
}

// sub subtracts v and says whether the magnitude overflowed 256 bits.
func (b *refSbal) sub(v *uint256.Int) bool {
	if b.neg {
		_, of := b.mag.AddOverflow(&b.mag, v)
		return of
	}
	if !b.mag.Lt(v) {
		b.mag.Sub(&b.mag, v)
	} else {
		b.mag.Sub(v, &b.mag)
		b.neg = true
	}
	return false
}

// big returns the balance as a big.Int.
func (b *refSbal) big() *big.Int {
	v := b.mag.ToBig()
	if b.neg {
		v.Neg(v)
	}
	return v
}

// endBlock records the addresses left negative by the block just read.
func (d *refExportDecoder) endBlock() {
	for _, tok := range d.order {
		l := d.tokens[tok]
		for i, a := range l.touched {
			b := &l.bal[l.idx[a]]
			if !b.neg || l.negative[a] {
				continue
			}
			l.negative[a] = true
			d.stats.NegativeCount++
			if len(d.stats.Negative) < MaxReportedRows {
				d.stats.Negative = append(d.stats.Negative, NegativeBalance{
					Token: refHexString(tok), Address: refHexString(a), Block: d.lastBlk, Row: l.touchedRow[i], Balance: b.big().String()})
			}
		}
		l.touched, l.touchedRow = l.touched[:0], l.touchedRow[:0]
	}
}

// amount parses a row's value into base units (ethereum-etl) or into units
// of 10^-scale tokens (Etherscan), raising the scale of the ledger when
// the decimals are inferred. The result is d.amt, valid until the next row.
func (d *refExportDecoder) amount(l *refExportLedger, v []byte) (*uint256.Int, *RowError) {
	if refSciNotation.Match(bytes.TrimSpace(v)) {
		return nil, d.rowErr(d.cValue, "%q: value in scientific notation: the spreadsheet program rounded it; export again without opening it in a spreadsheet", refClip(v))
	}
	if d.stats.Format == FormatEthereumETL {
		if !refIsDigits(v) {
			return nil, d.rowErr(d.cValue, "%q is not a whole number of base units", refClip(v))
		}
		if !refParseU256(&d.amt, v) {
			return nil, d.rowErr(d.cValue, "%q is not a uint256", refClip(v))
		}
		return &d.amt, nil
	}
	intPart, frac, ok := refSplitQuantity(v)
	if !ok {
		return nil, d.rowErr(d.cValue, "%q is not a token quantity", refClip(v))
	}
	frac = bytes.TrimRight(frac, "0")
	if len(frac) > l.scale {
		if d.opt.KnownDecimals {
			return nil, d.rowErr(d.cValue, "%q has more than %d decimals", refClip(v), l.scale)
		}
		if len(frac) > maxScale {
			return nil, d.rowErr(d.cValue, "%q has more than %d decimals", refClip(v), maxScale)
		}
		if !d.rescale(l, len(frac)) {
			return nil, d.rowErr(d.cValue, "%q: balances in units of 10^-%d tokens pass 2^256", refClip(v), len(frac))
		}
		d.stats.DecimalsInferred = true
	}
	d.digits = append(append(d.digits[:0], intPart...), frac...)
	for i := len(frac); i < l.scale; i++ {
		d.digits = append(d.digits, '0')
	}
	if !refParseU256(&d.amt, d.digits) {
		return nil, d.rowErr(d.cValue, "%q is more than a uint256 of base units", refClip(v))
	}
	return &d.amt, nil
}

// tokenID checks an ERC-721 row's quantity and token id, keeps the
// id in d.id and returns the amount, one token.
func (d *refExportDecoder) tokenID(f [][]byte) (*uint256.Int, *RowError) {
	if d.cQty >= 0 {
		if q := strings.TrimSpace(string(f[d.cQty])); q != "" && q != "1" {
			return nil, d.rowErr(d.cQty, "%q: an ERC-721 transfer moves one token", refClip(f[d.cQty]))
		}
	}
	v := f[d.cValue]
	if !refIsDigits(v) {
		return nil, d.rowErr(d.cValue, "%q is not a token id (decimal digits)", refClip(v))
	}
	id, ok := new(big.Int).SetString(string(v), 10)
	if !ok || id.BitLen() > 256 {
		return nil, d.rowErr(d.cValue, "%q is not a uint256 token id", refClip(v))
	}
	d.id = id.String()
	d.amt.SetOne()
	return &d.amt, nil
}

var refSciNotation = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?[eE][+-]?[0-9]+$`)

var refPow19 = uint256.NewInt(10_000_000_000_000_000_000)

// refParseU256 parses decimal digits into z, false when they pass 2^256.
func refParseU256(z *uint256.Int, b []byte) bool {
	z.Clear()
	var chunk uint256.Int
	first := len(b) % 19
	if first == 0 {
		first = 19
	}
	for start, end := 0, first; start < len(b); start, end = end, end+19 {
		var n uint64
		for _, c := range b[start:end] {
			n = n*10 + uint64(c-'0')
		}
		if start > 0 {
			if _, of := z.MulOverflow(z, refPow19); of {
				return false
			}
		}
		chunk.SetUint64(n)
		if _, of := z.AddOverflow(z, &chunk); of {
			return false
		}
	}
	return true
}

// rescale multiplies everything the ledger holds by 10^(scale-l.scale);
// false, with the ledger unchanged, when a balance or the supply would
// pass 2^256.
func (d *refExportDecoder) rescale(l *refExportLedger, scale int) bool {
	m := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(scale-l.scale)), nil)
	mu, of := uint256.FromBig(m)
	if of {
		return false
	}
	// All or nothing: a failed rescale leaves the ledger as it was.
	var p uint256.Int
	if _, of := p.MulOverflow(&l.supply.mag, mu); of {
		return false
	}
	for i := range l.bal {
		if _, of := p.MulOverflow(&l.bal[i].mag, mu); of {
			return false
		}
	}
	for i := range l.bal {
		l.bal[i].mag.Mul(&l.bal[i].mag, mu)
	}
	l.supply.mag.Mul(&l.supply.mag, mu)
	for i := range l.mints {
		l.mints[i].Amount.Mul(l.mints[i].Amount, m)
	}
	for i := range l.large {
		l.large[i].Amount.Mul(l.large[i].Amount, m)
	}
	l.scale = scale
	return true
}

// refSplitQuantity reads an Etherscan quantity: digits with optional thousands
// commas, then optionally a point and digits.
func refSplitQuantity(v []byte) (intPart, frac []byte, ok bool) {
	v = bytes.TrimSpace(v)
	if i := bytes.IndexByte(v, '.'); i >= 0 {
		frac = v[i+1:]
		v = v[:i]
		if !refIsDigits(frac) {
			return nil, nil, false
		}
	}
	if len(v) == 0 {
		return nil, nil, false
	}
	if bytes.IndexByte(v, ',') < 0 {
		return v, frac, refIsDigits(v)
	}
	// Thousands groups: 1-3 digits, then groups of exactly 3.
	groups := bytes.Split(v, []byte{','})
	if len(groups[0]) == 0 || len(groups[0]) > 3 {
		return nil, nil, false
	}
	out := make([]byte, 0, len(v))
	for i, g := range groups {
		if !refIsDigits(g) || (i > 0 && len(g) != 3) {
			return nil, nil, false
		}
		out = append(out, g...)
	}
	return out, frac, true
}

func refIsDigits(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// refParseUint parses decimal digits that fit in 64 bits.
func refParseUint(b []byte) (uint64, bool) {
	if len(b) == 0 || len(b) > 19 {
		if len(b) > 19 {
			u, err := strconv.ParseUint(string(b), 10, 64)
			return u, err == nil
		}
		return 0, false
	}
	var n uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + uint64(c-'0')
	}
	return n, true
}

var refUnhex = func() (t [256]byte) {
	for i := range t {
		t[i] = 0xff
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = byte(c - '0')
	}
	for c := 'a'; c <= 'f'; c++ {
		t[c] = byte(c-'a') + 10
		t[c-'a'+'A'] = byte(c-'a') + 10
	}
	return t
}()

// refParseAddr parses "0x" and 40 hex digits, any case.
func refParseAddr(b []byte) ([20]byte, bool) {
	var a [20]byte
	if len(b) != 42 || b[0] != '0' || (b[1] != 'x' && b[1] != 'X') {
		return a, false
	}
	for i := 0; i < 20; i++ {
		hi, lo := refUnhex[b[2+2*i]], refUnhex[b[3+2*i]]
		if hi == 0xff || lo == 0xff {
			return a, false
		}
		a[i] = hi<<4 | lo
	}
	return a, true
}

const refHexDigits = "0123456789abcdef"

func refHexString(a [20]byte) string {
	var b [42]byte
	b[0], b[1] = '0', 'x'
	for i, c := range a {
		b[2+2*i], b[3+2*i] = refHexDigits[c>>4], refHexDigits[c&15]
	}
	return string(b[:])
}

// refClip shortens a value quoted in an error.
func refClip(b []byte) string {
	if len(b) > 80 {
		return string(b[:80]) + "..."
	}
	return string(b)
}

// snapshot turns the ledgers into a Snapshot, tokens in first-seen order.
func (d *refExportDecoder) snapshot() *Snapshot {
	snap := &Snapshot{Source: "transfers", Endpoint: d.name, Block: d.maxBlock, BlockTime: d.maxTime}
	d.stats.NoTimes = !d.timed
	for _, tok := range d.order {
		l := d.tokens[tok]
		t := Token{Address: refHexString(tok), Standard: "erc20", Name: l.name, Symbol: l.symbol,
			TotalSupply: l.supply.big()}
		switch {
		case l.owners != nil:
			t.Standard = "erc721"
		case d.stats.Format == FormatEtherscan:
			t.Decimals = uint8(l.scale)
		case d.opt.KnownDecimals:
			t.Decimals = d.opt.Decimals
		}
		for i := range l.bal {
			if l.owners != nil {
				break
			}
			if b := &l.bal[i]; !b.neg && !b.mag.IsZero() {
				c := l.changes[l.addrs[i]]
				h := Holder{Address: refHexString(l.addrs[i]), Balance: b.mag.ToBig(), LastChangeBlock: c.block}
				if c.tx != "" {
					hex.Decode(h.LastChangeTx[:], []byte(c.tx[2:]))
				}
				t.Holders = append(t.Holders, h)
			}
		}
		if l.owners != nil {
			t.Holders = refHolders721(l)
			t.TotalSupply = big.NewInt(int64(len(l.owners)))
		}
		sortHolders(t.Holders)
		if l.minted {
			t.DeployBlock, t.DeployTime, t.DeployIsFirstMint = l.firstMint, l.firstMintAt, true
			t.Mints = refLaterThan(l.mints, l.firstMint)
		}
		if t.TotalSupply.Sign() > 0 {
			for _, x := range l.large {
				if new(big.Int).Mul(x.Amount, big.NewInt(LargeTransferShare)).Cmp(t.TotalSupply) >= 0 {
					t.Transfers = append(t.Transfers, x)
				}
			}
		}
		refSortTransfers(t.Mints)
		refSortTransfers(t.Transfers)
		t.FirstMove = l.firstMove
		snap.Tokens = append(snap.Tokens, t)
	}
	if !d.stats.Ordered {
		// Only balances negative at the end are certain.
		var keep []NegativeBalance
		d.stats.NegativeCount = 0
		for _, tok := range d.order {
			l := d.tokens[tok]
			for i := range l.bal {
				if b := &l.bal[i]; b.neg {
					d.stats.NegativeCount++
					keep = append(keep, NegativeBalance{Token: refHexString(tok), Address: refHexString(l.addrs[i]), Block: d.maxBlock, Balance: b.big().String()})
				}
			}
		}
		sort.Slice(keep, func(i, j int) bool {
			if keep[i].Token != keep[j].Token {
				return keep[i].Token < keep[j].Token
			}
			return keep[i].Address < keep[j].Address
		})
		d.stats.Negative = keep[:min(len(keep), MaxReportedRows)]
	}
	return snap
}

// refSortTransfers orders transfers oldest first, stably.
func refSortTransfers(ts []Transfer) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Block < ts[j].Block })
}

// refHolders721 groups an ERC-721 ledger's ids by holder, ids in ascending
// numeric order, with each holder's last change.
func refHolders721(l *refExportLedger) []Holder {
	byHolder := map[[20]byte]*Holder{}
	var ids []*big.Int
	for id := range l.owners {
		n, _ := new(big.Int).SetString(id, 10)
		ids = append(ids, n)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
	for _, id := range ids {
		a := l.owners[id.String()]
		h := byHolder[a]
		if h == nil {
			c := l.changes[a]
			h = &Holder{Address: refHexString(a), Balance: new(big.Int), LastChangeBlock: c.block}
			if c.tx != "" {
				hex.Decode(h.LastChangeTx[:], []byte(c.tx[2:]))
			}
			byHolder[a] = h
		}
		h.Balance.Add(h.Balance, big.NewInt(1))
		h.TokenIDs = append(h.TokenIDs, id.String())
	}
	var out []Holder
	for _, h := range byHolder {
		out = append(out, *h)
	}
	return out
}
