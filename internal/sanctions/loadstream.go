package sanctions

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"os"
	"strings"
)

// detectSize is how much of the start of a list file DetectFormat is
// given to recognise it: a first row longer than this is seen cut.
const detectSize = 1 << 20

// maxRecordBytes is the most bytes one record of a list file may take: a
// CSV row, or a UN INDIVIDUAL or ENTITY element (or any other XML token).
// The largest in the real lists are far smaller: 1,150 bytes (an OFAC
// sdn.csv row), 9 KB (a UN entity), 8.5 KB (all the names of the OFAC
// entity with the most names, as one OpenSanctions row holds them). A
// longer record (a quote or a tag that never closes) is refused after
// reading about this much of it, not the rest of the file.
const maxRecordBytes = 4 << 20

// errRecordTooLong is returned by the readers under the CSV and XML
// parsers once the record being read has passed maxRecordBytes.
var errRecordTooLong = errors.New("record longer than maxRecordBytes")

// tooLong says that the record (what) starting on line is longer than
// maxRecordBytes, and the likely cause, for an error message.
func tooLong(what string, line int, cause string) string {
	return fmt.Sprintf("%s starting on line %d is longer than %d MB (%d bytes), the most one record of a list may take: %s?",
		what, line, maxRecordBytes>>20, maxRecordBytes, cause)
}

// listInput is one list file read once, from start to end, without holding
// it whole: its SHA-256 is taken as its bytes go by.
type listInput struct {
	path string
	r    *bufio.Reader
	h    hash.Hash
}

// newListInput reads the list file path (as it will be named in Sources
// and messages) from r, size bytes at a time (detectSize to recognise the
// format from what is read ahead).
func newListInput(path string, r io.Reader, size int) *listInput {
	h := sha256.New()
	return &listInput{path: path, h: h, r: bufio.NewReaderSize(io.TeeReader(r, h), size)}
}

// openList opens the list file at path and recognises its format from its
// first detectSize bytes; the caller closes the file.
func openList(path string) (*listInput, *os.File, string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, "", fmt.Errorf("sanctions list %s: %w", path, err)
	}
	in := newListInput(path, f, detectSize)
	head, err := in.r.Peek(detectSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		f.Close()
		return nil, nil, "", fmt.Errorf("sanctions list %s: %w", path, err)
	}
	format := DetectFormat(head)
	if format != FormatUN && bytes.IndexByte(head, '\r') >= 0 && bytes.IndexByte(head, '\n') < 0 {
		f.Close()
		return nil, nil, "", fmt.Errorf("sanctions list %s: its lines end in a carriage return alone (classic Mac line ends, as Excel's \"CSV (Macintosh)\" writes them), which CSV readers take for one line: save it with LF or CRLF line ends", path)
	}
	return in, f, format, nil
}

// finish reads what the loader left of the file (the end of an XML
// document, say) and sets src's SHA256 to the hash of all its bytes.
func (in *listInput) finish(src *Source) error {
	if _, err := io.Copy(io.Discard, in.r); err != nil {
		return fmt.Errorf("sanctions list %s: %w", in.path, err)
	}
	src.SHA256 = hex.EncodeToString(in.h.Sum(nil))
	return nil
}

// csvTrim are the bytes readCSV ignores at the end of a file: a DOS
// end-of-file byte, line ends and spaces.
const csvTrim = "\x1a\r\n "

// csvRows reads the records of a CSV file one at a time, leniently: quotes
// may be loose, rows may have any number of fields, a byte-order mark at
// the start and a trailing DOS end-of-file byte are ignored. A file whose
// last row ends inside a quoted field (an odd number of quotes: the file
// was cut off) is an error for that row, returned before the row itself,
// so a caller never reads a cut row. Only the current record and the next
// are held, never the file; a record longer than maxRecordBytes is an error
// naming the line it starts on, after reading at most that much of it.
type csvRows struct {
	r       *csv.Reader
	raw     *rawRecorder
	row     int      // rows read from r so far
	next    []string // the row read ahead, nil at the end
	nextAt  int64    // where it starts in the input
	nextErr error    // the error reading the row after it
	cut     bool     // the last row ends inside a quoted field
}

// newCSVRows reads CSV records from r.
func newCSVRows(r *bufio.Reader) *csvRows {
	if b, _ := r.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		r.Discard(3)
	}
	raw := &rawRecorder{r: &tailTrimmer{r: r}}
	cr := csv.NewReader(raw)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	c := &csvRows{r: cr, raw: raw}
	c.advance()
	return c
}

// advance reads the row after the current one into c.next, or sets
// c.nextErr.
func (c *csvRows) advance() {
	start := c.r.InputOffset()
	c.raw.start = start
	rec, err := c.r.Read()
	if err == nil && c.r.InputOffset()-start > maxRecordBytes {
		err = errRecordTooLong
	}
	if errors.Is(err, errRecordTooLong) {
		c.next, c.nextErr = nil, errors.New(tooLong("the row", c.raw.lineAt(start), "a quoted field that never closes"))
		return
	}
	if err == nil {
		c.raw.drop(start)
		c.next, c.nextAt = rec, start
		c.row++
		return
	}
	c.cut = err == io.EOF && c.next != nil && bytes.Count(c.raw.since(c.nextAt), []byte{'"'})%2 == 1
	c.next, c.nextErr = nil, err
}

// Next returns the next record and its row number (1 for the first), or
// io.EOF after the last; on any other error, row is the row that could not
// be read.
func (c *csvRows) Next() (rec []string, row int, err error) {
	if c.next == nil {
		return nil, c.row + 1, c.nextErr
	}
	rec, row = c.next, c.row
	c.advance()
	if c.cut {
		c.nextErr = fmt.Errorf("the row ends inside a quoted field: the file is cut off")
		return nil, row, c.nextErr
	}
	return rec, row, nil
}

// rawRecorder passes r's bytes on, keeping those from the start of the
// current record, so that csvRows can look at the last record's bytes. It
// passes on at most maxRecordBytes+1 bytes from start, the offset where the
// record being read starts, then returns errRecordTooLong.
type rawRecorder struct {
	r     io.Reader
	buf   []byte
	base  int64 // input offset of buf[0]
	lines int   // line ends before base
	start int64 // input offset of the record being read
}

func (w *rawRecorder) Read(p []byte) (int, error) {
	room := w.start + maxRecordBytes + 1 - (w.base + int64(len(w.buf)))
	if room <= 0 {
		return 0, errRecordTooLong
	}
	if int64(len(p)) > room {
		p = p[:room]
	}
	n, err := w.r.Read(p)
	w.buf = append(w.buf, p[:n]...)
	return n, err
}

// drop forgets the bytes before input offset at, copying what is kept to
// the front once a good part of the buffer can go.
func (w *rawRecorder) drop(at int64) {
	if k := int(at - w.base); k >= 32<<10 && k <= len(w.buf) {
		w.lines += bytes.Count(w.buf[:k], []byte{'\n'})
		w.buf = w.buf[:copy(w.buf, w.buf[k:])]
		w.base = at
	}
}

// since returns the bytes read from input offset at on.
func (w *rawRecorder) since(at int64) []byte {
	if k := int(at - w.base); k >= 0 && k <= len(w.buf) {
		return w.buf[k:]
	}
	return nil
}

// lineAt returns the line (1 for the first) of the first byte after input
// offset at that does not end a line: where a record read from at starts,
// since CSV readers skip empty lines.
func (w *rawRecorder) lineAt(at int64) int {
	k := min(max(int(at-w.base), 0), len(w.buf))
	blank := len(w.buf[k:]) - len(bytes.TrimLeft(w.buf[k:], "\r\n"))
	return 1 + w.lines + bytes.Count(w.buf[:k+blank], []byte{'\n'})
}

// tailTrimmer passes r's bytes on but for the run of csvTrim bytes that
// ends the input, held back until a byte of another kind follows it or it
// grows longer than maxRecordBytes (then it is passed on: blank rows).
type tailTrimmer struct {
	r    io.Reader
	buf  []byte
	off  int   // buf[off:] is not passed on yet
	pass int   // buf[off:pass] is to be passed on, known not to end the input
	done error // r's error, io.EOF at its end
}

func (t *tailTrimmer) Read(p []byte) (int, error) {
	for {
		if t.pass == t.off {
			rest := t.buf[t.off:]
			keep := len(bytes.TrimRight(rest, csvTrim))
			if keep == 0 && len(rest) > maxRecordBytes {
				keep = len(rest)
			}
			t.pass = t.off + keep
		}
		if t.pass > t.off {
			n := copy(p, t.buf[t.off:t.pass])
			t.off += n
			return n, nil
		}
		if t.done != nil {
			return 0, t.done
		}
		rest := t.buf[t.off:]
		t.buf = t.buf[:copy(t.buf, rest)]
		t.off, t.pass = 0, 0
		if len(t.buf) == cap(t.buf) {
			t.buf = append(t.buf, make([]byte, max(64<<10, len(t.buf)))...)[:len(t.buf)]
		}
		n, err := t.r.Read(t.buf[len(t.buf):cap(t.buf)])
		t.buf = t.buf[:len(t.buf)+n]
		if err != nil {
			t.done = err
		}
	}
}

// interner returns one copy of each string given to it, so that values
// repeated across a list's rows (datasets, countries, dates) are held once
// and none keeps the CSV row it was cut from in memory.
type interner map[string]string

func (in interner) get(s string) string {
	if v, ok := in[s]; ok {
		return v
	}
	s = strings.Clone(s)
	in[s] = s
	return s
}
