package main

import (
	"encoding/json"
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
	var got []holdersJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
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
