package generate

import (
	"bufio"
	"encoding/json"
	"fmt"
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
// each word taken from the same position of another real name, so word
// counts, legal forms and scripts keep the shapes of the real lists while
// names rarely repeat.
type Namer struct {
	base []string
	rng  *rand.Rand
	n    int
}

// NewNamer returns a Namer over base (SampleNames when empty).
func NewNamer(seed uint64, base []string) *Namer {
	if len(base) == 0 {
		base = SampleNames
	}
	return &Namer{base: base, rng: rand.New(rand.NewPCG(seed, 0x6e616d6573))}
}

// Next returns the next name.
func (g *Namer) Next() string {
	defer func() { g.n++ }()
	if g.n < len(g.base) {
		return g.base[g.n]
	}
	words := strings.Fields(g.base[g.rng.IntN(len(g.base))])
	for i := range words {
		for try := 0; try < 4; try++ {
			other := strings.Fields(g.base[g.rng.IntN(len(g.base))])
			if len(other) > i {
				words[i] = other[i]
				break
			}
		}
	}
	return strings.Join(words, " ")
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
