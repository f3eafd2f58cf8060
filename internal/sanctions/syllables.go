package sanctions

import "strings"

// Names in Han characters and in Hangul are read one syllable a character
// (readHan, readHangul; readHan joins the syllables of characters written
// together), and two different syllables are two different characters: 郑 "zheng" is not ZHANG, 병 "byeong" not YONG, however few
// letters they differ by (in a Latin name that would be a typo). When one
// name is read that way and the other is not (normName.pinyin,
// normName.hangul), compareNames therefore keeps the similarity of two
// different words only when they are spellings of one syllable, or of
// syllables joined, in the romanizations lists use (pinyinKey, koreanKey),
// or of one organisation word (orgWords); for Korean also of one family
// name (nameVariants: bak, PAK, Park). Korean family names are not
// Chinese ones: LI is not YI in Chinese.

// syllableStrict returns sim with the similarity of two different words set
// to 0 unless they are alike. It only lowers similarities, so the name
// index's bound holds.
func syllableStrict(sim simmer, alike func(a, b string) bool) simmer {
	return func(qt int, qs string, ct int, cs string) float64 {
		s := sim(qt, qs, ct, cs)
		if s > 0 && qs != cs && !alike(qs, cs) {
			return 0
		}
		return s
	}
}

// sameOrgWord reports whether a and b are spellings of one organisation
// word.
func sameOrgWord(a, b string) bool {
	g, ok := orgWords[a]
	return ok && g == orgWords[b]
}

// pinyinAlike reports whether two words are spellings of one syllable, or
// of syllables joined, in pinyin or Wade-Giles (pinyinKey), or of one
// organisation word.
func pinyinAlike(a, b string) bool {
	return sameOrgWord(a, b) || pinyinKey(a) == pinyinKey(b)
}

// koreanAlike reports whether two words are spellings of one Korean
// syllable, or of syllables joined (koreanKey), of one family name, or of
// one organisation word.
func koreanAlike(a, b string) bool {
	if g, ok := nameVariants[a]; ok && g == nameVariants[b] {
		return true
	}
	return sameOrgWord(a, b) || koreanKey(a) == koreanKey(b)
}

// pinyinReplacer writes the sounds pinyin and Wade-Giles spell differently
// one way, the consonants that differ only by aspiration (which lists drop
// with Wade-Giles's apostrophe) as one: hs and x; ch, zh, j and q; ts, tz,
// z and c; k and g; t and d; p and b; ung and ong; ien and ian; ieh and ie;
// the ih of chih and shih as i.
var pinyinReplacer = strings.NewReplacer(
	"hs", "x", "zh", "C", "ch", "C", "j", "C", "q", "C", "tz", "Z", "ts", "Z", "z", "Z", "c", "Z",
	"g", "K", "k", "K", "d", "T", "t", "T", "b", "P", "p", "P",
	"ung", "ong", "ien", "ian", "ieh", "ie", "ih", "i")

// pinyinKey is a word written with pinyinReplacer.
func pinyinKey(w string) string { return pinyinReplacer.Replace(w) }

// koreanReplacer writes the sounds the Revised Romanization,
// McCune-Reischauer (as the DPRK, OFAC and UN lists write it, breves and
// apostrophes dropped) and customary spellings write differently one way:
// the vowels eo, eu, o and u as one (성 seong, SONG, Sung), ae and e; the
// consonants that differ by voicing or aspiration as one (g and k, d and t,
// b and p, j and ch, r and l); s, ss and sh.
var koreanReplacer = strings.NewReplacer(
	"eo", "O", "eu", "O", "o", "O", "u", "O", "ae", "E", "e", "E",
	"ch", "C", "j", "C", "sh", "S", "ss", "S", "s", "S",
	"g", "K", "k", "K", "d", "T", "t", "T", "b", "P", "p", "P", "r", "L", "l", "L")

// koreanKey is a word written with koreanReplacer.
func koreanKey(w string) string { return koreanReplacer.Replace(w) }
