package sanctions

import (
	"os"
	"path/filepath"
	"testing"
)

// TestListDatesPerFile: lists that carry no publication date, published on
// different days, are each cited with their own date (Options.ListDates);
// the others get Options.ListDate.
func TestListDatesPerFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	sdn := write("sdn.csv", "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96\"\r\n")
	eth := write("eth.csv", "address,name\n0x1111111111111111111111111111111111111111,Mixer One\n")
	other := write("other.csv", "address,name\n0x2222222222222222222222222222222222222222,Mixer Two\n")
	ix, sources, err := Load([]string{sdn, eth, other}, Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-01-01",
		ListDates: map[string]string{sdn: "2024-05-03", eth: "2024-09-27"}})
	if err != nil {
		t.Fatal(err)
	}
	for addr, want := range map[string]string{
		"0x098b716b8aaf21512996dc57eb0615e2383e2f96": "2024-05-03",
		"0x1111111111111111111111111111111111111111": "2024-09-27",
		"0x2222222222222222222222222222222222222222": "2024-01-01",
	} {
		m := ix.Address(addr)
		if len(m) != 1 || m[0].Entry.ListDate != want {
			t.Errorf("%s: matches %+v, want one of the list of %s", addr, m, want)
		}
	}
	got := map[string]string{}
	for _, s := range sources {
		got[s.Path] = s.ListDate
	}
	if got[sdn] != "2024-05-03" || got[eth] != "2024-09-27" || got[other] != "2024-01-01" {
		t.Errorf("sources' dates %v", got)
	}
}
