package generate

import (
	"bytes"
	"testing"

	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestOpenSanctionsLoad writes 3,000 rows and loads them: one entry a row,
// in order, with vessels' IMOs, wallets' addresses and datasets read back,
// and a listed name finding its entry.
func TestOpenSanctionsLoad(t *testing.T) {
	var buf bytes.Buffer
	listed, err := WriteOpenSanctions(&buf, SanctionsConfig{Seed: 3, Entries: 3000})
	if err != nil {
		t.Fatal(err)
	}
	if f := sanctions.DetectFormat(buf.Bytes()); f != sanctions.FormatOpenSanction {
		t.Fatalf("format %q", f)
	}
	ix, sources, err := sanctions.LoadBytes("targets.simple.csv", buf.Bytes(), sanctions.DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.Entries()) != 3000 || len(listed) != 3000 || sources[0].Entries != 3000 {
		t.Fatalf("%d entries loaded, %d listed, want 3000", len(ix.Entries()), len(listed))
	}
	imos, addrs, withDatasets := 0, 0, 0
	for i, e := range ix.Entries() {
		if e.Name != listed[i].Name || e.Type != listed[i].Type {
			t.Fatalf("row %d: entry %q %s, written %q %s", i+2, e.Name, e.Type, listed[i].Name, listed[i].Type)
		}
		imos += len(e.IMOs)
		addrs += len(e.Addresses)
		if len(e.Datasets) > 0 {
			withDatasets++
		}
	}
	if imos < 50 || addrs < 3 || withDatasets != 3000 {
		t.Errorf("%d vessel IMOs, %d wallet addresses, %d entries with datasets read back", imos, addrs, withDatasets)
	}
	q := listed[2999]
	found := false
	for _, m := range ix.Name(sanctions.Query{Name: q.Name}) {
		found = found || m.Entry.Name == q.Name
	}
	if !found {
		t.Errorf("listed name %q not found", q.Name)
	}
}
