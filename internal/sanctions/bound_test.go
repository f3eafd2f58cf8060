package sanctions

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// directBound is the index's candidate bound (Name) computed without the
// index: each word of either name gets the best similarity of a term
// holding it to a term of the other name it may be compared with (word
// with word, word with run of words; never run with run).
func directBound(q, c normName) float64 {
	qt, qs, ql := terms(q.words)
	ct, cs, cl := terms(c.words)
	qb, cb := make([]float64, len(q.words)), make([]float64, len(c.words))
	for a := range qt {
		for b := range ct {
			if a >= len(q.words) && b >= len(c.words) {
				continue
			}
			s := wordSim(qt[a], ct[b])
			if q.abjad != c.abjad && a < len(q.words) && b < len(c.words) {
				s = max(s, abjadSim(qt[a], ct[b]))
			}
			for i := qs[a]; i < qs[a]+ql[a]; i++ {
				qb[i] = max(qb[i], s)
			}
			for j := cs[b]; j < cs[b]+cl[b]; j++ {
				cb[j] = max(cb[j], s)
			}
		}
	}
	// A word of the longer name an initial of the other may stand for
	// may be credited at initialSim.
	startsInitial := func(w string, n normName) bool {
		return slices.ContainsFunc(n.words, func(v string) bool { return isInitial(v) && standsFor(v, w) })
	}
	qLonger := q.weight > c.weight
	covQ, covC := 0.0, 0.0
	for i, w := range q.words {
		if isInitial(w) || qLonger && startsInitial(w, c) {
			qb[i] = max(qb[i], initialSim)
		}
		covQ += qb[i] * q.wordWeight(w)
	}
	for j, w := range c.words {
		if isInitial(w) || !qLonger && startsInitial(w, q) {
			cb[j] = max(cb[j], initialSim)
		}
		covC += cb[j] * c.wordWeight(w)
	}
	return scoreBound(covQ/q.weight, covC/c.weight, q.weight, c.weight)
}

// boundPairs returns pairs of real listed names likely to be similar: names
// sharing a word, and names with a typo, two words joined, a word dropped,
// the given names written as initials or a word added.
func boundPairs(t *testing.T, n int) [][2]string {
	var names []string
	for _, q := range screeningQueries(t) {
		if len(strings.Fields(q.Name)) > 0 {
			names = append(names, q.Name)
		}
	}
	byWord := map[string][]int{}
	for i, s := range names {
		for _, w := range strings.Fields(strings.ToLower(s)) {
			byWord[w] = append(byWord[w], i)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var out [][2]string
	for len(out) < n {
		a := names[rng.IntN(len(names))]
		words := strings.Fields(a)
		switch rng.IntN(7) {
		case 0: // another name sharing a word
			same := byWord[strings.ToLower(words[rng.IntN(len(words))])]
			out = append(out, [2]string{a, names[same[rng.IntN(len(same))]]})
		case 1: // a typo
			r := []rune(a)
			if len(r) > 3 {
				i := 1 + rng.IntN(len(r)-2)
				r[i], r[i+1] = r[i+1], r[i]
			}
			out = append(out, [2]string{a, string(r)})
		case 2: // two words joined
			if len(words) > 1 {
				i := rng.IntN(len(words) - 1)
				words = append(words[:i], append([]string{words[i] + words[i+1]}, words[i+2:]...)...)
			}
			out = append(out, [2]string{strings.Join(words, " "), a})
		case 3: // a word dropped
			if len(words) > 1 {
				i := rng.IntN(len(words))
				words = append(words[:i], words[i+1:]...)
			}
			out = append(out, [2]string{a, strings.Join(words, " ")})
		case 4: // words written as initials: all but the first ("PUTIN V.V."), or the middle ones ("Hans J. Friedrich")
			var initials []string
			for _, w := range words[1:] {
				initials = append(initials, string([]rune(w)[:1])+".")
			}
			if rng.IntN(2) == 0 || len(words) < 3 {
				out = append(out, [2]string{words[0] + " " + strings.Join(initials, ""), a})
			} else {
				initials[len(initials)-1] = words[len(words)-1]
				out = append(out, [2]string{a, words[0] + " " + strings.Join(initials, " ")})
			}
		case 5: // one word of the name alone ("Golden" ~ GOLDEN STAR CO)
			out = append(out, [2]string{words[rng.IntN(len(words))], a})
		default: // a word of another name added
			b := strings.Fields(names[rng.IntN(len(names))])
			out = append(out, [2]string{strings.Join(append(words, b[rng.IntN(len(b))]), " "), a})
		}
	}
	return out
}

// TestScoreBoundProperty checks, on pairs of real names, the properties of
// the scoring that the index relies on (nameindex.go): compareNames never
// scores above scoreBound of the words' best similarities, and two terms
// with wordSim > 0, unless synonyms, share a deletion hash of their
// skeletons (skeleton.go). Names matched by their consonants as a whole
// (abjad.go) are left out: the index finds them by their own look-up. A change to the scoring that breaks them makes
// the index miss hits, and fails here.
func TestScoreBoundProperty(t *testing.T) {
	n := 20000
	if testing.Short() {
		n = 3000
	}
	checked, similar := 0, 0
	for _, p := range boundPairs(t, n) {
		for _, typ := range []string{"", "individual", "entity"} {
			q, c := normalizeName(p[0], typ), normalizeName(p[1], typ)
			if len(q.words) == 0 || len(c.words) == 0 {
				continue
			}
			if q.abjad != c.abjad && sameNameConsonants(q.words, c.words) {
				continue // matched by their consonants as a whole: found by their own look-up (abjad.go)
			}
			for _, pair := range [][2]normName{{q, c}, {c, q}} {
				cmp := compareNames(pair[0], pair[1], directSim, false)
				if b := directBound(pair[0], pair[1]); cmp.score > b+1e-12 {
					t.Errorf("%q ~ %q (%s): score %.6f above the bound %.6f", pair[0].display, pair[1].display, typ, cmp.score, b)
				}
				checked++
			}
			qt, _, _ := terms(q.words)
			ct, _, _ := terms(c.words)
			for _, s := range qt {
				for _, w := range ct {
					if wordSim(s, w) == 0 {
						continue
					}
					similar++
					if g, ok := orgWords[s]; ok && g == orgWords[w] {
						continue // synonyms: similar looks them up by group
					}
					if g, ok := nameVariants[s]; ok && g == nameVariants[w] {
						continue // spellings of one name: the same
					}
					if !shareDeletionHash(s, w) {
						t.Errorf("%q ~ %q similar (%.3f) but share no deletion hash", s, w, wordSim(s, w))
					}
				}
			}
		}
	}
	t.Logf("%d name pairs scored within the bound; %d similar term pairs share a deletion hash", checked, similar)
}

// shareDeletionHash reports whether the skeletons of a and b, each with up
// to the skeletonEdits of its own length deleted, have a variant in common:
// what the index needs to find one from the other.
func shareDeletionHash(a, b string) bool {
	sa, sb := skeleton(a, nil), skeleton(b, nil)
	ha := deletionHashes(sa, skeletonEdits(len(sa)), nil)
	hb := deletionHashes(sb, skeletonEdits(len(sb)), nil)
	for _, x := range ha {
		if slices.Contains(hb, x) {
			return true
		}
	}
	return false
}

// TestIndexFindsDistantSynonyms checks that the index finds names through
// synonyms whose skeletons are far apart ("co" and "corporation") and
// through spellings of one name in other romanizations ("bag" and "park"),
// as the brute-force scan does.
func TestIndexFindsDistantSynonyms(t *testing.T) {
	var pairs [][2]string
	for _, groups := range []map[string]string{orgWords, nameVariants} {
		for a, g := range groups {
			for b, h := range groups {
				if g == h && !skeletonsNear(a, b) && wordSim(a, b) > 0 {
					pairs = append(pairs, [2]string{a, b})
				}
			}
		}
	}
	if len(pairs) == 0 {
		t.Fatal("no synonyms with distant skeletons: the test checks nothing")
	}
	// Each word alone is a name, so a query only meets its synonyms.
	words := map[string]bool{}
	for _, p := range pairs {
		words[p[0]], words[p[1]] = true, true
	}
	var entries []*Entry
	for w := range words {
		for _, typ := range []string{"", "entity", "individual"} {
			entries = append(entries, &Entry{List: "S", EntryID: fmt.Sprint(len(entries)), Name: w, Type: typ})
		}
	}
	ix := NewIndex(entries, DefaultOptions)
	found := 0
	for w := range words {
		for _, typ := range []string{"", "entity", "individual"} {
			q := Query{Name: w, Type: typ}
			got, want := ix.Name(q), ix.NameBrute(q)
			if !sameMatches(got, want) {
				t.Fatalf("%q (%s): index %d matches, brute force %d", q.Name, typ, len(got), len(want))
			}
			found += len(got)
		}
	}
	if found == 0 {
		t.Fatal("no query found its synonym")
	}
	t.Logf("%d synonym pairs with distant skeletons; %d matches, as brute force", len(pairs), found)
}

// TestSkeletonLookupHolds checks the skeleton look-ups on words of the
// nomenklatura benchmark paired with each other, with each other joined (a
// word against a run of words) and with their starts: every pair with
// wordSim > 0, synonyms aside, shares a deletion hash, and every joinable
// pair has one skeleton hash.
func TestSkeletonLookupHolds(t *testing.T) {
	words := devWords(t, 400)
	similar, joins := 0, 0
	check := func(a, b string) {
		if a == b || wordSim(a, b) == 0 {
			return
		}
		if g, ok := orgWords[a]; ok && g == orgWords[b] {
			return
		}
		if g, ok := nameVariants[a]; ok && g == nameVariants[b] {
			return
		}
		similar++
		if !shareDeletionHash(a, b) {
			t.Errorf("%q ~ %q similar (%.3f) but share no deletion hash", a, b, wordSim(a, b))
		}
		if joinable(a, b) {
			joins++
			if skeletonHash(skeleton(a, nil), -1, -1) != skeletonHash(skeleton(b, nil), -1, -1) {
				t.Errorf("%q ~ %q joinable but their skeleton hashes differ", a, b)
			}
		}
	}
	for _, a := range words {
		for _, b := range words {
			check(a, b)
			check(a, a+b)
			check(a+b, b)
		}
		for k := 1; k < len(a); k++ {
			check(a, a[:k])
		}
	}
	if similar == 0 || joins == 0 {
		t.Fatalf("%d similar pairs, %d joinable: the test checks too little", similar, joins)
	}
	t.Logf("%d similar pairs share a deletion hash, %d joinable ones a skeleton", similar, joins)
}
