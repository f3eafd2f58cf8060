package registry

import (
	"encoding/csv"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// sharedData is ../shared/data seen from the repository root.
func sharedData(t testing.TB, parts ...string) string {
	t.Helper()
	p := filepath.Join(append([]string{"..", "..", "..", "shared", "data"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data %s is missing (a clone without ../shared): %v", p, err)
	}
	return p
}

func TestIMOCheckDigits(t *testing.T) {
	tests := []struct {
		s           string
		ship, compy bool
	}{
		{"9074729", true, false},
		{"7654329", true, false},
		{"9321483", true, false},
		{"9321484", false, false},
		{"2041999", false, true},
		{"0414246", false, true},
		{"414246", false, false}, // six digits: NormalizeIMO pads it first
		{"0000000", false, false},
		{"93214830", false, false},
		{"932148a", false, false},
		{"", false, false},
	}
	for _, tt := range tests {
		if got := ValidShipIMO(tt.s); got != tt.ship {
			t.Errorf("ValidShipIMO(%q) = %v, want %v", tt.s, got, tt.ship)
		}
		if got := ValidCompanyIMO(tt.s); got != tt.compy {
			t.Errorf("ValidCompanyIMO(%q) = %v, want %v", tt.s, got, tt.compy)
		}
	}
}

func TestIMOVectors(t *testing.T) {
	f, err := os.Open(sharedData(t, "maritime", "imo_test_vectors.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) < 10 {
		t.Fatalf("only %d vectors", len(recs))
	}
	for _, r := range recs[1:] {
		value, kind, valid := r[0], r[1], r[2]
		check := ValidShipIMO
		if kind == "company" {
			check = ValidCompanyIMO
		}
		want := valid == "true"
		if valid == "true_after_zero_pad" {
			if check(value) {
				t.Errorf("%s %s valid before padding", kind, value)
			}
			d, ok := NormalizeIMO(value)
			if !ok || !check(d) {
				t.Errorf("%s %s: NormalizeIMO gives %q, not a valid IMO", kind, value, d)
			}
			continue
		}
		if got := check(value); got != want {
			t.Errorf("%s IMO %s valid = %v, want %v (%s)", kind, value, got, want, r[3])
		}
	}
}

func TestNormalizeIMO(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"9321483", "9321483", true},
		{"IMO 9321483", "9321483", true},
		{"IMO9321483", "9321483", true},
		{"IMO No. 9321483", "9321483", true}, // as registers label it
		{"imo: 9321483", "9321483", true},
		{"IMO number 9321483", "9321483", true},
		{"9321483.0", "9321483", true},
		{"414246", "0414246", true},
		{"932 1483", "9321483", true},
		{"93214831", "93214831", false},
		{"n/a", "n/a", false},
		{"", "", false},
	}
	for _, tt := range tests {
		got, ok := NormalizeIMO(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("NormalizeIMO(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseShare(t *testing.T) {
	tests := []struct {
		in      string
		lo, hi  float64
		wantErr bool
	}{
		{"37.5", 0.375, 0.375, false},
		{"37,5", 0.375, 0.375, false},
		{"37.5%", 0.375, 0.375, false},
		{" 37.5 % ", 0.375, 0.375, false},
		{"100", 1, 1, false},
		{"0", 0, 0, false},
		{"0.5", 0.005, 0.005, false}, // numbers are always percentages
		{"25-50", 0.25, 0.5, false},
		{"25 - 50%", 0.25, 0.5, false},
		{"25%-50%", 0.25, 0.5, false},
		{"25–50", 0.25, 0.5, false},
		{"25 to 50", 0.25, 0.5, false},
		{">75", 0.75, 1, false},
		{">= 75%", 0.75, 1, false},
		{"<25", 0, 0.25, false},
		{"25+", 0.25, 1, false},
		{"more than 25% but not more than 50%", 0.25, 0.5, false},
		{"More than 50% but less than 75%", 0.5, 0.75, false},
		{"75% or more", 0.75, 1, false},
		{"no more than 25%", 0, 0.25, false}, // "more than 25" inside it is no lower bound
		{"more than 10% but no more than 25%", 0.1, 0.25, false},
		{"ownership-of-shares-25-to-50-percent", 0.25, 0.5, false},
		{"ownership-of-shares-75-to-100-percent", 0.75, 1, false},
		{"", 0, 1, false},
		{"unknown", 0, 1, false},
		{"n/a", 0, 1, false},
		{"120", 0, 0, true},
		{"-5", 0, 0, true},
		{"50-25", 0, 0, true},
		{"lots", 0, 0, true},
		{"NaN", 0, 0, true},
		{"1e3", 0, 0, true},
	}
	for _, tt := range tests {
		got, err := ParseShare(tt.in)
		if tt.wantErr {
			if err == nil || !errors.Is(err, ErrShare) {
				t.Errorf("ParseShare(%q) = %v, %v; want an ErrShare error", tt.in, got, err)
			}
			continue
		}
		if err != nil || !near(got.Low, tt.lo) || !near(got.High, tt.hi) {
			t.Errorf("ParseShare(%q) = %v, %v; want [%v, %v]", tt.in, got, err, tt.lo, tt.hi)
		}
	}
}

// TestParseShareOpenBound: "under X" excludes X ("<25", "less than 25%":
// a holder of under 25% is below a 25% threshold), "up to X" includes it.
func TestParseShareOpenBound(t *testing.T) {
	for in, open := range map[string]bool{
		"<25":                                 true,
		"< 50%":                               true,
		"less than 25%":                       true,
		"fewer than 10 %":                     true,
		"More than 50% but less than 75%":     true,
		"<=25":                                false,
		"≤ 25":                                false,
		"up to 25%":                           false,
		"at most 25%":                         false,
		"not more than 50%":                   false,
		"more than 25% but not more than 50%": false,
		"25-50":                               false,
		">75":                                 false,
	} {
		got, err := ParseShare(in)
		if err != nil || got.HighOpen != open {
			t.Errorf("ParseShare(%q) = %+v, %v; want HighOpen %v", in, got, err, open)
		}
		if open && !got.Below(got.High, 0) {
			t.Errorf("ParseShare(%q) = %+v is not below its own upper end", in, got)
		}
	}
	for _, in := range []string{"<0", "< 0%", "less than 0%", "more than 30% but less than 30%"} {
		if got, err := ParseShare(in); !errors.Is(err, ErrShare) {
			t.Errorf("ParseShare(%q) = %+v, %v; want an ErrShare error (under nothing)", in, got, err)
		}
	}
}

func near(a, b float64) bool { d := a - b; return d < 1e-12 && d > -1e-12 }

func TestParseDate(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in      string
		want    time.Time
		wantErr bool
	}{
		{"2024-01-31", d(2024, 1, 31), false},
		{"2024-01-31T00:00:00Z", d(2024, 1, 31), false},
		{"2024-01-31 00:00:00", d(2024, 1, 31), false},
		{"2024/01/31", d(2024, 1, 31), false},
		{"31/01/2024", d(2024, 1, 31), false},
		{"01/02/2024", d(2024, 2, 1), false},  // day first
		{"01/31/2024", d(2024, 1, 31), false}, // month first only when day first is impossible
		{"31.01.2024", d(2024, 1, 31), false},
		{"31-01-2024", d(2024, 1, 31), false},
		{"31 Jan 2024", d(2024, 1, 31), false},
		{"2020-3-15", d(2020, 3, 15), false},
		{"2020/3/15", d(2020, 3, 15), false},
		{"2020-2-30", time.Time{}, true},
		{"1/2/2020 0:00", d(2020, 2, 1), false},
		{"15/03/2020 13:45:10", d(2020, 3, 15), false},
		{"3/15/2020 9:30 PM", d(2020, 3, 15), false},
		{"2020-3-15 0:00", d(2020, 3, 15), false},
		{"2024-01-31 12:30", d(2024, 1, 31).Add(12*time.Hour + 30*time.Minute), false},
		{"Jan 31, 2024", d(2024, 1, 31), false},
		{"2024-01", d(2024, 1, 1), false},
		{"2024", d(2024, 1, 1), false},
		{"45322", d(2024, 1, 31), false}, // Excel serial
		{"45322.5", d(2024, 1, 31).Add(12 * time.Hour), false},
		{"61", d(1900, 3, 1), false},
		{"", time.Time{}, false},
		{"31/02/2024", time.Time{}, true},
		{"13/13/2024", time.Time{}, true},
		{"yesterday", time.Time{}, true},
		{"12", time.Time{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.wantErr || !got.Equal(tt.want) {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

// TestBirthDate checks that a birth date keeps the precision it was given.
func TestBirthDate(t *testing.T) {
	for in, want := range map[string]string{"1961": "1961", " 1961-03 ": "1961-03", "1961-03-15": "1961-03-15", "15/03/1961": "1961-03-15", "15 Mar 1961": "1961-03-15"} {
		if got, err := BirthDate(in); err != nil || got != want {
			t.Errorf("BirthDate(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	for _, in := range []string{"1961-13-45", "soon"} {
		if got, err := BirthDate(in); err == nil {
			t.Errorf("BirthDate(%q) = %q, want an error", in, got)
		}
	}
}

// TestIMOProblemShort: a number of fewer than seven digits is read with its
// leading zeros restored; when that reading is not valid the problem says
// the number is short first, so that the check digit it gives is not taken
// for the fix.
func TestIMOProblemShort(t *testing.T) {
	tests := []struct {
		given, want string
	}{
		{"93214", `IMO "93214" has 5 digits, not seven; read as 0093214 (leading zeros restored), it fails its check digit (expected 5)`},
		{"1", `IMO "1" has 1 digit, not seven; read as 0000001 (leading zeros restored), it fails its check digit (expected 0)`},
		{"0", `IMO "0" has 1 digit, not seven; read as 0000000 (leading zeros restored), it is not a ship IMO number`},
		{"0093214", "IMO 0093214 fails its check digit (expected 5)"},
		{"9321484", "IMO 9321484 fails its check digit (expected 3)"},
		{"12345678", `IMO "12345678" is not seven digits`},
		{"0000000", `IMO "0000000" is not a ship IMO number`},
		{"414249", ""}, // 0414249 is valid: a spreadsheet dropped its zero
		{"9321483", ""},
	}
	for _, tt := range tests {
		digits, ok := NormalizeIMO(tt.given)
		if got := shipIMOProblem(tt.given, digits, ok); got != tt.want {
			t.Errorf("shipIMOProblem(%q) = %q, want %q", tt.given, got, tt.want)
		}
	}
	digits, ok := NormalizeIMO("20419")
	if got, want := companyIMOProblem("20419", digits, ok), `company IMO "20419" has 5 digits, not seven; read as 0020419`; !strings.HasPrefix(got, want) {
		t.Errorf("companyIMOProblem(20419) = %q, want it to start %q", got, want)
	}
}
