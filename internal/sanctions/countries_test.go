package sanctions

import (
	"slices"
	"testing"
)

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

// TestCountryCodes: a cell of several countries, however separated, gives
// each once in order; a name with a comma is one country; an unrecognised
// part makes the whole cell unread.
func TestCountryCodes(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"RU", []string{"RU"}},
		{"Korea, North", []string{"KP"}},
		{"RU; CY", []string{"RU", "CY"}},
		{"Russia; Cyprus", []string{"RU", "CY"}},
		{"RU, CY", []string{"RU", "CY"}},
		// names with a comma are one country, or none: never split
		{"Russia, Cyprus", nil},
		{"Samoa, American", nil},
		{"Taiwan, China", nil},
		{"RU/CY/RU", []string{"RU", "CY"}},
		{"Korea, North; Russia", []string{"KP", "RU"}},
		{"ru | cyp", []string{"RU", "CY"}},
		{"RU, Narnia", nil},
		{"Narnia", nil},
		{" ; ", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got, ok := CountryCodes(tt.in)
		if !slices.Equal(got, tt.want) || ok != (tt.want != nil) {
			t.Errorf("CountryCodes(%q) = %q, %v, want %q", tt.in, got, ok, tt.want)
		}
	}
}
