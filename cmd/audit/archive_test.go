package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/verify"
)

// copyTestFile copies the file at src to dir/name and returns the new
// path.
func copyTestFile(t *testing.T, src, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	return writeFileIn(t, dir, name, string(b))
}

// writeFileIn is writeFile, creating dir first.
func writeFileIn(t *testing.T, dir, name, text string) string {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return writeFile(t, dir, name, text)
}

// verifyJSON is the output of 'audit verify --format json', the parts the
// archive tests read.
type verifyJSON struct {
	Inputs     []verify.Input      `json:"inputs"`
	Unresolved []verify.Unresolved `json:"unresolved"`
}

// verifyArchive runs 'audit verify DIR/report.json --inputs DIR/inputs
// --format json' and returns its output and exit code.
func verifyArchive(t *testing.T, dir string) (verifyJSON, int) {
	t.Helper()
	stdout, stderr, code := runAudit(t, "verify", filepath.Join(dir, "report.json"), "--inputs", filepath.Join(dir, "inputs"), "--format", "json")
	var out verifyJSON
	if err := json.Unmarshal([]byte(stdout), &out); err != nil {
		t.Fatalf("verify output: %v\n%s\n%s", err, stdout, stderr)
	}
	return out, code
}

// checkArchiveVerifies fails unless verify finds every input of the
// archive in dir "ok", read from dir/inputs, and every citation resolves.
func checkArchiveVerifies(t *testing.T, dir string) verifyJSON {
	t.Helper()
	got, code := verifyArchive(t, dir)
	if code != 0 || len(got.Unresolved) > 0 {
		t.Errorf("verify of the archive: exit %d, %d unresolved: %+v", code, len(got.Unresolved), got.Unresolved)
	}
	inputs := filepath.Join(dir, "inputs") + string(filepath.Separator)
	for _, in := range got.Inputs {
		if in.Status != verify.InputOK || !strings.HasPrefix(in.Found, inputs) {
			t.Errorf("input %s %s: %s, read at %s, not ok from %s", in.Kind, in.Path, in.Status, in.Found, inputs)
		}
	}
	return got
}

// TestScanArchive: 'scan --archive DIR' on the embedded chain with the
// fixture registry, its OFAC list and an address list of the same name
// from another folder prints the same report as without --archive, and
// leaves a bundle that verifies with every input read from DIR/inputs,
// also once the originals are gone (both sdn.csv resolve, each citation
// of each list too); a copy changed afterwards is caught by verify; the
// folder, no longer empty, is refused for a second archive.
func TestScanArchive(t *testing.T) {
	t.Setenv("SOURCE_DATE_EPOCH", "1767225600")
	tmp := t.TempDir()
	registry := copyTestFile(t, "../../fixtures/registry.xlsx", filepath.Join(tmp, "a"), "registry.xlsx")
	ofac := copyTestFile(t, "../../fixtures/sanctions/sdn.csv", filepath.Join(tmp, "a"), "sdn.csv")
	// holder-01 of the fixture plan, listed nowhere else
	wallets := writeFileIn(t, filepath.Join(tmp, "b"), "sdn.csv", "address,name\n0x8ec165a9512d4a1bc93503121630a3340a192ae0,Listed Holder\n")
	args := []string{"scan", "--registry", registry, "--sanctions", ofac, "--sanctions", wallets, "--list-date", "2024-05-03", "--format", "json"}

	plain, stderr, code := runAudit(t, args...)
	if code != exitFindings {
		t.Fatalf("scan: exit %d\n%s", code, stderr)
	}
	dir := filepath.Join(tmp, "bundle")
	archived, stderr, code := runAudit(t, append(args, "--archive", dir)...)
	if code != exitFindings {
		t.Fatalf("scan --archive: exit %d\n%s", code, stderr)
	}
	if archived != plain {
		t.Error("the report on stdout differs with --archive")
	}
	if !strings.Contains(stderr, "audit verify "+filepath.Join(dir, "report.json")+" --inputs "+filepath.Join(dir, "inputs")) {
		t.Errorf("stderr does not say how to check the archive:\n%s", stderr)
	}
	if !strings.Contains(stderr, "audit: sanctions "+ofac+" is archived as "+filepath.Join(dir, "inputs", "2", "sdn.csv")+", its name or that of a file read beside it being taken") {
		t.Errorf("stderr does not say which input was archived under another name:\n%s", stderr)
	}
	if b, err := os.ReadFile(filepath.Join(dir, "report.json")); err != nil || string(b) != plain {
		t.Errorf("the archive's report.json is not the report scan prints (%v)", err)
	}
	r := readReport(t, filepath.Join(dir, "report.json"))
	for _, format := range report.Formats {
		var want strings.Builder
		if err := report.Write(&want, r, format, report.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		if b, err := os.ReadFile(filepath.Join(dir, "report."+extension(format))); err != nil || string(b) != want.String() {
			t.Errorf("report.%s is not the report in %s (%v)", extension(format), format, err)
		}
	}
	var lists []string
	for _, f := range r.Findings {
		for _, ev := range f.Evidence {
			if ev.EntryID != "" && !slices.Contains(lists, ev.File) {
				lists = append(lists, ev.File)
			}
		}
	}
	if slices.Sort(lists); !slices.Equal(lists, []string{ofac, wallets}) {
		t.Fatalf("lists cited %v, want both sdn.csv: the test checks less than it says", lists)
	}
	if files := archivedFiles(t, dir); len(files) != len(r.Inputs) {
		t.Errorf("%d files in inputs, for %d inputs: %v", len(files), len(r.Inputs), files)
	}

	checkArchiveVerifies(t, dir)
	if err := os.RemoveAll(filepath.Join(tmp, "a")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(tmp, "b")); err != nil {
		t.Fatal(err)
	}
	got := checkArchiveVerifies(t, dir) // self-contained: the originals are gone
	var found []string
	for _, in := range got.Inputs {
		if in.Kind == "sanctions" {
			rel, _ := filepath.Rel(filepath.Join(dir, "inputs"), in.Found)
			found = append(found, filepath.ToSlash(rel))
		}
	}
	if slices.Sort(found); !slices.Equal(found, []string{"2/sdn.csv", "sdn.csv"}) {
		t.Errorf("the two sdn.csv were read from %v, want sdn.csv and 2/sdn.csv", found)
	}

	// A copy changed after the run.
	copyPath := filepath.Join(dir, "inputs", "2", "sdn.csv")
	b, err := os.ReadFile(copyPath)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copyPath, append(b, '\n'), 0o644); err != nil {
		t.Fatal(err)
	}
	got, code = verifyArchive(t, dir)
	if code != exitFindings || !slices.ContainsFunc(got.Inputs, func(in verify.Input) bool { return in.Path == ofac && in.Status == verify.InputChanged }) {
		t.Errorf("verify of an archive with a copy changed: exit %d, inputs %+v", code, got.Inputs)
	}

	// The folder is not empty now: refused, and left as it was.
	before, _ := os.ReadFile(filepath.Join(dir, "report.json"))
	_, stderr, code = runAudit(t, append(args[:len(args)-2], "--archive", dir)...)
	if code != exitUsage || !strings.Contains(stderr, "is not empty") {
		t.Errorf("a second archive into %s: exit %d, want %d\n%s", dir, code, exitUsage, stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(dir, "report.json")); string(after) != string(before) {
		t.Error("a refused archive changed report.json")
	}
}

// archivedFiles are the files under dir/inputs, relative to it, with
// slashes.
func archivedFiles(t *testing.T, dir string) []string {
	t.Helper()
	var files []string
	root := filepath.Join(dir, "inputs")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			files = append(files, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// TestScanArchiveTwoOFACSets: two OFAC sets, each an sdn.csv with an
// alt.csv beside it, from two folders: the second set goes whole into
// inputs/2 (sdn.csv and its own alt.csv), the bundle verifies alone with
// every citation of both lists resolved, and the second archived list,
// screened, has the alias only its own alt.csv gives (not the first's).
func TestScanArchiveTwoOFACSets(t *testing.T) {
	tmp := t.TempDir()
	b, err := os.ReadFile("../../fixtures/sanctions/sdn.csv")
	if err != nil {
		t.Fatal(err)
	}
	// the fixture list split in two, so that each set has entries cited:
	// the second holds 23763, 23764 (HUA FU) and 27307
	lines := strings.SplitAfter(string(b), "\n")
	first, second := strings.Join(lines[:20], ""), strings.Join(lines[20:], "")
	if !strings.Contains(first, "23149,") || !strings.Contains(second, "23764,") {
		t.Fatal("the fixture list changed: the test splits it at the wrong line")
	}
	sdnA := writeFileIn(t, filepath.Join(tmp, "a"), "sdn.csv", first)
	writeFileIn(t, filepath.Join(tmp, "a"), "alt.csv", "23149,1,\"aka\",\"PINE HARBOUR TRADING\",-0- \n")
	sdnB := writeFileIn(t, filepath.Join(tmp, "b"), "sdn.csv", second)
	writeFileIn(t, filepath.Join(tmp, "b"), "alt.csv", "23764,2,\"aka\",\"QUARTZ MERIDIAN\",-0- \n")
	dir := filepath.Join(tmp, "bundle")
	_, stderr, code := runAudit(t, "scan", "--registry", "../../fixtures/registry.xlsx", "--sanctions", sdnA, "--sanctions", sdnB,
		"--list-date", "2024-05-03", "--format", "json", "--fail-on", "none", "--archive", dir)
	if code != 0 {
		t.Fatalf("scan --archive: exit %d\n%s", code, stderr)
	}
	files := archivedFiles(t, dir)
	for _, f := range []string{"sdn.csv", "alt.csv", "2/sdn.csv", "2/alt.csv"} {
		if !slices.Contains(files, f) {
			t.Errorf("inputs holds %v, not %s", files, f)
		}
	}
	r := readReport(t, filepath.Join(dir, "report.json"))
	cited := map[string]int{}
	for _, f := range r.Findings {
		for _, ev := range f.Evidence {
			if ev.EntryID != "" {
				cited[ev.File]++
			}
		}
	}
	if cited[sdnA] == 0 || cited[sdnB] == 0 {
		t.Fatalf("citations by list %v: want both lists cited, the test checks less than it says", cited)
	}
	if err := os.RemoveAll(filepath.Join(tmp, "a")); err != nil {
		t.Fatal(err)
	}
	if err := os.RemoveAll(filepath.Join(tmp, "b")); err != nil {
		t.Fatal(err)
	}
	checkArchiveVerifies(t, dir)

	// The second archived list is read with its own alt.csv.
	second2 := filepath.Join(dir, "inputs", "2", "sdn.csv")
	screened := filepath.Join(tmp, "screen.json") // screen writes to the process's stdout, not the app's
	_, stderr, code = runAudit(t, "screen", "--sanctions", second2, "--list-date", "2024-05-03", "--format", "json", "--out", screened, "Quartz Meridian", "Pine Harbour Trading")
	if code != 0 && code != exitFindings {
		t.Fatalf("screen of the archived second list: exit %d\n%s", code, stderr)
	}
	out, err := os.ReadFile(screened)
	if err != nil {
		t.Fatal(err)
	}
	stdout := string(out)
	if !regexp.MustCompile(`"matched_name": "QUARTZ MERIDIAN",\s+"name_kind": "alias"`).MatchString(stdout) {
		t.Errorf("the second list's own alias is not matched: its alt.csv was not read with it\n%s", stdout)
	}
	if strings.Contains(stdout, `"matched_name": "PINE HARBOUR TRADING"`) {
		t.Errorf("the first list's alias is matched in the second: the first alt.csv was read with it\n%s", stdout)
	}
}

// TestScanArchiveRefused: an input's folder, a file and a folder holding
// anything are refused before the audit (exit 2) and left as they were;
// so is --out inside the archive.
func TestScanArchiveRefused(t *testing.T) {
	tmp := t.TempDir()
	list := copyTestFile(t, "../../fixtures/sanctions/sdn.csv", filepath.Join(tmp, "in"), "sdn.csv")
	file := writeFile(t, tmp, "file", "x")
	for _, c := range []struct{ dir, out, says string }{
		{filepath.Join(tmp, "in"), "", "is not empty"},
		{file, "", "is a file"},
		{filepath.Join(tmp, "new"), filepath.Join(tmp, "new", "r.json"), "is inside --archive"},
		{"-", "", "want a new or empty folder"},
	} {
		args := []string{"scan", "--sanctions", list, "--list-date", "2024-05-03", "--format", "json", "--archive", c.dir}
		if c.out != "" {
			args = append(args, "--out", c.out)
		}
		stdout, stderr, code := runAudit(t, args...)
		if code != exitUsage || !strings.Contains(stderr, c.says) || stdout != "" {
			t.Errorf("--archive %s: exit %d, want %d saying %q\n%s", c.dir, code, exitUsage, c.says, stderr)
		}
	}
	entries, _ := os.ReadDir(filepath.Join(tmp, "in"))
	if b, _ := os.ReadFile(file); len(entries) != 1 || string(b) != "x" {
		t.Errorf("a refused --archive changed what was there: %v, %q", entries, b)
	}
	if _, err := os.Stat(filepath.Join(tmp, "new")); err == nil {
		t.Error("a refused --archive created its folder")
	}
}

// TestScanArchiveTransfers: an archive of a scan of a transfer export with
// a header mapping holds the export and the mapping, and verifies from
// the archive alone.
func TestScanArchiveTransfers(t *testing.T) {
	tmp := t.TempDir()
	export := copyTestFile(t, "../../internal/chain/testdata/exports/erc721.csv", filepath.Join(tmp, "src"), "erc721.csv")
	mapping := writeFile(t, filepath.Join(tmp, "src"), "mapping.yaml", "columns:\n  Schiff-Nr: imo\n")
	dir := filepath.Join(tmp, "bundle")
	_, stderr, code := runAudit(t, "scan", "--transfers", export, "--mapping", mapping, "--registry", "../../fixtures/registry.xlsx",
		"--sanctions", "../../fixtures/sanctions/sdn.csv", "--list-date", "2024-05-03", "--format", "json", "--fail-on", "none", "--archive", dir)
	if code != 0 {
		t.Fatalf("scan --transfers --archive: exit %d\n%s", code, stderr)
	}
	for _, name := range []string{"erc721.csv", "mapping.yaml", "registry.xlsx", "sdn.csv"} {
		if _, err := os.Stat(filepath.Join(dir, "inputs", name)); err != nil {
			t.Errorf("the archive lacks %s: %v", name, err)
		}
	}
	if err := os.RemoveAll(filepath.Join(tmp, "src")); err != nil {
		t.Fatal(err)
	}
	got := checkArchiveVerifies(t, dir)
	for _, kind := range []string{"transfers", "mapping"} {
		if !slices.ContainsFunc(got.Inputs, func(in verify.Input) bool {
			return in.Kind == kind && in.Path == map[string]string{"transfers": export, "mapping": mapping}[kind]
		}) {
			t.Errorf("the %s file is not among the verified inputs: %+v", kind, got.Inputs)
		}
	}
	// The mapping's copy is checked like any input: changed, it is caught.
	writeFile(t, filepath.Join(dir, "inputs"), "mapping.yaml", "columns:\n  Schiff-Nr: name\n")
	got, code = verifyArchive(t, dir)
	if code != exitFindings || !slices.ContainsFunc(got.Inputs, func(in verify.Input) bool { return in.Kind == "mapping" && in.Status == verify.InputChanged }) {
		t.Errorf("verify of the archive with its mapping changed: exit %d, inputs %+v", code, got.Inputs)
	}
}

// TestWriteArchiveInputChanged: an input whose content is not the one the
// report records (it changed during the run) fails the archive with an
// error naming it, and what was written is removed: no report.json, no
// folder.
func TestWriteArchiveInputChanged(t *testing.T) {
	tmp := t.TempDir()
	registry := copyTestFile(t, "../../fixtures/registry.xlsx", tmp, "registry.xlsx")
	list := copyTestFile(t, "../../fixtures/sanctions/sdn.csv", tmp, "sdn.csv")
	out := filepath.Join(tmp, "r.json")
	if _, stderr, code := runAudit(t, "scan", "--registry", registry, "--sanctions", list, "--list-date", "2024-05-03",
		"--out", out, "--fail-on", "none"); code != 0 {
		t.Fatalf("scan: exit %d\n%s", code, stderr)
	}
	r := readReport(t, out)
	if err := os.WriteFile(list, []byte("address,name\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(tmp, "bundle")
	_, err := writeArchive(dir, r, report.WriteOptions{}, []string{registry, list})
	if err == nil || !strings.Contains(err.Error(), "sanctions "+list+": the file changed during the run") {
		t.Errorf("archiving a changed input: %v", err)
	}
	if _, err := os.Stat(dir); err == nil {
		t.Error("the archive's folder is left behind after the failure")
	}
}

// TestScanArchiveRPC: an archive of a scan over JSON-RPC (the devnet)
// holds the registry and the list, and verifies from the archive alone.
func TestScanArchiveRPC(t *testing.T) {
	url, tokens := startDevnet(t)
	tmp := t.TempDir()
	registry := copyTestFile(t, "../../fixtures/registry.xlsx", filepath.Join(tmp, "src"), "registry.xlsx")
	list := copyTestFile(t, "../../fixtures/sanctions/sdn.csv", filepath.Join(tmp, "src"), "sdn.csv")
	dir := filepath.Join(tmp, "bundle")
	args := []string{"scan", "--rpc", url, "--registry", registry, "--sanctions", list, "--list-date", "2024-05-03", "--format", "json", "--fail-on", "none", "--archive", dir}
	for _, tok := range tokens {
		args = append(args, "--token", tok)
	}
	_, stderr, code := runAudit(t, args...)
	if code != 0 {
		t.Fatalf("scan --rpc --archive: exit %d\n%s", code, stderr)
	}
	if r := readReport(t, filepath.Join(dir, "report.json")); r.Chain.Source != "rpc" || len(r.Findings) == 0 {
		t.Fatalf("the archived report is not of the node (%q) or has no findings: the test checks nothing", r.Chain.Source)
	}
	if err := os.RemoveAll(filepath.Join(tmp, "src")); err != nil {
		t.Fatal(err)
	}
	checkArchiveVerifies(t, dir)
}

// TestScanArchiveInterrupted: an interrupt while scan writes its archive
// (of a 30 MB transfer export, whose copy takes a while) exits 130 and
// leaves no report.json claiming a bundle whose inputs are not all there:
// the folder the run created is removed. Should the run finish before
// the signal lands, the bundle must be whole and verify.
func TestScanArchiveInterrupted(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	tmp := t.TempDir()
	bin := filepath.Join(tmp, "audit") // testscript.RunMain runs run() under this name
	if err := os.Symlink(self, bin); err != nil {
		t.Skip(err)
	}
	f, err := os.Create(filepath.Join(tmp, "export.csv"))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString("token_address,from_address,to_address,value,transaction_hash,log_index,block_number\n")
	w.WriteString("0x1111111111111111111111111111111111111111,0x0000000000000000000000000000000000000000,0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,1000000000,0x01,0,10\n")
	for i := 0; i < 200_000; i++ {
		fmt.Fprintf(w, "0x1111111111111111111111111111111111111111,0xaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa,0xbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,1,0x%064x,0,%d\n", i+2, 11+i)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	dir := filepath.Join(tmp, "bundle")
	cmd := exec.Command(bin, "scan", "--transfers", f.Name(), "--sanctions", "../../fixtures/sanctions/sdn.csv", "--list-date", "2024-05-03",
		"--format", "json", "--fail-on", "none", "--archive", dir)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	inputs := filepath.Join(dir, "inputs")
	for deadline := time.Now().Add(2 * time.Minute); ; time.Sleep(time.Millisecond) {
		if _, err := os.Stat(inputs); err == nil {
			break
		}
		select {
		case err := <-exited:
			t.Fatalf("scan ended before writing its archive: %v\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("no archive folder appeared:\n%s", stderr.String())
		}
	}
	cmd.Process.Signal(syscall.SIGINT)
	err = <-exited
	var ee *exec.ExitError
	switch {
	case err == nil:
		t.Log("the scan finished before the interrupt: checking its archive")
		checkArchiveVerifies(t, dir)
	case errors.As(err, &ee) && ee.ExitCode() == 130:
		if _, err := os.Stat(filepath.Join(dir, "report.json")); err == nil {
			checkArchiveVerifies(t, dir) // written whole before the signal
		}
		if _, err := os.Stat(dir); err == nil {
			left, _ := filepath.Glob(filepath.Join(inputs, "*"))
			t.Errorf("the interrupted archive's folder is left behind: %v", left)
		}
	default:
		t.Fatalf("interrupted scan: %v, want exit 130\n%s", err, stderr.String())
	}
}
