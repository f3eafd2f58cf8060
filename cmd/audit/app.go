package main

import (
	"github.com/urfave/cli/v2"
)

// version is the tool version written into every report; release builds set
// it with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

// newApp builds the command-line application. Actions return errors; main
// turns them into exit codes.
func newApp() *cli.App {
	app := &cli.App{
		Name:    "audit",
		Usage:   "audit tokens that claim to own ships against registries and sanctions lists",
		Version: version,
		Description: "audit reads ERC-20/721 token contracts that claim ownership of real assets, reconciles\n" +
			"their holders against vessel and company registries loaded from spreadsheets, and flags\n" +
			"sanctioned or opaque beneficial owners with evidence a lawyer can cite.\n\n" +
			"Exit codes: 0 no finding at or above --fail-on, 3 findings at or above it,\n" +
			"2 usage error, 1 any other failure.",
		Commands:             commands(),
		EnableBashCompletion: true,
		ExitErrHandler:       func(*cli.Context, error) {},
		OnUsageError:         onUsageError,
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

func onUsageError(_ *cli.Context, err error, _ bool) error {
	return usageErrorf("%v", err)
}

// requireArgs checks the number of positional arguments.
func requireArgs(c *cli.Context, min int, what string) error {
	if c.NArg() < min {
		return usageErrorf("%s: %s (see 'audit %s --help')", c.Command.Name, what, c.Command.Name)
	}
	return nil
}
