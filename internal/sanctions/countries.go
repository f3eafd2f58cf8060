package sanctions

import "github.com/tokenaudit/audit/internal/refdata"

// CountryCode returns the ISO 3166-1 alpha-2 code of a country name as
// lists and registers spell it ("Korea, North", "Region: Crimea"), an ISO
// 3166-1 alpha-2 or alpha-3 code, or a common abbreviation (DPRK, UAE, UK),
// in any case, or "" when it is not recognised. The names are refdata's one
// country table.
func CountryCode(name string) string {
	code, _ := refdata.CountryCode(name)
	return code
}
