package sanctions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestListWithoutEntriesIsAnError loads lists that would screen everything
// as clean (no entries, a row cut off) and wants an error naming the file
// and, for a bad row, the row.
func TestListWithoutEntriesIsAnError(t *testing.T) {
	sdnRow := "4243,\"EBANO\",\"vessel\",\"CUBA\",-0- ,-0- ,\"General Cargo\",\"2595\",\"1865\",\"Panama\",-0- ,\"Vessel Registration Identification IMO 7406784.\"\r\n"
	tests := []struct{ name, data, want string }{
		{"wallets.csv", "address,name\n", "no row with a full 0x address"},
		{"wallets.csv", "address,name\n0x0123,bad\n", "no row with a full 0x address"},
		{"un.xml", `<?xml version="1.0"?><CONSOLIDATED_LIST dateGenerated="2025-08-02T23:00:00Z"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>`, "no INDIVIDUAL or ENTITY"},
		{"targets.simple.csv", "id,schema,name,aliases,birth_date,countries\n", "no entries below the header"},
		{"targets.simple.csv", "id,schema,name,aliases,birth_date,countries\nNK-1,Person,\"KIM, Jong Un\",,1984,kp\nNK-2,Person,\"KIM", "row 3"},
		{"sdn.csv", sdnRow + "27307,\"LAZARUS GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Digital Currency Address - ETH 0x098B", "row 2: the row ends inside a quoted field"},
		{"sdn.csv", sdnRow + "27307,\"LAZARUS GROUP\",-0- ,\"DPRK3\"", "row 2: not an SDN row (4 fields"},
		{"sdn.csv", sdnRow + "27307,\"LAZARUS GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,extra\r\n", "row 2: not an SDN row (13 fields"},
	}
	for _, tt := range tests {
		dir := t.TempDir()
		p := filepath.Join(dir, tt.name)
		if err := os.WriteFile(p, []byte(tt.data), 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err := Load([]string{p}, DefaultOptions)
		if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Load(%s %.60q) error = %v, want one naming the file and %q", tt.name, tt.data, err, tt.want)
		}
		if _, _, err := LoadBytes(tt.name, []byte(tt.data), DefaultOptions); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadBytes(%s %.60q) error = %v, want %q", tt.name, tt.data, err, tt.want)
		}
	}
}

// TestSkippedWalletRowsWarn loads an address list with a row that is not a
// full address: the row is skipped and named in a warning.
func TestSkippedWalletRowsWarn(t *testing.T) {
	_, sources, err := LoadBytes("wallets.csv", []byte(walletSeed), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(sources[0].Warnings) != 1 || !strings.Contains(sources[0].Warnings[0], "wallets.csv: 1 rows without a full 0x address skipped (rows 3)") {
		t.Errorf("warnings = %q", sources[0].Warnings)
	}
}

// TestSDNWithoutAuxWarns loads an sdn.csv with no add/alt/comments files
// beside it: its Source warns that aliases and countries are not loaded,
// and that a Remarks cut at 1000 characters is not continued. Given with
// their own paths in the same call, the files are merged and the
// warnings go.
func TestSDNWithoutAuxWarns(t *testing.T) {
	dir, auxDir := t.TempDir(), t.TempDir()
	long := strings.Repeat("x", 990) + "; DOB 1961"
	sdn := filepath.Join(dir, "sdn.csv")
	os.WriteFile(sdn, []byte("36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\""+long+"\"\r\n"), 0o644)
	os.WriteFile(filepath.Join(auxDir, "alt.csv"), []byte("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \r\n"), 0o644)
	os.WriteFile(filepath.Join(auxDir, "add.csv"), []byte("36,25,-0- ,\"Havana\",\"Cuba\",-0- \r\n"), 0o644)
	os.WriteFile(filepath.Join(auxDir, "sdn_comments.csv"), []byte("36,\"x; a.k.a. 'AC'\"\r\n"), 0o644)

	_, sources, err := Load([]string{sdn}, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	w := strings.Join(sources[0].Warnings, "\n")
	for _, want := range []string{
		sdn + ": no alt.csv beside sdn.csv: aliases not loaded; pass alt.csv with its own --sanctions",
		"no add.csv beside sdn.csv: countries of addresses not loaded",
		"no sdn_comments.csv beside sdn.csv: 1 Remarks cut at 1000 characters",
	} {
		if !strings.Contains(w, want) {
			t.Errorf("warnings %q, want %q", w, want)
		}
	}

	paths := []string{filepath.Join(auxDir, "alt.csv"), sdn, filepath.Join(auxDir, "add.csv"), filepath.Join(auxDir, "sdn_comments.csv")}
	ix, sources, err := Load(paths, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sources {
		if len(s.Warnings) > 0 {
			t.Errorf("%s: warnings %q with every file given", s.Path, s.Warnings)
		}
	}
	e := ix.Entries()[0]
	if !contains(e.Aliases, "AERO-CARIBBEAN") || !contains(e.Countries, "CU") || !contains(e.Weak, "AC") {
		t.Errorf("entry = %+v, want the alias, country and weak alias of alt, add and comments", e)
	}
}
