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
//
// A name with 朝鲜 or 朝鮮 in it (Korea, as Chinese writes the DPRK) names
// a North Korean organisation, whose proper names are Korean: its words of
// organisation names and places are read as always (readHanWords: 朝鲜
// KOREA, 银行 BANK), its other characters in Korean, those written together
// as one word, the way lists write them (朝鲜光鲜银行 ~ KOREA KWANGSON
// BANKING CORP).
func koreanReading(s string) (string, bool) {
	if !strings.ContainsFunc(s, isHan) {
		return "", false
	}
	if strings.Contains(s, "朝鲜") || strings.Contains(s, "朝鮮") {
		var b strings.Builder
		for _, r := range readHanWords(s) {
			if k, ok := hanjaReadings[r]; ok {
				b.WriteString(romanizeHangul(k))
			} else {
				b.WriteRune(r)
			}
		}
		return strings.Join(strings.Fields(b.String()), " "), true
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
// written, and for a name in Han characters, or a Korean name in Cyrillic
// (cyrillicKoreanReadings), its Korean readings too; for a name in
// Ukrainian Cyrillic, or in Cyrillic with no letter only Russian writes
// (ы, э, ъ, ё), its reading in Ukraine's romanization (ukrainianReading,
// ambiguousUkrainianReading), and for a name in Latin letters spelled in
// it, its reading the Russian way (russianReading). Invisible and control
// characters are taken out first (cleanName).
func nameReadings(s, typ string) []normName {
	s = cleanName(s)
	n := normalizeName(s, typ)
	if k, ok := koreanReading(s); ok {
		kn := normalizeName(k, typ)
		kn.reading = true
		kn.notes = append(kn.notes, "Han characters read in Korean ("+k+")")
		return []normName{n, kn}
	}
	out := []normName{n}
	if u, ok := ukrainianReading(s); ok {
		un := normalizeName(u, typ)
		un.notes = append(un.notes, "read as Ukrainian (KMU 2010: "+u+")")
		out = append(out, un)
	} else if u, ok := ambiguousUkrainianReading(s); ok {
		un := normalizeName(u, typ)
		un.notes = append(un.notes, "read as Ukrainian too, no letter telling Ukrainian from Russian (KMU 2010: "+u+")")
		out = append(out, un)
	}
	if r, ok := russianReading(s, typ); ok {
		rn := normalizeName(r, typ)
		rn.notes = append(rn.notes, "KMU 2010 spelling read the Russian way ("+r+")")
		out = append(out, rn)
	}
	for _, k := range cyrillicKoreanReadings(s, typ) {
		kn := normalizeName(k, typ)
		kn.reading, kn.hangul = true, true
		kn.notes = append(kn.notes, "Cyrillic read as a Korean name ("+strings.ToUpper(k)+")")
		out = append(out, kn)
	}
	// A name of unknown type ending in a short legal form ("Sovcomflot
	// Ltd") is also read as an organisation's, the form folded.
	if typ == "" && len(n.words) == 2 && len(n.forms) == 0 {
		if on := normalizeNameAs(s, typ, true); len(on.forms) > 0 {
			on.org = true
			on.notes = append(on.notes, "read as an organisation's name ("+strings.Join(on.folded, ", ")+" a legal form)")
			out = append(out, on)
		}
	}
	return out
}

// comparableReadings reports whether two readings of names are compared: a
// Korean reading only with a name neither written in Han characters nor
// itself a reading; a name of unknown type read as an organisation's
// (normName.org) not with a person's.
func comparableReadings(a, b *normName) bool {
	switch {
	case a.org && b.person, b.org && a.person:
		return false
	case a.reading:
		return !b.pinyin && !b.reading
	case b.reading:
		return !a.pinyin
	}
	return true
}
