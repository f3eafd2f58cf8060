package report

import (
	"bytes"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// possibleReport is sampleReport with a third chain: vessel 9999999 held
// 15% each by two John Smiths loaded apart (same name and month of birth,
// different service addresses), each naming the other as possibly the same
// person: together 30%, which would reach the 25% threshold.
func possibleReport() *Report {
	r := sampleReport()
	smith := func(id, other, at, otherAt string) Owner {
		why := fmt.Sprintf("same name and month of birth (JOHN SMITH, 1970-01); not joined: no service address in common (%s: %s; this record: %s)", id, at, otherAt)
		return Owner{Kind: "person", ID: id, Name: "John Smith", Ends: "person", Low: 0.15, High: 0.15, Decision: DecisionBelow, Paths: 1,
			PossiblySameAs: []PossibleOwner{{ID: other, Name: "John Smith", Why: why,
				Also: &PossibleShare{Low: 0.15, High: 0.15, TogetherLow: 0.3, TogetherHigh: 0.3, TogetherDecision: DecisionOwner}}}}
	}
	r.Owners = append(r.Owners, Owners{Asset: "9999999", Kind: "vessel", Basis: "legal", OpaqueLow: 0.7, OpaqueHigh: 0.7, Owners: []Owner{
		smith("P-21", "P-22", "1 High Street, AB1 2CD", "9 Low Road, EF3 4GH"),
		smith("P-22", "P-21", "9 Low Road, EF3 4GH", "1 High Street, AB1 2CD"),
		{Kind: "company", ID: "C-400", Ends: "unknown", Low: 0.7, High: 0.7, Decision: DecisionOwner, Paths: 1},
	}})
	Finalize(r)
	return r
}

// TestOwnersPossiblySameAs: the possible doubles of an owner validate
// against the schema and read back; a bad one is refused by both; the text
// format says each John Smith is possibly the other, also 15%, together 30%
// reaching 25%, and the item's own share and decision stay 15%, below.
func TestOwnersPossiblySameAs(t *testing.T) {
	s := compileSchema(t)
	good := render(t, possibleReport(), "json", WriteOptions{})
	if err := validate(s, good); err != nil {
		t.Fatalf("the schema refuses the possible doubles: %v", err)
	}
	back, err := Read(bytes.NewReader(good))
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	var smiths int
	for _, a := range back.Owners {
		for _, o := range a.Owners {
			if o.Name == "John Smith" {
				smiths++
				if len(o.PossiblySameAs) != 1 || o.PossiblySameAs[0].Also == nil || o.PossiblySameAs[0].Also.TogetherHigh != 0.3 {
					t.Errorf("%s read back as %+v", o.ID, o)
				}
			}
		}
	}
	if smiths != 2 {
		t.Errorf("%d John Smiths read back, want 2", smiths)
	}
	for _, tt := range []struct{ name, old, new string }{
		{"unknown together decision", `"together_decision": "beneficial owner"`, `"together_decision": "together"`},
		{"negative together share", `"together_low": 0.3`, `"together_low": -0.3`},
		{"no id", `"id": "P-22",` + "\n" + `              "name"`, `"id": "",` + "\n" + `              "name"`},
	} {
		if !bytes.Contains(good, []byte(tt.old)) {
			t.Fatalf("%s: the JSON lacks %s", tt.name, tt.old)
		}
		bad := bytes.Replace(good, []byte(tt.old), []byte(tt.new), 1)
		if tt.name != "no id" { // an empty string is a string to the schema
			if err := validate(s, bad); err == nil {
				t.Errorf("%s: the schema accepted it", tt.name)
			}
		}
		if _, err := Read(bytes.NewReader(bad)); err == nil || !strings.Contains(err.Error(), "possibly_same_as[0]") {
			t.Errorf("%s: Read accepted it or did not name the field: %v", tt.name, err)
		}
	}
	text := string(render(t, possibleReport(), "text", WriteOptions{}))
	flat := strings.Join(strings.Fields(text), " ")
	for _, w := range []string{
		"John Smith (P-21), person: 15%, below 25%, 1 path; possibly the same person as John Smith (P-22), also 15%: together 30% would reach 25% (same name and month of birth (JOHN SMITH, 1970-01); not joined: no service address in common",
		"John Smith (P-22), person: 15%, below 25%, 1 path; possibly the same person as John Smith (P-21), also 15%: together 30% would reach 25%",
	} {
		if !strings.Contains(flat, w) {
			t.Errorf("the text lacks %q:\n%s", w, text)
		}
	}
	// Not an owner of the chain: no share, no sum.
	o := Owner{Kind: "person", ID: "P-1", Low: 0.2, High: 0.2, Decision: DecisionBelow, PossiblyMore: 4,
		PossiblySameAs: []PossibleOwner{{ID: "P-2", Why: "same name and month of birth"}}}
	if got := ownerLine(o, 0.25); !strings.HasSuffix(got, "; possibly the same person as P-2, not an owner of this chain (same name and month of birth); 4 more record(s) of the same name and month of birth, not listed") {
		t.Errorf("an owner whose possible double holds nothing of the chain: %q", got)
	}
}

// TestChromiumShowsPossiblySameAs: in the HTML page as Chromium renders it,
// each John Smith's row names the other as possibly the same person, with
// "together 30% would reach 25%", and keeps its own 15%, below 25%.
func TestChromiumShowsPossiblySameAs(t *testing.T) {
	bin := chromium(t)
	dom, console := loadPage(t, bin, string(render(t, possibleReport(), "html", WriteOptions{})))
	if len(console) > 0 {
		t.Errorf("console messages:\n%s", strings.Join(console, "\n"))
	}
	for _, c := range []struct{ id, other string }{{"P-21", "P-22"}, {"P-22", "P-21"}} {
		re := regexp.MustCompile(`John Smith <code>` + c.id + `</code><br><span class="possible">possibly the same person as John Smith \(` + c.other +
			`\), also 15%: together 30% would reach 25% \(same name and month of birth [^<]*</span></td><td>person</td><td class="num">15%</td><td>below 25%</td>`)
		if n := len(re.FindAllStringIndex(dom, -1)); n != 1 {
			t.Errorf("%s's row naming %s as possibly the same person: %d match(es) of %s in the rendered DOM, want 1", c.id, c.other, n, re)
		}
	}
}

// TestLibreOfficeShowsPossiblySameAs: the "Beneficial owners" sheet as
// LibreOffice reads it has each John Smith at 15%, below 25%, and in its
// last column the other, also 15%, together 30% reaching 25%.
func TestLibreOfficeShowsPossiblySameAs(t *testing.T) {
	dir := libreOfficeCSV(t, render(t, possibleReport(), "xlsx", WriteOptions{}))
	rows := readCSV(t, filepath.Join(dir, "report-"+SheetOwners+".csv"))
	if len(rows) == 0 || cellAt(rows[0], 14) != "Possibly the same person" {
		t.Fatalf("the %s sheet's header: %q", SheetOwners, rows)
	}
	found := 0
	for _, row := range rows {
		for _, c := range []struct{ id, other string }{{"P-21", "P-22"}, {"P-22", "P-21"}} {
			if cellAt(row, 3) != "John Smith ("+c.id+")" {
				continue
			}
			found++
			want := "possibly the same person as John Smith (" + c.other + "), also 15%: together 30% would reach 25% (same name and month of birth"
			if cellAt(row, 6) != "15%" || cellAt(row, 9) != "below 25%" || !strings.HasPrefix(cellAt(row, 14), want) {
				t.Errorf("%s's row: %q, want 15%%, below 25%% and %q...", c.id, row, want)
			}
		}
	}
	if found != 2 {
		t.Errorf("%d John Smith rows in the %s sheet, want 2: %q", found, SheetOwners, rows)
	}
}
