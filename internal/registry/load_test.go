package registry

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// writeXLSX makes a workbook of the given sheets (rows of cells; a cell that
// is a float64 or int is written as a number, a time.Time as a date).
func writeXLSX(t testing.TB, path string, sheets map[string][][]any, order ...string) {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if len(order) == 0 {
		for name := range sheets {
			order = append(order, name)
		}
		sort.Strings(order)
	}
	for i, name := range order {
		if i == 0 {
			if err := f.SetSheetName("Sheet1", name); err != nil {
				t.Fatal(err)
			}
		} else if _, err := f.NewSheet(name); err != nil {
			t.Fatal(err)
		}
		dateStyle, err := f.NewStyle(&excelize.Style{NumFmt: 14})
		if err != nil {
			t.Fatal(err)
		}
		for r, row := range sheets[name] {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				switch x := v.(type) {
				case string:
					err = f.SetCellStr(name, cell, x)
				case time.Time:
					err = f.SetCellValue(name, cell, x)
					if err == nil {
						err = f.SetCellStyle(name, cell, cell, dateStyle)
					}
				default:
					err = f.SetCellValue(name, cell, x)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
		}
	}
	if err := f.SaveAs(path); err != nil {
		t.Fatal(err)
	}
}

func writeFile(t testing.TB, path, body string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
}

// problems renders the problems as "sheet!row column: reason" for comparison.
func problemSet(reg *Registry) []string {
	var out []string
	for _, p := range reg.Problems {
		out = append(out, p.Origin.Sheet+"!"+itoa(p.Origin.Row)+" "+p.Origin.Column+": "+p.Reason)
	}
	return out
}

// allFrom asserts every problem names one of the files and a sheet and row.
func allFrom(t *testing.T, reg *Registry, files ...string) {
	t.Helper()
	for _, p := range reg.Problems {
		ok := false
		for _, f := range files {
			ok = ok || p.Origin.File == f
		}
		if !ok || p.Origin.Sheet == "" || p.Origin.Row < 1 || p.Origin.Column == "" {
			t.Errorf("problem without its full location: %+v", p)
		}
	}
}

func TestProblemString(t *testing.T) {
	p := Problem{Origin: Origin{File: "registry.xlsx", Sheet: "vessels", Row: 7, Column: "IMO No."}, Reason: "IMO 9321484 fails its check digit (expected 3)"}
	want := "registry.xlsx, sheet vessels, row 7, column IMO No.: IMO 9321484 fails its check digit (expected 3)"
	if p.String() != want {
		t.Errorf("got %q, want %q", p.String(), want)
	}
	// A CSV is its own one sheet: its name is not repeated as a sheet, but
	// Origin.Sheet still names it (INPUT-ROW subjects use it).
	path := filepath.Join(t.TempDir(), "vessels.csv")
	writeFile(t, path, "imo,name\n9321484,ALPHA\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = path + ", row 2, column imo: IMO 9321484 fails its check digit (expected 3)"
	if len(reg.Problems) != 1 || reg.Problems[0].String() != want || reg.Problems[0].Origin.Sheet != "vessels.csv" {
		t.Errorf("got %v, want %q with sheet vessels.csv", reg.Problems, want)
	}
}

func itoa(n int) string {
	return strings.TrimSpace(strings.Replace(time.Duration(n).String(), "ns", "", 1))
}

func TestLoadWorkbook(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "registry.xlsx")
	writeXLSX(t, path, map[string][][]any{
		"Fleet": { // recognised by its name (fleet -> vessels), headers by alias
			{"IMO No.", "Vessel name", "Flag", "MMSI", "GT", "Year of build", "Registered owner", "Ship manager", "DOC company"},
			{9321483, "ALPHA", "Liberia", "636012345", 50000, 2006, "C1", "Beta Shipping Ltd", "C1"},
			{"9321484", "BETA", "PA", "35123456", "12,000", "2010", "C9", "", ""},
			{"9321483", "ALPHA AGAIN", "LR", "", "", "", "C1", "", ""},
			{"IMO 9074729", "GAMMA", "Atlantis", "311000123", "", "", "2041999", "", ""},
		},
		"Sheet7": { // recognised by its header row
			{"Company ID", "Name", "Country", "Company IMO", "Incorporated", "Bearer shares"},
			{"C1", "Alpha Holdings SA", "Marshall Islands", 414246, time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), "no"},
			{"C2", "Beta Shipping Ltd", "Malta", "2041999", "31/12/2015", "yes"},
			{"C2", "Duplicate Co", "MT", "", "", ""},
			{"", "No Id Ltd", "MT", "", "", ""},
			{"C3", "Gamma Ltd", "Cyprus", "2041998", "2015-02-30", "maybe"},
		},
		"people": {
			{"person_id", "name", "nationality", "birth_date", "pep"},
			{"P1", "Ivan Petrov", "Russia", "1970-05", "yes"},
		},
		"ownership": {
			{"Owner", "Owned", "Share %", "Interest", "As of"},
			{"P1", "C1", "60", "shareholding", 45322},
			{"C2", "C1", "more than 25% but not more than 50%", "shareholding", ""},
			{"P1", "C2", "120", "", ""},
			{"X9", "C2", "10", "", ""},
			{"C1", "9321483", "100", "", ""},
		},
		"wallets": {
			{"Wallet address", "Holder", "Evidence", "Verified on"},
			{"0xAbCdEf0123456789aBcDeF0123456789AbCdEf01", "P1", "KYC", "2024-06-01"},
			{"0x1234", "P1", "kyc", ""},
		},
		"claims": {
			{"Token address", "IMO", "Token ID", "Issuer", "Claimed share", "Document"},
			{"0x00000000000000000000000000000000000000aa", "9321483", "", "Alpha Holdings SA", "25%", "prospectus p.4"},
		},
		"notes": {{"This workbook was exported on Monday"}},
	}, "Fleet", "Sheet7", "people", "ownership", "wallets", "claims", "notes")

	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Files) != 1 || reg.Files[0].Format != "xlsx" || len(reg.Files[0].SHA256) != 64 || reg.Files[0].Rows != 18 {
		t.Errorf("files = %+v, want one xlsx of 18 data rows", reg.Files)
	}
	want := []string{
		"Fleet!3 IMO No.: IMO 9321484 fails its check digit (expected 3)",
		"Fleet!3 MMSI: MMSI \"35123456\" is not nine digits",
		"Fleet!4 IMO No.: duplicate vessel 9321483 (first at " + path + ", sheet Fleet, row 2): the row is not loaded",
		"Fleet!5 Flag: flag \"Atlantis\" is not a known country name or ISO code",
		"Sheet7!4 Company ID: duplicate company id C2 (first at " + path + ", sheet Sheet7, row 3): the row is not loaded",
		"Sheet7!5 Company ID: company_id is empty: the row is not loaded",
		"Sheet7!6 Company IMO: company IMO 2041998 fails its check digit (expected 9)",
		"Sheet7!6 Incorporated: date \"2015-02-30\": no such day",
		"Sheet7!6 Bearer shares: \"maybe\" is not yes or no",
		"ownership!4 Share %: not a share: \"120\" is over 100%; loaded as unknown",
		"wallets!3 Wallet address: address \"0x1234\" is not 0x and 40 hex digits (20 bytes), nor the 40 digits alone: the row is not loaded",
		"Fleet!3 Registered owner: \"C9\" is not the id, name or company IMO of any company in the registry",
		"ownership!5 Owner: \"X9\" is not the id, name or company IMO of any company or person or vessel in the registry",
	}
	got := problemSet(reg)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	allFrom(t, reg, path)
	if len(reg.Vessels) != 3 {
		t.Fatalf("vessels = %d, want 3", len(reg.Vessels))
	}
	v := reg.Vessels[0]
	if v.Key != "9321483" || !v.IMOValid || v.Flag != "LR" || v.GrossTonnage != 50000 || v.YearBuilt != 2006 ||
		v.RegisteredOwner != "C1" || v.ShipManager != "C2" || v.Origin.Row != 2 || v.Origin.Sheet != "Fleet" {
		t.Errorf("vessel 1 = %+v", v)
	}
	if b := reg.Vessels[1]; b.IMOValid || b.Key != "9321484" || b.GrossTonnage != 12000 || b.Flag != "PA" {
		t.Errorf("vessel 2 = %+v", b)
	}
	if g := reg.Vessels[2]; g.Key != "9074729" || g.Flag != "Atlantis" || g.RegisteredOwner != "C2" {
		t.Errorf("vessel 3 (owner by company IMO) = %+v", g)
	}
	if len(reg.Companies) != 3 {
		t.Fatalf("companies = %+v", reg.Companies)
	}
	c := reg.Companies[0]
	if c.Jurisdiction != "MH" || c.CompanyIMO != "0414246" || !c.CompanyIMOValid ||
		!c.IncorporatedOn.Equal(time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC)) || c.Type != "company" {
		t.Errorf("company C1 = %+v", c)
	}
	if c := reg.Companies[1]; !c.IncorporatedOn.Equal(time.Date(2015, 12, 31, 0, 0, 0, 0, time.UTC)) || !c.BearerShares {
		t.Errorf("company C2 = %+v", c)
	}
	if p := reg.People[0]; p.Nationality != "RU" || p.BirthDate != "1970-05" || !p.PEP {
		t.Errorf("person = %+v", p)
	}
	if len(reg.Ownership) != 5 {
		t.Fatalf("ownership rows = %d, want 5 (bad rows still load)", len(reg.Ownership))
	}
	if o := reg.Ownership[0]; o.Share != Exact(0.6) || !o.AsOf.Equal(time.Date(2024, 1, 31, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ownership 1 = %+v", o)
	}
	if o := reg.Ownership[1]; o.Share != (Share{Low: 0.25, High: 0.5}) {
		t.Errorf("ownership 2 band = %+v", o.Share)
	}
	if o := reg.Ownership[2]; o.Share != Unknown {
		t.Errorf("ownership 3 (120%%) = %+v, want Unknown", o.Share)
	}
	if len(reg.Wallets) != 1 || reg.Wallets[0].Address != "0xabcdef0123456789abcdef0123456789abcdef01" || reg.Wallets[0].Evidence != "kyc" {
		t.Errorf("wallets = %+v", reg.Wallets)
	}
	if len(reg.Claims) != 1 || reg.Claims[0].IssuerID != "C1" || reg.Claims[0].AssetIMO != "9321483" || reg.Claims[0].ClaimedShare != Exact(0.25) {
		t.Errorf("claims = %+v", reg.Claims)
	}
}

func TestLoadCSVSheets(t *testing.T) {
	dir := t.TempDir()
	vessels := filepath.Join(dir, "vessels.csv")
	companies := filepath.Join(dir, "owners-export.csv")
	// A UTF-8 byte-order mark, semicolons and decimal commas, as Excel in
	// Europe writes them; a Sea-web style IMO header.
	writeFile(t, vessels, "\ufeffLRIMOShipNo;ShipName;FlagName;Registered Owner\n9321483;ALPHA;Malta;Alpha Holdings SA\n;NO IMO;Malta;\n\n9074729;GAMMA;MT;C1\n")
	writeFile(t, companies, "company_id,name,jurisdiction\r\nC1,Alpha Holdings SA,MT\r\n")
	reg, err := Load([]string{vessels, companies}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"vessels.csv!3 LRIMOShipNo: IMO is empty"}
	if got := problemSet(reg); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	allFrom(t, reg, vessels, companies)
	if len(reg.Vessels) != 3 || reg.Vessels[0].RegisteredOwner != "C1" || reg.Vessels[0].Flag != "MT" {
		t.Fatalf("vessels = %+v", reg.Vessels)
	}
	if k := reg.Vessels[1].Key; k != "row-3" {
		t.Errorf("a vessel without IMO has key %q, want row-3", k)
	}
	if r := reg.Vessels[2].Origin.Row; r != 5 {
		t.Errorf("row after a blank line = %d, want 5", r)
	}
	if reg.Files[0].Format != "csv" || reg.Files[0].Rows != 3 || reg.Files[1].Rows != 1 {
		t.Errorf("files = %+v", reg.Files)
	}
}

func TestMappingFile(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "schiffe.csv")
	writeFile(t, data, "Nummer,Schiffsname,Eigner\n9321483,ALPHA,Reederei\n")
	for _, m := range []struct{ name, body string }{
		{"map.yaml", "sheets:\n  Schiffe: vessels\ncolumns:\n  Nummer: imo\n  Schiffsname: name\n  Eigner: registered_owner\n"},
		{"map.json", `{"sheets": {"schiffe": "vessels"}, "columns": {"Nummer": "imo", "Schiffsname": "name", "Eigner": "registered_owner"}}`},
	} {
		mp := filepath.Join(dir, m.name)
		writeFile(t, mp, m.body)
		reg, err := Load([]string{data}, Options{Mapping: mp})
		if err != nil {
			t.Fatal(err)
		}
		if len(reg.Vessels) != 1 || reg.Vessels[0].Key != "9321483" || reg.Vessels[0].RegisteredOwner != "Reederei" || len(reg.Problems) != 0 {
			t.Errorf("%s: vessels %+v problems %v", m.name, reg.Vessels, reg.Problems)
		}
	}
	// A mapping to an unknown column names what it may have meant: the
	// column the target is an alias of, one a typo away, or every column.
	for _, tt := range []struct{ body, want string }{
		{"columns:\n  Nummer: imo_number\n", `"imo_number" is not a canonical column; did you mean "imo" or "asset_imo"?`},
		{"columns:\n  Eigner: registerd_owner\n", `"registerd_owner" is not a canonical column; did you mean "registered_owner"?`},
		{"columns:\n  Eigner: owner\n", `did you mean "registered_owner" or "owner_id" or "holder_id"?`},
		{"Eigner: Reederei\n", `"Reederei" is not a canonical column (or a sheets:/columns: section); the canonical columns are, by sheet: vessel_history: imo, field, value, from, to; vessels: imo, vessel_id, name,`},
		{"columns:\n  Nummer: schiffsnummer\n", "people: person_id, name, nationality, birth_date, pep"},
	} {
		bad := filepath.Join(dir, "bad.yaml")
		writeFile(t, bad, tt.body)
		if _, err := Load([]string{data}, Options{Mapping: bad}); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("mapping %q: error %v, want %q", tt.body, err, tt.want)
		}
	}
}

func TestHeaderAliases(t *testing.T) {
	m := mapping{}
	tests := []struct {
		kind, header, want string
	}{
		{KindVessels, "IMO No.", "imo"},
		{KindVessels, "IMO number", "imo"},
		{KindVessels, "LRIMOShipNo", "imo"},
		{KindVessels, "  imo_no ", "imo"},
		{KindVessels, "Registered owner", "registered_owner"},
		{KindVessels, "REGISTERED-OWNER", "registered_owner"},
		{KindOwnership, "Share %", "share"},
		{KindOwnership, "share_pct", "share"},
		{KindClaims, "Share %", "claimed_share"},
		{KindCompanies, "Date of incorporation", "incorporated_on"},
		{KindPeople, "DOB", "birth_date"},
		{KindWallets, "Wallet", "address"},
	}
	for _, tt := range tests {
		cols := m.columnsFor(tt.kind, []string{"x", tt.header})
		if cols[tt.want] != 1 {
			t.Errorf("%s header %q: columns %v, want %s", tt.kind, tt.header, cols, tt.want)
		}
	}
	kinds := []struct {
		sheet  string
		header []string
		want   string
	}{
		{"Sheet1", []string{"IMO", "Name", "Flag"}, KindVessels},
		{"Sheet1", []string{"IMO", "Field", "Value", "From"}, KindVesselHistory},
		{"Sheet1", []string{"owner_id", "owned_id", "share"}, KindOwnership},
		{"Sheet1", []string{"company_id", "officer_id", "role"}, KindOfficers},
		{"Sheet1", []string{"company_id", "name"}, KindCompanies},
		{"Sheet1", []string{"person_id", "name"}, KindPeople},
		{"Sheet1", []string{"address", "holder_id"}, KindWallets},
		{"Sheet1", []string{"token", "asset_imo"}, KindClaims},
		{"Vessel History", []string{"a"}, KindVesselHistory},
		{"Sheet1", []string{"foo", "bar"}, ""},
	}
	for _, k := range kinds {
		if got := m.kindOf(k.sheet, k.header); got != k.want {
			t.Errorf("kindOf(%q, %v) = %q, want %q", k.sheet, k.header, got, k.want)
		}
	}
}
