package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/fixtures"
	"github.com/tokenaudit/audit/internal/csvsep"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
	"github.com/tokenaudit/audit/internal/shipid"
)

// Flags of `audit screen`.
var (
	screenFormatFlag = &cli.StringFlag{
		Name:  "format",
		Value: "text",
		Usage: "output `FORMAT`: text, json or csv (without it, the one the --out file's extension names, .txt .json .csv)",
	}
	pairsFlag = &cli.StringFlag{
		Name:  "pairs",
		Usage: "score the name pairs of `FILE.csv` (columns schema,name1,name2; others kept) and write it back with score and match columns",
	}
	failOnMatchFlag = &cli.BoolFlag{
		Name:  "fail-on-match",
		Usage: "exit 3 when any query has a match at or above --threshold (needs --sanctions)",
	}
	screenTypeFlag = &cli.StringFlag{
		Name:  "type",
		Usage: "screen the names as `TYPE`: individual, entity or vessel (any case); entries of another type are left out of name matches; identifiers match whatever the type",
	}
	countryFlag = &cli.StringFlag{
		Name:  "country",
		Usage: "the screened party's `COUNTRY` (ISO 3166 code or name; several, such as a dual nationality, as RU;CY): entries of none of them (nationalities, addresses, identity documents) score lower, at most 0.79 (review) unless --birth-date agrees",
	}
	birthDateFlag = &cli.StringFlag{
		Name:  "birth-date",
		Usage: "the screened person's birth `DATE` (a year, a month or a day, as registers write them: 1961, 1961-03, 15/03/1961): entries born in other years score lower",
	}
)

// screenFormats are the output formats of `audit screen`.
var screenFormats = []string{"text", "json", "csv"}

// screenCommand is `audit screen`: screen names, 0x addresses and IMO numbers
// against sanctions lists, or score name pairs for threshold calibration.
func screenCommand() *cli.Command {
	return &cli.Command{
		Name:      "screen",
		Usage:     "screen names, 0x addresses and IMO numbers against sanctions lists",
		ArgsUsage: "[QUERY...]",
		Description: "Each QUERY is recognised as an EVM address (0x and 40 hex digits, or the 40 digits\n" +
			"alone), an IMO number (7 digits, optionally after \"IMO\", \"IMO:\" or \"IMO No.\"), an MMSI\n" +
			"(9 digits, optionally after \"MMSI\" likewise) or a name, and is reported with every\n" +
			"list entry it matches: list, entry id, listed name, score and explanation (a QUERY\n" +
			"ending in .csv, .xml, .json, .xlsx or .txt is taken for a stray list file and refused;\n" +
			"one starting with - goes after \"--\": audit screen -- -NAME). A name match also says\n" +
			"which of the entry's names matched and its kind: primary, alias, former name, new name,\n" +
			"original script or weak alias (matched_name and name_kind in JSON and CSV, empty for\n" +
			"an address or IMO number; in text a line \"matched former name SAND SWAN (f.k.a.)\"\n" +
			"when it is not the primary name). An IMO number whose check digit fails (a ship's\n" +
			"and a company's) is noted as likely mistyped, in JSON and CSV as note (in CSV on each\n" +
			"row of the query, matched or not). So that a match can be cited, the text output starts\n" +
			"with the lists screened (path, format, entries, publication date, sha256), JSON gives them as\n" +
			"\"lists\" after schema_version and tool_version (docs/json-outputs.md), and each match\n" +
			"in JSON and CSV has its list_date (empty when the file carries\n" +
			"none and --list-date is not given) and source file. Names scoring in the review band\n" +
			"(--review up to --threshold) are reported with an explanation starting \"review:\" and, in\n" +
			"JSON and CSV, review true. CSV cells starting with = + - @ (other than plain numbers\n" +
			"such as -5) are written after a single quote, so that a spreadsheet does not run them.\n\n" +
			"--type, --country and --birth-date say what is known of the party the names belong to,\n" +
			"as a screening of customers would: entries of another type are left out of name matches\n" +
			"(an address or IMO number is decisive and matches whatever the type), and those of\n" +
			"another country or birth year score lower (an entry's countries: its nationalities,\n" +
			"addresses and identity documents such as passports; another country: at most 0.79, a\n" +
			"review even for the same name, unless the birth date agrees). Without --sanctions the\n" +
			"demo's embedded OFAC SDN excerpt (of the list of 2024-05-03) is used, to try the\n" +
			"command; --fail-on-match then refuses to run, as a pipeline must screen the real lists.\n\n" +
			"--queries FILE screens a file of counterparties, one result per row in file order, after\n" +
			"the QUERY arguments, with the lists loaded once: a CSV (.csv, .tsv: commas, semicolons or\n" +
			"tabs, as --pairs reads them) or XLSX (.xlsx: the first sheet, or FILE.xlsx:SHEET) table, or\n" +
			"else a text file of one query per line. A table's header is found in any case, _ - . as\n" +
			"spaces; it needs a name (or full name, counterparty, entity name, ...; or a person's name\n" +
			"in first name, middle name and last name or surname columns, joined), address (wallet)\n" +
			"or imo column, and may have id (reference, customer id, ...), type (individual, person,\n" +
			"entity, company, organisation, vessel, ship), country and birth date (dob) columns: a\n" +
			"row's type, country and birth date apply to it as --type, --country and --birth-date do,\n" +
			"which are the default for rows without them. A row's address and IMO number are screened\n" +
			"besides its name. Each result carries the row's id, file, sheet and row (in JSON; in CSV\n" +
			"the columns id, file, sheet, row, identifiers and error after the others; in text before\n" +
			"the query). Blank rows are skipped; a row that cannot be screened (no name or\n" +
			"identifier, a bad type, country, birth date, address or IMO number) is listed on stderr\n" +
			"with its file, sheet, row and column, and in the output as a row with an error; the\n" +
			"others are screened and the command then exits 1. Results are written as they are\n" +
			"screened.\n\n" +
			"With --pairs FILE.csv the rows (columns schema,name1,name2, others kept) are written back\n" +
			"with a score column and a match column (true at or above --threshold; audit_score and\n" +
			"audit_match when the file has a score or match column already), to calibrate the\n" +
			"threshold on labelled data. The cells copied from FILE.csv get the same single quote\n" +
			"(a name \"=1+1\" comes back as \"'=1+1\"), as the output is meant for a spreadsheet; give\n" +
			"such a file back to --pairs only after removing the quotes. Headers are found in any\n" +
			"case; fields are separated by commas, or semicolons or tabs when the header has more of\n" +
			"them (kept in the output; a file separated by semicolons gets its scores with a decimal\n" +
			"comma, 0,9123, as the spreadsheet programs that save such files read numbers); schema is\n" +
			"Person, Company, Organization, LegalEntity, Vessel or empty. Rows that cannot be scored\n" +
			"(too few fields, an empty name, another schema) are listed on stderr and nothing is\n" +
			"written.\n\n" +
			"Exit codes: 0 normally, even with matches; 3 with --fail-on-match when a query has a\n" +
			"match at or above --threshold; 2 usage error; 1 any other failure, or a --queries row\n" +
			"that cannot be screened.",
		Flags: []cli.Flag{sanctionsFlag, screenFormatFlag, outFlag, thresholdFlag, reviewFlag,
			screenTypeFlag, countryFlag, birthDateFlag, queriesFlag, pairsFlag, failOnMatchFlag, listDateFlag},
		Action: screenAction,
	}
}

// screenMatch is one match in the JSON output.
type screenMatch struct {
	List    string  `json:"list"`
	EntryID string  `json:"entry_id"`
	Name    string  `json:"name"`
	Score   float64 `json:"score"`
	// Review is true when the score is only in the review band, below
	// --threshold: a name to look at, not a match.
	Review      bool   `json:"review"`
	Explanation string `json:"explanation"`
	// ListDate is the list's publication date (YYYY-MM-DD), "" when not
	// known; Source the file the entry was read from.
	ListDate string `json:"list_date"`
	Source   string `json:"source"`
	// MatchedName is the entry's name the query matched, as listed, and
	// NameKind which of its names it is: primary, alias, former name,
	// new name, original script or weak alias; both "" for an identifier
	// match.
	MatchedName string `json:"matched_name"`
	NameKind    string `json:"name_kind"`
	note        string // sanctions.Match.NameNote, for the text output
}

// screenResult is one query and its matches in the JSON output.
type screenResult struct {
	Query   string        `json:"query"`
	Matches []screenMatch `json:"matches"`
	// Note says what is wrong with the query itself: an IMO number whose
	// check digit fails, which is likely mistyped.
	Note string `json:"note,omitempty"`
	// ID, File, Sheet and Row say which --queries row this is (the row's
	// own id as written, 1-based row as a spreadsheet numbers it), all
	// empty for a QUERY argument.
	ID    string `json:"id,omitempty"`
	File  string `json:"file,omitempty"`
	Sheet string `json:"sheet,omitempty"`
	Row   int    `json:"row,omitempty"`
	// Identifiers are the row's address and IMO number, screened besides
	// its name (Query), which is the first of them when it has no name.
	Identifiers []string `json:"identifiers,omitempty"`
	// Error says why the row was not screened (Matches then empty).
	Error string `json:"error,omitempty"`
}

// imoNote is a note for a query screened as an IMO number (as
// sanctions.IMOQuery reads it) that is neither a valid ship IMO nor a valid
// company IMO, or labelled IMO with a number of another length than seven
// digits (screened as a name), or "": its "no match" may only be a typing
// mistake.
func imoNote(q string) string {
	digits, ok := sanctions.IMOQuery(q)
	if rest := shipid.Unlabel(q, "IMO"); !ok && rest != strings.TrimSpace(q) && rest != "" && strings.Trim(rest, "0123456789") == "" {
		return fmt.Sprintf("IMO %s has %d digits, not seven: it was screened as a name, not as an IMO number; is it mistyped?", rest, len(rest))
	}
	if !ok {
		return ""
	}
	ship, shipOK := registry.ShipIMOCheckDigit(digits)
	company, companyOK := registry.CompanyIMOCheckDigit(digits)
	if !shipOK || !companyOK || registry.ValidShipIMO(digits) || registry.ValidCompanyIMO(digits) {
		return ""
	}
	return fmt.Sprintf("IMO %s fails its check digit: a ship IMO would end in %d (%s%d), a company IMO in %d (%s%d); is it mistyped?",
		digits, ship, digits[:6], ship, company, digits[:6], company)
}

// screenList is one list file screened against, as the JSON output and the
// text output's "lists:" lines name it, so that a match can be cited with
// the file, its digest and its publication date.
type screenList struct {
	Path     string `json:"path"`
	Format   string `json:"format"`
	ListDate string `json:"list_date"` // "" when not known
	Entries  int    `json:"entries"`
	SHA256   string `json:"sha256"`
	// Demo marks the demo's embedded excerpt, screened when no --sanctions
	// is given: a clear result against it means nothing.
	Demo bool `json:"demo,omitempty"`
}

func screenAction(c *cli.Context) error {
	queries, err := noFlagArgs(c, "queries")
	if err != nil {
		return err
	}
	for _, q := range queries {
		switch strings.ToLower(filepath.Ext(q)) {
		case ".csv", ".xml", ".json", ".xlsx", ".txt":
			return usageErrorf("screen: %q is a file name, not a query: give each file its own --sanctions (a list) or --queries (names to screen)", q)
		}
	}
	opts, err := matchOptions(c)
	if err != nil {
		return err
	}
	format, err := fileFormat(c, screenFormatFlag, screenFormats)
	if err != nil && c.String(pairsFlag.Name) == "" {
		return err
	}
	files := c.StringSlice(queriesFlag.Name)
	inputs := append([]string{c.String(pairsFlag.Name)}, listInputs(c.StringSlice(sanctionsFlag.Name))...)
	for _, f := range files {
		path, _ := queriesPath(f)
		inputs = append(inputs, path)
	}
	if err := outNotInput(outPath(c), inputs...); err != nil {
		return err
	}
	// Standard input is spooled to a file, as it is read twice; its rows
	// name it "-".
	shown := make([]string, len(files))
	if i := slices.Index(files, stdinQueries); i >= 0 {
		if slices.Contains(files[i+1:], stdinQueries) {
			return usageErrorf("--queries - is given twice: standard input can be read once")
		}
		dir, err := os.MkdirTemp("", "audit-queries-")
		if err != nil {
			return err
		}
		report.Temporary.Add(dir) // removed on a signal too: it holds the counterparties
		defer report.Temporary.Forget(dir)
		defer os.RemoveAll(dir)
		files = slices.Clone(files)
		if files[i], err = spoolStdin(c.App.Reader, dir); err != nil {
			return err
		}
		shown[i] = stdinQueries
	}
	if pairs := c.String(pairsFlag.Name); pairs != "" {
		if len(queries) > 0 || len(files) > 0 {
			return usageErrorf("--pairs takes no QUERY arguments and no --queries")
		}
		for _, f := range []string{screenTypeFlag.Name, countryFlag.Name, birthDateFlag.Name} {
			if c.IsSet(f) {
				return usageErrorf("--%s does not apply to --pairs: the schema column gives each pair's type", f)
			}
		}
		if c.Bool(failOnMatchFlag.Name) {
			return usageErrorf("--fail-on-match does not apply to --pairs: its match column says which pairs match")
		}
		if f := c.String(screenFormatFlag.Name); c.IsSet(screenFormatFlag.Name) && f != "csv" {
			return usageErrorf("--format %s does not apply to --pairs: it writes the CSV back", f)
		}
		p, err := readPairs(pairs, c.App.ErrWriter)
		if err != nil {
			return err
		}
		if score, match := p.addedColumns(); score != "score" {
			fmt.Fprintf(c.App.ErrWriter, "audit: pairs %s has a score or match column already: the scores are written as %s and %s\n", termText(pairs), score, match)
		}
		return screenOutput(c, func(w io.Writer) error { return scorePairs(p, opts, w) })
	}
	if len(queries) == 0 && len(files) == 0 {
		return usageErrorf("screen needs at least one QUERY (a name, a 0x address or an IMO number), --queries FILE or --pairs FILE")
	}
	if c.Bool(failOnMatchFlag.Name) && len(c.StringSlice(sanctionsFlag.Name)) == 0 {
		return usageErrorf("--fail-on-match needs --sanctions FILE: without it only the demo's 24-entry excerpt is screened, and a pipeline would pass on names the real lists hold")
	}
	party, err := screenParty(c)
	if err != nil {
		return err
	}
	// The files are read and checked before the lists load (a minute for
	// a large list), their rows that cannot be screened listed; they are
	// read again to be screened, so that no row is held in memory.
	bad, rows := 0, 0
	for i, f := range files {
		err := readQueries(f, shown[i], party, func(r queryRow) error {
			rows++
			if r.problem != "" {
				fmt.Fprintf(c.App.ErrWriter, "audit: %s: %s\n", termText(r.where()), termText(r.problem))
				bad++
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	if len(queries) == 0 && rows == 0 {
		// an empty file, or a pipe whose writer failed: no query is not a
		// clear result (--fail-on-match would pass)
		return fmt.Errorf("screen: no query to screen: the --queries file(s) %s hold no row", strings.Join(shownFiles(files, shown), ", "))
	}
	ix, lists, err := loadScreenLists(c, opts)
	if err != nil {
		return err
	}
	matched, total := 0, len(queries)+rows
	err = screenOutput(c, func(w io.Writer) error {
		// Buffered: a result is many small writes, and stdout is not.
		bw := bufio.NewWriter(w)
		sw := &screenWriter{w: bw, format: format, rows: len(files) > 0}
		if err := sw.begin(lists); err != nil {
			return err
		}
		for _, q := range queries {
			p := party
			p.Name = q
			r := screenResult{Query: q, Matches: []screenMatch{}, Note: imoNote(q)}
			if screenInto(ix, p, &r) {
				matched++
			}
			if err := sw.result(r); err != nil {
				return err
			}
		}
		screened := 0
		for i, f := range files {
			err := readQueries(f, shown[i], party, func(row queryRow) error {
				screened++
				r, hit := screenRow(ix, row)
				if hit {
					matched++
				}
				return sw.result(r)
			})
			if err != nil {
				return err
			}
		}
		if screened != rows {
			return fmt.Errorf("--queries: %d rows read to screen, %d when checked: a file changed meanwhile", screened, rows)
		}
		if err := sw.end(); err != nil {
			return err
		}
		return bw.Flush()
	})
	if err != nil {
		return err
	}
	// a match is what --fail-on-match exists for: it wins over the rows
	// that could not be screened, which its message still counts
	if c.Bool(failOnMatchFlag.Name) && matched > 0 {
		return matchesError{matched: matched, queries: total, threshold: opts.Threshold, unscreened: bad}
	}
	if bad > 0 {
		return fmt.Errorf("%d of %d queries not screened: rows that cannot be read (listed above, and as error rows in the output)", bad, total)
	}
	return nil
}

// shownFiles names the --queries files as messages do: standard input by
// that name (shown[i] set), any other by its path.
func shownFiles(files, shown []string) []string {
	out := make([]string, len(files))
	for i, f := range files {
		if shown[i] != "" {
			f = shown[i]
		}
		out[i] = shownQueries(f)
	}
	return out
}

// screenRow screens a --queries row, its name with what the row says of
// the party and its identifiers whatever its type; hit says whether a
// match is at or above the threshold. A row with a problem is its result
// with the error, unscreened.
func screenRow(ix *sanctions.Index, row queryRow) (r screenResult, hit bool) {
	r = screenResult{Query: row.party.Name, Matches: []screenMatch{}, ID: row.id, File: row.file,
		Sheet: row.sheet, Row: row.row, Identifiers: row.identifiers, Error: row.problem}
	if r.Query == "" && len(r.Identifiers) > 0 {
		r.Query, r.Identifiers = r.Identifiers[0], r.Identifiers[1:]
	}
	if row.problem != "" {
		return r, false
	}
	if row.party.Name != "" {
		hit = screenInto(ix, row.party, &r)
	}
	var notes []string
	if n := imoNote(row.party.Name); n != "" {
		notes = append(notes, n)
	}
	if r.Note != "" { // screenInto's, on the name (cut to its first words)
		notes = append(notes, r.Note)
	}
	for _, id := range row.identifiers {
		hit = screenInto(ix, sanctions.Query{Name: id}, &r) || hit
		if n := imoNote(id); n != "" {
			notes = append(notes, n)
		}
	}
	r.Note = strings.Join(notes, "; ")
	return r, hit
}

// manyMatches is the number of entries hit (review band included) from which a
// name screened with nothing else known of the party gets a note saying
// what narrows them.
const manyMatches = 10

// screenInto screens q (a name with what is known of the party, or an
// identifier) and appends its matches to r; hit says whether one is at or
// above the threshold, not only in the review band.
func screenInto(ix *sanctions.Index, q sanctions.Query, r *screenResult) (hit bool) {
	if n := sanctions.QueryWords(q.Name); n > sanctions.MaxQueryWords {
		// said on the query, matched or not: a cut name may hide a party
		cut := fmt.Sprintf("only the first %d of the name's %d words were compared", sanctions.MaxQueryWords, n)
		if r.Note != "" {
			cut = r.Note + "; " + cut
		}
		r.Note = cut
	}
	matches := ix.Lookup(q)
	if len(matches) >= manyMatches && q.Type == "" && len(q.Countries) == 0 && q.BirthDate == "" {
		many := fmt.Sprintf("%d entries hit by the name alone: what is known of the party narrows them (--type, --country, --birth-date, or those columns of --queries)", len(matches))
		if r.Note != "" {
			many = r.Note + "; " + many
		}
		r.Note = many
	}
	for _, m := range matches {
		expl := m.Explanation
		if m.Review {
			expl = "review: " + expl
		} else {
			hit = true
		}
		file, listDate := m.Cited() // an alias read from alt.csv, or a value only sdn_comments.csv gives: that file and its date
		r.Matches = append(r.Matches, screenMatch{List: m.Entry.List, EntryID: m.Entry.EntryID,
			Name: m.Entry.Name, Score: screenRound(m.Score), Review: m.Review, Explanation: expl,
			ListDate: listDate, Source: file, MatchedName: m.Name, NameKind: m.NameKind, note: m.NameNote()})
	}
	return hit
}

// screenParty is what --type, --country and --birth-date say of the
// screened party, checked.
func screenParty(c *cli.Context) (sanctions.Query, error) {
	typ := c.String(screenTypeFlag.Name)
	q := sanctions.Query{Type: strings.ToLower(strings.TrimSpace(typ))}
	if q.Type != "" && !slices.Contains([]string{"individual", "entity", "vessel"}, q.Type) {
		return q, usageErrorf("--type %q: want individual, entity or vessel (any case)", typ)
	}
	if country := c.String(countryFlag.Name); country != "" {
		var ok bool
		if q.Countries, ok = sanctions.CountryCodes(country); !ok {
			return q, usageErrorf("--country %q: not a country name or ISO 3166 code (several: RU;CY)", country)
		}
	}
	if d := c.String(birthDateFlag.Name); d != "" {
		var err error
		if q.BirthDate, err = registry.BirthDate(d); err != nil {
			return q, usageErrorf("--birth-date: %v", err)
		}
	}
	return q, nil
}

// buildGCPercent is the GC target while sanctions lists load and their
// index builds, unless GOGC is set: the build's live heap grows to GBs on
// a full OpenSanctions export, and at Go's default of 100 the process peaks
// at about twice it.
const buildGCPercent = 50

// loadLowGC is sanctions.Load with the GC target at buildGCPercent while
// it runs, unless the GOGC environment variable sets one, and as before
// after it.
func loadLowGC(paths []string, opts sanctions.Options) (*sanctions.Index, []sanctions.Source, error) {
	if os.Getenv("GOGC") == "" {
		defer debug.SetGCPercent(debug.SetGCPercent(buildGCPercent))
	}
	return sanctions.Load(paths, opts)
}

// loadLists is how loadScreenLists loads --sanctions: loadLowGC, a
// variable so that a test can count the loads.
var loadLists = loadLowGC

// loadScreenLists loads --sanctions, printing the lists' warnings on
// stderr, or else the demo's embedded SDN excerpt, saying so on stderr. It
// returns the index and the list files read.
func loadScreenLists(c *cli.Context, opts sanctions.Options) (*sanctions.Index, []screenList, error) {
	var ix *sanctions.Index
	var sources []sanctions.Source
	var err error
	if paths := c.StringSlice(sanctionsFlag.Name); len(paths) > 0 {
		ix, sources, err = loadLists(paths, opts)
		if err != nil {
			return nil, nil, err
		}
		for _, s := range sources {
			for _, w := range s.Warnings {
				fmt.Fprintf(c.App.ErrWriter, "audit: warning: %s\n", termText(w))
			}
		}
	} else {
		data := fixtures.Sanctions()
		if len(data) == 0 {
			return nil, nil, usageErrorf("no embedded sanctions list in this build: give --sanctions FILE")
		}
		if opts.ListDate == "" {
			opts.ListDate = demoListDate
		}
		if ix, sources, err = sanctions.LoadBytes("fixtures/"+fixtures.SanctionsPath, data, opts); err != nil {
			return nil, nil, err
		}
		fmt.Fprintf(c.App.ErrWriter, "audit: no --sanctions list given: screening against the demo's OFAC SDN excerpt (%d entries) only\n", sources[0].Entries)
	}
	demo := len(c.StringSlice(sanctionsFlag.Name)) == 0
	lists := make([]screenList, 0, len(sources))
	for _, s := range sources {
		lists = append(lists, screenList{Path: s.Path, Format: s.Format, ListDate: s.ListDate, Entries: s.Entries, SHA256: s.SHA256, Demo: demo})
	}
	return ix, lists, nil
}

// screenSchemaVersion is the schema_version of screen --format json,
// major.minor. It changes only when that layout changes incompatibly (a
// field removed, renamed or changing meaning: a new major); fields may be
// added within a major version. Issue #5 fixes results[].query and
// matches[].list, entry_id, name, score and explanation.
const screenSchemaVersion = "1.0"

// screenWriter writes results in a format as they are screened, holding
// none of them: in JSON schema_version, tool_version, a "lists" array then
// "results", in text "lists:"
// lines before the results, in CSV a header then rows, each match's
// list_date and source in its columns. With rows (--queries given), CSV has
// the columns id, file, sheet, row, identifiers and error after the others,
// and text puts a row's place before its query.
type screenWriter struct {
	w      io.Writer
	format string
	rows   bool
	cw     *csv.Writer
	n      int // results written
}

// begin writes what comes before the results.
func (s *screenWriter) begin(lists []screenList) error {
	switch s.format {
	case "json":
		b, err := json.MarshalIndent(lists, "  ", "  ")
		if err != nil {
			return err
		}
		tool, err := json.Marshal(version)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(s.w, "{\n  \"schema_version\": %q,\n  \"tool_version\": %s,\n  \"lists\": %s,\n  \"results\": [",
			screenSchemaVersion, tool, b)
		return err
	case "csv":
		s.cw = csv.NewWriter(s.w)
		// A query's note goes on each of its rows, as JSON gives it with
		// the query.
		header := []string{"query", "list", "entry_id", "name", "score", "review", "explanation", "list_date", "source", "matched_name", "name_kind", "note"}
		if s.rows {
			header = append(header, "id", "file", "sheet", "row", "identifiers", "error")
		}
		return s.cw.Write(header)
	}
	if _, err := fmt.Fprintln(s.w, "lists:"); err != nil {
		return err
	}
	for _, l := range lists {
		date := "list date not known (see --list-date)"
		if l.ListDate != "" {
			date = "list of " + l.ListDate
		}
		fmt.Fprintf(s.w, "  %s: %s, %d entries, %s, sha256 %s\n", termText(l.Path), l.Format, l.Entries, termText(date), l.SHA256)
		if l.Demo {
			fmt.Fprintln(s.w, "  (the demo's excerpt, not a sanctions list: \"no match\" here clears nobody; give --sanctions FILE)")
		}
	}
	return nil
}

// result writes one result.
func (s *screenWriter) result(r screenResult) error {
	s.n++
	switch s.format {
	case "json":
		b, err := json.MarshalIndent(r, "    ", "  ")
		if err != nil {
			return err
		}
		sep := ",\n    "
		if s.n == 1 {
			sep = "\n    "
		}
		_, err = fmt.Fprintf(s.w, "%s%s", sep, b)
		return err
	case "csv":
		var place []string
		if s.rows {
			row := ""
			if r.Row > 0 {
				row = strconv.Itoa(r.Row)
			}
			place = []string{csvText(r.ID), csvText(r.File), csvText(r.Sheet), row, csvText(strings.Join(r.Identifiers, " ")), csvText(r.Error)}
		}
		if len(r.Matches) == 0 {
			if err := s.cw.Write(append([]string{csvText(r.Query), "", "", "", "", "", "", "", "", "", "", csvText(r.Note)}, place...)); err != nil {
				return err
			}
		}
		for _, m := range r.Matches {
			err := s.cw.Write(append([]string{csvText(r.Query), csvText(m.List), csvText(m.EntryID), csvText(m.Name),
				strconv.FormatFloat(m.Score, 'f', 3, 64), strconv.FormatBool(m.Review), csvText(m.Explanation),
				csvText(m.ListDate), csvText(m.Source), csvText(m.MatchedName), m.NameKind, csvText(r.Note)}, place...))
			if err != nil {
				return err
			}
		}
		return nil
	}
	query := termText(r.Query)
	if r.Row > 0 {
		place := queryRow{file: r.File, sheet: r.Sheet, row: r.Row}.where()
		place = strings.TrimPrefix(place, "queries ")
		if r.ID != "" {
			place += ", id " + r.ID
		}
		query = termText(place) + ": " + query
	}
	if r.Error != "" {
		_, err := fmt.Fprintf(s.w, "%s: not screened: %s\n", query, termText(r.Error))
		return err
	}
	if len(r.Matches) == 0 {
		if _, err := fmt.Fprintf(s.w, "%s: no match\n", query); err != nil {
			return err
		}
	} else {
		review := 0
		for _, m := range r.Matches {
			if m.Review {
				review++
			}
		}
		if review == 0 {
			fmt.Fprintf(s.w, "%s: %d match(es)\n", query, len(r.Matches))
		} else {
			fmt.Fprintf(s.w, "%s: %d match(es), %d to review\n", query, len(r.Matches)-review, review)
		}
	}
	if len(r.Identifiers) > 0 {
		fmt.Fprintf(s.w, "  also screened: %s\n", termText(strings.Join(r.Identifiers, ", ")))
	}
	if r.Note != "" {
		fmt.Fprintf(s.w, "  note: %s\n", r.Note)
	}
	for _, m := range r.Matches {
		// An address list may give no name: no trailing blanks then.
		line := strings.TrimRight(fmt.Sprintf("  %.3f  %s %s  %s", m.Score, termText(m.List), termText(m.EntryID), termText(m.Name)), " ")
		fmt.Fprintln(s.w, line)
		if m.note != "" {
			fmt.Fprintf(s.w, "         %s\n", termText(m.note))
		}
		fmt.Fprintf(s.w, "         %s\n", termText(m.Explanation))
	}
	return nil
}

// end writes what comes after the results.
func (s *screenWriter) end() error {
	switch s.format {
	case "json":
		closing := "\n  ]\n}\n"
		if s.n == 0 {
			closing = "]\n}\n"
		}
		_, err := io.WriteString(s.w, closing)
		return err
	case "csv":
		s.cw.Flush()
		return s.cw.Error()
	}
	return nil
}

// termText shows the control characters of a value from a list or a query
// as escapes (\x1b), so that text output cannot drive the terminal it is
// printed on (a listed name holding "\x1b[2J" cleared the screen) and the
// odd value stays visible.
func termText(s string) string {
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !unicode.IsControl(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, "\\x%02x", r)
		default:
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

// pairSchemas are the schema values --pairs accepts (FollowTheMoney's, in
// any case), with the type each one screens as; an empty schema is a pair of
// unknown type.
var pairSchemas = []string{"Person", "Company", "Organization", "LegalEntity", "Vessel"}

// namePairs is a --pairs file read and checked: its header and rows, and
// where the schema, name1 and name2 columns are.
type namePairs struct {
	header []string
	rows   [][]string
	col    map[string]int
	comma  rune // the file's field separator, which the output keeps
}

// readPairs reads and checks a --pairs CSV with columns schema, name1 and
// name2 (found in any case, after a byte-order mark; other columns kept).
// Every row that cannot be scored (too few fields, an empty name, an unknown
// schema) is printed to errw, and the file is then refused as a whole, so
// that no partial output is written.
func readPairs(path string, errw io.Writer) (*namePairs, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("pairs %s: %w", path, err)
	}
	defer f.Close()
	br := bufio.NewReader(f)
	peek, _ := br.Peek(64 << 10)
	comma := rune(csvsep.Sniff(peek))
	r := csv.NewReader(br)
	r.Comma = comma
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err == io.EOF {
		return nil, usageErrorf("--pairs %s: empty file (want a header schema,name1,name2)", path)
	}
	if err != nil {
		return nil, fmt.Errorf("pairs %s, header: %w", path, err)
	}
	header[0] = strings.TrimPrefix(header[0], "\ufeff")
	p := &namePairs{header: header, col: map[string]int{}, comma: comma}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		if _, dup := p.col[name]; !dup {
			p.col[name] = i
		}
	}
	for _, need := range []string{"schema", "name1", "name2"} {
		if _, ok := p.col[need]; !ok {
			return nil, usageErrorf("--pairs %s: no %q column (want schema,name1,name2)", path, need)
		}
	}
	bad := 0
	for row := 2; ; row++ {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("pairs %s, row %d: %w", path, row, err)
		}
		if problem := p.check(rec); problem != "" {
			fmt.Fprintf(errw, "audit: pairs %s, row %d: %s\n", termText(path), row, termText(problem))
			bad++
			continue
		}
		p.rows = append(p.rows, rec)
	}
	if bad > 0 {
		return nil, fmt.Errorf("pairs %s: %d row(s) cannot be scored (listed above); nothing written", path, bad)
	}
	return p, nil
}

// check says what keeps a row from being scored, or "".
func (p *namePairs) check(rec []string) string {
	for _, name := range []string{"schema", "name1", "name2"} {
		if i := p.col[name]; i >= len(rec) {
			return fmt.Sprintf("%d field(s), no %s (column %d)", len(rec), name, i+1)
		}
	}
	for _, name := range []string{"name1", "name2"} {
		if strings.TrimSpace(rec[p.col[name]]) == "" {
			return "empty " + name
		}
	}
	if s := strings.TrimSpace(rec[p.col["schema"]]); s != "" && pairSchema(s) == "" {
		return fmt.Sprintf("schema %q: want %s or empty", s, strings.Join(pairSchemas, ", "))
	}
	return ""
}

// pairSchema is the accepted schema s stands for, in any case, or "".
func pairSchema(s string) string {
	for _, known := range pairSchemas {
		if strings.EqualFold(s, known) {
			return known
		}
	}
	return ""
}

// addedColumns are the names of the score and match columns scorePairs
// adds: score and match, or with "audit_" in front (as often as needed)
// when the file has a column of either name already (a peer's scores, or a
// file written by --pairs), so that no two columns have one name.
func (p *namePairs) addedColumns() (score, match string) {
	prefix := ""
	for {
		_, s := p.col[prefix+"score"]
		_, m := p.col[prefix+"match"]
		if !s && !m {
			return prefix + "score", prefix + "match"
		}
		prefix = "audit_" + prefix
	}
}

// scorePairs writes the pairs back with score and match columns (named by
// addedColumns). The cells copied from the file (header included) go
// through csvText, as the output is meant to be opened in a spreadsheet; in a
// file separated by semicolons, which spreadsheet programs set to a language
// with decimal commas save, scores are written with a decimal comma.
func scorePairs(p *namePairs, opts sanctions.Options, w io.Writer) error {
	cw := csv.NewWriter(w)
	cw.Comma = p.comma
	score, match := p.addedColumns()
	if err := cw.Write(append(csvTexts(p.header), score, match)); err != nil {
		return err
	}
	for _, rec := range p.rows {
		typ := sanctions.SchemaType(pairSchema(strings.TrimSpace(rec[p.col["schema"]])))
		score, _ := sanctions.ScoreNames(rec[p.col["name1"]], rec[p.col["name2"]], typ)
		text := strconv.FormatFloat(score, 'f', 4, 64)
		if p.comma == ';' {
			text = strings.Replace(text, ".", ",", 1)
		}
		if err := cw.Write(append(csvTexts(rec), text, strconv.FormatBool(score >= opts.Threshold))); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// screenOutput runs write against --out or the app's standard output, as
// every other command writes.
func screenOutput(c *cli.Context, write func(io.Writer) error) error {
	out := outPath(c)
	if out == "" {
		return write(c.App.Writer)
	}
	return writeOut(out, write)
}

func screenRound(f float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'f', 3, 64), 64)
	return v
}
