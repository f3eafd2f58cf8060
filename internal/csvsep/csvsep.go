// Package csvsep picks the field separator of a delimited text file, for
// the readers of registry sheets, transfer exports and name pairs alike.
package csvsep

import "bytes"

// Sniff returns the field separator of the file whose start is head: a
// comma, or a semicolon or a tab when the first line holds more of them (a
// spreadsheet program set to a language that writes decimal commas saves
// CSV with semicolons). Only the first line is read; a comma when it has
// none of the three.
func Sniff(head []byte) byte {
	line, _, _ := bytes.Cut(head, []byte{'\n'})
	best, n := byte(','), bytes.Count(line, []byte{','})
	for _, c := range []byte{';', '\t'} {
		if k := bytes.Count(line, []byte{c}); k > n {
			best, n = c, k
		}
	}
	return best
}

// Hint reads the separator a file's first line names as Excel writes it,
// "sep=;" (after a UTF-8 byte-order mark, if any): ok is false when the
// line is no such hint. A file with a hint has its header on the next
// line.
func Hint(head []byte) (sep rune, ok bool) {
	line := bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimRight(line, "\r")
	if len(line) != 5 || !bytes.EqualFold(line[:4], []byte("sep=")) {
		return 0, false
	}
	c := rune(line[4])
	if c == '"' || c == '\r' || c == '\n' || c >= 0x80 {
		return 0, false
	}
	return c, true
}
