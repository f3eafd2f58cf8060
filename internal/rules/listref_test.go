package rules

import (
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestListedEntryWording: a finding names a list entry the way the
// sanctions package refers to it (sanctions.Entry.Ref): "OFAC SDN entry 1
// NAME", and for a plain address list "address list eth.txt, row 11",
// without a blank where the row gives no name.
func TestListedEntryWording(t *testing.T) {
	for _, c := range []struct {
		entry sanctions.Entry
		want  string
	}{
		{sanctions.Entry{List: "OFAC SDN", EntryID: "27307", Name: "LAZARUS GROUP", Addresses: []string{w1}},
			"is on OFAC SDN entry 27307 LAZARUS GROUP"},
		{sanctions.Entry{List: sanctions.ListAddresses + " eth.txt", EntryID: "row 11", Addresses: []string{w1}},
			"is on address list eth.txt, row 11"},
	} {
		w := quiet()
		w.list(c.entry)
		res := w.run()
		found := false
		for _, f := range res.Findings {
			if f.Rule != RuleSancWallet {
				continue
			}
			found = true
			if !strings.Contains(f.Message, c.want) || strings.HasSuffix(f.Message, " ") || strings.Contains(f.Message, "entry row") {
				t.Errorf("message %q, want it to contain %q", f.Message, c.want)
			}
		}
		if !found {
			t.Errorf("%s: no SANC-WALLET finding; findings %v", c.entry.List, summary(res))
		}
	}
}

// TestHoldingSourceNamesExport: a path's token-balance edge cites where the
// balance was read; a transfer export has no chain id, so it is named
// instead of "chain 0".
func TestHoldingSourceNamesExport(t *testing.T) {
	for _, c := range []struct {
		source, endpoint string
		chainID          uint64
		want             string
	}{
		{"embedded", "", 1337, "chain 1337, block "},
		{"transfers", "/data/exports/tx.csv", 0, "transfers tx.csv up to block "},
	} {
		w := quiet()
		w.snap.Source, w.snap.Endpoint, w.snap.ChainID = c.source, c.endpoint, c.chainID
		res := w.run()
		found := false
		for _, p := range res.Paths {
			for _, s := range p.Steps {
				if strings.Contains(s.Source, "balance") {
					found = true
					if !strings.HasPrefix(s.Source, c.want) {
						t.Errorf("%s: balance edge cites %q, want it to start %q", c.source, s.Source, c.want)
					}
				}
			}
		}
		if !found {
			t.Errorf("%s: no path with a token-balance edge", c.source)
		}
	}
}
