package report

import (
	"fmt"
	"io"
	"math"
	"math/big"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Citation is where an evidence item can be checked, in words a lawyer can
// cite: "registry.xlsx, sheet ownership, row 7, column share", "OFAC SDN
// list of 2025-01-10, entry 12345", "block 19000000, transaction 0xab...".
// It is empty when the evidence names no source.
func Citation(e Evidence) string {
	var parts []string
	if e.File != "" {
		parts = append(parts, e.File)
	}
	if e.Sheet != "" && e.Sheet != filepath.Base(e.File) { // a CSV file's one sheet is the file
		parts = append(parts, "sheet "+e.Sheet)
	}
	if e.Row > 0 {
		parts = append(parts, "row "+strconv.Itoa(e.Row))
	}
	if e.Column != "" {
		parts = append(parts, "column "+e.Column)
	}
	if e.List != "" {
		l := e.List
		if !strings.Contains(strings.ToLower(l), "list") { // "OFAC SDN", not "address list eth.txt"
			l = "list " + l
		}
		if e.ListDate != "" {
			l += " of " + e.ListDate
		}
		parts = append(parts, l)
	} else if e.ListDate != "" {
		parts = append(parts, "list date "+e.ListDate)
	}
	if e.EntryID != "" {
		if strings.HasPrefix(e.EntryID, "row ") { // an address list's row
			parts = append(parts, e.EntryID)
		} else {
			parts = append(parts, "entry "+e.EntryID)
		}
	}
	if e.Score > 0 {
		parts = append(parts, "score "+strconv.FormatFloat(e.Score, 'f', 2, 64))
	}
	if e.Block > 0 {
		parts = append(parts, "block "+strconv.FormatUint(e.Block, 10))
	}
	if e.TxHash != "" {
		parts = append(parts, "transaction "+e.TxHash)
	}
	return strings.Join(parts, ", ")
}

// proxyText says what a proxy token is and what it runs, in words:
// "EIP-1967 beacon proxy running 0xi…, the implementation() of its beacon
// 0xb…"; the admin slot, when set, follows.
func proxyText(p *Proxy) string {
	runs := "an implementation not read"
	if p.Implementation != "" {
		runs = p.Implementation
	}
	var s string
	switch p.Kind {
	case ProxyEIP1967:
		s = "EIP-1967 proxy running " + runs
	case ProxyBeacon:
		s = "EIP-1967 beacon proxy running " + runs + ", the implementation() of its beacon " + p.Beacon
	case ProxyEIP1167:
		s = "EIP-1167 minimal proxy (a clone) running " + runs + ", the target in its code"
	default:
		s = "unknown proxy (kind " + p.Kind + ") running " + runs
	}
	if p.Beacon != "" && p.Kind != ProxyBeacon {
		s += ", beacon " + p.Beacon
	}
	if p.Admin != "" {
		s += ", admin " + p.Admin
	}
	return s
}

// ShareTolerance is how far apart two shares (fractions of 1) may be and
// still be the same share: the rounding error that sums and products of
// shares leave along ownership chains, far under any difference a register
// writes. internal/ownership compares shares with thresholds within it.
const ShareTolerance = 1e-12

// Percent writes a share (a fraction of 1) as a percentage of up to two
// decimals, 0.375 as "37.5%", but never as a round figure it is not: where
// two decimals would write a whole or half percentage (25%, 12.5%,
// 100%) that the share differs from by more than ShareTolerance, it writes
// as many decimals as tell them apart, up to six (0.24999 as "24.999%"),
// past them "just under 25%" or "just over 25%"; a share above 0 that two
// decimals would write as 0% is "under 0.01%". So a share below a
// threshold never reads as the threshold itself; a threshold that is no
// whole or half percentage (12.34%) is avoided too when given in avoid.
func Percent(f float64, avoid ...float64) string {
	return formatPercent(f*100, figures(avoid), func(s string) int {
		k, _ := strconv.ParseFloat(s, 64)
		switch d := f*100 - k; {
		case math.Abs(d) <= ShareTolerance*100:
			return 0
		case d < 0:
			return -1
		}
		return 1
	})
}

// PercentOf writes part/whole as Percent writes a share, compared exactly
// (a holder of 25% of the supply less one base unit is "just under 25%",
// which no float64 can tell from 25%). A whole of zero or nil is 0%.
func PercentOf(part, whole *big.Int) string {
	if part == nil || whole == nil || whole.Sign() == 0 {
		return "0%"
	}
	exact := new(big.Rat).SetFrac(new(big.Int).Mul(part, big.NewInt(100)), whole)
	v, _ := exact.Float64()
	return formatPercent(v, nil, func(s string) int {
		k, ok := new(big.Rat).SetString(s)
		if !ok {
			return 0
		}
		return exact.Cmp(k)
	})
}

// holdingPercent writes h's share of t's supply exactly from the balance
// and the supply (PercentOf), or, when either is not a decimal integer,
// its share (Percent).
func holdingPercent(h Holder, t Token) string {
	bal, ok1 := new(big.Int).SetString(h.Balance, 10)
	sup, ok2 := new(big.Int).SetString(t.TotalSupply, 10)
	if !ok1 || !ok2 || sup.Sign() <= 0 {
		return Percent(h.Share)
	}
	return PercentOf(bal, sup)
}

// figures are the shares of avoid written as percentages of two decimals.
func figures(avoid []float64) []string {
	var out []string
	for _, a := range avoid {
		out = append(out, decimals(a*100, 2))
	}
	return out
}

// formatPercent writes v, a percentage, as Percent describes, avoiding
// whole and half figures and those of avoid; cmp(s) compares the exact
// value with the decimal s: -1 below, 0 the same, +1 above.
func formatPercent(v float64, avoid []string, cmp func(s string) int) string {
	if v < 0 {
		return "-" + formatPercent(-v, nil, func(s string) int { return -cmp("-" + s) })
	}
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'g', -1, 64) + "%"
	}
	isFigure := func(s string) bool { return roundFigure(s) || slices.Contains(avoid, s) }
	s := decimals(v, 2)
	switch {
	case cmp(s) == 0 && (s != "0" || cmp("0") == 0):
		return s + "%"
	case s == "0":
		return "under 0.01%"
	case !isFigure(s):
		return s + "%"
	}
	for d := 3; d <= 6; d++ {
		if t := decimals(v, d); !isFigure(t) {
			return t + "%"
		}
	}
	if cmp(s) < 0 {
		return "just under " + s + "%"
	}
	return "just over " + s + "%"
}

// decimals writes v with at most d decimals, trailing zeros cut.
func decimals(v float64, d int) string {
	s := strconv.FormatFloat(v, 'f', d, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// roundFigure reports whether the decimal s is a whole or half
// percentage, as thresholds are written (25, 12.5, 100).
func roundFigure(s string) bool {
	_, frac, ok := strings.Cut(s, ".")
	return !ok || frac == "5"
}

// interval formats a share interval: "37.5%" when exact, "25%–50%"
// otherwise, avoiding the figures of avoid as Percent does.
func interval(low, high float64, avoid ...float64) string {
	return openInterval(low, high, false, avoid...)
}

// openInterval is interval with an upper bound that may be excluded:
// "50%–under 62.5%".
func openInterval(low, high float64, highOpen bool, avoid ...float64) string {
	switch {
	case highOpen:
		return Percent(low, avoid...) + "–under " + Percent(high, avoid...)
	case low == high:
		return Percent(low, avoid...)
	}
	return Percent(low, avoid...) + "–" + Percent(high, avoid...)
}

// stepLabel names a node of a path: "Name (id)", or the id alone.
func stepLabel(s Step) string {
	if s.Name != "" && s.Name != s.ID {
		return s.Name + " (" + s.ID + ")"
	}
	return s.ID
}

// pathText writes a path as "asset → owner → … → ultimate owner".
func pathText(p Path) string {
	parts := []string{p.Asset}
	for _, s := range p.Steps {
		parts = append(parts, stepLabel(s))
	}
	return strings.Join(parts, " → ")
}

// explorerLink is the explorer page of a wallet, token or transaction, or
// "" when no explorer is set or the id does not look like one.
func explorerLink(base, kind, id string) string {
	base = strings.TrimRight(base, "/")
	if base == "" || !isHex(id) {
		return ""
	}
	switch {
	case kind == "tx" && len(id) == 66:
		return base + "/tx/" + id
	case kind == "token" && len(id) == 42:
		return base + "/token/" + id
	case (kind == "wallet" || kind == "address") && len(id) == 42:
		return base + "/address/" + id
	}
	return ""
}

func isHex(s string) bool {
	if !strings.HasPrefix(s, "0x") || len(s) < 3 {
		return false
	}
	for _, c := range s[2:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

// maxExact is 2^53, the largest integer below which every integer is a float64.
var maxExact = new(big.Int).Lsh(big.NewInt(1), 53)

// plainDigits reports whether s is a decimal integer written the way
// big.Int prints it: ASCII digits only, no sign, no leading zero (but "0").
// Such a string is its own value, so the amount helpers below read it
// without a big.Int; any other spelling goes through big.Int as before.
func plainDigits(s string) bool {
	if s == "" || (s[0] == '0' && len(s) > 1) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// exactFloat returns the balance as a float64 when the conversion is exact
// (an integer of at most 2^53), so that a spreadsheet can sum it.
func exactFloat(balance string) (float64, bool) {
	if plainDigits(balance) {
		// 20 digits or more is at least 10^19, far above 2^53; fewer fit a uint64.
		if len(balance) >= 20 {
			return 0, false
		}
		u, err := strconv.ParseUint(balance, 10, 64)
		if err != nil || u > 1<<53 {
			return 0, false
		}
		return float64(u), true
	}
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

// TokenAmount writes a base-unit balance in whole tokens with the token's
// decimals, exactly: "1500000000000000000" with 18 decimals -> "1.5". A
// balance that is not a decimal integer is returned as it is.
func TokenAmount(balance string, decimals uint8) string {
	s, neg := balance, false
	if !plainDigits(balance) {
		n, ok := new(big.Int).SetString(balance, 10)
		if !ok {
			return balance
		}
		neg = n.Sign() < 0
		s = n.Abs(n).String()
	}
	d := int(decimals)
	if d > 0 {
		if len(s) <= d {
			s = strings.Repeat("0", d-len(s)+1) + s
		}
		whole, frac := s[:len(s)-d], strings.TrimRight(s[len(s)-d:], "0")
		s = whole
		if frac != "" {
			s += "." + frac
		}
	}
	if neg {
		s = "-" + s
	}
	return s
}

// ansiSequence matches terminal escape sequences (CSI and OSC).
var ansiSequence = regexp.MustCompile(`\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)?)`)

// clean removes terminal escape sequences and other control characters from
// a value taken from an input, turning tabs and newlines into spaces, so a
// report cannot drive the terminal it is printed on, and shows the
// characters that reorder text (showBidi).
func clean(s string) string {
	s = showBidi(s)
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	s = ansiSequence.ReplaceAllString(s, "")
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n':
			return ' '
		case unicode.IsControl(r):
			return -1
		}
		return r
	}, s)
}

// isBidiControl reports whether r is one of the Unicode characters that
// reorder the text after them: the embeddings, overrides and isolates
// U+202A-U+202E and U+2066-U+2069 (the "Trojan Source" set,
// CVE-2021-42574).
func isBidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069
}

// showBidi writes each bidi control character of s (isBidiControl) as
// its code point, "⟨U+202E⟩": a name or address taken from an input and
// holding one would otherwise be shown reordered (a right-to-left override
// makes "\u202eDLT" read "TLD"), disguising what the input says. The JSON
// report keeps the characters as read.
func showBidi(s string) string {
	return showCodePoints(s, isBidiControl)
}

// showControls is showBidi that also writes each control character but
// tab, line feed and carriage return as its code point ("⟨U+0007⟩"), for
// the HTML report, whose values keep the characters they were read with
// (a raw control character is an HTML parse error, shown by browsers as
// nothing or a box).
func showControls(s string) string {
	return showCodePoints(s, func(r rune) bool { return isBidiControl(r) || hiddenControl(r) })
}

// hiddenControl reports whether r is a control character other than tab,
// line feed and carriage return.
func hiddenControl(r rune) bool {
	return unicode.IsControl(r) && r != '\t' && r != '\n' && r != '\r'
}

// showCodePoints writes each character of s that shown picks as its code
// point, "⟨U+202E⟩", and the others as they are.
func showCodePoints(s string, shown func(rune) bool) string {
	if strings.IndexFunc(s, shown) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if shown(r) {
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// bidiWriter is showBidi on a stream: it writes to w what is written to it
// with each bidi control shown (and, with controls, each other control
// character: showControls), holding back the first bytes of a character
// cut between two writes until the next; flush writes them.
type bidiWriter struct {
	w        io.Writer
	held     []byte
	controls bool
}

func (b *bidiWriter) Write(p []byte) (int, error) {
	data := append(b.held, p...)
	keep := 0 // the bytes of a character not complete yet
	for i := len(data) - 1; i >= 0 && i >= len(data)-3; i-- {
		if data[i]&0xc0 != 0x80 { // a character's first byte
			if !utf8.FullRune(data[i:]) {
				keep = len(data) - i
			}
			break
		}
	}
	b.held = append(b.held[:0:0], data[len(data)-keep:]...)
	show := showBidi
	if b.controls {
		show = showControls
	}
	if _, err := io.WriteString(b.w, show(string(data[:len(data)-keep]))); err != nil {
		return 0, err
	}
	return len(p), nil
}

// flush writes the bytes held back.
func (b *bidiWriter) flush() error {
	_, err := b.w.Write(b.held)
	b.held = nil
	return err
}

// subjectText names a subject: "wallet 0xab…".
func subjectText(s Subject) string {
	return fmt.Sprintf("%s %s", s.Kind, s.ID)
}

// holderPositions counts the holder positions of all tokens: a wallet
// holding two tokens counts twice.
func holderPositions(r *Report) int {
	n := 0
	for _, t := range r.Tokens {
		n += len(t.Holders)
	}
	return n
}

// chainIDText is "chain id N", or, when the report does not know the chain
// (a transfers export gives no chain id and is recorded as 0), says so
// rather than naming a chain 0 that does not exist.
func chainIDText(c Chain) string {
	if c.ChainID == 0 {
		return "chain id unknown"
	}
	return fmt.Sprintf("chain id %d", c.ChainID)
}

// VerifiedText is what a holder's identity registry said of isVerified, as
// the reports write it: "verified", "not verified", or "" when unknown or
// the token has no identity registry.
func VerifiedText(h Holder) string {
	switch {
	case h.Verified == nil:
		return ""
	case *h.Verified:
		return "verified"
	}
	return "not verified"
}

// IdentityNote is what the reports write after a holder's identity: " (no
// code: not an ONCHAINID)" when the identity has no code at the pinned
// block (Holder.IdentityNoCode), else "".
func IdentityNote(h Holder) string {
	if h.Identity != "" && h.IdentityNoCode {
		return " (no code: not an ONCHAINID)"
	}
	return ""
}

// CountryText is an investor country as the reports write it: the numeric
// code and, when a country has it, its alpha-2 ("756 CH", "999"); "" for
// none.
func CountryText(c *Country) string {
	switch {
	case c == nil:
		return ""
	case c.Alpha2 != "":
		return fmt.Sprintf("%d %s", c.Numeric, c.Alpha2)
	}
	return fmt.Sprint(c.Numeric)
}
