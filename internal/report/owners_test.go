package report

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// TestOwnersSchemaAndRead: the beneficial owners of the sample validate
// against the schema and read back as written; a bad value of each checked
// field is refused by the schema and by Read; a report without the section
// (written before it) is read.
func TestOwnersSchemaAndRead(t *testing.T) {
	s := compileSchema(t)
	r := sampleReport()
	good := render(t, r, "json", WriteOptions{})
	if err := validate(s, good); err != nil {
		t.Fatalf("the schema refuses the beneficial owners: %v", err)
	}
	back, err := Read(bytes.NewReader(good))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	if len(back.Owners) != len(r.Owners) || len(back.Owners[0].Owners) != len(r.Owners[0].Owners) || !reflect.DeepEqual(back.Owners[1].Owners[1], r.Owners[1].Owners[1]) {
		t.Errorf("read back %+v, wrote %+v", back.Owners, r.Owners)
	}
	for _, tt := range []struct{ name, old, new string }{
		{"unknown decision", `"decision": "undeterminable"`, `"decision": "maybe"`},
		{"unknown end", `"ends": "sanctioned",` + "\n" + `          "low": 0.5`, `"ends": "rich",` + "\n" + `          "low": 0.5`},
		{"unknown basis", `"kind": "vessel",` + "\n" + `      "basis": "legal"`, `"kind": "vessel",` + "\n" + `      "basis": "moral"`}, // beneficial_owners', not ownership's
		{"negative share", `"opaque_high": 0.75`, `"opaque_high": -0.75`},
		{"paths not a count", `"paths": 2`, `"paths": -2`},
		{"negative wallet count", `"unidentified_wallets": 3`, `"unidentified_wallets": -3`},
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
		} else if !strings.Contains(err.Error(), "beneficial_owners[") {
			t.Errorf("%s: the error does not name the field: %v", tt.name, err)
		}
	}
	r.Owners = nil
	old := render(t, r, "json", WriteOptions{})
	if bytes.Contains(old, []byte("beneficial_owners")) {
		t.Error("a report without beneficial owners writes the field")
	}
	if _, err := Read(bytes.NewReader(old)); err != nil {
		t.Errorf("Read refuses a report without beneficial owners: %v", err)
	}
}

// TestOwnersFinalizeOrder: vessels' chains before tokens', a vessel's legal
// chain before its economic one, owners by share (largest first) then id.
func TestOwnersFinalizeOrder(t *testing.T) {
	r := &Report{Owners: []Owners{
		{Asset: "0xaa", Kind: "token", Basis: "economic"},
		{Asset: "9074729", Kind: "vessel", Basis: "economic"},
		{Asset: "9074729", Kind: "vessel", Basis: "legal", Owners: []Owner{
			{ID: "B", High: 0.2}, {ID: "A", High: 0.2}, {ID: "C", Low: 0.1, High: 0.5}, {ID: "D", Low: 0.3, High: 0.5},
		}},
	}}
	Finalize(r)
	var got []string
	for _, a := range r.Owners {
		got = append(got, a.Asset+"/"+a.Basis)
	}
	if strings.Join(got, " ") != "9074729/legal 9074729/economic 0xaa/economic" {
		t.Errorf("chains in order %v", got)
	}
	var ids []string
	for _, o := range r.Owners[0].Owners {
		ids = append(ids, o.ID)
	}
	if strings.Join(ids, "") != "DCAB" {
		t.Errorf("owners in order %v, want D C A B", ids)
	}
	if r.Owners[1].Owners == nil {
		t.Error("an empty owner list stays nil (null in JSON)")
	}
}

// TestOwnersText: the text section names each owner once with its share
// and decision, a non-person's decision as its share against the
// threshold, and counts the owners below the threshold past the first
// maxOwnersShown in one line with their combined share.
func TestOwnersText(t *testing.T) {
	r := sampleReport()
	var many []Owner
	for i := 0; i < maxOwnersShown+3; i++ {
		many = append(many, Owner{Kind: "person", ID: "P-" + string(rune('a'+i)), Ends: "person", Low: 0.01, High: 0.01, Decision: DecisionBelow, Paths: 1})
	}
	many = append(many, Owner{Kind: "person", ID: "P-BIG", Ends: "person", Low: 0.2, High: 0.3, Decision: DecisionUndeterminable, Paths: 3})
	r.Owners = append(r.Owners, Owners{Asset: "9999999", Kind: "vessel", Basis: "economic", Owners: many})
	Finalize(r)
	text := string(render(t, r, "text", WriteOptions{}))
	for _, want := range []string{
		"Beneficial owners at 25%",
		"vessel PACIFIC STAR (9074729), legal: 0%–50% reaches neither a natural person",
		"Kim Chol <b>Su</b> (P-7), sanctioned person: 50%, beneficial owner, 1 path",
		"@x Nominees & Co (C-300), unknown company: 0%–50%, undeterminable, 1 path",
		"unknown wallet: 45%, at or",
		"Ana Lima (P-9), person: 10%–under 25%, below 25%, 2 paths; joined: same",
		"vessel -x GHOST (9999999), economic: all of it reaches",
		"P-BIG, person: 20%–30%, undeterminable, 3 paths",
		"3 more owner(s) below 25% each, together 3%",
		"3 wallet(s) no one is known to hold, each below 10%, together 6%",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "P-"+string(rune('a'+maxOwnersShown))+",") {
		t.Errorf("an owner past the first %d below the threshold is listed:\n%s", maxOwnersShown, text)
	}
	if i, j := strings.Index(text, "Beneficial owners"), strings.Index(text, "CRITICAL"); i < 0 || j < i {
		t.Error("the beneficial owners do not come before the findings")
	}
}

// TestOwnersDiff: an owner added, removed, or whose share, end or decision
// changed is listed, keyed by chain and owner; the reverse diff swaps added
// and removed; a report without beneficial owners (written before them) is
// not compared with one that has them, and a warning says so.
func TestOwnersDiff(t *testing.T) {
	old := sampleReport()
	new := sampleReport()
	vessel := &new.Owners[0]                                                                                       // 9074729 legal, after Finalize
	vessel.Owners[0].Ends = "person"                                                                               // P-7 delisted
	vessel.Owners = append(vessel.Owners[:1], Owner{Kind: "person", ID: "P-11", Name: "New Owner", Ends: "person", // C-300's place
		Low: 0.5, High: 0.5, Decision: DecisionOwner, Paths: 1})
	d := Diff(old, new)
	var got []string
	for _, c := range d.OwnersChanged {
		got = append(got, c.Change+" "+c.Asset+" "+c.Basis+" "+c.ID+" "+c.OldEnds+">"+c.NewEnds+" "+c.OldDecision+">"+c.NewDecision)
	}
	want := []string{
		"removed 9074729 legal C-300 unknown> undeterminable>",
		"added 9074729 legal P-11 >person >beneficial owner",
		"changed 9074729 legal P-7 sanctioned>person beneficial owner>beneficial owner",
	}
	slices.Sort(want)
	slices.Sort(got)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("owner changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Empty() {
		t.Error("a diff with owner changes is empty")
	}
	var buf bytes.Buffer
	if err := WriteDelta(&buf, d, "text"); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(buf.String()), " ")
	for _, w := range []string{"beneficial owners changed (3)", "added 9074729 legal: New Owner (P-11), person: 50% beneficial owner",
		"removed 9074729 legal: @x Nominees & Co (C-300), unknown company: was 0%–50% undeterminable",
		"changed 9074729 legal: Kim Chol <b>Su</b> (P-7), person: 50% beneficial owner → 50% beneficial owner (was sanctioned person)"} {
		if !strings.Contains(text, w) {
			t.Errorf("diff text lacks %q:\n%s", w, buf.String())
		}
	}
	back := Diff(new, old)
	added, removed := 0, 0
	for _, c := range back.OwnersChanged {
		switch {
		case c.Change == "added" && c.ID == "C-300":
			added++
		case c.Change == "removed" && c.ID == "P-11":
			removed++
		}
	}
	if added != 1 || removed != 1 {
		t.Errorf("the reverse diff does not swap added and removed: %+v", back.OwnersChanged)
	}
	if !Diff(old, old).Empty() {
		t.Error("a report's owners differ from themselves")
	}

	before := sampleReport()
	before.Owners = nil
	d = Diff(before, new)
	if len(d.OwnersChanged) != 0 || !slices.ContainsFunc(d.Warnings, func(w string) bool { return strings.Contains(w, "old report lists no beneficial owners") }) {
		t.Errorf("a report without beneficial owners compared: %d changes, warnings %q", len(d.OwnersChanged), d.Warnings)
	}
}

// TestPossiblySanctionedWritten: an owner and a path ending
// possibly-sanctioned (a name match or wallet tie to confirm) are written
// so in the text and HTML formats, never as "sanctioned", and a company
// listed on a stock exchange is not written "listed company", which reads
// as a sanctions list.
func TestPossiblySanctionedWritten(t *testing.T) {
	r := sampleReport()
	r.Owners = append(r.Owners, Owners{Asset: "9999999", Kind: "vessel", Basis: "legal", Owners: []Owner{
		{Kind: "company", ID: "C-NAME", Name: "Senat Shipping Limited", Ends: StatusPossiblySanctioned, Low: 0.6, High: 0.6, Decision: DecisionOwner, Paths: 1},
		{Kind: "company", ID: "C-PLC", Name: "Big Plc", Ends: "listed-company", Low: 0.4, High: 0.4, Decision: DecisionOwner, Paths: 1},
	}})
	r.Ownership = append(r.Ownership, Path{Asset: "9999999", Basis: "legal", Steps: []Step{{Kind: "vessel", ID: "9999999"}, {Kind: "company", ID: "C-NAME", Low: 0.6, High: 0.6}},
		Low: 0.6, High: 0.6, Ends: StatusPossiblySanctioned})
	Finalize(r)
	if err := Validate(r); err != nil {
		t.Fatal(err)
	}
	text := string(render(t, r, "text", WriteOptions{}))
	for _, want := range []string{
		"Senat Shipping Limited (C-NAME), company possibly sanctioned (name match",
		"Big Plc (C-PLC), company listed on a stock exchange: 40%",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	html := string(render(t, r, "html", WriteOptions{}))
	if !strings.Contains(html, "<td>possibly sanctioned (name match or wallet tie to confirm)</td>") || !strings.Contains(html, "1 possibly sanctioned (name match or wallet tie to confirm)") {
		t.Errorf("the HTML paths table does not say possibly sanctioned")
	}
	if strings.Contains(text+html, "sanctioned company") || strings.Contains(text+html, "listed company") {
		t.Errorf("a name match written as sanctioned, or a listed company")
	}
}

// TestOwnersOverclaimed: a chain whose start is held more than 100% in all
// (a vessel claimed 60% + 50% by two tokens) says so before its opaque
// share in text and HTML, and in the Beneficial owners sheet's last column
// on each of its rows, so that the percentages are not read as parts of
// one whole; the other chains say nothing of it. The fields validate, read
// back and render byte for byte as written (audit render); a high below
// the low is refused.
func TestOwnersOverclaimed(t *testing.T) {
	r := sampleReport()
	r.Owners = append(r.Owners, Owners{Asset: "9999999", Kind: "vessel", Basis: "economic", OpaqueLow: 0.5, OpaqueHigh: 0.5,
		ClaimedLow: 1.1, ClaimedHigh: 1.1, Owners: []Owner{
			{Kind: "person", ID: "P-60", Ends: "person", Low: 0.6, High: 0.6, Decision: DecisionOwner, Paths: 1},
			{Kind: "company", ID: "C-50", Ends: "unknown", Low: 0.5, High: 0.5, Decision: DecisionOwner, Paths: 1},
		}})
	Finalize(r)
	const head = "claimed 110% in all, more than the whole (see ASSET-OVERCLAIMED): 50% reaches neither a natural person"
	words := func(b []byte) string { return strings.Join(strings.Fields(string(b)), " ") }
	text := words(render(t, r, "text", WriteOptions{}))
	if !strings.Contains(text, "vessel -x GHOST (9999999), economic: "+head) {
		t.Errorf("text lacks %q:\n%s", head, text)
	}
	if n := strings.Count(text, "more than the whole"); n != 1 {
		t.Errorf("text says %d times that a chain is held more than the whole, want once", n)
	}
	if html := words(render(t, r, "html", WriteOptions{})); !strings.Contains(html, head) {
		t.Errorf("HTML lacks %q", head)
	}
	f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	rows, err := f.GetRows(SheetOwners)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 || cellAt(rows[0], 16) != "Chain held over 100%" {
		t.Fatalf("the %s sheet's header: %q", SheetOwners, rows)
	}
	var said int
	for _, row := range rows[1:] {
		got := cellAt(row, 16)
		switch {
		case cellAt(row, 0) == "9999999" && got == "claimed 110% in all, more than the whole (see ASSET-OVERCLAIMED)":
			said++
		case got != "":
			t.Errorf("row %q says %q", row, got)
		}
	}
	if said != 2 {
		t.Errorf("%d rows of 9999999 say it is claimed 110%%, want its 2 owners' rows", said)
	}

	js := render(t, r, "json", WriteOptions{})
	if !bytes.Contains(js, []byte(`"claimed_low": 1.1,`)) || bytes.Count(js, []byte(`"claimed_high"`)) != 1 {
		t.Errorf("JSON lacks claimed_low and claimed_high once:\n%s", js)
	}
	if err := validate(compileSchema(t), js); err != nil {
		t.Errorf("the schema refuses it: %v", err)
	}
	back, err := Read(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	for _, format := range Formats {
		if a, b := render(t, r, format, WriteOptions{}), render(t, back, format, WriteOptions{}); !bytes.Equal(a, b) {
			t.Errorf("%s: rendering the JSON read back differs from the direct output", format)
		}
	}
	bad := bytes.Replace(js, []byte(`"claimed_high": 1.1`), []byte(`"claimed_high": 1.05`), 1)
	if _, err := Read(bytes.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "claimed_high") {
		t.Errorf("Read of a claimed_high below claimed_low: %v", err)
	}
}
