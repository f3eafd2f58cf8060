package refdata

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestCountryCode(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"Liberia", "LR", true},
		{"lr", "LR", true},
		{"LBR", "LR", true},
		{"Marshall Islands", "MH", true},
		{"Marshall Is.", "MH", true},
		{"Panama ", "PA", true},
		{"Saint Kitts and Nevis", "KN", true},
		{"St. Kitts & Nevis", "KN", true},
		{"Curacao", "CW", true},
		{"Curaçao", "CW", true},
		{"Russia", "RU", true},
		{"Korea, Democratic People's Republic of", "KP", true},
		{"North Korea", "KP", true},
		{"UK", "GB", true},
		{"Hong Kong, China", "HK", true},
		{"BVI", "VG", true},
		{"US-DE", "US", true},
		// Kosovo has no ISO code; the lists use XK, by name or code
		{"Kosovo", "XK", true},
		{"XK", "XK", true},
		{"xk", "XK", true},
		// nationalities as registers write them (UK PSC, KYC sheets);
		// one shared by two countries is none
		{"Russian", "RU", true},
		{"polish", "PL", true},
		{"British", "GB", true},
		{"Cypriot", "CY", true},
		{"England & Wales", "GB", true},
		{"Scotland", "GB", true},
		{"North Korean", "KP", true},
		{"Korean", "", false},
		{"Congolese", "", false},
		{"XX-DE", "", false},
		{"Atlantis", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := CountryCode(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CountryCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestMMSICountry(t *testing.T) {
	tests := []struct {
		mmsi, want string
		ok         bool
	}{
		{"311000123", "BS", true}, // MID 311 is the Bahamas (the upstream table said BMU)
		{"636012345", "LR", true},
		{"538001234", "MH", true},
		{"477123456", "HK", true},
		{"351234567", "PA", true},
		{"002320001", "", false}, // coast station
		{"970123456", "", false}, // AIS-SART
		{"63601234", "", false},  // eight digits
		{"63601234x", "", false},
	}
	for _, tt := range tests {
		got, ok := MMSICountry(tt.mmsi)
		if got != tt.want || ok != tt.ok {
			t.Errorf("MMSICountry(%q) = %q, %v; want %q, %v", tt.mmsi, got, ok, tt.want, tt.ok)
		}
	}
	c, _ := Default().Country("BS")
	if c.Alpha3 != "BHS" {
		t.Errorf("Bahamas alpha3 = %q, want BHS", c.Alpha3)
	}
}

func TestFlagsAndSecrecy(t *testing.T) {
	for _, a2 := range []string{"PA", "LR", "MH", "KM", "GM", "KP"} {
		if !IsFlagOfConvenience(a2) {
			t.Errorf("IsFlagOfConvenience(%s) = false, want true", a2)
		}
	}
	for _, a2 := range []string{"FR", "DE", "GB", "NO", "GR", ""} {
		if IsFlagOfConvenience(a2) {
			t.Errorf("IsFlagOfConvenience(%s) = true, want false", a2)
		}
	}
	for _, a2 := range []string{"KY", "VG", "CH", "AE", "pa"} {
		if !IsSecrecyJurisdiction(a2) {
			t.Errorf("IsSecrecyJurisdiction(%s) = false, want true", a2)
		}
	}
	if IsSecrecyJurisdiction("NO") {
		t.Error("IsSecrecyJurisdiction(NO) = true, want false")
	}
}

func TestLoadDirOverrides(t *testing.T) {
	dir := t.TempDir()
	err := os.WriteFile(filepath.Join(dir, "flags_of_convenience.csv"),
		[]byte("register,iso_alpha2,listed_since_or_seen,source_note,whole_flag\nNorway,NO,2030,test,true\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !tb.IsFlagOfConvenience("NO") || tb.IsFlagOfConvenience("PA") {
		t.Error("the folder's flags_of_convenience.csv did not replace the embedded one")
	}
	if a2, ok := tb.CountryCode("Liberia"); !ok || a2 != "LR" {
		t.Error("countries.csv absent from the folder should fall back to the embedded one")
	}
	if err := os.WriteFile(filepath.Join(dir, "mids.csv"), []byte("mid,alpha2\n63,LR\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(dir); err == nil {
		t.Error("a broken mids.csv loaded without error")
	}
}

func TestMaps(t *testing.T) {
	tb := Default()
	foc, sec, mids, names := tb.FlagsOfConvenience(), tb.SecrecyJurisdictions(), tb.MIDs(), tb.CountryNames()
	if !foc["PA"] || foc["FR"] || len(foc) < 40 {
		t.Errorf("FlagsOfConvenience: PA %v, FR %v, %d flags", foc["PA"], foc["FR"], len(foc))
	}
	if !sec["KY"] || len(sec) < 15 {
		t.Errorf("SecrecyJurisdictions: %v", sec)
	}
	if mids["311"] != "BS" || mids["636"] != "LR" || len(mids) < 280 {
		t.Errorf("MIDs: 311 %q, 636 %q, %d", mids["311"], mids["636"], len(mids))
	}
	if names["LR"] != "Liberia" || len(names) < 249 {
		t.Errorf("CountryNames: LR %q, %d", names["LR"], len(names))
	}
	foc["NO"] = true
	if tb.IsFlagOfConvenience("NO") {
		t.Error("the returned map aliases the tables")
	}
}

// TestLoadDirFilesAndBadRows: the tables read from the folder are listed
// with their path, hash and rows (the embedded ones are not); a row of a
// folder's table that cannot be read is an error naming table and row,
// never a row left out; a folder that is not one is an error.
func TestLoadDirFilesAndBadRows(t *testing.T) {
	dir := t.TempDir()
	body := "edition,rank,jurisdiction,iso_alpha2\n2025,1,United Kingdom,GB\n2025,2,Jersey,JE\n"
	if err := os.WriteFile(filepath.Join(dir, "secrecy_jurisdictions.csv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	tb, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := tb.Files()
	if len(files) != 1 || files[0].Name != "secrecy_jurisdictions.csv" || files[0].Path != filepath.Join(dir, "secrecy_jurisdictions.csv") ||
		files[0].Rows != 2 || len(files[0].SHA256) != 64 {
		t.Errorf("files %+v, want the one secrecy table with 2 rows", files)
	}
	if !tb.IsSecrecyJurisdiction("JE") || tb.IsSecrecyJurisdiction("KY") {
		t.Error("the folder's secrecy table did not replace the embedded one")
	}
	if len(Default().Files()) != 0 {
		t.Errorf("the embedded tables list files: %+v", Default().Files())
	}
	for name, bad := range map[string]string{
		"secrecy_jurisdictions.csv": "edition,rank,jurisdiction,iso_alpha2\n2025,1,United Kingdom\n",
		"flags_of_convenience.csv":  "register,iso_alpha2\nPanama,Panama\n",
		"aliases.csv":               "alias,alpha2\nBlighty\n",
	} {
		bdir := t.TempDir()
		if err := os.WriteFile(filepath.Join(bdir, name), []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadDir(bdir)
		if err == nil || !strings.Contains(err.Error(), name+", row 2") {
			t.Errorf("%s with a bad row: error %v, want one naming the table and row 2", name, err)
		}
	}
	if _, err := LoadDir(filepath.Join(dir, "secrecy_jurisdictions.csv")); err == nil || !strings.Contains(err.Error(), "not a folder") {
		t.Errorf("a file as the folder: %v", err)
	}
}

// TestListings: the rows behind a listing are cited: the embedded table's
// with what it is compiled from, a folder's with its file; each row with
// its number (the header is row 1) and the other columns as text.
func TestListings(t *testing.T) {
	ls := Default().SecrecyListings("pa")
	if len(ls) == 0 || ls[0].Path != "" || !strings.Contains(ls[0].Source, "Financial Secrecy Index") || ls[0].Row < 2 ||
		!strings.Contains(ls[0].Text, "jurisdiction Panama, iso_alpha2 PA") {
		t.Errorf("embedded secrecy listings of PA: %+v", ls)
	}
	if f := Default().FlagOfConvenienceListings("LR"); len(f) == 0 || !strings.Contains(f[0].Text, "register Liberia") {
		t.Errorf("embedded FoC listings of LR: %+v", f)
	}
	if m := Default().MIDListings("636"); len(m) != 1 || !strings.Contains(m[0].Text, "mid 636, alpha2 LR") {
		t.Errorf("embedded MID listing of 636: %+v", m)
	}
	if f := Default().FlagOfConvenienceListings("FR"); len(f) != 0 {
		t.Errorf("France's second register made the whole flag a listing: %+v", f)
	}
	dir := t.TempDir()
	body := "edition,rank,jurisdiction,iso_alpha2\nour policy 2026,1,British Virgin Islands,VG\n"
	if err := os.WriteFile(filepath.Join(dir, "secrecy_jurisdictions.csv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	tb, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := Listing{Table: "secrecy_jurisdictions.csv", Path: filepath.Join(dir, "secrecy_jurisdictions.csv"), Row: 2,
		Text: "edition our policy 2026, rank 1, jurisdiction British Virgin Islands, iso_alpha2 VG"}
	if ls := tb.SecrecyListings("VG"); len(ls) != 1 || ls[0] != want {
		t.Errorf("folder's secrecy listings of VG: %+v, want %+v", ls, want)
	}
	if ls := tb.SecrecyListings("PA"); len(ls) != 0 {
		t.Errorf("PA listed by a folder table that does not name it: %+v", ls)
	}
	// A row is the line it is on, as a spreadsheet numbers it: blank lines
	// and a field over two lines count.
	body = "edition,rank,jurisdiction,iso_alpha2\n\n2026,1,\"Jersey,\nBailiwick of\",JE\n2026,2,Guernsey,GG\n2026,3,Isle of Man\n"
	if err := os.WriteFile(filepath.Join(dir, "secrecy_jurisdictions.csv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), "secrecy_jurisdictions.csv, row 6:") {
		t.Errorf("a bad row on line 6: %v", err)
	}
	body = strings.TrimSuffix(body, "2026,3,Isle of Man\n")
	if err := os.WriteFile(filepath.Join(dir, "secrecy_jurisdictions.csv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	if tb, err = LoadDir(dir); err != nil {
		t.Fatal(err)
	}
	if je, gg := tb.SecrecyListings("JE"), tb.SecrecyListings("GG"); len(je) != 1 || je[0].Row != 3 || len(gg) != 1 || gg[0].Row != 5 {
		t.Errorf("listings JE %+v, GG %+v: want rows 3 and 5", je, gg)
	}
}

// TestEmbeddedFile: an embedded table described as a report input: its
// embedded: path, the sha256 of the bytes EmbeddedTable gives, its data
// rows (the header not counted) and what it is compiled from; a name the
// tool does not embed is none.
func TestEmbeddedFile(t *testing.T) {
	for _, name := range TableNames() {
		f, ok := EmbeddedFile(name)
		b, bok := EmbeddedTable(EmbeddedPrefix + name)
		if !ok || !bok || f.Name != name || f.Path != EmbeddedPrefix+name || f.SHA256 != fmt.Sprintf("%x", sha256.Sum256(b)) || f.Source == "" {
			t.Errorf("EmbeddedFile(%s) = %+v, %v", name, f, ok)
		}
	}
	if f, _ := EmbeddedFile("secrecy_jurisdictions.csv"); f.Rows != 25 || !strings.Contains(f.Source, "Financial Secrecy Index 2022") {
		t.Errorf("secrecy table %+v, want 25 rows of the Financial Secrecy Index", f)
	}
	for _, name := range []string{"nosuch.csv", "SOURCES.md", "../refdata.go", EmbeddedPrefix} {
		if _, ok := EmbeddedTable(name); ok {
			t.Errorf("EmbeddedTable(%q) found a table", name)
		}
		if _, ok := EmbeddedFile(name); ok {
			t.Errorf("EmbeddedFile(%q) found a table", name)
		}
	}
}

func TestNumericCountry(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
		ok   bool
	}{
		{430, "LR", true}, {584, "MH", true}, {591, "PA", true}, {344, "HK", true}, {578, "NO", true},
		{4, "AF", true}, {826, "GB", true}, {0, "", false}, {999, "", false}, {65535, "", false}, {-1, "", false},
	} {
		got, ok := NumericCountry(tc.n)
		if got != tc.want || ok != tc.ok {
			t.Errorf("NumericCountry(%d) = %q, %v; want %q, %v", tc.n, got, ok, tc.want, tc.ok)
		}
	}
	// A folder's countries.csv without the numeric column still loads; it
	// knows no numeric code.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "countries.csv"), []byte("alpha2,alpha3,name\nLR,LBR,Liberia\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tab, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if a2, ok := tab.NumericCountry(430); ok {
		t.Errorf("a table without numeric codes gave %s for 430", a2)
	}
	if err := os.WriteFile(filepath.Join(dir, "countries.csv"), []byte("alpha2,alpha3,name,other_names,numeric\nLR,LBR,Liberia,,43x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadDir(dir); err == nil || !strings.Contains(err.Error(), "row 2") {
		t.Errorf("a bad numeric code: err %v, want one naming row 2", err)
	}
}

// TestCountriesEndingIn: an adjective two countries share is none, and
// CountriesEndingIn names the countries it may stand for, for the message.
func TestCountriesEndingIn(t *testing.T) {
	tables := Default()
	tests := []struct {
		in   string
		want []string
	}{
		{"Korean", []string{"KP", "KR"}},
		{"korean", []string{"KP", "KR"}},
		{"Swedish", nil},      // a country's own adjective names it (CountryCode) and ends no other
		{"Narnian", nil},      // no country
		{"rean", nil},         // too short to tell
		{"South Korean", nil}, // one country
	}
	for _, tt := range tests {
		if got := tables.CountriesEndingIn(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("CountriesEndingIn(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
