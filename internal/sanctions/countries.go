package sanctions

import (
	"strings"
	"unicode"

	"github.com/tokenaudit/audit/internal/refdata"
)

// CountryCode returns the ISO 3166-1 alpha-2 code of a country name as
// lists and registers spell it ("Korea, North", "Region: Crimea"), an ISO
// 3166-1 alpha-2 or alpha-3 code, or a common abbreviation (DPRK, UAE, UK),
// in any case, or "" when it is not recognised. The names are refdata's one
// country table.
func CountryCode(name string) string {
	code, _ := refdata.CountryCode(name)
	return code
}

// CountryCodes returns the ISO 3166-1 alpha-2 codes of a cell naming one
// country or several (a dual nationality: "RU; CY", "Russia; Cyprus",
// "RU/CY", "RU, CY"), each part read as CountryCode reads it, in order,
// once each. Commas separate codes only: names are written with commas
// ("Korea, North", "Samoa, American", "Hong Kong SAR, China"), so a part
// of names with a comma is one country or none. ok is false when a part is
// not recognised, or the cell names none.
func CountryCodes(cell string) (codes []string, ok bool) {
	add := func(code string) {
		for _, c := range codes {
			if c == code {
				return
			}
		}
		codes = append(codes, code)
	}
	for _, part := range strings.FieldsFunc(cell, func(r rune) bool { return r == ';' || r == '|' || r == '/' || r == '\n' }) {
		if strings.TrimSpace(part) == "" {
			continue
		}
		if code := CountryCode(part); code != "" {
			add(code)
			continue
		}
		for _, name := range strings.Split(part, ",") {
			name = strings.TrimSpace(name)
			if name == "" {
				continue
			}
			code := CountryCode(name)
			if code == "" || !isCode(name) {
				return nil, false
			}
			add(code)
		}
	}
	return codes, len(codes) > 0
}

// isCode reports whether s is written as a country code: two or three
// ASCII letters.
func isCode(s string) bool {
	if len(s) != 2 && len(s) != 3 {
		return false
	}
	for _, r := range s {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}

// regionCountries returns the ISO 3166-1 alpha-2 codes of Hong Kong (HK)
// and Macau (MO) when a field of an address names them as words ("Hong
// Kong", "Kowloon, Hong Kong", "Hong Kong 999077", "Macau"; not
// "Hongkou"), in that order, or none. OFAC's add.csv and the UN list write
// a Hong Kong address as city or state "Hong Kong", country "China": the
// loaders give such an entry HK besides CN, so that a query of either
// country agrees with it.
func regionCountries(field string) []string {
	words := strings.FieldsFunc(strings.ToLower(field), func(r rune) bool { return !unicode.IsLetter(r) })
	var hk, mo bool
	for i, w := range words {
		switch {
		case w == "hongkong", w == "hong" && i+1 < len(words) && words[i+1] == "kong":
			hk = true
		case w == "macau", w == "macao":
			mo = true
		}
	}
	var out []string
	if hk {
		out = append(out, "HK")
	}
	if mo {
		out = append(out, "MO")
	}
	return out
}
