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

func TestParseListDate(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"2024-05-03", "2024-05-03", true},
		{" 2024-05-03 ", "2024-05-03", true},
		{"2025-08-02T23:00:00.935Z", "2025-08-02", true}, // UN dateGenerated
		{"2024-05-03T00:00:00", "2024-05-03", true},      // OpenSanctions last_change
		{"2024-05-03T10:11:12+02:00", "2024-05-03", true},
		{"2024-05-03 10:11:12", "2024-05-03", true},
		{"@SUM(1+1)xx", "", false},
		{"2024-02-30", "", false},
		{"2024-13-01", "", false},
		{"2024-05-03xx", "", false},
		{"2024-05-03T99:00:00", "", false},
		{"03/05/2024", "", false},
		{"2024-5-3", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		if got, ok := parseListDate(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("parseListDate(%q) = %q, %v, want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestListDateNotADate loads lists whose date field is not a date: the list
// date is unknown (or taken from the other rows, or the given one) and a
// warning names the file, the row or attribute and the value.
func TestListDateNotADate(t *testing.T) {
	const header = "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change\n"
	tests := []struct {
		name, file, data string
		given            string // Options.ListDate
		wantDate         string
		wantWarning      string
	}{
		{"opensanctions formula", "os.csv", header + "NK-1,Person,Evil Person,,,,,,,,,us_ofac_sdn,2024-01-01,@SUM(1+1)xx,2024-01-01\n", "",
			"", `sanctions list os.csv, row 2, column last_seen: "@SUM(1+1)xx" is not a date (want YYYY-MM-DD or an ISO 8601 timestamp such as 2025-08-02T23:00:00Z): list date not known (see --list-date)`},
		{"opensanctions not a day", "os.csv", header + "NK-1,Person,Evil Person,,,,,,,,,us_ofac_sdn,2024-01-01,2024-02-30T00:00:00,2024-01-01\n", "2024-05-03",
			"2024-05-03", `sanctions list os.csv, row 2, column last_seen: "2024-02-30T00:00:00" is not a date (want YYYY-MM-DD or an ISO 8601 timestamp such as 2025-08-02T23:00:00Z): list date 2024-05-03 taken from --list-date`},
		{"opensanctions some rows", "os.csv", header +
			"NK-1,Person,A Person,,,,,,,,,x,,,9999-99-99\n" +
			"NK-2,Person,B Person,,,,,,,,,x,,,2024-04-01T08:00:00\n" +
			"NK-3,Person,C Person,,,,,,,,,x,,,\x1b[2J\n", "",
			"2024-04-01", `sanctions list os.csv, column last_change: rows 2 4 are not dates (want YYYY-MM-DD or an ISO 8601 timestamp such as 2025-08-02T23:00:00Z; row 2: "9999-99-99"): list date 2024-04-01 taken from the other rows`},
		{"un", "un.xml", strings.Replace(unSeed, "2025-08-02T23:00:00.935Z", "@SUM(1+1)xx", 1), "",
			"", `sanctions list un.xml, CONSOLIDATED_LIST attribute dateGenerated: "@SUM(1+1)xx" is not a date (want YYYY-MM-DD or an ISO 8601 timestamp such as 2025-08-02T23:00:00Z): list date not known`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := DefaultOptions
			opts.ListDate = tt.given
			ix, sources, err := LoadBytes(tt.file, []byte(tt.data), opts)
			if err != nil {
				t.Fatal(err)
			}
			if sources[0].ListDate != tt.wantDate || !slices.Equal(sources[0].Warnings, []string{tt.wantWarning}) {
				t.Errorf("list date %q, warnings %q\nwant %q, [%q]", sources[0].ListDate, sources[0].Warnings, tt.wantDate, tt.wantWarning)
			}
			for _, e := range ix.Entries() {
				if e.ListDate != tt.wantDate {
					t.Errorf("entry %s: list date %q, want %q", e.EntryID, e.ListDate, tt.wantDate)
				}
			}
		})
	}
	// The list date is the day the export last saw its sources (last_seen),
	// not the day an entry last changed.
	exported := header + "NK-1,Person,A Person,,,,,,,,,x,2020-01-01,2024-11-30T04:00:00,2023-06-23T00:00:00\n" +
		"NK-2,Person,B Person,,,,,,,,,x,2021-01-01,2024-11-29,2024-02-01\n"
	if _, sources, err := LoadBytes("os.csv", []byte(exported), DefaultOptions); err != nil || sources[0].ListDate != "2024-11-30" || len(sources[0].Warnings) != 0 {
		t.Errorf("export seen on 2024-11-30: list date %q, warnings %q, error %v; want 2024-11-30", sources[0].ListDate, sources[0].Warnings, err)
	}
	// The real files' dates are read without a warning.
	for _, data := range []string{osSeed, unSeed} {
		_, sources, err := LoadBytes("seed", []byte(data), DefaultOptions)
		if err != nil || sources[0].ListDate == "" || len(sources[0].Warnings) != 0 {
			t.Errorf("seed %.30q: source %+v, error %v", data, sources, err)
		}
	}
}
