package rules

import (
	"testing"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// TestPossibleDoublesTogether: two records of John Jones loaded apart (each
// the other's registry.Possible) are owners of the vessel's legal chain
// (C-OWN up). What the two would hold were they one person is the
// look-through with the two as one: where they hold different companies,
// the two shares added up; where both state one holding of C-H (20% each,
// or unknown shares of it), that holding counts once, where adding the
// shares counted it twice (40%, a beneficial owner, for a holding of
// 20%). Each owner's own share is unchanged.
func TestPossibleDoublesTogether(t *testing.T) {
	own := func(owner, owned string, s registry.Share, row int) registry.Ownership {
		return registry.Ownership{OwnerID: owner, OwnedID: owned, Share: s, Interest: "shareholding", Origin: at("ownership", row)}
	}
	tests := []struct {
		name      string
		ownership []registry.Ownership
		each      [2]registry.Share // J1's and J2's own shares of C-OWN
		together  registry.Share
		decision  string // the together decision at 25%
	}{
		{"different companies: the sum", []registry.Ownership{
			own("C-X", "C-OWN", registry.Exact(0.3), 2), own("C-Y", "C-OWN", registry.Exact(0.2), 3), own("P-A", "C-OWN", registry.Exact(0.5), 4),
			own("J1", "C-X", registry.Exact(0.5), 5), own("J2", "C-Y", registry.Exact(0.5), 6),
		}, [2]registry.Share{registry.Exact(0.15), registry.Exact(0.1)}, registry.Exact(0.25), report.DecisionOwner},
		{"one holding stated twice: counted once", []registry.Ownership{
			own("C-H", "C-OWN", registry.Exact(1), 2), own("J1", "C-H", registry.Exact(0.2), 3), own("J2", "C-H", registry.Exact(0.2), 4),
			own("P-A", "C-H", registry.Exact(0.6), 5),
		}, [2]registry.Share{registry.Exact(0.2), registry.Exact(0.2)}, registry.Exact(0.2), report.DecisionBelow},
		{"unknown shares of one company: within what it holds", []registry.Ownership{
			own("C-H", "C-OWN", registry.Exact(0.2), 2), own("P-A", "C-OWN", registry.Exact(0.8), 3),
			own("J1", "C-H", registry.Unknown, 4), own("J2", "C-H", registry.Unknown, 5),
		}, [2]registry.Share{{Low: 0, High: 0.2}, {Low: 0, High: 0.2}}, registry.Share{Low: 0, High: 0.2}, report.DecisionBelow},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := quiet()
			w.reg.Companies = append(w.reg.Companies,
				registry.Company{ID: "C-X", Name: "X AS", Origin: at("companies", 4)},
				registry.Company{ID: "C-Y", Name: "Y AS", Origin: at("companies", 5)},
				registry.Company{ID: "C-H", Name: "H AS", Origin: at("companies", 6)})
			possible := func(other string) *registry.Possible {
				return &registry.Possible{Records: []registry.PossibleRecord{{PersonID: other, Origin: at("people", 9), Why: "same name and month of birth"}}}
			}
			w.reg.People = append(w.reg.People,
				registry.Person{ID: "J1", Name: "John Jones", Origin: at("people", 9), Possible: possible("J2")},
				registry.Person{ID: "J2", Name: "John Jones", Origin: at("people", 10), Possible: possible("J1")})
			w.reg.Ownership = tc.ownership
			legal := chainOwners(t, w.run(), imo1, "legal")
			for i, c := range [][2]string{{"J1", "J2"}, {"J2", "J1"}} {
				o := ownerByID(legal, c[0])
				if o == nil {
					t.Fatalf("%s is not among the owners: %+v", c[0], legal.Owners)
				}
				if !near(o.Low, tc.each[i].Low) || !near(o.High, tc.each[i].High) {
					t.Errorf("%s's own share %v-%v, want %+v", c[0], o.Low, o.High, tc.each[i])
				}
				if len(o.PossiblySameAs) != 1 || o.PossiblySameAs[0].ID != c[1] || o.PossiblySameAs[0].Also == nil {
					t.Fatalf("%s's possible doubles: %+v, want %s with its share", c[0], o.PossiblySameAs, c[1])
				}
				a := o.PossiblySameAs[0].Also
				if !near(a.Low, tc.each[1-i].Low) || !near(a.High, tc.each[1-i].High) {
					t.Errorf("%s's possible double %s: also %v-%v, want %+v", c[0], c[1], a.Low, a.High, tc.each[1-i])
				}
				if !near(a.TogetherLow, tc.together.Low) || !near(a.TogetherHigh, tc.together.High) || a.TogetherDecision != tc.decision {
					t.Errorf("%s with %s: together %v-%v %s, want %+v %s (the two added up: %v-%v)", c[0], c[1],
						a.TogetherLow, a.TogetherHigh, a.TogetherDecision, tc.together, tc.decision, o.Low+a.Low, o.High+a.High)
				}
			}
		})
	}
}
