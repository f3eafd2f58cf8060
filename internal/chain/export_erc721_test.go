package chain

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// The two Etherscan ERC-721 export headers: the "ERC-721 Token Txns" download
// of an address, and the newer "NFT Transfers" download, which lists
// ERC-721 and ERC-1155 transfers with their type and quantity.
const (
	es721Header    = "\"Txhash\",\"Blockno\",\"UnixTimestamp\",\"DateTime\",\"From\",\"To\",\"ContractAddress\",\"TokenId\",\"TokenName\",\"TokenSymbol\"\r\n"
	esNFTHeader    = "\"Transaction Hash\",\"Blockno\",\"UnixTimestamp\",\"DateTime (UTC)\",\"From\",\"To\",\"ContractAddress\",\"TokenName\",\"TokenSymbol\",\"Token ID\",\"Type\",\"Quantity\"\r\n"
	es721RowFormat = "\"%s\",\"%d\",\"%d\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"\r\n"
	esNFTRowFormat = "\"%s\",\"%d\",\"%d\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\"\r\n"
)

// TestEtherscanERC721MatchesEmbeddedChain writes the embedded chain's
// ERC-721 Transfer logs (the demo's vessel deeds) as both Etherscan ERC-721
// exports and requires what a chain read gives: the holders with their
// ids, balances and last changes, the supply, the later mints and the
// large transfers with their times.
func TestEtherscanERC721MatchesEmbeddedChain(t *testing.T) {
	_, emb, snap := sharedChain(t)
	ctx := context.Background()
	checked := 0
	for _, tok := range snap.Tokens {
		if tok.Standard != "erc721" {
			continue
		}
		logs, err := emb.Client().FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(snap.Block),
			Addresses: []common.Address{common.HexToAddress(tok.Address)}, Topics: [][]common.Hash{{topicTransfer}}})
		if err != nil {
			t.Fatal(err)
		}
		var old, nft strings.Builder
		old.WriteString("\xef\xbb\xbf" + es721Header)
		nft.WriteString("\xef\xbb\xbf" + esNFTHeader)
		rows := 0
		for i := range logs {
			tr, ok := decodeTransfer(&logs[i], true)
			if !ok {
				continue
			}
			h, err := emb.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(logs[i].BlockNumber))
			if err != nil {
				t.Fatal(err)
			}
			from, to := hexAddr(tr.from), hexAddr(tr.to)
			if i%2 == 0 {
				from = tr.from.Hex() // checksummed case on half the rows
			}
			when := fmt.Sprint(h.Time)
			fmt.Fprintf(&old, es721RowFormat, logs[i].TxHash.Hex(), logs[i].BlockNumber, h.Time, when, from, to, tok.Address, "0"+tr.value.String(), tok.Name, tok.Symbol)
			fmt.Fprintf(&nft, esNFTRowFormat, logs[i].TxHash.Hex(), logs[i].BlockNumber, h.Time, when, from, to, tok.Address, tok.Name, tok.Symbol, tr.value.String(), "721", "1")
			rows++
		}
		if rows < 3 {
			t.Fatalf("%s: %d transfers, too few to compare", tok.Address, rows)
		}
		for _, c := range []struct{ name, data string }{{"ERC-721 export", old.String()}, {"NFT export", nft.String()}} {
			got, stats, err := DecodeTransfers(strings.NewReader(c.data), c.name, TransferOptions{})
			if err != nil {
				t.Fatalf("%s %s: %v", tok.Address, c.name, err)
			}
			if stats.NegativeCount != 0 || stats.BadRowCount != 0 || stats.NoTimes || stats.Format != FormatEtherscan {
				t.Errorf("%s %s: stats %+v", tok.Address, c.name, stats)
			}
			g := got.Tokens[0]
			if g.Standard != "erc721" || g.Name != tok.Name || g.Symbol != tok.Symbol || g.Decimals != 0 {
				t.Errorf("%s %s: standard %q name %q symbol %q decimals %d, want erc721 %q %q 0", tok.Address, c.name, g.Standard, g.Name, g.Symbol, g.Decimals, tok.Name, tok.Symbol)
			}
			if !reflect.DeepEqual(g.Holders, tok.Holders) {
				t.Errorf("%s %s: holders\n%+v\nwant, as read from the chain,\n%+v", tok.Address, c.name, g.Holders, tok.Holders)
			}
			if g.TotalSupply.Cmp(tok.TotalSupply) != 0 {
				t.Errorf("%s %s: supply %s, want %s", tok.Address, c.name, g.TotalSupply, tok.TotalSupply)
			}
			if !sameTransfers(g.Mints, tok.Mints) {
				t.Errorf("%s %s: later mints\n%+v\nwant\n%+v", tok.Address, c.name, g.Mints, tok.Mints)
			}
			if !sameTransfers(g.Transfers, tok.Transfers) {
				t.Errorf("%s %s: large transfers\n%+v\nwant\n%+v", tok.Address, c.name, g.Transfers, tok.Transfers)
			}
			if tok.FirstMove == nil || !reflect.DeepEqual(g.FirstMove, tok.FirstMove) {
				t.Errorf("%s %s: first move between holders %+v, want %+v (not nil)", tok.Address, c.name, g.FirstMove, tok.FirstMove)
			}
		}
		checked++
	}
	if checked == 0 {
		t.Fatal("no ERC-721 token in the test plan")
	}
}

// TestReadTransfersERC721File reads a small Etherscan ERC-721 export as a
// user downloads it (testdata/exports/erc721.csv: two collections, mints,
// sales, a burn, ids with leading zeros) and requires the holders its rows
// imply, computed here from the rows by following each id.
func TestReadTransfersERC721File(t *testing.T) {
	path := filepath.Join("testdata", "exports", "erc721.csv")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Follow each id: the last row of an id names its holder.
	type key struct{ tok, id string }
	owner := map[key]string{}
	var order []string
	for i, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		if i == 0 {
			continue
		}
		f := strings.Split(strings.ReplaceAll(strings.TrimSpace(line), "\"", ""), ",")
		tok := strings.ToLower(f[6])
		n, _ := new(big.Int).SetString(f[7], 10)
		if !containsString(order, tok) {
			order = append(order, tok)
		}
		owner[key{tok, n.String()}] = strings.ToLower(f[5])
	}
	snap, stats, err := ReadTransfers(path, TransferOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if stats.BadRowCount != 0 || stats.NegativeCount != 0 || len(snap.Tokens) != len(order) {
		t.Fatalf("bad rows %d, negative %d, %d tokens; want 0, 0, %d", stats.BadRowCount, stats.NegativeCount, len(snap.Tokens), len(order))
	}
	for i, tok := range snap.Tokens {
		if tok.Address != order[i] || tok.Standard != "erc721" {
			t.Fatalf("token %d: %s %s, want %s erc721", i, tok.Address, tok.Standard, order[i])
		}
		want := map[string][]string{}
		count := 0
		for k, a := range owner {
			if k.tok == tok.Address && a != zero {
				want[a] = append(want[a], k.id)
				count++
			}
		}
		got := map[string][]string{}
		for _, h := range tok.Holders {
			got[h.Address] = h.TokenIDs
			if h.Balance.Int64() != int64(len(h.TokenIDs)) {
				t.Errorf("%s: holder %s balance %s with %d ids", tok.Address, h.Address, h.Balance, len(h.TokenIDs))
			}
			for j := 1; j < len(h.TokenIDs); j++ {
				a, _ := new(big.Int).SetString(h.TokenIDs[j-1], 10)
				b, _ := new(big.Int).SetString(h.TokenIDs[j], 10)
				if a.Cmp(b) >= 0 {
					t.Errorf("%s: holder %s ids not ascending: %v", tok.Address, h.Address, h.TokenIDs)
				}
			}
		}
		for a := range want {
			sortNumeric(want[a])
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: holders %v, want %v", tok.Address, got, want)
		}
		if tok.TotalSupply.Int64() != int64(count) {
			t.Errorf("%s: supply %s, want %d", tok.Address, tok.TotalSupply, count)
		}
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sortNumeric sorts decimal strings by value.
func sortNumeric(ids []string) {
	for i := 1; i < len(ids); i++ {
		for j := i; j > 0; j-- {
			a, _ := new(big.Int).SetString(ids[j-1], 10)
			b, _ := new(big.Int).SetString(ids[j], 10)
			if a.Cmp(b) <= 0 {
				break
			}
			ids[j-1], ids[j] = ids[j], ids[j-1]
		}
	}
}

// TestDecodeTransfersERC721BadRows: in an NFT export, an ERC-1155 row, a
// quantity other than one and a token id that is not decimal are bad rows
// naming their column; the other rows are read, and a transfer of an id
// its sender does not hold (an export missing rows) drives a balance below
// zero.
func TestDecodeTransfersERC721BadRows(t *testing.T) {
	row := func(tx, block int, from, to, id, kind, qty string) string {
		return fmt.Sprintf(esNFTRowFormat, fmt.Sprintf("0x%064x", tx), block, 1700000000+block, "", from, to, tokA, "Deeds", "DEED", id, kind, qty)
	}
	in := esNFTHeader +
		row(1, 10, zero, w1, "1", "721", "1") +
		row(2, 11, zero, w1, "2", "ERC-721", "1") +
		row(3, 12, zero, w2, "7", "1155", "5") +
		row(4, 13, w1, w2, "2", "721", "2") +
		row(5, 14, w1, w2, "0x2", "721", "1") +
		row(6, 15, w1, w3, "2", "721", "1") +
		row(7, 16, w2, w3, "9", "721", "1")
	snap, stats, err := DecodeTransfers(strings.NewReader(in), "nft.csv", TransferOptions{SkipBadRows: true})
	if err != nil {
		t.Fatal(err)
	}
	var bad []string
	for _, r := range stats.BadRows {
		bad = append(bad, fmt.Sprintf("%d %s", r.Row, r.Column))
	}
	if want := []string{"4 Type", "5 Quantity", "6 Token ID"}; !reflect.DeepEqual(bad, want) {
		t.Errorf("bad rows %v, want %v (%v)", bad, want, stats.BadRows)
	}
	if !strings.Contains(stats.BadRows[0].Error(), "ERC-1155") {
		t.Errorf("type error %v, want one naming ERC-1155", stats.BadRows[0])
	}
	got := map[string][]string{}
	for _, h := range snap.Tokens[0].Holders {
		got[h.Address] = h.TokenIDs
	}
	if want := map[string][]string{w1: {"1"}, w3: {"2", "9"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("holders %v, want %v", got, want)
	}
	if stats.NegativeCount != 1 || stats.Negative[0].Address != w2 || stats.Negative[0].Row != 8 {
		t.Errorf("negative %d %+v, want %s at row 8", stats.NegativeCount, stats.Negative, w2)
	}
}
