package report

import (
	"math/big"
	"strings"
	"testing"
)

// TestPercentNeverRoundsOntoAFigure: a share is written with two decimals,
// but a share just under or over a round figure (a threshold, 100%, 0%) is
// never written as that figure; float noise within ShareTolerance is.
func TestPercentNeverRoundsOntoAFigure(t *testing.T) {
	for f, want := range map[float64]string{
		0:                   "0%",
		0.375:               "37.5%",
		1.0 / 3:             "33.33%",
		0.25:                "25%",
		0.1 + 0.2:           "30%", // 0.30000000000000004
		0.9999999999996:     "100%",
		0.24999:             "24.999%",
		0.0999999:           "9.99999%",
		0.249999999:         "just under 25%",
		1.00001:             "100.001%",
		0.125:               "12.5%",
		0.1249999:           "12.49999%",
		0.00004:             "under 0.01%",
		1e-26:               "0%", // within ShareTolerance: float noise (PercentOf is exact)
		1e-14:               "0%",
		0.5000000000001:     "50%",
		0.2049:              "20.49%",
		0.20499999999999996: "20.5%",
		0.666666:            "66.67%",
	} {
		if got := Percent(f); got != want {
			t.Errorf("Percent(%v) = %q, want %q", f, got, want)
		}
	}
}

// TestPercentOfIsExact: a holding is compared with the figure it would be
// written as exactly, so one base unit under 25% of a supply too large for
// a float64 to tell apart is "just under 25%", and exactly 25% is "25%".
func TestPercentOfIsExact(t *testing.T) {
	n := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	supply := n("1000000000000000000000000000000") // 1e30
	quarter := new(big.Int).Quo(supply, big.NewInt(4))
	tests := []struct {
		part, whole *big.Int
		want        string
	}{
		{quarter, supply, "25%"},
		{new(big.Int).Sub(quarter, big.NewInt(1)), supply, "just under 25%"},
		{new(big.Int).Add(quarter, big.NewInt(1)), supply, "just over 25%"},
		{big.NewInt(1), supply, "under 0.01%"},
		{big.NewInt(0), supply, "0%"},
		{n("24999"), n("100000"), "24.999%"},
		{n("9999"), n("100000"), "9.999%"},
		{big.NewInt(1), big.NewInt(3), "33.33%"},
		{big.NewInt(5), big.NewInt(0), "0%"},
		{nil, supply, "0%"},
	}
	for _, tt := range tests {
		if got := PercentOf(tt.part, tt.whole); got != tt.want {
			t.Errorf("PercentOf(%v, %v) = %q, want %q", tt.part, tt.whole, got, tt.want)
		}
	}
}

// TestPointsNeverZeroForAMove: a move of a share too small for two
// decimals is written with more, never as "0 points".
func TestPointsNeverZeroForAMove(t *testing.T) {
	for p, want := range map[float64]string{
		0: "0 points", 0.4: "+0.4 points", -1.25: "-1.25 points", 1: "+1 point",
		0.001: "+0.001 points", -0.00002: "-0.00002 points", 1e-8: "+under 0.000001 points", 1e-12: "0 points",
	} {
		if got := points(p); got != want {
			t.Errorf("points(%v) = %q, want %q", p, got, want)
		}
	}
}

// TestDiffHoldingPercentExact: a balance moving by one base unit onto 25%
// of a supply too large for a float64 reads "just under 25% → 25%" in
// the diff's text, not "25% → 25%".
func TestDiffHoldingPercentExact(t *testing.T) {
	supply, _ := new(big.Int).SetString("1000000000000000000000000000000", 10)
	quarter := new(big.Int).Quo(supply, big.NewInt(4))
	rep := func(balance *big.Int) *Report {
		return &Report{Tokens: []Token{{Address: "0xt", Symbol: "SEA", TotalSupply: supply.String(),
			Holders: []Holder{{Address: "0xa", Balance: balance.String(), Share: 0.25}}}}}
	}
	var buf strings.Builder
	if err := WriteDelta(&buf, Diff(rep(new(big.Int).Sub(quarter, big.NewInt(1))), rep(quarter)), "text"); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "(just under 25% → 25%)") {
		t.Errorf("diff text lacks the exact shares:\n%s", buf.String())
	}
}

// TestPercentAvoidsThresholds: a threshold that is no whole or half
// percentage, given to Percent, is avoided as those are: 12.339% next to a
// 12.34% threshold is "12.339%", not "12.34%".
func TestPercentAvoidsThresholds(t *testing.T) {
	if got := Percent(0.12339, 0.1234); got != "12.339%" {
		t.Errorf("Percent(0.12339, 0.1234) = %q, want 12.339%%", got)
	}
	if got := Percent(0.1234, 0.1234); got != "12.34%" {
		t.Errorf("Percent(0.1234, 0.1234) = %q, want 12.34%%", got)
	}
	if got := Percent(0.12339); got != "12.34%" {
		t.Errorf("Percent(0.12339) = %q, want 12.34%% (no threshold given)", got)
	}
	if got := ownerLine(Owner{ID: "P-1", Kind: "person", Low: 0.12339, High: 0.12339, Decision: "below"}, 0.1234); !strings.Contains(got, "12.339%") {
		t.Errorf("ownerLine = %q, want the share as 12.339%%", got)
	}
}
