package sanctions

import (
	"sort"
	"strings"
	"sync"
)

// indexedName is one name or alias of an entry, normalised.
type indexedName struct {
	entry int // index into Index.entries
	name  string
	weak  bool
	norm  normName
	terms []int32 // dictionary ids of the name's terms (see terms)
}

// indexNames normalises every name of every entry and builds a dictionary of
// their terms (words and runs of words joined), an inverted index from word
// keys (trigrams) to terms, and from terms to names.
func (ix *Index) indexNames() {
	ix.termID = map[string]int32{}
	ix.termKeys = map[string][]int32{}
	for i, e := range ix.entries {
		add := func(name string, weak bool) {
			if strings.TrimSpace(name) == "" {
				return
			}
			n := normalizeName(name, e.Type)
			if len(n.words) == 0 {
				return
			}
			id := int32(len(ix.names))
			ts, _, _ := terms(n.words)
			rec := indexedName{entry: i, name: name, weak: weak, norm: n, terms: make([]int32, len(ts))}
			for k, t := range ts {
				tid, ok := ix.termID[t]
				if !ok {
					tid = int32(len(ix.terms))
					ix.termID[t] = tid
					ix.terms = append(ix.terms, t)
					ix.termNames = append(ix.termNames, nil)
					ix.termKeyCount = append(ix.termKeyCount, int32(len(uniqKeys(t))))
					for _, key := range uniqKeys(t) {
						ix.termKeys[key] = append(ix.termKeys[key], tid)
					}
				}
				rec.terms[k] = tid
				if l := ix.termNames[tid]; len(l) == 0 || l[len(l)-1] != id {
					ix.termNames[tid] = append(l, id)
				}
			}
			ix.names = append(ix.names, rec)
		}
		add(e.Name, false)
		for _, a := range e.Aliases {
			add(a, false)
		}
		for _, a := range e.Weak {
			add(a, true)
		}
	}
}

func uniqKeys(t string) []string {
	keys := wordKeys(t)
	out := keys[:0]
	seen := map[string]bool{}
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

// similarTerms returns the dictionary terms similar to s (wordSim > 0) with
// their similarity. Such a term shares keys with s, so counting the terms
// under s's keys finds them all, and only those sharing enough keys are
// compared.
func (ix *Index) similarTerms(s string, sc *scratch) map[int32]float64 {
	keys := uniqKeys(s)
	if len(sc.counts) < len(ix.terms) {
		sc.counts = make([]int32, len(ix.terms))
	}
	touched := sc.touched[:0]
	for _, k := range keys {
		for _, tid := range ix.termKeys[k] {
			if sc.counts[tid] == 0 {
				touched = append(touched, tid)
			}
			sc.counts[tid]++
		}
	}
	out := map[int32]float64{}
	for _, tid := range touched {
		n := int(sc.counts[tid])
		sc.counts[tid] = 0
		t := ix.terms[tid]
		switch {
		case t == s:
			out[tid] = 1
		case enoughKeys(n, len(keys), int(ix.termKeyCount[tid])):
			if v := keyedSim(s, t); v > 0 {
				out[tid] = v
			}
		}
	}
	sc.touched = touched
	return out
}

// scratch is per-query working memory, pooled so that an Index can serve
// concurrent queries.
type scratch struct {
	counts  []int32 // per term, zero between uses
	touched []int32
}

var scratchPool = sync.Pool{New: func() any { return &scratch{} }}

// Name returns the entries whose name or alias scores at or above the review
// threshold against the query, best first, one match per entry (its best
// name). Scores are lowered when the query's country or birth year
// contradicts the entry's. Only names holding a term similar to one of the
// query's rarer words are scored; the others provably cannot reach the
// review threshold, so the result is what scoring every name would give.
func (ix *Index) Name(q Query) []Match {
	qn := normalizeName(q.Name, q.Type)
	if len(qn.words) == 0 {
		return nil
	}
	qterms, qstart, qlen := terms(qn.words)
	sims := make([]map[int32]float64, len(qterms))
	sc := scratchPool.Get().(*scratch)
	for t, s := range qterms {
		sims[t] = ix.similarTerms(s, sc)
	}
	scratchPool.Put(sc)
	var cur *indexedName
	memo := func(qt int, _ string, ct int, _ string) float64 { return sims[qt][cur.terms[ct]] }
	ids := ix.candidates(qn, sims, qstart, qlen)
	return ix.collect(q, qn, ids, func(n *indexedName) simmer { cur = n; return memo })
}

// nameBrute is Name scoring every indexed name with directly computed
// similarities: the baseline the index must agree with.
func (ix *Index) nameBrute(q Query) []Match {
	qn := normalizeName(q.Name, q.Type)
	if len(qn.words) == 0 {
		return nil
	}
	all := make([]int32, len(ix.names))
	for i := range all {
		all[i] = int32(i)
	}
	return ix.collect(q, qn, all, func(*indexedName) simmer { return directSim })
}

// candidates returns the names that can score at or above the review
// threshold R. With a = shortWeight >= 0.5, a name's score is at most
// a + (1-a)*covQ, where covQ is the share of the query's word weight matched.
// A query word is only matched through a term similar to it, or to a run of
// query words holding it; so a name holding none of the terms similar to a
// set P of query words whose weight leaves less than (R-a)/(1-a) of the
// total outside P scores below R. P is built from the words with the
// shortest lists of names.
func (ix *Index) candidates(qn normName, sims []map[int32]float64, qstart, qlen []int) []int32 {
	type word struct {
		terms  []int32
		cost   int
		weight float64
	}
	words := make([]word, len(qn.words))
	for i, w := range qn.words {
		words[i].weight = wordWeight(w)
	}
	for t, m := range sims {
		for tid := range m {
			for i := qstart[t]; i < qstart[t]+qlen[t]; i++ {
				words[i].terms = append(words[i].terms, tid)
				words[i].cost += len(ix.termNames[tid])
			}
		}
	}
	sort.SliceStable(words, func(i, j int) bool { return words[i].cost < words[j].cost })
	need := (ix.opts.Review - shortWeight) / (1 - shortWeight) * qn.weight
	rest := qn.weight
	seen := make(map[int32]bool)
	var out []int32
	for _, w := range words {
		if need > 0 && rest < need-1e-9 {
			break
		}
		for _, tid := range w.terms {
			for _, id := range ix.termNames[tid] {
				if !seen[id] {
					seen[id] = true
					out = append(out, id)
				}
			}
		}
		rest -= w.weight
	}
	return out
}

// collect scores the candidate names and keeps each entry's best at or
// above the review threshold.
func (ix *Index) collect(q Query, qn normName, ids []int32, simFor func(*indexedName) simmer) []Match {
	type hit struct {
		name  *indexedName
		score float64
	}
	best := map[int]hit{}
	for _, id := range ids {
		n := &ix.names[id]
		e := ix.entries[n.entry]
		if q.Type != "" && e.Type != "" && e.Type != q.Type {
			continue
		}
		cmp := compareNames(qn, n.norm, simFor(n), false)
		if cmp.score == 0 {
			continue
		}
		finish(q, e, n.weak, &cmp)
		if cmp.score < ix.opts.Review {
			continue
		}
		if old, ok := best[n.entry]; ok && (old.score > cmp.score || old.score == cmp.score && old.name.name <= n.name) {
			continue
		}
		best[n.entry] = hit{n, cmp.score}
	}
	keys := make([]int, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	out := make([]Match, 0, len(best))
	for _, k := range keys {
		h := best[k]
		e := ix.entries[k]
		cmp := compareNames(qn, h.name.norm, directSim, true)
		finish(q, e, h.name.weak, &cmp)
		out = append(out, Match{Entry: e, Score: h.score, Review: h.score < ix.opts.Threshold,
			Explanation: explain(q.Name, h.name.name, cmp)})
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Score != out[j].Score {
			return out[i].Score > out[j].Score
		}
		if out[i].Entry.List != out[j].Entry.List {
			return out[i].Entry.List < out[j].Entry.List
		}
		return out[i].Entry.EntryID < out[j].Entry.EntryID
	})
	return out
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
