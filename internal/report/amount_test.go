package report

import (
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// bigExactFloat and bigTokenAmount are exactFloat and TokenAmount as they
// were before plain digit strings skipped big.Int: the reference the fast
// paths must agree with.
func bigExactFloat(balance string) (float64, bool) {
	n, ok := new(big.Int).SetString(balance, 10)
	if !ok || n.Sign() < 0 || n.Cmp(maxExact) > 0 {
		return 0, false
	}
	f, acc := new(big.Float).SetInt(n).Float64()
	if acc != big.Exact || math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

func bigTokenAmount(balance string, decimals uint8) string {
	n, ok := new(big.Int).SetString(balance, 10)
	if !ok {
		return balance
	}
	if decimals == 0 {
		return n.String()
	}
	neg := n.Sign() < 0
	s := new(big.Int).Abs(n).String()
	d := int(decimals)
	if len(s) <= d {
		s = strings.Repeat("0", d-len(s)+1) + s
	}
	whole, frac := s[:len(s)-d], strings.TrimRight(s[len(s)-d:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// amountInputs are balances around every edge of the fast paths, then
// random digit strings of every length up to 45 (with and without leading
// zeros and signs) and random short strings over digits and the
// characters big.Int treats specially.
func amountInputs() []string {
	in := []string{
		"", "0", "00", "-0", "+0", "1", "01", "+1", "-1", "9", "10", "100", " 1", "1 ", "1_0", "0x1", "0b1", "1e3",
		"1.5", "١", "٣٤", "-", "+", "--1", "+-1",
		"4503599627370496", "9007199254740991", "9007199254740992", "9007199254740993", "9007199254740994",
		"09007199254740992", "-9007199254740992", "999999999999999", "1000000000000000", "9999999999999999",
		"10000000000000000", "9999999999999999999", "10000000000000000000", "18446744073709551615",
		"18446744073709551616", "99999999999999999999", "1500000000000000000", "1000000000000000000000000",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const special = "0123456789+-_ xXbBoO.eE"
	for n := 1; n <= 45; n++ {
		for k := 0; k < 40; k++ {
			b := make([]byte, n)
			for i := range b {
				b[i] = byte('0' + rng.IntN(10))
			}
			s := string(b)
			switch k % 5 {
			case 1:
				s = strings.TrimLeft(s, "0")
			case 2:
				s = "-" + s
			case 3:
				s = "+" + strings.TrimLeft(s, "0")
			case 4:
				b[rng.IntN(n)] = special[rng.IntN(len(special))]
				s = string(b)
			}
			in = append(in, s)
		}
	}
	return in
}

// TestAmountFastPaths checks that exactFloat and TokenAmount give exactly
// what the big.Int code gives, for every input and every decimals value
// from 0 to 40 and 255.
func TestAmountFastPaths(t *testing.T) {
	decimals := []uint8{255}
	for d := 0; d <= 40; d++ {
		decimals = append(decimals, uint8(d))
	}
	fast := 0
	for _, s := range amountInputs() {
		if plainDigits(s) {
			fast++
		}
		gf, gok := exactFloat(s)
		wf, wok := bigExactFloat(s)
		if gf != wf || gok != wok {
			t.Errorf("exactFloat(%q) = %v, %v; big.Int gives %v, %v", s, gf, gok, wf, wok)
		}
		for _, d := range decimals {
			if got, want := TokenAmount(s, d), bigTokenAmount(s, d); got != want {
				t.Errorf("TokenAmount(%q, %d) = %q; big.Int gives %q", s, d, got, want)
			}
		}
	}
	if fast < 500 {
		t.Errorf("only %d inputs took the fast path; the test does not cover it", fast)
	}
}

// FuzzAmountFastPaths compares the fast paths with big.Int on any input.
func FuzzAmountFastPaths(f *testing.F) {
	for _, s := range amountInputs()[:60] {
		f.Add(s, uint8(18))
	}
	f.Fuzz(func(t *testing.T, s string, d uint8) {
		gf, gok := exactFloat(s)
		wf, wok := bigExactFloat(s)
		if gf != wf || gok != wok {
			t.Errorf("exactFloat(%q) = %v, %v; big.Int gives %v, %v", s, gf, gok, wf, wok)
		}
		if got, want := TokenAmount(s, d), bigTokenAmount(s, d); got != want {
			t.Errorf("TokenAmount(%q, %d) = %q; big.Int gives %q", s, d, got, want)
		}
	})
}
