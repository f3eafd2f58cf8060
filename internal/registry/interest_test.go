package registry

import (
	"path/filepath"
	"testing"
)

// An ownership row's interest is free text (shareholding, voting, control,
// nominee, trustee, ...: docs/registry.md): it loads as written and no value
// is a problem; only the rules read words of it (OWN-NOMINEE: "nominee").
// A bad pep, a yes/no column, is a problem.
func TestInterestFreeText(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ownership.csv")
	writeFile(t, path, "owner_id,owned_id,share,interest\n"+
		"P-X,C-Y,25-50%,bogus-interest\n"+
		"P-Z,C-Y,10,Held as NOMINEE for P-X\n"+
		"P-W,C-Y,,\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 {
		t.Errorf("problems %v, want none", reg.Problems)
	}
	want := []string{"bogus-interest", "Held as NOMINEE for P-X", ""}
	if len(reg.Ownership) != len(want) {
		t.Fatalf("%d ownership rows, want %d", len(reg.Ownership), len(want))
	}
	for i, w := range want {
		if got := reg.Ownership[i].Interest; got != w {
			t.Errorf("row %d: interest %q, want %q", i+2, got, w)
		}
	}
	people := filepath.Join(t.TempDir(), "people.csv")
	writeFile(t, people, "person_id,name,pep\nP-X,Anna,bogus\n")
	if reg, err = Load([]string{people}, Options{}); err != nil {
		t.Fatal(err)
	}
	if got := problemSet(reg); len(got) != 1 || got[0] != `people.csv!2 pep: "bogus" is not yes or no` {
		t.Errorf("problems %v, want the bad pep", got)
	}
}
