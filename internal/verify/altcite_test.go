package verify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestAltAliasCitations checks citations of an alias to the OFAC alt.csv
// it was read from: resolved when the file gives the entry that alias and
// the citation the date the report records for the file; unresolved for
// an alias or entry the file lacks, or another date.
func TestAltAliasCitations(t *testing.T) {
	dir := t.TempDir()
	alt := filepath.Join(dir, "alt.csv")
	if err := os.WriteFile(alt, []byte("100,1,\"fka\",\"OLDWORLD TRADING\",-0- \r\n100,2,\"aka\",\"PLAINFIELD HOLDINGS\",-0- \r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// cite is the evidence of a match on alias as internal/rules writes it.
	cite := func(label, id, alias, date string) report.Evidence {
		return report.Evidence{Kind: "match", File: alt, List: sanctions.ListOFAC, ListDate: date, EntryID: id,
			Text: label + ": name ~ " + alias + " (listed name: EXAMPLE GROUP, matched alias " + alias + " (a.k.a.); list of " + date + ")"}
	}
	in := input(t, "sanctions", alt, "2025-06-01")
	in.Format = sanctions.FormatOFACAlt
	rep := &report.Report{
		Inputs: []report.Input{in},
		Findings: []report.Finding{finding("SANC-OWNER",
			cite("good", "100", "PLAINFIELD HOLDINGS", "2025-06-01"),
			cite("other alias", "100", "ELSEWHERE LTD", "2025-06-01"),
			cite("no such entry", "200", "PLAINFIELD HOLDINGS", "2025-06-01"),
			cite("other date", "100", "PLAINFIELD HOLDINGS", "2024-05-03"),
		)},
	}
	res := Verify(rep, Options{})
	want := map[string]string{
		"other alias":   `gives entry 100 no alias "ELSEWHERE LTD"`,
		"no such entry": `gives no alias of entry "200"`,
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
	if res.Checked != 4 || res.Resolved != 1 || len(got) != len(want) {
		t.Errorf("checked %d, resolved %d, unresolved %v; want 4, 1, and %d", res.Checked, res.Resolved, got, len(want))
	}
}
