package rules

import (
	"math"
	"math/big"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

const idJoin = "0x00000000000000000000000000000000000000d1"

// joinWorld is the quiet world's token made ERC-3643 with w1 held by the
// company C-X, which P1 owns whole, at 20% of supply; w4, no longer in
// the wallets sheet, holds 10% and has the same on-chain identity as w1.
func joinWorld() *world {
	w := quiet()
	permissioned(w)
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-X", Name: "Xeno Holdings AS", Jurisdiction: "NO", Origin: at("companies", 4)})
	w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P1", OwnedID: "C-X", Share: registry.Exact(1), Interest: "shareholding", Origin: at("ownership", 3)})
	w.reg.Wallets[0].HolderID = "C-X"                             // w1
	w.reg.Wallets = append(w.reg.Wallets[:3:3], w.reg.Wallets[4]) // w4 in no row
	hs := w.token().Holders
	for i, b := range []int64{200, 300, 200, 100, 200} {
		hs[i].Balance = big.NewInt(b)
	}
	hs[0].Identity, hs[3].Identity = idJoin, idJoin // w1, w4
	return w
}

func tokenOwners(t *testing.T, res Result) report.Owners {
	t.Helper()
	for _, o := range res.Owners {
		if o.Asset == tok && o.Kind == "token" {
			return o
		}
	}
	t.Fatalf("no beneficial owners of %s: %+v", tok, res.Owners)
	return report.Owners{}
}

func ownerOf(os report.Owners, kind, id string) *report.Owner {
	for i := range os.Owners {
		if os.Owners[i].Kind == kind && os.Owners[i].ID == id {
			return &os.Owners[i]
		}
	}
	return nil
}

// TestIdentityJoinsOwner: w4, which no wallets row lists, shares its
// on-chain identity with C-X's w1: it counts as C-X's, so P1, who owns
// C-X, is a beneficial owner at 30% of the token (20% without it); the
// path from w4 says it is through the identity and the token's identity
// registry at the pinned block; HOLDER-CONCENTRATION on C-X (through its
// wallets) and on P1 (looking through C-X) say they reach 25% only
// through it, P1's citing identity() of both wallets.
func TestIdentityJoinsOwner(t *testing.T) {
	w := joinWorld()
	res := w.run()
	os := tokenOwners(t, res)
	p1 := ownerOf(os, "person", "P1")
	if p1 == nil || math.Abs(p1.Low-0.3) > 1e-9 || math.Abs(p1.High-0.3) > 1e-9 || p1.Decision != report.DecisionOwner {
		t.Fatalf("P1 %+v, want a beneficial owner at 30%%", p1)
	}
	if math.Abs(p1.IdentityLow-0.1) > 1e-9 || !strings.Contains(p1.Identity, "counts "+w4+", which no wallets row lists, through on-chain identity "+idJoin) ||
		!strings.Contains(p1.Identity, "without it 20%, below 25%") || !strings.Contains(p1.Identity, "at block 100") {
		t.Errorf("P1 identity %v %q", p1.IdentityLow, p1.Identity)
	}
	if ownerOf(os, "wallet", w4) != nil || os.UnidentifiedWallets != 0 {
		t.Errorf("w4 is still an owner of its own: %+v", os)
	}
	if len(os.Identities) != 1 || os.Identities[0].Owner != "C-X" || os.Identities[0].Identity != idJoin || len(os.Identities[0].Wallets) != 2 {
		t.Errorf("identities %+v", os.Identities)
	}
	var step *report.Step
	for _, p := range res.Paths {
		if p.Asset == tok && p.Steps[0].ID == w4 && len(p.Steps) > 1 {
			step = &p.Steps[1]
		}
	}
	if step == nil || step.ID != "C-X" || !strings.HasPrefix(step.Source, "chain 1, block 100: identity("+w4+") and identity("+w1+") on the identity registry "+w.token().IdentityRegistry) {
		t.Fatalf("w4's step up: %+v", step)
	}
	f, ok := findingsOf(res, RuleHolderConcentration)[report.Subject{Kind: "person", ID: "P1"}]
	if !ok {
		t.Fatalf("no HOLDER-CONCENTRATION on P1")
	}
	if !strings.Contains(f.Message, "holds at least 30% of SEA") || !strings.Contains(f.Message, "10% of it through "+w4) || !strings.Contains(f.Message, "without it 20%, below 25%") {
		t.Errorf("message %q", f.Message)
	}
	cx, ok := findingsOf(res, RuleHolderConcentration)[report.Subject{Kind: "company", ID: "C-X"}]
	if !ok || !strings.Contains(cx.Message, "C-X holds 30% of SEA") ||
		!strings.HasSuffix(cx.Message, "; "+w4+" (10%), which no wallets row ties to a known owner, counts through its on-chain identity: without it 20%, below 25%") {
		t.Errorf("C-X's own finding %v: %q", ok, cx.Message)
	}
	cited := map[string]bool{}
	var pathSaysIdentity bool
	for _, ev := range f.Evidence {
		if ev.Fact == report.FactIdentity && ev.Value == idJoin && ev.Registry == w.token().IdentityRegistry && ev.Contract == tok {
			cited[ev.Holder] = true
		}
		if ev.Kind == "path" && strings.Contains(ev.Text, "controlled by Xeno Holdings AS (C-X) through on-chain identity "+idJoin+" (SEA's identity registry "+w.token().IdentityRegistry+" at block 100") {
			pathSaysIdentity = true
		}
	}
	if !cited[w1] || !cited[w4] || !pathSaysIdentity {
		t.Errorf("evidence cites identity of %v, path %v: %+v", cited, pathSaysIdentity, f.Evidence)
	}
	// The same again gives the same findings.
	again := w.run()
	if len(again.Findings) != len(res.Findings) {
		t.Fatalf("second run %d findings, first %d", len(again.Findings), len(res.Findings))
	}
	for i := range res.Findings {
		if res.Findings[i].Fingerprint != again.Findings[i].Fingerprint || res.Findings[i].Message != again.Findings[i].Message {
			t.Errorf("finding %d differs between runs", i)
		}
	}
}

// TestIdentityOfDifferentOwners: w1 (C-X, so P1) and w2 (P2) share the
// identity of w4, which no row lists: nothing is joined. P1 and P2 keep
// their own wallets' shares, w4 is nobody's, the owners add up to the
// whole supply once, and the section says the identity is shared.
func TestIdentityOfDifferentOwners(t *testing.T) {
	w := joinWorld()
	w.token().Holders[1].Identity = idJoin // w2, P2's
	res := w.run()
	os := tokenOwners(t, res)
	var sum float64
	for _, o := range os.Owners {
		sum += o.Low
	}
	sum += os.UnidentifiedLow
	if math.Abs(sum-1) > 1e-9 {
		t.Errorf("owners add up to %v: %+v", sum, os.Owners)
	}
	p1, p2 := ownerOf(os, "person", "P1"), ownerOf(os, "person", "P2")
	if p1 == nil || p2 == nil || math.Abs(p1.Low-0.2) > 1e-9 || math.Abs(p2.Low-0.3) > 1e-9 {
		t.Fatalf("P1 %+v, P2 %+v", p1, p2)
	}
	for _, o := range []*report.Owner{p1, p2} {
		if o.IdentityHigh != 0 || !strings.Contains(o.Identity, "shares on-chain identity "+idJoin) || !strings.Contains(o.Identity, "not joined (HOLDER-IDENTITY-MISMATCH)") {
			t.Errorf("%s identity %v %q", o.ID, o.IdentityHigh, o.Identity)
		}
	}
	if x := ownerOf(os, "wallet", w4); x == nil || x.Ends != "unknown" || math.Abs(x.Low-0.1) > 1e-9 {
		t.Errorf("w4 %+v, want an owner of its own, unknown", x)
	}
	if len(os.Identities) != 1 || os.Identities[0].Owner != "" || !strings.Contains(os.Identities[0].NotJoined, "different owners (C-X, P2)") {
		t.Errorf("identities %+v", os.Identities)
	}
	for _, p := range res.Paths {
		for _, s := range p.Steps {
			if strings.Contains(s.Source, "identity(") {
				t.Errorf("a path through an identity: %+v", p)
			}
		}
	}
	if _, ok := findingsOf(res, RuleHolderIdentityMismatch)[wallet(idJoin)]; !ok {
		t.Errorf("no HOLDER-IDENTITY-MISMATCH on %s", idJoin)
	}
}

// TestIdentityJoinUnidentified: w4, at the identification threshold and
// in no wallets row, is still HOLDER-UNIDENTIFIED, whose message says
// that the token's identity registry gives it C-X's identity and that
// the beneficial owners count it as C-X's, citing identity() of both.
func TestIdentityJoinUnidentified(t *testing.T) {
	w := joinWorld()
	f, ok := findingsOf(w.run(), RuleHolderUnidentified)[wallet(w4)]
	if !ok {
		t.Fatal("no HOLDER-UNIDENTIFIED on w4")
	}
	if !strings.HasSuffix(f.Message, "has no known owner in the wallets sheet; SEA's identity registry "+w.token().IdentityRegistry+
		" at block 100 gives it the on-chain identity "+idJoin+" of C-X's wallet "+w1+": the beneficial owners count it as C-X's") {
		t.Errorf("message %q", f.Message)
	}
	cited := map[string]bool{}
	for _, ev := range f.Evidence {
		if ev.Fact == report.FactIdentity && ev.Value == idJoin {
			cited[ev.Holder] = true
		}
	}
	if !cited[w1] || !cited[w4] {
		t.Errorf("identity() cited of %v", cited)
	}
}

// TestIdentityJoinUndeterminable: P1 holds 50%–100% of C-X, so 10%–20%
// of the token through w1 and 15%–30% with w4: OWN-UNDETERMINABLE fires
// only through the joined wallet, and says so.
func TestIdentityJoinUndeterminable(t *testing.T) {
	w := joinWorld()
	w.reg.Ownership[1].Share = registry.Share{Low: 0.5, High: 1}
	f, ok := findingsOf(w.run(), RuleOwnUndeterminable)[report.Subject{Kind: "person", ID: "P1"}]
	if !ok {
		t.Fatal("no OWN-UNDETERMINABLE on P1")
	}
	if !strings.Contains(f.Message, "holds 15%–30% of SEA") || !strings.Contains(f.Message, "5%–10% of it through "+w4) ||
		!strings.HasSuffix(f.Message, "without it 10%–20%, below 25%") {
		t.Errorf("message %q", f.Message)
	}
}

// TestIdentityJoinConflict: a second ERC-3643 token's identity registry
// gives w4 the identity of P2's w2: the two registries tie w4 to
// different owners, so it is joined to neither and stays nobody's.
func TestIdentityJoinConflict(t *testing.T) {
	const tok2, idY = "0x00000000000000000000000000000000000000ab", "0x00000000000000000000000000000000000000d2"
	w := joinWorld()
	second := *w.token()
	second.Address, second.Symbol, second.Claims = tok2, "SEB", nil
	second.Holders = []chain.Holder{
		{Address: w2, Balance: big.NewInt(500), Identity: idY},
		{Address: w4, Balance: big.NewInt(500), Identity: idY},
	}
	w.snap.Tokens = append(w.snap.Tokens, second)
	res := w.run()
	os := tokenOwners(t, res)
	if p1 := ownerOf(os, "person", "P1"); p1 == nil || math.Abs(p1.Low-0.2) > 1e-9 || p1.IdentityHigh != 0 {
		t.Errorf("P1 %+v, want 20%% with nothing joined", p1)
	}
	if x := ownerOf(os, "wallet", w4); x == nil || math.Abs(x.Low-0.1) > 1e-9 {
		t.Errorf("w4 %+v, want its own 10%%", x)
	}
	// both identities have w4 in SEA's chain: both listed, neither joined
	if len(os.Identities) != 2 {
		t.Fatalf("identities %+v", os.Identities)
	}
	for _, x := range os.Identities {
		if x.Owner != "" || !strings.Contains(x.NotJoined, "the identity registries of several tokens tie "+w4+" to different owners (C-X, P2)") {
			t.Errorf("identity %+v", x)
		}
	}
}

// TestIdentityWithoutCodeJoinsNobody: the join of TestIdentityJoinsOwner,
// but the identity the registry gives w1 and w4 has no code at the pinned
// block (HOLDER-IDENTITY-NO-CODE): it is no ONCHAINID, so w4 is not
// counted as C-X's, P1 stays at 20%, below the threshold, and no shared
// identity is listed.
func TestIdentityWithoutCodeJoinsNobody(t *testing.T) {
	w := joinWorld()
	hs := w.token().Holders
	hs[0].IdentityNoCode, hs[3].IdentityNoCode = true, true
	res := w.run()
	os := tokenOwners(t, res)
	p1 := ownerOf(os, "person", "P1")
	if p1 == nil || math.Abs(p1.High-0.2) > 1e-9 || p1.Decision == report.DecisionOwner || p1.Identity != "" {
		t.Fatalf("P1 %+v, want 20%%, below the threshold, nothing through an identity", p1)
	}
	if ownerOf(os, "wallet", w4) == nil || len(os.Identities) != 0 {
		t.Errorf("w4 joined through an identity without code: owners %+v, identities %+v", os.Owners, os.Identities)
	}
	if _, ok := findingsOf(res, RuleHolderIdentityNoCode)[report.Subject{Kind: "wallet", ID: idJoin}]; !ok {
		t.Errorf("no HOLDER-IDENTITY-NO-CODE on %s: %+v", idJoin, findingsOf(res, RuleHolderIdentityNoCode))
	}
}

// TestIdentityOfTheTokenItselfJoinsNobody: a registry that gives w1 and w4
// the token's own address, or its own, as their on-chain identity (both
// have code) does not make them one investor: nothing is joined and
// HOLDER-CONCENTRATION does not count them together.
func TestIdentityOfTheTokenItselfJoinsNobody(t *testing.T) {
	for _, own := range []string{"token", "registry"} {
		w := joinWorld()
		hs := w.token().Holders
		id := w.token().Address
		if own == "registry" {
			id = w.token().IdentityRegistry
		}
		hs[0].Identity, hs[3].Identity = id, id
		res := w.run()
		os := tokenOwners(t, res)
		if p1 := ownerOf(os, "person", "P1"); p1 == nil || math.Abs(p1.High-0.2) > 1e-9 || p1.Identity != "" || len(os.Identities) != 0 {
			t.Errorf("%s's address as identity: P1 %+v, identities %+v; want 20%%, nothing joined", own, p1, os.Identities)
		}
		if f, ok := findingsOf(res, RuleHolderConcentration)[report.Subject{Kind: "person", ID: "P1"}]; ok {
			t.Errorf("%s's address as identity: HOLDER-CONCENTRATION on P1: %s", own, f.Message)
		}
	}
}

// TestSancWalletSaysWhoseItIs: a listed wallet's SANC-WALLET says whose
// the beneficial owners count it as: w4, in no wallets row, C-X's through
// the on-chain identity it shares with w1 (citing identity() of both);
// w1, the wallets sheet's holder C-X.
func TestSancWalletSaysWhoseItIs(t *testing.T) {
	w := joinWorld()
	w.list(sanctions.Entry{EntryID: "9", List: "OFAC SDN", ListDate: "2024-05-03", Name: "Some Listed Party", Addresses: []string{w4, w1}})
	res := w.run()
	got := findingsOf(res, RuleSancWallet)
	f4, ok := got[report.Subject{Kind: "wallet", ID: w4}]
	if !ok || !strings.Contains(f4.Message, "; it is in no row in the wallets sheet; ") || !strings.HasSuffix(f4.Message, "the beneficial owners count it as C-X's") {
		t.Errorf("SANC-WALLET on w4 (%v): %q", ok, f4.Message)
	}
	if ids := identityFacts(f4.Evidence); ids != 2 {
		t.Errorf("SANC-WALLET on w4 cites %d identity() facts, want 2: %+v", ids, f4.Evidence)
	}
	if f1, ok := got[report.Subject{Kind: "wallet", ID: w1}]; !ok || !strings.HasSuffix(f1.Message, "; the wallets sheet ties it to C-X") {
		t.Errorf("SANC-WALLET on w1 (%v): %q", ok, f1.Message)
	}
}

// TestIdentityTiedPartyPossiblySanctioned: w4, in no wallets row, is on a
// list and shares its on-chain identity with C-X's w1, so the beneficial
// owners count it as C-X's: C-X is possibly sanctioned and, holding 60% of
// C-OWN, blocks it by the 50% rule if the tie is confirmed (high), SANC-50
// naming the identity and citing identity() of both wallets; P1, who owns
// C-X, is not. Without the shared identity, none of this.
func TestIdentityTiedPartyPossiblySanctioned(t *testing.T) {
	for _, joined := range []bool{true, false} {
		w := joinWorld()
		if !joined {
			w.token().Holders[3].Identity = ""
		}
		w.reg.Ownership[0].Share = registry.Exact(0.4) // P-A
		w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-X", OwnedID: "C-OWN", Share: registry.Exact(0.6), Interest: "shareholding", Origin: at("ownership", 4)})
		w.list(sanctions.Entry{EntryID: "9", List: "OFAC SDN", ListDate: "2024-05-03", Name: "Some Listed Party", Addresses: []string{w4}})
		res := w.run()
		status := map[string]string{}
		for _, e := range res.Entities {
			status[e.ID] = e.Status
		}
		bad := report.StatusPossiblySanctioned
		if !joined {
			bad = "clean"
		}
		for id, want := range map[string]string{"C-X": bad, "C-OWN": bad, "P1": "clean", "P-A": "clean"} {
			if status[id] != want {
				t.Errorf("joined %v: %s has status %q, want %q", joined, id, status[id], want)
			}
		}
		f := finding(res, RuleSanc50, company("C-OWN"))
		if !joined {
			if f != nil {
				t.Errorf("without the shared identity: %s %q, want no SANC-50", f.Severity, f.Message)
			}
			continue
		}
		want := "Xeno Holdings AS (C-X) 60% (holds wallet " + w4 + " that OFAC SDN entry 9 Some Listed Party lists, through on-chain identity " + idJoin + " (SEA's identity registry " + w.token().IdentityRegistry + " at block 100))"
		if f == nil || f.Severity != report.High || !strings.Contains(f.Message, "if the wallet ties below are confirmed") || !strings.Contains(f.Message, want) {
			t.Fatalf("SANC-50 on C-OWN %+v, want high saying %q", f, want)
		}
		if ids := identityFacts(f.Evidence); ids != 2 {
			t.Errorf("SANC-50 cites %d identity() facts, want 2: %+v", ids, f.Evidence)
		}
	}
}

// identityFacts counts the identity() facts among ev that give the joined
// identity idJoin.
func identityFacts(ev []report.Evidence) int {
	n := 0
	for _, e := range ev {
		if e.Fact == report.FactIdentity && e.Value == idJoin {
			n++
		}
	}
	return n
}
