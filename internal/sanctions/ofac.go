package sanctions

import (
	"fmt"
	"github.com/tokenaudit/audit/internal/evmaddr"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

// ListOFAC is the List of entries read from an OFAC SDN file.
const ListOFAC = "OFAC SDN"

// ofacLoad is an sdn.csv read, kept so that add/alt/comments files given
// separately can be merged into it.
type ofacLoad struct {
	entries []*Entry
	byNum   map[string]*Entry
	remarks map[string]string // ent_num -> Remarks as read from sdn.csv
	sources []Source
	opts    Options
	// auxDate is the list date of an add, alt or comments file read: its
	// own --list-date PATH=DATE (auxDates) or else the one given for every
	// file (auxDate), not the sdn.csv's own, since OFAC publishes them
	// separately and a later alt.csv may be given beside an older sdn.csv.
	auxDate  string
	auxDates map[string]string
	at       int             // index of the sdn.csv Source in Load's sources
	merged   map[string]bool // formats of the add/alt/comments files merged
	aux      [3]string       // the add, alt and comments files found beside the sdn.csv, "" when absent
}

// ofacNull is how the legacy files write an empty field.
func ofacField(s string) string {
	s = strings.TrimSpace(s)
	if s == "-0-" {
		return ""
	}
	return s
}

// loadOFACFiles reads sdn.csv (in) and merges the aux files (add, alt,
// comments; "" when absent), each read as a stream, each dated by its own
// opts.ListDates entry, else auxDate.
func loadOFACFiles(in *listInput, aux [3]string, opts Options, auxDate string) (*ofacLoad, error) {
	ld, err := parseSDN(in, opts)
	if err != nil {
		return nil, err
	}
	ld.auxDate, ld.auxDates = auxDate, opts.ListDates
	for _, p := range aux {
		if p == "" {
			continue
		}
		if err := ld.mergeFile(p); err != nil {
			return nil, err
		}
	}
	return ld, nil
}

// mergeFile reads the add, alt or comments file at path into the loaded
// entries and adds its Source.
func (ld *ofacLoad) mergeFile(path string) error {
	in, f, format, err := openList(path)
	if err != nil {
		return err
	}
	defer f.Close()
	src, err := ld.merge(in, format)
	if err != nil {
		return err
	}
	ld.sources = append(ld.sources, src)
	return nil
}

// parseSDN reads an OFAC SDN legacy CSV: no header, 12 columns (ent_num,
// SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
// Vess_flag, Vess_owner, Remarks), "-0-" for null.
func parseSDN(in *listInput, opts Options) (*ofacLoad, error) {
	path := in.path
	ld := &ofacLoad{byNum: map[string]*Entry{}, remarks: map[string]string{}, opts: opts, merged: map[string]bool{}}
	src := Source{Path: path, Format: FormatOFACSDN, ListDate: opts.ListDate}
	var repeats []int // rows repeating an earlier row's ent_num
	rows := newCSVRows(in.r)
	for {
		rec, row, err := rows.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("sanctions list %s, row %d: %w", path, row, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != 12 || !isDigits(strings.TrimSpace(rec[0])) {
			return nil, fmt.Errorf("sanctions list %s, row %d: not an SDN row (%d fields, want 12 starting with the ent_num): the file is cut off or malformed", path, row, len(rec))
		}
		num := strings.TrimSpace(rec[0])
		e := &Entry{List: ListOFAC, ListDate: opts.ListDate, EntryID: num, Source: path,
			Name: ofacField(rec[1]), Flag: ofacField(rec[9])}
		switch t := strings.ToLower(ofacField(rec[2])); t {
		case "individual", "vessel", "aircraft":
			e.Type = t
		default:
			e.Type = "entity"
		}
		if p := ofacField(rec[3]); p != "" {
			for _, x := range strings.Split(strings.Trim(p, "[]"), "] [") {
				if x = strings.TrimSpace(x); x != "" {
					e.Programs = append(e.Programs, x)
				}
			}
		}
		if owner := ofacField(rec[10]); owner != "" {
			e.LinkedTo = append(e.LinkedTo, owner)
		}
		e.Remarks = ofacField(rec[11])
		if len(rec[11]) >= ofacRemarksLimit && e.Remarks != "" {
			// cut, sdn_comments.csv continuing it: a space at the cut
			// separates its last word from the comments' first (2 of the
			// 18 cut Remarks of the list of 2024-05-03 end in one)
			e.Remarks = strings.TrimLeft(rec[11], " ")
		}
		ld.remarks[num] = e.Remarks
		if old, dup := ld.byNum[num]; dup {
			*old = *e // a repeated ent_num: the last row wins, and the Source warns
			repeats = append(repeats, row)
			continue
		}
		ld.byNum[num] = e
		ld.entries = append(ld.entries, e)
	}
	if err := in.finish(&src); err != nil {
		return nil, err
	}
	for _, e := range ld.entries {
		parseRemarks(e, e.Remarks)
	}
	if len(ld.entries) == 0 {
		return nil, fmt.Errorf("sanctions list %s: no SDN rows", path)
	}
	src.Entries = len(ld.entries)
	if len(repeats) > 0 {
		src.Warnings = append(src.Warnings, fmt.Sprintf("sanctions list %s, %s: an ent_num already given by an earlier row; each replaces that row, whose names and identifiers are not screened",
			path, rowList(repeats)))
	}
	ld.sources = append(ld.sources, src)
	return ld, nil
}

// merge reads an add.csv, alt.csv or sdn_comments.csv into the loaded
// entries. Rows whose ent_num has no sdn.csv row are counted in the
// Source's Notes and otherwise ignored.
func (ld *ofacLoad) merge(in *listInput, format string) (Source, error) {
	path := in.path
	date, own := ld.auxDates[path]
	abs, _ := filepath.Abs(path)
	for p, d := range ld.auxDates {
		if x, _ := filepath.Abs(p); !own && x == abs {
			date, own = d, true
		}
	}
	if !own {
		date = ld.auxDate
	}
	src := Source{Path: path, Format: format, ListDate: date}
	orphans, merged, repeated := 0, 0, 0
	continued := map[*Entry]bool{}
	var unread []int // rows without an ent_num or with too few fields
	fields := map[string]int{FormatOFACAdd: 5, FormatOFACAlt: 4, FormatOFACComments: 2}[format]
	rows := newCSVRows(in.r)
	for {
		rec, row, err := rows.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return src, fmt.Errorf("sanctions list %s, row %d: %w", path, row, err)
		}
		if len(rec) < max(fields, 1) || !isDigits(strings.TrimSpace(rec[0])) {
			unread = append(unread, row)
			continue
		}
		e := ld.byNum[strings.TrimSpace(rec[0])]
		if e == nil {
			orphans++
			continue
		}
		merged++
		switch format {
		case FormatOFACAdd: // ent_num, add_num, address, city/state/postal, country, remarks
			if c := CountryCode(ofacField(rec[4])); c != "" {
				e.Countries = appendUniq(e.Countries, c)
			}
			for _, c := range regionCountries(ofacField(rec[3])) { // city "Hong Kong", country "China"
				e.Countries = appendUniq(e.Countries, c)
			}
		case FormatOFACAlt: // ent_num, alt_num, alt_type, alt_name, remarks
			if name := ofacField(rec[3]); name != "" {
				// an alias sdn.csv gives too cites sdn.csv (past uniqScan
				// aliases, alt.csv: it holds the alias all the same)
				if _, seen := e.AliasSources[name]; !seen && name != e.Name && (len(e.Aliases) > uniqScan || !slices.Contains(e.Aliases, name)) {
					if e.AliasSources == nil {
						e.AliasSources = map[string]NameSource{}
					}
					e.AliasSources[name] = NameSource{File: path, ListDate: date}
				}
				e.Aliases = appendUniq(e.Aliases, name)
				e.setAliasKind(name, ofacAliasKinds[strings.ToLower(strings.ReplaceAll(ofacField(rec[2]), ".", ""))])
			}
		case FormatOFACComments: // ent_num, the rest of Remarks
			// Several rows for one ent_num continue its Remarks in file
			// order; each entry's text is read once at the end.
			if continued[e] {
				repeated++
			}
			continued[e] = true
			// as written: a row may start or end at a space between words
			if rest := rec[1]; strings.TrimSpace(rest) != "-0-" {
				e.Remarks += rest
			}
		default:
			return src, fmt.Errorf("sanctions list %s: not an OFAC add, alt or comments file", path)
		}
	}
	if err := in.finish(&src); err != nil {
		return src, err
	}
	for _, e := range ld.entries {
		if continued[e] {
			ld.parseContinued(e, NameSource{File: path, ListDate: date})
		}
	}
	ld.merged[format] = true
	src.Entries = merged
	if len(unread) > 0 {
		src.Warnings = append(src.Warnings, fmt.Sprintf("sanctions list %s, %s: no ent_num, or fewer than %d fields: not read, so what they give is not screened",
			path, rowList(unread), fields))
	}
	if repeated > 0 {
		src.Notes = append(src.Notes, fmt.Sprintf("%d rows continue an ent_num that has more than one row, read in file order as one continuation of its Remarks", repeated))
	}
	if orphans > 0 {
		src.Warnings = append(src.Warnings, fmt.Sprintf("sanctions list %s: %d rows name an ent_num with no row in %s, ignored (what they give is not screened): the two files look like different editions of the SDN list; give the %s published with that sdn.csv",
			path, orphans, ld.sources[0].Path, filepath.Base(path)))
	}
	return src, nil
}

// parseContinued reads e's Remarks, continued from the comments file ns,
// and records ns as the source (Entry.IdentifierSources, AliasSources) of
// each identifier and alias found only in the continued text: one sdn.csv's
// part does not give, whole or at all (a value the cut splits counts as the
// comments file's, since sdn.csv does not hold it whole). An alias alt.csv
// gave keeps alt.csv as its source.
func (ld *ofacLoad) parseContinued(e *Entry, ns NameSource) {
	had := map[string]bool{}
	before := [][]string{e.Addresses, e.IMOs, e.MMSIs, e.CompanyIMOs, e.RegistrationNumbers}
	for _, l := range before {
		for _, v := range l {
			had[identifierKey(v)] = true
		}
	}
	names := map[string]bool{}
	for _, l := range [][]string{e.Aliases, e.Weak} {
		for _, v := range l {
			names[v] = true
		}
	}
	parseRemarks(e, e.Remarks)
	for _, l := range [][]string{e.Addresses, e.IMOs, e.MMSIs, e.CompanyIMOs, e.RegistrationNumbers} {
		for _, v := range l {
			if k := identifierKey(v); !had[k] {
				if e.IdentifierSources == nil {
					e.IdentifierSources = map[string]NameSource{}
				}
				if _, seen := e.IdentifierSources[k]; !seen {
					e.IdentifierSources[k] = ns
				}
			}
		}
	}
	for _, l := range [][]string{e.Aliases, e.Weak} {
		for _, v := range l {
			if names[v] || v == e.Name {
				continue
			}
			if _, seen := e.AliasSources[v]; seen {
				continue
			}
			if e.AliasSources == nil {
				e.AliasSources = map[string]NameSource{}
			}
			e.AliasSources[v] = ns
		}
	}
}

// ofacRemarksLimit is the length at which OFAC cuts Remarks in sdn.csv, the
// rest going to sdn_comments.csv.
const ofacRemarksLimit = 1000

// missingAux returns a warning for each add, alt or comments file not merged
// into the sdn.csv, saying what a screening then misses; none for the
// comments file when no Remarks were cut.
func (ld *ofacLoad) missingAux() []string {
	path := ld.sources[0].Path
	var out []string
	if !ld.merged[FormatOFACAlt] {
		out = append(out, fmt.Sprintf("sanctions list %s: no alt.csv beside sdn.csv: aliases not loaded; pass alt.csv with its own --sanctions", path))
	}
	if !ld.merged[FormatOFACAdd] {
		out = append(out, fmt.Sprintf("sanctions list %s: no add.csv beside sdn.csv: countries of addresses not loaded; pass add.csv with its own --sanctions", path))
	}
	cut := 0
	for _, r := range ld.remarks {
		if len(r) >= ofacRemarksLimit {
			cut++
		}
	}
	if !ld.merged[FormatOFACComments] && cut > 0 {
		out = append(out, fmt.Sprintf("sanctions list %s: no sdn_comments.csv beside sdn.csv: %d Remarks cut at %d characters are not continued (identifiers and aliases past the cut not loaded); pass sdn_comments.csv with its own --sanctions", path, cut, ofacRemarksLimit))
	}
	return out
}

var (
	reDigital    = regexp.MustCompile(`^Digital Currency Address - ([A-Za-z0-9]+) (\S+)$`)
	reVesselIMO  = regexp.MustCompile(`^Vessel Registration Identification IMO (\d{7})(?: \(.*\))?$`)
	reOtherIMO   = regexp.MustCompile(`^(?:Identification Number|Company Number) IMO (\d{7})(?: \(.*\))?$`)
	reMMSI       = regexp.MustCompile(`^MMSI (\d{9})$`)
	reAlias      = regexp.MustCompile(`^([afn])\.k\.a\. '(.+)'$`)
	reLinked     = regexp.MustCompile(`^Linked To: (.+)$`)
	reDOB        = regexp.MustCompile(`^DOB (.+)$`)
	reCountry    = regexp.MustCompile(`^(?:nationality|citizen|Nationality of Registration) (.+)$`)
	reRegNum     = regexp.MustCompile(`^(?:Registration Number|Registration ID|Business Registration Number|Company Number|Unified Social Credit Code \(USCC\)) ([A-Za-z0-9][A-Za-z0-9/\-.]*)`)
	reRegCountry = regexp.MustCompile(`^\s*\(([^()]+)\)`)
	reDate       = regexp.MustCompile(`^(?:(\d{1,2}) )?(?:([A-Z][a-z]{2}) )?(\d{4})$`)
)

// ofacAliasKinds are the kinds of alias alt.csv's alt_type ("aka", "fka",
// "nka") and the Remarks' "f.k.a." and "n.k.a." (dots dropped) name; a
// type not among them is a plain alias.
var ofacAliasKinds = map[string]string{"aka": NameAlias, "fka": NameFormer, "nka": NameNew}

var monthNumbers = map[string]string{"Jan": "01", "Feb": "02", "Mar": "03", "Apr": "04", "May": "05", "Jun": "06",
	"Jul": "07", "Aug": "08", "Sep": "09", "Oct": "10", "Nov": "11", "Dec": "12"}

// parseRemarks pulls identifiers, aliases, links, birth dates and countries
// (of nationality, citizenship, registration of a vessel, and of the issuers
// of identity documents: idDocumentCountry) out of an OFAC Remarks text.
// Only complete values are taken: a part cut off by OFAC's 1000-character
// limit does not match its pattern.
func parseRemarks(e *Entry, remarks string) {
	for _, part := range strings.Split(remarks, ";") {
		part = strings.TrimSpace(part)
		part = strings.TrimPrefix(part, "alt. ")
		part = strings.TrimSuffix(part, ".")
		if part == "" {
			continue
		}
		if m := reDigital.FindStringSubmatch(part); m != nil {
			if evmaddr.Strict(m[2]) {
				e.Addresses = appendUniq(e.Addresses, strings.ToLower(m[2]))
			}
			continue
		}
		if m := reVesselIMO.FindStringSubmatch(part); m != nil {
			e.IMOs = appendUniq(e.IMOs, m[1])
			continue
		}
		if m := reOtherIMO.FindStringSubmatch(part); m != nil {
			if e.Type == "vessel" {
				e.IMOs = appendUniq(e.IMOs, m[1])
			} else {
				e.CompanyIMOs = appendUniq(e.CompanyIMOs, m[1])
			}
			continue
		}
		if m := reMMSI.FindStringSubmatch(part); m != nil {
			e.MMSIs = appendUniq(e.MMSIs, m[1])
			continue
		}
		if m := reAlias.FindStringSubmatch(part); m != nil {
			if m[1] == "a" {
				e.Weak = appendUniq(e.Weak, m[2])
			} else {
				e.Aliases = appendUniq(e.Aliases, m[2])
				e.setAliasKind(m[2], ofacAliasKinds[m[1]+"ka"])
			}
			continue
		}
		if m := reLinked.FindStringSubmatch(part); m != nil {
			e.LinkedTo = appendUniq(e.LinkedTo, strings.TrimSpace(m[1]))
			continue
		}
		if m := reDOB.FindStringSubmatch(part); m != nil {
			for _, d := range parseOFACDates(m[1]) {
				e.BirthDates = appendUniq(e.BirthDates, d)
			}
			continue
		}
		if m := reCountry.FindStringSubmatch(part); m != nil {
			if c := CountryCode(m[1]); c != "" {
				e.Countries = appendUniq(e.Countries, c)
			}
			continue
		}
		if c := idDocumentCountry(part); c != "" {
			e.Countries = appendUniq(e.Countries, c)
			continue
		}
		if m := reRegNum.FindStringSubmatch(part); m != nil && !strings.Contains(part, " IMO ") {
			e.RegistrationNumbers = appendUniq(e.RegistrationNumbers, m[1])
			// "Registration Number 6388 (Iran)": the country that issued it
			if c := reRegCountry.FindStringSubmatch(part[len(m[0]):]); c != nil {
				if code := CountryCode(c[1]); code != "" {
					if e.RegistrationCountries == nil {
						e.RegistrationCountries = map[string]string{}
					}
					e.RegistrationCountries[m[1]] = code
				}
			}
		}
	}
}

// ofacIDDocuments are words of the label of an identity document in OFAC
// Remarks, the text before its number: "Passport", "Diplomatic Passport",
// "National ID No.", "Cedula No.", "Turkish Identification Number" and the
// like ("Identification Number" is also an entity's national identifier,
// "Identification Number CHE-..."). Tax numbers (Tax ID No., C.U.I.T.) and
// company registration numbers are not among them.
var ofacIDDocuments = []string{"Passport", "National ID", "Foreign ID", "Personal ID", "ID Card", "Kenyan ID",
	"Identification Number", "Identification Document", "Identity", "Cedula", "D.N.I.", "N.I.E.", "C.U.R.P.", "C.U.I. ", "CNP",
	"Citizen's Card", "Residency Number", "Permanent Resident", "Travel Document", "Birth Certificate", "Numero de Identidad",
	"Electoral Registry", "Credencial electoral", "I.F.E.", "SSN", "Driver's License", "Refugee ID"}

// reParenthesised finds the texts in parentheses of a Remarks part.
var reParenthesised = regexp.MustCompile(`\(([^()]+)\)`)

// idDocumentCountry returns the ISO 3166-1 alpha-2 code of the country that
// issued the identity document an OFAC Remarks part gives ("Passport
// 752512703 (Russia)", "Passport 790015037 (United Kingdom) issued 10 Jul
// 1998"): the first text in parentheses read as a country, after a label of
// ofacIDDocuments and a number. It returns "" for a part that is no identity
// document or names no country read as one.
func idDocumentCountry(part string) string {
	i := strings.IndexAny(part, "0123456789")
	if i < 0 {
		return ""
	}
	label := part[:i]
	if !slices.ContainsFunc(ofacIDDocuments, func(w string) bool { return strings.Contains(label, w) }) {
		return ""
	}
	for _, m := range reParenthesised.FindAllStringSubmatch(part, -1) {
		if c := CountryCode(m[1]); c != "" {
			return c
		}
	}
	return ""
}

// parseOFACDates turns the text of a DOB remark into birth dates:
// "21 Jan 1971", "Jan 1971" or "1971" into "1971-01-21", "1971-01" or
// "1971"; a range ("01 Jan 1967 to 31 Dec 1969", "1979-1982") into its ends
// and every year between (birthYears); "circa 1951" into the years
// circaYears either side of it. Text it cannot read gives none.
func parseOFACDates(s string) []string {
	s = strings.TrimSpace(s)
	margin := 0
	if rest, ok := strings.CutPrefix(s, "circa "); ok {
		s, margin = strings.TrimSpace(rest), circaYears
	}
	from, to, ok := strings.Cut(s, " to ")
	if !ok {
		from, to, ok = strings.Cut(s, "-") // "1979-1982"
	}
	if !ok {
		to = from
	}
	first, last := parseOFACDate(from), parseOFACDate(to)
	if first == "" {
		return nil
	}
	if last == "" {
		last = first
	}
	return birthYears(first, last, margin)
}

// parseOFACDate turns "21 Jan 1971", "Jan 1971" or "1971" into
// "1971-01-21", "1971-01" or "1971", or "" when s is none of them.
func parseOFACDate(s string) string {
	m := reDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return ""
	}
	out := m[3]
	if m[2] != "" {
		mon, ok := monthNumbers[m[2]]
		if !ok {
			return m[3]
		}
		out += "-" + mon
		if m[1] != "" {
			day := m[1]
			if len(day) == 1 {
				day = "0" + day
			}
			out += "-" + day
		}
	}
	return out
}

// uniqScan is the length up to which appendUniq looks for v in the list;
// past it, v is appended and dedupeEntries removes the repeats once the
// list is read, so that an entry with thousands of aliases (a hostile or
// broken file) costs linear time, not quadratic.
const uniqScan = 64

// appendUniq appends v to list unless list has it already. A list longer
// than uniqScan may gain repeats: Load and LoadBytes remove them
// (dedupeEntries) before indexing, keeping the first of each.
func appendUniq(list []string, v string) []string {
	if len(list) > uniqScan {
		return append(list, v)
	}
	for _, x := range list {
		if x == v {
			return list
		}
	}
	return append(list, v)
}

// dedupe returns list with each value once, in the order first given.
func dedupe(list []string) []string {
	if len(list) <= uniqScan {
		return list // appendUniq kept it unique
	}
	seen := make(map[string]bool, len(list))
	out := list[:0]
	for _, v := range list {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

// dedupeEntries removes the repeats appendUniq let into long lists.
func dedupeEntries(entries []*Entry) {
	for _, e := range entries {
		for _, l := range []*[]string{&e.Aliases, &e.Weak, &e.Countries, &e.BirthDates, &e.Addresses, &e.IMOs,
			&e.MMSIs, &e.CompanyIMOs, &e.RegistrationNumbers, &e.LinkedTo} {
			*l = dedupe(*l)
		}
	}
}

// AltNames reads the OFAC alt.csv at path and returns the names it gives
// each ent_num, as written, in file order, for checking a citation of an
// alias to that file (audit verify); an error when the file cannot be read
// or is not an alt.csv.
func AltNames(path string) (map[string][]string, error) {
	out := map[string][]string{}
	err := eachOFACRow(path, FormatOFACAlt, "alt.csv", 4, func(num string, rec []string) {
		if name := ofacField(rec[3]); name != "" {
			out[num] = append(out[num], name)
		}
	})
	return out, err
}

// CommentTexts reads the OFAC sdn_comments.csv at path and returns the text
// it gives each ent_num, its rows joined in file order as the loader
// continues Remarks with them, for checking a citation of an identifier or
// alias to that file (audit verify); an error when the file cannot be read
// or is not an sdn_comments.csv.
func CommentTexts(path string) (map[string]string, error) {
	out := map[string]string{}
	err := eachOFACRow(path, FormatOFACComments, "sdn_comments.csv", 2, func(num string, rec []string) {
		if rest := rec[1]; strings.TrimSpace(rest) != "-0-" {
			out[num] += rest // as the loader joins them
		}
	})
	return out, err
}

// eachOFACRow calls fn with the ent_num and fields of each row of the OFAC
// file at path, in file order, that has an ent_num and at least fields
// fields; an error when the file cannot be read or is not of format
// (named name in the message).
func eachOFACRow(path, format, name string, fields int, fn func(num string, rec []string)) error {
	in, f, got, err := openList(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if got != format {
		return fmt.Errorf("sanctions list %s: not an OFAC %s", path, name)
	}
	rows := newCSVRows(in.r)
	for {
		rec, row, err := rows.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("sanctions list %s, row %d: %w", path, row, err)
		}
		if len(rec) >= fields && isDigits(strings.TrimSpace(rec[0])) {
			fn(strings.TrimSpace(rec[0]), rec)
		}
	}
}
