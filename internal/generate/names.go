package generate

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strings"
)

// SampleNames are list-shaped names used when the real lists are absent:
// companies with legal forms, vessels, and people in several orders.
var SampleNames = []string{
	"CHONGCHONGANG SHIPPING COMPANY LIMITED", "OCEAN MARITIME MANAGEMENT COMPANY LIMITED",
	"KOREA ANSAN SHIPPING COMPANY", "PAN SYSTEMS PYONGYANG BRANCH", "NAMCHONGANG TRADING CORPORATION",
	"GREEN PINE ASSOCIATED CORPORATION", "HAPJANGGANG SHIPPING CORP", "YUSONG SHIPPING CO",
	"KOREA MINING DEVELOPMENT TRADING CORPORATION", "SEA STAR INTERNATIONAL TRADE LLC",
	"GOLDEN TIDE VENTURES LTD", "PACIFIC DAWN SHIPPING S.A.", "BLUE OCEAN NAVIGATION INC",
	"PETROCHEM TANKERS FZE", "AL MASAR GENERAL TRADING LLC", "SHANGHAI HUAXIN SHIPPING CO., LTD.",
	"DALIAN OCEAN FREIGHT CO., LTD.", "VOLGA-BALT TRANSPORT OOO", "SOVFRACHT JSC", "SVITZER MARINE BV",
	"CHON MYONG 1", "JI SONG 6", "NAM SAN 8", "YU PHYONG 5", "SAM JONG 2", "RYE SONG GANG 1",
	"OCEAN STAR", "SEA PEONY", "LOTUS GLORY", "HUA FU", "NEW REGENT", "KATRIN", "XIN YUAN 18",
	"KIM Jong Sik", "PAK Yong Chol", "RI Song Hyok", "JONG Myong Hak", "CHOE Chun Yong",
	"Viktor Anatolyevich BOUT", "Alireza MOHAMMADI", "Hassan Ali SHIRAZI", "Wei ZHANG", "Li MING",
	"Abdul Rahman AL-HASHIMI", "Mohammed bin Salim AL MAKTOUM", "Oleg Vladimirovich DERIPASKA",
	"Maria Ivanova PETROVA", "Jorge Luis RODRIGUEZ GARCIA", "Tan Wee Beng", "Sarah Okonkwo",
}

// LoadNames reads every full_name of an sdn_entities.jsonl file (OFAC's
// advanced list as extracted into JSON lines).
func LoadNames(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("names %s: %w", path, err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	line := 0
	for sc.Scan() {
		line++
		var rec struct {
			Names []struct {
				FullName string `json:"full_name"`
			} `json:"names"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("names %s, line %d: %w", path, line, err)
		}
		for _, n := range rec.Names {
			if s := strings.TrimSpace(n.FullName); s != "" {
				out = append(out, s)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("names %s: %w", path, err)
	}
	return out, nil
}

// Namer makes list-shaped names from a sample of real ones: the sample
// itself first, then names built on the word count of a real name with
// each word taken from the same position of another real name of that
// word count, so word counts, legal forms and scripts keep the shapes of
// the real lists. Like real lists, a long generated list keeps meeting new
// words: the number of distinct words follows Heaps' law V(n) = K·n^β
// fitted on the sample (β is about 0.72 on OFAC's names), and whenever the
// list is behind that curve a word is replaced by a new one spliced from
// two words of its position (common words, such as legal forms, are kept).
// Names made only of common words ("JSC INTERNATIONAL LIMITED", "ALI
// HASSAN") are kept to the share they have in the sample, as they match
// many others.
type Namer struct {
	base     []string
	byCount  map[int][][]string // word count -> the words of the sample names of that count
	common   map[string]bool    // words of at least one sample name in a thousand: never spliced
	seen     map[string]bool    // the words of the names made so far
	heapsK   float64
	heapsB   float64
	generic  float64 // the share of sample names made only of common words
	made     int     // names made so far (after the sample)
	generics int     // those made only of common words
	rng      *rand.Rand
	n        int
}

// NewNamer returns a Namer over base (SampleNames when empty).
func NewNamer(seed uint64, base []string) *Namer {
	if len(base) == 0 {
		base = SampleNames
	}
	g := &Namer{base: base, byCount: map[int][][]string{}, common: map[string]bool{}, seen: map[string]bool{},
		rng: rand.New(rand.NewPCG(seed, 0x6e616d6573))}
	freq := map[string]int{}
	distinct := map[string]bool{}
	quarter, atQuarter := len(base)/4, 0
	for i, name := range base {
		words := strings.Fields(name)
		if len(words) > 0 {
			g.byCount[len(words)] = append(g.byCount[len(words)], words)
		}
		for _, w := range words {
			freq[w]++
			distinct[w] = true
		}
		if i+1 == quarter {
			atQuarter = len(distinct)
		}
	}
	for w, n := range freq {
		if n*1000 >= len(base) {
			g.common[w] = true
		}
	}
	for _, name := range base {
		if g.isGeneric(strings.Fields(name)) {
			g.generic++
		}
	}
	g.generic /= float64(len(base))
	// Heaps' law through the vocabulary at a quarter of the sample and at
	// all of it.
	if quarter > 0 && atQuarter > 0 && len(distinct) > atQuarter {
		g.heapsB = math.Log(float64(len(distinct))/float64(atQuarter)) / math.Log(float64(len(base))/float64(quarter))
		g.heapsK = float64(len(distinct)) / math.Pow(float64(len(base)), g.heapsB)
	}
	return g
}

// Next returns the next name.
func (g *Namer) Next() string {
	defer func() { g.n++ }()
	if g.n < len(g.base) {
		for _, w := range strings.Fields(g.base[g.n]) {
			g.seen[w] = true
		}
		return g.base[g.n]
	}
	g.made++
	for {
		words := strings.Fields(g.base[g.rng.IntN(len(g.base))])
		group := g.byCount[len(words)]
		for i := range words {
			w := group[g.rng.IntN(len(group))][i]
			if !g.common[w] && float64(len(g.seen)) < g.heapsK*math.Pow(float64(g.n+1), g.heapsB) {
				w = g.splice(w, group, i)
			}
			words[i] = w
		}
		if g.isGeneric(words) {
			if float64(g.generics+1) > g.generic*float64(g.made) {
				continue // as many as the sample has already
			}
			g.generics++
		}
		for _, w := range words {
			g.seen[w] = true
		}
		return strings.Join(words, " ")
	}
}

// isGeneric reports whether every word is common.
func (g *Namer) isGeneric(words []string) bool {
	for _, w := range words {
		if !g.common[w] {
			return false
		}
	}
	return true
}

// splice returns a word not used so far made of the start of w and the end
// of the word at position i of another name of group, or w when a few tries
// find none.
func (g *Namer) splice(w string, group [][]string, i int) string {
	a := []rune(w)
	for try := 0; try < 8; try++ {
		b := []rune(group[g.rng.IntN(len(group))][i])
		if len(a) < 2 || len(b) < 2 {
			continue
		}
		cut := 1 + g.rng.IntN(len(a)-1)
		from := 1 + g.rng.IntN(len(b)-1)
		word := string(a[:cut]) + string(b[from:])
		if len([]rune(word)) >= 3 && !g.seen[word] {
			return word
		}
	}
	return w
}

// Typo returns name with two neighbouring letters of one word swapped, or
// name itself when it is too short.
func Typo(rng *rand.Rand, name string) string {
	r := []rune(name)
	if len(r) < 4 {
		return name
	}
	i := 1 + rng.IntN(len(r)-2)
	r[i], r[i+1] = r[i+1], r[i]
	return string(r)
}
