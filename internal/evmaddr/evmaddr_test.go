package evmaddr

import "testing"

func TestParse(t *testing.T) {
	const want = "0x098b716b8aaf21512996dc57eb0615e2383e2f96"
	for _, s := range []string{
		"0x098B716B8Aaf21512996dC57EB0615e2383E2f96",
		"0X098B716B8Aaf21512996dC57EB0615e2383E2f96",
		"098B716B8Aaf21512996dC57EB0615e2383E2f96",
		"  0x098b716b8aaf21512996dc57eb0615e2383e2f96\t",
	} {
		if got, ok := Parse(s); !ok || got != want {
			t.Errorf("Parse(%q) = %q, %v; want %q", s, got, ok, want)
		}
	}
	for _, s := range []string{
		"", "0x", "0x098b716b8aaf21512996dc57eb0615e2383e2f9", // 39 digits
		"0x098b716b8aaf21512996dc57eb0615e2383e2f966", // 41
		"0x098b716b8aaf21512996dc57eb0615e2383e2fzz",  // not hex
		"098b716b8aaf21512996dc57eb0615e2383e2f9",     // 39 alone
		"1x098b716b8aaf21512996dc57eb0615e2383e2f96",  // no 0x
		"0x 098b716b8aaf21512996dc57eb0615e2383e2f96", // a space inside
		"KIM JONG UN",
	} {
		if got, ok := Parse(s); ok {
			t.Errorf("Parse(%q) = %q: want no address", s, got)
		}
	}
	if Strict("098b716b8aaf21512996dc57eb0615e2383e2f96") || !Strict("0x098b716b8aaf21512996dc57eb0615e2383e2f96") {
		t.Error("Strict must want the 0x")
	}
}
