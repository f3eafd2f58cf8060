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
