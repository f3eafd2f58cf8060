package report

import (
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// sampleReport is a synthetic but realistic audit: two tokens, a vessel
// owned through a Marshall Islands one-ship company and a Hong Kong shell
// by a sanctioned person, an opaque chain, and values that try to become
// formulas, markup or terminal escapes.
func sampleReport() *Report {
	const (
		tok1   = "0x5fbdb2315678afecb367f032d93f642f64180aa3"
		tok2   = "0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"
		w1     = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
		w2     = "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc"
		w3     = "0x90f79bf6eb2c4f870365e785982e1f101e93b906"
		id1    = "0x00000000000000000000000000000000000000d1"
		tx1    = "0x9e1b0f6e5b6e0a8b0c1d2e3f405162738495a6b7c8d9eaf0b1c2d3e4f5061728"
		blockH = "0x2b1d3f0c8e6a4b2c9d7e5f3a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c"
	)
	r := &Report{
		SchemaVersion: SchemaVersion,
		Tool:          Tool{Name: "tokenaudit", Version: "0.1.0-test"},
		GeneratedAt:   "2026-11-23T00:00:00Z",
		Chain: Chain{Source: "embedded", ChainID: 1337, BlockNumber: 212, BlockHash: blockH,
			BlockTime: "2026-11-22T23:59:12Z"},
		Inputs: []Input{
			{Kind: "sanctions", Path: "inputs/sdn.csv", SHA256: "5d41402abc4b2a76b9719d911017c592a1b2c3d4e5f60718293a4b5c6d7e8f90", Rows: 18, Format: "ofac-sdn", ListDate: "2026-11-01"},
			{Kind: "registry", Path: "inputs/registry.xlsx", SHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Rows: 64, Format: "xlsx"},
		},
		Options: Options{FailOn: "high", BeneficialOwnerShare: 0.25, IdentificationShare: 0.10, NameMatchThreshold: 0.9, NameReviewThreshold: 0.75},
		Tokens: []Token{
			{
				Address: tok2, Standard: "erc721", Name: "Ocean Deed", Symbol: "DEED", Decimals: 0, TotalSupply: "2",
				DeployBlock: 3, Claims: []Claim{{AssetID: "9074729", TokenID: "1", Share: 1, Source: "metadata"}},
				Holders: []Holder{
					{Address: w3, Balance: "1", Share: 0.5, TokenIDs: []string{"2"}},
					{Address: w1, Balance: "1", Share: 0.5, TokenIDs: []string{"1"}, EntityID: "C-100"},
				},
			},
			{
				Address: tok1, Standard: "erc20", Name: "=HYPERLINK(\"http://evil\",\"Pacific Star\")", Symbol: "PSTAR", Decimals: 18,
				TotalSupply: "1000000000000000000000000", DeployBlock: 2, DeployTx: tx1,
				Proxy:       &Proxy{Kind: ProxyBeacon, Implementation: "0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9", Beacon: "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0"},
				Claims:      []Claim{{AssetID: "9074729", Share: 0.4, Source: "claims sheet"}},
				Controllers: []Controller{{Role: "owner", Address: w2, IsContract: false}, {Role: "minter", Address: w2}},
				Holders: []Holder{
					{Address: w2, Balance: "150000000000000000000000", Share: 0.15},
					{Address: w1, Balance: "400000000000000000000000", Share: 0.4, EntityID: "C-100"},
					{Address: w3, Balance: "450000000000000000000000", Share: 0.45, EntityID: "+x"},
				},
			},
		},
		Assets: []Asset{
			{ID: "9074729", Kind: "vessel", Name: "PACIFIC STAR", IMO: "9074729", Flag: "MH", RegisteredOwner: "C-100",
				ClaimedShare: 1.4, InRegistry: true, Tokens: []string{tok2, tok1}},
			{ID: "9999999", Kind: "vessel", Name: "-x GHOST", IMO: "9999999", ClaimedShare: 0.25},
		},
		Entities: []Entity{
			{Kind: "person", ID: "P-7", Name: "Kim Chol <b>Su</b>", Jurisdiction: "KP", Status: "sanctioned"},
			{Kind: "company", ID: "C-100", Name: "Pacific Star Shipping Inc.", Jurisdiction: "MH", Status: "opaque"},
			{Kind: "company", ID: "C-200", Name: "Golden Bay Holdings Ltd", Jurisdiction: "HK", Status: "opaque"},
			{Kind: "company", ID: "C-300", Name: "@x Nominees & Co", Jurisdiction: "SC", Status: "unknown"},
			{Kind: "person", ID: "P-9", Name: "Ana Lima", Jurisdiction: "PT", Status: "clean"},
		},
		Ownership: []Path{
			{Asset: "9074729", Basis: "legal", Low: 0.5, High: 0.5, Ends: "sanctioned", Steps: []Step{
				{Kind: "company", ID: "C-100", Name: "Pacific Star Shipping Inc.", Low: 1, High: 1, Source: "registry.xlsx, sheet vessels, row 2, column registered_owner"},
				{Kind: "company", ID: "C-200", Name: "Golden Bay Holdings Ltd", Low: 1, High: 1, Source: "registry.xlsx, sheet ownership, row 3"},
				{Kind: "person", ID: "P-7", Name: "Kim Chol <b>Su</b>", Low: 0.5, High: 0.5, Source: "registry.xlsx, sheet ownership, row 4"},
			}},
			{Asset: "9074729", Basis: "legal", Low: 0, High: 0.5, Ends: "unknown", Steps: []Step{
				{Kind: "company", ID: "C-100", Name: "Pacific Star Shipping Inc.", Low: 1, High: 1},
				{Kind: "company", ID: "C-200", Name: "Golden Bay Holdings Ltd", Low: 1, High: 1},
				{Kind: "company", ID: "C-300", Name: "@x Nominees & Co", Low: 0, High: 0.5, Source: "registry.xlsx, sheet ownership, row 5"},
			}},
			{Asset: tok1, Basis: "economic", Low: 0.1, High: 0.1, Ends: "person", Steps: []Step{
				{Kind: "person", ID: "P-9", Name: "Ana Lima", Low: 0.1, High: 0.1, Source: "registry.xlsx, sheet wallets, row 9"},
			}},
		},
		Owners: []Owners{
			{Asset: tok1, Kind: "token", Basis: "economic", OpaqueLow: 0.6, OpaqueHigh: 0.75, UnidentifiedWallets: 3, UnidentifiedLow: 0.06, UnidentifiedHigh: 0.06, Owners: []Owner{
				{Kind: "person", ID: "P-9", Name: "Ana Lima", Ends: "person", Low: 0.1, High: 0.25, HighOpen: true, Decision: DecisionBelow, Paths: 2,
					Joined: "same name and month of birth (ANA LIMA, 1970-01): 2 UK PSC records taken as one person: psc.jsonl, row 3; psc.jsonl, row 9"},
				{Kind: "wallet", ID: w3, Ends: "unknown", Low: 0.45, High: 0.45, Decision: DecisionOwner, Paths: 1,
					Identity: "its wallet " + w3 + " shares on-chain identity " + id1 + " with " + w1 + " of C-100, by PSTAR's identity registry " + tok1 + " at block 212: wallets of different owners, not joined (HOLDER-IDENTITY-MISMATCH), each counted as its own owner's"},
			}, Identities: []SharedIdentity{{Identity: id1, Token: tok1, Registry: tok1,
				Wallets:   []IdentityWallet{{Address: w1, Owner: "C-100", Share: 0.4}, {Address: w3, Owner: "+x", Share: 0.45}},
				NotJoined: "wallets of different owners (C-100, +x): HOLDER-IDENTITY-MISMATCH; each counts as its own owner's"}}},
			{Asset: "9074729", Kind: "vessel", Basis: "legal", OpaqueLow: 0, OpaqueHigh: 0.5, Owners: []Owner{
				{Kind: "company", ID: "C-300", Name: "@x Nominees & Co", Ends: "unknown", Low: 0, High: 0.5, Decision: DecisionUndeterminable, Paths: 1},
				{Kind: "person", ID: "P-7", Name: "Kim Chol <b>Su</b>", Ends: "sanctioned", Low: 0.5, High: 0.5, Decision: DecisionOwner, Paths: 1},
			}},
		},
		Findings: []Finding{
			{Rule: "OWN-SECRECY", Severity: Low, Subject: Subject{Kind: "company", ID: "C-300"},
				Message:     "the ownership chain of vessel 9074729 passes through Seychelles, a secrecy jurisdiction",
				Evidence:    []Evidence{{Kind: "registry", Text: "C-300 is incorporated in SC", File: "registry.xlsx", Sheet: "companies", Row: 5, Column: "jurisdiction"}},
				Fingerprint: Fingerprint("OWN-SECRECY", Subject{Kind: "company", ID: "C-300"}, "SC")},
			{Rule: "SANC-OWNER", Severity: Critical, Subject: Subject{Kind: "person", ID: "P-7"},
				Message: "Kim Chol Su, who owns 50% of vessel 9074729 through Pacific Star Shipping Inc. and Golden Bay Holdings Ltd, is on the OFAC SDN list (=1+1)",
				Evidence: []Evidence{
					{Kind: "list", Text: "SDN entry 36123: KIM, Chol Su; DPRK2", File: "sdn.csv", List: "OFAC SDN", ListDate: "2026-11-01", EntryID: "36123"},
					{Kind: "match", Text: "name match on tokens kim, chol, su; nationality KP agrees", Score: 0.97},
					{Kind: "path", Text: "9074729 → C-100 (100%) → C-200 (100%) → P-7 (50%)", File: "registry.xlsx", Sheet: "ownership", Row: 4},
				},
				Fingerprint: Fingerprint("SANC-OWNER", Subject{Kind: "person", ID: "P-7"}, "36123")},
			{Rule: "HOLDER-UNIDENTIFIED", Severity: High, Subject: Subject{Kind: "wallet", ID: w3},
				Message:     "a wallet holding 45% of PSTAR has no known owner",
				Evidence:    []Evidence{{Kind: "chain", Text: "balance 450000 PSTAR at block 212", Block: 212, TxHash: tx1}},
				Fingerprint: Fingerprint("HOLDER-UNIDENTIFIED", Subject{Kind: "wallet", ID: w3}, tok1)},
			{Rule: "ASSET-OVERCLAIMED", Severity: High, Subject: Subject{Kind: "vessel", ID: "9074729"},
				Message: "tokens claim 140% of vessel 9074729 PACIFIC STAR",
				Evidence: []Evidence{
					{Kind: "metadata", Text: "DEED token 1 claims 100% (tokenURI metadata)", Block: 212},
					{Kind: "registry", Text: "claims sheet: PSTAR claims 40%", File: "registry.xlsx", Sheet: "claims", Row: 2, Column: "claimed_share"},
				},
				Fingerprint: Fingerprint("ASSET-OVERCLAIMED", Subject{Kind: "vessel", ID: "9074729"}, "")},
			{Rule: "INPUT-ROW", Severity: Medium, Subject: Subject{Kind: "input", ID: "registry.xlsx"},
				Message:     "row 12 of sheet vessels skipped: IMO \"1234568\" fails its check digit \x1b[31mred\x1b[0m",
				Evidence:    []Evidence{{Kind: "registry", Text: "imo 1234568", File: "registry.xlsx", Sheet: "vessels", Row: 12, Column: "imo"}},
				Fingerprint: Fingerprint("INPUT-ROW", Subject{Kind: "input", ID: "registry.xlsx"}, "vessels/12")},
			{Rule: "CONTRACT-SINGLE-KEY", Severity: Medium, Subject: Subject{Kind: "token", ID: tok1},
				Message:     "the owner role of PSTAR is held by a plain key",
				Evidence:    []Evidence{{Kind: "chain", Text: "owner() = " + w2 + " has no code", Block: 212}},
				Fingerprint: Fingerprint("CONTRACT-SINGLE-KEY", Subject{Kind: "token", ID: tok1}, "owner")},
			{Rule: "VESSEL-FOC", Severity: Info, Subject: Subject{Kind: "vessel", ID: "9074729"},
				Message:     "vessel 9074729 flies the flag of the Marshall Islands, a flag of convenience",
				Evidence:    []Evidence{{Kind: "note", Text: "ITF list of flags of convenience"}},
				Fingerprint: Fingerprint("VESSEL-FOC", Subject{Kind: "vessel", ID: "9074729"}, "MH")},
		},
	}
	Finalize(r)
	return r
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update to create it): %v", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file; run go test ./internal/report -update and review the diff\n--- got ---\n%s", name, firstDiff(string(want), string(got)))
	}
}

// firstDiff shows the lines around the first difference.
func firstDiff(want, got string) string {
	i := 0
	for i < len(want) && i < len(got) && want[i] == got[i] {
		i++
	}
	lo := max(0, i-200)
	hi := min(len(got), i+200)
	return got[lo:hi]
}
