package verify

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// finding is a report finding of one rule citing ev.
func finding(rule string, ev ...report.Evidence) report.Finding {
	return report.Finding{Rule: rule, Severity: report.High, Subject: report.Subject{Kind: "company", ID: "C-1"}, Evidence: ev}
}

func input(t testing.TB, kind, path, listDate string) report.Input {
	t.Helper()
	sum, err := fileSHA256(path)
	if err != nil {
		t.Fatal(err)
	}
	return report.Input{Kind: kind, Path: path, SHA256: sum, ListDate: listDate}
}

// reasons maps each unresolved citation's evidence text to why.
func reasons(res *Result) map[string]string {
	out := map[string]string{}
	for _, u := range res.Unresolved {
		out[u.Evidence.Text] = u.Reason
	}
	return out
}

func TestListCitations(t *testing.T) {
	sdn := "../../fixtures/sanctions/sdn.csv"
	list := func(text, id, name, date string) report.Evidence {
		return report.Evidence{Kind: "match", Text: text, File: sdn, List: name, ListDate: date, EntryID: id}
	}
	rep := &report.Report{
		Inputs: []report.Input{input(t, "sanctions", sdn, "2024-05-03")},
		Findings: []report.Finding{finding("SANC-VESSEL",
			list("good", "23764", "OFAC SDN", "2024-05-03"),
			list("no such entry", "99999999", "OFAC SDN", "2024-05-03"),
			list("other date", "23764", "OFAC SDN", "2024-06-01"),
			list("other list", "23764", "UN SC", "2024-05-03"),
			report.Evidence{Kind: "chain", Text: "chain", Block: 7},
		)},
	}
	res := Verify(rep, Options{})
	if res.Checked != 4 || res.Resolved != 1 || res.Chain != 1 {
		t.Errorf("checked %d, resolved %d, chain %d; want 4, 1, 1", res.Checked, res.Resolved, res.Chain)
	}
	want := map[string]string{
		"no such entry": `has no entry "99999999"`,
		"other date":    "list date 2024-06-01, but the file's entry is dated 2024-05-03",
		"other list":    `entry 23764 of ../../fixtures/sanctions/sdn.csv is in OFAC SDN, not "UN SC"`,
	}
	got := reasons(res)
	for text, why := range want {
		if !strings.Contains(got[text], why) {
			t.Errorf("%s: reason %q, want it to say %q", text, got[text], why)
		}
	}
	if len(got) != len(want) {
		t.Errorf("unresolved %v, want %d", got, len(want))
	}
	if res.OK() {
		t.Error("OK() with unresolved citations")
	}
}

// TestWorkbookCitations writes a workbook whose header is not on row 1 and
// whose rows have a gap, then checks citations against it, and finds the
// file again by base name after it moved and once it changed.
func TestWorkbookCitations(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "reg.xlsx")
	x := excelize.NewFile()
	x.SetSheetName("Sheet1", "Companies")
	for cell, v := range map[string]string{
		"A3": "company_id", "B3": "Name", "C3": "Country of incorporation",
		"A4": "C-1", "B4": "Alpha", "C4": "VG",
		"A7": "C-2", "B7": "Beta", // row 5 and 6 missing, C7 empty
	} {
		if err := x.SetCellStr("Companies", cell, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := x.SaveAs(path); err != nil {
		t.Fatal(err)
	}
	reg := func(text string, row int, col string) report.Evidence {
		return report.Evidence{Kind: "registry", Text: text, File: path, Sheet: "Companies", Row: row, Column: col}
	}
	rep := &report.Report{
		Inputs: []report.Input{input(t, "registry", path, "")},
		Findings: []report.Finding{
			finding("OWN-SECRECY",
				reg("good", 4, "Country of incorporation"),
				reg("good row", 7, ""),
				reg("empty", 7, "Country of incorporation"),
				reg("model name", 4, "jurisdiction"),
				reg("past the end", 8, "Name"),
				report.Evidence{Kind: "registry", Text: "no sheet", File: path, Sheet: "vessels", Row: 4, Column: "Name"}),
			finding("INPUT-ROW", reg("problem at an empty cell", 7, "Country of incorporation"), reg("blank header", 4, "D")),
		},
	}
	res := Verify(rep, Options{})
	want := map[string]string{
		"empty":        "the cell is empty",
		"model name":   `no column "jurisdiction" in the header row (row 3: "company_id", "Name", "Country of incorporation"); "jurisdiction" is the model's name of the header "Country of incorporation"`,
		"past the end": "no row 8: the sheet's last non-empty row is 7",
		"no sheet":     `no sheet "vessels" (the file has: Companies)`,
	}
	got := reasons(res)
	for text, why := range want {
		if got[text] != why {
			t.Errorf("%s: reason %q, want %q", text, got[text], why)
		}
	}
	if len(got) != len(want) || res.Resolved != 4 {
		t.Errorf("unresolved %v (want %d), resolved %d (want 4)", got, len(want), res.Resolved)
	}

	// Moved: missing at its path, found by base name.
	moved := filepath.Join(dir, "archive")
	if err := os.Mkdir(moved, 0o755); err != nil {
		t.Fatal(err)
	}
	original, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(path, filepath.Join(moved, "reg.xlsx")); err != nil {
		t.Fatal(err)
	}
	if res := Verify(rep, Options{}); res.Count(InputMissing) != 1 || !strings.Contains(reasons(res)["good"], "is missing") {
		t.Errorf("moved away: inputs %+v, reasons %v", res.Inputs, reasons(res))
	}
	res = Verify(rep, Options{InputsDir: moved})
	if res.Count(InputOK) != 1 || reasons(res)["good"] != "" {
		t.Errorf("with InputsDir: inputs %+v, reasons %v", res.Inputs, reasons(res))
	}

	// Changed: still checked, and said to have changed.
	if err := x.SetCellStr("Companies", "C3", "Jurisdiction"); err != nil {
		t.Fatal(err)
	}
	if err := x.SaveAs(filepath.Join(moved, "reg.xlsx")); err != nil {
		t.Fatal(err)
	}
	res = Verify(rep, Options{InputsDir: moved})
	if res.Count(InputChanged) != 1 || !strings.HasSuffix(reasons(res)["good"], "(the file changed since the audit)") {
		t.Errorf("changed: inputs %+v, reasons %v", res.Inputs, reasons(res))
	}

	// The original back at its path, unchanged: the changed copy under
	// InputsDir is still the one checked, and the output says where it
	// was read.
	if err := os.WriteFile(path, original, 0o644); err != nil {
		t.Fatal(err)
	}
	if res := Verify(rep, Options{}); res.Count(InputOK) != 1 {
		t.Errorf("the original at its path: inputs %+v", res.Inputs)
	}
	res = Verify(rep, Options{InputsDir: moved})
	if res.Count(InputChanged) != 1 || res.Inputs[0].Found != filepath.Join(moved, "reg.xlsx") {
		t.Errorf("the original at its path, a changed copy under InputsDir: inputs %+v", res.Inputs)
	}
	var out strings.Builder
	if err := Write(&out, res, "text", ""); err != nil {
		t.Fatal(err)
	}
	if want := "(read at " + filepath.Join(moved, "reg.xlsx"); !strings.Contains(out.String(), want) {
		t.Errorf("text output lacks %q:\n%s", want, out.String())
	}
	// A changed input gives the sha256 recorded beside the one found, and
	// how many findings cite it (both findings above do); the citations
	// line says that resolving is not comparing values.
	if in := res.Inputs[0]; in.Recorded != rep.Inputs[0].SHA256 || in.CitedBy != 2 || in.SHA256 == in.Recorded {
		t.Errorf("changed input %+v: want recorded %s and cited by 2 findings", in, rep.Inputs[0].SHA256)
	}
	for _, want := range []string{"the report recorded " + rep.Inputs[0].SHA256 + "); 2 finding(s) cite it", "in a changed input the value there may differ"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("text output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestJSONCitations checks field paths in a BODS statement and a PSC
// record: present, past a list's end, missing, empty.
func TestJSONCitations(t *testing.T) {
	dir := t.TempDir()
	bods := filepath.Join(dir, "b.json")
	psc := filepath.Join(dir, "p.jsonl")
	write := func(p, s string) {
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(bods, `[{"statementId":"s1","recordType":"entity","recordDetails":{"entityType":{"type":"registeredEntity"},"name":"Alpha","jurisdiction":{"code":"VG"}}},
{"statementId":"s2","recordType":"relationship","recordDetails":{"subject":"s1","interestedParty":"s1","interests":[{"type":"shareholding"}]}}]`)
	write(psc, `{"company_number":"01234567","data":{"kind":"individual-person-with-significant-control","name":"Ann","natures_of_control":["ownership-of-shares-25-to-50-percent"],"nationality":""}}
`)
	ev := func(text, file, sheet string, row int, col string) report.Evidence {
		return report.Evidence{Kind: "registry", Text: text, File: file, Sheet: sheet, Row: row, Column: col}
	}
	rep := &report.Report{
		Inputs: []report.Input{input(t, "registry", bods, ""), input(t, "registry", psc, "")},
		Findings: []report.Finding{finding("OWN-OPAQUE",
			ev("bods good", bods, "statements", 1, "recordDetails.jurisdiction"),
			ev("bods interest", bods, "statements", 2, "recordDetails.interests[0]"),
			ev("bods past list", bods, "statements", 2, "recordDetails.interests[1]"),
			ev("bods no field", bods, "statements", 1, "incorporatedInJurisdiction"),
			ev("bods no statement", bods, "statements", 3, ""),
			ev("psc good", psc, "p.jsonl", 1, "data.natures_of_control[0]"),
			ev("psc empty", psc, "p.jsonl", 1, "data.nationality"),
			ev("psc no line", psc, "p.jsonl", 2, "company_number"),
		)},
	}
	res := Verify(rep, Options{})
	want := map[string]string{
		"bods past list":    "recordDetails.interests has 1 element(s), so no [1]",
		"bods no field":     `the record has no field "incorporatedInJurisdiction" (it has: recordDetails, recordType, statementId)`,
		"bods no statement": "no statement 3: the file holds 2",
		"psc empty":         "the cell is empty",
		"psc no line":       "no record starts on line 2",
	}
	got := reasons(res)
	for text, why := range want {
		if got[text] != why {
			t.Errorf("%s: reason %q, want %q", text, got[text], why)
		}
	}
	if len(got) != len(want) || res.Resolved != 3 {
		t.Errorf("unresolved %v (want %d), resolved %d (want 3)", got, len(want), res.Resolved)
	}
}

// TestCitationsInText reads the citations a path writes in its text back
// as Origin.String wrote them, a JSON field's list index included.
func TestCitationsInText(t *testing.T) {
	text := "V (1) registered to A [reg.xlsx, sheet vessels, row 5, column Registered owner] ← 55% held by B " +
		"[b.json, sheet statements, row 2, column recordDetails.interests[1]] ← C [p.jsonl, row 3, column data.natures_of_control[0]] " +
		"← D [chain 1337, block 54: balance 1] [xreg.xlsx, row 9] (old/reg.xlsx, row 4)"
	got := registry.CitationsIn(text, []string{"reg.xlsx", "b.json", "p.jsonl", "other.csv"})
	want := []registry.Origin{
		{File: "reg.xlsx", Sheet: "vessels", Row: 5, Column: "Registered owner"},
		{File: "b.json", Sheet: "statements", Row: 2, Column: "recordDetails.interests[1]"},
		{File: "p.jsonl", Sheet: "p.jsonl", Row: 3, Column: "data.natures_of_control[0]"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i].String() != want[i].String() || got[i].Sheet != want[i].Sheet {
			t.Errorf("citation %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
	// A step's source is one citation, written whole.
	src := "reg.xlsx, sheet ownership, row 14"
	if got := registry.CitationsIn(src, []string{"reg.xlsx"}); len(got) != 1 || got[0].String() != src {
		t.Errorf("step source %q read as %v", src, got)
	}
}

// TestLoaderOriginsResolve loads CSV files the way spreadsheets write them
// (Excel's "sep=;" line, a byte-order mark, blank lines before the header,
// a quoted value over two lines, UTF-16) and checks that every Origin the
// loader gives a company, at every column it has, is found by CellsAt at
// a cell holding the value the loader read.
func TestLoaderOriginsResolve(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"companies.csv": []byte("\xef\xbb\xbfsep=;\n\n\nCompany ID;Company name;Country;Address\nC-1;Alpha Ltd;VG;\"1 Road,\nTown\"\n\nC-2;Beta Ltd;PA;Main St\n"),
		"people.csv":    utf16("person_id,Full name,Nationality\r\nP-1,Ann Example,GB\r\n"),
	}
	var paths []string
	for name, b := range files {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	reg, err := registry.Load(paths, registry.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) > 0 {
		t.Fatalf("problems: %v", reg.Problems)
	}
	type check struct {
		o    registry.Origin
		want string
	}
	var checks []check
	for _, c := range reg.Companies {
		checks = append(checks, check{c.Origin.At("company_id"), c.ID}, check{c.Origin.At("name"), c.Name},
			check{c.Origin.At("jurisdiction"), c.Jurisdiction}, check{c.Origin.At("address"), c.Address})
	}
	for _, p := range reg.People {
		checks = append(checks, check{p.Origin.At("person_id"), p.ID}, check{p.Origin.At("name"), p.Name})
	}
	if len(checks) != 10 {
		t.Fatalf("%d values loaded, want 10", len(checks))
	}
	for _, c := range checks {
		cells, err := registry.CellsAt(c.o.File, c.o.File, []registry.Cite{{Sheet: c.o.Sheet, Row: c.o.Row, Column: c.o.Column}})
		if err != nil {
			t.Fatal(err)
		}
		if cells[0].Problem != "" || cells[0].Value != c.want {
			t.Errorf("%s: got %+v, want the value %q", c.o, cells[0], c.want)
		}
	}
}

// utf16 is s as UTF-16 little-endian with a byte-order mark.
func utf16(s string) []byte {
	b := []byte{0xff, 0xfe}
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return b
}

// TestStepHolding: an ownership step's holding, "chain C, block B:
// balance X of Y SYM", is a balance fact of the token before it, in base
// units, when B is the pinned block and the token is not ERC-1155; any
// other step is checked by its block only.
func TestStepHolding(t *testing.T) {
	rep := &report.Report{Chain: report.Chain{ChainID: 1337, BlockNumber: 54}, Tokens: []report.Token{
		{Address: "0x00000000000000000000000000000000000000a1", Standard: "erc20", Symbol: "OSTAR", Decimals: 18},
		{Address: "0x00000000000000000000000000000000000000a2", Standard: "erc1155", Symbol: "MULTI"},
		{Address: "0x00000000000000000000000000000000000000a3", Standard: "erc721", Symbol: "DEED",
			Holders: []report.Holder{{Address: "0x00000000000000000000000000000000000000bb", Balance: "2", TokenIDs: []string{"5", "7"}}}},
	}}
	wallet := "0x00000000000000000000000000000000000000bb"
	step := func(src string) report.Step { return report.Step{Kind: "wallet", ID: wallet, Source: src} }
	tests := []struct {
		name   string
		path   report.Path
		i      int
		amount string // "": no balance fact
	}{
		{"a token's path", report.Path{Asset: rep.Tokens[0].Address, Steps: []report.Step{step("chain 1337, block 54: balance 150000.5 of 1100000 OSTAR")}}, 0, "150000500000000000000000"},
		{"a vessel's, through the token", report.Path{Asset: "9321483", Steps: []report.Step{{Kind: "token", ID: rep.Tokens[2].Address}, step("chain 1337, block 54: balance 2 of 6 DEED")}}, 1, "2"},
		{"not at the pinned block", report.Path{Asset: rep.Tokens[0].Address, Steps: []report.Step{step("chain 1337, block 53: balance 1 of 2 OSTAR")}}, 0, ""},
		{"ERC-1155", report.Path{Asset: rep.Tokens[1].Address, Steps: []report.Step{step("chain 1337, block 54: balance 1 of 2 MULTI")}}, 0, ""},
		{"more fraction digits than decimals", report.Path{Asset: rep.Tokens[2].Address, Steps: []report.Step{step("chain 1337, block 54: balance 0.5 of 2 DEED")}}, 0, ""},
		{"after a company", report.Path{Asset: rep.Tokens[0].Address, Steps: []report.Step{{Kind: "company", ID: "C-1"}, step("chain 1337, block 54: balance 1 of 2 OSTAR")}}, 1, ""},
		{"not a token", report.Path{Asset: "9321483", Steps: []report.Step{step("chain 1337, block 54: balance 1 of 2 OSTAR")}}, 0, ""},
		{"a deed's holder", report.Path{Asset: "9321483", Steps: []report.Step{{Kind: "token", ID: rep.Tokens[2].Address + "#7"}, step("chain 1337, block 54: holder of DEED token id 7")}}, 1, "2"},
		{"a deed the report does not give the wallet", report.Path{Asset: "9321483", Steps: []report.Step{{Kind: "token", ID: rep.Tokens[2].Address}, step("chain 1337, block 54: holder of DEED token id 8")}}, 1, "3"},
		{"a deed of a token that is not ERC-721", report.Path{Asset: "9321483", Steps: []report.Step{{Kind: "token", ID: rep.Tokens[0].Address}, step("chain 1337, block 54: holder of OSTAR token id 8")}}, 1, ""},
	}
	for _, tt := range tests {
		ev := stepHolding(rep, tt.path, tt.i)
		switch {
		case tt.amount == "" && ev.Fact != "":
			t.Errorf("%s: %+v, want no fact", tt.name, ev)
		case tt.amount != "" && (ev.Fact != report.FactBalance || ev.Amount != tt.amount || ev.Holder != wallet || ev.Contract == "" ||
			tt.name == "a deed's holder" && len(ev.IDs) != 2):
			t.Errorf("%s: %+v, want a balance of %s", tt.name, ev, tt.amount)
		case ev.Text != tt.path.Steps[tt.i].Source || ev.Kind != "path":
			t.Errorf("%s: text %q kind %q", tt.name, ev.Text, ev.Kind)
		}
	}
}

// TestInputsFoundByHash: two inputs of one base name (sdn.csv from two
// folders) archived under --inputs as sdn.csv and 2/sdn.csv (scan
// --archive's subfolder) are both found, the second by its sha256; a file
// of the folder with other bytes is not taken for an input, and neither is
// one reached through a symbolic link (to a file or a folder outside) or
// deeper than hashDepth.
func TestInputsFoundByHash(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{"a": "list a\n", "b": "list b\n", "c": "list c\n", "d": "list d\n"}
	var inputs []report.Input
	for _, k := range []string{"a", "b", "c", "d"} {
		p := filepath.Join(dir, k, "sdn.csv")
		writeIn(t, p, texts[k])
		inputs = append(inputs, input(t, "sanctions", p, ""))
	}
	rep := &report.Report{Inputs: inputs}
	archive := filepath.Join(dir, "archive")
	writeIn(t, filepath.Join(archive, "sdn.csv"), texts["a"])
	writeIn(t, filepath.Join(archive, "2", "sdn.csv"), texts["b"])
	writeIn(t, filepath.Join(archive, "other.csv"), "list e\n")
	writeIn(t, filepath.Join(archive, "x", "y", "z", "sdn.csv"), texts["d"]) // below hashDepth
	outside := filepath.Join(dir, "outside")
	writeIn(t, filepath.Join(outside, "c.csv"), texts["c"])
	if err := os.Symlink(filepath.Join(outside, "c.csv"), filepath.Join(archive, "c.csv")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if err := os.Symlink(outside, filepath.Join(archive, "3")); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"a", "b", "c", "d"} {
		os.RemoveAll(filepath.Join(dir, k))
	}
	res := Verify(rep, Options{InputsDir: archive})
	if res.Count(InputOK) != 2 || res.Inputs[1].Found != filepath.Join(archive, "2", "sdn.csv") || !strings.HasSuffix(res.Inputs[1].Note, "as "+filepath.Join("2", "sdn.csv")) {
		t.Errorf("inputs %+v, want the first two found, the second as 2/sdn.csv", res.Inputs)
	}
	if res.Inputs[2].Status == InputOK || res.Inputs[3].Status == InputOK {
		t.Errorf("inputs %+v: a file through a symbolic link, or too deep, was taken", res.Inputs)
	}
	writeIn(t, filepath.Join(archive, "2", "sdn.csv"), "list b, edited\n")
	if res := Verify(rep, Options{InputsDir: archive}); res.Inputs[1].Status == InputOK {
		t.Errorf("an edited archive copy: inputs %+v, want the second not ok", res.Inputs)
	}
}

// writeIn writes text to path, creating its folder.
func writeIn(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRelativeInputsFromTheReportsFolder: a relative input path is found
// from the report's folder when the current folder does not hold it (a
// report written beside its inputs, verified from elsewhere).
func TestRelativeInputsFromTheReportsFolder(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "in"), 0o755); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "in", "list.csv")
	if err := os.WriteFile(p, []byte("address,name\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	in := input(t, "sanctions", p, "")
	in.Path = filepath.Join("in", "list.csv") // as typed where the scan ran
	rep := &report.Report{Inputs: []report.Input{in}}
	if res := Verify(rep, Options{}); res.Count(InputMissing) != 1 {
		t.Fatalf("from the package folder: inputs %+v, want missing (the test needs it)", res.Inputs)
	}
	res := Verify(rep, Options{ReportDir: dir})
	if res.Count(InputOK) != 1 || res.Inputs[0].Found != p {
		t.Errorf("with the report's folder: inputs %+v, want found at %s", res.Inputs, p)
	}
}
