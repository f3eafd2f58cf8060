package registry

import (
	"os"
	"path/filepath"
	"testing"
)

// TestFixtureWorkbook loads the demo scenario's workbook: every row loads and
// the only problem is the deliberate bad IMO (fixtures/SCENARIO.md).
func TestFixtureWorkbook(t *testing.T) {
	path := filepath.Join("..", "..", "fixtures", "registry.xlsx")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("fixture workbook not there yet: %v", err)
	}
	csvs, _ := filepath.Glob(filepath.Join("..", "..", "fixtures", "registry", "*.csv"))
	for _, inputs := range [][]string{{path}, csvs} {
		if len(inputs) == 0 {
			continue
		}
		reg, err := Load(inputs, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(reg.Problems) != 1 {
			t.Fatalf("%v: problems %v, want only the bad IMO of GOLDEN BAY", inputs, reg.Problems)
		}
		p := reg.Problems[0]
		sheet := "vessels"
		if len(inputs) > 1 {
			sheet = "vessels.csv"
		}
		if p.Origin.Sheet != sheet || p.Origin.Row != 6 || p.Origin.Column != "imo" ||
			p.Reason != "IMO 9511637 fails its check digit (expected 6)" {
			t.Errorf("problem = %s", p)
		}
		rows := 0
		for _, f := range reg.Files {
			rows += f.Rows
		}
		loaded := len(reg.Vessels) + len(reg.History) + len(reg.Companies) + len(reg.People) + len(reg.Ownership) +
			len(reg.Officers) + len(reg.Wallets) + len(reg.Claims)
		if loaded != rows || len(reg.Vessels) == 0 || len(reg.Claims) == 0 || len(reg.Wallets) == 0 {
			t.Errorf("%v: %d records from %d data rows: a row was lost", inputs, loaded, rows)
		}
		var golden *Vessel
		for i := range reg.Vessels {
			if reg.Vessels[i].IMO == "9511637" {
				golden = &reg.Vessels[i]
			}
		}
		if golden == nil || golden.IMOValid || golden.Key != "9511637" {
			t.Errorf("GOLDEN BAY = %+v, want key 9511637 and IMOValid false", golden)
		}
	}
}
