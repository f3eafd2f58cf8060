package sanctions

import (
	"encoding/csv"
	"github.com/tokenaudit/audit/internal/evmaddr"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"testing"
)

// sharedData returns ../shared/data seen from the repository root, skipping
// the test when it is absent (a user's clone has none).
func sharedData(t testing.TB, rel string) string {
	t.Helper()
	_, file, _, _ := runtime.Caller(0)
	p := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "data", rel)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("real data %s not found (../shared/data is only on the project's machine): %v", rel, err)
	}
	return p
}

func readCSVFile(t testing.TB, path string) []map[string]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, h := range recs[0] {
			m[h] = rec[i]
		}
		out = append(out, m)
	}
	return out
}

var (
	sdnOnce    sync.Once
	sdnEntries []*Entry
	sdnErr     error
)

// loadRealSDN reads the 2024-05-03 sdn.csv alone (no add/alt beside it).
func loadRealSDN(t testing.TB) map[string]*Entry {
	t.Helper()
	p := sharedData(t, "sanctions/ofac-sdn-2024-05-03/sdn.csv")
	sdnOnce.Do(func() {
		ix, _, err := Load([]string{p}, Options{Threshold: 0.85, Review: 0.7, ListDate: "2024-05-03"})
		if err == nil {
			sdnEntries = ix.Entries()
		}
		sdnErr = err
	})
	if sdnErr != nil {
		t.Fatal(sdnErr)
	}
	byNum := map[string]*Entry{}
	for _, e := range sdnEntries {
		byNum[e.EntryID] = e
	}
	return byNum
}

func contains(list []string, v string) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func TestSDNCounts(t *testing.T) {
	byNum := loadRealSDN(t)
	if len(byNum) != 14965 {
		t.Errorf("entries = %d, want 14965", len(byNum))
	}
	vessels := 0
	for _, e := range byNum {
		if e.Type == "vessel" {
			vessels++
		}
		if e.List != ListOFAC || e.ListDate != "2024-05-03" || e.Source == "" {
			t.Fatalf("entry %s: list %q date %q source %q", e.EntryID, e.List, e.ListDate, e.Source)
		}
	}
	if vessels != 851 {
		t.Errorf("vessels = %d, want 851", vessels)
	}
}

func TestSDNAddressesOracle(t *testing.T) {
	byNum := loadRealSDN(t)
	rows := readCSVFile(t, sharedData(t, "sanctions/expected/evm_sanctioned_addresses_union.csv"))
	all := map[string]bool{}
	for _, e := range byNum {
		for _, a := range e.Addresses {
			all[a] = true
		}
	}
	want := 0
	for _, r := range rows {
		if r["in_sdn_csv_2024-05-03"] != "1" {
			continue
		}
		want++
		if !all[r["address_lower"]] {
			t.Errorf("address %s (%s) not extracted", r["address_lower"], r["entity_names"])
		}
	}
	if want != 53 {
		t.Errorf("oracle lists %d addresses in sdn.csv, want 53", want)
	}
	// Nothing else: every address taken is a full 40-hex address that the
	// raw file contains, and the oracle knows it.
	raw, _ := os.ReadFile(sharedData(t, "sanctions/ofac-sdn-2024-05-03/sdn.csv"))
	lower := strings.ToLower(string(raw))
	oracle := map[string]bool{}
	for _, r := range rows {
		oracle[r["address_lower"]] = true
	}
	full := regexp.MustCompile(`^0x[0-9a-f]{40}$`)
	for a := range all {
		if !full.MatchString(a) || !strings.Contains(lower, a) {
			t.Errorf("address %q is not a full address of the file", a)
		}
		if !oracle[a] {
			t.Errorf("address %s extracted but not in the oracle", a)
		}
	}
	t.Logf("%d EVM addresses extracted from sdn.csv", len(all))
}

func TestSDNTruncatedAddressesRejected(t *testing.T) {
	byNum := loadRealSDN(t)
	// LAZARUS GROUP's Remarks are cut at 1000 characters; every address
	// taken from it must be complete.
	e := byNum["27307"]
	if e == nil {
		t.Fatal("entry 27307 (LAZARUS GROUP) missing")
	}
	for _, a := range e.Addresses {
		if !evmaddr.Strict(a) {
			t.Errorf("truncated address %q taken", a)
		}
	}
	// A synthetic cut: the last address loses characters.
	cut := &Entry{Type: "entity"}
	parseRemarks(cut, "Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; alt. Digital Currency Address - ETH 0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E")
	if len(cut.Addresses) != 1 || cut.Addresses[0] != "0x098b716b8aaf21512996dc57eb0615e2383e2f96" {
		t.Errorf("addresses = %v, want only the complete one", cut.Addresses)
	}
}

func TestSDNVesselsOracle(t *testing.T) {
	byNum := loadRealSDN(t)
	rows := readCSVFile(t, sharedData(t, "sanctions/expected/ofac_sdn_vessels_2024-05-03.csv"))
	imos, mmsis, formers, links := 0, 0, 0, 0
	for _, r := range rows {
		e := byNum[r["ent_num"]]
		if e == nil {
			t.Errorf("vessel %s %s missing", r["ent_num"], r["name"])
			continue
		}
		if e.Type != "vessel" || e.Name != r["name"] {
			t.Errorf("vessel %s: type %q name %q, want vessel %q", r["ent_num"], e.Type, e.Name, r["name"])
		}
		if r["imo"] != "" {
			imos++
			if !contains(e.IMOs, r["imo"]) {
				t.Errorf("vessel %s: IMO %s not in %v", r["ent_num"], r["imo"], e.IMOs)
			}
		}
		if r["mmsi"] != "" {
			mmsis++
			if !contains(e.MMSIs, r["mmsi"]) {
				t.Errorf("vessel %s: MMSI %s not in %v", r["ent_num"], r["mmsi"], e.MMSIs)
			}
		}
		if e.Flag != r["vess_flag"] {
			t.Errorf("vessel %s: flag %q, want %q", r["ent_num"], e.Flag, r["vess_flag"])
		}
		for _, f := range strings.Split(r["former_names"], ";") {
			if f != "" {
				formers++
				if !contains(e.Aliases, f) {
					t.Errorf("vessel %s: former name %q not in %v", r["ent_num"], f, e.Aliases)
				}
			}
		}
		for _, l := range strings.Split(r["linked_to"], ";") {
			if l != "" {
				links++
				if !contains(e.LinkedTo, l) {
					t.Errorf("vessel %s: linked to %q not in %v", r["ent_num"], l, e.LinkedTo)
				}
			}
		}
	}
	if imos != 842 {
		t.Errorf("oracle has %d ship IMOs, want 842", imos)
	}
	t.Logf("checked %d vessels: %d IMOs, %d MMSIs, %d former names, %d links", len(rows), imos, mmsis, formers, links)
}

func TestSDNCompanyIMOsOracle(t *testing.T) {
	byNum := loadRealSDN(t)
	rows := readCSVFile(t, sharedData(t, "sanctions/expected/ofac_sdn_companies_with_imo_2024-05-03.csv"))
	n := 0
	for _, r := range rows {
		e := byNum[r["ent_num"]]
		if e == nil {
			t.Errorf("company %s %s missing", r["ent_num"], r["name"])
			continue
		}
		for _, imo := range strings.Split(r["company_imo"], ";") {
			n++
			if !contains(e.CompanyIMOs, imo) {
				t.Errorf("company %s %s: IMO %s not in %v", r["ent_num"], r["name"], imo, e.CompanyIMOs)
			}
		}
	}
	if len(rows) != 92 {
		t.Errorf("oracle has %d companies, want 92", len(rows))
	}
	t.Logf("checked %d company IMOs of %d companies", n, len(rows))
}

func TestSDNLookups(t *testing.T) {
	byNum := loadRealSDN(t)
	var entries []*Entry
	for _, e := range byNum {
		entries = append(entries, e)
	}
	ix := NewIndex(entries, DefaultOptions)
	tests := []struct {
		name string
		got  []Match
		want string
	}{
		{"address any case", ix.Address("0x098B716B8Aaf21512996dC57EB0615e2383E2f96"), "27307"},
		{"ship IMO", ix.IMO("9187629"), "15036"},
		{"MMSI", ix.MMSI("572469210"), "15036"},
		{"company IMO", ix.CompanyIMO("5342883"), "17067"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.got) != 1 || tt.got[0].Entry.EntryID != tt.want || tt.got[0].Score != 1 || tt.got[0].Explanation == "" {
				t.Fatalf("got %+v, want entry %s", tt.got, tt.want)
			}
		})
	}
}

func TestOFACAddAltOrphans(t *testing.T) {
	sdn := sharedData(t, "sanctions/ofac-sdn-2024-05-03/sdn.csv")
	add := sharedData(t, "sanctions/ofac-add-alt-2025/add.csv")
	alt := sharedData(t, "sanctions/ofac-add-alt-2025/alt.csv")
	ix, sources, err := Load([]string{sdn, add, alt}, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 3 {
		t.Fatalf("sources = %+v, want 3", sources)
	}
	for _, s := range sources[1:] {
		if s.Entries == 0 || len(s.Warnings) == 0 || !strings.Contains(s.Warnings[0], "no row in") || !strings.Contains(s.Warnings[0], "different editions") {
			t.Errorf("source %s: entries %d warnings %v, want rows merged and orphans counted", s.Path, s.Entries, s.Warnings)
		}
		t.Logf("%s: %d rows merged; %v", filepath.Base(s.Path), s.Entries, s.Warnings)
	}
	// 36 AEROCARIBBEAN AIRLINES has alt 'AERO-CARIBBEAN' and an address in Cuba.
	var e *Entry
	for _, x := range ix.Entries() {
		if x.EntryID == "36" {
			e = x
		}
	}
	if e == nil || !contains(e.Aliases, "AERO-CARIBBEAN") || !contains(e.Countries, "CU") {
		t.Fatalf("entry 36 = %+v, want alias AERO-CARIBBEAN and country CU", e)
	}
	if m := ix.Name(Query{Name: "Aero Caribbean"}); len(m) == 0 || m[0].Entry.EntryID != "36" {
		t.Errorf("alias from alt.csv not matched: %+v", m)
	}
}

func TestUNLoad(t *testing.T) {
	p := sharedData(t, "sanctions/un-consolidated-2025-08/consolidatedLegacyByPRN.xml")
	ix, sources, err := Load([]string{p}, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 1 || sources[0].Format != FormatUN || sources[0].ListDate != "2025-08-02" || sources[0].Entries != 879 {
		t.Fatalf("source = %+v", sources)
	}
	kpe, individuals := 0, 0
	var omm *Entry
	for _, e := range ix.Entries() {
		if e.List != ListUN || e.ListDate != "2025-08-02" {
			t.Fatalf("entry %s: list %q date %q", e.EntryID, e.List, e.ListDate)
		}
		if strings.HasPrefix(e.EntryID, "KPe.") {
			kpe++
			if e.Type != "entity" || e.Name == "" {
				t.Errorf("%s: type %q name %q", e.EntryID, e.Type, e.Name)
			}
		}
		if e.Type == "individual" {
			individuals++
		}
		if contains(e.CompanyIMOs, "1790183") {
			omm = e
		}
	}
	if individuals != 684 || kpe == 0 {
		t.Errorf("individuals %d, KPe entities %d", individuals, kpe)
	}
	if omm == nil || !strings.HasPrefix(omm.EntryID, "KPe.") {
		t.Errorf("Ocean Maritime Management (IMO 1790183) not found with a KPe reference: %+v", omm)
	}
	if m := ix.CompanyIMO("1790183"); len(m) != 1 {
		t.Errorf("CompanyIMO(1790183) = %+v", m)
	}
	t.Logf("UN: %d entries, %d DPRK entities (KPe.)", len(ix.Entries()), kpe)
}

func TestWalletListsLoad(t *testing.T) {
	tests := []struct {
		file string
		want int
	}{
		{"sanctions/wallets/ofac-ethereum-addresses/data.csv", 97},
		{"sanctions/wallets/ofac-ethereum-addresses/data_2024-08-20_pre_tornado_delisting.csv", 157},
		{"sanctions/wallets/ofac-lists-2024-09-27/sanctioned_addresses_ETH.txt", 152},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.file), func(t *testing.T) {
			ix, sources, err := Load([]string{sharedData(t, tt.file)}, Options{Threshold: 0.85, Review: 0.7, ListDate: "2024-09-27"})
			if err != nil {
				t.Fatal(err)
			}
			if sources[0].Format != FormatWallets || sources[0].Entries != tt.want {
				t.Fatalf("source = %+v, want %d addresses", sources[0], tt.want)
			}
			a := ix.Entries()[0].Addresses[0]
			if m := ix.Address(strings.ToUpper(a[2:])); len(m) != 0 {
				t.Errorf("address without 0x matched")
			}
			if m := ix.Address(a); len(m) == 0 || m[0].Entry.ListDate != "2024-09-27" {
				t.Errorf("Address(%s) = %+v", a, m)
			}
		})
	}
}

// TestUNKoreanScripts screens names of the UN list's North Korean entries
// written in Hangul (organisations) and in Cyrillic the Russian way
// (persons), which the list itself only gives in Latin letters: each finds
// its entry first, at the threshold, as the index and NameBrute agree.
func TestUNKoreanScripts(t *testing.T) {
	p := sharedData(t, "sanctions/un-consolidated-2025-08/consolidatedLegacyByPRN.xml")
	ix, _, err := Load([]string{p}, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, typ, want string }{
		{"조선광선은행", "entity", "KPe.025"},
		{"조선대성은행", "entity", "KPe.035"},
		{"단천상업은행", "entity", "KPe.003"},
		{"조선흥진무역회사", "entity", "KPe.011"},
		{"조선련하기계합영회사", "entity", "KPe.016"},
		{"청천강해운회사", "entity", "KPe.022"},
		{"조선안산해운회사", "entity", "KPe.062"},
		{"고려은행", "entity", "KPe.045"},
		{"조선련봉총회사", "entity", "KPe.002"},
		{"Ким Ён Чхоль", "individual", "KPi.024"},
		{"Ли Су Ён", "individual", "KPi.052"},
		{"Чхве Чхун Ён", "individual", "KPi.054"},
		{"Пак Пон Нам", "individual", "KPi.073"},
		{"Хён Гван Ир", "individual", "KPi.015"},
		{"Ли Пён Чхоль", "individual", "KPi.076"},
	} {
		for _, typ := range []string{"", c.typ} {
			q := Query{Name: c.name, Type: typ}
			got := ix.Name(q)
			if !sameMatches(got, ix.NameBrute(q)) {
				t.Errorf("%s (%q): index and brute force differ", c.name, typ)
			}
			if len(got) == 0 || got[0].Entry.EntryID != c.want || got[0].Score < DefaultOptions.Threshold {
				t.Errorf("%s (%q): %s, want %s first at the threshold", c.name, typ, matchNames(got), c.want)
			}
		}
	}
}

// TestSDNRegistrationCountries: a registration number's country in its
// Remarks ("Registration Number 6388 (Iran)") is kept with the number, for
// nearly every registration number of sdn.csv that gives one.
func TestSDNRegistrationCountries(t *testing.T) {
	byNum := loadRealSDN(t)
	if got := byNum["16031"].RegistrationCountry("6388"); got != "IR" {
		t.Errorf("PARS OIL CO. registration number 6388: country %q, want IR", got)
	}
	withNum, withCountry := 0, 0
	for _, e := range byNum {
		for _, n := range e.RegistrationNumbers {
			withNum++
			if e.RegistrationCountry(n) != "" {
				withCountry++
			}
		}
	}
	t.Logf("%d of %d registration numbers have their country", withCountry, withNum)
	if withNum < 2000 || withCountry*100 < withNum*90 {
		t.Errorf("%d of %d registration numbers have their country, want at least 90%%", withCountry, withNum)
	}
}
