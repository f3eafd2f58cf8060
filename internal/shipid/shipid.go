// Package shipid reads the numbers that identify ships and shipping
// companies (IMO numbers, MMSIs) as registers, lists and people write them.
package shipid

import "strings"

// Unlabel returns s, trimmed, without a leading label (in any case) and
// what people put between a label and its number: blanks, ".", ":", "#",
// "-" and a word for number (No, Nr, Number). "IMO No. 9020003",
// "imo: 9020003", "IMO number 9020003" and "IMO#9020003" all give
// "9020003" for the label "IMO"; s without the label is only trimmed.
func Unlabel(s, label string) string {
	s = strings.TrimSpace(s)
	if len(s) < len(label) || !strings.EqualFold(s[:len(label)], label) {
		return s
	}
	rest := strings.TrimLeft(s[len(label):], " .:#-")
	for _, word := range []string{"number", "no", "nr"} {
		if len(rest) > len(word) && strings.EqualFold(rest[:len(word)], word) && strings.ContainsAny(rest[len(word):len(word)+1], " .:#-") {
			rest = rest[len(word):]
			break
		}
	}
	return strings.TrimLeft(rest, " .:#-")
}
