package report

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// FuzzPrintedIdentityText: whatever a report's tool, version and block
// hash say, the XLSX page header printSetup writes ("&L" and
// headerFooterText of printedIdentity) fits Excel's 255 UTF-16 units, holds
// no control character or bidi control (isBidiControl), and every & of it is one of a
// literal && pair (no &P, &N, &"font" or &K code of the report's making);
// its HTML counterpart (cssString) is one CSS string: quotes and
// backslashes only as escapes, letters, digits and ' ,.:-' left as they are.
func FuzzPrintedIdentityText(f *testing.F) {
	f.Add("tokenaudit", "1.0", "0xabc", "2026-12-07T00:00:00Z")
	f.Add("&P&N&\"Arial,Bold\"&12&K00FF00", "&&&", "\u202eevil\u2066", "x")
	f.Add(strings.Repeat("\U0001F600", 200), "\x00\x07\r\n", strings.Repeat("&", 300), "")
	f.Add("\"\\;}</style>", "\ufeff\u200f", "\xff\xfe", "&")
	f.Fuzz(func(t *testing.T, name, version, hash, generated string) {
		r := &Report{Tool: Tool{Name: name, Version: version}, Chain: Chain{ChainID: 1, BlockNumber: 5, BlockHash: hash}, GeneratedAt: generated}
		h := "&L" + headerFooterText(printedIdentity(r), 253)
		if n := len(utf16.Encode([]rune(h))); n > 255 {
			t.Fatalf("header %q: %d UTF-16 units", h, n)
		}
		rest := h[2:]
		for i := 0; i < len(rest); i++ {
			if rest[i] == '&' {
				if i+1 >= len(rest) || rest[i+1] != '&' {
					t.Fatalf("header %q: a lone & at %d", h, i)
				}
				i++
			}
		}
		for _, c := range rest {
			if c < 0x20 || c == 0x7f || isBidiControl(c) {
				t.Fatalf("header %q: control %U", h, c)
			}
		}
		css := cssString(printedIdentity(r))
		inner := css[1 : len(css)-1]
		if css[0] != '"' || css[len(css)-1] != '"' || strings.ContainsAny(inner, "\"'\n\r<>;{}") {
			t.Fatalf("css %q", css)
		}
		for i := 0; i < len(inner); i++ {
			if inner[i] == '\\' {
				j := i + 1
				for j < len(inner) && strings.IndexByte("0123456789abcdef", inner[j]) >= 0 {
					j++
				}
				if j == i+1 || j >= len(inner) || inner[j] != ' ' {
					t.Fatalf("css %q: a backslash at %d not a hex escape ended by a space", css, i)
				}
				i = j
			}
		}
	})
}
