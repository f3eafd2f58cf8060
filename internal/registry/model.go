package registry

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// Origin is where a value was read: file, sheet (the file's base name for a
// CSV, so that a CSV's rows are told from another file's), 1-based row as a
// spreadsheet program numbers it, and the header of the column. Every record
// keeps the Origin of its row.
type Origin struct {
	File   string `json:"file"`
	Sheet  string `json:"sheet"`
	Row    int    `json:"row"`
	Column string `json:"column,omitempty"`
	// names is what the source calls the model's columns: a sheet's headers
	// as written, a JSON record's fields; nil when it calls them the same.
	names *columnNames
}

// columnNames maps a model column ("jurisdiction") to what one source calls
// it ("Country of incorporation", "recordDetails.jurisdiction").
type columnNames map[string]string

// String cites the origin the way a lawyer would: "registry.xlsx, sheet
// vessels, row 7, column imo"; a CSV, whose one sheet is the file itself,
// is "vessels.csv, row 7, column imo".
func (o Origin) String() string {
	s := fmt.Sprintf("%s, sheet %s, row %d", o.File, o.Sheet, o.Row)
	if o.Sheet == filepath.Base(o.File) {
		s = fmt.Sprintf("%s, row %d", o.File, o.Row)
	}
	if o.Column != "" {
		s += ", column " + o.Column
	}
	return s
}

// At is the same row's cell in the model's column named column, cited by
// the name its source gives that column: the header as written in the
// sheet ("Country of incorporation" for jurisdiction), the field of a JSON
// record ("data.identification.country_registered"); a column the source
// names otherwise is cited as named.
func (o Origin) At(column string) Origin {
	if o.names != nil {
		if name, ok := (*o.names)[column]; ok {
			column = name
		}
	}
	o.Column = column
	return o
}

// Field is At(column) for a spreadsheet row, whose Origin names no column;
// a record that already names the field it came from (a BODS interest,
// "interests[1]", or a PSC nature of control) is cited as it is, since it
// has no such column.
func (o Origin) Field(column string) Origin {
	if o.Column != "" {
		return o
	}
	return o.At(column)
}

// Share is a fraction of ownership as an interval within [0, 1]. An exact
// share has Low == High; a band such as "25-50" is [0.25, 0.50]; an unknown
// share is [0, 1]. The interval is closed unless HighOpen is set: then the
// share is strictly below High, [Low, High) (for example "under the 25%
// threshold" is [0, 0.25) with HighOpen). Only the upper bound can be open;
// an excluded lower bound is kept as a closed one (a slightly wider interval,
// still true).
type Share struct {
	Low      float64 `json:"low"`
	High     float64 `json:"high"`
	HighOpen bool    `json:"high_open,omitempty"`
}

// Unknown is the share of which nothing is known.
var Unknown = Share{Low: 0, High: 1}

// Exact is the share of exactly f (a fraction).
func Exact(f float64) Share { return Share{Low: f, High: f} }

// IsExact reports whether the share is a single number.
func (s Share) IsExact() bool { return s.Low == s.High && !s.HighOpen }

// Below reports whether the share is certainly below f: its upper bound is
// under f, or equal to f and excluded. Bounds within tol count as equal.
func (s Share) Below(f, tol float64) bool {
	return s.High < f-tol || (s.HighOpen && s.High <= f+tol)
}

// Vessel is a row of the vessels sheet.
type Vessel struct {
	Key                  string // seven IMO digits when the IMO is valid, else the row's own key
	IMO                  string // digits as given, leading zeros restored
	IMOValid             bool
	Name                 string
	Flag                 string // ISO 3166-1 alpha-2 when recognised, else as given
	MMSI                 string
	CallSign             string
	ShipType             string
	GrossTonnage         int
	YearBuilt            int
	RegisteredOwner      string // company id
	ShipManager          string // company id
	DOCCompany           string // company id
	GroupBeneficialOwner string // company or person id
	Origin               Origin
}

// VesselChange is a row of the vessel_history sheet: field had value from
// From until To (zero To means still current).
type VesselChange struct {
	IMO    string // vessel key
	Field  string // name, flag, registered_owner, ship_manager, ...
	Value  string
	From   time.Time
	To     time.Time
	Origin Origin
}

// Company is a row of the companies sheet, or a BODS entity statement.
type Company struct {
	ID                 string
	Name               string
	Type               string // "company" (default), "trust", "arrangement", "state", "unknown"
	Jurisdiction       string // ISO 3166-1 alpha-2 when recognised, else as given
	RegistrationNumber string
	CompanyIMO         string // seven digits
	CompanyIMOValid    bool
	IncorporatedOn     time.Time
	DissolvedOn        time.Time
	Address            string
	BearerShares       bool
	Listed             bool
	// NoOwners is the company's own statement that it names no beneficial
	// owner (a BODS unspecified interested party), or nil. A pointer keeps
	// the record small: few companies have one.
	NoOwners *NoOwners
	Origin   Origin
}

// Reasons a company names no beneficial owner (BODS unspecifiedReason codes).
const (
	// NoBeneficialOwners: no natural person meets the beneficial-ownership
	// threshold. The company's other owners are still loaded.
	NoBeneficialOwners = "noBeneficialOwners"
	// ExemptFromDisclosure: the company need not disclose its beneficial
	// owners (e.g. it is listed); it has no owner row for this statement.
	ExemptFromDisclosure = "subjectExemptFromDisclosure"
)

// NoOwners is a company's statement that it names no beneficial owner.
type NoOwners struct {
	Reason      string // NoBeneficialOwners or ExemptFromDisclosure
	Description string // as the source words it, may be ""
	Origin      Origin // the statement
}

// Says reports whether the company declared the reason (nil-safe).
func (n *NoOwners) Says(reason string) bool { return n != nil && n.Reason == reason }

// Text is the description, or the reason code when there is none.
func (n *NoOwners) Text() string {
	if n.Description != "" {
		return n.Description
	}
	return n.Reason
}

// Person is a row of the people sheet, or a BODS person statement.
type Person struct {
	ID          string
	Name        string
	Nationality string // ISO 3166-1 alpha-2 when recognised
	BirthDate   string // "YYYY", "YYYY-MM" or "YYYY-MM-DD"
	PEP         bool
	Unknown     bool   // a placeholder for an owner nobody has named (BODS unknownPerson, anonymous)
	Reason      string // why the person is unknown, as the source says
	Origin      Origin
	// SameAs, for a person read from several records taken as one, are
	// those other records and why; nil for a person of one record (a
	// pointer keeps the record small: few people have one).
	SameAs *SameAs
	// Possible, for a UK PSC person or a BODS person without an
	// identifier, are records of other people that give the same name and
	// month (BODS: date) of birth but were not taken as this person (nothing else corroborates it, or something disagrees): for a
	// reader to check, never counted as this person's. Nil for most.
	Possible *Possible
}

// Possible lists the records that may be the same person as a Person and
// were not joined to it (see pscSamePeople in psc.go and bodsSamePeople in
// bods.go), each with why not.
type Possible struct {
	Records []PossibleRecord // in input order, at most a few
	More    int              // further records of the same name and month, not listed
}

// PossibleRecord is one record that may be the same person.
type PossibleRecord struct {
	PersonID string // the person that record was loaded as
	Origin   Origin // the record
	Why      string // what agrees and why it was not joined
}

// SameAs is what makes several records one Person: the records other than
// the one of the Person's Origin (UK PSC records that give the same name,
// month of birth and service address, or re-notify the person in one
// company, and no differing nationality or residence, see pscSamePeople in
// psc.go; BODS person statements without an identifier that give the same
// name and date of birth, to the month at least, and an address or a
// company in common, or an indirect interest declared through a company
// the other holds, see bodsSamePeople in bods.go), and why. Their interests are the person's.
type SameAs struct {
	Records []Origin // each at its row
	// Names are those records' names as written where they differ from
	// the Person's ("Marc Anthony FELDMAN"): a sheet may name the person so.
	Names []string
	// Why says what the records have in common ("same name and month of
	// birth (MARC ANTHONY FELDMAN, 1961-12), nationality GB").
	Why string
}

// SameAsText tells a reader why the person's records are one person, and
// where every one of them is: "same name and month of birth (MARC ANTHONY
// FELDMAN, 1961-12), nationality GB: 2 UK PSC records taken as one person:
// psc.json, row 12; psc.json, row 40". It is "" for a person of one record.
func (p Person) SameAsText() string {
	if p.SameAs == nil {
		return ""
	}
	rows := []string{p.Origin.String()}
	for _, o := range p.SameAs.Records {
		rows = append(rows, o.String())
	}
	return fmt.Sprintf("%s: %d records taken as one person: %s", p.SameAs.Why, len(rows), strings.Join(rows, "; "))
}

// Ownership is a row of the ownership sheet: OwnerID holds Share of OwnedID.
type Ownership struct {
	OwnerID  string
	OwnedID  string
	Share    Share
	Interest string // shareholding, voting, control, nominee, trustee, ...
	Indirect bool   // a declared indirect holding (BODS), not an edge of the graph
	AsOf     time.Time
	EndedOn  time.Time // set only in Registry.Ended: when the interest ended (zero if not said)
	Source   string
	Origin   Origin
}

// Officer is a row of the officers sheet.
type Officer struct {
	CompanyID   string
	OfficerID   string
	Role        string // director, secretary, nominee director, ...
	AppointedOn time.Time
	Origin      Origin
}

// Wallet is a row of the wallets sheet: who is known to control an address.
type Wallet struct {
	Address    string // lowercase 0x hex, 20 bytes
	HolderID   string // company or person id
	Evidence   string // kyc, whitelist, identity-registry, self-declared
	VerifiedOn time.Time
	Origin     Origin
}

// WalletHolder is the holder the wallets rows of one wallet give it, as
// the audit counts it: the holder of the first row that names one who is
// not an unknown person (unknown says which ids are), "" when no row does.
func WalletHolder(rows []*Wallet, unknown func(id string) bool) string {
	for _, w := range rows {
		if w.HolderID != "" && !unknown(w.HolderID) {
			return w.HolderID
		}
	}
	return ""
}

// Claim is a row of the claims sheet: a token says it represents
// ClaimedShare of an asset.
type Claim struct {
	Token        string // lowercase 0x address
	AssetIMO     string // seven digits, as given
	AssetID      string // registry vessel key when there is no IMO
	TokenID      string // ERC-721 token id, if the claim is per token
	IssuerID     string // company id
	ClaimedShare Share
	Document     string
	Origin       Origin
}

// Problem is a row or cell that could not be used. The loader goes on
// without it; the audit reports it as an INPUT-ROW finding.
type Problem struct {
	Origin Origin
	Reason string
}

// File is one input file as read.
type File struct {
	Path   string
	SHA256 string
	Rows   int    // data rows read, over all sheets
	Format string // "xlsx", "csv", "bods-json", "uk-psc-json"
	// Sheets are a spreadsheet's sheets in file order, each with the kind
	// it was read as (a CSV file is one sheet, named after the file); nil
	// for a BODS or PSC file.
	Sheets []Sheet
	// Records counts what the file gave the registry, by kind (KindVessels
	// ...), once references are resolved; kinds of no record are absent.
	Records map[string]int
}

// Sheet is one sheet of a spreadsheet and what it was read as.
type Sheet struct {
	Name string
	// Kind is the kind the sheet was recognised as by its name or header
	// row (one of Kinds), or "" when neither says.
	Kind string
	// Missing lists the key columns a sheet recognised by its name lacks:
	// its rows are not read.
	Missing []string
	Rows    int // non-empty rows after the header
}

// Registry is everything loaded from the registry inputs. Slices keep input
// order; keys are unique within each slice (duplicates become Problems).
type Registry struct {
	Files     []File
	Vessels   []Vessel
	History   []VesselChange
	Companies []Company
	People    []Person
	Ownership []Ownership
	// Ended are interests the source says are over (a BODS interest with an
	// endDate, a ceased UK PSC), kept to cite former owners; they are not
	// in Ownership and are no edge of the graph.
	Ended    []Ownership
	Officers []Officer
	Wallets  []Wallet
	Claims   []Claim
	Problems []Problem
}

// ReadAs says, in lines indented by two spaces, what a file was read as:
// each sheet's kind and rows ("  sheet vessels: read as vessels, 6 data
// rows", "  sheet Notes: not recognised, 3 rows not read"); a CSV file's
// one sheet as "  read as vessels"; a BODS or PSC file's records by kind
// ("  read as companies (2), people (1), ownership (2)").
func ReadAs(f File) string {
	if f.Sheets == nil {
		var kinds []string
		for _, k := range []string{KindVessels, KindVesselHistory, KindCompanies, KindPeople, KindOwnership, KindOfficers, KindWallets, KindClaims} {
			if n := f.Records[k]; n > 0 {
				kinds = append(kinds, fmt.Sprintf("%s (%d)", k, n))
			}
		}
		if len(kinds) == 0 {
			return "  no records read"
		}
		return "  read as " + strings.Join(kinds, ", ")
	}
	var lines []string
	for _, s := range f.Sheets {
		var what string
		switch {
		case s.Kind == "" && s.Rows == 0:
			what = "not recognised, no data rows"
		case s.Kind == "":
			what = fmt.Sprintf("not recognised, %s not read", nRows(s.Rows))
		case len(s.Missing) > 0:
			what = fmt.Sprintf("%s without its %s column, %s not read", s.Kind, joinAnd(s.Missing), nRows(s.Rows))
			if len(s.Missing) > 1 {
				what = strings.Replace(what, " column,", " columns,", 1)
			}
		case f.Format == "csv":
			what = "read as " + s.Kind
		default:
			what = fmt.Sprintf("read as %s, %d data rows", s.Kind, s.Rows)
		}
		if f.Format == "csv" {
			lines = append(lines, "  "+what)
		} else {
			lines = append(lines, "  sheet "+s.Name+": "+what)
		}
	}
	return strings.Join(lines, "\n")
}
