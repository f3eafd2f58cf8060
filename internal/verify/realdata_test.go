package verify

import (
	"context"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/audit"
	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
	"github.com/tokenaudit/audit/internal/sanctions"
)

const ownershipData = "../../../shared/data/ownership"

// auditRealFiles audits registry files with one token per company and
// person they name, each held whole by a wallet the wallets sheet gives to
// that party, so that every ownership rule reaches every party; the demo's
// OFAC excerpt is the list.
func auditRealFiles(t *testing.T, files []string) *report.Report {
	t.Helper()
	reg, err := registry.Load(files, registry.Options{})
	if err != nil {
		t.Fatalf("loading %v: %v", files, err)
	}
	var ids []string
	for _, c := range reg.Companies {
		ids = append(ids, c.ID)
	}
	for _, p := range reg.People {
		ids = append(ids, p.ID)
	}
	dir := t.TempDir()
	wallets := filepath.Join(dir, "wallets.csv")
	var b strings.Builder
	b.WriteString("address,holder_id\n")
	snap := &chain.Snapshot{Source: "embedded", ChainID: 1337, Block: 100,
		BlockHash: "0x" + strings.Repeat("ab", 32), BlockTime: time.Unix(1700000000, 0).UTC()}
	for i, id := range ids {
		holder := fmt.Sprintf("0x%040x", 0x1000+i)
		token := fmt.Sprintf("0x%040x", 0x9000+i)
		fmt.Fprintf(&b, "%s,%q\n", holder, id)
		snap.Tokens = append(snap.Tokens, chain.Token{Address: token, Standard: "erc20", Name: "T" + id,
			Symbol: fmt.Sprintf("T%d", i), TotalSupply: big.NewInt(1000), DeployBlock: 1,
			Holders: []chain.Holder{{Address: holder, Balance: big.NewInt(1000), LastChangeBlock: 2}}})
	}
	if err := os.WriteFile(wallets, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := audit.Audit(context.Background(), snap, audit.Config{
		Registry:  append(append([]string{}, files...), wallets),
		Sanctions: []string{"../../fixtures/sanctions/sdn.csv"},
		Rules:     rules.DefaultOptions(),
		Match:     sanctions.Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"},
		FailOn:    report.High,
		Now:       func() time.Time { return time.Unix(0, 0).UTC() },
	})
	if err != nil {
		t.Fatalf("auditing %v: %v", files, err)
	}
	return rep
}

// TestRealOwnershipCitationsResolve audits every BODS example and every UK
// PSC fixture and verifies the report: each citation of those files must
// point at a non-empty cell or JSON field that exists. A citation that does
// not is a bug of the citing code; those known and reported are listed in
// knownUnresolved and only logged, any other fails the test.
func TestRealOwnershipCitationsResolve(t *testing.T) {
	if _, err := os.Stat(ownershipData); err != nil {
		t.Skipf("no real ownership data at %s (a clone without ../shared/data): %v", ownershipData, err)
	}
	var groups [][]string
	bods, _ := filepath.Glob(ownershipData + "/bods/v0.*/*.json")
	more, _ := filepath.Glob(ownershipData + "/bods/v0.3/*/*.json")
	for _, f := range append(bods, more...) {
		groups = append(groups, []string{f})
	}
	psc, _ := filepath.Glob(ownershipData + "/uk-psc/psc-data-*.json")
	for _, f := range psc {
		groups = append(groups, []string{f}) // basic-company-data-1.csv is wrapped at 118 characters: not a CSV Load reads
	}
	if len(groups) < 40 {
		t.Fatalf("found %d real ownership files, want the 35 BODS examples and 16 PSC fixtures", len(groups))
	}
	checked, resolved, ofReal := 0, 0, 0
	cols := map[string]int{}
	seen := map[string]bool{}
	for _, files := range groups {
		rep := auditRealFiles(t, files)
		res := Verify(rep, Options{})
		for _, f := range rep.Findings {
			for _, ev := range f.Evidence {
				if ev.Sheet != "" && (ev.File == files[0]) {
					ofReal++
					cols[pattern(Unresolved{Rule: f.Rule, Evidence: ev})]++
				}
			}
		}
		checked += res.Checked
		resolved += res.Resolved
		for _, in := range res.Inputs {
			if in.Status != InputOK {
				t.Errorf("%v: input %s is %s right after the audit", files, in.Path, in.Status)
			}
		}
		for _, u := range res.Unresolved {
			key := u.Rule + " " + filepath.Base(u.Evidence.File) + " " + u.Evidence.Column
			line := fmt.Sprintf("%s %s %s: %s (%q): %s", u.Rule, u.Subject.Kind, u.Subject.ID, Where(u.Evidence), u.Evidence.Text, u.Reason)
			if known, ok := knownUnresolved[pattern(u)]; ok {
				if !seen[key] {
					t.Logf("known, reported (%s): %s", known, line)
				}
			} else {
				t.Errorf("unresolved: %s", line)
			}
			seen[key] = true
		}
	}
	var kinds []string
	for k, n := range cols {
		kinds = append(kinds, fmt.Sprintf("%s (%d)", k, n))
	}
	sort.Strings(kinds)
	t.Logf("%d report(s), %d citations checked, %d resolved, %d unresolved kinds; %d citations of the real files: %s",
		len(groups), checked, resolved, len(seen), ofReal, strings.Join(kinds, "; "))
	if ofReal < 100 {
		t.Errorf("only %d citations of the real files: the audits cite too little of them to test anything", ofReal)
	}
}

// pattern is what knownUnresolved keys a citation by: rule and column
// with list indexes dropped.
func pattern(u Unresolved) string {
	var b strings.Builder
	skip := false
	for _, r := range u.Evidence.Column {
		switch {
		case r == '[':
			skip = true
			b.WriteString("[]")
		case r == ']':
			skip = false
		case !skip:
			b.WriteRune(r)
		}
	}
	return u.Rule + " " + b.String()
}

// knownUnresolved are the citations on the real files that do not resolve
// and were reported as bugs of the citing code, by pattern.
var knownUnresolved = map[string]string{}
