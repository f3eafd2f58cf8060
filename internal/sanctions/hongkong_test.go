package sanctions

import (
	"path/filepath"
	"slices"
	"testing"
)

// TestHongKongAddressCountries checks that an entry whose address the list
// writes as city or state "Hong Kong", country "China" (OFAC add.csv, the
// UN list) is of both HK and CN, so that a query of either country agrees
// with it and neither is a contradiction; "Hongkou" in Shanghai is not
// Hong Kong, and Macau is read as Hong Kong is.
func TestHongKongAddressCountries(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"sdn.csv": "23763,\"CHANG AN SHIPPING & TECHNOLOGY\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n" +
			"100,\"EXAMPLE TRADING LIMITED\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
		"add.csv": "23763,1,\"Room 2105, Trend Centre, 29-31 Cheung Lee Street, Chai Wan\",\"Hong Kong\",\"China\",-0- \r\n" +
			"100,2,\"Room 601, 433, Chifeng Lu, Hongkou Qu\",\"Shanghai\",\"China\",-0- \r\n" +
			"100,3,-0- ,\"Macau\",\"China\",-0- \r\n",
		"un.xml": `<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2025-08-02T23:00:00Z"><ENTITIES>` +
			`<ENTITY><FIRST_NAME>CHANG AN SHIPPING &amp; TECHNOLOGY</FIRST_NAME><REFERENCE_NUMBER>KPe.055</REFERENCE_NUMBER><ENTITY_ADDRESS><STREET>Room 2105, Trend Centre</STREET><STATE_PROVINCE>Hong Kong</STATE_PROVINCE><COUNTRY>China</COUNTRY></ENTITY_ADDRESS></ENTITY>` +
			`<ENTITY><FIRST_NAME>LEADER (HONG KONG) INTERNATIONAL</FIRST_NAME><REFERENCE_NUMBER>KPe.017</REFERENCE_NUMBER><ENTITY_ADDRESS><STREET>383 Hennessy Road, Wanchai</STREET><COUNTRY>China, Hong Kong Special Administrative Region</COUNTRY></ENTITY_ADDRESS></ENTITY>` +
			`</ENTITIES></CONSOLIDATED_LIST>`,
	})
	ix, _, err := Load([]string{filepath.Join(dir, "sdn.csv"), filepath.Join(dir, "un.xml")}, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{"23763": {"CN", "HK"}, "100": {"CN", "MO"}, "KPe.055": {"CN", "HK"}, "KPe.017": {"CN", "HK"}}
	for _, e := range ix.Entries() {
		got := slices.Clone(e.Countries)
		slices.Sort(got)
		if !slices.Equal(got, want[e.EntryID]) {
			t.Errorf("%s %s: countries %v, want %v", e.EntryID, e.Name, got, want[e.EntryID])
		}
	}
	for _, c := range []string{"HK", "CN"} {
		ms := ix.Name(Query{Name: "Chang An Shipping", Type: "entity", Countries: []string{c}})
		if len(ms) != 2 {
			t.Fatalf("country %s: %d matches, want the OFAC and UN entries: %+v", c, len(ms), ms)
		}
		for _, m := range ms {
			if m.Review || m.Score < DefaultOptions.Threshold {
				t.Errorf("country %s: %s %.3f review %v: %s", c, m.Entry.Ref(), m.Score, m.Review, m.Explanation)
			}
		}
	}
}
