package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// TestExportETLBlockTimestamp: an ethereum-etl export's block_timestamp is
// each transfer's time, in each form BigQuery and users write it; without
// the column, or with its cells empty, every time is zero and NoTimes says
// so; a cell that is no time is a bad row naming the column.
func TestExportETLBlockTimestamp(t *testing.T) {
	header := "token_address,from_address,to_address,value,transaction_hash,log_index,block_number,block_timestamp\n"
	row := func(from, to, value string, block int, when string) string {
		return fmt.Sprintf("%s,%s,%s,%s,0x%064x,0,%d,%s\n", tokA, from, to, value, block, block, when)
	}
	jan1 := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	jul28 := time.Date(2024, 7, 28, 16, 41, 0, 0, time.UTC)
	for _, form := range []struct {
		name       string
		first, big string // the first mint's time, the large transfer's
	}{
		{"BigQuery", "2024-01-01 00:00:00 UTC", "2024-07-28 16:41:00 UTC"},
		{"RFC 3339", "2024-01-01T00:00:00Z", "2024-07-28T18:41:00+02:00"},
		{"RFC 3339 fraction", "2024-01-01T00:00:00.000Z", "2024-07-28T16:41:00.000000Z"},
		{"Unix seconds", fmt.Sprint(jan1.Unix()), fmt.Sprint(jul28.Unix())},
		{"no zone", "2024-01-01 00:00:00", "2024-07-28T16:41:00"},
	} {
		t.Run(form.name, func(t *testing.T) {
			in := header + row(zero, w1, "600", 100, form.first) + row(zero, w2, "200", 101, form.first) +
				row(zero, w3, "200", 102, "") + row(w1, w2, "100", 200, form.big)
			snap, stats, err := DecodeTransfers(strings.NewReader(in), "t.csv", TransferOptions{})
			if err != nil {
				t.Fatal(err)
			}
			tok := snap.Tokens[0]
			if !tok.DeployTime.Equal(jan1) || tok.DeployBlock != 100 {
				t.Errorf("deployed %v at block %d, want %v at 100", tok.DeployTime, tok.DeployBlock, jan1)
			}
			if len(tok.Mints) != 2 || !tok.Mints[0].Time.Equal(jan1) || !tok.Mints[1].Time.IsZero() {
				t.Errorf("later mints %+v, want block 101 at %v and block 102 without a time", tok.Mints, jan1)
			}
			if len(tok.Transfers) != 1 || !tok.Transfers[0].Time.Equal(jul28) || tok.Transfers[0].Time.Location() != time.UTC {
				t.Errorf("large transfers %+v, want one at %v UTC", tok.Transfers, jul28)
			}
			if !snap.BlockTime.Equal(jul28) || stats.NoTimes {
				t.Errorf("block time %v, NoTimes %v; want %v, false", snap.BlockTime, stats.NoTimes, jul28)
			}
		})
	}

	t.Run("no column", func(t *testing.T) {
		in := etlHeader + etlRow(tokA, zero, w1, "600", 100) + etlRow(tokA, zero, w2, "200", 101) + etlRow(tokA, w1, w2, "100", 200)
		snap, stats, err := DecodeTransfers(strings.NewReader(in), "t.csv", TransferOptions{})
		if err != nil {
			t.Fatal(err)
		}
		tok := snap.Tokens[0]
		if !stats.NoTimes || !snap.BlockTime.IsZero() || !tok.DeployTime.IsZero() {
			t.Fatalf("NoTimes %v, block time %v, deployed %v: want true and zero times", stats.NoTimes, snap.BlockTime, tok.DeployTime)
		}
		if len(tok.Mints) != 1 || len(tok.Transfers) != 1 || !tok.Mints[0].Time.IsZero() || !tok.Transfers[0].Time.IsZero() {
			t.Fatalf("mints %+v transfers %+v: want one each, without a time", tok.Mints, tok.Transfers)
		}
	})

	t.Run("empty cells", func(t *testing.T) {
		in := header + row(zero, w1, "600", 100, "") + row(w1, w2, "100", 200, "")
		_, stats, err := DecodeTransfers(strings.NewReader(in), "t.csv", TransferOptions{})
		if err != nil || !stats.NoTimes {
			t.Fatalf("err %v, NoTimes %v: want nil, true", err, stats != nil && stats.NoTimes)
		}
	})

	for _, bad := range []string{"yesterday", "2024-07-28 16:41:00 EST", "2024-07-28", "28/07/2024 16:41", "1969-12-31 23:59:59 UTC", "10000-01-01T00:00:00Z", "-5"} {
		t.Run("bad "+bad, func(t *testing.T) {
			in := header + row(zero, w1, "600", 100, "2024-01-01 00:00:00 UTC") + row(w1, w2, "100", 200, bad)
			snap, stats, err := DecodeTransfers(strings.NewReader(in), "t.csv", TransferOptions{SkipBadRows: true})
			if err != nil {
				t.Fatal(err)
			}
			if stats.BadRowCount != 1 || stats.BadRows[0].Row != 3 || stats.BadRows[0].Column != "block_timestamp" || !strings.Contains(stats.BadRows[0].Error(), "is not a block time") {
				t.Fatalf("bad rows %d %v, want row 3, column block_timestamp", stats.BadRowCount, stats.BadRows)
			}
			if len(snap.Tokens[0].Transfers) != 0 {
				t.Errorf("the bad row's transfer was applied: %+v", snap.Tokens[0].Transfers)
			}
			_, _, err = DecodeTransfers(strings.NewReader(in), "t.csv", TransferOptions{})
			var re *RowError
			if !errors.As(err, &re) || re.Row != 3 || re.Column != "block_timestamp" {
				t.Fatalf("without SkipBadRows: %v, want a RowError of row 3, column block_timestamp", err)
			}
		})
	}
}

// TestExportEtherscanDateTime: an Etherscan token-page export without its
// UnixTimestamp column takes the time from DateTime (UTC).
func TestExportEtherscanDateTime(t *testing.T) {
	in := "\"Transaction Hash\",\"Blockno\",\"DateTime (UTC)\",\"From\",\"To\",\"Quantity\",\"Method\"\n" +
		"\"0x01\",\"100\",\"2024-01-01 00:00:00\",\"" + zero + "\",\"" + w1 + "\",\"1,000\",\"Mint\"\n" +
		"\"0x02\",\"101\",\"2024-01-02 03:04:05\",\"" + w1 + "\",\"" + w2 + "\",\"250.5\",\"Transfer\"\n"
	_, _, err := DecodeTransfers(strings.NewReader(in), "es.csv", TransferOptions{})
	if !errors.Is(err, ErrTokenNeeded) {
		t.Fatalf("without a token: %v, want ErrTokenNeeded", err)
	}
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "es.csv", TransferOptions{Token: tokA})
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	want := time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)
	if stats.NoTimes || !snap.BlockTime.Equal(want) || len(tok.Transfers) != 1 || !tok.Transfers[0].Time.Equal(want) {
		t.Fatalf("NoTimes %v, block time %v, transfers %+v; want times of %v", stats.NoTimes, snap.BlockTime, tok.Transfers, want)
	}
	if !tok.DeployTime.Equal(time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("deployed %v", tok.DeployTime)
	}
}

// TestTransfersETLTimesMatchEmbeddedChain writes each ERC-20 token's
// Transfer logs as an ethereum-etl export with BigQuery's block_timestamp
// and requires the times a chain read gives: the first mint's, later
// mints' and large transfers'.
func TestTransfersETLTimesMatchEmbeddedChain(t *testing.T) {
	_, emb, snap := sharedChain(t)
	ctx := context.Background()
	checked, timed := 0, 0
	for _, tok := range snap.Tokens {
		if tok.Standard == "erc721" || tok.Standard == "erc1155" {
			continue
		}
		logs, err := emb.Client().FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(snap.Block),
			Addresses: []common.Address{common.HexToAddress(tok.Address)}, Topics: [][]common.Hash{{topicTransfer}}})
		if err != nil {
			t.Fatal(err)
		}
		var etl strings.Builder
		etl.WriteString(strings.TrimSuffix(etlHeader, "\n") + ",block_timestamp\n")
		for i := range logs {
			tr, ok := decodeTransfer(&logs[i], false)
			if !ok {
				continue
			}
			h, err := emb.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
			if err != nil {
				t.Fatal(err)
			}
			when := time.Unix(int64(h.Time), 0).UTC().Format("2006-01-02 15:04:05 UTC")
			fmt.Fprintf(&etl, "%s,%s,%s,%s,%s,%d,%d,%s\n", tok.Address, hexAddr(tr.from), hexAddr(tr.to), tr.value, logs[i].TxHash.Hex(), logs[i].Index, logs[i].BlockNumber, when)
		}
		got, stats, err := DecodeTransfers(strings.NewReader(etl.String()), "etl.csv", TransferOptions{})
		if err != nil {
			t.Fatalf("%s: %v", tok.Address, err)
		}
		g := got.Tokens[0]
		if stats.NoTimes {
			t.Errorf("%s: NoTimes", tok.Address)
		}
		if !sameTransfers(g.Mints, tok.Mints) {
			t.Errorf("%s: later mints\n%+v\nwant, as read from the chain,\n%+v", tok.Address, g.Mints, tok.Mints)
		}
		if !sameTransfers(g.Transfers, tok.Transfers) {
			t.Errorf("%s: large transfers\n%+v\nwant, as read from the chain,\n%+v", tok.Address, g.Transfers, tok.Transfers)
		}
		if g.DeployTime.IsZero() {
			t.Errorf("%s: no deployment time", tok.Address)
		}
		if tok.FirstMove == nil || !reflect.DeepEqual(g.FirstMove, tok.FirstMove) {
			t.Errorf("%s: first move between holders %+v, want, as read from the chain, %+v (not nil)", tok.Address, g.FirstMove, tok.FirstMove)
		}
		checked++
		timed += len(g.Mints) + len(g.Transfers)
	}
	if checked == 0 || timed == 0 {
		t.Fatalf("%d ERC-20 tokens, %d later mints and large transfers in the test plan: nothing to compare", checked, timed)
	}
}

// sameTransfers compares transfers, an empty list equal to none.
func sameTransfers(a, b []Transfer) bool {
	return len(a) == len(b) && (len(a) == 0 || reflect.DeepEqual(a, b))
}
