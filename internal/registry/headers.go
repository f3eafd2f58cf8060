package registry

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"gopkg.in/yaml.v2"

	"github.com/tokenaudit/audit/internal/textdist"
)

// Sheet kinds, as the design names them.
const (
	KindVessels       = "vessels"
	KindVesselHistory = "vessel_history"
	KindCompanies     = "companies"
	KindPeople        = "people"
	KindOwnership     = "ownership"
	KindOfficers      = "officers"
	KindWallets       = "wallets"
	KindClaims        = "claims"
)

// Kinds lists every sheet kind, in the order a header row is tried against
// them when the sheet's name says nothing.
var Kinds = []string{KindVesselHistory, KindVessels, KindOfficers, KindOwnership, KindWallets, KindClaims,
	KindCompanies, KindPeople}

// kindSpec says which canonical columns a kind has, which of them a header
// row must hold for the sheet to be recognised, and their aliases.
type kindSpec struct {
	columns  []string
	required []string
	aliases  map[string]string // normalised alias -> canonical column
	weak     map[string]bool   // normalised aliases of weakAliases
}

// common aliases apply to every kind that has the canonical column.
var commonAliases = map[string][]string{
	"imo": {"imono", "imonumber", "imonr", "lrimoshipno", "lrimo", "lrno", "imoshipno", "shipimo", "vesselimo",
		"imoshipidentificationnumber", "imonumberofship"},
	"name":                   {"vesselname", "shipname", "nameofship", "companyname", "personname", "fullname", "entityname"},
	"flag":                   {"flagstate", "flagname", "flagcountry", "flagofregistry"},
	"mmsi":                   {"mmsino", "mmsinumber", "maritimemobileserviceidentity", "maritimemobileserviceidentitymmsinumber"},
	"call_sign":              {"callsignno", "callletters"},
	"ship_type":              {"shiptype", "vesseltype", "type", "typeofship", "shiptypelevel5"},
	"gross_tonnage":          {"gt", "grt", "grosstonnage", "gross"},
	"year_built":             {"built", "yearofbuild", "buildyear", "yob", "yearbuilt"},
	"registered_owner":       {"registeredowner", "regowner", "owner", "registeredownername"},
	"ship_manager":           {"manager", "shipmanager", "shipmanagercommercialmanager", "shipmanagername"},
	"doc_company":            {"doccompany", "ismmanager", "docholder", "ismcompany", "doccompanyname"},
	"group_beneficial_owner": {"gbo", "groupowner", "groupbeneficialowner", "beneficialowner"},
	"vessel_id":              {"vesselid", "vesselkey", "shipid", "key"},
	"field":                  {"attribute", "changedfield", "item"},
	"value":                  {"newvalue"},
	"from":                   {"start", "startdate", "validfrom", "fromdate", "effectivefrom", "since"},
	"to":                     {"end", "enddate", "validto", "todate", "until", "effectiveto"},
	"company_id":             {"companyid", "entityid", "companykey", "id", "companycode"},
	"jurisdiction":           {"country", "countryofincorporation", "incorporatedin", "domicile", "countryofregistration", "registeredin"},
	"registration_number":    {"registrationnumber", "regno", "registrationno", "companynumber", "companyno", "crn"},
	"company_imo":            {"companyimo", "companyimonumber", "companyimono", "owcode", "imocompanynumber"},
	"incorporated_on":        {"incorporatedon", "incorporationdate", "incorporated", "dateofincorporation", "founded", "foundingdate"},
	"dissolved_on":           {"dissolvedon", "dissolutiondate", "dissolved", "dateofdissolution"},
	"address":                {"registeredaddress", "walletaddress", "wallet", "account"},
	"bearer_shares":          {"bearershares", "bearer"},
	"listed":                 {"islisted", "publiclylisted", "stocklisted"},
	"person_id":              {"personid", "individualid", "personkey", "id"},
	"nationality":            {"citizenship", "nationalitycountry"},
	"birth_date":             {"birthdate", "dateofbirth", "dob", "born"},
	"pep":                    {"ispep", "politicallyexposed", "politicallyexposedperson", "pepstatus"},
	"owner_id":               {"ownerid", "owner", "shareholder", "shareholderid", "parent", "parentid", "interestedparty", "holdername"},
	"owned_id":               {"ownedid", "owned", "subject", "subjectid", "subsidiary", "subsidiaryid", "ownedentity", "ownedcompany", "ownedcompanyid"},
	"share":                  {"shares", "share%", "sharepercent", "sharepct", "percentage", "percent", "pct", "stake", "ownershippercent", "ownership%", "ownershipshare", "holding%", "%"},
	"interest":               {"interesttype", "natureofcontrol", "natureofinterest", "kind"},
	"as_of":                  {"asof", "asofdate", "date", "recordeddate", "statementdate"},
	"source":                 {"sourcedocument", "evidencesource"},
	"officer_id":             {"officerid", "director", "directorid", "officer", "officername"},
	"role":                   {"position", "title", "officerrole", "capacity"},
	"appointed_on":           {"appointedon", "appointed", "appointmentdate", "dateofappointment"},
	"holder_id":              {"holderid", "holder", "ownerid", "owner", "walletowner", "controlledby", "customerid"},
	"evidence":               {"evidencetype", "basis", "verification"},
	"verified_on":            {"verifiedon", "verified", "kycdate", "verificationdate", "checkedon"},
	"token":                  {"tokenaddress", "contract", "tokencontract", "contractaddress"},
	"asset_imo":              {"assetimo", "claimedimo", "imo", "vesselimo", "imono", "imonumber"},
	"asset_id":               {"assetid", "assetkey", "vesselid", "vesselkey"},
	"token_id":               {"tokenid", "nftid", "erc721id"},
	"issuer_id":              {"issuerid", "issuer", "issuername"},
	"claimed_share":          {"claimedshare", "share", "share%", "claimedpercent", "fraction", "percentage"},
	"document":               {"documentref", "doc", "prospectus", "offeringdocument", "filing", "reference"},
}

// weakAliases name a column only when no other header of the sheet does: an
// S&P Sea-web export holds ShipManager and TechnicalManager, YearOfBuild and
// DateOfBuild, ShiptypeLevel5 and ShiptypeGroup, and the first of each pair
// is the column; the second is then an extra column of the export, not read
// and not a problem.
var weakAliases = map[string][]string{
	"ship_manager": {"technicalmanager"},
	"year_built":   {"dateofbuild"},
	"ship_type":    {"shiptypegroup"},
}

var specs = map[string]*kindSpec{
	KindVessels: {columns: []string{"imo", "vessel_id", "name", "flag", "mmsi", "call_sign", "ship_type", "gross_tonnage",
		"year_built", "registered_owner", "ship_manager", "doc_company", "group_beneficial_owner"},
		required: []string{"imo", "name"}},
	KindVesselHistory: {columns: []string{"imo", "field", "value", "from", "to"}, required: []string{"imo", "field", "value"}},
	KindCompanies: {columns: []string{"company_id", "name", "jurisdiction", "registration_number", "company_imo",
		"incorporated_on", "dissolved_on", "address", "bearer_shares", "listed"}, required: []string{"company_id", "name"}},
	KindPeople:    {columns: []string{"person_id", "name", "nationality", "birth_date", "pep"}, required: []string{"person_id", "name"}},
	KindOwnership: {columns: []string{"owner_id", "owned_id", "share", "interest", "as_of", "source"}, required: []string{"owner_id", "owned_id"}},
	KindOfficers:  {columns: []string{"company_id", "officer_id", "role", "appointed_on"}, required: []string{"company_id", "officer_id"}},
	KindWallets:   {columns: []string{"address", "holder_id", "evidence", "verified_on"}, required: []string{"address", "holder_id"}},
	KindClaims: {columns: []string{"token", "asset_imo", "asset_id", "token_id", "issuer_id", "claimed_share", "document"},
		required: []string{"token"}},
}

// sheetNames are the normalised sheet (or CSV file) names of each kind.
var sheetNames = map[string]string{
	"vessels": KindVessels, "vessel": KindVessels, "ships": KindVessels, "ship": KindVessels, "fleet": KindVessels,
	"vesselhistory": KindVesselHistory, "history": KindVesselHistory, "vesselchanges": KindVesselHistory, "changes": KindVesselHistory,
	"companies": KindCompanies, "company": KindCompanies, "entities": KindCompanies,
	"people": KindPeople, "persons": KindPeople, "person": KindPeople, "individuals": KindPeople, "naturalpersons": KindPeople,
	"ownership": KindOwnership, "owners": KindOwnership, "shareholders": KindOwnership, "shareholdings": KindOwnership, "ownerships": KindOwnership,
	"officers": KindOfficers, "directors": KindOfficers, "officer": KindOfficers,
	"wallets": KindWallets, "wallet": KindWallets, "addresses": KindWallets, "kyc": KindWallets,
	"claims": KindClaims, "claim": KindClaims, "tokens": KindClaims,
}

func init() {
	for _, spec := range specs {
		spec.aliases = map[string]string{}
		for _, c := range spec.columns {
			spec.aliases[normHeader(c)] = c
		}
		// The kind's own columns win over aliases of other columns.
		for _, c := range spec.columns {
			for _, a := range commonAliases[c] {
				a = normHeader(a)
				if _, taken := spec.aliases[a]; !taken {
					spec.aliases[a] = c
				}
			}
		}
		spec.weak = map[string]bool{}
		for _, c := range spec.columns {
			for _, a := range weakAliases[c] {
				if _, taken := spec.aliases[a]; !taken {
					spec.aliases[a], spec.weak[a] = c, true
				}
			}
		}
	}
}

// normHeader reduces a header to lower-case letters, digits and "%":
// "IMO No." and "imo_no" agree.
func normHeader(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '%' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mapping is a parsed --mapping file.
type mapping struct {
	sheets  map[string]string // normalised sheet name -> kind
	columns map[string]string // normalised header -> canonical column
}

// readMapping reads a YAML or JSON mapping file:
//
//	sheets:            # optional: sheet or CSV file name -> kind
//	  Schiffe: vessels
//	columns:           # header as written -> canonical column
//	  Eigner: registered_owner
//
// A file holding only a flat map of header -> column is read as columns.
func readMapping(path string) (mapping, error) {
	m := mapping{sheets: map[string]string{}, columns: map[string]string{}}
	if path == "" {
		return m, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return m, fmt.Errorf("mapping %s: %w", path, err)
	}
	raw := map[string]any{}
	if strings.EqualFold(filepath.Ext(path), ".json") {
		err = json.Unmarshal(b, &raw)
	} else {
		var y map[string]any
		err = yaml.Unmarshal(b, &y)
		raw = y
	}
	if err != nil {
		return m, fmt.Errorf("mapping %s: %w", path, err)
	}
	known := map[string]bool{}
	for _, spec := range specs {
		for _, c := range spec.columns {
			known[c] = true
		}
	}
	for k, v := range raw {
		switch strings.ToLower(k) {
		case "sheets", "columns", "headers":
			sub, ok := toStringMap(v)
			if !ok {
				return m, fmt.Errorf("mapping %s: %s must map names to names", path, k)
			}
			for from, to := range sub {
				if strings.ToLower(k) == "sheets" {
					if _, ok := specs[to]; !ok {
						return m, fmt.Errorf("mapping %s: sheet %q: %q is not a sheet kind (%s)", path, from, to, strings.Join(Kinds, ", "))
					}
					m.sheets[normHeader(from)] = to
					continue
				}
				if !known[to] {
					return m, fmt.Errorf("mapping %s: column %q: %q is not a canonical column; %s", path, from, to, suggestColumn(to))
				}
				m.columns[normHeader(from)] = to
			}
		default:
			to, ok := v.(string)
			if !ok {
				return m, fmt.Errorf("mapping %s: %q: want a canonical column name, or sheets:/columns: sections", path, k)
			}
			if !known[to] {
				return m, fmt.Errorf("mapping %s: %q: %q is not a canonical column (or a sheets:/columns: section); %s", path, k, to, suggestColumn(to))
			}
			m.columns[normHeader(k)] = to
		}
	}
	return m, nil
}

// suggestColumn names the canonical column closest to a mapping's unknown
// target: the one it is an alias of ("imo_number" is imo), else one within
// a few typing errors ("registerd_owner"), else every kind's columns.
func suggestColumn(to string) string {
	n := normHeader(to)
	var aliasOf []string         // "owner" is registered_owner, owner_id and holder_id
	best, dist := "", len(n)/4+2 // at most this many edits apart
	for _, kind := range Kinds {
		spec := specs[kind]
		if c, ok := spec.aliases[n]; ok && n != "" && !slices.Contains(aliasOf, c) {
			aliasOf = append(aliasOf, c)
		}
		for _, c := range spec.columns {
			if d := textdist.Levenshtein(n, normHeader(c)); d < dist {
				best, dist = c, d
			}
		}
	}
	if len(aliasOf) == 0 && best != "" {
		aliasOf = []string{best}
	}
	if len(aliasOf) > 0 {
		return "did you mean " + strings.Join(quoteAll(aliasOf), " or ") + "?"
	}
	var kinds []string
	for _, kind := range Kinds {
		kinds = append(kinds, kind+": "+strings.Join(specs[kind].columns, ", "))
	}
	return "the canonical columns are, by sheet: " + strings.Join(kinds, "; ")
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = fmt.Sprintf("%q", s)
	}
	return out
}

func toStringMap(v any) (map[string]string, bool) {
	out := map[string]string{}
	switch t := v.(type) {
	case map[string]any:
		for k, x := range t {
			s, ok := x.(string)
			if !ok {
				return nil, false
			}
			out[k] = s
		}
	case map[any]any:
		for k, x := range t {
			ks, ok1 := k.(string)
			s, ok2 := x.(string)
			if !ok1 || !ok2 {
				return nil, false
			}
			out[ks] = s
		}
	default:
		return nil, false
	}
	return out, true
}

// columnsFor maps each header cell of a sheet of kind to its canonical
// column: index -> column. Unknown headers are left out.
func (m mapping) columnsFor(kind string, header []string) map[string]int {
	cols := map[string]int{}
	for i, h := range header {
		c, ok := m.column(kind, h)
		if !ok {
			continue
		}
		if j, dup := cols[c]; !dup || m.weak(kind, header[j]) && !m.weak(kind, h) {
			cols[c] = i
		}
	}
	return cols
}

// weak says whether a header cell names its column by a weak alias (see
// weakAliases), one a --mapping file does not name.
func (m mapping) weak(kind, h string) bool {
	n := normHeader(h)
	_, mapped := m.columns[n]
	return specs[kind].weak[n] && !mapped
}

// column is the canonical column of a header cell in a sheet of kind.
func (m mapping) column(kind, h string) (string, bool) {
	n := normHeader(h)
	if n == "" {
		return "", false
	}
	if c, ok := m.columns[n]; ok {
		return c, true
	}
	c, ok := specs[kind].aliases[n]
	return c, ok
}

// kindOf recognises a sheet by its name, then by its header row. It returns
// "" when neither says.
func (m mapping) kindOf(sheet string, header []string) string {
	n := normHeader(strings.TrimSuffix(sheet, filepath.Ext(sheet)))
	if k, ok := m.sheets[n]; ok {
		return k
	}
	if k, ok := sheetNames[n]; ok {
		return k
	}
	// Of the kinds whose required columns the header holds, the one that
	// recognises most of its columns wins ("ID, Full name, Date of birth"
	// is people, though "ID" and "name" are a company's too); a tie goes
	// to the first in Kinds.
	best, most := "", 0
	for _, kind := range Kinds {
		cols := m.columnsFor(kind, header)
		if len(missingRequired(kind, cols)) == 0 && len(cols) > most {
			best, most = kind, len(cols)
		}
	}
	return best
}

// missingRequired lists the required columns a header lacks, sorted.
func missingRequired(kind string, cols map[string]int) []string {
	var out []string
	for _, r := range specs[kind].required {
		if _, ok := cols[r]; !ok {
			out = append(out, r)
		}
	}
	sort.Strings(out)
	return out
}

// kindNames say what a sheet of each kind is, in messages.
var kindNames = map[string]string{
	KindVessels: "a vessel list", KindVesselHistory: "a vessel history", KindCompanies: "a company list",
	KindPeople: "a list of people", KindOwnership: "an ownership sheet", KindOfficers: "an officers sheet",
	KindWallets: "a wallet list", KindClaims: "a claims sheet",
}

// unrecognised says why a header row is of no kind: the key columns that
// the nearest kind lacks, then the headers as written: "no name column: a
// vessel list needs imo and name; headers seen: IMO number, Name of ship".
// The nearest kind is, of those whose key columns the header holds some,
// the one lacking fewest, then holding most of its columns; else the one
// holding most of its columns.
func (m mapping) unrecognised(header []string) string {
	best, bestKey, bestMiss, most := "", false, 0, 0
	for _, kind := range Kinds {
		cols := m.columnsFor(kind, header)
		miss := len(missingRequired(kind, cols))
		key := miss < len(specs[kind].required)
		better := len(cols) > most
		if key && bestKey {
			better = miss < bestMiss || miss == bestMiss && len(cols) > most
		} else if key != bestKey {
			better = key
		}
		if better {
			best, bestKey, bestMiss, most = kind, key, miss, len(cols)
		}
	}
	seen := "; headers seen: " + headersSeen(header)
	if best == "" {
		return "none of its headers names a registry column" + seen
	}
	miss := missingRequired(best, m.columnsFor(best, header))
	return fmt.Sprintf("no %s column: %s needs %s%s", strings.Join(miss, " or "), kindNames[best],
		joinAnd(specs[best].required), seen)
}

// headersSeen lists a header row's cells as written, each cut at 40
// characters and at most 20 of them, for a message.
func headersSeen(header []string) string {
	cells := trimAll(header)
	if len(cells) == 0 {
		return "none"
	}
	var out []string
	for i, c := range cells {
		if i == 20 {
			out = append(out, fmt.Sprintf("… (%d more)", len(cells)-i))
			break
		}
		if r := []rune(c); len(r) > 40 {
			c = string(r[:40]) + "…"
		}
		out = append(out, strings.Join(strings.Fields(c), " "))
	}
	return strings.Join(out, ", ")
}

// joinAnd joins words as a sentence lists them: "a", "a and b", "a, b and c".
func joinAnd(words []string) string {
	if len(words) < 2 {
		return strings.Join(words, "")
	}
	return strings.Join(words[:len(words)-1], ", ") + " and " + words[len(words)-1]
}
