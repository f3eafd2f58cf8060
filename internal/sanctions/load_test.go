package sanctions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDetectFormat(t *testing.T) {
	tests := []struct{ data, want string }{
		{sdnSeed, FormatOFACSDN},
		{"36,25,-0- ,\"Havana\",\"Cuba\",-0- \n", FormatOFACAdd},
		{"36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n", FormatOFACAlt},
		{"27307,\"RAMANTIC CYBER ARMY TEAM'.\"\n", FormatOFACComments},
		{unSeed, FormatUN},
		{osSeed, FormatOpenSanction},
		{walletSeed, FormatWallets},
		{"date_added,address,name\n2020-09-10,0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c,X\n", FormatWallets},
		{"0x098B716B8Aaf21512996dC57EB0615e2383E2f96\n", FormatWallets},
		{"hello,world\n", ""},
		{"<html></html>", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := DetectFormat([]byte(tt.data)); got != tt.want {
			t.Errorf("DetectFormat(%.40q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}

// TestSDNCommentsContinueRemarks writes an sdn.csv whose Remarks are cut
// in the middle of an address and an sdn_comments.csv that continues them,
// plus add/alt rows for an ent_num with no sdn row.
func TestSDNCommentsContinueRemarks(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"sdn.csv": "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; alt. Digital Currency Address - ETH 0xa0e1c89Ef1a489c9\"\r\n" +
			"200,\"EXAMPLE VESSEL\",\"vessel\",\"IRAN\",-0- ,-0- ,\"Tanker\",-0- ,-0- ,\"Panama\",-0- ,\"Vessel Registration Identification IMO 9187629; MMSI 572469210; Linked To: EXAMPLE GROUP.\"\r\n\x1a",
		"sdn_comments.csv": "100,\"C7dE96311eD5Ce5D32c20E4B; a.k.a. 'EXAMPLE'.\"\r\n999,\"orphan\"\r\n",
		"alt.csv":          "100,1,\"fka\",\"OLD EXAMPLE GROUP\",-0- \r\n999,2,\"aka\",\"NOBODY\",-0- \r\n",
		"add.csv":          "100,1,-0- ,\"Pyongyang\",\"North Korea\",-0- \r\n",
	}
	writeFiles(t, dir, files)
	ix, sources, err := Load([]string{filepath.Join(dir, "sdn.csv")}, Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"})
	if err != nil {
		t.Fatal(err)
	}
	if len(sources) != 4 {
		t.Fatalf("sources = %+v, want sdn, add, alt and comments", sources)
	}
	orphans := 0
	for _, s := range sources {
		if s.SHA256 == "" || s.ListDate != "2024-05-03" {
			t.Errorf("source %+v", s)
		}
		if len(s.Warnings) > 0 && strings.Contains(s.Warnings[len(s.Warnings)-1], "no row in") {
			orphans++
		}
	}
	if orphans != 2 {
		t.Errorf("orphan notes on %d sources, want 2 (comments, alt): %+v", orphans, sources)
	}
	if m := ix.Address("0xa0e1c89ef1a489c9c7de96311ed5ce5d32c20e4b"); len(m) != 1 || m[0].Entry.EntryID != "100" {
		t.Errorf("address continued in sdn_comments.csv not found: %+v", m)
	}
	e := ix.Address("0x098b716b8aaf21512996dc57eb0615e2383e2f96")[0].Entry
	if !contains(e.Aliases, "OLD EXAMPLE GROUP") || !contains(e.Weak, "EXAMPLE") || !contains(e.Countries, "KP") || len(e.Addresses) != 2 {
		t.Errorf("entry 100 = %+v", e)
	}
	v := ix.IMO("9187629")
	if len(v) != 1 || v[0].Entry.Flag != "Panama" || !contains(v[0].Entry.LinkedTo, "EXAMPLE GROUP") || len(ix.MMSI("572469210")) != 1 {
		t.Errorf("vessel = %+v", v)
	}
}

func TestLoadOpenSanctions(t *testing.T) {
	ix, sources, err := LoadBytes("targets.simple.csv", []byte(osSeed), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if sources[0].Format != FormatOpenSanction || sources[0].ListDate != "2024-05-03" || sources[0].Entries != 2 {
		t.Fatalf("source = %+v", sources[0])
	}
	if m := ix.IMO("9187629"); len(m) != 1 || m[0].Entry.EntryID != "NK-1" || m[0].Entry.Type != "vessel" {
		t.Errorf("IMO = %+v", m)
	}
	m := ix.Name(Query{Name: "김정은"})
	if len(m) == 0 || m[0].Entry.EntryID != "NK-2" || !contains(m[0].Entry.Countries, "KP") {
		t.Errorf("Hangul alias not matched: %+v", m)
	}
}

func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("not a list\n"), 0o644)
	alt := filepath.Join(dir, "alt.csv")
	os.WriteFile(alt, []byte("36,12,\"aka\",\"AERO-CARIBBEAN\",-0- \n"), 0o644)
	for _, paths := range [][]string{{bad}, {alt}, {filepath.Join(dir, "missing.csv")}} {
		if _, _, err := Load(paths, DefaultOptions); err == nil || !strings.Contains(err.Error(), filepath.Base(paths[0])) {
			t.Errorf("Load(%v) error = %v, want one naming the file", paths, err)
		}
	}
}

// TestOpenSanctionsDatasets loads entries whose dataset column names the
// underlying lists: the entry keeps them and a match cites them.
func TestOpenSanctionsDatasets(t *testing.T) {
	ix, _, err := LoadBytes("targets.simple.csv", []byte(osSeed), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	m := ix.IMO("9187629")
	if len(m) != 1 || !contains(m[0].Entry.Datasets, "us_ofac_sdn") || m[0].Entry.List != "OpenSanctions (us_ofac_sdn)" ||
		!strings.Contains(m[0].Explanation, "listed on OpenSanctions (us_ofac_sdn) entry NK-1") {
		t.Errorf("IMO match = %+v, want the dataset us_ofac_sdn kept and cited", m)
	}
}

// TestAddressListMatchWording checks how a match on a plain address list
// reads: the list is named as an address list, the entry as its row, the
// explanation as a sentence ("... is listed on address list eth.csv, row
// 2"), as an OFAC match reads "... is listed on OFAC SDN entry 27307".
func TestAddressListMatchWording(t *testing.T) {
	ix, _, err := LoadBytes("lists/eth.csv", []byte(walletSeed), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	m := ix.Address("0x098B716B8Aaf21512996dC57EB0615e2383E2f96")
	if len(m) != 1 {
		t.Fatalf("Address = %+v, want one match", m)
	}
	want := "address 0x098b716b8aaf21512996dc57eb0615e2383e2f96 is listed on address list eth.csv, row 2"
	if e := m[0].Entry; e.List != "address list eth.csv" || e.EntryID != "row 2" || e.Source != "lists/eth.csv" || m[0].Explanation != want {
		t.Errorf("list %q, entry %q, source %q, explanation %q\nwant list %q, entry %q, explanation %q",
			e.List, e.EntryID, e.Source, m[0].Explanation, "address list eth.csv", "row 2", want)
	}
	ofac, _, err := LoadBytes("sdn.csv", []byte(sdnSeed), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	m = ofac.Address("0x098B716B8Aaf21512996dC57EB0615e2383E2f96")
	if len(m) != 1 || m[0].Explanation != "address 0x098b716b8aaf21512996dc57eb0615e2383e2f96 is listed on OFAC SDN entry 27307" {
		t.Errorf("OFAC match = %+v", m)
	}
}

// TestMatchedNameKind checks that a name match says which of the entry's
// names matched and what kind the list says it is: OFAC alt.csv's aka, fka
// and nka and the Remarks' f.k.a. and a.k.a. (weak), the UN's alias
// qualities and name in original script.
func TestMatchedNameKind(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"sdn.csv": "4243,\"EBANO\",\"vessel\",\"CUBA\",-0- ,-0- ,\"General Cargo\",\"2595\",\"1865\",\"Panama\",-0- ,\"Vessel Registration Identification IMO 7406784; f.k.a. 'SAND SWAN'; a.k.a. 'BLUE HERON'.\"\r\n" +
			"100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
		"alt.csv": "100,1,\"fka\",\"OLDWORLD TRADING\",-0- \r\n100,2,\"aka\",\"PLAINFIELD HOLDINGS\",-0- \r\n100,3,\"nka\",\"NEWMARKET VENTURES\",-0- \r\n" +
			"100,4,\"aka\",\"EXAMPLE  GROUP\",-0- \r\n", // the primary name spaced out: sorts first, scores the same
		"un.xml": `<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2025-08-02T23:00:00.935Z"><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>ERIC</FIRST_NAME><SECOND_NAME>BADEGE</SECOND_NAME><REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER><NAME_ORIGINAL_SCRIPT>Эрик Бадеге</NAME_ORIGINAL_SCRIPT>` +
			`<INDIVIDUAL_ALIAS><QUALITY>f.k.a.</QUALITY><ALIAS_NAME>Erasmus Kolwezi</ALIAS_NAME></INDIVIDUAL_ALIAS>` +
			`<INDIVIDUAL_ALIAS><QUALITY>Low</QUALITY><ALIAS_NAME>Tonton Lubumba</ALIAS_NAME></INDIVIDUAL_ALIAS>` +
			`<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>Eric Mbuyamba</ALIAS_NAME></INDIVIDUAL_ALIAS></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`,
	}
	writeFiles(t, dir, files)
	ix, _, err := Load([]string{filepath.Join(dir, "sdn.csv"), filepath.Join(dir, "un.xml")}, Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ query, id, name, kind, note string }{
		{"Ebano", "4243", "EBANO", NamePrimary, ""},
		{"Example Group", "100", "EXAMPLE GROUP", NamePrimary, ""}, // not its alias of the same words
		{"Sand Swan", "4243", "SAND SWAN", NameFormer, "matched former name SAND SWAN (f.k.a.)"},
		{"Blue Heron", "4243", "BLUE HERON", NameWeak, "matched weak alias BLUE HERON (weak a.k.a.)"},
		{"Oldworld Trading", "100", "OLDWORLD TRADING", NameFormer, "matched former name OLDWORLD TRADING (f.k.a.)"},
		{"Plainfield Holdings", "100", "PLAINFIELD HOLDINGS", NameAlias, "matched alias PLAINFIELD HOLDINGS (a.k.a.)"},
		{"Newmarket Ventures", "100", "NEWMARKET VENTURES", NameNew, "matched new name NEWMARKET VENTURES (n.k.a.)"},
		{"Erasmus Kolwezi", "CDi.001", "Erasmus Kolwezi", NameFormer, "matched former name Erasmus Kolwezi (f.k.a.)"},
		{"Tonton Lubumba", "CDi.001", "Tonton Lubumba", NameWeak, "matched weak alias Tonton Lubumba (weak a.k.a.)"},
		{"Eric Mbuyamba", "CDi.001", "Eric Mbuyamba", NameAlias, "matched alias Eric Mbuyamba (a.k.a.)"},
		{"Эрик Бадеге", "CDi.001", "Эрик Бадеге", NameOriginal, "matched name in original script Эрик Бадеге"},
	}
	for _, tt := range tests {
		ms := ix.Lookup(Query{Name: tt.query})
		if len(ms) == 0 || ms[0].Entry.EntryID != tt.id {
			t.Errorf("%s: matches %+v, want entry %s first", tt.query, ms, tt.id)
			continue
		}
		m := ms[0]
		if m.Name != tt.name || m.NameKind != tt.kind || m.NameNote() != tt.note {
			t.Errorf("%s: matched %q kind %q note %q, want %q %q %q", tt.query, m.Name, m.NameKind, m.NameNote(), tt.name, tt.kind, tt.note)
		}
	}
	if m := ix.IMO("7406784"); len(m) != 1 || m[0].Name != "" || m[0].NameKind != "" || m[0].NameNote() != "" {
		t.Errorf("identifier match %+v names a name", m)
	}
}

// writeFiles writes each file of files (name to content) into dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
