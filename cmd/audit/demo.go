package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/fixtures"
	"github.com/tokenaudit/audit/internal/audit"
	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

var demoOutFlag = &cli.StringFlag{
	Name:  "out",
	Value: "audit-report",
	Usage: "`DIR` to write the fixture inputs and the reports (report.json, .xlsx, .html, .txt) into",
}

// demoListDate is the publication date of the OFAC SDN list the fixture's
// sdn.csv was cut from (fixtures/sanctions/README.md): the list date the demo
// and a screen without --sanctions cite.
const demoListDate = "2024-05-03"

// demoInputs are the fixture files the demo copies out and audits, so that a
// user can open them and rerun the audit with 'audit scan'.
var demoInputs = []struct{ embedded, kind string }{
	{"registry.xlsx", "registry"},
	{"sanctions/sdn.csv", "sanctions"},
}

func demoCommand() *cli.Command {
	return &cli.Command{
		Name:  "demo",
		Usage: "audit the fixture scenario on the embedded chain (no network, no setup)",
		Description: "Starts an in-process Ethereum chain, deploys the fixture scenario (three tokens claiming\n" +
			"merchant ships, 41 holder addresses with 42 positions among them, 201 transfers), audits\n" +
			"it against the fixture registry and sanctions list, prints the summary and writes\n" +
			"report.json, report.xlsx, report.html and report.txt into --out, with the inputs it read\n" +
			"in --out/inputs (copies of the embedded reference tables its findings cite too).\n" +
			"Exits 3, like scan, when findings reach --fail-on (the scenario has\n" +
			"critical ones).",
		Flags:  demoFlags(),
		Action: runDemo,
	}
}

// demoFlags are the auditing flags without the inputs, which are the
// fixture's: --registry, --sanctions and --mapping are hidden, taken only to
// point to 'audit scan' instead of failing with "flag provided but not defined".
// --list-date is left out: the fixture list's date is known (demoListDate);
// --reference too: the demo judges by the embedded tables.
func demoFlags() []cli.Flag {
	flags := []cli.Flag{demoOutFlag,
		&cli.StringSliceFlag{Name: registryFlag.Name, Hidden: true},
		&cli.StringSliceFlag{Name: sanctionsFlag.Name, Hidden: true},
		&cli.StringFlag{Name: mappingFlag.Name, Hidden: true},
	}
	for _, f := range auditFlags() {
		if f != registryFlag && f != sanctionsFlag && f != mappingFlag && f != listDateFlag && f != referenceFlag {
			flags = append(flags, f)
		}
	}
	return flags
}

func runDemo(c *cli.Context) error {
	if err := noArgs(c, ""); err != nil {
		return err
	}
	cfg, err := auditConfig(c)
	if err != nil {
		return err
	}
	if len(cfg.Registry) > 0 || len(cfg.Sanctions) > 0 || cfg.Mapping != "" {
		return usageErrorf("demo audits the fixture scenario; use 'audit scan' for your own --registry, --sanctions and --mapping")
	}
	cfg.Match.ListDate = demoListDate
	dir := c.String(demoOutFlag.Name)
	if dir == "-" || dir == "" {
		return usageErrorf("demo --out %q: want a folder for the four reports and their inputs (stdout cannot hold them; 'audit scan --out -' writes one report there)", dir)
	}
	inputs := filepath.Join(dir, "inputs")
	if err := os.MkdirAll(inputs, 0o755); err != nil {
		return fmt.Errorf("creating %s: %w", inputs, err)
	}
	for _, in := range demoInputs {
		path, err := copyFixture(in.embedded, inputs)
		if err != nil {
			return err
		}
		if in.kind == "registry" {
			cfg.Registry = append(cfg.Registry, path)
		} else {
			cfg.Sanctions = append(cfg.Sanctions, path)
		}
	}

	fmt.Fprintln(c.App.ErrWriter, "audit: starting the embedded chain and deploying the fixture scenario")
	snap, err := embeddedSnapshot(c, nil)
	if err != nil {
		return err
	}
	r, err := audit.Audit(c.Context, snap, cfg)
	if err != nil {
		return err
	}
	explorer, err := explorerURL(c)
	if err != nil {
		return err
	}
	opts := report.WriteOptions{ExplorerURL: explorer}
	if _, err := writeArchive(dir, r, opts, nil); err != nil {
		return err
	}
	opts.Color = colorStdout()
	if err := report.WriteSummary(c.App.Writer, r, opts); err != nil {
		return err
	}
	fmt.Fprintf(c.App.ErrWriter, "audit: wrote %s/report.{json,xlsx,html,txt}; every finding with its evidence is in %s\n",
		termText(dir), termText(filepath.Join(dir, "report.txt")))
	return errFindings(findingsAtOrAbove(r, cfg.FailOn), cfg.FailOn)
}

// extension is the file extension of a report format.
func extension(format string) string {
	if format == "text" {
		return "txt"
	}
	return format
}

// copyFixture writes an embedded fixture file into dir and returns its path.
func copyFixture(name, dir string) (string, error) {
	data, err := fs.ReadFile(fixtures.FS, name)
	if err != nil {
		return "", fmt.Errorf("reading embedded fixture %s: %w", name, err)
	}
	path := filepath.Join(dir, filepath.Base(name))
	if err := os.WriteFile(path, data, 0o644); err != nil {
		return "", fmt.Errorf("writing %s: %w", path, err)
	}
	return path, nil
}

// embeddedSnapshot starts the embedded chain with the fixture plan and reads
// the given tokens (all of the plan's when none) at its head.
func embeddedSnapshot(c *cli.Context, tokens []string) (*chain.Snapshot, error) {
	data, err := fs.ReadFile(fixtures.FS, "plan.json")
	if err != nil {
		return nil, fmt.Errorf("reading embedded fixture plan.json: %w", err)
	}
	plan, err := chain.ParsePlan(data)
	if err != nil {
		return nil, fmt.Errorf("fixture plan.json: %w", err)
	}
	emb, err := chain.NewEmbedded(c.Context, plan)
	if err != nil {
		return nil, fmt.Errorf("starting the embedded chain: %w", err)
	}
	defer emb.Close()
	if len(tokens) == 0 {
		tokens = emb.Tokens()
	}
	snap, err := chain.Read(c.Context, emb.Client(), tokens, nil)
	if err != nil {
		return nil, fmt.Errorf("reading the embedded chain: %w", err)
	}
	return snap, nil
}
