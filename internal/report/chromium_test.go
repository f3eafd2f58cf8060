package report

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// chromium finds a Chromium binary, or skips the test.
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			if testing.Short() {
				t.Skip("short mode: headless Chromium takes a few seconds")
			}
			return p
		}
	}
	t.Skip("chromium not found: install it (apt-get install -y chromium) to run this test")
	return ""
}

// loadPage opens page in headless Chromium with no network, and returns the
// DOM after rendering and the console messages Chromium logged.
func loadPage(t *testing.T, bin, page string) (dom string, console []string) {
	t.Helper()
	return loadPageSized(t, bin, page, "")
}

// loadPageSized is loadPage in a window of size "WIDTH,HEIGHT" (Chromium's
// default when empty).
func loadPageSized(t *testing.T, bin, page, size string) (dom string, console []string) {
	t.Helper()
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
		"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir="+filepath.Join(dir, "profile"), "--enable-logging=stderr", "--v=0",
		"--dump-dom", "file://"+path)
	if size != "" {
		cmd.Args = append(cmd.Args[:len(cmd.Args)-2], "--window-size="+size, "--dump-dom", "file://"+path)
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, stderr.String())
	}
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.Contains(l, ":CONSOLE") {
			console = append(console, l)
		}
	}
	return string(out), console
}

// TestChromiumRendersHTML renders the page in headless Chromium and checks
// that the ownership graph and the findings table are in the DOM and that
// the console is silent: the page's Content-Security-Policy forbids every
// load and script, so anything reaching for the network would log an error.
func TestChromiumRendersHTML(t *testing.T) {
	bin := chromium(t)
	r := sampleReport()
	page := string(render(t, r, "html", WriteOptions{ExplorerURL: "https://etherscan.io"}))
	dom, console := loadPage(t, bin, page)
	if len(console) > 0 {
		t.Errorf("console messages:\n%s", strings.Join(console, "\n"))
	}
	checks := []struct {
		what  string
		re    string
		count int
	}{
		{"ownership graph", `<svg[^>]*class="ownership-graph"`, 1},
		{"graph nodes", `<g class="node status-`, 7},
		{"sanctioned node", `<g class="node status-sanctioned" data-id="P-7"`, 1},
		{"graph edges", `<g class="edge" `, 5},
		{"edge share label", `class="edge-label">0%–50%</text>`, 1},
		{"beneficial owners tables", `<table class="owners" id="owners-`, len(r.Owners)},
		{"beneficial owner rows", `<tr class="owner">`, 4},
		{"owner's share and decision", `<td>sanctioned person</td><td class="num">50%</td><td>beneficial owner</td><td class="num">1</td>`, 1},
		{"joined person", `Ana Lima <code>P-9</code><br><span class="cite">joined: same name and month of birth`, 1},
		{"findings table", `<table id="findings">`, 1},
		{"finding rows", `<tr class="finding sev-row-`, len(r.Findings)},
		{"critical first", `<tr class="finding sev-row-critical">`, 1},
		{"escaped name", `Kim Chol &lt;b&gt;Su&lt;/b&gt;`, -1},
		{"explorer link", `href="https://etherscan.io/address/0x90f79bf6eb2c4f870365e785982e1f101e93b906"`, -1},
		{"no injected markup", `<b>Su</b>`, 0},
		{"no script", `<script`, 0},
	}
	for _, c := range checks {
		n := len(regexp.MustCompile(c.re).FindAllStringIndex(dom, -1))
		if (c.count < 0 && n == 0) || (c.count >= 0 && n != c.count) {
			t.Errorf("%s: %d match(es) of %s in the rendered DOM, want %d", c.what, n, c.re, c.count)
		}
	}
	first := strings.Index(dom, `<tr class="finding`)
	if first < 0 || !strings.HasPrefix(dom[first:], `<tr class="finding sev-row-critical"`) {
		t.Error("the first finding row is not the critical one")
	}
}

// TestChromiumConsoleCheckWorks shows that the console check above can fail:
// a page that reaches for the network under the same policy logs errors.
func TestChromiumConsoleCheckWorks(t *testing.T) {
	bin := chromium(t)
	page := `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"></head>` +
		`<body><img src="https://example.invalid/x.png"></body></html>`
	_, console := loadPage(t, bin, page)
	if len(console) == 0 {
		t.Fatal("no console message for a blocked network load: the console check would miss errors")
	}
}

// TestChromiumFindingsFitWindow renders a report whose evidence holds a
// long unbroken base64 data URI in a 1400-pixel window and checks that no
// table is wider than the window: long values wrap inside their cells. The
// page's policy forbids scripts, so the test measures a copy without it.
func TestChromiumFindingsFitWindow(t *testing.T) {
	bin := chromium(t)
	r := sampleReport()
	r.Findings[0].Evidence = append(r.Findings[0].Evidence, Evidence{Kind: "metadata",
		Text: "tokenURI data:application/json;base64," + strings.Repeat("eyJuYW1lIjoiT1ZERUVEIiwiaW1vIjoiOTAyMDAwMyJ9", 40)})
	page := string(render(t, r, "html", WriteOptions{ExplorerURL: "https://etherscan.io"}))
	page = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`).ReplaceAllString(page, "")
	page = strings.Replace(page, "</body>", `<script>
let w = 0;
for (const t of document.querySelectorAll("table")) w = Math.max(w, t.getBoundingClientRect().right);
document.body.setAttribute("data-widths", "page=" + document.documentElement.scrollWidth + " tables=" + Math.ceil(w) + " window=" + window.innerWidth);
</script></body>`, 1)
	dom, _ := loadPageSized(t, bin, page, "1400,1000")
	m := regexp.MustCompile(`data-widths="page=(\d+) tables=(\d+) window=(\d+)"`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatal("the measuring script did not run")
	}
	pageW, tablesW, window := atoi(t, m[1]), atoi(t, m[2]), atoi(t, m[3])
	if pageW > window || tablesW > window {
		t.Errorf("page %dpx and tables %dpx wide in a %dpx window: a long value widens the page", pageW, tablesW, window)
	}
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// manyOwnersReport is sampleReport with a crowded graph: a token of 40
// holder wallets, most owned by people, fourteen by one company that also
// holds a stake in the vessel and owns, and is owned by, another (a
// cycle), with long names and share intervals.
func manyOwnersReport() *Report {
	r := sampleReport()
	tok := r.Tokens[0].Address
	for i := range 40 {
		w := fmt.Sprintf("0x%040x", 0xabc000+i)
		owner := Step{Kind: "person", ID: fmt.Sprintf("P-%03d", i), Name: fmt.Sprintf("Holder Number %d With A Rather Long Family Name", i), Low: 1, High: 1}
		if i%3 == 0 {
			owner = Step{Kind: "company", ID: "C-MANY", Name: "Many Wallets Nominee Services International Limited", Low: 0.0727, High: 0.1091}
		}
		r.Ownership = append(r.Ownership, Path{Asset: tok, Low: 0.01, High: 0.02, Ends: "person", Steps: []Step{
			{Kind: "wallet", ID: w, Low: 0.0167, High: 0.0167}, owner}})
	}
	r.Ownership = append(r.Ownership, Path{Asset: "9074729", Low: 0.25, High: 0.25, Ends: "unknown", Steps: []Step{
		{Kind: "company", ID: "C-MANY", Low: 0.25, High: 0.25}}})
	// C-MANY and C-LOOP own each other: a cycle.
	r.Ownership = append(r.Ownership, Path{Asset: tok, Low: 0.01, High: 0.01, Ends: "cycle", Steps: []Step{
		{Kind: "wallet", ID: fmt.Sprintf("0x%040x", 0xabc000), Low: 0.0167, High: 0.0167},
		{Kind: "company", ID: "C-MANY", Low: 1, High: 1},
		{Kind: "company", ID: "C-LOOP", Name: "Loop Holdings", Low: 0.6, High: 0.6},
		{Kind: "company", ID: "C-MANY", Low: 1, High: 1}}})
	return r
}

// TestChromiumGraphLabelsReadable renders a crowded ownership graph and
// measures it in the browser: no two share labels overlap, every text of
// a node fits inside its box (nothing runs over the border or under the
// next node), and the edge closing a cycle passes through no other box. The page's policy forbids scripts, so the test measures a
// copy without it.
func TestChromiumGraphLabelsReadable(t *testing.T) {
	bin := chromium(t)
	page := string(render(t, manyOwnersReport(), "html", WriteOptions{}))
	page = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy"[^>]*>`).ReplaceAllString(page, "")
	page = strings.Replace(page, "</body>", `<script>
const boxes = [...document.querySelectorAll(".edge-label")].map(e => e.getBBox());
let overlaps = 0, labels = boxes.length, overflows = 0, texts = 0;
for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
  const a = boxes[i], b = boxes[j];
  if (a.x < b.x + b.width - 0.5 && b.x < a.x + a.width - 0.5 && a.y < b.y + b.height - 2 && b.y < a.y + a.height - 2) overlaps++;
}
for (const g of document.querySelectorAll(".node")) {
  const r = g.querySelector("rect").getBBox();
  for (const tx of g.querySelectorAll("text")) {
    texts++;
    const b = tx.getBBox();
    if (b.x < r.x || b.x + b.width > r.x + r.width || b.y < r.y || b.y + b.height > r.y + r.height) overflows++;
  }
}
const rects = [...document.querySelectorAll(".node")].map(g => [g.getAttribute("data-id"), g.querySelector("rect").getBBox()]);
let cycles = 0, crossings = 0;
for (const g of document.querySelectorAll(".edge.cycle")) {
  cycles++;
  const p = g.querySelector("path"), ends = [g.getAttribute("data-from"), g.getAttribute("data-to")];
  for (let i = 1; i < 100; i++) {
    const pt = p.getPointAtLength(p.getTotalLength() * i / 100);
    for (const [id, r] of rects) if (!ends.includes(id) && pt.x > r.x && pt.x < r.x + r.width && pt.y > r.y && pt.y < r.y + r.height) crossings++;
  }
}
document.body.setAttribute("data-graph", "labels=" + labels + " overlaps=" + overlaps + " texts=" + texts + " overflows=" + overflows + " cycles=" + cycles + " crossings=" + crossings);
</script></body>`, 1)
	dom, _ := loadPageSized(t, bin, page, "1400,1000")
	m := regexp.MustCompile(`data-graph="labels=(\d+) overlaps=(\d+) texts=(\d+) overflows=(\d+) cycles=(\d+) crossings=(\d+)"`).FindStringSubmatch(dom)
	if m == nil {
		t.Fatal("the measuring script did not run")
	}
	labels, overlaps, texts, overflows := atoi(t, m[1]), atoi(t, m[2]), atoi(t, m[3]), atoi(t, m[4])
	if labels < 80 || texts < 150 {
		t.Fatalf("%d labels and %d node texts measured: the graph is not the crowded one", labels, texts)
	}
	if overlaps > 0 {
		t.Errorf("%d pair(s) of the %d share labels overlap", overlaps, labels)
	}
	if overflows > 0 {
		t.Errorf("%d of the %d node texts run outside their box", overflows, texts)
	}
	if !strings.Contains(dom, "a dashed arrow closes a cycle") {
		t.Error("the legend does not say what a dashed arrow is")
	}
	if cycles, crossings := atoi(t, m[5]), atoi(t, m[6]); cycles != 1 || crossings > 0 {
		t.Errorf("%d cycle edge(s), want 1; %d of its points inside another node's box, want none", cycles, crossings)
	}
}
