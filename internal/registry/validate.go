package registry

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tokenaudit/audit/internal/shipid"
)

// ValidShipIMO reports whether s is exactly seven ASCII digits whose last is
// the ship IMO check digit: the first six weighted 7, 6, 5, 4, 3, 2, summed,
// mod 10. "0000000" is not valid.
func ValidShipIMO(s string) bool {
	d, ok := ShipIMOCheckDigit(s)
	return ok && d == s[6]-'0'
}

// ShipIMOCheckDigit returns the check digit the first six digits of a
// seven-digit ship IMO call for; ok is false when s is not seven digits or is
// all zeros.
func ShipIMOCheckDigit(s string) (digit byte, ok bool) {
	if !sevenDigits(s) {
		return 0, false
	}
	sum := 0
	for i := 0; i < 6; i++ {
		sum += int(s[i]-'0') * (7 - i)
	}
	return byte(sum % 10), true
}

// ValidCompanyIMO reports whether s is exactly seven ASCII digits whose last is
// the company (and registered owner) IMO check digit: the first six weighted
// 8, 6, 4, 2, 9, 7, summed; (11 - sum mod 11) mod 10. "0000000" is not valid.
func ValidCompanyIMO(s string) bool {
	d, ok := CompanyIMOCheckDigit(s)
	return ok && d == s[6]-'0'
}

// CompanyIMOCheckDigit returns the check digit the first six digits of a
// seven-digit company IMO call for; ok is false when s is not seven digits or
// is all zeros.
func CompanyIMOCheckDigit(s string) (digit byte, ok bool) {
	if !sevenDigits(s) {
		return 0, false
	}
	weights := [6]int{8, 6, 4, 2, 9, 7}
	sum := 0
	for i, w := range weights {
		sum += int(s[i]-'0') * w
	}
	return byte((11 - sum%11) % 10), true
}

func sevenDigits(s string) bool {
	if len(s) != 7 || s == "0000000" {
		return false
	}
	for i := 0; i < 7; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// NormalizeIMO cleans an IMO number as spreadsheets give it: an "IMO" label
// (as shipid.Unlabel reads it: "IMO No. 9020003"), spaces and a trailing
// ".0" are dropped, and leading zeros a spreadsheet
// dropped are restored (414246 becomes 0414246). ok is false when what is
// left is not one to seven digits; the cleaned text is returned either way.
func NormalizeIMO(s string) (digits string, ok bool) {
	s = cleanIMO(s)
	if s == "" || len(s) > 7 {
		return s, false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return s, false
		}
	}
	return strings.Repeat("0", 7-len(s)) + s, true
}

// cleanIMO is an IMO text without its "IMO" label (as shipid.Unlabel reads
// it), spaces and a trailing ".0": the digits as given, before
// NormalizeIMO restores leading zeros.
func cleanIMO(s string) string {
	s = shipid.Unlabel(s, "IMO")
	s = strings.ReplaceAll(s, " ", "")
	return strings.TrimSuffix(s, ".0")
}

// shipIMOProblem explains why an IMO text is not a valid ship IMO, or returns
// "" when it is one. digits is NormalizeIMO's result.
func shipIMOProblem(given, digits string, ok bool) string {
	return imoProblem("IMO", "ship", given, digits, ok, ShipIMOCheckDigit)
}

// companyIMOProblem is shipIMOProblem for company IMO numbers.
func companyIMOProblem(given, digits string, ok bool) string {
	return imoProblem("company IMO", "company", given, digits, ok, CompanyIMOCheckDigit)
}

// imoProblem is shipIMOProblem or companyIMOProblem, what the number is
// called and its check digit given. A number of fewer than seven digits,
// which NormalizeIMO reads as one whose leading zeros a spreadsheet
// dropped, is valid only when that reading is; otherwise the problem
// says it is short before what its reading fails.
func imoProblem(label, kind, given, digits string, ok bool, check func(string) (byte, bool)) string {
	if !ok {
		return fmt.Sprintf("%s %q is not seven digits", label, given)
	}
	short := ""
	if n := len(cleanIMO(given)); n < 7 {
		plural := "s"
		if n == 1 {
			plural = ""
		}
		short = fmt.Sprintf("%s %q has %d digit%s, not seven; read as %s (leading zeros restored), it ", label, given, n, plural, digits)
	}
	d, shaped := check(digits)
	switch {
	case !shaped && short != "":
		return short + "is not a " + kind + " IMO number"
	case !shaped:
		return fmt.Sprintf("%s %q is not a %s IMO number", label, given, kind)
	case d != digits[6]-'0' && short != "":
		return fmt.Sprintf("%sfails its check digit (expected %d)", short, d)
	case d != digits[6]-'0':
		return fmt.Sprintf("%s %s fails its check digit (expected %d)", label, digits, d)
	}
	return ""
}

// ErrShare is wrapped by every error ParseShare returns.
var ErrShare = errors.New("not a share")

var (
	reRange = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*%?\s*(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*%?$`)
	reBound = regexp.MustCompile(`^(>=|=>|≥|>|<=|=<|≤|<)\s*(\d+(?:\.\d+)?)\s*%?$`)
	rePlus  = regexp.MustCompile(`^(\d+(?:\.\d+)?)\s*%?\s*\+$`)
	// PSC-style words: "more than 25% but not more than 50%", "75% or more".
	reMoreThan = regexp.MustCompile(`(?:more|greater) than (\d+(?:\.\d+)?)\s*%?`)
	reAtMost   = regexp.MustCompile(`(?:not more than|no more than|up to|at most|less than|fewer than) (\d+(?:\.\d+)?)\s*%?`)
	reOrMore   = regexp.MustCompile(`(\d+(?:\.\d+)?)\s*%?\s*or more`)
	reNumber   = regexp.MustCompile(`^\d+(?:\.\d+)?$`)
	reISODate  = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	// reTimeOfDay is a time after a date: " 0:00", " 13:45:10", " 9:30 PM".
	reTimeOfDay = regexp.MustCompile(`\s+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[AaPp][Mm])?$`)
	rePSCSlug   = regexp.MustCompile(`(\d+)-to-(\d+)-percent`)
	rePSCMore   = regexp.MustCompile(`more-than-(\d+)-percent`)
)

// ParseShare reads a percentage of ownership as registers write it and
// returns it as a fraction interval within [0, 1]. Numbers are always
// percentages: "37.5", "37,5" and "37.5%" are 0.375; a band "25-50" is
// [0.25, 0.50]; ">75" is [0.75, 1]; "<25" and "less than 25%" are [0, 0.25)
// (HighOpen: 25% itself excluded), "<=25" and "up to 25%" [0, 0.25]; "25+"
// is [0.25, 1];
// PSC wording such as "more than 25% but not more than 50%" or "75% or more"
// and Companies House slugs ("ownership-of-shares-25-to-50-percent",
// "voting-rights-more-than-25-percent-registered-overseas-entity", which is
// 25% to 100%) are bands. Blank, "unknown", "n/a", "?" and "-" are Unknown. A share over 100%
// or a band whose ends are reversed is an error wrapping ErrShare.
func ParseShare(s string) (Share, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	t = strings.ReplaceAll(t, "\u00a0", " ")
	switch t {
	case "", "unknown", "n/a", "na", "?", "-", "–", "not known", "unspecified":
		return Unknown, nil
	}
	slug := t
	t = strings.ReplaceAll(t, ",", ".")
	t = strings.TrimSpace(strings.TrimSuffix(t, "percent"))
	pct := func(x string) (float64, error) {
		f, err := strconv.ParseFloat(x, 64)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("%w: %q", ErrShare, s)
		}
		if f < 0 || f > 100 {
			return 0, fmt.Errorf("%w: %q is over 100%%", ErrShare, s)
		}
		return f / 100, nil
	}
	band := func(lo, hi string) (Share, error) {
		l, err := pct(lo)
		if err != nil {
			return Share{}, err
		}
		h, err := pct(hi)
		if err != nil {
			return Share{}, err
		}
		if l > h {
			return Share{}, fmt.Errorf("%w: %q has its ends reversed", ErrShare, s)
		}
		return Share{Low: l, High: h}, nil
	}
	if m := rePSCSlug.FindStringSubmatch(slug); m != nil {
		return band(m[1], m[2])
	}
	if m := rePSCMore.FindStringSubmatch(slug); m != nil {
		return band(m[1], "100")
	}
	if n := strings.TrimSpace(strings.TrimSuffix(t, "%")); reNumber.MatchString(n) {
		f, err := pct(n)
		if err != nil {
			return Share{}, err
		}
		return Exact(f), nil
	}
	if m := reRange.FindStringSubmatch(t); m != nil {
		return band(m[1], m[2])
	}
	if m := reBound.FindStringSubmatch(t); m != nil {
		switch m[1] {
		case ">", ">=", "=>", "≥":
			return band(m[2], "100")
		case "<": // under X: X itself excluded
			sh, err := band("0", m[2])
			if err == nil && sh.High == 0 {
				return Share{}, fmt.Errorf("%w: %q is under nothing", ErrShare, s)
			}
			sh.HighOpen = err == nil
			return sh, err
		default:
			return band("0", m[2])
		}
	}
	if m := rePlus.FindStringSubmatch(t); m != nil {
		return band(m[1], "100")
	}
	lo, hi, open := "", "", false
	if m := reMoreThan.FindStringSubmatch(t); m != nil && !strings.Contains(t, "not more than "+m[1]) && !strings.Contains(t, "no more than "+m[1]) {
		lo = m[1]
	}
	if m := reOrMore.FindStringSubmatch(t); m != nil {
		lo = m[1]
	}
	if m := reAtMost.FindStringSubmatch(t); m != nil {
		hi = m[1]
		// "less than 25%": 25% itself excluded; "not more than", "up to"
		// and "at most" include it
		open = strings.HasPrefix(m[0], "less ") || strings.HasPrefix(m[0], "fewer ")
	}
	if lo != "" || hi != "" {
		if lo == "" {
			lo = "0"
		}
		if hi == "" {
			hi = "100"
		}
		sh, err := band(lo, hi)
		if err == nil && open && sh.High == sh.Low {
			return Share{}, fmt.Errorf("%w: %q is under its own lower end", ErrShare, s)
		}
		sh.HighOpen = err == nil && open
		return sh, err
	}
	return Share{}, fmt.Errorf("%w: %q is neither a percentage, a band nor blank", ErrShare, s)
}

var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006/01/02",
	"2 Jan 2006",
	"2 January 2006",
	"02-Jan-2006",
	"2-Jan-2006",
	"02-Jan-06",
	"2-Jan-06",
	"Jan 2, 2006",
	"January 2, 2006",
	"20060102",
}

// BirthDate reads a birth date as ParseDate does and writes it in ISO 8601
// at the precision it was given: a year ("1961"), a month ("1961-03") or a
// day ("1961-03-15", also from "15/03/1961").
func BirthDate(s string) (string, error) {
	t := strings.TrimSpace(s)
	d, err := ParseDate(t)
	switch {
	case err != nil:
		return "", err
	case len(t) == 4:
		return d.Format("2006"), nil
	case len(t) == 7 && t[4] == '-':
		return d.Format("2006-01"), nil
	}
	return d.Format("2006-01-02"), nil
}

// ParseDate reads a date as registers write it: ISO 8601 ("2024-01-31", with
// or without a time), "2024/01/31", day-first "31/01/2024", "31.01.2024" and
// "31-01-2024" (month-first only when the day-first reading is impossible,
// as in "01/31/2024"), year-first "2024-1-31" and "2024/1/31", any of these
// followed by a time of day ("1/2/2024 0:00", the time dropped), "31 Jan 2024", "Jan 31, 2024", "2024-01" (the first of
// the month), a bare year "2024" (1 January), and Excel serial day numbers
// ("45322", "45322.5"; 1900 date system). The result is UTC. Blank is the
// zero time without error.
func ParseDate(s string) (time.Time, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return time.Time{}, nil
	}
	for _, layout := range dateLayouts {
		if d, err := time.Parse(layout, t); err == nil {
			return d.UTC(), nil
		}
	}
	if m := reTimeOfDay.FindStringIndex(t); m != nil && m[0] > 0 {
		t = t[:m[0]] // "1/2/2020 0:00": a spreadsheet's date and time, the time dropped
	}
	if reISODate.MatchString(t) {
		return time.Time{}, fmt.Errorf("date %q: no such day", s)
	}
	if d, err := time.Parse("2006-01", t); err == nil {
		return d, nil
	}
	if len(t) == 4 {
		if y, err := strconv.Atoi(t); err == nil && y >= 1800 && y <= 2200 {
			return time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), nil
		}
	}
	if f, err := strconv.ParseFloat(t, 64); err == nil && reNumber.MatchString(t) {
		// Excel serial: day 1 is 1900-01-01; from day 61 on, day 0 is
		// 1899-12-30 because of Lotus' 1900 leap-year bug.
		if f < 61 || f > 2958465 {
			return time.Time{}, fmt.Errorf("date %q: a number but not an Excel date serial", s)
		}
		days := math.Floor(f)
		secs := math.Round((f - days) * 86400)
		return time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second), nil
	}
	for _, sep := range []string{"/", ".", "-"} {
		parts := strings.Split(t, sep)
		if len(parts) != 3 {
			continue
		}
		a, e1 := strconv.Atoi(parts[0])
		b, e2 := strconv.Atoi(parts[1])
		y, e3 := strconv.Atoi(parts[2])
		if e1 != nil || e2 != nil || e3 != nil {
			continue
		}
		day, month := a, b
		switch {
		case len(parts[0]) == 4 && len(parts[2]) <= 2: // year first: "2020-3-15", "2020/3/15"
			y, month, day = a, b, y
		case len(parts[2]) != 4:
			continue
		case month > 12 && day <= 12:
			day, month = b, a
		}
		d := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
		if month < 1 || month > 12 || day < 1 || d.Day() != day {
			return time.Time{}, fmt.Errorf("date %q: no such day", s)
		}
		return d, nil
	}
	return time.Time{}, fmt.Errorf("date %q: not a date (use YYYY-MM-DD)", s)
}

// parseInt reads a whole number written with thousands separators or a
// trailing ".0": "12,345", "12 345", "12345.0".
func parseInt(s string) (int, error) {
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, nil
	}
	t = strings.NewReplacer(",", "", " ", "", "\u00a0", "", "'", "").Replace(t)
	t = strings.TrimSuffix(t, ".0")
	n, err := strconv.Atoi(t)
	if err != nil {
		return 0, fmt.Errorf("%q is not a whole number", s)
	}
	return n, nil
}

// parseBool reads yes/no style flags; blank is false.
func parseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "no", "n", "false", "f", "0", "-", "none":
		return false, nil
	case "yes", "y", "true", "t", "1", "x", "✓":
		return true, nil
	}
	return false, fmt.Errorf("%q is not yes or no", s)
}
