package sanctions

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

// TestInitialsLabelled screens a labelled set built from the real lists
// and prints it as a table: listed persons (OFAC SDN "LAST, First
// Patronymic") written as Russian papers write them ("LAST F.P.", "F.P.
// LAST"), with one initial ("LAST F."), with initials that contradict the
// listed given names ("LAST X.Y."), and common family names with initials
// that name no one in particular ("Ivanov A.A.", "Smith J."). Nine in ten
// listed persons written with the right initials must be found, at least
// to review; with wrong initials an entry may only come back below its
// score with the right ones, and never as a hit; and a common family name
// shorter than longWord, or a common given name (commonGivenName:
// MOHAMMED A., ABDULLAH A.), with initials may come back to review, but not
// as a hit resting on the initials (KUZNETSOV A.A., a long family name,
// still does).
func TestInitialsLabelled(t *testing.T) {
	ix := combinedIndex(t)
	var persons []*Entry
	for _, e := range ix.entries {
		if e.Type != "individual" || !strings.HasPrefix(e.List, "OFAC") {
			continue
		}
		last, given, ok := strings.Cut(e.Name, ",")
		words := strings.Fields(given)
		if !ok || len(words) != 2 || len(strings.Fields(last)) != 1 || !latinWord(last) || !latinWord(words[0]) || !latinWord(words[1]) {
			continue
		}
		persons = append(persons, e)
	}
	if len(persons) < 40 {
		t.Fatalf("%d OFAC persons named LAST, First Patronymic, want 40 or more", len(persons))
	}
	// 40 persons spread over the list, in its order.
	var picked []*Entry
	for i := 0; i < 40; i++ {
		picked = append(picked, persons[i*len(persons)/40])
	}

	type row struct {
		label, query, want string // want: the entry id that must (or, for wrong initials, must not) come back
		found              bool
		score              float64
		review, hits       int // matches of the query in the review band and at the threshold
		initialHits        int // hits with an initial credited
	}
	var rows []row
	screen := func(label, query, want string) {
		r := row{label: label, query: query, want: want}
		for _, m := range ix.Name(Query{Name: query, Type: "individual"}) {
			if m.Review {
				r.review++
			} else {
				r.hits++
				if strings.Contains(m.Explanation, ", initial ") {
					r.initialHits++
				}
			}
			if m.Entry.EntryID == want && !r.found {
				r.found, r.score = true, m.Score
			}
		}
		rows = append(rows, r)
	}
	// wrong returns a letter after f that starts no word of any of e's
	// names: initials that contradict every name the entry is listed by.
	wrong := func(e *Entry, f byte) string {
		avoid := map[byte]bool{}
		for _, n := range append(append([]string{e.Name}, e.Aliases...), e.Weak...) {
			for _, w := range normalizeName(n, e.Type).words {
				avoid[strings.ToUpper(w)[0]] = true
				for l := byte('a'); l <= 'z'; l++ { // E stands for YELENA too
					if standsFor(string(l), w) {
						avoid[l-'a'+'A'] = true
					}
				}
			}
		}
		letter := 'A' + (f-'A'+3)%26
		for i := 0; avoid[letter] && i < 26; i++ {
			letter = 'A' + (letter-'A'+1)%26
		}
		return string(letter)
	}
	for _, e := range picked {
		last, given, _ := strings.Cut(e.Name, ",")
		words := strings.Fields(given)
		f, p := strings.ToUpper(words[0][:1]), strings.ToUpper(words[1][:1])
		screen("LAST F.P.", last+" "+f+"."+p+".", e.EntryID)
		screen("F.P. LAST", f+"."+p+". "+last, e.EntryID)
		screen("LAST F.", last+" "+f+".", e.EntryID)
		x := wrong(e, f[0])
		screen("wrong LAST X.P.", last+" "+x+"."+p+".", e.EntryID)
		screen("wrong LAST X.", last+" "+x+".", e.EntryID)
	}
	// Listed persons with a patronymic whose given name starts with a
	// Cyrillic letter read as several Latin letters (YURIY, YEVGENIY,
	// KHASAN), written with
	// that letter's initial in Cyrillic ("LAST Ю.В.") and in Latin letters
	// ("LAST Yu.V."); and with the initial of another such letter, which
	// contradicts the given name.
	var cyr []*Entry
	for _, e := range persons {
		_, given, _ := strings.Cut(e.Name, ",")
		words := strings.Fields(strings.ToUpper(given))
		patronymic := strings.HasSuffix(words[1], "VICH") || strings.HasSuffix(words[1], "VNA") || strings.HasSuffix(words[1], "ICH") || strings.HasSuffix(words[1], "ICHNA")
		if _, _, ok := cyrillicInitial(words[0]); ok && patronymic && cyrillicLetter(words[1]) != "" {
			cyr = append(cyr, e)
		}
	}
	if len(cyr) > 40 {
		cyr = cyr[:40]
	}
	for _, e := range cyr {
		last, given, _ := strings.Cut(e.Name, ",")
		words := strings.Fields(strings.ToUpper(given))
		c, latin, _ := cyrillicInitial(words[0])
		p := cyrillicLetter(words[1])
		screen("LAST Ю.P.", last+" "+c+"."+p+".", e.EntryID)
		screen("LAST Yu.P.", last+" "+latin+"."+words[1][:1]+".", e.EntryID)
		x := "Я"
		if c == "Я" {
			x = "Ж"
		}
		screen("wrong LAST Я.P.", last+" "+x+"."+p+".", e.EntryID)
	}
	for _, q := range []string{"Ivanov A.A.", "Ivanov I.I.", "Petrov S.V.", "Smirnov A.V.", "Kuznetsov A.A.", "Popov D.N.", "Sokolov V.V.",
		"Smith J.", "J. Smith", "Brown M.", "Kim J.", "Kim Y.C.", "Lee S.", "Wang L.", "Li Y.", "Garcia M.", "Rodriguez J.L.",
		"Mohammed A.", "Ali M.", "Khan A.", "Hassan A.M.", "Ahmed M.", "Rahman M.A.", "Müller H.", "Nguyen T.", "Hussein A.", "Abdullah A."} {
		screen("common", q, "")
	}

	t.Logf("%-16s %-36s %-8s %6s %6s %4s", "set", "query", "entry", "score", "review", "hits")
	type tally struct{ n, found, review, hit, others int }
	sets := map[string]*tally{}
	var order []string
	for _, r := range rows {
		score := "-"
		if r.found {
			score = fmt.Sprintf("%.3f", r.score)
		}
		t.Logf("%-16s %-36s %-8s %6s %6d %4d", r.label, r.query, r.want, score, r.review, r.hits)
		k := sets[r.label]
		if k == nil {
			k = &tally{}
			sets[r.label] = k
			order = append(order, r.label)
		}
		k.n++
		k.review += r.review
		k.hit += r.hits
		if r.found {
			k.found++
			k.others += r.review + r.hits - 1
		}
	}
	for _, label := range order {
		k := sets[label]
		t.Logf("%-16s %3d queries: entry found %3d; matches in the review band %4d, hits %4d; other entries with the entry found %4d", label, k.n, k.found, k.review, k.hit, k.others)
	}

	right := map[string]float64{} // entry id -> its score with the right initials ("LAST F.P.", "LAST Ю.P.")
	for _, r := range rows {
		if (r.label == "LAST F.P." || r.label == "LAST Ю.P.") && r.found {
			right[r.want] = r.score
		}
	}
	for _, r := range rows {
		switch {
		case strings.HasPrefix(r.label, "wrong") && r.found && (r.score >= right[r.want] || r.score >= DefaultOptions.Threshold):
			t.Errorf("%q: entry %s found at %.3f with initials that contradict its given names (%.3f with the right ones)", r.query, r.want, r.score, right[r.want])
		case r.label == "common" && r.initialHits > 0 && (len(strings.Fields(r.query)[0]) < longWord || commonGivenName(strings.ToLower(strings.Fields(r.query)[0]))):
			t.Errorf("%q: %d hits resting on initials for a common family name, want review at most", r.query, r.initialHits)
		}
	}
	if len(cyr) < 10 {
		t.Errorf("%d OFAC persons with a given name starting with a Cyrillic letter read as several, want 10 or more", len(cyr))
	}
	for _, label := range []string{"LAST F.P.", "F.P. LAST", "LAST F.", "LAST Ю.P.", "LAST Yu.P."} {
		if k := sets[label]; k.found < k.n*9/10 {
			t.Errorf("%s: %d of %d listed persons found, want 90%% or more", label, k.found, k.n)
		}
	}
}

// latinWord reports whether w is written in ASCII letters only (and
// hyphens), as the OFAC list writes romanized names.
func latinWord(w string) bool {
	w = strings.TrimSpace(w)
	for _, r := range w {
		if r > unicode.MaxASCII || !unicode.IsLetter(r) && r != '-' {
			return false
		}
	}
	return len(w) > 1
}

// cyrillicInitial returns, for a given name in Latin letters starting with
// the reading of a Cyrillic letter read as several Latin letters
// ("YURIY", "IAKOV", "KHASAN", "YEVGENIY"), that letter and its Latin
// spelling as an initial ("Ю", "Yu").
func cyrillicInitial(given string) (cyr, latin string, ok bool) {
	for _, l := range []struct{ reading, cyr, latin string }{
		{"SHCH", "Щ", "Shch"}, {"YU", "Ю", "Yu"}, {"IU", "Ю", "Iu"}, {"YA", "Я", "Ya"}, {"IA", "Я", "Ia"}, {"YE", "Е", "Ye"},
		{"YO", "Ё", "Yo"}, {"ZH", "Ж", "Zh"}, {"KH", "Х", "Kh"}, {"TS", "Ц", "Ts"}, {"CH", "Ч", "Ch"}, {"SH", "Ш", "Sh"},
	} {
		if strings.HasPrefix(given, l.reading) && len(given) > len(l.reading) {
			return l.cyr, l.latin, true
		}
	}
	return "", "", false
}

// cyrillicLetter returns the Cyrillic letter a patronymic in Latin letters
// starts with, or "" for a first letter with no one Cyrillic letter.
func cyrillicLetter(w string) string {
	if c, _, ok := cyrillicInitial(w); ok {
		return c
	}
	m := map[byte]string{'A': "А", 'B': "Б", 'V': "В", 'G': "Г", 'D': "Д", 'E': "Е", 'Z': "З", 'I': "И", 'K': "К", 'L': "Л",
		'M': "М", 'N': "Н", 'O': "О", 'P': "П", 'R': "Р", 'S': "С", 'T': "Т", 'U': "У", 'F': "Ф"}
	if w == "" {
		return ""
	}
	return m[w[0]]
}
