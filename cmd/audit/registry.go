package main

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// Flags of 'audit registry check'.
var (
	registryCheckFormatFlag = &cli.StringFlag{
		Name:  "format",
		Value: "text",
		Usage: "output `FORMAT`: text or json (without it, the one the --out file's extension names, .txt .json)",
	}
	registryCheckFailOnFlag = &cli.StringFlag{
		Name:  "fail-on",
		Value: "medium",
		Usage: "exit 3 when a problem reaches this `SEVERITY`; every problem is an INPUT-ROW finding, medium (critical, high, medium, low, info, none)",
	}
	registryCheckOutFlag = &cli.StringFlag{
		Name:  "out",
		Usage: "write the problems to `PATH` instead of stdout (- is stdout)",
	}
	registryCheckMappingFlag = &cli.StringFlag{
		Name:  "mapping",
		Usage: "header mapping `FILE` (YAML or JSON) renaming sheets and columns (see docs/registry.md)",
	}
)

// registryCommand is 'audit registry' with its one subcommand, check.
func registryCommand() *cli.Command {
	return &cli.Command{
		Name:   "registry",
		Usage:  "work with registry spreadsheets",
		Action: registryUnknown,
		Subcommands: []*cli.Command{{
			Name:      "check",
			Usage:     "validate registry files (XLSX, CSV, BODS JSON, UK PSC snapshots) without auditing anything",
			UsageText: "audit registry check FILE... [--mapping FILE] [--format text|json] [--out PATH] [--fail-on SEVERITY]",
			Description: "Loads the files together, as 'audit scan --registry' would, and prints every problem\n" +
				"with its file, sheet, row and column, then one summary line per file. References between\n" +
				"files (an owner id in vessels.csv, defined in companies.csv) are resolved across all of them.\n\n" +
				"Each problem would be an INPUT-ROW finding of severity medium in an audit, so with the\n" +
				"default --fail-on medium any problem makes the exit code 3; --fail-on high or none\n" +
				"reports problems and exits 0. A file that cannot be read at all (missing, not a\n" +
				"spreadsheet, a zip bomb, not UTF-8) is reported on stderr and the exit code is 1.\n\n" +
				"A BODS or UK PSC file's line also counts its ended interests (a BODS interest with an\n" +
				"endDate or of a closed relationship record, each nature of control of a ceased PSC):\n" +
				"read and kept to name former owners (SANC-FORMER-OWNER), never current holdings.\n\n" +
				"JSON output: {\"files\": [{\"path\", \"sha256\", \"rows\", \"format\", \"problems\", \"ended\"}],\n" +
				"\"problems\": [{\"file\", \"sheet\", \"row\", \"column\", \"reason\"}]}.",
			Flags:  []cli.Flag{registryCheckFormatFlag, registryCheckFailOnFlag, registryCheckMappingFlag, registryCheckOutFlag},
			Action: runRegistryCheck,
		}},
	}
}

// registryUnknown runs when no subcommand of 'audit registry' matched: help
// without arguments, a usage error naming the argument otherwise.
func registryUnknown(c *cli.Context) error {
	if c.NArg() == 0 {
		return cli.ShowSubcommandHelp(c)
	}
	return usageErrorf("registry: unknown command %q (to validate files: 'audit registry check FILE...')", c.Args().First())
}

type registryCheckJSON struct {
	Files    []registryFileJSON    `json:"files"`
	Problems []registryProblemJSON `json:"problems"`
}

type registryFileJSON struct {
	Path     string `json:"path"`
	SHA256   string `json:"sha256"`
	Rows     int    `json:"rows"`
	Format   string `json:"format"`
	Problems int    `json:"problems"`
	Ended    int    `json:"ended"` // ended interests read (Registry.Ended), not holdings
}

type registryProblemJSON struct {
	File   string `json:"file"`
	Sheet  string `json:"sheet"`
	Row    int    `json:"row"`
	Column string `json:"column"`
	Reason string `json:"reason"`
}

func runRegistryCheck(c *cli.Context) error {
	if c.NArg() < 1 {
		return usageErrorf("registry check: give at least one registry FILE (see 'audit registry check --help')")
	}
	paths, err := noFlagArgs(c, "files")
	if err != nil {
		return err
	}
	format, err := fileFormat(c, registryCheckFormatFlag, []string{"text", "json"})
	if err != nil {
		return err
	}
	failOn, err := report.ParseSeverity(c.String(registryCheckFailOnFlag.Name))
	if err != nil {
		return usageErrorf("--fail-on: %v", err)
	}
	opts := registry.Options{Mapping: c.String(registryCheckMappingFlag.Name)}
	if err := outNotInput(c.String(registryCheckOutFlag.Name), append([]string{opts.Mapping}, paths...)...); err != nil {
		return err
	}
	if _, err := registry.Load(nil, opts); err != nil {
		return err // the mapping file: not any registry file's fault
	}
	reg, err := registry.Load(paths, opts)
	unreadable := 0
	if err != nil {
		// Find the files that cannot be read, report them, check the rest together.
		var good []string
		for _, p := range paths {
			if _, ferr := registry.Load([]string{p}, opts); ferr != nil {
				fmt.Fprintf(c.App.ErrWriter, "audit: %s\n", termText(ferr.Error()))
				unreadable++
				continue
			}
			good = append(good, p)
		}
		if unreadable == 0 { // not a file's fault: the mapping file, say
			return err
		}
		if reg, err = registry.Load(good, opts); err != nil {
			return err
		}
	}
	if out := outPath(c); out != "" {
		if err := report.WriteAtomic(out, func(w io.Writer) error { return writeRegistryCheck(w, reg, format) }); err != nil {
			return err
		}
	} else if err := writeRegistryCheck(c.App.Writer, reg, format); err != nil {
		return err
	}
	if unreadable > 0 {
		return fmt.Errorf("%d of %d registry files could not be read", unreadable, len(paths))
	}
	if !report.Medium.AtLeast(failOn) {
		return nil
	}
	return errProblems(len(reg.Problems), failOn)
}

func writeRegistryCheck(w io.Writer, reg *registry.Registry, format string) error {
	perFile := map[string]int{}
	for _, p := range reg.Problems {
		perFile[p.Origin.File]++
	}
	ended := map[string]int{}
	for _, o := range reg.Ended {
		ended[o.Origin.File]++
	}
	if format == "json" {
		out := registryCheckJSON{Files: []registryFileJSON{}, Problems: []registryProblemJSON{}}
		for _, f := range reg.Files {
			out.Files = append(out.Files, registryFileJSON{Path: f.Path, SHA256: f.SHA256, Rows: f.Rows, Format: f.Format, Problems: perFile[f.Path], Ended: ended[f.Path]})
		}
		for _, p := range reg.Problems {
			o := p.Origin
			out.Problems = append(out.Problems, registryProblemJSON{File: o.File, Sheet: o.Sheet, Row: o.Row, Column: o.Column, Reason: p.Reason})
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, p := range reg.Problems {
		if _, err := fmt.Fprintln(w, p.String()); err != nil {
			return err
		}
	}
	for _, f := range reg.Files {
		line := fmt.Sprintf("%s: %s, %d data rows, %d problem(s)", f.Path, f.Format, f.Rows, perFile[f.Path])
		if f.Format == "bods-json" || f.Format == "uk-psc-json" { // the formats that say an interest ended
			line += fmt.Sprintf(", %d ended interest(s), not holdings", ended[f.Path])
		}
		if _, err := fmt.Fprintln(w, line); err != nil {
			return err
		}
	}
	return nil
}
