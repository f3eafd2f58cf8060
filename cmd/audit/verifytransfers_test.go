package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyTransfersReport: a report scan writes from a transfer export
// verifies clean straight after (its ownership paths cite "transfers FILE
// up to block N", the export being an input), saying that those steps'
// holdings are not rebuilt; the same report with the export gone is
// unresolved on those steps, naming the file.
func TestVerifyTransfersReport(t *testing.T) {
	dir := t.TempDir()
	b, err := os.ReadFile("../../internal/chain/testdata/exports/erc721.csv")
	if err != nil {
		t.Fatal(err)
	}
	export := filepath.Join(dir, "erc721.csv")
	if err := os.WriteFile(export, b, 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "r.json")
	_, stderr, code := runAudit(t, "scan", "--transfers", export, "--registry", "../../fixtures/registry.xlsx",
		"--sanctions", "../../fixtures/sanctions/sdn.csv", "--list-date", "2024-05-03", "--format", "json", "--out", out, "--fail-on", "none")
	if code != 0 {
		t.Fatalf("scan: exit %d\n%s", code, stderr)
	}
	rep, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(rep), "transfers erc721.csv up to block") {
		t.Fatal("the report's ownership paths cite no transfer export: the test checks nothing")
	}
	stdout, stderr, code := runAudit(t, "verify", out)
	if code != 0 || !strings.Contains(stdout, "ownership step(s) rebuilt from a transfer export not checked") {
		t.Errorf("verify of a fresh transfer-export report: exit %d (want 0, saying the steps are not checked)\n%s\n%s", code, stdout, stderr)
	}
	if err := os.Remove(export); err != nil {
		t.Fatal(err)
	}
	stdout, _, code = runAudit(t, "verify", out)
	if code != 3 || !strings.Contains(stdout, "is missing") {
		t.Errorf("verify with the export gone: exit %d\n%s", code, stdout)
	}
}
