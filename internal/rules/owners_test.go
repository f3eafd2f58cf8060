package rules

import (
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// chainOwners returns the beneficial-owner list of one chain, failing the
// test when the result has none.
func chainOwners(t *testing.T, res Result, asset, basis string) report.Owners {
	t.Helper()
	for _, a := range res.Owners {
		if a.Asset == asset && a.Basis == basis {
			return a
		}
	}
	t.Fatalf("no %s beneficial-owner list for %s among %+v", basis, asset, res.Owners)
	return report.Owners{}
}

func ownerByID(a report.Owners, id string) *report.Owner {
	for i := range a.Owners {
		if a.Owners[i].ID == id {
			return &a.Owners[i]
		}
	}
	return nil
}

// TestBeneficialOwnerThroughSeveralPaths: C-OWN, the vessel's registered
// owner, is held 50% by C-X and 50% by C-Y; P1 holds 30% of each and Anna
// Auk 70% of each. P1 reaches 15% on each path, 30% in all: a beneficial
// owner at 25% that no single path shows. Each owner is listed once, with
// its two paths; nothing is opaque.
func TestBeneficialOwnerThroughSeveralPaths(t *testing.T) {
	w := quiet()
	w.reg.Companies = append(w.reg.Companies,
		registry.Company{ID: "C-X", Name: "X Holding AS", Jurisdiction: "NO", Origin: at("companies", 4)},
		registry.Company{ID: "C-Y", Name: "Y Holding AS", Jurisdiction: "NO", Origin: at("companies", 5)})
	w.reg.Ownership = []registry.Ownership{
		{OwnerID: "C-X", OwnedID: "C-OWN", Share: registry.Exact(0.5), Interest: "shareholding", Origin: at("ownership", 2)},
		{OwnerID: "C-Y", OwnedID: "C-OWN", Share: registry.Exact(0.5), Interest: "shareholding", Origin: at("ownership", 3)},
		{OwnerID: "P1", OwnedID: "C-X", Share: registry.Exact(0.3), Interest: "shareholding", Origin: at("ownership", 4)},
		{OwnerID: "P1", OwnedID: "C-Y", Share: registry.Exact(0.3), Interest: "shareholding", Origin: at("ownership", 5)},
		{OwnerID: "P-A", OwnedID: "C-X", Share: registry.Exact(0.7), Interest: "shareholding", Origin: at("ownership", 6)},
		{OwnerID: "P-A", OwnedID: "C-Y", Share: registry.Exact(0.7), Interest: "shareholding", Origin: at("ownership", 7)},
	}
	res := w.run()
	legal := chainOwners(t, res, imo1, "legal")
	if legal.Kind != "vessel" || len(legal.Owners) != 2 {
		t.Fatalf("legal chain of %s: %+v, want a vessel with 2 owners", imo1, legal)
	}
	p1 := ownerByID(legal, "P1")
	if p1 == nil || !near(p1.Low, 0.3) || !near(p1.High, 0.3) || p1.Paths != 2 || p1.Decision != report.DecisionOwner || p1.Ends != "person" {
		t.Errorf("P1 owns 15%% on each of two paths: %+v, want 30%%, 2 paths, beneficial owner", p1)
	}
	if a := ownerByID(legal, "P-A"); a == nil || !near(a.Low, 0.7) || a.Paths != 2 {
		t.Errorf("Anna Auk: %+v, want 70%% on 2 paths", a)
	}
	if legal.OpaqueHigh > 1e-9 {
		t.Errorf("opaque %v-%v, want 0: both owners are people", legal.OpaqueLow, legal.OpaqueHigh)
	}
	for _, p := range res.Paths {
		if p.Asset == imo1 && p.Steps[len(p.Steps)-1].ID == "P1" && p.High > 0.25 {
			t.Errorf("a single path shows P1 above 25%%: %+v (the test would not show aggregation)", p)
		}
	}
	// the token's holders: five people with 20% each, below 25%
	tok := chainOwners(t, res, tok, "economic")
	if tok.Kind != "token" || len(tok.Owners) != 5 {
		t.Fatalf("token chain: %+v, want 5 owners", tok)
	}
	for _, o := range tok.Owners {
		if !near(o.High, 0.2) || o.Decision != report.DecisionBelow || o.Paths != 1 {
			t.Errorf("holder %s: %+v, want 20%%, below, 1 path", o.ID, o)
		}
	}
}

// TestBeneficialOwnerEnds: a registered owner with no owners is its own
// ultimate owner at 100% (no path); a company no one is known to own ends
// "unknown"; a person a list names by name only ends "possibly-sanctioned"
// (sanctioned once the match is confirmed).
func TestBeneficialOwnerEnds(t *testing.T) {
	w := quiet()
	w.reg.Ownership = nil
	res := w.run()
	legal := chainOwners(t, res, imo1, "legal")
	if len(legal.Owners) != 1 || legal.Owners[0].ID != "C-OWN" || legal.Owners[0].Ends != "unknown" || legal.Owners[0].Paths != 0 ||
		!near(legal.Owners[0].Low, 1) || legal.Owners[0].Decision != report.DecisionOwner || !near(legal.OpaqueLow, 1) {
		t.Errorf("registered owner without owners: %+v", legal)
	}

	w = quiet()
	w.list(sanctions.Entry{Name: "Anna Auk", Type: "individual"})
	res = w.run()
	legal = chainOwners(t, res, imo1, "legal")
	if a := ownerByID(legal, "P-A"); a == nil || a.Ends != report.StatusPossiblySanctioned || a.Paths != 1 {
		t.Errorf("an owner matched by name: %+v, want ends %s", a, report.StatusPossiblySanctioned)
	}
}

// TestBeneficialOwnersBODS: the totals of EXPECTED-INDIRECT.md (which
// TestBODSDeclaredIndirectShares checks through the look-through) appear
// in the report's beneficial owners of a vessel registered to the company.
func TestBeneficialOwnersBODS(t *testing.T) {
	dir := bodsDir(t)
	os07 := []string{"a", "b", "c", "d"}
	for i, c := range os07 {
		os07[i] = "v0.3/indirect-ownership/os-07-dr-04-company-" + c + ".json"
	}
	type want struct {
		person   string
		lo, hi   float64
		open     bool
		decision string
	}
	tests := []struct {
		files  []string
		owned  string
		owners []want
	}{
		{[]string{"v0.4/indirect-ownership.json"}, "Company A", []want{{"Person 1", 0, 0.6, false, report.DecisionUndeterminable}}},
		{[]string{"v0.4/multiple-indirect-ownership.json"}, "Company B", []want{{"Person 1", 0, 1, false, report.DecisionUndeterminable}}},
		{[]string{"v0.4/mutilple-indirect-ownership-2.json"}, "Company A", []want{{"Person 1", 0, 0.6, false, report.DecisionUndeterminable}}},
		{[]string{"v0.4/mixed-direct-and-indirect-ownership.json"}, "Company A", []want{{"Person 1", 0.5, 1, false, report.DecisionOwner}}},
		{[]string{"v0.4/joint-ownership.json"}, "CHRINON LTD", []want{{"Natalie Coleman", 0.5, 0.5, false, report.DecisionOwner}, {"Roberto Lopez", 0.5, 0.5, false, report.DecisionOwner}}},
		{[]string{"v0.3/indirect-ownership/os-03-dr-04.json"}, "Company A", []want{{"Person 1", 0, 0.6, false, report.DecisionUndeterminable}}},
		{[]string{"v0.3/indirect-ownership/os-06-dr-04.json"}, "Company A", []want{{"Person 1", 0, 0.6, false, report.DecisionUndeterminable}}},
		{[]string{"v0.3/indirect-ownership/os-08-dr-04-company-a.json"}, "Company A", []want{{"Person 1", 0.5, 1, false, report.DecisionOwner}}},
		{os07, "Company B", []want{{"Person 1", 0.5, 0.625, true, report.DecisionOwner}}},
		{os07, "Company A", []want{{"Person 1", 0.25, 0.3125, true, report.DecisionOwner}}},
	}
	for _, tc := range tests {
		t.Run(tc.files[0]+"/"+tc.owned, func(t *testing.T) {
			var paths []string
			for _, f := range tc.files {
				paths = append(paths, filepath.Join(dir, f))
			}
			reg, err := registry.Load(paths, registry.Options{})
			if err != nil {
				t.Fatalf("loading: %v", err)
			}
			owned := ""
			for _, c := range reg.Companies {
				if c.Name == tc.owned {
					owned = c.ID
				}
			}
			if owned == "" {
				t.Fatalf("no company %q", tc.owned)
			}
			tokenise(reg, owned)
			legal := chainOwners(t, Evaluate(Facts{Registry: reg}, DefaultOptions()), "9074729", "legal")
			for _, w := range tc.owners {
				var o *report.Owner
				for i := range legal.Owners {
					if legal.Owners[i].Name == w.person {
						o = &legal.Owners[i]
					}
				}
				switch {
				case o == nil:
					t.Errorf("%s is not among the owners: %+v", w.person, legal.Owners)
				case !near(o.Low, w.lo) || !near(o.High, w.hi) || o.HighOpen != w.open || o.Decision != w.decision || o.Ends != "person" || o.Paths < 1:
					t.Errorf("%s: %+v, want [%v, %v] (upper bound excluded: %v), %s", w.person, *o, w.lo, w.hi, w.open, w.decision)
				}
			}
		})
	}
}

// TestJoinedPSCPersonIsBeneficialOwner: Feldman holds 50-75% of each of
// two companies holding 25-50% of 10000001, the vessel's registered owner:
// each record alone gives 12.5-37.5% (undeterminable), the two taken as one
// person (registry.SameAs) 25-75%, a beneficial owner over 2 paths, and
// the owner says why the records were joined.
func TestJoinedPSCPersonIsBeneficialOwner(t *testing.T) {
	reg, feldman := feldmanRegistry(t, func(line string) string { return line })
	legal := chainOwners(t, Evaluate(Facts{Registry: reg}, DefaultOptions()), "9321483", "legal")
	o := ownerByID(legal, feldman.ID)
	switch {
	case o == nil:
		t.Fatalf("%s is not among the owners: %+v", feldman.ID, legal.Owners)
	case !near(o.Low, 0.25) || !near(o.High, 0.75) || o.Decision != report.DecisionOwner || o.Paths != 2:
		t.Errorf("Feldman: %+v, want 25%%-75%%, beneficial owner, 2 paths", *o)
	case !strings.Contains(o.Joined, "same name and month of birth") || !strings.Contains(o.Joined, feldman.SameAs.Records[0].String()):
		t.Errorf("Feldman's join is not said with its records: %q", o.Joined)
	}
	for _, other := range legal.Owners {
		if other.ID != feldman.ID && strings.Contains(strings.ToLower(other.Name), "feldman") && other.Decision == report.DecisionOwner {
			t.Errorf("a Feldman record not joined is a beneficial owner: %+v", other)
		}
	}
}

// TestUnidentifiedWalletsCounted: wallets no one is known to hold are
// listed as owners from the identification share (10%) up, and below it
// counted with their shares added up, so that a token of a million holders
// does not list them all again. Here: P1's wallet 20%, an unknown wallet
// 15% (listed), thirteen unknown wallets of 5% (counted: 65%).
func TestUnidentifiedWalletsCounted(t *testing.T) {
	w := quiet()
	w.reg.Wallets = w.reg.Wallets[:1]
	holders := []chain.Holder{{Address: w1, Balance: big.NewInt(200)}, {Address: w2, Balance: big.NewInt(150)}}
	for i := 0; i < 13; i++ {
		holders = append(holders, chain.Holder{Address: fmt.Sprintf("0x%040x", 0x100+i), Balance: big.NewInt(50)})
	}
	w.token().Holders = holders
	res := w.run()
	for _, asset := range []string{tok, imo1} { // the token's chain and the vessel's economic one
		a := chainOwners(t, res, asset, "economic")
		if len(a.Owners) != 2 || ownerByID(a, "P1") == nil || ownerByID(a, w2) == nil || ownerByID(a, w2).Ends != "unknown" {
			t.Errorf("%s owners %+v, want P1 and the 15%% wallet", asset, a.Owners)
		}
		if a.UnidentifiedWallets != 13 || !near(a.UnidentifiedLow, 0.65) || !near(a.UnidentifiedHigh, 0.65) {
			t.Errorf("%s unlisted wallets: %d, %v-%v, want 13 with 65%%", asset, a.UnidentifiedWallets, a.UnidentifiedLow, a.UnidentifiedHigh)
		}
	}
}

// TestPossiblySamePSCPersonAmongOwners: Feldman's second record at another
// service address is not joined: the legal chain lists two Feldman owners
// of 12.5-37.5% each (undeterminable, unchanged), each naming the other as
// possibly the same person with its share, why not joined, and the two
// added up, 25-75%: a beneficial owner were they one.
func TestPossiblySamePSCPersonAmongOwners(t *testing.T) {
	reg := feldmanLoad(t, func(line string) string {
		if strings.Contains(line, "/individual/feldmanC") {
			line = strings.Replace(line, `"12 HARBOUR STREET"`, `"40 Quay Road"`, 1)
		}
		return line
	})
	legal := chainOwners(t, Evaluate(Facts{Registry: reg}, DefaultOptions()), "9321483", "legal")
	for _, c := range []struct{ id, other string }{{"10000002/psc/feldmanB", "10000003/psc/feldmanC"}, {"10000003/psc/feldmanC", "10000002/psc/feldmanB"}} {
		o := ownerByID(legal, c.id)
		if o == nil {
			t.Fatalf("%s is not among the owners: %+v", c.id, legal.Owners)
		}
		if !near(o.Low, 0.125) || !near(o.High, 0.375) || o.Decision != report.DecisionUndeterminable || o.Joined != "" {
			t.Errorf("%s: %+v, want 12.5%%-37.5%%, undeterminable, not joined", c.id, *o)
		}
		if len(o.PossiblySameAs) != 1 {
			t.Fatalf("%s names %d possible doubles, want 1 (%s): %+v", c.id, len(o.PossiblySameAs), c.other, o.PossiblySameAs)
		}
		x := o.PossiblySameAs[0]
		switch {
		case x.ID != c.other || !strings.Contains(strings.ToLower(x.Name), "feldman") || !strings.Contains(x.Why, "no service address in common"):
			t.Errorf("%s's possible double: %+v, want %s, a Feldman, with why not joined", c.id, x, c.other)
		case x.Also == nil:
			t.Errorf("%s's possible double %s, an owner of the chain too, has no share", c.id, x.ID)
		case !near(x.Also.Low, 0.125) || !near(x.Also.High, 0.375) || !near(x.Also.TogetherLow, 0.25) || !near(x.Also.TogetherHigh, 0.75) ||
			x.Also.TogetherDecision != report.DecisionOwner:
			t.Errorf("%s's possible double's share: %+v, want 12.5%%-37.5%%, together 25%%-75%%, beneficial owner", c.id, *x.Also)
		}
	}
}

// TestPossiblySameBODSPersonAmongOwners: two BODS person statements of one
// name and month of birth, no identifier, at different addresses, each
// holding 15% of the vessel's registered owner, stay two people: two owner
// items at 15%, below 25%, each naming the other as possibly the same
// person, also 15%, together 15%, below: were they one person, their two
// statements of 15% of one company would be one holding stated twice,
// read once (not 30%, the two added up, which would reach the threshold).
// At one address they are one person, with no possible double, and that
// holding is read once (a BODS row repeating another is): 15%.
func TestPossiblySameBODSPersonAmongOwners(t *testing.T) {
	load := func(otherAddress string) *registry.Registry {
		person := func(id, address string) string {
			return fmt.Sprintf(`{"statementID": %q, "statementType": "personStatement", "personType": "knownPerson", "names": [{"fullName": "John Smith"}], "birthDate": "1970-01", "addresses": [{"address": %q}]}`, id, address)
		}
		holds := func(id, party string) string {
			return fmt.Sprintf(`{"statementID": %q, "statementType": "ownershipOrControlStatement", "subject": {"describedByEntityStatement": "c-1"}, "interestedParty": {"describedByPersonStatement": %q}, "interests": [{"type": "shareholding", "share": {"exact": 15}}]}`, id, party)
		}
		doc := "[" + strings.Join([]string{
			`{"statementID": "c-1", "statementType": "entityStatement", "entityType": "registeredEntity", "name": "Smith Shipping"}`,
			person("p-1", "1 High Street, AB1 2CD"), person("p-2", otherAddress), holds("r-1", "p-1"), holds("r-2", "p-2"),
		}, ",\n") + "]"
		path := filepath.Join(t.TempDir(), "bods.json")
		if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
		reg, err := registry.Load([]string{path}, registry.Options{})
		if err != nil {
			t.Fatal(err)
		}
		tokenise(reg, "c-1")
		return reg
	}
	legal := chainOwners(t, Evaluate(Facts{Registry: load("9 Low Road, EF3 4GH")}, DefaultOptions()), "9074729", "legal")
	for _, c := range []struct{ id, other string }{{"p-1", "p-2"}, {"p-2", "p-1"}} {
		o := ownerByID(legal, c.id)
		switch {
		case o == nil:
			t.Fatalf("%s is not among the owners: %+v", c.id, legal.Owners)
		case !near(o.Low, 0.15) || !near(o.High, 0.15) || o.Decision != report.DecisionBelow || o.Joined != "":
			t.Errorf("%s: %+v, want 15%%, below, not joined", c.id, *o)
		case len(o.PossiblySameAs) != 1 || o.PossiblySameAs[0].ID != c.other || o.PossiblySameAs[0].Name != "John Smith" ||
			!strings.Contains(o.PossiblySameAs[0].Why, "no identifier, address or company in common"):
			t.Errorf("%s's possible doubles: %+v, want %s with why not joined", c.id, o.PossiblySameAs, c.other)
		case o.PossiblySameAs[0].Also == nil || !near(o.PossiblySameAs[0].Also.Low, 0.15) || !near(o.PossiblySameAs[0].Also.TogetherLow, 0.15) ||
			!near(o.PossiblySameAs[0].Also.TogetherHigh, 0.15) || o.PossiblySameAs[0].Also.TogetherDecision != report.DecisionBelow:
			t.Errorf("%s's possible double's share: %+v, want 15%%, together 15%% (one holding stated twice), below", c.id, o.PossiblySameAs[0].Also)
		}
	}
	legal = chainOwners(t, Evaluate(Facts{Registry: load("1 HIGH STREET AB1 2CD")}, DefaultOptions()), "9074729", "legal")
	o := ownerByID(legal, "p-1")
	if o == nil || !near(o.Low, 0.15) || o.Joined == "" || len(o.PossiblySameAs) != 0 || ownerByID(legal, "p-2") != nil {
		t.Errorf("at one address: owners %+v, want p-1 alone, joined, at 15%% (the holding stated twice)", legal.Owners)
	}
}

// TestOpaqueOverclaimedVessel: SEA ONE claimed 100% by its token in one
// claims sheet and 100% again in a second (200% in all); four people hold
// 80% of the token, a wallet no one is known to hold 20%. The people's
// claims alone pass the whole (160%), so 1 minus what reaches a person
// said none of it was opaque ("all of it reaches a natural person") above
// the wallet's 40%; the opaque share is at least the wallet's 40%, and the
// chain says it is claimed 200% in all.
func TestOpaqueOverclaimedVessel(t *testing.T) {
	w := quiet()
	w.reg.Wallets = w.reg.Wallets[:4] // w5 is no one's
	w.reg.Claims = append(w.reg.Claims, registry.Claim{Token: tok, AssetIMO: imo1, IssuerID: "C-OWN", ClaimedShare: registry.Exact(1),
		Origin: registry.Origin{File: "second.xlsx", Sheet: "claims", Row: 2}})
	res := w.run()
	econ := chainOwners(t, res, imo1, "economic")
	if !near(econ.OpaqueLow, 0.4) || !near(econ.OpaqueHigh, 0.4) {
		t.Errorf("opaque %v-%v, want 40%%: the unknown wallet's share of the claims", econ.OpaqueLow, econ.OpaqueHigh)
	}
	if !near(econ.ClaimedLow, 2) || !near(econ.ClaimedHigh, 2) {
		t.Errorf("claimed %v-%v, want 200%%", econ.ClaimedLow, econ.ClaimedHigh)
	}
	if legal := chainOwners(t, res, imo1, "legal"); legal.ClaimedLow != 0 || legal.ClaimedHigh != 0 {
		t.Errorf("legal chain claimed %v-%v, want absent: C-OWN is owned 100%%", legal.ClaimedLow, legal.ClaimedHigh)
	}
	found := false
	for _, f := range res.Findings {
		found = found || f.Rule == RuleAssetOverclaimed && f.Subject.ID == imo1
	}
	if !found {
		t.Error("no ASSET-OVERCLAIMED on SEA ONE, which the header points to")
	}
}

// TestOwnOpaqueOverclaimed: the registered owner of SEA ONE declared owned
// 60% by Anna Auk and 50% by a company with no known owner (110%): OWN-OPAQUE
// says at least 50% (1 minus 60% said 40%), that the shares add up to more
// than 100%, and its note says the ends reaching no person hold more than 1
// minus what reaches one.
func TestOwnOpaqueOverclaimed(t *testing.T) {
	w := quiet()
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-X", Name: "X Holding AS", Jurisdiction: "NO", Origin: at("companies", 4)})
	w.reg.Ownership = []registry.Ownership{
		{OwnerID: "P-A", OwnedID: "C-OWN", Share: registry.Exact(0.6), Interest: "shareholding", Origin: at("ownership", 2)},
		{OwnerID: "C-X", OwnedID: "C-OWN", Share: registry.Exact(0.5), Interest: "shareholding", Origin: at("ownership", 3)},
	}
	res := w.run()
	legal := chainOwners(t, res, imo1, "legal")
	if !near(legal.OpaqueLow, 0.5) || !near(legal.ClaimedLow, 1.1) {
		t.Errorf("legal chain: opaque %v-%v, claimed %v, want 50%% of 110%%", legal.OpaqueLow, legal.OpaqueHigh, legal.ClaimedLow)
	}
	var msg, note string
	for _, f := range res.Findings {
		if f.Rule == RuleOwnOpaque && f.Subject.ID == imo1 {
			msg = f.Message
			for _, ev := range f.Evidence {
				if strings.HasPrefix(ev.Text, "opaque share") {
					note = ev.Text
				}
			}
		}
	}
	for _, want := range []string{"at least 50% of SEA ONE", "shares held in its chain add up to more than 100% (see OWN-OVER-100)"} {
		if !strings.Contains(msg, want) {
			t.Errorf("OWN-OPAQUE message %q lacks %q", msg, want)
		}
	}
	if want := "opaque share 50%: what the ends reaching no natural person, listed company or state body hold (50%), more than 1 minus what reaches one (40%)"; !strings.HasPrefix(note, want) {
		t.Errorf("OWN-OPAQUE note %q, want it to start %q", note, want)
	}
}
