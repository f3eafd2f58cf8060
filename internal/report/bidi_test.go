package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestBidiControlsShown: a name holding a right-to-left override (or
// another bidi control) is shown with the control written out in the text,
// HTML and XLSX reports, so that it cannot read as something else ("Kim
// Chol \u202eUS" showing as "Kim Chol SU"); the JSON keeps it as read.
func TestBidiControlsShown(t *testing.T) {
	r := sampleReport()
	const name = "Kim Chol \u202eUS\u202c \u2067x\u2069"
	const shown = "Kim Chol ⟨U+202E⟩US⟨U+202C⟩ ⟨U+2067⟩x⟨U+2069⟩"
	r.Findings[0].Message = "owned by " + name
	r.Entities[0].Name = name
	for _, format := range []string{"text", "html"} {
		out := string(render(t, r, format, WriteOptions{}))
		if strings.ContainsAny(out, "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") {
			t.Errorf("%s: a bidi control reached the report", format)
		}
		if !strings.Contains(out, shown) {
			t.Errorf("%s: %q not shown", format, shown)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(render(t, r, "xlsx", WriteOptions{})))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, sheet := range f.GetSheetList() {
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range rows {
			for _, cell := range row {
				if strings.ContainsRune(cell, '\u202e') {
					t.Errorf("sheet %s: a bidi control in cell %q", sheet, cell)
				}
				found = found || strings.Contains(cell, shown)
			}
		}
	}
	if !found {
		t.Errorf("xlsx: no cell shows %q", shown)
	}
	if js := string(render(t, r, "json", WriteOptions{})); !strings.Contains(js, name) {
		t.Error("json: the name is not kept as read")
	}
}

// TestBidiWriterSplitWrites: a bidi control cut between two writes is
// still shown, and every other character passes through unchanged.
func TestBidiWriterSplitWrites(t *testing.T) {
	in := "a\u202eb é ☃ 😀 \u2069"
	for size := 1; size <= 5; size++ {
		var out bytes.Buffer
		w := &bidiWriter{w: &out}
		for i := 0; i < len(in); i += size {
			w.Write([]byte(in[i:min(i+size, len(in))]))
		}
		if err := w.flush(); err != nil {
			t.Fatal(err)
		}
		if want := showBidi(in); out.String() != want {
			t.Errorf("writes of %d bytes: %q, want %q", size, out.String(), want)
		}
	}
}

// TestHTMLControlsShown: a control character in a value (a BEL in the tool
// version, an escape in a name) reaches the HTML report written out as its
// code point, never raw; the template's own tabs and line ends stay.
func TestHTMLControlsShown(t *testing.T) {
	r := sampleReport()
	r.Tool.Version = "1.0\a"
	r.Entities[0].Name = "Kim\x1b[31m Chol\u0085"
	out := string(render(t, r, "html", WriteOptions{}))
	if i := strings.IndexFunc(out, hiddenControl); i >= 0 {
		t.Errorf("a control character %q reached the HTML at byte %d", out[i], i)
	}
	for _, want := range []string{"1.0⟨U+0007⟩", "Kim⟨U+001B⟩[31m Chol⟨U+0085⟩"} {
		if !strings.Contains(out, want) {
			t.Errorf("the HTML does not show %q", want)
		}
	}
	if !strings.Contains(out, "\n") {
		t.Error("the HTML lost its line ends")
	}
}
