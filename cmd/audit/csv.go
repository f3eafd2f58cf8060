package main

import (
	"regexp"
	"strings"
)

// plainNumber is a decimal number as a spreadsheet reads it: an optional
// minus sign, digits, an optional fraction and exponent.
var plainNumber = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$`)

// csvText keeps a spreadsheet from reading a CSV cell as a formula: a cell
// starting with = + - @ (or a tab or carriage return) gets a single quote in
// front, as OWASP advises against CSV injection. A plain decimal number
// ("-5", "-0.25", "-1e3") is left as it is, so that it stays a number: a
// spreadsheet runs nothing in it; so is a lone "-" (standard input as a
// --queries file, a dash for none). Every CSV cell written from a name, a
// label or a column of an input file goes through csvText.
func csvText(s string) string {
	if s != "" && s != "-" && strings.ContainsRune("=+-@\t\r", rune(s[0])) && !plainNumber.MatchString(s) {
		return "'" + s
	}
	return s
}

// csvTexts is csvText applied to each cell of a row, in a new slice.
func csvTexts(row []string) []string {
	out := make([]string, len(row))
	for i, s := range row {
		out[i] = csvText(s)
	}
	return out
}
