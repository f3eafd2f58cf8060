package rules

import (
	"slices"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

// TestForcedTransferCitesCode: a token whose own code dispatches
// destroyBlackFunds (Tether's forced burn) is flagged as able to move or
// destroy holders' tokens; the finding cites the code of the token at the
// pinned block with each function and selector found (one code fact), and
// keeps the fingerprint it had before it cited code. A UUPS proxy's
// upgrade functions found in its implementation are cited by
// CONTRACT-UPGRADEABLE after its slots, naming the implementation; not
// when an admin slot makes it upgradeable (the slot is the reason), nor a
// clone's (no upgrade capability).
func TestForcedTransferCitesCode(t *testing.T) {
	const impl = "0x00000000000000000000000000000000000000a1"
	w := quiet()
	w.token().Capabilities = chain.Capabilities{ForcedTransfer: true, Found: []chain.CodeMatch{
		{Capability: "forcedTransfer", Signature: "destroyBlackFunds(address)", Selector: "0xf3bdc228", Code: tok},
		{Capability: "forcedTransfer", Signature: "burn(address,uint256)", Selector: "0x9dc29fac", Code: tok}}}
	res := w.run()
	f := find(res, RuleContractForcedTransfer)
	if f == nil {
		t.Fatalf("no %s: %v", RuleContractForcedTransfer, summary(res))
	}
	if !strings.HasSuffix(f.Message, ": a privileged account can move or destroy holders' tokens without their signature") {
		t.Errorf("message %q", f.Message)
	}
	if want := report.Fingerprint(RuleContractForcedTransfer, report.Subject{Kind: "token", ID: tok}, "forced-transfer"); f.Fingerprint != want {
		t.Errorf("fingerprint %s, want %s", f.Fingerprint, want)
	}
	var code []report.Evidence
	for _, ev := range f.Evidence {
		if ev.Fact == report.FactCode {
			code = append(code, ev)
		}
	}
	wantText := "the code of " + tok + " (the token) at block 100 dispatches destroyBlackFunds(address) (selector 0xf3bdc228), burn(address,uint256) (selector 0x9dc29fac)"
	wantFns := []report.Function{{Signature: "destroyBlackFunds(address)", Selector: "0xf3bdc228"}, {Signature: "burn(address,uint256)", Selector: "0x9dc29fac"}}
	if len(code) != 1 || code[0].Text != wantText || code[0].Contract != tok || code[0].CodeAddress != tok ||
		code[0].Block != 100 || code[0].Kind != "chain" || !slices.Equal(code[0].Functions, wantFns) {
		t.Errorf("code evidence %+v\nwant one: %q, %v", code, wantText, wantFns)
	}

	for _, tt := range []struct {
		name, kind, admin string
		up, code          bool
	}{
		{"uups", "eip1967", "", true, true},
		{"admin slot", "eip1967", "0x00000000000000000000000000000000000000ad", true, false},
		{"clone", "eip1167", "", false, false},
	} {
		w = quiet()
		w.token().Proxy = &chain.Proxy{Kind: tt.kind, Implementation: impl, Admin: tt.admin}
		w.token().Capabilities = chain.Capabilities{Upgrade: tt.up}
		if tt.up {
			w.token().Capabilities.Found = []chain.CodeMatch{{Capability: "upgrade", Signature: "upgradeToAndCall(address,bytes)", Selector: "0x4f1ef286", Code: impl}}
		}
		res = w.run()
		f = find(res, RuleContractUpgradeable)
		switch {
		case !tt.up:
			if f != nil {
				t.Errorf("%s: a clone nobody can upgrade is flagged: %+v", tt.name, f)
			}
		case !tt.code:
			if f == nil || len(f.Evidence) != 1 || f.Evidence[0].Fact != report.FactProxy {
				t.Errorf("%s: %+v, want the proxy slots alone", tt.name, f)
			}
		case f == nil || len(f.Evidence) != 2 || f.Evidence[0].Fact != report.FactProxy || f.Evidence[1].Fact != report.FactCode ||
			f.Evidence[1].CodeAddress != impl || !strings.Contains(f.Evidence[1].Text, "(the token's logic behind proxy "+tok+")"):
			t.Errorf("%s: %+v", tt.name, f)
		}
	}
}

// find is the first finding of rule, or nil.
func find(res Result, rule string) *report.Finding {
	for i := range res.Findings {
		if res.Findings[i].Rule == rule {
			return &res.Findings[i]
		}
	}
	return nil
}
