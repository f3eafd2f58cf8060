package sanctions

import (
	"fmt"
	"strings"
	"testing"
)

// TestLongQueryCut: a name of more words than MaxQueryWords is compared by
// its first MaxQueryWords words, the same in Name and NameBrute, each
// match saying so; a name at the limit is compared whole.
func TestLongQueryCut(t *testing.T) {
	e := &Entry{List: "L", EntryID: "1", Type: "entity", Name: "HUA FU SHIPPING"}
	ix := NewIndex([]*Entry{e}, DefaultOptions)
	filler := strings.TrimSpace(strings.Repeat("ALPHA ", MaxQueryWords-3))
	atLimit := "HUA FU SHIPPING " + filler
	over := atLimit + " " + strings.Repeat("OMEGA ", 5000)
	for _, c := range []struct {
		name string
		q    string
		note bool
	}{{"at the limit", atLimit, false}, {"over it", over, true}} {
		got, brute := ix.Name(Query{Name: c.q}), ix.NameBrute(Query{Name: c.q})
		if len(got) == 0 {
			t.Fatalf("%s: no match: the test compares nothing", c.name)
		}
		if len(got) != len(brute) {
			t.Fatalf("%s: index %d matches, brute force %d", c.name, len(got), len(brute))
		}
		for i := range got {
			if got[i].Score != brute[i].Score || got[i].Explanation != brute[i].Explanation {
				t.Errorf("%s: index %+v, brute force %+v", c.name, got[i], brute[i])
			}
			if has := strings.Contains(got[i].Explanation, "(the first 64 of the query's"); has != c.note {
				t.Errorf("%s: explanation %q says the cut: %v, want %v", c.name, got[i].Explanation, has, c.note)
			}
		}
	}
	over2 := ix.Name(Query{Name: over, Type: "entity"})
	same := ix.Name(Query{Name: atLimit, Type: "entity"})
	if len(over2) != len(same) || len(same) > 0 && over2[0].Score != same[0].Score {
		t.Errorf("a name over the limit scored %+v, its first %d words %+v", over2, MaxQueryWords, same)
	}
}

// TestLongQueryCutCountsWordsAsRead: words joined by commas or hyphens
// count as the matcher reads them, so punctuation does not get a long
// name past the cut.
func TestLongQueryCutCountsWordsAsRead(t *testing.T) {
	for _, sep := range []string{" ", ",", "-", ";", " / "} {
		words := make([]string, 3000)
		for i := range words {
			words[i] = fmt.Sprintf("W%d", i)
		}
		name := strings.Join(words, sep)
		if n := QueryWords(name); n != 3000 {
			t.Errorf("%q-joined: QueryWords %d, want 3000", sep, n)
		}
		n, end := queryWordsUpTo(name, MaxQueryWords)
		if n != MaxQueryWords+1 || QueryWords(name[:end]) != MaxQueryWords {
			t.Errorf("%q-joined: the cut keeps %d words, want %d", sep, QueryWords(name[:end]), MaxQueryWords)
		}
	}
	if n := QueryWords("KIM, Jong-Un (a.k.a. 김정은)"); n != 7 {
		t.Errorf("QueryWords of a listed-style name: %d, want 7", n)
	}
}
