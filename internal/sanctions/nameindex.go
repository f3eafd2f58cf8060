package sanctions

import (
	"sort"
	"strings"
)

// indexedName is one name or alias of an entry, normalised.
type indexedName struct {
	entry int // index into Index.entries
	name  string
	weak  bool
	norm  normName
}

// indexNames normalises every name of every entry and builds the inverted
// index from word keys (trigrams) to names.
func (ix *Index) indexNames() {
	ix.postings = map[string][]int32{}
	for i, e := range ix.entries {
		add := func(name string, weak bool) {
			if strings.TrimSpace(name) == "" {
				return
			}
			id := int32(len(ix.names))
			n := normalizeName(name, e.Type)
			if len(n.words) == 0 {
				return
			}
			ix.names = append(ix.names, indexedName{entry: i, name: name, weak: weak, norm: n})
			seen := map[string]bool{}
			for _, w := range n.words {
				for _, k := range wordKeys(w) {
					if !seen[k] {
						seen[k] = true
						ix.postings[k] = append(ix.postings[k], id)
					}
				}
			}
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

// Name returns the entries whose name or alias scores at or above the review
// threshold against the query, best first, one match per entry (its best
// name). Scores are lowered when the query's country or birth year
// contradicts the entry's. Only names sharing a word key with the query's
// rarest words are scored; the others provably cannot reach the threshold.
func (ix *Index) Name(q Query) []Match {
	qn := normalizeName(q.Name, q.Type)
	if len(qn.words) == 0 {
		return nil
	}
	return ix.collect(q, qn, ix.candidates(qn))
}

// nameBrute is Name scoring every indexed name: the baseline the index must
// agree with.
func (ix *Index) nameBrute(q Query) []Match {
	qn := normalizeName(q.Name, q.Type)
	if len(qn.words) == 0 {
		return nil
	}
	all := make([]int32, len(ix.names))
	for i := range all {
		all[i] = int32(i)
	}
	return ix.collect(q, qn, all)
}

// candidates returns the names that can score at or above the review
// threshold. A name's score is at most (covQ+1)/2, where covQ is the share
// of the query's word weight matched by words sharing a key with it; so a
// name sharing no key with a set P of query words whose weight leaves less
// than (2R-1) of the total outside P scores below R. P is built from the
// words with the shortest posting lists.
func (ix *Index) candidates(qn normName) []int32 {
	type word struct {
		keys   []string
		cost   int
		weight float64
	}
	words := make([]word, len(qn.words))
	for i, w := range qn.words {
		keys := wordKeys(w)
		cost := 0
		for _, k := range keys {
			cost += len(ix.postings[k])
		}
		words[i] = word{keys, cost, wordWeight(w)}
	}
	sort.SliceStable(words, func(i, j int) bool { return words[i].cost < words[j].cost })
	need := (2*ix.opts.Review - 1) * qn.weight
	rest := qn.weight
	seen := make(map[int32]bool)
	var out []int32
	for _, w := range words {
		if need > 0 && rest < need-1e-9 {
			break
		}
		for _, k := range w.keys {
			for _, id := range ix.postings[k] {
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
func (ix *Index) collect(q Query, qn normName, ids []int32) []Match {
	best := map[int]Match{}
	for _, id := range ids {
		n := &ix.names[id]
		e := ix.entries[n.entry]
		if q.Type != "" && e.Type != "" && e.Type != q.Type {
			continue
		}
		cmp := compareNames(qn, n.norm)
		if cmp.score == 0 {
			continue
		}
		if n.weak {
			cmp.score *= weakAliasPenalty
			cmp.parts = append(cmp.parts, "weak alias ×0.90")
		}
		contradictions(q, e, &cmp)
		if cmp.score < ix.opts.Review {
			continue
		}
		if old, ok := best[n.entry]; ok && old.Score >= cmp.score {
			continue
		}
		best[n.entry] = Match{Entry: e, Score: cmp.score, Review: cmp.score < ix.opts.Threshold,
			Explanation: explain(q.Name, n.name, cmp)}
	}
	keys := make([]int, 0, len(best))
	for k := range best {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	out := make([]Match, 0, len(best))
	for _, k := range keys {
		out = append(out, best[k])
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
