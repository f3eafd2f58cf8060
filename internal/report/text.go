package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// textWidth is the column the text format wraps at.
const textWidth = 80

// ANSI colours of the severity headings in the text format.
var severityANSI = map[Severity]string{
	Critical: "\x1b[1;97;41m",
	High:     "\x1b[1;31m",
	Medium:   "\x1b[1;33m",
	Low:      "\x1b[1;36m",
	Info:     "\x1b[1;37m",
}

const ansiReset = "\x1b[0m"

// writeText writes a summary, then the findings grouped by severity, worst
// first, wrapped to 80 columns. Values from inputs lose their control
// characters so that a report cannot drive the terminal.
func writeText(w io.Writer, r *Report, opts WriteOptions) error {
	return writeTextWith(w, r, opts, false)
}

// WriteSummary writes the text format's heading (chain, inputs, tokens,
// counts) and one entry per critical and high finding, with its message but
// without its evidence, then the count of the findings left out. It is what
// a person reads first; the text format has everything.
func WriteSummary(w io.Writer, r *Report, opts WriteOptions) error {
	return writeTextWith(w, r, opts, true)
}

func writeTextWith(w io.Writer, r *Report, opts WriteOptions, summary bool) error {
	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }
	line := func(indent, text string) {
		for _, l := range wrap(clean(text), textWidth-utf8.RuneCountInString(indent)) {
			p("%s%s\n", indent, l)
		}
	}
	bold := func(s string) string {
		if opts.Color {
			return "\x1b[1m" + s + ansiReset
		}
		return s
	}

	p("%s\n", bold(clean(fmt.Sprintf("%s %s audit report", r.Tool.Name, r.Tool.Version))))
	if r.GeneratedAt != "" {
		p("generated %s, schema %s\n", clean(r.GeneratedAt), clean(r.SchemaVersion))
	}
	chainLine := fmt.Sprintf("chain: %s", r.Chain.Source)
	if r.Chain.Endpoint != "" {
		chainLine += " " + r.Chain.Endpoint
	}
	chainLine += fmt.Sprintf(", %s, block %d", chainIDText(r.Chain), r.Chain.BlockNumber)
	if r.Chain.BlockTime != "" {
		chainLine += " (" + r.Chain.BlockTime + ")"
	}
	line("", chainLine)
	if r.Chain.BlockHash != "" {
		line("", "block hash: "+r.Chain.BlockHash)
	} else {
		line("", "block hash: unknown (not given by the "+r.Chain.Source+" input)")
	}
	if len(r.Inputs) > 0 {
		p("inputs:\n")
		for _, in := range r.Inputs {
			s := fmt.Sprintf("%s %s: %d rows", in.Kind, in.Path, in.Rows)
			if in.ListDate != "" {
				s += ", list date " + in.ListDate
			}
			s += ", sha256 " + in.SHA256
			line("  ", s)
		}
	}
	line("", fmt.Sprintf("audited: %d token(s), %d holder position(s), %d asset(s), %d entities, %d ownership path(s)",
		len(r.Tokens), holderPositions(r), len(r.Assets), len(r.Entities), len(r.Ownership)))
	for _, t := range r.Tokens {
		line("  ", fmt.Sprintf("%s %s, supply %s, %d holder(s)",
			strings.Join(strings.Fields(t.Standard+" "+tokenNaming(t)), " "), t.Address, TokenAmount(t.TotalSupply, t.Decimals), len(t.Holders)))
		if t.Proxy != nil {
			line("    ", "proxy: "+proxyText(t.Proxy))
		}
	}

	for _, n := range r.Notes {
		line("", "note: "+n)
	}

	sum := Summarize(r.Findings)
	counts := make([]string, 0, len(Severities))
	for _, s := range Severities {
		if n := sum.BySeverity[string(s)]; n > 0 {
			counts = append(counts, fmt.Sprintf("%d %s", n, s))
		}
	}
	p("\n")
	if sum.Findings == 0 {
		p("%s\n", bold("findings: none"))
	} else {
		p("%s\n", bold(fmt.Sprintf("findings: %d (%s)", sum.Findings, strings.Join(counts, ", "))))
	}
	writeOwnersText(p, line, bold, r)

	for _, sev := range Severities {
		if summary && sev.Rank() < High.Rank() {
			if left := findingsBelow(r.Findings, High); left > 0 {
				p("\n%d finding(s) below high severity are in the full report\n", left)
			}
			return bw.Flush()
		}
		var group []int // indexes into r.Findings: a finding's number is its index + 1
		for i, f := range r.Findings {
			if f.Severity == sev {
				group = append(group, i)
			}
		}
		if len(group) == 0 {
			continue
		}
		heading := fmt.Sprintf("%s (%d)", strings.ToUpper(string(sev)), len(group))
		if opts.Color {
			heading = severityANSI[sev] + heading + ansiReset
		}
		p("\n%s\n", heading)
		for _, fi := range group {
			f := r.Findings[fi]
			p("\n")
			line("  ", fmt.Sprintf("%s  %s", f.Rule, subjectText(f.Subject)))
			line("    ", f.Message)
			if summary {
				continue
			}
			// Each item is numbered finding.item, as the HTML and XLSX
			// reports number it, so that a memo can cite it.
			for j, e := range f.Evidence {
				text := e.Text
				if c := Citation(e); c != "" {
					text += " [" + c + "]"
				}
				num := fmt.Sprintf("%d.%d", fi+1, j+1)
				indent := strings.Repeat(" ", len(num)+1)
				lines := wrap(clean(text), textWidth-5-len(indent))
				for i, l := range lines {
					if i == 0 {
						p("    %s %s\n", num, l)
					} else {
						p("    %s%s\n", indent, l)
					}
				}
			}
			line("    ", fmt.Sprintf("finding %d, fingerprint %s", fi+1, f.Fingerprint))
		}
	}
	// Findings of an unknown severity are still shown, last.
	var other []Finding
	for _, f := range r.Findings {
		if f.Severity.Rank() < 0 {
			other = append(other, f)
		}
	}
	if len(other) > 0 {
		p("\nOTHER (%d)\n", len(other))
		for _, f := range other {
			p("\n")
			line("  ", fmt.Sprintf("%s  %s  severity %q", f.Rule, subjectText(f.Subject), f.Severity))
			line("    ", f.Message)
		}
	}
	return bw.Flush()
}

// wrap splits text into lines of at most width runes, breaking at spaces;
// a word longer than width (an address, a hash) gets a line of its own.
func wrap(text string, width int) []string {
	words := strings.Fields(text)
	if len(words) == 0 {
		return []string{""}
	}
	var lines []string
	cur, n := "", 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		switch {
		case n == 0:
			cur, n = w, wl
		case n+1+wl <= width:
			cur, n = cur+" "+w, n+1+wl
		default:
			lines = append(lines, cur)
			cur, n = w, wl
		}
	}
	return append(lines, cur)
}

// findingsBelow counts the findings of a known severity below sev.
func findingsBelow(fs []Finding, sev Severity) int {
	n := 0
	for _, f := range fs {
		if r := f.Severity.Rank(); r >= 0 && r < sev.Rank() {
			n++
		}
	}
	return n
}

// tokenNaming is "SYMBOL (Name)", or whichever of the two the token has,
// or "" (a token read from a transfer export has neither).
func tokenNaming(t Token) string {
	switch {
	case t.Symbol != "" && t.Name != "":
		return t.Symbol + " (" + t.Name + ")"
	case t.Symbol != "":
		return t.Symbol
	case t.Name != "":
		return "(" + t.Name + ")"
	}
	return ""
}
