package generate

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"time"
)

// PlanConfig sizes a deployment plan for the embedded chain: one
// vessel-shares token (0 decimals), Senders keyed accounts that are minted
// to, then transfers from them to Holders external addresses and to each
// other. The token emits Senders + Transfers Transfer logs.
type PlanConfig struct {
	Seed      uint64
	Holders   int
	Senders   int // keyed accounts that send; 0 means 16
	Transfers int // transfers after the mints
	PerBlock  int // transactions per block; 0 means 500
}

// Plan returns the plan as JSON in the fixtures/plan.json format, ready for
// chain.ParsePlan. Addresses of keyed accounts and the token are left for
// ParsePlan to fill in.
func Plan(c PlanConfig) ([]byte, error) {
	if c.Senders <= 0 {
		c.Senders = 16
	}
	if c.PerBlock <= 0 {
		c.PerBlock = 500
	}
	if c.Holders <= 0 {
		return nil, fmt.Errorf("generate: plan with %d holders", c.Holders)
	}
	type m = map[string]any
	rng := rand.New(rand.NewPCG(c.Seed, 0x706c616e))
	accounts := []m{{"name": "deployer"}}
	for i := 0; i < c.Senders; i++ {
		accounts = append(accounts, m{"name": fmt.Sprintf("sender-%d", i)})
	}
	for i := 0; i < c.Holders; i++ {
		accounts = append(accounts, m{"name": fmt.Sprintf("holder-%d", i), "address": Address(c.Seed, "plan-holder", i), "external": true})
	}
	actions := []m{{"op": "deploy", "token": "GVS", "from": "deployer"}}
	bal := make([]uint64, c.Senders)
	for i := range bal {
		bal[i] = 1_000_000_000
		actions = append(actions, m{"op": "mint", "token": "GVS", "from": "deployer", "to": fmt.Sprintf("sender-%d", i), "amount": fmt.Sprint(bal[i])})
	}
	for i := 0; i < c.Transfers; i++ {
		from := rng.IntN(c.Senders)
		amt := 1 + rng.Uint64N(min(bal[from], 1000))
		bal[from] -= amt
		to := fmt.Sprintf("holder-%d", rng.IntN(c.Holders))
		if rng.IntN(8) == 0 {
			s := rng.IntN(c.Senders)
			to = fmt.Sprintf("sender-%d", s)
			bal[s] += amt
		}
		actions = append(actions, m{"op": "transfer", "token": "GVS", "from": fmt.Sprintf("sender-%d", from), "to": to, "amount": fmt.Sprint(amt)})
	}
	var blocks []m
	t := StartTime
	for len(actions) > 0 {
		n := min(c.PerBlock, len(actions))
		t = t.Add(12 * time.Second)
		blocks = append(blocks, m{"time": t.Format(time.RFC3339), "actions": actions[:n]})
		actions = actions[n:]
	}
	return json.Marshal(m{
		"genesis_time": StartTime.Add(-time.Hour).Format(time.RFC3339),
		"accounts":     accounts,
		"tokens":       []m{{"id": "GVS", "kind": "vessel-shares", "deployer": "deployer", "name": "Generated Vessel Shares", "symbol": "GVS", "decimals": 0}},
		"blocks":       blocks,
	})
}
