package report

import "testing"

// TestCitation: evidence reads as one citation, without repeating what its
// parts already say (a CSV file's sheet, the word "list", an address
// list's row).
func TestCitation(t *testing.T) {
	for _, c := range []struct {
		ev   Evidence
		want string
	}{
		{Evidence{File: "registry.xlsx", Sheet: "ownership", Row: 7, Column: "share"}, "registry.xlsx, sheet ownership, row 7, column share"},
		{Evidence{File: "/in/vessels.csv", Sheet: "vessels.csv", Row: 6, Column: "imo"}, "/in/vessels.csv, row 6, column imo"},
		{Evidence{File: "/in/vessels.csv", Sheet: "vessels", Row: 6}, "/in/vessels.csv, sheet vessels, row 6"},
		{Evidence{List: "OFAC SDN", ListDate: "2024-05-03", EntryID: "27307"}, "list OFAC SDN of 2024-05-03, entry 27307"},
		{Evidence{List: "address list eth.txt", ListDate: "2024-09-27", EntryID: "row 11"}, "address list eth.txt of 2024-09-27, row 11"},
		{Evidence{List: "UN Security Council Consolidated List", EntryID: "KPi.033"}, "UN Security Council Consolidated List, entry KPi.033"},
	} {
		if got := Citation(c.ev); got != c.want {
			t.Errorf("Citation(%+v) = %q, want %q", c.ev, got, c.want)
		}
	}
}
