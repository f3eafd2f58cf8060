package main

import "testing"

// TestCSVText: cells a spreadsheet would run as a formula get a quote;
// plain numbers and a lone dash (standard input's name, "none") do not.
func TestCSVText(t *testing.T) {
	for in, want := range map[string]string{
		"=SUM(A1)":     "'=SUM(A1)",
		"+1+1":         "'+1+1",
		"-1+1":         "'-1+1",
		"@cmd":         "'@cmd",
		"\tx":          "'\tx",
		"-5":           "-5",
		"-0.25":        "-0.25",
		"-1e3":         "-1e3",
		"-":            "-",
		"Ivan Sidorov": "Ivan Sidorov",
		"":             "",
	} {
		if got := csvText(in); got != want {
			t.Errorf("csvText(%q) = %q, want %q", in, got, want)
		}
	}
}
