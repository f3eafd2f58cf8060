package report

import (
	"bufio"
	"cmp"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strings"
)

// htmlHolderRows caps the holders listed per token in the HTML page; the
// JSON and XLSX reports list them all.
const htmlHolderRows = 100

// writeHTML writes one self-contained page: inline CSS, no script, nothing
// fetched from the network (a Content-Security-Policy forbids it), the
// findings table first, then the ownership graph as inline SVG. Long
// unbroken values wrap inside their cells, so the tables fit the window
// and the printed page. html/template escapes every value taken from the
// report.
func writeHTML(w io.Writer, r *Report, opts WriteOptions) error {
	svg, omitted := ownershipSVG(r)
	sum := Summarize(r.Findings)
	type sevCount struct {
		Name  string
		Count int
	}
	var counts []sevCount
	for _, s := range Severities {
		counts = append(counts, sevCount{string(s), sum.BySeverity[string(s)]})
	}
	type holders struct {
		Token    Token
		Rows     []Holder
		Omitted  int
		TokenIDs bool // some holder has token ids: the table has their column
		Registry bool // the token has an identity registry: the table has its columns
	}
	var hs []holders
	for _, t := range r.Tokens {
		h := holders{Token: t, Rows: t.Holders, Registry: t.IdentityRegistry != ""}
		for _, x := range t.Holders {
			h.TokenIDs = h.TokenIDs || len(x.TokenIDs) > 0
		}
		if len(h.Rows) > htmlHolderRows {
			h.Omitted = len(h.Rows) - htmlHolderRows
			h.Rows = h.Rows[:htmlHolderRows]
		}
		hs = append(hs, h)
	}
	data := map[string]any{
		"PathGroups":      pathGroups(r),
		"Owners":          ownerTables(r),
		"R":               r,
		"Graph":           template.HTML(svg), // built by ownershipSVG, which escapes every value
		"Omitted":         omitted,
		"Summary":         sum,
		"Counts":          counts,
		"Holders":         hs,
		"HolderPositions": holderPositions(r),
		"Identity":        template.CSS(cssString(printedIdentity(r))), // each printed page's header
	}
	names := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
	}
	funcs := template.FuncMap{
		"chainid":  chainIDText,
		"entity":   func(id string) string { return stepLabel(Step{ID: id, Name: names[id]}) },
		"verified": VerifiedText,
		"idnote":   IdentityNote,
		"country":  CountryText,
		"link":     func(kind, id string) string { return explorerLink(opts.ExplorerURL, kind, id) },
		"citeNoTx": func(e Evidence) string { e.TxHash = ""; return Citation(e) }, // the transaction is linked after it
		"pct":      Percent,
		"holdPct":  holdingPercent,
		"interval": openInterval,
		"amount":   TokenAmount,
		"proxy":    proxyText,
		"path":     pathText,
		"clean":    xlsxText,
		"add1":     func(i int) int { return i + 1 },
		"sev":      func(s Severity) string { return cssName(string(s)) },
		"yesno":    yesNo,
		"join":     strings.Join,
		"what":     ownerWhat,
		"ends":     endText,
		"decision": func(o Owner) string { return ownerDecision(o, r.Options.BeneficialOwnerShare) },
		"possible": func(o Owner) []string { return possibleLines(o, r.Options.BeneficialOwnerShare) },
	}
	t, err := template.New("report").Funcs(funcs).Parse(htmlTemplate)
	if err != nil {
		return fmt.Errorf("html template: %w", err)
	}
	// Every value shows its bidi and other control characters
	// (showControls): the template has none.
	shown := &bidiWriter{w: w, controls: true}
	bw := bufio.NewWriter(shown)
	if err := t.Execute(bw, data); err != nil {
		return fmt.Errorf("html: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	return shown.flush()
}

// printedIdentity names the report on every printed page (the HTML page's
// running header, the workbook's page header): tool and version, chain,
// pinned block and its hash, and when it was generated, so that a page
// filed alone says which report it belongs to.
func printedIdentity(r *Report) string {
	s := fmt.Sprintf("%s %s audit report, %s, block %d", r.Tool.Name, r.Tool.Version, chainIDText(r.Chain), r.Chain.BlockNumber)
	if r.Chain.BlockHash != "" {
		s += " " + r.Chain.BlockHash
	}
	if r.GeneratedAt != "" {
		s += ", generated " + r.GeneratedAt
	}
	return s
}

// cssString quotes s as a CSS string whose every character other than a
// letter, digit, space or one of ,.:- is a hex escape, so that no value
// can end the string or the style sheet.
func cssString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range showBidi(s) {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == ' ', c == ',', c == '.', c == ':', c == '-':
			b.WriteRune(c)
		default:
			fmt.Fprintf(&b, "\\%x ", c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

const htmlTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="{{.R.Tool.Name}} {{.R.Tool.Version}}">
<title>Token audit report, block {{.R.Chain.BlockNumber}}</title>
<style>
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 24px; color: #1d1d1d; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid #ccc; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; }
th, td { border: 1px solid #d0d0d0; padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
td.wrap, td.wrap code { overflow-wrap: anywhere; }
th { background: #d9e1f2; position: sticky; top: 0; }
th.group { background: #eef2f9; position: static; } th.group .note { font-weight: normal; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
td code.rule { white-space: nowrap; }
code, .mono { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; }
table.meta { width: auto; } table.meta th { position: static; } table.owners { table-layout: fixed; } table.owners caption { text-align: left; font-weight: 600; margin-top: 8px; }
table.owners th, table.owners td { box-sizing: border-box; } table.owners th:nth-child(1) { width: 42%; } table.owners th:nth-child(2) { width: 18%; } table.owners th:nth-child(3) { width: 14%; } table.owners th:nth-child(4) { width: 16%; }
.badge { display: inline-block; padding: 1px 7px; border-radius: 4px; font-weight: 600; white-space: nowrap; }
.sev-critical { background: #c00000; color: #fff; } .sev-high { background: #ff6a4d; }
.sev-medium { background: #ffc000; } .sev-low { background: #9dc3e6; } .sev-info { background: #d9d9d9; }
.counts span { margin-right: 10px; }
.graph { overflow: auto; border: 1px solid #d0d0d0; padding: 4px; background: #fcfcfc; }
.ownership-graph text { font-size: 12px; } .ownership-graph .node-kind { font-size: 10px; fill: #333; }
.ownership-graph .node-id { font-size: 10px; fill: #444; font-family: ui-monospace, "DejaVu Sans Mono", monospace; }
.ownership-graph .edge-label { font-size: 11px; fill: #222; paint-order: stroke; stroke: #fcfcfc; stroke-width: 4px; }
.legend span { display: inline-block; margin-right: 14px; } .legend i { display: inline-block; width: 12px; height: 12px; border: 1.5px solid; margin-right: 4px; vertical-align: -2px; }
#findings tbody { counter-reset: finding; } tr.finding { counter-increment: finding; }
ol.evidence { margin: 0; padding-left: 3.4em; } ol.evidence li::marker { content: counter(finding) "." counter(list-item) "  "; font-size: 11px; color: #555; } .cite { color: #555; font-size: 12px; } .possible { color: #8a4b00; font-size: 12px; }
.note { color: #555; } .print-only { display: none; }
@page { size: landscape; margin: 14mm 12mm;
  @top-left { content: {{.Identity}}; font: 8px system-ui, sans-serif; color: #555; }
  @bottom-right { content: "page " counter(page) " of " counter(pages); font: 8px system-ui, sans-serif; color: #555; } }
@media print {
  body { margin: 0; font-size: 11px; } code, .mono, .cite { font-size: 10px; }
  #findings { table-layout: fixed; } #findings td code { white-space: normal; overflow-wrap: anywhere; }
  col.f-n { width: 3%; } col.f-sev { width: 7%; } col.f-rule { width: 11%; } col.f-subj { width: 10%; }
  col.f-msg { width: 26%; } col.f-ev { width: 31%; } col.f-fp { width: 12%; } #findings td code.fp { white-space: nowrap; overflow-wrap: normal; }
  #ownership-paths { table-layout: fixed; } col.p-path { width: 40%; } col.p-basis { width: 8%; } col.p-end { width: 9%; } col.p-share { width: 10%; } col.p-src { width: 33%; } th { position: static; } thead { display: table-header-group; }
  tr, li, .graph, table.owners { break-inside: avoid; } h2, h3, caption { break-after: avoid; }
  .badge, th, .legend i { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .graph { overflow: visible; border: 0; } .graph svg { max-width: 100%; height: auto; } .print-only { display: block; }
}
</style>
</head>
<body>
<h1>Token audit report</h1>
<table class="meta">
<tr><th scope="row">Tool</th><td>{{.R.Tool.Name}} {{.R.Tool.Version}} (schema {{.R.SchemaVersion}})</td></tr>
<tr><th scope="row">Generated</th><td>{{.R.GeneratedAt}}</td></tr>
<tr><th scope="row">Chain</th><td>{{.R.Chain.Source}}{{with .R.Chain.Endpoint}} {{.}}{{end}}, {{chainid .R.Chain}}</td></tr>
<tr><th scope="row">Pinned block</th><td>{{.R.Chain.BlockNumber}}{{with .R.Chain.BlockTime}} ({{.}}){{end}} {{with .R.Chain.BlockHash}}<code>{{.}}</code>{{else}}hash unknown (not given by the {{.R.Chain.Source}} input){{end}}</td></tr>
<tr><th scope="row">Thresholds</th><td>beneficial owner {{pct .R.Options.BeneficialOwnerShare}}, identification {{pct .R.Options.IdentificationShare}}, name match {{.R.Options.NameMatchThreshold}} (review from {{.R.Options.NameReviewThreshold}}), fail on {{.R.Options.FailOn}}</td></tr>
</table>

<h2 id="sources">Inputs</h2>
<p>Every finding below holds for these files, read at the block above; a file whose SHA-256 differs is another input.</p>
<table id="source-table">
<thead><tr><th>Kind</th><th>File</th><th>Format</th><th>SHA-256</th><th>Rows</th><th>List date</th></tr></thead>
<tbody>
{{range .R.Inputs}}<tr><td>{{.Kind}}</td><td class="wrap">{{.Path}}</td><td>{{.Format}}</td><td class="wrap"><code>{{.SHA256}}</code></td><td class="num">{{.Rows}}</td><td>{{.ListDate}}</td></tr>
{{else}}<tr><td colspan="6">No input file.</td></tr>
{{end}}</tbody>
</table>
{{with .R.Notes}}<h2 id="notes">Limits of this audit</h2>
<ul id="notes-list">{{range .}}<li>{{.}}</li>{{end}}</ul>
{{end}}

<h2 id="summary">Summary</h2>
<p class="counts"><strong>{{.Summary.Findings}} finding(s)</strong>{{range .Counts}} <span><span class="badge sev-{{.Name}}">{{.Name}}</span> {{.Count}}</span>{{end}}</p>
<p>{{len .R.Tokens}} token(s), {{.HolderPositions}} holder position(s), {{len .R.Assets}} asset(s), {{len .R.Entities}} entities, {{len .R.Ownership}} ownership path(s), {{len .R.Inputs}} input file(s).</p>

{{with .Owners}}<h2 id="owners">Beneficial owners</h2>
<p>Each vessel's legal chain (from its registered owner) and economic chain (through its tokens), then each token, with every owner at the top of the chain: its share added over every path (overlapping paths and cycles counted once) and whether it reaches the beneficial-owner threshold of {{pct $.R.Options.BeneficialOwnerShare}}.</p>
{{range $i, $t := .}}<table class="owners" id="owners-{{$i}}">
<caption>{{$t.Title}}: <span class="note">{{$t.Head}}</span></caption>
<thead><tr><th>Owner</th><th>What</th><th>Share</th><th>Decision</th><th>Paths</th></tr></thead>
<tbody>
{{range $t.Rows}}<tr class="owner"><td class="wrap">{{with .Name}}{{.}} {{end}}<code>{{.ID}}</code>{{with .Joined}}<br><span class="cite">joined: {{.}}</span>{{end}}{{with .Identity}}<br><span class="cite">{{.}}</span>{{end}}{{range possible .}}<br><span class="possible">{{.}}</span>{{end}}</td><td>{{what .}}</td><td class="num">{{interval .Low .High .HighOpen $.R.Options.BeneficialOwnerShare}}</td><td>{{decision .}}</td><td class="num">{{.Paths}}</td></tr>
{{else}}{{if not $t.Rest}}<tr><td colspan="5">No owner known.</td></tr>
{{end}}{{end}}{{with $t.Rest}}<tr><td colspan="5" class="note">{{.}}</td></tr>
{{end}}{{range $t.Identities}}<tr><td colspan="5" class="note">{{.}}</td></tr>
{{end}}</tbody>
</table>
{{end}}{{end}}
<h2 id="findings-heading">Findings</h2>
<table id="findings">
<colgroup><col class="f-n"><col class="f-sev"><col class="f-rule"><col class="f-subj"><col class="f-msg"><col class="f-ev"><col class="f-fp"></colgroup>
<thead><tr><th>#</th><th>Severity</th><th>Rule</th><th>Subject</th><th>Message</th><th>Evidence</th><th>Fingerprint</th></tr></thead>
<tbody>
{{range $i, $f := .R.Findings}}<tr class="finding sev-row-{{sev $f.Severity}}">
<td class="num">{{add1 $i}}</td>
<td><span class="badge sev-{{sev $f.Severity}}">{{$f.Severity}}</span></td>
<td><code class="rule">{{$f.Rule}}</code></td>
<td class="wrap">{{$f.Subject.Kind}} {{with link $f.Subject.Kind $f.Subject.ID}}<a href="{{.}}"><code>{{$f.Subject.ID}}</code></a>{{else}}<code>{{$f.Subject.ID}}</code>{{end}}</td>
<td class="wrap">{{$f.Message}}</td>
<td class="wrap">{{if $f.Evidence}}<ol class="evidence">{{range $e := $f.Evidence}}<li>{{$e.Text}}{{$c := citeNoTx $e}}{{if or $c $e.TxHash}} <span class="cite">[{{$c}}{{with $e.TxHash}}{{if $c}}, {{end}}transaction {{with link "tx" .}}<a href="{{.}}"><code>{{$e.TxHash}}</code></a>{{else}}<code>{{.}}</code>{{end}}{{end}}]</span>{{end}}</li>{{end}}</ol>{{end}}</td>
<td><code class="fp">{{$f.Fingerprint}}</code></td>
</tr>
{{else}}<tr><td colspan="7">No finding.</td></tr>
{{end}}</tbody>
</table>

<h2 id="graph">Ownership</h2>
{{if .Graph}}<p class="legend"><span><i style="background:#f8d0d0;border-color:#c00000"></i>sanctioned</span><span><i style="background:#fbe6e6;border-color:#e06666"></i>possibly sanctioned (name match or wallet tie to confirm)</span><span><i style="background:#fde3c2;border-color:#d46b08"></i>opaque</span><span><i style="background:#e4e4e4;border-color:#7f7f7f"></i>unknown</span><span><i style="background:#d5efd5;border-color:#2e7d32"></i>clean</span><span><i style="background:#d6e4f5;border-color:#2f5597"></i>asset</span> Arrows go from owner to owned, labelled with the share held; a dashed arrow closes a cycle.</p>
<p class="note print-only">Printed, the graph is scaled to the page width; the ownership paths below give every edge in words, and the HTML file shows the graph at full size.</p>
<div class="graph">{{.Graph}}</div>
{{if .Omitted}}<p class="note">{{.Omitted}} more node(s) are not drawn: the graph shows whole paths, the largest effective shares first; the paths table lists every path.</p>{{end}}
{{else}}<p class="note">No ownership path.</p>{{end}}

<h2 id="paths">Ownership paths</h2>
<p>Each vessel, then each token, with every path from it to an owner the registers name or to where they stop; "Basis" says whether the path is legal (a vessel from its registered owner up) or economic (a vessel through the tokens claiming it, a token from its holders up); "Ends at" says whether the end is a person, a company listed on a stock exchange, a state, a sanctioned party (named by a list by an identifier, or blocked by the 50% rule through such parties), one possibly sanctioned (only name matches, or listed wallets the registry or an on-chain identity ties to it, to confirm, make it so), a cycle or unknown.</p>
<table id="ownership-paths">
<colgroup><col class="p-path"><col class="p-basis"><col class="p-end"><col class="p-share"><col class="p-src"></colgroup>
<thead><tr><th>Path (holder → … → ultimate owner)</th><th>Basis</th><th>Ends at</th><th>Effective share</th><th>Sources</th></tr></thead>
{{range .PathGroups}}<tbody class="path-group">
<tr><th colspan="5" scope="rowgroup" class="group">{{.Title}}{{with .Detail}} <span class="note">{{.}}</span>{{end}}</th></tr>
{{range .Paths}}<tr><td class="wrap">{{path .}}</td><td>{{.Basis}}</td><td>{{ends .Ends}}</td><td class="num">{{interval .Low .High .HighOpen}}</td><td class="cite wrap">{{range .Steps}}{{with .Source}}{{.}}<br>{{end}}{{end}}</td></tr>
{{else}}<tr><td colspan="5">No ownership path: nothing is known of who owns it.</td></tr>
{{end}}</tbody>
{{end}}</table>

<h2 id="tokens">Tokens and holders</h2>
{{range .Holders}}<h3>{{.Token.Symbol}} <span class="note">{{.Token.Name}}, {{.Token.Standard}}, supply {{amount .Token.TotalSupply .Token.Decimals}}</span></h3>
<p>Contract {{with link "token" .Token.Address}}<a href="{{.}}">{{end}}<code>{{.Token.Address}}</code>{{if link "token" .Token.Address}}</a>{{end}}{{if or .Token.DeployBlock .Token.DeployTx}}, deployed{{with .Token.DeployBlock}} at block {{.}}{{end}}{{with .Token.DeployTx}} in transaction {{with link "tx" .}}<a href="{{.}}">{{end}}<code>{{.}}</code>{{if link "tx" .}}</a>{{end}}{{end}}{{end}}{{with .Token.Controllers}}; controlled by {{range $i, $c := .}}{{if $i}}, {{end}}{{$c.Role}} <code>{{$c.Address}}</code> ({{if $c.IsContract}}contract{{else}}key{{end}}){{end}}{{end}}.{{with .Token.Proxy}} It is an {{proxy .}}.{{end}}{{with .Token.IdentityRegistry}} Its identity registry is <code>{{.}}</code>.{{end}}</p>
<table class="holders">
<thead><tr><th>Holder</th><th>Entity</th><th>Balance (tokens)</th><th>Share</th>{{if .TokenIDs}}<th>Token ids</th>{{end}}{{if .Registry}}<th>Verified</th><th>Identity</th><th>Investor country</th>{{end}}</tr></thead>
<tbody>
{{$t := .Token}}{{$ids := .TokenIDs}}{{$reg := .Registry}}{{range .Rows}}<tr><td>{{with link "address" .Address}}<a href="{{.}}">{{end}}<code>{{.Address}}</code>{{if link "address" .Address}}</a>{{end}}</td><td>{{with .EntityID}}{{entity .}}{{end}}</td><td class="num">{{amount .Balance $t.Decimals}}</td><td class="num">{{holdPct . $t}}</td>{{if $ids}}<td>{{join .TokenIDs ", "}}</td>{{end}}{{if $reg}}<td>{{verified .}}</td><td>{{with .Identity}}<code>{{.}}</code>{{end}}{{idnote .}}</td><td>{{country .InvestorCountry}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
{{if .Omitted}}<p class="note">{{.Omitted}} more holder(s) are listed in the JSON and XLSX reports.</p>{{end}}
{{end}}

<h2 id="assets">Assets</h2>
<table id="asset-table">
<thead><tr><th>Asset</th><th>Name</th><th>IMO</th><th>Flag</th><th>Registered owner</th><th>Claimed share</th><th>In registry</th></tr></thead>
<tbody>
{{range .R.Assets}}<tr><td>{{.ID}}</td><td>{{.Name}}</td><td>{{.IMO}}</td><td>{{.Flag}}</td><td>{{with .RegisteredOwner}}{{entity .}}{{end}}</td><td class="num">{{pct .ClaimedShare}}</td><td>{{yesno .InRegistry}}</td></tr>
{{end}}</tbody>
</table>

</body>
</html>
`

// pathGroup is the ownership paths of one vessel or token, under a heading
// that names it.
type pathGroup struct {
	Title, Detail string
	Paths         []Path
}

// pathGroups groups the ownership paths by where they start: each asset in
// the report's order, with its registered owner and the tokens claiming it,
// then each token, then any path starting elsewhere. Every path is in
// exactly one group, in the report's order within it.
func pathGroups(r *Report) []pathGroup {
	byStart := map[string][]Path{}
	for _, p := range r.Ownership {
		byStart[p.Asset] = append(byStart[p.Asset], p)
	}
	names := map[string]string{}
	status := map[string]string{}
	for _, e := range r.Entities {
		names[e.ID] = e.Name
		status[e.ID] = e.Status
	}
	symbols := map[string]string{}
	for _, t := range r.Tokens {
		symbols[t.Address] = t.Symbol
	}
	var groups []pathGroup
	done := map[string]bool{}
	for _, a := range r.Assets {
		title := a.Kind + " " + a.ID
		if a.Name != "" {
			title = a.Kind + " " + a.Name + " (" + a.ID + ")"
		}
		var detail []string
		if st := status[a.ID]; st != "" {
			detail = append(detail, st) // the vessel itself listed, for one
		}
		if a.Flag != "" {
			detail = append(detail, "flag "+a.Flag)
		}
		switch {
		case !a.InRegistry:
			detail = append(detail, "not in the registry")
		case a.RegisteredOwner == "":
			detail = append(detail, "no registered owner in the registry")
		default:
			detail = append(detail, "registered owner "+stepLabel(Step{ID: a.RegisteredOwner, Name: names[a.RegisteredOwner]}))
		}
		if len(a.Tokens) > 0 {
			var ts []string
			for _, t := range a.Tokens {
				ts = append(ts, stepLabel(Step{ID: t, Name: symbols[t]}))
			}
			detail = append(detail, "claimed ("+Percent(a.ClaimedShare)+" in all) by "+strings.Join(ts, ", "))
		}
		if ends := endCounts(byStart[a.ID]); ends != "" {
			detail = append(detail, ends)
		}
		groups = append(groups, pathGroup{Title: title, Detail: strings.Join(detail, "; "), Paths: byStart[a.ID]})
		done[a.ID] = true
	}
	for _, t := range r.Tokens {
		if done[t.Address] {
			continue
		}
		var claims []string
		for _, c := range t.Claims {
			s := Percent(c.Share) + " of " + c.AssetID
			if c.TokenID != "" {
				s = "id " + c.TokenID + ": " + s
			}
			claims = append(claims, s)
		}
		detail := "claims nothing"
		if len(claims) > 0 {
			detail = "claims " + strings.Join(claims, ", ")
		}
		if ends := endCounts(byStart[t.Address]); ends != "" {
			detail += "; " + ends
		}
		groups = append(groups, pathGroup{Title: "token " + stepLabel(Step{ID: t.Address, Name: t.Symbol}), Detail: detail, Paths: byStart[t.Address]})
		done[t.Address] = true
	}
	var other []Path
	for _, p := range r.Ownership {
		if !done[p.Asset] {
			other = append(other, p)
		}
	}
	if len(other) > 0 {
		groups = append(groups, pathGroup{Title: "other paths", Paths: other})
	}
	return groups
}

// endCounts says how many paths end where, the ends a reader must look at
// first: "paths end: 1 sanctioned, 2 unknown, 5 person".
func endCounts(paths []Path) string {
	count := map[string]int{}
	var ends []string
	for _, p := range paths {
		if count[p.Ends] == 0 {
			ends = append(ends, p.Ends)
		}
		count[p.Ends]++
	}
	first := []string{StatusSanctioned, StatusPossiblySanctioned, "unknown", "cycle"}
	slices.SortFunc(ends, func(a, b string) int {
		ia, ib := slices.Index(first, a), slices.Index(first, b)
		if ia < 0 {
			ia = len(first)
		}
		if ib < 0 {
			ib = len(first)
		}
		return cmp.Or(cmp.Compare(ia, ib), cmp.Compare(a, b))
	})
	var parts []string
	for _, e := range ends {
		parts = append(parts, fmt.Sprintf("%d %s", count[e], endText(e)))
	}
	if len(parts) == 0 {
		return ""
	}
	return "paths end: " + strings.Join(parts, ", ")
}
