package csvsep

import "testing"

func TestSniff(t *testing.T) {
	for _, c := range []struct {
		head string
		want byte
	}{
		{"a,b,c\n1;2;3;4;5\n", ','},     // only the first line counts
		{"a;b;c\r\n1,5;2,5;3\r\n", ';'}, // decimal commas below a semicolon header
		{"a\tb\tc", '\t'},               // no line end
		{"name;amount,decimal", ','},    // a tie keeps the comma
		{"a;b\tc\td", '\t'},
		{"single", ','},
		{"", ','},
	} {
		if got := Sniff([]byte(c.head)); got != c.want {
			t.Errorf("Sniff(%q) = %q, want %q", c.head, got, c.want)
		}
	}
}

func TestHint(t *testing.T) {
	for head, want := range map[string]rune{"sep=;\nname;id\n": ';', "\xef\xbb\xbfSEP=\t\r\nname\tid": '\t', "sep=,": ','} {
		if got, ok := Hint([]byte(head)); !ok || got != want {
			t.Errorf("Hint(%q) = %q, %v, want %q", head, got, ok, want)
		}
	}
	for _, head := range []string{"name,id\n", "sep=\"\n", "sep=;;\n", "", "sep=\n"} {
		if _, ok := Hint([]byte(head)); ok {
			t.Errorf("Hint(%q) is a hint", head)
		}
	}
}
