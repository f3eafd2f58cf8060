package verify

import (
	"crypto/sha256"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/report"
)

// TestEmbeddedReferenceInput: a reference row cited in the embedded table
// ("embedded:secrecy_jurisdictions.csv") resolves against this tool's
// embedded copy when its sha256 is the recorded one, and a row past the
// end does not; a report that used another edition is told so, its
// citations unresolved, unless --inputs gives that edition's file.
func TestEmbeddedReferenceInput(t *testing.T) {
	const path = refdata.EmbeddedPrefix + "secrecy_jurisdictions.csv"
	f, ok := refdata.EmbeddedFile(path)
	if !ok {
		t.Fatal("no embedded secrecy_jurisdictions.csv")
	}
	cite := func(text string, row int) report.Evidence {
		return report.Evidence{Kind: "input", Text: text, File: path, Sheet: path, Row: row}
	}
	rep := &report.Report{
		Inputs:   []report.Input{{Kind: "reference", Path: path, SHA256: f.SHA256, Rows: f.Rows}},
		Findings: []report.Finding{finding("OWN-SECRECY", cite("Panama", 26), cite("past the end", 99))},
	}
	res := Verify(rep, Options{})
	if len(res.Inputs) != 1 || res.Inputs[0].Status != InputOK || !strings.Contains(res.Inputs[0].Note, "embedded copy") {
		t.Errorf("inputs %+v, want the embedded copy ok", res.Inputs)
	}
	if got := reasons(res); res.Checked != 2 || res.Resolved != 1 || !strings.Contains(got["past the end"], "no row 99") {
		t.Errorf("checked %d, resolved %d, unresolved %v; want row 26 resolved, row 99 not", res.Checked, res.Resolved, got)
	}

	// Another edition: the report's sha256 is not this tool's copy.
	other := "edition,rank,jurisdiction,iso_alpha2\n" + strings.Repeat("2030,1,Nowhere,NW\n", 30)
	rep.Inputs[0].SHA256 = fmt.Sprintf("%x", sha256.Sum256([]byte(other)))
	res = Verify(rep, Options{})
	if in := res.Inputs[0]; in.Status != InputChanged || !strings.Contains(in.Note, "another edition of secrecy_jurisdictions.csv") || in.SHA256 != f.SHA256 {
		t.Errorf("input %+v, want changed: another edition, with this tool's sha256", in)
	}
	if res.Resolved != 0 || len(res.Unresolved) != 2 || !strings.Contains(res.Unresolved[0].Reason, "another edition") {
		t.Errorf("resolved %d, unresolved %+v; want both unresolved as another edition", res.Resolved, res.Unresolved)
	}
	var out strings.Builder
	if err := Write(&out, res, "text", ""); err != nil || !strings.Contains(out.String(), "  changed: reference "+path+": the report used another edition") {
		t.Errorf("text output does not say another edition (%v):\n%s", err, out.String())
	}

	// That edition's file under --inputs, by its table name.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "secrecy_jurisdictions.csv"), []byte(other), 0o644); err != nil {
		t.Fatal(err)
	}
	res = Verify(rep, Options{InputsDir: dir})
	if in := res.Inputs[0]; in.Status != InputOK || in.Found != filepath.Join(dir, "secrecy_jurisdictions.csv") {
		t.Errorf("input %+v, want the file under --inputs", in)
	}
	if got := reasons(res); res.Resolved != 1 || !strings.Contains(got["past the end"], "no row 99") {
		t.Errorf("resolved %d, unresolved %v; want row 26 of the file resolved", res.Resolved, got)
	}
}

// TestSearchedSheetCitation: a negative finding's evidence cites a sheet
// whole (no row) and says which rows were searched; verify checks that
// the first and last of them exist and cover the sheet's data rows (see
// TestSearchedRangeCoversSheet), and refuses a sheet citation that names
// no rows.
func TestSearchedSheetCitation(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wallets.csv")
	if err := os.WriteFile(path, []byte("address,holder_id\n0xa,P1\n0xb,P2\n0xc,P3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	searched := func(text string) report.Evidence {
		return report.Evidence{Kind: "registry", Text: text, File: path, Sheet: "wallets.csv"}
	}
	rep := &report.Report{
		Inputs: []report.Input{input(t, "registry", path, "")},
		Findings: []report.Finding{finding("HOLDER-UNIDENTIFIED",
			searched("searched "+path+", rows 2–4 (3 wallet rows read): none names a known holder of 0xd"),
			searched("searched "+path+", row 3 (1 wallet row read): none names a known holder of 0xe"),
			searched("searched "+path+", rows 2–9 (8 wallet rows read): none names a known holder of 0xf"),
			searched("no rows named"),
		)},
	}
	res := Verify(rep, Options{})
	got := reasons(res)
	if res.Checked != 6 || res.Resolved != 3 || len(got) != 3 {
		t.Errorf("checked %d, resolved %d, unresolved %v; want 6, 3 and 3", res.Checked, res.Resolved, got)
	}
	if why := got["searched "+path+", row 3 (1 wallet row read): none names a known holder of 0xe"]; !strings.Contains(why, "row 2 and row 4 not searched") {
		t.Errorf("row 3 of a sheet of data rows 2–4: %q", why)
	}
	if why := got["searched "+path+", rows 2–9 (8 wallet rows read): none names a known holder of 0xf"]; !strings.Contains(why, "no row 9") {
		t.Errorf("rows 2–9 of a sheet ending at row 4: %q", why)
	}
	if why := got["no rows named"]; !strings.Contains(why, "names no rows searched") {
		t.Errorf("a sheet cited without rows: %q", why)
	}
}

// TestSearchedSheetTextHostile: the rows a searched sheet's text names are
// checked only when the text is about the file and sheet cited and names
// rows as the rules write them: a first row from 1, a last after it. A
// number too large, a range backwards, a row 0 or another file named in
// the text are unresolved, not checked at the one row that parses.
func TestSearchedSheetTextHostile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "wallets, row 3 (x).csv")
	other := filepath.Join(dir, "other.csv")
	for _, p := range []string{path, other} {
		if err := os.WriteFile(p, []byte("address,holder_id\n0xa,P1\n0xb,P2\n0xc,P3\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	searched := func(text string) report.Evidence {
		return report.Evidence{Kind: "registry", Text: text, File: path, Sheet: filepath.Base(path)}
	}
	for _, c := range []struct {
		text   string
		reason string // "": resolves
	}{
		{"searched " + path + ", rows 2–4 (3 wallet rows read): none names a known holder of 0xd", ""},
		{"searched " + path + ", row 3 (1 wallet row read): none names a known holder of 0xd", "the search covers row 3 of"},
		{"searched " + path + ", rows 2–99999999999999999999 (3 wallet rows read): none", "not rows from a first to a later last"},
		{"searched " + path + ", rows 4–2 (3 wallet rows read): none", "not rows from a first to a later last"},
		{"searched " + path + ", rows 0–3 (3 wallet rows read): none", "not rows from a first to a later last"},
		{"searched " + path + ", rows 3–3 (1 wallet row read): none", "not rows from a first to a later last"},
		{"searched " + path + ", row 0 (1 wallet row read): none", "not rows from a first to a later last"},
		{"searched " + path + ", rows 2–999999999 (3 wallet rows read): none", "no row 999999999"},
		{"searched " + other + ", rows 2–4 (3 wallet rows read): none names a known holder of 0xd", "names another file or sheet than the one it cites"},
		{"searched " + path + ", sheet wallets, rows 2–4 (3 wallet rows read): none", "names another file or sheet than the one it cites"},
		{"searched " + path + "x, rows 2–4 (3 wallet rows read): none", "names another file or sheet than the one it cites"},
	} {
		rep := &report.Report{
			Inputs:   []report.Input{input(t, "registry", path, "")},
			Findings: []report.Finding{finding("HOLDER-UNIDENTIFIED", searched(c.text))},
		}
		res := Verify(rep, Options{})
		got := reasons(res)
		switch {
		case c.reason == "" && (len(got) != 0 || res.Resolved == 0):
			t.Errorf("%s: resolved %d, unresolved %v; want resolved", c.text, res.Resolved, got)
		case c.reason != "" && (len(res.Unresolved) != 1 || !strings.Contains(got[c.text], c.reason)):
			t.Errorf("%s: resolved %d, unresolved %v; want one saying %q", c.text, res.Resolved, got, c.reason)
		}
	}
}

// FuzzSearchedRows: the rows a searched sheet's text names are read back
// as internal/rules writes them (first and last, or one row), and from
// any other text either rows from 1, a first and a later last, of the
// file and sheet cited, or a reason; never a panic.
func FuzzSearchedRows(f *testing.F) {
	f.Add("reg.xlsx", "wallets", "searched reg.xlsx, sheet wallets, rows 2–41 (40 wallet rows read): none", 2, 41)
	f.Add("w.csv", "w.csv", "searched w.csv, row 3 (1 wallet row read): none", 3, 3)
	f.Add("a, row 3 (x).csv", "a, row 3 (x).csv", "searched a, row 3 (x).csv, rows 2–99999999999999999999 (", 1, 0)
	f.Add("", "", "searched , rows 0–0 (", 0, 0)
	f.Fuzz(func(t *testing.T, file, sheet, text string, first, last int) {
		ev := report.Evidence{Kind: "registry", File: file, Sheet: sheet, Text: text}
		rows, why := searchedRows(ev)
		where := file
		if sheet != "" && sheet != filepath.Base(file) {
			where += ", sheet " + sheet
		}
		switch {
		case why == "" && (len(rows) == 0 || len(rows) > 2 || rows[0] < 1 || len(rows) == 2 && rows[1] <= rows[0]):
			t.Fatalf("%q: rows %v", text, rows)
		case why == "" && !strings.HasPrefix(text, "searched "+where+", "):
			t.Fatalf("%q: rows %v of a text about another file or sheet than %q", text, rows, where)
		case why != "" && rows != nil:
			t.Fatalf("%q: rows %v and %q", text, rows, why)
		}
		if first < 1 || last < first {
			return
		}
		written := fmt.Sprintf("searched %s, rows %d–%d (%d wallet rows read): none", where, first, last, last-first+1)
		want := []int{first, last}
		if first == last {
			written, want = fmt.Sprintf("searched %s, row %d (1 wallet row read): none", where, first), []int{first}
		}
		ev.Text = written
		if rows, why := searchedRows(ev); why != "" || !slices.Equal(rows, want) {
			t.Fatalf("%q: rows %v (%s), want %v", written, rows, why, want)
		}
	})
}

// TestEmbeddedPathOutside: an embedded input's name is looked for only
// under --inputs by its base name and among this tool's tables: a report
// naming embedded:../secret.csv, or an absolute path after the prefix,
// reads no file outside --inputs, even with that file's sha256.
func TestEmbeddedPathOutside(t *testing.T) {
	dir, inputs := t.TempDir(), t.TempDir()
	secret := filepath.Join(dir, "secret.csv")
	if err := os.WriteFile(secret, []byte("iso_alpha2,name\nPA,Panama\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(inputs, secret)
	if err != nil {
		t.Fatal(err)
	}
	sum := fmt.Sprintf("%x", sha256.Sum256([]byte("iso_alpha2,name\nPA,Panama\n")))
	for _, path := range []string{"embedded:" + rel, "embedded:" + secret, "embedded:../secret.csv", "embedded:", "embedded:.."} {
		for _, d := range []string{"", inputs} {
			rep := &report.Report{Inputs: []report.Input{{Kind: "reference", Path: path, SHA256: sum, Rows: 1}},
				Findings: []report.Finding{finding("JURISDICTION-SECRECY", report.Evidence{Kind: "registry", File: path, Sheet: "secret.csv", Row: 2, Column: "name"})}}
			res := Verify(rep, Options{InputsDir: d})
			if in := res.Inputs[0]; in.Status == InputOK || in.Found == secret {
				t.Errorf("%s, --inputs %q: input %+v: read outside --inputs", path, d, in)
			}
			if res.Resolved != 0 {
				t.Errorf("%s, --inputs %q: %d citations resolved", path, d, res.Resolved)
			}
		}
	}
}

// TestInputNotARegularFile: an input a report names at a device or pipe
// (/dev/zero, endless) is not read: it is missing, and its citations
// unresolved, where hashing it never ended. Likewise an embedded table's
// name found under --inputs /dev.
func TestInputNotARegularFile(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here:", err)
	}
	for _, c := range []struct{ path, dir string }{{"/dev/zero", ""}, {"embedded:zero", "/dev"}} {
		rep := &report.Report{Inputs: []report.Input{{Kind: "registry", Path: c.path, SHA256: strings.Repeat("0", 64), Rows: 1}},
			Findings: []report.Finding{finding("HOLDER-UNIDENTIFIED", report.Evidence{Kind: "registry", File: c.path, Sheet: "zero", Row: 2, Column: "a"})}}
		done := make(chan *Result, 1)
		go func() { done <- Verify(rep, Options{InputsDir: c.dir}) }()
		select {
		case res := <-done:
			if in := res.Inputs[0]; in.Status != InputMissing || res.Resolved != 0 || len(res.Unresolved) != 1 {
				t.Errorf("%s: input %+v, resolved %d, unresolved %+v; want missing, its citation unresolved", c.path, in, res.Resolved, res.Unresolved)
			}
		case <-time.After(time.Minute):
			t.Fatalf("%s: verify reads it without end", c.path)
		}
	}
}
