package registry

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestBrokenFixtureCopy breaks a copy of the fixture workbook, one kind of
// error per row, and checks every problem is reported at its cell while the
// rest loads as before.
func TestBrokenFixtureCopy(t *testing.T) {
	src := filepath.Join("..", "..", "fixtures", "registry.xlsx")
	if _, err := os.Stat(src); err != nil {
		t.Skipf("fixture workbook not there yet: %v", err)
	}
	orig, err := Load([]string{src}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenFile(src)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	header := func(sheet string) map[string]int {
		rows, err := f.GetRows(sheet)
		if err != nil || len(rows) == 0 {
			t.Fatalf("sheet %s: %v", sheet, err)
		}
		m := map[string]int{}
		for i, h := range rows[0] {
			m[h] = i + 1
		}
		return m
	}
	set := func(sheet string, row int, col, value string) {
		c, ok := header(sheet)[col]
		if !ok {
			t.Fatalf("sheet %s has no column %s", sheet, col)
		}
		cell, _ := excelize.CoordinatesToCellName(c, row)
		if err := f.SetCellStr(sheet, cell, value); err != nil {
			t.Fatal(err)
		}
	}
	get := func(sheet string, row int, col string) string {
		cell, _ := excelize.CoordinatesToCellName(header(sheet)[col], row)
		v, _ := f.GetCellValue(sheet, cell)
		return v
	}
	appendRow := func(sheet string, values map[string]string) int {
		rows, _ := f.GetRows(sheet)
		n := len(rows) + 1
		for col, v := range values {
			set(sheet, n, col, v)
		}
		return n
	}
	type edit struct {
		sheet string
		row   int
		col   string
		value string
		want  string // the reason reported at sheet, row, col
	}
	vesselIMO := get("vessels", 3, "imo")
	companyID := get("companies", 2, "company_id")
	wallet := get("wallets", 2, "address")
	edits := []edit{
		{"vessels", 2, "imo", "9321484", "IMO 9321484 fails its check digit (expected 3)"},
		{"vessels", 3, "mmsi", "12345", `MMSI "12345" is not nine digits`},
		{"vessels", 4, "flag", "Atlantis", `flag "Atlantis" is not a known country name or ISO code`},
		{"vessels", 5, "registered_owner", "C-NOBODY", `"C-NOBODY" is not the id, name or company IMO of any company in the registry`},
		{"vessels", 7, "gross_tonnage", "huge", `"huge" is not a whole number`},
		{"companies", 3, "company_imo", "2041998", "company IMO 2041998 fails its check digit (expected 9)"},
		{"companies", 4, "jurisdiction", "Narnia", `jurisdiction "Narnia" is not a known country name or ISO code`},
		{"companies", 5, "incorporated_on", "31/02/2019", `date "31/02/2019": no such day`},
		{"companies", 6, "bearer_shares", "perhaps", `"perhaps" is not yes or no`},
		{"people", 2, "nationality", "Mordor", `nationality "Mordor" is not a known country name or ISO code`},
		{"people", 3, "nationality", "Korean", `nationality "Korean" names no one country: it may be KP (Korea, Democratic People's Republic of) or KR (Korea, Republic of); write the code or the country's name`},
		{"ownership", 2, "share", "120", `not a share: "120" is over 100%; loaded as unknown`},
		{"ownership", 3, "share", "lots", `not a share: "lots" is neither a percentage, a band nor blank; loaded as unknown`},
		{"ownership", 4, "owner_id", "X-UNKNOWN", `"X-UNKNOWN" is not the id, name or company IMO of any company or person or vessel in the registry`},
		{"ownership", 5, "as_of", "yesterday", `date "yesterday": not a date (use YYYY-MM-DD)`},
		{"officers", 2, "appointed_on", "13/13/2020", `date "13/13/2020": no such day`},
		{"vessel_history", 2, "from", "soon", `date "soon": not a date (use YYYY-MM-DD)`},
		{"claims", 2, "claimed_share", "150%", `not a share: "150%" is over 100%; loaded as unknown`},
	}
	for _, e := range edits {
		set(e.sheet, e.row, e.col, e.value)
	}
	// Rows that cannot be used at all: appended, so that nothing else moves.
	dropped := []edit{
		{"vessels", appendRow("vessels", map[string]string{"imo": vesselIMO, "name": "DUPLICATE"}), "imo", "",
			"duplicate vessel " + vesselIMO + " (first at %s, sheet vessels, row 3): the row is not loaded"},
		{"companies", appendRow("companies", map[string]string{"company_id": companyID, "name": "Duplicate Ltd"}), "company_id", "",
			"duplicate company id " + companyID + " (first at %s, sheet companies, row 2): the row is not loaded"},
		{"companies", appendRow("companies", map[string]string{"name": "No Id Ltd"}), "company_id", "",
			"company_id is empty: the row is not loaded"},
		{"wallets", appendRow("wallets", map[string]string{"address": "0x1234", "holder_id": "C-ISSUER"}), "address", "",
			`address "0x1234" is not 0x and 40 hex digits (20 bytes), nor the 40 digits alone: the row is not loaded`},
		// the first wallet written without its 0x, in capitals: the same
		// address, so a repeat
		{"wallets", appendRow("wallets", map[string]string{"address": strings.ToUpper(wallet[2:]), "holder_id": "C-ISSUER"}), "address", "",
			"duplicate wallet " + strings.ToLower(wallet) + " (first at %s, sheet wallets, row 2): the row is not loaded"},
		{"people", appendRow("people", map[string]string{"name": "Nobody"}), "person_id", "", "person_id is empty: the row is not loaded"},
	}
	path := filepath.Join(t.TempDir(), "broken.xlsx")
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, p := range orig.Problems {
		if p.Origin.Sheet == "vessels" && p.Origin.Row == 2 {
			continue // the edit replaced it
		}
		want = append(want, p.Origin.Sheet+"!"+itoa(p.Origin.Row)+" "+p.Origin.Column+": "+p.Reason)
	}
	for _, e := range append(edits, dropped...) {
		reason := e.want
		if strings.Contains(reason, "%s") {
			reason = strings.Replace(reason, "%s", path, 1)
		}
		want = append(want, e.sheet+"!"+itoa(e.row)+" "+e.col+": "+reason)
	}
	allFrom(t, reg, path)
	got := problemSet(reg)
	sort.Strings(got)
	sort.Strings(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\n\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Everything else is intact: the same records, in the same number.
	if len(reg.Vessels) != len(orig.Vessels) || len(reg.Companies) != len(orig.Companies) || len(reg.People) != len(orig.People) ||
		len(reg.Ownership) != len(orig.Ownership) || len(reg.Wallets) != len(orig.Wallets) || len(reg.Claims) != len(orig.Claims) ||
		len(reg.Officers) != len(orig.Officers) || len(reg.History) != len(orig.History) {
		t.Errorf("record counts changed: %d/%d vessels, %d/%d companies, %d/%d ownership", len(reg.Vessels), len(orig.Vessels),
			len(reg.Companies), len(orig.Companies), len(reg.Ownership), len(orig.Ownership))
	}
	for i := range reg.Vessels {
		a, b := reg.Vessels[i], orig.Vessels[i]
		if i != 0 && i != 1 && i != 2 && i != 3 && i != 5 && (a.Key != b.Key || a.Flag != b.Flag || a.RegisteredOwner != b.RegisteredOwner) {
			t.Errorf("vessel %d changed: %+v, was %+v", i, a, b)
		}
	}
}
