// Package excelcell measures text as a spreadsheet cell holds it: Excel
// caps a cell at 32,767 UTF-16 code units, which is neither bytes nor
// characters (a character beyond U+FFFF, an emoji or a CJK Extension B
// ideograph, is two units; a CJK ideograph is three UTF-8 bytes and one
// unit).
package excelcell

import "unicode/utf16"

// MaxUnits is the most UTF-16 code units Excel keeps in one cell.
const MaxUnits = 32767

// Units is the number of UTF-16 code units of s (an invalid UTF-8 byte
// counts as the one unit of U+FFFD it is read as).
func Units(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// Prefix is the longest prefix of s of at most max UTF-16 code units that
// ends on a character boundary; s itself when it fits.
func Prefix(s string, max int) string {
	if len(s) <= max {
		return s // at least one byte a unit
	}
	n := 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if n+w > max {
			return s[:i]
		}
		n += w
	}
	return s
}
