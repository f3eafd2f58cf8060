package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

var archiveFlag = &cli.StringFlag{
	Name: "archive",
	Usage: "also write an evidence bundle into `DIR` (new or empty): report.json, report.xlsx, report.html, report.txt, and in DIR/inputs " +
		"a byte-identical copy of every input file the report records (--mapping among them) and of the embedded reference tables it cites; " +
		"report.json is written last, so it is there only when the bundle is complete; check it later with " +
		"'audit verify DIR/report.json --inputs DIR/inputs'",
}

// archiveDir is --archive checked before the audit runs: "" when it is not
// given, else a folder that is not there yet or is empty, so that the
// bundle holds only what this run writes and writing it replaces nothing,
// an input least of all (an input's folder is never empty); --out may not
// be inside it.
func archiveDir(c *cli.Context) (string, error) {
	if !c.IsSet(archiveFlag.Name) {
		return "", nil
	}
	dir := c.String(archiveFlag.Name)
	if dir == "" || dir == "-" {
		return "", usageErrorf("--archive %q: want a new or empty folder for the reports and the copies of their inputs", dir)
	}
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		if fi, serr := os.Stat(dir); serr == nil && !fi.IsDir() {
			return "", usageErrorf("--archive %s is a file: want a new or empty folder", dir)
		}
		return "", fmt.Errorf("--archive %s: %w", dir, withoutPathErr(err))
	case len(entries) > 0:
		return "", usageErrorf("--archive %s is not empty: give a new or empty folder (a bundle holds only what one run wrote, and nothing in the folder is replaced)", dir)
	}
	if out := outPath(c); out != "" && inside(out, dir) {
		return "", usageErrorf("--out %s is inside --archive %s: write the report elsewhere (the bundle has its own report.json, .xlsx, .html and .txt)", out, dir)
	}
	return dir, nil
}

// withoutPathErr is an os error without the path it names, which the
// message names already.
func withoutPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// inside reports whether path is dir or under it, by cleaned absolute
// paths.
func inside(path, dir string) bool {
	p, err1 := filepath.Abs(path)
	d, err2 := filepath.Abs(dir)
	if err1 != nil || err2 != nil {
		return false
	}
	return p == d || strings.HasPrefix(p, d+string(filepath.Separator))
}

// archiveInput is one file of a bundle's inputs folder.
type archiveInput struct {
	in       report.Input // as the report records it
	name     string       // its name in the inputs folder
	inPlace  bool         // already there under name (the demo's fixture copies)
	embedded []byte       // an embedded reference table's content, else nil
}

// archiveInputs names the files of the bundle's inputs folder: one for
// each file among inputs (those a report records), an input read twice
// kept once. Inputs read together go together: an OFAC sdn.csv and the
// add.csv, alt.csv and sdn_comments.csv read beside it (kind sanctions,
// an OFAC format, one folder) are one group; any other input is a group of
// its own; a group whose names and sha256s are those of an earlier group
// (two copies of one list) is kept once. A group keeps its base names
// directly in the folder unless one before it in this order took one of
// them: a group with an input already in the folder, one with an embedded
// reference table (verify finds those by their name only), one with an
// address list, any other; a group with a name taken goes whole into a
// numbered subfolder, "2/sdn.csv", "2/alt.csv" (or 3, ...), so that the
// list is read again with the files it was read with, and verify finds
// each by its sha256.
func archiveInputs(inputs []report.Input, inputsDir string) ([]archiveInput, error) {
	var all []archiveInput
	for _, in := range inputs {
		a := archiveInput{in: in}
		if table, ok := strings.CutPrefix(in.Path, refdata.EmbeddedPrefix); ok {
			data, ok := refdata.EmbeddedTable(table)
			if !ok {
				return nil, fmt.Errorf("the report cites %s, which this tool does not embed", in.Path)
			}
			a.name, a.embedded = filepath.Base(table), data
		} else {
			a.name = filepath.Base(in.Path)
			a.inPlace = samePath(in.Path, filepath.Join(inputsDir, a.name))
		}
		if !slices.ContainsFunc(all, func(b archiveInput) bool {
			return b.embedded == nil && a.embedded == nil && samePath(a.in.Path, b.in.Path)
		}) {
			all = append(all, a)
		}
	}
	// the groups, in the order of their first input
	var groups [][]archiveInput
	at := map[string]int{} // an OFAC set's folder -> its group
	for _, a := range all {
		dir := ""
		if a.embedded == nil && a.in.Kind == "sanctions" && slices.Contains(ofacFormats, a.in.Format) {
			dir, _ = filepath.Abs(filepath.Dir(a.in.Path))
		}
		if g, ok := at[dir]; ok && dir != "" {
			groups[g] = append(groups[g], a)
			continue
		}
		if dir != "" {
			at[dir] = len(groups)
		}
		groups = append(groups, []archiveInput{a})
	}
	key := func(g []archiveInput) string {
		var k []string
		for _, a := range g {
			k = append(k, strings.ToLower(a.name)+"\x00"+strings.ToLower(a.in.SHA256))
		}
		slices.Sort(k)
		return strings.Join(k, "\x00")
	}
	seen := map[string]bool{}
	kept := groups[:0]
	for _, g := range groups {
		if k := key(g); !seen[k] {
			seen[k] = true
			kept = append(kept, g)
		}
	}
	groups = kept
	rank := func(g []archiveInput) int {
		r := 3
		for _, a := range g {
			switch {
			case a.inPlace:
				r = min(r, 0)
			case a.embedded != nil:
				r = min(r, 1)
			case a.in.Kind == "sanctions" && a.in.Format == sanctions.FormatWallets:
				r = min(r, 2)
			}
		}
		return r
	}
	taken := map[string]bool{} // lower case: one name on a case-insensitive file system
	free := func(g []archiveInput) bool {
		return !slices.ContainsFunc(g, func(a archiveInput) bool { return taken[strings.ToLower(a.name)] })
	}
	named := make([]bool, len(groups))
	for r := 0; r <= 3; r++ {
		for i, g := range groups {
			if rank(g) == r && free(g) {
				for _, a := range g {
					taken[strings.ToLower(a.name)] = true
				}
				named[i] = true
			}
		}
	}
	var out []archiveInput
	n := 2
	for i, g := range groups {
		if !named[i] {
			for taken[strconv.Itoa(n)] {
				n++
			}
			sub := strconv.Itoa(n)
			taken[sub] = true
			for k := range g {
				if g[k].inPlace || g[k].embedded != nil {
					return nil, fmt.Errorf("two inputs of the report would be %s in %s", g[k].name, inputsDir)
				}
				g[k].name = filepath.Join(sub, g[k].name)
			}
		}
		out = append(out, g...)
	}
	return out, nil
}

// ofacFormats are the formats of an OFAC legacy CSV set, the sdn.csv and
// the files read beside it.
var ofacFormats = []string{sanctions.FormatOFACSDN, sanctions.FormatOFACAdd, sanctions.FormatOFACAlt, sanctions.FormatOFACComments}

// writeArchive writes the bundle of report r into dir, creating it if need
// be: into dir/inputs a copy of each input file r records (--mapping
// among them), named by archiveInputs, and of each embedded reference table r cites; then
// report.xlsx, report.html, report.txt and, last, report.json, each file
// written under a temporary name and renamed into place once complete, so
// that a report.json in dir says the bundle is whole (one there before
// is removed first). Every copy is checked against the sha256 recorded
// while it is written, and an input already in dir/inputs (the demo's)
// where it is: a file that changed since the audit read it is an error
// naming it. No path of protect (the audit's inputs) is ever written. On
// an error, or a signal stopping the process, the files and folders it
// wrote are removed. It returns the files of the inputs folder.
func writeArchive(dir string, r *report.Report, opts report.WriteOptions, protect []string) (files []archiveInput, err error) {
	inputsDir := filepath.Join(dir, "inputs")
	var written []string // files and folders created, in order
	defer func() {
		for i := len(written) - 1; i >= 0; i-- {
			if err != nil {
				os.Remove(written[i])
			}
			report.Temporary.Forget(written[i])
		}
	}()
	// done records path as written by this run: removed on an error, or
	// by a signal until the bundle is complete.
	done := func(path string) {
		written = append(written, path)
		report.Temporary.Add(path)
	}
	for _, d := range []string{dir, inputsDir} {
		if _, err := os.Stat(d); errors.Is(err, fs.ErrNotExist) {
			if err := os.MkdirAll(d, 0o755); err != nil {
				return nil, fmt.Errorf("creating %s: %w", d, withoutPathErr(err))
			}
			done(d)
		}
	}
	jsonPath := filepath.Join(dir, "report.json")
	if err := os.Remove(jsonPath); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("removing the earlier %s: %w", jsonPath, withoutPathErr(err))
	}
	files, err = archiveInputs(r.Inputs, inputsDir)
	if err != nil {
		return nil, err
	}
	for _, a := range files {
		dest := filepath.Join(inputsDir, a.name)
		if a.inPlace {
			if err := checkSHA256(a.in); err != nil {
				return nil, err
			}
			continue
		}
		if err := notInput("--archive", dest, protect...); err != nil {
			return nil, err
		}
		if sub := filepath.Dir(dest); sub != inputsDir {
			if _, err := os.Stat(sub); errors.Is(err, fs.ErrNotExist) {
				if err := os.Mkdir(sub, 0o755); err != nil {
					return nil, fmt.Errorf("creating %s: %w", sub, withoutPathErr(err))
				}
				done(sub)
			}
		}
		if err := report.WriteAtomic(dest, func(w io.Writer) error { return copyInput(w, a) }); err != nil {
			return nil, err
		}
		done(dest)
	}
	formats := []string{}
	for _, f := range report.Formats {
		if f != "json" {
			formats = append(formats, f)
		}
	}
	for _, f := range append(formats, "json") {
		path := filepath.Join(dir, "report."+extension(f))
		if err := notInput("--archive", path, protect...); err != nil {
			return nil, err
		}
		if err := report.WriteFile(path, r, f, opts); err != nil {
			return nil, err
		}
		done(path)
	}
	return files, nil
}

// copyInput writes the content of an archived input to w, failing when its
// sha256 is not the one recorded.
func copyInput(w io.Writer, a archiveInput) error {
	h := sha256.New()
	if a.embedded != nil {
		w.Write(a.embedded) // an error is the writer's, seen when it is flushed
		h.Write(a.embedded)
		return sameSHA256(a.in, h.Sum(nil))
	}
	f, err := openRegular(a.in.Path)
	if err != nil {
		return fmt.Errorf("archiving %s %s: %w", a.in.Kind, a.in.Path, err)
	}
	defer f.Close()
	if _, err := io.Copy(io.MultiWriter(w, h), f); err != nil {
		return fmt.Errorf("archiving %s %s: %w", a.in.Kind, a.in.Path, err)
	}
	return sameSHA256(a.in, h.Sum(nil))
}

// checkSHA256 fails when the file at in.Path does not have the sha256
// recorded.
func checkSHA256(in report.Input) error {
	sum, err := fileSHA256(in.Path)
	if err != nil {
		return fmt.Errorf("archiving %s %s: %w", in.Kind, in.Path, err)
	}
	return sameSHA256(in, sum)
}

// sameSHA256 fails, naming the file, when sum is not the sha256 recorded
// for in.
func sameSHA256(in report.Input, sum []byte) error {
	if got := hex.EncodeToString(sum); !strings.EqualFold(got, in.SHA256) {
		return fmt.Errorf("archiving %s %s: the file changed during the run (sha256 %s now, %s when the audit read it): nothing archived; run the audit again",
			in.Kind, in.Path, got, in.SHA256)
	}
	return nil
}

// fileSHA256 is the SHA-256 of the regular file at path.
func fileSHA256(path string) ([]byte, error) {
	f, err := openRegular(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

// openRegular opens the regular file at path; anything else (a pipe such
// as a shell's <(...), a device) is an error, as what the audit read from
// it cannot be read again.
func openRegular(path string) (*os.File, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, withoutPathErr(err)
	}
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, errors.New("not a regular file (a pipe or a device): what the audit read from it cannot be read again to archive it")
	}
	return f, nil
}
