package rules

import (
	"fmt"
	"math/big"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// scalingShapes are registries a hostile or careless counterparty can
// write in a few hundred kilobytes, each made at size n: red team 10 found
// each one quadratic (or worse) before it was fixed.
var scalingShapes = map[string]func(n int) Facts{
	// n two-company cycles (A_i and B_i own half of each other) under the
	// vessel's owner, P_i holding half of each
	"cycles": func(n int) Facts {
		reg, snap := scalingBase()
		for i := 0; i < n; i++ {
			a, b, p := "A"+strconv.Itoa(i), "B"+strconv.Itoa(i), "P"+strconv.Itoa(i)
			reg.Companies = append(reg.Companies, registry.Company{ID: a, Name: "Alpha " + p, Jurisdiction: "NO"}, registry.Company{ID: b, Name: "Beta " + p, Jurisdiction: "NO"})
			reg.People = append(reg.People, registry.Person{ID: p, Name: "Person " + p})
			for _, o := range [][3]string{{a, "OWN", "0"}, {a, b, "50"}, {b, a, "50"}, {p, a, "50"}, {p, b, "50"}} {
				sh, _ := strconv.ParseFloat(o[2], 64)
				if o[2] == "0" {
					sh = 100 / float64(n)
				}
				reg.Ownership = append(reg.Ownership, registry.Ownership{OwnerID: o[0], OwnedID: o[1], Share: registry.Exact(sh / 100)})
			}
		}
		return scalingFacts(reg, snap)
	},
	// one company holding the token through n wallets
	"hub wallets": func(n int) Facts {
		reg, snap := scalingBase()
		t := &snap.Tokens[0]
		for i := 0; i < n; i++ {
			a := fmt.Sprintf("0x%040x", 0x1000+i)
			t.Holders = append(t.Holders, chain.Holder{Address: a, Balance: big.NewInt(1)})
			reg.Wallets = append(reg.Wallets, registry.Wallet{Address: a, HolderID: "OWN"})
		}
		t.TotalSupply = big.NewInt(int64(n))
		return scalingFacts(reg, snap)
	},
	// n tokens, each claiming 1/n of one vessel, each of one holder
	"claims": func(n int) Facts {
		reg, snap := scalingBase()
		reg.Claims = nil
		snap.Tokens = nil
		for i := 0; i < n; i++ {
			tok := fmt.Sprintf("0x%040x", 0x100000+i)
			snap.Tokens = append(snap.Tokens, chain.Token{Address: tok, Standard: "erc20", Symbol: "T" + strconv.Itoa(i), TotalSupply: big.NewInt(1),
				Holders: []chain.Holder{{Address: fmt.Sprintf("0x%040x", 0x200000+i), Balance: big.NewInt(1)}}})
			reg.Claims = append(reg.Claims, registry.Claim{Token: tok, AssetIMO: imo1, ClaimedShare: registry.Exact(1 / float64(n))})
		}
		return scalingFacts(reg, snap)
	},
	// n vessels, each registered to its own company in a secrecy
	// jurisdiction, all owned by one hub of five people; one token claims
	// a part of each
	"fanout": func(n int) Facts {
		reg, snap := scalingBase()
		reg.Vessels, reg.Claims = nil, nil
		for j := 0; j < 5; j++ {
			reg.People = append(reg.People, registry.Person{ID: "H" + strconv.Itoa(j), Name: "Hub Owner " + strconv.Itoa(j)})
			reg.Ownership = append(reg.Ownership, registry.Ownership{OwnerID: "H" + strconv.Itoa(j), OwnedID: "OWN", Share: registry.Exact(0.2)})
		}
		for i := 0; i < n; i++ {
			imo, c := imoWithCheck(1000000+i*7), "C"+strconv.Itoa(i)
			reg.Companies = append(reg.Companies, registry.Company{ID: c, Name: "Vessel Co " + strconv.Itoa(i), Jurisdiction: "VG"})
			reg.Ownership = append(reg.Ownership, registry.Ownership{OwnerID: "OWN", OwnedID: c, Share: registry.Exact(1)})
			reg.Vessels = append(reg.Vessels, registry.Vessel{Key: imo, IMO: imo, IMOValid: true, Name: "VESSEL " + strconv.Itoa(i), Flag: "NO", RegisteredOwner: c})
			reg.Claims = append(reg.Claims, registry.Claim{Token: snap.Tokens[0].Address, AssetIMO: imo, TokenID: strconv.Itoa(i), ClaimedShare: registry.Exact(1 / float64(n))})
		}
		return scalingFacts(reg, snap)
	},
}

// scalingBase is a vessel registered to OWN, a company in Norway, and a
// token of one holder claiming it.
func scalingBase() (*registry.Registry, *chain.Snapshot) {
	const token = "0x00000000000000000000000000000000000000ff"
	reg := &registry.Registry{
		Companies: []registry.Company{{ID: "OWN", Name: "Owner AS", Jurisdiction: "NO"}},
		Vessels:   []registry.Vessel{{Key: imo1, IMO: imo1, IMOValid: true, Name: "SEA ONE", Flag: "NO", RegisteredOwner: "OWN"}},
		Claims:    []registry.Claim{{Token: token, AssetIMO: imo1, ClaimedShare: registry.Exact(1)}},
	}
	snap := &chain.Snapshot{Block: 1, Tokens: []chain.Token{{Address: token, Standard: "erc20", Symbol: "SEA", TotalSupply: big.NewInt(1),
		Holders: []chain.Holder{{Address: "0x0000000000000000000000000000000000000fff", Balance: big.NewInt(1)}}}}}
	return reg, snap
}

func scalingFacts(reg *registry.Registry, snap *chain.Snapshot) Facts {
	return Facts{Snapshot: snap, Registry: reg, Lists: sanctions.NewIndex(nil, sanctions.DefaultOptions),
		Reference: Reference{SecrecyJurisdictions: map[string]bool{"VG": true}}}
}

// BenchmarkRulesScaling evaluates every rule over each shape at n and 4n
// and reports the time at 4n over the time at n (the fastest of three
// runs each), measured in the same run: about 4 when the rules are linear
// in the shape (up to 7 here, as maps and caches grow), 16 or more when
// they are quadratic (the code before red team 10's fixes: claims 16.5,
// fanout 20.5; cycles ran out of memory).
//
//	go test ./internal/rules -run '^$' -bench RulesScaling -benchtime 1x
func BenchmarkRulesScaling(b *testing.B) {
	for name, shape := range scalingShapes {
		b.Run(name, func(b *testing.B) {
			const n = 2000
			small, large := shape(n), shape(4*n)
			// the fastest of three runs of each size, alternated, so that
			// a collection or another process in one run does not decide
			best := func(f Facts, d *time.Duration) {
				runtime.GC()
				start := time.Now()
				Evaluate(f, DefaultOptions())
				if t := time.Since(start); *d == 0 || t < *d {
					*d = t
				}
			}
			var ratio float64
			for i := 0; i < b.N; i++ {
				var ts, tl time.Duration
				for range 3 {
					best(small, &ts)
					best(large, &tl)
				}
				ratio += float64(tl) / float64(ts)
			}
			b.ReportMetric(ratio/float64(b.N), "time-4n/time-n")
		})
	}
}

// TestScalingShapesFindWhatTheyAreFor: each shape of BenchmarkRulesScaling
// produces the findings whose rules were quadratic on it, so that the
// benchmark times the paths it is for.
func TestScalingShapesFindWhatTheyAreFor(t *testing.T) {
	want := map[string]string{"cycles": RuleOwnCycle, "hub wallets": RuleHolderConcentration, "fanout": RuleOwnSecrecy, "claims": RuleHolderUnidentified}
	for name, shape := range scalingShapes {
		res := Evaluate(shape(20), DefaultOptions())
		n := 0
		for _, f := range res.Findings {
			if f.Rule == want[name] {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s: no %s finding", name, want[name])
		}
	}
}
