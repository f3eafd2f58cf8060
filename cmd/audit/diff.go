package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/report"
)

var diffFormatFlag = &cli.StringFlag{
	Name:  "format",
	Value: "text",
	Usage: "diff `FORMAT`: " + strings.Join(report.DeltaFormats, ", "),
}

// diffCommand is 'audit diff': what changed between two audits.
func diffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "show what changed between two JSON reports: findings, holders, balances, owners",
		UsageText: "audit diff OLD.json NEW.json [--format text|json] [--fail-on SEVERITY]",
		Description: "Compares two JSON reports: input files added, removed or changed (by content:\n" +
			"the same file renamed or moved is no change); new, resolved and changed findings (by\n" +
			"fingerprint; changed is a new severity, message or evidence, input files compared by\n" +
			"content, not name or folder, and a fact read at each report's pinned block not changed\n" +
			"by that block number alone); holders added and removed and balances changed (by token\n" +
			"and address); controllers added or removed (by token, role and address: a new owner,\n" +
			"agent or admin); token proxies changed (kind, the implementation it runs, admin,\n" +
			"beacon: a beacon upgraded between the two scans); entities whose status or name changed; ownership paths (by basis,\n" +
			"legal or economic, and the ids passed through) added, removed or with a new effective\n" +
			"share; and beneficial owners added, removed or with a new share, decision or possible\n" +
			"doubles (possibly_same_as: one listed or no longer, its share or the two added up; not\n" +
			"compared when one report has none: a warning says so). The text lists as changes only\n" +
			"those that cross a decision, and counts apart, in one line per asset, the moves that\n" +
			"cross none (an owner of the same decision, end and possible doubles before and after,\n" +
			"below or at or above the threshold alike; a path of the same end and decision); the\n" +
			"JSON (docs/json-outputs.md: schema_version, tool_version, then every list) lists every\n" +
			"change. Warns when the reports are of\n" +
			"different chains, when one does not know its chain (a transfers export), when NEW is at\n" +
			"an older block than OLD, when both are at one block number with different block hashes\n" +
			"(a reorganisation), and when they were written with other thresholds or audit other\n" +
			"tokens. Exits 3 when a new finding reaches --fail-on (default high), or a changed one\n" +
			"rose to it. Either report may be - for standard input\n" +
			"('audit scan ... --format json | audit diff OLD.json -'), never a terminal.",
		Flags:  []cli.Flag{diffFormatFlag, failOnFlag},
		Action: runDiff,
	}
}

func runDiff(c *cli.Context) error {
	args, done, err := commandArgs(c, 2, "OLD.json and NEW.json")
	if done || err != nil {
		return err
	}
	threshold, err := report.ParseSeverity(c.String(failOnFlag.Name))
	if err != nil {
		return usageErrorf("--fail-on: %v", err)
	}
	format := c.String(diffFormatFlag.Name)
	if format != "text" && format != "json" {
		return usageErrorf("--format %q: want one of %s", format, strings.Join(report.DeltaFormats, ", "))
	}
	if args[0] == "-" && args[1] == "-" {
		return usageErrorf("diff: only one of OLD.json and NEW.json can be standard input")
	}
	old, err := readJSONReport(c, args[0])
	if err != nil {
		return err
	}
	new, err := readJSONReport(c, args[1])
	if err != nil {
		return err
	}
	d := report.Diff(old, new)
	if format == "json" {
		// The text form prints them in its header.
		for _, w := range d.Warnings {
			fmt.Fprintf(c.App.ErrWriter, "audit: warning: %s\n", termText(w))
		}
	}
	if format == "json" {
		err = writeDiffJSON(c.App.Writer, d)
	} else {
		err = report.WriteDelta(c.App.Writer, d, format)
	}
	if err != nil {
		return err
	}
	return errFindings(d.NewAtLeast(threshold), threshold)
}

// diffSchemaVersion is the schema_version of diff --format json
// (diffOutput), major.minor. It changes only when that layout changes
// incompatibly (a field removed, renamed or changing meaning: a new major);
// fields may be added within a major version, as report.Delta gains them.
const diffSchemaVersion = "1.0"

// diffOutput is the JSON form of diff: schema_version and tool_version
// (this tool's; old and new name each report's), then the fields of
// report.Delta.
type diffOutput struct {
	SchemaVersion string `json:"schema_version"`
	ToolVersion   string `json:"tool_version"`
	report.Delta
}

// writeDiffJSON writes d as report.WriteDelta's JSON does (two-space
// indentation, no HTML escaping, a final newline) under schema_version and
// tool_version.
func writeDiffJSON(w io.Writer, d report.Delta) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(diffOutput{SchemaVersion: diffSchemaVersion, ToolVersion: version, Delta: d})
}
