package generate

import (
	"bufio"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// SanctionsConfig sizes a generated OFAC SDN legacy CSV.
type SanctionsConfig struct {
	Seed    uint64
	Entries int
	Names   []string // real names to take shapes from; SampleNames when empty
}

// ListedName is a generated entry's name, for building queries.
type ListedName struct {
	EntryID int
	Name    string
	Type    string // "individual", "entity" or "vessel"
}

// WriteSDN writes Entries rows in the OFAC legacy sdn.csv layout (twelve
// columns, no header, "-0- " for null, CRLF): entities, individuals and
// vessels (with an IMO in the remarks), and returns the names written.
func WriteSDN(w io.Writer, c SanctionsConfig) ([]ListedName, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	namer := NewNamer(c.Seed, c.Names)
	rng := rand.New(rand.NewPCG(c.Seed, 0x73646e))
	programs := []string{"DPRK", "DPRK3", "IRAN", "SDGT", "RUSSIA-EO14024", "CUBA", "SYRIA"}
	out := make([]ListedName, 0, c.Entries)
	for i := 0; i < c.Entries; i++ {
		id := 100000 + i
		name := strings.ReplaceAll(namer.Next(), `"`, "'")
		typ, typCol, vesselCols, remarks := "entity", "-0- ", "-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ", "-0- "
		switch k := rng.IntN(10); {
		case k < 4:
			typ, typCol = "individual", `"individual"`
			remarks = fmt.Sprintf(`"DOB %02d %s %d; nationality Korea, North."`, 1+rng.IntN(28), []string{"Jan", "Mar", "Jun", "Sep", "Nov"}[rng.IntN(5)], 1940+rng.IntN(60))
		case k < 6:
			typ, typCol = "vessel", `"vessel"`
			vesselCols = fmt.Sprintf(`-0- ,-0- ,"General Cargo",-0- ,-0- ,"%s",-0- `, []string{"Korea, North", "Panama", "Togo", "Sierra Leone"}[rng.IntN(4)])
			remarks = fmt.Sprintf(`"Vessel Registration Identification IMO %s; MMSI %d."`, ShipIMO(rng.IntN(900000)+100000), 445000000+rng.IntN(999999))
		}
		if _, err := fmt.Fprintf(bw, "%d,\"%s\",%s,\"%s\",%s,%s\r\n", id, name, typCol, programs[rng.IntN(len(programs))], vesselCols, remarks); err != nil {
			return nil, err
		}
		out = append(out, ListedName{EntryID: id, Name: name, Type: typ})
	}
	if _, err := bw.Write([]byte{0x1a}); err != nil {
		return nil, err
	}
	return out, bw.Flush()
}

// ShipIMO returns the seven-digit ship IMO number with base as its first
// six digits and the right check digit (weights 7 to 2, mod 10).
func ShipIMO(base int) string {
	s := fmt.Sprintf("%06d", base%1000000)
	sum := 0
	for i := 0; i < 6; i++ {
		sum += int(s[i]-'0') * (7 - i)
	}
	return s + fmt.Sprint(sum%10)
}

// Queries returns n names to screen: one in three a listed name as it is,
// one in three a listed name with a typo, the rest new names of the same
// shapes (mostly not listed).
func Queries(seed uint64, n int, listed []ListedName, names []string) []string {
	rng := rand.New(rand.NewPCG(seed, 0x71))
	namer := NewNamer(seed^0x5eed, names)
	for i := 0; i < len(names) && len(names) > 0; i++ {
		namer.Next() // skip the real names themselves
	}
	out := make([]string, n)
	for i := range out {
		switch {
		case i%3 == 0 && len(listed) > 0:
			out[i] = listed[rng.IntN(len(listed))].Name
		case i%3 == 1 && len(listed) > 0:
			out[i] = Typo(rng, listed[rng.IntN(len(listed))].Name)
		default:
			out[i] = namer.Next()
		}
	}
	return out
}
