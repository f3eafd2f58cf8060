package sanctions

import (
	"math/rand/v2"
	"reflect"
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
// (nameTerm.weight) are the words' weights in their names, and that the
// compact indexed names give back the normName of each reading
// (nameReadings) whole, on the real lists' names and on the sample names.
func TestNameTermWeights(t *testing.T) {
	var entries []*Entry
	for i, name := range append(devWords(t, 50), "OCEAN MARITIME MANAGEMENT COMPANY LIMITED", "Abdul Rahman AL-HASHIMI", "Ünal Şahin Holding A.Ş.", "KIM, Jong Un", "金正恩", "Шевченко Тарас", "HWANG GUM SAN 2", "  PADDED NAME  ") {
		typ := "entity"
		if i%2 == 0 {
			typ = "individual"
		}
		entries = append(entries, &Entry{List: "test", EntryID: name, Name: name + " company intl", Type: typ,
			Aliases: []string{name}, Weak: []string{name}, AliasKinds: map[string]string{name: NameFormer}})
	}
	ix := NewIndex(entries, DefaultOptions)
	checked, id := 0, 0
	var buf []string
	for i, e := range entries {
		for _, nk := range [][2]string{{e.Name, NamePrimary}, {e.Aliases[0], NameFormer}, {e.Weak[0], NameWeak}} {
			for _, want := range nameReadings(nk[0], e.Type) {
				if len(want.words) == 0 {
					continue
				}
				want.terms, _, _ = terms(want.words)
				n, info := &ix.names[id], ix.nameInfo[id]
				got := ix.norm(int32(id), &buf)
				if int(n.entry) != i || n.name != nk[0] || n.kindName() != nk[1] || n.weak() != (nk[1] == NameWeak) || info.weak != n.weak() {
					t.Fatalf("name %d: entry %d %q %s weak %v, want entry %d %q %s", id, n.entry, n.name, n.kindName(), n.weak(), i, nk[0], nk[1])
				}
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("name %d %q: normName\n%+v, want\n%+v", id, nk[0], got, want)
				}
				for j, w := range got.words {
					nt := ix.nameTerms[info.start+uint32(j)]
					if nt.weight() != want.wordWeight(w) {
						t.Errorf("%q, word %q: weight %v, want %v", n.name, w, nt.weight(), want.wordWeight(w))
					}
					checked++
				}
				id++
			}
		}
	}
	if id != len(ix.names) {
		t.Fatalf("%d names indexed, want %d", len(ix.names), id)
	}
	if checked == 0 {
		t.Fatal("no word checked")
	}
}

// skeletonString is the skeleton of w as a string.
func skeletonString(w string) string { return string(skeleton(w, nil)) }
