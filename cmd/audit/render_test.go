package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/report"
)

// The report package's golden files: a JSON report and its renderings.
const reportGoldens = "../../internal/report/testdata"

// TestRenderMatchesDirectOutput renders the archived golden report in each
// format and compares with what the writers produce directly.
func TestRenderMatchesDirectOutput(t *testing.T) {
	in := filepath.Join(reportGoldens, "report.json")
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	explorer := "https://etherscan.io"
	for _, format := range report.Formats {
		t.Run(format, func(t *testing.T) {
			var want bytes.Buffer
			if err := report.Write(&want, r, format, report.WriteOptions{ExplorerURL: explorer}); err != nil {
				t.Fatal(err)
			}
			out := filepath.Join(t.TempDir(), "out."+format)
			// Flags after the argument, as the usage line shows them.
			_, stderr, code := runAudit(t, "render", in, "--format", format, "--explorer="+explorer, "--out", out)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want.Bytes()) {
				t.Errorf("audit render --format %s differs from the direct output", format)
			}
		})
	}
	// To stdout, and the goldens themselves agree.
	stdout, _, code := runAudit(t, "render", "--format", "json", in)
	if code != 0 || stdout != string(data) {
		t.Errorf("render --format json to stdout: exit %d, identical %v", code, stdout == string(data))
	}
	txt, _ := os.ReadFile(filepath.Join(reportGoldens, "report.txt"))
	stdout, _, _ = runAudit(t, "render", in, "--format", "text")
	if stdout != string(txt) {
		t.Error("render --format text differs from the text golden")
	}
}

func TestRenderErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "v2.json")
	os.WriteFile(bad, []byte(`{"schema_version":"2.0"}`), 0o644)
	in := filepath.Join(reportGoldens, "report.json")
	bare := filepath.Join(dir, "bare.json")
	os.WriteFile(bare, []byte(`{"schema_version":"1.0"}`), 0o644)
	golden, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	sev := filepath.Join(dir, "sev.json")
	os.WriteFile(sev, bytes.Replace(golden, []byte(`"severity": "critical"`), []byte(`"severity": "catastrophic"`), 1), 0o644)
	tests := []struct {
		name string
		args []string
		code int
		msg  string
	}{
		{"no argument", []string{"render", "--format", "text"}, exitUsage, "want one REPORT.json"},
		{"bad format", []string{"render", in, "--format", "pdf"}, exitUsage, `--format "pdf"`},
		{"unknown flag", []string{"render", in, "--colour"}, exitUsage, "unknown flag --colour"},
		{"missing file", []string{"render", filepath.Join(dir, "nope.json"), "--format", "text"}, exitFailure, "nope.json"},
		{"other major version", []string{"render", bad, "--format", "text"}, exitFailure, "not supported"},
		{"no fields", []string{"render", bare, "--format", "text"}, exitFailure, "bare.json: invalid report: tool: missing; generated_at: missing"},
		{"unknown severity", []string{"render", sev, "--format", "json"}, exitFailure, `sev.json: invalid report: findings[0].severity: "catastrophic" is not one of`},
		{"out under a file", []string{"render", in, "--format", "html", "--out", filepath.Join(in, "y.html")}, exitFailure,
			"audit: writing " + filepath.Join(in, "y.html") + ": not a directory\n"},
		{"out is a folder", []string{"render", in, "--format", "html", "--out", dir}, exitFailure, "audit: writing " + dir + ": is a folder, not a file\n"},
		{"diff old", []string{"diff", bare, in}, exitFailure, "bare.json: invalid report: tool: missing"},
		{"diff new", []string{"diff", in, sev}, exitFailure, `sev.json: invalid report: findings[0].severity`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, code := runAudit(t, tt.args...)
			if code != tt.code || !strings.Contains(stderr, tt.msg) {
				t.Errorf("exit %d, stderr %q; want exit %d mentioning %q", code, stderr, tt.code, tt.msg)
			}
		})
	}
}

// TestDiffExitCodes diffs the golden report against a copy with one new
// finding of each severity threshold.
func TestDiffExitCodes(t *testing.T) {
	in := filepath.Join(reportGoldens, "report.json")
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	r, err := report.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	s := report.Subject{Kind: "wallet", ID: "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"}
	r.Findings = append(r.Findings, report.Finding{Rule: "HOLDER-CONCENTRATION", Severity: report.Medium, Subject: s,
		Message: "one holder at 25%", Evidence: []report.Evidence{}, Fingerprint: report.Fingerprint("HOLDER-CONCENTRATION", s, "")})
	report.Finalize(r)
	newer := filepath.Join(t.TempDir(), "new.json")
	var buf bytes.Buffer
	if err := report.Write(&buf, r, "json", report.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(newer, buf.Bytes(), 0o644)

	tests := []struct {
		name string
		args []string
		code int
		out  string
	}{
		{"same report", []string{"diff", in, in}, 0, "no change"},
		{"medium below default high", []string{"diff", in, newer}, 0, "new findings (1)"},
		{"medium reaches medium", []string{"diff", in, newer, "--fail-on", "medium"}, exitFindings, "HOLDER-CONCENTRATION"},
		{"resolved does not fail", []string{"diff", newer, in, "--fail-on", "info"}, 0, "resolved findings (1)"},
		{"json", []string{"diff", "--format", "json", in, newer}, 0, `"new_findings": [`},
		{"bad fail-on", []string{"diff", in, newer, "--fail-on", "severe"}, exitUsage, ""},
		{"one argument", []string{"diff", in}, exitUsage, ""},
		{"bad format", []string{"diff", in, newer, "--format", "xlsx"}, exitUsage, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runAudit(t, tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.out) {
				t.Errorf("exit %d, stdout:\n%s\nstderr: %s\nwant exit %d and %q", code, stdout, stderr, tt.code, tt.out)
			}
		})
	}
	stdout, _, _ := runAudit(t, "diff", "--format", "json", in, newer)
	var d report.Delta
	if err := json.Unmarshal([]byte(stdout), &d); err != nil || len(d.NewFindings) != 1 {
		t.Errorf("diff JSON: %v, %d new findings", err, len(d.NewFindings))
	}
}

// TestDiffChangedFindings diffs the golden report against a copy in which a
// high finding became critical with a new message, and against one of
// another chain.
func TestDiffChangedFindings(t *testing.T) {
	in := filepath.Join(reportGoldens, "report.json")
	dir := t.TempDir()
	write := func(name string, edit func(r *report.Report)) string {
		r, err := report.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		edit(r)
		report.Finalize(r)
		path := filepath.Join(dir, name)
		if err := report.WriteFile(path, r, "json", report.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		return path
	}
	raised := write("raised.json", func(r *report.Report) {
		for i, f := range r.Findings {
			if f.Severity == report.High {
				r.Findings[i].Severity, r.Findings[i].Message = report.Critical, "raised: "+f.Message
				return
			}
		}
		t.Fatal("the golden report has no high finding")
	})
	other := write("other.json", func(r *report.Report) { r.Chain.ChainID = 1 })

	tests := []struct {
		name           string
		args           []string
		code           int
		stdout, stderr string
	}{
		{"rose to fail-on", []string{"diff", in, raised, "--fail-on", "critical"}, exitFindings, "changed findings (1)\n  CRITICAL (was HIGH)", "1 finding(s) at or above critical"},
		{"was already at fail-on", []string{"diff", in, raised}, 0, "message was: ", ""},
		{"fell", []string{"diff", raised, in, "--fail-on", "critical"}, 0, "HIGH (was CRITICAL)", ""},
		{"other chain", []string{"diff", in, other}, 0, "warning: the reports are of different chains", ""},
		{"other chain json", []string{"diff", in, other, "--format", "json"}, 0, `"warnings": [`, "audit: warning: the reports are of different chains"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stdout, stderr, code := runAudit(t, tt.args...)
			if code != tt.code || !strings.Contains(stdout, tt.stdout) || !strings.Contains(stderr, tt.stderr) {
				t.Errorf("exit %d, stdout:\n%s\nstderr: %s\nwant exit %d, %q and %q on stderr", code, stdout, stderr, tt.code, tt.stdout, tt.stderr)
			}
		})
	}
}

func TestHelpAfterArgument(t *testing.T) {
	in := filepath.Join(reportGoldens, "report.json")
	for _, cmd := range [][]string{{"render", in, "--help"}, {"diff", in, in, "-h"}} {
		stdout, stderr, code := runAudit(t, cmd...)
		if code != 0 || !strings.Contains(stdout, "audit "+cmd[0]) || strings.Contains(stdout, `"schema_version"`) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want the command help", cmd, code, stdout, stderr)
		}
	}
}
