package verify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestCommentCitations checks citations of an identifier or alias to the
// OFAC sdn_comments.csv it was read from (the rest of a Remarks sdn.csv cut
// at 1,000 characters): resolved when the file's rows of the entry, joined
// in file order, hold the value the evidence states (an address in any
// case) and the citation has the date the report records for the file;
// unresolved for a value or entry the file lacks, or another date.
func TestCommentCitations(t *testing.T) {
	dir := t.TempDir()
	comments := filepath.Join(dir, "sdn_comments.csv")
	// the second row continues the first inside the IMO label
	if err := os.WriteFile(comments, []byte("300,\"alt. Digital Currency Address - ETH 0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B; Vessel Regis\"\r\n"+
		"300,\"tration Identification IMO 9187629; a.k.a. 'LONG REMARKS'.\"\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// cite is the evidence of a match as internal/rules writes it.
	cite := func(label, id, what, date string) report.Evidence {
		return report.Evidence{Kind: "match", File: comments, List: sanctions.ListOFAC, ListDate: date, EntryID: id,
			Text: label + ": " + what + " (listed name: LONG REMARKS TANKER; list of " + date + ")"}
	}
	in := input(t, "sanctions", comments, "2025-06-01")
	in.Format = sanctions.FormatOFACComments
	const addr = "address 0xa0e1c89ef1a489c9c7de96311ed5ce5d32c20e4b is listed on OFAC SDN entry 300"
	rep := &report.Report{
		Inputs: []report.Input{in},
		Findings: []report.Finding{finding("SANC-WALLET",
			cite("address", "300", addr, "2025-06-01"),
			cite("imo", "300", "ship IMO number 9187629 is listed on OFAC SDN entry 300", "2025-06-01"),
			cite("weak alias", "300", "name ~ Long Remarks (listed name: LONG REMARKS TANKER, matched weak alias LONG REMARKS (weak a.k.a.))", "2025-06-01"),
			cite("other address", "300", "address 0x098b716b8aaf21512996dc57eb0615e2383e2f96 is listed on OFAC SDN entry 300", "2025-06-01"),
			cite("other alias", "300", "name ~ Short (listed name: LONG REMARKS TANKER, matched weak alias SHORT (weak a.k.a.))", "2025-06-01"),
			cite("no such entry", "400", "ship IMO number 9187629 is listed on OFAC SDN entry 400", "2025-06-01"),
			cite("other date", "300", addr, "2024-05-03"),
		)},
	}
	res := Verify(rep, Options{})
	want := map[string]string{
		"other address": "sdn_comments.csv gives entry 300 no text containing 0x098b716b8aaf21512996dc57eb0615e2383e2f96",
		"other alias":   "sdn_comments.csv gives entry 300 no text containing 'SHORT'",
		"no such entry": "sdn_comments.csv has no row of entry 400",
		"other date":    "list date 2024-05-03, but the report's inputs give 2025-06-01",
	}
	got := map[string]string{}
	for _, u := range res.Unresolved {
		label, _, _ := strings.Cut(u.Evidence.Text, ":")
		got[label] = u.Reason
	}
	for label, why := range want {
		if !strings.Contains(got[label], why) {
			t.Errorf("%s: reason %q, want it to say %q", label, got[label], why)
		}
	}
	if res.Checked != 7 || res.Resolved != 3 || len(got) != len(want) {
		t.Errorf("checked %d, resolved %d, unresolved %v; want 7, 3, and %d", res.Checked, res.Resolved, got, len(want))
	}
}
