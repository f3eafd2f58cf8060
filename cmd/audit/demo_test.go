package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/fixtures"
	"github.com/tokenaudit/audit/internal/report"
)

// runAudit runs the command line in-process and returns stdout, stderr and
// the exit code main would use.
func runAudit(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	app := newApp()
	app.Writer, app.ErrWriter = &stdout, &stderr
	err := app.Run(append([]string{"audit"}, args...))
	if err != nil {
		stderr.WriteString("audit: " + err.Error() + "\n")
	}
	return stdout.String(), stderr.String(), exitCode(err)
}

func readReport(t *testing.T, path string) *report.Report {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r, err := report.Read(f)
	if err != nil {
		t.Fatalf("reading %s: %v", path, err)
	}
	return r
}

// TestDemoEndToEnd runs 'audit demo' twice into the same folder with the
// clock injected: it names the sanctioned wallet and the listed vessel,
// writes every format, exits 3, and the two JSON reports are byte-identical.
func TestDemoEndToEnd(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600") // 2026-01-01T00:00:00Z
	dir := t.TempDir()
	stdout, stderr, code := runAudit(t, "demo", "--out", dir)
	if code != exitFindings {
		t.Fatalf("exit code %d, want %d (critical findings); stderr:\n%s", code, exitFindings, stderr)
	}
	for _, name := range []string{"report.json", "report.xlsx", "report.html", "report.txt", "inputs/registry.xlsx", "inputs/sdn.csv",
		"inputs/secrecy_jurisdictions.csv", "inputs/flags_of_convenience.csv", "inputs/mids.csv"} { // the embedded reference tables its findings cite
		if fi, err := os.Stat(filepath.Join(dir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("demo did not write %s: %v", name, err)
		}
	}
	first, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	r := readReport(t, filepath.Join(dir, "report.json"))

	var wallet, vessel *report.Finding
	for i, f := range r.Findings {
		switch f.Rule {
		case "SANC-WALLET":
			wallet = &r.Findings[i]
		case "SANC-VESSEL":
			vessel = &r.Findings[i]
		}
	}
	if wallet == nil || vessel == nil {
		t.Fatalf("demo report lacks SANC-WALLET or SANC-VESSEL; rules fired: %v", rulesOf(r))
	}
	for _, id := range []string{wallet.Subject.ID, vessel.Subject.ID} {
		if !strings.Contains(stdout, id) {
			t.Errorf("summary on stdout does not name %s:\n%s", id, stdout)
		}
	}
	checkExpectedFindings(t, r)
	checkReadmeSample(t, strings.ReplaceAll(stderr+stdout, dir, "audit-report"))
	if r.Chain.BlockHash == "" || r.Chain.ChainID == 0 || len(r.Tokens) != 3 {
		t.Errorf("chain provenance or tokens missing: %+v, %d tokens", r.Chain, len(r.Tokens))
	}

	if _, stderr, code := runAudit(t, "demo", "--out", dir); code != exitFindings {
		t.Fatalf("second run: exit %d; stderr:\n%s", code, stderr)
	}
	second, err := os.ReadFile(filepath.Join(dir, "report.json"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) {
		t.Errorf("two demo runs gave different JSON")
	}
}

// checkReadmeSample fails when a line of the README's sample of the demo's
// output (the text block after "What it prints") is not a line of output;
// the sample's "..." lines stand for lines left out.
func checkReadmeSample(t *testing.T, output string) {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "What it prints")
	if !ok {
		t.Fatal("README.md has no sample of the demo's output (\"What it prints\")")
	}
	_, rest, _ = strings.Cut(rest, "```text\n")
	sample, _, _ := strings.Cut(rest, "```")
	lines := map[string]bool{}
	for _, l := range strings.Split(output, "\n") {
		lines[l] = true
	}
	checked := 0
	for _, l := range strings.Split(sample, "\n") {
		if strings.TrimSpace(l) == "" || strings.TrimSpace(l) == "..." || strings.HasPrefix(l, "$ ") {
			continue
		}
		checked++
		if !lines[l] {
			t.Errorf("README.md's sample of the demo's output has a line the demo does not print:\n%s", l)
		}
	}
	if checked < 10 {
		t.Errorf("README.md's sample of the demo's output has %d lines; the text block was not found", checked)
	}
}

func rulesOf(r *report.Report) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule+" "+f.Subject.Kind+":"+f.Subject.ID)
	}
	return out
}

func TestUsageErrorsExit2(t *testing.T) {
	for _, args := range [][]string{
		{"scan", "--fail-on", "severe"},
		{"scan", "--sanctions", "sdn.csv", "--token", "0x1234"},
		{"scan", "--sanctions", "sdn.csv", "--rpc", "http://127.0.0.1:1"},
		{"scan", "--registry", "registry.xlsx"},
		{"scan", "--no-such-flag"},
		{"no-such-command"},
	} {
		if _, stderr, code := runAudit(t, args...); code != exitUsage {
			t.Errorf("audit %s: exit %d, want %d; stderr: %s", strings.Join(args, " "), code, exitUsage, stderr)
		}
	}
}

// checkExpectedFindings asserts fixtures/expected-findings.json against a
// report of the demo: every "must" (rule and subject) is there, and no
// "must_not" is ("*" matches any rule).
func checkExpectedFindings(t *testing.T, r *report.Report) {
	t.Helper()
	type expectation struct {
		Rule    string         `json:"rule"`
		Subject report.Subject `json:"subject"`
		Why     string         `json:"why"`
	}
	var exp struct {
		Must    []expectation `json:"must"`
		MustNot []expectation `json:"must_not"`
	}
	if err := json.Unmarshal(fixtures.ExpectedFindings(), &exp); err != nil {
		t.Fatalf("expected-findings.json: %v", err)
	}
	if len(exp.Must) == 0 {
		t.Fatal("expected-findings.json has no must expectations")
	}
	got := map[string]bool{}
	for _, f := range r.Findings {
		if len(f.Evidence) == 0 || f.Fingerprint == "" {
			t.Errorf("%s on %s/%s lacks evidence or a fingerprint", f.Rule, f.Subject.Kind, f.Subject.ID)
		}
		got[f.Rule+" "+f.Subject.Kind+"/"+f.Subject.ID] = true
		got["* "+f.Subject.Kind+"/"+f.Subject.ID] = true
	}
	for _, e := range exp.Must {
		if !got[e.Rule+" "+e.Subject.Kind+"/"+e.Subject.ID] {
			t.Errorf("missing %s on %s/%s (%s)", e.Rule, e.Subject.Kind, e.Subject.ID, e.Why)
		}
	}
	for _, e := range exp.MustNot {
		if got[e.Rule+" "+e.Subject.Kind+"/"+e.Subject.ID] {
			t.Errorf("unexpected %s on %s/%s (%s)", e.Rule, e.Subject.Kind, e.Subject.ID, e.Why)
		}
	}
}
