package sanctions

import (
	"strings"
	"testing"
)

// TestUntypedShortLegalForm checks that a name of two words screened
// without a type, ending in a legal form of up to three letters, is also
// read as an organisation's name: an exact listed alias "MORTRANSSERVIS
// OOO" is a match, not a review held down by the one-word rule, for OOO
// and for the LLC it folds with; the organisation reading is never
// compared with a person's name, so "Li Na" gains nothing against LI, Yi.
func TestUntypedShortLegalForm(t *testing.T) {
	ix := NewIndex([]*Entry{
		{List: "L", EntryID: "1", Type: "entity", Name: "LIMITED LIABILITY COMPANY MORTRANSSERVICE", Aliases: []string{"MORTRANSSERVIS OOO"}},
		{List: "L", EntryID: "2", Type: "individual", Name: "LI, Yi"},
	}, DefaultOptions)
	for _, q := range []string{"Mortransservis OOO", "Mortransservis LLC", "MORTRANSSERVIS Ooo"} {
		m := ix.Name(Query{Name: q})
		if len(m) != 1 || m[0].Entry.EntryID != "1" || m[0].Review || m[0].Score < 0.99 {
			t.Errorf("%q: %+v, want entry 1 matched at 1.00", q, m)
		}
		typed := ix.Name(Query{Name: q, Type: "entity"})
		if len(m) == 1 && (len(typed) != 1 || typed[0].Score != m[0].Score) {
			t.Errorf("%q: %+v by name alone, %+v as an entity: want the same score", q, m, typed)
		}
	}
	for _, m := range ix.Name(Query{Name: "Li Na"}) {
		if strings.Contains(m.Explanation, "organisation") {
			t.Errorf("Li Na read as an organisation against the person %s: %s", m.Entry.Name, m.Explanation)
		}
	}
}
