package sanctions

import (
	"fmt"
	"os"
	"sort"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v2"
)

type prf struct{ tp, fp, fn, tn int }

func (c prf) precision() float64 { return float64(c.tp) / float64(max(1, c.tp+c.fp)) }
func (c prf) recall() float64    { return float64(c.tp) / float64(max(1, c.tp+c.fn)) }
func (c prf) f1() float64 {
	p, r := c.precision(), c.recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func (c *prf) add(predicted, actual bool) {
	switch {
	case predicted && actual:
		c.tp++
	case predicted:
		c.fp++
	case actual:
		c.fn++
	default:
		c.tn++
	}
}

// labelledPair is one name pair of a benchmark with its label.
type labelledPair struct {
	schema, a, b string
	match        bool
}

// devPairs reads the 413 pairs of nomenklatura's cases-dev.csv.
// devWords is the first n distinct folded words of the nomenklatura
// benchmark's names, in file order.
func devWords(t *testing.T, n int) []string {
	var words []string
	seen := map[string]bool{}
	for _, p := range devPairs(t) {
		for _, w := range append(foldWords(p.a), foldWords(p.b)...) {
			if !seen[w] && len(words) < n {
				seen[w] = true
				words = append(words, w)
			}
		}
	}
	return words
}

func devPairs(t *testing.T) []labelledPair {
	var out []labelledPair
	for _, r := range readCSVFile(t, sharedData(t, "names/nomenklatura/cases-dev.csv")) {
		out = append(out, labelledPair{r["schema"], r["name1"], r["name2"], r["is_match"] == "true"})
	}
	return out
}

// heldOutPairs reads the labelled checks of nomenklatura's checks.yml that
// are not in cases-dev.csv (the dev file took every other row): pairs the
// matcher was never tuned on. A check giving name parts instead of a name is
// read as first, middle, father's and last name joined, as cases-dev.csv does.
func heldOutPairs(t *testing.T) []labelledPair {
	raw, err := os.ReadFile(sharedData(t, "names/nomenklatura/checks.yml"))
	if err != nil {
		t.Fatal(err)
	}
	type party struct {
		Name       string `yaml:"name"`
		FirstName  string `yaml:"firstName"`
		MiddleName string `yaml:"middleName"`
		FatherName string `yaml:"fatherName"`
		LastName   string `yaml:"lastName"`
	}
	var doc struct {
		Checks []struct {
			Match     bool   `yaml:"match"`
			Schema    string `yaml:"schema"`
			Query     party  `yaml:"query"`
			Candidate party  `yaml:"candidate"`
		} `yaml:"checks"`
	}
	if err := yaml.Unmarshal(raw, &doc); err != nil {
		t.Fatalf("checks.yml: %v", err)
	}
	name := func(p party) string {
		if p.Name != "" {
			return p.Name
		}
		return strings.Join(strings.Fields(strings.Join([]string{p.FirstName, p.MiddleName, p.FatherName, p.LastName}, " ")), " ")
	}
	dev := map[[2]string]bool{}
	for _, p := range devPairs(t) {
		dev[[2]string{p.a, p.b}] = true
	}
	var out []labelledPair
	for _, c := range doc.Checks {
		a, b := name(c.Query), name(c.Candidate)
		if a == "" || b == "" || dev[[2]string{a, b}] {
			continue
		}
		out = append(out, labelledPair{c.Schema, a, b, c.Match})
	}
	return out
}

// evaluate scores the pairs and logs precision, recall and F1 at the default
// threshold, by schema, the F1 at a range of thresholds, and, with
// SANCTIONS_MISSES=1, every pair the default threshold gets wrong.
func evaluate(t *testing.T, label string, pairs []labelledPair) prf {
	scores := make([]float64, len(pairs))
	var c prf
	bySchema := map[string]*prf{}
	var misses []string
	for i, p := range pairs {
		s, expl := ScoreNames(p.a, p.b, SchemaType(p.schema))
		scores[i] = s
		pred := s >= DefaultOptions.Threshold
		c.add(pred, p.match)
		if bySchema[p.schema] == nil {
			bySchema[p.schema] = &prf{}
		}
		bySchema[p.schema].add(pred, p.match)
		if pred != p.match {
			misses = append(misses, fmt.Sprintf("  want %-5v %.3f %-12s %s", p.match, s, p.schema, expl))
		}
	}
	t.Logf("%s, %d pairs at threshold %.2f: precision %.3f recall %.3f F1 %.3f",
		label, len(pairs), DefaultOptions.Threshold, c.precision(), c.recall(), c.f1())
	schemas := make([]string, 0, len(bySchema))
	for s := range bySchema {
		schemas = append(schemas, s)
	}
	sort.Strings(schemas)
	for _, s := range schemas {
		x := bySchema[s]
		t.Logf("  %-12s tp %3d fp %3d fn %3d tn %3d F1 %.3f", s, x.tp, x.fp, x.fn, x.tn, x.f1())
	}
	for th := 0.60; th < 0.96; th += 0.05 {
		var k prf
		for i, p := range pairs {
			k.add(scores[i] >= th, p.match)
		}
		t.Logf("  threshold %.2f: precision %.3f recall %.3f F1 %.3f", th, k.precision(), k.recall(), k.f1())
	}
	if os.Getenv("SANCTIONS_MISSES") != "" {
		t.Logf("%s misses:\n%s", label, strings.Join(misses, "\n"))
	}
	return c
}

// f1Floor is the F1 measured on cases-dev.csv at the default threshold when
// the matcher was last tuned (0.886; 0.885 with the skeleton test), rounded down; a change that loses
// quality fails. heldOutF1Floor is the same for the held-out checks
// (0.840), yenteRecallFloor for TestYenteTypoRecall (0.988) and
// crossScriptFloor for TestCrossScriptRecall (18 of 22 pairs since names
// in Arabic and Hebrew script are compared by consonants and Korean family
// names by their romanizations; 10 before).
const (
	f1Floor          = 0.88
	heldOutF1Floor   = 0.84
	yenteRecallFloor = 0.98
	crossScriptFloor = 19
	// falsePositiveCeiling is the most matches the 50,000 names of yente's
	// negatives may get, screened as the people they are.
	falsePositiveCeiling = 20
	// nameOnlyCeiling is the most of them that may match when screened
	// by name alone, type unknown.
	nameOnlyCeiling = 800
)

// TestNomenklaturaQuality scores the 413 labelled pairs of the nomenklatura
// benchmark (cases-dev.csv) and the labelled checks of checks.yml left out
// of it, at the default threshold and at a range of thresholds, beside
// OpenSanctions' logic-v2 (0.731, 0.833, 0.779 at 0.7 on cases-dev.csv). The
// matcher was tuned on cases-dev.csv only; the held-out figure shows how
// far that tuning generalises. Run (SANCTIONS_MISSES=1 lists the errors):
//
//	go test ./internal/sanctions -run Nomenklatura -v
func TestNomenklaturaQuality(t *testing.T) {
	dev := evaluate(t, "cases-dev.csv (logic-v2 at 0.7: precision 0.731 recall 0.833 F1 0.779)", devPairs(t))
	held := evaluate(t, "checks.yml held out", heldOutPairs(t))
	if dev.f1() < f1Floor {
		t.Errorf("cases-dev.csv F1 %.3f below the floor %.3f", dev.f1(), f1Floor)
	}
	if held.f1() < heldOutF1Floor {
		t.Errorf("held-out F1 %.3f below the floor %.3f", held.f1(), heldOutF1Floor)
	}
}

// TestYenteTypoRecall scores the UN names yente's benchmark altered (typos,
// "LAST, First" order) against the names as listed: 170 pairs of one
// person written two ways, none used in tuning. It logs the share found at
// the default threshold and fails below yenteRecallFloor. Run with -v.
func TestYenteTypoRecall(t *testing.T) {
	treated := readCSVFile(t, sharedData(t, "names/yente-candidates/positives_un_treated.csv"))
	listed := readCSVFile(t, sharedData(t, "names/yente-candidates/positives_un_untreated.csv"))
	if len(treated) != len(listed) {
		t.Fatalf("%d treated names, %d listed", len(treated), len(listed))
	}
	pairs, found := 0, 0
	var misses []string
	for i := range treated {
		a, b := treated[i]["full_name"], listed[i]["full_name"]
		if a == b {
			continue
		}
		pairs++
		if s, expl := ScoreNames(a, b, "individual"); s >= DefaultOptions.Threshold {
			found++
		} else {
			misses = append(misses, fmt.Sprintf("  %.3f %s", s, expl))
		}
	}
	recall := float64(found) / float64(max(1, pairs))
	t.Logf("yente UN names altered vs listed: %d/%d found at threshold %.2f (recall %.3f)", found, pairs, DefaultOptions.Threshold, recall)
	if os.Getenv("SANCTIONS_MISSES") != "" {
		t.Logf("misses:\n%s", strings.Join(misses, "\n"))
	}
	if recall < yenteRecallFloor {
		t.Errorf("recall %.3f below the floor %.3f", recall, yenteRecallFloor)
	}
}

// TestCrossScriptRecall scores moov-io/watchman's cross-script pairs (a
// name in Arabic, Cyrillic, Han, Hangul, Kana, Greek, Hebrew or Thai
// letters and its Latin spelling) and logs how many reach the default
// threshold. Japanese names in Han characters (read in Chinese) and Thai
// are still missed. Run with -v.
func TestCrossScriptRecall(t *testing.T) {
	raw, err := os.ReadFile(sharedData(t, "names/watchman/cross_script_pairs.csv"))
	if err != nil {
		t.Fatal(err)
	}
	pairs, found := 0, 0
	var misses []string
	for _, line := range strings.Split(string(raw), "\n") {
		f := strings.Split(line, ",")
		if strings.HasPrefix(line, "#") || len(f) < 2 {
			continue
		}
		pairs++
		if s, expl := ScoreNames(f[0], f[1], "individual"); s >= DefaultOptions.Threshold {
			found++
		} else {
			misses = append(misses, fmt.Sprintf("  %.3f %s", s, expl))
		}
	}
	t.Logf("watchman cross-script pairs: %d/%d found at threshold %.2f", found, pairs, DefaultOptions.Threshold)
	if os.Getenv("SANCTIONS_MISSES") != "" {
		t.Logf("misses:\n%s", strings.Join(misses, "\n"))
	}
	if found < crossScriptFloor {
		t.Errorf("%d cross-script pairs found, want at least %d", found, crossScriptFloor)
	}
}

// TestFalsePositiveLoad screens the 50,000 made-up people of yente's
// negatives_global.csv (names in Latin, Han, Hangul, Arabic and Cyrillic
// letters, none of them listed) against the combined real lists, as
// individuals with their birth date and nationality, as a screening of
// customers would. It logs the matches at the default threshold by script,
// and the load when birth date and nationality are not known and when only
// the names are screened, and fails above falsePositiveCeiling. Run with -v; SANCTIONS_MISSES=1 lists the matches.
func TestFalsePositiveLoad(t *testing.T) {
	ix := combinedIndex(t)
	rows := readCSVFile(t, sharedData(t, "names/yente-candidates/negatives_global.csv"))
	step := 1
	if testing.Short() {
		step = 10
	}
	type load struct{ names, typed, noBirth, nameOnly int }
	byScript := map[string]*load{}
	var shown []string
	screened, typed, noBirth, nameOnly := 0, 0, 0, 0
	matched := func(ms []Match) *Match {
		for i := range ms {
			if ms[i].Score >= DefaultOptions.Threshold {
				return &ms[i]
			}
		}
		return nil
	}
	for i := 0; i < len(rows); i += step {
		r := rows[i]
		script := scriptOf(r["full_name"])
		if byScript[script] == nil {
			byScript[script] = &load{}
		}
		l := byScript[script]
		l.names++
		screened++
		q := Query{Name: r["full_name"], Type: "individual", BirthDate: r["date_of_birth"], Countries: []string{CountryCode(r["nationality"])}}
		if m := matched(ix.Name(q)); m != nil {
			l.typed++
			typed++
			shown = append(shown, fmt.Sprintf("  %.3f %s (%s %s)", m.Score, m.Explanation, m.Entry.List, m.Entry.EntryID))
		}
		if matched(ix.Name(Query{Name: r["full_name"], Type: "individual"})) != nil {
			l.noBirth++
			noBirth++
		}
		if matched(ix.Name(Query{Name: r["full_name"]})) != nil {
			l.nameOnly++
			nameOnly++
		}
	}
	scripts := make([]string, 0, len(byScript))
	for s := range byScript {
		scripts = append(scripts, s)
	}
	sort.Strings(scripts)
	pct := func(n int) float64 { return 100 * float64(n) / float64(screened) }
	t.Logf("yente negatives: %d names screened as individuals with birth date and nationality: %d matched at threshold %.2f (%.3f%%); as individuals with no birth date or nationality: %d (%.2f%%); by name alone: %d (%.2f%%)",
		screened, typed, DefaultOptions.Threshold, pct(typed), noBirth, pct(noBirth), nameOnly, pct(nameOnly))
	for _, s := range scripts {
		l := byScript[s]
		t.Logf("  %-8s %6d names: %3d matched as individuals, %4d with no birth date or nationality, %4d by name alone", s, l.names, l.typed, l.noBirth, l.nameOnly)
	}
	if os.Getenv("SANCTIONS_MISSES") != "" {
		t.Logf("matches:\n%s", strings.Join(shown, "\n"))
	}
	if typed*step > falsePositiveCeiling {
		t.Errorf("%d of %d made-up people matched, more than the ceiling of %d in 50,000", typed, screened, falsePositiveCeiling)
	}
	if nameOnly*step > nameOnlyCeiling {
		t.Errorf("%d of %d made-up people matched by name alone, more than the ceiling of %d in 50,000", nameOnly, screened, nameOnlyCeiling)
	}
}

// scriptOf names the script of a name's letters: the first that is not
// Latin, else "Latin".
func scriptOf(name string) string {
	for _, r := range name {
		for _, s := range []string{"Han", "Hangul", "Hiragana", "Katakana", "Arabic", "Hebrew", "Cyrillic", "Greek", "Thai"} {
			if unicode.Is(unicode.Scripts[s], r) {
				return s
			}
		}
	}
	return "Latin"
}
