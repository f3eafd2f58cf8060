package sanctions

import (
	"os"
	"regexp"
	"testing"
)

// TestUNCompanyIMOWordings checks that the UN loader reads a company IMO
// number in each wording the UN list writes it in COMMENTS1.
func TestUNCompanyIMOWordings(t *testing.T) {
	xml := `<?xml version="1.0" encoding="UTF-8"?><CONSOLIDATED_LIST dateGenerated="2025-08-02T23:00:00Z"><ENTITIES>` +
		`<ENTITY><FIRST_NAME>KOREA YUJONG SHIPPING CO LTD</FIRST_NAME><REFERENCE_NUMBER>KPe.066</REFERENCE_NUMBER><COMMENTS1>Owner of the vessel. Company Number IMO 5434358.</COMMENTS1></ENTITY>` +
		`<ENTITY><FIRST_NAME>OCEAN MARITIME MANAGEMENT</FIRST_NAME><REFERENCE_NUMBER>KPe.029</REFERENCE_NUMBER><COMMENTS1>International Maritime Organization (IMO) Number: 1790183.</COMMENTS1></ENTITY>` +
		`<ENTITY><FIRST_NAME>PAEKSOL SHIPPING</FIRST_NAME><REFERENCE_NUMBER>KPe.070</REFERENCE_NUMBER><COMMENTS1>Ship manager. IMO number: 5607012</COMMENTS1></ENTITY>` +
		`</ENTITIES></CONSOLIDATED_LIST>`
	ix, _, err := LoadBytes("un.xml", []byte(xml), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	for imo, id := range map[string]string{"5434358": "KPe.066", "1790183": "KPe.029", "5607012": "KPe.070"} {
		if m := ix.CompanyIMO(imo); len(m) != 1 || m[0].Entry.EntryID != id {
			t.Errorf("CompanyIMO(%s) = %+v, want %s", imo, m, id)
		}
	}
}

// TestUNCompanyIMOsReal checks, on the real UN list, that every IMO number
// its text gives (a 7-digit number shortly after "IMO") is read as a
// company IMO of some entry: none of the list's wordings is missed.
func TestUNCompanyIMOsReal(t *testing.T) {
	p := sharedData(t, "sanctions/un-consolidated-2025-08/consolidatedLegacyByPRN.xml")
	raw, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	ix, _, err := Load([]string{p}, DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	read := map[string]bool{}
	for _, e := range ix.Entries() {
		for _, imo := range e.CompanyIMOs {
			read[imo] = true
		}
	}
	mentions := regexp.MustCompile(`IMO[^0-9<]{0,20}(\d{7})\b`).FindAllSubmatch(raw, -1)
	for _, m := range mentions {
		if !read[string(m[1])] {
			t.Errorf("IMO %s written %q in the list, not read", m[1], m[0])
		}
	}
	if len(mentions) == 0 || len(read) != len(mentions) {
		t.Errorf("%d IMO numbers in the list's text, %d read", len(mentions), len(read))
	}
	t.Logf("%d IMO numbers in the UN list, %d read", len(mentions), len(read))
}
