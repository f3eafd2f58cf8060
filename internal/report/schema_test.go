package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

const schemaPath = "../../docs/report-schema.json"

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatalf("%s: %v", schemaPath, err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("report-schema.json", doc); err != nil {
		t.Fatal(err)
	}
	s, err := c.Compile("report-schema.json")
	if err != nil {
		t.Fatalf("compiling %s: %v", schemaPath, err)
	}
	return s
}

func validate(s *jsonschema.Schema, data []byte) error {
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return err
	}
	return s.Validate(inst)
}

// TestSchemaValidatesReports checks that the JSON reports the writer
// produces, and the report goldens, validate against docs/report-schema.json.
func TestSchemaValidatesReports(t *testing.T) {
	s := compileSchema(t)
	reports := map[string][]byte{
		"sample": render(t, sampleReport(), "json", WriteOptions{}),
		"empty":  render(t, finalized(&Report{Tool: Tool{Name: "tokenaudit", Version: "x"}, GeneratedAt: "2026-01-01T00:00:00Z", Chain: Chain{Source: "rpc"}}), "json", WriteOptions{}),
		"huge":   render(t, largeReport(1000), "json", WriteOptions{}),
	}
	// Report goldens added later (the demo scenario) are checked too; other
	// JSON files (the diff golden) are not reports.
	matches, _ := filepath.Glob("testdata/*.json")
	for _, m := range matches {
		data, err := os.ReadFile(m)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(data, []byte(`"schema_version"`)) {
			reports[m] = data
		}
	}
	for name, data := range reports {
		if err := validate(s, data); err != nil {
			t.Errorf("%s does not validate: %v", name, err)
		}
		if _, err := Read(bytes.NewReader(data)); err != nil {
			t.Errorf("Read refuses %s: %v", name, err)
		}
	}
}

func TestSchemaRejects(t *testing.T) {
	s := compileSchema(t)
	good := render(t, sampleReport(), "json", WriteOptions{})
	tests := []struct {
		name, old, new string
	}{
		{"fractional balance", `"balance": "450000000000000000000000"`, `"balance": "4.5"`},
		{"unknown severity", `"severity": "critical"`, `"severity": "urgent"`},
		{"uppercase address", `"address": "0x5fbdb2315678afecb367f032d93f642f64180aa3"`, `"address": "0x5FBDB2315678afecb367f032d93f642f64180aa3"`},
		{"unknown field", `"schema_version": "1.0",`, `"schema_version": "1.0", "surprise": 1,`},
		{"bad time", `"generated_at": "2026-11-23T00:00:00Z"`, `"generated_at": "yesterday"`},
		{"unknown proxy kind", `"kind": "beacon"`, `"kind": "uups"`},
		{"proxy implementation not an address", `"implementation": "0xcf7ed3acca5a467e9e704c703e8d87f634fb0fc9"`, `"implementation": "0xCF7ED3ACCA5A467E9E704C703E8D87F634FB0FC9"`},
		{"proxy without kind", `"proxy": {
        "kind": "beacon",`, `"proxy": {`},
		{"beacon proxy without beacon", `,
        "beacon": "0x9fe46736679d2d9a65f0992f2272de9f3c7fa6e0"`, ``},
		{"clone with a beacon", `"kind": "beacon"`, `"kind": "eip1167"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !bytes.Contains(good, []byte(tt.old)) {
				t.Fatalf("sample JSON lacks %s", tt.old)
			}
			bad := bytes.Replace(good, []byte(tt.old), []byte(tt.new), 1)
			if err := validate(s, bad); err == nil {
				t.Error("the schema accepted it")
			}
			// Read, which render and diff use, refuses it too, except a
			// field it does not know: a later 1.x may add fields.
			if _, err := Read(bytes.NewReader(bad)); (err == nil) != (tt.name == "unknown field") {
				t.Errorf("Read: %v", err)
			}
		})
	}
}

// TestSchemaDocumentsEveryField walks the Go types of the report and checks
// that each JSON field has a documented property in the schema, and that the
// schema names no field the types lack.
func TestSchemaDocumentsEveryField(t *testing.T) {
	data, err := os.ReadFile(schemaPath)
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Properties map[string]json.RawMessage `json:"properties"`
		Defs       map[string]struct {
			Properties map[string]struct {
				Description string `json:"description"`
				Ref         string `json:"$ref"`
			} `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatal(err)
	}
	check := func(name string, typ reflect.Type, props []string) {
		fields := jsonFields(typ)
		sort.Strings(props)
		if strings.Join(fields, ",") != strings.Join(props, ",") {
			t.Errorf("%s: Go fields %v, schema properties %v", name, fields, props)
		}
	}
	var top []string
	for k := range doc.Properties {
		top = append(top, k)
	}
	check("Report", reflect.TypeOf(Report{}), top)
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		for typ.Kind() == reflect.Slice || typ.Kind() == reflect.Pointer {
			typ = typ.Elem()
		}
		if typ.Kind() != reflect.Struct || seen[typ] {
			return
		}
		seen[typ] = true
		if typ != reflect.TypeOf(Report{}) {
			def, ok := doc.Defs[typ.Name()]
			if !ok {
				t.Errorf("schema has no $defs/%s", typ.Name())
				return
			}
			var props []string
			for k, p := range def.Properties {
				props = append(props, k)
				if p.Description == "" && p.Ref == "" && !strings.HasSuffix(k, "name") {
					// Every property says what it means, except self-evident names.
					if k != "id" && k != "decimals" {
						t.Errorf("$defs/%s/%s has no description", typ.Name(), k)
					}
				}
			}
			check(typ.Name(), typ, props)
		}
		for i := 0; i < typ.NumField(); i++ {
			walk(typ.Field(i).Type)
		}
	}
	walk(reflect.TypeOf(Report{}))
}

func jsonFields(typ reflect.Type) []string {
	var out []string
	for i := 0; i < typ.NumField(); i++ {
		tag := typ.Field(i).Tag.Get("json")
		name, _, _ := strings.Cut(tag, ",")
		if name != "" && name != "-" {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

func finalized(r *Report) *Report {
	Finalize(r)
	return r
}

// TestChainEvidenceFields checks that chain evidence with every structured
// field validates against the schema, survives Read, and that a bad value
// of each field is refused by the schema and by Read.
func TestChainEvidenceFields(t *testing.T) {
	s := compileSchema(t)
	r := sampleReport()
	const tok, holder = "0x5fbdb2315678afecb367f032d93f642f64180aa3", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"
	ev := Evidence{Kind: "chain", Text: "balance", Block: 212, Fact: FactBalance, Contract: tok, Holder: holder, Amount: "3",
		IDs: []IDAmount{{TokenID: "1", Amount: "1"}, {TokenID: "7", Amount: "2"}}}
	mv := Evidence{Kind: "chain", Text: "moved", Block: 212, Fact: FactTransfer, Contract: tok, From: holder, To: tok, Amount: "5"}
	role := Evidence{Kind: "chain", Text: "role", Block: 212, Fact: FactRole, Contract: tok, Holder: holder, Role: "role-1a2b3c4d",
		RoleHash: "0x1a2b3c4d00000000000000000000000000000000000000000000000000000042"}
	const zero = "0x0000000000000000000000000000000000000000"
	proxy := Evidence{Kind: "chain", Text: "EIP-1967 slots", Block: 212, Fact: FactProxy, Contract: tok, Implementation: holder, Admin: "0x00000000000000000000000000000000000000ad", Beacon: zero,
		Runs: "0x00000000000000000000000000000000000000a1"}
	code := Evidence{Kind: "chain", Text: "the code dispatches", Block: 212, Fact: FactCode, Contract: tok, CodeAddress: "0x00000000000000000000000000000000000000a1",
		Functions: []Function{{Signature: "forcedTransfer(address,address,uint256)", Selector: "0x9fc1d0e7"}, {Signature: "destroyBlackFunds(address)", Selector: "0xf3bdc228"}}}
	r.Findings[0].Evidence = append(r.Findings[0].Evidence, ev, mv, role, proxy, code)
	good := render(t, r, "json", WriteOptions{})
	if err := validate(s, good); err != nil {
		t.Fatalf("the schema refuses chain evidence fields: %v", err)
	}
	back, err := Read(bytes.NewReader(good))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	var found int
	for _, e := range back.Findings[0].Evidence {
		if e.Equal(ev) || e.Equal(mv) || e.Equal(role) || e.Equal(proxy) || e.Equal(code) {
			found++
		}
	}
	if found != 5 {
		t.Errorf("%d of 5 chain evidence items read back as written", found)
	}
	for _, tt := range []struct{ name, old, new string }{
		{"uppercase holder", `"holder": "` + holder, `"holder": "0x70997970C51812dc3a010c7d01b50e0d17dc79c8`},
		{"fractional amount", `"amount": "5"`, `"amount": "5.0"`},
		{"id not decimal", `"token_id": "7"`, `"token_id": "0x7"`},
		{"unknown fact", `"fact": "transfer"`, `"fact": "swap"`},
		{"short role hash", `"role_hash": "0x1a2b3c4d`, `"role_hash": "0x1a2b3c4`},
		{"uppercase role hash", `"role_hash": "0x1a2b3c4d`, `"role_hash": "0x1A2B3C4D`},
		{"implementation not an address", `"implementation": "` + holder, `"implementation": "0x7099`},
		{"admin uppercase", `"admin": "0x00000000000000000000000000000000000000ad`, `"admin": "0x00000000000000000000000000000000000000AD`},
		{"beacon not an address", `"beacon": "` + zero, `"beacon": "none`},
		{"runs uppercase", `"runs": "0x00000000000000000000000000000000000000a1`, `"runs": "0x00000000000000000000000000000000000000A1`},
		{"code address short", `"code_address": "0x00000000000000000000000000000000000000a1`, `"code_address": "0x00000000000000000000000000000000000000a`},
		{"selector uppercase", `"selector": "0x9fc1d0e7"`, `"selector": "0x9FC1D0E7"`},
		{"selector of 3 bytes", `"selector": "0xf3bdc228"`, `"selector": "0xf3bdc2"`},
		{"empty signature", `"signature": "destroyBlackFunds(address)"`, `"signature": ""`},
	} {
		if !bytes.Contains(good, []byte(tt.old)) {
			t.Fatalf("%s: the JSON lacks %s", tt.name, tt.old)
		}
		bad := bytes.Replace(good, []byte(tt.old), []byte(tt.new), 1)
		if err := validate(s, bad); err == nil {
			t.Errorf("%s: the schema accepted it", tt.name)
		}
		if _, err := Read(bytes.NewReader(bad)); err == nil {
			t.Errorf("%s: Read accepted it", tt.name)
		}
	}
	other := ev
	other.IDs = []IDAmount{{TokenID: "1", Amount: "1"}, {TokenID: "7", Amount: "3"}}
	if ev.Equal(other) {
		t.Error("Equal ignores the ids")
	}
}

// TestEvidenceEqualNamesEveryField changes each field of an evidence item
// in turn: Equal must see every change (a field added to Evidence and not
// to Equal fails here).
func TestEvidenceEqualNamesEveryField(t *testing.T) {
	var base Evidence
	typ := reflect.TypeOf(base)
	for i := 0; i < typ.NumField(); i++ {
		changed := base
		f := reflect.ValueOf(&changed).Elem().Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("x")
		case reflect.Int, reflect.Int64:
			f.SetInt(1)
		case reflect.Uint64:
			f.SetUint(1)
		case reflect.Float64:
			f.SetFloat(0.5)
		case reflect.Slice:
			f.Set(reflect.MakeSlice(f.Type(), 1, 1))
		case reflect.Pointer:
			f.Set(reflect.New(f.Type().Elem()))
		default:
			t.Fatalf("field %s: kind %s not handled by this test", typ.Field(i).Name, f.Kind())
		}
		if base.Equal(changed) || changed.Equal(base) {
			t.Errorf("Equal does not compare %s", typ.Field(i).Name)
		}
	}
}

// TestFinalizeSnapsShareNoise: the rounding error of summed and multiplied
// shares does not reach the report (a path of 0.9999999999996 is 1, an
// owner of 1.1e-16 is 0), and a share that is not a whole billionth, such
// as 1/3, is kept exactly.
func TestFinalizeSnapsShareNoise(t *testing.T) {
	r := &Report{
		Ownership: []Path{{Asset: "9321483", Low: 0.9999999999996, High: 1.0000000000000002, Ends: "person"}},
		Owners: []Owners{{Asset: "9321483", OpaqueLow: 1.1e-16, OpaqueHigh: 0.30000000000000004,
			Owners: []Owner{{ID: "P-1", Low: 1.0 / 3, High: 0.7499999999999999}}}},
	}
	Finalize(r)
	p, o := r.Ownership[0], r.Owners[0]
	if p.Low != 1 || p.High != 1 || o.OpaqueLow != 0 || o.OpaqueHigh != 0.3 || o.Owners[0].Low != 1.0/3 || o.Owners[0].High != 0.75 {
		t.Errorf("path %v-%v, opaque %v-%v, owner %v-%v: want 1-1, 0-0.3, 1/3-0.75", p.Low, p.High, o.OpaqueLow, o.OpaqueHigh, o.Owners[0].Low, o.Owners[0].High)
	}
}

// TestReadRefusesATokenTwice: a report listing one token address twice
// (which no scan writes) is refused by Read, naming both places: diff and
// render key tokens by address and would show one of the two.
func TestReadRefusesATokenTwice(t *testing.T) {
	r := sampleReport()
	if len(r.Tokens) == 0 {
		t.Fatal("the sample report has no token")
	}
	r.Tokens = append(r.Tokens, r.Tokens[0])
	n := len(r.Tokens) - 1
	_, err := Read(bytes.NewReader(render(t, r, "json", WriteOptions{})))
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("tokens[%d].address", n)) || !strings.Contains(err.Error(), "is tokens[0] too") {
		t.Errorf("Read of a report with tokens[0] repeated as tokens[%d]: %v", n, err)
	}
	if err := Validate(sampleReport()); err != nil {
		t.Errorf("the sample report: %v", err)
	}
}
