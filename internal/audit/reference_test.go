package audit

import (
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/report"
)

// TestEmbeddedListingsAreInputs: a row of an embedded reference table is
// cited as an input row (file and sheet embedded:NAME, its row), its text
// naming what the table is compiled from, and each embedded table a
// finding cites, once, is among the report's inputs with the sha256 and
// rows of the embedded copy; a table no finding cites is not.
func TestEmbeddedListingsAreInputs(t *testing.T) {
	ref := reference(refdata.Default())
	pa := ref.Listings["secrecy:PA"]
	if len(pa) != 1 {
		t.Fatalf("secrecy listings of PA: %+v", pa)
	}
	const path = refdata.EmbeddedPrefix + "secrecy_jurisdictions.csv"
	if ev := pa[0]; ev.Kind != "input" || ev.File != path || ev.Sheet != path || ev.Row != 26 ||
		!strings.Contains(ev.Text, "compiled from Tax Justice Network Financial Secrecy Index") || !strings.Contains(ev.Text, "jurisdiction Panama") {
		t.Errorf("Panama's listing %+v, want input evidence at %s row 26", ev, path)
	}
	findings := []report.Finding{{Evidence: pa}, {Evidence: append(ref.Listings["secrecy:VG"], ref.Listings["foc:PA"]...)}}
	in := referenceInputs(refdata.Default(), findings)
	want, _ := refdata.EmbeddedFile("secrecy_jurisdictions.csv")
	if len(in) != 2 || in[0].Path != path || in[0].Kind != "reference" || in[0].SHA256 != want.SHA256 || in[0].Rows != 25 ||
		!strings.Contains(in[0].Format, "Financial Secrecy Index 2022") || in[1].Path != refdata.EmbeddedPrefix+"flags_of_convenience.csv" {
		t.Errorf("inputs %+v, want the embedded secrecy and flags-of-convenience tables once each", in)
	}
	if in := referenceInputs(refdata.Default(), nil); len(in) != 0 {
		t.Errorf("inputs of a report citing no table: %+v", in)
	}
}
