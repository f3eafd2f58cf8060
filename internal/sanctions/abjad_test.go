package sanctions

import (
	"fmt"
	"strings"
	"testing"
)

func TestIsAbjad(t *testing.T) {
	for s, want := range map[string]bool{
		"محمد علي": true, "משה": true, "ܐܠܗܐ": true, // Arabic, Hebrew, Syriac
		"Mohamed Ali": false, "محمد Ali": false, "Владимир": false, "金正恩": false, "123": false, "": false,
	} {
		if got := isAbjad(s); got != want {
			t.Errorf("isAbjad(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAbjadSim checks words as the real lists write them in Arabic and
// Hebrew script (folded) against their usual Latin spellings, and pairs
// that must stay apart.
func TestAbjadSim(t *testing.T) {
	same := [][2]string{
		{"mhmd", "mohamed"}, {"mhmd", "muhammad"}, {"mhmd", "mohammad"}, {"hmd", "ahmed"}, {"hsn", "hassan"},
		{"khld", "khaled"}, {"khld", "khalid"}, {"ywsf", "yusuf"}, {"ywsf", "youssef"}, {"brhym", "ibrahim"},
		{"mshh", "moshe"}, {"dvd", "david"}, {"yvsf", "yosef"}, {"mr", "omar"}, {"sm", "osama"}, {"ldn", "laden"},
	}
	for _, p := range same {
		if s := abjadSim(p[0], p[1]); s < abjadSimLong {
			t.Errorf("abjadSim(%q, %q) = %.2f, want %.2f", p[0], p[1], s, abjadSimLong)
		}
		if !shareKey(p[0], p[1]) {
			t.Errorf("%q and %q are similar but share no consonant key", p[0], p[1])
		}
	}
	if s := abjadSim("ly", "ali"); s != abjadSimShort {
		t.Errorf("abjadSim(ly, ali) = %.2f, want %.2f (one consonant)", s, abjadSimShort)
	}
	// Consonants alone do not tell long vowels apart: حسن (Hasan) and
	// حسين (Husayn) both meet Hassan and Hussein. Other consonants part.
	for _, p := range [][2]string{{"mhmd", "ahmed"}, {"hsn", "hamid"}, {"khld", "khalil"}, {"ly", "alim"}, {"dvd", "dawit"}, {"aaa", "eee"}} {
		if s := abjadSim(p[0], p[1]); s != 0 {
			t.Errorf("abjadSim(%q, %q) = %.2f, want 0", p[0], p[1], s)
		}
	}
}

// shareKey reports whether a and b share an abjadKeys hash.
func shareKey(a, b string) bool {
	for _, x := range abjadKeys(a, nil) {
		for _, y := range abjadKeys(b, nil) {
			if x == y {
				return true
			}
		}
	}
	return false
}

// TestAbjadNames checks names across scripts, scored alone and screened
// through the index: each pair is found at the threshold, with the
// consonants in the explanation, and the index returns exactly what
// NameBrute does, for queries in either script, against a list holding
// names in both.
func TestAbjadNames(t *testing.T) {
	pairs := [][2]string{
		{"محمد علي", "Mohamed Ali"}, {"أحمد حسن", "Ahmed Hassan"}, {"خالد محمود", "Khaled Mahmoud"},
		{"يوسف إبراهيم", "Yusuf Ibrahim"}, {"משה כהן", "Moshe Cohen"}, {"דוד לוי", "David Levi"},
		// words cut differently, the article with either word
		{"عبد الله", "Abdullah"}, {"عبد الرحمن", "Abdul Rahman"}, {"عبد الرحمن", "Abd al-Rahman"},
	}
	for _, p := range pairs {
		s, expl := ScoreNames(p[0], p[1], "individual")
		if s < DefaultOptions.Threshold {
			t.Errorf("%s ~ %s: %.3f, want at least %.2f (%s)", p[0], p[1], s, DefaultOptions.Threshold, expl)
		}
		if s2, _ := ScoreNames(p[1], p[0], "individual"); s2 != s {
			t.Errorf("%s ~ %s: %.3f one way, %.3f the other", p[0], p[1], s, s2)
		}
	}
	if s, expl := ScoreNames("محمد علي", "Mohamed Ali", "individual"); !strings.Contains(expl, "consonants") || !strings.Contains(expl, "MHMD~MOHAMED") {
		t.Errorf("explanation %q (score %.3f) does not say the words were compared by consonants", expl, s)
	}
	// Names in the same script are compared as before, and names in an
	// abjad do not match Latin names with other consonants.
	if s, _ := ScoreNames("Mohamed Ali", "Mhmd Ly", "individual"); s >= DefaultOptions.Threshold {
		t.Errorf("two Latin names matched by consonants: %.3f", s)
	}
	if s, expl := ScoreNames("عبد الله", "Abdullah", "individual"); !strings.Contains(expl, "BD LLH~ABDULLAH by their consonants") {
		t.Errorf("explanation %q (score %.3f) does not say the names were matched by their consonants", expl, s)
	}
	if s, _ := ScoreNames("عبد الله", "Abdul Aziz", "individual"); s >= DefaultOptions.Threshold {
		t.Errorf("عبد الله ~ Abdul Aziz: %.3f", s)
	}
	if s, _ := ScoreNames("محمد علي", "Ahmed Hassan", "individual"); s > 0 {
		t.Errorf("محمد علي ~ Ahmed Hassan: %.3f, want 0", s)
	}
	// A name in Han characters or Hangul is not compared by consonants:
	// its syllables have their vowels.
	if s, expl := ScoreNames("佳 杨", "جانان آغا", "individual"); s >= DefaultOptions.Review {
		t.Errorf("佳 杨 ~ جانان آغا: %.3f (%s)", s, expl)
	}

	var entries []*Entry
	add := func(name string) {
		entries = append(entries, &Entry{List: "test", EntryID: fmt.Sprint(len(entries)), Name: name, Type: "individual"})
	}
	for _, p := range pairs {
		add(p[0])
		add(p[1])
	}
	for _, name := range []string{"Mohammed Ali Hassan", "Ali Mohamed", "Mahmoud Khalil", "Hassan Ahmed", "Ahmad Hasan Yusuf",
		"Moshe Katz", "Daoud Levy", "عمر حسن", "أسامة بن لادن", "Osama bin Laden", "Yosef Cohen", "יוסף כהן",
		"Abdulrahman", "Abdel Rahman Hassan", "عبد العزيز"} {
		add(name)
	}
	ix := NewIndex(entries, DefaultOptions)
	queries := []string{"Osama bin Ladin", "عمر حسن", "Omar Hassan", "يوسف كوهين", "Mohammad Aly", "Abdul Aziz", "Abdel Rahman", "عبد الرحمن حسن"}
	for _, p := range pairs {
		queries = append(queries, p[0], p[1])
	}
	for _, q := range queries {
		got, want := ix.Name(Query{Name: q}), ix.NameBrute(Query{Name: q})
		if !sameMatches(got, want) {
			t.Errorf("%q: index %s, brute force %s", q, matchNames(got), matchNames(want))
		}
	}
	for _, p := range pairs {
		if !hasMatch(ix.Name(Query{Name: p[0]}), p[1]) || !hasMatch(ix.Name(Query{Name: p[1]}), p[0]) {
			t.Errorf("%s and %s do not find each other through the index", p[0], p[1])
		}
	}
}

func matchNames(ms []Match) string {
	out := "["
	for i, m := range ms {
		if i > 0 {
			out += ", "
		}
		out += fmt.Sprintf("%s %.3f", m.Entry.Name, m.Score)
	}
	return out + "]"
}

func hasMatch(ms []Match, name string) bool {
	for _, m := range ms {
		if m.Entry.Name == name && !m.Review {
			return true
		}
	}
	return false
}
