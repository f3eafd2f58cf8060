package verify

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/tokenaudit/audit/internal/report"
)

// Formats lists the output formats of Write.
var Formats = []string{"text", "json"}

// SchemaVersion is the schema_version of Write's JSON (verify --format
// json), major.minor. It changes only when that layout changes incompatibly
// (a field removed, renamed or changing meaning: a new major); fields may be
// added within a major version.
const SchemaVersion = "1.0"

// jsonResult is Write's JSON: schema_version and tool_version, then the
// fields of Result.
type jsonResult struct {
	SchemaVersion string `json:"schema_version"`
	ToolVersion   string `json:"tool_version"`
	*Result
}

// Write prints res as text (a summary, each input not as audited, each
// unresolved citation with its finding and why) or as indented JSON, one
// object starting with schema_version (SchemaVersion) and tool_version
// (the version of the tool writing it), then the fields of res.
func Write(w io.Writer, res *Result, format, toolVersion string) error {
	if format == "json" {
		b, err := json.MarshalIndent(jsonResult{SchemaVersion: SchemaVersion, ToolVersion: toolVersion, Result: res}, "", "  ")
		if err != nil {
			return err
		}
		_, err = w.Write(append(b, '\n'))
		return err
	}
	if format != "text" {
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
	}
	var b strings.Builder
	if res.Report != "" {
		fmt.Fprintf(&b, "report %s: %d finding(s)\n", res.Report, res.Findings)
	}
	fmt.Fprintf(&b, "inputs: %d ok, %d changed, %d missing\n", res.Count(InputOK), res.Count(InputChanged), res.Count(InputMissing))
	for _, in := range res.Inputs {
		switch in.Status {
		case InputChanged:
			if in.Note != "" {
				fmt.Fprintf(&b, "  changed: %s %s: %s\n", in.Kind, in.Path, in.Note)
				break
			}
			fmt.Fprintf(&b, "  changed: %s %s (read at %s: sha256 %s, the report recorded %s); %d finding(s) cite it\n", in.Kind, in.Path, in.Found, in.SHA256, in.Recorded, in.CitedBy)
		case InputOK:
			switch {
			case in.Note != "":
				fmt.Fprintf(&b, "  ok: %s %s: %s\n", in.Kind, in.Path, in.Note)
			case in.Found != in.Path:
				fmt.Fprintf(&b, "  ok: %s %s (read at %s)\n", in.Kind, in.Path, in.Found)
			default:
				fmt.Fprintf(&b, "  ok: %s %s\n", in.Kind, in.Path)
			}
		case InputMissing:
			fmt.Fprintf(&b, "  missing: %s %s\n", in.Kind, in.Path)
		}
	}
	fmt.Fprintf(&b, "citations: %d checked, %d resolved, %d unresolved\n", res.Checked, res.Resolved, len(res.Unresolved))
	if res.Count(InputChanged) > 0 {
		fmt.Fprintf(&b, "(a resolved citation names a file, sheet, row and column, or list entry, that exists; in a changed input the value there may differ from the report's)\n")
	}
	if res.InText > 0 {
		fmt.Fprintf(&b, "%d of them in the text of ownership paths (path evidence, ownership[].steps[].source)\n", res.InText)
	}
	if res.ExportSteps > 0 {
		fmt.Fprintf(&b, "%d ownership step(s) rebuilt from a transfer export not checked: the export is an input, found, but the holdings they state are not rebuilt from it\n", res.ExportSteps)
	}
	if res.Chain > 0 {
		fmt.Fprintf(&b, "%d chain citation(s) not checked: %s\n", res.Chain, res.ChainNote)
	}
	if n := res.Node; n != nil {
		if n.Pinned == "" {
			fmt.Fprintf(&b, "node %s: chain %d, with the pinned block\n", n.Endpoint, n.ChainID)
		} else {
			fmt.Fprintf(&b, "node %s: chain %d: %s\n", n.Endpoint, n.ChainID, n.Pinned)
		}
		if sum := n.Balances + n.States + n.Transfers + n.TxOnly + n.BlockOnly; sum > 0 {
			fmt.Fprintf(&b, "%d chain citation(s) resolve on the node:\n", sum)
			for _, row := range []struct {
				n    int
				what string
			}{
				{n.Balances, "balance(s) the node returns at the pinned block (balanceOf; ownerOf of each ERC-721 id; balanceOf of each ERC-1155 id), with the transaction that last changed the holding where one is cited and no later transfer of the holder up to the pinned block"},
				{n.States, "role(s), frozen account(s), issuer(s), identity registry answer(s), proxy slot(s) and privileged functions in code (eth_getCode) the node returns at the pinned block (owner(), hasRole, isAgent, isFrozen, issuer(), identityRegistry() with isVerified, identity, investorCountry, the EIP-1967 slots, the code's comparison of the calldata's selector with each function's)"},
				{n.Transfers, "transaction(s) in the block cited, successful, with the transfer or deployment the evidence gives"},
				{n.TxOnly, "transaction(s) in the block cited, successful (the text gives nothing more to check)"},
				{n.BlockOnly, "block(s) on the chain, at or before the pinned one (the state is not read: a report without the structured fields, a role known by its hash's first bytes only, an ownership step's holding of an ERC-1155 token)"},
			} {
				if row.n > 0 {
					fmt.Fprintf(&b, "  %d %s\n", row.n, row.what)
				}
			}
		}
	}
	// A file that is missing, or not an input, leaves every citation of it
	// unresolved for the same reason: one line a file says so; any other
	// reason is a line a citation, each once.
	byFile := map[string][]Unresolved{}
	var files []string
	seen := map[string]bool{}
	for _, u := range res.Unresolved {
		if u.grouped || fileLevel(u) {
			if byFile[u.Reason] == nil {
				files = append(files, u.Reason)
			}
			byFile[u.Reason] = append(byFile[u.Reason], u)
			continue
		}
		line := fmt.Sprintf("unresolved: %s %s %s: %s: %s\n", u.Rule, u.Subject.Kind, u.Subject.ID, Where(u.Evidence), u.Reason)
		if !seen[line] {
			seen[line] = true
			b.WriteString(line)
		}
	}
	for _, reason := range files {
		us := byFile[reason]
		u := us[0]
		fmt.Fprintf(&b, "unresolved: %d citation(s): %s (the first: %s %s %s, %s)\n", len(us), reason, u.Rule, u.Subject.Kind, u.Subject.ID, Where(u.Evidence))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// fileLevel reports whether u is unresolved because of its file, not its
// cell: the file is missing or is not one of the report's inputs.
func fileLevel(u Unresolved) bool {
	return u.Evidence.File != "" && (u.Reason == u.Evidence.File+" is missing" || u.Reason == u.Evidence.File+" is not one of the report's inputs")
}

// Where names what an evidence item cites: "registry.xlsx, sheet vessels,
// row 5, column IMO No.", "sdn.csv, OFAC SDN entry 23764 of 2024-05-03",
// "block 36, transaction 0x63…"; the text of any other.
func Where(ev report.Evidence) string {
	if ev.File == "" && ev.TxHash != "" {
		return fmt.Sprintf("block %d, transaction %s", ev.Block, ev.TxHash)
	}
	if ev.File == "" {
		return ev.Text
	}
	s := ev.File
	if ev.EntryID != "" || ev.List != "" {
		s += ", " + ev.List + " entry " + ev.EntryID
		if ev.ListDate != "" {
			s += " of " + ev.ListDate
		}
		return s
	}
	if ev.Sheet != "" {
		s += ", sheet " + ev.Sheet
	}
	if ev.Row != 0 {
		s += fmt.Sprintf(", row %d", ev.Row)
	}
	if ev.Column != "" {
		s += ", column " + ev.Column
	}
	return s
}
