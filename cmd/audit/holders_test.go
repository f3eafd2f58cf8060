package main

import (
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// erc721Export is a small Etherscan ERC-721 export of two collections.
var erc721Export = filepath.Join("..", "..", "internal", "chain", "testdata", "exports", "erc721.csv")

// TestHoldersOut: holders --out writes to the file exactly what it prints
// without it, nothing on stdout; the format follows the extension unless
// --format says it, a contradiction and the input file as --out are usage
// errors that leave the file as it was.
func TestHoldersOut(t *testing.T) {
	dir := t.TempDir()
	wantCSV, stderr, code := runAudit(t, "holders", "--transfers", erc721Export)
	if code != 0 || !strings.HasPrefix(wantCSV, "token,block,address,balance,share,block_hash\n") {
		t.Fatalf("holders exit %d, stdout %q, stderr %s", code, wantCSV, tail(stderr))
	}
	wantJSON, _, code := runAudit(t, "holders", "--transfers", erc721Export, "--format", "json")
	if code != 0 {
		t.Fatalf("holders --format json exit %d", code)
	}
	for _, c := range []struct {
		file   string
		format []string
		want   string
	}{
		{"h.csv", nil, wantCSV},
		{"h.json", nil, wantJSON},
		{"h.txt", []string{"--format", "json"}, wantJSON},
		{"h.CSV", nil, wantCSV},
	} {
		path := filepath.Join(dir, c.file)
		args := append([]string{"holders", "--transfers", erc721Export, "--out", path}, c.format...)
		stdout, stderr, code := runAudit(t, args...)
		if code != 0 || stdout != "" {
			t.Fatalf("%s %v: exit %d, stdout %q, stderr %s", c.file, c.format, code, stdout, tail(stderr))
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("%s %v: file\n%s\nwant\n%s", c.file, c.format, got, c.want)
		}
	}
	if stdout, _, code := runAudit(t, "holders", "--transfers", erc721Export, "--out", "-"); code != 0 || stdout != wantCSV {
		t.Errorf("--out -: exit %d, stdout %q, want the CSV", code, stdout)
	}

	// Usage errors: exit 2, nothing written.
	input := filepath.Join(dir, "input.csv")
	data, err := os.ReadFile(erc721Export)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(input, data, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"holders", "--transfers", input, "--out", input},
		{"holders", "--transfers", input, "--out", filepath.Join(dir, "x.json"), "--format", "csv"},
		{"holders", "--transfers", input, "--out", filepath.Join(dir, "x.csv"), "--format", "xml"},
	} {
		_, stderr, code := runAudit(t, args...)
		if code != 2 {
			t.Errorf("%v: exit %d, want 2; stderr %s", args[3:], code, tail(stderr))
		}
	}
	if got, _ := os.ReadFile(input); string(got) != string(data) {
		t.Error("the input was overwritten")
	}
	if _, err := os.Stat(filepath.Join(dir, "x.json")); err == nil {
		t.Error("x.json written after a usage error")
	}
}

// TestHoldersTransfersERC721: the holders of an Etherscan ERC-721 export
// carry their token ids, their balance the number of ids and their share of
// the ids held, as the embedded chain's deed token does in holders.txtar.
func TestHoldersTransfersERC721(t *testing.T) {
	stdout, stderr, code := runAudit(t, "holders", "--transfers", erc721Export, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, tail(stderr))
	}
	var out holdersOutput
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	got := out.Tokens
	if len(got) != 2 {
		t.Fatalf("%d tokens, want the 2 collections of the export", len(got))
	}
	for _, tok := range got {
		ids, share := 0, 0.0
		for _, h := range tok.Holders {
			if len(h.TokenIDs) == 0 || h.Balance != strconv.Itoa(len(h.TokenIDs)) {
				t.Errorf("%s: holder %s balance %s ids %v", tok.Token, h.Address, h.Balance, h.TokenIDs)
			}
			ids += len(h.TokenIDs)
			share += h.Share
		}
		if ids == 0 || share < 0.999999 || share > 1.000001 {
			t.Errorf("%s: %d ids, shares add up to %v, want 1", tok.Token, ids, share)
		}
	}
}

// TestHoldersTransfersNeedToken: an Etherscan token-page export (no
// contract address column) without --token is a usage error, exit 2, that
// says to give --token; with it the holders are read.
func TestHoldersTransfersNeedToken(t *testing.T) {
	path := filepath.Join(t.TempDir(), "token-page.csv")
	data := "\"Transaction Hash\",\"Blockno\",\"UnixTimestamp\",\"DateTime (UTC)\",\"From\",\"To\",\"Quantity\",\"Method\"\n" +
		"\"0x1111111111111111111111111111111111111111111111111111111111111111\",\"100\",\"1700000000\",\"2023-11-14 22:13:20\",\"0x0000000000000000000000000000000000000000\",\"0x8c9b5fa685bece213b83d16a8cabf8d33a3ba789\",\"1,000,000\",\"Mint\"\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runAudit(t, "holders", "--transfers", path)
	if code != 2 || !strings.Contains(stderr, "--token ADDR") {
		t.Errorf("without --token: exit %d, stderr %s; want 2 and a message naming --token", code, tail(stderr))
	}
	// scan reads the export as holders does
	_, stderr, code = runAudit(t, "scan", "--transfers", path, "--registry", "../../fixtures/registry/vessels.csv", "--sanctions", "../../fixtures/sanctions/sdn.csv", "--out", filepath.Join(t.TempDir(), "out"))
	if code != 2 || !strings.Contains(stderr, "--token ADDR") {
		t.Errorf("scan without --token: exit %d, stderr %s; want 2 and a message naming --token", code, tail(stderr))
	}
	stdout, stderr, code := runAudit(t, "holders", "--transfers", path, "--token", "0x1854e2637e375d398ab6bd6b2e682ce6d2606aae", "--decimals", "0")
	if code != 0 || !strings.Contains(stdout, "0x8c9b5fa685bece213b83d16a8cabf8d33a3ba789,1000000,1,") {
		t.Errorf("with --token: exit %d, stdout %q, stderr %s", code, stdout, tail(stderr))
	}
}

// TestHoldersOutExtension: an --out extension that names no format holders
// writes (csv, json) is a usage error, exit 2, that writes nothing, unless
// --format says the format; a name without extension is CSV.
func TestHoldersOutExtension(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"h.xlsx", "h.txt"} {
		path := filepath.Join(dir, name)
		_, stderr, code := runAudit(t, "holders", "--transfers", erc721Export, "--out", path)
		if code != 2 || !strings.Contains(stderr, "--format") {
			t.Errorf("--out %s: exit %d, stderr %s; want 2 and a message naming --format", name, code, tail(stderr))
		}
		if _, err := os.Stat(path); err == nil {
			t.Errorf("%s written after a usage error", name)
		}
	}
	wantCSV, _, _ := runAudit(t, "holders", "--transfers", erc721Export)
	for _, c := range [][]string{{"h.xlsx", "--format", "csv"}, {"holders"}} {
		path := filepath.Join(dir, c[0])
		_, stderr, code := runAudit(t, append([]string{"holders", "--transfers", erc721Export, "--out", path}, c[1:]...)...)
		got, _ := os.ReadFile(path)
		if code != 0 || string(got) != wantCSV {
			t.Errorf("--out %v: exit %d, file %q, stderr %s; want the CSV", c, code, got, tail(stderr))
		}
	}
}

// TestHoldersTransfersIncomplete: an ERC-721 export that mints an id
// already held, or moves an id from an address that does not hold it, is
// warned about with its rows and exits 1; the closing message says where
// the holders went (above, or the --out file), never "above" when nothing
// was printed.
func TestHoldersTransfersIncomplete(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "deeds.csv")
	const tok, zero, a, b = "0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "0x0000000000000000000000000000000000000000", "0x1111111111111111111111111111111111111111", "0x2222222222222222222222222222222222222222"
	row := func(tx, block int, from, to, id string) string {
		return fmt.Sprintf("0x%064x,%d,%s,%s,%s,%s\n", tx, block, from, to, tok, id)
	}
	data := "Txhash,Blockno,From,To,ContractAddress,TokenId\n" +
		row(1, 10, zero, a, "1") + row(2, 11, zero, a, "2") +
		row(3, 12, zero, b, "1") + // row 4: id 1 minted again while a holds it
		row(4, 13, a, b, "5") // row 5: a holds ids, not 5
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runAudit(t, "holders", "--transfers", path)
	if code != 1 || stdout == "" {
		t.Fatalf("exit %d, stdout %q, stderr %s; want 1 and the holders", code, stdout, tail(stderr))
	}
	for _, want := range []string{"row 4: token " + tok + ": the row mints token id 1 at block 12, but " + a + " held it",
		"row 5: token " + tok + ": the row moves token id 5 from " + a + " at block 13, but nobody held it", "2 token ids", "holders above"} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, stderr)
		}
	}
	out := filepath.Join(dir, "h.csv")
	stdout, stderr, code = runAudit(t, "holders", "--transfers", path, "--out", out)
	if code != 1 || stdout != "" || strings.Contains(stderr, "above") || !strings.Contains(stderr, "holders in "+out) {
		t.Errorf("--out: exit %d, stdout %q, stderr %s; want 1, nothing printed and the file named, not 'above'", code, stdout, tail(stderr))
	}
}

// TestHoldersTransfersERC1155: an Etherscan ERC-1155 export is an error
// naming the file and --rpc, exit 1 with nothing printed, not ERC-721
// holders of one token each.
func TestHoldersTransfersERC1155(t *testing.T) {
	path := filepath.Join(t.TempDir(), "items.csv")
	data := `"Txhash","Blockno","UnixTimestamp","DateTime (UTC)","From","To","ContractAddress","TokenId","TokenValue","TokenName","TokenSymbol"` + "\n" +
		`"0x01","100","1700000000","2023-11-14 22:13:20","0x0000000000000000000000000000000000000000","0x1111111111111111111111111111111111111111","0xcccccccccccccccccccccccccccccccccccccccc","7","100","Items","ITM"` + "\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runAudit(t, "holders", "--transfers", path)
	if code != 1 || stdout != "" || !strings.Contains(stderr, path) || !strings.Contains(stderr, "ERC-1155") || !strings.Contains(stderr, "--rpc") {
		t.Errorf("exit %d, stdout %q, stderr %s; want 1, nothing printed, an error naming the file, ERC-1155 and --rpc", code, stdout, tail(stderr))
	}
}

// TestShareDecimal: a CSV share is balance ÷ supply in plain decimal, not
// a float: no exponent for a tiny share, no rounding up to 1 of one base
// unit short of the whole supply.
func TestShareDecimal(t *testing.T) {
	e24, _ := new(big.Int).SetString("1000000000000000000000000", 10)
	short, _ := new(big.Int).SetString("999999999999999999999999", 10)
	for _, c := range []struct {
		balance, supply *big.Int
		want            string
	}{
		{big.NewInt(1), e24, "0.000000000000000000000001"},
		{short, e24, "0.999999999999999999999999"},
		{big.NewInt(1), big.NewInt(4), "0.25"},
		{big.NewInt(4), big.NewInt(4), "1"},
		{big.NewInt(1), big.NewInt(3), "0.333333333333333333333333"},
		{big.NewInt(1), big.NewInt(0), "0"},
		// a billion tokens of 18 decimals: 28 digits of supply
		{big.NewInt(1), e27x(), "0.000000000000000000000000001"},
		{new(big.Int).Sub(e27x(), big.NewInt(1)), e27x(), "0.999999999999999999999999999"},
	} {
		if got := shareDecimal(c.balance, c.supply); got != c.want {
			t.Errorf("shareDecimal(%v, %v) = %s, want %s", c.balance, c.supply, got, c.want)
		}
	}
}

// e27x is a billion tokens of 18 decimals, 10^27 base units.
func e27x() *big.Int { return new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil) }
