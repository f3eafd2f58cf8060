package chain

import (
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
)

// decodeBoth reads data with the reference decoder and with the pipeline
// at several batch sizes, and requires the same snapshot, statistics and
// error from each.
func decodeBoth(t *testing.T, data string, opt TransferOptions) {
	t.Helper()
	wantSnap, wantStats, wantErr := refDecodeTransfers(strings.NewReader(data), "x.csv", opt)
	for _, batch := range []int{1, 2, 3, 7, batchRows} {
		snap, stats, err := decodeTransfers(strings.NewReader(data), "x.csv", opt, batch, 0)
		if fmt.Sprint(err) != fmt.Sprint(wantErr) {
			t.Fatalf("batch %d, %+v: error %v, want %v", batch, opt, err, wantErr)
		}
		var re, wantRe *RowError
		if errors.As(err, &re) != errors.As(wantErr, &wantRe) || (re != nil && (re.Row != wantRe.Row || re.Column != wantRe.Column)) {
			t.Fatalf("batch %d, %+v: row error %+v, want %+v", batch, opt, re, wantRe)
		}
		if !reflect.DeepEqual(stats, wantStats) {
			t.Fatalf("batch %d, %+v: stats\n%+v\nwant\n%+v", batch, opt, stats, wantStats)
		}
		if !reflect.DeepEqual(snap, wantSnap) {
			t.Fatalf("batch %d, %+v: snapshot\n%+v\nwant\n%+v", batch, opt, snap, wantSnap)
		}
	}
}

// format721 is randomExport's name for an Etherscan ERC-721 export.
const format721 = "etherscan-erc721"

// randomExport writes an export of n rows in the given format: a few
// tokens and holders, mints and burns, blocks mostly in order, and about
// one bad row in badEvery of several kinds, and ethereum-etl rows that
// repeat an earlier transaction hash, with its log index or another.
// Etherscan quantities carry 0 to 4 decimals, so that inferred decimals
// rise along the file. ethereum-etl rows carry a block_timestamp in each
// form it is read in, or none; format721 writes Etherscan's NFT export of
// ids 0 to 59 (some with leading zeros), of type 721 but for bad rows.
func randomExport(rng *rand.Rand, format string, n, badEvery int) string {
	addr := func(i int) string { return fmt.Sprintf("0x%040x", i) }
	tokens := []string{tokA, tokB, "0x" + strings.ToUpper(tokA[2:])}
	var b strings.Builder
	switch format {
	case FormatEthereumETL:
		b.WriteString(strings.TrimSuffix(etlHeader, "\n") + ",block_timestamp\n")
	case format721:
		b.WriteString("\"Transaction Hash\",\"Blockno\",\"UnixTimestamp\",\"DateTime (UTC)\",\"From\",\"To\",\"ContractAddress\",\"TokenName\",\"TokenSymbol\",\"Token ID\",\"Type\",\"Quantity\"\r\n")
	default:
		b.WriteString("\xef\xbb\xbf\"Transaction Hash\",\"Blockno\",\"UnixTimestamp\",\"DateTime (UTC)\",\"From\",\"To\",\"TokenValue\",\"USDValueDayOfTx\",\"ContractAddress\",\"TokenName\",\"TokenSymbol\"\r\n")
	}
	block := 100
	for i := 0; i < n; i++ {
		if rng.IntN(4) == 0 {
			block += 1 + rng.IntN(3)
		}
		if rng.IntN(200) == 0 {
			block -= 5 // out of order
		}
		tok := tokens[rng.IntN(len(tokens))]
		from, to := addr(1+rng.IntN(40)), addr(1+rng.IntN(40))
		switch rng.IntN(10) {
		case 0:
			from = zero
		case 1:
			to = zero
		}
		units := rng.IntN(5000)
		decimals := rng.IntN(5)
		if i < n/3 {
			decimals = min(decimals, 1)
		}
		value := fmt.Sprint(units)
		quantity := etherscanQuantity(big.NewInt(int64(units)*1000003), uint8(decimals))
		if strings.Contains(quantity, ".") && rng.IntN(3) == 0 {
			quantity += "00" // trailing zeros add no decimals
		}
		blockText := fmt.Sprint(block)
		unix := int64(1700000000 + 12*block)
		timeText := [...]string{"", fmt.Sprint(unix), time.Unix(unix, 0).UTC().Format("2006-01-02 15:04:05 UTC"), time.Unix(unix, 0).UTC().Format(time.RFC3339)}[rng.IntN(4)]
		id, kind, qty := fmt.Sprintf("%0*d", rng.IntN(3), rng.IntN(60)), "721", "1"
		if badEvery > 0 && rng.IntN(badEvery) == 0 {
			switch rng.IntN(12) {
			case 8:
				timeText = "2024-07-28 16:41:00 EST"
			case 9:
				kind = "1155"
			case 10:
				qty = "2"
			case 11:
				id = "0x1"
			}
			switch rng.IntN(8) {
			case 0:
				from = "0x12"
			case 1:
				value, quantity = "1e3", "1.2.3"
			case 2:
				blockText = "x"
			case 3:
				value, quantity = "1"+strings.Repeat("0", 78), "1"+strings.Repeat("0", 78)
			case 4:
				quantity = "0." + strings.Repeat("0", 80) + "1"
			case 5:
				value, quantity = maxU256, maxU256
			case 6:
				tok = "0xnottoken"
			case 7:
				tok = ""
			}
		}
		tx, log := i, 0
		if i > 0 && rng.IntN(30) == 0 {
			tx, log = rng.IntN(i), rng.IntN(2) // a repeat, or another log of an earlier transaction
		}
		switch format {
		case FormatEthereumETL:
			fmt.Fprintf(&b, "%s,%s,%s,%s,0x%064x,%d,%s,%s\n", tok, from, to, value, tx, log, blockText, timeText)
		case format721:
			fmt.Fprintf(&b, "\"0x%064x\",\"%s\",\"%d\",\"\",\"%s\",\"%s\",\"%s\",\"Deed %s\",\"D\",\"%s\",\"%s\",\"%s\"\r\n",
				i, blockText, unix, from, to, tok, tok[:min(len(tok), 6)], id, kind, qty)
		default:
			fmt.Fprintf(&b, "\"0x%064x\",\"%s\",\"%d\",\"\",\"%s\",\"%s\",\"%s\",\"$0.00\",\"%s\",\"Token %s\",\"T\"\r\n",
				i, blockText, 1700000000+block, from, to, quantity, tok, tok[:min(len(tok), 6)])
		}
		if rng.IntN(500) == 0 {
			b.WriteString("\n") // blank line
		}
		if badEvery > 0 && rng.IntN(5*badEvery) == 0 {
			b.WriteString("\"unterminated,1\n") // a record that cannot be split
		}
	}
	return b.String()
}

// TestPipelineMatchesReference compares the pipeline with the reference
// decoder on random exports of both formats, with and without bad rows,
// decimals known or inferred, one token kept or all.
func TestPipelineMatchesReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 11))
	for _, format := range []string{FormatEthereumETL, FormatEtherscan, format721} {
		for _, badEvery := range []int{0, 40, 3} {
			data := randomExport(rng, format, 1500, badEvery)
			for _, opt := range []TransferOptions{
				{},
				{SkipBadRows: true},
				{SkipBadRows: true, Token: tokB},
				{SkipBadRows: true, Decimals: 3, KnownDecimals: true},
				{SkipBadRows: true, Decimals: 90, KnownDecimals: true},
				{Decimals: 4, KnownDecimals: true},
			} {
				decodeBoth(t, data, opt)
			}
		}
	}
}

// TestDecodeTransfersBatchBoundaries puts bad rows on both sides of batch
// boundaries: with SkipBadRows they are listed in file order, the others
// applied; without it the first is the error.
func TestDecodeTransfersBatchBoundaries(t *testing.T) {
	var b strings.Builder
	b.WriteString(etlHeader)
	bad := map[int]bool{4: true, 5: true, 8: true, 9: true, 13: true, 17: true}
	for row := 2; row <= 17; row++ {
		value := "1"
		if bad[row] {
			value = "-1"
		}
		b.WriteString(etlRow(tokA, zero, w1, value, row))
	}
	for _, batch := range []int{1, 2, 3, 4} {
		_, _, err := decodeTransfers(strings.NewReader(b.String()), "b.csv", TransferOptions{}, batch, 0)
		var re *RowError
		if !errors.As(err, &re) || re.Row != 4 {
			t.Errorf("batch %d: error %v, want row 4", batch, err)
		}
		snap, stats, err := decodeTransfers(strings.NewReader(b.String()), "b.csv", TransferOptions{SkipBadRows: true}, batch, 0)
		if err != nil {
			t.Fatalf("batch %d: %v", batch, err)
		}
		var rows []int
		for _, e := range stats.BadRows {
			rows = append(rows, e.Row)
		}
		if !reflect.DeepEqual(rows, []int{4, 5, 8, 9, 13, 17}) || stats.BadRowCount != 6 || stats.Rows != 16 {
			t.Errorf("batch %d: bad rows %v (%d), rows %d", batch, rows, stats.BadRowCount, stats.Rows)
		}
		if h := holderMap(snap.Tokens[0]); !reflect.DeepEqual(h, map[string]string{w1: "10"}) || snap.Block != 16 {
			t.Errorf("batch %d: holders %v block %d", batch, h, snap.Block)
		}
	}
}

// TestDecodeTransfersRescaleAcrossBatches infers an Etherscan token's
// decimals from quantities whose decimals rise in later batches: balances
// and mints made before each rise are rescaled.
func TestDecodeTransfersRescaleAcrossBatches(t *testing.T) {
	in := "From,To,Quantity,Blockno,Txhash\n" +
		zero + "," + w1 + ",\"1,000\",1,0xA\n" + // row 2
		w1 + "," + w2 + ",5,2,0xb\n" +
		zero + "," + w3 + ",0.5,3,0xc\n" + // row 4: one decimal
		w1 + "," + w3 + ",1.25,4,0xd\n" + // row 5: two
		w3 + "," + w2 + ",0.001,5,0xe\n" + // row 6: three
		w2 + "," + zero + ",1.000,6,0xf\n" // burn, trailing zeros dropped
	for _, batch := range []int{1, 2, 3, 4, 5} {
		snap, stats, err := decodeTransfers(strings.NewReader(in), "r.csv", TransferOptions{Token: tokA}, batch, 0)
		if err != nil {
			t.Fatalf("batch %d: %v", batch, err)
		}
		tok := snap.Tokens[0]
		want := map[string]string{w1: "993750", w2: "4001", w3: "1749"}
		if h := holderMap(tok); !reflect.DeepEqual(h, want) || tok.Decimals != 3 || !stats.DecimalsInferred || tok.TotalSupply.String() != "999500" {
			t.Errorf("batch %d: holders %v decimals %d supply %s, want %v, 3, 999500", batch, h, tok.Decimals, tok.TotalSupply, want)
		}
		if len(tok.Mints) != 1 || tok.Mints[0].Amount.String() != "500" || tok.Mints[0].TxHash != "0xc" {
			t.Errorf("batch %d: mints %+v, want one of 500 units in 0xc", batch, tok.Mints)
		}
	}
}

// TestDecodeTransfersTokenLabelFirstGoodRow takes a token's name and symbol
// from its first row that is read, even when an earlier row of that token
// was bad, and when it comes in a later batch.
func TestDecodeTransfersTokenLabelFirstGoodRow(t *testing.T) {
	h := "Txhash,Blockno,From,To,Quantity,ContractAddress,TokenName,TokenSymbol\n"
	in := h + "0x1,1,0x12," + w1 + ",1," + tokA + ",Bad,B\n" +
		"0x2,1," + zero + "," + w1 + ",1," + tokB + ",Other,O\n" +
		"0x3,2," + zero + "," + w1 + ",1," + tokA + ",Good,G\n" +
		"0x4,3," + zero + "," + w1 + ",1," + tokA + ",Later,L\n"
	for _, batch := range []int{1, 2, 512} {
		snap, _, err := decodeTransfers(strings.NewReader(in), "l.csv", TransferOptions{SkipBadRows: true}, batch, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, tok := range snap.Tokens {
			got = append(got, tok.Address+" "+tok.Name+" "+tok.Symbol)
		}
		if want := []string{tokB + " Other O", tokA + " Good G"}; !reflect.DeepEqual(got, want) {
			t.Errorf("batch %d: tokens %q, want %q", batch, got, want)
		}
	}
}

// TestDecodeTransfersStopsOnError ends the read at a record too long to
// read, after rows in earlier batches, and at the first bad row while the
// parse stage is ahead: the error is the one a single pass gives.
func TestDecodeTransfersStopsOnError(t *testing.T) {
	var b strings.Builder
	b.WriteString(etlHeader)
	for i := 0; i < 2000; i++ {
		b.WriteString(etlRow(tokA, zero, w1, "1", i+1))
	}
	b.WriteString(strings.Repeat("x", 2*maxRecordBytes) + "\n" + etlRow(tokA, zero, w1, "1", 3000))
	for _, skip := range []bool{false, true} {
		_, _, err := decodeTransfers(strings.NewReader(b.String()), "s.csv", TransferOptions{SkipBadRows: skip}, 100, 0)
		if err == nil || err.Error() != fmt.Sprintf("transfers s.csv, row 2002: record longer than %d bytes", maxRecordBytes) {
			t.Errorf("skip %v: error %v", skip, err)
		}
	}
	in := etlHeader + etlRow(tokA, zero, w1, "x", 1) + strings.Repeat(etlRow(tokA, zero, w1, "1", 2), 5000)
	_, _, err := decodeTransfers(strings.NewReader(in), "s.csv", TransferOptions{}, 10, 0)
	var re *RowError
	if !errors.As(err, &re) || re.Row != 2 || re.Column != "value" {
		t.Errorf("error %v, want row 2, column value", err)
	}
}

// FuzzPipelineMatchesReference compares the pipeline with the reference
// decoder on arbitrary bytes and options.
func FuzzPipelineMatchesReference(f *testing.F) {
	rng := rand.New(rand.NewPCG(3, 5))
	f.Add([]byte(randomExport(rng, FormatEthereumETL, 20, 4)), byte(1))
	f.Add([]byte(randomExport(rng, FormatEtherscan, 20, 4)), byte(0))
	f.Add([]byte(randomExport(rng, FormatEtherscan, 20, 4)), byte(0x1f))
	f.Add([]byte(randomExport(rng, format721, 20, 4)), byte(1))
	f.Add([]byte("From,To,Value,Blockno,ContractAddress\n"+zero+","+w1+",\"1\"\"\",1,"+tokA+"\n"), byte(3))
	f.Add([]byte(etlHeader+etlRow("", zero, w1, "1", 1)+etlRow(tokA, zero, w1, "1", 1)), byte(1))
	f.Fuzz(func(t *testing.T, data []byte, flags byte) {
		opt := TransferOptions{SkipBadRows: flags&1 != 0}
		if flags&2 != 0 {
			opt.Token = tokA
		}
		if flags&4 != 0 {
			opt.KnownDecimals, opt.Decimals = true, flags>>3
		}
		decodeBoth(t, string(data), opt)
	})
}

// TestDecodeTransfersFailedRescale raises the inferred decimals when a
// balance would pass 2^256: the row is refused and the ledger is left as it
// was, every balance in its own units, whatever the order of the holder
// table's slots.
func TestDecodeTransfersFailedRescale(t *testing.T) {
	var b strings.Builder
	b.WriteString("From,To,Quantity,Blockno\n")
	for i := 1; i <= 50; i++ {
		fmt.Fprintf(&b, "%s,0x%040x,%d,1\n", zero, i, i)
	}
	fmt.Fprintf(&b, "0x%040x,%s,%s,2\n", 99, zero, maxU256) // 99's balance: -(2^256-1)
	fmt.Fprintf(&b, "%s,0x%040x,7,3\n", zero, 51)
	fmt.Fprintf(&b, "%s,0x%040x,0.5,4\n", zero, 1) // rescale to 1 decimal fails at 99
	fmt.Fprintf(&b, "%s,0x%040x,2,5\n", zero, 52)
	opt := TransferOptions{Token: tokA, SkipBadRows: true}
	for range 5 {
		decodeBoth(t, b.String(), opt)
	}
	snap, stats, err := DecodeTransfers(strings.NewReader(b.String()), "x.csv", opt)
	if err != nil {
		t.Fatal(err)
	}
	h := holderMap(snap.Tokens[0])
	if h[fmt.Sprintf("0x%040x", 50)] != "50" || h[fmt.Sprintf("0x%040x", 1)] != "1" || h[fmt.Sprintf("0x%040x", 51)] != "7" || h[fmt.Sprintf("0x%040x", 52)] != "2" ||
		stats.BadRowCount != 1 || stats.BadRows[0].Row != 54 {
		t.Errorf("holders %v, bad rows %d %v", h, stats.BadRowCount, stats.BadRows)
	}
}
