package generate

import (
	"bufio"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// OpenSanctionsHeader is the header of an OpenSanctions targets.simple.csv,
// as WriteOpenSanctions writes it.
var OpenSanctionsHeader = []string{"id", "schema", "name", "aliases", "birth_date", "countries", "addresses",
	"identifiers", "sanctions", "phones", "emails", "dataset", "first_seen", "last_seen", "last_change"}

// osDatasets are dataset titles as the default collection's export writes
// them; most of its entities come from the first few (PEPs, Wikidata).
var osDatasets = []string{"Wikidata", "Every Politician", "US OFAC Specially Designated Nationals (SDN) List",
	"EU Financial Sanctions Files (FSF)", "UK HMT/OFSI Consolidated List of Targets", "UN Security Council Consolidated List",
	"Swiss SECO Sanctions/Embargoes", "Canadian Consolidated Autonomous Sanctions List", "Ukraine War and Sanctions",
	"Russian Unified State Register of Legal Entities", "ICIJ OffshoreLeaks", "Interpol Red Notices",
	"World Bank Debarred Providers", "US SAM Procurement Exclusions", "French Gels des Avoirs"}

var osCountries = []string{"ru", "ua", "us", "cn", "ir", "kp", "sy", "by", "gb", "de", "fr", "ae", "tr", "ve", "cu", "pa", "ng", "in", "br", "kz"}

var osPrograms = []string{"Specially Designated Nationals - RUSSIA-EO14024 - 2022-04-06",
	"Council Regulation (EU) No 269/2014 - 2022-03-09", "UK Sanctions List - Russia - 2022-03-15",
	"Security Council Resolution 1718 (2006) - 2016-03-02", "SECO - Ukraine - 2022-02-28"}

// WriteOpenSanctions writes Entries rows of an OpenSanctions
// targets.simple.csv (OpenSanctionsHeader; several values in a cell joined
// by ";"), shaped like the default collection: mostly people with a birth
// date and a country from one or two datasets, some companies with
// registration numbers, vessels with an IMO, crypto wallets with an ETH
// address, a sanctions column on one row in five. It returns the names
// written, with the entry's row number (2 for the first below the header)
// as EntryID.
func WriteOpenSanctions(w io.Writer, c SanctionsConfig) ([]ListedName, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	cw := csv.NewWriter(bw)
	namer := NewNamer(c.Seed, c.Names)
	rng := rand.New(rand.NewPCG(c.Seed, 0x6f73))
	if err := cw.Write(OpenSanctionsHeader); err != nil {
		return nil, err
	}
	out := make([]ListedName, 0, c.Entries)
	rec := make([]string, len(OpenSanctionsHeader))
	for i := 0; i < c.Entries; i++ {
		for j := range rec {
			rec[j] = ""
		}
		name := namer.Next()
		typ := "individual"
		schema := "Person"
		switch k := rng.IntN(20); {
		case k < 4:
			typ, schema = "entity", []string{"Company", "Organization", "LegalEntity"}[rng.IntN(3)]
			rec[7] = fmt.Sprintf("%d", 1000000000000+rng.Int64N(9000000000000))
		case k == 4:
			typ, schema = "vessel", "Vessel"
			rec[7] = "IMO" + ShipIMO(rng.IntN(900000)+100000)
		case k == 5 && rng.IntN(10) == 0:
			typ, schema = "wallet", "CryptoWallet"
			rec[7] = Address(c.Seed, "wallet", i)
		default:
			rec[4] = fmt.Sprintf("%d-%02d-%02d", 1930+rng.IntN(70), 1+rng.IntN(12), 1+rng.IntN(28))
		}
		var aliases []string
		for n := rng.IntN(4); n > 0; n-- {
			aliases = append(aliases, Typo(rng, name))
		}
		if rng.IntN(3) == 0 {
			aliases = append(aliases, strings.ToUpper(name))
		}
		countries := []string{osCountries[rng.IntN(len(osCountries))]}
		if rng.IntN(4) == 0 {
			countries = append(countries, osCountries[rng.IntN(len(osCountries))])
		}
		datasets := []string{osDatasets[min(rng.IntN(len(osDatasets)*2), rng.IntN(len(osDatasets)))]}
		if rng.IntN(3) == 0 {
			datasets = append(datasets, osDatasets[rng.IntN(len(osDatasets))])
		}
		if rng.IntN(5) == 0 {
			rec[8] = osPrograms[rng.IntN(len(osPrograms))]
		}
		if rng.IntN(4) == 0 {
			rec[6] = fmt.Sprintf("%d Lenina St, Moscow", 1+rng.IntN(200))
		}
		rec[0] = fmt.Sprintf("NK-%010x", rng.Uint64()&0xffffffffff)
		rec[1], rec[2], rec[3] = schema, name, strings.Join(aliases, ";")
		rec[5], rec[11] = strings.Join(countries, ";"), strings.Join(datasets, ";")
		first := 2018 + rng.IntN(8)
		rec[12] = fmt.Sprintf("%d-%02d-%02dT%02d:%02d:%02d", first, 1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(24), rng.IntN(60), rng.IntN(60))
		rec[13] = fmt.Sprintf("2026-12-%02dT%02d:00:00", 1+rng.IntN(6), rng.IntN(24))
		rec[14] = fmt.Sprintf("%d-%02d-%02dT00:00:00", first+rng.IntN(2026-first+1), 1+rng.IntN(12), 1+rng.IntN(28))
		if err := cw.Write(rec); err != nil {
			return nil, err
		}
		out = append(out, ListedName{EntryID: i + 2, Name: name, Type: typ})
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, err
	}
	return out, bw.Flush()
}
