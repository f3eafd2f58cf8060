package sanctions

import (
	"strings"
	"unicode/utf8"
)

// hangulWords maps the common words of organisation names written in
// Hangul to the words they are read as (readHangulWords): an organisation
// word ("은행" -> "eunhaeng", of the group of BANK), a legal form ("회사"
// -> "hoesa", folded as COMPANY is) or, for the "hangulword" lines of
// namewords.txt, other words ("조선" -> "korea"); maxHangulWord is the most
// syllables such a word has.
var hangulWords, maxHangulWord = loadHangulWords(nameWordsTable, orgTypesTable)

// isHangulWord reports whether s is Hangul syllables and nothing else.
func isHangulWord(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isHangulSyllable(r) })
}

// loadHangulWords reads the words in Hangul of two or more syllables of
// the name vocabulary (orgword and hangulword lines) and of the legal-form
// table.
func loadHangulWords(names, forms string) (map[string]string, int) {
	m := map[string]string{}
	longest := 0
	add := func(w, read string) {
		if utf8.RuneCountInString(w) < 2 || read == "" {
			return // one syllable read alone is a syllable of any name
		}
		if _, seen := m[w]; !seen {
			m[w] = read
			longest = max(longest, utf8.RuneCountInString(w))
		}
	}
	for _, line := range strings.Split(forms, "\n") {
		spelling, _, ok := strings.Cut(line, "\t")
		if ok && !strings.HasPrefix(line, "#") && isHangulWord(spelling) {
			add(spelling, strings.Join(foldWords(spelling), ""))
		}
	}
	for _, line := range strings.Split(names, "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || !isHangulWord(f[1]) {
			continue
		}
		switch f[0] {
		case "orgword":
			add(f[1], strings.Join(foldWords(f[1]), ""))
		case "hangulword":
			add(f[1], readAs(f[2], isHangulWord))
		}
	}
	return m, longest
}

// readHangulWords reads the name of an organisation written in Hangul when
// it holds a common word of organisation names other than a place
// (hangulWords): each such word is set apart as the words it is read as,
// the longest at each place, and the syllables between them are read as
// one word in the Revised Romanization, as lists write a proper name
// ("조선광선은행" -> " korea gwangseon eunhaeng ", KOREA KWANGSON BANK). A
// name holding no such word is returned as it is, for readHangul to read
// syllable by syllable (a person's name: "김정은" ~ KIM Jong Un).
func readHangulWords(s string) string {
	if !strings.ContainsFunc(s, isHangulSyllable) {
		return s
	}
	rs := []rune(s)
	var b, run strings.Builder
	flush := func() {
		if run.Len() > 0 {
			b.WriteString(" " + run.String() + " ")
			run.Reset()
		}
	}
	organisation := false
	for i := 0; i < len(rs); {
		if !isHangulSyllable(rs[i]) {
			flush()
			b.WriteRune(rs[i])
			i++
			continue
		}
		n := min(maxHangulWord, len(rs)-i)
		for ; n > 1; n-- {
			w := string(rs[i : i+n])
			if read, ok := hangulWords[w]; ok {
				flush()
				b.WriteString(" " + read + " ")
				if !hangulPlaces[w] {
					organisation = true
				}
				break
			}
		}
		if n <= 1 {
			n = 1
			run.WriteString(romanizeHangul(rs[i]))
		}
		i += n
	}
	flush()
	if !organisation {
		return s
	}
	return b.String()
}

// minUntypedHangulOrg is the fewest Hangul syllables a name of unknown
// type has for readHangulWords to read it as an organisation's: a
// person's name of three syllables may hold one of its words (신용철 Sin
// Yong Chol, not CREDIT; 김해운 Kim Hae Un, not SHIPPING), an organisation's
// name rarely has fewer than four (고려은행 KORYO BANK).
const minUntypedHangulOrg = 4

// hangulSyllables is how many Hangul syllables s has.
func hangulSyllables(s string) int {
	n := 0
	for _, r := range s {
		if isHangulSyllable(r) {
			n++
		}
	}
	return n
}

// hangulPlaces are the words of hangulWords that name a place: a name
// holding only those may be a person's (조선희, Jo Seon-hui).
var hangulPlaces = map[string]bool{"조선": true, "평양": true}
