package sanctions

import (
	_ "embed"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"
	"github.com/mozillazg/go-unidecode"
	"golang.org/x/text/unicode/norm"
)

// orgTypesTable is the legal-form table; its header says where it comes from.
//
//go:embed orgtypes.txt
var orgTypesTable string

// legalForms maps a normalised legal-form spelling (words joined by one
// space) to the class it folds to; legalFormMaxWords is its longest key.
// hanLegalForms are the spellings in Han characters (readHanWords).
var legalForms, legalFormMaxWords, hanLegalForms = loadLegalForms(orgTypesTable)

// nameWordsTable is the name vocabulary (titles, particles, common
// organisation words); its header says where it comes from.
//
//go:embed namewords.txt
var nameWordsTable string

// personTitles are titles dropped from the front of a person's name, keyed
// by their folded words joined by one space; titleMaxWords is the longest.
// personSymbols fold a person's name particle to one spelling. orgWords map
// the common words of organisation names to their group (spellings in one
// group are synonyms, see keyedSim); they count orgWordShare of their length
// (see wordWeight). nameVariants map spellings of one name in several
// romanizations (Korean family names: 박 "bag", PAK, Park) to their group:
// they are similar (variantSim, see wordSim). hanWords map the common words
// of organisation names written in Han characters to the one word they are
// read as (readHanWords: 贸易 "maoyi"), itself an orgWord of its group.
var personTitles, titleMaxWords, personSymbols, orgWords, nameVariants, hanWords = loadNameWords(nameWordsTable)

// readAs is how a word of a table of name words is read, given the words
// it is written as (spec): each part in the word's script (inScript) read
// as one word, its syllables joined; each other part as its folded words.
func readAs(spec string, inScript func(string) bool) string {
	var read []string
	for _, part := range strings.Fields(spec) {
		if inScript(part) {
			read = append(read, strings.Join(foldWords(part), ""))
		} else {
			read = append(read, foldWords(part)...)
		}
	}
	return strings.Join(read, " ")
}

func loadNameWords(table string) (titles map[string]bool, maxWords int, symbols, org, variants, han map[string]string) {
	titles, symbols, org, variants, han = map[string]bool{}, map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}
	for _, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		words := foldWords(f[1])
		if f[0] == "hanword" && len(f) > 2 { // a Han word written as others ("进出口" as "进口 出口", "香港" as "hong kong")
			han[f[1]] = readAs(f[2], isHanWord)
			continue
		}
		if f[0] == "orgword" && isHanWord(f[1]) {
			if utf8.RuneCountInString(f[1]) == 1 {
				continue // one character read alone is a syllable of any name ("厂" chang)
			}
			words = []string{strings.Join(words, "")} // read as one word (readHanWords)
			han[f[1]] = words[0]
		}
		switch {
		case len(words) == 0:
		case f[0] == "title":
			titles[strings.Join(words, " ")] = true
			maxWords = max(maxWords, len(words))
		case len(words) > 1 || len(f) < 3:
		case f[0] == "symbol":
			symbols[words[0]] = f[2]
		case f[0] == "orgword":
			if _, seen := org[words[0]]; !seen {
				org[words[0]] = f[2]
			}
		case f[0] == "variant":
			variants[words[0]] = f[2]
		}
	}
	return titles, maxWords, symbols, org, variants, han
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }

// hasLatin reports whether s has a Latin letter.
func hasLatin(s string) bool {
	return strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Latin, r) })
}

// isHanWord reports whether s is Han characters and nothing else.
func isHanWord(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !isHan(r) })
}

// splitFamilyName sets the family name of a name written as two to four
// Han characters and nothing else apart from the given name ("马晓红" ->
// "马 晓红"), which readHan reads as one word: lists write MA, Xiaohong. A
// family name of two characters (compoundFamilyNames) is kept whole. A
// name holding a word readHanWords knows ("中国银行", Bank of China) is
// not a person's.
func splitFamilyName(s string) string {
	t := strings.TrimSpace(s)
	n := utf8.RuneCountInString(t)
	if n < 2 || n > 4 || !isHanWord(t) || readHanWords(t) != t {
		return s
	}
	rs := []rune(t)
	k := 1
	if n > 2 && strings.Contains(compoundFamilyNames, string(rs[:2])) {
		k = 2
	}
	return string(rs[:k]) + " " + string(rs[k:])
}

// compoundFamilyNames are the Chinese family names of two characters, in
// simplified and traditional characters.
const compoundFamilyNames = "欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 司徒 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 长孙 長孫 宇文 令狐 夏侯 端木 澹台 澹臺"

// readHan writes each Han character as its most common Mandarin reading in
// pinyin, tone marks included (stripAccents removes them), the characters
// written together read as one word ("马晓红" -> " mǎxiǎohóng "): Chinese
// romanizations join the syllables of a given name (XIAOHONG), and a
// Latin name written in syllables apart is compared as its runs of words
// joined. The readings are go-pinyin's (from Unicode's Unihan and
// pinyin-data); go-unidecode, which reads the other scripts, misreads
// common simplified characters (汉 "yi", 广 "yan").
func readHan(s string) string {
	if !strings.ContainsFunc(s, isHan) {
		return s
	}
	var b strings.Builder
	inWord := false
	for _, r := range s {
		reading, ok := pinyin.PinyinDict[int(r)]
		if !ok {
			if inWord {
				b.WriteByte(' ')
			}
			inWord = false
			b.WriteRune(r)
			continue
		}
		if !inWord {
			b.WriteByte(' ')
		}
		inWord = true
		reading, _, _ = strings.Cut(reading, ",")
		b.WriteString(reading)
	}
	if inWord {
		b.WriteByte(' ')
	}
	return b.String()
}

// maxHanWord is the most characters a word of hanWords or hanLegalForms
// has.
var maxHanWord = func() int {
	n := 0
	for w := range hanWords {
		n = max(n, utf8.RuneCountInString(w))
	}
	for w := range hanLegalForms {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}()

// readHanWords sets the common organisation words written in Han characters
// (hanWords) apart as the one word they are read as: Chinese writes a name
// without spaces and transliteration reads each character as a word, so
// "丹东鸿祥实业发展" becomes "丹东鸿祥 shiye fazhan ", whose last two words
// are synonyms of INDUSTRIAL and DEVELOPMENT. The longest word at each
// place is taken; legal forms (hanLegalForms) are set apart as written,
// to be read as legalForms knows them.
func readHanWords(s string) string {
	if !strings.ContainsFunc(s, isHan) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); {
		n := min(maxHanWord, len(rs)-i)
		for ; n > 1; n-- {
			w := string(rs[i : i+n])
			if hanLegalForms[w] {
				b.WriteString(" " + w + " ")
				break
			}
			if read, ok := hanWords[w]; ok {
				b.WriteString(" " + read + " ")
				break
			}
		}
		if n <= 1 {
			n = 1
			b.WriteRune(rs[i])
		}
		i += n
	}
	return b.String()
}

// numberWords are English numbers written out, read as digits in the names
// of organisations and vessels ("Brigade Forty-Four" ~ "Brigade 44").
var numberWords = map[string]int{"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90, "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}

// readNumbers replaces numbers written out with digits, a tens word and the
// unit after it making one number ("forty four" and "forty 4" -> "44").
func readNumbers(words []string) []string {
	out := make([]string, 0, len(words))
	for i := 0; i < len(words); i++ {
		v, ok := numberWords[words[i]]
		if !ok {
			out = append(out, words[i])
			continue
		}
		if v >= 20 && v%10 == 0 && i+1 < len(words) {
			next := words[i+1]
			u, isWord := numberWords[next]
			if !isWord && len(next) == 1 && next[0] >= '1' && next[0] <= '9' {
				u, isWord = int(next[0]-'0'), true
			}
			if isWord && u >= 1 && u <= 9 {
				v += u
				i++
			}
		}
		out = append(out, strconv.Itoa(v))
	}
	return out
}

// riskyForms are legal-form spellings that are also ordinary words or name
// parts, so they are never folded.
var riskyForms = map[string]bool{"in": true, "as": true, "se": true, "lt": true, "de": true,
	"a": true, "an": true, "the": true, "of": true, "and": true, "mit": true, "ev": true, "ab": true,
	"ks": true, "ao": true, "is": true, "et": true, "da": true, "sc": true, "sp": true}

func loadLegalForms(table string) (forms map[string]string, maxWords int, han map[string]bool) {
	m := map[string]string{}
	han = map[string]bool{}
	maxWords = 1
	for _, line := range strings.Split(table, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		spelling, class, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		words := foldWords(spelling)
		key := strings.Join(words, " ")
		if key == "" || riskyForms[key] {
			continue
		}
		if _, seen := m[key]; !seen {
			m[key] = strings.TrimSpace(class)
		}
		if isHanWord(spelling) {
			han[spelling] = true
		}
		if len(words) > maxWords {
			maxWords = len(words)
		}
	}
	return m, maxWords, han
}

// stripAccents removes the accents of Latin, Greek and Cyrillic letters
// ("é" -> "e", "й" -> "и"). Marks on the letters of other scripts are kept
// for transliteration: they are vowels or voicing there (Devanagari vowel
// signs, the Kana voicing mark of "バ").
func stripAccents(s string) string {
	d := norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(d))
	accented := false // the last letter is one whose marks are accents
	for _, r := range d {
		if unicode.Is(unicode.Mn, r) {
			if accented {
				continue
			}
		} else {
			accented = unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic)
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// cleanName returns the name s with the characters that are no part of its
// words taken out, so that they neither split nor join words: format
// characters, which are invisible (zero-width space U+200B and joiners,
// the byte-order mark U+FEFF, the soft hyphen, direction marks), removed;
// control characters (C0 such as NUL, DEL, C1) replaced by a space. Names
// listed and screened both go through it (nameReadings); an entry's listed
// name is kept as the list wrote it.
func cleanName(s string) string {
	clean := func(r rune) rune {
		switch {
		case r >= 0x20 && r < 0x7f:
			return r
		case unicode.IsControl(r):
			return ' '
		case unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}
	dirty := strings.IndexFunc(s, func(r rune) bool { return clean(r) != r })
	if dirty < 0 {
		return s
	}
	return s[:dirty] + strings.Map(clean, s[dirty:])
}

// foldText lowercases s, removes accents, transliterates other scripts to
// Latin letters and drops dots and apostrophes ("M.V." -> "mv").
func foldText(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			s = unidecode.Unidecode(stripAccents(readHan(s)))
			break
		}
	}
	s = strings.ToLower(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '.' || r == '\'' || r == '`' || r == '’':
			return -1
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			return r
		default:
			return ' '
		}
	}, s)
}

// foldWords is foldText split into words.
func foldWords(s string) []string { return strings.Fields(foldText(s)) }

// vesselPrefixes are ship prefixes dropped from the front of a name.
var vesselPrefixes = map[string]bool{"mv": true, "mt": true, "ss": true, "mts": true, "fv": true, "mfv": true, "tb": true}

// romanNumbers are the roman numerals of the letters i, v and x, 1 to 39
// ("ii" 2, "xiv" 14), with their values. Numerals with l, c, d or m are left
// alone: they spell words ("mix", "civil").
var romanNumbers = func() map[string]int {
	m := map[string]int{}
	for v := 1; v < 40; v++ {
		m[romanString(v)] = v
	}
	return m
}()

// romanString writes 1..39 as a roman numeral.
func romanString(v int) string {
	ones := []string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	return strings.Repeat("x", v/10) + ones[v%10]
}

// isRoman reports whether words[i] of a name that is not a person's reads
// as a roman numeral: of two letters or more ("ii", "xiv"), or "v" or "x"
// as the last of several words ("PARTNERS V"). "I" stays a word.
func isRoman(words []string, i int) bool {
	w := words[i]
	return romanNumbers[w] > 0 && (len(w) > 1 || w != "i" && i == len(words)-1 && i > 0)
}

// normName is a name ready for comparison.
type normName struct {
	display   string   // the name in "First Last" order, as shown in explanations
	words     []string // the words compared, legal forms and numbers removed
	terms     []string // terms(words) when already made, else nil (compareNames makes them)
	weight    float64  // the sum of the words' weights
	numbers   []string // numbers in the name ("2" in "HWANG GUM SAN 2")
	forms     []string // legal-form classes found
	folded    []string // the legal-form spellings folded, upper case, for explanations
	notes     []string // what normalisation did, for explanations
	lastFirst bool     // written "LAST, First": its words, in that order, put the family name first
	person    bool     // the name is a person's
	titled    bool     // a person's name whose title was dropped from the front ("President Erdoğan")
	untyped   bool     // the name's type is not known (a query screened by name alone)
	org       bool     // a name of unknown type read as an organisation's, its short legal form folded (normalizeNameAs): not compared with persons' names
	abjad     bool     // the name is written in an abjad (isAbjad)
	vessel    bool     // the name is a vessel's
	cjk       []rune   // the name's Han, Hangul and Kana characters, in order
	pinyin    bool     // the name is written in Han characters and no Latin letters, read in pinyin (readHan)
	hangul    bool     // the name is written in Hangul and no Latin letters (readHangul), or is the Korean reading of a name in Cyrillic
	reading   bool     // this is the Korean reading of a name in Han characters or Cyrillic
}

// normalizeName prepares a name of the given entry type ("individual",
// "entity", "vessel" or "") for comparison.
func normalizeName(s, typ string) normName { return normalizeNameAs(s, typ, false) }

// normalizeNameAs is normalizeName; with org, a name of unknown type of
// two words, the second a legal form of up to three letters ("Sovcomflot
// Ltd", "Mortransservis OOO"), folds that form as an organisation's name
// does, which normalizeName leaves as a word ("Li Na" and "Tarak Sem" may
// be persons' names). nameReadings gives both readings.
func normalizeNameAs(s, typ string, org bool) normName {
	n := normName{display: strings.TrimSpace(s), person: typ == "individual", untyped: typ == "", vessel: typ == "vessel", abjad: isAbjad(s),
		pinyin: strings.ContainsFunc(s, isHan) && !hasLatin(s), hangul: strings.ContainsFunc(s, isHangulSyllable) && !hasLatin(s)}
	if last, first, ok := strings.Cut(s, ","); ok && !strings.Contains(first, ",") && typ != "vessel" {
		fw, lw := foldWords(first), foldWords(last)
		if len(fw) > 0 && len(lw) > 0 && len(fw) <= 4 && len(lw) <= 4 && !allLegalForm(fw) && (typ == "individual" || !hasLegalForm(fw) && !hasLegalForm(lw)) {
			n.display = strings.TrimSpace(first) + " " + strings.TrimSpace(last)
			n.notes = append(n.notes, `"LAST, First" reordered`)
			n.lastFirst = true
		}
	}
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana) {
			n.cjk = append(n.cjk, r)
		}
	}
	read := splitFamilyName(s)
	if !n.person && (!n.untyped || hangulSyllables(s) >= minUntypedHangulOrg) {
		read = readHangulWords(read)
	}
	words := foldWords(readHanWords(readHangul(read)))
	if len(words) > 1 && vesselPrefixes[words[0]] {
		n.notes = append(n.notes, "vessel prefix "+strings.ToUpper(words[0])+" dropped")
		words = words[1:]
	} else if len(words) > 2 && words[0] == "m" && (words[1] == "v" || words[1] == "t") {
		n.notes = append(n.notes, "vessel prefix M/"+strings.ToUpper(words[1])+" dropped")
		words = words[2:]
	}
	if n.person {
		words = personWords(words, &n)
	}
	var kept []string
	for i := 0; i < len(words); {
		if !n.person && !isRoman(words, i) {
			// A one- or two-letter form ("SA", "AG") only folds at the end;
			// in a name of unknown type, a form of up to three letters
			// does not fold when one word would be left: "Li Na" and
			// "Tarak Sem" may be persons' names, and folding NA or SEM
			// would leave LI or TARAK to match every name holding it.
			if class, k := legalFormAt(words, i); k > 0 && (k > 1 || len(words[i]) > 2 || i == len(words)-1) &&
				(org || !(typ == "" && k == 1 && len(words) == 2 && len(words[i]) <= 3)) {
				n.forms = append(n.forms, class)
				n.folded = append(n.folded, strings.ToUpper(strings.Join(words[i:i+k], " ")))
				i += k
				continue
			}
		}
		kept = append(kept, words[i])
		i++
	}
	if len(kept) == 0 { // the name is only a legal form: compare it as words
		kept, n.forms, n.folded = words, nil, nil
	}
	var initials map[string][]string
	if n.person || n.untyped && personLike(kept, n.forms) {
		initials = dottedInitials(s)
		kept = splitInitials(kept, initials, &n)
	}
	if !n.person {
		kept = readNumbers(kept)
	}
	for i, w := range kept {
		if _, dotted := initials[w]; !n.person && isRoman(kept, i) && !dotted {
			w = strconv.Itoa(romanNumbers[w])
		}
		if isDigits(w) {
			n.numbers = append(n.numbers, w)
			continue
		}
		n.words = append(n.words, w)
	}
	if len(n.words) == 0 { // only numbers: compare them as words
		n.words, n.numbers = n.numbers, nil
	}
	for _, w := range n.words {
		n.weight += n.wordWeight(w)
	}
	return n
}

// dottedInitials returns the words of s written as initials with dots:
// letters each followed by a dot, together ("V.V.", "В.В.", "Yu.V.", "J.P")
// or alone ("V."), folded as foldText folds them ("vv", "iuv", "yuv", "v"),
// each with the initials it is made of, and each of those initials alone.
// An initial is its letter folded ("v"), or, for a Cyrillic letter read as
// several Latin letters (Ю, Я, Ж, Х, Ц, Ч, Ш, Щ, Ё) and for the Latin
// spellings of those written as an initial ("Yu.", "Iu.", "Kh.", "Shch."),
// one reading of it with its dot ("yu."; Є and "Ye." are "e"): see
// cyrillicInitials, latinInitials, and initialReadings for the words each
// stands for. A name of a person, or of unknown type that may be one
// (personLike), reads them as initials (splitInitials), and a "V." or
// "V.V." at its end as initials, not the numeral 5.
func dottedInitials(s string) map[string][]string {
	var out map[string][]string
	for _, tok := range strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == ',' || r == ';' || r == '(' || r == ')' }) {
		parts := strings.Split(tok, ".")
		// "V." or "V.V.": a lone letter needs its dot; the last letter
		// may go without ("J.P"), a Latin spelling of several may not.
		if len(parts) < 2 {
			continue
		}
		var letters []string
		ok := true
		for k, p := range parts {
			r := []rune(p)
			switch {
			case len(r) == 0 && k == len(parts)-1:
			case len(r) == 1 && unicode.IsLetter(r[0]):
				if w, cyr := cyrillicInitials[unicode.ToUpper(r[0])]; cyr {
					letters = append(letters, w)
				} else if l := foldText(p); l != "" {
					// A letter with no Latin reading (the Arabic ع folds
					// to nothing) is no initial: an empty word would be
					// one.
					letters = append(letters, l)
				}
			case k < len(parts)-1 && latinInitials[strings.ToLower(p)] != "":
				letters = append(letters, latinInitials[strings.ToLower(p)])
			default:
				ok = false
			}
		}
		if !ok || len(letters) == 0 {
			continue
		}
		if out == nil {
			out = map[string][]string{}
		}
		out[foldText(tok)] = letters
		for _, l := range letters {
			if _, ok := out[l]; !ok {
				out[l] = []string{l}
			}
		}
	}
	return out
}

// cyrillicInitials are the Cyrillic letters read as several Latin letters,
// each with the word it is as an initial (isInitial, initialReadings).
var cyrillicInitials = map[rune]string{
	'Ю': "yu.", 'Я': "ya.", 'Ж': "zh.", 'Х': "kh.", 'Ц': "ts.", 'Ч': "ch.", 'Ш': "sh.", 'Щ': "shch.", 'Ё': "yo.", 'Є': "e",
}

// latinInitials are the Latin spellings of those letters that a name
// written in Latin letters uses as initials ("Andropov Yu.V."), each with
// the word it is as an initial.
var latinInitials = map[string]string{
	"yu": "yu.", "iu": "yu.", "ju": "yu.", "ya": "ya.", "ia": "ya.", "ja": "ya.", "zh": "zh.", "kh": "kh.",
	"ts": "ts.", "ch": "ch.", "sh": "sh.", "shch": "shch.", "sch": "shch.", "yo": "yo.", "ye": "e",
}

// personLike reports whether a name of unknown type with the words words
// and the legal forms forms may be a person's: it has no legal form and
// no common organisation word ("FUND", "BANK").
func personLike(words, forms []string) bool {
	if len(forms) > 0 {
		return false
	}
	for _, w := range words {
		if _, org := orgWords[w]; org {
			return false
		}
	}
	return true
}

// splitInitials writes each word of words that initials (dottedInitials)
// has as made of two initials or more, or of one other than itself, as
// those initials: "PUTIN V.V." is PUTIN, V and V, not PUTIN and VV;
// "Андропов Ю." is ANDROPOV and "yu.", not IU.
func splitInitials(words []string, initials map[string][]string, n *normName) []string {
	var out []string
	for i, w := range words {
		letters := initials[w]
		if len(letters) == 0 || len(letters) == 1 && letters[0] == w {
			if out != nil {
				out = append(out, w)
			}
			continue
		}
		if out == nil {
			out = append([]string{}, words[:i]...)
		}
		out = append(out, letters...)
		if len(letters) > 1 {
			var written []string
			for _, l := range letters {
				written = append(written, strings.TrimSuffix(l, "."))
			}
			n.notes = append(n.notes, "initials "+strings.ToUpper(strings.Join(written, "."))+". read apart")
		}
	}
	if out == nil {
		return words
	}
	return out
}

// readHangul writes each Hangul syllable in the Revised Romanization,
// followed by a space: a Korean name is written in syllables with no space
// between those of the given name, and Latin spellings set them apart
// ("김정은" -> "gim jeong eun " ~ "Kim Jong Un"). A final consonant is
// written as it sounds at the end of a word (박 "bak", 혁 "hyeok").
func readHangul(s string) string {
	if !strings.ContainsFunc(s, isHangulSyllable) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if !isHangulSyllable(r) {
			b.WriteRune(r)
			continue
		}
		b.WriteString(romanizeHangul(r))
		b.WriteByte(' ')
	}
	return b.String()
}

// romanizeHangul writes a Hangul syllable in the Revised Romanization, by
// its parts.
func romanizeHangul(r rune) string {
	code := int(r - 0xac00)
	return hangulInitials[code/588] + hangulVowels[code%588/28] + hangulFinals[code%28]
}

// isHangulSyllable reports whether r is a precomposed Hangul syllable.
func isHangulSyllable(r rune) bool { return r >= 0xac00 && r <= 0xd7a3 }

// The Revised Romanization of Korean's initial consonants, vowels and final
// consonants, in the order of Unicode's syllable composition.
var (
	hangulInitials = [19]string{"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"}
	hangulVowels   = [21]string{"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"}
	hangulFinals   = [28]string{"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"}
)

// personWords drops titles from the front of a person's name, keeping at
// least one word, and folds name particles to one spelling ("ibn" -> "bin").
func personWords(words []string, n *normName) []string {
	for len(words) > 1 {
		k := min(titleMaxWords, len(words)-1)
		for ; k > 0 && !personTitles[strings.Join(words[:k], " ")]; k-- {
		}
		if k == 0 {
			break
		}
		n.notes = append(n.notes, "title "+strings.ToUpper(strings.Join(words[:k], " "))+" dropped")
		n.titled = true
		words = words[k:]
	}
	out := make([]string, len(words))
	for i, w := range words {
		if s, ok := personSymbols[w]; ok {
			w = s
		}
		out[i] = w
	}
	return out
}

// legalFormAt returns the class and length in words of the longest legal
// form starting at words[i], or 0.
func legalFormAt(words []string, i int) (string, int) {
	for k := min(legalFormMaxWords, len(words)-i); k > 0; k-- {
		if class, ok := legalForms[strings.Join(words[i:i+k], " ")]; ok {
			return class, k
		}
	}
	return "", 0
}

func hasLegalForm(words []string) bool {
	for i := range words {
		if _, k := legalFormAt(words, i); k > 0 {
			return true
		}
	}
	return false
}

func allLegalForm(words []string) bool {
	for i := 0; i < len(words); {
		_, k := legalFormAt(words, i)
		if k == 0 {
			return false
		}
		i += k
	}
	return true
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// orgWordShare is the share of its length a common organisation word
// ("bank", "group", "intl") counts for: such words say little about which
// organisation is meant.
const orgWordShare = 0.5

// wordWeight is how much a word counts in a name: its length in letters,
// less for the common organisation words (orgWords). Scores and the index's
// bound weigh a word as its name does (normName.wordWeight).
func wordWeight(w string) float64 {
	if _, ok := orgWords[w]; ok {
		return orgWordShare * float64(len(w))
	}
	return float64(letters(w))
}

// letters is the length of a word in letters: 1 for an initial, though
// read as several ("yu.", see isInitial).
func letters(w string) int {
	if isInitial(w) {
		return 1
	}
	return len([]rune(w))
}

// wordWeight is how much the word w counts in the name n: wordWeight, but
// a person's words all count their length ("Ong", "Dev" are names there).
func (n *normName) wordWeight(w string) float64 {
	if n.person {
		return float64(letters(w))
	}
	return wordWeight(w)
}

// Ukrainian names in Cyrillic are romanized by Ukraine's official system
// (Cabinet of Ministers Resolution 55 of 2010, "KMU 2010", the spelling of
// Ukrainian passports): Г is H, И is Y, Ґ is G, and Є, Ї, Й, Ю, Я are
// YE, YI, Y, YU, YA at the start of a word and IE, I, I, IU, IA elsewhere;
// Ь and the apostrophe are dropped, and ЗГ is ZGH. foldText reads Cyrillic
// the Russian way (Г is G, И is I), so the lists' two spellings of one
// Ukrainian person (HRYHORII and GRIGORIY, OLEKSANDR and ALEKSANDR) are
// each reached by one reading: a name in Ukrainian Cyrillic, or in Cyrillic
// that may be Ukrainian (no letter only Russian writes), is also read in
// KMU 2010 (ukrainianReading, ambiguousUkrainianReading), and a name in
// Latin letters spelled in KMU 2010 is also read the Russian way, G for
// its H and I for its Y (russianReading).

// ukrainianOnly are the letters Ukrainian writes and Russian does not (І
// is also Belarusian's, whose official romanization writes Г as H too).
const ukrainianOnly = "іїєґІЇЄҐ"

// kmuLetters are the Ukrainian letters KMU 2010 writes otherwise than
// foldText reads them, each with its spelling inside a word; kmuInitial
// are those spelled otherwise at the start of a word. The other letters
// (Х KH, Щ SHCH, Ж ZH, Ц TS, ...) foldText reads as KMU writes them.
var (
	kmuLetters = map[rune]string{'г': "h", 'ґ': "g", 'и': "y", 'і': "i", 'ї': "i", 'є': "ie", 'й': "i", 'ю': "iu", 'я': "ia", 'ь': ""}
	kmuInitial = map[rune]string{'ї': "yi", 'є': "ye", 'й': "y", 'ю': "yu", 'я': "ya"}
)

// isApostrophe reports whether r is one of the ways Ukrainian writes its
// apostrophe (Знам'янка, Обʼєднання).
func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == 'ʼ' || r == '`' }

// russianOnly are the letters Russian writes and Ukrainian does not: a
// name holding one is not read as Ukrainian unless it also holds a letter
// only Ukrainian writes.
const russianOnly = "ыэъёЫЭЪЁ"

// ukrainianReading returns s with its Cyrillic letters written in KMU 2010
// where it differs from foldText's Russian reading ("Григорій Янукович"
// -> "Hryhorii Yanukovych"), when s is in Cyrillic and has a letter only
// Ukrainian writes (ukrainianOnly) or an apostrophe between two Cyrillic
// letters. A name without those is read by ambiguousUkrainianReading.
func ukrainianReading(s string) (string, bool) {
	s = norm.NFC.String(s) // й and ё as one letter each
	if hasLatin(s) || !isUkrainianMarked(s) {
		return "", false
	}
	return kmuReading(s), true
}

// ambiguousUkrainianReading returns the KMU 2010 reading of a name in
// Cyrillic that holds neither a letter only Ukrainian writes nor a letter
// only Russian writes (russianOnly), and is read otherwise in KMU 2010
// than by foldText: such a name may be Ukrainian as well as Russian
// ("Гончаренко": HONCHARENKO in a Ukrainian passport, GONCHARENKO read the
// Russian way; "Микола" MYKOLA). A name holding a Ukrainian marker is
// ukrainianReading's; one holding ы, э, ъ or ё, or a Latin letter, or read
// the same both ways ("Шевченко"), has no such reading.
func ambiguousUkrainianReading(s string) (string, bool) {
	s = norm.NFC.String(s)
	if hasLatin(s) || !strings.ContainsFunc(s, isCyrillicLetter) || strings.ContainsAny(s, russianOnly) || isUkrainianMarked(s) {
		return "", false
	}
	u := kmuReading(s)
	if foldText(u) == foldText(s) {
		return "", false
	}
	return u, true
}

// isCyrillicLetter reports whether r is a letter of the Cyrillic script.
func isCyrillicLetter(r rune) bool { return unicode.Is(unicode.Cyrillic, r) && unicode.IsLetter(r) }

// isUkrainianMarked reports whether s has a letter only Ukrainian writes
// (ukrainianOnly) or an apostrophe between two Cyrillic letters.
func isUkrainianMarked(s string) bool {
	rs := []rune(s)
	for i, r := range rs {
		if strings.ContainsRune(ukrainianOnly, r) ||
			isApostrophe(r) && i > 0 && i+1 < len(rs) && unicode.Is(unicode.Cyrillic, rs[i-1]) && unicode.Is(unicode.Cyrillic, rs[i+1]) {
			return true
		}
	}
	return false
}

// kmuReading writes the Cyrillic letters of s in KMU 2010 where it
// differs from foldText's Russian reading; its other Cyrillic letters are
// written as foldText reads them (Х KH, Щ SHCH), other characters kept.
// An initial Ї (a letter alone) is written I, not YI, so that it is still
// read as an initial (dottedInitials).
func kmuReading(s string) string {
	rs := []rune(s)
	inWord := func(k int) bool { return k >= 0 && k < len(rs) && unicode.Is(unicode.Cyrillic, rs[k]) }
	var b strings.Builder
	for i, r := range rs {
		l := unicode.ToLower(r)
		start := !inWord(i-1) && !(i > 0 && isApostrophe(rs[i-1]) && inWord(i-2))
		alone := start && !inWord(i+1)
		w, ok := kmuLetters[l]
		if k, initial := kmuInitial[l]; initial && start && !(alone && l == 'ї') {
			w = k
		}
		switch {
		case isApostrophe(r) && inWord(i-1) && inWord(i+1):
			continue
		case l == 'г' && i > 0 && unicode.ToLower(rs[i-1]) == 'з':
			w = "gh" // ЗГ is ZGH: Zghorany, not Zhorany
		case !ok && unicode.Is(unicode.Cyrillic, r):
			b.WriteString(unidecode.Unidecode(string(r))) // as foldText reads it
			continue
		case !ok:
			b.WriteRune(r)
			continue
		}
		if r != l && w != "" { // upper case: its first letter
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// kmuWordEndings are the endings of words that KMU 2010 spells and
// Russian romanizations do not: the patronymics -ovych, -ivna, -yivna
// (Russian -ovich, -ovna), given names and adjectival family names in -ii,
// -yi (Serhii, Andrii, Zelenskyi).
var kmuWordEndings = []string{"ych", "ivna", "ii", "yi"}

// russianReading returns a person's name (or a name of unknown type)
// written in Latin letters in KMU 2010 as foldText reads the name's
// Cyrillic the Russian way: each H that stands for Г written G, each Y
// (И, Й, and the Y of YE, YI, YU, YA) written I ("Mykhailo Hryhorovych
// Malyshev" -> "Mikhailo Grigorovich Malishev" ~ MALYSHEV, Mikhail
// Grigorevich; "Volodymyr" -> "Volodimir" ~ VLADIMIR). An H that is part
// of KH, ZH, CH, SH or SHCH stays (ZGH is ZG). A name is taken as spelled
// in KMU 2010 when it has a word of four letters or more ending as KMU
// spells Ukrainian words (kmuWordEndings); other names have no such
// reading.
func russianReading(s, typ string) (string, bool) {
	if typ != "individual" && typ != "" {
		return "", false
	}
	kmu := false
	for _, w := range foldWords(s) {
		for _, e := range kmuWordEndings {
			if len(w) >= 4 && strings.HasSuffix(w, e) {
				kmu = true
			}
		}
	}
	if !kmu {
		return "", false
	}
	rs := []rune(s)
	lower := func(i int) rune {
		if i < 0 {
			return 0
		}
		return unicode.ToLower(rs[i])
	}
	var b strings.Builder
	for i, r := range rs {
		switch l := unicode.ToLower(r); {
		case l == 'h' && lower(i-1) == 'g' && lower(i-2) == 'z':
			// ZGH is ZG
		case l == 'h' && !strings.ContainsRune("kzcs", lower(i-1)):
			b.WriteRune(r - 'h' + 'g')
		case l == 'y':
			b.WriteRune(r - 'y' + 'i')
		default:
			b.WriteRune(r)
		}
	}
	return b.String(), true
}
