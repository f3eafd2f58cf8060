package generate

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// RegistryConfig sizes a generated registry: vessels, companies, people
// and ownership rows.
type RegistryConfig struct {
	Seed      uint64
	Vessels   int
	Companies int // 0 means Vessels/2 + 1
	People    int // 0 means Companies/4 + 1
	Ownership int // rows; owners are people or companies, owned are companies
	Names     []string
}

// RegistryFiles are the CSV files WriteRegistry writes, in its folder.
var RegistryFiles = []string{"vessels.csv", "companies.csv", "people.csv", "ownership.csv"}

// WriteRegistry writes the registry as CSV sheets with the canonical
// headers into dir: vessels with valid IMO numbers owned by generated
// companies, companies in a mix of jurisdictions, people, and ownership
// rows with exact shares, bands and unknown shares. A company is owned
// only by people and companies with a higher number, so ownership has no
// cycles; no owner appears twice for one company (while rows stay below
// People times Companies); no company's declared shares pass 100%.
func WriteRegistry(dir string, c RegistryConfig) error {
	if c.Companies <= 0 {
		c.Companies = c.Vessels/2 + 1
	}
	if c.People <= 0 {
		c.People = c.Companies/4 + 1
	}
	rng := rand.New(rand.NewPCG(c.Seed, 0x726567))
	namer := NewNamer(c.Seed, c.Names)
	jur := []string{"HK", "MH", "PA", "LR", "VG", "SG", "CY", "MT", "AE", "GB", "KP", "SC"}
	flags := []string{"MH", "PA", "LR", "KM", "TG", "SL", "MT", "CY", "HK", "SG"}
	write := func(name, header string, n int, row func(w *bufio.Writer, i int)) error {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return fmt.Errorf("generate registry: %w", err)
		}
		w := bufio.NewWriterSize(f, 1<<20)
		w.WriteString(header + "\n")
		for i := 0; i < n; i++ {
			row(w, i)
		}
		if err := w.Flush(); err != nil {
			f.Close()
			return fmt.Errorf("generate registry %s: %w", name, err)
		}
		return f.Close()
	}
	cid := func(i int) string { return fmt.Sprintf("C-%07d", i) }
	pid := func(i int) string { return fmt.Sprintf("P-%07d", i) }
	if err := write("companies.csv", "company_id,name,jurisdiction,registration_number,company_imo,incorporated_on,dissolved_on,address,bearer_shares,listed",
		c.Companies, func(w *bufio.Writer, i int) {
			bearer := "no"
			if rng.IntN(50) == 0 {
				bearer = "yes"
			}
			fmt.Fprintf(w, "%s,\"%s %d\",%s,%d,,%d-%02d-%02d,,\"%d Harbour Road\",%s,no\n", cid(i), namer.Next(), i, jur[rng.IntN(len(jur))],
				1000000+i, 1990+rng.IntN(34), 1+rng.IntN(12), 1+rng.IntN(28), 1+rng.IntN(999), bearer)
		}); err != nil {
		return err
	}
	if err := write("people.csv", "person_id,name,nationality,birth_date,pep", c.People, func(w *bufio.Writer, i int) {
		fmt.Fprintf(w, "%s,\"%s\",%s,%d,no\n", pid(i), namer.Next(), jur[rng.IntN(len(jur))], 1940+rng.IntN(60))
	}); err != nil {
		return err
	}
	if err := write("vessels.csv", "imo,name,flag,mmsi,call_sign,ship_type,gross_tonnage,year_built,registered_owner,ship_manager,doc_company,group_beneficial_owner",
		c.Vessels, func(w *bufio.Writer, i int) {
			owner := cid(rng.IntN(c.Companies))
			fmt.Fprintf(w, "%s,\"VESSEL %d\",%s,%d,,Bulk Carrier,%d,%d,%s,%s,%s,\n", ShipIMO(100000+i), i, flags[rng.IntN(len(flags))],
				538000000+i%1000000, 5000+rng.IntN(80000), 1990+rng.IntN(34), owner, owner, owner)
		}); err != nil {
		return err
	}
	// Each owned company gets owners until its declared shares would pass
	// 100%; shares are exact, a band, or unknown.
	declared := make([]uint8, c.Companies)
	return write("ownership.csv", "owner_id,owned_id,share,interest,as_of,source", c.Ownership, func(w *bufio.Writer, i int) {
		owned, round := i%c.Companies, i/c.Companies
		var owner string
		if owned+1+round < c.Companies && rng.IntN(3) > 0 {
			owner = cid(owned + 1 + round)
		} else {
			owner = pid((owned*31 + round) % c.People)
		}
		share := ""
		if k := rng.IntN(10); k < 6 && declared[owned] < 90 {
			s := 1 + uint8(rng.IntN(int(100-declared[owned])/4+1))
			declared[owned] += s
			share = fmt.Sprint(s)
		} else if k >= 8 && declared[owned] <= 75 {
			declared[owned] += 25
			share = "0-25"
		}
		fmt.Fprintf(w, "%s,%s,%s,shareholding,2024-01-31,generated\n", owner, cid(owned), share)
	})
}
