package sanctions

import (
	"fmt"
	"strings"
	"testing"
)

// controlNames are listed names with an invisible or control character,
// each with its clean spelling: format characters (zero-width space, the
// byte-order mark, word joiner, soft hyphen, a direction mark) removed,
// control characters (NUL, C1 NEL, DEL, a tab) read as a space.
var controlNames = []struct{ listed, clean, typ string }{
	{"HUA\x00FU", "HUA FU", "vessel"},
	{"HUA\u0085FU SHIPPING CO LTD", "HUA FU SHIPPING CO LTD", "entity"},
	{"KIM\x7fJONG\tUN", "KIM JONG UN", "individual"},
	{"HUA\u200bFU", "HUAFU", "vessel"},
	{"\ufeffROSOBORON\ufeffEXPORT", "ROSOBORONEXPORT", "entity"},
	{"MOHAMMAD\u2060REZA NAQDI\u200f", "MOHAMMADREZA NAQDI", "individual"},
	{"GAZPROM\u00adBANK JOINT STOCK COMPANY", "GAZPROMBANK JOINT STOCK COMPANY", "entity"},
}

// TestControlCharsInNames checks that a name with invisible or control
// characters scores against a query as its clean spelling does, with the
// same explanation (the words compared, not split or joined by them),
// listed or screened; and that the index finds the entry with the score of
// the clean spelling and gives its listed name as the list wrote it.
// (Zero-width characters split words and C1 controls joined them: HUA​FU
// matched HUAFU only through the joined-words rule.)
func TestControlCharsInNames(t *testing.T) {
	var dirtyCSV, cleanCSV strings.Builder
	for i, c := range controlNames {
		fmt.Fprintf(&dirtyCSV, "%d,\"%s\",%s,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 100+i, c.listed, c.typ)
		fmt.Fprintf(&cleanCSV, "%d,\"%s\",%s,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 100+i, c.clean, c.typ)
		for _, q := range []string{c.clean, strings.ReplaceAll(c.clean, " ", "")} {
			want, wantEx := ScoreNames(q, c.clean, c.typ)
			got, ex := ScoreNames(q, c.listed, c.typ)
			if got != want || strings.Replace(ex, c.listed, c.clean, 1) != wantEx {
				t.Errorf("query %q, listed %q: %.3f %q, want %.3f %q as listed %q", q, c.listed, got, ex, want, wantEx, c.clean)
			}
			want, wantEx = ScoreNames(c.clean, q, c.typ)
			got, ex = ScoreNames(c.listed, q, c.typ)
			if got != want || strings.Replace(ex, c.listed, c.clean, 1) != wantEx {
				t.Errorf("query %q, listed %q: %.3f %q, want %.3f %q as %q", c.listed, q, got, ex, want, wantEx, c.clean)
			}
		}
	}
	dirty, _, err := LoadBytes("sdn.csv", []byte(dirtyCSV.String()), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	clean, _, err := LoadBytes("sdn.csv", []byte(cleanCSV.String()), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range controlNames {
		id := fmt.Sprint(100 + i)
		q := Query{Name: c.clean, Type: c.typ}
		find := func(ms []Match) *Match {
			for k := range ms {
				if ms[k].Entry.EntryID == id {
					return &ms[k]
				}
			}
			return nil
		}
		got, want := find(dirty.Name(q)), find(clean.Name(q))
		switch {
		case want == nil:
			t.Errorf("%q: the clean list does not match it", c.clean)
		case got == nil:
			t.Errorf("%q: listed as %q, not found", c.clean, c.listed)
		case got.Score != want.Score || strings.Replace(got.Explanation, c.listed, c.clean, 1) != want.Explanation:
			t.Errorf("%q listed as %q: %.3f %q, want %.3f %q", c.clean, c.listed, got.Score, got.Explanation, want.Score, want.Explanation)
		case got.Entry.Name != c.listed || got.Name != c.listed:
			t.Errorf("%q: listed name %q (matched name %q), want %q as the list writes it", c.clean, got.Entry.Name, got.Name, c.listed)
		}
	}
}

// TestCleanName checks which characters cleanName removes, which it reads
// as a space, and that it leaves a name without them as it is.
func TestCleanName(t *testing.T) {
	for in, want := range map[string]string{
		"HUA\x00FU": "HUA FU", "A\x1fB\x7fC\u0080D\u009fE": "A B C D E", "A\tB\r\nC": "A B  C",
		"HUA\u200bFU": "HUAFU", "\ufeffA\u200c\u200dB\u2060C\u00adD\u200e\u202eE\u2066F": "ABCDEF",
		"Иван Петров": "Иван Петров", "金正恩": "金正恩", "ÉCOLE D'ÉTÉ": "ÉCOLE D'ÉTÉ", "": "",
	} {
		if got := cleanName(in); got != want {
			t.Errorf("cleanName(%q) = %q, want %q", in, got, want)
		}
	}
}
