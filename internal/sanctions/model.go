package sanctions

import "strings"

// Entry is one listed party as its list publishes it. Identifiers are
// normalised: EVM addresses lowercase 0x hex, IMO numbers seven digits.
type Entry struct {
	List     string // "OFAC SDN", "UN SC", "OpenSanctions" (with its datasets), or "address list" and an address list's file name
	ListDate string // YYYY-MM-DD of the publication, when known
	EntryID  string // the list's own id (OFAC ent_num, UN reference number, ...)
	Source   string // the file it was read from
	Type     string // "individual", "entity", "vessel", "aircraft", "wallet"

	Name    string
	Aliases []string // a.k.a., f.k.a. and former names
	Weak    []string // weak aliases, matched at lower confidence

	Programs   []string
	Datasets   []string // the lists an aggregated entry comes from (OpenSanctions datasets: us_ofac_sdn, un_sc_sanctions)
	Countries  []string // ISO 3166-1 alpha-2 where recognised
	BirthDates []string // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a range or approximate year gives every year it spans (birthYears)

	Addresses           []string // EVM addresses
	IMOs                []string // ship IMO numbers
	MMSIs               []string
	CompanyIMOs         []string
	RegistrationNumbers []string
	LinkedTo            []string // names of owners and operators the list links the entry to
	Flag                string   // a vessel's flag, as the list gives it
	Remarks             string
}

// Ref names the entry in its list, for a message: "OFAC SDN entry 27307",
// or, for an address list, whose entry ids are rows, "address list
// sanctioned_addresses_ETH.txt, row 11".
func (e *Entry) Ref() string {
	if strings.HasPrefix(e.List, ListAddresses+" ") {
		return e.List + ", " + e.EntryID
	}
	return e.List + " entry " + e.EntryID
}

// Match is one list entry that a query hit, with why.
type Match struct {
	Entry       *Entry
	Score       float64 // 1 for an identifier match; name similarity 0..1 otherwise
	Identifier  string  // "address", "imo", "mmsi", "company-imo", "registration-number", or "" for a name match
	Value       string  // the identifier's value as looked up ("HE 123456"), "" for a name match
	Review      bool    // a name score in the review band, below the match threshold
	Explanation string  // why it matched, one line a person can read
}
