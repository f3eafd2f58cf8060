package sanctions

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"github.com/tokenaudit/audit/internal/evmaddr"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Source is one list file read, for a report's provenance.
type Source struct {
	Path     string
	SHA256   string // of the file's bytes
	Format   string // one of the Format* constants
	ListDate string // YYYY-MM-DD of the publication, when known
	Entries  int    // entries read from the file (for add/alt/comments files: rows merged)
	Notes    []string
	// Warnings say what a screening against the file misses (rows skipped,
	// aliases of an sdn.csv without its alt.csv), one line each, for the
	// caller to show the user.
	Warnings []string
}

// rowList writes row numbers for a message, the first five and a count of
// the rest.
func rowList(rows []int) string {
	var b strings.Builder
	b.WriteString("rows")
	for i, r := range rows {
		if i == 5 {
			fmt.Fprintf(&b, " and %d more", len(rows)-5)
			break
		}
		fmt.Fprintf(&b, " %d", r)
	}
	return b.String()
}

// parseListDate returns the publication date a list file writes, as
// YYYY-MM-DD, when s is a real calendar date written YYYY-MM-DD or an ISO
// 8601 timestamp starting with one (the UN's dateGenerated
// "2025-08-02T23:00:00.935Z", an OpenSanctions last_change
// "2024-05-03T00:00:00"); the date is kept as written, with no time zone
// conversion. ok is false for anything else ("@SUM(1+1)xx", "2024-02-30").
func parseListDate(s string) (date string, ok bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.DateOnly, "2006-01-02T15:04:05", "2006-01-02 15:04:05", time.RFC3339, "2006-01-02 15:04:05Z07:00"} {
		if _, err := time.Parse(layout, s); err == nil {
			return s[:10], true
		}
	}
	return "", false
}

// listDateWant says which list dates parseListDate accepts, for a warning.
const listDateWant = "want YYYY-MM-DD or an ISO 8601 timestamp such as 2025-08-02T23:00:00Z"

// shownValue quotes a value read from a list for a message, escaping
// control characters and cutting it after 40 characters.
func shownValue(s string) string {
	if r := []rune(s); len(r) > 40 {
		return strconv.Quote(string(r[:40])) + "..."
	}
	return strconv.Quote(s)
}

// List formats recognised by Load.
const (
	FormatOFACSDN      = "ofac-sdn-csv"
	FormatOFACAdd      = "ofac-add-csv"
	FormatOFACAlt      = "ofac-alt-csv"
	FormatOFACComments = "ofac-comments-csv"
	FormatUN           = "un-sc-xml"
	FormatOpenSanction = "opensanctions-csv"
	FormatWallets      = "address-list"
)

// Load reads the list files, recognising each format from its content, and
// indexes their entries with opts. OFAC add.csv, alt.csv and
// sdn_comments.csv beside an sdn.csv are merged into it; given on their own,
// they are merged into the sdn.csv loaded from the same call, if any. One
// Source is returned per file read, in the order read; an sdn.csv's Source
// warns of each of those files not merged (aliases, countries or continued
// Remarks not loaded). A file that carries no publication date gets
// opts.ListDates[path] when set, else opts.ListDate; an add/alt/comments
// file never the sdn.csv's own ListDates entry: OFAC publishes them
// separately, and an alias read from alt.csv cites alt.csv and its date,
// an identifier or alias read only from sdn_comments.csv that file and its
// date (Entry.AliasSources, Entry.IdentifierSources, Match.Cited).
func Load(paths []string, opts Options) (*Index, []Source, error) {
	var entries []*Entry
	var sources []Source
	var done readFiles
	var pendingAux []string
	var sdns []*ofacLoad
	auxDate := opts.ListDate // an add/alt/comments file's date, unless its own is given
	for _, p := range paths {
		if done.has(p) {
			continue
		}
		opts := opts
		if d, ok := opts.ListDates[p]; ok {
			opts.ListDate = d
		}
		es, src, ld, err := loadFile(p, opts, auxDate)
		if err != nil {
			return nil, nil, err
		}
		switch {
		case ld != nil:
			done.add(p)
			for _, a := range ld.aux {
				if a != "" {
					done.add(a)
				}
			}
			ld.at = len(sources)
			sdns = append(sdns, ld)
			entries = append(entries, ld.entries...)
			sources = append(sources, ld.sources...)
		case src.Format == "":
			pendingAux = append(pendingAux, p)
		default:
			done.add(p)
			entries = append(entries, es...)
			sources = append(sources, src)
		}
	}
	for _, p := range pendingAux {
		if done.has(p) {
			continue
		}
		if len(sdns) == 0 {
			return nil, nil, fmt.Errorf("sanctions list %s: an OFAC add/alt/comments file needs the sdn.csv it belongs to in the same call", p)
		}
		ld := sdns[len(sdns)-1]
		if err := ld.mergeFile(p); err != nil {
			return nil, nil, err
		}
		sources = append(sources, ld.sources[len(ld.sources)-1])
	}
	for _, ld := range sdns {
		sources[ld.at].Warnings = append(sources[ld.at].Warnings, ld.missingAux()...)
	}
	dedupeEntries(entries)
	return NewIndex(entries, opts), sources, nil
}

// readFiles are the files Load has read, compared as files (os.SameFile):
// a file named twice, or through a link, is read once.
type readFiles []os.FileInfo

// has says whether the file at path is one already read.
func (r readFiles) has(path string) bool {
	fi, err := os.Stat(path)
	if err != nil {
		return false
	}
	return slices.ContainsFunc(r, func(x os.FileInfo) bool { return os.SameFile(x, fi) })
}

// add records the file at path as read.
func (r *readFiles) add(path string) {
	if fi, err := os.Stat(path); err == nil {
		*r = append(*r, fi)
	}
}

// loadFile reads the list file at path as a stream, recognising its format
// from its start: an sdn.csv with the add, alt and comments files beside it
// gives ld; an add, alt or comments file gives nothing, to be merged once
// every sdn.csv is read; any other list gives its entries and Source.
// auxDate is the list date of the add/alt/comments files merged into an
// sdn.csv that opts.ListDates gives none.
func loadFile(path string, opts Options, auxDate string) (es []*Entry, src Source, ld *ofacLoad, err error) {
	in, f, format, err := openList(path)
	if err != nil {
		return nil, src, nil, err
	}
	defer f.Close()
	switch format {
	case FormatOFACSDN:
		aux := ofacAuxPaths(path)
		ld, err = loadOFACFiles(in, aux, opts, auxDate)
		if ld != nil {
			ld.aux = aux
		}
	case FormatOFACAdd, FormatOFACAlt, FormatOFACComments:
	default:
		es, src, err = loadList(in, format, opts)
	}
	return es, src, ld, err
}

// loadList reads a UN, OpenSanctions or address list of the format given,
// or says the format is not recognised.
func loadList(in *listInput, format string, opts Options) ([]*Entry, Source, error) {
	switch format {
	case FormatUN:
		return loadUN(in)
	case FormatOpenSanction:
		return loadOpenSanctions(in, opts)
	case FormatWallets:
		return loadWallets(in, opts)
	}
	return nil, Source{}, fmt.Errorf("sanctions list %s: format not recognised (want OFAC SDN CSV, UN consolidated XML, OpenSanctions targets.simple.csv or an address,name list)", in.path)
}

// LoadBytes reads one list already in memory (an embedded fixture, say),
// recognising its format from the content; path is only recorded as the
// entries' Source. OFAC add/alt/comments files cannot be given this way.
func LoadBytes(path string, data []byte, opts Options) (*Index, []Source, error) {
	var es []*Entry
	var src Source
	var err error
	in := newListInput(path, bytes.NewReader(data), 64<<10)
	switch format := DetectFormat(data[:min(len(data), detectSize)]); format { // as openList: the first detectSize bytes
	case FormatOFACSDN:
		var ld *ofacLoad
		ld, err = parseSDN(in, opts)
		if err == nil {
			es, src = ld.entries, ld.sources[0]
		}
	default:
		es, src, err = loadList(in, format, opts)
	}
	if err != nil {
		return nil, nil, err
	}
	dedupeEntries(es)
	return NewIndex(es, opts), []Source{src}, nil
}

// SchemaType maps a FollowTheMoney schema name (Person, Company,
// Organization, LegalEntity, Vessel) to an Entry type, or "" when unknown.
func SchemaType(schema string) string {
	switch schema {
	case "Person":
		return "individual"
	case "Vessel":
		return "vessel"
	case "Company", "Organization", "LegalEntity":
		return "entity"
	}
	return ""
}

// DetectFormat names the list format of data (one of the Format* constants)
// or returns "" when it is none of them.
func DetectFormat(data []byte) string {
	head := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) == 0 {
		return ""
	}
	if head[0] == '<' {
		if bytes.Contains(head[:min(len(head), 4096)], []byte("CONSOLIDATED_LIST")) {
			return FormatUN
		}
		return ""
	}
	r := csv.NewReader(bytes.NewReader(head))
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	rec, err := r.Read()
	if err != nil || len(rec) == 0 {
		return ""
	}
	first := strings.ToLower(strings.TrimSpace(rec[0]))
	switch {
	case first == "id" && len(rec) > 2 && strings.EqualFold(strings.TrimSpace(rec[1]), "schema"):
		return FormatOpenSanction
	case isAddress(first) || headerColumn(rec, "address") >= 0 && headerColumn(rec, "schema") < 0:
		return FormatWallets
	case isDigits(first):
		switch {
		case len(rec) == 12:
			return FormatOFACSDN
		case len(rec) == 6 && isDigits(strings.TrimSpace(rec[1])):
			return FormatOFACAdd
		case len(rec) == 5 && isDigits(strings.TrimSpace(rec[1])):
			return FormatOFACAlt
		case len(rec) == 2:
			return FormatOFACComments
		}
	}
	return ""
}

// ofacAuxPaths returns the add.csv, alt.csv and sdn_comments.csv beside an
// sdn.csv, "" for each that is absent.
func ofacAuxPaths(sdnPath string) [3]string {
	dir := filepath.Dir(sdnPath)
	var out [3]string
	for i, name := range []string{"add.csv", "alt.csv", "sdn_comments.csv"} {
		for _, n := range []string{name, strings.ToUpper(name)} {
			p := filepath.Join(dir, n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				out[i] = p
				break
			}
		}
	}
	return out
}

// circaYears is how many years either side of an approximate birth year
// (OFAC "circa 1951", UN TYPE_OF_DATE APPROXIMATELY) a birth may be: a
// party born in 1949 to 1953 is not contradicted by "circa 1951".
const circaYears = 2

// maxBirthSpan is the widest span of birth years kept: a wider one (none in
// the real lists, whose widest is 8 years) says too little to contradict a
// query and gives no birth date.
const maxBirthSpan = 50

// birthYears returns the birth dates of a list's date or range of dates
// from..to (from == to for one date; "YYYY", "YYYY-MM" or "YYYY-MM-DD"),
// widened by margin years either side: from and to as written, and every
// other year of the span as "YYYY", in order. Since the matcher compares a
// query's birth year with the start of each birth date, every year of the
// span then agrees with the entry. Dates not starting with a year give none.
func birthYears(from, to string, margin int) []string {
	if len(from) < 4 || len(to) < 4 {
		return nil
	}
	fy, err1 := strconv.Atoi(from[:4])
	ty, err2 := strconv.Atoi(to[:4])
	if err1 != nil || err2 != nil {
		return nil
	}
	if ty < fy {
		from, to, fy, ty = to, from, ty, fy
	}
	if ty-fy+2*margin > maxBirthSpan {
		return nil
	}
	var out []string
	for y := fy - margin; y <= ty+margin; y++ {
		switch {
		case y == fy:
			out = append(out, from)
			if to != from && ty == fy {
				out = append(out, to)
			}
		case y == ty:
			out = append(out, to)
		default:
			out = append(out, strconv.Itoa(y))
		}
	}
	return out
}

// headerColumn returns the index of the field named name (any case), or -1.
func headerColumn(rec []string, name string) int {
	for i, f := range rec {
		if strings.EqualFold(strings.TrimSpace(f), name) {
			return i
		}
	}
	return -1
}

// isAddress reports whether evmaddr.Parse takes s for an address.
func isAddress(s string) bool { _, ok := evmaddr.Parse(s); return ok }
