package chain

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"math/big"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/holiman/uint256"
	"github.com/tokenaudit/audit/internal/csvsep"
)

// Transfer export formats, recognised by their header row.
const (
	FormatEthereumETL = "ethereum-etl"
	FormatEtherscan   = "etherscan"
)

// TransferOptions says how to read an offline transfer export.
type TransferOptions struct {
	// Token keeps only the rows of this contract (0x hex, any case). Empty
	// keeps every token in the file. An Etherscan export without a
	// ContractAddress column belongs to Token, which is then required.
	Token string
	// Decimals is the token's decimals, used when KnownDecimals is set.
	// Etherscan exports give amounts in whole tokens ("1,999,000.5"); with
	// known decimals they are scaled to base units exactly and a quantity
	// with more fractional digits than Decimals is a bad row. ethereum-etl
	// exports are in base units already; Decimals only labels the token.
	Decimals      uint8
	KnownDecimals bool
	// SkipBadRows records a row that cannot be read in
	// TransferStats.BadRows and goes on; without it the first bad row is
	// the error.
	SkipBadRows bool
}

// RowError is a row of an export that cannot be read: file, row (the
// header is row 1) and column name.
type RowError struct {
	File   string
	Row    int
	Column string // header name, empty when the row itself is malformed
	Err    error
}

// ErrRepeatedRow is wrapped by the error of a row that repeats an earlier
// row's transaction hash and log index (downloads that overlap): the
// transfer is read once.
var ErrRepeatedRow = errors.New("the same transaction hash and log index, as when downloads overlap")

func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("transfers %s, row %d: %v", e.File, e.Row, e.Err)
	}
	return fmt.Sprintf("transfers %s, row %d, column %s: %v", e.File, e.Row, e.Column, e.Err)
}

func (e *RowError) Unwrap() error { return e.Err }

// NegativeBalance is an address whose running balance went below zero at
// the end of a block: the export misses earlier transfers of that address.
type NegativeBalance struct {
	Token   string
	Address string
	Block   uint64
	Row     int // the last row of that block touching the address
	Balance string
}

// IDConflict is an ERC-721 row that mints an id some address already
// holds, or moves an id from an address that does not hold it: the export
// misses the transfers in between. The id then goes to the row's
// recipient, as on the chain the last Transfer log decides.
type IDConflict struct {
	Token  string
	ID     string // decimal
	Block  uint64
	Row    int
	From   string // the row's sender, "" for a mint
	Holder string // who held the id before the row, "" when nobody did
}

// TransferStats is what reading an export found besides the snapshot.
type TransferStats struct {
	Format  string // FormatEthereumETL or FormatEtherscan
	Rows    int    // data rows read, other tokens' rows included
	Skipped int    // rows of tokens other than TransferOptions.Token
	// BadRows are the rows skipped with SkipBadRows (the first
	// MaxReportedRows); BadRowCount counts them all.
	BadRows     []*RowError
	BadRowCount int
	// RepeatedCount counts, among the bad rows, those repeating an earlier
	// row's transaction hash and log index (ErrRepeatedRow): read once,
	// they leave the holders as they are.
	RepeatedCount int
	// Negative lists addresses whose running balance went negative (the
	// first MaxReportedRows); NegativeCount counts them all. A non-zero
	// count means the export is incomplete: the holder set is not the
	// token's. When the rows are not in block order only balances still
	// negative at the end are listed (Ordered is false).
	Negative      []NegativeBalance
	NegativeCount int
	Ordered       bool
	// IDConflicts lists the ERC-721 rows that mint a held id or move an id
	// from an address not holding it (the first MaxReportedRows);
	// IDConflictCount counts them all. A non-zero count means the export
	// misses transfers, as a negative balance does. With rows not in block
	// order (Ordered false) the order itself can cause them.
	IDConflicts     []IDConflict
	IDConflictCount int
	// DecimalsInferred is set when an Etherscan export was read without
	// known decimals: Token.Decimals is then the most fractional digits any
	// quantity had, and balances are exact in units of 10^-Decimals tokens,
	// which are base units only if that equals the contract's decimals.
	DecimalsInferred bool
	// SHA256 is the hex digest of the file ReadTransfers read (empty from
	// DecodeTransfers).
	SHA256 string
	// NoTimes is set when no row read gave a time (the export has no time
	// column, as ethereum-etl's token_transfers has none, or its cells are
	// empty): every transfer's Time and each token's DeployTime are then
	// zero, which means unknown, and nothing that needs transfer times
	// (VESSEL-CHANGE-NEAR-TOKEN) can use them.
	NoTimes bool
}

// MaxReportedRows bounds TransferStats.BadRows and Negative.
const MaxReportedRows = 1000

// maxRecordBytes bounds one CSV record, so a file without newlines cannot
// take all memory.
const maxRecordBytes = 1 << 20

// maxScale bounds the fractional digits of an Etherscan quantity: a uint256
// has 78 decimal digits.
const maxScale = 77

// ReadTransfers reads an offline export of ERC-20 token transfers, the
// ethereum-etl token_transfers CSV or an Etherscan token-transfer CSV, or
// an Etherscan ERC-721 ("NFT transfers") CSV (recognised by the header
// row: a token id column), and rebuilds each token's holders exactly in
// big integers; ERC-721 holders are those a chain read gives (Standard
// "erc721", Balance the number of ids, TokenIDs ascending, TotalSupply the
// ids owned, Mints and Transfers of one token each; a row minting a held
// id or moving an id its sender does not hold is a TransferStats
// IDConflict). ERC-1155 exports (Etherscan's TokenId with TokenValue,
// ethereum-etl's with a token_id column) are an error, and an ERC-1155 row
// of Etherscan's NFT export (Type 1155) a bad row. A transfer's time is
// the row's block time when the export gives one (ethereum-etl:
// block_timestamp or timestamp; Etherscan: UnixTimestamp, else DateTime
// (UTC), DateTime or timeStamp), as Unix seconds, "2006-01-02 15:04:05" with or without " UTC",
// or RFC 3339; a time without a zone is UTC; a cell that is none of these
// is a bad row; an empty cell or no column leaves the time zero, unknown
// (TransferStats.NoTimes when no row has one). It streams: memory grows with the number of
// holders (plus mints after the first minting block and large transfers)
// and, for the repeat check of exports with a log index, by about 60 bytes
// a row (keySet). Rows are parsed in one goroutine and applied
// in file order in another (export_pipeline.go), with the results, bad
// rows and errors of a single pass. The snapshot has Source "transfers",
// Endpoint path, Block the highest block in the file, and for each token
// Holders, TotalSupply (minted less burned), Mints and Transfers with the
// meaning they have on a chain read; each holder cites the row that last
// changed its balance (Holder.LastChangeBlock and LastChangeTx). Large transfers are those reaching 5%
// of the supply both when made and at the end. Chain id, block hash,
// controllers, claims and contract checks are unknown offline and left
// empty. A bad row is an error naming file, row and column unless
// opt.SkipBadRows; when no row can be read, the export is an error. A row
// with the transaction hash and log index of an earlier row (downloads that
// overlap) is a bad row naming that row: each transfer is read once.
// Exports without a log index column (Etherscan's) are not checked for
// repeats (dupKey). The field separator is the header row's (csvsep.Sniff).
func ReadTransfers(path string, opt TransferOptions) (*Snapshot, *TransferStats, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, fmt.Errorf("transfers %s: %w", path, err)
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil {
		if st.IsDir() {
			return nil, nil, fmt.Errorf("transfers %s: a directory, not a transfer export file", path)
		}
		size = st.Size()
	}
	if what := notCSVText(f); what != "" {
		return nil, nil, fmt.Errorf("transfers %s: %s, not CSV text: give the token transfers as UTF-8 CSV (ethereum-etl token_transfers or Etherscan's CSV download)", path, what)
	}
	digest := newHashingReader(f)
	snap, stats, err := decodeTransfers(digest, path, opt, batchRows, size)
	sum := digest.sum()
	if err != nil {
		return nil, nil, err
	}
	stats.SHA256 = sum
	return snap, stats, nil
}

// notCSVText names what the file f is when its first bytes show a
// spreadsheet or other binary file rather than CSV text, else "". It reads
// at offset 0 without moving f's offset.
func notCSVText(f *os.File) string {
	var head [512]byte
	n, _ := f.ReadAt(head[:], 0)
	b := head[:n]
	switch {
	case bytes.HasPrefix(b, []byte("PK\x03\x04")):
		return "a zip archive (an XLSX workbook or an OpenDocument spreadsheet?)"
	case bytes.HasPrefix(b, []byte("\xd0\xcf\x11\xe0")):
		return "an old Excel workbook (.xls)"
	case bytes.IndexByte(b, 0) >= 0:
		return "a binary file or UTF-16 text (it holds NUL bytes)"
	}
	return ""
}

// hashingReader reads from r and hashes, with SHA-256 in a goroutine of its
// own, exactly the bytes it has read, so that digesting the file overlaps
// decoding it.
type hashingReader struct {
	r      io.Reader
	chunks chan []byte
	free   chan []byte // chunks hashed, to copy into again (a few: the rest are dropped)
	digest chan string
}

func newHashingReader(r io.Reader) *hashingReader {
	h := &hashingReader{r: r, chunks: make(chan []byte, 8), free: make(chan []byte, 9), digest: make(chan string, 1)}
	go func() {
		sum := sha256.New()
		for c := range h.chunks {
			sum.Write(c)
			select {
			case h.free <- c:
			default:
			}
		}
		h.digest <- hex.EncodeToString(sum.Sum(nil))
	}()
	return h
}

func (h *hashingReader) Read(p []byte) (int, error) {
	n, err := h.r.Read(p)
	if n > 0 {
		var c []byte
		select {
		case c = <-h.free:
		default:
		}
		h.chunks <- append(c[:0], p[:n]...)
	}
	return n, err
}

// sum returns the hex SHA-256 of what was read; call it once, after the
// last Read.
func (h *hashingReader) sum() string {
	close(h.chunks)
	return <-h.digest
}

// DecodeTransfers is ReadTransfers on a reader; name is used in errors and
// as the snapshot's Endpoint.
func DecodeTransfers(r io.Reader, name string, opt TransferOptions) (*Snapshot, *TransferStats, error) {
	return decodeTransfers(r, name, opt, batchRows, 0)
}

// decodeTransfers is DecodeTransfers with batches of batch rows between the
// parse and apply stages; size is the length of r when known, else 0, to
// size the set of transfers once (keySet).
func decodeTransfers(r io.Reader, name string, opt TransferOptions, batch int, size int64) (*Snapshot, *TransferStats, error) {
	p := &exportParser{name: name, opt: opt, batch: batch, seed: maphash.MakeSeed(), br: bufio.NewReaderSize(r, 1<<20), seen: map[[20]byte]bool{}, intBuf: make([]byte, 0, 128)}
	d := &exportDecoder{p: p, stats: &TransferStats{Ordered: true}, tokens: map[[20]byte]*exportLedger{}}
	if opt.Token != "" {
		a, ok := parseAddr([]byte(strings.TrimSpace(opt.Token)))
		if !ok {
			return nil, nil, fmt.Errorf("transfers %s: token %q is not a 20-byte hex address", name, opt.Token)
		}
		p.want, p.hasWant = a, true
	}
	fields, err := p.record()
	for err == nil && len(fields) == 1 && len(fields[0]) == 0 {
		fields, err = p.record() // a blank line, or a byte-order mark alone
	}
	if err == io.EOF {
		return nil, nil, fmt.Errorf("transfers %s: empty file", name)
	}
	if err != nil {
		return nil, nil, err
	}
	if err := p.readHeader(fields); err != nil {
		return nil, nil, err
	}
	if p.cTx >= 0 && p.cLog >= 0 {
		p.keys = newKeySet(p.seed, size/minKeyedRowBytes)
	}
	d.stats.Format = p.format
	if err := d.run(); err != nil {
		return nil, nil, err
	}
	if d.applied == 0 && d.stats.BadRowCount > 0 {
		return nil, nil, noRowRead(name, d.stats)
	}
	if d.stats.Rows == 0 && d.stats.BadRowCount == 0 {
		return nil, nil, fmt.Errorf("transfers %s: no data rows: the export has a header row only", name)
	}
	snap := d.snapshot()
	snap.Export = d.stats
	return snap, d.stats, nil
}

// noRowRead is the error of an export none of whose rows could be read,
// with the first bad row: going on would audit an empty token.
func noRowRead(name string, stats *TransferStats) error {
	first := stats.BadRows[0]
	where := fmt.Sprintf("row %d", first.Row)
	if first.Column != "" {
		where += ", column " + first.Column
	}
	return fmt.Errorf("transfers %s: no row could be read (%d bad rows); the first, %s: %w", name, stats.BadRowCount, where, first.Err)
}

// exportLedger is one token's running state.
type exportLedger struct {
	addr         [20]byte
	name, symbol string
	holders      *holderTable
	supply       sbal
	scale        int // fractional digits amounts are scaled by (Etherscan)
	minted       bool
	firstMint    uint64
	firstMintAt  time.Time // the time of the first minting block, when the export gives times
	mints        []Transfer
	mintsKept    int // len(mints) after the last pruning
	large        []Transfer
	firstMove    *Transfer  // the earliest block's first move between two holders
	touched      [][20]byte // addresses changed in the current block
	touchedRow   []int
	negative     map[[20]byte]bool // addresses listed in TransferStats.Negative
	// owners maps each ERC-721 id to its holder, burned ids left out; nil
	// for an ERC-20 token.
	owners map[uint256.Int][20]byte
}

// exportDecoder is the apply stage: it takes the parsed rows in file order
// and keeps every state that depends on the rows before (ledgers, scales,
// blocks, statistics).
type exportDecoder struct {
	p      *exportParser // read-only here once the header is read
	stats  *TransferStats
	tokens map[[20]byte]*exportLedger
	last   *exportLedger // the previous row's token
	order  [][20]byte
	row    int // the row being applied
	// applied counts the rows applied: not bad, not another token's.
	applied int

	started  bool
	lastBlk  uint64
	maxBlock uint64
	maxTime  time.Time
	timed    bool // a row applied had a time
	tmp      uint256.Int
	touchSum byte // the bytes touch read, kept so that the reads are made
}

// exportParser is the parse stage: it reads records and does every check
// and conversion that does not depend on the rows before.
type exportParser struct {
	name    string
	opt     TransferOptions
	br      *bufio.Reader
	want    [20]byte
	hasWant bool
	format  string
	batch   int          // rows a batch carries
	seed    maphash.Seed // of every holderTable; hashes are computed here
	row     int
	acc     []byte
	fields  [][]byte
	unq     []byte
	sep     byte // the field separator, from the header row (csvsep.Sniff)
	intBuf  []byte
	digits  []byte

	// column indexes, -1 when absent; cValue is the token id of an
	// ERC-721 export, whose type and quantity columns are cType and cQty
	cToken, cFrom, cTo, cValue, cBlock, cTx, cLog, cTime, cName, cSymbol int
	cType, cQty                                                          int
	header                                                               []string
	erc721                                                               bool // an Etherscan ERC-721 export (a token id column)

	// keys holds the (transaction hash, log index) of every row parsed so
	// far that reached its ledger, with its row: a later row with the same
	// key is a repeat (dupKey). Nil when the export has no such columns.
	keys     *keySet
	touchSum uint32 // the slots repeats read, kept so that the reads are made
	// seen holds the tokens of the rows parsed so far that reached their
	// ledger; lastTok is the previous such row's token.
	seen    map[[20]byte]bool
	lastTok [20]byte
	hasLast bool
	// tokText is the last token address read as written, tokAddr its value.
	tokText []byte
	tokAddr [20]byte
}

// record returns the next CSV record's fields (sub-slices valid until the
// next call), or io.EOF.
func (p *exportParser) record() ([][]byte, error) {
	p.acc = p.acc[:0]
	var line []byte
	odd := false // whether p.acc holds an odd number of quotes, counted part by part: a record of many lines is not counted again for each
	for {
		part, err := p.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull || (err == nil && len(p.acc) > 0) || (err == nil && oddQuotes(part)) {
			p.acc = append(p.acc, part...)
			odd = odd != oddQuotes(part)
			if len(p.acc) > maxRecordBytes {
				return nil, fmt.Errorf("transfers %s, row %d: record longer than %d bytes", p.name, p.row+1, maxRecordBytes)
			}
			if err == bufio.ErrBufferFull || odd {
				continue
			}
			line = p.acc
			break
		}
		if err == io.EOF {
			if len(part) == 0 && len(p.acc) == 0 {
				return nil, io.EOF
			}
			p.acc = append(p.acc, part...)
			line = p.acc
			break
		}
		if err != nil {
			return nil, fmt.Errorf("transfers %s, row %d: %w", p.name, p.row+1, err)
		}
		line = part
		break
	}
	p.row++
	for len(line) > 0 && (line[len(line)-1] == '\n' || line[len(line)-1] == '\r') {
		line = line[:len(line)-1] // bytes.TrimRight(line, "\r\n") without building its set each row
	}
	if p.row == 1 {
		line = bytes.TrimPrefix(line, []byte("\xef\xbb\xbf"))
	}
	if p.sep == 0 && len(line) > 0 {
		p.sep = csvsep.Sniff(line) // the header row's
	}
	f, err := p.split(line)
	if err != nil {
		return nil, &RowError{File: p.name, Row: p.row, Err: err}
	}
	return f, nil
}

func oddQuotes(b []byte) bool { return bytes.Count(b, []byte{'"'})%2 == 1 }

// split cuts one CSV record into fields, undoing quotes.
func (p *exportParser) split(line []byte) ([][]byte, error) {
	p.fields = p.fields[:0]
	p.unq = p.unq[:0]
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
				off := len(p.unq)
				p.unq = append(p.unq, bytes.ReplaceAll(field, []byte(`""`), []byte(`"`))...)
				field = p.unq[off:len(p.unq):len(p.unq)]
			}
			p.fields = append(p.fields, field)
			j++ // past the closing quote
			if j == len(line) {
				return p.fields, nil
			}
			if line[j] != p.sep {
				return nil, errors.New("text after a closing quote")
			}
			i = j + 1
			if i == len(line) {
				p.fields = append(p.fields, nil)
				return p.fields, nil
			}
			continue
		}
		k := bytes.IndexByte(line[i:], p.sep)
		if k < 0 {
			p.fields = append(p.fields, line[i:])
			return p.fields, nil
		}
		p.fields = append(p.fields, line[i:i+k])
		i += k + 1
		if i == len(line) {
			p.fields = append(p.fields, nil)
			return p.fields, nil
		}
	}
}

// normHeader folds a header cell for matching: lower case, letters and
// digits only ("DateTime (UTC)" -> "datetimeutc").
func normHeader(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		if (r >= 'a' && r <= 'z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// readHeader recognises the format from the header row.
func (p *exportParser) readHeader(fields [][]byte) error {
	idx := map[string]int{}
	p.header = make([]string, len(fields))
	for i, f := range fields {
		p.header[i] = string(f)
		if _, dup := idx[normHeader(string(f))]; !dup {
			idx[normHeader(string(f))] = i
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
	p.cType, p.cQty = -1, -1
	if etlToken && etlFrom {
		p.format = FormatEthereumETL
		p.cToken, p.cFrom, p.cTo = col("tokenaddress"), col("fromaddress"), col("toaddress")
		p.cValue, p.cBlock, p.cTx = col("value"), col("blocknumber"), col("transactionhash")
		p.cTime, p.cName, p.cSymbol = col("blocktimestamp", "timestamp"), -1, -1
		p.cLog = col("logindex")
		if col("tokenid") >= 0 {
			// ethereum-etl's token_transfers has no token_id: a file with
			// one lists ERC-721 or ERC-1155 transfers, whose values are
			// ids or per-id amounts, not ERC-20 amounts.
			return fmt.Errorf("transfers %s: a %s column: the export lists ERC-721 or ERC-1155 transfers, which an ethereum-etl export is not read for (only ERC-20 token_transfers are): read the token's holders over JSON-RPC with --rpc, or give Etherscan's ERC-721 export",
				p.name, p.header[col("tokenid")])
		}
	} else {
		p.format = FormatEtherscan
		p.cToken, p.cFrom, p.cTo = col("contractaddress", "tokenaddress"), col("from"), col("to")
		p.cValue, p.cBlock, p.cTx = col("tokenvalue", "quantity", "value"), col("blockno", "blocknumber"), col("transactionhash", "txhash")
		// Times: UnixTimestamp, else DateTime (UTC) or DateTime (older
		// downloads, also UTC), else the API's timeStamp.
		p.cTime, p.cName, p.cSymbol = col("unixtimestamp", "datetimeutc", "datetime", "timestamp"), col("tokenname"), col("tokensymbol")
		p.cLog = col("logindex")
		if id, v := col("tokenid"), col("tokenvalue"); id >= 0 && v >= 0 {
			// Etherscan's ERC-1155 export (TokenId and TokenValue; the
			// API's token1155tx tokenID and tokenValue): amounts per id.
			return fmt.Errorf("transfers %s: an ERC-1155 transfer export (%s and %s columns): ERC-1155 transfers are not read from exports: read the token's holders over JSON-RPC with --rpc, which gives each holder's balance per id",
				p.name, p.header[id], p.header[v])
		}
		if id := col("tokenid"); id >= 0 {
			// Etherscan's ERC-721 export: "TokenId", or "Token ID" with
			// "Type" and "Quantity" in its NFT export of ERC-721 and
			// ERC-1155 transfers.
			p.erc721, p.cValue = true, id
			p.cType, p.cQty = col("type"), col("quantity")
		}
	}
	var missing []string
	for _, c := range []struct {
		i    int
		name string
	}{{p.cFrom, "from"}, {p.cTo, "to"}, {p.cValue, "value"}, {p.cBlock, "block number"}} {
		if c.i < 0 && c.name == "block number" && p.erc721 {
			c.name = "block number (Blockno: export again from Etherscan, whose NFT exports have it)"
		}
		if c.i < 0 {
			missing = append(missing, c.name)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("transfers %s: the header row is neither an ethereum-etl token_transfers nor an Etherscan token-transfer header (no %s column)",
			p.name, strings.Join(missing, ", "))
	}
	if p.cToken < 0 && !p.hasWant {
		return fmt.Errorf("transfers %s: the export has no contract address column: %w", p.name, ErrTokenNeeded)
	}
	return nil
}

// ErrTokenNeeded is wrapped by the error of an export without a contract
// address column (an Etherscan token-page download) read without
// TransferOptions.Token: the caller did not say which token it is.
var ErrTokenNeeded = errors.New("say which token it is with --token ADDR")

// run applies the rows the parse stage sends, in file order, and stops it
// when a row ends the read.
func (d *exportDecoder) run() error {
	batches, free := make(chan *rowBatch, 4), make(chan *rowBatch, 8)
	stop, stopped := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(stopped)
		d.p.parse(batches, free, stop)
	}()
	// The parse stage reads r: it must be done when DecodeTransfers returns.
	defer func() {
		close(stop)
		<-stopped
	}()
	for b := range batches {
		d.touch(b)
		for i := range b.rows {
			if err := d.apply(&b.rows[i]); err != nil {
				return err
			}
		}
		if b.err != nil {
			return b.err
		}
		select {
		case free <- b:
		default:
		}
	}
	d.endBlock()
	return nil
}

// touch starts reading the slots the rows of b will update, so that their
// cache misses overlap instead of coming one after another. It changes
// nothing.
func (d *exportDecoder) touch(b *rowBatch) {
	l := d.last
	if l == nil {
		return
	}
	var sum byte
	for i := range b.rows {
		x := &b.rows[i]
		if x.err != nil || x.skipped || x.tok != l.addr {
			continue
		}
		if x.from != ([20]byte{}) {
			sum += l.holders.touch(x.hFrom)
		}
		if x.to != ([20]byte{}) {
			sum += l.holders.touch(x.hTo)
		}
	}
	d.touchSum = sum
}

// badRow records e and returns nil when bad rows are skipped, else e.
func (d *exportDecoder) badRow(e *RowError) error {
	if !d.p.opt.SkipBadRows {
		return e
	}
	d.stats.BadRowCount++
	if errors.Is(e.Err, ErrRepeatedRow) {
		d.stats.RepeatedCount++
	}
	if len(d.stats.BadRows) < MaxReportedRows {
		d.stats.BadRows = append(d.stats.BadRows, e)
	}
	return nil
}

// rowErr is a RowError of row in column col.
func (p *exportParser) rowErr(row, col int, format string, args ...any) *RowError {
	name := ""
	if col >= 0 && col < len(p.header) {
		name = p.header[col]
	}
	return &RowError{File: p.name, Row: row, Column: name, Err: fmt.Errorf(format, args...)}
}

// apply applies one parsed row.
func (d *exportDecoder) apply(x *exportRow) error {
	d.row = x.row
	if x.data {
		d.stats.Rows++
	}
	if x.err != nil {
		return d.badRow(x.err)
	}
	if x.skipped {
		d.stats.Skipped++
		return nil
	}
	l := d.last
	if l == nil || l.addr != x.tok {
		l = d.tokens[x.tok]
	}
	if l == nil {
		l = &exportLedger{addr: x.tok, holders: newHolderTable(d.p.seed), negative: map[[20]byte]bool{}, name: x.name, symbol: x.symbol}
		if d.p.opt.KnownDecimals && !d.p.erc721 {
			l.scale = int(d.p.opt.Decimals)
		}
		if d.p.erc721 {
			l.owners = map[uint256.Int][20]byte{}
		}
		d.tokens[x.tok] = l
		d.order = append(d.order, x.tok)
	}
	d.last = l
	amount, rerr := d.amount(l, x)
	if rerr != nil {
		return d.badRow(rerr)
	}
	block, tm, from, to := x.block, x.tm, x.from, x.to

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
	// A row changes the holdings of from and to unless it moves nothing.
	change := from != to && !amount.IsZero()
	over := false
	if isMint {
		over = l.supply.add(amount) || over
	} else {
		over = d.credit(l, from, x.hFrom, amount, true, x, change) || over
	}
	if isBurn {
		over = l.supply.sub(amount) || over
	} else {
		over = d.credit(l, to, x.hTo, amount, false, x, change) || over
	}
	if over {
		// No uint256 token can get there: the file is not a token's history.
		return d.badRow(d.p.rowErr(d.row, d.p.cValue, "a balance or the supply passes 2^256"))
	}
	d.applied++
	if l.owners != nil {
		d.moveID(l, x, block, from, to)
	}

	transfer := func() Transfer {
		tx := ""
		if d.p.cTx >= 0 {
			tx = strings.ToLower(string(x.tx))
		}
		return Transfer{Block: block, Time: tm, TxHash: tx, From: hexString(from), To: hexString(to), Amount: amount.ToBig()}
	}
	if isMint {
		if !l.minted || block < l.firstMint {
			l.minted, l.firstMint, l.firstMintAt = true, block, tm
		}
		l.mints = append(l.mints, transfer())
		if len(l.mints) >= 2*l.mintsKept+1024 {
			// Drop the first minting block's mints now and then, without
			// rescanning on every row.
			l.mints = laterThan(l.mints, l.firstMint)
			l.mintsKept = len(l.mints)
		}
	} else if !l.supply.neg && !l.supply.mag.IsZero() {
		if _, of := d.tmp.MulOverflow(amount, uint256.NewInt(LargeTransferShare)); of || !d.tmp.Lt(&l.supply.mag) {
			l.large = append(l.large, transfer())
		}
	}
	if !isMint && !isBurn && from != to && !amount.IsZero() && (l.firstMove == nil || block < l.firstMove.Block) {
		m := transfer()
		l.firstMove = &m
	}
	return nil
}

// moveID moves an ERC-721 row's id (x.value) from from to to, recording
// an IDConflict when the export does not have from holding it (or has a
// minted id held already). The id's holder is the last row's recipient,
// as a chain read takes it from the last Transfer log.
func (d *exportDecoder) moveID(l *exportLedger, x *exportRow, block uint64, from, to [20]byte) {
	zero := [20]byte{}
	held, ok := l.owners[x.value]
	if ok && held != from || !ok && from != zero {
		d.stats.IDConflictCount++
		if len(d.stats.IDConflicts) < MaxReportedRows {
			c := IDConflict{Token: hexString(l.addr), ID: x.value.Dec(), Block: block, Row: d.row}
			if from != zero {
				c.From = hexString(from)
			}
			if ok {
				c.Holder = hexString(held)
			}
			d.stats.IDConflicts = append(d.stats.IDConflicts, c)
		}
	}
	if to == zero {
		delete(l.owners, x.value)
	} else {
		l.owners[x.value] = to
	}
}

// laterThan keeps the transfers after block first.
func laterThan(ts []Transfer, first uint64) []Transfer {
	out := ts[:0]
	for _, t := range ts {
		if t.Block > first {
			out = append(out, t)
		}
	}
	return out
}

// credit adds (or, when debit, subtracts) amount to the balance of a, whose
// hash is h, and says whether the balance overflowed. When change is set,
// row x is noted as a change of a's holding (holderTable.noteChange).
func (d *exportDecoder) credit(l *exportLedger, a [20]byte, h uint64, amount *uint256.Int, debit bool, x *exportRow, change bool) bool {
	s := l.holders.get(a, h)
	if change {
		l.holders.noteChange(s, x)
	}
	b := &s.bal
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

// sbal is a signed 256-bit balance: a magnitude and a sign. A balance goes
// negative only when an export misses rows.
type sbal struct {
	mag uint256.Int
	neg bool
}

// add adds v and says whether the magnitude overflowed 256 bits.
func (b *sbal) add(v *uint256.Int) bool {
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
func (b *sbal) sub(v *uint256.Int) bool {
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
func (b *sbal) big() *big.Int {
	v := b.mag.ToBig()
	if b.neg {
		v.Neg(v)
	}
	return v
}

// endBlock records the addresses left negative by the block just read.
func (d *exportDecoder) endBlock() {
	for _, tok := range d.order {
		l := d.tokens[tok]
		for i, a := range l.touched {
			b := &l.holders.find(a).bal
			if !b.neg || l.negative[a] {
				continue
			}
			l.negative[a] = true
			d.stats.NegativeCount++
			if len(d.stats.Negative) < MaxReportedRows {
				d.stats.Negative = append(d.stats.Negative, NegativeBalance{
					Token: hexString(tok), Address: hexString(a), Block: d.lastBlk, Row: l.touchedRow[i], Balance: b.big().String()})
			}
		}
		l.touched, l.touchedRow = l.touched[:0], l.touchedRow[:0]
	}
}

// amount returns a row's value in base units (ethereum-etl) or in units of
// 10^-scale tokens (Etherscan), raising the scale of the ledger when the
// decimals are inferred. The result points into x.
func (d *exportDecoder) amount(l *exportLedger, x *exportRow) (*uint256.Int, *RowError) {
	if x.valueErr != nil {
		return nil, x.valueErr
	}
	if d.p.erc721 {
		return oneToken, nil // x.value is the id
	}
	if d.p.format == FormatEthereumETL {
		return &x.value, nil
	}
	if x.frac > l.scale {
		// Decimals are inferred: with known decimals the parse stage has
		// refused the row.
		if !d.rescale(l, x.frac) {
			return nil, d.p.rowErr(d.row, d.p.cValue, "%q: balances in units of 10^-%d tokens pass 2^256", clip(x.raw), x.frac)
		}
		d.stats.DecimalsInferred = true
	}
	if x.valueBig || !mulPow10(&x.value, l.scale-x.frac) {
		return nil, d.p.rowErr(d.row, d.p.cValue, "%q is more than a uint256 of base units", clip(x.raw))
	}
	return &x.value, nil
}

// dupKey identifies a transfer: its transaction hash, read as a number of
// up to 64 hex digits, and its log index. Only exports with both columns
// have keys: an Etherscan export has no log index, and two equal transfers
// of one transaction (same from, to and value) cannot be told there from a
// row downloaded twice, so its rows are all applied.
type dupKey struct {
	tx  [4]uint64 // big-endian words, compared without a call to memequal
	log uint64    // at most 2^32-1; 64 bits leave no padding to hash around
}

// parseDupKey reads a row's transaction hash ("0x" and 1 to 64 hex
// digits) and log index (a uint32); false when either is not one.
func parseDupKey(tx, log []byte) (dupKey, bool) {
	var k dupKey
	if len(tx) < 3 || len(tx) > 66 || tx[0] != '0' || (tx[1] != 'x' && tx[1] != 'X') {
		return k, false
	}
	n, ok := parseUint(log)
	if !ok || n > 1<<32-1 {
		return k, false
	}
	k.log = n
	digits := tx[2:]
	if len(digits) == 64 {
		k.tx, ok = parseTxHash(tx)
		return k, ok
	}
	var bad byte // a digit's value is at most 15, a non-digit's 0xff
	for i, p := 0, 64-len(digits); i < len(digits); i, p = i+1, p+1 {
		c := unhex[digits[i]]
		bad |= c
		k.tx[p>>4] = k.tx[p>>4]<<4 | uint64(c&15) // nibble p of 64, from the left
	}
	return k, bad <= 15
}

// parseTxHash reads a whole transaction hash, "0x" and 64 hex digits in
// any case, as big-endian words; false when tx is not one.
func parseTxHash(tx []byte) ([4]uint64, bool) {
	var h [4]uint64
	if len(tx) != 66 || tx[0] != '0' || (tx[1] != 'x' && tx[1] != 'X') {
		return h, false
	}
	digits := tx[2:]
	var bad byte // a digit's value is at most 15, a non-digit's 0xff
	// Each word in a register.
	for w := range h {
		var v uint64
		for _, ch := range digits[16*w : 16*w+16] {
			c := unhex[ch]
			bad |= c
			v = v<<4 | uint64(c&15)
		}
		h[w] = v
	}
	return h, bad <= 15
}

// pow10 holds 10^0 to 10^77, every power of ten below 2^256.
var pow10 = func() (t [maxScale + 1]uint256.Int) {
	t[0].SetOne()
	for i := 1; i < len(t); i++ {
		t[i].Mul(&t[i-1], uint256.NewInt(10))
	}
	return t
}()

// mulPow10 multiplies z by 10^k, false when the product passes 2^256.
func mulPow10(z *uint256.Int, k int) bool {
	if z.IsZero() || k == 0 {
		return true
	}
	if k >= len(pow10) {
		return false
	}
	_, of := z.MulOverflow(z, &pow10[k])
	return !of
}

var pow19 = uint256.NewInt(10_000_000_000_000_000_000)

// oneToken is the amount of an ERC-721 transfer; never written.
var oneToken = uint256.NewInt(1)

// parseU256 parses decimal digits into z, false when they pass 2^256.
func parseU256(z *uint256.Int, b []byte) bool {
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
			if _, of := z.MulOverflow(z, pow19); of {
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
// false, with the ledger unchanged, when a balance or the supply would pass
// 2^256.
func (d *exportDecoder) rescale(l *exportLedger, scale int) bool {
	m := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(scale-l.scale)), nil)
	mu, of := uint256.FromBig(m)
	if of {
		return false
	}
	var p uint256.Int
	if _, of := p.MulOverflow(&l.supply.mag, mu); of {
		return false
	}
	for i := range l.holders.slots {
		if s := &l.holders.slots[i]; s.last != 0 {
			if _, of := p.MulOverflow(&s.bal.mag, mu); of {
				return false
			}
		}
	}
	for i := range l.holders.slots {
		if s := &l.holders.slots[i]; s.last != 0 {
			s.bal.mag.Mul(&s.bal.mag, mu)
		}
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

// splitQuantity reads an Etherscan quantity: digits with optional thousands
// commas, then optionally a point and digits. With commas the integer part
// is written into buf.
func splitQuantity(v, buf []byte) (intPart, frac []byte, ok bool) {
	v = bytes.TrimSpace(v)
	if i := bytes.IndexByte(v, '.'); i >= 0 {
		frac = v[i+1:]
		v = v[:i]
		if !isDigits(frac) {
			return nil, nil, false
		}
	}
	if len(v) == 0 {
		return nil, nil, false
	}
	if bytes.IndexByte(v, ',') < 0 {
		return v, frac, isDigits(v)
	}
	// Thousands groups: 1-3 digits, then groups of exactly 3.
	out := buf[:0]
	for first := true; ; first = false {
		g, rest, more := bytes.Cut(v, []byte{','})
		if !isDigits(g) || (first && len(g) > 3) || (!first && len(g) != 3) {
			return nil, nil, false
		}
		out = append(out, g...)
		if !more {
			return out, frac, true
		}
		v = rest
	}
}

func isDigits(b []byte) bool {
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

// parseUint parses decimal digits that fit in 64 bits.
func parseUint(b []byte) (uint64, bool) {
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

var unhex = func() (t [256]byte) {
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

// parseAddr parses "0x" and 40 hex digits, any case.
func parseAddr(b []byte) ([20]byte, bool) {
	var a [20]byte
	if len(b) != 42 || b[0] != '0' || (b[1] != 'x' && b[1] != 'X') {
		return a, false
	}
	h := (*[40]byte)(b[2:])
	var bad byte // a digit's value is at most 15, a non-digit's 0xff
	for i := range a {
		hi, lo := unhex[h[2*i]], unhex[h[2*i+1]]
		bad |= hi | lo
		a[i] = hi<<4 | lo
	}
	return a, bad <= 15
}

const hexDigits = "0123456789abcdef"

func hexString(a [20]byte) string {
	var b [42]byte
	b[0], b[1] = '0', 'x'
	for i, c := range a {
		b[2+2*i], b[3+2*i] = hexDigits[c>>4], hexDigits[c&15]
	}
	return string(b[:])
}

// clip shortens a value quoted in an error.
func clip(b []byte) string {
	if len(b) > 80 {
		return string(b[:80]) + "..."
	}
	return string(b)
}

// snapshot turns the ledgers into a Snapshot, tokens in first-seen order.
func (d *exportDecoder) snapshot() *Snapshot {
	snap := &Snapshot{Source: "transfers", Endpoint: d.p.name, Block: d.maxBlock, BlockTime: d.maxTime}
	d.stats.NoTimes = !d.timed
	for _, tok := range d.order {
		l := d.tokens[tok]
		t := Token{Address: hexString(tok), Standard: "erc20", Name: l.name, Symbol: l.symbol,
			TotalSupply: l.supply.big()}
		switch {
		case l.owners != nil:
			t.Standard = "erc721"
		case d.stats.Format == FormatEtherscan:
			t.Decimals = uint8(l.scale)
		case d.p.opt.KnownDecimals:
			t.Decimals = d.p.opt.Decimals
		}
		if l.owners != nil {
			t.Holders = holders721(l)
			t.TotalSupply = big.NewInt(int64(len(l.owners)))
		} else {
			t.Holders = l.holders.positive()
		}
		if l.minted {
			t.DeployBlock, t.DeployTime, t.DeployIsFirstMint = l.firstMint, l.firstMintAt, true
			t.Mints = laterThan(l.mints, l.firstMint)
		}
		if t.TotalSupply.Sign() > 0 {
			for _, x := range l.large {
				if new(big.Int).Mul(x.Amount, big.NewInt(LargeTransferShare)).Cmp(t.TotalSupply) >= 0 {
					t.Transfers = append(t.Transfers, x)
				}
			}
		}
		sortTransfers(t.Mints)
		sortTransfers(t.Transfers)
		t.FirstMove = l.firstMove
		snap.Tokens = append(snap.Tokens, t)
	}
	if !d.stats.Ordered {
		// Only balances negative at the end are certain.
		var keep []NegativeBalance
		d.stats.NegativeCount = 0
		for _, tok := range d.order {
			l := d.tokens[tok]
			for i := range l.holders.slots {
				if s := &l.holders.slots[i]; s.last != 0 && s.bal.neg {
					d.stats.NegativeCount++
					keep = append(keep, NegativeBalance{Token: hexString(tok), Address: hexString(s.addr), Block: d.maxBlock, Balance: s.bal.big().String()})
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

// sortTransfers orders transfers oldest first, stably.
func sortTransfers(ts []Transfer) {
	sort.SliceStable(ts, func(i, j int) bool { return ts[i].Block < ts[j].Block })
}

// holders721 returns an ERC-721 ledger's holders as a chain read gives
// them (ledger721): each address holding ids, its Balance their number,
// TokenIDs in ascending order, in the order of sortHolders; each with the
// last change its slot of the holder table records.
func holders721(l *exportLedger) []Holder {
	ids := map[[20]byte][]uint256.Int{}
	for id, a := range l.owners {
		ids[a] = append(ids[a], id)
	}
	var out []Holder
	for a, held := range ids {
		slices.SortFunc(held, func(x, y uint256.Int) int { return x.Cmp(&y) })
		h := Holder{Address: hexString(a), Balance: big.NewInt(int64(len(held))), TokenIDs: make([]string, len(held))}
		for i := range held {
			h.TokenIDs[i] = held[i].Dec()
		}
		if s := l.holders.find(a); s != nil {
			l.holders.stamp(&h, s)
		}
		out = append(out, h)
	}
	sortHolders(out)
	return out
}
