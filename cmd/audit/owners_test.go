package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
)

// TestDemoBeneficialOwners runs the demo and checks its beneficial owners
// against the scenario and against the rest of the report: OCEAN STAR's
// legal chain ends at Golden Tide (55%, no owners known) and Kenneth Egret
// (20-30%, undeterminable at 25%), 70-80% reaching no natural person; a
// token's owners are the ends of its ownership paths, each with as many
// paths and, without cycles, their shares added; the people said
// undeterminable are those of the OWN-UNDETERMINABLE findings; P-H23 is a
// beneficial owner of PERM through holder-40, the wallet PERM's identity
// registry gives P-H23's identity (checkDemoIdentityOwner); the text
// report and the summary printed say it.
func TestDemoBeneficialOwners(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	dir := t.TempDir()
	stdout, stderr, code := runAudit(t, "demo", "--out", dir)
	if code != exitFindings {
		t.Fatalf("exit code %d; stderr:\n%s", code, stderr)
	}
	r := readReport(t, filepath.Join(dir, "report.json"))
	var star *report.Owners
	for i, a := range r.Owners {
		if a.Asset == "9321483" && a.Basis == "legal" {
			star = &r.Owners[i]
		}
	}
	if star == nil {
		t.Fatalf("no legal beneficial owners of OCEAN STAR (9321483) among %d chains", len(r.Owners))
	}
	want := map[string]report.Owner{
		"C-GOLDTIDE": {Ends: "unknown", Low: 0.55, High: 0.55, Decision: report.DecisionOwner, Paths: 1},
		"P-EGRET":    {Ends: "person", Low: 0.2, High: 0.3, Decision: report.DecisionUndeterminable, Paths: 1},
	}
	if len(star.Owners) != len(want) || !closeTo(star.OpaqueLow, 0.7) || !closeTo(star.OpaqueHigh, 0.8) {
		t.Errorf("OCEAN STAR legal: %+v, want 2 owners, 70%%-80%% opaque", *star)
	}
	for _, o := range star.Owners {
		w, ok := want[o.ID]
		if !ok || o.Ends != w.Ends || !closeTo(o.Low, w.Low) || !closeTo(o.High, w.High) || o.Decision != w.Decision || o.Paths != w.Paths {
			t.Errorf("OCEAN STAR legal owner %+v, want %+v", o, w)
		}
	}

	// tokens: the owners are the ends of the token's paths
	tokens := 0
	for _, a := range r.Owners {
		if a.Kind != "token" {
			continue
		}
		tokens++
		count := map[string]int{}
		var low, high = map[string]float64{}, map[string]float64{}
		for _, p := range r.Ownership {
			if p.Asset != a.Asset || p.Ends == "cycle" {
				continue
			}
			top := p.Steps[len(p.Steps)-1].ID
			count[top]++
			low[top] += p.Low
			high[top] += p.High
		}
		if len(count) != len(a.Owners)+a.UnidentifiedWallets {
			t.Errorf("token %s: %d owners and %d wallets not listed, %d path ends", a.Asset, len(a.Owners), a.UnidentifiedWallets, len(count))
		}
		for _, o := range a.Owners {
			if o.Paths != count[o.ID] || !closeTo(o.Low, low[o.ID]) || !closeTo(o.High, high[o.ID]) {
				t.Errorf("token %s owner %s: %d paths %v-%v, the paths say %d, %v-%v", a.Asset, o.ID, o.Paths, o.Low, o.High, count[o.ID], low[o.ID], high[o.ID])
			}
			delete(low, o.ID)
			delete(high, o.ID)
		}
		var restLow, restHigh float64 // the wallets not listed are the other path ends
		for id := range low {
			restLow += low[id]
			restHigh += high[id]
		}
		if !closeTo(restLow, a.UnidentifiedLow) || !closeTo(restHigh, a.UnidentifiedHigh) {
			t.Errorf("token %s: wallets not listed %v-%v, the other paths say %v-%v", a.Asset, a.UnidentifiedLow, a.UnidentifiedHigh, restLow, restHigh)
		}
	}
	if tokens != len(r.Tokens) {
		t.Errorf("%d token chains, %d tokens", tokens, len(r.Tokens))
	}

	// the undeterminable people are OWN-UNDETERMINABLE's
	undet := map[string]bool{}
	for _, a := range r.Owners {
		for _, o := range a.Owners {
			if o.Kind == "person" && o.Ends != "unknown" && o.Decision == report.DecisionUndeterminable {
				undet[o.ID] = true
			}
		}
	}
	found := map[string]bool{}
	for _, f := range r.Findings {
		if f.Rule == "OWN-UNDETERMINABLE" {
			found[f.Subject.ID] = true
			if !undet[f.Subject.ID] {
				t.Errorf("OWN-UNDETERMINABLE on %s, who is not undeterminable in any chain's owners", f.Subject.ID)
			}
		}
	}
	for id := range undet {
		if !found[id] {
			t.Errorf("%s is undeterminable in the owners, without an OWN-UNDETERMINABLE finding", id)
		}
	}
	if len(undet) == 0 {
		t.Error("no undeterminable owner in the demo")
	}

	checkDemoIdentityOwner(t, r)

	txt, err := os.ReadFile(filepath.Join(dir, "report.txt"))
	if err != nil {
		t.Fatal(err)
	}
	line := "vessel OCEAN STAR (9321483), legal: 70%–80% reaches neither a natural person"
	for name, out := range map[string]string{"report.txt": string(txt), "stdout": stdout} {
		if !strings.Contains(out, "Beneficial owners at 25%") || !strings.Contains(out, line) ||
			!strings.Contains(out, "Kenneth Egret (P-EGRET), person: 20%–30%, undeterminable, 1 path") {
			t.Errorf("%s does not tell OCEAN STAR's beneficial owners:\n%s", name, out)
		}
	}
}

func closeTo(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// checkDemoIdentityOwner: in the demo, holder-40, which the wallets sheet
// does not list, has the on-chain identity of P-H23's holder-23: P-H23 is
// a beneficial owner of PERM at 25.57%, 5% of it through holder-40 (20.57%
// without it, below 25%), holder-40's path goes up to P-H23 through the
// identity, and the chain lists the identity as joined to P-H23.
func checkDemoIdentityOwner(t *testing.T, r *report.Report) {
	t.Helper()
	const holder40 = "0xa53ef80b2ee5a12b58566a841e3b60613ec8eeeb"
	var perm string
	for _, tk := range r.Tokens {
		if tk.Standard == "erc3643" {
			perm = tk.Address
		}
	}
	var chain *report.Owners
	for i, a := range r.Owners {
		if a.Asset == perm {
			chain = &r.Owners[i]
		}
	}
	if chain == nil {
		t.Fatalf("no beneficial owners of the ERC-3643 token %q", perm)
	}
	var p *report.Owner
	for i, o := range chain.Owners {
		if o.ID == "P-H23" {
			p = &chain.Owners[i]
		}
		if o.ID == holder40 {
			t.Errorf("holder-40 is an owner of its own: %+v", o)
		}
	}
	if p == nil || !closeTo(p.Low, 0.2557) || p.Decision != report.DecisionOwner || !closeTo(p.IdentityLow, 0.05) ||
		!strings.Contains(p.Identity, "counts "+holder40+", which no wallets row lists, through on-chain identity") ||
		!strings.Contains(p.Identity, "without it 20.57%, below 25%") {
		t.Errorf("P-H23 in PERM's owners: %+v", p)
	}
	if len(chain.Identities) != 1 || chain.Identities[0].Owner != "P-H23" || chain.Identities[0].NotJoined != "" {
		t.Errorf("PERM's shared identities: %+v", chain.Identities)
	}
	var through bool
	for _, path := range r.Ownership {
		n := len(path.Steps)
		if path.Asset == perm && n == 2 && path.Steps[0].ID == holder40 && path.Steps[1].ID == "P-H23" &&
			strings.Contains(path.Steps[1].Source, "identity("+holder40+") and identity(") {
			through = true
		}
	}
	if !through {
		t.Errorf("no path of PERM from holder-40 up to P-H23 through the identity")
	}
}
