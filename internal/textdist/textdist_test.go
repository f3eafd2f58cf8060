package textdist

import "testing"

func TestLevenshtein(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"", "", 0},
		{"imo", "imo", 0},
		{"registerd_owner", "registered_owner", 1},
		{"kitten", "sitting", 3},
		{"", "abc", 3},
		{"金正恩", "金正日", 1}, // runes, not bytes
		{"Müller", "Muller", 1},
	} {
		if got := Levenshtein(c.a, c.b); got != c.want {
			t.Errorf("Levenshtein(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
		if got := Runes([]rune(c.b), []rune(c.a)); got != c.want {
			t.Errorf("Levenshtein(%q, %q) as runes = %d, want %d", c.b, c.a, got, c.want)
		}
	}
}
