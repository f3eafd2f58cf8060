package sanctions

import (
	"slices"
	"strings"
	"testing"
)

func TestOFACBirthDates(t *testing.T) {
	tests := []struct {
		dob  string
		want []string
	}{
		{"21 Jan 1971", []string{"1971-01-21"}},
		{"Jan 1971", []string{"1971-01"}},
		{"1971", []string{"1971"}},
		{"01 Jan 1967 to 31 Dec 1969", []string{"1967-01-01", "1968", "1969-12-31"}},
		{"1951 to 1953", []string{"1951", "1952", "1953"}},
		{"26 Sep 1946 to 07 Dec 1946", []string{"1946-09-26", "1946-12-07"}},
		{"circa 1951", []string{"1949", "1950", "1951", "1952", "1953"}},
		{"circa 1979-1982", []string{"1977", "1978", "1979", "1980", "1981", "1982", "1983", "1984"}},
		{"1900 to 1990", nil},
		{"unknown", nil},
	}
	for _, tt := range tests {
		if got := parseOFACDates(tt.dob); !slices.Equal(got, tt.want) {
			t.Errorf("parseOFACDates(%q) = %q, want %q", tt.dob, got, tt.want)
		}
	}
}

func TestUNBirthDates(t *testing.T) {
	tests := []struct {
		dob  unDOB
		want []string
	}{
		{unDOB{Type: "EXACT", Date: "1971-05-02"}, []string{"1971-05-02"}},
		{unDOB{Type: "EXACT", Year: "1971"}, []string{"1971"}},
		{unDOB{Type: "BETWEEN", FromYear: "1967", ToYear: "1969"}, []string{"1967", "1968", "1969"}},
		{unDOB{Type: "APPROXIMATELY", Year: "1966"}, []string{"1964", "1965", "1966", "1967", "1968"}},
		{unDOB{Type: "FROM_YEAR", FromYear: "1967"}, []string{"1967"}},
		{unDOB{}, nil},
	}
	for _, tt := range tests {
		if got := tt.dob.birthDates(); !slices.Equal(got, tt.want) {
			t.Errorf("%+v.birthDates() = %q, want %q", tt.dob, got, tt.want)
		}
	}
}

// TestBirthYearInRangeAgrees screens a birth year inside an OFAC and a UN
// range of birth dates: it must agree with the entry, not lower its score
// into the review band.
func TestBirthYearInRangeAgrees(t *testing.T) {
	sdn := "23214,\"KIM, Jong Sik\",\"individual\",\"DPRK2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 01 Jan 1967 to 31 Dec 1969; Gender Male.\"\r\n"
	un := `<CONSOLIDATED_LIST dateGenerated="2025-08-02T23:00:00.935Z"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>KIM</FIRST_NAME><SECOND_NAME>JONG SIK</SECOND_NAME><REFERENCE_NUMBER>KPi.099</REFERENCE_NUMBER>` +
		`<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>BETWEEN</TYPE_OF_DATE><FROM_YEAR>1967</FROM_YEAR><TO_YEAR>1969</TO_YEAR></INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`
	for name, data := range map[string]string{"sdn.csv": sdn, "un.xml": un} {
		ix, _, err := LoadBytes(name, []byte(data), DefaultOptions)
		if err != nil {
			t.Fatal(err)
		}
		m := ix.Name(Query{Name: "KIM, Jong Sik", BirthDate: "1968"})
		if len(m) != 1 || m[0].Review || m[0].Score < 0.99 || !strings.Contains(m[0].Explanation, "birth year 1968 agrees") {
			t.Errorf("%s: matches %+v, want one at 1 with birth year 1968 agreeing", name, m)
		}
		m = ix.Name(Query{Name: "KIM, Jong Sik", BirthDate: "1970"})
		if len(m) != 1 || !strings.Contains(m[0].Explanation, "birth year 1970 not among") {
			t.Errorf("%s: matches %+v, want 1970 outside the range", name, m)
		}
	}
}
