package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/urfave/cli/v2"
	"golang.org/x/term"

	"github.com/tokenaudit/audit/internal/audit"
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// Flags shared by the commands that audit.
var (
	registryFlag = &cli.StringSliceFlag{
		Name:  "registry",
		Usage: "registry `FILE` (XLSX, CSV, BODS JSON or a UK Companies House PSC snapshot); repeatable (a file named twice, or through a link, is read once)",
	}
	mappingFlag = &cli.StringFlag{
		Name:  "mapping",
		Usage: "header mapping `FILE` (YAML or JSON) renaming registry sheets and columns (see docs/registry.md)",
	}
	sanctionsFlag = &cli.StringSliceFlag{
		Name:  "sanctions",
		Usage: "sanctions list `FILE` (OFAC SDN CSV, UN XML, OpenSanctions CSV, address list); repeatable",
	}
	formatFlag = &cli.StringFlag{
		Name:  "format",
		Usage: "report `FORMAT`: " + strings.Join(report.Formats, ", ") + " (default: the one the --out file's extension names, .json .xlsx .html .txt; else text on a terminal, json otherwise)",
	}
	outFlag = &cli.StringFlag{
		Name:  "out",
		Usage: "write the report to `PATH` instead of stdout (- is stdout)",
	}
	failOnFlag = &cli.StringFlag{
		Name:  "fail-on",
		Value: "high",
		Usage: "exit 3 when a finding reaches this `SEVERITY` (critical, high, medium, low, info, none)",
	}
	thresholdFlag = &cli.Float64Flag{
		Name:  "threshold",
		Value: sanctions.DefaultOptions.Threshold,
		Usage: "name-match `SCORE` (0..1) at or above which a name is a match",
	}
	reviewFlag = &cli.Float64Flag{
		Name:  "review",
		Value: sanctions.DefaultOptions.Review,
		Usage: "name-match `SCORE` (0..1) at or above which a name is a match to review",
	}
	ownerShareFlag = &cli.Float64Flag{
		Name:  "bo-threshold",
		Value: 25,
		Usage: "beneficial-ownership threshold in `PERCENT`, 1 to 100 (25 EU/UK/FATF, 10 for higher-risk reviews)",
	}
	identifyShareFlag = &cli.Float64Flag{
		Name:  "id-threshold",
		Value: 10,
		Usage: "holders at or above this `PERCENT` of supply (1 to 100) must have a known owner",
	}
	listDateFlag = &cli.StringSliceFlag{
		Name:  "list-date",
		Usage: "publication `DATE` (YYYY-MM-DD) of the lists that carry none (OFAC legacy CSV, address lists), cited with every match; FILE=DATE for one --sanctions file (or a link to it) or the OFAC add.csv/alt.csv/sdn_comments.csv beside a --sanctions sdn.csv (dated apart from it), repeatable, when such lists were published on different days",
	}
	referenceFlag = &cli.StringFlag{
		Name:  "reference",
		Usage: "`DIR` of reference tables replacing the embedded ones: any of " + strings.Join(refdata.TableNames(), ", ") + ", with the embedded files' columns (docs/rules.md), e.g. a firm's own secrecy-jurisdiction list; each one read is listed among the report's inputs",
	}
	explorerFlag = &cli.StringFlag{
		Name:  "explorer",
		Usage: "block explorer base `URL`, http or https, for links in XLSX and HTML (e.g. https://etherscan.io)",
	}
)

// auditFlags are the flags every auditing command takes.
func auditFlags() []cli.Flag {
	return []cli.Flag{registryFlag, mappingFlag, sanctionsFlag, listDateFlag, referenceFlag, failOnFlag, thresholdFlag, reviewFlag,
		ownerShareFlag, identifyShareFlag, explorerFlag}
}

// auditConfig reads the auditing flags into an audit.Config.
func auditConfig(c *cli.Context) (audit.Config, error) {
	failOn, err := report.ParseSeverity(c.String(failOnFlag.Name))
	if err != nil {
		return audit.Config{}, usageErrorf("--fail-on: %v", err)
	}
	match, err := matchOptions(c)
	if err != nil {
		return audit.Config{}, err
	}
	if _, err := explorerURL(c); err != nil {
		return audit.Config{}, err
	}
	opts := rules.DefaultOptions()
	bo, id := c.Float64(ownerShareFlag.Name), c.Float64(identifyShareFlag.Name)
	for _, f := range []struct {
		name  string
		value float64
	}{{ownerShareFlag.Name, bo}, {identifyShareFlag.Name, id}} {
		// A value below 1 is a fraction written for a percentage (0.25 for
		// 25%), which would audit at a threshold a hundred times too low.
		if math.IsNaN(f.value) || f.value < 1 || f.value > 100 {
			return audit.Config{}, usageErrorf("--%s %v: want a percentage from 1 to 100 (25 for 25%%, not 0.25)", f.name, f.value)
		}
	}
	opts.BeneficialOwnerShare, opts.IdentificationShare = bo/100, id/100
	now, err := clock()
	if err != nil {
		return audit.Config{}, err
	}
	return audit.Config{
		Registry:  distinctFiles(c, "--registry", c.StringSlice(registryFlag.Name)),
		Mapping:   c.String(mappingFlag.Name),
		Sanctions: c.StringSlice(sanctionsFlag.Name),
		Reference: c.String(referenceFlag.Name),
		Rules:     opts,
		Match:     match,
		FailOn:    failOn,
		Version:   version,
		Now:       now,
		LoadLists: loadLists,
	}, nil
}

// explorerURL is --explorer checked: an http or https URL with a host, since
// it becomes the start of every link in the XLSX and HTML reports.
func explorerURL(c *cli.Context) (string, error) {
	s := c.String(explorerFlag.Name)
	if s == "" {
		return "", nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", usageErrorf("--explorer %q: want an http or https URL such as https://etherscan.io", s)
	}
	return s, nil
}

// checkNodeURL refuses a JSON-RPC node URL that is not http(s) or ws(s)
// with a host: a usage error, not a failure to reach the node.
func checkNodeURL(flag, s string) error {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || !slices.Contains([]string{"http", "https", "ws", "wss"}, u.Scheme) {
		return usageErrorf("--%s %q: want an http(s):// or ws(s):// URL such as http://127.0.0.1:8545", flag, s)
	}
	return nil
}

// listDateFile returns the paths by which the list loader knows the file of
// a --list-date FILE=DATE: each --sanctions argument naming that file, and
// the add.csv, alt.csv or sdn_comments.csv that the loader reads beside a
// --sanctions OFAC sdn.csv, as it names it (ofacAuxFiles), when that is the
// file. Files are compared, not only paths (samePath): a link to one of
// them, or another spelling of its path, names it too. A FILE that does not
// exist, or is none of these files, is a usage error.
func listDateFile(c *cli.Context, v, file string) ([]string, error) {
	if _, err := os.Stat(file); errors.Is(err, fs.ErrNotExist) {
		return nil, usageErrorf("--list-date %q: no file %s", v, file)
	} else if err != nil {
		return nil, usageErrorf("--list-date %q: %v", v, err)
	}
	var out []string
	for _, p := range c.StringSlice(sanctionsFlag.Name) {
		if samePath(p, file) {
			out = append(out, p)
		}
		for _, aux := range ofacAuxFiles(p) {
			if samePath(aux, file) {
				out = append(out, aux)
			}
		}
	}
	if len(out) == 0 {
		return nil, usageErrorf("--list-date %q: %s is not one of the --sanctions files, nor an add.csv, alt.csv or sdn_comments.csv beside a --sanctions OFAC sdn.csv", v, file)
	}
	return out, nil
}

// ofacAuxFiles returns the add.csv, alt.csv and sdn_comments.csv (each in
// lower case, else in upper case) that the list loader reads beside path
// when path is an OFAC sdn.csv, named as the loader names them; none when
// path is not one or cannot be read.
func ofacAuxFiles(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(f, head)
	if sanctions.DetectFormat(head[:n]) != sanctions.FormatOFACSDN {
		return nil
	}
	var out []string
	for _, name := range []string{"add.csv", "alt.csv", "sdn_comments.csv"} {
		for _, n := range []string{name, strings.ToUpper(name)} {
			p := filepath.Join(filepath.Dir(path), n)
			if st, err := os.Stat(p); err == nil && !st.IsDir() {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// matchOptions reads --threshold and --review: scores in (0, 1], the review
// band below the threshold; and --list-date, when the command has it: a
// YYYY-MM-DD date for every list that carries none, or FILE=YYYY-MM-DD for
// one of the --sanctions files or an OFAC add/alt/comments file beside a
// --sanctions sdn.csv (listDateFile).
func matchOptions(c *cli.Context) (sanctions.Options, error) {
	o := sanctions.Options{Threshold: c.Float64(thresholdFlag.Name), Review: c.Float64(reviewFlag.Name)}
	for _, v := range c.StringSlice(listDateFlag.Name) {
		file, d := "", v
		if i := strings.LastIndexByte(v, '='); i >= 0 {
			file, d = v[:i], v[i+1:]
		}
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return o, usageErrorf("--list-date %q: want the list's publication date as YYYY-MM-DD, or FILE=YYYY-MM-DD", v)
		}
		if file == "" {
			if o.ListDate != "" && o.ListDate != d {
				return o, usageErrorf("--list-date %s and %s: one date for every list without one; give FILE=DATE for a list published on another day", o.ListDate, d)
			}
			o.ListDate = d
			continue
		}
		paths, err := listDateFile(c, v, file)
		if err != nil {
			return o, err
		}
		if o.ListDates == nil {
			o.ListDates = map[string]string{}
		}
		for _, p := range paths {
			o.ListDates[p] = d
		}
	}
	for _, f := range []struct {
		name  string
		value float64
	}{{thresholdFlag.Name, o.Threshold}, {reviewFlag.Name, o.Review}} {
		if math.IsNaN(f.value) || math.IsInf(f.value, 0) || f.value <= 0 || f.value > 1 {
			return o, usageErrorf("--%s %v: want a score above 0 and at most 1", f.name, f.value)
		}
	}
	if o.Review > o.Threshold {
		review := fmt.Sprintf("--review %v", o.Review)
		if !c.IsSet(reviewFlag.Name) {
			review += " (the default)"
		}
		return o, usageErrorf("--threshold %v is below %s: give --review at most %v too (0 < review <= threshold <= 1)",
			o.Threshold, review, o.Threshold)
	}
	return o, nil
}

// clock is the report clock: SOURCE_DATE_EPOCH (whole seconds since 1970)
// when set, so that two runs can be compared byte for byte, else the wall
// clock. A value that is not whole seconds is a usage error, not the wall
// clock: a pipeline that pins the clock must not get a moving one silently.
func clock() (func() time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		return time.Now, nil
	}
	secs, err := strconv.ParseInt(s, 10, 64)
	if err != nil || secs < 0 {
		return nil, usageErrorf("SOURCE_DATE_EPOCH %q: want whole seconds since 1970-01-01 UTC, such as 1767225600", s)
	}
	t := time.Unix(secs, 0).UTC()
	return func() time.Time { return t }, nil
}

// outputFormat is the --format value, checked against report.Formats and
// against the extension of --out (.json, .xlsx, .html, .txt) when it names a
// format; without --format, the format that extension names, else text on a
// terminal and json otherwise.
func outputFormat(c *cli.Context) (string, error) {
	f, out := c.String(formatFlag.Name), outPath(c)
	byExt := formatByExt(out, report.Formats)
	if f == "" {
		switch {
		case byExt != "":
			return byExt, nil
		case out == "" && isTerminal(os.Stdout):
			return "text", nil
		case filepath.Ext(out) != "":
			fmt.Fprintf(c.App.ErrWriter, "audit: --out %s: %s names no report format (.json .xlsx .html .txt): writing JSON; give --format to choose\n", termText(out), termText(filepath.Ext(out)))
		}
		return "json", nil
	}
	if !slices.Contains(report.Formats, f) {
		return "", usageErrorf("--format %q: want one of %s", f, strings.Join(report.Formats, ", "))
	}
	if byExt != "" && byExt != f {
		return "", usageErrorf("--format %s --out %s: the file's extension says %s; give --out a .%s name, or leave --format out", f, out, byExt, extension(f))
	}
	return f, nil
}

// formatByExt is the one of formats whose extension (.txt for text) the
// file out has, in any case, or "".
func formatByExt(out string, formats []string) string {
	for _, f := range formats {
		if out != "" && strings.EqualFold(filepath.Ext(out), "."+extension(f)) {
			return f
		}
	}
	return ""
}

// fileFormat is the format of a command with a --format flag of its own
// (screen, registry check): the flag's value, or without it the format the
// --out file's extension names, or the flag's default; a value the
// extension contradicts is a usage error.
func fileFormat(c *cli.Context, flag *cli.StringFlag, formats []string) (string, error) {
	f, out := c.String(flag.Name), outPath(c)
	if !slices.Contains(formats, f) {
		return "", usageErrorf("--format %q: want one of %s", f, strings.Join(formats, ", "))
	}
	byExt := formatByExt(out, formats)
	switch {
	case byExt == "" || byExt == f:
		return f, nil
	case !c.IsSet(flag.Name):
		return byExt, nil
	}
	return "", usageErrorf("--format %s --out %s: the file's extension says %s; give --out a .%s name, or leave --format out", f, out, byExt, extension(f))
}

// writeReport writes r in format to --out, or to stdout; binary formats are
// not written to a terminal.
func writeReport(c *cli.Context, r *report.Report, format string) error {
	explorer, err := explorerURL(c)
	if err != nil {
		return err
	}
	opts := report.WriteOptions{ExplorerURL: explorer}
	if out := outPath(c); out != "" {
		if err := outFolder(out); err != nil {
			return err
		}
		return report.WriteFile(out, r, format, opts)
	}
	if format == "xlsx" && isTerminal(os.Stdout) {
		return usageErrorf("refusing to write an XLSX workbook to a terminal: use --out FILE")
	}
	opts.Color = format == "text" && colorStdout()
	return report.Write(c.App.Writer, r, format, opts)
}

// findingsAtOrAbove counts the findings that reach threshold.
func findingsAtOrAbove(r *report.Report, threshold report.Severity) int {
	n := 0
	for _, f := range r.Findings {
		if f.Severity.AtLeast(threshold) {
			n++
		}
	}
	return n
}

// outPath is the --out value, or "" (stdout) when it is empty or "-".
// writeOut writes what write writes to the --out file out, with
// report.WriteAtomic, its folders made first (outFolder).
func writeOut(out string, write func(io.Writer) error) error {
	if err := outFolder(out); err != nil {
		return err
	}
	return report.WriteAtomic(out, write)
}

// outFolder makes the folders of the --out path out that are not there, as
// scan --archive makes its folder, so that a run reading a node for
// minutes is not lost at its end to an --out in a new folder. Made here,
// not in report.WriteAtomic: an archive being removed on an interrupt
// must not have its folder made again by a copy still being written.
func outFolder(out string) error {
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return fmt.Errorf("writing %s: %w", out, err)
	}
	return nil
}

func outPath(c *cli.Context) string {
	if out := c.String(outFlag.Name); out != "-" {
		return out
	}
	return ""
}

// isTerminal says whether f is a terminal; a variable so that the script
// tests can run a command as if on one.
var isTerminal = func(f *os.File) bool { return term.IsTerminal(int(f.Fd())) }

// colorStdout says whether text on stdout may carry ANSI colour: stdout is a
// terminal and NO_COLOR (https://no-color.org) is unset or empty.
func colorStdout() bool { return os.Getenv("NO_COLOR") == "" && isTerminal(os.Stdout) }

// outNotInput refuses an --out path that is one of the inputs, so that
// writing the output never replaces a file that was read.
func outNotInput(out string, inputs ...string) error {
	return notInput("--out", out, inputs...)
}

// notInput refuses a path that flag would write when it is one of the
// inputs ("" writes no file).
func notInput(flag, out string, inputs ...string) error {
	if out == "" {
		return nil
	}
	for _, in := range inputs {
		if in != "" && in != "-" && samePath(out, in) {
			return usageErrorf("%s %s is the input %s: refusing to overwrite an input (write elsewhere)", flag, out, in)
		}
	}
	return nil
}

// referenceInputs are the files a --reference folder may hold.
func referenceInputs(dir string) []string {
	if dir == "" {
		return nil
	}
	var out []string
	for _, name := range refdata.TableNames() {
		out = append(out, filepath.Join(dir, name))
	}
	return out
}

// listInputs are the --sanctions files and the OFAC files the list loader
// reads beside each one (add.csv, alt.csv, sdn_comments.csv, in either case),
// none of which --out may replace.
func listInputs(paths []string) []string {
	out := slices.Clone(paths)
	for _, p := range paths {
		for _, name := range []string{"add.csv", "alt.csv", "sdn_comments.csv"} {
			out = append(out, filepath.Join(filepath.Dir(p), name), filepath.Join(filepath.Dir(p), strings.ToUpper(name)))
		}
	}
	return out
}

// distinctFiles is paths without those naming a file an earlier one names
// (the same path, or another path to it such as a link), in order, with a
// note on stderr for each left out: a registry read twice would make
// every row a duplicate and count every share twice.
func distinctFiles(c *cli.Context, flag string, paths []string) []string {
	var out []string
	for _, p := range paths {
		if i := slices.IndexFunc(out, func(q string) bool { return samePath(p, q) }); i >= 0 {
			fmt.Fprintf(c.App.ErrWriter, "audit: %s %s names the same file as %s: read once\n", flag, termText(p), termText(out[i]))
			continue
		}
		out = append(out, p)
	}
	return out
}

// samePath reports whether two paths name the same file: os.SameFile when
// both exist, else the same cleaned absolute path.
func samePath(a, b string) bool {
	ai, aerr := os.Stat(a)
	bi, berr := os.Stat(b)
	if aerr == nil && berr == nil {
		return os.SameFile(ai, bi)
	}
	aa, aerr := filepath.Abs(a)
	bb, berr := filepath.Abs(b)
	return aerr == nil && berr == nil && aa == bb
}
