package rules

import (
	"fmt"
	"math/big"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// exportWorld is the quiet world with its token read from a transfer
// export: no name, no symbol, no deployment transaction; a large transfer
// without a hash, another with one, a mint without a date, and a flag
// change 45 days after the first mint, so that CONTRACT-MINT and
// VESSEL-CHANGE-NEAR-TOKEN both name the token; an MMSI of Panama, a
// former flag whose row has no end date (VESSEL-MMSI-FLAG).
func exportWorld() *world {
	w := quiet()
	w.snap.Source, w.snap.Endpoint, w.snap.ChainID = "transfers", "/in/tx.csv", 0
	t := w.token()
	t.Name, t.Symbol, t.DeployTx = "", "", ""
	t.DeployIsFirstMint = true // as the export reader sets it
	t.Transfers = []chain.Transfer{
		{Block: 20, Time: deployed.Add(10 * 24 * time.Hour), From: w1, To: w2, Amount: big.NewInt(100)},
		{Block: 21, Time: deployed.Add(11 * 24 * time.Hour), TxHash: "0x" + strings.Repeat("ab", 32), From: w2, To: w3, Amount: big.NewInt(100)},
	}
	t.Mints = []chain.Transfer{{Block: 90, To: w4, Amount: big.NewInt(1)}}
	w.reg.Vessels[0].MMSI = "352000001" // VESSEL-MMSI-FLAG: a Panama MID, and PA in the history without an end date
	w.reg.History = append(w.reg.History,
		registry.VesselChange{IMO: imo1, Field: "flag", Value: "NO", From: deployed.AddDate(-5, 0, 0), Origin: at("vessel_history", 2)},
		registry.VesselChange{IMO: imo1, Field: "flag", Value: "PA", From: deployed.Add(45 * 24 * time.Hour), Origin: at("vessel_history", 3)})
	return w
}

// gapRE finds what a blank name, symbol, hash or date leaves in a text:
// two spaces, empty brackets, a "tx" with nothing after it, the zero date.
var gapRE = regexp.MustCompile(`  |\(\s*\)|\btx\s*(,|;|\)|$)|0001-01-01| $`)

// TestTextsWithoutSymbol: a token without name or symbol (a transfer
// export) is named by its address, an amount never lacks its unit, a
// missing transaction hash or date is left out, in every finding's
// message and evidence and every path step's source.
func TestTextsWithoutSymbol(t *testing.T) {
	res := exportWorld().run()
	var texts []string
	for _, f := range res.Findings {
		texts = append(texts, f.Rule+" message: "+f.Message)
		for _, ev := range f.Evidence {
			texts = append(texts, f.Rule+" evidence: "+ev.Text)
		}
	}
	for _, p := range res.Paths {
		for _, s := range p.Steps {
			texts = append(texts, "path step: "+s.Source)
		}
	}
	for _, s := range texts {
		if m := gapRE.FindString(s); m != "" {
			t.Errorf("%q in %s", m, s)
		}
	}
	if f := finding(res, RuleVesselMMSIFlag, vessel(imo1)); f == nil || !strings.Contains(f.Message, "(PA was its flag)") {
		t.Errorf("VESSEL-MMSI-FLAG: %+v", f)
	}
	near := finding(res, RuleVesselChangeNearToken, vessel(imo1))
	mint := finding(res, RuleContractMint, token(tok))
	if near == nil || mint == nil {
		t.Fatalf("want VESSEL-CHANGE-NEAR-TOKEN and CONTRACT-MINT; got %v", summary(res))
	}
	var all, messages []string
	for _, f := range res.Findings {
		if f.Rule == RuleVesselChangeNearToken {
			all = append(all, evidenceTexts(f)...)
			messages = append(messages, f.Message)
		}
	}
	if want := "45 days after " + tok + " was first minted (2024-03-01)"; !containsPart(messages, want) {
		t.Errorf("near-token messages %q lack %q", messages, want)
	}
	for _, want := range []string{
		"100 tokens of " + tok + " moved " + w1 + " to " + w2 + " (10% of supply) on 2024-03-11, block 20 [",
		"tx 0x" + strings.Repeat("ab", 32),
	} {
		if !containsPart(all, want) {
			t.Errorf("near-token evidence lacks %q: %q", want, all)
		}
	}
	if ev := evidenceTexts(*mint); !containsPart(ev, "1 token of "+tok+" minted to "+w4+", block 90") {
		t.Errorf("mint evidence %q", ev)
	}
}

func containsPart(texts []string, part string) bool {
	for _, s := range texts {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// mints are n mints of 10 base units to w1, one a day from the given day
// after deployment, in blocks from 50.
func mints(from, n int) []chain.Transfer {
	var out []chain.Transfer
	for i := 0; i < n; i++ {
		out = append(out, chain.Transfer{Block: uint64(50 + from + i), Time: deployed.Add(time.Duration(from+i) * 24 * time.Hour),
			TxHash: fmt.Sprintf("0x%064x", from+i), From: zeroAddress, To: w1, Amount: big.NewInt(10)})
	}
	return out
}

// TestMintAfterInitialDistribution: mints within the window after
// deployment are the initial distribution (a token issued over several
// blocks does not fire); a later one fires, citing itself; without dates
// every mint after the first block that minted counts, and the message
// says so; the window is an option.
func TestMintAfterInitialDistribution(t *testing.T) {
	cases := []struct {
		name   string
		mints  []chain.Transfer
		window time.Duration
		fires  bool
		want   []string
		move   *chain.Transfer // the first move between holders
	}{
		{"issued over several blocks within 30 days", mints(1, 20), 0, false, nil, nil},
		{"issued on day 30", mints(30, 1), 0, false, nil, nil},
		{"minted on day 40", append(mints(1, 3), mints(40, 1)...), 0, true,
			[]string{"1 mint of 10 SEA after the initial distribution (the mints up to 30 days after its deployment on 2024-03-01)"}, nil},
		{"two on days 40 and 41", mints(40, 2), 0, true, []string{"2 mints of 20 SEA in all after the initial distribution"}, nil},
		{"day 40 within a 60-day window", mints(40, 1), 60 * 24 * time.Hour, false, nil, nil},
		{"undated", []chain.Transfer{{Block: 60, TxHash: "0xmint", To: w1, Amount: big.NewInt(10)}}, 0, true,
			[]string{"1 mint of 10 SEA after the initial distribution (the first block that minted; the dates of the mints are not known"}, nil},
		// the token moving between holders ends the distribution, within
		// the window too, and is cited
		{"within 30 days, after the token moved between holders", mints(1, 3), 0, true,
			[]string{"1 mint of 10 SEA after the initial distribution (the mints up to 30 days after its deployment on 2024-03-01 and before its first transfer other than a mint or burn, in block 52, from " + w1 + ")"},
			&chain.Transfer{Block: 52, TxHash: "0xmove", From: w1, To: w2, Amount: big.NewInt(5)}},
		{"undated, after the token moved between holders", []chain.Transfer{{Block: 60, TxHash: "0xmint", To: w1, Amount: big.NewInt(10)}}, 0, true,
			[]string{"(the mints before its first transfer other than a mint or burn, in block 55, from " + w1 + "; the dates of the mints are not known)"},
			&chain.Transfer{Block: 55, TxHash: "0xmove", From: w1, To: w2, Amount: big.NewInt(5)}},
		{"undated, before the token moved between holders", []chain.Transfer{{Block: 60, TxHash: "0xmint", To: w1, Amount: big.NewInt(10)}}, 0, false, nil,
			&chain.Transfer{Block: 70, TxHash: "0xmove", From: w1, To: w2, Amount: big.NewInt(5)}},
	}
	for _, c := range cases {
		w := quiet()
		w.token().Mints = c.mints
		w.token().FirstMove = c.move
		opts := DefaultOptions()
		opts.InitialDistributionWindow = c.window
		res := Evaluate(Facts{Snapshot: w.snap, Registry: w.reg, Reference: w.ref}, opts)
		f := finding(res, RuleContractMint, token(tok))
		if (f != nil) != c.fires {
			t.Errorf("%s: CONTRACT-MINT fired %v, want %v", c.name, f != nil, c.fires)
			continue
		}
		if f == nil {
			continue
		}
		for _, want := range c.want {
			if !strings.Contains(f.Message, want) {
				t.Errorf("%s: message %q lacks %q", c.name, f.Message, want)
			}
		}
		moveCited := false
		for _, ev := range f.Evidence {
			if c.move != nil && ev.Fact == report.FactTransfer && ev.Block == c.move.Block && ev.TxHash == c.move.TxHash {
				moveCited = true
				continue
			}
			if ev.Fact != report.FactMint || c.move == nil && ev.Block < 60 && ev.Block != 0 {
				t.Errorf("%s: evidence %+v, want only the mints after the window", c.name, ev)
			}
		}
		if c.move != nil && !moveCited {
			t.Errorf("%s: the first move between holders is not cited: %+v", c.name, f.Evidence)
		}
	}
}

// TestMintEvidenceCapped: a thousand later mints are one finding citing
// the first and last mintsCited, with a note counting and summing the
// others and naming their blocks.
func TestMintEvidenceCapped(t *testing.T) {
	w := quiet()
	w.token().Mints = mints(40, 1000)
	f := finding(w.run(), RuleContractMint, token(tok))
	if f == nil {
		t.Fatal("no CONTRACT-MINT")
	}
	if want := "1000 mints of 10000 SEA in all after the initial distribution"; !strings.Contains(f.Message, want) {
		t.Errorf("message %q lacks %q", f.Message, want)
	}
	var blocks []uint64
	var notes []string
	for _, ev := range f.Evidence {
		switch {
		case ev.Kind == "note":
			notes = append(notes, ev.Text)
		case ev.Fact == report.FactMint && ev.TxHash != "":
			blocks = append(blocks, ev.Block)
		default:
			t.Errorf("unexpected evidence %+v", ev)
		}
	}
	want := []uint64{90, 91, 92, 93, 94, 1085, 1086, 1087, 1088, 1089}
	if fmt.Sprint(blocks) != fmt.Sprint(want) {
		t.Errorf("mints cited at blocks %v, want %v", blocks, want)
	}
	wantNote := "1000 mints after the initial distribution, 10000 SEA in all: the first 5 and the last 5 are cited; the 990 other mints between, 9900 SEA, are the token's Transfer events from the zero address in blocks 95 to 1084"
	if len(notes) != 1 || notes[0] != wantNote {
		t.Errorf("notes %q, want [%q]", notes, wantNote)
	}
	if f.Evidence[mintsCited].Kind != "note" {
		t.Errorf("the note is not between the first and last mints: %+v", f.Evidence[mintsCited])
	}
}

// flagRows gives imo1 a flag history of (value, date) pairs, a zero date
// for "".
func flagRows(w *world, rows ...string) {
	for i := 0; i+1 < len(rows); i += 2 {
		var from time.Time
		if rows[i+1] != "" {
			from, _ = time.Parse("2006-01-02", rows[i+1])
		}
		w.reg.History = append(w.reg.History, registry.VesselChange{IMO: imo1, Field: "flag", Value: rows[i], From: from, Origin: at("vessel_history", 2+i/2)})
	}
}

// TestFlagChangesByCountry: a flag written as a name or a code is one
// flag, so a change of spelling is no change (VESSEL-FLAG-HOPPING, and
// VESSEL-CHANGE-NEAR-TOKEN); real changes still count and are shown as
// codes.
func TestFlagChangesByCountry(t *testing.T) {
	w := quiet()
	flagRows(w, "Panama", "2019-01-01", "PA", "2022-01-01", "MH", "2023-12-01")
	res := w.run()
	if f := finding(res, RuleVesselFlagHopping, vessel(imo1)); f != nil {
		t.Errorf("Panama -> PA -> MH fired: %s", f.Message)
	}

	w = quiet()
	flagRows(w, "Panama", "2019-01-01", "Liberia", "2022-01-01", "pa", "2022-06-01", "Marshall Islands", "2023-12-01")
	f := finding(w.run(), RuleVesselFlagHopping, vessel(imo1))
	if f == nil {
		t.Fatal("Panama -> Liberia -> PA -> Marshall Islands did not fire")
	}
	if want := "flag changed 3 times, at least twice within 36 months: PA → LR (2022-01-01) → PA (2022-06-01) → MH (2023-12-01)"; !strings.Contains(f.Message, want) {
		t.Errorf("message %q lacks %q", f.Message, want)
	}

	// a spelling change 10 days after deployment is no change near the token
	w = quiet()
	flagRows(w, "NO", "2010-01-01", "Norway", deployed.Add(10*24*time.Hour).Format("2006-01-02"))
	if f := finding(w.run(), RuleVesselChangeNearToken, vessel(imo1)); f != nil {
		t.Errorf("a spelling change fired: %s", f.Message)
	}
	w = quiet()
	flagRows(w, "NO", "2010-01-01", "Panama", deployed.Add(10*24*time.Hour).Format("2006-01-02"))
	if f := finding(w.run(), RuleVesselChangeNearToken, vessel(imo1)); f == nil || !strings.Contains(f.Message, "flag changed NO → PA on 2024-03-11") {
		t.Errorf("a real change near the token: %+v", f)
	}
}

// TestUndatedHistoryRowsAreSaid: a tokenised vessel's history row without
// a start date is an INPUT-ROW finding citing the row, saying how the
// rules took it; not when its date was already reported unreadable, nor
// for a vessel no token claims. A hopping finding cites it "from an
// unknown date".
func TestUndatedHistoryRowsAreSaid(t *testing.T) {
	w := quiet()
	flagRows(w, "KH", "", "TG", "2021-08-03", "LR", "2023-06-12", "PA", "")
	w.reg.History = append(w.reg.History,
		registry.VesselChange{IMO: imo2, Field: "flag", Value: "PA", Origin: at("vessel_history", 9)},
		registry.VesselChange{IMO: imo1, Field: "registered_owner", Value: "C-OWN", Origin: at("vessel_history", 10)})
	w.reg.Problems = append(w.reg.Problems, registry.Problem{Origin: registry.Origin{File: "reg.xlsx", Sheet: "vessel_history", Row: 5, Column: "from"}, Reason: `"soon" is not a date`})
	res := w.run()
	input := map[string]*report.Finding{}
	for i, f := range res.Findings {
		if f.Rule == RuleInputRow {
			input[f.Subject.ID] = &res.Findings[i]
		}
	}
	kh := input["reg.xlsx:vessel_history:2"]
	if kh == nil {
		t.Fatalf("no INPUT-ROW for the undated KH row; findings %v", summary(res))
	}
	for _, want := range []string{"reg.xlsx, sheet vessel_history, row 2", "the flag history row of SEA ONE (9074729) (KH) has no start date ('from')",
		"VESSEL-FLAG-HOPPING takes it as older than every dated flag row", "VESSEL-CHANGE-NEAR-TOKEN cannot compare it"} {
		if !strings.Contains(kh.Message, want) {
			t.Errorf("message %q lacks %q", kh.Message, want)
		}
	}
	if len(kh.Evidence) != 1 || kh.Evidence[0].Row != 2 || kh.Evidence[0].Column != "" || kh.Evidence[0].Sheet != "vessel_history" {
		t.Errorf("evidence %+v, want the row cited", kh.Evidence)
	}
	if input["reg.xlsx:vessel_history:10"] == nil {
		t.Error("no INPUT-ROW for the undated registered_owner row")
	}
	if f := input["reg.xlsx:vessel_history:5"]; f == nil || strings.Contains(f.Message, "no start date") {
		t.Errorf("row 5: want only the unreadable-date finding, got %+v", f)
	}
	if input["reg.xlsx:vessel_history:9"] != nil {
		t.Error("INPUT-ROW for a vessel no token claims")
	}
	hop := finding(res, RuleVesselFlagHopping, vessel(imo1))
	if hop == nil {
		t.Fatal("KH (undated) -> TG -> LR did not fire")
	}
	if !containsPart(evidenceTexts(*hop), "SEA ONE flag KH from an unknown date [") {
		t.Errorf("hopping evidence %q", evidenceTexts(*hop))
	}
}

// TestNoTimesNoted: an export without transfer times says in the notes
// which rules could not use them; one with times says nothing of it.
func TestNoTimesNoted(t *testing.T) {
	for _, noTimes := range []bool{true, false} {
		w := quiet()
		w.snap.Source, w.snap.Endpoint = "transfers", "/in/tx.csv"
		w.snap.Export = &chain.TransferStats{NoTimes: noTimes}
		noted := false
		for _, n := range w.run().Notes {
			noted = noted || strings.Contains(n, "/in/tx.csv: the export gives no transfer times: VESSEL-CHANGE-NEAR-TOKEN")
		}
		if noted != noTimes {
			t.Errorf("NoTimes %v: noted %v", noTimes, noted)
		}
	}
}

// TestIDConflictsAreLedgerMismatches: an ERC-721 export row minting a held
// id or moving an id from an address not holding it is a
// HOLDER-LEDGER-MISMATCH citing the row, as a negative balance is; more
// than were listed are counted in a note.
func TestIDConflictsAreLedgerMismatches(t *testing.T) {
	w := quiet()
	w.snap.Source, w.snap.Endpoint = "transfers", "/in/nft.csv"
	w.snap.Export = &chain.TransferStats{IDConflictCount: 5, IDConflicts: []chain.IDConflict{
		{Token: tok, ID: "1", Block: 120, Row: 7, Holder: w2},
		{Token: tok, ID: "2", Block: 130, Row: 9, From: w3},
	}}
	res := w.run()
	var msgs []string
	for _, f := range res.Findings {
		if f.Rule == RuleHolderLedgerMismatch {
			msgs = append(msgs, f.Message)
			if len(f.Evidence) != 1 || f.Evidence[0].File != "/in/nft.csv" || f.Evidence[0].Row != 7 && f.Evidence[0].Row != 9 {
				t.Errorf("evidence %+v, want the export's row", f.Evidence)
			}
		}
	}
	want := []string{"mints id 1, which " + w2 + " already holds (block 120)", "moves id 2 from " + w3 + ", but nobody holds it (block 130)"}
	if len(msgs) != 2 {
		t.Fatalf("%d HOLDER-LEDGER-MISMATCH findings, want 2: %q", len(msgs), msgs)
	}
	for _, s := range want {
		if !strings.Contains(strings.Join(msgs, "\n"), s) {
			t.Errorf("no finding says %q: %q", s, msgs)
		}
	}
	noted := false
	for _, n := range res.Notes {
		noted = noted || strings.Contains(n, "5 rows mint an id already held or move an id from an address not holding it; the first 2")
	}
	if !noted {
		t.Errorf("notes %q do not count the conflicts not listed", res.Notes)
	}
}
