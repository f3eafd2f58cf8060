package main

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/report"
)

// renderCommand is 'audit render': rebuild any report format from an
// archived JSON report.
func renderCommand() *cli.Command {
	return &cli.Command{
		Name:      "render",
		Usage:     "re-render an archived JSON report as " + strings.Join(report.Formats, ", "),
		UsageText: "audit render REPORT.json [--format " + strings.Join(report.Formats, "|") + "] [--out PATH] [--explorer URL]",
		Description: "Reads a JSON report written by 'audit scan' or 'audit demo' (or - for standard input),\n" +
			"checks it (schema_version, required fields, known severities and statuses, amounts as\n" +
			"decimal strings, summary counts agreeing with the findings; each problem named by its JSON\n" +
			"path) and writes it in --format to stdout or --out. The output is byte for byte what the\n" +
			"audit would have written in that format directly.",
		Flags:  []cli.Flag{formatFlag, outFlag, explorerFlag},
		Action: runRender,
	}
}

func runRender(c *cli.Context) error {
	args, done, err := commandArgs(c, 1, "one REPORT.json")
	if done || err != nil {
		return err
	}
	if err := outNotInput(outPath(c), args[0]); err != nil {
		return err
	}
	format, err := outputFormat(c)
	if err != nil {
		return err
	}
	r, err := readJSONReport(c, args[0])
	if err != nil {
		return err
	}
	return writeReport(c, r, format)
}

// errHelpShown stops a command after positionalArgs printed its help for a
// --help found among the arguments; the command then returns err (nil when
// the help was printed).
type errHelpShown struct{ err error }

func (e errHelpShown) Error() string { return "help shown" }

// readJSONReport reads a JSON report from path, or from standard input for
// "-"; a terminal on standard input is a usage error rather than a wait for
// a report typed in.
func readJSONReport(c *cli.Context, path string) (*report.Report, error) {
	if path == "-" {
		if f, ok := c.App.Reader.(*os.File); ok && isTerminal(f) {
			return nil, usageErrorf("%s: standard input (-) is a terminal: pipe a JSON report into it ('audit scan ... --format json | audit diff OLD.json -')", c.Command.Name)
		}
		r, err := report.Read(c.App.Reader)
		if err != nil {
			return nil, fmt.Errorf("standard input: %w", err)
		}
		return r, nil
	}
	r, err := report.ReadFile(path)
	if err != nil {
		if what := otherOutput(path); what != "" {
			return nil, fmt.Errorf("%s: not a report but the JSON output of 'audit %s' (a report is what 'audit scan --format json' writes)", path, what)
		}
	}
	return r, err
}

// outputKeys are top-level keys that only the JSON output of each command
// named (docs/json-outputs.md) has, not a report.
var outputKeys = []struct{ command, key string }{
	{"holders", "block_hash"},
	{"screen", "results"},
	{"registry check", "problems"},
	{"verify", "unresolved"},
	{"diff", "new_findings"},
}

// otherOutput names the command whose JSON output the file at path is,
// when it is one with a schema_version (a report refused for the fields
// it lacks: the message should say what it is), "" otherwise.
func otherOutput(path string) string {
	f, err := os.Open(path)
	if err != nil {
		return ""
	}
	defer f.Close()
	var top map[string]json.RawMessage
	if json.NewDecoder(f).Decode(&top) != nil || top["schema_version"] == nil || top["generated_at"] != nil {
		return ""
	}
	for _, o := range outputKeys {
		if top[o.key] != nil {
			return o.command
		}
	}
	return ""
}

// commandArgs returns the command's n positional arguments, read by
// positionalArgs (what names them in the usage error when there are not n);
// done is true when --help was asked for and shown, with err what showing it
// gave.
func commandArgs(c *cli.Context, n int, what string) (args []string, done bool, err error) {
	args, err = positionalArgs(c)
	if h, ok := err.(errHelpShown); ok {
		return nil, true, h.err
	} else if err != nil {
		return nil, false, err
	}
	if len(args) != n {
		return nil, false, usageErrorf("%s: want %s, got %d argument(s) (see 'audit %s --help')", c.Command.Name, what, len(args), c.Command.Name)
	}
	return args, false, nil
}

// positionalArgs returns the command's positional arguments, accepting this
// command's flags after them too ('audit render r.json --format xlsx'):
// urfave/cli stops at the first argument, so the flags found among the
// arguments are set on the context here.
func positionalArgs(c *cli.Context) ([]string, error) {
	known := map[string]cli.Flag{}
	for _, f := range c.Command.Flags {
		for _, n := range f.Names() {
			known[n] = f
		}
	}
	var args []string
	rest := c.Args().Slice()
	if raw, ok := c.App.Metadata[rawArgsKey].([]string); ok && !slices.Contains(rest, "--") {
		// A "--" before the first argument was taken by the flag parser:
		// what follows it is positional ('audit registry check -- -odd.csv').
		if i := slices.Index(raw, "--"); i >= 0 && len(raw)-i-1 == len(rest) {
			return rest, nil
		}
	}
	for i := 0; i < len(rest); i++ {
		a := rest[i]
		if a == "--" {
			return append(args, rest[i+1:]...), nil
		}
		if a == "-" || !strings.HasPrefix(a, "-") {
			args = append(args, a)
			continue
		}
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if name == "help" || name == "h" {
			return nil, errHelpShown{cli.ShowSubcommandHelp(c)}
		}
		flag, ok := known[name]
		if !ok {
			return nil, usageErrorf("unknown flag %s (see 'audit %s --help')", a, c.Command.Name)
		}
		if _, isBool := flag.(*cli.BoolFlag); isBool && !hasValue {
			value, hasValue = "true", true
		}
		if !hasValue {
			if i+1 >= len(rest) {
				return nil, usageErrorf("%s needs a value (see 'audit %s --help')", a, c.Command.Name)
			}
			i++
			value = rest[i]
		}
		if err := c.Set(name, value); err != nil {
			return nil, usageErrorf("%s %q: not a valid value: %v (see 'audit %s --help')", a, value, err, c.Command.Name)
		}
	}
	return args, nil
}
