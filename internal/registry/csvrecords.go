package registry

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// maxQuoted is the most bytes a quoted CSV cell may run over several lines:
// the most UTF-8 bytes a cell of maxCell UTF-16 units can take. A quote
// left open longer than that is a stray one, not a cell.
const maxQuoted = 3 * maxCell

// csvReader reads CSV records as Excel and LibreOffice write them: a cell
// holding a separator, a quote or a line break is quoted whole, with each
// quote inside doubled. A quote inside an unquoted cell (5'10") is read as
// text. A quoted cell may run over several lines, but one whose closing
// quote is followed by anything other than the separator or the line end,
// or that is never closed, makes its first line a csvQuoteError: that line
// is not read, and the lines after it are read again as rows of their own,
// so that a stray quote costs one row, never the rows after it. Blank lines
// are no records, but count in the line numbers; a line ending "\r\n" ends
// as "\n", inside a quoted cell too.
type csvReader struct {
	src   *bufio.Reader
	comma byte
	err   error    // the source's error (io.EOF at its end), once met
	line  int      // the number of the last line taken
	start int      // the first line of the record Read returned last
	back  [][]byte // lines given back by a record that failed, read first
	taken [][]byte // the lines after the first of the record being read
	long  []byte   // a line longer than src's buffer
	buf   []byte   // the record's cells, one after the other
	ends  []int    // where each cell ends in buf
	rec   []string // reused for each record
}

// csvQuoteError is a CSV line that a quoted cell makes unreadable (see
// csvReader): Line is the line the record starts on, the one line not read,
// and Field the zero-based column of the quoted cell.
type csvQuoteError struct {
	Line, Field int
	Reason      string
}

func (e *csvQuoteError) Error() string { return e.Reason }

func newCSVRecords(r io.Reader, comma byte) *csvReader {
	return &csvReader{src: bufio.NewReaderSize(r, 64<<10), comma: comma}
}

// Line is the first line of the record Read returned last, as a
// spreadsheet program numbers rows (blank lines count).
func (r *csvReader) Line() int { return r.start }

// next takes the next line, without its line break (nor a carriage return
// before it or at the end of the text); it is valid until the next call.
func (r *csvReader) next() ([]byte, error) {
	if len(r.back) > 0 {
		line := r.back[0]
		r.back = r.back[1:]
		r.line++
		return line, nil
	}
	if r.err != nil {
		return nil, r.err
	}
	line, err := r.src.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		r.long = append(r.long[:0], line...)
		for err == bufio.ErrBufferFull {
			line, err = r.src.ReadSlice('\n')
			r.long = append(r.long, line...)
		}
		line = r.long
	}
	if err != nil {
		r.err = err
		if err != io.EOF || len(line) == 0 {
			return nil, err
		}
	}
	r.line++
	line = bytes.TrimSuffix(line, []byte("\n"))
	return bytes.TrimSuffix(line, []byte("\r")), nil
}

// Read returns the next record, reusing the slice it returned last; a
// *csvQuoteError for a line a quoted cell makes unreadable (the next Read
// goes on at the line after it); io.EOF at the end; any other error is
// the source's (a line over maxLine).
func (r *csvReader) Read() ([]string, error) {
	for {
		line, err := r.next()
		if err != nil {
			return nil, err
		}
		if len(line) == 0 {
			continue // a blank line is no row
		}
		r.start = r.line
		rec, err := r.parse(line)
		if qe, ok := err.(*csvQuoteError); ok {
			// Read the lines a quoted cell took again, as rows.
			r.back = append(r.taken, r.back...)
			r.taken = nil
			r.line = r.start
			return nil, qe
		}
		return rec, err
	}
}

// parse reads the record starting with line, taking more lines while a
// quoted cell runs on.
func (r *csvReader) parse(line []byte) ([]string, error) {
	r.buf, r.ends, r.taken = r.buf[:0], r.ends[:0], r.taken[:0]
	pos := 0
	for field := 0; ; field++ {
		if pos >= len(line) || line[pos] != '"' {
			i := bytes.IndexByte(line[pos:], r.comma)
			if i < 0 {
				r.buf = append(r.buf, line[pos:]...)
				r.ends = append(r.ends, len(r.buf))
				return r.record(), nil
			}
			r.buf = append(r.buf, line[pos:pos+i]...)
			r.ends = append(r.ends, len(r.buf))
			pos += i + 1
			continue
		}
		// Where the quote opens: its line, byte, and character once counted
		// (before its line is gone).
		qline, quote, char := r.line, pos, 0
		fail := func(format string, args ...any) error {
			if char == 0 {
				char = utf8.RuneCount(line[:quote]) + 1 // line is still qline
			}
			return &csvQuoteError{Line: r.start, Field: field, Reason: fmt.Sprintf("a quote opened in column %s (character %d of line %d)",
				columnLetter(field), char, qline) + fmt.Sprintf(format, args...) +
				fmt.Sprintf("; line %d is not read, the lines after it are read as rows of their own", r.start)}
		}
		pos++
		from := len(r.buf)
		for {
			i := bytes.IndexByte(line[pos:], '"')
			if i < 0 {
				// The cell runs on to the next line.
				if r.line == qline {
					char = utf8.RuneCount(line[:quote]) + 1
				}
				r.buf = append(r.buf, line[pos:]...)
				r.buf = append(r.buf, '\n')
				if len(r.buf)-from > maxQuoted {
					return nil, fail(" is not closed on its line nor in the next %d bytes, more than a spreadsheet cell can hold", maxQuoted)
				}
				next, err := r.next()
				if err == io.EOF {
					return nil, fail(" is not closed on its line nor by the end of the file")
				}
				if err != nil {
					return nil, err
				}
				line, pos = bytes.Clone(next), 0
				r.taken = append(r.taken, line)
				continue
			}
			r.buf = append(r.buf, line[pos:pos+i]...)
			pos += i + 1
			switch {
			case pos < len(line) && line[pos] == '"':
				r.buf = append(r.buf, '"') // a quote written twice
				pos++
				continue
			case pos == len(line):
				r.ends = append(r.ends, len(r.buf))
				return r.record(), nil
			case line[pos] == r.comma:
				r.ends = append(r.ends, len(r.buf))
				pos++
			default:
				c, _ := utf8.DecodeRune(line[pos:])
				closing := fmt.Sprintf("the quote at character %d", utf8.RuneCount(line[:pos]))
				if r.line != qline {
					closing = fmt.Sprintf("the quote that would close it, at character %d of line %d,", utf8.RuneCount(line[:pos]), r.line)
				}
				return nil, fail(" is not closed on its line: %s is followed by %q, not the separator %q or the line end (a spreadsheet program writes a quote inside a quoted cell twice: \"\")",
					closing, string(c), string(rune(r.comma)))
			}
			break
		}
	}
}

// record makes the cells in buf one record, its strings sharing one
// allocation.
func (r *csvReader) record() []string {
	s := string(r.buf)
	r.rec = r.rec[:0]
	from := 0
	for _, end := range r.ends {
		r.rec = append(r.rec, s[from:end])
		from = end
	}
	return r.rec
}
