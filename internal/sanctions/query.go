package sanctions

import (
	"strings"

	"github.com/tokenaudit/audit/internal/evmaddr"
)

// Lookup screens one free-form query the way a person types it, q.Name: an
// EVM address (0x and 40 hex digits, or the 40 hex digits alone, as some
// tools copy it: no name is 40 hex digits) is looked up as an address, seven
// digits (optionally after "IMO") as a ship and a company IMO number, nine
// digits as an MMSI, and anything else as a name, with q's type, country
// and birth date. Identifier look-ups are exact; a name gives the matches
// of Name, review-band ones included.
func (ix *Index) Lookup(q Query) []Match {
	s := strings.TrimSpace(q.Name)
	digits := strings.TrimSpace(strings.TrimPrefix(strings.ToUpper(s), "IMO"))
	if addr, ok := evmaddr.Parse(s); ok {
		return ix.Address(addr)
	}
	switch {
	case len(digits) == 7 && isDigits(digits):
		return append(ix.IMO(digits), ix.CompanyIMO(digits)...)
	case len(s) == 9 && isDigits(s):
		return ix.MMSI(s)
	default:
		q.Name = s
		return ix.Name(q)
	}
}
