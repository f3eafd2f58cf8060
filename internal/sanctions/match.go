package sanctions

import (
	_ "embed"
	"fmt"
	"math/bits"
	"slices"
	"strings"

	"github.com/tokenaudit/audit/internal/textdist"
)

// wordCut is the similarity (see keyedSim) below which two different words
// count as unrelated.
const wordCut = 0.80

// Penalties multiplied into a name score.
const (
	hullNumberPenalty    = 0.6  // two vessels' names whose numbers differ: another hull
	hullMissingPenalty   = 0.75 // one of two vessels' names has a number, the other none: maybe another hull, left in the review band
	seriesNumberPenalty  = 0.85 // two other names whose numbers differ, or only one has a number: another fund, trust or year of a series
	countryPenalty       = 0.85 // the query's country is not among the entry's
	birthDatePenalty     = 0.75 // the query's birth year is not among the entry's
	weakAliasPenalty     = 0.9  // the entry's name is a weak alias
	legalFormPenalty     = 0.75 // both names carry legal forms, of different classes
	orgWordPenalty       = 0.9  // two organisations' names each with a common organisation word the other lacks: another kind of organisation (BANK, TRADING)
	oneWordPenalty       = 0.9  // a listed name of one word found in a longer query with other words left: the match rests on one word, left in the review band
	orderPenalty         = 0.9  // two persons' names whose matched words come in another order
	syllableOrderPenalty = 0.75 // the same, one name in Hangul: its syllables in another order are another name
	conflictPenalty      = 1.0  // times the larger share of a person's name left unmatched when both names have words left
)

// jaroWinkler is the Jaro-Winkler similarity of a and b, compared byte by
// byte (names are ASCII once folded) (prefix scale 0.1,
// up to 4 common leading characters), 0 for unrelated and 1 for equal.
func jaroWinkler(a, b string) float64 {
	ra, rb := a, b
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
	var bufA, bufB [64]bool
	ma, mb := bufA[:0], bufB[:0]
	if la > 64 || lb > 64 {
		ma, mb = make([]bool, la), make([]bool, lb)
	} else {
		ma, mb = bufA[:la], bufB[:lb]
	}
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

// wordSim is the similarity of two words, 0..1: synonymSim for two
// spellings of one common organisation word, else 0 unless the words'
// skeletons are near (skeletonsNear, which is what lets the index find
// every candidate the brute-force scan would) and they share enough
// trigrams (see enoughKeys), else keyedSim; at least variantSim for two
// spellings of one name in different romanizations (nameVariants).
func wordSim(a, b string) float64 {
	if a == b {
		return 1
	}
	if strings.HasSuffix(a, ".") || strings.HasSuffix(b, ".") {
		// An initial read as several letters is credited for the word
		// it stands for (creditInitials), not similar to it: "yu." is no
		// spelling of YU.
		return 0
	}
	if g, ok := orgWords[a]; ok && g == orgWords[b] {
		return synonymSim
	}
	v := 0.0
	if skeletonsNear(a, b) {
		v = nearSim(a, b)
	}
	if g, ok := nameVariants[a]; ok && g == nameVariants[b] {
		v = max(v, variantSim)
	}
	return v
}

// nearSim is wordSim for two different words, not synonyms, whose
// skeletons are near: 0 unless they share enough trigrams, else keyedSim.
// The cheapest tests come first.
func nearSim(a, b string) float64 {
	var buf [48]uint32
	return nearSimKeys(a, packedKeys(a, buf[:0]), b)
}

// nearSimKeys is nearSim(a, b) given a's trigrams ka (packedKeys), for a
// word compared with many.
func nearSimKeys(a string, ka []uint32, b string) float64 {
	bound := letterBound(a, b)
	if (1+bound)/2 < wordCut || !shareEnoughKeys(ka, b) {
		return 0
	}
	return boundedSim(a, b, bound)
}

// shareEnoughKeys reports whether a word with the trigrams ka (packedKeys)
// and b share enough trigrams (enoughKeys).
func shareEnoughKeys(ka []uint32, b string) bool {
	var bufB [48]uint32
	kb := packedKeys(b, bufB[:0])
	shared := 0
	for _, k := range ka {
		for _, x := range kb {
			if x == k {
				shared++
				break
			}
		}
	}
	return enoughKeys(shared, len(ka), len(kb))
}

// packedKeys appends the distinct trigrams of "^"+w+"$", packed, to buf.
func packedKeys(w string, buf []uint32) []uint32 {
	n := len(w) + 2
	for i := 0; i+3 <= n; i++ {
		k := trigram(w, i)
		dup := false
		for _, x := range buf {
			if x == k {
				dup = true
				break
			}
		}
		if !dup {
			buf = append(buf, k)
		}
	}
	return buf
}

// trigram is the key at byte offset i of "^"+s+"$", packed.
func trigram(s string, i int) uint32 {
	var k uint32
	for x := i; x < i+3; x++ {
		var c byte
		switch {
		case x == 0:
			c = '^'
		case x == len(s)+1:
			c = '$'
		default:
			c = s[x-1]
		}
		k = k<<8 | uint32(c)
	}
	return k
}

// enoughKeys reports whether two words with na and nb distinct keys sharing
// shared of them are worth comparing: at least a third of the shorter
// one's keys, and at least one.
func enoughKeys(shared, na, nb int) bool {
	return shared >= max(1, min(na, nb)/3)
}

// keyedSim is wordSim for two different words that pass its other tests:
// synonymSim for two spellings of one common organisation word ("intl",
// "international"), else their spelling similarity (editSim) or, when
// higher, its mean with their Jaro-Winkler similarity; 0 below wordCut.
func keyedSim(a, b string) float64 {
	if g, ok := orgWords[a]; ok && g == orgWords[b] {
		return synonymSim
	}
	bound := letterBound(a, b)
	if (1+bound)/2 < wordCut {
		return 0
	}
	return boundedSim(a, b, bound)
}

// mayReachCut reports whether two different words of la and lb bytes with
// letter masks ma and mb (letterMask) may have letterBound high enough for
// nearSim, without reading them: a bit set in one mask only is at least
// one letter the other word lacks, and the letters each has more than the
// other differ by lb-la.
func mayReachCut(ma uint32, la int, mb uint32, lb int) bool {
	onlyA := max(0, la-lb, bits.OnesCount32(ma&^mb), bits.OnesCount32(mb&^ma)-(lb-la))
	onlyB := onlyA + lb - la
	bound := 1 - min(variantCost, doubleCost)*float64(max(onlyA, onlyB))/float64(max(la, lb))
	return (1+bound)/2 >= wordCut-1e-9
}

// letterBound bounds editSim(a, b) from above: each letter of one word
// missing from the other costs at least half an edit. Many pairs stop
// here.
func letterBound(a, b string) float64 {
	var count [256]int16
	for i := 0; i < len(a); i++ {
		count[a[i]]++
	}
	for i := 0; i < len(b); i++ {
		count[b[i]]--
	}
	onlyA, onlyB := 0, 0
	for i := 0; i < len(a); i++ {
		if n := count[a[i]]; n > 0 {
			onlyA += int(n)
			count[a[i]] = 0
		}
	}
	for i := 0; i < len(b); i++ {
		if n := count[b[i]]; n < 0 {
			onlyB -= int(n)
			count[b[i]] = 0
		}
	}
	return 1 - min(variantCost, doubleCost)*float64(max(onlyA, onlyB))/float64(max(len(a), len(b)))
}

// boundedSim is keyedSim for two words, not synonyms, whose editSim is at
// most bound.
func boundedSim(a, b string, bound float64) float64 {
	jw := jaroWinkler(a, b)
	if max(bound, (jw+bound)/2) < wordCut {
		return 0
	}
	e := editSim(a, b)
	s := max(e, (jw+e)/2)
	if s < wordCut {
		return 0
	}
	return s
}

// synonymSim is the similarity of two spellings of one common organisation
// word.
const synonymSim = 0.95

// variantSim is the least similarity of two spellings of one name in
// different romanizations (nameVariants).
const variantSim = 0.9

// Costs of the edits editSim counts; a whole edit costs 1.
const (
	variantCost = 0.5 // a letter for one it is often transliterated or mistyped as ("o"/"u", "c"/"k", "0"/"o")
	doubleCost  = 0.5 // a letter doubled or not ("ll"/"l")
)

// variantLetters are pairs of letters that spell the same sound in
// different transliterations, or that OCR and typing confuse: vowels among
// themselves, and the pairs of rigour's compare.json.
var variantLetters = func() (m [128][128]bool) {
	pairs := []string{"ck", "ks", "kq", "sz", "vw", "jy", "ji", "gj", "gk", "bp", "dt", "0o", "1i", "1l", "5s", "6b", "9g", "9q", "hn"}
	vowels := "aeiouy"
	for i := range vowels {
		for j := range vowels {
			pairs = append(pairs, string([]byte{vowels[i], vowels[j]}))
		}
	}
	for _, p := range pairs {
		m[p[0]][p[1]], m[p[1]][p[0]] = true, true
	}
	return m
}()

// spelling is one way of writing a sound (a) for another (b), and what
// editSim charges for it.
type spelling struct {
	a, b string
	cost float64
}

// spellingsEnding are the spellings by the last letters of their two sides
// (letters above 127 share a slot and are checked in full).
var spellingsEnding = func() (m [128][128][]spelling) {
	for _, sp := range spellings {
		x, y := sp.a[len(sp.a)-1], sp.b[len(sp.b)-1]
		m[x][y] = append(m[x][y], sp)
	}
	return m
}()

// hasSpelling marks the slots of spellingsEnding that hold a spelling.
var hasSpelling = func() (m [128][128]bool) {
	for x := range spellingsEnding {
		for y := range spellingsEnding[x] {
			m[x][y] = len(spellingsEnding[x][y]) > 0
		}
	}
	return m
}()

// spellings are the letter groups transliterations write one sound with
// ("x"/"ks", "kh"/"h", "ou"/"u"; "ch"/"j", as McCune-Reischauer and the
// Revised Romanization write 정 CHONG and JONG), both ways round. Each
// costs half an edit per letter one side has and the other lacks, which
// keeps keyedSim's bound (half an edit per missing letter) true.
var spellings = func() []spelling {
	var out []spelling
	for _, p := range [][2]string{{"x", "ks"}, {"ph", "f"}, {"kh", "h"}, {"kh", "k"}, {"dh", "d"}, {"th", "t"},
		{"gh", "g"}, {"sh", "s"}, {"ou", "u"}, {"dj", "j"}, {"ck", "k"}, {"ts", "z"}, {"eo", "o"}, {"eo", "u"}, {"eu", "u"}, {"ch", "j"}} {
		var count [256]int
		for i := 0; i < len(p[0]); i++ {
			count[p[0][i]]++
		}
		for i := 0; i < len(p[1]); i++ {
			count[p[1][i]]--
		}
		onlyA, onlyB := 0, 0
		for _, n := range count {
			onlyA, onlyB = onlyA+max(n, 0), onlyB+max(-n, 0)
		}
		cost := doubleCost * float64(max(onlyA, onlyB))
		out = append(out, spelling{p[0], p[1], cost}, spelling{p[1], p[0], cost})
	}
	return out
}()

// editSim is 1 minus the cost of the edits turning a into b over the longer
// length: Damerau-Levenshtein distance where a variant letter (see
// variantLetters) or a doubled letter costs half, and one spelling of a
// sound for another (see spellings) half an edit per letter it changes.
func editSim(a, b string) float64 {
	la, lb := len(a), len(b)
	if la == 0 && lb == 0 {
		return 1
	}
	var buf [3][65]float64
	var delBuf, insBuf [64]float64
	rows := [3][]float64{buf[0][:0], buf[1][:0], buf[2][:0]}
	for k := range rows {
		if lb < 65 {
			rows[k] = buf[k][:lb+1]
		} else {
			rows[k] = make([]float64, lb+1)
		}
	}
	// del[i] and ins[j]: the cost of deleting a[i] or inserting b[j], half
	// for a doubled letter.
	del, ins := delBuf[:0], insBuf[:0]
	if la > 64 {
		del = make([]float64, 0, la)
	}
	if lb > 64 {
		ins = make([]float64, 0, lb)
	}
	del, ins = indelCosts(a, del), indelCosts(b, ins)
	pp, prev, cur := rows[0], rows[1], rows[2]
	for j := 1; j <= lb; j++ {
		prev[j] = prev[j-1] + ins[j-1]
	}
	for i := 1; i <= la; i++ {
		cur[0] = prev[0] + del[i-1]
		ca := a[i-1]
		for j := 1; j <= lb; j++ {
			cb := b[j-1]
			sub := 0.0
			if ca != cb {
				sub = 1
				if ca < 128 && cb < 128 && variantLetters[ca][cb] {
					sub = variantCost
				}
			}
			v := min(prev[j]+del[i-1], cur[j-1]+ins[j-1], prev[j-1]+sub)
			if i > 1 && j > 1 && ca == b[j-2] && a[i-2] == cb && ca != cb {
				v = min(v, pp[j-2]+1)
			}
			if hasSpelling[ca&127][cb&127] {
				for _, sp := range spellingsEnding[ca&127][cb&127] {
					if x, y := len(sp.a), len(sp.b); x <= i && y <= j && a[i-x:i] == sp.a && b[j-y:j] == sp.b {
						from := prev
						if x == 2 {
							from = pp
						}
						v = min(v, from[j-y]+sp.cost)
					}
				}
			}
			cur[j] = v
		}
		pp, prev, cur = prev, cur, pp
	}
	return max(0, 1-prev[lb]/float64(max(la, lb)))
}

// indelCosts appends to out the cost of inserting or deleting each letter
// of s: doubleCost for a letter beside the same letter, 1 otherwise.
func indelCosts(s string, out []float64) []float64 {
	for i := 0; i < len(s); i++ {
		c := 1.0
		if i > 0 && s[i-1] == s[i] || i+1 < len(s) && s[i+1] == s[i] {
			c = doubleCost
		}
		out = append(out, c)
	}
	return out
}

// noDistinctPenalty lowers the score of two organisation names none of
// whose distinctive words (those that are not common organisation words)
// is matched exactly, written apart or together: "KOREA YUJONG SHIPPING"
// and "YUSONG SHIPPING CO" share only SHIPPING, and YUJONG is not YUSONG,
// so they are a possible match to review rather than a match. On
// nomenklatura's pairs it raises F1 (0.884 to 0.886 on cases-dev.csv, 0.833
// to 0.840 on the held-out checks).
const noDistinctPenalty = 0.95

// distinctMatch reports whether a word of words that is not a common
// organisation word was matched at similarity 1 (sims[i] is word i's).
func distinctMatch(words []string, sims []float64) bool {
	for i, w := range words {
		if _, common := orgWords[w]; !common && sims[i] == 1 {
			return true
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

// shortWeight is how much the coverage of the shorter name counts in the
// score; the longer name's coverage counts 1-shortWeight. Lists add middle
// names and patronymics, so a query covering a listed name's words, or the
// reverse, scores high even when the other has more.
const shortWeight = 0.7

// maxRun is the longest run of words compared joined ("VAN DER BILT" ~
// "VANDERBILT").
const maxRun = 3

// strongJoin is the similarity at which a word and a run of words joined are
// aligned before any single words.
const strongJoin = 0.9

// simmer gives the similarity of a query term and a listed term. Terms are
// words, or runs of 2..maxRun consecutive words joined; qt and ct index the
// query's and the listed name's terms (see terms).
type simmer func(qt int, qs string, ct int, cs string) float64

// directSim computes wordSim for every pair: the brute-force path.
func directSim(_ int, qs string, _ int, cs string) float64 { return wordSim(qs, cs) }

// terms returns a name's words followed by its runs of 2..maxRun
// consecutive words joined, with each run's first word and length.
func terms(words []string) (out []string, start, length []int) {
	for i, w := range words {
		out, start, length = append(out, w), append(start, i), append(length, 1)
	}
	for k := 2; k <= maxRun; k++ {
		for j := 0; j+k <= len(words); j++ {
			out, start, length = append(out, strings.Join(words[j:j+k], "")), append(start, j), append(length, k)
		}
	}
	return out, start, length
}

// compareNames scores a normalised query name against a normalised listed
// name: words aligned one to one, best pairs first, then words left over on
// one side compared with runs of two or three words left over on the other
// ("RAMIMAKHLOUF" ~ "RAMI MAKHLOUF"). The score is shortWeight times the
// share of the shorter name's weight matched plus 1-shortWeight times the
// longer's, times the penalties for differing numbers, legal forms or order.
// When one name is written in an abjad and the other is not, words are also
// compared by their consonants (abjadSim). The explanation is only written
// when explain is set.
func compareNames(q, c normName, sim simmer, explain bool) comparison {
	var cmp comparison
	if q.weight == 0 || c.weight == 0 {
		return cmp
	}
	nq, nc := len(q.words), len(c.words)
	if q.pinyin != c.pinyin {
		sim = syllableStrict(sim, pinyinAlike)
	}
	if q.hangul != c.hangul {
		sim = syllableStrict(sim, koreanAlike)
	}
	var pairsBuf [64]pair
	pairs := pairsBuf[:0]
	// One name in an abjad, the other not and not in Han or Hangul (their
	// syllables have their vowels): words also compared by consonants.
	crossAbjad := q.abjad != c.abjad && len(q.cjk) == 0 && len(c.cjk) == 0
	for i, qw := range q.words {
		for j, cw := range c.words {
			s := sim(i, qw, j, cw)
			if crossAbjad {
				s = max(s, abjadSim(qw, cw))
			}
			if s > 0 {
				pairs = append(pairs, pair{i, j, s})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { // best first
		switch {
		case a.sim > b.sim:
			return -1
		case a.sim < b.sim:
			return 1
		}
		return 0
	})
	var buf [4][16]float64
	simQ, simC := buf[0][:0], buf[1][:0]
	for range nq {
		simQ = append(simQ, 0)
	}
	for range nc {
		simC = append(simC, 0)
	}
	usedQ, usedC := make([]bool, nq), make([]bool, nc)
	alignC := make([]int, nq)
	equal := 0
	var similar, joined []string
	align := func(equalOnly bool) {
		for _, p := range pairs {
			if usedQ[p.q] || usedC[p.c] || equalOnly && p.sim < 1 {
				continue
			}
			usedQ[p.q], usedC[p.c] = true, true
			simQ[p.q], simC[p.c] = p.sim, p.sim
			alignC[p.q] = p.c
			if p.sim == 1 {
				equal++
			} else if explain {
				similar = append(similar, fmt.Sprintf("%s~%s %.2f", strings.ToUpper(q.words[p.q]), strings.ToUpper(c.words[p.c]), p.sim))
			}
		}
	}
	// Equal words first; then words written together on one side and apart
	// on the other, when nearly equal joined; then similar words; then runs
	// of words joined.
	align(true)
	qJoin := func(i int, w string, t int, run string) float64 { return sim(i, w, t, run) }
	cJoin := func(j int, w string, t int, run string) float64 { return sim(t, run, j, w) }
	qTerms, cTerms := q.terms, c.terms
	joined = joinRuns(q.words, c.words, &cTerms, usedQ, usedC, simQ, simC, qJoin, strongJoin, explain, joined)
	joined = joinRuns(c.words, q.words, &qTerms, usedC, usedQ, simC, simQ, cJoin, strongJoin, explain, joined)
	align(false)
	joined = joinRuns(q.words, c.words, &cTerms, usedQ, usedC, simQ, simC, qJoin, 0, explain, joined)
	joined = joinRuns(c.words, q.words, &qTerms, usedC, usedQ, simC, simQ, cJoin, 0, explain, joined)
	if crossAbjad && (nq > 1 || nc > 1) && sameNameConsonants(q.words, c.words) {
		// One name in words cut differently, the article written with
		// either word (عبد الرحمن ~ Abdul Rahman, عبد الله ~ Abdullah):
		// every word counts as matched by the consonants.
		for i := range simQ {
			simQ[i] = max(simQ[i], abjadSimLong)
		}
		for j := range simC {
			simC[j] = max(simC[j], abjadSimLong)
		}
		if explain {
			joined = append(joined, fmt.Sprintf("%s~%s by their consonants %.2f", strings.ToUpper(strings.Join(q.words, " ")), strings.ToUpper(strings.Join(c.words, " ")), abjadSimLong))
		}
	}
	var initials []string
	creditedQ, creditedC := 0, 0
	differQ, differC := make([]bool, nq), make([]bool, nc)
	if comparedAsPersons(&q, &c) && slices.ContainsFunc(simQ, func(s float64) bool { return s > 0 }) {
		// The word an initial stands for is credited in the longer name
		// only (q.weight <= c.weight: q is the shorter, as below), and
		// only when a word at either end of it is matched: a family name
		// first or last, its given names the initials ("Ali M." and
		// "Mohammed ALI Hassan" is not that). See initialSim.
		standsQ, standsC := simC, []float64(nil)
		if q.weight > c.weight {
			standsQ, standsC = nil, simQ
		}
		if !usedC[0] && !usedC[nc-1] {
			standsQ = nil
		}
		if !usedQ[0] && !usedQ[nq-1] {
			standsC = nil
		}
		initials, creditedQ = creditInitials(q.words, c.words, usedQ, usedC, simQ, standsQ, differQ, differC, explain, initials)
		initials, creditedC = creditInitials(c.words, q.words, usedC, usedQ, simC, standsC, differC, differQ, explain, initials)
	}
	covQ, covC := 0.0, 0.0
	for i, w := range q.words {
		covQ += simQ[i] * q.wordWeight(w)
	}
	for j, w := range c.words {
		covC += simC[j] * c.wordWeight(w)
	}
	covQ /= q.weight
	covC /= c.weight
	if q.weight <= c.weight {
		cmp.score = shortWeight*covQ + (1-shortWeight)*covC
	} else {
		cmp.score = shortWeight*covC + (1-shortWeight)*covQ
	}
	if explain {
		// each note once: both names may have been "LAST, First"
		cmp.parts = append(cmp.parts, uniq(append(append([]string{}, q.notes...), c.notes...))...)
		if crossAbjad {
			cmp.parts = append(cmp.parts, "one name in Arabic or Hebrew script: words also compared by their consonants")
		}
		if len(q.folded)+len(c.folded) > 0 {
			cmp.parts = append(cmp.parts, "legal form folded ("+strings.Join(append(append([]string{}, q.folded...), c.folded...), ", ")+" → "+strings.Join(uniq(append(append([]string{}, q.forms...), c.forms...)), ", ")+")")
		}
		words := fmt.Sprintf("%d/%d words equal", equal, max(nq, nc))
		if len(similar) > 0 {
			words += ", similar " + strings.Join(similar, ", ")
		}
		if len(joined) > 0 {
			words += ", joined " + strings.Join(joined, ", ")
		}
		if len(initials) > 0 {
			words += ", initial " + strings.Join(initials, ", ")
		}
		cmp.parts = append(cmp.parts, words)
	}
	penalty := func(f float64, why string) {
		cmp.score *= f
		if explain {
			cmp.parts = append(cmp.parts, fmt.Sprintf("%s ×%.2f", why, f))
		}
	}
	differ, missing := seriesNumberPenalty, seriesNumberPenalty
	if q.vessel || c.vessel {
		differ, missing = hullNumberPenalty, hullMissingPenalty
	}
	switch {
	case len(q.numbers) > 0 && len(c.numbers) > 0 && strings.Join(q.numbers, " ") != strings.Join(c.numbers, " "):
		penalty(differ, fmt.Sprintf("numbers differ (%s vs %s)", strings.Join(q.numbers, " "), strings.Join(c.numbers, " ")))
	case len(q.numbers) != len(c.numbers) && (len(q.numbers) == 0 || len(c.numbers) == 0):
		penalty(missing, "number only on one side")
	case len(q.numbers) > 0 && explain:
		cmp.parts = append(cmp.parts, "numbers equal")
	}
	if len(q.forms) > 0 && len(c.forms) > 0 && !intersects(q.forms, c.forms) {
		penalty(legalFormPenalty, "legal forms differ")
	}
	oneWord := ""
	if w, n := oneWordOf(q, c, simQ); w != "" {
		penalty(oneWordPenalty, fmt.Sprintf("a listed name of one word (%s) in a name of %d", strings.ToUpper(w), n))
		oneWord = w
	} else if w, n := oneWordOf(c, q, simC); w != "" {
		penalty(oneWordPenalty, fmt.Sprintf("a query of one word (%s) in a listed name of %d", strings.ToUpper(w), n))
		oneWord = w
	}
	if oneWord != "" && cmp.score > oneWordCap {
		cmp.score = oneWordCap
		if explain {
			cmp.parts = append(cmp.parts, fmt.Sprintf("a match on one word (%s): at most %.2f (review)", strings.ToUpper(oneWord), oneWordCap))
		}
	}
	if !q.person && !c.person {
		if a, b := orgWordsLeft(q, simQ), orgWordsLeft(c, simC); len(a) > 0 && len(b) > 0 {
			penalty(orgWordPenalty, fmt.Sprintf("organisation words differ (%s vs %s)", strings.ToUpper(strings.Join(a, " ")), strings.ToUpper(strings.Join(b, " "))))
		}
	}
	if !q.person && !c.person && cmp.score < 1 && !distinctMatch(q.words, simQ) {
		penalty(noDistinctPenalty, "no distinctive word equal")
	}
	if len(q.cjk) > 0 && len(c.cjk) > 0 {
		// A Han, Hangul or Kana character is a syllable or a word: one
		// differing is another name, though transliterated alike.
		if d := textdist.Runes(q.cjk, c.cjk); d > 0 {
			penalty(1-float64(d)/float64(max(len(q.cjk), len(c.cjk))), fmt.Sprintf("%d of %d characters differ (%s vs %s)", d, max(len(q.cjk), len(c.cjk)), string(q.cjk), string(c.cjk)))
		}
	}
	if comparedAsPersons(&q, &c) {
		conflict(q, c, simQ, simC, differQ, differC, penalty)
		switch crossed, rotated := wordOrder(usedQ, alignC); {
		case rotated && explain && q.lastFirst == c.lastFirst:
			// "ROTENBERG Arkadii" ~ "Arkadii ROTENBERG": family name first
			// or last is how lists write one name. A name written "LAST,
			// First" against one that is not is that rotation, and its
			// note says so already.
			cmp.parts = append(cmp.parts, "word order differs (rotated, as family name first or last)")
		case rotated:
		case crossed && !rotated && q.hangul != c.hangul:
			// A Korean given name is its syllables in order: 영수 Yeong-su
			// is not SU Yong.
			penalty(syllableOrderPenalty, "syllables of the Korean name in another order")
		case crossed && !rotated:
			penalty(orderPenalty, "word order differs")
		}
		if w := restsOnInitials(q, c, usedQ, usedC, simQ, simC, creditedQ, creditedC); w != "" && cmp.score > initialsCap {
			cmp.score = initialsCap
			if explain {
				cmp.parts = append(cmp.parts, fmt.Sprintf("one word spelt out (%s), the others initials: at most %.2f (review)", strings.ToUpper(w), initialsCap))
			}
		}
	}
	return cmp
}

// countryCap is the highest score of a name whose entry's countries are
// known and include none of the query's, after countryPenalty: below the
// default threshold 0.80, so that even the same name of a party of another
// country is a match to review, not a match (the penalty alone left an
// exact name at 0.85). Names that differ score lower still. A birth date
// that agrees lifts the cap (contradictions): the penalty alone remains.
const countryCap = 0.79

// oneWordCap is the highest score of a name of one word matched in a
// longer name whose other words are not legal forms or common organisation
// words (see oneWordOf), after oneWordPenalty: below the default threshold
// 0.80, a match to review ("Golden" ~ GOLDEN STAR CO, "Mohammed" ~ NUR,
// Mohammed), however short the other words.
const oneWordCap = 0.79

// initialsCap is the highest score of two persons' names matched on one
// word spelt out, the others by initials ("Putin V.V." ~ PUTIN, Vladimir
// Vladimirovich; "J. Smith" ~ SMITH, John): below the default threshold
// 0.80, a match to review. A family name and initials agreeing is what a
// compliance officer must look at, but many people share a family name and
// the first letters of their given names.
const initialsCap = 0.79

// longWord is the length from which the one word spelt out of a match
// resting on initials is taken as rare enough ("NAZARBAYEV", "KHAMENEI")
// for the match not to be capped (initialsCap) when every word of both
// names is matched, by itself or by an initial. Length is a poor measure
// of rarity: a common given name (commonGivenName: MOHAMMED, ABDULLAH) is
// capped whatever its length; KUZNETSOV, a common family name, passes (see
// TestInitialsLabelled).
const longWord = 8

// givenNamesTable lists the words of longWord letters or more that the
// OFAC list writes as given names more than as family names; its header
// says how it is made (TestGivenNamesTable).
//
//go:embed givennames.txt
var givenNamesTable string

// givenNames are givenNamesTable's words.
var givenNames = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(givenNamesTable, "\n") {
		if w, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			m[w] = true
		}
	}
	return m
}()

// commonGivenName reports whether w (folded) is a word the lists use as a
// given name more often than as a family name (givenNames): MOHAMMED,
// ABDULLAH, ALEXANDER. Written with initials ("MOHAMMED A.") it names no
// one in particular, however long.
func commonGivenName(w string) bool { return givenNames[w] }

// restsOnInitials returns the one word spelt out and matched of two
// persons' names whose other matched words are initials credited
// (creditedQ, creditedC of them in q and c): such a match rests on one word
// (see initialsCap). It returns "" when more than one word is matched
// spelt out (a run of words joined counts its words; an initial equal to
// an initial is not spelt out), when no initial was credited, or when the
// word has longWord letters or more, is not a common given name
// (commonGivenName: "MOHAMMED A."), and every word of both names is
// matched.
func restsOnInitials(q, c normName, usedQ, usedC []bool, simQ, simC []float64, creditedQ, creditedC int) string {
	one := func(n normName, used []bool) string {
		w := ""
		for i, u := range used {
			if u && !isInitial(n.words[i]) {
				if w != "" {
					return ""
				}
				w = n.words[i]
			}
		}
		return w
	}
	var w string
	switch {
	case creditedQ > 0:
		w = one(q, usedQ)
	case creditedC > 0:
		w = one(c, usedC)
	}
	if len(w) >= longWord && !commonGivenName(w) && !slices.Contains(simQ, 0) && !slices.Contains(simC, 0) {
		return ""
	}
	return w
}

// initialSim is the similarity credited to an initial of a person's name
// that stands for a word left unmatched on the other side (V and VLADIMIR
// in "V. Putin" and "PUTIN, Vladimir"), when another word is matched: it
// agrees, but is weaker evidence than the word spelt out. The word it
// stands for is credited at initialSim too, as both words of any matched
// pair are, when it is in the longer name (by weight) and a word at either
// end of that name is matched spelt out (a family name first or last). In
// the shorter name it is not, since the index's prefix filter counts on
// the shorter name's share matched coming from similar terms and its own
// initials. The index's bound counts every initial as matched at
// initialSim, and every word of the longer name starting with an initial
// of the other at initialSim; its probes leave initials for last
// (isInitial).
const initialSim = 0.5

// isInitial reports whether a word of a name is an initial: one letter, or
// a letter read as several Latin letters, written with its dot ("yu." for
// Ю. or Yu., see dottedInitials). No other word ends with a dot.
func isInitial(w string) bool { return len(w) == 1 || len(w) > 1 && w[len(w)-1] == '.' }

// initialReadings are, for the initials read as several Latin letters
// (the Cyrillic letters whose transliterations differ, and Latin
// spellings of them, see dottedInitials) and for "e" (Е, Э, or E), the
// beginnings of the words each may stand for: what BGN/PCGN, ICAO Doc
// 9303, GOST 7.79 and German or French spellings write for the letter,
// as the OFAC and UN lists write given names (YURIY, IURII, JURJEWNA,
// YOURI; YEVGENIY and EVGENIY; KHALID). Я is not read as A (ISO 9's â):
// that would make it stand for every ALEKSANDR; nor Ж, Х or Ш as J or CH
// (French, German): the lists' J-names are Й, Е, Я and Ю written in
// German or Swedish (JAUHEN, JEVGENIJ), their CH-names Ч.
var initialReadings = map[string][]string{
	"e":     {"e", "ye", "je"},
	"yo.":   {"yo", "jo", "io", "e", "ye"},
	"yu.":   {"yu", "iu", "ju", "you", "iou", "u"},
	"ya.":   {"ya", "ia", "ja"},
	"zh.":   {"zh", "z"},
	"kh.":   {"kh", "h"},
	"ts.":   {"ts", "tz", "c", "z"},
	"ch.":   {"ch", "tch", "tsch"},
	"sh.":   {"sh", "sch"},
	"shch.": {"sh", "sch"},
}

// standsFor reports whether the initial i (isInitial) may stand for the
// word w, not an initial: w starts with i's letter, or with one of its
// readings (initialReadings).
func standsFor(i, w string) bool {
	if isInitial(w) {
		return false
	}
	readings, ok := initialReadings[i]
	if !ok {
		return strings.HasPrefix(w, strings.TrimSuffix(i, "."))
	}
	for _, r := range readings {
		if strings.HasPrefix(w, r) {
			return true
		}
	}
	return false
}

// initialStarts returns the first letters of the words the initial i
// may stand for (standsFor).
func initialStarts(i string) []byte {
	readings, ok := initialReadings[i]
	if !ok {
		return []byte{i[0]}
	}
	var out []byte
	for _, r := range readings {
		if !slices.Contains(out, r[0]) {
			out = append(out, r[0])
		}
	}
	return out
}

// creditInitials gives the words of a left unmatched that are one letter
// (initials) initialSim in simA when they agree, in order, with the words
// of b left unmatched: each initial stands for the next word of b left
// unmatched, or, when that word does not start with it, for a later one
// that does (a middle name one side leaves out); an initial that starts
// no word left still takes the next word's place ("Putin E.V." and
// Vladimir Vladimirovich: E stands for VLADIMIR and disagrees, V for
// VLADIMIROVICH), and such a pair is marked in differA and differB, for
// conflict to count as differing. When simB is not nil, the word of b an
// initial agrees with gets initialSim there too. It returns out with the pairs written
// when explain is set, and how many initials it credited. The words stay
// unaligned (used is not changed), so word order and conflicts read them
// as before.
func creditInitials(a, b []string, usedA, usedB []bool, simA, simB []float64, differA, differB []bool, explain bool, out []string) ([]string, int) {
	n, next := 0, 0 // next: the first word of b an initial may stand for
	for i, w := range a {
		if usedA[i] || !isInitial(w) {
			continue
		}
		for next < len(b) && (usedB[next] || isInitial(b[next])) {
			next++
		}
		j := next
		for j < len(b) && (usedB[j] || !standsFor(w, b[j])) {
			j++
		}
		if j >= len(b) { // no word left agrees: the initial takes the next one's place, and differs
			if next < len(b) {
				differA[i], differB[next] = true, true
			}
			next++
			continue
		}
		simA[i], next = initialSim, j+1
		if simB != nil {
			simB[j] = max(simB[j], initialSim)
		}
		n++
		if explain {
			out = append(out, fmt.Sprintf("%s~%s %.2f", strings.ToUpper(w), strings.ToUpper(b[j]), initialSim))
		}
	}
	return out, n
}

// orgWordsLeft returns the common organisation words of n left unmatched
// (similarity 0): what kind of organisation it is ("bank", "trading"),
// which another name leaving one of its own says is another kind.
func orgWordsLeft(n normName, sim []float64) []string {
	var out []string
	for i, w := range n.words {
		if _, org := orgWords[w]; org && sim[i] == 0 {
			out = append(out, w)
		}
	}
	return out
}

// comparedAsPersons reports whether two names are compared as persons'
// names: both are, or one is and the other's type is not known and it
// carries no legal form ("PUTIN, Vladimir Vladimirovich" screened by name
// alone against the person MAZUR, Vladimir Vladimirovich: a name that
// matches a person's can only be a person's).
func comparedAsPersons(q, c *normName) bool {
	switch {
	case q.person && c.person:
		return true
	case q.person:
		return c.untyped && len(c.forms) == 0
	case c.person:
		return q.untyped && len(q.forms) == 0
	}
	return false
}

// oneWordOf reports, when the name one is a single word and the name long
// has words of its own left unmatched (similarity 0 in simLong) that are
// not common organisation words, that word and how many words long has: a
// listed "DANIEL" (a vessel) in the query "Daniel Ryan", "ZULKARNAIN" in
// "Winda Satya Zulkarnain"; the query "Golden" in GOLDEN STAR CO, "HUA" in
// the vessel HUA FU, "11" in ELEVEN EIGHTY EIGHT LIMITED. Such a match
// rests on one word, common to many names, and compareNames checks both
// directions. A name whose other words are its organisation's ("Lazarus
// Group" for LAZARUS), or are the one word written apart ("Gazprom Neft"
// for GAZPROMNEFT), is not one, nor is a name that is the one word once
// its legal forms are dropped (GOLDEN LTD for "Golden"), nor a person's
// name of a title and one word ("President Erdoğan"): a person named as
// they are known.
func oneWordOf(long, one normName, simLong []float64) (string, int) {
	if len(one.words) != 1 || len(long.words) < 2 || one.titled {
		return "", 0
	}
	for i, w := range long.words {
		if _, org := orgWords[w]; simLong[i] == 0 && !org {
			return one.words[0], len(long.words)
		}
	}
	return "", 0
}

// conflict applies conflictPenalty to two persons' names with words left
// unmatched (similarity 0) on both sides: those are not names one list adds
// (a middle name, a patronymic) but names that differ, another person. An
// initial or the start of a word left on the other side is no difference
// (see dropAbbreviations), unless creditInitials marked it (differQ,
// differC) as standing, in order, for a word it does not start ("Imani
// V.Z." and IMANI, Zia: V stands for ZIA).
func conflict(q, c normName, simQ, simC []float64, differQ, differC []bool, penalty func(float64, string)) {
	left := func(n normName, sim []float64, differ []bool, want bool) (out []string) {
		for i, w := range n.words {
			if sim[i] == 0 && differ[i] == want {
				out = append(out, w)
			}
		}
		return out
	}
	if !slices.Contains(simQ, 0) || !slices.Contains(simC, 0) {
		return
	}
	leftQ, leftC := dropAbbreviations(left(q, simQ, differQ, false), left(c, simC, differC, false))
	leftC, leftQ = dropAbbreviations(leftC, leftQ)
	leftQ, leftC = dropNearMisses(leftQ, leftC)
	if len(leftQ) == 0 || len(leftC) == 0 { // words left on one side only: added, not differing
		leftQ, leftC = nil, nil
	}
	leftQ = append(left(q, simQ, differQ, true), leftQ...)
	leftC = append(left(c, simC, differC, true), leftC...)
	if len(leftQ) == 0 || len(leftC) == 0 {
		return
	}
	wq, wc := 0.0, 0.0
	for _, w := range leftQ {
		wq += q.wordWeight(w)
	}
	for _, w := range leftC {
		wc += c.wordWeight(w)
	}
	penalty(max(0, 1-conflictPenalty*max(wq/q.weight, wc/c.weight)),
		fmt.Sprintf("words differ (%s vs %s)", strings.ToUpper(strings.Join(leftQ, " ")), strings.ToUpper(strings.Join(leftC, " "))))
}

// nearMiss is the spelling similarity (editSim) at which two words left
// over, though not similar enough to be matched, are more likely one word
// misspelt than two different names ("SSAD" and "ASAD", "XAL" and "AL").
const nearMiss = 0.6

// dropNearMisses removes from a and b the pairs of words whose spelling
// similarity reaches nearMiss.
func dropNearMisses(a, b []string) ([]string, []string) {
	var keptA []string
	for _, w := range a {
		found := false
		for j := range b {
			if editSim(w, b[j]) >= nearMiss {
				b, found = append(b[:j:j], b[j+1:]...), true
				break
			}
		}
		if !found {
			keptA = append(keptA, w)
		}
	}
	return keptA, b
}

// dropAbbreviations removes from a and b the words of a that abbreviate
// words of b: an initial or the start of a word ("N" and "NURSULTAN", "BEN"
// and "BENJAMIN"), or the initials of a run of words ("JC" and "JEAN
// CLAUDE"). Such words do not contradict each other, though they are not
// counted as matched either.
func dropAbbreviations(a, b []string) ([]string, []string) {
	var keptA []string
	for _, w := range a {
		found := false
		for j := 0; j < len(b) && !found; j++ {
			if len(w) < len(b[j]) && strings.HasPrefix(b[j], w) || isInitial(w) && standsFor(w, b[j]) {
				b, found = append(b[:j:j], b[j+1:]...), true
				break
			}
			if len(w) > 1 && len(w) <= 3 && !isInitial(w) && j+len(w) <= len(b) {
				initials := true
				for k := range len(w) {
					initials = initials && b[j+k][0] == w[k]
				}
				if initials {
					b, found = append(b[:j:j], b[j+len(w):]...), true
				}
			}
		}
		if !found {
			keptA = append(keptA, w)
		}
	}
	return keptA, b
}

// joinRuns matches each word of a left unmatched against a run of 2..maxRun
// consecutive unmatched words of b joined, but not a run ending in an
// initial that is not initials alone (endsInInitial), and records the similarity
// on both sides. sim gets the word's index in a and the run's term index in b
// (see terms). bTerms holds b's terms, or nil until a word first needs
// them.
func joinRuns(a, b []string, bTerms *[]string, usedA, usedB []bool, simA, simB []float64, sim func(i int, w string, t int, run string) float64, atLeast float64, explain bool, out []string) []string {
	if len(b) < 2 {
		return out
	}
	for i, w := range a {
		if usedA[i] {
			continue
		}
		if *bTerms == nil {
			*bTerms, _, _ = terms(b)
		}
		runs := *bTerms
		_, orgWord := orgWords[w]
		best, bestJ, bestK := 0.0, -1, 0
		t := len(b) // term index of the first run
		for k := 2; k <= maxRun; k++ {
			for j := 0; j+k <= len(b); j, t = j+1, t+1 {
				free := true
				for x := j; x < j+k; x++ {
					if usedB[x] {
						free = false
						break
					}
				}
				if !free || endsInInitial(b[j:j+k]) {
					continue
				}
				run := runs[t]
				if !orgWord && !sameStart(w, run) {
					continue // not joinable, found without a look-up
				}
				if s := sim(i, w, t, run); s > best && joinable(w, run) {
					best, bestJ, bestK = s, j, k
				}
			}
		}
		if bestJ < 0 || best < atLeast {
			continue
		}
		usedA[i], simA[i] = true, best
		for x := bestJ; x < bestJ+bestK; x++ {
			usedB[x], simB[x] = true, best
		}
		if explain {
			out = append(out, fmt.Sprintf("%s~%s %.2f", strings.ToUpper(w), strings.ToUpper(strings.Join(b[bestJ:bestJ+bestK], " ")), best))
		}
	}
	return out
}

// joinPrefix is how many leading letters a word and a run of words joined
// must have in common to be compared: names are written together or apart,
// rarely misspelt at their start as well.
const joinPrefix = 3

// endsInInitial reports whether a run of words ends in an initial and is
// not initials alone: "MOHAMMED A" joined is not MOHAMMADI, nor "ABDULLAH
// A" ABDULLAHI, the initial standing for a name of its own; initials alone
// ("J P" ~ JP) and a run ending in a word ("J P MORGAN") join.
func endsInInitial(run []string) bool {
	if !isInitial(run[len(run)-1]) {
		return false
	}
	for _, w := range run {
		if !isInitial(w) {
			return true
		}
	}
	return false
}

// joinable reports whether a word may be compared with a run of words
// joined: they begin with the same joinPrefix letters (or are spellings of
// one common organisation word, see orgWords), their skeletons are equal
// (see skeleton), and their spelling similarity alone (editSim, without the
// mean with Jaro-Winkler that helps words sharing a beginning) reaches
// wordCut, since a name written together or apart keeps its letters.
// Numbers are never joined: "1 1" (or "1+1") is two numbers, not 11, as a
// vessel's number tells one hull from another.
func joinable(w, run string) bool {
	if isDigits(w) || isDigits(run) {
		return false
	}
	if !sameStart(w, run) {
		g, ok := orgWords[w]
		if !ok || g != orgWords[run] {
			return false
		}
	}
	return sameSkeleton(w, run) && editSim(w, run) >= wordCut
}

// sameStart reports whether w and run begin with the same joinPrefix
// letters (the shorter's letters when one is shorter).
func sameStart(w, run string) bool {
	p := min(joinPrefix, len(w), len(run))
	return w[:p] == run[:p]
}

// wordOrder reports whether the one-to-one aligned words appear in a
// different order in the two names (crossed), and whether that order is
// the other's rotated: words moved from one end to the other ("A B C" ~
// "C A B").
func wordOrder(usedQ []bool, alignC []int) (crossed, rotated bool) {
	first, last, descents := -1, -1, 0
	for i, used := range usedQ {
		if !used {
			continue
		}
		if first < 0 {
			first = alignC[i]
		} else if alignC[i] < last {
			descents++
		}
		last = alignC[i]
	}
	return descents > 0, descents == 1 && last < first
}

func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
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
// gives a query against one listed name, before country and birth-date checks:
// the best of the names' readings (nameReadings) that are compared.
func ScoreNames(a, b, typ string) (float64, string) {
	var best comparison
	found := false
	for _, qa := range nameReadings(a, typ) {
		for _, qb := range nameReadings(b, typ) {
			if !comparableReadings(&qa, &qb) {
				continue
			}
			if cmp := compareNames(qa, qb, directSim, true); !found || cmp.score > best.score {
				best, found = cmp, true
			}
		}
	}
	return best.score, explain(a, b, best)
}

func explain(query, listed string, cmp comparison) string {
	return "name: " + query + " ~ " + listed + ": " + strings.Join(cmp.parts, "; ")
}

// agreeingBirthDate returns the birth date of dates (the entry's) that
// agrees with the query's birth date q at the precision both know: the same
// date, or the same year where one of them gives only the year (the same
// month where one gives only the month); "" when none does, or q is empty.
// Two dates of the same year and different days do not agree here, though
// contradictions does not count them against each other.
func agreeingBirthDate(q string, dates []string) string {
	if len(q) < 4 {
		return ""
	}
	for _, d := range dates {
		short, long := d, q
		if len(short) > len(long) {
			short, long = long, short
		}
		if len(short) >= 4 && strings.HasPrefix(long, short) && (len(long) == len(short) || long[len(short)] == '-') {
			return d
		}
	}
	return ""
}

// contradictions lowers a score when the query's countries or birth year
// are known and the entry's are known and differ: a party of several
// countries agrees when the entry has any of them. A name of none of the
// query's countries is held to countryCap unless a birth date agrees
// (agreeingBirthDate): the cap is for a name with nothing but a
// contradiction. Countries are compared
// as ISO 3166-1 alpha-2 codes: a country not read as one on either side (a
// registry's "Polish", a list's unrecognised name) contradicts nothing.
func contradictions(q Query, e *Entry, cmp *comparison) {
	var qcs []string
	for _, c := range q.Countries {
		if c = strings.ToUpper(strings.TrimSpace(c)); len(c) == 2 {
			qcs = append(qcs, c)
		}
	}
	var codes []string
	for _, c := range e.Countries {
		if len(c) == 2 {
			codes = append(codes, strings.ToUpper(c))
		}
	}
	if len(qcs) > 0 && len(codes) > 0 {
		if i := slices.IndexFunc(qcs, func(c string) bool { return slices.Contains(codes, c) }); i >= 0 {
			cmp.parts = append(cmp.parts, "country "+qcs[i]+" agrees")
		} else {
			cmp.score *= countryPenalty
			word := "country"
			if len(qcs) > 1 {
				word = "countries"
			}
			cmp.parts = append(cmp.parts, fmt.Sprintf("%s %s not among %s ×%.2f", word, strings.Join(qcs, ", "), strings.Join(codes, ", "), countryPenalty))
			if cmp.score > countryCap {
				if d := agreeingBirthDate(q.BirthDate, e.BirthDates); d != "" {
					cmp.parts = append(cmp.parts, fmt.Sprintf("not held to %.2f: birth date %s agrees", countryCap, d))
				} else {
					cmp.score = countryCap
					cmp.parts = append(cmp.parts, fmt.Sprintf("another country: at most %.2f (review)", countryCap))
				}
			}
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
