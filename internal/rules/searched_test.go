package rules

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// searchedWith runs the quiet world with its wallets read by the registry
// loader from a wallets.csv of the given data rows (after a header row),
// w1 among none of them, and returns the CSV's path and the text of
// HOLDER-UNIDENTIFIED's searched citation of the CSV, with the INPUT-ROW
// findings' subjects.
func searchedWith(t *testing.T, header string, rows []string, opts registry.Options) (string, string, []string) {
	t.Helper()
	dir := t.TempDir()
	people := filepath.Join(dir, "people.csv")
	wallets := filepath.Join(dir, "wallets.csv")
	if err := os.WriteFile(people, []byte("person_id,name\nP2,Pia Two\nP3,Pal Three\nP4,Pim Four\nP5,Pat Five\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(wallets, []byte(header+"\n"+strings.Join(rows, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	reg, err := registry.Load([]string{people, wallets}, opts)
	if err != nil {
		t.Fatal(err)
	}
	w := quiet()
	w.reg.Wallets, w.reg.Files, w.reg.Problems = reg.Wallets, reg.Files, reg.Problems
	res := w.run()
	f := finding(res, RuleHolderUnidentified, walletSubject(w1))
	if f == nil {
		t.Fatalf("no HOLDER-UNIDENTIFIED of %s", w1)
	}
	var text string
	for _, ev := range f.Evidence {
		if ev.File == wallets && ev.Row == 0 {
			if text != "" {
				t.Errorf("two citations of %s: %q and %q", wallets, text, ev.Text)
			}
			text = ev.Text
			if ev.Sheet != "wallets.csv" || ev.Kind != "registry" {
				t.Errorf("citation %+v: want the registry sheet wallets.csv cited whole", ev)
			}
		}
	}
	var inputRows []string
	for _, f := range res.Findings {
		if f.Rule == RuleInputRow {
			inputRows = append(inputRows, f.Subject.ID)
		}
	}
	return wallets, text, inputRows
}

// TestSearchedRangeIncludesUnreadableRows: a wallets sheet's rows the
// loader could not read (each an INPUT-ROW finding) are within the rows a
// negative finding says it searched, first to last data row, and its text
// names them as unreadable; the header's problems and the empty row where
// the sheet was read no further are not data rows, and a sheet none of
// whose rows could be read is still cited.
func TestSearchedRangeIncludesUnreadableRows(t *testing.T) {
	const header = "address,holder_id,evidence"
	good := []string{w2 + ",P2,kyc", w3 + ",P3,kyc", w4 + ",P4,kyc", w5 + ",P5,kyc"}
	bad := "not-an-address,P2,kyc"
	dup := w2 + ",P3,kyc" // a duplicate wallet: not loaded
	const none = "): none names a known holder of " + w1
	for _, c := range []struct {
		name   string
		header string
		rows   []string
		opts   registry.Options
		want   string // after "searched <path>, "
		input  []string
	}{
		{"clean", header, good, registry.Options{}, "rows 2–5 (4 wallet rows read" + none, nil},
		{"last unreadable", header, append(good[:4:4], bad), registry.Options{},
			"rows 2–6 (4 wallet rows read; row 6 unreadable: see INPUT-ROW" + none, []string{"wallets.csv:wallets.csv:6"}},
		{"middle unreadable", header, []string{good[0], good[1], bad, dup, good[2], good[3]}, registry.Options{},
			"rows 2–7 (4 wallet rows read; rows 4, 5 unreadable: see INPUT-ROW" + none, []string{"wallets.csv:wallets.csv:4", "wallets.csv:wallets.csv:5"}},
		{"first unreadable", header, append([]string{bad}, good...), registry.Options{},
			"rows 2–6 (4 wallet rows read; row 2 unreadable: see INPUT-ROW" + none, []string{"wallets.csv:wallets.csv:2"}},
		{"header problem", header + ",address", good, registry.Options{},
			"rows 2–5 (4 wallet rows read" + none, []string{"wallets.csv:wallets.csv:1"}},
		{"read no further", header, append(good[:4:4], bad, ",,", ",,", w1+",P2,kyc"), registry.Options{MaxEmptyRows: 2},
			"rows 2–6 (4 wallet rows read; row 6 unreadable: see INPUT-ROW" + none, []string{"wallets.csv:wallets.csv:6", "wallets.csv:wallets.csv:8"}},
		{"none readable", header, []string{bad, "", bad, bad, bad, bad, bad, bad}, registry.Options{},
			"rows 2–9 (0 wallet rows read; rows 2, 4, 5, 6, 7 and 2 more unreadable: see INPUT-ROW" + none, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			path, got, inputs := searchedWith(t, c.header, c.rows, c.opts)
			if want := "searched " + path + ", " + c.want; got != want {
				t.Errorf("searched citation\n got %q\nwant %q", got, want)
			}
			for _, id := range c.input {
				if !strings.Contains(strings.Join(inputs, " "), id) {
					t.Errorf("no INPUT-ROW finding %s among %v", id, inputs)
				}
			}
		})
	}
}

// TestUnreadableRowsOfOtherKinds: a problem row of another kind's sheet
// (a person row that could not be read) is not named in a wallet search.
func TestUnreadableRowsOfOtherKinds(t *testing.T) {
	w := quiet()
	w.reg.Wallets = w.reg.Wallets[1:]
	w.reg.Files = []registry.File{{Path: "reg.xlsx", Sheets: []registry.Sheet{{Name: "wallets", Kind: registry.KindWallets, Rows: 5}, {Name: "people", Kind: registry.KindPeople, Rows: 8}}}}
	w.reg.Problems = []registry.Problem{{Origin: at("people", 9), Reason: "person_id is empty: the row is not loaded"}, {Origin: at("wallets", 7), Reason: "duplicate wallet"}}
	f := finding(w.run(), RuleHolderUnidentified, walletSubject(w1))
	if f == nil {
		t.Fatalf("no HOLDER-UNIDENTIFIED of %s", w1)
	}
	checkEvidence(t, f, []report.Evidence{{Kind: "registry", File: "reg.xlsx", Sheet: "wallets",
		Text: "searched reg.xlsx, sheet wallets, rows 3–7 (4 wallet rows read; row 7 unreadable: see INPUT-ROW): none names a known holder of " + w1}})
}

// BenchmarkSearchedEv times one wallet search's evidence over a sheet of
// 110,000 rows: 100,000 wallets read and, in the second case, 10,000 rows
// that could not be read (one in eleven), and prints the second's time as a
// ratio of the first's, measured in the same run:
//
//	go test ./internal/rules -run '^$' -bench SearchedEv -count 3
func BenchmarkSearchedEv(b *testing.B) {
	reg := &registry.Registry{Files: []registry.File{{Path: "big.xlsx", Sheets: []registry.Sheet{{Name: "wallets", Kind: registry.KindWallets, Rows: 110000}}}}}
	var origins, problems []registry.Origin
	for r := 2; r < 110002; r++ {
		o := registry.Origin{File: "big.xlsx", Sheet: "wallets", Row: r}
		if r%11 == 0 {
			problems = append(problems, o)
		} else {
			origins = append(origins, o)
		}
	}
	run := func(b *testing.B, probs []registry.Origin) float64 {
		reg.Problems = nil
		for _, o := range probs {
			reg.Problems = append(reg.Problems, registry.Problem{Origin: o, Reason: "address \"x\" is not 0x and 40 hex digits: the row is not loaded"})
		}
		e := newEval(Facts{Registry: reg, Snapshot: &chain.Snapshot{}}, DefaultOptions())
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if ev := e.searchedEv("wallet", origins, "names a known holder of "+w1); len(ev) != 1 {
				b.Fatalf("evidence %+v", ev)
			}
		}
		return float64(b.Elapsed().Nanoseconds()) / float64(b.N)
	}
	var base, with float64
	b.Run("read", func(b *testing.B) { base = run(b, nil) })
	b.Run("unreadable", func(b *testing.B) { with = run(b, problems) })
	if base > 0 {
		fmt.Printf("searchedEv: %.1f ms without unreadable rows, %.1f ms with 10,000: %.2fx\n", base/1e6, with/1e6, with/base)
	}
}
