package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
	"github.com/tokenaudit/audit/internal/verify"
)

// devnetForTest runs 'audit devnet --listen 127.0.0.1:0' in process until
// the test ends and returns its URL and the token addresses it printed.
func devnetForTest(t *testing.T) (string, []string) {
	t.Helper()
	app := newApp()
	var stdout, stderr syncBuffer
	app.Writer, app.ErrWriter = &stdout, &stderr
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- app.RunContext(ctx, []string{"audit", "devnet", "--listen", "127.0.0.1:0"}) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Error("devnet did not stop when its context was cancelled")
		}
	})
	addr := regexp.MustCompile(`at (http://127\.0\.0\.1:[0-9]+)`)
	for deadline := time.Now().Add(2 * time.Minute); ; {
		if m := addr.FindStringSubmatch(stderr.String()); m != nil && strings.Count(stdout.String(), "\n") == 3 {
			var tokens []string
			for _, line := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
				f := strings.Split(line, "\t")
				tokens = append(tokens, f[len(f)-1])
			}
			return m[1], tokens
		}
		select {
		case err := <-done:
			t.Fatalf("devnet ended: %v\n%s", err, stderr.String())
		case <-time.After(50 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("devnet printed no address:\n%s", stderr.String())
		}
	}
}

// TestVerifyRPCDevnet scans the tokens 'audit devnet' serves over JSON-RPC,
// then verifies the report against the same node: every chain citation
// resolves; copies of the report with a transaction, a block, the chain id,
// the pinned block's hash or what a text claims changed do not, exit 3.
func TestVerifyRPCDevnet(t *testing.T) {
	url, tokens := devnetForTest(t)
	verifyAgainstNode(t, url, tokens)
}

// TestVerifyRPCDevnetNoRegistry scans the devnet's tokens without
// --registry, so that each vessel is claimed by its token itself (imo(),
// tokenURI(id)): verify --rpc reads each claim again at the pinned block,
// none is checked by its block only, and a copy of the report whose
// ownership step cites another URI, or whose token claims another
// vessel, is unresolved saying what the node returned, exit 3.
func TestVerifyRPCDevnetNoRegistry(t *testing.T) {
	url, tokens := devnetForTest(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	args := []string{"scan", "--rpc", url, "--sanctions", filepath.Join("..", "..", "fixtures", "sanctions", "sdn.csv"),
		"--list-date", "2024-05-03", "--format", "json", "--out", out, "--fail-on", "none"}
	for _, tok := range tokens {
		args = append(args, "--token", tok)
	}
	if _, stderr, code := runAudit(t, args...); code != 0 {
		t.Fatalf("scan --rpc without --registry: exit %d\n%s", code, stderr)
	}
	rep := readReport(t, out)
	claims := map[string]int{} // by source: "contract", "tokenURI"
	for _, p := range rep.Ownership {
		for _, st := range p.Steps {
			if src, ok := strings.CutPrefix(st.Source, "token "); ok && st.Kind == "token" {
				name, _, _ := strings.Cut(src, " ")
				claims[name]++
			}
		}
	}
	if claims["contract"] == 0 || claims["tokenURI"] == 0 {
		t.Fatalf("ownership steps of claims read from the tokens: %v, want contract and tokenURI ones: the test checks less than it says", claims)
	}
	verifyJSON := func(path string) (verifyOutput, int) {
		t.Helper()
		stdout, stderr, code := runAudit(t, "verify", "--rpc", url, "--format", "json", path)
		var got verifyOutput
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("verify --format json: %v\n%s\n%s", err, stdout, stderr)
		}
		return got, code
	}
	good, code := verifyJSON(out)
	if code != 0 || len(good.Unresolved) != 0 || good.Chain != 0 || good.Node == nil || good.Node.BlockOnly != 0 || good.Node.States < claims["contract"]+claims["tokenURI"] {
		t.Fatalf("verify --rpc of the scan's own report: exit %d, unresolved %+v, %d not checked, node %+v; want every claim read (%v)", code, good.Unresolved, good.Chain, good.Node, claims)
	}
	edits := []struct {
		name   string
		change func(p *report.Path) bool
		reason string
	}{
		{"tokenURI", func(p *report.Path) bool {
			if !strings.HasPrefix(p.Steps[0].Source, "token tokenURI ") {
				return false
			}
			p.Steps[0].Source += "x"
			return true
		}, "not the URI the step cites"},
		{"imo", func(p *report.Path) bool {
			if p.Steps[0].Source != "token contract" {
				return false
			}
			p.Asset = "9999998"
			return true
		}, "not the IMO of vessel 9999998"},
	}
	for _, e := range edits {
		r := readReport(t, out)
		edited := false
		for i := range r.Ownership {
			if len(r.Ownership[i].Steps) > 0 && e.change(&r.Ownership[i]) {
				edited = true
				break
			}
		}
		if !edited {
			t.Fatalf("%s: no ownership step to edit", e.name)
		}
		path := filepath.Join(dir, e.name+".json")
		writeJSON(t, path, r)
		got, code := verifyJSON(path)
		if code != exitFindings || len(got.Unresolved) != 1 || !strings.Contains(got.Unresolved[0].Reason, e.reason) {
			t.Errorf("%s changed: exit %d, unresolved %+v, want one saying %q", e.name, code, got.Unresolved, e.reason)
		}
	}
}

// TestVerifyRPCGethDev does the same against a real geth --dev node the
// scenario is deployed onto with 'audit devnet --rpc'.
func TestVerifyRPCGethDev(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth node")
	}
	url := startGethDev(t)
	stdout, stderr, code := runAudit(t, "devnet", "--rpc", url)
	if code != 0 {
		t.Fatalf("devnet --rpc: exit %d\n%s", code, stderr)
	}
	var tokens []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		f := strings.Split(line, "\t")
		tokens = append(tokens, f[len(f)-1])
	}
	verifyAgainstNode(t, url, tokens)
}

// TestVerifyRPCGethDevPruned scans the scenario deployed on geth --dev,
// then adds 150 blocks: geth (not an archive node) keeps the state of the
// last 128 blocks only, so verify finds no state at the report's pinned
// block. The balance, role, frozen and proxy citations are not checked,
// with why, and
// every other chain citation resolves: exit 0.
func TestVerifyRPCGethDevPruned(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth node")
	}
	url := startGethDev(t)
	stdout, stderr, code := runAudit(t, "devnet", "--rpc", url)
	if code != 0 {
		t.Fatalf("devnet --rpc: exit %d\n%s", code, stderr)
	}
	out := filepath.Join(t.TempDir(), "report.json")
	args := []string{"scan", "--rpc", url, "--registry", filepath.Join("..", "..", "fixtures", "registry.xlsx"),
		"--sanctions", filepath.Join("..", "..", "fixtures", "sanctions", "sdn.csv"), "--list-date", "2024-05-03",
		"--format", "json", "--out", out, "--fail-on", "none"}
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		f := strings.Split(line, "\t")
		args = append(args, "--token", f[len(f)-1])
	}
	if _, stderr, code := runAudit(t, args...); code != 0 {
		t.Fatalf("scan --rpc: exit %d\n%s", code, stderr)
	}
	// 150 more blocks: a transaction, then wait for its block (geth --dev
	// seals a block when a transaction is pending).
	client, err := rpc.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	var accounts []string
	if err := client.Call(&accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("eth_accounts: %v %v", accounts, err)
	}
	head := func() uint64 {
		var h hexutil.Uint64
		if err := client.Call(&h, "eth_blockNumber"); err != nil {
			t.Fatal(err)
		}
		return uint64(h)
	}
	target := readReport(t, out).Chain.BlockNumber + 150
	for n, deadline := head(), time.Now().Add(3*time.Minute); n < target; {
		var hash string
		if err := client.Call(&hash, "eth_sendTransaction", map[string]any{"from": accounts[0], "to": accounts[0], "value": "0x0"}); err != nil {
			t.Fatalf("a transaction at block %d: %v", n, err)
		}
		for next := head(); next == n; next = head() {
			if time.Now().After(deadline) {
				t.Fatalf("the node is at block %d, want %d", n, target)
			}
			time.Sleep(20 * time.Millisecond)
		}
		n = head()
	}
	stdout, stderr, code = runAudit(t, "verify", "--rpc", url, "--format", "json", out)
	var got verifyOutput
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("verify --format json: %v\n%s\n%s", err, stdout, stderr)
	}
	if code != 0 || len(got.Unresolved) != 0 || got.Node == nil || got.Node.NoState == 0 || got.Node.StatesNo == 0 || got.Node.Balances != 0 || got.Node.States != 0 ||
		got.Chain != got.Node.NoState+got.Node.StatesNo || !strings.Contains(got.ChainNote, "the node has no state at block") {
		t.Fatalf("verify after the pinned block's state is gone: exit %d, unresolved %+v, node %+v, %d not checked (%s)\n%s",
			code, got.Unresolved, got.Node, got.Chain, got.ChainNote, stderr)
	}
	t.Logf("%d balance and %d state citation(s) not checked: %s; %d transactions with their claim", got.Node.NoState, got.Node.StatesNo, got.ChainNote, got.Node.Transfers)
}

// verifyOutput is the part of 'audit verify --format json' these tests read.
type verifyOutput struct {
	Checked    int `json:"checked"`
	Resolved   int `json:"resolved"`
	Unresolved []struct {
		Rule     string          `json:"rule"`
		Evidence report.Evidence `json:"evidence"`
		Reason   string          `json:"reason"`
	} `json:"unresolved"`
	Chain     int    `json:"chain_not_checked"`
	ChainNote string `json:"chain_note"`
	Node      *struct {
		ChainID   uint64 `json:"chain_id"`
		Pinned    string `json:"pinned_problem"`
		Transfers int    `json:"transactions_with_claim"`
		TxOnly    int    `json:"transactions_only"`
		BlockOnly int    `json:"blocks_only"`
		Balances  int    `json:"balances"`
		NoState   int    `json:"balances_no_state"`
		States    int    `json:"states"`
		StatesNo  int    `json:"states_no_state"`
	} `json:"node"`
}

func verifyAgainstNode(t *testing.T, url string, tokens []string) {
	t.Helper()
	dir := t.TempDir()
	out := filepath.Join(dir, "report.json")
	args := []string{"scan", "--rpc", url, "--registry", filepath.Join("..", "..", "fixtures", "registry.xlsx"),
		"--sanctions", filepath.Join("..", "..", "fixtures", "sanctions", "sdn.csv"), "--list-date", "2024-05-03",
		"--format", "json", "--out", out, "--fail-on", "none"}
	for _, tok := range tokens {
		args = append(args, "--token", tok)
	}
	if _, stderr, code := runAudit(t, args...); code != 0 {
		t.Fatalf("scan --rpc: exit %d\n%s", code, stderr)
	}
	rep := readReport(t, out)

	// Without the node the chain citations are counted and the flag named.
	stdout, _, code := runAudit(t, "verify", out)
	if code != 0 || !regexp.MustCompile(`(?m)^\d+ chain citation\(s\) not checked: give the node with --rpc$`).MatchString(stdout) {
		t.Errorf("verify without --rpc: exit %d\n%s", code, stdout)
	}

	schema := outputSchema(t, "verify")
	verifyJSON := func(path string) (verifyOutput, string, int) {
		t.Helper()
		stdout, stderr, code := runAudit(t, "verify", "--rpc", url, "--format", "json", path)
		checkOutput(t, "verify --rpc "+filepath.Base(path), schema, []byte(stdout), verify.SchemaVersion)
		var got verifyOutput
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("verify --format json: %v\n%s\n%s", err, stdout, stderr)
		}
		return got, stderr, code
	}
	good, stderr, code := verifyJSON(out)
	if code != 0 || len(good.Unresolved) != 0 || good.Chain != 0 || good.Node == nil || good.Node.Pinned != "" {
		t.Fatalf("verify --rpc of the scan's own report: exit %d, %d unresolved %+v, %d not checked\n%s", code, len(good.Unresolved), good.Unresolved, good.Chain, stderr)
	}
	chainCites := good.Node.Transfers + good.Node.TxOnly + good.Node.BlockOnly + good.Node.Balances + good.Node.States
	// Every holding an ownership step cites is read too, and so is each
	// step that counts a wallet as its owner's through an on-chain identity
	// ("chain C, block N: identity(A) and identity(B) on the identity
	// registry ..."): no citation of the scan's own report is checked by
	// its block only.
	identityStep := regexp.MustCompile(`^chain \d+, block \d+: identity\(`)
	identitySteps := 0
	for _, p := range rep.Ownership {
		for _, st := range p.Steps {
			if identityStep.MatchString(st.Source) {
				identitySteps++
			}
		}
	}
	if identitySteps == 0 {
		t.Errorf("no ownership step through an on-chain identity (the fixture's holder-40 is P-H23's through it)")
	}
	if good.Node.Transfers == 0 || good.Node.BlockOnly != 0 || good.Node.Balances == 0 || good.Node.States < identitySteps {
		t.Errorf("checked %d transactions with their claim, %d blocks only, %d balances, %d states: want some of each but blocks only, states counting the %d steps through an identity",
			good.Node.Transfers, good.Node.BlockOnly, good.Node.Balances, good.Node.States, identitySteps)
	}
	for _, fact := range []string{report.FactRole, report.FactProxy, report.FactFrozen, report.FactVerified, report.FactIdentity, report.FactCode} {
		if !reportHasFact(rep, fact) {
			t.Errorf("the scan's report has no %s citation: the state checks below test nothing", fact)
		}
	}
	if good.Node.TxOnly != 0 {
		// Every text the rules write about a transaction of the scenario
		// is one verify reads: a rule's text changed, or verify's pattern.
		t.Errorf("%d transaction citation(s) checked without their claim: verify no longer reads the rules' text", good.Node.TxOnly)
	}
	t.Logf("%d chain citations: %d balances and %d roles, statuses and slots read at the pinned block, %d transactions with their claim, %d transactions only, %d blocks only",
		chainCites, good.Node.Balances, good.Node.States, good.Node.Transfers, good.Node.TxOnly, good.Node.BlockOnly)
	stdout, _, _ = runAudit(t, "verify", "--rpc", url, out)
	if want := fmt.Sprintf("%d chain citation(s) resolve on the node:", chainCites); !strings.Contains(stdout, want) {
		t.Errorf("verify --rpc text does not say %q:\n%s", want, stdout)
	}
	if want := fmt.Sprintf("%d role(s), frozen account(s), issuer(s), identity registry answer(s), proxy slot(s) and privileged functions in code (eth_getCode) the node returns", good.Node.States); !strings.Contains(stdout, want) {
		t.Errorf("verify --rpc text does not say the code was read (%q):\n%s", want, stdout)
	}

	// Each edit of a copy makes verify report it, exit 3. Verify reads
	// the structured fields (a text edit changes nothing but a date).
	facts := func(r *report.Report, fact string) []*report.Evidence {
		var out []*report.Evidence
		for i := range r.Findings {
			for j := range r.Findings[i].Evidence {
				if ev := &r.Findings[i].Evidence[j]; ev.Fact == fact {
					out = append(out, ev)
				}
			}
		}
		return out
	}
	// editFact is an edit of a report: the first evidence of fact that
	// pick accepts, changed by set; false when there is none.
	editFact := func(fact string, pick func(*report.Evidence) bool, set func(*report.Evidence)) func(*report.Report) bool {
		return func(r *report.Report) bool {
			for _, ev := range facts(r, fact) {
				if pick(ev) {
					set(ev)
					return true
				}
			}
			return false
		}
	}
	fn := func(sig string) report.Function {
		return report.Function{Signature: sig, Selector: hexutil.Encode(crypto.Keccak256([]byte(sig))[:4])}
	}
	// editCode is an edit of the first code citation of a finding of
	// rule, changed by set, then its text rewritten to match its fields
	// when retext (rules.CodeText); false when there is none.
	editCode := func(rule string, retext bool, set func(*report.Evidence)) func(*report.Report) bool {
		return func(r *report.Report) bool {
			for i := range r.Findings {
				for j := range r.Findings[i].Evidence {
					if ev := &r.Findings[i].Evidence[j]; r.Findings[i].Rule == rule && ev.Fact == report.FactCode {
						set(ev)
						if retext {
							ev.Text = rules.CodeText(ev.Contract, ev.CodeAddress, r.Chain.BlockNumber, ev.Functions)
						}
						return true
					}
				}
			}
			return false
		}
	}
	txCites := func(r *report.Report, match string) []*report.Evidence {
		var out []*report.Evidence
		for i := range r.Findings {
			for j := range r.Findings[i].Evidence {
				if ev := &r.Findings[i].Evidence[j]; ev.TxHash != "" && strings.Contains(ev.Text, match) {
					out = append(out, ev)
				}
			}
		}
		return out
	}
	if len(txCites(rep, "")) == 0 {
		t.Fatal("the report cites no transaction")
	}
	// editIdentityStep is an edit of the first ownership step through an
	// on-chain identity, given a holder of the step's token that a
	// wallets row ties to an owner and that has another identity; false
	// when there is none.
	editIdentityStep := func(set func(st *report.Step, other report.Holder)) func(*report.Report) bool {
		return func(r *report.Report) bool {
			for i := range r.Ownership {
				for j := range r.Ownership[i].Steps {
					st := &r.Ownership[i].Steps[j]
					m := regexp.MustCompile(` \((0x[0-9a-f]{40})\) returned the on-chain identity (0x[0-9a-f]{40})$`).FindStringSubmatch(st.Source)
					if !identityStep.MatchString(st.Source) || m == nil {
						continue
					}
					for _, tok := range r.Tokens {
						for _, h := range tok.Holders {
							if tok.Address == m[1] && h.EntityID != "" && h.EntityID != st.ID && h.Identity != "" && h.Identity != m[2] {
								set(st, h)
								return true
							}
						}
					}
				}
			}
			return false
		}
	}
	type edit struct {
		name   string
		change func(r *report.Report) bool // false: the report has nothing to edit so
		reason string                      // what every unresolved citation's reason says
		all    bool                        // every chain citation is unresolved
	}
	edits := []edit{
		{"transaction hash", func(r *report.Report) bool {
			ev := txCites(r, "")[0]
			ev.TxHash = ev.TxHash[:len(ev.TxHash)-4] + "beef"
			return true
		}, "the node has no transaction 0x", false},
		{"block number", func(r *report.Report) bool {
			txCites(r, "")[0].Block++
			return true
		}, ", not ", false},
		{"chain id", func(r *report.Report) bool {
			r.Chain.ChainID++
			return true
		}, "a different chain", true},
		{"pinned block hash", func(r *report.Report) bool {
			r.Chain.BlockHash = "0x" + strings.Repeat("11", 32)
			return true
		}, "the pinned block is not on this node's chain: reorganised or a different chain", true},
		{"holder of a holding", editFact(report.FactBalance, func(ev *report.Evidence) bool { return ev.TxHash != "" }, func(ev *report.Evidence) { ev.Holder = "0x00000000000000000000000000000000000000aa" }), "into or out of 0x00000000000000000000000000000000000000aa", false},
		{"held amount", func(r *report.Report) bool {
			evs := facts(r, report.FactBalance)
			if len(evs) == 0 {
				return false
			}
			evs[0].Amount += "1" // a 1 after the digits
			return true
		}, "at the pinned block", false},
		{"minted amount", func(r *report.Report) bool {
			evs := facts(r, report.FactMint)
			if len(evs) == 0 {
				return false
			}
			evs[0].Amount += "1"
			return true
		}, "has no transfer of", false},
		{"deployed token", func(r *report.Report) bool {
			evs := facts(r, report.FactDeployment)
			if len(evs) == 0 {
				return false
			}
			for _, tok := range r.Tokens {
				if tok.Address != evs[0].Contract {
					evs[0].Contract = tok.Address
					return true
				}
			}
			return false
		}, "created 0x", false},
		{"role holder", editFact(report.FactRole, func(ev *report.Evidence) bool { return ev.Role == "owner" }, func(ev *report.Evidence) { ev.Holder = "0x00000000000000000000000000000000000000aa" }), "owner() of 0x", false},
		{"hasRole holder", editFact(report.FactRole, func(ev *report.Evidence) bool { return ev.Role == "minter" }, func(ev *report.Evidence) { ev.Holder = "0x00000000000000000000000000000000000000aa" }), "is false", false},
		{"proxy implementation", editFact(report.FactProxy, func(ev *report.Evidence) bool { return ev.Implementation != "" }, func(ev *report.Evidence) { ev.Implementation = "0x00000000000000000000000000000000000000ab" }), "the EIP-1967 implementation slot of 0x", false},
		{"proxy admin", editFact(report.FactProxy, func(ev *report.Evidence) bool { return ev.Admin != "" }, func(ev *report.Evidence) { ev.Admin = "0x00000000000000000000000000000000000000ab" }), "the EIP-1967 admin slot of 0x", false},
		{"proxy beacon", editFact(report.FactProxy, func(ev *report.Evidence) bool { return ev.Beacon == "0x0000000000000000000000000000000000000000" }, func(ev *report.Evidence) { ev.Beacon = "0x00000000000000000000000000000000000000ab" }), "the EIP-1967 beacon slot of 0x", false},
		{"proxy runs", func(r *report.Report) bool {
			// The implementation the proxy runs: the scenario's proxy is
			// a plain EIP-1967 one, which runs its implementation slot's.
			for _, ev := range facts(r, report.FactProxy) {
				if ev.Implementation != "" {
					ev.Runs = "0x00000000000000000000000000000000000000ab"
					return true
				}
			}
			return false
		}, ": it runs that, not 0x00000000000000000000000000000000000000ab", false},
		{"code function", editCode(rules.RuleContractForcedTransfer, true, func(ev *report.Evidence) {
			// A forced burn the code does not dispatch (Paxos'), with the
			// selector of its signature, in text and fields: the code
			// read says so.
			ev.Functions = append(slices.Clone(ev.Functions), fn("wipeFrozenAddress(address)"))
		}), "does not dispatch wipeFrozenAddress(address): no comparison of the calldata's selector with 0x", false},
		{"code address", editFact(report.FactCode, func(ev *report.Evidence) bool { return ev.CodeAddress != ev.Contract },
			func(ev *report.Evidence) {
				ev.CodeAddress = ev.Contract
				ev.Text = rules.CodeText(ev.Contract, ev.CodeAddress, rep.Chain.BlockNumber, ev.Functions)
			}), "does not dispatch", false},
		{"code functions field only", editCode(rules.RuleContractForcedTransfer, false, func(ev *report.Evidence) {
			// transfer in the fields, the text still naming forcedTransfer
			ev.Functions = []report.Function{fn("transfer(address,uint256)")}
		}), "transfer(address,uint256) is not a privileged function CONTRACT-FORCED-TRANSFER cites", false},
		{"code text only", editCode(rules.RuleContractForcedTransfer, false, func(ev *report.Evidence) {
			ev.Text += ", wipeFrozenAddress(address) (selector " + fn("wipeFrozenAddress(address)").Selector + ")"
		}), "is not what the evidence's fields (code address, pinned block, functions) state", false},
		{"mint code citing totalSupply()", editCode(rules.RuleContractMint, true, func(ev *report.Evidence) {
			ev.Functions = []report.Function{fn("totalSupply()")}
		}), "totalSupply() is not a privileged function CONTRACT-MINT cites", false},
		{"issuer", func(r *report.Report) bool {
			evs := facts(r, report.FactIssuer)
			if len(evs) == 0 {
				return false
			}
			evs[0].Holder = "0x00000000000000000000000000000000000000aa"
			return true
		}, "issuer() of 0x", false},
		{"frozen holder", func(r *report.Report) bool {
			evs := facts(r, report.FactFrozen)
			for _, other := range append(facts(r, report.FactBalance), facts(r, report.FactRole)...) {
				if len(evs) > 0 && other.Contract == evs[0].Contract && other.Holder != evs[0].Holder {
					evs[0].Holder = other.Holder // an account of the token that is not frozen
					return true
				}
			}
			return false
		}, "isFrozen(0x", false},
		{"unverified holder", func(r *report.Report) bool {
			// HOLDER-UNVERIFIED's isVerified read, said the other way.
			evs := facts(r, report.FactVerified)
			if len(evs) == 0 {
				return false
			}
			evs[0].Value = map[string]string{"true": "false", "false": "true"}[evs[0].Value]
			return true
		}, "isVerified(0x", false},
		{"shared identity", func(r *report.Report) bool {
			// HOLDER-CONCENTRATION's identity(wallet) read, another identity.
			evs := facts(r, report.FactIdentity)
			if len(evs) == 0 {
				return false
			}
			evs[0].Value = "0x00000000000000000000000000000000000000aa"
			return true
		}, "identity(0x", false},
		{"last change of a holding", func(r *report.Report) bool {
			// The holding's transaction replaced by an earlier transfer
			// into or out of the same holder, which the node has.
			for _, b := range facts(r, report.FactBalance) {
				if b.TxHash == "" {
					continue
				}
				if tx, block, ok := earlierTransfer(t, url, b); ok {
					b.TxHash, b.Block = tx, block
					return true
				}
			}
			return false
		}, "a later transfer in tx 0x", false},
		{"role hash", func(r *report.Report) bool {
			// The minter role as a role known by its hash's first bytes,
			// with the hash of another role beginning so.
			for _, ev := range facts(r, report.FactRole) {
				if ev.Role == "minter" {
					twin := crypto.Keccak256Hash([]byte("MINTER_ROLE"))
					ev.Role = "role-" + common.Bytes2Hex(twin[:4])
					twin[31] ^= 1
					ev.RoleHash = twin.Hex()
					return true
				}
			}
			return false
		}, "is false", false},
		{"holding of an ownership step", func(r *report.Report) bool {
			// "chain 1337, block 54: balance 150000 of 1100000 OSTAR", one
			// more token: balanceOf at the pinned block says otherwise.
			for i := range r.Ownership {
				for j := range r.Ownership[i].Steps {
					st := &r.Ownership[i].Steps[j]
					if m := regexp.MustCompile(`: balance (\d+) of `).FindStringSubmatchIndex(st.Source); m != nil && strings.HasPrefix(st.Source, "chain ") {
						st.Source = st.Source[:m[2]] + "1" + st.Source[m[2]:]
						return true
					}
				}
			}
			return false
		}, "balanceOf(0x", false},
		{"holder of a deed in an ownership step", func(r *report.Report) bool {
			// "chain 1337, block 54: holder of OVDEED token id 3", another id.
			for i := range r.Ownership {
				for j := range r.Ownership[i].Steps {
					st := &r.Ownership[i].Steps[j]
					if m := regexp.MustCompile(` token id (\d+)$`).FindStringSubmatchIndex(st.Source); m != nil && strings.HasPrefix(st.Source, "chain ") {
						st.Source = st.Source[:m[2]] + "9" + st.Source[m[2]:]
						return true
					}
				}
			}
			return false
		}, "ownerOf(9", false},
		{"identity of an identity step", editIdentityStep(func(st *report.Step, other report.Holder) {
			// the step alone says the wallets share another holder's identity
			st.Source = strings.Replace(st.Source, "returned the on-chain identity 0x", "returned the on-chain identity "+other.Identity+"#", 1)
			st.Source = st.Source[:strings.Index(st.Source, "#")]
		}), "identity(0x", false},
		{"listed wallet and owner of an identity step", editIdentityStep(func(st *report.Step, other report.Holder) {
			// another holder's wallet, of another identity, and its owner:
			// the wallets rows agree, identity() of the wallet does not
			m := regexp.MustCompile(` and identity\((0x[0-9a-f]{40})\)`).FindStringSubmatch(st.Source)
			st.Source, st.ID = strings.Replace(st.Source, m[1], other.Address, 1), other.EntityID
		}), "identity(", false},
		{"registry of an identity step", editIdentityStep(func(st *report.Step, other report.Holder) {
			// another contract named as the token's identity registry
			m := regexp.MustCompile(` on the identity registry (0x[0-9a-f]{40}) `).FindStringSubmatch(st.Source)
			st.Source = strings.Replace(st.Source, m[1], "0x00000000000000000000000000000000000000ab", 1)
		}), "identityRegistry() of 0x", false},
		{"owner of an identity step", editIdentityStep(func(st *report.Step, other report.Holder) {
			st.ID = other.EntityID // without --rpc too: the wallets rows name another owner
		}), ", not to the step's owner ", false},
		{"block date", func(r *report.Report) bool {
			evs := txCites(r, " minted to ")
			if len(evs) == 0 {
				return false
			}
			evs[0].Text = regexp.MustCompile(` on \d{4}-\d\d-\d\d,`).ReplaceAllString(evs[0].Text, " on 1999-01-01,")
			return true
		}, "not 1999-01-01", false},
	}
	edited := map[string]string{} // edit name: the copy's path
	for _, e := range edits {
		r := readReport(t, out)
		if !e.change(r) {
			t.Logf("%s: the report has no such citation to edit", e.name)
			continue
		}
		path := filepath.Join(dir, strings.ReplaceAll(e.name, " ", "-")+".json")
		writeJSON(t, path, r)
		edited[e.name] = path
		got, stderr, code := verifyJSON(path)
		want := 1
		if e.all {
			want = chainCites
		}
		if code != 3 || len(got.Unresolved) != want {
			t.Errorf("%s changed: exit %d, %d unresolved, want 3 and %d\n%s", e.name, code, len(got.Unresolved), want, stderr)
		}
		for _, u := range got.Unresolved {
			if !strings.Contains(u.Reason, e.reason) {
				t.Errorf("%s changed: %s %s unresolved because %q, want it to say %q", e.name, u.Rule, verify.Where(u.Evidence), u.Reason, e.reason)
			}
		}
		if len(got.Unresolved) > 0 {
			t.Logf("%s changed: %s", e.name, got.Unresolved[0].Reason)
		}
	}

	// A report written before the structured fields (schema 1.0 too) is
	// checked from its texts: every citation resolves, no balance is read.
	r := readReport(t, out)
	for i := range r.Findings {
		for j := range r.Findings[i].Evidence {
			ev := &r.Findings[i].Evidence[j]
			ev.Fact, ev.Contract, ev.Holder, ev.Role, ev.From, ev.To, ev.Amount, ev.IDs = "", "", "", "", "", "", "", nil
			ev.RoleHash, ev.Implementation, ev.Admin, ev.Beacon, ev.Runs = "", "", "", "", ""
		}
	}
	// Nor the tokens' proxy records, each read as a proxy citation.
	proxies := 0
	for i := range r.Tokens {
		if r.Tokens[i].Proxy != nil {
			r.Tokens[i].Proxy = nil
			proxies++
		}
	}
	if proxies == 0 {
		t.Errorf("no token of the report records its proxy (the fixture's permissioned token is an EIP-1967 proxy)")
	}
	legacy := filepath.Join(dir, "legacy.json")
	writeJSON(t, legacy, r)
	old, stderr, code := verifyJSON(legacy)
	// The holdings ownership steps cite are read from their text, and so
	// are the identity() answers of the steps through an identity.
	steps := good.Node.Balances - len(facts(rep, report.FactBalance))
	if code != 0 || len(old.Unresolved) != 0 || old.Node.Balances != steps || old.Node.TxOnly != 0 || old.Node.States != identitySteps ||
		old.Node.Transfers+old.Node.BlockOnly+old.Node.Balances+old.Node.States != chainCites-proxies {
		t.Errorf("without the structured fields: exit %d, %d unresolved, node %+v; want 0, 0, %d chain citations with their claim or block, %d identity steps read\n%s",
			code, len(old.Unresolved), old.Node, chainCites-proxies, identitySteps, stderr)
	}
	// Without --rpc, a step through an identity naming another owner than
	// the wallets rows give its listed wallet is unresolved; one naming
	// another identity is a chain citation, not checked.
	for name, want := range map[string]string{"owner of an identity step": "tie wallet 0x", "identity of an identity step": ""} {
		path, ok := edited[name]
		if !ok {
			t.Errorf("no copy with the %s edited", name)
			continue
		}
		stdout, _, code := runAudit(t, "verify", path)
		if want == "" && (code != 0 || !strings.Contains(stdout, ", 0 unresolved")) || want != "" && (code != 3 || !strings.Contains(stdout, want) || !strings.Contains(stdout, ", 1 unresolved")) {
			t.Errorf("verify without --rpc, the %s edited: exit %d, want %d and %q:\n%s", name, code, map[bool]int{true: 0, false: 3}[want == ""], want, stdout)
		}
	}
	// A report written before the proxy's slot fields but with the others
	// (role, frozen, issuer): its proxy citations are read from their
	// text, and one naming another implementation fails, exit 3.
	for _, implementation := range []string{"", "00000000000000000000000000000000000000ab"} {
		r := readReport(t, out)
		edits := 0
		for _, ev := range facts(r, report.FactProxy) {
			ev.Implementation, ev.Admin, ev.Beacon = "", "", ""
			if i := strings.Index(ev.Text, "implementation 0x"); i >= 0 && implementation != "" && edits == 0 {
				j := i + len("implementation 0x")
				ev.Text = ev.Text[:j] + implementation + ev.Text[j+40:]
				edits++
			}
		}
		path := filepath.Join(dir, "proxy-text"+implementation+".json")
		writeJSON(t, path, r)
		got, stderr, code := verifyJSON(path)
		switch {
		case implementation == "" && (code != 0 || len(got.Unresolved) != 0 || got.Node.States != good.Node.States):
			t.Errorf("proxy slots in the text only: exit %d, %d unresolved %+v, %d states read; want 0, 0, %d\n%s", code, len(got.Unresolved), got.Unresolved, got.Node.States, good.Node.States, stderr)
		case implementation != "" && (edits != 1 || code != 3 || len(got.Unresolved) != 1 || !strings.Contains(got.Unresolved[0].Reason, "the EIP-1967 implementation slot of 0x")):
			t.Errorf("proxy text naming another implementation (%d edited): exit %d, unresolved %+v; want 3, one about the implementation slot\n%s", edits, code, got.Unresolved, stderr)
		}
	}

	// A node that refuses a log filter naming several holders (as some
	// limit topic filters): each holding's later transfers are asked
	// alone, with the same verdicts; a replaced last change still exits 3.
	var refused, answered atomic.Int64
	limited := rpcProxy(t, url, func(method string, params json.RawMessage) string {
		var q []struct {
			Topics []json.RawMessage `json:"topics"`
		}
		if method != "eth_getLogs" || json.Unmarshal(params, &q) != nil || len(q) != 1 {
			return ""
		}
		for i, pos := range q[0].Topics {
			var addrs []string
			if i > 0 && json.Unmarshal(pos, &addrs) == nil && len(addrs) > 1 {
				refused.Add(1)
				return "a topic filter of more than one address is not supported"
			}
		}
		answered.Add(1)
		return ""
	})
	verifyVia := func(node, path string) (verifyOutput, string, int) {
		t.Helper()
		stdout, stderr, code := runAudit(t, "verify", "--rpc", node, "--format", "json", path)
		var got verifyOutput
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("verify --format json: %v\n%s\n%s", err, stdout, stderr)
		}
		return got, stderr, code
	}
	got, stderr, code := verifyVia(limited, out)
	if code != 0 || len(got.Unresolved) != 0 || got.Node.Balances != good.Node.Balances || refused.Load() == 0 || answered.Load() == 0 {
		t.Errorf("a node refusing filters of several holders: exit %d, %d unresolved, %d balances (want %d), %d filters refused, %d answered\n%s",
			code, len(got.Unresolved), got.Node.Balances, good.Node.Balances, refused.Load(), answered.Load(), stderr)
	}
	if path, ok := edited["last change of a holding"]; !ok {
		t.Error("no copy with a holding's last change replaced")
	} else {
		refused.Store(0)
		got, stderr, code := verifyVia(limited, path)
		if code != 3 || len(got.Unresolved) != 1 || !strings.Contains(got.Unresolved[0].Reason, "a later transfer in tx 0x") || refused.Load() == 0 {
			t.Errorf("a node refusing filters of several holders, a last change replaced: exit %d, unresolved %+v, %d refused; want 3, one later transfer, some\n%s",
				code, got.Unresolved, refused.Load(), stderr)
		} else {
			t.Logf("a node refusing filters of several holders (%d refused, %d answered), a last change replaced: %s", refused.Load(), answered.Load(), got.Unresolved[0].Reason)
		}
	}

	// A node without the pinned block's state (a proxy answering every
	// eth_call, alone or in a batch, as a pruned geth does): the balance
	// citations are not checked, counted apart; exit 0.
	pruned := noStateProxy(t, url)
	stdout, _, code = runAudit(t, "verify", "--rpc", pruned, out)
	note := fmt.Sprintf(`(?m)^%d chain citation\(s\) not checked: the node has no state at block %d \(not an archive node\): balances, roles, frozen accounts, issuers, identity registry answers, proxy slots and code are not read$`,
		good.Node.Balances+good.Node.States, rep.Chain.BlockNumber)
	if code != 0 || !regexp.MustCompile(note).MatchString(stdout) || !strings.Contains(stdout, ", 0 unresolved\n") {
		t.Errorf("verify against a node without state: exit %d, want 0 and %s\n%s", code, note, stdout)
	}
}

// earlierTransfer is a transaction before ev's (a balance citation's last
// change) that moved ev's token into or out of its holder, as the node at
// url has it, with its block; false when there is none.
func earlierTransfer(t *testing.T, url string, ev *report.Evidence) (string, uint64, bool) {
	t.Helper()
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	transfer := crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	holder := common.BytesToHash(common.HexToAddress(ev.Holder).Bytes())
	for _, topics := range [][][]common.Hash{{{transfer}, {holder}}, {{transfer}, nil, {holder}}} {
		logs, err := client.FilterLogs(context.Background(), ethereum.FilterQuery{Addresses: []common.Address{common.HexToAddress(ev.Contract)},
			ToBlock: new(big.Int).SetUint64(ev.Block), Topics: topics})
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range logs {
			if l.BlockNumber < ev.Block {
				return strings.ToLower(l.TxHash.Hex()), l.BlockNumber, true
			}
		}
	}
	return "", 0, false
}

// reportHasFact says whether a finding of r cites a chain fact.
func reportHasFact(r *report.Report, fact string) bool {
	for _, f := range r.Findings {
		for _, ev := range f.Evidence {
			if ev.Fact == fact {
				return true
			}
		}
	}
	return false
}

// writeJSON writes r as JSON to path.
func writeJSON(t *testing.T, path string, r *report.Report) {
	t.Helper()
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// noStateProxy serves upstream's JSON-RPC, but answers every eth_call and
// eth_getStorageAt (alone or in a batch) with the error a node without the block's state
// gives, and returns its URL.
func noStateProxy(t *testing.T, upstream string) string {
	t.Helper()
	return rpcProxy(t, upstream, func(method string, _ json.RawMessage) string {
		if method == "eth_call" || method == "eth_getStorageAt" {
			return "missing trie node 1f2e3d4c5b6a79880000000000000000000000000000000000000000000000aa (path ) <nil>"
		}
		return ""
	})
}

// rpcProxy serves upstream's JSON-RPC, but answers each request (alone or
// in a batch) for which refuse gives a message with that JSON-RPC error
// (code -32000) instead of upstream's answer, and returns its URL.
func rpcProxy(t *testing.T, upstream string, refuse func(method string, params json.RawMessage) string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		type message struct {
			ID     json.RawMessage `json:"id"`
			Method string          `json:"method,omitempty"`
			Params json.RawMessage `json:"params,omitempty"`
		}
		batch := len(bytes.TrimSpace(body)) > 0 && bytes.TrimSpace(body)[0] == '['
		var reqs []message
		if batch {
			err = json.Unmarshal(body, &reqs)
		} else {
			reqs = make([]message, 1)
			err = json.Unmarshal(body, &reqs[0])
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		refused := map[string]string{} // request id: the error to answer
		for _, m := range reqs {
			if why := refuse(m.Method, m.Params); why != "" {
				refused[string(m.ID)] = why
			}
		}
		resp, err := http.Post(upstream, "application/json", bytes.NewReader(body))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		out, _ := io.ReadAll(resp.Body)
		var answers []json.RawMessage
		if batch {
			err = json.Unmarshal(out, &answers)
		} else {
			answers = []json.RawMessage{out}
		}
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		for i, a := range answers {
			var m message
			if json.Unmarshal(a, &m) != nil {
				continue
			}
			if why, ok := refused[string(m.ID)]; ok {
				msg, _ := json.Marshal(why)
				answers[i] = json.RawMessage(`{"jsonrpc":"2.0","id":` + string(m.ID) + `,"error":{"code":-32000,"message":` + string(msg) + `}}`)
			}
		}
		if batch {
			out, _ = json.Marshal(answers)
		} else {
			out = answers[0]
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(out)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}

// TestVerifyDemoCodeTextOffline: audit verify without --rpc, of the demo's
// report (a chain no node serves), still refuses a CONTRACT-* code
// citation whose text names a function its fields do not, one whose
// selector is not its signature's, and OSTAR's CONTRACT-MINT citation
// moved onto another contract's code (the permissioned token's logic,
// which dispatches mint too), its text rewritten to match, although the
// report records OSTAR as no proxy: exit 3, each unresolved with why.
func TestVerifyDemoCodeTextOffline(t *testing.T) {
	dir := t.TempDir()
	if _, stderr, code := runAudit(t, "demo", "--out", dir); code != exitFindings {
		t.Fatalf("demo exit %d: %s", code, stderr)
	}
	path := filepath.Join(dir, "report.json")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var rep map[string]any
	if err := json.Unmarshal(data, &rep); err != nil {
		t.Fatal(err)
	}
	var ostar, logic string // OSTAR's address; another token's implementation
	for _, tok := range rep["tokens"].([]any) {
		tok := tok.(map[string]any)
		if tok["symbol"] == "OSTAR" {
			ostar = tok["address"].(string)
		}
		if p, ok := tok["proxy"].(map[string]any); ok {
			logic, _ = p["implementation"].(string)
		}
	}
	block := uint64(rep["chain"].(map[string]any)["block_number"].(float64))
	edited, moved := 0, 0
	for _, f := range rep["findings"].([]any) {
		f := f.(map[string]any)
		for _, e := range f["evidence"].([]any) {
			ev := e.(map[string]any)
			if ev["fact"] == report.FactCode && f["rule"] == rules.RuleContractMint && ev["contract"] == ostar && logic != "" {
				var fns []report.Function
				for _, fn := range ev["functions"].([]any) {
					fn := fn.(map[string]any)
					fns = append(fns, report.Function{Signature: fn["signature"].(string), Selector: fn["selector"].(string)})
				}
				ev["code_address"], ev["text"] = logic, rules.CodeText(ostar, logic, block, fns)
				moved++
				continue
			}
			if ev["fact"] != report.FactCode || edited == 2 {
				continue
			}
			if edited == 0 {
				ev["text"] = ev["text"].(string) + ", wipeFrozenAddress(address) (selector 0xe2f72f03)"
			} else {
				fn := ev["functions"].([]any)[0].(map[string]any)
				fn["selector"] = "0x00000000"
			}
			edited++
		}
	}
	if edited != 2 || moved != 1 {
		t.Fatalf("the demo's report has %d code citations besides %d of OSTAR's CONTRACT-MINT, want 2 or more and 1 (a permissioned token's implementation: %q)", edited, moved, logic)
	}
	out, err := json.Marshal(rep)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runAudit(t, "verify", path)
	if code != exitFindings {
		t.Fatalf("verify exit %d, want 3:\n%s\n%s", code, stdout, stderr)
	}
	for _, want := range []string{"is not what the evidence's fields (code address, pinned block, functions) state", "selector 0x00000000 is not that of ",
		"code address " + logic + " is not the token " + ostar + ", which the report records as no proxy (tokens[].proxy): it runs its own code"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("verify does not say %q:\n%s", want, stdout)
		}
	}
	if !strings.Contains(stdout, ", 3 unresolved") {
		t.Errorf("want 3 unresolved:\n%s", stdout)
	}
}
