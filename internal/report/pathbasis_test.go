package report

import (
	"bytes"
	"strings"
	"testing"
)

// TestPathBasisSchemaAndRead: the sample's paths with their basis pass the
// schema and Read; another basis is refused by both, Read naming the
// path's field; a path without basis (a report written before paths said
// it) is accepted by both.
func TestPathBasisSchemaAndRead(t *testing.T) {
	s := compileSchema(t)
	r := sampleReport()
	good := render(t, r, "json", WriteOptions{})
	if err := validate(s, good); err != nil {
		t.Fatalf("the schema refuses the paths' basis: %v", err)
	}
	back, err := Read(bytes.NewReader(good))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	for i := range r.Ownership {
		if back.Ownership[i].Basis != r.Ownership[i].Basis || back.Ownership[i].Basis == "" {
			t.Errorf("ownership[%d]: read back basis %q, wrote %q", i, back.Ownership[i].Basis, r.Ownership[i].Basis)
		}
	}
	old := `"asset": "9074729",` + "\n" + `      "basis": "legal",`
	if !bytes.Contains(good, []byte(old)) {
		t.Fatalf("the JSON lacks %s", old)
	}
	bad := bytes.Replace(good, []byte(old), []byte(`"asset": "9074729",`+"\n"+`      "basis": "moral",`), 1)
	if err := validate(s, bad); err == nil {
		t.Error("the schema accepted basis \"moral\"")
	}
	if _, err := Read(bytes.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "ownership[1].basis") {
		t.Errorf("Read of basis \"moral\": %v, want an error naming ownership[1].basis", err)
	}
	for i := range r.Ownership {
		r.Ownership[i].Basis = ""
	}
	older := render(t, r, "json", WriteOptions{})
	if bytes.Contains(older, []byte(`"basis": "economic",`+"\n"+`      "steps"`)) || bytes.Contains(older, []byte(`"basis": "legal",`+"\n"+`      "steps"`)) {
		t.Error("a path without basis writes the field")
	}
	if err := validate(s, older); err != nil {
		t.Errorf("the schema refuses paths without basis: %v", err)
	}
	if _, err := Read(bytes.NewReader(older)); err != nil {
		t.Errorf("Read refuses paths without basis: %v", err)
	}
}

// TestFinalizePathBasisOrder: a vessel's legal paths come before its
// economic ones whatever their shares; paths without basis last.
func TestFinalizePathBasisOrder(t *testing.T) {
	step := []Step{{Kind: "company", ID: "C-1", Low: 1, High: 1}}
	r := &Report{Ownership: []Path{
		{Asset: "9321483", Basis: "economic", Low: 0.9, High: 0.9, Ends: "person", Steps: step},
		{Asset: "9321483", Low: 1, High: 1, Ends: "person", Steps: step},
		{Asset: "9321483", Basis: "legal", Low: 0.1, High: 0.1, Ends: "person", Steps: step},
		{Asset: "9321483", Basis: "legal", Low: 0.5, High: 0.5, Ends: "person", Steps: step},
	}}
	Finalize(r)
	var got []string
	for _, p := range r.Ownership {
		got = append(got, p.Basis+" "+Percent(p.High))
	}
	if want := "legal 50%,legal 10%,economic 90%, 100%"; strings.Join(got, ",") != want {
		t.Errorf("order %q, want %q", strings.Join(got, ","), want)
	}
}

// TestDiffPathBasis: a vessel's legal path and its economic path through
// the same ids are different paths (one removed, one added, said with
// their basis); against a report whose paths have no basis, paths are
// matched by their ids alone, with a warning, and an unchanged path is not
// reported.
func TestDiffPathBasis(t *testing.T) {
	steps := []Step{{Kind: "company", ID: "C-1", Low: 1, High: 1}, {Kind: "person", ID: "P-1", Low: 1, High: 1}}
	legal := Path{Asset: "9321483", Basis: "legal", Low: 1, High: 1, Ends: "person", Steps: steps}
	economic := legal
	economic.Basis = "economic"
	old := &Report{Ownership: []Path{legal}}
	new := &Report{Ownership: []Path{economic}}
	d := Diff(old, new)
	if len(d.PathsChanged) != 2 {
		t.Fatalf("paths changed %+v, want the legal path removed and the economic one added", d.PathsChanged)
	}
	if c := d.PathsChanged[0]; c.Change != "removed" || c.Basis != "legal" {
		t.Errorf("first change %+v, want the legal path removed", c)
	}
	if c := d.PathsChanged[1]; c.Change != "added" || c.Basis != "economic" {
		t.Errorf("second change %+v, want the economic path added", c)
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings %q, want none", d.Warnings)
	}
	var text bytes.Buffer
	if err := WriteDelta(&text, d, "text"); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"removed legal path 9321483 → C-1 → P-1", "added economic path 9321483 → C-1 → P-1"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the diff text lacks %q:\n%s", want, text.String())
		}
	}

	unsaid := legal
	unsaid.Basis = ""
	for _, tt := range []struct {
		name     string
		old, new *Report
	}{
		{"old without basis", &Report{Ownership: []Path{unsaid}}, &Report{Ownership: []Path{legal}}},
		{"new without basis", &Report{Ownership: []Path{legal}}, &Report{Ownership: []Path{unsaid}}},
	} {
		d := Diff(tt.old, tt.new)
		if len(d.PathsChanged) != 0 {
			t.Errorf("%s: paths changed %+v, want none", tt.name, d.PathsChanged)
		}
		if len(d.Warnings) != 1 || !strings.Contains(d.Warnings[0], "basis") {
			t.Errorf("%s: warnings %q, want one about the basis", tt.name, d.Warnings)
		}
	}
	if d := Diff(&Report{Ownership: []Path{unsaid}}, &Report{Ownership: []Path{unsaid}}); len(d.Warnings) != 0 || len(d.PathsChanged) != 0 {
		t.Errorf("two reports without basis: warnings %q, changes %+v, want none", d.Warnings, d.PathsChanged)
	}
}
