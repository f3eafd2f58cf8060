package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"strings"

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

// Flags of 'audit registry extract'.
var (
	registryExtractOutFlag = &cli.StringFlag{
		Name:  "out",
		Usage: "(required) write the extract to `PATH` (- is stdout); never one of the inputs",
	}
	registryExtractCompanyFlag = &cli.StringSliceFlag{
		Name:  "company",
		Usage: "UK company `NUMBER` to extract with the companies above it (8209948 is 08209948); repeatable",
	}
	registryExtractFromFlag = &cli.StringSliceFlag{
		Name:  "companies-from",
		Usage: "registry `FILE` (any format --registry reads) whose companies with a UK company number are extracted; repeatable",
	}
)

// registryCommand is 'audit registry' with its subcommands, check and extract.
func registryCommand() *cli.Command {
	return &cli.Command{
		Name:   "registry",
		Usage:  "work with registry spreadsheets and UK PSC snapshots",
		Action: registryUnknown,
		Subcommands: []*cli.Command{{
			Name:      "check",
			Usage:     "validate registry files (XLSX, CSV, BODS JSON, UK PSC snapshots) without auditing anything",
			UsageText: "audit registry check FILE... [--mapping FILE] [--format text|json] [--out PATH] [--fail-on SEVERITY]",
			Description: "Loads the files together, as 'audit scan --registry' would, and prints every problem\n" +
				"with its file, sheet, row and column, then one summary line per file and, under it, what\n" +
				"each sheet was read as (vessels, companies, ownership ...; a CSV file is one sheet; a BODS\n" +
				"or PSC file, the records of each kind it gave). References between\n" +
				"files (an owner id in vessels.csv, defined in companies.csv) are resolved across all of them.\n\n" +
				"Each problem would be an INPUT-ROW finding of severity medium in an audit, so with the\n" +
				"default --fail-on medium any problem makes the exit code 3; --fail-on high or none\n" +
				"reports problems and exits 0. A file that cannot be read at all (missing, not a\n" +
				"spreadsheet, a zip bomb, not UTF-8) is reported on stderr and the exit code is 1.\n\n" +
				"A BODS or UK PSC file's line also counts its ended interests, if any (a BODS interest with an\n" +
				"endDate or of a closed relationship record, each nature of control of a ceased PSC):\n" +
				"read and kept to name former owners (SANC-FORMER-OWNER), never current holdings.\n\n" +
				"JSON output (docs/json-outputs.md): {\"schema_version\", \"tool_version\", \"files\": [{\"path\",\n" +
				"\"sha256\", \"rows\", \"format\", \"problems\", \"ended\", \"sheets\": [{\"name\", \"kind\" (\"\" if\n" +
				"not recognised), \"rows\", \"missing\"}], \"records\": {kind: count}}], \"problems\": [{\"file\",\n" +
				"\"sheet\", \"row\", \"column\", \"reason\"}]}.",
			Flags:  []cli.Flag{registryCheckFormatFlag, registryCheckFailOnFlag, registryCheckMappingFlag, registryCheckOutFlag},
			Action: runRegistryCheck,
		}, {
			Name:      "extract",
			Usage:     "copy out of a UK PSC snapshot the records of some companies and of every company above them",
			UsageText: "audit registry extract --out PATH (--company NUMBER... | --companies-from FILE...) [--mapping FILE] SNAPSHOT",
			Description: "The full Companies House PSC snapshot (~12.8M lines) does not fit in memory once\n" +
				"loaded. This reads it twice and writes to --out, as they were written, the records of\n" +
				"the companies given (--company, and every company with a UK company number in the\n" +
				"--companies-from files: jurisdiction GB, or keyed by the number as Companies House\n" +
				"files are) and of every company above them: each corporate or legal-person PSC\n" +
				"registered at Companies House with a company number leads to that company's records,\n" +
				"and so on up the chain; ceased PSCs too (former owners are cited). Give the extract to\n" +
				"'audit scan --registry' instead of the snapshot: those companies load with the same\n" +
				"PSCs and ownership as from the whole file.\n\n" +
				"JSON Lines are copied line by line, byte for byte; an array's records go into a new\n" +
				"array. The totals line is not copied (its counts are the whole snapshot's). A record\n" +
				"that cannot be read (a line that is not JSON, a record without a kind or company\n" +
				"number) is named on stderr and not copied, as 'registry check' would report it.\n" +
				"Stderr ends with a summary: lines read, companies kept, records written, and the\n" +
				"companies given or reached of which the snapshot has no record. Memory grows with the\n" +
				"corporate PSCs (16 bytes each), not with individuals.",
			Flags:  []cli.Flag{registryExtractOutFlag, registryExtractCompanyFlag, registryExtractFromFlag, registryCheckMappingFlag},
			Action: runRegistryExtract,
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

// registryCheckSchemaVersion is the schema_version of registry check
// --format json (registryCheckJSON), major.minor. It changes only when that
// layout changes incompatibly (a field removed, renamed or changing meaning:
// a new major); fields may be added within a major version.
const registryCheckSchemaVersion = "1.0"

// registryCheckJSON is the JSON form of registry check: the files read and
// every problem, both never null.
type registryCheckJSON struct {
	SchemaVersion string                `json:"schema_version"`
	ToolVersion   string                `json:"tool_version"`
	Files         []registryFileJSON    `json:"files"`
	Problems      []registryProblemJSON `json:"problems"`
}

type registryFileJSON struct {
	Path     string              `json:"path"`
	SHA256   string              `json:"sha256"`
	Rows     int                 `json:"rows"`
	Format   string              `json:"format"`
	Problems int                 `json:"problems"`
	Ended    int                 `json:"ended"` // ended interests read (Registry.Ended), not holdings
	Sheets   []registrySheetJSON `json:"sheets,omitempty"`
	Records  map[string]int      `json:"records"` // records the file gave, by kind
}

type registrySheetJSON struct {
	Name    string   `json:"name"`
	Kind    string   `json:"kind"` // "" if not recognised
	Rows    int      `json:"rows"`
	Missing []string `json:"missing,omitempty"` // key columns lacking: rows not read
}

type registryProblemJSON struct {
	File   string `json:"file"`
	Sheet  string `json:"sheet"`
	Row    int    `json:"row"`
	Column string `json:"column"`
	Reason string `json:"reason"`
}

func runRegistryCheck(c *cli.Context) error {
	// flags may come after the files too, as its usage shows them
	paths, err := positionalArgs(c)
	if h, ok := err.(errHelpShown); ok {
		return h.err
	} else if err != nil {
		return err
	}
	if len(paths) < 1 {
		return usageErrorf("registry check: give at least one registry FILE (see 'audit registry check --help')")
	}
	paths = distinctFiles(c, "registry check", paths)
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
		if err := writeOut(out, func(w io.Writer) error { return writeRegistryCheck(w, reg, format) }); err != nil {
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
		out := registryCheckJSON{SchemaVersion: registryCheckSchemaVersion, ToolVersion: version,
			Files: []registryFileJSON{}, Problems: []registryProblemJSON{}}
		for _, f := range reg.Files {
			fj := registryFileJSON{Path: f.Path, SHA256: f.SHA256, Rows: f.Rows, Format: f.Format, Problems: perFile[f.Path], Ended: ended[f.Path], Records: map[string]int{}}
			for _, s := range f.Sheets {
				fj.Sheets = append(fj.Sheets, registrySheetJSON{Name: s.Name, Kind: s.Kind, Rows: s.Rows, Missing: s.Missing})
			}
			maps.Copy(fj.Records, f.Records)
			out.Files = append(out.Files, fj)
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
		if ended[f.Path] > 0 { // only BODS and PSC files say an interest ended
			line += fmt.Sprintf(", %d ended interest(s), not holdings", ended[f.Path])
		}
		if _, err := fmt.Fprintln(w, line+"\n"+registry.ReadAs(f)); err != nil {
			return err
		}
	}
	return nil
}

func runRegistryExtract(c *cli.Context) error {
	args, err := noFlagArgs(c, "snapshot")
	if err != nil {
		return err
	}
	if len(args) != 1 {
		return usageErrorf("registry extract: give one PSC SNAPSHOT file (see 'audit registry extract --help')")
	}
	snapshot := args[0]
	if !c.IsSet(registryExtractOutFlag.Name) {
		return usageErrorf("registry extract: give --out PATH for the extract (- for stdout)")
	}
	if snapshot == "-" {
		return usageErrorf("registry extract: the snapshot is read twice: give a file, not standard input")
	}
	from := c.StringSlice(registryExtractFromFlag.Name)
	var seeds []string
	for _, s := range c.StringSlice(registryExtractCompanyFlag.Name) {
		n, ok := registry.UKCompanyNumber(s)
		if !ok {
			return usageErrorf("--company %q: not a UK company number (eight digits, or two letters and six digits)", s)
		}
		seeds = append(seeds, n)
	}
	if len(seeds) == 0 && len(from) == 0 {
		return usageErrorf("registry extract: say which companies: --company NUMBER or --companies-from FILE")
	}
	opts := registry.Options{Mapping: c.String(registryCheckMappingFlag.Name)}
	out := outPath(c)
	if err := outNotInput(out, append([]string{snapshot, opts.Mapping}, from...)...); err != nil {
		return err
	}
	stderr := c.App.ErrWriter
	if len(from) > 0 {
		reg, err := registry.Load(from, opts)
		if err != nil {
			return err
		}
		numbers, unsure := registry.UKCompanies(reg)
		fmt.Fprintf(stderr, "audit: %s: %d companies with a UK company number\n", termText(strings.Join(from, ", ")), len(numbers))
		if unsure > 0 {
			fmt.Fprintf(stderr, "audit: warning: %d companies with a number like a UK company number but no jurisdiction were left out (give their jurisdiction GB, or --company)\n", unsure)
		}
		if len(reg.Problems) > 0 {
			fmt.Fprintf(stderr, "audit: warning: %d problem(s) in the --companies-from files (see 'audit registry check')\n", len(reg.Problems))
		}
		seeds = append(seeds, numbers...)
	}
	if len(seeds) == 0 {
		return fmt.Errorf("registry extract: no company to extract: no company of %s has a UK company number", strings.Join(from, ", "))
	}
	var x *registry.PSCExtract
	write := func(w io.Writer) error {
		var err error
		x, err = registry.ExtractPSC(snapshot, seeds, w)
		return err
	}
	if out != "" {
		err = writeOut(out, write)
	} else {
		err = write(c.App.Writer)
	}
	if err != nil {
		return err
	}
	for _, p := range x.Problems {
		fmt.Fprintf(stderr, "audit: warning: %s\n", termText(p.String()))
	}
	what := "lines"
	if x.Format == "array" {
		what = "records"
	}
	fmt.Fprintf(stderr, "audit: %s: %d %s read (%d not copied, named above), %d corporate PSCs with a UK company number; %d records of %d companies written to %s\n",
		termText(snapshot), x.Lines, what, len(x.Problems), x.Edges, x.Written, len(x.Kept)-len(x.Missing)-len(x.Unrecorded), termText(cmp.Or(out, "stdout")))
	if len(x.Missing) > 0 {
		fmt.Fprintf(stderr, "audit: no record in %s of %d company(ies) asked for: %s\n", termText(snapshot), len(x.Missing), strings.Join(x.Missing, ", "))
	}
	if len(x.Unrecorded) > 0 {
		fmt.Fprintf(stderr, "audit: no record in %s of %d company(ies) reached as a corporate PSC (their chains stop there): %s\n", termText(snapshot), len(x.Unrecorded), strings.Join(x.Unrecorded, ", "))
	}
	return nil
}
