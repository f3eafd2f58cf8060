package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// changedReport is sampleReport one audit later: a holder sold out, another
// appeared, a balance moved, an owner became sanctioned, a path's share
// changed, a person became a beneficial owner of PSTAR, one finding was resolved and a critical one is new, one rose
// from high to critical with a new message, and one cites another list
// entry.
func changedReport() *Report {
	r := sampleReport()
	r.GeneratedAt = "2026-11-30T00:00:00Z"
	r.Chain.BlockNumber = 260
	pstar := &r.Tokens[0]
	pstar.Holders = []Holder{
		{Address: "0x90f79bf6eb2c4f870365e785982e1f101e93b906", Balance: "600000000000000000000000", Share: 0.6, EntityID: "+x"},
		{Address: "0x70997970c51812dc3a010c7d01b50e0d17dc79c8", Balance: "400000000000000000000000", Share: 0.4, EntityID: "C-100"},
	}
	r.Tokens[1].Holders = append(r.Tokens[1].Holders, Holder{Address: "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65", Balance: "0", Share: 0})
	for i := range r.Entities {
		if r.Entities[i].ID == "C-200" {
			r.Entities[i].Status = "sanctioned"
		}
	}
	r.Entities = append(r.Entities, Entity{Kind: "person", ID: "P-11", Name: "New Owner", Status: "unknown"})
	r.Ownership[0].Low, r.Ownership[0].High = 0.2, 0.2
	for i, o := range r.Owners[1].Owners { // PSTAR's: the wallet now holds 60%, Ana Lima 25-40%
		switch o.ID {
		case "P-9":
			r.Owners[1].Owners[i].Low, r.Owners[1].Owners[i].High, r.Owners[1].Owners[i].HighOpen = 0.25, 0.4, false
			r.Owners[1].Owners[i].Decision = DecisionOwner
		default:
			r.Owners[1].Owners[i].Low, r.Owners[1].Owners[i].High = 0.6, 0.6
		}
	}
	var kept []Finding
	for _, f := range r.Findings {
		switch f.Rule {
		case "CONTRACT-SINGLE-KEY":
			continue
		case "HOLDER-UNIDENTIFIED":
			f.Severity, f.Message = Critical, "a wallet holding 60% of PSTAR has no known owner"
		case "SANC-OWNER":
			f.Evidence = slices.Clone(f.Evidence)
			f.Evidence[0].EntryID = "99999"
		}
		kept = append(kept, f)
	}
	s := Subject{Kind: "company", ID: "C-200"}
	r.Findings = append(kept, Finding{Rule: "SANC-50", Severity: Critical, Subject: s,
		Message:  "Golden Bay Holdings Ltd is blocked: listed owners hold 50% of it",
		Evidence: []Evidence{{Kind: "path", Text: "P-7 holds 50%"}}, Fingerprint: Fingerprint("SANC-50", s, "")})
	Finalize(r)
	return r
}

func TestDiff(t *testing.T) {
	old, new := sampleReport(), changedReport()
	d := Diff(old, new)
	names := func(fs []Finding) string {
		var s []string
		for _, f := range fs {
			s = append(s, f.Rule)
		}
		return strings.Join(s, ",")
	}
	if got := names(d.NewFindings); got != "SANC-50" {
		t.Errorf("new findings %s", got)
	}
	if got := names(d.ResolvedFindings); got != "CONTRACT-SINGLE-KEY" {
		t.Errorf("resolved findings %s", got)
	}
	if len(d.HoldersAdded) != 1 || d.HoldersAdded[0].Address != "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65" {
		t.Errorf("holders added %+v", d.HoldersAdded)
	}
	if len(d.HoldersRemoved) != 1 || d.HoldersRemoved[0].Address != "0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc" || d.HoldersRemoved[0].NewBalance != "0" {
		t.Errorf("holders removed %+v", d.HoldersRemoved)
	}
	if len(d.BalancesChanged) != 1 || d.BalancesChanged[0].OldBalance != "450000000000000000000000" || d.BalancesChanged[0].NewShare != 0.6 {
		t.Errorf("balances changed %+v", d.BalancesChanged)
	}
	if len(d.ChangedFindings) != 2 ||
		d.ChangedFindings[0].New.Rule != "HOLDER-UNIDENTIFIED" || strings.Join(d.ChangedFindings[0].Changed, ",") != "severity,message" ||
		d.ChangedFindings[1].New.Rule != "SANC-OWNER" || strings.Join(d.ChangedFindings[1].Changed, ",") != "evidence" {
		t.Errorf("changed findings %+v", d.ChangedFindings)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings %q", d.Warnings)
	}
	if len(d.EntitiesChanged) != 2 || d.EntitiesChanged[0].ID != "C-200" || d.EntitiesChanged[0].NewStatus != "sanctioned" ||
		d.EntitiesChanged[1].Change != "added" {
		t.Errorf("entities changed %+v", d.EntitiesChanged)
	}
	if len(d.PathsChanged) != 1 || d.PathsChanged[0].Change != "changed" || d.PathsChanged[0].NewHigh != 0.2 {
		t.Errorf("paths changed %+v", d.PathsChanged)
	}
	thresholds := []struct {
		sev  Severity
		want int
	}{{Critical, 2}, {High, 1}, {Info, 1}, {"none", 0}} // HOLDER-UNIDENTIFIED rose to critical
	for _, th := range thresholds {
		if got := d.NewAtLeast(th.sev); got != th.want {
			t.Errorf("NewAtLeast(%s) = %d, want %d", th.sev, got, th.want)
		}
	}
	if n := len(Diff(nil, old).NewFindings); n != len(old.Findings) {
		t.Errorf("diff from nothing has %d new findings, want %d", n, len(old.Findings))
	}
	if Diff(old, old).Empty() != true {
		t.Error("a report differs from itself")
	}
	// Reversing the diff swaps new and resolved.
	back := Diff(new, old)
	if names(back.NewFindings) != "CONTRACT-SINGLE-KEY" || names(back.ResolvedFindings) != "SANC-50" {
		t.Error("the reverse diff does not swap new and resolved findings")
	}
	if back.NewAtLeast(Critical) != 0 || len(back.ChangedFindings) != 2 {
		t.Errorf("a finding falling from critical counts as new: %d", back.NewAtLeast(Critical))
	}

	for _, format := range DeltaFormats {
		var buf bytes.Buffer
		if err := WriteDelta(&buf, d, format); err != nil {
			t.Fatal(err)
		}
		golden(t, "diff."+format, buf.Bytes())
		if format == "json" {
			var back Delta
			if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
				t.Fatalf("diff JSON does not decode: %v", err)
			}
		}
	}
	var buf bytes.Buffer
	if err := WriteDelta(&buf, Diff(old, old), "text"); err != nil || !strings.Contains(buf.String(), "no change") {
		t.Errorf("an empty diff should say no change: %q %v", buf.String(), err)
	}
	if err := WriteDelta(&buf, d, "xlsx"); err == nil {
		t.Error("WriteDelta accepted xlsx")
	}
}

// TestDiffWarnings checks that a diff of reports of different chains, of
// which one does not know its chain, whose new report is at an older block,
// or at the same block with another hash, says so.
func TestDiffWarnings(t *testing.T) {
	old := sampleReport()
	other := sampleReport()
	other.Chain.ChainID = 1
	older := sampleReport()
	older.Chain.BlockNumber = old.Chain.BlockNumber - 1
	unknown := sampleReport()
	unknown.Chain.ChainID, unknown.Chain.BlockHash = 0, ""
	reorg := sampleReport()
	reorg.Chain.BlockHash = "0x" + strings.Repeat("ab", 32)
	tests := []struct {
		name string
		new  *Report
		want string
	}{
		{"other chain", other, "different chains (old chain id 1337, new chain id 1)"},
		{"older block", older, "the new report is at block 211, older than the old report's block 212"},
		{"unknown chain", unknown, "the new report does not know its chain (chain id unknown, as from a transfers export) and the other is of chain id 1337"},
		{"same block, other hash", reorg, "the reports are both at block 212 but with different block hashes (old 0x2b1d3f0c8e6a4b2c9d7e5f3a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c, new 0xabab"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diff(old, tt.new)
			if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], tt.want) {
				t.Fatalf("warnings %q, want one with %q", d.Warnings, tt.want)
			}
			var buf bytes.Buffer
			if err := WriteDelta(&buf, d, "text"); err != nil {
				t.Fatal(err)
			}
			if text := strings.Join(strings.Fields(buf.String()), " "); !strings.Contains(text, "warning: the") || !strings.Contains(text, tt.want) {
				t.Errorf("the text diff does not warn:\n%s", buf.String())
			}
			if tt.new.Chain.ChainID == 0 && !strings.Contains(buf.String(), "new: block 212 of an unknown chain,") {
				t.Errorf("the text diff names a chain the new report does not know:\n%s", buf.String())
			}
		})
	}
	if w := Diff(old, changedReport()).Warnings; len(w) != 0 {
		t.Errorf("a later block of the same chain warns %q", w)
	}
}

// TestDiffInputsMoved: the same input files audited from another folder,
// or renamed, change no finding (their paths in messages and evidence
// compare as the same input); nor does a file of other content at the
// same path, but for what a finding says of it.
func TestDiffInputsMoved(t *testing.T) {
	at := func(dir, sha string) *Report {
		r := &Report{
			Inputs: []Input{{Kind: "registry", Path: dir + "/registry.xlsx", SHA256: sha}, {Kind: "sanctions", Path: dir + "/sdn.csv", SHA256: "bb"}},
			Findings: []Finding{{Rule: "INPUT-ROW", Severity: Medium, Subject: Subject{Kind: "input", ID: "registry.xlsx:vessels:9"}, Fingerprint: "f1",
				Message:  dir + "/registry.xlsx, sheet vessels, row 9, column imo: IMO 1234567 fails its check digit; the audit went on",
				Evidence: []Evidence{{Kind: "registry", Text: "IMO 1234567 fails its check digit", File: dir + "/registry.xlsx", Sheet: "vessels", Row: 9, Column: "imo"}}},
				{Rule: "SANC-OWNER", Severity: High, Subject: Subject{Kind: "company", ID: "C-1"}, Fingerprint: "f2", Message: "C-1 is listed",
					Evidence: []Evidence{{Kind: "match", Text: "matches", File: dir + "/sdn.csv", List: "OFAC SDN", EntryID: "1"}}}},
		}
		return r
	}
	if d := Diff(at("/home/a/audit", "aa"), at("/tmp/copy/inputs", "aa")); len(d.ChangedFindings) != 0 {
		t.Errorf("moved inputs: %d changed findings, want 0: %+v", len(d.ChangedFindings), d.ChangedFindings)
	}
	// A renamed input: the finding on its row names the new file in its
	// subject, so its fingerprint is another, and it is still the same
	// finding.
	rename := func(r *Report, sha string) *Report {
		r.Inputs[0].Path, r.Inputs[0].SHA256 = "/tmp/copy/reg-2024.xlsx", sha
		f := &r.Findings[0]
		f.Message = strings.ReplaceAll(f.Message, "/tmp/copy/registry.xlsx", "/tmp/copy/reg-2024.xlsx")
		f.Evidence[0].File = "/tmp/copy/reg-2024.xlsx"
		f.Subject.ID = "reg-2024.xlsx:vessels:9"
		f.Fingerprint = "f1-renamed"
		return r
	}
	d := Diff(at("/home/a/audit", "aa"), rename(at("/tmp/copy", "aa"), "aa"))
	if len(d.ChangedFindings)+len(d.NewFindings)+len(d.ResolvedFindings) != 0 {
		t.Errorf("renamed input: changed %+v, new %+v, resolved %+v; want none", d.ChangedFindings, d.NewFindings, d.ResolvedFindings)
	}
	// Renamed and of other content: the same row's problem, changed.
	d = Diff(at("/home/a/audit", "aa"), rename(at("/tmp/copy", "aa"), "dd"))
	if len(d.NewFindings)+len(d.ResolvedFindings) != 0 || len(d.ChangedFindings) != 1 || !slices.Equal(d.ChangedFindings[0].Changed, []string{"subject", "message", "evidence"}) {
		t.Errorf("renamed input of other content: changed %+v, new %+v, resolved %+v; want f1 changed", d.ChangedFindings, d.NewFindings, d.ResolvedFindings)
	}
	// A renamed input whose row has another problem: resolved and new.
	other := rename(at("/tmp/copy", "aa"), "dd")
	other.Findings[0].Evidence[0].Text = "IMO 1234568 fails its check digit"
	if d := Diff(at("/home/a/audit", "aa"), other); len(d.NewFindings) != 1 || len(d.ResolvedFindings) != 1 {
		t.Errorf("another problem on the renamed input's row: new %+v, resolved %+v; want one each", d.NewFindings, d.ResolvedFindings)
	}
	// The registry edited at the same path: the edit is an input
	// changed, not a change of the finding that names the file in the
	// same words; one that says something else of its row is changed.
	d = Diff(at("/home/a/audit", "aa"), at("/home/a/audit", "cc"))
	if len(d.ChangedFindings) != 0 || len(d.InputsChanged) != 1 || d.InputsChanged[0].Change != "changed" {
		t.Errorf("registry of other content: changed %+v, inputs changed %+v; want no finding changed, the registry changed", d.ChangedFindings, d.InputsChanged)
	}
	edited := at("/home/a/audit", "cc")
	edited.Findings[0].Evidence[0].Text = "IMO 1234567 fails its check digit (was 1234568)"
	d = Diff(at("/home/a/audit", "aa"), edited)
	if len(d.ChangedFindings) != 1 || d.ChangedFindings[0].New.Fingerprint != "f1" || !slices.Equal(d.ChangedFindings[0].Changed, []string{"evidence"}) {
		t.Errorf("registry row of other content: changed %+v, want f1's evidence", d.ChangedFindings)
	}
}

// TestDiffPinnedBlockOnly: a pipeline audits every new block range, and
// each read at the pinned block names it ("at block 331"): the same
// holdings, roles and slots read at the next block are no change, while a
// balance that moved, a transaction cited at another block, or a block
// number that is not the pinned one still is.
func TestDiffPinnedBlockOnly(t *testing.T) {
	at := func(pinned uint64, ev ...Evidence) *Report {
		return &Report{Chain: Chain{ChainID: 1337, BlockNumber: pinned},
			Findings: []Finding{{Rule: "HOLDER-UNIDENTIFIED", Severity: High, Subject: Subject{Kind: "wallet", ID: "0xaa"}, Fingerprint: "f1",
				Message: "0xaa holds 13.64% of OSTAR", Evidence: ev}}}
	}
	balance := func(pinned uint64, amount, lastBlock string) Evidence {
		b := strconv.FormatUint(pinned, 10)
		return Evidence{Kind: "chain", Fact: FactBalance, Block: pinned, Contract: "0xcc", Holder: "0xaa", Amount: amount,
			Text: "0xaa holds " + amount + " of OSTAR at block " + b + "; the holding last changed at block " + lastBlock}
	}
	path := func(pinned uint64) Evidence {
		return Evidence{Kind: "path", Text: "OCEAN STAR ← 2.3% held by 0xaa [chain 1337, block " + strconv.FormatUint(pinned, 10) + ": balance 25345.5 of 1100000 OSTAR]"}
	}
	tests := []struct {
		name     string
		old, new *Report
		changed  bool
	}{
		{"same facts, next block", at(331, balance(331, "150", "130"), path(331)), at(332, balance(332, "150", "130"), path(332)), false},
		{"last change at the old pinned block", at(331, balance(331, "150", "331")), at(332, balance(332, "150", "331")), false},
		{"the balance moved", at(331, balance(331, "150", "130")), at(332, balance(332, "50", "332")), true},
		{"last change at another block", at(331, balance(331, "150", "130")), at(332, balance(332, "150", "131")), true},
		{"a number that merely starts like the pinned one", at(331, balance(331, "150", "3310")), at(332, balance(332, "150", "3320")), true},
		{"the pinned block, cited at another one", at(331, balance(331, "150", "130")), at(332, balance(333, "150", "130")), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diff(tt.old, tt.new)
			if got := len(d.ChangedFindings) == 1; got != tt.changed || len(d.NewFindings)+len(d.ResolvedFindings) != 0 {
				t.Fatalf("changed %+v, new %d, resolved %d; want changed %v", d.ChangedFindings, len(d.NewFindings), len(d.ResolvedFindings), tt.changed)
			}
			var buf bytes.Buffer
			if err := WriteDelta(&buf, d, "text"); err != nil {
				t.Fatal(err)
			}
			if !tt.changed && !strings.Contains(buf.String(), "no change") {
				t.Errorf("text diff:\n%s", buf.String())
			}
		})
	}
	// Of a finding that changed, the text shows only the evidence that did.
	d := Diff(at(331, path(331), balance(331, "150", "130")), at(332, path(332), balance(332, "50", "332")))
	var buf bytes.Buffer
	if err := WriteDelta(&buf, d, "text"); err != nil {
		t.Fatal(err)
	}
	if text := buf.String(); strings.Contains(text, "evidence 1") || !strings.Contains(text, "evidence 2 was") {
		t.Errorf("text diff shows evidence that only names the pinned block:\n%s", text)
	}
}

// TestDiffPossiblySameAs: a beneficial owner whose possible doubles
// (possibly_same_as) changed is a changed owner even when its own share and
// decision did not: a double that appeared or went away, another share or
// sum for one, more records counted. Why they were not joined alone (it
// names input files) is no change.
func TestDiffPossiblySameAs(t *testing.T) {
	owner := func(r *Report, id string) *Owner {
		for i := range r.Owners {
			for j := range r.Owners[i].Owners {
				if o := &r.Owners[i].Owners[j]; o.ID == id {
					return o
				}
			}
		}
		t.Fatalf("no owner %s", id)
		return nil
	}
	apart := possibleReport() // the two John Smiths, each the other's double
	alone := possibleReport()
	owner(alone, "P-21").PossiblySameAs, owner(alone, "P-22").PossiblySameAs = nil, nil
	below := possibleReport()
	owner(below, "P-21").PossiblySameAs[0].Also.TogetherLow = 0.2
	owner(below, "P-21").PossiblySameAs[0].Also.TogetherDecision = DecisionUndeterminable
	more := possibleReport()
	owner(more, "P-21").PossiblyMore = 3
	why := possibleReport()
	owner(why, "P-21").PossiblySameAs[0].Why = "same name and month of birth, read from /elsewhere/psc.jsonl"
	tests := []struct {
		name     string
		old, new *Report
		changed  []string // ids of changed owners
		text     []string
	}{
		{"doubles appear", alone, apart, []string{"P-21", "P-22"},
			[]string{"changed 9999999 legal: John Smith (P-21), person: 15% below → 15% below now possibly the same person as John Smith (P-22), also 15%: together 30% beneficial owner"}},
		{"doubles go", apart, alone, []string{"P-21", "P-22"},
			[]string{"no longer possibly the same person as John Smith (P-21), also 15%: together 30% beneficial owner"}},
		{"the sum's decision changes", apart, below, []string{"P-21"},
			[]string{"now possibly the same person as John Smith (P-22), also 15%: together 20%–30% undeterminable (was possibly the same person as John Smith (P-22), also 15%: together 30% beneficial owner)"}},
		{"more records counted", apart, more, []string{"P-21"},
			[]string{"3 more record(s) of the same name and month of birth, not listed (was 0)"}},
		{"why alone", apart, why, nil, []string{"no change"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := Diff(tt.old, tt.new)
			var got []string
			for _, c := range d.OwnersChanged {
				if c.Change != "changed" {
					t.Errorf("%s %s, want changed", c.Change, c.ID)
				}
				got = append(got, c.ID)
			}
			if !slices.Equal(got, tt.changed) {
				t.Errorf("changed owners %q, want %q", got, tt.changed)
			}
			var buf bytes.Buffer
			if err := WriteDelta(&buf, d, "text"); err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(buf.String()), " ")
			for _, w := range tt.text {
				if !strings.Contains(text, w) {
					t.Errorf("diff text lacks %q:\n%s", w, buf.String())
				}
			}
			if len(d.OwnersChanged) > 0 {
				var js bytes.Buffer
				if err := WriteDelta(&js, d, "json"); err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(js.String(), `"new_possibly_same_as"`) && !strings.Contains(js.String(), `"old_possibly_same_as"`) && !strings.Contains(js.String(), `"new_possibly_more"`) {
					t.Errorf("JSON diff names no possible double:\n%s", js.String())
				}
			}
		})
	}
}

// TestDiffControllers: an account that gained or lost a privileged role
// over a token, or became a contract, is listed by token, role and
// address; the reverse diff swaps added and removed; a path whose end did
// not change says its end once.
func TestDiffControllers(t *testing.T) {
	old := sampleReport()
	new := sampleReport()
	tok := &new.Tokens[0]
	prev := tok.Controllers[0].Address // the owner, a plain key
	tok.Controllers = []Controller{{Role: "owner", Address: "0x00000000000000000000000000000000000000aa"},
		{Role: "minter", Address: prev, IsContract: true}}
	new.Ownership[0].Low, new.Ownership[0].High = 0.2, 0.2
	d := Diff(old, new)
	var got []string
	for _, c := range d.ControllersChanged {
		got = append(got, fmt.Sprintf("%s %s %s %v", c.Change, c.Role, c.Address, c.IsContract))
	}
	want := []string{"changed minter " + prev + " true", "added owner 0x00000000000000000000000000000000000000aa false", "removed owner " + prev + " false"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("controller changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var buf bytes.Buffer
	if err := WriteDelta(&buf, d, "text"); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(buf.String()), " ")
	sym := tok.Symbol + " (" + tok.Address + ")"
	for _, w := range []string{"controllers changed (3)", "added 0x00000000000000000000000000000000000000aa owner of " + sym + " (a plain key)",
		"removed " + prev + " owner of " + sym + " (a plain key)", prev + " minter of " + sym + " is now a contract"} {
		if !strings.Contains(text, w) {
			t.Errorf("diff text lacks %q:\n%s", w, buf.String())
		}
	}
	if strings.Contains(text, "→ "+old.Ownership[0].Ends+",") || regexp.MustCompile(`ends (\S+) → (\S+)`).MatchString(text) {
		t.Errorf("a path whose end did not change says it changed:\n%s", buf.String())
	}
	back := Diff(new, old)
	if len(back.ControllersChanged) != 3 || back.ControllersChanged[1].Change != "removed" || back.ControllersChanged[2].Change != "added" {
		t.Errorf("the reverse diff: %+v", back.ControllersChanged)
	}
	if !Diff(old, old).Empty() {
		t.Error("a report's controllers differ from themselves")
	}
}

// TestDiffInputsAndAudit: a pipeline run whose sanctions list or registry
// changed says so (inputs_changed: the same kind and name of other
// content is changed, a new file added, one gone removed; the same
// content renamed or moved is nothing), and one written with other
// thresholds or of other tokens warns, so that a reviewer can tell a
// change of the chain from a change of the audit.
func TestDiffInputsAndAudit(t *testing.T) {
	old := sampleReport()
	new := sampleReport()
	new.Inputs = []Input{
		{Kind: "sanctions", Path: "/ci/run-2/sdn.csv", SHA256: strings.Repeat("ab", 32), Rows: 19, Format: "ofac-sdn", ListDate: "2026-12-01"},
		{Kind: "registry", Path: "/ci/run-2/registry-renamed.xlsx", SHA256: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Rows: 64, Format: "xlsx"},
		{Kind: "registry", Path: "/ci/run-2/psc.jsonl", SHA256: strings.Repeat("cd", 32), Rows: 3, Format: "uk-psc"},
	}
	d := Diff(old, new)
	var got []string
	for _, c := range d.InputsChanged {
		got = append(got, c.Change+" "+c.Kind+" "+c.Name)
	}
	want := []string{"added registry psc.jsonl", "changed sanctions sdn.csv"}
	if !slices.Equal(got, want) {
		t.Errorf("inputs changed %q, want %q", got, want)
	}
	if len(d.Warnings) != 0 || d.Empty() {
		t.Errorf("warnings %q, empty %v", d.Warnings, d.Empty())
	}
	var buf bytes.Buffer
	if err := WriteDelta(&buf, d, "text"); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(buf.String()), " ")
	for _, w := range []string{"inputs changed (2)", "added registry /ci/run-2/psc.jsonl, sha256 cdcdcdcdcdcd…, 3 row(s)",
		"changed sanctions sdn.csv: inputs/sdn.csv, sha256 5d41402abc4b…, 18 row(s), list date 2026-11-01 → /ci/run-2/sdn.csv, sha256 abababababab…, 19 row(s), list date 2026-12-01"} {
		if !strings.Contains(text, w) {
			t.Errorf("diff text lacks %q:\n%s", w, buf.String())
		}
	}
	if back := Diff(new, old); len(back.InputsChanged) != 2 || back.InputsChanged[0].Change != "removed" {
		t.Errorf("the reverse diff: %+v", back.InputsChanged)
	}

	other := sampleReport()
	other.Options.BeneficialOwnerShare = 0.10
	other.Options.FailOn = "none" // not a threshold of the findings
	other.Tokens = other.Tokens[1:]
	w := Diff(old, other).Warnings
	if len(w) != 2 || !strings.Contains(w[0], "other thresholds (old: beneficial owner 25%, identification 10%, name match 0.90, review 0.75; new: beneficial owner 10%,") ||
		!strings.Contains(w[1], "the reports audit other tokens (only the old audits "+old.Tokens[0].Symbol+" "+old.Tokens[0].Address+")") {
		t.Errorf("warnings %q", w)
	}
	failOn := sampleReport()
	failOn.Options.FailOn = "none"
	if w := Diff(old, failOn).Warnings; len(w) != 0 {
		t.Errorf("another --fail-on warns: %q", w)
	}
}

// TestDiffTextCountsRoutineMoves: after routine trading, 30 owners below
// the threshold and 30 paths whose decision stays moved a little, and one
// owner and one path crossed the threshold. The text lists the crossings
// in full, as the only changes, and counts the others apart, in one line
// per asset chain naming the largest move; the JSON keeps all 31 of each.
func TestDiffTextCountsRoutineMoves(t *testing.T) {
	const tok = "0x5fbdb2315678afecb367f032d93f642f64180aa3"
	build := func(moved bool) *Report {
		r := &Report{Options: Options{BeneficialOwnerShare: 0.25}}
		a := Owners{Asset: tok, Kind: "token", Basis: "economic"}
		for i := range 31 {
			s := 0.002 * float64(i)
			if moved {
				s += 0.001 * float64(i+1)
			}
			dec := DecisionBelow
			if i == 30 { // the crossing: 20% below, then 30% a beneficial owner
				s = 0.2
				if moved {
					s, dec = 0.3, DecisionOwner
				}
			}
			id, name := fmt.Sprintf("P-%02d", i), fmt.Sprintf("Owner %02d", i)
			a.Owners = append(a.Owners, Owner{Kind: "person", ID: id, Name: name, Ends: "person", Low: s, High: s, Decision: dec, Paths: 1})
			r.Ownership = append(r.Ownership, Path{Asset: tok, Basis: "economic", Low: s, High: s, Ends: "person",
				Steps: []Step{{Kind: "person", ID: id, Name: name, Low: s, High: s}}})
		}
		r.Owners = []Owners{a}
		return r
	}
	d := Diff(build(false), build(true))
	if len(d.OwnersChanged) != 31 || len(d.PathsChanged) != 31 {
		t.Fatalf("%d owner and %d path changes, want 31 and 31", len(d.OwnersChanged), len(d.PathsChanged))
	}
	var buf bytes.Buffer
	if err := WriteDelta(&buf, d, "text"); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"beneficial owners changed (1) changed " + tok + " economic: Owner 30 (P-30), person: 20% below → 30% beneficial owner",
		"beneficial owners moved, end and decision unchanged (30) " + tok + " economic: 30 owners below 25% moved; largest move +3 points: Owner 29 (P-29), 5.8% → 8.8%",
		"ownership paths changed (1) changed economic path " + tok + " → Owner 30 (P-30): 20% → 30%, ends person",
		"ownership paths moved, end and decision unchanged (30) " + tok + " economic: 30 paths moved, end and decision unchanged; largest move +3 points: " + tok + " → Owner 29 (P-29), 5.8% → 8.8%",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("text diff lacks %q:\n%s", want, text)
		}
	}
	for i := range 29 { // P-29 is named as the largest move
		if id := fmt.Sprintf("(P-%02d)", i); strings.Contains(text, id) {
			t.Errorf("routine move of %s listed in the text:\n%s", id, text)
		}
	}
	if n := strings.Count(text, "\n  changed "); n != 2 {
		t.Errorf("%d changes listed in full, want 2 (the crossings):\n%s", n, text)
	}

	buf.Reset()
	if err := WriteDelta(&buf, d, "json"); err != nil {
		t.Fatal(err)
	}
	var js struct {
		Owners []OwnerChange `json:"owners_changed"`
		Paths  []PathChange  `json:"paths_changed"`
	}
	if err := json.Unmarshal(buf.Bytes(), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Owners) != 31 || len(js.Paths) != 31 {
		t.Errorf("JSON has %d owner and %d path changes, want 31 and 31", len(js.Owners), len(js.Paths))
	}
}

// TestDiffTextCountsOnlyDecisionChanges: a move that crosses no decision
// is counted apart whatever the decision it keeps: an owner and a path at
// or above the threshold before and after (40% → 45%), an owner
// undeterminable before and after, a lone owner below it, and a double
// whose share with the owner moved with its decision kept. Only the
// crossings (20% → 30%; a double's together decision that changed) are
// changes in the text; the JSON has every change.
func TestDiffTextCountsOnlyDecisionChanges(t *testing.T) {
	const tok, vessel = "0x5fbdb2315678afecb367f032d93f642f64180aa3", "9074729"
	type share struct{ low, high float64 }
	owners := []struct {
		asset, id, name string
		old, new        share
		oldDec, newDec  string
	}{
		{tok, "P-A", "Ann Above", share{0.4, 0.4}, share{0.45, 0.45}, DecisionOwner, DecisionOwner},
		{tok, "P-U", "Una Undecided", share{0.1, 0.3}, share{0.12, 0.35}, DecisionUndeterminable, DecisionUndeterminable},
		{tok, "P-X", "Xavier Crossing", share{0.2, 0.2}, share{0.3, 0.3}, DecisionBelow, DecisionOwner},
		{vessel, "P-B", "Ben Below", share{0.05, 0.05}, share{0.06, 0.06}, DecisionBelow, DecisionBelow},
		{vessel, "P-D", "Dora Double", share{0.1, 0.1}, share{0.11, 0.11}, DecisionBelow, DecisionBelow},
		{vessel, "P-E", "Eve Double", share{0.12, 0.12}, share{0.12, 0.12}, DecisionBelow, DecisionBelow},
	}
	build := func(moved bool) *Report {
		r := &Report{Options: Options{BeneficialOwnerShare: 0.25}}
		chains := map[string]*Owners{}
		for _, o := range owners {
			s, dec := o.old, o.oldDec
			if moved {
				s, dec = o.new, o.newDec
			}
			a := chains[o.asset]
			if a == nil {
				a = &Owners{Asset: o.asset, Kind: "token", Basis: "economic"}
				chains[o.asset] = a
			}
			w := Owner{Kind: "person", ID: o.id, Name: o.name, Ends: "person", Low: s.low, High: s.high, Decision: dec, Paths: 1}
			if o.id == "P-D" || o.id == "P-E" { // each the other's double: 22% together, then 23%, below 25%
				other, together := "P-E", 0.22
				if o.id == "P-E" {
					other = "P-D"
				}
				if moved {
					together = 0.23
				}
				w.PossiblySameAs = []PossibleOwner{{ID: other, Why: "same name", Also: &PossibleShare{Low: 0.1, High: 0.1,
					TogetherLow: together, TogetherHigh: together, TogetherDecision: DecisionBelow}}}
				if o.id == "P-E" && moved { // E's own share did not move; its double's did, and together now reach 25%
					w.PossiblySameAs[0].Also = &PossibleShare{Low: 0.13, High: 0.13, TogetherLow: 0.25, TogetherHigh: 0.25, TogetherDecision: DecisionOwner}
				}
			}
			a.Owners = append(a.Owners, w)
			r.Ownership = append(r.Ownership, Path{Asset: o.asset, Basis: "economic", Low: s.low, High: s.high, Ends: "person",
				Steps: []Step{{Kind: "person", ID: o.id, Name: o.name, Low: s.low, High: s.high}}})
		}
		r.Owners = []Owners{*chains[vessel], *chains[tok]}
		return r
	}
	d := Diff(build(false), build(true))
	if len(d.OwnersChanged) != 6 || len(d.PathsChanged) != 5 {
		t.Fatalf("%d owner and %d path changes, want 6 and 5 (JSON complete)", len(d.OwnersChanged), len(d.PathsChanged))
	}
	var buf bytes.Buffer
	if err := WriteDelta(&buf, d, "text"); err != nil {
		t.Fatal(err)
	}
	text := buf.String()
	flat := strings.Join(strings.Fields(text), " ")
	for _, want := range []string{
		"ownership paths changed (1) changed economic path " + tok + " → Xavier Crossing (P-X): 20% → 30%, ends person ownership paths moved",
		"ownership paths moved, end and decision unchanged (4) " + tok + " economic: 2 paths moved, end and decision unchanged; largest move +5 points: " + tok + " → Ann Above (P-A), 40% → 45% " +
			vessel + " economic: 2 paths moved, end and decision unchanged; largest move +1 point: " + vessel + " → Ben Below (P-B), 5% → 6%",
		"beneficial owners changed (2) changed " + tok + " economic: Xavier Crossing (P-X), person: 20% below → 30% beneficial owner " +
			"changed " + vessel + " economic: Eve Double (P-E), person: 12% below → 12% below",
		"beneficial owners moved, end and decision unchanged (4) " + tok + " economic: 1 owner at or above 25% moved; move +5 points: Ann Above (P-A), 40% → 45% " +
			tok + " economic: 1 owner undeterminable at 25% moved; move +5 points: Una Undecided (P-U), 10%–30% → 12%–35% " +
			vessel + " economic: 2 owners below 25% moved; largest move +1 point: Ben Below (P-B), 5% → 6%",
	} {
		if !strings.Contains(flat, want) {
			t.Errorf("text diff lacks %q:\n%s", want, text)
		}
	}
	for _, id := range []string{"changed " + tok + " economic: Ann Above", "changed economic path " + tok + " → Ann Above", "Dora Double (P-D), person"} {
		if strings.Contains(flat, id) {
			t.Errorf("a move that crosses no decision is listed as a change (%q):\n%s", id, text)
		}
	}
}

// TestDiffEditedInput: a registry of CSV files scanned, one cell of
// ownership.csv edited, scanned again. That ownership.csv's content
// changed is said once, under inputs changed; a finding that only names
// the file (a note listing the inputs searched, a problem on another of
// its rows, unchanged) is not changed by it, while one whose cited cell
// says another value is. The same holds when the second scan read the
// registry from another folder: the same input under another path is no
// change, and the text shows only the evidence that changed.
func TestDiffEditedInput(t *testing.T) {
	const vessel = "9074729"
	scan := func(dir, ownershipSHA, share string) *Report {
		r := &Report{Chain: Chain{ChainID: 1337, BlockNumber: 100}, Inputs: []Input{
			{Kind: "registry", Path: dir + "/vessels.csv", SHA256: strings.Repeat("a1", 32), Rows: 5, Format: "csv"},
			{Kind: "registry", Path: dir + "/companies.csv", SHA256: strings.Repeat("a2", 32), Rows: 4, Format: "csv"},
			{Kind: "registry", Path: dir + "/ownership.csv", SHA256: ownershipSHA, Rows: 6, Format: "csv"},
		}}
		unknown := Subject{Kind: "vessel", ID: "9999998"}
		row := Subject{Kind: "input", ID: "ownership.csv:6"}
		owner := Subject{Kind: "vessel", ID: vessel}
		r.Findings = []Finding{
			// (a) names ownership.csv in a note only.
			{Rule: "ASSET-UNKNOWN", Severity: Medium, Subject: unknown, Fingerprint: Fingerprint("ASSET-UNKNOWN", unknown, ""),
				Message: "IMO 9999998 is not in the registry",
				Evidence: []Evidence{{Kind: "note", Text: "searched " + dir + "/vessels.csv for IMO 9999998; other registry inputs hold no vessel rows: " +
					dir + "/ownership.csv, " + dir + "/companies.csv"}}},
			// (a) a problem on a row of ownership.csv that was not edited.
			{Rule: "INPUT-ROW", Severity: Low, Subject: row, Fingerprint: Fingerprint("INPUT-ROW", row, ""),
				Message:  dir + "/ownership.csv, row 6, column since: no date; the audit went on",
				Evidence: []Evidence{{Kind: "registry", Text: "since is empty", File: dir + "/ownership.csv", Row: 6, Column: "since"}}},
			// (b) cites the edited cell.
			{Rule: "OWN-SECRECY", Severity: High, Subject: owner, Fingerprint: Fingerprint("OWN-SECRECY", owner, ""),
				Message: "OCEAN STAR's owner C-1 is in a secrecy jurisdiction",
				Evidence: []Evidence{{Kind: "registry", Text: "C-1 holds " + share + "% of OCEAN STAR", File: dir + "/ownership.csv", Row: 2, Column: "share"},
					{Kind: "note", Text: "searched " + dir + "/vessels.csv and " + dir + "/ownership.csv"}}},
		}
		return r
	}
	edited := strings.Repeat("b2", 32)
	old := scan("myreg", strings.Repeat("b1", 32), "60")
	for _, tt := range []struct {
		name string
		new  *Report
	}{
		{"same folder", scan("myreg", edited, "70")},
		{"another folder", scan("myreg2", edited, "70")},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := Diff(old, tt.new)
			var got []string
			for _, c := range d.ChangedFindings {
				got = append(got, c.New.Rule+" "+strings.Join(c.Changed, ","))
			}
			if want := []string{"OWN-SECRECY evidence"}; !slices.Equal(got, want) {
				t.Errorf("changed findings %q, want %q", got, want)
			}
			if len(d.NewFindings)+len(d.ResolvedFindings) != 0 {
				t.Errorf("new %+v, resolved %+v; want none", d.NewFindings, d.ResolvedFindings)
			}
			if len(d.InputsChanged) != 1 || d.InputsChanged[0].Change != "changed" || d.InputsChanged[0].Name != "ownership.csv" {
				t.Errorf("inputs changed %+v, want ownership.csv changed", d.InputsChanged)
			}
			var buf bytes.Buffer
			if err := WriteDelta(&buf, d, "text"); err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(buf.String()), " ")
			for _, w := range []string{"changed findings (1)", "evidence 1 was: C-1 holds 60% of OCEAN STAR", "evidence 1 now: C-1 holds 70% of OCEAN STAR"} {
				if !strings.Contains(text, w) {
					t.Errorf("diff text lacks %q:\n%s", w, buf.String())
				}
			}
			if strings.Contains(text, "evidence 2") || strings.Contains(text, "message was") {
				t.Errorf("diff text shows what changed only in its paths:\n%s", buf.String())
			}
			// The edit undone: nothing but the input changed.
			back := scan(filepath.Dir(tt.new.Inputs[0].Path), edited, "60")
			if d := Diff(old, back); len(d.ChangedFindings) != 0 {
				t.Errorf("only the input's content changed, yet changed findings %+v", d.ChangedFindings)
			}
		})
	}
}
