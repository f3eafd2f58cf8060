package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// TestIdentityRegistryRendered gives a token an identity registry and
// its holders what it answered (verified with an identity and a country,
// not verified, unknown) and checks that the JSON keeps them through Read
// and Validate, the HTML holder table shows them and names the registry,
// and the XLSX Holders sheet has them in its Verified, Identity and
// Investor country columns; another token's holders have none.
func TestIdentityRegistryRendered(t *testing.T) {
	const registry, identity = "0x00000000000000000000000000000000000000dd", "0x00000000000000000000000000000000000000d1"
	r := sampleReport()
	tok := tokenBySymbol(t, r, "DEED")
	if len(tok.Holders) < 2 {
		t.Fatalf("DEED has %d holders, want 2", len(tok.Holders))
	}
	yes, no := true, false
	tok.IdentityRegistry = registry
	tok.Holders[0].Verified, tok.Holders[0].Identity, tok.Holders[0].InvestorCountry = &yes, identity, &Country{Numeric: 756, Alpha2: "CH"}
	tok.Holders[1].Verified = &no

	back, err := Read(bytes.NewReader(render(t, r, "json", WriteOptions{})))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	bt := tokenBySymbol(t, back, "DEED")
	if h := bt.Holders[0]; bt.IdentityRegistry != registry || h.Verified == nil || !*h.Verified || h.Identity != identity ||
		h.InvestorCountry == nil || *h.InvestorCountry != (Country{756, "CH"}) || bt.Holders[1].Verified == nil || *bt.Holders[1].Verified {
		t.Errorf("JSON read back as %+v", bt)
	}
	if err := Validate(back); err != nil {
		t.Errorf("Validate: %v", err)
	}
	bt.Holders[0].InvestorCountry.Alpha2, bt.Holders[1].Identity = "ch", "0xdd"
	if err := Validate(back); err == nil || !strings.Contains(err.Error(), "holders[0].investor_country") || !strings.Contains(err.Error(), "holders[1].identity") {
		t.Errorf("Validate of a bad alpha-2 and identity: %v", err)
	}

	html := string(render(t, r, "html", WriteOptions{}))
	for _, want := range []string{"Its identity registry is <code>" + registry + "</code>.", "<th>Verified</th><th>Identity</th><th>Investor country</th>",
		"<td>verified</td><td><code>" + identity + "</code></td><td>756 CH</td>", "<td>not verified</td><td></td><td></td>"} {
		if !strings.Contains(html, want) {
			t.Errorf("the HTML report does not say %q", want)
		}
	}

	f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	defer f.Close()
	rows, err := f.GetRows(SheetHolders)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(rows[0][9:], ","); got != "Verified,Identity,Investor country" {
		t.Fatalf("Holders sheet headers end %q", got)
	}
	want := map[string]string{tok.Holders[0].Address: "verified," + identity + ",756 CH", tok.Holders[1].Address: "not verified,,"}
	for _, row := range rows[1:] {
		got := cellAt(row, 9) + "," + cellAt(row, 10) + "," + cellAt(row, 11)
		if cellAt(row, 0) != tok.Address {
			if got != ",," {
				t.Errorf("holder %s of %s: %q, want nothing", cellAt(row, 2), cellAt(row, 0), got)
			}
			continue
		}
		if got != want[cellAt(row, 2)] {
			t.Errorf("holder %s: %q, want %q", cellAt(row, 2), got, want[cellAt(row, 2)])
		}
		delete(want, cellAt(row, 2))
	}
	if len(want) != 0 {
		t.Errorf("holders not in the sheet: %v", want)
	}
}

// TestIdentityNoCodeRendered: a holder whose identity has no code keeps
// it through JSON (identity_no_code), and the HTML and XLSX Holders sheet
// write the identity followed by " (no code: not an ONCHAINID)"; an
// identity citation's has_code is in the Evidence sheet's Has code column.
func TestIdentityNoCodeRendered(t *testing.T) {
	const identity = "0x00000000000000000000000000000000000000d1"
	r := sampleReport()
	tok := tokenBySymbol(t, r, "DEED")
	yes, no := true, false
	tok.IdentityRegistry = "0x00000000000000000000000000000000000000dd"
	tok.Holders[0].Verified, tok.Holders[0].Identity, tok.Holders[0].IdentityNoCode = &yes, identity, true
	r.Findings[0].Evidence = append(r.Findings[0].Evidence, Evidence{Kind: "chain", Text: "identity of the holder", Fact: FactIdentity,
		Contract: tok.Address, Registry: tok.IdentityRegistry, Holder: tok.Holders[0].Address, Value: identity, HasCode: &no})

	back, err := Read(bytes.NewReader(render(t, r, "json", WriteOptions{})))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	ev := back.Findings[0].Evidence[len(back.Findings[0].Evidence)-1]
	if h := tokenBySymbol(t, back, "DEED").Holders[0]; !h.IdentityNoCode || h.Identity != identity || ev.HasCode == nil || *ev.HasCode {
		t.Errorf("JSON read back: holder %+v, evidence %+v", h, ev)
	}
	html := string(render(t, r, "html", WriteOptions{}))
	if want := "<td><code>" + identity + "</code> (no code: not an ONCHAINID)</td>"; !strings.Contains(html, want) {
		t.Errorf("the HTML report does not say %q", want)
	}
	f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	defer f.Close()
	rows, err := f.GetRows(SheetHolders)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, row := range rows[1:] {
		if cellAt(row, 0) == tok.Address && cellAt(row, 2) == tok.Holders[0].Address {
			found = cellAt(row, 10) == identity+" (no code: not an ONCHAINID)"
		}
	}
	if !found {
		t.Errorf("the Holders sheet does not write %s as without code", identity)
	}
	evRows, err := f.GetRows(SheetEvidence)
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(evRows[0], "Has code")
	hasCode := map[string]bool{}
	for _, row := range evRows[1:] {
		hasCode[cellAt(row, col)] = true
	}
	if col < 0 || !hasCode["no"] {
		t.Errorf("the Evidence sheet's Has code column (%d) has %v, want a no", col, hasCode)
	}
}
