package rules

import (
	"math/big"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
)

// permissioned makes the quiet world's token an ERC-3643 token whose
// identity registry verifies every holder.
func permissioned(w *world) {
	tk := w.token()
	tk.Standard, tk.IdentityRegistry = "erc3643", "0x00000000000000000000000000000000000000bb"
	for i := range tk.Holders {
		v := true
		tk.Holders[i].Verified = &v
	}
}

func findingsOf(res Result, rule string) map[report.Subject]report.Finding {
	out := map[report.Subject]report.Finding{}
	for _, f := range res.Findings {
		if f.Rule == rule {
			out[f.Subject] = f
		}
	}
	return out
}

// TestHolderUnverified: a holder the token's identity registry does not
// verify is a HOLDER-UNVERIFIED finding citing the isVerified read; a
// verified holder, or one whose isVerified is unknown, is none.
func TestHolderUnverified(t *testing.T) {
	w := quiet()
	permissioned(w)
	if got := findingsOf(w.run(), RuleHolderUnverified); len(got) != 0 {
		t.Fatalf("every holder verified: %v", got)
	}
	no := false
	w.token().Holders[1].Verified = &no // w2
	w.token().Holders[2].Verified = nil // w3: unknown
	got := findingsOf(w.run(), RuleHolderUnverified)
	f, ok := got[wallet(w2)]
	if len(got) != 1 || !ok {
		t.Fatalf("findings %v, want one on %s", got, w2)
	}
	if f.Severity != report.Medium || !strings.Contains(f.Message, "isVerified("+w2+") on the token's identity registry "+w.token().IdentityRegistry+" returned false at block 100. Possible causes:") ||
		strings.Contains(f.Message, "came around") {
		t.Errorf("finding %s: %s", f.Severity, f.Message)
	}
	var fact *report.Evidence
	for i := range f.Evidence {
		if f.Evidence[i].Fact == report.FactVerified {
			fact = &f.Evidence[i]
		}
	}
	if fact == nil || fact.Contract != tok || fact.Registry != w.token().IdentityRegistry || fact.Holder != w2 || fact.Value != "false" ||
		!strings.Contains(fact.Text, "isVerified("+w2+")") {
		t.Errorf("verified evidence %+v", fact)
	}
	// A token without an identity registry is not judged.
	w.token().IdentityRegistry = ""
	if got := findingsOf(w.run(), RuleHolderUnverified); len(got) != 0 {
		t.Errorf("no identity registry: %v", got)
	}
}

// TestConcentrationThroughIdentity: wallets the token's identity registry
// gives one on-chain identity are one beneficial owner. w1 (P1) and w4,
// which the registry does not list, share identity X: P1 holds 40%
// through two wallets. w3 (P3) and w5 (P5) share identity Y: the registry
// says two owners, so the identity itself holds 40%. Each finding cites
// identity(wallet) of its wallets.
func TestConcentrationThroughIdentity(t *testing.T) {
	const idX, idY = "0x00000000000000000000000000000000000000d1", "0x00000000000000000000000000000000000000d2"
	w := quiet()
	permissioned(w)
	if got := findingsOf(w.run(), RuleHolderConcentration); len(got) != 0 {
		t.Fatalf("no shared identity: %v", got)
	}
	hs := w.token().Holders
	hs[0].Identity, hs[3].Identity = idX, idX // w1, w4
	hs[2].Identity, hs[4].Identity = idY, idY // w3, w5
	w.reg.Wallets = append(w.reg.Wallets[:3:3], w.reg.Wallets[4])
	got := findingsOf(w.run(), RuleHolderConcentration)
	if len(got) != 2 {
		t.Fatalf("findings %v, want two", got)
	}
	for _, tc := range []struct {
		subj    report.Subject
		msg     string
		wallets []string
		id      string
	}{
		{report.Subject{Kind: "person", ID: "P1"}, "P1 holds 40% of SEA (" + tok + ") through 2 wallets (" + w1 + ", " + w4 + "); " + w1 + " and " + w4 + " share on-chain identity " + idX + ", at or above 25%", []string{w1, w4}, idX},
		{wallet(idY), "the on-chain identity " + idY + " holds 40% of SEA (" + tok + ") through 2 wallets (" + w3 + ", " + w5 + ")", []string{w3, w5}, idY},
	} {
		f, ok := got[tc.subj]
		if !ok {
			t.Errorf("no finding on %v among %v", tc.subj, got)
			continue
		}
		if !strings.HasPrefix(f.Message, tc.msg) {
			t.Errorf("%v: message %q, want it to start %q", tc.subj, f.Message, tc.msg)
		}
		cited := map[string]bool{}
		for _, ev := range f.Evidence {
			if ev.Fact == report.FactIdentity && ev.Value == tc.id && ev.Registry == w.token().IdentityRegistry && ev.Contract == tok {
				cited[ev.Holder] = true
			}
		}
		for _, wl := range tc.wallets {
			if !cited[wl] {
				t.Errorf("%v: identity(%s) not cited: %+v", tc.subj, wl, f.Evidence)
			}
		}
	}
}

// TestHolderIdentityMismatch: the token's identity registry gives two
// wallets of different registry owners one identity, or a holder a
// country other than its owner's; a country the registry does not give,
// or an investor country with no alpha-2, is not judged.
func TestHolderIdentityMismatch(t *testing.T) {
	const idX = "0x00000000000000000000000000000000000000d1"
	w := quiet()
	permissioned(w)
	hs := w.token().Holders
	hs[0].InvestorCountry, hs[0].InvestorCountryAlpha2 = 578, "NO" // w1, P1: no nationality in the registry
	w.reg.People[2].Nationality = "SE"                             // P2
	hs[1].InvestorCountry, hs[1].InvestorCountryAlpha2 = 752, "SE" // w2 agrees
	if got := findingsOf(w.run(), RuleHolderIdentityMismatch); len(got) != 0 {
		t.Fatalf("no disagreement: %v", got)
	}
	hs[1].InvestorCountry, hs[1].InvestorCountryAlpha2 = 578, "NO" // w2 disagrees
	hs[2].Identity, hs[3].Identity = idX, idX                      // w3 (P3), w4 (P4)
	got := findingsOf(w.run(), RuleHolderIdentityMismatch)
	if len(got) != 2 {
		t.Fatalf("findings %v, want two", got)
	}
	if f := got[wallet(w2)]; !strings.Contains(f.Message, "investor country NO (578), its investor's country of residence or jurisdiction, but the registry gives its owner P2 the nationality SE (the registry gives no country of residence, so the nationality is compared instead") {
		t.Errorf("country: %q", f.Message)
	}
	if f := got[wallet(idX)]; !strings.Contains(f.Message, w3+" (P3), "+w4+" (P4)") {
		t.Errorf("owners: %q", f.Message)
	}
	// A company's jurisdiction is compared as it is, with no fallback note.
	w.reg.Wallets[4].HolderID = "C-FAR"                            // w5, jurisdiction VG
	hs[4].InvestorCountry, hs[4].InvestorCountryAlpha2 = 578, "NO" // w5
	f := findingsOf(w.run(), RuleHolderIdentityMismatch)[wallet(w5)]
	if !strings.HasSuffix(f.Message, "but the registry gives its owner C-FAR the jurisdiction VG") {
		t.Errorf("company country: %q", f.Message)
	}
}

// TestConcentrationSelfIdentity: a registry that gives w1 and w2 the
// on-chain identity w1 (an address that is itself a holder) makes the
// identity group's 60% finding and w1's own 30% finding two findings on
// one subject: neither is dropped.
func TestConcentrationSelfIdentity(t *testing.T) {
	w := quiet()
	permissioned(w)
	w.reg.Wallets = w.reg.Wallets[2:] // w1, w2 not in the registry
	tk := w.token()
	for i, b := range []int64{300, 300, 200, 100, 100} {
		tk.Holders[i].Balance = big.NewInt(b)
	}
	tk.Holders[0].Identity, tk.Holders[1].Identity = w1, w1
	var group, own bool
	for _, f := range w.run().Findings {
		if f.Rule != RuleHolderConcentration || f.Subject != wallet(w1) {
			continue
		}
		switch {
		case strings.HasPrefix(f.Message, "the on-chain identity "+w1+" holds 60%"):
			group = true
		case strings.HasPrefix(f.Message, w1+" holds 30%"):
			own = true
		default:
			t.Errorf("unexpected finding on %s: %s", w1, f.Message)
		}
	}
	if !group || !own {
		t.Errorf("identity group finding %v, wallet's own finding %v; want both", group, own)
	}
}

// TestIdentityWithoutCode: a registry naming one address without code as
// the identity of every wallet (as a hostile or broken one can) joins no
// wallets: the identity's group holding 100% of SEA, and the wallets of
// different owners under one identity, are no HOLDER-CONCENTRATION or
// HOLDER-IDENTITY-MISMATCH finding; one HOLDER-IDENTITY-NO-CODE names the
// address and its wallets, citing each identity(wallet) answer with
// has_code false. The same identity with code joins them as before.
func TestIdentityWithoutCode(t *testing.T) {
	const id = "0x00000000000000000000000000000000000000d1"
	w := quiet()
	permissioned(w)
	hs := w.token().Holders
	for i := range hs {
		hs[i].Identity, hs[i].IdentityNoCode = id, true
	}
	res := w.run()
	if got := findingsOf(res, RuleHolderConcentration)[wallet(id)]; got.Rule != "" {
		t.Errorf("an identity without code joins the wallets: %q", got.Message)
	}
	if got := findingsOf(res, RuleHolderIdentityMismatch); len(got) != 0 {
		t.Errorf("an identity without code gives wallets of different owners one identity: %v", got)
	}
	got := findingsOf(res, RuleHolderIdentityNoCode)
	f, ok := got[wallet(id)]
	if len(got) != 1 || !ok {
		t.Fatalf("findings %v, want one on %s", got, id)
	}
	if f.Severity != report.Medium || !strings.Contains(f.Message, "names "+id+" as the on-chain identity of 5 holder(s)") ||
		!strings.Contains(f.Message, id+" has no code at block 100") {
		t.Errorf("message %q (%s)", f.Message, f.Severity)
	}
	cited := 0
	for _, ev := range f.Evidence {
		if ev.Fact == report.FactIdentity && ev.Value == id && ev.HasCode != nil && !*ev.HasCode &&
			strings.HasSuffix(ev.Text, "; "+id+" has no code at block 100: not an ONCHAINID") {
			cited++
		}
	}
	if cited != len(hs) {
		t.Errorf("%d of %d identity answers cited with has_code false: %+v", cited, len(hs), f.Evidence)
	}

	for i := range hs {
		hs[i].IdentityNoCode = false
	}
	res = w.run()
	if got := findingsOf(res, RuleHolderIdentityNoCode); len(got) != 0 {
		t.Errorf("an identity with code: %v", got)
	}
	c, ok := findingsOf(res, RuleHolderConcentration)[wallet(id)]
	if !ok {
		t.Fatalf("an identity with code joins no wallets: %v", findingsOf(res, RuleHolderConcentration))
	}
	for _, ev := range c.Evidence {
		if ev.Fact == report.FactIdentity && (ev.HasCode == nil || !*ev.HasCode || !strings.HasSuffix(ev.Text, ", where "+id+" has code")) {
			t.Errorf("identity citation of an identity with code: %+v", ev)
		}
	}
}
