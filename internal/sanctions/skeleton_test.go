package sanctions

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestSkeleton(t *testing.T) {
	tests := []struct{ a, b string }{
		{"mohammed", "muhammad"},  // vowels, doubled letters
		{"alexandr", "aleksandr"}, // x written ks
		{"khalid", "kalid"},       // kh written k
		{"omar", "0mar"},          // 0 read for o
		{"wladimir", "vladimir"},  // w for v
		{"kaddafi", "qadafi"},     // q for k, a doubled letter
	}
	for _, tt := range tests {
		if a, b := string(skeleton(tt.a, nil)), string(skeleton(tt.b, nil)); a != b {
			t.Errorf("skeleton(%q) = %q, skeleton(%q) = %q, want equal", tt.a, a, tt.b, b)
		}
	}
	for _, pair := range [][2]string{{"putin", "pulin"}, {"ivanov", "ivanova"}, {"kim", "lim"}} {
		if a, b := string(skeleton(pair[0], nil)), string(skeleton(pair[1], nil)); a == b {
			t.Errorf("skeleton(%q) = skeleton(%q) = %q, want different", pair[0], pair[1], a)
		}
	}
	if got := string(skeleton("x", []byte("pre"))); got != "preks" {
		t.Errorf("skeleton appends after buf: got %q", got)
	}
}

// osaDistance is the optimal-string-alignment distance, computed in full.
func osaDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			sub := 1
			if a[i-1] == b[j-1] {
				sub = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+sub)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}

// randomEdits returns s with n random edits of one letter or transpositions,
// over a small alphabet so that edits often meet.
func randomEdits(rng *rand.Rand, s string, n int) string {
	b := []byte(s)
	for range n {
		i := rng.IntN(len(b) + 1)
		switch rng.IntN(4) {
		case 0:
			b = slices.Insert(b, i, "abdk"[rng.IntN(4)])
		case 1:
			if i < len(b) {
				b = slices.Delete(b, i, i+1)
			}
		case 2:
			if i < len(b) {
				b[i] = "abdk"[rng.IntN(4)]
			}
		default:
			if i+1 < len(b) {
				b[i], b[i+1] = b[i+1], b[i]
			}
		}
	}
	return string(b)
}

// TestOsaWithinAndDeletionHashes checks osaWithin against the distance
// computed in full, and that two strings k <= 2 edits apart share a hash
// of their variants with up to k letters deleted: what lets the index find
// every word whose skeleton is near a query word's.
func TestOsaWithinAndDeletionHashes(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	near := 0
	for range 20000 {
		a := randomEdits(rng, "", 1+rng.IntN(9))
		b := randomEdits(rng, a, rng.IntN(4))
		d := osaDistance(a, b)
		for k := 0; k <= 3; k++ {
			if got := osaWithin(a, b, k); got != (d <= k) {
				t.Fatalf("osaWithin(%q, %q, %d) = %v, distance %d", a, b, k, got, d)
			}
		}
		if d > 2 {
			continue
		}
		near++
		ha := deletionHashes([]byte(a), d, nil)
		hb := deletionHashes([]byte(b), d, nil)
		shared := false
		for _, h := range ha {
			shared = shared || slices.Contains(hb, h)
		}
		if !shared {
			t.Fatalf("%q and %q are %d edits apart but share no deletion hash", a, b, d)
		}
	}
	if near < 1000 {
		t.Fatalf("only %d pairs within 2 edits: the test checks too little", near)
	}
}

func TestSkeletonTableLookup(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	want := map[uint64][]int32{}
	var entries []skeletonEntry
	for i := range 5000 {
		h := rng.Uint64()
		if i%7 == 0 && len(entries) > 0 {
			h = entries[rng.IntN(len(entries))].hash // a hash under several ids
		}
		id := int32(rng.IntN(100))
		entries = append(entries, skeletonEntry{hash: h, id: id}, skeletonEntry{hash: h, id: id}) // repeats are dropped
		if !slices.Contains(want[h], id) {
			want[h] = append(want[h], id)
		}
	}
	table := newSkeletonTable(entries)
	for h, ids := range want {
		got := table.lookup(h, nil)
		slices.Sort(got)
		slices.Sort(ids)
		if !slices.Equal(got, ids) {
			t.Fatalf("lookup(%x) = %v, want %v", h, got, ids)
		}
	}
	for range 1000 {
		if h := rng.Uint64(); want[h] == nil && len(table.lookup(h, nil)) > 0 {
			t.Fatalf("lookup(%x) found ids never stored", h)
		}
	}
}

// TestLongWordsBounded checks that a very long word costs no more deletion
// hashes than a skeleton of maxSkeleton letters, and that the index still
// agrees with brute force on such words.
func TestLongWordsBounded(t *testing.T) {
	long := strings.Repeat("x", 3000) + "a"
	sk := skeleton(long, nil)
	if len(sk) != maxSkeleton {
		t.Fatalf("skeleton of %d letters, want %d", len(sk), maxSkeleton)
	}
	if n := len(deletionHashes(sk, skeletonEdits(len(sk)), nil)); n > deletionCount(maxSkeleton, 2) {
		t.Fatalf("%d deletion hashes", n)
	}
	ix := NewIndex([]*Entry{{List: "L", EntryID: "1", Name: long}, {List: "L", EntryID: "2", Name: long[:2990] + "b"}}, DefaultOptions)
	for _, q := range []string{long, long[:2500], "xx"} {
		if got, want := ix.Name(Query{Name: q}), ix.NameBrute(Query{Name: q}); !sameMatches(got, want) {
			t.Fatalf("index %d matches, brute force %d", len(got), len(want))
		}
	}
}
