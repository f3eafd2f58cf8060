package main

import (
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/report"
)

var diffFormatFlag = &cli.StringFlag{
	Name:  "format",
	Value: "text",
	Usage: "diff format: " + strings.Join(report.DeltaFormats, ", "),
}

// diffCommand is 'audit diff': what changed between two audits.
func diffCommand() *cli.Command {
	return &cli.Command{
		Name:      "diff",
		Usage:     "show what changed between two JSON reports: findings, holders, balances, owners",
		UsageText: "audit diff OLD.json NEW.json [--format text|json] [--fail-on SEVERITY]",
		Description: "Compares two JSON reports: new and resolved findings (by fingerprint), holders added\n" +
			"and removed and balances changed (by token and address), entities whose status or name\n" +
			"changed and ownership paths added, removed or with a new effective share. Exits 3 when a\n" +
			"new finding reaches --fail-on (default high).",
		Flags:  []cli.Flag{diffFormatFlag, failOnFlag},
		Action: runDiff,
	}
}

func runDiff(c *cli.Context) error {
	args, err := positionalArgs(c)
	if h, ok := err.(errHelpShown); ok {
		return h.err
	} else if err != nil {
		return err
	}
	if len(args) != 2 {
		return usageErrorf("diff: want OLD.json and NEW.json, got %d argument(s) (see 'audit diff --help')", len(args))
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
	if err := report.WriteDelta(c.App.Writer, d, format); err != nil {
		return err
	}
	return errFindings(d.NewAtLeast(threshold), threshold)
}
