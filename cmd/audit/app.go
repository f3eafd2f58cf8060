package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// version is the tool version written into every report; release builds set
// it with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// newApp builds the command-line application. Actions return errors; main
// turns them into exit codes.
func newApp() *cli.App {
	plainFlagHelp()
	app := &cli.App{
		Name:    "audit",
		Usage:   "audit tokens that claim to own ships against registries and sanctions lists",
		Version: version,
		Description: "audit reads token contracts (ERC-20, ERC-721, ERC-1155, ERC-3643) that claim ownership\n" +
			"of real assets, reconciles their holders against vessel and company registries loaded\n" +
			"from spreadsheets, and flags sanctioned or opaque beneficial owners with evidence a\n" +
			"lawyer can cite.\n\n" +
			"Exit codes: 0 no finding at or above --fail-on; 3 findings at or above it (registry\n" +
			"check: problems; screen: a match, with --fail-on-match; diff: a new or risen finding;\n" +
			"verify: an input changed or missing, or a citation that does not resolve);\n" +
			"2 usage error; 1 any other failure; 130 or 143 stopped by an interrupt or termination\n" +
			"signal (temporary files removed).",
		Commands:             commands(),
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {},
		OnUsageError:         onUsageError,
		Before:               keepRawArgs,
		Action:               unknownCommand,
	}
	return app
}

// unknownCommand runs when no subcommand matched: help when there are no
// arguments, a usage error otherwise.
func unknownCommand(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.ShowAppHelp(c)
	}
	return usageErrorf("unknown command %q (see 'audit --help')", c.Args().First())
}

// commands is the one list of subcommands.
func commands() []*cli.Command {
	cmds := []*cli.Command{
		demoCommand(),
		scanCommand(),
		holdersCommand(),
		registryCommand(),
		screenCommand(),
		renderCommand(),
		diffCommand(),
		verifyCommand(),
		devnetCommand(),
	}
	for _, c := range cmds {
		setUsageErrors(c)
	}
	return cmds
}

func setUsageErrors(c *cli.Command) {
	c.OnUsageError = onUsageError
	for _, sub := range c.Subcommands {
		setUsageErrors(sub)
	}
}

// onUsageError rewrites the flag package's messages, which write flags with
// one dash ("invalid value "5" for flag -rpc-timeout: parse error"), as the
// user typed them, with what the flag wants and where its help is.
func onUsageError(c *cli.Context, err error, _ bool) error {
	msg := err.Error()
	help := "see 'audit --help'"
	var flags []cli.Flag
	if c != nil && c.Command != nil && c.Command.Name != "" && c.App != nil && c.Command.Name != c.App.Name {
		help = "see 'audit " + commandName(c) + " --help'"
		flags = c.Command.Flags
	} else if c != nil && c.App != nil {
		flags = c.App.Flags
	}
	if name, ok := strings.CutPrefix(msg, "flag provided but not defined: "); ok {
		return usageErrorf("unknown flag %s (%s)", dashes(name), help)
	}
	if name, ok := strings.CutPrefix(msg, "flag needs an argument: "); ok {
		return usageErrorf("%s needs a value (%s)", dashes(name), help)
	}
	if m := invalidValue.FindStringSubmatch(msg); m != nil {
		value, name := m[1], strings.TrimLeft(m[2], "-")
		want := "not a valid value"
		for _, f := range flags {
			if !slices.Contains(f.Names(), name) {
				continue
			}
			switch f.(type) {
			case *cli.DurationFlag:
				want = "want a duration such as 30s, 2m or 1h"
			case *cli.Float64Flag:
				want = "want a number"
			case *cli.UintFlag, *cli.IntFlag, *cli.Uint64Flag, *cli.Int64Flag:
				want = "want a whole number"
			case *cli.BoolFlag:
				want = "want true or false"
			}
		}
		return usageErrorf("--%s %q: %s (%s)", name, value, want, help)
	}
	return usageErrorf("%v", err)
}

// invalidValue matches the flag package's message for a value it cannot
// parse: the value and the flag.
var invalidValue = regexp.MustCompile(`^invalid (?:boolean )?value "(.*)" for (?:flag )?(-\S+?):`)

// dashes writes a flag named with the flag package's one dash as --name
// (one-letter flags keep one dash).
func dashes(flag string) string {
	name := strings.TrimLeft(flag, "-")
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// requireArgs checks the number of positional arguments.
func requireArgs(c *cli.Context, min int, what string) error {
	if c.NArg() < min {
		return usageErrorf("%s: %s (see 'audit %s --help')", c.Command.Name, what, c.Command.Name)
	}
	return nil
}

// plainFlagHelp undoes what go-ethereum's internal/flags package does to
// urfave/cli when it is linked in (through the simulated backend): it
// replaces the help line of every flag with geth's own layout, which drops
// the value names written in backquotes ("--sanctions value"), and files
// --help and --version under a MISC category. The help lines are put back
// to urfave/cli's layout: "--sanctions FILE  sanctions list FILE ...".
func plainFlagHelp() {
	cli.FlagStringer = flagHelp
	for _, f := range []cli.Flag{cli.HelpFlag, cli.VersionFlag} {
		if b, ok := f.(*cli.BoolFlag); ok {
			b.Category = ""
		}
	}
}

// flagHelp is urfave/cli's help line of a flag: its names with the value
// name the usage gives in backquotes, a tab, the usage and the default.
func flagHelp(f cli.Flag) string {
	df, ok := f.(cli.DocGenerationFlag)
	if !ok {
		return ""
	}
	placeholder, usage := "", df.GetUsage()
	if i := strings.IndexByte(usage, '`'); i >= 0 {
		if j := strings.IndexByte(usage[i+1:], '`'); j >= 0 {
			placeholder = usage[i+1 : i+1+j]
			usage = usage[:i] + placeholder + usage[i+2+j:]
		}
	}
	if df.TakesValue() && placeholder == "" {
		placeholder = "value"
	}
	if b, ok := f.(*cli.BoolFlag); !ok || !b.DisableDefaultText {
		if d := df.GetDefaultText(); d != "" {
			usage += " (default: " + d + ")"
		}
	}
	names := cli.FlagNamePrefixer(df.Names(), placeholder)
	if sf, ok := f.(cli.DocGenerationSliceFlag); ok && sf.IsSliceFlag() {
		names += " [ " + names + " ]"
	}
	return cli.FlagEnvHinter(df.GetEnvVars(), names+"\t"+strings.TrimSpace(usage))
}

// noArgs refuses positional arguments in a command that takes none. urfave/cli
// stops reading flags at the first argument, so every flag after it would be
// silently dropped. fileHint, when not empty, is added when the argument
// looks like a file name (a stray second value of a file flag).
func noArgs(c *cli.Context, fileHint string) error {
	if c.NArg() == 0 {
		return nil
	}
	arg := c.Args().First()
	msg := fmt.Sprintf("%s: unexpected argument %q (it and every flag after it were not read)", commandName(c), arg)
	if fileHint != "" && looksLikeFile(arg) {
		msg += "; " + fileHint
	}
	return usageErrorf("%s", msg)
}

// looksLikeFile reports whether a stray argument is probably a file name:
// it exists, or it has a path separator or an extension.
func looksLikeFile(arg string) bool {
	if _, err := os.Stat(arg); err == nil {
		return true
	}
	return strings.ContainsRune(arg, '/') || strings.ContainsRune(arg, os.PathSeparator) || filepath.Ext(arg) != ""
}

// noFlagArgs returns the positional arguments of a command taking what
// (FILE... or QUERY...), refusing one that starts with "-": it is a flag
// written after the first argument, which urfave/cli does not read as a
// flag. Arguments after "--" are taken as they are ('audit screen -- -5'),
// the "--" left out.
func noFlagArgs(c *cli.Context, what string) ([]string, error) {
	args := c.Args().Slice()
	free := len(args) // arguments from this index on are after "--"
	if i := slices.Index(args, "--"); i >= 0 {
		args = slices.Delete(slices.Clone(args), i, i+1)
		free = i
	} else if raw, ok := c.App.Metadata[rawArgsKey].([]string); ok {
		// A "--" before the first argument was taken by the flag parser.
		if i := slices.Index(raw, "--"); i >= 0 {
			free = max(0, len(args)-(len(raw)-i-1))
		}
	}
	for _, a := range args[:free] {
		if strings.HasPrefix(a, "-") && a != "-" {
			return nil, usageErrorf("%s: %q after the %s: flags go before the %s (or put \"--\" before %s starting with -)", commandName(c), a, what, what, what)
		}
	}
	return args, nil
}

// rawArgsKey is the App.Metadata key of the arguments after "audit" as
// given, before any flag parsing, which noFlagArgs reads.
const rawArgsKey = "args"

// keepRawArgs is the app's Before hook: it keeps the arguments as given.
func keepRawArgs(c *cli.Context) error {
	c.App.Metadata = map[string]any{rawArgsKey: c.Args().Slice()}
	return nil
}

// commandName is the command as typed after "audit": "scan", "registry check".
func commandName(c *cli.Context) string {
	if name := strings.TrimPrefix(c.Command.HelpName, c.App.Name+" "); name != "" {
		return name
	}
	return c.Command.Name
}
