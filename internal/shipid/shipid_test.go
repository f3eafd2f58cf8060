package shipid

import "testing"

func TestUnlabel(t *testing.T) {
	for _, tc := range []struct{ in, label, want string }{
		{"IMO No. 9020003", "IMO", "9020003"},
		{" imo: 9020003 ", "IMO", "9020003"},
		{"IMO number 9020003", "IMO", "9020003"},
		{"IMO Nr.9020003", "IMO", "9020003"},
		{"IMO#9020003", "IMO", "9020003"},
		{"IMO9020003", "IMO", "9020003"},
		{"9020003", "IMO", "9020003"},
		{"MMSI 319766000", "MMSI", "319766000"},
		{"IMONO 9020003", "IMO", "9020003"},       // as "IMO No" without its blank
		{"IMO Nordic Star", "IMO", "Nordic Star"}, // a name starting with No: not a word for number
		{"Number 5", "IMO", "Number 5"},           // no label: only trimmed
	} {
		if got := Unlabel(tc.in, tc.label); got != tc.want {
			t.Errorf("Unlabel(%q, %q) = %q, want %q", tc.in, tc.label, got, tc.want)
		}
	}
}
