package rules

import (
	"fmt"
	"math/big"
	"math/rand"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// bigWorld is a generated registry of n companies, n/2 people and about 2n
// ownership rows (two owners a company on average, seven in ten people,
// company owners mostly later companies, one edge in a hundred pointing
// back), 10,000 vessels, 5,000 wallets, and one token of 5,000 holders
// claiming 100 vessels.
func bigWorld(n int) Facts {
	rng := rand.New(rand.NewSource(1))
	reg := &registry.Registry{}
	people := n / 2
	cid := func(i int) string { return "C" + strconv.Itoa(i) }
	pid := func(i int) string { return "P" + strconv.Itoa(i) }
	reg.Companies = make([]registry.Company, n)
	for i := range reg.Companies {
		reg.Companies[i] = registry.Company{ID: cid(i), Name: "Company " + strconv.Itoa(i) + " Ltd", Jurisdiction: "NO", Origin: registry.Origin{File: "big.xlsx", Sheet: "companies", Row: i + 2}}
	}
	reg.People = make([]registry.Person, people)
	for i := range reg.People {
		reg.People[i] = registry.Person{ID: pid(i), Name: "Person " + strconv.Itoa(i), Origin: registry.Origin{File: "big.xlsx", Sheet: "people", Row: i + 2}}
	}
	reg.Ownership = make([]registry.Ownership, 0, 2*n)
	for i := 0; i < n; i++ {
		k := 1 + rng.Intn(3)
		for j := 0; j < k; j++ {
			owner := pid(rng.Intn(people))
			switch r := rng.Float64(); {
			case r < 0.7:
			case r < 0.71 && i > 0:
				owner = cid(i - 1 - rng.Intn(min(50, i)))
			default:
				if o := i + 1 + rng.Intn(1000); o < n {
					owner = cid(o)
				}
			}
			reg.Ownership = append(reg.Ownership, registry.Ownership{OwnerID: owner, OwnedID: cid(i), Share: registry.Exact(1 / float64(k)),
				Origin: registry.Origin{File: "big.xlsx", Sheet: "ownership", Row: len(reg.Ownership) + 2}})
		}
	}
	for i := 0; i < 10000; i++ {
		imo := imoWithCheck(1000000 + i*7)
		reg.Vessels = append(reg.Vessels, registry.Vessel{Key: imo, IMO: imo, IMOValid: true, Name: "VESSEL " + strconv.Itoa(i), Flag: "NO",
			RegisteredOwner: cid(rng.Intn(n)), Origin: registry.Origin{File: "big.xlsx", Sheet: "vessels", Row: i + 2}})
	}
	const token = "0x00000000000000000000000000000000000000ff"
	t := chain.Token{Address: token, Standard: "erc20", Symbol: "BIG", TotalSupply: big.NewInt(5000 * 100)}
	for i := 0; i < 5000; i++ {
		a := fmt.Sprintf("0x%040x", i+1)
		t.Holders = append(t.Holders, chain.Holder{Address: a, Balance: big.NewInt(100)})
		reg.Wallets = append(reg.Wallets, registry.Wallet{Address: a, HolderID: pid(rng.Intn(people))})
	}
	for i := 0; i < 100; i++ {
		reg.Claims = append(reg.Claims, registry.Claim{Token: token, AssetIMO: reg.Vessels[i*100].IMO, TokenID: strconv.Itoa(i), ClaimedShare: registry.Exact(0.01)})
	}
	var entries []*sanctions.Entry
	for i := 0; i < 1000; i++ {
		entries = append(entries, &sanctions.Entry{List: "L", EntryID: strconv.Itoa(i), Type: "entity", Name: "Listed Shipping Number " + strconv.Itoa(i), CompanyIMOs: []string{strconv.Itoa(5000000 + i)}})
	}
	return Facts{Snapshot: &chain.Snapshot{Block: 1, Tokens: []chain.Token{t}}, Registry: reg, Lists: sanctions.NewIndex(entries, sanctions.DefaultOptions),
		Reference: Reference{SecrecyJurisdictions: map[string]bool{"VG": true}}}
}

func imoWithCheck(base int) string {
	s := strconv.Itoa(base)[:6]
	sum := 0
	for i := 0; i < 6; i++ {
		sum += int(s[i]-'0') * (7 - i)
	}
	return s + strconv.Itoa(sum%10)
}

// BenchmarkEvaluate1M runs every rule over a generated registry of 1M
// companies and about 2M ownership rows, and prints the time and memory:
//
//	go test ./internal/rules -run '^$' -bench Evaluate1M -benchtime 1x
func BenchmarkEvaluate1M(b *testing.B) {
	for i := 0; i < b.N; i++ {
		f := bigWorld(1000000)
		runtime.GC()
		var before runtime.MemStats
		runtime.ReadMemStats(&before)
		start := time.Now()
		res := Evaluate(f, DefaultOptions())
		took := time.Since(start)
		var after runtime.MemStats
		runtime.ReadMemStats(&after)
		fmt.Printf("evaluate: %d companies, %d ownership rows, %d holders: %d findings, %d entities, %d paths in %v\n",
			len(f.Registry.Companies), len(f.Registry.Ownership), len(f.Snapshot.Tokens[0].Holders), len(res.Findings), len(res.Entities), len(res.Paths), took.Round(time.Millisecond))
		fmt.Printf("memory: the facts hold %d MiB; Evaluate allocated %d MiB in all (its graph is freed when it returns); the process obtained %d MiB from the OS at most, facts included\n",
			before.HeapInuse>>20, (after.TotalAlloc-before.TotalAlloc)>>20, after.Sys>>20)
		runtime.KeepAlive(res)
		b.ReportMetric(took.Seconds(), "s-evaluate")
	}
}
