package sanctions

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Korean names are also written in Cyrillic, in the Kontsevich system
// Russian uses ("Ким Чен Ын", KIM Jong Un): each syllable a word, or the
// syllables of a given name joined. Read the Russian way, the letters are
// not the ones lists write (Чен "chen", Ын "yn"), so a name in Cyrillic
// whose words are all Korean syllables, one of them at either end a Korean
// family name, is also read in Korean (cyrillicKoreanReadings): each
// syllable written as lists write it (McCune-Reischauer without its
// breves and apostrophes, the DPRK's own way), and compared as a name in
// Hangul is (koreanAlike). Kontsevich writes the final consonants ㄴ and ㅇ
// both н, so a syllable ending in н is read both ways, each way a reading
// (Чен Ын: JON UN, JONG UN, JON UNG, JONG UNG). A name with any word that is not
// a Korean syllable ("Сергей Ким", "Ким Филби") keeps its Russian reading
// only.
//
// The syllables known are those of the Korean readings of Han characters
// (hanjaReadings: a Korean name is mostly of such syllables, written in
// the DPRK without the South's dropping of initial r and n, 리 RI, 룡
// RYONG) and of the family names (cyrillicFamilyNames), each spelled the
// Kontsevich way and in the customary variants (ё written е, 정 as Чен,
// ㅈ as Дж, Чж or Ж, the final ㄹ as Р as in Ким Ир Сен). A Cyrillic
// spelling several syllables may have is read as the one spelled by fewer
// variants: Се is 세 "se", not 서 (So), which Kontsevich writes Со.

// cyrPart is one way of writing a part of a Hangul syllable in Cyrillic,
// with its Latin spelling and whether it is a customary variant rather
// than Kontsevich's own.
type cyrPart struct {
	cyr, latin string
	variant    bool
}

// The Cyrillic spellings of Hangul's initial consonants, vowels and final
// consonants, in the order of Unicode's syllable composition (see
// hangulInitials). Only the finals of the Korean readings of Han
// characters are spelled: ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ.
var (
	cyrInitials = [19][]cyrPart{
		{{"к", "k", false}, {"г", "g", false}}, // ㄱ
		{{"кк", "kk", false}},                  // ㄲ
		{{"н", "n", false}},                    // ㄴ
		{{"т", "t", false}, {"д", "d", false}}, // ㄷ
		{{"тт", "tt", false}},                  // ㄸ
		{{"р", "r", false}, {"л", "r", true}},  // ㄹ: Ли is 리 RI
		{{"м", "m", false}},                    // ㅁ
		{{"п", "p", false}, {"б", "b", false}}, // ㅂ
		{{"пп", "pp", false}},                  // ㅃ
		{{"с", "s", false}, {"ш", "s", true}},  // ㅅ
		{{"сс", "ss", false}},                  // ㅆ
		{{"", "", false}},                      // ㅇ
		{{"ч", "j", false}, {"дж", "j", false}, {"чж", "j", true}, {"ж", "j", true}}, // ㅈ
		{{"чч", "jj", false}}, // ㅉ
		{{"чх", "ch", false}, {"ч", "ch", true}, {"ц", "ch", true}}, // ㅊ
		{{"кх", "k", false}}, // ㅋ
		{{"тх", "t", false}}, // ㅌ
		{{"пх", "p", false}}, // ㅍ
		{{"х", "h", false}},  // ㅎ
	}
	cyrVowels = [21][]cyrPart{
		{{"а", "a", false}},                   // ㅏ
		{{"э", "ae", false}},                  // ㅐ
		{{"я", "ya", false}},                  // ㅑ
		{{"я", "yae", true}},                  // ㅒ
		{{"о", "o", false}},                   // ㅓ (and е, ё after ㅅ ㅈ ㅊ: see cyrVowelSpellings)
		{{"е", "e", false}, {"э", "e", true}}, // ㅔ
		{{"ё", "yo", false}, {"е", "yo", true}, {"йо", "yo", true}}, // ㅕ
		{{"е", "ye", false}, {"йе", "ye", true}},                    // ㅖ
		{{"о", "o", false}},    // ㅗ
		{{"ва", "wa", false}},  // ㅘ
		{{"вэ", "wae", false}}, // ㅙ
		{{"ве", "oe", false}, {"вэ", "oe", true}, {"ой", "oe", true}}, // ㅚ: Чхве, Чой CHOE
		{{"ё", "yo", false}, {"е", "yo", true}, {"йо", "yo", true}},   // ㅛ
		{{"у", "u", false}},                   // ㅜ
		{{"во", "wo", false}},                 // ㅝ
		{{"ве", "we", false}},                 // ㅞ
		{{"ви", "wi", false}},                 // ㅟ
		{{"ю", "yu", false}},                  // ㅠ
		{{"ы", "u", false}, {"у", "u", true}}, // ㅡ: Ын UN
		{{"ый", "ui", false}, {"ы", "ui", true}, {"и", "ui", true}}, // ㅢ
		{{"и", "i", false}}, // ㅣ
	}
	cyrFinals = map[int][]cyrPart{
		0:  {{"", "", false}},
		1:  {{"к", "k", false}},                                      // ㄱ
		4:  {{"н", "n", false}},                                      // ㄴ
		8:  {{"ль", "l", false}, {"л", "l", true}, {"р", "l", true}}, // ㄹ: Ир IL
		16: {{"м", "m", false}},                                      // ㅁ
		17: {{"п", "p", false}},                                      // ㅂ
		21: {{"н", "ng", false}, {"нг", "ng", true}},                 // ㅇ: Kontsevich writes н as for ㄴ
	}
)

// cyrVowelSpellings returns the Cyrillic spellings of vowel v after initial
// i: ㅓ is also written е or ё after ㅅ, ㅈ and ㅊ (정 Чен, 성 Сен).
func cyrVowelSpellings(i, v int) []cyrPart {
	if v == 4 && (i == 9 || i == 12 || i == 14) {
		return []cyrPart{{"о", "o", false}, {"е", "o", true}, {"ё", "o", true}}
	}
	return cyrVowels[v]
}

// cyrillicFamilyNames are the common Korean family names, in Hangul.
var cyrillicFamilyNames = strings.Fields("김 이 리 박 최 정 강 조 윤 장 임 림 한 오 서 신 권 황 안 송 류 유 홍 전 고 문 " +
	"양 량 손 배 백 허 남 심 로 노 하 곽 성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 려 추 도 소 " +
	"석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 태 " +
	"남궁 황보 제갈 선우 독고 사공")

// cyrSyllable is the Latin spellings of a Cyrillic syllable (several when
// it spells syllables written differently in Latin: Сон is 선 SON and 성
// SONG) and how many variant parts spell it.
type cyrSyllable struct {
	latin    []string
	variants int
}

// cyrKoreanSyllables maps each Cyrillic spelling of a known Korean
// syllable to its Latin spellings; cyrKoreanFamily holds the Cyrillic
// spellings of the family names; cyrSyllableMax is the most letters a
// syllable has.
var cyrKoreanSyllables, cyrKoreanFamily, cyrSyllableMax = func() (map[string]cyrSyllable, map[string]bool, int) {
	syllables := map[string]cyrSyllable{}
	longest := 0
	add := func(r rune) {
		for _, s := range cyrSpellings(r) {
			old, ok := syllables[s.cyr]
			switch {
			case !ok || s.variants < old.variants:
				syllables[s.cyr] = cyrSyllable{[]string{s.latin}, s.variants}
			case s.variants == old.variants && !slices.Contains(old.latin, s.latin):
				old.latin = append(old.latin, s.latin)
				slices.Sort(old.latin)
				syllables[s.cyr] = old
			}
			longest = max(longest, len([]rune(s.cyr)))
		}
	}
	// Hangul syllables in order, so that the table is the same every run.
	var hangul []rune
	for _, k := range hanjaReadings {
		hangul = append(hangul, k)
	}
	for _, name := range cyrillicFamilyNames {
		hangul = append(hangul, []rune(name)...)
	}
	slices.Sort(hangul)
	for i, k := range hangul {
		if isHangulSyllable(k) && (i == 0 || hangul[i-1] != k) {
			add(k)
		}
	}
	family := map[string]bool{}
	for _, name := range cyrillicFamilyNames {
		spellings := []string{""}
		for _, r := range name {
			var next []string
			for _, prefix := range spellings {
				for _, s := range cyrSpellings(r) {
					next = append(next, prefix+s.cyr)
				}
			}
			spellings = next
		}
		for _, s := range spellings {
			family[s] = true
		}
	}
	return syllables, family, longest
}()

// cyrSpelling is one Cyrillic spelling of a Hangul syllable.
type cyrSpelling struct {
	cyr, latin string
	variants   int
}

// cyrSpellings returns every Cyrillic spelling of the Hangul syllable r
// whose final consonant is spelled (cyrFinals), with its Latin spelling.
func cyrSpellings(r rune) []cyrSpelling {
	code := int(r - 0xac00)
	i, v, f := code/588, code%588/28, code%28
	finals, ok := cyrFinals[f]
	if !ok {
		return nil
	}
	var out []cyrSpelling
	for _, a := range cyrInitials[i] {
		for _, b := range cyrVowelSpellings(i, v) {
			for _, c := range finals {
				n := 0
				for _, p := range []cyrPart{a, b, c} {
					if p.variant {
						n++
					}
				}
				out = append(out, cyrSpelling{a.cyr + b.cyr + c.cyr, a.latin + b.latin + c.latin, n})
			}
		}
	}
	return out
}

// cyrWordSyllables is the most syllables a word of a Korean name in
// Cyrillic has: a given name's two joined, or a family name of two.
const cyrWordSyllables = 2

// readCyrillicKoreanWord returns the Latin spellings of a lower-case
// Cyrillic word made of one or two known Korean syllables, the syllables
// joined; of the ways to cut it, the one with the fewest variant
// spellings, then the fewest syllables.
func readCyrillicKoreanWord(w string) ([]string, bool) {
	rs := []rune(w)
	var best []cyrSyllable
	bestVariants, found := 0, false
	var cut []cyrSyllable
	var try func(at, variants int)
	try = func(at, variants int) {
		if at == len(rs) {
			if !found || variants < bestVariants || variants == bestVariants && len(cut) < len(best) {
				best, bestVariants, found = slices.Clone(cut), variants, true
			}
			return
		}
		if len(cut) == cyrWordSyllables {
			return
		}
		for n := 1; n <= cyrSyllableMax && at+n <= len(rs); n++ {
			if s, ok := cyrKoreanSyllables[string(rs[at:at+n])]; ok {
				cut = append(cut, s)
				try(at+n, variants+s.variants)
				cut = cut[:len(cut)-1]
			}
		}
	}
	try(0, 0)
	if !found {
		return nil, false
	}
	spellings := []string{""}
	for _, s := range best {
		spellings = product(spellings, s.latin, "")
	}
	return spellings, true
}

// product returns every string of a followed by sep and a string of b.
func product(a, b []string, sep string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+sep+y)
		}
	}
	return out
}

// maxCyrillicKoreanReadings is the most Korean readings a name in Cyrillic
// is given: a name whose syllables can be spelled more ways is read the
// first ways only.
const maxCyrillicKoreanReadings = 16

// cyrillicKoreanReadings returns a person's name (or a name of unknown
// type) written in Cyrillic read as a Korean name, when every word of it is
// one or two known Korean syllables, it has two to four words, and its
// first or last word is a Korean family name: "Ким Чен Ын" -> "kim jon
// un", "kim jong un", .... Each way a syllable may be spelled in Latin
// makes a reading, up to maxCyrillicKoreanReadings.
func cyrillicKoreanReadings(s, typ string) []string {
	if typ != "individual" && typ != "" {
		return nil
	}
	cyrillic := false
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyrillic = true
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return nil
		}
	}
	if !cyrillic {
		return nil
	}
	words := strings.FieldsFunc(strings.ToLower(norm.NFC.String(s)), func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) < 2 || len(words) > 4 || !cyrKoreanFamily[words[0]] && !cyrKoreanFamily[words[len(words)-1]] {
		return nil
	}
	readings := []string{""}
	for i, w := range words {
		latin, ok := readCyrillicKoreanWord(w)
		if !ok {
			return nil
		}
		if i == 0 {
			readings = latin
		} else {
			readings = product(readings, latin, " ")
		}
		if len(readings) > maxCyrillicKoreanReadings {
			readings = readings[:maxCyrillicKoreanReadings]
		}
	}
	return readings
}
