package sanctions

import (
	_ "embed"
	"strings"
	"sync"
	"unicode"

	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// orgTypesTable is the legal-form table; its header says where it comes from.
//
//go:embed orgtypes.txt
var orgTypesTable string

// legalForms maps a normalised legal-form spelling (words joined by one
// space) to the class it folds to; legalFormMaxWords is its longest key.
var legalForms, legalFormMaxWords = loadLegalForms(orgTypesTable)

// riskyForms are legal-form spellings that are also ordinary words or name
// parts, so they are never folded.
var riskyForms = map[string]bool{"in": true, "as": true, "se": true, "lt": true, "de": true,
	"a": true, "an": true, "the": true, "of": true, "and": true, "mit": true, "ev": true, "ab": true,
	"ks": true, "ao": true, "is": true, "et": true, "da": true, "sc": true, "sp": true}

func loadLegalForms(table string) (map[string]string, int) {
	m := map[string]string{}
	maxWords := 1
	for _, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		spelling, class, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		words := foldWords(spelling)
		key := strings.Join(words, " ")
		if key == "" || riskyForms[key] {
			continue
		}
		if _, seen := m[key]; !seen {
			m[key] = strings.TrimSpace(class)
		}
		if len(words) > maxWords {
			maxWords = len(words)
		}
	}
	return m, maxWords
}

// stripMarks removes accents; a transformer keeps state, so each goroutine
// takes its own from the pool.
var stripMarks = sync.Pool{New: func() any {
	return transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// foldText lowercases s, removes accents, transliterates other scripts to
// Latin letters and drops dots and apostrophes ("M.V." -> "mv").
func foldText(s string) string {
	tr := stripMarks.Get().(transform.Transformer)
	if t, _, err := transform.String(tr, s); err == nil {
		s = t
	}
	stripMarks.Put(tr)
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		s = unidecode.Unidecode(s)
	}
	s = strings.ToLower(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '.' || r == '\'' || r == '`' || r == '’':
			return -1
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return r
		default:
			return ' '
		}
	}, s)
}

// foldWords is foldText split into words.
func foldWords(s string) []string { return strings.Fields(foldText(s)) }

// vesselPrefixes are ship prefixes dropped from the front of a name.
var vesselPrefixes = map[string]bool{"mv": true, "mt": true, "ss": true, "mts": true, "fv": true, "mfv": true, "tb": true}

// romanNumerals are read as numbers ("BOWNE GLOBAL SOLUTIONS II").
var romanNumerals = map[string]bool{"ii": true, "iii": true, "iv": true, "vi": true, "vii": true, "viii": true, "ix": true, "xi": true, "xii": true}

var romanNumerals2 = map[string]string{"ii": "2", "iii": "3", "iv": "4", "vi": "6", "vii": "7", "viii": "8", "ix": "9", "xi": "11", "xii": "12"}

// normName is a name ready for comparison.
type normName struct {
	display string   // the name in "First Last" order, as shown in explanations
	words   []string // the words compared, legal forms and numbers removed
	weight  float64  // the sum of the words' weights
	numbers []string // numbers in the name ("2" in "HWANG GUM SAN 2")
	forms   []string // legal-form classes found
	folded  []string // the legal-form spellings folded, upper case, for explanations
	notes   []string // what normalisation did, for explanations
	person  bool     // the name is a person's
}

// normalizeName prepares a name of the given entry type ("individual",
// "entity", "vessel" or "") for comparison.
func normalizeName(s, typ string) normName {
	n := normName{display: strings.TrimSpace(s), person: typ == "individual"}
	if last, first, ok := strings.Cut(s, ","); ok && !strings.Contains(first, ",") && typ != "vessel" {
		fw, lw := foldWords(first), foldWords(last)
		if len(fw) > 0 && len(lw) > 0 && len(fw) <= 4 && len(lw) <= 4 && !allLegalForm(fw) && (typ == "individual" || !hasLegalForm(fw) && !hasLegalForm(lw)) {
			n.display = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
			n.notes = append(n.notes, `"LAST, First" reordered`)
		}
	}
	words := foldWords(s)
	if len(words) > 1 && vesselPrefixes[words[0]] {
		n.notes = append(n.notes, "vessel prefix "+strings.ToUpper(words[0])+" dropped")
		words = words[1:]
	} else if len(words) > 2 && words[0] == "m" && (words[1] == "v" || words[1] == "t") {
		n.notes = append(n.notes, "vessel prefix M/"+strings.ToUpper(words[1])+" dropped")
		words = words[2:]
	}
	var kept []string
	for i := 0; i < len(words); {
		if typ != "individual" && !romanNumerals[words[i]] {
			// A one- or two-letter form ("SA", "AG") only folds at the end.
			if class, k := legalFormAt(words, i); k > 0 && (k > 1 || len(words[i]) > 2 || i == len(words)-1) {
				n.forms = append(n.forms, class)
				n.folded = append(n.folded, strings.ToUpper(strings.Join(words[i:i+k], " ")))
				i += k
				continue
			}
		}
		kept = append(kept, words[i])
		i++
	}
	if len(kept) == 0 { // the name is only a legal form: compare it as words
		kept, n.forms, n.folded = words, nil, nil
	}
	for _, w := range kept {
		if romanNumerals[w] {
			w = romanNumerals2[w]
		}
		if isDigits(w) {
			n.numbers = append(n.numbers, w)
		} else {
			n.words = append(n.words, w)
		}
	}
	if len(n.words) == 0 { // only numbers: compare them as words
		n.words, n.numbers = n.numbers, nil
	}
	for _, w := range n.words {
		n.weight += wordWeight(w)
	}
	return n
}

// legalFormAt returns the class and length in words of the longest legal
// form starting at words[i], or 0.
func legalFormAt(words []string, i int) (string, int) {
	for k := min(legalFormMaxWords, len(words)-i); k > 0; k-- {
		if class, ok := legalForms[strings.Join(words[i:i+k], " ")]; ok {
			return class, k
		}
	}
	return "", 0
}

func hasLegalForm(words []string) bool {
	for i := range words {
		if _, k := legalFormAt(words, i); k > 0 {
			return true
		}
	}
	return false
}

func allLegalForm(words []string) bool {
	for i := 0; i < len(words); {
		_, k := legalFormAt(words, i)
		if k == 0 {
			return false
		}
		i += k
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// wordWeight is how much a word counts in a name: its length in letters.
func wordWeight(w string) float64 { return float64(len([]rune(w))) }

// wordKeys are the index keys of a word: its trigrams with ^ and $ marking
// the ends. Two words can only be similar (wordSim > 0) if they share one.
func wordKeys(w string) []string {
	r := []rune("^" + w + "$")
	if len(r) < 3 {
		return []string{string(r)}
	}
	keys := make([]string, 0, len(r)-2)
	for i := 0; i+3 <= len(r); i++ {
		keys = append(keys, string(r[i:i+3]))
	}
	return keys
}
