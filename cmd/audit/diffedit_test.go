package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
)

// TestDiffEditedRegistry is a user's trial: a scan of a folder of CSV
// registry files, one share in ownership.csv edited (60 to 70), a scan
// again, from the same folder and from a copy in another one, then
// diff. The edit is one input changed; the changed findings are exactly
// those whose text differs but for the folder (the findings that cite
// the edited share), not every finding that names ownership.csv.
func TestDiffEditedRegistry(t *testing.T) {
	dir := t.TempDir()
	names := []string{"vessels", "companies", "people", "ownership", "wallets", "claims"}
	copyReg := func(to string, edit func(name, data string) string) {
		t.Helper()
		if err := os.MkdirAll(filepath.Join(dir, to), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, n := range names {
			data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", "registry", n+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, to, n+".csv"), []byte(edit(n, string(data))), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	scan := func(folder, out string) string {
		t.Helper()
		args := []string{"scan"}
		for _, n := range names {
			args = append(args, "--registry", filepath.Join(dir, folder, n+".csv"))
		}
		out = filepath.Join(dir, out)
		args = append(args, "--sanctions", "../../fixtures/sanctions/sdn.csv", "--list-date", "2024-05-03", "--format", "json", "--out", out, "--fail-on", "none")
		if _, stderr, code := runAudit(t, args...); code != 0 {
			t.Fatalf("scan: exit %d\n%s", code, stderr)
		}
		return out
	}
	const row, edited = "C-CYCB,C-CYCA,60,", "C-CYCB,C-CYCA,70,"
	copyReg("myreg", func(_, data string) string { return data })
	c1 := scan("myreg", "c1.json")
	edit := func(name, data string) string {
		if name != "ownership" {
			return data
		}
		if !strings.Contains(data, row) {
			t.Fatalf("fixtures/registry/ownership.csv has no %q: the test edits nothing", row)
		}
		return strings.Replace(data, row, edited, 1)
	}
	copyReg("myreg", edit)
	copyReg("myreg2", edit)
	for _, tt := range []struct{ name, folder string }{{"same folder", "myreg"}, {"another folder", "myreg2"}} {
		t.Run(tt.name, func(t *testing.T) {
			c2 := scan(tt.folder, "c2-"+tt.folder+".json")
			stdout, stderr, code := runAudit(t, "diff", "--format", "json", "--fail-on", "none", c1, c2)
			if code != 0 {
				t.Fatalf("diff: exit %d\n%s", code, stderr)
			}
			var d report.Delta
			if err := json.Unmarshal([]byte(stdout), &d); err != nil {
				t.Fatalf("diff --format json: %v\n%s", err, stdout)
			}
			if len(d.InputsChanged) != 1 || d.InputsChanged[0].Change != "changed" || d.InputsChanged[0].Name != "ownership.csv" {
				t.Errorf("inputs changed %+v, want ownership.csv changed", d.InputsChanged)
			}
			// What each finding says, its folder written as the old one's.
			said := func(f report.Finding) report.Finding {
				b, err := json.Marshal(f)
				if err != nil {
					t.Fatal(err)
				}
				s := strings.ReplaceAll(string(b), filepath.Join(dir, tt.folder)+string(filepath.Separator), filepath.Join(dir, "myreg")+string(filepath.Separator))
				var g report.Finding
				if err := json.Unmarshal([]byte(s), &g); err != nil {
					t.Fatal(err)
				}
				return g
			}
			old, new := readReport(t, c1), readReport(t, c2)
			olds := map[string]report.Finding{}
			for _, f := range old.Findings {
				olds[f.Fingerprint] = f
			}
			var want, got []string
			for _, f := range new.Findings {
				if o, ok := olds[f.Fingerprint]; ok && !reflect.DeepEqual(said(o), said(f)) {
					want = append(want, f.Fingerprint)
				}
			}
			for _, c := range d.ChangedFindings {
				got = append(got, c.New.Fingerprint)
			}
			slices.Sort(want)
			slices.Sort(got)
			if len(want) == 0 {
				t.Fatal("no finding cites the edited share: the test checks nothing")
			}
			if !slices.Equal(got, want) {
				t.Errorf("changed findings %q, want those whose text changed, %q", got, want)
			}
			text, _, _ := runAudit(t, "diff", "--fail-on", "none", c1, c2)
			if !strings.Contains(text, "changed registry ownership.csv") || !strings.Contains(text, "70% held by") {
				t.Errorf("text diff lacks the edit:\n%s", text)
			}
		})
	}
}
