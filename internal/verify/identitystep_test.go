package verify

import (
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
)

// TestIdentityStepOffline: without a node, an ownership step through an
// on-chain identity is checked against the wallets rows of the report's
// registry input (the fixture's: 0x2665… is P-H23's, 0x06f9… P-CLEAN-4's,
// 0xa53e… no one's) and against the path and tokens: the intact step is a
// chain citation not checked; one naming another owner, a wallet a row
// lists as the wallet no row lists, a wallet the step before is not, a
// token under another symbol, or whose registry input is missing, is
// unresolved saying why.
func TestIdentityStepOffline(t *testing.T) {
	const reg = "../../fixtures/registry.xlsx"
	sum, err := fileSHA256(reg)
	if err != nil {
		t.Skipf("the fixture registry: %v", err)
	}
	const (
		token    = "0xe7ebe2a5b00fba90467237ecbc83b737b2abbb9a"
		unlisted = "0xa53ef80b2ee5a12b58566a841e3b60613ec8eeeb"
		listed   = "0x2665d9fa31d5b39984107778041e6e9600195187"
		other    = "0x06f9436867c462484a6b54bd65d5bfa2e0d025a6" // P-CLEAN-4's
	)
	source := func(wallet, symbol string) string {
		return "chain 1337, block 54: identity(" + wallet + ") and identity(" + listed + ") on the identity registry " + token +
			" of " + symbol + " (" + token + ") returned the on-chain identity 0xc33720e923f1a72a6e525d65c664a968bcdd85be"
	}
	path := func(prev, wallet, owner, symbol string) report.Path {
		return report.Path{Asset: token, Steps: []report.Step{
			{Kind: "wallet", ID: prev, Source: ""},
			{Kind: "person", ID: owner, Source: source(wallet, symbol)}}}
	}
	for _, tt := range []struct {
		name   string
		p      report.Path
		input  string
		reason string // "": not checked, counted as a chain citation
	}{
		{"intact", path(unlisted, unlisted, "P-H23", "PDAWN"), reg, ""},
		{"another owner", path(unlisted, unlisted, "P-H01", "PDAWN"), reg, "the wallets rows of " + reg + " tie wallet " + listed + " to P-H23, not to the step's owner P-H01"},
		{"a listed wallet as the unlisted one", path(other, other, "P-H23", "PDAWN"), reg, "a wallets row of " + reg + " gives wallet " + other + " the holder P-CLEAN-4"},
		{"another wallet before it", path(other, unlisted, "P-H23", "PDAWN"), reg, "the step before it is wallet " + other},
		{"another symbol", path(unlisted, unlisted, "P-H23", "XDAWN"), reg, `the step names the token "XDAWN (` + token + `)", the report's tokens give it as "PDAWN (` + token + `)"`},
		{"registry missing", path(unlisted, unlisted, "P-H23", "PDAWN"), reg + ".gone", reg + ".gone is missing"},
	} {
		rep := &report.Report{
			Chain:     report.Chain{Source: "rpc", ChainID: 1337, BlockNumber: 54},
			Inputs:    []report.Input{{Kind: "registry", Path: tt.input, SHA256: sum}},
			Tokens:    []report.Token{{Address: token, Standard: "erc3643", Symbol: "PDAWN", IdentityRegistry: token}},
			Ownership: []report.Path{tt.p},
		}
		checkOneOffline(t, tt.name, rep, tt.reason)
	}
}

// checkOneOffline verifies rep, which has one chain citation, without a
// node: with reason "" it must be counted as a chain citation, not
// checked; else it must be the one unresolved citation, its reason
// holding reason.
func checkOneOffline(t *testing.T, name string, rep *report.Report, reason string) {
	t.Helper()
	res := Verify(rep, Options{})
	if reason == "" {
		if len(res.Unresolved) != 0 || res.Chain != 1 || res.Checked != 0 {
			t.Errorf("%s: unresolved %+v, %d chain, %d checked; want none, 1, 0", name, res.Unresolved, res.Chain, res.Checked)
		}
		return
	}
	if len(res.Unresolved) != 1 || !strings.Contains(res.Unresolved[0].Reason, reason) || res.Chain != 0 || res.Checked != 1 {
		t.Errorf("%s: unresolved %+v, %d chain, %d checked; want one saying %q, 0, 1", name, res.Unresolved, res.Chain, res.Checked, reason)
		return
	}
	t.Logf("%s: %s", name, res.Unresolved[0].Reason)
}
