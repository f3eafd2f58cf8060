package rules

import (
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// finding is the finding of rule on subj in res, or nil.
func finding(res Result, rule string, subj report.Subject) *report.Finding {
	for i, f := range res.Findings {
		if f.Rule == rule && f.Subject == subj {
			return &res.Findings[i]
		}
	}
	return nil
}

// TestNegativeFindingsCiteWhereSearched: HOLDER-UNIDENTIFIED and
// ASSET-UNKNOWN say where the registry was searched, citing each file and
// sheet of wallet (vessel) rows with the rows searched and how many, the
// rows that list the wallet without a known holder, and the registry
// inputs that hold none; no plain note saying "no row of the wallets sheet".
func TestNegativeFindingsCiteWhereSearched(t *testing.T) {
	w := quiet()
	w.reg.Wallets = w.reg.Wallets[1:] // w1 (20%) unidentified; rows 3-6 remain
	w.reg.Wallets = append(w.reg.Wallets,
		registry.Wallet{Address: w1, Origin: registry.Origin{File: "wallets.csv", Sheet: "wallets.csv", Row: 9}},
		registry.Wallet{Address: key1, HolderID: "P-ANON", Origin: registry.Origin{File: "wallets.csv", Sheet: "wallets.csv", Row: 4}})
	w.reg.People = append(w.reg.People, registry.Person{ID: "P-ANON", Unknown: true})
	w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: w1, HolderID: "P-ANON", Origin: at("wallets", 8)})
	w.reg.Files = []registry.File{{Path: "reg.xlsx"}, {Path: "wallets.csv"}, {Path: "bods.json"}}
	w.reg.Claims = append(w.reg.Claims, registry.Claim{Token: tok, AssetIMO: "7654329", ClaimedShare: registry.Exact(0.1), Origin: at("claims", 3)})
	res := w.run()

	f := finding(res, RuleHolderUnidentified, walletSubject(w1))
	if f == nil {
		t.Fatalf("no HOLDER-UNIDENTIFIED of %s", w1)
	}
	want := []report.Evidence{
		{Kind: "registry", File: "wallets.csv", Sheet: "wallets.csv", Row: 9, Text: "wallet " + w1 + " is listed with no holder"},
		{Kind: "registry", File: "reg.xlsx", Sheet: "wallets", Row: 8, Column: "holder_id", Text: "wallet " + w1 + " is listed as held by P-ANON, a person the registry says is unknown"},
		{Kind: "registry", File: "reg.xlsx", Sheet: "wallets", Text: "searched reg.xlsx, sheet wallets, rows 3–8 (5 wallet rows read): none names a known holder of " + w1},
		{Kind: "registry", File: "wallets.csv", Sheet: "wallets.csv", Text: "searched wallets.csv, rows 4–9 (2 wallet rows read): none names a known holder of " + w1},
		{Kind: "note", Text: "the other registry inputs hold no wallet rows: bods.json"},
	}
	checkEvidence(t, f, want)

	f = finding(res, RuleAssetUnknown, vesselSubject("7654329"))
	if f == nil {
		t.Fatal("no ASSET-UNKNOWN of 7654329")
	}
	checkEvidence(t, f, []report.Evidence{
		{Kind: "registry", File: "reg.xlsx", Sheet: "vessels", Text: "searched reg.xlsx, sheet vessels, rows 2–3 (2 vessel rows read): none has IMO or key 7654329"},
		{Kind: "note", Text: "the other registry inputs hold no vessel rows: wallets.csv, bods.json"},
	})

	// No vessel rows at all: every registry input is named as searched.
	w.reg.Vessels = nil
	w.token().Claims = nil
	f = finding(w.run(), RuleAssetUnknown, vesselSubject(imo1))
	if f == nil {
		t.Fatal("no ASSET-UNKNOWN of an empty vessels sheet")
	}
	checkEvidence(t, f, []report.Evidence{{Kind: "note", Text: "searched every registry input (reg.xlsx, wallets.csv, bods.json): none holds a vessel row, so none has IMO or key " + imo1}})
}

// checkEvidence fails unless want are f's last evidence items, in order.
func checkEvidence(t *testing.T, f *report.Finding, want []report.Evidence) {
	t.Helper()
	for _, ev := range f.Evidence {
		if strings.HasPrefix(ev.Text, "no row of the") {
			t.Errorf("%s: a plain note naming no file: %q", f.Rule, ev.Text)
		}
	}
	if len(f.Evidence) < len(want) {
		t.Fatalf("%s: %d evidence items, want at least %d: %+v", f.Rule, len(f.Evidence), len(want), f.Evidence)
	}
	got := f.Evidence[len(f.Evidence)-len(want):]
	for i := range want {
		if !got[i].Equal(want[i]) || got[i].Text != want[i].Text {
			t.Errorf("%s evidence %d:\n got %+v\nwant %+v", f.Rule, i, got[i], want[i])
		}
	}
}

// TestOwnershipEvidenceCitesShareColumn: a holding SANC-50 cites is cited
// at its share column, as OWN-OVER-100 cites it; an unknown share, whose
// cell may be empty, cites the row.
func TestOwnershipEvidenceCitesShareColumn(t *testing.T) {
	w := quiet()
	w.reg.Ownership[0].Share = registry.Exact(0.5)
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"}, registry.Company{ID: "C-S2", Name: "Beta Blocked Trading"})
	w.reg.Ownership = append(w.reg.Ownership,
		registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Exact(0.5), Origin: at("ownership", 3)},
		registry.Ownership{OwnerID: "C-S2", OwnedID: "C-OWN", Share: registry.Unknown, Origin: at("ownership", 4)})
	w.list(sanctions.Entry{EntryID: "1", List: "L", Name: "Alpha Blocked Trading", Type: "entity"})
	w.list(sanctions.Entry{EntryID: "2", List: "L", Name: "Beta Blocked Trading", Type: "entity"})
	f := finding(w.run(), RuleSanc50, company("C-OWN"))
	if f == nil {
		t.Fatal("no SANC-50 of C-OWN")
	}
	want := map[string]string{"C-S1 holds 50% of C-OWN directly": "share", "C-S2 holds 0%–100% of C-OWN directly": ""}
	for _, ev := range f.Evidence {
		col, ok := want[ev.Text]
		if !ok {
			continue
		}
		delete(want, ev.Text)
		if ev.Column != col || ev.Sheet != "ownership" || ev.Row == 0 {
			t.Errorf("%q cited at %s, want column %q", ev.Text, report.Citation(ev), col)
		}
	}
	for text := range want {
		t.Errorf("no evidence %q in %+v", text, f.Evidence)
	}
	// The ownership paths' steps cite the same cells: a declared share its
	// column, an unknown one its row.
	steps := map[string]string{}
	for _, p := range w.run().Paths {
		for _, st := range p.Steps {
			steps[st.ID] = st.Source
		}
	}
	for id, col := range map[string]string{"C-S1": ", row 3, column share", "C-S2": ", row 4"} {
		if !strings.HasSuffix(steps[id], col) {
			t.Errorf("the path step of %s cites %q, want it to end %q", id, steps[id], col)
		}
	}
}

// TestRoleEvidenceNamesCall: each role's evidence says how it was read:
// owner(), the EIP-1967 admin slot, owner() of the proxy admin or beacon,
// the role's events with hasRole or isAgent.
func TestRoleEvidenceNamesCall(t *testing.T) {
	const (
		admin  = "0x00000000000000000000000000000000000000ad"
		beacon = "0x00000000000000000000000000000000000000be"
		minter = "0x9f2df0fed2c77648de5860a4cc508cd0818c85b8b8a1ab4ceeef8d981c8956a6" // keccak256("MINTER_ROLE")
		agent  = "0xcab5a0bfe0b79d2c4b1c2e02599fa044d115b7511f9659307cb4276950967709" // keccak256("AGENT_ROLE")
	)
	w := quiet()
	tk := w.token()
	tk.Capabilities = chain.Capabilities{Mint: true, ForcedTransfer: true}
	tk.Proxy = &chain.Proxy{Kind: "beacon", Admin: admin, Beacon: beacon}
	tk.Controllers = []chain.Controller{
		{Role: "owner", Address: key1},
		{Role: "proxy-admin", Address: admin},
		{Role: "proxy-admin-owner", Address: key1},
		{Role: "beacon-owner", Address: key1},
		{Role: "minter", Address: key1},
		{Role: "agent", Address: key1},
	}
	want := map[string]string{
		"owner":             "read by calling owner() on " + tok,
		"proxy-admin":       "read from the EIP-1967 admin slot (" + chain.SlotAdmin.Hex() + ") of " + tok,
		"proxy-admin-owner": "read by calling owner() on " + admin + ", the proxy admin in the EIP-1967 admin slot of " + tok,
		"beacon-owner":      "read by calling owner() on " + beacon + ", the beacon in the EIP-1967 beacon slot of " + tok,
		"minter":            "the token's RoleGranted/RoleRevoked events up to block 100 make it a member of role " + minter + "; hasRole(" + minter + ", " + key1 + ") confirms it",
		"agent":             "isAgent(" + key1 + "), or hasRole(" + agent + ", " + key1 + "), confirms it",
	}
	seen := map[string]bool{}
	for _, f := range w.run().Findings {
		for _, ev := range f.Evidence {
			if ev.Fact != report.FactRole {
				continue
			}
			how, ok := want[ev.Role]
			if !ok {
				t.Errorf("%s: role %q not in the test", f.Rule, ev.Role)
				continue
			}
			seen[ev.Role] = true
			if !strings.HasSuffix(ev.Text, how) {
				t.Errorf("%s: role %s evidence %q does not end %q", f.Rule, ev.Role, ev.Text, how)
			}
		}
	}
	for role := range want {
		if !seen[role] {
			t.Errorf("no evidence of role %s", role)
		}
	}
}

// TestOpaqueEndsCiteWhereSearched: OWN-OPAQUE's chain ends say where the
// registry was searched: the ownership rows for a company no row names an
// owner of, the company and person rows for an id none defines.
func TestOpaqueEndsCiteWhereSearched(t *testing.T) {
	w := quiet()
	w.reg.Ownership = []registry.Ownership{
		{OwnerID: "C-FAR", OwnedID: "C-OWN", Share: registry.Exact(0.5), Origin: at("ownership", 2)},
		{OwnerID: "C-GHOST", OwnedID: "C-OWN", Share: registry.Exact(0.5), Origin: at("ownership", 3)},
	}
	f := finding(w.run(), RuleOwnOpaque, vesselSubject(imo1))
	if f == nil {
		t.Fatal("no OWN-OPAQUE of the vessel")
	}
	want := map[string]report.Evidence{}
	for _, ev := range []report.Evidence{
		{Kind: "registry", File: "reg.xlsx", Sheet: "ownership", Text: "searched reg.xlsx, sheet ownership, rows 2–3 (2 ownership rows read): none names a current direct owner of C-FAR"},
		{Kind: "registry", File: "reg.xlsx", Sheet: "companies", Text: "searched reg.xlsx, sheet companies, rows 2–3 (2 company rows read): none has id C-GHOST"},
		{Kind: "registry", File: "reg.xlsx", Sheet: "people", Text: "searched reg.xlsx, sheet people, rows 2–8 (7 person rows read): none has id C-GHOST"},
	} {
		want[ev.Text] = ev
	}
	for _, ev := range f.Evidence {
		if w, ok := want[ev.Text]; ok {
			if !ev.Equal(w) {
				t.Errorf("evidence %+v, want %+v", ev, w)
			}
			delete(want, ev.Text)
		}
		if strings.Contains(ev.Text, "owner of C-OWN") {
			t.Errorf("C-OWN has owners, yet: %q", ev.Text)
		}
	}
	for text := range want {
		t.Errorf("no evidence %q in %+v", text, f.Evidence)
	}
}
