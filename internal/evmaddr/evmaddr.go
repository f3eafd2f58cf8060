// Package evmaddr reads an EVM address the way people and tools write it,
// for the registry's wallet and claims sheets and the sanctions lists and
// queries alike.
package evmaddr

import "strings"

// Parse returns the address s stands for, lowercased, with its 0x: s is 0x
// (or 0X) and 40 hex digits, or the 40 hex digits alone, as some tools copy
// an address (no name or other identifier is 40 hex digits); spaces around
// it are ignored. Anything else is not an address.
func Parse(s string) (string, bool) {
	t := strings.ToLower(strings.TrimSpace(s))
	if len(t) == 40 {
		t = "0x" + t
	}
	if !Strict(t) {
		return "", false
	}
	return t, true
}

// Strict reports whether s is exactly 0x (or 0X) and 40 hex digits: the form
// an address found in free text, such as a list's remarks, must have.
func Strict(s string) bool {
	if len(s) != 42 || s[0] != '0' || (s[1] != 'x' && s[1] != 'X') {
		return false
	}
	for i := 2; i < 42; i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}
