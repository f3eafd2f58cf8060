package sanctions

import "testing"

func TestCountryCode(t *testing.T) {
	tests := []struct{ in, want string }{
		{"KP", "KP"},
		{"kp", "KP"},
		{"PRK", "KP"},
		{"prk", "KP"},
		{"DPRK", "KP"},
		{"North Korea", "KP"},
		{"Korea, North", "KP"},
		{"KOR", "KR"},
		{"GBR", "GB"},
		{"UK", "GB"},
		{"UAE", "AE"},
		{"IRN", "IR"},
		{"USA", "US"},
		{"Atlantis", ""},
		{"XYZ", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := CountryCode(tt.in); got != tt.want {
			t.Errorf("CountryCode(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
