package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

func render(t *testing.T, r *Report, format string, opts WriteOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, r, format, opts); err != nil {
		t.Fatalf("Write %s: %v", format, err)
	}
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	r := sampleReport()
	explorer := WriteOptions{ExplorerURL: "https://etherscan.io"}
	tests := []struct {
		name   string
		format string
		opts   WriteOptions
	}{
		{"report.txt", "text", WriteOptions{}},
		{"report-color.txt", "text", WriteOptions{Color: true}},
		{"report.json", "json", WriteOptions{}},
		{"report.html", "html", explorer},
		{"report.xlsx.txt", "xlsx", explorer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(t, r, tt.format, tt.opts)
			if tt.format == "xlsx" {
				got = []byte(dumpXLSX(t, got))
			}
			golden(t, tt.name, got)
		})
	}
}

// dumpXLSX writes every cell of every sheet as "A1 type value", with the
// sheet's frozen panes, filter and hyperlinks, for golden comparison.
func dumpXLSX(t *testing.T, data []byte) string {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("opening workbook: %v", err)
	}
	defer f.Close()
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sheet)
		panes, err := f.GetPanes(sheet)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "frozen=%v ysplit=%d\n", panes.Freeze, panes.YSplit)
		rows, err := f.GetRows(sheet, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		for i, row := range rows {
			for j, v := range row {
				if v == "" {
					continue
				}
				cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
				typ, err := f.GetCellType(sheet, cell)
				if err != nil {
					t.Fatal(err)
				}
				kind := "s"
				if typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset {
					kind = "n"
				}
				if formula, _ := f.GetCellFormula(sheet, cell); formula != "" {
					kind = "FORMULA"
				}
				fmt.Fprintf(&b, "%s %s %q", cell, kind, v)
				if ok, link, _ := f.GetCellHyperLink(sheet, cell); ok {
					fmt.Fprintf(&b, " -> %s", link)
				}
				b.WriteString("\n")
			}
		}
	}
	return b.String()
}

// TestRenderFromJSON checks that a report read back from its JSON renders
// byte for byte as the original, in every format: what "audit render" does.
func TestRenderFromJSON(t *testing.T) {
	r := sampleReport()
	js := render(t, r, "json", WriteOptions{})
	back, err := Read(bytes.NewReader(js))
	if err != nil {
		t.Fatal(err)
	}
	opts := WriteOptions{ExplorerURL: "https://etherscan.io"}
	for _, format := range Formats {
		a := render(t, r, format, opts)
		b := render(t, back, format, opts)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: rendering the JSON read back differs from the direct output", format)
		}
		c := render(t, r, format, opts)
		if !bytes.Equal(a, c) {
			t.Errorf("%s: two renderings of the same report differ", format)
		}
	}
}

func TestWriteUnknownFormat(t *testing.T) {
	err := Write(&bytes.Buffer{}, sampleReport(), "pdf", WriteOptions{})
	if err == nil || !strings.Contains(err.Error(), "text, json, xlsx, html") {
		t.Fatalf("got %v, want an error listing the formats", err)
	}
}

func TestTextLayout(t *testing.T) {
	r := sampleReport()
	plain := string(render(t, r, "text", WriteOptions{}))
	for i, l := range strings.Split(plain, "\n") {
		// A single word longer than the width (none here) may overflow.
		if n := utf8.RuneCountInString(l); n > textWidth {
			t.Errorf("line %d has %d columns: %q", i+1, n, l)
		}
	}
	if strings.ContainsRune(plain, '\x1b') {
		t.Error("plain text contains an escape character (from the input or colour)")
	}
	colored := string(render(t, r, "text", WriteOptions{Color: true}))
	if !strings.Contains(colored, "\x1b[1;97;41mCRITICAL (1)\x1b[0m") {
		t.Error("coloured text lacks the coloured CRITICAL heading")
	}
	// Severity groups appear worst first.
	order := []string{"CRITICAL (1)", "HIGH (2)", "MEDIUM (2)", "LOW (1)", "INFO (1)"}
	last := -1
	for _, h := range order {
		i := strings.Index(plain, "\n"+h+"\n")
		if i < 0 || i < last {
			t.Fatalf("heading %q missing or out of order", h)
		}
		last = i
	}
}

func TestXLSXValuesStayText(t *testing.T) {
	r := sampleReport()
	data := render(t, r, "xlsx", WriteOptions{})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, ",") != strings.Join(Sheets, ",") {
		t.Fatalf("sheets %v, want %v", got, Sheets)
	}
	tests := []struct {
		sheet, cell, want string
		number            bool
	}{
		{SheetTokens, "C2", `=HYPERLINK("http://evil","Pacific Star")`, false}, // name from the chain
		{SheetHolders, "D2", "+x", false},                                      // entity id of the largest holder
		{SheetAssets, "C3", "-x GHOST", false},
		{SheetOwnership, "D4", "@x Nominees & Co (C-300)", false},
		{SheetHolders, "H2", "0.45", true},                      // share as a number
		{SheetHolders, "F2", "450000000000000000000000", false}, // too large for a float: exact text
		{SheetTokens, "F3", "2", true},                          // DEED supply fits a float
		{SheetOwnership, "G3", "0.5", true},
	}
	for _, tt := range tests {
		v, err := f.GetCellValue(tt.sheet, tt.cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if v != tt.want {
			t.Errorf("%s!%s = %q, want %q", tt.sheet, tt.cell, v, tt.want)
		}
		if formula, _ := f.GetCellFormula(tt.sheet, tt.cell); formula != "" {
			t.Errorf("%s!%s is a formula %q", tt.sheet, tt.cell, formula)
		}
		typ, _ := f.GetCellType(tt.sheet, tt.cell)
		isNum := typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset
		if isNum != tt.number {
			t.Errorf("%s!%s: number=%v, want %v (type %v)", tt.sheet, tt.cell, isNum, tt.number, typ)
		}
	}
	widths := []struct {
		sheet, col string
		min        float64
	}{
		{SheetFindings, "F", 40}, // message: long, wraps
		{SheetHolders, "C", 42},  // a full address
		{SheetSources, "C", 64},  // a full SHA-256
		{SheetSummary, "A", 30},  // "Beneficial-ownership threshold"
	}
	for _, w := range widths {
		got, err := f.GetColWidth(w.sheet, w.col)
		if err != nil || got < w.min {
			t.Errorf("%s column %s width %v, want at least %v (%v)", w.sheet, w.col, got, w.min, err)
		}
	}
	// Severity cells are filled with the severity's colour.
	for cell, sev := range map[string]Severity{"B2": Critical, "B3": High, "B8": Info} {
		id, _ := f.GetCellStyle(SheetFindings, cell)
		st, err := f.GetStyle(id)
		if err != nil || len(st.Fill.Color) == 0 || st.Fill.Color[0] != severityColor[sev] {
			t.Errorf("Findings!%s (%s) fill %+v, want %s", cell, sev, st.Fill, severityColor[sev])
		}
	}
	for _, sheet := range Sheets {
		panes, err := f.GetPanes(sheet)
		if err != nil || !panes.Freeze || panes.YSplit != 1 {
			t.Errorf("%s: header row not frozen (%+v, %v)", sheet, panes, err)
		}
		style, err := f.GetCellStyle(sheet, "A1")
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(style)
		if err != nil || st.Font == nil || !st.Font.Bold {
			t.Errorf("%s: header A1 is not bold", sheet)
		}
	}
}

func TestFinalizeOrder(t *testing.T) {
	r := sampleReport()
	var got []string
	for _, f := range r.Findings {
		got = append(got, string(f.Severity)+" "+f.Rule)
	}
	want := []string{"critical SANC-OWNER", "high ASSET-OVERCLAIMED", "high HOLDER-UNIDENTIFIED",
		"medium CONTRACT-SINGLE-KEY", "medium INPUT-ROW", "low OWN-SECRECY", "info VESSEL-FOC"}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("findings order\n got %v\nwant %v", got, want)
	}
	if r.Tokens[0].Address > r.Tokens[1].Address {
		t.Error("tokens not sorted by address")
	}
	h := r.Tokens[0].Holders
	if h[0].Balance != "450000000000000000000000" || h[2].Balance != "150000000000000000000000" {
		t.Errorf("holders not sorted by balance, largest first: %v", h)
	}
	if r.Summary.Findings != 7 || r.Summary.Worst != "critical" || r.Summary.BySeverity["medium"] != 2 {
		t.Errorf("summary %+v", r.Summary)
	}
	// Finalize is idempotent and independent of the input order.
	a := render(t, r, "json", WriteOptions{})
	shuffled := sampleReport()
	for i, j := 0, len(shuffled.Findings)-1; i < j; i, j = i+1, j-1 {
		shuffled.Findings[i], shuffled.Findings[j] = shuffled.Findings[j], shuffled.Findings[i]
	}
	shuffled.Entities[0], shuffled.Entities[3] = shuffled.Entities[3], shuffled.Entities[0]
	Finalize(shuffled)
	if b := render(t, shuffled, "json", WriteOptions{}); !bytes.Equal(a, b) {
		t.Error("finalizing a shuffled report gives different JSON")
	}
}

// TestRead reads the sample report's JSON, and edited copies of it that
// Read must refuse with the JSON path of what is wrong.
func TestRead(t *testing.T) {
	good := string(render(t, sampleReport(), "json", WriteOptions{}))
	edit := func(old, new string) string {
		if !strings.Contains(good, old) {
			t.Fatalf("the sample JSON lacks %s", old)
		}
		return strings.Replace(good, old, new, 1)
	}
	tests := []struct {
		name, in, err string
	}{
		{"ok", good, ""},
		{"byte order mark", "\ufeff" + good, ""},
		{"later minor with a new field", edit(`"schema_version": "1.0",`, `"schema_version": "1.7", "new_field": {"a": [1, null]},`), ""},
		{"other major", `{"schema_version":"2.0"}`, "not supported"},
		{"no version", `{"findings":[]}`, "no schema_version"},
		{"not json", `<html>`, `decoding report: not a JSON report: it starts with "<html>"; give the report.json`},
		{"a CSV", "id,name\nC1,Harbour\n", `not a JSON report: it starts with "id,name"`},
		{"bad JSON", "{\n  \"schema_version\": \"1.0\",\n  \"x\": ,\n}", "not valid JSON at line 3, column 8: invalid character ','"},
		{"empty", " \n", "empty input"},
		{"trailing", good + ` {}`, "unexpected data"},
		{"version alone", `{"schema_version":"1.0"}`, "invalid report: tool: missing; generated_at: missing; chain: missing;"},
		{"an array", `[1]`, "the report: an array, want an object"},
		{"missing field", edit(`"fingerprint": "`, `"fingerprint_": "`), "findings[0].fingerprint: missing"},
		{"null list", edit(`"findings": [`, `"findings": null, "x": [`), "findings: null, want an array"},
		{"null object", edit(`"subject": {`, `"subject": null, "x": {`), "findings[0].subject: null, want an object"},
		{"number for a string", edit(`"balance": "450000000000000000000000"`, `"balance": 450000`), "tokens[0].holders[0].balance: a number, want a string"},
		{"string for a number", edit(`"chain_id": 1337`, `"chain_id": "1337"`), "chain.chain_id: a string, want a number"},
		{"unknown severity", edit(`"severity": "critical"`, `"severity": "catastrophic"`), `findings[0].severity: "catastrophic" is not one of critical, high, medium, low, info`},
		{"balance not a number", edit(`"balance": "450000000000000000000000"`, `"balance": "abc"`), `tokens[0].holders[0].balance: "abc" is not a decimal integer`},
		{"fractional balance", edit(`"balance": "450000000000000000000000"`, `"balance": "4.5"`), `tokens[0].holders[0].balance: "4.5" is not a decimal integer`},
		{"supply", edit(`"total_supply": "`, `"total_supply": "-`), `tokens[0].total_supply: "-`},
		{"negative share", edit(`"share": 0.45`, `"share": -0.45`), "tokens[0].holders[0].share: -0.45 is negative"},
		{"path step high below low", edit(`"high": 0.1,`, `"high": 0.09,`), "ownership[0].steps[0].high: 0.09 is below low 0.1"},
		{"uppercase address", edit(`"address": "0x90f79bf6eb2c4f870365e785982e1f101e93b906"`, `"address": "0x90F79bf6eb2c4f870365e785982e1f101e93b906"`), "tokens[0].holders[0].address:"},
		{"entity status", edit(`"status": "opaque"`, `"status": "weird"`), `.status: "weird" is not one of sanctioned, possibly-sanctioned, opaque, unknown, clean`},
		{"chain source", edit(`"source": "embedded"`, `"source": "moon"`), `chain.source: "moon"`},
		{"generated_at", edit(`"generated_at": "2026-11-23T00:00:00Z"`, `"generated_at": "yesterday"`), `generated_at: "yesterday" is not an RFC 3339 time`},
		{"fingerprint", edit(`"fingerprint": "`, `"fingerprint": "x`), `findings[0].fingerprint: "x`},
		{"summary count", edit(`"findings": 7,`, `"findings": 3,`), "summary.findings: 3, but findings has 7"},
		{"summary severity", edit(`"critical": 1,`, `"critical": 2,`), "summary.by_severity.critical: 2, but findings has 1"},
		{"summary worst", edit(`"worst": "critical"`, `"worst": "low"`), `summary.worst: "low", but the worst finding is "critical"`},
		{"escaped key", edit(`"tool": {`, `"\u0074ool": {`), ""},
		{"escaped other key", edit(`"tool": {`, `"tool\u0073": {`), "invalid report: tool: missing"},
		{"field given twice", edit(`"findings": [`, `"findings": [], "findings": [`), "invalid report: findings: given twice"},
		{"field in another case", edit(`"findings": [`, `"FINDINGS": [], "findings": [`), `invalid report: FINDINGS: the field is "findings": field names are case-sensitive`},
		{"field folding to another", edit(`"tool": {`, `"\u017Fchema_ver\u017Fion": "1.0", "tool": {`), `the field is "schema_version"`},
		{"map key given twice", edit(`"critical": 1,`, `"critical": 1, "critical": 1,`), "summary.by_severity.critical: given twice"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			if tt.err == "" && err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Fatalf("got %v, want an error containing %q", err, tt.err)
			}
		})
	}
}

func TestHTMLEscapes(t *testing.T) {
	page := string(render(t, sampleReport(), "html", WriteOptions{}))
	if strings.Contains(page, "<b>Su</b>") {
		t.Error("an entity name's markup reached the page unescaped")
	}
	if !strings.Contains(page, "Kim Chol &lt;b&gt;Su&lt;/b&gt;") {
		t.Error("the escaped entity name is missing")
	}
	for _, bad := range []string{"<script", "<link", "src=", "@import", "url(http", "href=\"http"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q", bad)
		}
	}
}

// TestHTMLContent checks what the HTML page shows beyond the findings: the
// findings come before the ownership graph, transaction hashes link to the
// explorer as in the XLSX, tokens show their deployment, and ERC-721
// holders their token ids.
func TestHTMLContent(t *testing.T) {
	r := sampleReport()
	var tx string
	for _, tk := range r.Tokens {
		tx += tk.DeployTx // one token has a known deployment transaction
	}
	page := string(render(t, r, "html", WriteOptions{ExplorerURL: "https://etherscan.io"}))
	if f, g := strings.Index(page, `<table id="findings">`), strings.Index(page, `<h2 id="graph">`); f < 0 || g < 0 || f > g {
		t.Errorf("findings table at %d, ownership graph at %d: want the findings first", f, g)
	}
	wants := []string{
		// Evidence of HOLDER-UNIDENTIFIED cites the transaction, linked.
		`[block 212, transaction <a href="https://etherscan.io/tx/` + tx + `"><code>` + tx + `</code></a>]`,
		`deployed at block 2 in transaction <a href="https://etherscan.io/tx/` + tx + `"><code>` + tx + `</code></a>`,
		"deployed at block 3.",
		`<th>Token ids</th>`,
		`<td class="num">50%</td><td>2</td></tr>`,
		`overflow-wrap: anywhere`,
	}
	for _, w := range wants {
		if !strings.Contains(page, w) {
			t.Errorf("the page lacks %s", w)
		}
	}
	if n := strings.Count(page, `<th>Token ids</th>`); n != 1 {
		t.Errorf("%d token id columns, want 1 (the ERC-20 token has none)", n)
	}
	plain := string(render(t, r, "html", WriteOptions{}))
	if !strings.Contains(plain, `transaction <code>`+tx+`</code>]`) || strings.Contains(plain, "/tx/") {
		t.Error("without --explorer the transaction should be shown without a link")
	}
}

// TestSummariesCountHolders checks that the HTML and XLSX summaries give
// the holder positions, as the text report does.
func TestSummariesCountHolders(t *testing.T) {
	r := sampleReport()
	want := 0
	for _, tk := range r.Tokens {
		want += len(tk.Holders)
	}
	for format, line := range map[string]string{
		"text": fmt.Sprintf("%d holder position(s)", want),
		"html": fmt.Sprintf("token(s), %d holder position(s),", want),
		"xlsx": fmt.Sprintf("s \"Holder positions\"\nB19 n \"%d\"", want),
	} {
		got := render(t, r, format, WriteOptions{})
		if format == "xlsx" {
			got = []byte(dumpXLSX(t, got))
		}
		if !strings.Contains(string(got), line) {
			t.Errorf("the %s summary lacks %q", format, line)
		}
	}
}

// TestDocsListSheets checks that the README's Formats section and
// docs/report.md name every sheet of the workbook, in order.
func TestDocsListSheets(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	formats := string(readme)
	if i := strings.Index(formats, "`xlsx` ("); i >= 0 {
		formats = formats[i:]
		formats, _, _ = strings.Cut(formats, "sheets")
	}
	if want := strings.Join(Sheets, ", "); strings.Join(strings.Fields(formats), " ") != "`xlsx` ("+want {
		t.Errorf("README lists the sheets as %q, want %s", formats, want)
	}
	doc, err := os.ReadFile("../../docs/report.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, sh := range Sheets {
		if !strings.Contains(string(doc), "\n| "+sh+" |") {
			t.Errorf("docs/report.md has no row for the %s sheet", sh)
		}
	}
}

func TestHelpers(t *testing.T) {
	amounts := []struct {
		bal  string
		dec  uint8
		want string
	}{
		{"1500000000000000000", 18, "1.5"},
		{"1", 18, "0.000000000000000001"},
		{"1000000000000000000000000", 18, "1000000"},
		{"42", 0, "42"},
		{"not a number", 2, "not a number"},
	}
	for _, a := range amounts {
		if got := TokenAmount(a.bal, a.dec); got != a.want {
			t.Errorf("TokenAmount(%s, %d) = %s, want %s", a.bal, a.dec, got, a.want)
		}
	}
	floats := []struct {
		bal string
		ok  bool
	}{{"9007199254740992", true}, {"9007199254740993", false}, {"-1", false}, {"x", false}, {"0", true}}
	for _, f := range floats {
		if _, ok := exactFloat(f.bal); ok != f.ok {
			t.Errorf("exactFloat(%s) ok = %v, want %v", f.bal, ok, f.ok)
		}
	}
	if got := interval(0.25, 0.5); got != "25%–50%" {
		t.Errorf("interval = %q", got)
	}
	if got := openInterval(0.5, 0.625, true); got != "50%–under 62.5%" {
		t.Errorf("openInterval = %q", got)
	}
	if got := openInterval(0, 0.25, false); got != "0%–25%" {
		t.Errorf("openInterval closed = %q", got)
	}
	if got := explorerLink("https://etherscan.io/", "wallet", "0x70997970c51812dc3a010c7d01b50e0d17dc79c8"); got != "https://etherscan.io/address/0x70997970c51812dc3a010c7d01b50e0d17dc79c8" {
		t.Errorf("explorerLink = %q", got)
	}
	if got := explorerLink("https://etherscan.io", "wallet", "javascript:alert(1)"); got != "" {
		t.Errorf("explorerLink made a link of a non-address: %q", got)
	}
}

func openXLSX(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("opening workbook: %v", err)
	}
	return f
}

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"red \x1b[31mALERT\x1b[0m", "red ALERT"},
		{"title \x1b]0;pwned\x07done", "title done"},
		{"a\tb\nc\rd\x00e", "a b cde"},
	}
	for _, tt := range tests {
		if got := clean(tt.in); got != tt.want {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriteAtomicFailure checks that a write that fails leaves the file
// that was there as it was, and no temporary file beside it; the writer's
// own error (an input that went bad) comes back as it was given, not as a
// failure to write path.
func TestWriteAtomicFailure(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "out.csv")
	if err := os.WriteFile(path, []byte("before\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	err := WriteAtomic(path, func(w io.Writer) error {
		io.WriteString(w, "half")
		return errors.New("input went bad")
	})
	if err == nil || err.Error() != "input went bad" {
		t.Errorf("error %v, want the writer's own error as it gave it", err)
	}
	if b, _ := os.ReadFile(path); string(b) != "before\n" {
		t.Errorf("file is %q after a failed write, want it unchanged", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d files in the folder, want only out.csv", len(entries))
	}
}

// TestWriteAtomicNotRegularFile: a path that is there and is not a regular
// file (a named pipe here, as /dev/null or /dev/stdout in a pipeline) is
// written into and stays what it was; renaming a temporary file over it
// turned /dev/null into a regular file when run as root.
func TestWriteAtomicNotRegularFile(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "out.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo) // blocks until WriteAtomic opens it to write
		if err != nil {
			got <- err.Error()
			return
		}
		defer f.Close()
		b, _ := io.ReadAll(f)
		got <- string(b)
	}()
	err := WriteAtomic(fifo, func(w io.Writer) error {
		_, err := io.WriteString(w, "through the pipe\n")
		return err
	})
	if err != nil {
		if w, oerr := os.OpenFile(fifo, os.O_WRONLY, 0); oerr == nil {
			w.Close() // let the reader go
		}
		t.Fatal(err)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		if w, oerr := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); oerr == nil {
			w.Close()
		}
		t.Fatalf("WriteAtomic replaced the named pipe (%v, %v)", fi.Mode(), err)
	}
	select {
	case s := <-got:
		if s != "through the pipe\n" {
			t.Errorf("the pipe received %q", s)
		}
	case <-time.After(time.Minute):
		t.Fatal("nothing came through the pipe")
	}
}

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/report.json"
	r := sampleReport()
	if err := WriteFile(path, r, "json", WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, render(t, r, "json", WriteOptions{})) {
		t.Fatalf("WriteFile wrote something else than Write (%v)", err)
	}
	// A failed write leaves neither the target nor a temporary file.
	if err := WriteFile(dir+"/bad.pdf", r, "pdf", WriteOptions{}); err == nil {
		t.Fatal("WriteFile accepted an unknown format")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("folder holds %d files after a failed write, want 1", len(entries))
	}
	// Errors name the requested path, not the temporary file (a folder
	// that cannot be made: under a file).
	missing := dir + "/bad.pdf/r.json"
	if err := os.WriteFile(dir+"/bad.pdf", nil, 0o644); err != nil {
		t.Fatal(err)
	}
	err = WriteFile(missing, r, "json", WriteOptions{})
	if want := "writing " + missing + ": not a directory"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
	os.Remove(dir + "/bad.pdf")
	sub := dir + "/sub"
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	err = WriteFile(sub, r, "json", WriteOptions{})
	if want := "writing " + sub + ": is a folder, not a file"; err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("folder holds %d files after writing to a folder, want 2", len(entries))
	}
}

func TestOwnershipGraph(t *testing.T) {
	r := sampleReport()
	// A cycle: C-200 also owns part of C-300, which owns part of C-200.
	r.Ownership = append(r.Ownership, Path{Asset: "9074729", Low: 0, High: 0.1, Ends: "cycle", Steps: []Step{
		{Kind: "company", ID: "C-100", Low: 1, High: 1},
		{Kind: "company", ID: "C-300", Low: 0.1, High: 0.1},
		{Kind: "company", ID: "C-200", Low: 0.2, High: 0.2},
		{Kind: "company", ID: "C-300", Low: 0.3, High: 0.3},
	}})
	r.Entities = append(r.Entities, Entity{Kind: "company", ID: `"><script>x</script>`, Name: "<img src=x>", Status: "weird"})
	r.Ownership = append(r.Ownership, Path{Asset: "9999999", High: 1, Ends: "unknown", Steps: []Step{{Kind: "company", ID: `"><script>x</script>`, High: 1}}})
	Finalize(r)
	svg, omitted := ownershipSVG(r)
	if omitted != 0 {
		t.Errorf("%d nodes omitted", omitted)
	}
	for _, bad := range []string{"<script", "<img"} {
		if strings.Contains(svg, bad) {
			t.Errorf("SVG contains unescaped %q", bad)
		}
	}
	if !strings.Contains(svg, `data-id="&#34;&gt;&lt;script&gt;x&lt;/script&gt;"`) {
		t.Error("a hostile id is not escaped in an attribute")
	}
	if !strings.Contains(svg, `class="node status-weird"`) || !strings.Contains(svg, "#e4e4e4") {
		t.Error("an unknown status is not drawn in the unknown colour")
	}
	if got := strings.Count(svg, `<g class="node `); got != 9 {
		t.Errorf("%d nodes, want 9", got)
	}
	// The back edge of the cycle is drawn (C-200 -> C-300 then C-300 -> C-200).
	if !strings.Contains(svg, `data-from="C-200" data-to="C-300"`) || !strings.Contains(svg, `data-from="C-300" data-to="C-200"`) {
		t.Error("cycle edges missing")
	}
	if s, _ := ownershipSVG(&Report{}); s != "" {
		t.Error("an empty report draws a graph")
	}
}

// TestHoldersStatus checks that the Holders sheet gives each holder the
// status of its registry entity, or of the wallet itself when a list names
// its address.
func TestHoldersStatus(t *testing.T) {
	r := sampleReport()
	hs := r.Tokens[0].Holders
	if len(hs) < 2 {
		t.Fatal("the sample report needs two holders of its first token")
	}
	hs[0].EntityID = "C-STATUS"
	hs[1].EntityID = ""
	r.Entities = append(r.Entities,
		Entity{Kind: "company", ID: "C-STATUS", Name: "Status Shipping", Status: "opaque"},
		Entity{Kind: "wallet", ID: strings.ToUpper(hs[1].Address[:2]) + hs[1].Address[2:], Status: "sanctioned"})
	f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	defer f.Close()
	for cell, want := range map[string]string{"E1": "Status", "E2": "opaque", "E3": "sanctioned"} {
		if v, _ := f.GetCellValue(SheetHolders, cell); v != want {
			t.Errorf("Holders!%s = %q, want %q", cell, v, want)
		}
	}
}

// TestNonFiniteShares: a share that is not a number (a zero supply upstream)
// must not break the workbook; JSON refuses it with an error, not a panic.
func TestNonFiniteShares(t *testing.T) {
	r := sampleReport()
	r.Tokens[0].Holders[0].Share = math.NaN()
	r.Assets[0].ClaimedShare = math.Inf(1)
	f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	defer f.Close()
	if v, _ := f.GetCellValue(SheetHolders, "H2"); v != "NaN" {
		t.Errorf("NaN share written as %q", v)
	}
	for _, format := range []string{"text", "html"} {
		render(t, r, format, WriteOptions{})
	}
	if err := Write(io.Discard, r, "json", WriteOptions{}); err == nil {
		t.Error("JSON accepted NaN")
	}
}

func TestSummaryKeepsCriticalAndHigh(t *testing.T) {
	r := sampleReport()
	var b strings.Builder
	if err := WriteSummary(&b, r, WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	sum := b.String()
	full := string(render(t, r, "text", WriteOptions{}))
	for _, want := range []string{"CRITICAL (1)", "HIGH (2)", "SANC-OWNER", "HOLDER-UNIDENTIFIED", "ASSET-OVERCLAIMED",
		"4 finding(s) below high severity are in the full report"} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	for _, not := range []string{"MEDIUM", "INPUT-ROW", "VESSEL-FOC", "fingerprint", "\n    - "} {
		if strings.Contains(sum, not) {
			t.Errorf("summary has %q, which belongs to the full report only", not)
		}
	}
	head := full[:strings.Index(full, "\nCRITICAL")]
	if !strings.HasPrefix(sum, head) {
		t.Errorf("summary does not start with the full report's heading")
	}
}

// TestHTMLProvenanceFirst checks that the page states what it was computed
// from before any finding: every input file with its format, SHA-256, row
// count and list date, and the limits the audit noted, which a reader of
// the findings alone would not know.
func TestHTMLProvenanceFirst(t *testing.T) {
	r := sampleReport()
	r.Notes = []string{"sanctions list sdn.csv: no alt.csv beside sdn.csv: aliases not loaded"}
	page := string(render(t, r, "html", WriteOptions{}))
	findings := strings.Index(page, `<table id="findings">`)
	for _, in := range r.Inputs {
		row := fmt.Sprintf(`<tr><td>%s</td><td class="wrap">%s</td><td>%s</td><td class="wrap"><code>%s</code></td><td class="num">%d</td><td>%s</td></tr>`,
			in.Kind, in.Path, in.Format, in.SHA256, in.Rows, in.ListDate)
		i := strings.Index(page, row)
		if i < 0 || i > findings {
			t.Errorf("input %s: row at %d, findings at %d; want it before the findings:\n%s", in.Path, i, findings, row)
		}
	}
	if i := strings.Index(page, "<li>"+r.Notes[0]+"</li>"); i < 0 || i > findings {
		t.Errorf("the audit's note at %d, findings at %d: want it shown before them", i, findings)
	}
	if strings.Contains(string(render(t, sampleReport(), "html", WriteOptions{})), `id="notes"`) {
		t.Error("a report without notes has a notes section")
	}
}

// TestHTMLPrintRules checks the print style sheet: table headers repeat on
// each page, rows and the graph are not split across pages, and the
// severity colours are printed (browsers drop backgrounds by default).
func TestHTMLPrintRules(t *testing.T) {
	page := string(render(t, sampleReport(), "html", WriteOptions{}))
	i := strings.Index(page, "@media print {")
	if i < 0 {
		t.Fatal("no print style sheet")
	}
	if !strings.Contains(page, "@page { size: landscape;") {
		t.Error("the page does not print in landscape, where the seven columns of the findings fit")
	}
	if strings.Count(page, `<colgroup>`) != 2 {
		t.Error("the findings and paths tables lack the column groups the print widths apply to")
	}
	sheet := page[i : strings.Index(page[i:], "\n}")+i]
	if !strings.Contains(sheet, ".print-only { display: block; }") || !strings.Contains(page, `<p class="note print-only">Printed, the graph is scaled`) {
		t.Error("a printout does not say that the graph is scaled and where every edge is in words")
	}
	for _, rule := range []string{"thead { display: table-header-group; }", "tr, li, .graph, table.owners { break-inside: avoid; }", ".badge, th, .legend i { print-color-adjust: exact;",
		// Fixed column widths: the automatic layout gave the findings'
		// message and evidence a sixth of a printed page each.
		"#findings { table-layout: fixed; }", "#ownership-paths { table-layout: fixed; }"} {
		if !strings.Contains(sheet, rule) {
			t.Errorf("the print style sheet lacks %q", rule)
		}
	}
}

// TestOwnershipSVGNodeText checks that each node of the graph says its
// status in words (colour is not the only signal, and a grey printout keeps
// it) and gives its id in full.
func TestOwnershipSVGNodeText(t *testing.T) {
	r := sampleReport()
	svg, _ := ownershipSVG(r)
	for _, e := range r.Entities {
		want := fmt.Sprintf(`class="node-kind">%s · %s</text>`, e.Kind, e.Status)
		if !strings.Contains(svg, want) {
			t.Errorf("entity %s: no %s in the graph", e.ID, want)
		}
	}
	for _, p := range r.Ownership {
		for _, s := range p.Steps {
			if !strings.Contains(svg, `class="node-id">`+esc(s.ID)+`</text>`) {
				t.Errorf("node %s: its id is not written in full", s.ID)
			}
		}
	}
	for _, kind := range []string{"vessel", "token"} {
		if !strings.Contains(svg, `class="node-kind">`+kind+`</text>`) {
			t.Errorf("no node of the graph says it is a %s", kind)
		}
	}
	if !strings.Contains(svg, `<title id="ownership-graph-title">`) {
		t.Error("the graph has no title for screen readers")
	}
}

// TestHTMLPathsByVessel checks that the ownership paths are shown under
// the vessel or token they start from, each heading naming the vessel, its
// status when listed, its registered owner, the tokens claiming it and how
// many paths end sanctioned, unknown or at a person, and that every path of the
// report is listed exactly once, a vessel without any path saying so.
func TestHTMLPathsByVessel(t *testing.T) {
	r := sampleReport()
	r.Ownership = append(r.Ownership, Path{Asset: "elsewhere", Low: 1, High: 1, Ends: "person",
		Steps: []Step{{Kind: "person", ID: "P-9", Name: "Ana Lima", Low: 1, High: 1}}})
	r.Entities = append(r.Entities, Entity{Kind: "vessel", ID: "9999999", Name: "-x GHOST", Status: "sanctioned"})
	page := string(render(t, r, "html", WriteOptions{}))
	start := strings.Index(page, `<table id="ownership-paths">`)
	table := page[start : start+strings.Index(page[start:], "</table>")]
	const pstar, deed = "PSTAR (0x5fbdb2315678afecb367f032d93f642f64180aa3)", "DEED (0xe7f1725e7734ce288f8367e1bb143e90bb3f0512)"
	headings := []string{
		`vessel PACIFIC STAR (9074729) <span class="note">flag MH; registered owner Pacific Star Shipping Inc. (C-100); claimed (140% in all) by ` +
			pstar + `, ` + deed + `; paths end: 1 sanctioned, 1 unknown</span>`,
		`vessel -x GHOST (9999999) <span class="note">sanctioned; not in the registry</span>`,
		`token ` + pstar + ` <span class="note">claims 40% of 9074729; paths end: 1 person</span>`,
		`token ` + deed + ` <span class="note">claims id 1: 100% of 9074729</span>`,
		`other paths</th>`,
	}
	at := -1
	for _, h := range headings {
		i := strings.Index(table, h)
		if i < 0 {
			t.Fatalf("the paths table lacks the heading %s", h)
		}
		if i < at {
			t.Errorf("heading %s out of order", h)
		}
		at = i
	}
	ghost := table[strings.Index(table, "-x GHOST"):]
	if !strings.Contains(ghost[:strings.Index(ghost, "</tbody>")], "No ownership path") {
		t.Error("the vessel without a path does not say it has none")
	}
	if got, want := strings.Count(table, `<td class="num">`), len(r.Ownership); got != want {
		t.Errorf("%d path rows, want %d (each path once)", got, want)
	}
	assets := page[strings.Index(page, `<table id="asset-table">`):]
	if !strings.Contains(assets, `<td>Pacific Star Shipping Inc. (C-100)</td>`) {
		t.Error("the assets table does not name the registered owner")
	}
	holders := page[strings.Index(page, `<table class="holders">`):]
	if !strings.Contains(holders[:strings.Index(holders, "</table>")], `</code></td><td>Pacific Star Shipping Inc. (C-100)</td>`) {
		t.Error("the holders table does not name the holder's entity")
	}
}

// TestOwnershipSVGCapKeepsWholePaths checks that a graph over the node cap
// draws whole paths, largest shares first: every drawn holder wallet is
// drawn with its owner, and the count of nodes left out is exact.
func TestOwnershipSVGCapKeepsWholePaths(t *testing.T) {
	r := sampleReport()
	tok := r.Tokens[0].Address
	for i := range maxGraphNodes {
		share := float64(i+1) / 100000
		r.Ownership = append(r.Ownership, Path{Asset: tok, Low: share, High: share, Ends: "person", Steps: []Step{
			{Kind: "wallet", ID: fmt.Sprintf("0x%040x", 0xabc000+i), Low: share, High: share},
			{Kind: "person", ID: fmt.Sprintf("P-%03d", i), Low: 1, High: 1}}})
	}
	all := map[string]bool{}
	for _, p := range r.Ownership {
		all[p.Asset] = true
		for _, s := range p.Steps {
			all[s.ID] = true
		}
	}
	svg, omitted := ownershipSVG(r)
	drawn := strings.Count(svg, `<g class="node `)
	if omitted == 0 || drawn+omitted != len(all) {
		t.Fatalf("%d nodes drawn and %d left out, of %d", drawn, omitted, len(all))
	}
	for i := range maxGraphNodes {
		wallet := fmt.Sprintf(`data-id="0x%040x"`, 0xabc000+i)
		person := fmt.Sprintf(`data-id="P-%03d"`, i)
		if strings.Contains(svg, wallet) != strings.Contains(svg, person) {
			t.Errorf("holder %d: wallet drawn %v, its owner drawn %v", i, strings.Contains(svg, wallet), strings.Contains(svg, person))
		}
	}
	if !strings.Contains(svg, fmt.Sprintf(`data-id="P-%03d"`, maxGraphNodes-1)) {
		t.Error("the owner of the largest holding is not drawn")
	}
}

// TestXLSXSummaryNotes checks that the workbook's Summary sheet lists the
// limits the audit noted (lists loaded without their alias files, ...),
// one row each, as the text and HTML reports do.
func TestXLSXSummaryNotes(t *testing.T) {
	r := sampleReport()
	r.Notes = []string{"sanctions list sdn.csv: no alt.csv beside sdn.csv: aliases not loaded", "=1+1 is text"}
	dump := dumpXLSX(t, render(t, r, "xlsx", WriteOptions{}))
	summary := dump[:strings.Index(dump, "== "+SheetFindings)]
	for _, n := range r.Notes {
		if !regexp.MustCompile(`A(\d+) s "Note"\nB(\d+) s "` + regexp.QuoteMeta(n) + `"`).MatchString(summary) {
			t.Errorf("the Summary sheet lacks the note %q:\n%s", n, summary)
		}
	}
}

// TestUnknownChainSaid checks that a report read from a transfers export,
// which gives neither chain id nor block hash (recorded as 0 and ""), says
// they are not known in the text and HTML reports instead of naming a
// chain 0 and leaving the hash blank.
func TestUnknownChainSaid(t *testing.T) {
	r := sampleReport()
	r.Chain = Chain{Source: "transfers", Endpoint: "export.csv", BlockNumber: 101}
	text := string(render(t, r, "text", WriteOptions{}))
	page := string(render(t, r, "html", WriteOptions{}))
	for format, want := range map[string][]string{
		"text": {"chain: transfers export.csv, chain id unknown, block 101\n", "block hash: unknown (not given by the transfers input)\n"},
		"html": {"transfers export.csv, chain id unknown</td>", "<td>101 hash unknown (not given by the transfers input)</td>"},
	} {
		got := map[string]string{"text": text, "html": page}[format]
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: lacks %q", format, w)
			}
		}
		if strings.Contains(got, "chain id 0") {
			t.Errorf("%s: names chain id 0", format)
		}
	}
}

// TestXLSXOwnershipHighExcluded: a path whose upper bound is excluded (a
// BODS exclusiveMaximum) says so in the Ownership sheet, as the Beneficial
// owners sheet and the HTML do; other paths leave the cell empty.
func TestXLSXOwnershipHighExcluded(t *testing.T) {
	r := sampleReport()
	r.Ownership[0].HighOpen = true
	data := render(t, r, "xlsx", WriteOptions{})
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetOwnership)
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "High excluded")
	if col < 0 {
		t.Fatalf("no High excluded column in %v", rows[0])
	}
	open, want := 0, 0
	for _, row := range rows[1:] {
		if col < len(row) && row[col] == "yes" {
			open++
		}
	}
	for _, p := range r.Ownership {
		if p.HighOpen {
			want++
		}
	}
	if open != want || want == 0 {
		t.Errorf("%d paths marked high excluded, want %d (and at least one)", open, want)
	}
}

// TestWriteAtomicUmask: a written file has the permissions the umask
// gives a new file, as one written in place would: 0644 under 022, 0600
// under 077 (a report naming sanctioned parties kept private), and no
// temporary file is left beside it.
func TestWriteAtomicUmask(t *testing.T) {
	for _, c := range []struct {
		umask int
		want  os.FileMode
	}{{0o022, 0o644}, {0o077, 0o600}} {
		dir := t.TempDir()
		old := syscall.Umask(c.umask)
		path := filepath.Join(dir, "report.json")
		err := WriteAtomic(path, func(w io.Writer) error { _, err := io.WriteString(w, "{}"); return err })
		syscall.Umask(old)
		if err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != c.want {
			t.Errorf("umask %03o: mode %v, want %v", c.umask, fi.Mode().Perm(), c.want)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 1 {
			t.Errorf("umask %03o: %d files in the folder, want the report alone", c.umask, len(entries))
		}
	}
}
