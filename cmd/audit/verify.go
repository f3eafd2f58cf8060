package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/verify"
)

var (
	verifyFormatFlag = &cli.StringFlag{
		Name:  "format",
		Value: "text",
		Usage: "output `FORMAT`: " + strings.Join(verify.Formats, ", "),
	}
	verifyInputsFlag = &cli.StringFlag{
		Name:  "inputs",
		Usage: "look in `DIR`, by base name, for an input not found at the path the report records (the demo's audit-report/inputs)",
	}
)

// verifyCommand is 'audit verify': do an archived report's citations still
// resolve in its input files?
func verifyCommand() *cli.Command {
	return &cli.Command{
		Name:      "verify",
		Usage:     "check that an archived JSON report's inputs are unchanged and every citation resolves",
		UsageText: "audit verify REPORT.json [--inputs DIR] [--format text|json]",
		Description: "Checks each of the report's inputs[] (at its path, else under --inputs DIR by base\n" +
			"name) against its sha256, then every citation of every finding: a registry citation's\n" +
			"file is an input, its sheet, row and column (the header as written, or the JSON field\n" +
			"of a BODS statement or PSC record) exist and the cell is not empty (a row problem,\n" +
			"INPUT-ROW, may cite an empty cell); a list citation's entry id is in the list file\n" +
			"and its list date is the file's (or the list date the report's inputs record); the\n" +
			"citations an ownership path writes in its text ([FILE, sheet S, row N, column C], in\n" +
			"path evidence and ownership[].steps[].source) are checked as registry citations.\n" +
			"Chain citations need the node and are counted, not checked. Prints a summary and\n" +
			"each unresolved citation with its finding and why (those of a missing file, or of one\n" +
			"that is not an input, in one line a file with their count; JSON lists every one).\n" +
			"Exits 3 when an input is missing or changed or a citation does not resolve, 0 when\n" +
			"everything does.",
		Flags:  []cli.Flag{verifyInputsFlag, verifyFormatFlag},
		Action: runVerify,
	}
}

func runVerify(c *cli.Context) error {
	args, done, err := commandArgs(c, 1, "one REPORT.json")
	if done || err != nil {
		return err
	}
	format := c.String(verifyFormatFlag.Name)
	if format != "text" && format != "json" {
		return usageErrorf("--format %q: want one of %s", format, strings.Join(verify.Formats, ", "))
	}
	rep, err := readJSONReport(c, args[0])
	if err != nil {
		return err
	}
	res := verify.Verify(rep, verify.Options{InputsDir: c.String(verifyInputsFlag.Name)})
	res.Report = args[0]
	if err := verify.Write(c.App.Writer, res, format); err != nil {
		return err
	}
	if !res.OK() {
		return unverifiedError{res: res, hint: res.Count(verify.InputMissing) > 0 && c.String(verifyInputsFlag.Name) == ""}
	}
	return nil
}

// unverifiedError says the report did not verify: exit code 3, as findings.
// With hint, its message says how to find inputs that moved.
type unverifiedError struct {
	res  *verify.Result
	hint bool
}

func (e unverifiedError) Error() string {
	r := e.res
	msg := fmt.Sprintf("%d of %d citation(s) unresolved, %d input(s) changed, %d missing",
		len(r.Unresolved), r.Checked, r.Count(verify.InputChanged), r.Count(verify.InputMissing))
	if e.hint {
		msg += " (inputs moved? --inputs DIR looks for them there by base name)"
	}
	return msg
}

// Unwrap makes exitCode map it to 3, as it does findings.
func (e unverifiedError) Unwrap() error { return findingsError{} }
