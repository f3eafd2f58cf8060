package excelcell

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestUnitsAndPrefix(t *testing.T) {
	tests := []struct {
		s      string
		units  int
		max    int
		prefix string
	}{
		{"abc", 3, 2, "ab"},
		{"中文", 2, 1, "中"},
		{"😀😀", 4, 3, "😀"},
		{"a😀", 3, 2, "a"},
		{"😀", 2, 2, "😀"},
		{"", 0, 0, ""},
		{"\xff", 1, 1, "\xff"},
	}
	for _, tt := range tests {
		if got := Units(tt.s); got != tt.units {
			t.Errorf("Units(%q) = %d, want %d", tt.s, got, tt.units)
		}
		if got := Prefix(tt.s, tt.max); got != tt.prefix {
			t.Errorf("Prefix(%q, %d) = %q, want %q", tt.s, tt.max, got, tt.prefix)
		}
	}
	long := strings.Repeat("😀", MaxUnits)
	p := Prefix(long, MaxUnits)
	if Units(p) != MaxUnits-1 || !utf8.ValidString(p) {
		t.Errorf("Prefix of %d emoji: %d units, valid %v; want %d", MaxUnits, Units(p), utf8.ValidString(p), MaxUnits-1)
	}
}
