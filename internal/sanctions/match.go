package sanctions

import (
	"fmt"
	"sort"
	"strings"
)

// wordCut is the Jaro-Winkler similarity below which two different words
// count as unrelated.
const wordCut = 0.86

// Penalties multiplied into a name score.
const (
	numbersDifferPenalty = 0.6  // both names carry numbers and they differ
	numberMissingPenalty = 0.9  // one name carries a number, the other none
	countryPenalty       = 0.85 // the query's country is not among the entry's
	birthDatePenalty     = 0.75 // the query's birth year is not among the entry's
	weakAliasPenalty     = 0.9  // the entry's name is a weak alias
)

// jaroWinkler is the Jaro-Winkler similarity of a and b (prefix scale 0.1,
// up to 4 common leading characters), 0 for unrelated and 1 for equal.
func jaroWinkler(a, b string) float64 {
	ra, rb := []rune(a), []rune(b)
	la, lb := len(ra), len(rb)
	if la == 0 && lb == 0 {
		return 1
	}
	if la == 0 || lb == 0 {
		return 0
	}
	window := max(la, lb)/2 - 1
	if window < 0 {
		window = 0
	}
	ma, mb := make([]bool, la), make([]bool, lb)
	matches := 0
	for i := 0; i < la; i++ {
		lo, hi := max(0, i-window), min(lb, i+window+1)
		for j := lo; j < hi; j++ {
			if !mb[j] && ra[i] == rb[j] {
				ma[i], mb[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	trans, j := 0, 0
	for i := 0; i < la; i++ {
		if !ma[i] {
			continue
		}
		for !mb[j] {
			j++
		}
		if ra[i] != rb[j] {
			trans++
		}
		j++
	}
	m := float64(matches)
	jaro := (m/float64(la) + m/float64(lb) + (m-float64(trans)/2)/m) / 3
	prefix := 0
	for prefix < min(4, la, lb) && ra[prefix] == rb[prefix] {
		prefix++
	}
	return jaro + float64(prefix)*0.1*(1-jaro)
}

// wordSim is the similarity of two words, 0..1. It is 0 unless the words
// share an index key (see wordKeys), which is what lets the index find every
// candidate the brute-force scan would.
func wordSim(a, b string) float64 {
	if a == b {
		return 1
	}
	if !shareKey(a, b) {
		return 0
	}
	s := jaroWinkler(a, b)
	if s < wordCut {
		return 0
	}
	return s
}

func shareKey(a, b string) bool {
	ka := wordKeys(a)
	for _, k := range wordKeys(b) {
		for _, x := range ka {
			if x == k {
				return true
			}
		}
	}
	return false
}

// pair is one aligned pair of words.
type pair struct {
	q, c int
	sim  float64
}

// comparison is a scored name pair and the reasons for its score.
type comparison struct {
	score float64
	parts []string
}

// compareNames scores a normalised query name against a normalised listed
// name: words aligned one to one, best pairs first; the score is the mean of
// the share of each name's weight that is matched, times the penalties for
// differing numbers.
func compareNames(q, c normName) comparison {
	var pairs []pair
	for i, qw := range q.words {
		for j, cw := range c.words {
			if s := wordSim(qw, cw); s > 0 {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].sim > pairs[j].sim })
	usedQ, usedC := make([]bool, len(q.words)), make([]bool, len(c.words))
	var matchedQ, matchedC float64
	equal := 0
	var similar []string
	for _, p := range pairs {
		if usedQ[p.q] || usedC[p.c] {
			continue
		}
		usedQ[p.q], usedC[p.c] = true, true
		matchedQ += p.sim * wordWeight(q.words[p.q])
		matchedC += p.sim * wordWeight(c.words[p.c])
		if p.sim == 1 {
			equal++
		} else {
			similar = append(similar, fmt.Sprintf("%s~%s %.2f", strings.ToUpper(q.words[p.q]), strings.ToUpper(c.words[p.c]), p.sim))
		}
	}
	var cmp comparison
	if q.weight == 0 || c.weight == 0 {
		return cmp
	}
	cmp.score = (matchedQ/q.weight + matchedC/c.weight) / 2
	cmp.parts = append(cmp.parts, q.notes...)
	cmp.parts = append(cmp.parts, c.notes...)
	if len(q.folded)+len(c.folded) > 0 {
		cmp.parts = append(cmp.parts, "legal form folded ("+strings.Join(append(append([]string{}, q.folded...), c.folded...), ", ")+" → "+strings.Join(uniq(append(append([]string{}, q.forms...), c.forms...)), ", ")+")")
	}
	words := fmt.Sprintf("%d/%d words equal", equal, max(len(q.words), len(c.words)))
	if len(similar) > 0 {
		words += ", similar " + strings.Join(similar, ", ")
	}
	cmp.parts = append(cmp.parts, words)
	switch {
	case len(q.numbers) > 0 && len(c.numbers) > 0 && strings.Join(q.numbers, " ") != strings.Join(c.numbers, " "):
		cmp.score *= numbersDifferPenalty
		cmp.parts = append(cmp.parts, fmt.Sprintf("numbers differ (%s vs %s) ×%.2f", strings.Join(q.numbers, " "), strings.Join(c.numbers, " "), numbersDifferPenalty))
	case len(q.numbers) != len(c.numbers) && (len(q.numbers) == 0 || len(c.numbers) == 0):
		cmp.score *= numberMissingPenalty
		cmp.parts = append(cmp.parts, fmt.Sprintf("number only on one side ×%.2f", numberMissingPenalty))
	case len(q.numbers) > 0:
		cmp.parts = append(cmp.parts, "numbers equal")
	}
	return cmp
}

func uniq(s []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, x := range s {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

// ScoreNames scores two names of the given type ("individual", "entity",
// "vessel" or "" when unknown) from 0 (unrelated) to 1 (the same after
// normalisation), with the explanation of the score. It is the score Index.Name
// gives a query against one listed name, before country and birth-date checks.
func ScoreNames(a, b, typ string) (float64, string) {
	qa, qb := normalizeName(a, typ), normalizeName(b, typ)
	cmp := compareNames(qa, qb)
	return cmp.score, explain(a, b, cmp)
}

func explain(query, listed string, cmp comparison) string {
	return "name: " + query + " ~ " + listed + ": " + strings.Join(cmp.parts, "; ")
}

// contradictions lowers a score when the query's country or birth year is
// known and the entry's are known and differ.
func contradictions(q Query, e *Entry, cmp *comparison) {
	if q.Country != "" && len(e.Countries) > 0 {
		found := false
		for _, c := range e.Countries {
			if strings.EqualFold(c, q.Country) {
				found = true
			}
		}
		if found {
			cmp.parts = append(cmp.parts, "country "+strings.ToUpper(q.Country)+" agrees")
		} else {
			cmp.score *= countryPenalty
			cmp.parts = append(cmp.parts, fmt.Sprintf("country %s not among %s ×%.2f", strings.ToUpper(q.Country), strings.Join(e.Countries, ", "), countryPenalty))
		}
	}
	if len(q.BirthDate) >= 4 && len(e.BirthDates) > 0 {
		year := q.BirthDate[:4]
		found := false
		for _, d := range e.BirthDates {
			if strings.HasPrefix(d, year) {
				found = true
			}
		}
		if found {
			cmp.parts = append(cmp.parts, "birth year "+year+" agrees")
		} else {
			cmp.score *= birthDatePenalty
			cmp.parts = append(cmp.parts, fmt.Sprintf("birth year %s not among %s ×%.2f", year, strings.Join(e.BirthDates, ", "), birthDatePenalty))
		}
	}
}
