package sanctions

import (
	"math/bits"
	"slices"
)

// Two words are only compared (wordSim) when their skeletons are at most
// skeletonEdits apart, and a word is only compared with a run of words
// joined (joinable) when their skeletons are equal. A skeleton drops what
// editSim charges little for, so the test rarely parts words editSim finds
// similar: on nomenklatura's pairs (cases-dev.csv and the held-out checks)
// and yente's altered UN names, adding it changes no score at the
// threshold. What it buys is an index: the words within k edits of a
// skeleton share one of its variants with up to k letters deleted
// (deletion neighbourhoods, as in SymSpell), so the index finds a query
// word's similar words by looking up the hashes of a few dozen variants
// instead of comparing it with the dictionary.

// skeleton appends to buf the skeleton of a word: the vowels (with y and 0)
// one letter, letters often written for one another one letter (c, k and q;
// s, z and 5; v and w; b, p and 6; d and t; g and 9; l and 1), x written
// ks, an h after any letter but a vowel dropped (kh, sh, ph, th), and a
// letter repeated written once. Only the first maxSkeleton letters of the
// skeleton are kept: longer ones are no name's, and would have more
// deletion hashes than is worth storing.
func skeleton(w string, buf []byte) []byte {
	out := buf
	start := len(buf)
	for i := 0; i < len(w) && len(out)-start < maxSkeleton; i++ {
		c := w[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', '0':
			c = 'a'
		case 'c', 'k', 'q':
			c = 'k'
		case 'z', '5':
			c = 's'
		case 'w':
			c = 'v'
		case 'p', '6':
			c = 'b'
		case 't':
			c = 'd'
		case '9':
			c = 'g'
		case '1':
			c = 'l'
		case 'x':
			if n := len(out); n == start || out[n-1] != 'k' {
				out = append(out, 'k')
			}
			c = 's'
		case 'h':
			if n := len(out); n > start && out[n-1] != 'a' {
				continue
			}
		}
		if n := len(out); n > start && out[n-1] == c {
			continue
		}
		out = append(out, c)
	}
	if len(out)-start > maxSkeleton { // an x made two letters at the end
		out = out[:start+maxSkeleton]
	}
	return out
}

// maxSkeleton is the most letters a skeleton keeps.
const maxSkeleton = 24

// skeletonEdits is how many edits (insertions, deletions, substitutions,
// transpositions of neighbours) two words' skeletons may be apart, the
// shorter skeleton having n letters, for the words to be compared: none up
// to 2 letters, one up to 5, two beyond. Short skeletons differ by few
// letters; allowing more would also make the deletion hashes of short
// skeletons meet those of most others.
func skeletonEdits(n int) int {
	switch {
	case n <= 2:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// skeletonsNear reports whether the skeletons of a and b are at most
// skeletonEdits apart.
func skeletonsNear(a, b string) bool {
	var ba, bb [64]byte
	return skeletonsWithin(skeleton(a, ba[:0]), skeleton(b, bb[:0]))
}

// letterMask is the set of a word's bytes, each byte b as bit b%32.
func letterMask(w string) uint32 {
	var m uint32
	for i := 0; i < len(w); i++ {
		m |= 1 << (w[i] & 31)
	}
	return m
}

// masksWithin reports whether two strings with letter masks ma and mb
// (letterMask) may be k edits apart: each letter one has and the other
// lacks takes an edit, and a bit set in one mask only is such a letter
// (bytes sharing a bit only hide differences).
func masksWithin(ma, mb uint32, k int) bool {
	return bits.OnesCount32(ma&^mb) <= k && bits.OnesCount32(mb&^ma) <= k
}

// skeletonsWithin reports whether two skeletons are at most skeletonEdits
// apart.
func skeletonsWithin[T string | []byte](a, b T) bool {
	return osaWithin(a, b, skeletonEdits(min(len(a), len(b))))
}

// sameSkeleton reports whether a and b have equal skeletons.
func sameSkeleton(a, b string) bool {
	var ba, bb [64]byte
	return string(skeleton(a, ba[:0])) == string(skeleton(b, bb[:0]))
}

// osaWithin reports whether the optimal-string-alignment distance of a and
// b (edits of one letter, and transpositions of neighbours) is at most k.
// Only the cells within k of the diagonal are computed; the others, and
// every cost above k, count as k+1.
func osaWithin[T string | []byte](a, b T, k int) bool {
	la, lb := len(a), len(b)
	if la-lb > k || lb-la > k {
		return false
	}
	far := k + 1
	var buf [3][66]int
	var rows [3][]int
	for r := range rows {
		if lb < 66 {
			rows[r] = buf[r][:lb+1]
		} else {
			rows[r] = make([]int, lb+1)
		}
	}
	pp, prev, cur := rows[0], rows[1], rows[2]
	for j := range prev {
		prev[j] = min(j, far)
	}
	for i := 1; i <= la; i++ {
		lo, hi := max(1, i-k), min(lb, i+k)
		least := far
		cur[lo-1] = far
		if i <= k { // column 0 is in the band
			cur[0] = i
			least = i
		}
		if hi < lb {
			cur[hi+1] = far // read as prev[hi+1] by the next row
		}
		for j := lo; j <= hi; j++ {
			sub := 1
			if a[i-1] == b[j-1] {
				sub = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+sub)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, pp[j-2]+1)
			}
			v = min(v, far)
			cur[j] = v
			least = min(least, v)
		}
		if least > k {
			return false // every alignment already costs more than k
		}
		pp, prev, cur = prev, cur, pp
	}
	return prev[lb] <= k
}

// skeletonHash is the FNV-1a hash of s without the bytes at positions skip1
// and skip2 (-1 for none).
func skeletonHash(s []byte, skip1, skip2 int) uint64 {
	h := uint64(14695981039346656037)
	for i, c := range s {
		if i == skip1 || i == skip2 {
			continue
		}
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// deletionCount is how many hashes deletionHashes gives at most for a
// skeleton of n letters and k deletions.
func deletionCount(n, k int) int {
	c := 1
	if k >= 1 {
		c += n
	}
	if k >= 2 {
		c += n * (n - 1) / 2
	}
	return c
}

// deletionHashes appends to out the hashes of s with up to k (at most 2)
// letters deleted, each once.
func deletionHashes(s []byte, k int, out []uint64) []uint64 {
	from := len(out)
	out = append(out, skeletonHash(s, -1, -1))
	if k >= 1 {
		for i := range s {
			out = append(out, skeletonHash(s, i, -1))
		}
	}
	if k >= 2 {
		for i := range s {
			for j := i + 1; j < len(s); j++ {
				out = append(out, skeletonHash(s, i, j))
			}
		}
	}
	part := out[from:]
	slices.Sort(part)
	return out[:from+len(slices.Compact(part))]
}

// skeletonTable maps hashes to ids: the deletion hashes of the words'
// skeletons to skeleton ids, or the hashes of runs' skeletons to terms.
// It is the pairs sorted by hash, and a directory from a hash's top bits
// to the first pair holding them, so that a look-up reads about one pair.
type skeletonTable struct {
	pairs []skeletonEntry
	shift uint     // 64 minus the directory's bits
	dir   []uint32 // top bits -> first pair with them; one more at the end
}

// lookup appends to out the ids stored under h.
func (t *skeletonTable) lookup(h uint64, out []int32) []int32 {
	b := h >> t.shift
	for _, p := range t.pairs[t.dir[b]:t.dir[b+1]] {
		if p.hash == h {
			out = append(out, p.id)
		}
	}
	return out
}

// lookupNear appends to out the ids stored under h whose mask may be k
// edits from mask (masksWithin), without reading anything else of them.
func (t *skeletonTable) lookupNear(h uint64, mask uint32, k int, out []int32) []int32 {
	b := h >> t.shift
	for _, p := range t.pairs[t.dir[b]:t.dir[b+1]] {
		if p.hash == h && masksWithin(mask, p.mask, k) {
			out = append(out, p.id)
		}
	}
	return out
}

// skeletonEntry is one (hash, id) pair of a skeletonTable being built, with
// the letterMask of the skeleton it stands for (in what would be padding).
type skeletonEntry struct {
	hash uint64
	id   int32
	mask uint32
}

// newSkeletonTable sorts the entries into a table, dropping repeats; the
// table keeps the entries' memory.
func newSkeletonTable(entries []skeletonEntry) skeletonTable {
	slices.SortFunc(entries, func(a, b skeletonEntry) int {
		switch {
		case a.hash != b.hash:
			if a.hash < b.hash {
				return -1
			}
			return 1
		default:
			return int(a.id - b.id)
		}
	})
	entries = slices.Compact(entries)
	bits := uint(1)
	for 1<<bits < len(entries)/4 { // about four pairs, one cache line, a bucket
		bits++
	}
	t := skeletonTable{pairs: entries, shift: 64 - bits, dir: make([]uint32, 1<<bits+1)}
	for _, e := range entries {
		t.dir[e.hash>>t.shift+1]++
	}
	for b := 1; b < len(t.dir); b++ {
		t.dir[b] += t.dir[b-1]
	}
	return t
}
