package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// Formats is the one list of report format names. It feeds flag help,
// validation and the writer factory (Write).
var Formats = []string{"text", "json", "xlsx", "html"}

// WriteOptions tunes the writers. The zero value is valid.
type WriteOptions struct {
	// Color turns on ANSI colour in the text format (for a terminal).
	Color bool
	// ExplorerURL is a block explorer base such as https://etherscan.io;
	// when set, the XLSX and HTML formats link addresses and transactions
	// to ExplorerURL/address/..., /token/... and /tx/....
	ExplorerURL string
}

// Write renders r in format (one of Formats) to w. The output is a pure
// function of r, format and opts: the same inputs give the same bytes.
// The XLSX writer streams its archive to w as it is compressed, so on an
// error part of it may have been written, and while it writes it lowers
// the garbage collector's target (GOGC) to 50 unless it is lower already,
// restoring it afterwards.
func Write(w io.Writer, r *Report, format string, opts WriteOptions) error {
	if r == nil {
		return errors.New("report: nil report")
	}
	switch format {
	case "text":
		return writeText(w, r, opts)
	case "json":
		return writeJSON(w, r)
	case "xlsx":
		return writeXLSX(w, r, opts)
	case "html":
		return writeHTML(w, r, opts)
	}
	return fmt.Errorf("report: unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
}

// WriteFile writes r in format to path with WriteAtomic.
func WriteFile(path string, r *Report, format string, opts WriteOptions) error {
	return WriteAtomic(path, func(w io.Writer) error {
		if err := Write(w, r, format, opts); err != nil {
			return fmt.Errorf("writing %s: %w", path, err)
		}
		return nil
	})
}

// WriteAtomic writes what write writes to path, through a temporary file in
// the same folder that is renamed into place, so a failed write never
// leaves a half-written file under path (nor replaces what was there).
// A failure to write the file is "writing PATH: cause", never naming the
// temporary file; an error of write's own, with no write to the file
// failing (an input it reads that cannot be read), is returned as write
// gave it, as it names what failed. A path that is a folder is refused. A
// path that is there and is not a regular file (/dev/null, /dev/stdout, a
// named pipe) is written into instead: a rename would replace it with a
// regular file (run as root, /dev/null itself).
func WriteAtomic(path string, write func(io.Writer) error) error {
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return fmt.Errorf("writing %s: is a folder, not a file", path)
	} else if err == nil && !fi.Mode().IsRegular() {
		return writeSpecial(path, write)
	}
	tmp, err := createTemp(filepath.Dir(path), "."+filepath.Base(path)+".")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, withoutPath(err))
	}
	defer Temporary.Forget(tmp.Name()) // renamed or removed below
	if err := writeTemp(tmp, write); err != nil {
		tmp.Close()
		os.Remove(tmp.Name())
		return writeError(path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("writing %s: %w", path, withoutPath(err))
	}
	return nil
}

// writeSpecial writes what write writes straight into path, which is
// there and is neither a regular file nor a folder.
func writeSpecial(path string, write func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, withoutPath(err))
	}
	err = writeInto(f, write)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return writeError(path, err)
	}
	return nil
}

// writeError is WriteAtomic's error for a failed write to path: write's own
// error as it gave it, else "writing PATH: cause".
func writeError(path string, err error) error {
	var own writersError
	if errors.As(err, &own) {
		return own.err
	}
	return fmt.Errorf("writing %s: %w", path, withoutPath(err))
}

// withoutPath drops the file names from an error of the os package, which
// name the temporary file, keeping the cause ("no such file or
// directory"), so that errors.Is still sees it.
func withoutPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// Temporary is the set of temporary files and folders the process has
// open, so that a signal that stops it can remove them (RemoveAll): the
// files WriteAtomic writes before renaming them, and any a command adds.
var Temporary temporaryFiles

// temporaryFiles is a set of paths, safe for concurrent use.
type temporaryFiles struct {
	mu    sync.Mutex
	paths map[string]bool
}

// Add records path as temporary.
func (t *temporaryFiles) Add(path string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.paths == nil {
		t.paths = map[string]bool{}
	}
	t.paths[path] = true
}

// Forget drops path from the set (it was renamed or removed).
func (t *temporaryFiles) Forget(path string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.paths, path)
}

// RemoveAll removes every temporary file and folder still in the set.
func (t *temporaryFiles) RemoveAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for p := range t.paths {
		os.RemoveAll(p)
		delete(t.paths, p)
	}
}

// createTemp creates a new file in dir named prefix and a random number,
// with the permissions a new file gets from the user's umask (0666 less
// it: 0644 under umask 022, 0600 under 077), as a file written in place
// would; os.CreateTemp's are 0600 whatever the umask.
func createTemp(dir, prefix string) (*os.File, error) {
	for try := 0; ; try++ {
		name := filepath.Join(dir, prefix+strconv.FormatUint(uint64(rand.Uint32()), 10))
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
		if os.IsExist(err) && try < 100 {
			continue
		}
		if err == nil {
			Temporary.Add(name)
		}
		return f, err
	}
}

// writeTemp writes the report into tmp, flushes it to the disk and closes
// it, so that the rename that follows never leaves an empty file at the
// path after a crash. An error of write with no write to tmp failing is a
// writersError.
func writeTemp(tmp *os.File, write func(io.Writer) error) error {
	if err := writeInto(tmp, write); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	return tmp.Close()
}

// writeInto writes what write writes into f, buffered. An error of write
// with no write to f failing is a writersError.
func writeInto(f *os.File, write func(io.Writer) error) error {
	fw := &fileWriter{f: f}
	bw := bufio.NewWriterSize(fw, 1<<16)
	if err := write(bw); err != nil {
		if !fw.failed {
			return writersError{err}
		}
		return err
	}
	return bw.Flush()
}

// fileWriter writes to f, noting whether a write failed.
type fileWriter struct {
	f      *os.File
	failed bool
}

func (w *fileWriter) Write(p []byte) (int, error) {
	n, err := w.f.Write(p)
	if err != nil {
		w.failed = true
	}
	return n, err
}

// writersError is an error of WriteAtomic's write function that is not a
// failure to write the file.
type writersError struct{ err error }

func (e writersError) Error() string { return e.err.Error() }

// writeJSON writes the canonical form: two-space indentation, fields in
// declaration order, map keys sorted, a final newline.
func writeJSON(w io.Writer, r *Report) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return fmt.Errorf("json: %w", err)
	}
	return nil
}

// Read decodes a JSON report and checks it: its schema_version must have
// the major version of SchemaVersion (later minor versions only add fields,
// which are ignored), every field the schema requires must be there with
// the right JSON type, and its values must pass Validate. Problems are
// named by their JSON path. A UTF-8 byte order mark before the JSON is
// skipped. Read does not re-sort; call Finalize for that.
func Read(rd io.Reader) (*Report, error) {
	data, err := io.ReadAll(rd)
	if err != nil {
		return nil, fmt.Errorf("reading report: %w", err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, errors.New("decoding report: empty input, no JSON")
	}
	if first := bytes.TrimSpace(data)[0]; !strings.ContainsRune(`{["-0123456789tfn`, rune(first)) {
		return nil, fmt.Errorf("decoding report: not a JSON report: it starts with %q; give the report.json that scan --format json, --archive or demo writes", firstLine(data))
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	var r Report
	if err := dec.Decode(&r); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			// Name the place by its JSON path, as for the other problems.
			if perr := checkFields(data); perr != nil {
				return nil, fmt.Errorf("invalid report: %w", perr)
			}
		}
		var syntaxErr *json.SyntaxError
		if errors.As(err, &syntaxErr) {
			line, col := lineColumn(data, syntaxErr.Offset)
			return nil, fmt.Errorf("decoding report: not valid JSON at line %d, column %d: %w", line, col, err)
		}
		return nil, fmt.Errorf("decoding report: %w", err)
	}
	if dec.More() {
		return nil, errors.New("decoding report: unexpected data after the report object")
	}
	if r.SchemaVersion == "" {
		return nil, errors.New("decoding report: no schema_version (not a tokenaudit report?)")
	}
	if major(r.SchemaVersion) != major(SchemaVersion) {
		return nil, fmt.Errorf("decoding report: schema_version %q is not supported (this build reads %s.x)", r.SchemaVersion, major(SchemaVersion))
	}
	if err := checkFields(data); err != nil {
		return nil, fmt.Errorf("invalid report: %w", err)
	}
	if err := Validate(&r); err != nil {
		return nil, fmt.Errorf("invalid report: %w", err)
	}
	return &r, nil
}

// ReadFile reads and checks the JSON report at path (see Read).
func ReadFile(path string) (*Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r, err := Read(bufio.NewReader(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

func major(version string) string {
	m, _, _ := strings.Cut(version, ".")
	return m
}

// firstLine is the first line of data without leading space, cut to 40
// bytes, for a message.
func firstLine(data []byte) string {
	line, _, _ := bytes.Cut(bytes.TrimSpace(data), []byte("\n"))
	line = bytes.TrimRight(line, "\r")
	if len(line) > 40 {
		return string(line[:40]) + "..."
	}
	return string(line)
}

// lineColumn is the 1-based line and column (in bytes) of the byte at
// offset in data, or just before it: where encoding/json stopped.
func lineColumn(data []byte, offset int64) (line, col int) {
	offset = min(max(offset-1, 0), int64(len(data)))
	before := data[:offset]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = int(offset) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, col
}
