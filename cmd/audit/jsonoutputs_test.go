package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/verify"
)

// docsDir holds the report schema and the schemas of the other JSON outputs.
const docsDir = "../../docs"

// outputSchema compiles docs/NAME.schema.json, its references into
// report-schema.json resolved.
func outputSchema(t *testing.T, name string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	var id string
	for _, file := range []string{"report-schema.json", name + ".schema.json"} {
		doc := schemaDoc(t, file)
		id, _ = doc.(map[string]any)["$id"].(string)
		if id == "" {
			t.Fatalf("docs/%s has no $id", file)
		}
		if err := c.AddResource(id, doc); err != nil {
			t.Fatalf("docs/%s: %v", file, err)
		}
	}
	s, err := c.Compile(id)
	if err != nil {
		t.Fatalf("compiling docs/%s.schema.json: %v", name, err)
	}
	return s
}

// schemaDoc is docs/file read as JSON.
func schemaDoc(t *testing.T, file string) any {
	t.Helper()
	f, err := os.Open(filepath.Join(docsDir, file))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("docs/%s: %v", file, err)
	}
	return doc
}

// checkOutput checks one JSON output: it validates against s, its first key
// is schema_version with the value want, and tool_version is this build's.
// It returns the output's top-level object.
func checkOutput(t *testing.T, what string, s *jsonschema.Schema, data []byte, want string) map[string]any {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: not JSON: %v\n%s", what, err, data)
	}
	if err := s.Validate(inst); err != nil {
		t.Errorf("%s does not validate against its schema: %#v", what, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		t.Fatalf("%s: not an object: %v %v", what, tok, err)
	}
	if tok, err := dec.Token(); err != nil || tok != "schema_version" {
		t.Errorf("%s: first key %v, want schema_version", what, tok)
	}
	var top map[string]any
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	if top["schema_version"] != want || top["tool_version"] != version {
		t.Errorf("%s: schema_version %v, tool_version %v; want %s, %s", what, top["schema_version"], top["tool_version"], want, version)
	}
	return top
}

// checkNotAReport checks that audit render refuses the output of command
// as what it is, not a report.
func checkNotAReport(t *testing.T, data []byte, command string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "output.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := runAudit(t, "render", path)
	if want := "not a report but the JSON output of 'audit " + command + "'"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("render of %s's output: exit %d, stderr %q; want 1 and %q", command, code, stderr, want)
	}
}

// keys are the sorted keys of an object.
func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// TestHoldersJSONOneShape: holders --format json is one object whether it
// lists one token or two (it was an object for one, an array for two), with
// the block at the top and each token as the single-token object was; the
// CSV is as before. Every token of the embedded chain (ERC-20, ERC-721 ids,
// ERC-3643 frozen holders) validates against docs/holders.schema.json.
func TestHoldersJSONOneShape(t *testing.T) {
	s := outputSchema(t, "holders")
	const a, b = "0x1854e2637e375d398ab6bd6b2e682ce6d2606aae", "0xee83411e592b52fd107d251dcd6c1e13aa58c335"
	var shapes [][]string
	for _, tokens := range [][]string{{a}, {a, b}, nil} {
		args := []string{"holders", "--format", "json"}
		for _, tok := range tokens {
			args = append(args, "--token", tok)
		}
		stdout, stderr, code := runAudit(t, args...)
		if code != 0 {
			t.Fatalf("%v: exit %d\n%s", args, code, stderr)
		}
		top := checkOutput(t, strings.Join(args, " "), s, []byte(stdout), holdersSchemaVersion)
		checkNotAReport(t, []byte(stdout), "holders")
		list, _ := top["tokens"].([]any)
		if tokens == nil && len(list) != 3 || tokens != nil && len(list) != len(tokens) {
			t.Fatalf("%v: %d tokens", args, len(list))
		}
		for i, item := range list {
			tok := item.(map[string]any)
			if tokens != nil && tok["token"] != tokens[i] {
				t.Errorf("%v: token %d is %v, want %s", args, i, tok["token"], tokens[i])
			}
			if tok["block"] != top["block"] || tok["block_hash"] != top["block_hash"] {
				t.Errorf("%v: token %v at block %v %v, the output at %v %v", args, tok["token"], tok["block"], tok["block_hash"], top["block"], top["block_hash"])
			}
			if tokens != nil {
				shapes = append(shapes, keys(tok))
			}
		}
		if tokens != nil {
			shapes = append(shapes, keys(top))
		}
	}
	// one token: its keys, the top's; two: each token's, the top's
	if len(shapes) != 5 || !slices.Equal(shapes[1], shapes[4]) || !slices.Equal(shapes[0], shapes[2]) || !slices.Equal(shapes[0], shapes[3]) {
		t.Errorf("one token and two give different shapes: %v", shapes)
	}
	// An export: no block hash, ERC-721 ids.
	stdout, stderr, code := runAudit(t, "holders", "--transfers", erc721Export, "--format", "json")
	if code != 0 {
		t.Fatalf("holders --transfers: exit %d\n%s", code, stderr)
	}
	if top := checkOutput(t, "holders --transfers", s, []byte(stdout), holdersSchemaVersion); top["block_hash"] != "" || len(top["tokens"].([]any)) != 2 {
		t.Errorf("holders of an export: block_hash %v, %d tokens", top["block_hash"], len(top["tokens"].([]any)))
	}
	csv, _, code := runAudit(t, "holders", "--token", a)
	if code != 0 || !strings.HasPrefix(csv, "token,block,address,balance,share,block_hash\n"+a+",") {
		t.Errorf("holders CSV changed: exit %d\n%s", code, csv)
	}
}

// TestScreenJSONVersioned: screen --format json starts with schema_version
// and tool_version and keeps issue #5's fields (results[].query,
// matches[].list, entry_id, name, score, explanation); arguments and
// --queries rows (one with an error) validate against
// docs/screen.schema.json.
func TestScreenJSONVersioned(t *testing.T) {
	s := outputSchema(t, "screen")
	dir := t.TempDir()
	queries := writeFile(t, dir, "crm.csv", "id,name,imo,dob\nV-1,Some Shipping Co,IMO 7937317,\nP-1,Chong Chon Gang,,31/31/1990\n")
	out := filepath.Join(dir, "out.json")
	_, stderr, code := runAudit(t, "screen", "--format", "json", "--out", out, "--queries", queries,
		"0x098B716B8Aaf21512996dC57EB0615e2383E2f96", "Chong Chon Gang", "IMO 1234567", "Nobody In Particular")
	if code != 1 { // the row with a bad date
		t.Fatalf("exit %d, want 1\n%s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	top := checkOutput(t, "screen", s, data, screenSchemaVersion)
	checkNotAReport(t, data, "screen")
	var got struct {
		Lists []struct {
			Demo bool `json:"demo"`
		} `json:"lists"`
		Results []struct {
			Query   string           `json:"query"`
			Matches []map[string]any `json:"matches"`
			Error   string           `json:"error"`
		} `json:"results"`
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	if len(top) != 4 || len(got.Lists) != 1 || !got.Lists[0].Demo || len(got.Results) != 6 {
		t.Fatalf("keys %v, %d lists, %d results\n%s", keys(top), len(got.Lists), len(got.Results), data)
	}
	if got.Results[0].Query != "0x098B716B8Aaf21512996dC57EB0615e2383E2f96" || len(got.Results[0].Matches) == 0 || got.Results[5].Error == "" {
		t.Errorf("results not in order, or the bad row without its error:\n%s", data)
	}
	for _, f := range []string{"list", "entry_id", "name", "score", "explanation"} {
		if _, ok := got.Results[0].Matches[0][f]; !ok {
			t.Errorf("a match has no %s (issue #5)", f)
		}
	}
}

// TestRegistryCheckJSONVersioned: registry check --format json has
// schema_version and tool_version, and the fixture registry with a file of
// problems validates against docs/registry-check.schema.json.
func TestRegistryCheckJSONVersioned(t *testing.T) {
	s := outputSchema(t, "registry-check")
	dir := t.TempDir()
	bad := writeFile(t, dir, "vessels.csv", "imo,name,flag,owner_id\n1234567,BAD SHIP,PA,\nxyz,,,\n")
	// A BODS file: records by kind, no sheets, an ended interest.
	bods := writeFile(t, dir, "bods.json", `[{"statementId": "s-1", "recordId": "c-2", "recordType": "entity", "recordDetails": {"entityType": {"type": "registeredEntity"}, "name": "Profitech Ltd"}},
 {"statementId": "s-2", "recordId": "p-1", "recordType": "person", "recordDetails": {"personType": "knownPerson", "names": [{"fullName": "Jennifer Hewitson-Smith"}]}},
 {"statementId": "s-3", "recordId": "r-1", "recordType": "relationship", "recordDetails": {"subject": "c-2", "interestedParty": "p-1", "interests": [{"type": "shareholding", "share": {"exact": 100}, "endDate": "2020-01-01"}]}}]`)
	args := []string{"registry", "check", "--format", "json", "../../fixtures/registry.xlsx", "../../fixtures/registry/companies.csv", bad, bods}
	stdout, stderr, code := runAudit(t, args...)
	if code != exitFindings {
		t.Fatalf("exit %d, want %d (problems)\n%s", code, exitFindings, stderr)
	}
	top := checkOutput(t, "registry check", s, []byte(stdout), registryCheckSchemaVersion)
	checkNotAReport(t, []byte(stdout), "registry check")
	files, problems := top["files"].([]any), top["problems"].([]any)
	if len(files) != 4 || len(problems) == 0 {
		t.Fatalf("%d files, %d problems\n%s", len(files), len(problems), stdout)
	}
	if f := files[3].(map[string]any); f["format"] != "bods-json" || f["ended"] != 1.0 || f["sheets"] != nil || len(f["records"].(map[string]any)) == 0 {
		t.Errorf("the BODS file: %v", f)
	}
}

// TestVerifyJSONVersioned: verify --format json has schema_version and
// tool_version before the result's fields, and validates against
// docs/verify.schema.json both when every citation resolves and when a
// header renamed in an input leaves citations unresolved.
func TestVerifyJSONVersioned(t *testing.T) {
	s := outputSchema(t, "verify")
	dir := t.TempDir()
	var regs []string
	for _, name := range []string{"companies", "ownership", "vessels", "wallets", "claims", "people"} {
		data, err := os.ReadFile(filepath.Join("../../fixtures/registry", name+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		regs = append(regs, "--registry", writeFile(t, dir, name+".csv", string(data)))
	}
	rep := filepath.Join(dir, "r.json")
	args := append(append([]string{"scan"}, regs...), "--sanctions", "../../fixtures/sanctions/sdn.csv", "--list-date", "2024-05-03",
		"--format", "json", "--out", rep, "--fail-on", "none")
	if _, stderr, code := runAudit(t, args...); code != 0 {
		t.Fatalf("scan: exit %d\n%s", code, stderr)
	}
	stdout, stderr, code := runAudit(t, "verify", "--format", "json", rep)
	if code != 0 {
		t.Fatalf("verify: exit %d\n%s", code, stderr)
	}
	top := checkOutput(t, "verify", s, []byte(stdout), verify.SchemaVersion)
	if top["checked"] == 0.0 || len(top["unresolved"].([]any)) != 0 {
		t.Errorf("verify of a fresh report: %v checked, %v unresolved", top["checked"], top["unresolved"])
	}

	vessels := filepath.Join(dir, "vessels.csv")
	data, _ := os.ReadFile(vessels)
	header, rest, _ := strings.Cut(string(data), "\n")
	os.WriteFile(vessels, []byte(strings.ToUpper(header)+"_X\n"+rest), 0o644)
	stdout, stderr, code = runAudit(t, "verify", "--format", "json", rep)
	if code != exitFindings {
		t.Fatalf("verify of a changed input: exit %d, want %d\n%s", code, exitFindings, stderr)
	}
	top = checkOutput(t, "verify with unresolved citations", s, []byte(stdout), verify.SchemaVersion)
	checkNotAReport(t, []byte(stdout), "verify")
	if len(top["unresolved"].([]any)) == 0 {
		t.Errorf("a renamed header left every citation resolved:\n%s", stdout)
	}
}

// TestDiffJSONVersioned: diff --format json is report.WriteDelta's JSON,
// every field of it, with schema_version and tool_version first, and
// validates against docs/diff.schema.json with new, resolved and changed
// findings and holders.
func TestDiffJSONVersioned(t *testing.T) {
	s := outputSchema(t, "diff")
	in := filepath.Join(reportGoldens, "report.json")
	data, err := os.ReadFile(in)
	if err != nil {
		t.Fatal(err)
	}
	old, err := report.Read(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	r, _ := report.Read(bytes.NewReader(data))
	sub := report.Subject{Kind: "wallet", ID: "0x15d34aaf54267db7d7c367839aaf71a00a2c6a65"}
	r.Findings = append(r.Findings, report.Finding{Rule: "HOLDER-CONCENTRATION", Severity: report.Medium, Subject: sub,
		Message: "one holder at 25%", Evidence: []report.Evidence{}, Fingerprint: report.Fingerprint("HOLDER-CONCENTRATION", sub, "")})
	r.Findings[0].Message += " (changed)"
	r.Findings = slices.Delete(r.Findings, 1, 2)
	if len(r.Tokens) == 0 || len(r.Tokens[0].Holders) < 2 {
		t.Fatal("the golden report has no token with two holders")
	}
	r.Tokens[0].Holders = r.Tokens[0].Holders[1:]
	report.Finalize(r)
	newer := filepath.Join(t.TempDir(), "new.json")
	var buf bytes.Buffer
	if err := report.Write(&buf, r, "json", report.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(newer, buf.Bytes(), 0o644)

	stdout, stderr, code := runAudit(t, "diff", "--format", "json", "--fail-on", "none", in, newer)
	if code != 0 {
		t.Fatalf("exit %d\n%s", code, stderr)
	}
	top := checkOutput(t, "diff", s, []byte(stdout), diffSchemaVersion)
	checkNotAReport(t, []byte(stdout), "diff")
	for _, f := range []string{"new_findings", "resolved_findings", "changed_findings", "holders_removed"} {
		if list, _ := top[f].([]any); len(list) == 0 {
			t.Errorf("%s empty: the test exercises nothing\n%s", f, stdout)
		}
	}
	r, err = report.ReadFile(newer)
	if err != nil {
		t.Fatal(err)
	}
	buf.Reset()
	if err := report.WriteDelta(&buf, report.Diff(old, r), "json"); err != nil {
		t.Fatal(err)
	}
	var delta map[string]any
	if err := json.Unmarshal(buf.Bytes(), &delta); err != nil {
		t.Fatal(err)
	}
	delete(top, "schema_version")
	delete(top, "tool_version")
	for _, k := range keys(delta) {
		if !reflect.DeepEqual(top[k], delta[k]) {
			t.Errorf("diff --format json %s: %v, report.Delta's %v", k, top[k], delta[k])
		}
	}
	if !slices.Equal(keys(top), keys(delta)) {
		t.Errorf("diff --format json has %v besides schema_version and tool_version, report.Delta %v", keys(top), keys(delta))
	}
}

// TestOutputSchemasNameEveryField: each schema names every JSON field of
// the Go types that write its output, and no field they lack, so that a
// field added to the output is documented (json-outputs.md describes the
// same fields).
func TestOutputSchemasNameEveryField(t *testing.T) {
	for _, c := range []struct {
		schema string
		typ    reflect.Type
		defs   map[string]reflect.Type // the schema's own $defs, by name
	}{
		{"holders", reflect.TypeFor[holdersOutput](), map[string]reflect.Type{"Token": reflect.TypeFor[holdersJSON](), "Holder": reflect.TypeFor[holderJSON]()}},
		{"screen", reflect.TypeFor[struct {
			SchemaVersion string         `json:"schema_version"`
			ToolVersion   string         `json:"tool_version"`
			Lists         []screenList   `json:"lists"`
			Results       []screenResult `json:"results"`
		}](), map[string]reflect.Type{"List": reflect.TypeFor[screenList](), "Result": reflect.TypeFor[screenResult](), "Match": reflect.TypeFor[screenMatch]()}},
		{"registry-check", reflect.TypeFor[registryCheckJSON](), map[string]reflect.Type{"File": reflect.TypeFor[registryFileJSON](),
			"Sheet": reflect.TypeFor[registrySheetJSON](), "Problem": reflect.TypeFor[registryProblemJSON]()}},
		{"verify", reflect.TypeFor[struct {
			SchemaVersion string `json:"schema_version"`
			ToolVersion   string `json:"tool_version"`
			*verify.Result
		}](), map[string]reflect.Type{"Input": reflect.TypeFor[verify.Input](), "Unresolved": reflect.TypeFor[verify.Unresolved](), "Node": reflect.TypeFor[verify.NodeCheck]()}},
		{"diff", reflect.TypeFor[diffOutput](), map[string]reflect.Type{"ReportRef": reflect.TypeFor[report.ReportRef](),
			"FindingChange": reflect.TypeFor[report.FindingChange](), "HolderChange": reflect.TypeFor[report.HolderChange](),
			"EntityChange": reflect.TypeFor[report.EntityChange](), "PathChange": reflect.TypeFor[report.PathChange](),
			"OwnerChange": reflect.TypeFor[report.OwnerChange](), "InputChange": reflect.TypeFor[report.InputChange](),
			"ControllerChange": reflect.TypeFor[report.ControllerChange](), "ProxyChange": reflect.TypeFor[report.ProxyChange]()}},
	} {
		doc := schemaDoc(t, c.schema+".schema.json").(map[string]any)
		defs, _ := doc["$defs"].(map[string]any)
		check := func(where string, def any, typ reflect.Type) {
			props, _ := def.(map[string]any)["properties"].(map[string]any)
			want := jsonFields(typ)
			if got := keys(props); !slices.Equal(got, want) {
				t.Errorf("docs/%s.schema.json %s names %v; the Go type %v writes %v", c.schema, where, got, typ, want)
			}
		}
		check("(top)", doc, c.typ)
		for name, typ := range c.defs {
			if defs[name] == nil {
				t.Errorf("docs/%s.schema.json has no $defs/%s", c.schema, name)
				continue
			}
			check("$defs/"+name, defs[name], typ)
		}
	}
}

// jsonFields are the sorted JSON names of typ's exported fields, those of
// embedded structs included, as encoding/json writes them.
func jsonFields(typ reflect.Type) []string {
	if typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	var names []string
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch {
		case name == "-" || !f.IsExported() && !f.Anonymous:
		case f.Anonymous && name == "":
			names = append(names, jsonFields(f.Type)...)
		case name == "":
			names = append(names, f.Name)
		default:
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names
}
