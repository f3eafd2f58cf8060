package registry

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"
)

// maxQuoted is the most bytes a quoted CSV cell may run over several
// lines, as many as one line may hold (maxLine): a quote left open longer
// than that is a stray one, not a cell. A cell closed within it is read
// whole, and the loader cuts it to what a spreadsheet cell holds, as it
// does a long cell on one line.
const maxQuoted = maxLine

// csvReader reads CSV records as Excel and LibreOffice write them: a cell
// holding a separator, a quote or a line break is quoted whole, with each
// quote inside doubled. A quote inside an unquoted cell (5'10") is read as
// text. A quoted cell may run over several lines, but one whose closing
// quote is followed by anything other than the separator or the line end,
// or that is never closed, makes its first line a csvQuoteError: that line
// is not read, and the lines after it are read again as rows of their own,
// so that a stray quote costs one row, never the rows after it. Once the
// header is read (the first record with a cell that is not blank, after
// Excel's "sep=;" line), a quoted cell that is closed but takes in a line
// that looks like a row of its own (at least as many separators outside
// quotes as the header has columns, less one) is taken for a stray quote
// too, and read so; a cell whose lines have fewer separators (an address)
// is one cell. Blank lines are no records, but count in the line numbers;
// a line ending "\r\n" ends as "\n", inside a quoted cell too.
type csvReader struct {
	src   *bufio.Reader
	comma byte
	err   error // the source's error (io.EOF at its end), once met
	line  int   // the number of the last line taken
	start int   // the first line of the record Read returned last
	row   int   // the spreadsheet row of the record Read returned last
	// extra counts the lines that records read so far took beyond their
	// first (quoted cells running over several lines): a spreadsheet
	// program shows each such record as one row.
	extra int
	back  [][]byte // lines given back by a record that failed, read first
	taken [][]byte // the lines after the first of the record being read
	long  []byte   // a line longer than src's buffer
	buf   []byte   // the record's cells, one after the other
	ends  []int    // where each cell ends in buf
	rec   []string // reused for each record
	// sepLine: the first line is Excel's "sep=;", not the header.
	sepLine bool
	width   int // the header's columns (see width), once read; 0 before, -1 never to look
}

// csvQuoteError is a CSV line that a quoted cell makes unreadable (see
// csvReader): Line is the line the record starts on, the one line not read,
// Row the spreadsheet row it is (see csvReader.Row), and Field the
// zero-based column of the quoted cell.
type csvQuoteError struct {
	Line, Row, Field int
	Reason           string
}

func (e *csvQuoteError) Error() string { return e.Reason }

func newCSVRecords(r io.Reader, comma byte) *csvReader {
	return &csvReader{src: bufio.NewReaderSize(r, 64<<10), comma: comma}
}

// Line is the file line the record Read returned last starts on, counting
// blank lines and every line of a quoted cell that runs over several:
// after such a cell, it is more than the row a spreadsheet program shows.
func (r *csvReader) Line() int { return r.start }

// Row is the row a spreadsheet program (LibreOffice, Excel) shows the
// record Read returned last on: its Line less the lines that quoted cells
// of the records before it took beyond their first, as such a record is
// one row there. Blank lines count, as they are empty rows there.
func (r *csvReader) Row() int { return r.row }

// rowNote is " (row R in a spreadsheet)" for a record starting on a line
// other than its row (after a quoted cell over several lines), else "".
func (r *csvReader) rowNote() string {
	if r.row == r.start {
		return ""
	}
	return fmt.Sprintf(" (row %d in a spreadsheet)", r.row)
}

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
		r.row = r.start - r.extra
		rec, err := r.parse(line)
		if err == nil && r.width == 0 && !(r.sepLine && r.start == 1) {
			r.width = width(rec)
		}
		if qe, ok := err.(*csvQuoteError); ok {
			// Read the lines a quoted cell took again, as rows.
			r.back = append(r.taken, r.back...)
			r.taken = nil
			r.line = r.start
			qe.Row = r.row
			return nil, qe
		}
		r.extra += len(r.taken)
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
				fmt.Sprintf("; line %d%s is not read, the lines after it are read as rows of their own", r.start, r.rowNote())}
		}
		pos++
		from := len(r.buf)
		var rowLike []int // the lines taken in that look like rows of their own
		for {
			i := bytes.IndexByte(line[pos:], '"')
			if i < 0 {
				// The cell runs on to the next line.
				if r.line == qline {
					char = utf8.RuneCount(line[:quote]) + 1
				} else if r.looksLikeRow(line) {
					rowLike = append(rowLike, r.line) // a line the cell takes in whole
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
			// Blanks between the closing quote and the separator or the
			// line end are dropped, as LibreOffice and Excel drop them.
			if k := blanksTo(line[pos:], r.comma); k > 0 {
				pos += k
			}
			if (pos == len(line) || line[pos] == r.comma) && r.line != qline {
				// The cell closes on a later line: the lines it took in
				// (this one up to the quote) must not look like rows.
				if r.looksLikeRow(line[:pos-1]) {
					rowLike = append(rowLike, r.line)
				}
				if len(rowLike) > 0 {
					return nil, fail(" runs to line %d and takes in what looks like rows of their own (%s): a stray quote?%s",
						r.line, lineList(rowLike), r.spanNote(qline))
				}
			}
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
				return nil, fail(" is not closed on its line: %s is followed by %q, not the separator %q or the line end (a spreadsheet program writes a quote inside a quoted cell twice: \"\")%s",
					closing, string(c), string(rune(r.comma)), r.spanNote(qline))
			}
			break
		}
	}
}

// blanksTo is the number of spaces (and tabs, unless tab is the
// separator) at the start of b when only they stand before the separator
// or the end of b, else 0.
func blanksTo(b []byte, comma byte) int {
	for i, c := range b {
		switch {
		case c == comma:
			return i
		case c == ' ', c == '\t':
		default:
			return 0
		}
	}
	return len(b)
}

// spanNote says, for a quoted cell opened on line first that a quote
// closes on the current line, that a spreadsheet program reads those lines
// as one row where this reader reads them as rows of their own, so that
// the rows after them are cited further down than it shows them; "" when
// the cell is on one line.
func (r *csvReader) spanNote(first int) string {
	if r.line == first {
		return ""
	}
	return fmt.Sprintf(" (a spreadsheet program reads lines %d to %d as one row, and shows the rows after it %d higher than they are cited here)",
		first, r.line, r.line-first)
}

// looksLikeRow reports whether line, read as a line of its own, holds at
// least as many separators outside quotes as the header has columns, less
// one (never before the header is read, nor for a header of one column).
func (r *csvReader) looksLikeRow(line []byte) bool {
	if r.width < 2 {
		return false
	}
	n, quoted := 0, false
	for _, c := range line {
		switch {
		case c == '"':
			quoted = !quoted
		case c == r.comma && !quoted:
			if n++; n >= r.width-1 {
				return true
			}
		}
	}
	return false
}

// lineList names the lines: "line 3", "lines 3, 4", "lines 3, 4, 5 and 7
// more".
func lineList(lines []int) string {
	if len(lines) == 1 {
		return fmt.Sprintf("line %d", lines[0])
	}
	s := "lines"
	for i, n := range lines {
		if i == 3 {
			return fmt.Sprintf("%s and %d more", s, len(lines)-3)
		}
		if i > 0 {
			s += ","
		}
		s += fmt.Sprintf(" %d", n)
	}
	return s
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
