package sanctions

import "unicode"

// Names written in an abjad (the Arabic, Hebrew, Syriac and Thaana
// scripts) leave most vowels unwritten: محمد becomes "mhmd" once
// transliterated, where Latin letters write "Mohamed", "Muhammad" or
// "Mohammad". So a word of a name written in an abjad and a word of a name
// written in another script are also compared by their consonants alone
// (abjadSim), and two such names by the consonants of all their words, so
// that words cut differently still meet (sameNameConsonants: عبد الله ~
// Abdullah). The index finds such words and names by the hashes of their
// consonants (Index.abjadNameWords, Index.abjadNames, consonantTables).

// isAbjad reports whether s has letters of an abjad and no Latin letter.
func isAbjad(s string) bool {
	abjad := false
	for _, r := range s {
		switch {
		case r < 0x80:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				return false
			}
		case unicode.In(r, unicode.Arabic, unicode.Hebrew, unicode.Syriac, unicode.Thaana):
			abjad = abjad || unicode.IsLetter(r)
		case unicode.Is(unicode.Latin, r):
			return false
		}
	}
	return abjad
}

// consonants appends to buf the consonants of a folded word as abjadSim
// compares them: vowels, y and w dropped (in an abjad they mostly write
// long vowels), and v too when dropV is set (Hebrew's vav is a v in David,
// a vowel in Yosef); c, k and q one letter, p written b, x written ks; the
// h of sh, kh, th, dh, gh, zh and ch dropped, and a final h (a vowel's mark
// in both scripts: משה "mshh", Moshe); a repeated consonant once.
func consonants(w string, dropV bool, buf []byte) []byte {
	start := len(buf)
	end := len(w)
	for end > 0 && w[end-1] == 'h' {
		end--
	}
	for i := 0; i < end; i++ {
		c := w[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w':
			continue
		case 'v':
			if dropV {
				continue
			}
		case 'c', 'q':
			c = 'k'
		case 'p':
			c = 'b'
		case 'x':
			buf = appendConsonant(buf, start, 'k')
			c = 's'
		case 'h':
			if i > 0 {
				switch w[i-1] {
				case 's', 'k', 't', 'd', 'g', 'z', 'c':
					continue
				}
			}
		}
		buf = appendConsonant(buf, start, c)
	}
	return buf
}

// appendConsonant appends c to buf unless buf[start:] ends with it.
func appendConsonant(buf []byte, start int, c byte) []byte {
	if n := len(buf); n > start && buf[n-1] == c {
		return buf
	}
	return append(buf, c)
}

// Similarities of two words compared by their consonants.
const (
	abjadSimLong  = 0.85 // two or more consonants equal: below an equal spelling, as long vowels are not compared
	abjadSimShort = 0.8  // one consonant equal (علي "ly", Ali)
)

// abjadSim is the similarity of a word of a name written in an abjad and a
// word of a name in another script by their consonants: abjadSimLong when
// they have two or more and they are equal, with v kept or dropped,
// abjadSimShort when they are one and equal, else 0.
func abjadSim(a, b string) float64 {
	var ba, bb [64]byte
	best := 0.0
	for _, dropV := range []bool{false, true} {
		ca, cb := consonants(a, dropV, ba[:0]), consonants(b, dropV, bb[:0])
		switch {
		case len(ca) == 0 || string(ca) != string(cb):
		case len(ca) >= 2:
			return abjadSimLong
		default:
			best = abjadSimShort
		}
	}
	return best
}

// abjadKeys appends to out the hashes of w's consonants (consonantKeys):
// two words with abjadSim > 0 share one.
func abjadKeys(w string, out []uint64) []uint64 { return consonantKeys([]string{w}, 1, out) }

// nameConsonants appends to buf the consonants of a name's words, word
// after word (consonants), with v kept or dropped: عبد الرحمن ("bd lrhmn")
// and Abdul Rahman both give "bdlrhmn", the article written with either
// word.
func nameConsonants(words []string, dropV bool, buf []byte) []byte {
	for _, word := range words {
		buf = consonants(word, dropV, buf)
	}
	return buf
}

// minNameConsonants is the fewest consonants two names must have to be
// matched by them as a whole.
const minNameConsonants = 3

// sameNameConsonants reports whether two names, one of them written in an
// abjad, have the same consonants in order (nameConsonants, at least
// minNameConsonants), with v kept or dropped: they are one name written in
// words cut differently (عبد الله ~ Abdullah).
func sameNameConsonants(a, b []string) bool {
	var ba, bb [128]byte
	for _, dropV := range []bool{false, true} {
		ca, cb := nameConsonants(a, dropV, ba[:0]), nameConsonants(b, dropV, bb[:0])
		if len(ca) >= minNameConsonants && string(ca) == string(cb) {
			return true
		}
	}
	return false
}

// nameConsonantKeys appends to out the hashes of a name's consonants when
// they are enough to match by (consonantKeys): two names with
// sameNameConsonants share one.
func nameConsonantKeys(words []string, out []uint64) []uint64 {
	return consonantKeys(words, minNameConsonants, out)
}

// consonantKeys appends to out the hashes of the consonants of words
// (nameConsonants) with v kept and dropped, once when they are the same,
// each when it has at least least consonants.
func consonantKeys(words []string, least int, out []uint64) []uint64 {
	var buf [128]byte
	from := len(out)
	for _, dropV := range []bool{false, true} {
		c := nameConsonants(words, dropV, buf[:0])
		if len(c) < least {
			continue
		}
		h := skeletonHash(c, -1, -1)
		if len(out) == from || out[from] != h {
			out = append(out, h)
		}
	}
	return out
}
