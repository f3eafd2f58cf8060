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
	// AliasKinds gives the kind of an alias of Aliases that the list says
	// is not a plain a.k.a. (NameFormer, NameNew, NameOriginal), by the
	// alias as written; nil when it says none.
	AliasKinds map[string]string
	// AliasSources gives the file an alias of Aliases or Weak was read
	// from, and that file's list date, by the alias as written, when it is
	// not Source (an OFAC alt.csv merged into its sdn.csv, or the
	// sdn_comments.csv continuing Remarks that sdn.csv cut at 1,000
	// characters); nil when every name comes from Source. See Match.Cited.
	AliasSources map[string]NameSource
	// IdentifierSources gives the file an identifier (of Addresses, IMOs,
	// MMSIs, CompanyIMOs, RegistrationNumbers) was read from, and that
	// file's list date, when it is not Source: an OFAC identifier found
	// only in the part of Remarks sdn_comments.csv continues. It is keyed
	// by the identifier as identifierKey writes a Match.Value; nil when
	// every identifier comes from Source. See Match.Cited.
	IdentifierSources map[string]NameSource

	Programs   []string
	Datasets   []string // the lists an aggregated entry comes from (OpenSanctions datasets: us_ofac_sdn, un_sc_sanctions)
	Countries  []string // ISO 3166-1 alpha-2 where recognised: nationalities, addresses, and the issuers of identity documents (passports, national IDs)
	BirthDates []string // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; a range or approximate year gives every year it spans (birthYears)

	Addresses           []string // EVM addresses
	IMOs                []string // ship IMO numbers
	MMSIs               []string
	CompanyIMOs         []string
	RegistrationNumbers []string
	// RegistrationCountries gives the country that issued a registration
	// number of RegistrationNumbers, as an ISO 3166-1 alpha-2 code, by the
	// number as written, where the list says (OFAC: "Registration Number
	// 6388 (Iran)"); nil when it says none. See RegistrationCountry.
	RegistrationCountries map[string]string
	LinkedTo              []string // names of owners and operators the list links the entry to
	Flag                  string   // a vessel's flag, as the list gives it
	Remarks               string
}

// RegistrationCountry is the country that issued the entry's registration
// number num (compared as Index.RegistrationNumber compares numbers), or ""
// when the list does not say.
func (e *Entry) RegistrationCountry(num string) string {
	key := normalizeID(num)
	for n, c := range e.RegistrationCountries {
		if normalizeID(n) == key {
			return c
		}
	}
	return ""
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
	// Name is the entry's name the query matched, as the list writes it,
	// and NameKind which of its names that is (NamePrimary, NameAlias,
	// NameFormer, NameNew, NameOriginal, NameWeak); both "" for an
	// identifier match.
	Name     string
	NameKind string
}

// NameSource is the file a listed name was read from and that file's list
// date (YYYY-MM-DD, "" when not known).
type NameSource struct {
	File     string
	ListDate string
}

// Cited is the file to cite for the match and its list date: the file the
// matched name or identifier was read from (an OFAC alias read from
// alt.csv: that alt.csv and its own date; an identifier or alias found only
// in the Remarks sdn_comments.csv continues: that file and its own date),
// else the entry's Source and ListDate.
func (m Match) Cited() (file, listDate string) {
	if m.Entry == nil {
		return "", ""
	}
	if m.Identifier != "" {
		if ns, ok := m.Entry.IdentifierSources[identifierKey(m.Value)]; ok {
			return ns.File, ns.ListDate
		}
	}
	if m.Name != "" && m.NameKind != NamePrimary {
		if ns, ok := m.Entry.AliasSources[m.Name]; ok {
			return ns.File, ns.ListDate
		}
	}
	return m.Entry.Source, m.Entry.ListDate
}

// identifierKey is the key of an identifier's value in
// Entry.IdentifierSources: compared as Index compares identifiers, without
// case, spaces, dashes, dots or slashes (normalizeID).
func identifierKey(v string) string { return normalizeID(v) }

// Kinds of a listed name (Match.NameKind), as far as the list tells them
// apart.
const (
	NamePrimary  = "primary"         // the entry's name
	NameAlias    = "alias"           // an a.k.a. (OFAC alt.csv aka, a UN alias of good quality, an OpenSanctions alias)
	NameFormer   = "former name"     // an f.k.a. (OFAC alt.csv fka and Remarks, UN alias quality f.k.a.)
	NameNew      = "new name"        // an n.k.a., "now known as" (OFAC alt.csv nka and Remarks)
	NameOriginal = "original script" // the name in its original script (UN NAME_ORIGINAL_SCRIPT)
	NameWeak     = "weak alias"      // a weak a.k.a. (OFAC Remarks, UN alias quality Low)
)

// nameLabels are the lists' words for each kind of alias, which the text
// of a match cites.
var nameLabels = map[string]string{NameAlias: "a.k.a.", NameFormer: "f.k.a.", NameNew: "n.k.a.", NameWeak: "weak a.k.a."}

// NameNote says which of the entry's names a name match was found by when
// it is not the primary one: "matched former name SAND SWAN (f.k.a.)",
// "matched original script name ...". It is "" for a match on the primary
// name or on an identifier.
func (m Match) NameNote() string {
	if m.Name == "" || m.NameKind == NamePrimary {
		return ""
	}
	if m.NameKind == NameOriginal {
		return "matched name in original script " + m.Name
	}
	note := "matched " + m.NameKind + " " + m.Name
	if l := nameLabels[m.NameKind]; l != "" {
		note += " (" + l + ")"
	}
	return note
}

// aliasKind is the kind of the alias a of e (NameAlias unless AliasKinds
// says otherwise).
func (e *Entry) aliasKind(a string) string {
	if k := e.AliasKinds[a]; k != "" {
		return k
	}
	return NameAlias
}

// setAliasKind records that the alias a of e is of kind k, unless the list
// has given it a kind already.
func (e *Entry) setAliasKind(a, k string) {
	if k == NameAlias || e.AliasKinds[a] != "" {
		return
	}
	if e.AliasKinds == nil {
		e.AliasKinds = map[string]string{}
	}
	e.AliasKinds[a] = k
}
