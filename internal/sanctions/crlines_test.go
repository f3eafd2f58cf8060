package sanctions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCROnlyLineEnds: a CSV list whose lines end in a carriage return
// alone (Excel's "CSV (Macintosh)") is refused with a message saying so,
// whatever its first line looks like, instead of being read as one line
// (format not recognised, or an address list of one garbled row); the
// same list with CRLF line ends loads.
func TestCROnlyLineEnds(t *testing.T) {
	dir := t.TempDir()
	rows := []string{"address,name", "0x098b716b8aaf21512996dc57eb0615e2383e2f96,LAZARUS GROUP", "0x7f367cc41522ce07553e823bf3be79a889debe1b,OTHER"}
	sdn := []string{`36,"AEROCARIBBEAN AIRLINES",-0-,"CUBA",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-`, `173,"ANGLO-CARIBBEAN CO., LTD.",-0-,"CUBA",-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-`}
	for _, c := range []struct {
		name string
		rows []string
	}{{"wallets.csv", rows}, {"sdn.csv", sdn}} {
		cr := filepath.Join(dir, "cr-"+c.name)
		if err := os.WriteFile(cr, []byte(strings.Join(c.rows, "\r")+"\r"), 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err := Load([]string{cr}, Options{})
		if err == nil || !strings.Contains(err.Error(), cr) || !strings.Contains(err.Error(), "carriage return alone") {
			t.Errorf("%s with CR line ends: %v, want an error naming the file and its line ends", c.name, err)
		}
		crlf := filepath.Join(dir, "crlf-"+c.name)
		if err := os.WriteFile(crlf, []byte(strings.Join(c.rows, "\r\n")+"\r\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if ix, _, err := Load([]string{crlf}, Options{}); err != nil || len(ix.Entries()) != len(c.rows)-strings.Count(c.rows[0], "address") {
			t.Errorf("%s with CRLF line ends: %v", c.name, err)
		}
	}
}
