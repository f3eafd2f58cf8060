package rules

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// TestHoldingEvidenceCitesLastChange: the chain evidence of a holding
// carries the transaction that last changed it, block and hash, and says
// it; a holder read from an export without hashes cites the block only,
// and one with no recorded change the snapshot's block.
func TestHoldingEvidenceCitesLastChange(t *testing.T) {
	const tx = "0x00000000000000000000000000000000000000000000000000000000000abc01"
	w := quiet()
	hs := w.token().Holders
	// w1 at 30%: HOLDER-CONCENTRATION; w2 at 10% with no known owner:
	// HOLDER-UNIDENTIFIED; w3 listed: SANC-WALLET.
	hs[0].Balance.SetInt64(300)
	hs[0].LastChangeBlock, hs[0].LastChangeTx = 42, [32]byte{29: 0x0a, 30: 0xbc, 31: 0x01}
	hs[1].Balance.SetInt64(100)
	hs[1].LastChangeBlock = 43
	w.reg.Wallets = append(w.reg.Wallets[:1:1], w.reg.Wallets[2:]...)
	w.list(sanctions.Entry{Name: "X", Addresses: []string{w3}})
	res := w.run()

	tests := []struct {
		rule, wallet string
		block        uint64
		tx, text     string
	}{
		{RuleHolderConcentration, w1, 42, tx, "holds 300 of the 1000 SEA (" + tok + ") at block 100 (30% of supply); the holding last changed in transaction " + tx + " at block 42"},
		{RuleHolderUnidentified, w2, 43, "", "holds 100 of the 1000 SEA (" + tok + ") at block 100 (10% of supply); the holding last changed at block 43 (the transfer export gives no transaction hash)"},
		{RuleSancWallet, w3, 100, "", "holds 200 of the 1000 SEA (" + tok + ") at block 100 (20% of supply)"},
	}
	for _, tc := range tests {
		var ev *report.Evidence
		for _, f := range res.Findings {
			if f.Rule != tc.rule || f.Subject != wallet(tc.wallet) {
				continue
			}
			for i := range f.Evidence {
				if f.Evidence[i].Kind == "chain" && strings.Contains(f.Evidence[i].Text, " holds ") {
					ev = &f.Evidence[i]
				}
			}
		}
		if ev == nil {
			t.Errorf("%s %s: no holding evidence among %d findings", tc.rule, tc.wallet, len(res.Findings))
			continue
		}
		if ev.Block != tc.block || ev.TxHash != tc.tx || !strings.HasSuffix(ev.Text, tc.text) {
			t.Errorf("%s %s: evidence block %d tx %q text %q\nwant block %d tx %q text ending %q", tc.rule, tc.wallet, ev.Block, ev.TxHash, ev.Text, tc.block, tc.tx, tc.text)
		}
	}
}

// TestConcentrationFingerprintKeepsLevelOut: a holder moving from one
// concentration level to another is the same HOLDER-CONCENTRATION finding
// (same fingerprint, new message), and a person found both through wallets
// held directly and looking through companies gets one finding, at the
// higher level.
func TestConcentrationFingerprintKeepsLevelOut(t *testing.T) {
	find := func(res Result, subj report.Subject) []report.Finding {
		var out []report.Finding
		for _, f := range res.Findings {
			if f.Rule == RuleHolderConcentration && f.Subject == subj {
				out = append(out, f)
			}
		}
		return out
	}
	w := quiet()
	w.token().Holders[0].Balance.SetInt64(300)
	before := find(w.run(), wallet(w1))
	w.token().Holders[0].Balance.SetInt64(550)
	after := find(w.run(), wallet(w1))
	if len(before) != 1 || len(after) != 1 {
		t.Fatalf("findings on w1: %d at 30%%, %d at 55%%; want 1 and 1", len(before), len(after))
	}
	if before[0].Fingerprint != after[0].Fingerprint {
		t.Errorf("fingerprint changed with the level: %s at 30%%, %s at 55%%", before[0].Fingerprint, after[0].Fingerprint)
	}
	if !strings.Contains(before[0].Message, "at or above 25%") || !strings.Contains(after[0].Message, "at or above 50%") {
		t.Errorf("messages do not give the level: %q, %q", before[0].Message, after[0].Message)
	}

	// P-A holds w1 and w2 directly (40%: 25% level) and w3 and w4 through
	// C-X (80% looking through: 50% level).
	w = quiet()
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-X", Name: "Xylo Holdings", Jurisdiction: "NO", Origin: at("companies", 9)})
	w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P-A", OwnedID: "C-X", Share: registry.Exact(1), Origin: at("ownership", 9)})
	w.reg.Wallets[0].HolderID, w.reg.Wallets[1].HolderID = "P-A", "P-A"
	w.reg.Wallets[2].HolderID, w.reg.Wallets[3].HolderID = "C-X", "C-X"
	got := find(w.run(), person("P-A"))
	if len(got) != 1 {
		t.Fatalf("%d HOLDER-CONCENTRATION findings on P-A, want 1: %v", len(got), got)
	}
	if !strings.Contains(got[0].Message, "looking through companies") || !strings.Contains(got[0].Message, "at or above 50%") {
		t.Errorf("P-A's finding is not the higher level: %q", got[0].Message)
	}
}

// TestHolderThresholdsExact: a holding is compared with the 10% and 25%
// thresholds exactly, so one just under a threshold of a supply too large
// for a float64 to tell apart (1e24 base units, 1e11 under) is not at it
// and reads "just under", while one exactly at it is.
func TestHolderThresholdsExact(t *testing.T) {
	w := quiet()
	tk := w.token()
	supply, _ := new(big.Int).SetString("1000000000000000000000000", 10)
	tk.TotalSupply = supply
	part := func(num, den int64, less int64) *big.Int {
		v := new(big.Int).Mul(supply, big.NewInt(num))
		v.Quo(v, big.NewInt(den))
		return v.Sub(v, big.NewInt(less))
	}
	tk.Holders[0].Balance = part(1, 4, 100_000_000_000)  // w1: just under 25%
	tk.Holders[1].Balance = part(1, 4, 0)                // w2: 25%
	tk.Holders[2].Balance = part(1, 10, 100_000_000_000) // w3: just under 10%, no known owner
	tk.Holders[3].Balance = part(1, 10, 0)               // w4: 10%, no known owner
	rest := new(big.Int).Set(supply)
	for _, h := range tk.Holders[:4] {
		rest.Sub(rest, h.Balance)
	}
	tk.Holders[4].Balance = rest
	w.reg.Wallets = slices.DeleteFunc(w.reg.Wallets, func(x registry.Wallet) bool { return x.Address == w3 || x.Address == w4 })
	res := w.run()
	got := map[string]string{}
	for _, f := range res.Findings {
		if f.Rule == RuleHolderConcentration || f.Rule == RuleHolderUnidentified {
			got[f.Rule+" "+f.Subject.ID] = f.Message
		}
	}
	for _, k := range []string{RuleHolderConcentration + " " + w1, RuleHolderUnidentified + " " + w3} {
		if m, ok := got[k]; ok {
			t.Errorf("%s: a holding just under the threshold is flagged: %q", k, m)
		}
	}
	for k, want := range map[string]string{
		RuleHolderConcentration + " " + w2: "holds 25% of",
		RuleHolderUnidentified + " " + w4:  "holds 10% of",
	} {
		if m := got[k]; !strings.Contains(m, want) {
			t.Errorf("%s: message %q, want it to say %q", k, m, want)
		}
	}
}

// TestAtLeastDecimalThreshold: a threshold given as a decimal percentage
// (--id-threshold 14.3, read as 14.3/100) is the decimal, not the float64
// the division leaves: 14,300 of 100,000 reaches it, one unit less does
// not; 33.3% likewise.
func TestAtLeastDecimalThreshold(t *testing.T) {
	for _, tt := range []struct {
		pct         float64
		part, whole int64
		want        bool
	}{
		{14.3, 14300, 100000, true},
		{14.3, 14299, 100000, false},
		{33.3, 333, 1000, true},
		{33.3, 332999, 1000000, false},
		{10, 1, 10, true},
		{25, 249999999, 1000000000, false},
	} {
		if got := atLeast(big.NewInt(tt.part), big.NewInt(tt.whole), tt.pct/100); got != tt.want {
			t.Errorf("atLeast(%d, %d, %v/100) = %v, want %v", tt.part, tt.whole, tt.pct, got, tt.want)
		}
	}
}

// TestCycleNotesOnlyItsOwners: an OWN-CYCLE finding notes what the owners
// whose holdings pass through its cycle hold, not every owner at the top
// of the chain: with two cycles under the vessel's owner, each finding
// names its own person only (every finding naming every person made the
// evidence grow as the square of the cycles: 24 GB for 700 KB of rows).
func TestCycleNotesOnlyItsOwners(t *testing.T) {
	w := quiet()
	w.reg.Ownership = nil
	row := 2
	own := func(owner, owned string, share float64) {
		w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: owner, OwnedID: owned, Share: registry.Exact(share), Interest: "shareholding", Origin: at("ownership", row)})
		row++
	}
	for i, p := range []string{"P1", "P2"} {
		a, b := fmt.Sprintf("C-A%d", i), fmt.Sprintf("C-B%d", i)
		w.reg.Companies = append(w.reg.Companies,
			registry.Company{ID: a, Name: "Alpha " + p, Jurisdiction: "NO", Origin: at("companies", 10+2*i)},
			registry.Company{ID: b, Name: "Beta " + p, Jurisdiction: "NO", Origin: at("companies", 11+2*i)})
		own(a, "C-OWN", 0.5)
		own(a, b, 0.5)
		own(b, a, 0.5)
		own(p, a, 0.5)
		own(p, b, 0.5)
	}
	var cycles []report.Finding
	for _, f := range w.run().Findings {
		if f.Rule == RuleOwnCycle {
			cycles = append(cycles, f)
		}
	}
	if len(cycles) != 2 {
		t.Fatalf("%d OWN-CYCLE findings, want 2", len(cycles))
	}
	for _, f := range cycles {
		mine := "P1"
		if strings.Contains(f.Message, "C-A1") {
			mine = "P2"
		}
		for _, ev := range f.Evidence {
			if ev.Kind == "note" && strings.Contains(ev.Text, "geometric series") && !strings.Contains(ev.Text, "("+mine+")") {
				t.Errorf("%s: a note about another cycle's owner: %s", f.Message, ev.Text)
			}
		}
	}
}
