package sanctions

import (
	"math/rand/v2"
	"testing"
)

// TestWordFilterKeepsSimilarWords checks mayBeNear on words of the
// nomenklatura benchmark paired with each other, with themselves and with
// copies altered by random edits: it keeps every pair with nearSim > 0 (and
// equal words), and it rules out most of the others, or it would not be
// worth its memory.
func TestWordFilterKeepsSimilarWords(t *testing.T) {
	words := devWords(t, 400)
	rng := rand.New(rand.NewPCG(5, 8))
	kept, near, pairs := 0, 0, 0
	check := func(a, b string) {
		pairs++
		q := newQueryFilter(a, nil, nil)
		keep := q.mayBeNear(newWordFilter(b))
		if keep {
			kept++
		}
		if a == b || nearSim(a, b) > 0 {
			near++
			if !keep {
				t.Errorf("%q ~ %q: nearSim %.3f, but the filter rules it out", a, b, nearSim(a, b))
			}
		}
	}
	for _, a := range words {
		for _, b := range words {
			check(a, b)
		}
		for range 20 {
			check(a, randomEdits(rng, a, 1+rng.IntN(3)))
		}
	}
	// A skeleton's record keeps a group if any word of it is kept.
	for g := 0; g+5 <= len(words); g += 5 {
		var fs []wordFilter
		for _, w := range words[g : g+5] {
			fs = append(fs, newWordFilter(w), newWordFilter(randomEdits(rng, w, 2)))
		}
		si := newSkeletonInfo(skeletonString(words[g]), 0, fs)
		for _, a := range words {
			q := newQueryFilter(a, nil, nil)
			anyKept := false
			for _, f := range fs {
				anyKept = anyKept || q.mayBeNear(f)
			}
			if anyKept && !q.mayHaveNear(&si) {
				t.Errorf("%q: a word of group %d is kept, the group's record rules it out", a, g/5)
			}
		}
	}
	if near == 0 || kept > pairs/4 {
		t.Fatalf("%d of %d pairs kept, %d near: the filter rules out too little, or the test checks nothing", kept, pairs, near)
	}
	t.Logf("%d of %d pairs kept, %d of them near", kept, pairs, near)
}

// TestNameTermWeights checks that the weights the candidate bound reads
// (nameTerm.weight) are the words' weights in their names, on the real
// lists' names and on the sample names.
func TestNameTermWeights(t *testing.T) {
	var entries []*Entry
	for i, name := range append(devWords(t, 50), "OCEAN MARITIME MANAGEMENT COMPANY LIMITED", "Abdul Rahman AL-HASHIMI", "Ünal Şahin Holding A.Ş.") {
		typ := "entity"
		if i%2 == 0 {
			typ = "individual"
		}
		entries = append(entries, &Entry{List: "test", EntryID: name, Name: name + " company intl", Type: typ})
	}
	ix := NewIndex(entries, DefaultOptions)
	checked := 0
	for id := range ix.names {
		n, info := &ix.names[id], ix.nameInfo[id]
		if int(info.words) != len(n.norm.words) || int(info.nterms) != len(n.terms) {
			t.Fatalf("%q: %d words and %d terms recorded, has %d and %d", n.name, info.words, info.nterms, len(n.norm.words), len(n.terms))
		}
		for j, w := range n.norm.words {
			nt := ix.nameTerms[info.start+uint32(j)]
			if nt.tid != n.terms[j] || nt.weight() != n.norm.wordWeight(w) {
				t.Errorf("%q, word %q: term %d weight %v, want term %d weight %v", n.name, w, nt.tid, nt.weight(), n.terms[j], n.norm.wordWeight(w))
			}
			checked++
		}
		if info.weight != n.norm.weight || info.weak != n.weak {
			t.Errorf("%q: weight %v weak %v recorded, want %v %v", n.name, info.weight, info.weak, n.norm.weight, n.weak)
		}
	}
	if checked == 0 {
		t.Fatal("no word checked")
	}
}

// skeletonString is the skeleton of w as a string.
func skeletonString(w string) string { return string(skeleton(w, nil)) }
