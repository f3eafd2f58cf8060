package sanctions

import (
	"sort"
	"strings"
)

// Query is a name to screen, with what is known about the party; Country and
// BirthDate, when set, lower the score of entries that contradict them.
type Query struct {
	Name      string
	Type      string // "individual", "entity", "vessel", or "" for any
	Country   string // ISO 3166-1 alpha-2
	BirthDate string
}

// Options are the name-matching thresholds.
type Options struct {
	Threshold float64 // a name score at or above this is a match
	Review    float64 // a name score at or above this, below Threshold, is a match to review
}

// DefaultOptions are the thresholds used when none are given.
var DefaultOptions = Options{Threshold: 0.85, Review: 0.70}

// Index answers screening queries over a set of list entries. Identifier
// look-ups are map reads; name look-ups return matches at or above the
// review threshold, best first.
type Index struct {
	entries   []*Entry
	opts      Options
	byAddress map[string][]*Entry
	byIMO     map[string][]*Entry
	byMMSI    map[string][]*Entry
	byCompIMO map[string][]*Entry
	byRegNum  map[string][]*Entry
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

func identifierMatches(entries []*Entry, kind, value string) []Match {
	var out []Match
	for _, e := range entries {
		out = append(out, Match{Entry: e, Score: 1, Identifier: kind,
			Explanation: kind + " " + value + " is listed on " + e.List + " entry " + e.EntryID})
	}
	return out
}

// Name returns the entries whose name or alias scores at or above the review
// threshold against the query, best first.
func (ix *Index) Name(q Query) []Match {
	qn := normalizeName(q.Name)
	if qn == "" {
		return nil
	}
	var out []Match
	for _, e := range ix.entries {
		if q.Type != "" && e.Type != "" && e.Type != q.Type {
			continue
		}
		best, bestName := 0.0, ""
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if s := tokenOverlap(qn, normalizeName(n)); s > best {
				best, bestName = s, n
			}
		}
		if best >= ix.opts.Review {
			out = append(out, Match{Entry: e, Score: best, Review: best < ix.opts.Threshold,
				Explanation: "name " + q.Name + " ~ listed name " + bestName})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	return out
}

func normalizeID(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '.' || r == '/' {
			return -1
		}
		return r
	}, strings.ToUpper(s))
}

func normalizeName(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(s)), " ")
}

// tokenOverlap is the Dice coefficient of the two names' word sets.
func tokenOverlap(a, b string) float64 {
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) == 0 || len(wb) == 0 {
		return 0
	}
	set := map[string]bool{}
	for _, w := range wa {
		set[w] = true
	}
	common := 0
	for _, w := range wb {
		if set[w] {
			common++
			delete(set, w)
		}
	}
	return 2 * float64(common) / float64(len(wa)+len(wb))
}
