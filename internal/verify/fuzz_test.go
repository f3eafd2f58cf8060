package verify

import (
	"bytes"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
)

// FuzzVerify checks damaged or edited reports against the fixture registry
// and list, as `audit verify` does with a report it is handed: it must
// count every citation once (resolved or unresolved) and write its result,
// never panic.
//
//	go test ./internal/verify -run '^$' -fuzz FuzzVerify -fuzztime 60s
func FuzzVerify(f *testing.F) {
	reg, sdn := "../../fixtures/registry.xlsx", "../../fixtures/sanctions/sdn.csv"
	rep := &report.Report{
		SchemaVersion: report.SchemaVersion,
		GeneratedAt:   "2024-07-28T16:41:00Z",
		Chain:         report.Chain{Source: "embedded"},
		Inputs:        []report.Input{input(f, "registry", reg, ""), input(f, "sanctions", sdn, "2024-05-03")},
		Findings: []report.Finding{finding("SANC-VESSEL",
			report.Evidence{Kind: "registry", Text: "vessel", File: reg, Sheet: "vessels", Row: 5, Column: "imo"},
			report.Evidence{Kind: "registry", Text: "row", File: reg, Sheet: "ownership", Row: 14},
			report.Evidence{Kind: "match", Text: "match", File: sdn, List: "OFAC SDN", ListDate: "2024-05-03", EntryID: "23764", Score: 1},
			report.Evidence{Kind: "path", Text: "C-A holds 55% of C-B [" + reg + ", sheet ownership, row 15]"},
			report.Evidence{Kind: "chain", Text: "minted", Block: 7, TxHash: "0x01"},
		)},
	}
	rep.Findings[0].Fingerprint = report.Fingerprint("SANC-VESSEL", rep.Findings[0].Subject, "fuzz")
	report.Finalize(rep)
	if res := Verify(rep, Options{}); !res.OK() || res.Checked != 4 {
		f.Fatalf("the seed does not resolve: checked %d, unresolved %+v", res.Checked, res.Unresolved)
	}
	var seed bytes.Buffer
	if err := report.Write(&seed, rep, "json", report.WriteOptions{}); err != nil {
		f.Fatal(err)
	}
	f.Add(seed.Bytes())
	f.Add(bytes.ReplaceAll(seed.Bytes(), []byte(`"row": 5`), []byte(`"row": -5`)))
	f.Add(bytes.ReplaceAll(seed.Bytes(), []byte(`"vessels"`), []byte(`"../../etc"`)))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := report.Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		res := Verify(r, Options{})
		if res.Checked != res.Resolved+len(res.Unresolved) {
			t.Fatalf("checked %d, resolved %d, unresolved %d", res.Checked, res.Resolved, len(res.Unresolved))
		}
		for _, format := range []string{"text", "json"} {
			if err := Write(new(bytes.Buffer), res, format, "x"); err != nil {
				t.Fatalf("writing the result as %s: %v", format, err)
			}
		}
	})
}
