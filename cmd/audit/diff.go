package main

import (
	"fmt"
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
		Description: "Compares two JSON reports: new, resolved and changed findings (by fingerprint;\n" +
			"changed is a new severity, message or evidence, input files compared by content, not\n" +
			"name or folder, and a fact read at each report's pinned block not changed by that block\n" +
			"number alone), holders added and removed and balances changed (by token and address),\n" +
			"controllers added or removed (by token, role and address: a new owner, agent or admin),\n" +
			"entities whose status or name changed, ownership paths (by basis, legal or economic, and\n" +
			"the ids passed through) added, removed or with a new effective share, and beneficial\n" +
			"owners added, removed or with a new share, decision or possible doubles (possibly_same_as:\n" +
			"one listed or no longer, its share or the two added up) (not compared when one report\n" +
			"has none: a warning says so). Warns when the reports are\n" +
			"of different chains, when one does not know its chain (a transfers export), when NEW is\n" +
			"at an older block than OLD, and when both are at one block number with different block\n" +
			"hashes (a reorganisation). Exits 3 when a new finding reaches --fail-on (default high),\n" +
			"or a changed one rose to it. Either report may be - for standard input\n" +
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
	if err := report.WriteDelta(c.App.Writer, d, format); err != nil {
		return err
	}
	return errFindings(d.NewAtLeast(threshold), threshold)
}
