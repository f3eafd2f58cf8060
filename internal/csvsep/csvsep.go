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
