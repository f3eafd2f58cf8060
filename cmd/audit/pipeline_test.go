package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// readmePipeline is the shell block of README.md's "Running in a
// pipeline" section.
func readmePipeline(t *testing.T) string {
	t.Helper()
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(readme), "\n## Running in a pipeline\n")
	if !ok {
		t.Fatal("README.md has no '## Running in a pipeline' section")
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	_, block, ok := strings.Cut(sec, "```sh\n")
	if ok {
		block, _, ok = strings.Cut(block, "```")
	}
	if !ok {
		t.Fatal("README.md's pipeline section has no ```sh block")
	}
	return block
}

// TestREADMEPipeline runs README.md's pipeline block with bash, as a job
// would, against 'audit devnet' (audit on PATH being this test binary):
// block 9; block 10, where a holder sent OSTAR to a listed wallet (a new
// critical finding: exit 3, diff.json names it); block 10 again (nothing
// new: exit 0, the same report bytes); a block that is not one (exit 2,
// the archived report kept).
func TestREADMEPipeline(t *testing.T) {
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not found: the README's pipeline is a bash script")
	}
	script := readmePipeline(t)
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin, dir := t.TempDir(), t.TempDir()
	if err := os.Symlink(exe, filepath.Join(bin, "audit")); err != nil {
		t.Fatal(err)
	}
	for from, to := range map[string]string{"registry.xlsx": "registry.xlsx", "sanctions/sdn.csv": "sdn.csv"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "fixtures", from))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, to), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	url, tokens := devnetForTest(t)
	const ostar = "0x1854e2637e375d398ab6bd6b2e682ce6d2606aae"
	if tokens[0] != ostar {
		t.Fatalf("devnet's first token is %s, want OSTAR %s", tokens[0], ostar)
	}
	job := func(block string) (int, string) {
		t.Helper()
		cmd := exec.Command(bash, "-c", script)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"), "RPC="+url, "TOKEN="+ostar, "BLOCK="+block)
		out, err := cmd.CombinedOutput()
		var exit *exec.ExitError
		switch {
		case errors.As(err, &exit):
			return exit.ExitCode(), string(out)
		case err != nil:
			t.Fatalf("running the README's pipeline: %v\n%s", err, out)
		}
		return 0, string(out)
	}
	read := func(name string) []byte {
		t.Helper()
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	type delta struct {
		New struct {
			BlockNumber uint64 `json:"block_number"`
		} `json:"new"`
		NewF     []struct{ Rule string } `json:"new_findings"`
		Changed  []json.RawMessage       `json:"changed_findings"`
		Balances []json.RawMessage       `json:"balances_changed"`
	}
	diff := func() delta {
		t.Helper()
		var d delta
		if err := json.Unmarshal(read("diff.json"), &d); err != nil {
			t.Fatalf("diff.json: %v", err)
		}
		return d
	}

	if code, out := job("9"); code != 0 {
		t.Fatalf("first run, block 9: exit %d, want 0\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dir, "diff.json")); err == nil {
		t.Error("the first run wrote a diff with nothing to compare")
	}
	if v := string(read("verify.txt")); !strings.Contains(v, ", 0 unresolved") || !strings.Contains(v, "resolve on the node") {
		t.Errorf("verify.txt of block 9:\n%s", v)
	}

	code, out := job("10")
	if d := diff(); code != 3 || len(d.NewF) != 1 || d.NewF[0].Rule != "SANC-WALLET" || d.New.BlockNumber != 10 {
		t.Fatalf("block 10: exit %d, new findings %+v at block %d; want 3, SANC-WALLET at 10\n%s", code, d.NewF, d.New.BlockNumber, out)
	}
	at10 := read("last.json")

	if code, out := job("10"); code != 0 {
		t.Fatalf("block 10 again: exit %d, want 0\n%s", code, out)
	}
	if d := diff(); len(d.NewF)+len(d.Changed)+len(d.Balances) != 0 {
		t.Errorf("block 10 against itself: %+v", d)
	}
	if !bytes.Equal(read("last.json"), at10) {
		t.Error("a rerun of block 10 wrote other bytes")
	}

	if code, out := job("ten"); code != 2 || !bytes.Equal(read("last.json"), at10) {
		t.Errorf("block 'ten': exit %d, want 2 with last.json kept\n%s", code, out)
	}
}
