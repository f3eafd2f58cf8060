package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/xuri/excelize/v2"

	"github.com/tokenaudit/audit/internal/sanctions"
)

// queriesList is a small OpenSanctions list: a person with a birth date
// and a country, and a company whose name shares a word with the person's.
const queriesList = `id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change
P-1,Person,Ivan Petrovich Sidorov,,1961-03-15,ru,,,,,,test,2024-01-01,2024-05-01,2024-01-01
C-1,Company,Sidorov Trading LLC,,,ae,,,,,,test,2024-01-01,2024-05-01,2024-01-01
`

// writeFile writes text to name in dir and returns its path.
func writeFile(t *testing.T, dir, name, text string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// screenOut is the JSON output of audit screen.
type screenOut struct {
	Results []screenResult `json:"results"`
}

// screenJSON runs audit screen --format json with args, the output through
// --out (screen writes to the process's stdout otherwise), and returns it
// read, with stderr and the exit code.
func screenJSON(t *testing.T, args ...string) (screenOut, string, int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.json")
	_, stderr, code := runAudit(t, append([]string{"screen", "--format", "json", "--out", out}, args...)...)
	var got screenOut
	if code == 0 || code == 1 || code == 3 {
		b, err := os.ReadFile(out)
		if err != nil {
			if code == 0 {
				t.Fatalf("no output: %v\n%s", err, stderr)
			}
			return got, stderr, code
		}
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, b)
		}
	}
	return got, stderr, code
}

// argMatches screens name as an argument with flags and returns its matches.
func argMatches(t *testing.T, list, name string, flags ...string) []screenMatch {
	t.Helper()
	args := append([]string{"--sanctions", list, "--review", "0.5"}, flags...)
	got, stderr, code := screenJSON(t, append(args, "--", name)...)
	if code != 0 || len(got.Results) != 1 {
		t.Fatalf("screen %s %q: exit %d, %d results\n%s", strings.Join(flags, " "), name, code, len(got.Results), stderr)
	}
	return got.Results[0].Matches
}

// TestScreenQueriesRowParty: each row's type, country and birth date change
// its matches exactly as --type, --country and --birth-date do for the same
// name given as an argument, the flags given on the command line being the
// default of rows without them; each result carries the row's id, file and
// row, in file order, after the arguments.
func TestScreenQueriesRowParty(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	// Semicolons and headers as a CRM writes them.
	queries := writeFile(t, dir, "crm.csv", "\ufeffCustomer Ref;Full Name;Entity Type;Nationality;Date of Birth\n"+
		"A-1;Ivan Sidorov;Person;Russia;15/03/1961\n"+
		"A-2;Ivan Sidorov;individual;FR;1975\n"+
		"A-3;Ivan Sidorov;Company;;\n"+
		"A-4;Ivan Sidorov;;;\n"+
		"A-5;Ivan Sidorov;;fr;\n")
	want := []struct {
		id    string
		row   int
		flags []string
	}{
		{"A-1", 2, []string{"--type", "individual", "--country", "RU", "--birth-date", "1961-03-15"}},
		{"A-2", 3, []string{"--type", "individual", "--country", "FR", "--birth-date", "1975"}},
		{"A-3", 4, []string{"--type", "entity", "--birth-date", "1961"}},
		{"A-4", 5, []string{"--birth-date", "1961"}},
		{"A-5", 6, []string{"--country", "FR", "--birth-date", "1961"}},
	}
	got, stderr, code := screenJSON(t, "--sanctions", list, "--review", "0.5", "--birth-date", "1961", "--queries", queries, "Sidorov Trading")
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if len(got.Results) != 1+len(want) {
		t.Fatalf("%d results, want %d", len(got.Results), 1+len(want))
	}
	if r := got.Results[0]; r.Query != "Sidorov Trading" || r.Row != 0 || r.File != "" || r.ID != "" {
		t.Errorf("first result %+v, want the argument with no row", r)
	}
	scores := map[string]float64{}
	for i, w := range want {
		r := got.Results[i+1]
		if r.ID != w.id || r.Row != w.row || r.File != queries || r.Query != "Ivan Sidorov" || r.Error != "" {
			t.Errorf("result %d: id %q row %d file %q query %q error %q, want id %s row %d file %s", i+1, r.ID, r.Row, r.File, r.Query, r.Error, w.id, w.row, queries)
		}
		if flagged := argMatches(t, list, "Ivan Sidorov", w.flags...); !reflect.DeepEqual(r.Matches, flagged) {
			t.Errorf("row %s: matches\n%+v\nwith %v as flags:\n%+v", w.id, r.Matches, w.flags, flagged)
		}
		for _, m := range r.Matches {
			if m.EntryID == "P-1" {
				scores[w.id] = m.Score
			}
		}
	}
	// The rows' own values are used: they give different scores.
	if scores["A-1"] == scores["A-2"] || scores["A-4"] == scores["A-5"] {
		t.Errorf("scores of P-1 by row %v: the row's country and birth date change nothing", scores)
	}
	if _, ok := scores["A-3"]; ok {
		t.Errorf("row A-3 (Company) matched the person P-1")
	}
}

// TestScreenQueriesXLSX: a sheet named after the file (book.xlsx:Clients),
// or the first sheet; date cells read as dates; a note past the header is
// not read; an unknown sheet is a usage error naming the sheets.
func TestScreenQueriesXLSX(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	f := excelize.NewFile()
	f.SetCellStr("Sheet1", "A1", "notes, not the clients")
	if _, err := f.NewSheet("Clients"); err != nil {
		t.Fatal(err)
	}
	rows := [][]any{
		{"ID", "Counterparty", "Type", "Country", "DOB", "Wallet"},
		{"X-1", "Ivan Sidorov", "person", "ru", time.Date(1961, 3, 15, 0, 0, 0, 0, time.UTC), nil},
		{"X-2", "Ivan Sidorov", "person", "ru", time.Date(1975, 1, 2, 0, 0, 0, 0, time.UTC), nil},
		{"X-3", nil, nil, nil, nil, "0x1111111111111111111111111111111111111111"},
	}
	for i, row := range rows {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("Clients", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	style, _ := f.NewStyle(&excelize.Style{NumFmt: 14})
	f.SetCellStyle("Clients", "E2", "E3", style)
	// a note in an unheaded column is not read, and does not stop the row
	// (in CSV a cell past the header is a value cut at a separator)
	f.SetCellStr("Clients", "H2", "called 2024-03-01")
	book := filepath.Join(dir, "book.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	got, stderr, code := screenJSON(t, "--sanctions", list, "--review", "0.5", "--queries", book+":Clients")
	if code != 0 || len(got.Results) != 3 {
		t.Fatalf("exit %d, %d results\n%s", code, len(got.Results), stderr)
	}
	for i, flags := range [][]string{
		{"--type", "individual", "--country", "RU", "--birth-date", "1961-03-15"},
		{"--type", "individual", "--country", "RU", "--birth-date", "1975-01-02"},
	} {
		r := got.Results[i]
		if r.Sheet != "Clients" || r.Row != i+2 || r.ID != fmt.Sprintf("X-%d", i+1) {
			t.Errorf("result %d: sheet %q row %d id %q", i, r.Sheet, r.Row, r.ID)
		}
		if flagged := argMatches(t, list, "Ivan Sidorov", flags...); !reflect.DeepEqual(r.Matches, flagged) {
			t.Errorf("row %d: matches\n%+v\nwith %v as flags:\n%+v", i+2, r.Matches, flags, flagged)
		}
	}
	if r := got.Results[2]; r.Query != "0x1111111111111111111111111111111111111111" || r.Error != "" {
		t.Errorf("row 4 (a wallet only): query %q error %q", r.Query, r.Error)
	}

	// Without a sheet: the first one, which has no name column.
	_, stderr, code = screenJSON(t, "--sanctions", list, "--queries", book)
	if code != 2 || !strings.Contains(stderr, "sheet Sheet1, row 1: no name, address or imo column") {
		t.Errorf("first sheet without a name column: exit %d\n%s", code, stderr)
	}
	_, stderr, code = screenJSON(t, "--sanctions", list, "--queries", book+":Customers")
	if code != 2 || !strings.Contains(stderr, `no sheet "Customers" (sheets: Sheet1, Clients)`) {
		t.Errorf("unknown sheet: exit %d\n%s", code, stderr)
	}
}

// TestScreenQueriesText: a file that is not a table is one query per line
// (byte-order mark and blank lines aside), each screened as the same
// argument would be with the flags, rows numbered as lines.
func TestScreenQueriesText(t *testing.T) {
	dir := t.TempDir()
	queries := writeFile(t, dir, "names.txt", "\ufeffChong Chon Gang\r\n\r\n  IMO 7937317  \nSidorov, Ivan\n")
	got, stderr, code := screenJSON(t, "--type", "vessel", "--queries", queries)
	if code != 0 || len(got.Results) != 3 {
		t.Fatalf("exit %d, %d results\n%s", code, len(got.Results), stderr)
	}
	for i, w := range []struct {
		query string
		row   int
	}{{"Chong Chon Gang", 1}, {"IMO 7937317", 3}, {"Sidorov, Ivan", 4}} {
		r := got.Results[i]
		if r.Query != w.query || r.Row != w.row || r.File != queries {
			t.Errorf("result %d: query %q row %d file %q, want %q row %d", i, r.Query, r.Row, r.File, w.query, w.row)
		}
		args, _, _ := screenJSON(t, "--type", "vessel", "--", w.query)
		if !reflect.DeepEqual(r.Matches, args.Results[0].Matches) {
			t.Errorf("%q: matches\n%+v\nas an argument:\n%+v", w.query, r.Matches, args.Results[0].Matches)
		}
	}
	if len(got.Results[0].Matches) == 0 || len(got.Results[1].Matches) == 0 {
		t.Errorf("the vessel and its IMO number matched nothing: %+v", got.Results[:2])
	}
}

// TestScreenQueriesBadRows: a row that cannot be screened is named on
// stderr with its file, row and column, written as an error row in file
// order, the other rows screened, and the command exits 1; CSV output
// quotes formula-looking cells of the file (name, id) as it does arguments.
// A file with no name column, or two, is refused before any list loads.
func TestScreenQueriesBadRows(t *testing.T) {
	dir := t.TempDir()
	queries := writeFile(t, dir, "bad.csv", "id,name,type,country,birth_date,wallet,imo\n"+
		"1,Chong Chon Gang,vessel,,,,\n"+
		"2,,,,,,\n"+
		"3,Kim,person,,31/31/1990,,\n"+
		"4,Kim,partnership,Narnia,,,\n"+
		"5,Kim,,,,0x12,\n"+
		"6,,,,,,IMO 12\n"+
		",,,,,,\n"+
		"@SUM(1),\"=HYPERLINK(\"\"http://evil.example\"\")\",,,,,\n")
	out := filepath.Join(dir, "out.csv")
	_, stderr, code := runAudit(t, "screen", "--queries", queries, "--out", out)
	if code != 1 {
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	for _, want := range []string{
		"audit: queries " + queries + ", row 3: nothing to screen: no value in column name, wallet, imo\n",
		"audit: queries " + queries + ", row 4: column birth_date: date \"31/31/1990\": no such day\n",
		"audit: queries " + queries + ", row 5: column type: \"partnership\" is not a type",
		"; column country: \"Narnia\" is not a country name or ISO 3166 code (or several, as RU;CY)\n",
		"audit: queries " + queries + ", row 6: column wallet: \"0x12\" is not an 0x address",
		"audit: queries " + queries + ", row 7: column imo: \"IMO 12\" is not an IMO number",
		"audit: 5 of 7 queries not screened",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatalf("no output written: %v", err)
	}
	recs, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := recs[0]
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	var rows []string
	errors := 0
	for _, rec := range recs[1:] {
		rows = append(rows, rec[col["row"]])
		if rec[col["error"]] != "" {
			errors++
		}
	}
	// Each file row has one CSV row (no row matches more than one entry);
	// the blank row 8 is skipped.
	if want := []string{"2", "3", "4", "5", "6", "7", "9"}; !reflect.DeepEqual(rows, want) || errors != 5 {
		t.Errorf("rows %v with %d errors, want %v with 5", rows, errors, want)
	}
	last := recs[len(recs)-1]
	if last[col["query"]] != `'=HYPERLINK("http://evil.example")` || last[col["id"]] != "'@SUM(1)" {
		t.Errorf("formula-looking cells written as %q, id %q", last[col["query"]], last[col["id"]])
	}
	if first := recs[1]; first[col["entry_id"]] != "17069" || first[col["id"]] != "1" || first[col["file"]] != queries {
		t.Errorf("first row %q", first)
	}

	loads := countLoads(t)
	list := filepath.Join("..", "..", "fixtures", "sanctions", "sdn.csv")
	for _, tc := range []struct{ file, want string }{
		{"id,email\n1,a@b.c\n", "row 1: no name, address or imo column in the header"},
		{"Name,Full Name\nKim,Kim\n", `row 1: columns "Name" and "Full Name" both give the name: keep one`},
	} {
		p := writeFile(t, dir, "header.csv", tc.file)
		_, stderr, code := runAudit(t, "screen", "--sanctions", list, "--queries", p, "Kim")
		if code != 2 || !strings.Contains(stderr, "queries "+p+", "+tc.want) {
			t.Errorf("%q: exit %d\n%s", tc.file, code, stderr)
		}
	}
	if *loads != 0 {
		t.Errorf("the lists were loaded %d times for files refused", *loads)
	}
}

// countLoads counts the list loads of audit screen and scan until the test
// ends.
func countLoads(t *testing.T) *int {
	n := new(int)
	orig := loadLists
	loadLists = func(paths []string, opts sanctions.Options) (*sanctions.Index, []sanctions.Source, error) {
		*n++
		return orig(paths, opts)
	}
	t.Cleanup(func() { loadLists = orig })
	return n
}

// TestScreenQueries20000Rows: a 20,000-row file is screened with the lists
// loaded once, every row in the CSV output in file order with its id.
func TestScreenQueries20000Rows(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("id\tname\n")
	const n = 20000
	for i := 1; i <= n; i++ {
		name := fmt.Sprintf("Customer Number %d", i)
		if i%1000 == 0 {
			name = "Chong Chon Gang"
		}
		fmt.Fprintf(&b, "C%d\t%s\n", i, name)
	}
	queries := writeFile(t, dir, "big.tsv", b.String())
	loads := countLoads(t)
	out := filepath.Join(dir, "out.csv")
	list := filepath.Join("..", "..", "fixtures", "sanctions", "sdn.csv")
	_, stderr, code := runAudit(t, "screen", "--sanctions", list, "--format", "csv", "--out", out, "--queries", queries)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	if *loads != 1 {
		t.Errorf("the lists were loaded %d times, want once", *loads)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	last, matched := 1, 0 // the header is row 1
	for _, rec := range recs[1:] {
		row, _ := strconv.Atoi(rec[col["row"]])
		if row != last && row != last+1 || rec[col["id"]] != fmt.Sprintf("C%d", row-1) {
			t.Fatalf("row %d id %s after row %d: not in file order", row, rec[col["id"]], last)
		}
		last = row
		if rec[col["entry_id"]] == "17069" {
			matched++
		}
	}
	if last != n+1 || matched < n/1000 {
		t.Errorf("last row %d in the output, %d matches of 17069; want %d and at least %d", last, matched, n+1, n/1000)
	}
}

// TestScreenQueriesRealCRM screens yente's UN names with typos
// (full_name, date_of_birth and nationality columns, as a CRM exports
// them) against the real UN list: every row comes back in order, the rows
// whose birth date is no date (1968-13-30) as error rows, and most others
// match. Needs ../shared/data.
func TestScreenQueriesRealCRM(t *testing.T) {
	data := filepath.Join("..", "..", "..", "shared", "data")
	queries := filepath.Join(data, "names", "yente-candidates", "positives_un_treated.csv")
	list := filepath.Join(data, "sanctions", "un-consolidated-2025-08", "consolidatedLegacyByPRN.xml")
	for _, p := range []string{queries, list} {
		if _, err := os.Stat(p); err != nil {
			t.Skipf("real data not here (%v): see /work/shared/data/README.md", err)
		}
	}
	got, stderr, code := screenJSON(t, "--sanctions", list, "--type", "individual", "--queries", queries)
	if code != 1 && code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	f, err := os.Open(queries)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Results) != len(recs)-1 {
		t.Fatalf("%d results for %d rows", len(got.Results), len(recs)-1)
	}
	matched, errs := 0, 0
	for i, r := range got.Results {
		if r.Row != i+2 || r.Query != strings.TrimSpace(recs[i+1][0]) {
			t.Fatalf("result %d: row %d query %q, want row %d %q", i, r.Row, r.Query, i+2, recs[i+1][0])
		}
		if r.Error != "" {
			errs++
			if !strings.HasPrefix(r.Error, "column date_of_birth: ") || !strings.Contains(stderr, fmt.Sprintf("row %d: %s", r.Row, r.Error)) {
				t.Errorf("row %d: error %q, not on stderr as such", r.Row, r.Error)
			}
			continue
		}
		for _, m := range r.Matches {
			if !m.Review {
				matched++
				break
			}
		}
	}
	if (errs > 0) != (code == 1) {
		t.Errorf("%d error rows, exit %d", errs, code)
	}
	if screened := len(got.Results) - errs; matched < screened*9/10 {
		t.Errorf("%d of %d screened rows matched the UN list; want at least 90%%", matched, screened)
	}
	t.Logf("%d rows: %d matched, %d not screened", len(got.Results), matched, errs)
}

// TestScreenQueriesNameParts: a table with a person's name in parts (first,
// middle and last name columns, as CRM exports give it) and no name column
// screens each row as the parts joined, given name first, matching as that
// name given as an argument; a row with no part and no identifier is named
// with the columns it lacks.
func TestScreenQueriesNameParts(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "targets.simple.csv", queriesList)
	queries := writeFile(t, dir, "clients.csv", "Customer ID,First Name,Middle Name,Surname,DOB\n"+
		"A-1,Ivan,Petrovich,Sidorov,1961-03-15\n"+
		"A-2,Maria,,Lopez,\n"+
		"A-3,,,,\n")
	got, stderr, code := screenJSON(t, "--sanctions", list, "--review", "0.5", "--queries", queries)
	if code != 1 || len(got.Results) != 3 {
		t.Fatalf("exit %d, %d results, want 1 (a row with nothing to screen) and 3\n%s", code, len(got.Results), stderr)
	}
	for i, w := range []struct{ id, query string }{{"A-1", "Ivan Petrovich Sidorov"}, {"A-2", "Maria Lopez"}} {
		r := got.Results[i]
		if r.ID != w.id || r.Query != w.query {
			t.Errorf("row %d: id %q query %q, want %q %q", i+2, r.ID, r.Query, w.id, w.query)
		}
	}
	if want := argMatches(t, list, "Ivan Petrovich Sidorov", "--birth-date", "1961-03-15"); len(want) == 0 || !reflect.DeepEqual(got.Results[0].Matches, want) {
		t.Errorf("Ivan Petrovich Sidorov: matches\n%+v\nas an argument:\n%+v", got.Results[0].Matches, want)
	}
	if !strings.Contains(stderr, "row 4") || !strings.Contains(stderr, "First Name, Middle Name, Surname") {
		t.Errorf("the empty row is not named with its columns:\n%s", stderr)
	}
}

// TestScanLoadsListsLowGC: audit scan loads its --sanctions lists through
// loadLists, as screen does (loadLowGC: the GC target lowered while the
// index builds), once.
func TestScanLoadsListsLowGC(t *testing.T) {
	loads := countLoads(t)
	out := filepath.Join(t.TempDir(), "report.json")
	_, stderr, code := runAudit(t, "scan", "--registry", "../../fixtures/registry.xlsx", "--sanctions", "../../fixtures/sanctions/sdn.csv",
		"--list-date", "2024-05-03", "--format", "json", "--out", out, "--fail-on", "none")
	if code != 0 || *loads != 1 {
		t.Errorf("scan: exit %d, lists loaded %d times through loadLists, want 0 and 1\n%s", code, *loads, stderr)
	}
}

// screenJSONStdin is screenJSON with stdin as standard input.
func screenJSONStdin(t *testing.T, stdin string, args ...string) (screenOut, string, int) {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.json")
	var stdout, stderr strings.Builder
	app := newApp()
	app.Reader, app.Writer, app.ErrWriter = strings.NewReader(stdin), &stdout, &stderr
	err := app.Run(append([]string{"audit", "screen", "--format", "json", "--out", out}, args...))
	if err != nil {
		stderr.WriteString("audit: " + err.Error() + "\n")
	}
	var got screenOut
	if b, rerr := os.ReadFile(out); rerr == nil {
		if err := json.Unmarshal(b, &got); err != nil {
			t.Fatalf("output is not JSON: %v\n%s", err, b)
		}
	}
	return got, stderr.String(), exitCode(err)
}

// TestScreenQueriesStdin: --queries - reads standard input as it reads a
// file of the same content (a table when its first line names a query
// column, else one query per line), its rows naming their file "-" and
// their messages "standard input"; it can be given once.
func TestScreenQueriesStdin(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	for _, c := range []struct{ name, text string }{
		{"crm.csv", "\ufeffCustomer Ref;Full Name;Entity Type;Nationality\nA-1;Ivan Sidorov;person;RU\nA-2;;company;AE\nA-3;Sidorov Trading;company;\n"},
		{"names.txt", "Ivan Sidorov\n\nSidorov Trading\n"},
	} {
		file := writeFile(t, dir, c.name, c.text)
		want, _, _ := screenJSON(t, "--sanctions", list, "--review", "0.5", "--queries", file)
		got, stderr, code := screenJSONStdin(t, c.text, "--sanctions", list, "--review", "0.5", "--queries", "-")
		if len(got.Results) != len(want.Results) || len(got.Results) == 0 {
			t.Fatalf("%s: %d results from standard input, %d from the file (exit %d)\n%s", c.name, len(got.Results), len(want.Results), code, stderr)
		}
		for i := range want.Results {
			if got.Results[i].File != "-" {
				t.Errorf("%s: result %d names file %q, want -", c.name, i+1, got.Results[i].File)
			}
			got.Results[i].File = want.Results[i].File
		}
		if !reflect.DeepEqual(got.Results, want.Results) {
			t.Errorf("%s: standard input gave\n%+v\nthe file\n%+v", c.name, got.Results, want.Results)
		}
		if strings.HasSuffix(c.name, ".csv") {
			if wantMsg := "audit: queries standard input, row 3: nothing to screen"; !strings.Contains(stderr, wantMsg) {
				t.Errorf("stderr lacks %q:\n%s", wantMsg, stderr)
			}
		}
	}
	_, stderr, code := screenJSONStdin(t, "Ivan Sidorov\n", "--sanctions", list, "--queries", "-", "--queries", "-")
	if code != 2 || !strings.Contains(stderr, "standard input can be read once") {
		t.Errorf("--queries - twice: exit %d\n%s", code, stderr)
	}
}

// TestScreenQueriesSeveralCountries: a country cell naming several
// countries (a dual nationality) agrees with an entry of any of them and
// lowers the score of an entry of none, as --country does.
func TestScreenQueriesSeveralCountries(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	queries := writeFile(t, dir, "crm.csv", "name,nationality\nIvan Sidorov,CY; RU\nIvan Sidorov,Cyprus; France\n")
	got, stderr, code := screenJSON(t, "--sanctions", list, "--review", "0.5", "--type", "individual", "--queries", queries)
	if code != 0 || len(got.Results) != 2 || len(got.Results[0].Matches) != 1 || len(got.Results[1].Matches) != 1 {
		t.Fatalf("exit %d, results %+v\n%s", code, got.Results, stderr)
	}
	agree, differ := got.Results[0].Matches[0], got.Results[1].Matches[0]
	if !strings.Contains(agree.Explanation, "country RU agrees") || !strings.Contains(differ.Explanation, "countries CY, FR not among RU") || differ.Score >= agree.Score {
		t.Errorf("CY;RU: %.3f %s\nCyprus; France: %.3f %s", agree.Score, agree.Explanation, differ.Score, differ.Explanation)
	}
	flag, _, _ := screenJSON(t, "--sanctions", list, "--review", "0.5", "--type", "individual", "--country", "CY;RU", "--", "Ivan Sidorov")
	if len(flag.Results) != 1 || !reflect.DeepEqual(flag.Results[0].Matches, got.Results[0].Matches) {
		t.Errorf("--country CY;RU gave %+v, the row %+v", flag.Results, got.Results[0].Matches)
	}
}

// TestScreenQueriesRowsAsWritten: a CSV row is numbered as a spreadsheet
// shows it (blank lines count; a quoted cell over several lines does not
// push the rows after it down); a row with more
// cells than the header (an unquoted comma) is an error row, not a name
// cut at the comma; standard input may start with blank lines before its
// header; no query at all (an empty pipe) is an error, not a clear result.
func TestScreenQueriesRowsAsWritten(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	queries := writeFile(t, dir, "crm.csv", "name,country\n\nIvan Sidorov,RU\n\n\nSidorov, Ivan,RU\n")
	got, stderr, code := screenJSON(t, "--sanctions", list, "--queries", queries)
	if code != 1 || len(got.Results) != 2 {
		t.Fatalf("exit %d, %d results, want 1 and 2\n%s", code, len(got.Results), stderr)
	}
	if got.Results[0].Row != 3 || got.Results[1].Row != 6 {
		t.Errorf("rows %d and %d, want 3 and 6 (the lines they are on)", got.Results[0].Row, got.Results[1].Row)
	}
	if want := "row 6: the row has 3 cells, the header 2"; !strings.Contains(stderr, want) || got.Results[1].Error == "" {
		t.Errorf("an extra cell: error %q, stderr lacks %q:\n%s", got.Results[1].Error, want, stderr)
	}
	// a quoted cell over several lines (a CRM's address) is one row, as
	// LibreOffice and Excel show it: the rows after it are not pushed down
	queries = writeFile(t, dir, "crm2.csv", "name,note,country\r\nIvan Petrov,\"1 Lenina St\r\nMoscow\r\nRussia\",RU\r\n\r\nIvan Sidorov,\"2 Mira Ave\nKazan\",RU\r\nOlga Ivanova,,RU\r\n")
	got, stderr, code = screenJSON(t, "--sanctions", list, "--review", "0.5", "--queries", queries)
	if code != 0 || len(got.Results) != 3 {
		t.Fatalf("multi-line cells: exit %d, %d results, want 0 and 3\n%s", code, len(got.Results), stderr)
	}
	if rows := []int{got.Results[0].Row, got.Results[1].Row, got.Results[2].Row}; !reflect.DeepEqual(rows, []int{2, 4, 5}) {
		t.Errorf("multi-line cells: rows %v, want [2 4 5] (lines 2, 6 and 8)", rows)
	}
	piped, stderr, code := screenJSONStdin(t, "\n\nname,country\nIvan Sidorov,RU\n", "--sanctions", list, "--review", "0.5", "--queries", "-")
	if code != 0 || len(piped.Results) != 1 || piped.Results[0].Query != "Ivan Sidorov" || len(piped.Results[0].Matches) == 0 {
		t.Errorf("standard input after blank lines: exit %d, results %+v\n%s", code, piped.Results, stderr)
	}
	_, stderr, code = screenJSONStdin(t, "", "--sanctions", list, "--fail-on-match", "--queries", "-")
	if code != 1 || !strings.Contains(stderr, "no query to screen: the --queries file(s) standard input hold no row") {
		t.Errorf("empty standard input: exit %d\n%s", code, stderr)
	}
}

// TestScreenFailOnMatchWinsOverBadRows: with --fail-on-match, a match is
// exit 3 even when other rows could not be screened, and the message
// counts both; without a match the bad rows are exit 1.
func TestScreenFailOnMatchWinsOverBadRows(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	queries := writeFile(t, dir, "crm.csv", "name,country\nIvan Petrovich Sidorov,RU\nNobody,Narnia\n")
	_, stderr, code := screenJSON(t, "--sanctions", list, "--fail-on-match", "--queries", queries)
	if code != 3 || !strings.Contains(stderr, "1 of 2 queries matched at or above 0.80; 1 not screened") {
		t.Errorf("a match and a bad row: exit %d, want 3\n%s", code, stderr)
	}
	queries = writeFile(t, dir, "clean.csv", "name,country\nNobody Here,FR\nNobody,Narnia\n")
	_, stderr, code = screenJSON(t, "--sanctions", list, "--fail-on-match", "--queries", queries)
	if code != 1 {
		t.Errorf("no match and a bad row: exit %d, want 1\n%s", code, stderr)
	}
}

// TestScreenQueriesNotUTF8: a row in Latin-1 (a CRM export saved as
// Windows-1252) is an error row naming its column, not a mangled name
// screened and written back as invalid bytes; in a text file, its line.
func TestScreenQueriesNotUTF8(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	for _, c := range []struct{ name, text, want string }{
		{"crm.csv", "name,id\nM\xfcller GmbH,X3\nIvan Sidorov,X4\n", "row 2: column name: not UTF-8 text"},
		{"names.txt", "M\xfcller GmbH\nIvan Sidorov\n", "row 1: not UTF-8 text"},
	} {
		queries := writeFile(t, dir, c.name, c.text)
		got, stderr, code := screenJSON(t, "--sanctions", list, "--queries", queries)
		if code != 1 || len(got.Results) != 2 || got.Results[0].Error == "" || got.Results[1].Error != "" || !strings.Contains(stderr, c.want) ||
			got.Results[0].Query != "M\uFFFDller GmbH" {
			t.Errorf("%s: exit %d, results %+v\n%s", c.name, code, got.Results, stderr)
		}
	}
}

// TestScreenLongNameNoted: a name of more words than are compared says so
// on the query, matched or not.
func TestScreenLongNameNoted(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	long := strings.TrimSpace(strings.Repeat("filler ", 70)) + " Ivan Sidorov"
	got, stderr, code := screenJSON(t, "--sanctions", list, "--", long, "Ivan Sidorov")
	if code != 0 || len(got.Results) != 2 {
		t.Fatalf("exit %d, %d results\n%s", code, len(got.Results), stderr)
	}
	if want := "only the first 64 of the name's 72 words were compared"; got.Results[0].Note != want {
		t.Errorf("note %q, want %q", got.Results[0].Note, want)
	}
	if got.Results[1].Note != "" {
		t.Errorf("a short name has the note %q", got.Results[1].Note)
	}
	// the same name as a --queries row says it too
	rows, stderr, code := screenJSON(t, "--sanctions", list, "--queries", writeFile(t, dir, "long.txt", long+"\n"))
	if code != 0 || len(rows.Results) != 1 || rows.Results[0].Note != got.Results[0].Note {
		t.Errorf("as a --queries row: exit %d, results %+v\n%s", code, rows.Results, stderr)
	}
}

// TestScreenQueriesStdinUnknownHeader: standard input whose first line is
// a table header naming no query column is refused, as a .csv file is,
// not screened line by line with its separators in the names (a listed
// party passed --fail-on-match that way); a plain list of names is read.
func TestScreenQueriesStdinUnknownHeader(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	_, stderr, code := screenJSONStdin(t, "account,country\nIvan Petrovich Sidorov,RU\n", "--sanctions", list, "--fail-on-match", "--queries", "-")
	if code != 2 || !strings.Contains(stderr, `standard input's first line ("account", "country") reads as a table header but names no name, address or imo column`) {
		t.Errorf("an unknown header on standard input: exit %d\n%s", code, stderr)
	}
	got, stderr, code := screenJSONStdin(t, "Ivan Petrovich Sidorov\nNobody Here\n", "--sanctions", list, "--fail-on-match", "--queries", "-")
	if code != 3 || len(got.Results) != 2 {
		t.Errorf("a list of names: exit %d, %d results\n%s", code, len(got.Results), stderr)
	}
}

// TestScreenQueriesNameAliases: a table naming its name column for what
// the rows are (Vessel, Company, Customer) is screened by that name, not
// by its identifiers alone; a table with two such columns is refused, as
// one with two name columns is.
func TestScreenQueriesNameAliases(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	for _, header := range []string{"Vessel", "Company", "Customer", "Beneficiary"} {
		q := writeFile(t, dir, header+".csv", header+",IMO\nIvan Petrovich Sidorov,9074729\n")
		got, stderr, code := screenJSON(t, "--sanctions", list, "--queries", q)
		if code != 0 || len(got.Results) != 1 || got.Results[0].Query != "Ivan Petrovich Sidorov" || len(got.Results[0].Matches) == 0 {
			t.Errorf("%s column: exit %d, results %+v\n%s", header, code, got.Results, stderr)
		}
	}
	q := writeFile(t, dir, "both.csv", "Name,Company\nIvan Sidorov,Acme\n")
	if _, stderr, code := screenJSON(t, "--sanctions", list, "--queries", q); code != 2 || !strings.Contains(stderr, "both give the name") {
		t.Errorf("Name and Company columns: exit %d\n%s", code, stderr)
	}
}

// TestScreenQueriesSepLine: Excel's "sep=;" first line names the
// separator and is not the header, in a file and on standard input.
func TestScreenQueriesSepLine(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	text := "sep=;\nname;country\nIvan Petrovich Sidorov;RU\n"
	got, stderr, code := screenJSON(t, "--sanctions", list, "--queries", writeFile(t, dir, "sep.csv", text))
	if code != 0 || len(got.Results) != 1 || got.Results[0].Query != "Ivan Petrovich Sidorov" || got.Results[0].Row != 3 {
		t.Errorf("a file with a sep= line: exit %d, results %+v\n%s", code, got.Results, stderr)
	}
	piped, stderr, code := screenJSONStdin(t, text, "--sanctions", list, "--queries", "-")
	if code != 0 || len(piped.Results) != 1 || piped.Results[0].Query != "Ivan Petrovich Sidorov" {
		t.Errorf("standard input with a sep= line: exit %d, results %+v\n%s", code, piped.Results, stderr)
	}
}

// utf16LE is s as Excel's "Unicode Text" writes it: UTF-16 little-endian
// with a byte-order mark.
func utf16LE(s string) string {
	var b strings.Builder
	b.WriteString("\xff\xfe")
	for _, u := range utf16.Encode([]rune(s)) {
		b.WriteByte(byte(u))
		b.WriteByte(byte(u >> 8))
	}
	return b.String()
}

// TestScreenQueriesUTF16: Excel's "Unicode Text" export (UTF-16, tab
// separated, named .txt) is read as the table its first line heads, from a
// file and from standard input; a UTF-16 list of names is read as text.
func TestScreenQueriesUTF16(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	table := utf16LE("Name\tCountry\r\nIvan Petrovich Sidorov\tRU\r\n")
	for _, c := range []struct {
		name string
		run  func() (screenOut, string, int)
	}{
		{"file", func() (screenOut, string, int) {
			return screenJSON(t, "--sanctions", list, "--queries", writeFile(t, dir, "export.txt", table))
		}},
		{"standard input", func() (screenOut, string, int) {
			return screenJSONStdin(t, table, "--sanctions", list, "--queries", "-")
		}},
		{"a list of names", func() (screenOut, string, int) {
			return screenJSON(t, "--sanctions", list, "--queries", writeFile(t, dir, "names.txt", utf16LE("Ivan Petrovich Sidorov\r\n")))
		}},
	} {
		got, stderr, code := c.run()
		if code != 0 || len(got.Results) != 1 || got.Results[0].Query != "Ivan Petrovich Sidorov" || len(got.Results[0].Matches) == 0 {
			t.Errorf("%s: exit %d, results %+v\n%s", c.name, code, got.Results, stderr)
		}
	}
}

// TestScreenQueriesTwoDigitYearDates: a workbook birth date shown with a
// two-digit year (LibreOffice en-US, "03/15/61") is read by its stored
// serial, as the registry reads it, not refused as "not a date"; a text
// cell of the same characters still is.
func TestScreenQueriesTwoDigitYearDates(t *testing.T) {
	dir := t.TempDir()
	list := writeFile(t, dir, "list.csv", queriesList)
	f := excelize.NewFile()
	yy := "mm/dd/yy"
	style, _ := f.NewStyle(&excelize.Style{CustomNumFmt: &yy})
	for r, row := range [][]any{{"Name", "DOB"}, {"Ivan Sidorov", time.Date(1961, 3, 15, 0, 0, 0, 0, time.UTC)}, {"Ivan Sidorov", "03/15/61"}} {
		cell, _ := excelize.CoordinatesToCellName(1, r+1)
		if err := f.SetSheetRow("Sheet1", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	f.SetCellStyle("Sheet1", "B2", "B2", style)
	book := filepath.Join(dir, "dob.xlsx")
	if err := f.SaveAs(book); err != nil {
		t.Fatal(err)
	}
	if shown, err := excelize.OpenFile(book); err == nil {
		if v, _ := shown.GetCellValue("Sheet1", "B2"); v != "03/15/61" {
			t.Fatalf("the test needs B2 shown as 03/15/61, got %q", v)
		}
		shown.Close()
	}
	got, stderr, code := screenJSON(t, "--sanctions", list, "--review", "0.5", "--queries", book)
	if len(got.Results) != 2 {
		t.Fatalf("exit %d, %d results\n%s", code, len(got.Results), stderr)
	}
	if r := got.Results[0]; r.Error != "" || len(r.Matches) == 0 || !strings.Contains(r.Matches[0].Explanation, "birth year 1961 agrees") {
		t.Errorf("a date cell shown 03/15/61: %+v", r)
	}
	if r := got.Results[1]; r.Error == "" {
		t.Errorf("a text cell 03/15/61 was read as a date: %+v", r)
	}
}
