package chain

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

const (
	tokA = "0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
	tokB = "0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
	zero = "0x0000000000000000000000000000000000000000"
	w1   = "0x1111111111111111111111111111111111111111"
	w2   = "0x2222222222222222222222222222222222222222"
	w3   = "0x3333333333333333333333333333333333333333"
)

// maxU256 is 2^256-1.
const maxU256 = "115792089237316195423570985008687907853269984665640564039457584007913129639935"

const etlHeader = "token_address,from_address,to_address,value,transaction_hash,log_index,block_number\n"

// etlLogIndex numbers the rows etlRow writes, so that no two are repeats
// of one transfer (the same transaction hash and log index).
var etlLogIndex atomic.Uint32

// etlRow is an ethereum-etl row of a transfer of its own: the transaction
// hash is the block number, the log index new.
func etlRow(tok, from, to, value string, block int) string {
	return fmt.Sprintf("%s,%s,%s,%s,0x%064x,%d,%d\n", tok, from, to, value, block, etlLogIndex.Add(1), block)
}

// holderMap turns a token's holders into address -> balance strings.
func holderMap(t Token) map[string]string {
	m := map[string]string{}
	for _, h := range t.Holders {
		m[h.Address] = h.Balance.String()
	}
	return m
}

func TestDecodeTransfers(t *testing.T) {
	etl := etlHeader +
		etlRow(tokA, zero, w1, "1000000000000000000000", 10) +
		etlRow(tokA, w1, w2, "250000000000000000000", 11) +
		etlRow(tokA, w2, zero, "50000000000000000000", 12) + // burn
		etlRow(tokB, zero, w3, "7", 12) +
		etlRow("0x"+strings.ToUpper(tokA[2:]), w1, w3, "1", 13)

	// Etherscan's current token-transfer export: BOM, every field quoted,
	// thousands separators and a decimal point.
	etherscanNew := "\xef\xbb\xbf\"Transaction Hash\",\"Blockno\",\"UnixTimestamp\",\"DateTime (UTC)\",\"From\",\"To\",\"TokenValue\",\"USDValueDayOfTx\",\"ContractAddress\",\"TokenName\",\"TokenSymbol\"\r\n" +
		"\"0x01\",\"100\",\"1700000000\",\"2023-11-14 22:13:20\",\"" + zero + "\",\"" + w1 + "\",\"1,999,000\",\"$0.00\",\"" + tokA + "\",\"Ship \"\"Ostar\"\" Shares\",\"OST\"\r\n" +
		"\"0x02\",\"101\",\"1700000012\",\"2023-11-14 22:13:32\",\"" + w1 + "\",\"" + w2 + "\",\"0.5\",\"$0.00\",\"" + tokA + "\",\"Ship \"\"Ostar\"\" Shares\",\"OST\"\r\n" +
		"\"0x03\",\"102\",\"1700000024\",\"2023-11-14 22:13:44\",\"" + w1 + "\",\"" + w3 + "\",\"1,000.25\",\"$0.00\",\"" + tokA + "\",\"Ship \"\"Ostar\"\" Shares\",\"OST\"\r\n"

	// Etherscan's token-page export: no contract column.
	etherscanOld := "\"Txhash\",\"Blockno\",\"UnixTimestamp\",\"DateTime\",\"From\",\"To\",\"Quantity\",\"Method\"\n" +
		"\"0xa\",\"5\",\"1637035653\",\"11/16/21 4:07\",\"" + zero + "\",\"" + w1 + "\",\"6,000,000\",\"Swapin\"\n" +
		"\"0xb\",\"6\",\"1637036014\",\"11/16/21 4:13\",\"" + w1 + "\",\"" + zero + "\",\"1,000\",\"Swapout\"\n" +
		"\"0xc\",\"7\",\"1637036015\",\"11/16/21 4:14\",\"" + w1 + "\",\"" + w2 + "\",\"1,999,000\",\"Transfer\"\n"

	tests := []struct {
		name       string
		in         string
		opt        TransferOptions
		format     string
		block      uint64
		tokens     []string
		holders    map[string]string // of the first token
		supply     string
		decimals   uint8
		inferred   bool
		large      int
		tokenLabel string
	}{
		{name: "ethereum-etl, two tokens", in: etl, format: FormatEthereumETL, block: 13,
			tokens:  []string{tokA, tokB},
			holders: map[string]string{w1: "749999999999999999999", w2: "200000000000000000000", w3: "1"},
			supply:  "950000000000000000000", large: 2},
		{name: "ethereum-etl, one token kept", in: etl, opt: TransferOptions{Token: "0X" + strings.ToUpper(tokB[2:])}, format: FormatEthereumETL, block: 12,
			tokens: []string{tokB}, holders: map[string]string{w3: "7"}, supply: "7"},
		{name: "etherscan, decimals inferred", in: etherscanNew, format: FormatEtherscan, block: 102,
			tokens: []string{tokA}, holders: map[string]string{w1: "199799925", w2: "50", w3: "100025"},
			supply: "199900000", decimals: 2, inferred: true, tokenLabel: `Ship "Ostar" Shares`},
		{name: "etherscan, decimals known", in: etherscanNew, opt: TransferOptions{Decimals: 18, KnownDecimals: true}, format: FormatEtherscan, block: 102,
			tokens:  []string{tokA},
			holders: map[string]string{w1: "1997999250000000000000000", w2: "500000000000000000", w3: "1000250000000000000000"},
			supply:  "1999000000000000000000000", decimals: 18, tokenLabel: `Ship "Ostar" Shares`},
		{name: "etherscan token page, token given", in: etherscanOld, opt: TransferOptions{Token: tokB}, format: FormatEtherscan, block: 7,
			tokens: []string{tokB}, holders: map[string]string{w1: "4000000", w2: "1999000"}, supply: "5999000", large: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			snap, stats, err := DecodeTransfers(strings.NewReader(tc.in), "x.csv", tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if stats.Format != tc.format || snap.Source != "transfers" || snap.Endpoint != "x.csv" || snap.Block != tc.block {
				t.Errorf("format %q source %q endpoint %q block %d", stats.Format, snap.Source, snap.Endpoint, snap.Block)
			}
			var got []string
			for _, tok := range snap.Tokens {
				got = append(got, tok.Address)
			}
			if !reflect.DeepEqual(got, tc.tokens) {
				t.Fatalf("tokens %v, want %v", got, tc.tokens)
			}
			tok := snap.Tokens[0]
			if h := holderMap(tok); !reflect.DeepEqual(h, tc.holders) {
				t.Errorf("holders %v, want %v", h, tc.holders)
			}
			for i := 1; i < len(tok.Holders); i++ {
				if tok.Holders[i-1].Balance.Cmp(tok.Holders[i].Balance) < 0 {
					t.Errorf("holders not sorted by balance: %v", tok.Holders)
				}
			}
			if tok.TotalSupply.String() != tc.supply || tok.Decimals != tc.decimals || stats.DecimalsInferred != tc.inferred {
				t.Errorf("supply %s decimals %d inferred %v, want %s %d %v", tok.TotalSupply, tok.Decimals, stats.DecimalsInferred, tc.supply, tc.decimals, tc.inferred)
			}
			if len(tok.Transfers) != tc.large {
				t.Errorf("%d large transfers, want %d: %+v", len(tok.Transfers), tc.large, tok.Transfers)
			}
			if tok.Name != tc.tokenLabel {
				t.Errorf("name %q, want %q", tok.Name, tc.tokenLabel)
			}
			if stats.NegativeCount != 0 || stats.BadRowCount != 0 {
				t.Errorf("negative %d bad %d", stats.NegativeCount, stats.BadRowCount)
			}
		})
	}
}

func TestDecodeTransfersBadRows(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		opt    TransferOptions
		row    int
		column string
		want   string
	}{
		{"short address", etlHeader + etlRow(tokA, zero, "0x1234", "1", 1), TransferOptions{}, 2, "to_address", "not a 20-byte hex address"},
		{"decimal value", etlHeader + etlRow(tokA, zero, w1, "1", 1) + etlRow(tokA, zero, w1, "1.5", 2), TransferOptions{}, 3, "value", "not a whole number"},
		{"negative value", etlHeader + etlRow(tokA, zero, w1, "-1", 1), TransferOptions{}, 2, "value", "not a whole number"},
		{"scientific notation", etlHeader + etlRow(tokA, zero, w1, "4.00000000000000E+23", 1), TransferOptions{}, 2, "value", "value in scientific notation: the spreadsheet program rounded it; export again without opening it in a spreadsheet"},
		{"scientific notation, Etherscan", "From,To,Quantity,Blockno\n" + zero + "," + w1 + ",1e18,1\n", TransferOptions{Token: tokA}, 2, "Quantity", "scientific notation"},
		{"too big", etlHeader + etlRow(tokA, zero, w1, "1"+strings.Repeat("0", 80), 1), TransferOptions{}, 2, "value", "not a uint256"},
		{"balance past 2^256", etlHeader + etlRow(tokA, zero, w1, maxU256, 1) + etlRow(tokA, zero, w1, "1", 2), TransferOptions{}, 3, "value", "passes 2^256"},
		{"bad block", etlHeader + etlRow(tokA, zero, w1, "1", 1)[:0] + tokA + "," + zero + "," + w1 + ",1,0x,0,twelve\n", TransferOptions{}, 2, "block_number", "not a block number"},
		{"missing fields", etlHeader + tokA + "," + zero + "\n", TransferOptions{}, 2, "", "fields"},
		{"bad thousands", "From,To,Quantity,Blockno\n" + zero + "," + w1 + ",\"1,99,000\",1\n", TransferOptions{Token: tokA}, 2, "Quantity", "not a token quantity"},
		{"too many decimals", "From,To,Quantity,Blockno\n" + zero + "," + w1 + ",0.001,1\n", TransferOptions{Token: tokA, KnownDecimals: true, Decimals: 2}, 2, "Quantity", "more than 2 decimals"},
		{"unterminated quote", "From,To,Quantity,Blockno\n" + zero + "," + w1 + ",\"1,1\n", TransferOptions{Token: tokA}, 2, "", "unterminated"},
	}
	// A good row before each (a transfer of nothing), so that skipping the
	// bad one leaves a row read.
	good := map[bool]string{true: etlRow(tokA, w2, w3, "0", 1), false: w2 + "," + w3 + ",0,1\n"}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := DecodeTransfers(strings.NewReader(tc.in), "bad.csv", tc.opt)
			var re *RowError
			if !errors.As(err, &re) {
				t.Fatalf("error %v, want a RowError", err)
			}
			if re.File != "bad.csv" || re.Row != tc.row || re.Column != tc.column || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %q (row %d column %q), want row %d column %q containing %q", err, re.Row, re.Column, tc.row, tc.column, tc.want)
			}
			if !strings.HasPrefix(err.Error(), "transfers bad.csv, row ") {
				t.Errorf("error %q does not start with the file and row", err)
			}
			// Skipping bad rows reads the rest.
			tc.opt.SkipBadRows = true
			header, body, _ := strings.Cut(tc.in, "\n")
			in := header + "\n" + good[strings.HasPrefix(tc.in, etlHeader)] + body
			_, stats, err := DecodeTransfers(strings.NewReader(in), "bad.csv", tc.opt)
			if err != nil {
				t.Fatalf("with SkipBadRows: %v", err)
			}
			if stats.BadRowCount != 1 || stats.BadRows[0].Row != tc.row+1 {
				t.Errorf("with SkipBadRows: %d bad rows %v", stats.BadRowCount, stats.BadRows)
			}
		})
	}
}

func TestDecodeTransfersHeaders(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "empty file"},
		{"byte-order mark only", "\xef\xbb\xbf", "h.csv: empty file"},
		{"blank lines", "\xef\xbb\xbf\r\n\n", "h.csv: empty file"},
		{"header only", etlHeader, "h.csv: no data rows: the export has a header row only"},
		{"header and blank lines", etlHeader + "\n\r\n", "h.csv: no data rows"},
		{"unknown", "a,b,c\n1,2,3\n", "neither an ethereum-etl"},
		{"no contract", "From,To,Quantity,Blockno\n", "h.csv: the export has no contract address column: say which token it is with --token ADDR"},
		{"erc721 without block numbers", "Txhash,UnixTimestamp,DateTime,From,To,ContractAddress,TokenId,TokenName,TokenSymbol\n", "no block number (Blockno"},
		{"erc721 header only", "Txhash,Blockno,UnixTimestamp,DateTime,From,To,ContractAddress,TokenId\n", "h.csv: no data rows"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := DecodeTransfers(strings.NewReader(tc.in), "h.csv", TransferOptions{})
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "h.csv") {
				t.Errorf("error %v, want one naming h.csv and containing %q", err, tc.want)
			}
			if got, want := errors.Is(err, ErrTokenNeeded), tc.name == "no contract"; got != want {
				t.Errorf("errors.Is(%v, ErrTokenNeeded) = %v, want %v", err, got, want)
			}
		})
	}
}

func TestDecodeTransfersNegative(t *testing.T) {
	// w1 spends in block 2 what it only receives in block 3 (an export
	// missing rows); within block 4 w2 goes negative and back, which is
	// only an order of logs inside a block.
	in := etlHeader +
		etlRow(tokA, zero, w3, "10", 1) +
		etlRow(tokA, w1, w2, "5", 2) +
		etlRow(tokA, zero, w1, "5", 3) +
		etlRow(tokA, w2, w3, "6", 4) +
		etlRow(tokA, w3, w2, "1", 4)
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "n.csv", TransferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []NegativeBalance{{Token: tokA, Address: w1, Block: 2, Row: 3, Balance: "-5"}}
	if stats.NegativeCount != 1 || !reflect.DeepEqual(stats.Negative, want) || !stats.Ordered {
		t.Errorf("negative %d %+v ordered %v, want %+v", stats.NegativeCount, stats.Negative, stats.Ordered, want)
	}
	if h := holderMap(snap.Tokens[0]); !reflect.DeepEqual(h, map[string]string{w3: "15"}) {
		t.Errorf("holders %v", h)
	}

	// Out of order: only balances negative at the end are reported.
	in = etlHeader + etlRow(tokA, zero, w1, "5", 3) + etlRow(tokA, w1, w2, "5", 2) + etlRow(tokA, w2, w3, "9", 4)
	_, stats, err = DecodeTransfers(strings.NewReader(in), "n.csv", TransferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.Ordered || stats.NegativeCount != 1 || stats.Negative[0].Address != w2 || stats.Negative[0].Balance != "-4" {
		t.Errorf("unordered: ordered %v negative %d %+v", stats.Ordered, stats.NegativeCount, stats.Negative)
	}
}

// TestTransfersMatchEmbeddedChain writes the embedded chain's Transfer logs
// as both export formats and requires the same holders as a chain read.
func TestTransfersMatchEmbeddedChain(t *testing.T) {
	_, emb, snap := sharedChain(t)
	ctx := context.Background()
	checked := 0
	for _, tok := range snap.Tokens {
		if tok.Standard == "erc721" {
			continue
		}
		logs, err := emb.Client().FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(snap.Block),
			Addresses: []common.Address{common.HexToAddress(tok.Address)}, Topics: [][]common.Hash{{topicTransfer}}})
		if err != nil {
			t.Fatal(err)
		}
		var etl, es strings.Builder
		etl.WriteString(etlHeader)
		es.WriteString("\xef\xbb\xbf\"Transaction Hash\",\"Blockno\",\"UnixTimestamp\",\"DateTime (UTC)\",\"From\",\"To\",\"TokenValue\",\"USDValueDayOfTx\",\"ContractAddress\",\"TokenName\",\"TokenSymbol\"\r\n")
		for i := range logs {
			tr, ok := decodeTransfer(&logs[i], false)
			if !ok {
				continue
			}
			from, to := hexAddr(tr.from), hexAddr(tr.to)
			if i%2 == 0 {
				from = tr.from.Hex() // checksummed case on half the rows
			}
			fmt.Fprintf(&etl, "%s,%s,%s,%s,%s,%d,%d\n", tok.Address, from, to, tr.value, logs[i].TxHash.Hex(), logs[i].Index, logs[i].BlockNumber)
			fmt.Fprintf(&es, "\"%s\",\"%d\",\"0\",\"\",\"%s\",\"%s\",\"%s\",\"\",\"%s\",\"%s\",\"%s\"\r\n",
				logs[i].TxHash.Hex(), logs[i].BlockNumber, from, to, etherscanQuantity(tr.value, tok.Decimals), tok.Address, tok.Name, tok.Symbol)
		}
		for _, c := range []struct {
			name, data string
			opt        TransferOptions
		}{
			{"ethereum-etl", etl.String(), TransferOptions{}},
			{"etherscan", es.String(), TransferOptions{Decimals: tok.Decimals, KnownDecimals: true}},
		} {
			got, stats, err := DecodeTransfers(strings.NewReader(c.data), c.name, c.opt)
			if err != nil {
				t.Fatalf("%s %s: %v", tok.Address, c.name, err)
			}
			if stats.NegativeCount != 0 {
				t.Errorf("%s %s: %d negative balances", tok.Address, c.name, stats.NegativeCount)
			}
			g := got.Tokens[0]
			if !reflect.DeepEqual(holderMap(g), holderMap(tok)) {
				t.Errorf("%s %s: holders\n%v\nwant\n%v", tok.Address, c.name, holderMap(g), holderMap(tok))
			}
			if !reflect.DeepEqual(lastChangeMap(g), lastChangeMap(tok)) {
				t.Errorf("%s %s: last changes\n%v\nwant, as read from the chain,\n%v", tok.Address, c.name, lastChangeMap(g), lastChangeMap(tok))
			}
			var order, wantOrder []string
			for i := range g.Holders {
				order = append(order, g.Holders[i].Address)
			}
			for i := range tok.Holders {
				wantOrder = append(wantOrder, tok.Holders[i].Address)
			}
			if !reflect.DeepEqual(order, wantOrder) {
				t.Errorf("%s %s: holder order %v, want %v", tok.Address, c.name, order, wantOrder)
			}
			if g.TotalSupply.Cmp(tok.TotalSupply) != 0 || len(g.Mints) != len(tok.Mints) || len(g.Transfers) != len(tok.Transfers) {
				t.Errorf("%s %s: supply %s mints %d large %d, want %s %d %d", tok.Address, c.name,
					g.TotalSupply, len(g.Mints), len(g.Transfers), tok.TotalSupply, len(tok.Mints), len(tok.Transfers))
			}
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no ERC-20 token in the test plan")
	}
}

// etherscanQuantity formats base units the way Etherscan shows them:
// thousands separators and the fraction without trailing zeros.
func etherscanQuantity(v *big.Int, decimals uint8) string {
	s := v.String()
	for len(s) <= int(decimals) {
		s = "0" + s
	}
	intPart, frac := s[:len(s)-int(decimals)], strings.TrimRight(s[len(s)-int(decimals):], "0")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}

func TestReadTransfersFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.csv")
	if err := os.WriteFile(path, []byte(etlHeader+etlRow(tokA, zero, w1, "3", 9)), 0o644); err != nil {
		t.Fatal(err)
	}
	snap, stats, err := ReadTransfers(path, TransferOptions{})
	if err != nil || snap.Endpoint != path || snap.Tokens[0].Holders[0].Balance.Int64() != 3 {
		t.Fatalf("snap %+v err %v", snap, err)
	}
	// The digest is the file's, though it is computed beside the decoding.
	// A file of many reads checks the chunks arrive whole and in order.
	var rows strings.Builder
	rows.WriteString(etlHeader)
	for i := 0; i < 20000; i++ {
		rows.WriteString(etlRow(tokA, zero, w1, "3", 9+i))
	}
	for _, content := range []string{etlHeader + etlRow(tokA, zero, w1, "3", 9), rows.String()} {
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, stats, err = ReadTransfers(path, TransferOptions{}); err != nil {
			t.Fatal(err)
		}
		if want := fmt.Sprintf("%x", sha256.Sum256([]byte(content))); stats.SHA256 != want {
			t.Errorf("SHA-256 of a %d-byte export: %s, want %s", len(content), stats.SHA256, want)
		}
	}
	if _, _, err := ReadTransfers(filepath.Join(t.TempDir(), "missing.csv"), TransferOptions{}); err == nil || !strings.Contains(err.Error(), "missing.csv") {
		t.Errorf("missing file: %v", err)
	}
}

// FuzzReadTransfers feeds arbitrary bytes: never a panic, and a result
// whose holders are positive, sorted and add up to at most the supply
// when no balance went negative.
func FuzzReadTransfers(f *testing.F) {
	f.Add([]byte(etlHeader + etlRow(tokA, zero, w1, "10", 1) + etlRow(tokA, w1, w2, "4", 2)))
	f.Add([]byte("\xef\xbb\xbf\"Txhash\",\"Blockno\",\"From\",\"To\",\"Quantity\",\"ContractAddress\"\r\n\"0x1\",\"1\",\"" + zero + "\",\"" + w1 + "\",\"1,000.5\",\"" + tokA + "\"\r\n"))
	f.Add([]byte("From,To,Value,Blockno,ContractAddress\n" + zero + "," + w1 + ",\"1\"\"\",1," + tokA + "\n"))
	f.Add([]byte(esNFTHeader + fmt.Sprintf(esNFTRowFormat, "0x1", 1, 1700000000, "", zero, w1, tokA, "Deeds", "DEED", "7", "721", "1") +
		fmt.Sprintf(esNFTRowFormat, "0x2", 2, 1700000012, "", w1, w2, tokA, "Deeds", "DEED", "007", "ERC-721", "1")))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, skip := range []bool{false, true} {
			snap, stats, err := DecodeTransfers(strings.NewReader(string(data)), "fuzz.csv", TransferOptions{SkipBadRows: skip})
			if err != nil {
				if !strings.Contains(err.Error(), "fuzz.csv") {
					t.Fatalf("error without the file name: %v", err)
				}
				continue
			}
			for _, tok := range snap.Tokens {
				sum := new(big.Int)
				for i, h := range tok.Holders {
					if h.Balance.Sign() <= 0 {
						t.Fatalf("holder %s with balance %s", h.Address, h.Balance)
					}
					if i > 0 && tok.Holders[i-1].Balance.Cmp(h.Balance) < 0 {
						t.Fatal("holders not sorted")
					}
					sum.Add(sum, h.Balance)
				}
				if stats.NegativeCount == 0 && sum.Cmp(tok.TotalSupply) != 0 {
					t.Fatalf("no negative balance but holders sum to %s, supply %s", sum, tok.TotalSupply)
				}
			}
		}
	})
}

// TestReadTransfersRepeatedRows reads an ethereum-etl export whose last 5
// rows repeat its first 5 (overlapping downloads): each transfer is counted
// once and each repeat is a bad row naming the row it repeats.
func TestReadTransfersRepeatedRows(t *testing.T) {
	path := filepath.Join("testdata", "exports", "dup.csv")
	snap, stats, err := ReadTransfers(path, TransferOptions{SkipBadRows: true})
	if err != nil {
		t.Fatal(err)
	}
	if got := snap.Tokens[0].TotalSupply.String(); got != "1100000000000000000000000" {
		t.Errorf("supply %s, want 1100000000000000000000000 (1,100,000 tokens)", got)
	}
	var got []string
	for _, e := range stats.BadRows {
		got = append(got, fmt.Sprintf("%s:%d:%s", e.File, e.Row, e.Column))
		if !strings.Contains(e.Error(), fmt.Sprintf("repeats row %d", e.Row-25)) {
			t.Errorf("row %d: %v, want one naming row %d", e.Row, e, e.Row-25)
		}
	}
	want := []string{path + ":27:", path + ":28:", path + ":29:", path + ":30:", path + ":31:"}
	if !reflect.DeepEqual(got, want) || stats.BadRowCount != 5 || stats.Rows != 30 {
		t.Errorf("bad rows %v (%d of %d rows), want %v", got, stats.BadRowCount, stats.Rows, want)
	}
	// Without SkipBadRows the first repeat is the error.
	_, _, err = ReadTransfers(path, TransferOptions{})
	var re *RowError
	if !errors.As(err, &re) || re.Row != 27 || !strings.Contains(err.Error(), "repeats row 2") {
		t.Errorf("error %v, want row 27 repeating row 2", err)
	}
}

// TestDecodeTransfersRepeatKey: a transfer is its transaction hash (a hex
// number, any case) and log index; the same hash with another log index is
// another transfer; an Etherscan export, which has no log index, applies
// equal rows each time, as they may be equal transfers of one transaction.
func TestDecodeTransfersRepeatKey(t *testing.T) {
	row := func(value, tx, log string) string {
		return tokA + "," + zero + "," + w1 + "," + value + "," + tx + "," + log + ",1\n"
	}
	in := etlHeader + row("1", "0xAB", "0") + row("2", "0x00ab", "0") + row("4", "0xab", "1") + row("8", "0xab", "01") + row("16", "0xac", "0")
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "k.csv", TransferOptions{SkipBadRows: true})
	if err != nil {
		t.Fatal(err)
	}
	var rows []int
	for _, e := range stats.BadRows {
		rows = append(rows, e.Row)
	}
	if got := snap.Tokens[0].TotalSupply.String(); got != "21" || !reflect.DeepEqual(rows, []int{3, 5}) {
		t.Errorf("supply %s, repeats at rows %v; want 21, rows [3 5]", got, rows)
	}
	es := "Txhash,Blockno,From,To,Quantity\n0x1,1," + zero + "," + w1 + ",5\n0x1,1," + zero + "," + w1 + ",5\n"
	snap, stats, err = DecodeTransfers(strings.NewReader(es), "e.csv", TransferOptions{Token: tokA})
	if err != nil {
		t.Fatal(err)
	}
	if got := snap.Tokens[0].TotalSupply.String(); got != "10" || stats.BadRowCount != 0 {
		t.Errorf("Etherscan: supply %s, %d bad rows; want 10 and none", got, stats.BadRowCount)
	}
}

// TestReadTransfersNoRowRead reads an export saved again by a spreadsheet
// program, every value in scientific notation: with SkipBadRows it is an
// error naming the file and the first bad row, not a token with supply 0;
// when one row can be read, the others are bad rows and the read goes on.
func TestReadTransfersNoRowRead(t *testing.T) {
	path := filepath.Join("testdata", "exports", "sci.csv")
	_, _, err := ReadTransfers(path, TransferOptions{SkipBadRows: true})
	want := "transfers " + path + ": no row could be read (25 bad rows); the first, row 2, column value: \"4.00000000000000E+23\": value in scientific notation: the spreadsheet program rounded it; export again without opening it in a spreadsheet"
	if err == nil || err.Error() != want {
		t.Errorf("error %v\nwant %s", err, want)
	}
	in := etlHeader + etlRow(tokA, zero, w1, "1.5E+3", 1) + etlRow(tokB, zero, w1, "7", 2)
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "s.csv", TransferOptions{SkipBadRows: true})
	if err != nil || stats.BadRowCount != 1 || len(snap.Tokens) != 2 || snap.Tokens[1].TotalSupply.Int64() != 7 {
		t.Errorf("one row read: %v, %v", err, stats)
	}
	// Rows of other tokens are not read for this one: their bad rows alone
	// leave it unread.
	_, _, err = DecodeTransfers(strings.NewReader(in), "s.csv", TransferOptions{SkipBadRows: true, Token: tokA})
	if err == nil || !strings.Contains(err.Error(), "s.csv: no row could be read (1 bad rows)") {
		t.Errorf("token A: error %v, want no row could be read", err)
	}
}

// TestReadTransfersSeparators reads the reviewer's ethereum-etl export
// saved with semicolons, and one with tabs: the separator is the header
// row's, and every row is read.
func TestReadTransfersSeparators(t *testing.T) {
	snap, stats, err := ReadTransfers(filepath.Join("testdata", "exports", "semi.csv"), TransferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := snap.Tokens[0].TotalSupply.String(); got != "1100000000000000000000000" || stats.Rows != 25 || stats.BadRowCount != 0 {
		t.Errorf("semicolons: supply %s, %d rows, %d bad; want 1100000000000000000000000, 25, 0", got, stats.Rows, stats.BadRowCount)
	}
	tabs := strings.ReplaceAll(etlHeader+etlRow(tokA, zero, w1, "5", 1)+etlRow(tokA, w1, w2, "2", 2), ",", "\t")
	snap, _, err = DecodeTransfers(strings.NewReader(tabs), "t.tsv", TransferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if h := holderMap(snap.Tokens[0]); !reflect.DeepEqual(h, map[string]string{w1: "3", w2: "2"}) {
		t.Errorf("tabs: holders %v", h)
	}
	// An Etherscan export with semicolons keeps the commas of its quantities.
	semi := "Txhash;Blockno;From;To;Quantity\n0x1;1;" + zero + ";" + w1 + ";\"1,000.5\"\n"
	snap, _, err = DecodeTransfers(strings.NewReader(semi), "e.csv", TransferOptions{Token: tokA})
	if err != nil || snap.Tokens[0].TotalSupply.String() != "10005" {
		t.Errorf("Etherscan with semicolons: %v", err)
	}
}

// lastChangeMap maps a token's holders to "block tx" of their last change.
func lastChangeMap(t Token) map[string]string {
	m := map[string]string{}
	for _, h := range t.Holders {
		m[h.Address] = fmt.Sprintf("%d %s", h.LastChangeBlock, h.LastChangeTxHex())
	}
	return m
}

// TestDecodeTransfersLastChange: each holder cites the row that last
// changed its balance: the second of two receipts, a later send rather than
// the receipt before it, the latest block and log index even when rows come
// out of order; never a zero-value transfer or a transfer to itself. A hash
// that is not 64 hex digits leaves the block and no transaction.
func TestDecodeTransfersLastChange(t *testing.T) {
	tx := func(n int) string { return fmt.Sprintf("0x%064x", n) }
	row := func(from, to, value, hash string, log, block int) string {
		return fmt.Sprintf("%s,%s,%s,%s,%s,%d,%d\n", tokA, from, to, value, hash, log, block)
	}
	etl := etlHeader +
		row(zero, w1, "100", tx(1), 0, 10) + // w1 receives
		row(zero, w1, "100", strings.ToUpper(tx(2)), 3, 11) + // w1 receives again: cited
		row(zero, w2, "100", tx(3), 0, 10) +
		row(w2, w3, "40", tx(4), 1, 12) + // w2 sends: cited for w2 and w3
		row(zero, w2, "0", tx(5), 0, 13) + // zero value: not a change
		row(w2, w2, "10", tx(6), 0, 14) + // to itself: not a change
		row(w1, w3, "1", tx(7), 2, 11) + // w3 receives at block 11, log 2: before tx 4
		row(zero, w1, "1", tx(8), 1, 11) + // block 11, log 1: before tx 2 (log 3)
		row(zero, "0x4444444444444444444444444444444444444444", "5", "0x1234", 0, 15)
	snap, stats, err := DecodeTransfers(strings.NewReader(etl), "x.csv", TransferOptions{})
	if err != nil || stats.BadRowCount != 0 {
		t.Fatalf("%v, %d bad rows", err, stats.BadRowCount)
	}
	want := map[string]string{
		w1: "11 " + tx(2), w2: "12 " + tx(4), w3: "12 " + tx(4),
		"0x4444444444444444444444444444444444444444": "15 ",
	}
	if got := lastChangeMap(snap.Tokens[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("ethereum-etl last changes\n%v\nwant\n%v", got, want)
	}

	// Etherscan: no log index, so in one block the later row is the change.
	es := "Txhash,Blockno,From,To,Quantity\n" +
		tx(1) + ",5," + zero + "," + w1 + ",10\n" +
		tx(2) + ",6," + zero + "," + w1 + ",1\n" +
		tx(3) + ",6," + w1 + "," + w2 + ",2\n" +
		tx(4) + ",4," + zero + "," + w2 + ",3\n"
	snap, _, err = DecodeTransfers(strings.NewReader(es), "e.csv", TransferOptions{Token: tokA})
	if err != nil {
		t.Fatal(err)
	}
	want = map[string]string{w1: "6 " + tx(3), w2: "6 " + tx(3)}
	if got := lastChangeMap(snap.Tokens[0]); !reflect.DeepEqual(got, want) {
		t.Errorf("Etherscan last changes\n%v\nwant\n%v", got, want)
	}
}

// TestDecodeTransfersKeptTransfers: the mints after the first minting
// block and the large transfers keep each row's block, time (Unix seconds,
// text or none), transaction hash in lower case (64 hex digits in capitals,
// or a short one) and amount, scaled to the decimals inferred from later
// rows.
func TestDecodeTransfersKeptTransfers(t *testing.T) {
	hash := func(n int) string { return fmt.Sprintf("0x%064x", n) }
	in := "Txhash,Blockno,UnixTimestamp,From,To,Quantity\n" +
		"0xAA,5,1700000000," + zero + "," + w1 + ",10\n" + // the first minting block
		"0X" + strings.ToUpper(hash(0xabc)[2:]) + ",6,2024-01-02 03:04:05 UTC," + zero + "," + w2 + ",1.5\n" +
		hash(2) + ",7,," + zero + "," + w1 + ",0.25\n" +
		"0xBeeF,8,1700000300," + w1 + "," + w2 + ",1\n" // 100 of 1175 units: large
	snap, _, err := DecodeTransfers(strings.NewReader(in), "k.csv", TransferOptions{Token: tokA})
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	type kept struct {
		Block    uint64
		Time     time.Time
		Tx       string
		From, To string
		Amount   string
	}
	list := func(ts []Transfer) []kept {
		var out []kept
		for _, x := range ts {
			out = append(out, kept{x.Block, x.Time, x.TxHash, x.From, x.To, x.Amount.String()})
		}
		return out
	}
	wantMints := []kept{
		{6, time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), "0x" + strings.Repeat("0", 61) + "abc", zero, w2, "150"},
		{7, time.Time{}, hash(2), zero, w1, "25"},
	}
	if got := list(tok.Mints); !reflect.DeepEqual(got, wantMints) || tok.Decimals != 2 || tok.DeployBlock != 5 {
		t.Errorf("mints %+v (decimals %d, deployed at %d)\nwant %+v (2, 5)", got, tok.Decimals, tok.DeployBlock, wantMints)
	}
	// The deployment's time is the first minting block's, though its mint
	// is no longer kept (the kept mints are filtered in place).
	if want := time.Unix(1700000000, 0).UTC(); !tok.DeployTime.Equal(want) {
		t.Errorf("deployed at %s, want the first minting block's time %s", tok.DeployTime, want)
	}
	wantLarge := []kept{{8, time.Unix(1700000300, 0).UTC(), "0xbeef", w1, w2, "100"}}
	if got := list(tok.Transfers); !reflect.DeepEqual(got, wantLarge) {
		t.Errorf("large transfers %+v\nwant %+v", got, wantLarge)
	}
}

// TestReadTransfersNotCSV: a directory, a workbook or another binary file
// given as an export is named for what it is, not read as rows.
func TestReadTransfersNotCSV(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"book.xlsx": "PK\x03\x04\x14\x00\x06\x00rest of a zip",
		"old.xls":   "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest",
		"utf16.csv": "\xff\xfeb\x00l\x00o\x00c\x00k\x00",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct{ path, want string }{
		{dir, "a directory, not a transfer export file"},
		{filepath.Join(dir, "book.xlsx"), "a zip archive (an XLSX workbook"},
		{filepath.Join(dir, "old.xls"), "an old Excel workbook (.xls)"},
		{filepath.Join(dir, "utf16.csv"), "UTF-16 text"},
	} {
		_, _, err := ReadTransfers(c.path, TransferOptions{})
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) || strings.Contains(err.Error(), "row") {
			t.Errorf("ReadTransfers(%s): error %v, want one naming the file, containing %q and no row", c.path, err, c.want)
		}
	}
}

// quotedLinesExport is an export whose second transfer has an extra
// quoted column of n line breaks (a record of n+1 lines).
func quotedLinesExport(n int) string {
	row := strings.TrimSuffix(etlRow(tokA, w1, w2, "4", 2), "\n")
	return strings.TrimSuffix(etlHeader, "\n") + ",note\n" +
		strings.TrimSuffix(etlRow(tokA, zero, w1, "10", 1), "\n") + ",\n" +
		row + `,"` + strings.Repeat("\n", n) + "\"\n"
}

// TestRecordOfManyLines: a quoted field of many line breaks is one
// record, read whole.
func TestRecordOfManyLines(t *testing.T) {
	snap, _, err := DecodeTransfers(strings.NewReader(quotedLinesExport(100_000)), "lines.csv", TransferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := holderMap(snap.Tokens[0]); got[w1] != "6" || got[w2] != "4" {
		t.Errorf("holders = %v, want w1 6 and w2 4", got)
	}
}

// BenchmarkRecordOfManyLines reads a record of 100,000 and of 800,000
// lines and reports the time per line of the larger over the smaller:
// about 1 when reading is linear in the record, about 8 when each line
// recounts the quotes of the record so far (it did: 5.6 s a 1 MB record).
func BenchmarkRecordOfManyLines(b *testing.B) {
	small, large := quotedLinesExport(100_000), quotedLinesExport(800_000)
	perLine := func(data string, n int) float64 {
		start := time.Now()
		if _, _, err := DecodeTransfers(strings.NewReader(data), "lines.csv", TransferOptions{}); err != nil {
			b.Fatal(err)
		}
		return float64(time.Since(start)) / float64(n)
	}
	var ratio float64
	for i := 0; i < b.N; i++ {
		s := perLine(small, 100_000)
		ratio += perLine(large, 800_000) / s
	}
	b.ReportMetric(ratio/float64(b.N), "large/small-per-line")
}

// TestExportTimePastYear9999: an export's UnixTimestamp past year 9999
// (which no report can write: RFC 3339 years have four digits) is a bad
// row naming the column, as a time that does not parse is; one just
// before is read.
func TestExportTimePastYear9999(t *testing.T) {
	in := "\"Txhash\",\"Blockno\",\"UnixTimestamp\",\"DateTime\",\"From\",\"To\",\"Quantity\",\"ContractAddress\"\n" +
		"\"0xa\",\"5\",\"1\",\"x\",\"" + zero + "\",\"" + w1 + "\",\"6,000,000\",\"" + tokA + "\"\n" +
		"\"0xb\",\"6\",\"253402300799\",\"x\",\"" + w1 + "\",\"" + w2 + "\",\"3,000,000\",\"" + tokA + "\"\n" +
		"\"0xc\",\"7\",\"300000000000\",\"x\",\"" + w1 + "\",\"" + w3 + "\",\"2,000,000\",\"" + tokA + "\"\n"
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "times.csv", TransferOptions{SkipBadRows: true})
	if err != nil {
		t.Fatal(err)
	}
	tr := snap.Tokens[0].Transfers
	if len(tr) != 1 || tr[0].Time.Year() != 9999 {
		t.Fatalf("large transfers = %+v, want the one at 253402300799 in year 9999", tr)
	}
	if stats.BadRowCount != 1 || stats.BadRows[0].Row != 4 || stats.BadRows[0].Column != "UnixTimestamp" {
		t.Fatalf("bad rows %d %+v, want row 4, column UnixTimestamp", stats.BadRowCount, stats.BadRows)
	}
}
