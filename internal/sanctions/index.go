package sanctions

import (
	"regexp"
	"strings"
	"sync"
)

// Query is a name to screen, with what is known about the party; Countries
// and BirthDate, when set, lower the score of entries that contradict them.
type Query struct {
	Name string
	Type string // "individual", "entity", "vessel", or "" for any
	// Countries are the party's countries (nationalities, jurisdiction) as
	// ISO 3166-1 alpha-2 codes: an entry whose countries include none of
	// them scores lower.
	Countries []string
	BirthDate string
}

// Options are the name-matching thresholds and what Load cannot read from
// the files themselves.
type Options struct {
	Threshold float64 // a name score at or above this is a match
	Review    float64 // a name score at or above this, below Threshold, is a match to review
	ListDate  string  // YYYY-MM-DD publication date for files that carry none (OFAC legacy CSV, address lists)
	// ListDates are the publication dates of single files, by path as
	// given to Load, used instead of ListDate for those files.
	ListDates map[string]string
}

// DefaultOptions are the thresholds used when none are given.
var DefaultOptions = Options{Threshold: 0.80, Review: 0.70}

// Index answers screening queries over a set of list entries. Identifier
// look-ups are map reads; name look-ups return matches at or above the
// review threshold, best first, and find exactly the entries a scan scoring
// every name would. An Index is not changed after NewIndex and is safe for
// concurrent use.
type Index struct {
	entries   []*Entry
	opts      Options
	byAddress map[string][]*Entry
	byIMO     map[string][]*Entry
	byMMSI    map[string][]*Entry
	byCompIMO map[string][]*Entry
	byRegNum  map[string][]*Entry

	names          []indexedName      // every name and alias of every entry
	nameInfo       []nameInfo         // name -> what the candidate bound reads of it (nameindex.go)
	nameTerms      []nameTerm         // the names' terms, each name's from its nameInfo.start
	termText       string             // the dictionary: every word and run of words of the names, written one after another (Index.term)
	termEnd        []int              // where each term ends in termText, by term id
	termNames      postings           // term -> names holding it, ascending
	prefNames      postings           // term -> names whose rarest words it covers (nameindex.go)
	skels          []string           // the skeletons of the words of listed names (skeleton.go)
	skelWords      postings           // skeleton -> the terms with it that are words of some name
	skelInfo       []skeletonInfo     // skeleton -> what similar reads of it first (wordfilter.go)
	skelFilters    []wordFilter       // the filters of skelWords.ids, in its order (wordfilter.go)
	skelText       string             // the words of skelWords.ids written one after another, in its order, so that the words of a skeleton are read from one run of memory
	skelTextEnd    []uint32           // where each of them ends in skelText
	wordSkels      skeletonTable      // deletion hash of a word skeleton -> the skeleton (skeleton.go)
	runSkels       skeletonTable      // skeleton hash -> the terms with it that are only runs of words
	abjadNameWords skeletonTable      // consonants' hash (abjadKeys) -> the words of names written in an abjad (abjad.go)
	abjadNames     skeletonTable      // a name's consonants' hash (nameConsonantKeys) -> the names written in an abjad with them
	consonantsOnce sync.Once          // makes abjadWords and consonantNames (consonantTables)
	abjadWords     skeletonTable      // like abjadNameWords, for every word
	consonantNames skeletonTable      // like abjadNames, for every name
	simCache       simCache           // similar terms of recent query words
	orgTerms       map[string][]int32 // orgWords group -> the terms in it that are words of some name
	orgRunTerms    map[string][]int32 // orgWords group -> the terms in it that are only runs of words
	variantTerms   map[string][]int32 // nameVariants group -> the terms in it that are words of some name
}

// NewIndex indexes entries for screening with the given thresholds.
func NewIndex(entries []*Entry, opts Options) *Index {
	ix := &Index{
		entries:   entries,
		opts:      opts,
		byAddress: map[string][]*Entry{},
		byIMO:     map[string][]*Entry{},
		byMMSI:    map[string][]*Entry{},
		byCompIMO: map[string][]*Entry{},
		byRegNum:  map[string][]*Entry{},
	}
	for _, e := range entries {
		for _, a := range e.Addresses {
			ix.byAddress[strings.ToLower(a)] = append(ix.byAddress[strings.ToLower(a)], e)
		}
		for _, v := range e.IMOs {
			ix.byIMO[v] = append(ix.byIMO[v], e)
		}
		for _, v := range e.MMSIs {
			ix.byMMSI[v] = append(ix.byMMSI[v], e)
		}
		for _, v := range e.CompanyIMOs {
			ix.byCompIMO[v] = append(ix.byCompIMO[v], e)
		}
		for _, v := range e.RegistrationNumbers {
			ix.byRegNum[normalizeID(v)] = append(ix.byRegNum[normalizeID(v)], e)
		}
	}
	ix.indexNames()
	return ix
}

// Entries are the indexed entries in the order given.
func (ix *Index) Entries() []*Entry { return ix.entries }

// Options are the thresholds the index scores names with.
func (ix *Index) Options() Options { return ix.opts }

// Address returns the entries listing the EVM address (any case).
func (ix *Index) Address(addr string) []Match {
	return identifierMatches(ix.byAddress[strings.ToLower(addr)], "address", strings.ToLower(addr))
}

// IMO returns the entries listing the ship IMO number (seven digits).
func (ix *Index) IMO(imo string) []Match { return identifierMatches(ix.byIMO[imo], "imo", imo) }

// MMSI returns the entries listing the MMSI.
func (ix *Index) MMSI(mmsi string) []Match { return identifierMatches(ix.byMMSI[mmsi], "mmsi", mmsi) }

// CompanyIMO returns the entries listing the company (owner) IMO number.
func (ix *Index) CompanyIMO(imo string) []Match {
	return identifierMatches(ix.byCompIMO[imo], "company-imo", imo)
}

// RegistrationNumber returns the entries listing the registration number,
// compared without spaces, dashes or case.
func (ix *Index) RegistrationNumber(num string) []Match {
	return identifierMatches(ix.byRegNum[normalizeID(num)], "registration-number", num)
}

// identifierLabels name each identifier kind in an explanation.
var identifierLabels = map[string]string{
	"address":             "address",
	"imo":                 "ship IMO number",
	"mmsi":                "MMSI",
	"company-imo":         "company IMO number (a ship owner's or manager's)",
	"registration-number": "registration number",
}

// identifierMatches are the entries listing an identifier of kind (Match.Identifier),
// each explained in words ("ship IMO number 9020003 is listed on ...").
func identifierMatches(entries []*Entry, kind, value string) []Match {
	var out []Match
	for _, e := range entries {
		out = append(out, Match{Entry: e, Score: 1, Identifier: kind, Value: value,
			Explanation: identifierLabels[kind] + " " + value + " is listed on " + e.Ref()})
	}
	return out
}

// reIdentifierText is the identifier value the text of an identifier match
// gives, as identifierMatches writes it ("ship IMO number 9020003 is listed
// on ..."), with the label of its kind first in the text or after ": ".
var reIdentifierText = regexp.MustCompile(`(?:^|: )(?:address|ship IMO number|MMSI|company IMO number \(a ship owner's or manager's\)|registration number) (.+?) is listed on `)

// IdentifierInText returns the identifier value a match's text says was
// listed, as identifierMatches writes it, and false when the text states
// no identifier (a name match), for checking a citation of it (audit
// verify).
func IdentifierInText(text string) (string, bool) {
	m := reIdentifierText.FindStringSubmatch(text)
	if m == nil {
		return "", false
	}
	return m[1], true
}

func normalizeID(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '.' || r == '/' {
			return -1
		}
		return r
	}, strings.ToUpper(s))
}
