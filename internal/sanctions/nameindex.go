package sanctions

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// The name index finds, for a query, every listed name that can score at or
// above the review threshold R, and scores only those. It rests on one
// property of compareNames (checked by TestScoreBoundProperty on pairs of
// real names):
//
//	score <= shortWeight*covS + (1-shortWeight)*covL, with covS, covL <= 1,
//
// where covS and covL are the shares of the shorter and of the longer
// name's word weight (q.weight <= c.weight decides which is the shorter)
// that are matched, each matched word counting its weight in its own name
// (normName.wordWeight: a person's words all count their length) times the
// similarity it was matched at; a word only counts when it, or a run of
// words holding it, is similar (wordSim > 0) to a term of the other name.
// The penalties only lower the score. So a name scoring at least R has
// a matched share of at least theta = (R-(1-shortWeight))/shortWeight of
// the shorter name's weight. By the pigeonhole principle (prefix
// filtering), a hit therefore holds a term similar to one of the shorter
// name's words taken rarest first until what is left weighs less than
// theta of the name:
//
//   - when the query is the shorter name, the index probes the names holding
//     terms similar to the query's rarest words (termNames);
//   - when the listed name is the shorter, each name was posted at load time
//     under the terms of its own rarest words (prefNames), and the index
//     probes the postings of every term similar to a query term.
//
// Each candidate is then bounded by the same inequality, with covS and covL
// replaced by the weight of the words that have a similar term at the best
// similarity they could get, and only candidates whose bound reaches R are
// scored with compareNames.
//
// When one name is written in an abjad (abjad.go), words similar by their
// consonants count as similar terms, found by their own look-up; and two
// names with the same consonants as a whole are matched whatever their
// words, outside the inequality, so the index finds those names by the
// hash of their consonants and scores them whatever their bound.

// indexedName is one name or alias of an entry, kept small because an
// index holds millions: its words and terms are those of its nameTerms in
// the dictionary, its weight is in nameInfo, and what normalisation found
// beyond them is in flags, or in rest for the few names that have more
// (Index.norm puts the normName back together).
type indexedName struct {
	name  string    // the name as the list writes it
	rest  *nameRest // nil when the name has nothing nameFlags cannot say and its display is name
	entry int32     // index into Index.entries
	flags nameFlags
	kind  uint8 // index in nameKinds (Match.NameKind)
}

// nameKinds are the kinds of listed names, by indexedName.kind.
var nameKinds = [...]string{NamePrimary, NameAlias, NameFormer, NameNew, NameOriginal, NameWeak}

// nameFlags are the booleans of a normName, and whether the name is a weak
// alias, one bit each.
type nameFlags uint16

const (
	flagWeak nameFlags = 1 << iota
	flagLastFirst
	flagPerson
	flagTitled
	flagUntyped
	flagAbjad
	flagVessel
	flagPinyin
	flagHangul
	flagReading
)

// nameRest is what a normName holds beyond its words, weight and flags,
// for the names that have any of it, and a kind outside nameKinds.
type nameRest struct {
	display string
	kind    string // "" when indexedName.kind says it
	numbers []string
	forms   []string
	folded  []string
	notes   []string
	cjk     []rune
}

// weak reports whether the name is a weak alias.
func (n *indexedName) weak() bool { return n.flags&flagWeak != 0 }

// kindName is the name's kind (Match.NameKind).
func (n *indexedName) kindName() string {
	if n.rest != nil && n.rest.kind != "" {
		return n.rest.kind
	}
	return nameKinds[n.kind]
}

// newIndexedName returns the compact record of the reading n of the name
// of entry i: norm(id) gives back n, with its terms made.
func newIndexedName(i int32, name, kind string, n *normName) indexedName {
	rec := indexedName{name: name, entry: i}
	set := func(f nameFlags, b bool) {
		if b {
			rec.flags |= f
		}
	}
	set(flagWeak, kind == NameWeak)
	set(flagLastFirst, n.lastFirst)
	set(flagPerson, n.person)
	set(flagTitled, n.titled)
	set(flagUntyped, n.untyped)
	set(flagAbjad, n.abjad)
	set(flagVessel, n.vessel)
	set(flagPinyin, n.pinyin)
	set(flagHangul, n.hangul)
	set(flagReading, n.reading)
	k := -1
	for x, kn := range nameKinds {
		if kn == kind {
			k = x
		}
	}
	if k >= 0 {
		rec.kind = uint8(k)
	}
	if k < 0 || n.display != name || len(n.numbers)+len(n.forms)+len(n.folded)+len(n.notes)+len(n.cjk) > 0 {
		rec.rest = &nameRest{display: n.display, numbers: n.numbers, forms: n.forms, folded: n.folded, notes: n.notes, cjk: n.cjk}
		if k < 0 {
			rec.rest.kind = kind
		}
	}
	return rec
}

// norm is the normName of the indexed name id, as normalizeName made it,
// with its terms: its words and terms are the dictionary's strings, held
// in buf (which norm grows and returns), so that the normName is only
// good until buf is used again.
func (ix *Index) norm(id int32, buf *[]string) normName {
	n := &ix.names[id]
	info := &ix.nameInfo[id]
	ts := (*buf)[:0]
	for _, nt := range ix.nameTerms[info.start : info.start+info.nterms] {
		ts = append(ts, ix.term(nt.tid))
	}
	*buf = ts
	f := n.flags
	nn := normName{display: n.name, words: ts[:info.words:info.words], terms: ts, weight: info.weight,
		lastFirst: f&flagLastFirst != 0, person: f&flagPerson != 0, titled: f&flagTitled != 0, untyped: f&flagUntyped != 0,
		abjad: f&flagAbjad != 0, vessel: f&flagVessel != 0, pinyin: f&flagPinyin != 0, hangul: f&flagHangul != 0, reading: f&flagReading != 0}
	if r := n.rest; r != nil {
		nn.display, nn.numbers, nn.forms, nn.folded, nn.notes, nn.cjk = r.display, r.numbers, r.forms, r.folded, r.notes, r.cjk
	}
	return nn
}

// nameTid is the dictionary id of the term t of the indexed name id (its
// words first, as terms gives them).
func (ix *Index) nameTid(id int32, t int) int32 {
	return ix.nameTerms[ix.nameInfo[id].start+uint32(t)].tid
}

// nameInfo is what the candidate bound reads of an indexed name, kept
// apart from indexedName so that a candidate costs few memory reads: its
// weight, and where its terms are in Index.nameTerms.
type nameInfo struct {
	weight float64 // normName.weight
	start  uint32  // the name's first term in nameTerms
	nterms uint32  // how many terms it has
	words  uint32  // how many of them are words (the first ones)
	weak   bool
}

// nameTerm is one term of an indexed name: its dictionary id and, for a
// word, what its weight in the name is made of (weight).
type nameTerm struct {
	tid     int32
	length  uint32 // a word's length: bytes for a common organisation word of an organisation's name, else letters
	org     bool   // a common organisation word of an organisation's name (orgWordShare of its length)
	initial bool   // a word that is an initial (isInitial)
	first   byte   // a word's first byte
}

// weight is the word's normName.wordWeight in its name.
func (t nameTerm) weight() float64 {
	if t.org {
		return orgWordShare * float64(t.length)
	}
	return float64(t.length)
}

// newNameTerm returns the nameTerm of the term tid of n, the word w when
// it is a word.
func newNameTerm(n *normName, tid int32, w string, isWord bool) nameTerm {
	t := nameTerm{tid: tid}
	if !isWord {
		return t
	}
	_, org := orgWords[w]
	t.org = org && !n.person
	t.initial, t.first = isInitial(w), w[0]
	if t.org {
		t.length = uint32(len(w))
	} else {
		t.length = uint32(letters(w))
	}
	return t
}

// postings is a list of lists stored flat: list i is ids[start[i]:start[i+1]].
type postings struct {
	start []uint32
	ids   []int32
}

func (p *postings) list(i int32) []int32 { return p.ids[p.start[i]:p.start[i+1]] }

// postingsBuilder fills postings in two passes: count every (list, id) pair,
// then add them in the same order.
type postingsBuilder struct {
	p    postings
	next []uint32
}

func newPostingsBuilder(lists int) *postingsBuilder {
	return &postingsBuilder{p: postings{start: make([]uint32, lists+1)}}
}

func (b *postingsBuilder) count(list int32) { b.p.start[list+1]++ }

// allocate ends the counting pass.
func (b *postingsBuilder) allocate() {
	for i := 1; i < len(b.p.start); i++ {
		b.p.start[i] += b.p.start[i-1]
	}
	b.p.ids = make([]int32, b.p.start[len(b.p.start)-1])
	b.next = append([]uint32(nil), b.p.start[:len(b.p.start)-1]...)
}

func (b *postingsBuilder) add(list, id int32) {
	b.p.ids[b.next[list]] = id
	b.next[list]++
}

func (b *postingsBuilder) done() postings { b.next = nil; return b.p }

// theta is the smallest matched share of the shorter name's weight that lets
// a name pair reach the score r (see the comment at the top of this file).
func theta(r float64) float64 { return (r - (1 - shortWeight)) / shortWeight }

// coverFirst returns how many of the words, taken in the given order, must be
// covered so that the words left weigh less than th of total: a name with
// no matched word among them has a matched share below th. It is
// conservative by a small margin so that rounding never drops a hit.
func coverFirst(order []int, weight func(int) float64, total, th float64) int {
	rest := total
	for k, i := range order {
		if rest < (th-1e-9)*total {
			return k
		}
		rest -= weight(i)
	}
	return len(order)
}

// initialsLast moves the initials among words[order[...]] to the end of
// order, keeping the others' order: an initial is credited (initialSim)
// without a similar term, so a probe for it proves nothing.
func initialsLast(order []int, words []string) []int {
	sort.SliceStable(order, func(x, y int) bool { return !isInitial(words[order[x]]) && isInitial(words[order[y]]) })
	return order
}

// coverWeight is the weight coverFirst takes off for a word of n probed:
// its weight, or 0 for an initial, which may be credited whatever the
// probes find, and so is always counted as matched.
func coverWeight(n *normName) func(int) float64 {
	return func(i int) float64 {
		if isInitial(n.words[i]) {
			return 0
		}
		return n.wordWeight(n.words[i])
	}
}

// indexNames normalises every name of every entry and builds the dictionary
// of their terms (words and runs of words joined), the postings from terms
// to names, the prefix postings, and the skeleton tables that find similar
// terms (skeleton.go).
func (ix *Index) indexNames() {
	termID := map[string]int32{}
	var isWord []bool
	var key []byte
	var text strings.Builder
	for i, e := range ix.entries {
		add := func(name, kind string) {
			if strings.TrimSpace(name) == "" {
				return
			}
			for _, n := range nameReadings(name, e.Type) {
				ix.addName(termID, &isWord, &key, &text, int32(i), name, kind, n)
			}
		}
		add(e.Name, NamePrimary)
		for _, a := range e.Aliases {
			add(a, e.aliasKind(a))
		}
		for _, a := range e.Weak {
			add(a, NameWeak)
		}
	}
	termID = nil
	ix.termText = text.String()

	// Term -> names holding it, each name once, ascending.
	tb := newPostingsBuilder(len(ix.termEnd))
	var first []bool
	firstSeen := map[int32]bool{}
	for pass := 0; pass < 2; pass++ {
		for id := range ix.nameInfo {
			info := &ix.nameInfo[id]
			nts := ix.nameTerms[info.start : info.start+info.nterms]
			first = firstTerms(nts, first, firstSeen)
			for k, nt := range nts {
				if tid := nt.tid; first[k] {
					if pass == 0 {
						tb.count(tid)
					} else {
						tb.add(tid, int32(id))
					}
				}
			}
		}
		if pass == 0 {
			tb.allocate()
		}
	}
	ix.termNames = tb.done()

	// Term -> names whose rarest words it covers (see the top of this file).
	th := theta(ix.opts.Review)
	pb := newPostingsBuilder(len(ix.termEnd))
	var order []int
	var inPrefix []bool
	var words []string
	for pass := 0; pass < 2; pass++ {
		for id := range ix.names {
			norm := ix.norm(int32(id), &words)
			info := &ix.nameInfo[id]
			nts := ix.nameTerms[info.start : info.start+info.nterms]
			order = order[:0]
			for i := range norm.words {
				order = append(order, i)
			}
			df := func(i int) int { tid := nts[i].tid; return int(ix.termNames.start[tid+1] - ix.termNames.start[tid]) }
			sort.SliceStable(order, func(x, y int) bool { return df(order[x]) < df(order[y]) })
			k := coverFirst(initialsLast(order, norm.words), coverWeight(&norm), norm.weight, th)
			inPrefix = append(inPrefix[:0], make([]bool, len(norm.words))...)
			for _, i := range order[:k] {
				inPrefix[i] = true
			}
			first = firstTerms(nts, first, firstSeen)
			forSpans(len(norm.words), func(t, start, length int) {
				covers := false
				for x := start; x < start+length; x++ {
					covers = covers || inPrefix[x]
				}
				if !covers || !first[t] {
					return
				}
				if pass == 0 {
					pb.count(nts[t].tid)
				} else {
					pb.add(nts[t].tid, int32(id))
				}
			})
		}
		if pass == 0 {
			pb.allocate()
		}
	}
	ix.prefNames = pb.done()

	// Common organisation words by group: synonyms are similar whatever
	// their skeletons ("co", "corporation"), so similar looks them up here.
	ix.orgTerms, ix.orgRunTerms, ix.variantTerms = map[string][]int32{}, map[string][]int32{}, map[string][]int32{}
	for tid := range ix.termEnd {
		t := ix.term(int32(tid))
		if g, ok := nameVariants[t]; ok && isWord[tid] {
			ix.variantTerms[g] = append(ix.variantTerms[g], int32(tid))
		}
		if g, ok := orgWords[t]; ok {
			if isWord[tid] {
				ix.orgTerms[g] = append(ix.orgTerms[g], int32(tid))
			} else {
				ix.orgRunTerms[g] = append(ix.orgRunTerms[g], int32(tid))
			}
		}
	}

	// The skeletons of the words of listed names, found by their deletion
	// hashes, and the runs that are not words by their skeleton (see
	// skeleton.go).
	skelID := map[string]int32{}
	runs := 0
	for _, w := range isWord {
		if !w {
			runs++
		}
	}
	skelOf := make([]int32, 0, len(ix.termEnd)) // per term, -1 for runs
	runEntries := make([]skeletonEntry, 0, runs)
	var buf []byte
	for tid := range ix.termEnd {
		t := ix.term(int32(tid))
		buf = skeleton(t, buf[:0])
		if !isWord[tid] {
			skelOf = append(skelOf, -1)
			runEntries = append(runEntries, skeletonEntry{hash: skeletonHash(buf, -1, -1), id: int32(tid)})
			continue
		}
		id, ok := skelID[string(buf)]
		if !ok {
			id = int32(len(ix.skels))
			skelID[string(buf)] = id
			ix.skels = append(ix.skels, string(buf))
		}
		skelOf = append(skelOf, id)
	}
	skelID = nil
	sb := newPostingsBuilder(len(ix.skels))
	for pass := 0; pass < 2; pass++ {
		for tid, id := range skelOf {
			switch {
			case id < 0:
			case pass == 0:
				sb.count(id)
			default:
				sb.add(id, int32(tid))
			}
		}
		if pass == 0 {
			sb.allocate()
		}
	}
	ix.skelWords = sb.done()
	ix.skelFilters = make([]wordFilter, len(ix.skelWords.ids))
	ix.skelTextEnd = make([]uint32, len(ix.skelWords.ids))
	var skelText strings.Builder
	for k, tid := range ix.skelWords.ids {
		ix.skelFilters[k] = newWordFilter(ix.term(tid))
		skelText.WriteString(ix.term(tid))
		ix.skelTextEnd[k] = uint32(skelText.Len())
	}
	ix.skelText = skelText.String()
	ix.skelInfo = make([]skeletonInfo, len(ix.skels))
	for id, sk := range ix.skels {
		from, to := ix.skelWords.start[id], ix.skelWords.start[id+1]
		ix.skelInfo[id] = newSkeletonInfo(sk, from, ix.skelFilters[from:to])
	}
	n := 0
	for _, sk := range ix.skels {
		n += deletionCount(len(sk), skeletonEdits(len(sk)))
	}
	wordEntries := make([]skeletonEntry, 0, n)
	var hashes []uint64
	for id, sk := range ix.skels {
		hashes = deletionHashes([]byte(sk), skeletonEdits(len(sk)), hashes[:0])
		for _, h := range hashes {
			wordEntries = append(wordEntries, skeletonEntry{hash: h, id: int32(id), mask: ix.skelInfo[id].mask})
		}
	}
	ix.wordSkels = newSkeletonTable(wordEntries)
	ix.runSkels = newSkeletonTable(runEntries)

	// The words and the names written in an abjad by their consonants
	// (abjad.go), for Latin queries; every word and name is indexed so
	// only when a query in an abjad first needs it (consonantTables).
	var abjadWords, names []skeletonEntry
	seen := make([]bool, len(ix.termEnd))
	for id := range ix.names {
		if ix.names[id].flags&flagAbjad == 0 {
			continue
		}
		abjadWords = ix.appendConsonantWords(abjadWords, int32(id), seen)
		names = appendConsonantName(names, ix.norm(int32(id), &words).words, int32(id))
	}
	ix.abjadNameWords = newSkeletonTable(abjadWords)
	ix.abjadNames = newSkeletonTable(names)
}

// addName adds the reading n of the name of entry i to the dictionary of
// terms (termID, isWord, the text of its terms, which becomes
// Index.termText) and to the names; key is scratch space.
func (ix *Index) addName(termID map[string]int32, isWord *[]bool, key *[]byte, text *strings.Builder, i int32, name, kind string, n normName) {
	if len(n.words) == 0 {
		return
	}
	ix.names = append(ix.names, newIndexedName(i, name, kind, &n))
	start := len(ix.nameTerms)
	// The terms in terms' order; a run's joined string is only made when
	// the dictionary lacks it (the look-up with string(*key) copies nothing).
	forSpans(len(n.words), func(k, from, length int) {
		var tid int32
		var ok bool
		t := n.words[from]
		if length == 1 {
			tid, ok = termID[t]
		} else {
			*key = (*key)[:0]
			for _, w := range n.words[from : from+length] {
				*key = append(*key, w...)
			}
			tid, ok = termID[string(*key)]
			if !ok {
				t = string(*key)
			}
		}
		if !ok {
			tid = int32(len(ix.termEnd))
			termID[t] = tid
			text.WriteString(t)
			ix.termEnd = append(ix.termEnd, text.Len())
			*isWord = append(*isWord, false)
		}
		if length == 1 {
			(*isWord)[tid] = true
		}
		ix.nameTerms = append(ix.nameTerms, newNameTerm(&n, tid, t, length == 1))
	})
	ix.nameInfo = append(ix.nameInfo, nameInfo{weight: n.weight, start: uint32(start), nterms: uint32(len(ix.nameTerms) - start),
		words: uint32(len(n.words)), weak: kind == NameWeak})
}

// consonantTables returns the tables of every listed word and every listed
// name by their consonants, made on the first call: only queries written
// in an abjad need them.
func (ix *Index) consonantTables() (words, names *skeletonTable) {
	ix.consonantsOnce.Do(func() {
		var ws, ns []skeletonEntry
		var buf []string
		seen := make([]bool, len(ix.termEnd))
		for id := range ix.names {
			ws = ix.appendConsonantWords(ws, int32(id), seen)
			ns = appendConsonantName(ns, ix.norm(int32(id), &buf).words, int32(id))
		}
		ix.abjadWords, ix.consonantNames = newSkeletonTable(ws), newSkeletonTable(ns)
	})
	return &ix.abjadWords, &ix.consonantNames
}

// appendConsonantWords appends the consonant keys (abjadKeys) of the words
// of the indexed name id not yet seen, marking them seen.
func (ix *Index) appendConsonantWords(out []skeletonEntry, id int32, seen []bool) []skeletonEntry {
	info := &ix.nameInfo[id]
	for _, nt := range ix.nameTerms[info.start : info.start+info.words] {
		tid := nt.tid
		if seen[tid] {
			continue
		}
		seen[tid] = true
		for _, h := range abjadKeys(ix.term(tid), nil) {
			out = append(out, skeletonEntry{hash: h, id: tid})
		}
	}
	return out
}

// appendConsonantName appends the consonant keys of the name of the given
// words (nameConsonantKeys), with its id.
func appendConsonantName(out []skeletonEntry, words []string, id int32) []skeletonEntry {
	for _, h := range nameConsonantKeys(words, nil) {
		out = append(out, skeletonEntry{hash: h, id: id})
	}
	return out
}

// firstTermAt reports whether the term of nts[k] does not occur before k.
func firstTermAt(nts []nameTerm, k int) bool {
	for _, x := range nts[:k] {
		if x.tid == nts[k].tid {
			return false
		}
	}
	return true
}

// firstTerms returns, reusing first, whether the term of each nts[k] does
// not occur before k (firstTermAt of every k), in time linear in the terms:
// a name's terms are few, but a list entry may give a name of thousands of
// words, whose pairs would take minutes. seen is cleared and reused.
func firstTerms(nts []nameTerm, first []bool, seen map[int32]bool) []bool {
	first = first[:0]
	if len(nts) <= 64 {
		for k := range nts {
			first = append(first, firstTermAt(nts, k))
		}
		return first
	}
	clear(seen)
	for _, nt := range nts {
		first = append(first, !seen[nt.tid])
		seen[nt.tid] = true
	}
	return first
}

// forSpans calls fn with the index, first word and length of each term of a
// name of n words, in the order terms gives them.
func forSpans(n int, fn func(t, start, length int)) {
	t := 0
	for i := 0; i < n; i++ {
		fn(t, i, 1)
		t++
	}
	for k := 2; k <= maxRun; k++ {
		for j := 0; j+k <= n; j++ {
			fn(t, j, k)
			t++
		}
	}
}

// termSim is a dictionary term and its similarity to a query term.
type termSim struct {
	tid int32
	sim float64
}

// similar appends to out the dictionary terms t that are words of listed
// names with wordSim(s, t) > 0, with their similarity, and the terms that
// are only runs with joinable(s, t) and wordSim(s, t) > 0 (a term that is
// a word of one name and a run of another is listed once, by its word
// similarity; compareNames applies joinable itself). Words are found by the
// deletion hashes of s's skeleton, or are synonyms of s (orgTerms); runs by
// s's skeleton, or are synonyms of s (orgRunTerms).
func (ix *Index) similar(s string, sc *scratch, out []termSim) []termSim {
	g, isOrg := orgWords[s]
	vg, isVariant := nameVariants[s]
	sc.skel = skeleton(s, sc.skel[:0])
	sc.hashes = deletionHashes(sc.skel, skeletonEdits(len(sc.skel)), sc.hashes[:0])
	skel, skelMask := string(sc.skel), letterMask(string(sc.skel))
	ids := sc.ids[:0]
	for _, h := range sc.hashes {
		// Masks are tested at the query skeleton's allowance, at least that
		// of the pair, and again below at the pair's.
		ids = ix.wordSkels.lookupNear(h, skelMask, skeletonEdits(len(skel)), ids)
	}
	ids = sc.distinct(ids, len(ix.skels))
	qf := newQueryFilter(s, sc.keys, sc.keyBits)
	sc.keys, sc.keyBits = qf.keys, qf.keyBit
	for _, id := range ids {
		si := &ix.skelInfo[id]
		if !masksWithin(skelMask, si.mask, skeletonEdits(min(len(skel), int(si.length)))) {
			continue // the hashes met, the skeletons are too far apart
		}
		if !qf.mayHaveNear(si) {
			continue // no word of the skeleton shares enough trigrams
		}
		sk := ix.skels[id]
		near := 0 // 1: the skeletons are near, -1: they are not, 0: not known yet
		for k := si.start; k < si.start+si.count; k++ {
			if !qf.mayBeNear(ix.skelFilters[k]) {
				continue // the letters or trigrams differ too much
			}
			if near == 0 {
				near = -1
				if skeletonsWithin(skel, sk) {
					near = 1
				}
			}
			if near < 0 {
				break // the hashes met, the skeletons are too far apart
			}
			tid := ix.skelWords.ids[k]
			t := ix.skelWord(k)
			switch {
			case t == s:
				out = append(out, termSim{tid, 1})
			case isOrg && orgWords[t] == g:
				// a synonym: added below
			case isVariant && nameVariants[t] == vg:
				// another spelling of the name: added below
			default:
				if v := nearSimKeys(s, qf.keys, t); v > 0 {
					out = append(out, termSim{tid, v})
				}
			}
		}
	}
	ids = ix.runSkels.lookup(skeletonHash(sc.skel, -1, -1), ids[:0])
	for _, tid := range ids {
		if t := ix.term(tid); sameStart(s, t) && joinable(s, t) {
			if v := wordSim(s, t); v > 0 {
				out = append(out, termSim{tid, v})
			}
		}
	}
	sc.ids = ids
	if isOrg {
		for _, tid := range ix.orgTerms[g] {
			out = append(out, termSim{tid, wordSim(s, ix.term(tid))})
		}
		for _, tid := range ix.orgRunTerms[g] {
			if t := ix.term(tid); !sameStart(s, t) && joinable(s, t) {
				out = append(out, termSim{tid, wordSim(s, t)})
			}
		}
	}
	if isVariant {
		for _, tid := range ix.variantTerms[vg] {
			if t := ix.term(tid); t != s && !(isOrg && orgWords[t] == g) {
				out = append(out, termSim{tid, wordSim(s, t)})
			}
		}
	}
	return out
}

// term is the dictionary term tid, read from termText.
func (ix *Index) term(tid int32) string {
	from := 0
	if tid > 0 {
		from = ix.termEnd[tid-1]
	}
	return ix.termText[from:ix.termEnd[tid]]
}

// skelWord is the word skelWords.ids[k], read from skelText.
func (ix *Index) skelWord(k uint32) string {
	from := uint32(0)
	if k > 0 {
		from = ix.skelTextEnd[k-1]
	}
	return ix.skelText[from:ix.skelTextEnd[k]]
}

// similarJoined appends to out the words t of listed names that a run of
// query words joined, s, may be compared with: joinable(s, t) and
// wordSim(s, t) > 0. They have s's skeleton (found among the words whose
// deletion hashes include its hash), or are synonyms of s.
func (ix *Index) similarJoined(s string, sc *scratch, out []termSim) []termSim {
	sc.skel = skeleton(s, sc.skel[:0])
	ids := ix.wordSkels.lookup(skeletonHash(sc.skel, -1, -1), sc.ids[:0])
	for _, id := range ids {
		for _, tid := range ix.skelWords.list(id) {
			if t := ix.term(tid); sameStart(s, t) && joinable(s, t) {
				if v := wordSim(s, t); v > 0 {
					out = append(out, termSim{tid, v})
				}
			}
		}
	}
	sc.ids = ids
	if g, ok := orgWords[s]; ok {
		for _, tid := range ix.orgTerms[g] {
			if t := ix.term(tid); !sameStart(s, t) && joinable(s, t) {
				out = append(out, termSim{tid, wordSim(s, t)})
			}
		}
	}
	return out
}

// similarConsonants appends to out the words of listed names whose
// consonants are those of the query word s (abjadSim > 0), when one of the
// two names may be written in an abjad: any listed word when the query
// name is (abjad), else the words of listed names that are.
func (ix *Index) similarConsonants(s string, abjad bool, sc *scratch, out []termSim) []termSim {
	table := &ix.abjadNameWords
	if abjad {
		table, _ = ix.consonantTables()
	}
	if len(table.pairs) == 0 {
		return out
	}
	sc.hashes = abjadKeys(s, sc.hashes[:0])
	ids := sc.ids[:0]
	for _, h := range sc.hashes {
		ids = table.lookup(h, ids)
	}
	for _, tid := range ids {
		if v := abjadSim(s, ix.term(tid)); v > 0 {
			out = append(out, termSim{tid, v})
		}
	}
	sc.ids = ids
	return out
}

// simCache remembers the similar terms of query words, which recur from
// query to query (given names, COMPANY words, ...). It is dropped whole when
// it holds maxCached terms, so its memory stays bounded.
type simCache struct {
	mu   sync.RWMutex
	m    map[string][]termSim
	held int
}

const maxCached = 1 << 22

// similarWord is similar(w), remembered across queries.
func (ix *Index) similarWord(w string, sc *scratch) []termSim {
	c := &ix.simCache
	c.mu.RLock()
	found, ok := c.m[w]
	c.mu.RUnlock()
	if ok {
		return found
	}
	found = ix.similar(w, sc, nil)
	c.mu.Lock()
	if c.m == nil || c.held+len(found)+1 > maxCached {
		c.m, c.held = map[string][]termSim{}, 0
	}
	c.m[w] = found
	c.held += len(found) + 1
	c.mu.Unlock()
	return found
}

// scratch is per-query working memory, pooled so that an Index can serve
// concurrent queries. slot is zero between queries; seen holds
// stamps older than gen.
type scratch struct {
	skel     []byte   // a query term's skeleton
	hashes   []uint64 // its deletion hashes
	ids      []int32  // skeletons or terms found under them
	keys     []uint32 // a query word's trigrams (packedKeys)
	keyBits  []uint8  // their keyBit
	slot     []int32  // per term: 1 + its row in hits, 0 when not similar to any query term
	seen     []uint32 // per name: the gen of the last query that took it as a candidate
	gen      uint32
	met      []uint32 // per skeleton: the metGen of the last call of distinct that met it
	metGen   uint32
	hits     []hitTerm
	sims     []float64 // row h of len(qterms): similarity of hits[h] to each query term, for the bound
	wordSims []float64 // the same, wordSim alone, for compareNames
	found    []termSim
	cands    []int32
}

// hitTerm is a dictionary term similar to at least one query term.
type hitTerm struct {
	tid  int32
	best float64 // its best similarity to a query term
}

// distinct removes repeated ids (below n) from ids, keeping the first of
// each.
func (sc *scratch) distinct(ids []int32, n int) []int32 {
	if len(sc.met) < n {
		sc.met = make([]uint32, n)
	}
	sc.metGen++
	if sc.metGen == 0 { // wrapped: old stamps could look new
		clear(sc.met)
		sc.metGen = 1
	}
	out := ids[:0]
	for _, id := range ids {
		if sc.met[id] != sc.metGen {
			sc.met[id] = sc.metGen
			out = append(out, id)
		}
	}
	return out
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

func (ix *Index) getScratch() *scratch {
	sc := scratchPool.Get().(*scratch)
	if len(sc.slot) < len(ix.termEnd) {
		sc.slot = make([]int32, len(ix.termEnd))
	}
	if len(sc.seen) < len(ix.names) {
		sc.seen = make([]uint32, len(ix.names))
	}
	sc.gen++
	if sc.gen == 0 { // wrapped: old stamps could look new
		clear(sc.seen)
		sc.gen = 1
	}
	return sc
}

// Name returns the entries whose name or alias scores at or above the review
// threshold against the query, best first, one match per entry (its best
// name). Scores are lowered when the query's country or birth year
// contradicts the entry's. Only names that can reach the review threshold
// are scored (see the comment at the top of nameindex.go), so the result is
// exactly NameBrute's.
func (ix *Index) Name(q Query) []Match { return ix.byReadings(q, ix.indexed) }

// MaxQueryWords is the most words of a query's name that are compared: no
// listed name comes near it, and the work grows with the words (a
// paragraph pasted into a name cell took seconds a query, a 20,000-word
// one minutes). A longer name is compared by its first MaxQueryWords
// words, and each match's explanation says so. Words are counted as the
// matcher splits them (QueryWords), whatever separates them.
const MaxQueryWords = 64

// QueryWords is the number of words in name as the matcher reads them:
// runs of letters, marks and digits, whatever separates them (spaces,
// commas, hyphens), so that "W1,W2,W3" is three.
func QueryWords(name string) int {
	n, _ := queryWordsUpTo(name, -1)
	return n
}

// queryWordsUpTo counts name's words (see QueryWords) and returns with
// the count the byte index just after word limit (len(name) when it has
// no more than limit words, or limit is negative).
func queryWordsUpTo(name string, limit int) (words, end int) {
	in := false
	for i, r := range name {
		word := unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsDigit(r)
		if word && !in {
			words++
			if limit >= 0 && words == limit+1 {
				return words, i
			}
		}
		in = word
	}
	return words, len(name)
}

// byReadings is find's matches for each reading of the query's name
// (nameReadings), each entry's best kept; a name of more than
// MaxQueryWords words by its first ones.
func (ix *Index) byReadings(q Query, find func(Query, normName) []Match) []Match {
	if n, end := queryWordsUpTo(q.Name, MaxQueryWords); n > MaxQueryWords {
		words := QueryWords(q.Name)
		q.Name = q.Name[:end]
		ms := ix.byReadings(q, find)
		for i := range ms {
			ms[i].Explanation += fmt.Sprintf(" (the first %d of the query's %d words compared)", MaxQueryWords, words)
		}
		return ms
	}
	var out []Match
	for i, qn := range nameReadings(q.Name, q.Type) {
		ms := find(q, qn)
		if i == 0 {
			out = ms
			continue
		}
		at := map[*Entry]int{}
		for k, m := range out {
			at[m.Entry] = k
		}
		for _, m := range ms {
			if k, ok := at[m.Entry]; !ok {
				out = append(out, m)
			} else if m.Score > out[k].Score {
				out[k] = m
			}
		}
		sortMatches(out)
	}
	return out
}

// indexed is Name for one reading qn of the query's name.
func (ix *Index) indexed(q Query, qn normName) []Match {
	nw := len(qn.words)
	if nw == 0 {
		return nil
	}
	if nw > 64 { // the candidate bound tracks query words in a 64-bit set
		return ix.brute(q, qn)
	}
	qterms, qstart, qlen := terms(qn.words)
	qn.terms = qterms
	nq := len(qterms)
	sc := ix.getScratch()
	defer scratchPool.Put(sc)

	// Every dictionary term similar to a query term, once, with its
	// similarity to each query term: query words against words and runs,
	// runs of query words against words (compareNames never compares two
	// runs).
	// The words similar by their consonants to a query word (when one of
	// the names may be in an abjad, see abjad.go) count in the bound
	// (sims), not in the word similarities compareNames gets from the
	// index (wordSims): it compares consonants itself.
	sc.hits, sc.sims, sc.wordSims = sc.hits[:0], sc.sims[:0], sc.wordSims[:0]
	addHit := func(tid int32, qt int, sim float64, byWord bool) {
		h := sc.slot[tid]
		if h == 0 {
			sc.hits = append(sc.hits, hitTerm{tid: tid})
			for range nq {
				sc.sims, sc.wordSims = append(sc.sims, 0), append(sc.wordSims, 0)
			}
			h = int32(len(sc.hits))
			sc.slot[tid] = h
		}
		k := int(h-1)*nq + qt
		sc.sims[k] = max(sc.sims[k], sim)
		if byWord {
			sc.wordSims[k] = sim
		}
		sc.hits[h-1].best = max(sc.hits[h-1].best, sim)
	}
	for qt, s := range qterms {
		var found []termSim
		if qt < nw {
			found = ix.similarWord(s, sc)
		} else {
			sc.found = ix.similarJoined(s, sc, sc.found[:0])
			found = sc.found
		}
		for _, f := range found {
			addHit(f.tid, qt, f.sim, true)
		}
		if qt < nw {
			sc.found = ix.similarConsonants(s, qn.abjad, sc, sc.found[:0])
			for _, f := range sc.found {
				addHit(f.tid, qt, f.sim, false)
			}
		}
	}
	defer func() {
		for _, h := range sc.hits {
			sc.slot[h.tid] = 0
		}
	}()

	// Candidates: names at least as heavy as the query holding a term
	// similar to one of the query's rarest words (the query is the shorter
	// name), and lighter names posted under a term similar to a query term
	// (the listed name is the shorter).
	cands := sc.cands[:0]
	take := func(list []int32, queryShorter bool) {
		for _, id := range list {
			if (qn.weight <= ix.nameInfo[id].weight) != queryShorter {
				continue // the other way of probing finds it, if it can be a hit
			}
			if sc.seen[id] != sc.gen {
				sc.seen[id] = sc.gen
				cands = append(cands, id)
			}
		}
	}
	cost := make([]int, nw)
	for h, ht := range sc.hits {
		n := int(ix.termNames.start[ht.tid+1] - ix.termNames.start[ht.tid])
		for qt := 0; qt < nq; qt++ {
			if sc.sims[h*nq+qt] > 0 {
				for i := qstart[qt]; i < qstart[qt]+qlen[qt]; i++ {
					cost[i] += n
				}
			}
		}
	}
	order := make([]int, nw)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(x, y int) bool { return cost[order[x]] < cost[order[y]] })
	th := theta(ix.opts.Review)
	k := coverFirst(initialsLast(order, qn.words), coverWeight(&qn), qn.weight, th)
	var probe uint64
	for _, i := range order[:k] {
		probe |= 1 << i
	}
	for h, ht := range sc.hits {
		for qt := 0; qt < nq; qt++ {
			if sc.sims[h*nq+qt] > 0 && spanMask(qstart[qt], qlen[qt])&probe != 0 {
				take(ix.termNames.list(ht.tid), true)
				break
			}
		}
		take(ix.prefNames.list(ht.tid), false)
	}
	sc.cands = cands

	// Keep the candidates whose bound reaches the review threshold.
	var qb, qw [64]float64
	for i, w := range qn.words {
		qw[i] = qn.wordWeight(w)
	}
	var cbBuf [16]float64
	var hitBloom [64]uint64 // the hits' tids by termBit: most terms of a candidate are not hits
	for _, h := range sc.hits {
		b := termBit(h.tid)
		hitBloom[b>>6] |= 1 << (b & 63)
	}
	// The first letters of the words the query's initials may stand for
	// (initialStarts): a word of a longer listed name starting with one
	// may be credited (initialSim).
	var qInitials letterSet
	for _, w := range qn.words {
		if isInitial(w) {
			qInitials.addInitial(w)
		}
	}
	ids := make([]int32, 0, len(cands))
	for _, id := range cands {
		info := &ix.nameInfo[id]
		nts := ix.nameTerms[info.start : info.start+info.nterms]
		nc := int(info.words)
		qLonger := qn.weight > info.weight // as compareNames decides the shorter
		var cInitials letterSet
		if qLonger {
			for _, nt := range nts[:nc] {
				if nt.initial {
					cInitials.addInitial(ix.term(nt.tid))
				}
			}
		}
		cb := cbBuf[:0]
		for range nc {
			cb = append(cb, 0)
		}
		clear(qb[:nw])
		forSpans(nc, func(t, start, length int) {
			tid := nts[t].tid
			if b := termBit(tid); hitBloom[b>>6]>>(b&63)&1 == 0 {
				return
			}
			h := sc.slot[tid]
			if h == 0 {
				return
			}
			row := sc.sims[int(h-1)*nq : int(h)*nq]
			for qt, s := range row {
				if s == 0 {
					continue
				}
				for i := qstart[qt]; i < qstart[qt]+qlen[qt]; i++ {
					qb[i] = max(qb[i], s)
				}
			}
			best := sc.hits[h-1].best
			for x := start; x < start+length; x++ {
				cb[x] = max(cb[x], best)
			}
		})
		covQ, covC := 0.0, 0.0
		for i, w := range qn.words {
			if isInitial(w) || qLonger && cInitials.has(w[0]) {
				qb[i] = max(qb[i], initialSim)
			}
			covQ += qb[i] * qw[i]
		}
		for j, nt := range nts[:nc] {
			if nt.initial || !qLonger && qInitials.has(nt.first) {
				cb[j] = max(cb[j], initialSim)
			}
			if cb[j] > 0 {
				covC += cb[j] * nt.weight()
			}
		}
		bound := scoreBound(covQ/qn.weight, covC/info.weight, qn.weight, info.weight)
		if info.weak {
			bound *= weakAliasPenalty
		}
		if bound < ix.opts.Review-1e-9 {
			continue
		}
		if e := ix.entries[ix.names[id].entry]; q.Type != "" && e.Type != "" && e.Type != q.Type {
			continue
		}
		ids = append(ids, id)
	}
	// Names matched by their consonants as a whole when one of the two is
	// in an abjad (abjad.go): compareNames gives them a score the bound
	// does not see, so they are scored whatever their bound.
	table := &ix.abjadNames
	if qn.abjad {
		_, table = ix.consonantTables()
	}
	if len(table.pairs) > 0 && nw > 0 {
		for _, h := range nameConsonantKeys(qn.words, nil) {
			ids = table.lookup(h, ids)
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	ids = slices.Compact(ids)

	var cur []nameTerm
	memo := func(qt int, _ string, ct int, _ string) float64 {
		h := sc.slot[cur[ct].tid]
		if h == 0 {
			return 0
		}
		return sc.wordSims[int(h-1)*nq+qt]
	}
	return ix.collect(q, qn, ids, func(id int32) simmer {
		info := &ix.nameInfo[id]
		cur = ix.nameTerms[info.start : info.start+info.nterms]
		return memo
	})
}

// letterSet is a set of bytes: the first letters of the words a name's
// initials may stand for.
type letterSet [4]uint64

func (s *letterSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *letterSet) has(b byte) bool { return s[b>>6]>>(b&63)&1 != 0 }

// addInitial adds the first letters of the words the initial i may stand
// for (initialStarts).
func (s *letterSet) addInitial(i string) {
	for _, b := range initialStarts(i) {
		s.add(b)
	}
}

// scoreBound is the bound on compareNames's score of a query of weight wq
// against a name of weight wc whose words have matched shares of at most
// covQ and covC (see the top of this file).
func scoreBound(covQ, covC, wq, wc float64) float64 {
	if wq <= wc {
		return shortWeight*covQ + (1-shortWeight)*covC
	}
	return shortWeight*covC + (1-shortWeight)*covQ
}

// termBit is the bit (0 to 4095) of a term id in a query's hit filter.
func termBit(tid int32) uint32 { return uint32(tid) * 0x9e3779b1 >> 20 }

// spanMask is the set of query words start..start+length-1.
func spanMask(start, length int) uint64 { return (1<<length - 1) << start }

// NameBrute is Name computed by scoring every indexed name with directly
// computed word similarities, without the index: the reference the index
// must agree with, and the baseline of the screening benchmarks.
func (ix *Index) NameBrute(q Query) []Match { return ix.byReadings(q, ix.brute) }

// brute is NameBrute for one reading qn of the query's name.
func (ix *Index) brute(q Query, qn normName) []Match {
	if len(qn.words) == 0 {
		return nil
	}
	all := make([]int32, len(ix.names))
	for i := range all {
		all[i] = int32(i)
	}
	return ix.collect(q, qn, all, func(int32) simmer { return directSim })
}

// collect scores the candidate names and keeps each entry's best at or
// above the review threshold.
func (ix *Index) collect(q Query, qn normName, ids []int32, simFor func(id int32) simmer) []Match {
	type hit struct {
		id    int32
		score float64
	}
	best := map[int32]hit{}
	var buf []string
	for _, id := range ids {
		n := &ix.names[id]
		e := ix.entries[n.entry]
		if q.Type != "" && e.Type != "" && e.Type != q.Type {
			continue
		}
		norm := ix.norm(id, &buf)
		if !comparableReadings(&qn, &norm) {
			continue
		}
		cmp := compareNames(qn, norm, simFor(id), false)
		if cmp.score == 0 {
			continue
		}
		finish(q, e, n.weak(), &cmp)
		if cmp.score < ix.opts.Review {
			continue
		}
		if old, ok := best[n.entry]; ok && (old.score > cmp.score || old.score == cmp.score && !preferName(n, &ix.names[old.id])) {
			continue
		}
		best[n.entry] = hit{id, cmp.score}
	}
	keys := make([]int, 0, len(best))
	for k := range best {
		keys = append(keys, int(k))
	}
	sort.Ints(keys)
	out := make([]Match, 0, len(best))
	for _, k := range keys {
		h := best[int32(k)]
		n := &ix.names[h.id]
		e := ix.entries[k]
		cmp := compareNames(qn, ix.norm(h.id, &buf), directSim, true)
		finish(q, e, n.weak(), &cmp)
		out = append(out, Match{Entry: e, Score: h.score, Review: h.score < ix.opts.Threshold,
			Explanation: explain(q.Name, n.name, cmp), Name: n.name, NameKind: n.kindName()})
	}
	sortMatches(out)
	return out
}

// preferName reports whether a is the name to cite rather than b when
// both score the same: the primary name, else the first in byte order.
func preferName(a, b *indexedName) bool {
	if pa, pb := a.kindName() == NamePrimary, b.kindName() == NamePrimary; pa != pb {
		return pa
	}
	return a.name < b.name
}

// sortMatches orders matches best first, then by list and entry id.
func sortMatches(out []Match) {
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].Entry.List != out[j].Entry.List {
			return out[i].Entry.List < out[j].Entry.List
		}
		return out[i].Entry.EntryID < out[j].Entry.EntryID
	})
}

// finish applies the weak-alias penalty and the country and birth-date
// checks to a name comparison.
func finish(q Query, e *Entry, weak bool, cmp *comparison) {
	if weak {
		cmp.score *= weakAliasPenalty
		cmp.parts = append(cmp.parts, "weak alias ×0.90")
	}
	contradictions(q, e, cmp)
}
