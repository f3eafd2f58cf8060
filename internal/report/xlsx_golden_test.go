package report

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"testing"
)

// edgeHolderReport is sampleReport with a third token whose holders carry
// the values the Holders sheet treats specially: balances that are or are
// not exact floats or decimal numbers, shares that are not finite, text
// that needs escaping or cleaning, token ids and entity ids, addresses
// with and without explorer links, and decimals of 0, 6 and 18.
func edgeHolderReport() *Report {
	r := sampleReport()
	balances := []string{
		"0", "1", "7", "007", "+5", "-5", "-0", "", "12a", "1_000", " 5", "5 ", "٣", "0x10",
		"12345678901234", "9007199254740991", "9007199254740992", "9007199254740993",
		"18446744073709551615", "18446744073709551616", "1" + strings.Repeat("0", 40),
		"1500000", "-1500000", "100", "1000000", "000000", "-000100", "123456789012345678901234567890",
	}
	shares := []float64{0, 0.25, 1e-20, 1, math.NaN(), math.Inf(1), math.Inf(-1), 1.0 / 3}
	texts := []string{"", "C-100", "=1+1", " lead", "trail ", "a<b>&\"c\"", "line\nbreak", "tab\there", "bell\x07", "ünï€"}
	for ti, dec := range []uint8{0, 6, 18} {
		tok := Token{
			Address: fmt.Sprintf("0x%040x", 0xabc0+ti), Standard: "erc20", Name: "Edge",
			Symbol: []string{"E<0>", "E&6", " E18"}[ti], Decimals: dec, TotalSupply: "0",
		}
		for i, b := range balances {
			h := Holder{Balance: b, Share: shares[i%len(shares)], EntityID: texts[i%len(texts)]}
			switch i % 4 {
			case 0:
				h.Address = fmt.Sprintf("0x%040x", i+1)
			case 1:
				h.Address = fmt.Sprintf("0x%040X", i+1) // hex, upper case
			case 2:
				h.Address = texts[(i+3)%len(texts)] // not an address: no link
			case 3:
				h.Address = fmt.Sprintf("0x%039x\x01", i+1)
			}
			if i%3 == 0 {
				h.TokenIDs = []string{fmt.Sprint(i), "=2", texts[i%len(texts)]}
			}
			tok.Holders = append(tok.Holders, h)
		}
		r.Tokens = append(r.Tokens, tok)
	}
	Finalize(r)
	return r
}

// TestXLSXPartsGolden compares every part of the workbook, as XML, with a
// golden file: the cells of each sheet with their types, styles and
// values, the links, the shared strings, the styles. The golden file was
// made with the writer of main at 14e4c69, before the Holders sheet was
// written with fewer allocations, so the new writer must give the same
// workbook cell for cell.
func TestXLSXPartsGolden(t *testing.T) {
	r := edgeHolderReport()
	data := render(t, r, "xlsx", WriteOptions{ExplorerURL: "https://etherscan.io"})
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("reading the workbook as a zip: %v", err)
	}
	files := slices.Clone(zr.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	var b strings.Builder
	for _, f := range files {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("opening %s: %v", f.Name, err)
		}
		body, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("reading %s: %v", f.Name, err)
		}
		fmt.Fprintf(&b, "== %s\n%s\n", f.Name, strings.ReplaceAll(string(body), "><", ">\n<"))
	}
	golden(t, "edge-holders.xlsx.xml", []byte(b.String()))
}
