package refdata

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.csv
var embedded embed.FS

// Country is one ISO 3166-1 country.
type Country struct {
	Alpha2 string // "LR"
	Alpha3 string // "LBR"
	Name   string // ISO short name, "Liberia"
	// Numeric is the ISO 3166-1 numeric code (430 for Liberia); 0 when the
	// table gives none (a countries.csv without the numeric column).
	Numeric int
}

// Tables is one set of reference tables. The zero value knows nothing; use
// Default or LoadDir.
type Tables struct {
	countries map[string]Country   // by alpha2
	numeric   map[int]string       // ISO 3166-1 numeric code -> alpha2
	names     map[string]string    // folded name, alpha2 or alpha3 -> alpha2
	mids      map[string]string    // "636" -> "LR"
	foc       map[string]bool      // alpha2 -> whole flag is a flag of convenience
	secrecy   map[string]bool      // alpha2
	files     []File               // the tables LoadDir read from its folder
	listings  map[string][]Listing // table + "|" + alpha2 -> the rows listing it
}

// Listing is a row of a reference table that puts a country on it, to cite:
// which table (the file read, or the embedded copy), which row, and what
// the row says.
type Listing struct {
	Table  string // "secrecy_jurisdictions.csv"
	Path   string // the file read; "" for the embedded table
	Source string // what the embedded table is compiled from ("" for a file read)
	Row    int    // 1-based, as a spreadsheet numbers it: the header is row 1
	Text   string // the row's columns as "header value", e.g. "edition 2022, rank 4, jurisdiction Panama, iso_alpha2 PA"
}

// embeddedSources say what the embedded tables are compiled from, and
// which edition (see data/SOURCES.md), for a Listing of the embedded copy
// and its EmbeddedFile.
var embeddedSources = map[string]string{
	"countries.csv":             "Debian iso-codes 4.15.0, iso_3166-1.json (ISO 3166-1), 2025",
	"aliases.csv":               "spellings of country names written for tokenaudit, 2026-12",
	"mids.csv":                  "ITU Maritime Identification Digits, from github.com/michaeljfazio/MIDs mids.json @3207519d, 2021-06-25",
	"secrecy_jurisdictions.csv": "Tax Justice Network Financial Secrecy Index 2022 top 10 and 2020 top 15",
	"flags_of_convenience.csv":  "ITF list of flags of convenience, as seen 2013-2025",
}

// EmbeddedPrefix starts the path a report gives an embedded table as its
// input: "embedded:secrecy_jurisdictions.csv" is the copy compiled into
// the tool, no file on disk.
const EmbeddedPrefix = "embedded:"

// File is a reference table as a report lists it among its inputs: one
// LoadDir read from its folder (Path the file), or an embedded copy (Path
// EmbeddedPrefix and its name, Source what it is compiled from).
type File struct {
	Name   string // the table, "secrecy_jurisdictions.csv"
	Path   string
	SHA256 string // of the file's bytes
	Rows   int    // data rows, the header not counted
	Source string // the embedded copy's source and edition; "" for a file read
}

// EmbeddedTable returns the bytes of the embedded table name
// ("secrecy_jurisdictions.csv", or its EmbeddedPrefix path); false when
// the tool embeds no such table.
func EmbeddedTable(name string) ([]byte, bool) {
	name = strings.TrimPrefix(name, EmbeddedPrefix)
	if !slices.Contains(tableNames, name) {
		return nil, false
	}
	b, err := fs.ReadFile(embedded, "data/"+name)
	return b, err == nil
}

// EmbeddedFile describes the embedded table name as an input: its
// EmbeddedPrefix path, the SHA-256 of its bytes, its data rows and what it
// is compiled from; false when the tool embeds no such table.
func EmbeddedFile(name string) (File, bool) {
	b, ok := EmbeddedTable(name)
	if !ok {
		return File{}, false
	}
	name = strings.TrimPrefix(name, EmbeddedPrefix)
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil || len(recs) == 0 {
		return File{}, false // mustLoad has read every embedded table at start
	}
	return File{Name: name, Path: EmbeddedPrefix + name, SHA256: fmt.Sprintf("%x", sha256.Sum256(b)), Rows: len(recs) - 1,
		Source: embeddedSources[name]}, true
}

var defaultTables = mustLoad(embedded, "data")

func mustLoad(fsys fs.FS, dir string) *Tables {
	t, err := load(fsys, dir, nil)
	if err != nil {
		panic("refdata: embedded tables are broken: " + err.Error()) // a build defect, not bad input
	}
	return t
}

// Default is the embedded set of tables. It is shared: do not modify it.
func Default() *Tables { return defaultTables }

// LoadDir reads the tables from dir, a folder holding any of countries.csv,
// aliases.csv, mids.csv, flags_of_convenience.csv and
// secrecy_jurisdictions.csv in the embedded files' layout; a table whose file
// is absent keeps its embedded version.
func LoadDir(dir string) (*Tables, error) {
	if st, err := os.Stat(dir); err != nil {
		return nil, fmt.Errorf("reference tables %s: %w", dir, err)
	} else if !st.IsDir() {
		return nil, fmt.Errorf("reference tables %s: not a folder (want one holding any of %s)", dir, strings.Join(tableNames, ", "))
	}
	t, err := load(os.DirFS(dir), ".", embedded)
	if err != nil {
		return nil, fmt.Errorf("reference tables %s: %w", dir, err)
	}
	for i := range t.files {
		t.files[i].Path = filepath.Join(dir, t.files[i].Name)
	}
	for _, ls := range t.listings {
		for i := range ls {
			if ls[i].Path != "" {
				ls[i].Path = filepath.Join(dir, ls[i].Path)
			}
		}
	}
	return t, nil
}

// TableNames returns the files a reference folder may hold.
func TableNames() []string { return append([]string(nil), tableNames...) }

var tableNames = []string{"countries.csv", "aliases.csv", "mids.csv", "flags_of_convenience.csv", "secrecy_jurisdictions.csv"}

// Files returns the tables read from LoadDir's folder, in a fixed order;
// none for the embedded tables.
func (t *Tables) Files() []File {
	if t == nil {
		return nil
	}
	return append([]File(nil), t.files...)
}

func load(fsys fs.FS, dir string, fallback fs.FS) (*Tables, error) {
	var files []File
	headers := map[string][]string{} // table -> its header row
	fromFile := map[string]bool{}    // table -> read from the folder, not the embedded copy
	lines := map[string][]int{}      // table -> the line each data row starts on, as a spreadsheet numbers rows
	read := func(name string) ([][]string, error) {
		b, err := fs.ReadFile(fsys, filepath.ToSlash(filepath.Join(dir, name)))
		given := err == nil && fallback != nil
		if errors.Is(err, fs.ErrNotExist) && fallback != nil {
			b, err = fs.ReadFile(fallback, "data/"+name)
		}
		if err != nil {
			return nil, fmt.Errorf("reference table %s: %w", name, err)
		}
		r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
		r.FieldsPerRecord = -1
		var recs [][]string
		for {
			rec, err := r.Read()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("reference table %s: %w", name, err)
			}
			line, _ := r.FieldPos(0)
			recs, lines[name] = append(recs, rec), append(lines[name], line)
		}
		if len(recs) == 0 {
			return nil, fmt.Errorf("reference table %s: empty", name)
		}
		if given {
			files = append(files, File{Name: name, SHA256: fmt.Sprintf("%x", sha256.Sum256(b)), Rows: len(recs) - 1})
		}
		headers[name], fromFile[name], lines[name] = recs[0], given, lines[name][1:]
		return recs[1:], nil // drop the header row
	}
	// country checks that a table's alpha-2 column holds two letters (a
	// code of countries.csv, or one the lists use beyond ISO: XK, Kosovo).
	country := func(name string, row int, code string) (string, error) {
		a2 := strings.ToUpper(strings.TrimSpace(code))
		if len(a2) != 2 || a2[0] < 'A' || a2[0] > 'Z' || a2[1] < 'A' || a2[1] > 'Z' {
			return "", fmt.Errorf("reference table %s, row %d: %q is not an alpha-2 country code", name, row, code)
		}
		return a2, nil
	}
	t := &Tables{countries: map[string]Country{}, numeric: map[int]string{}, names: map[string]string{}, mids: map[string]string{},
		foc: map[string]bool{}, secrecy: map[string]bool{}, listings: map[string][]Listing{}}
	// list notes that data row i of table lists key.
	list := func(table string, i int, r []string, key string) {
		var parts []string
		for j, v := range r {
			if v = strings.TrimSpace(v); v != "" && j < len(headers[table]) {
				parts = append(parts, strings.TrimSpace(headers[table][j])+" "+v)
			}
		}
		l := Listing{Table: table, Row: lines[table][i], Text: strings.Join(parts, ", ")}
		if fromFile[table] {
			l.Path = table // LoadDir makes it the file's path
		} else {
			l.Source = embeddedSources[table]
		}
		t.listings[table+"|"+key] = append(t.listings[table+"|"+key], l)
	}
	recs, err := read("countries.csv")
	if err != nil {
		return nil, err
	}
	for i, r := range recs {
		if len(r) < 3 || len(r[0]) != 2 {
			return nil, fmt.Errorf("reference table countries.csv, row %d: want alpha2,alpha3,name", lines["countries.csv"][i])
		}
		c := Country{Alpha2: strings.ToUpper(r[0]), Alpha3: strings.ToUpper(r[1]), Name: r[2]}
		if len(r) > 4 && strings.TrimSpace(r[4]) != "" {
			n, err := strconv.Atoi(strings.TrimSpace(r[4]))
			if err != nil || n <= 0 || n > 999 {
				return nil, fmt.Errorf("reference table countries.csv, row %d: numeric code %q is not 001 to 999", lines["countries.csv"][i], r[4])
			}
			c.Numeric = n
			t.numeric[n] = c.Alpha2
		}
		t.countries[c.Alpha2] = c
		t.names[fold(c.Alpha2)] = c.Alpha2
		t.names[fold(c.Alpha3)] = c.Alpha2
		t.names[fold(c.Name)] = c.Alpha2
		if len(r) > 3 {
			for _, n := range strings.Split(r[3], "|") {
				if n != "" {
					t.names[fold(n)] = c.Alpha2
				}
			}
		}
	}
	if recs, err = read("aliases.csv"); err != nil {
		return nil, err
	}
	for i, r := range recs {
		if len(r) < 2 {
			return nil, fmt.Errorf("reference table aliases.csv, row %d: want alias,alpha2", lines["aliases.csv"][i])
		}
		a2, err := country("aliases.csv", lines["aliases.csv"][i], r[1])
		if err != nil {
			return nil, err
		}
		t.names[fold(r[0])] = a2
		// A code the aliases use beyond countries.csv (XK, Kosovo) is
		// recognised as itself, as every country's code is.
		if _, ok := t.names[fold(a2)]; !ok {
			t.names[fold(a2)] = a2
		}
	}
	if recs, err = read("mids.csv"); err != nil {
		return nil, err
	}
	for i, r := range recs {
		if len(r) < 2 || len(r[0]) != 3 {
			return nil, fmt.Errorf("reference table mids.csv, row %d: want mid,alpha2,...", lines["mids.csv"][i])
		}
		t.mids[r[0]] = strings.ToUpper(r[1])
		list("mids.csv", i, r, r[0])
	}
	if recs, err = read("flags_of_convenience.csv"); err != nil {
		return nil, err
	}
	for i, r := range recs {
		if len(r) < 2 {
			return nil, fmt.Errorf("reference table flags_of_convenience.csv, row %d: want register,iso_alpha2,...", lines["flags_of_convenience.csv"][i])
		}
		a2, err := country("flags_of_convenience.csv", lines["flags_of_convenience.csv"][i], r[1])
		if err != nil {
			return nil, err
		}
		whole := len(r) < 5 || !strings.EqualFold(strings.TrimSpace(r[4]), "false")
		t.foc[a2] = t.foc[a2] || whole
		if whole {
			list("flags_of_convenience.csv", i, r, a2)
		}
	}
	if recs, err = read("secrecy_jurisdictions.csv"); err != nil {
		return nil, err
	}
	for i, r := range recs {
		if len(r) < 4 {
			return nil, fmt.Errorf("reference table secrecy_jurisdictions.csv, row %d: want edition,rank,jurisdiction,iso_alpha2", lines["secrecy_jurisdictions.csv"][i])
		}
		a2, err := country("secrecy_jurisdictions.csv", lines["secrecy_jurisdictions.csv"][i], r[3])
		if err != nil {
			return nil, err
		}
		t.secrecy[a2] = true
		list("secrecy_jurisdictions.csv", i, r, a2)
	}
	t.files = files
	return t, nil
}

// fold reduces a country spelling to lower-case ASCII letters and digits:
// accents, punctuation and spaces are dropped, "St." and "Saint" agree.
func fold(s string) string {
	s = norm.NFD.String(strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "&", "and"))
	var b strings.Builder
	for _, r := range s {
		if r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	out := b.String()
	if strings.HasPrefix(out, "saint") {
		out = "st" + strings.TrimPrefix(out, "saint")
	}
	return out
}

// CountryCode returns the ISO alpha-2 code for a country name, common
// spelling, alpha-2 or alpha-3 code (case, accents and punctuation ignored)
// or ISO 3166-2 subdivision code ("US-DE" is US), or a code aliases.csv
// gives beyond ISO ("XK", like "Kosovo", is XK);
// ok is false when the text names no known country.
func (t *Tables) CountryCode(s string) (alpha2 string, ok bool) {
	if t == nil {
		return "", false
	}
	if a2, ok := t.names[fold(s)]; ok {
		return a2, true
	}
	// An ISO 3166-2 subdivision ("US-DE") is in its country.
	if s = strings.TrimSpace(s); len(s) > 3 && len(s) <= 6 && s[2] == '-' {
		if _, ok := t.countries[strings.ToUpper(s[:2])]; ok {
			return strings.ToUpper(s[:2]), true
		}
	}
	return "", false
}

// CountriesEndingIn returns, sorted, the alpha-2 codes of the countries
// two or more of whose names or adjectives end in s but for a qualifier
// before it ("Korean": North Korean KP, South Korean KR), for a message
// on a text CountryCode does not know; nil when fewer than two countries
// do, or s has fewer than five letters.
func (t *Tables) CountriesEndingIn(s string) []string {
	f := fold(s)
	if t == nil || len(f) < 5 {
		return nil
	}
	seen := map[string]bool{}
	for name, a2 := range t.names {
		if len(name) > len(f) && strings.HasSuffix(name, f) {
			seen[a2] = true
		}
	}
	if len(seen) < 2 {
		return nil
	}
	return slices.Sorted(maps.Keys(seen))
}

// Country returns the country with the alpha-2 code (any case).
func (t *Tables) Country(alpha2 string) (Country, bool) {
	if t == nil {
		return Country{}, false
	}
	c, ok := t.countries[strings.ToUpper(strings.TrimSpace(alpha2))]
	return c, ok
}

// NumericCountry returns the alpha-2 code of the country whose ISO 3166-1
// numeric code is n (430 is LR); ok is false for a code no country of the
// table has.
func (t *Tables) NumericCountry(n int) (alpha2 string, ok bool) {
	if t == nil {
		return "", false
	}
	a2, ok := t.numeric[n]
	return a2, ok
}

// MIDCountry returns the alpha-2 code of the country the ITU allocated the
// three-digit Maritime Identification Digits to.
func (t *Tables) MIDCountry(mid string) (alpha2 string, ok bool) {
	if t == nil {
		return "", false
	}
	a2, ok := t.mids[mid]
	return a2, ok
}

// MMSICountry returns the country of a ship station MMSI: nine digits whose
// first three, the MID, start with 2 to 7. ok is false for any other MMSI
// (coast stations, SAR aircraft, AIS-SART, group calls) or an unallocated MID.
func (t *Tables) MMSICountry(mmsi string) (alpha2 string, ok bool) {
	if !ValidMMSI(mmsi) || mmsi[0] < '2' || mmsi[0] > '7' {
		return "", false
	}
	return t.MIDCountry(mmsi[:3])
}

// IsFlagOfConvenience reports whether the ITF lists the flag (alpha-2) as a
// flag of convenience. Second registers (France's FIS, Germany's GIS) do not
// make the whole country's flag one.
func (t *Tables) IsFlagOfConvenience(alpha2 string) bool {
	return t != nil && t.foc[strings.ToUpper(alpha2)]
}

// IsSecrecyJurisdiction reports whether the jurisdiction (alpha-2) is in the
// Financial Secrecy Index top ranks the table holds.
func (t *Tables) IsSecrecyJurisdiction(alpha2 string) bool {
	return t != nil && t.secrecy[strings.ToUpper(alpha2)]
}

// SecrecyListings returns the rows of the secrecy-jurisdiction table that
// list the jurisdiction (alpha-2), in table order.
func (t *Tables) SecrecyListings(alpha2 string) []Listing {
	return t.listed("secrecy_jurisdictions.csv", alpha2)
}

// FlagOfConvenienceListings returns the rows of the flags-of-convenience
// table that make the whole flag (alpha-2) one, in table order.
func (t *Tables) FlagOfConvenienceListings(alpha2 string) []Listing {
	return t.listed("flags_of_convenience.csv", alpha2)
}

// MIDListings returns the rows of the MID table that allocate the three
// digits mid.
func (t *Tables) MIDListings(mid string) []Listing { return t.listed("mids.csv", mid) }

func (t *Tables) listed(table, alpha2 string) []Listing {
	if t == nil {
		return nil
	}
	return append([]Listing(nil), t.listings[table+"|"+strings.ToUpper(alpha2)]...)
}

// ValidMMSI reports whether s is nine ASCII digits.
func ValidMMSI(s string) bool {
	if len(s) != 9 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// CountryCode looks s up in the default tables; see Tables.CountryCode.
func CountryCode(s string) (string, bool) { return defaultTables.CountryCode(s) }

// NumericCountry looks n up in the default tables; see Tables.NumericCountry.
func NumericCountry(n int) (string, bool) { return defaultTables.NumericCountry(n) }

// MMSICountry looks mmsi up in the default tables; see Tables.MMSICountry.
func MMSICountry(mmsi string) (string, bool) { return defaultTables.MMSICountry(mmsi) }

// IsFlagOfConvenience uses the default tables; see Tables.IsFlagOfConvenience.
func IsFlagOfConvenience(alpha2 string) bool { return defaultTables.IsFlagOfConvenience(alpha2) }

// IsSecrecyJurisdiction uses the default tables; see Tables.IsSecrecyJurisdiction.
func IsSecrecyJurisdiction(alpha2 string) bool { return defaultTables.IsSecrecyJurisdiction(alpha2) }

// FlagsOfConvenience returns a fresh map of every alpha-2 code whose whole
// flag is a flag of convenience, for callers that want the set (the rules'
// Reference).
func (t *Tables) FlagsOfConvenience() map[string]bool {
	out := map[string]bool{}
	if t != nil {
		for a2, whole := range t.foc {
			if whole {
				out[a2] = true
			}
		}
	}
	return out
}

// SecrecyJurisdictions returns a fresh map of the secrecy jurisdictions'
// alpha-2 codes.
func (t *Tables) SecrecyJurisdictions() map[string]bool {
	out := map[string]bool{}
	if t != nil {
		for a2 := range t.secrecy {
			out[a2] = true
		}
	}
	return out
}

// MIDs returns a fresh map of three-digit MID to alpha-2 country code.
func (t *Tables) MIDs() map[string]string {
	out := map[string]string{}
	if t != nil {
		for mid, a2 := range t.mids {
			out[mid] = a2
		}
	}
	return out
}

// CountryNames returns a fresh map of alpha-2 code to ISO short name.
func (t *Tables) CountryNames() map[string]string {
	out := map[string]string{}
	if t != nil {
		for a2, c := range t.countries {
			out[a2] = c.Name
		}
	}
	return out
}
