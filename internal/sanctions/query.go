package sanctions

import (
	"strings"

	"github.com/tokenaudit/audit/internal/evmaddr"
	"github.com/tokenaudit/audit/internal/shipid"
)

// Lookup screens one free-form query the way a person types it, q.Name: an
// EVM address (0x and 40 hex digits, or the 40 hex digits alone, as some
// tools copy it: no name is 40 hex digits) is looked up as an address, seven
// digits (optionally after "IMO", as IMOQuery reads it) as a ship and a
// company IMO number, nine digits (optionally after "MMSI") as an MMSI, and
// anything else as a name, with q's type, country and birth date.
// Identifier look-ups are exact; a name gives the matches of Name,
// review-band ones included.
func (ix *Index) Lookup(q Query) []Match {
	s := strings.TrimSpace(q.Name)
	if addr, ok := evmaddr.Parse(s); ok {
		return ix.Address(addr)
	}
	if imo, ok := IMOQuery(s); ok {
		return append(ix.IMO(imo), ix.CompanyIMO(imo)...)
	}
	if mmsi, ok := labelledDigits(s, "MMSI", 9); ok {
		return ix.MMSI(mmsi)
	}
	q.Name = s
	return ix.Name(q)
}

// IMOQuery reads a query as an IMO number the way registers and people
// write one: seven digits, alone or after "IMO" with or without a
// separator and a word for number ("IMO 7937317", "IMO7937317", "IMO:
// 7937317", "IMO No. 7937317", "IMO number 7937317", "IMO#7937317"), in
// any case. It returns the seven digits; ok is false for anything else,
// which is then a name.
func IMOQuery(s string) (digits string, ok bool) { return labelledDigits(s, "IMO", 7) }

// labelledDigits reads s as n digits, alone or after label as
// shipid.Unlabel reads it. ok is false when what is left is not n digits.
func labelledDigits(s, label string, n int) (string, bool) {
	s = shipid.Unlabel(s, label)
	if len(s) != n || !isDigits(s) {
		return "", false
	}
	return s, true
}
