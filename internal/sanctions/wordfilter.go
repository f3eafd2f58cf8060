package sanctions

// A wordFilter holds what the index keeps of a listed word to rule it out
// as similar to a query word without reading it: its letters (for
// mayReachCut) and its trigrams (for enoughKeys). The filters are stored
// beside the skeletons' word lists, in the same order, so that the words
// of one skeleton are tested from one run of memory, and only the few
// that pass are read and compared (nearSim).
type wordFilter struct {
	sig    [2]uint64 // the bits keyBit of the word's trigrams
	mask   uint32    // letterMask
	keys   uint8     // distinct trigrams (packedKeys), at most 255
	length uint8     // bytes, at most 255 (255: may be more)
}

// newWordFilter returns the filter of w.
func newWordFilter(w string) wordFilter {
	f := wordFilter{mask: letterMask(w), length: uint8(min(len(w), 255))}
	var buf [48]uint32
	keys := packedKeys(w, buf[:0])
	f.keys = uint8(min(len(keys), 255))
	for _, k := range keys {
		b := keyBit(k)
		f.sig[b>>6] |= 1 << (b & 63)
	}
	return f
}

// keyBit is the bit (0 to 127) of a packed trigram in a wordFilter's sig.
func keyBit(k uint32) uint8 { return uint8((k * 0x9e3779b1) >> 25) }

// queryFilter is a query word's side of the filter tests.
type queryFilter struct {
	word   string
	mask   uint32
	keys   []uint32 // its distinct trigrams (packedKeys)
	keyBit []uint8  // the keyBit of each
}

// newQueryFilter returns the filter of the query word s, its slices held
// in keyBuf's and bitBuf's memory when they are large enough.
func newQueryFilter(s string, keyBuf []uint32, bitBuf []uint8) queryFilter {
	q := queryFilter{word: s, mask: letterMask(s), keys: packedKeys(s, keyBuf[:0]), keyBit: bitBuf[:0]}
	for _, k := range q.keys {
		q.keyBit = append(q.keyBit, keyBit(k))
	}
	return q
}

// mayBeNear reports whether a listed word with filter f may pass nearSim's
// cheap tests against the query word: its letters may reach wordCut
// (mayReachCut), and the query's trigrams whose bit f.sig holds, which
// include every trigram the two words share, are enough (enoughKeys). It
// never rules out a word that passes them; the words it keeps are tested
// in full.
func (q *queryFilter) mayBeNear(f wordFilter) bool {
	if f.length < 255 && !mayReachCut(q.mask, len(q.word), f.mask, int(f.length)) {
		return false
	}
	return f.keys == 255 || enoughKeys(q.sharedBits(f.sig), len(q.keyBit), int(f.keys))
}

// skeletonInfo is what similar reads of a skeleton before its words: the
// skeleton's letters and length (for masksWithin), where its words are in
// Index.skelWords and Index.skelFilters, and the union of its words'
// trigram bits with the fewest trigrams any of them has, so that a
// skeleton none of whose words can pass mayBeNear is passed over from
// this one record.
type skeletonInfo struct {
	sig     [2]uint64 // the union of the words' wordFilter.sig
	mask    uint32    // letterMask of the skeleton
	start   uint32    // the skeleton's first word in skelWords.ids
	count   uint32    // how many words it has
	length  uint8     // the skeleton's length (at most maxSkeleton)
	minKeys uint8     // the fewest distinct trigrams of its words
}

// newSkeletonInfo returns the record of the skeleton sk whose words have
// the filters fs, stored from start.
func newSkeletonInfo(sk string, start uint32, fs []wordFilter) skeletonInfo {
	si := skeletonInfo{mask: letterMask(sk), start: start, count: uint32(len(fs)), length: uint8(len(sk)), minKeys: 255}
	for _, f := range fs {
		si.sig[0] |= f.sig[0]
		si.sig[1] |= f.sig[1]
		si.minKeys = min(si.minKeys, f.keys)
	}
	return si
}

// mayHaveNear reports whether some word of the skeleton may pass
// mayBeNear: a word shares no trigram with the query that is not in the
// union, and enoughKeys asks no more of a word with more trigrams.
func (q *queryFilter) mayHaveNear(si *skeletonInfo) bool {
	return si.minKeys == 255 || enoughKeys(q.sharedBits(si.sig), len(q.keyBit), int(si.minKeys))
}

// sharedBits counts the query's trigrams whose keyBit sig holds: at least
// the trigrams it shares with the words whose bits sig holds.
func (q *queryFilter) sharedBits(sig [2]uint64) int {
	shared := 0
	for _, b := range q.keyBit {
		shared += int(sig[b>>6] >> (b & 63) & 1)
	}
	return shared
}
