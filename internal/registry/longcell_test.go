package registry

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/tokenaudit/audit/internal/excelcell"
)

// TestLongCellsInUTF16Units: a cell is measured as a spreadsheet holds it,
// in UTF-16 code units: 11,000 CJK ideographs (33,000 bytes, 11,000 units)
// are kept whole; 16,384 emoji (32,768 units) are one unit too many, a
// problem naming the cell, cut at a character boundary to 16,383.
func TestLongCellsInUTF16Units(t *testing.T) {
	for _, tt := range []struct {
		name, address string
		problem       bool
		want          string
	}{
		{"CJK", strings.Repeat("中", 11000), false, strings.Repeat("中", 11000)},
		{"emoji at the limit", strings.Repeat("😀", 16383) + "a", false, strings.Repeat("😀", 16383) + "a"},
		{"emoji over the limit", strings.Repeat("😀", 16384), true, strings.Repeat("😀", 16383)},
	} {
		dir := t.TempDir()
		p := filepath.Join(dir, "companies.csv")
		csv := "company_id,name,jurisdiction,address\nC-1,Alpha Ltd,HK,\"" + tt.address + "\"\n"
		if err := os.WriteFile(p, []byte(csv), 0o644); err != nil {
			t.Fatal(err)
		}
		reg, err := Load([]string{p}, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if len(reg.Companies) != 1 {
			t.Fatalf("%s: %d companies", tt.name, len(reg.Companies))
		}
		got := reg.Companies[0].Address
		if got != tt.want || !utf8.ValidString(got) {
			t.Errorf("%s: address of %d units (valid UTF-8 %v), want %d", tt.name, excelcell.Units(got), utf8.ValidString(got), excelcell.Units(tt.want))
		}
		var problems []string
		for _, pr := range reg.Problems {
			if strings.Contains(pr.Reason, "UTF-16") {
				problems = append(problems, pr.Reason)
			}
		}
		if (len(problems) > 0) != tt.problem {
			t.Errorf("%s: problems %q, want one: %v", tt.name, problems, tt.problem)
		}
		if tt.problem && !strings.Contains(problems[0], "32768 UTF-16 code units") {
			t.Errorf("%s: problem %q does not count the units", tt.name, problems[0])
		}
	}
}
