package chain

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestExportEtherscanDateTimeHeaders: an Etherscan export whose time
// column is "DateTime" (older downloads, no " (UTC)") or the API's
// "timeStamp" (Unix seconds), without UnixTimestamp, gives its rows'
// times; the times were dropped.
func TestExportEtherscanDateTimeHeaders(t *testing.T) {
	for _, c := range []struct {
		name, t1, t2 string
	}{
		{"DateTime", "2024-01-01 00:00:00", "2024-03-01 00:00:00"},
		{"timeStamp", "1704067200", "1709251200"},
	} {
		t.Run(c.name, func(t *testing.T) {
			in := fmt.Sprintf("\"Txhash\",\"Blockno\",%q,\"From\",\"To\",\"Quantity\",\"ContractAddress\"\n", c.name) +
				fmt.Sprintf("\"0x01\",\"100\",%q,%q,%q,\"1000\",%q\n", c.t1, zero, w1, tokA) +
				fmt.Sprintf("\"0x02\",\"200\",%q,%q,%q,\"600\",%q\n", c.t2, w1, w2, tokA)
			snap, stats, err := DecodeTransfers(strings.NewReader(in), "es.csv", TransferOptions{})
			if err != nil {
				t.Fatal(err)
			}
			tok := snap.Tokens[0]
			first, last := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
			if stats.NoTimes || !tok.DeployTime.Equal(first) || !snap.BlockTime.Equal(last) {
				t.Fatalf("NoTimes %v, deployed %v, block time %v; want %v and %v", stats.NoTimes, tok.DeployTime, snap.BlockTime, first, last)
			}
			if len(tok.Transfers) != 1 || !tok.Transfers[0].Time.Equal(last) {
				t.Errorf("large transfers %+v, want one at %v", tok.Transfers, last)
			}
		})
	}
}

// TestExportERC1155Refused: ERC-1155 exports (Etherscan's TokenId and
// TokenValue download, the API's token1155tx fields, ethereum-etl with
// token_id) are an error naming the file and --rpc, not ERC-721 holders
// of one token each or ERC-20 holders summing ids.
func TestExportERC1155Refused(t *testing.T) {
	for _, c := range []struct {
		name, header, row string
	}{
		{"etherscan", `"Txhash","Blockno","UnixTimestamp","DateTime (UTC)","From","To","ContractAddress","TokenId","TokenValue","TokenName","TokenSymbol"`,
			`"0x01","100","1700000000","2023-11-14 22:13:20","` + zero + `","` + w1 + `","` + tokA + `","7","100","Items","ITM"`},
		{"etherscan-api", "blockNumber,timeStamp,hash,from,contractAddress,to,tokenID,tokenValue,tokenName,tokenSymbol",
			"100,1700000000,0x01," + zero + "," + tokA + "," + w1 + ",7,100,Items,ITM"},
		{"ethereum-etl", "token_address,operator,from_address,to_address,token_id,value,transaction_hash,log_index,block_number",
			tokA + "," + w1 + "," + zero + "," + w1 + ",7,100,0x01,0,100"},
	} {
		t.Run(c.name, func(t *testing.T) {
			snap, _, err := DecodeTransfers(strings.NewReader(c.header+"\n"+c.row+"\n"), "multi.csv", TransferOptions{SkipBadRows: true})
			if err == nil {
				t.Fatalf("read as %s holders %+v, want an error", snap.Tokens[0].Standard, snap.Tokens[0].Holders)
			}
			for _, want := range []string{"multi.csv", "ERC-1155", "--rpc"} {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("error %q does not name %s", err, want)
				}
			}
		})
	}
}

// TestExportNFT1155RowsNoToken: in Etherscan's NFT export, a token whose
// rows are all ERC-1155 ones is not listed as an ERC-721 token without
// holders; its rows are bad rows naming the Type column.
func TestExportNFT1155RowsNoToken(t *testing.T) {
	row := func(tx, block int, tok, from, to, id, kind, qty string) string {
		return fmt.Sprintf(esNFTRowFormat, fmt.Sprintf("0x%064x", tx), block, 1700000000+block, "", from, to, tok, "N", "N", id, kind, qty)
	}
	in := esNFTHeader + row(1, 10, tokA, zero, w1, "1", "721", "1") + row(2, 11, tokB, zero, w2, "7", "ERC-1155", "5")
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "nft.csv", TransferOptions{SkipBadRows: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(snap.Tokens) != 1 || snap.Tokens[0].Address != tokA {
		t.Errorf("tokens %+v, want only %s", snap.Tokens, tokA)
	}
	if stats.BadRowCount != 1 || stats.BadRows[0].Column != "Type" || !strings.Contains(stats.BadRows[0].Error(), "ERC-1155") {
		t.Errorf("bad rows %v, want row 3 of column Type naming ERC-1155", stats.BadRows)
	}
	_, _, err = DecodeTransfers(strings.NewReader(in), "nft.csv", TransferOptions{Token: tokB, SkipBadRows: true})
	if err == nil || !strings.Contains(err.Error(), "ERC-1155") {
		t.Errorf("the ERC-1155 token alone: %v, want no row read, naming ERC-1155", err)
	}
}

// TestExportERC721IDConflicts: an ERC-721 row minting an id someone holds,
// or moving an id from an address that does not hold it, is an
// IDConflict (the export misses transfers) even when no balance goes
// below zero; the id goes to the row's recipient as on the chain.
func TestExportERC721IDConflicts(t *testing.T) {
	row := func(tx, block int, from, to, id string) string {
		return fmt.Sprintf(es721RowFormat, fmt.Sprintf("0x%064x", tx), block, 1700000000+block, "", from, to, tokA, id, "Deeds", "DEED")
	}
	in := es721Header +
		row(1, 10, zero, w1, "1") + // row 2
		row(2, 11, zero, w1, "2") + // row 3
		row(3, 12, zero, w2, "1") + // row 4: id 1 minted again, w1 held it
		row(4, 13, w1, w3, "3") + // row 5: w1 holds ids, not 3: no negative balance
		row(5, 14, w1, w3, "2") // row 6: fine
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "deeds.csv", TransferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []IDConflict{
		{Token: tokA, ID: "1", Block: 12, Row: 4, Holder: w1},
		{Token: tokA, ID: "3", Block: 13, Row: 5, From: w1},
	}
	if stats.IDConflictCount != 2 || !reflect.DeepEqual(stats.IDConflicts, want) {
		t.Errorf("conflicts %d %+v, want %+v", stats.IDConflictCount, stats.IDConflicts, want)
	}
	if stats.NegativeCount != 0 {
		t.Errorf("negative %+v: the test wants conflicts no balance shows", stats.Negative)
	}
	got := map[string][]string{}
	for _, h := range snap.Tokens[0].Holders {
		got[h.Address] = h.TokenIDs
	}
	if w := map[string][]string{w2: {"1"}, w3: {"2", "3"}}; !reflect.DeepEqual(got, w) {
		t.Errorf("holders %v, want %v", got, w)
	}
	// A consistent history has none.
	_, stats, err = DecodeTransfers(strings.NewReader(es721Header+row(1, 10, zero, w1, "1")+row(2, 11, w1, w2, "1")+row(3, 12, w2, zero, "1")), "ok.csv", TransferOptions{})
	if err != nil || stats.IDConflictCount != 0 {
		t.Errorf("consistent export: %v, conflicts %+v", err, stats)
	}
}
