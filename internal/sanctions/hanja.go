package sanctions

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Korean names are also written in Han characters (hanja): 金正恩 is Kim
// Jong Un, whose characters Mandarin reads "jin zheng en". A name in Han
// characters that may be a Korean person's (koreanReading) is therefore
// compared in two readings: in pinyin (readHan), and in Korean, each
// character written as its Hangul syllable and read as Hangul is
// (readHangul). The Korean reading is only compared with names not written
// in Han characters: two names in Han characters are compared as written,
// where homophones stay apart.

// hanjaTable is the Korean reading of Han characters; its header says where
// it comes from.
//
//go:embed hanja.txt
var hanjaTable string

// hanjaReadings maps a Han character to its Korean reading.
var hanjaReadings = func() map[rune]rune {
	m := map[rune]rune{}
	for _, line := range strings.Split(hanjaTable, "\n") {
		han, hangul, ok := strings.Cut(line, "\t")
		if !ok || strings.HasPrefix(line, "#") {
			continue
		}
		h, _ := utf8.DecodeRuneInString(han)
		k, _ := utf8.DecodeRuneInString(hangul)
		m[h] = k
	}
	return m
}()

// hanjaFamilyNames are the characters read otherwise as a family name, at
// the start of a word: 金 is "geum" (gold) but the family name Kim.
var hanjaFamilyNames = map[rune]rune{'金': '김'}

// koreanFamilyNames are the forty most common Korean family names, in the
// traditional characters Korean writes them with (張, not Chinese 张).
const koreanFamilyNames = "金李朴崔鄭姜趙尹張林韓吳申徐權黃安宋柳洪全高文孫梁裵白曺許南沈盧河劉丁成車具郭禹"

// koreanReading returns s with its Han characters written in Hangul, when
// s may be a Korean person's name in Han characters: two to four of them,
// in one or two words, the first a common Korean family name
// (koreanFamilyNames). Chinese and Japanese names, which mostly are not,
// are not read in Korean: fuzzy matching of their Korean reading against
// Korean names would find what is not there.
func koreanReading(s string) (string, bool) {
	if !strings.ContainsFunc(s, isHan) {
		return "", false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 2 || !isHanWord(strings.Join(words, "")) {
		return "", false
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	if n := utf8.RuneCountInString(strings.Join(words, "")); n < 2 || n > 4 || !strings.ContainsRune(koreanFamilyNames, first) {
		return "", false
	}
	var b strings.Builder
	wordStart, read := true, false
	for _, r := range strings.Join(words, " ") {
		k, ok := hanjaReadings[r]
		if f, family := hanjaFamilyNames[r]; family && wordStart {
			k, ok = f, true
		}
		if ok {
			b.WriteRune(k)
			read = true
		} else {
			b.WriteRune(r)
		}
		wordStart = !unicode.IsLetter(r)
	}
	return b.String(), read
}

// nameReadings returns the normalised readings of a name: the name as
// written, and for a name in Han characters its Korean reading too.
func nameReadings(s, typ string) []normName {
	n := normalizeName(s, typ)
	k, ok := koreanReading(s)
	if !ok {
		return []normName{n}
	}
	n.han = true
	kn := normalizeName(k, typ)
	kn.han, kn.reading = true, true
	kn.notes = append(kn.notes, "Han characters read in Korean ("+k+")")
	return []normName{n, kn}
}

// comparableReadings reports whether two readings of names are compared: a
// Korean reading only with a name not written in Han characters.
func comparableReadings(a, b *normName) bool {
	return !(a.reading && b.han) && !(b.reading && a.han)
}

// A name in Han characters is read one syllable a character, and two
// different syllables are two different characters: 郑 "zheng" is not
// ZHANG, 金 "jin" not JIAN, however few letters they differ by. When one
// name is read in pinyin and the other is not (normName.pinyin), compareNames
// therefore keeps the similarity of two different words only when they are
// spellings of one syllable in the romanizations lists use (pinyinAlike):
// pinyin and Wade-Giles (CHANG for zhang, HSIAO for xiao), or spellings of
// one organisation word (orgWords). Korean family names in their other
// spellings (nameVariants: i, RI, YI, LEE) are not: LI is not YI in
// Chinese.

// pinyinStrict returns sim with the similarity of two different words set
// to 0 unless they are pinyinAlike. It only lowers similarities, so the
// name index's bound holds.
func pinyinStrict(sim simmer) simmer {
	return func(qt int, qs string, ct int, cs string) float64 {
		s := sim(qt, qs, ct, cs)
		if s > 0 && qs != cs && !pinyinAlike(qs, cs) {
			return 0
		}
		return s
	}
}

// pinyinAlike reports whether two words are spellings of one syllable, or
// of syllables joined, in pinyin or Wade-Giles (pinyinKey), or of one
// organisation word.
func pinyinAlike(a, b string) bool {
	if g, ok := orgWords[a]; ok && g == orgWords[b] {
		return true
	}
	return pinyinKey(a) == pinyinKey(b)
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
