package registry

import (
	"fmt"
	"github.com/tokenaudit/audit/internal/evmaddr"
	"math"
	"strconv"
	"strings"
	"time"
)

// rowCtx reads the cells of one data row by canonical column.
type rowCtx struct {
	t     *sheet
	o     Origin
	cells []string
}

func (r rowCtx) get(col string) string {
	i, ok := r.t.cols[col]
	if !ok || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(strings.ReplaceAll(r.cells[i], "\u00a0", " "))
}

// value is get, except that a workbook cell shown as a percentage or a date
// is its stored value (see useStored): for the share and date columns.
func (r rowCtx) value(col string) string {
	if i, ok := r.t.cols[col]; ok {
		if v, ok := r.t.stored[i]; ok {
			return v
		}
	}
	return r.get(col)
}

func (r rowCtx) has(col string) bool { _, ok := r.t.cols[col]; return ok }

func (r rowCtx) at(col string) Origin { return r.o.At(col) }

func (r rowCtx) problem(col, format string, args ...any) {
	r.t.l.problem(r.at(col), format, args...)
}

func (r rowCtx) date(col string) time.Time {
	d, err := ParseDate(r.value(col))
	if err != nil {
		r.problem(col, "%v", err)
	}
	return d
}

func (r rowCtx) integer(col string) int {
	n, err := parseInt(r.get(col))
	if err != nil {
		r.problem(col, "%v", err)
	}
	return n
}

func (r rowCtx) boolean(col string) bool {
	b, err := parseBool(r.get(col))
	if err != nil {
		r.problem(col, "%v", err)
	}
	return b
}

// country turns a country name or code into ISO alpha-2; what is not a known
// country is kept as given and reported.
func (r rowCtx) country(col, what string) string {
	v := r.get(col)
	if v == "" {
		return ""
	}
	if a2, ok := r.t.l.ref.CountryCode(v); ok {
		return a2
	}
	if codes := r.t.l.ref.CountriesEndingIn(v); codes != nil {
		names := make([]string, len(codes))
		for i, a2 := range codes {
			names[i] = a2
			if c, ok := r.t.l.ref.Country(a2); ok {
				names[i] = a2 + " (" + c.Name + ")"
			}
		}
		r.problem(col, "%s %q names no one country: it may be %s; write the code or the country's name", what, v, strings.Join(names, " or "))
		return v
	}
	r.problem(col, "%s %q is not a known country name or ISO code", what, v)
	return v
}

// share reads a share cell; a bad one is reported and loads as Unknown.
func (r rowCtx) share(col string) Share {
	s, err := ParseShare(r.value(col))
	if err != nil {
		r.problem(col, "%v; loaded as unknown", err)
		return Unknown
	}
	return s
}

// required returns the cell, or reports the empty key and returns "".
func (r rowCtx) required(col string) string {
	v := r.get(col)
	if v == "" {
		r.problem(col, "%s is empty: the row is not loaded", col)
	}
	return v
}

func (l *loader) handle(t *sheet, n int, cells []string) {
	r := rowCtx{t: t, o: Origin{File: t.file, Sheet: t.sheet, Row: n, names: t.names}, cells: cells}
	switch t.kind {
	case KindVessels:
		l.vesselRow(r)
	case KindVesselHistory:
		l.historyRow(r)
	case KindCompanies:
		l.companyRow(r)
	case KindPeople:
		l.personRow(r)
	case KindOwnership:
		l.ownershipRow(r)
	case KindOfficers:
		l.officerRow(r)
	case KindWallets:
		l.walletRow(r)
	case KindClaims:
		l.claimRow(r)
	}
}

func (l *loader) vesselRow(r rowCtx) {
	given := r.get("imo")
	v := Vessel{Name: r.get("name"), CallSign: r.get("call_sign"), ShipType: r.get("ship_type"),
		RegisteredOwner: r.get("registered_owner"), ShipManager: r.get("ship_manager"),
		DOCCompany: r.get("doc_company"), GroupBeneficialOwner: r.get("group_beneficial_owner"), Origin: r.o}
	digits, ok := NormalizeIMO(given)
	v.IMO = digits
	switch {
	case given == "":
		v.IMO = ""
		r.problem("imo", "IMO is empty")
	default:
		if msg := shipIMOProblem(given, digits, ok); msg != "" {
			r.problem("imo", "%s", msg)
		} else {
			v.IMOValid = true
		}
	}
	switch {
	case v.IMOValid:
		v.Key = v.IMO
	case r.get("vessel_id") != "":
		v.Key = r.get("vessel_id")
	case given != "":
		v.Key = given
	default:
		v.Key = fmt.Sprintf("row-%d", r.o.Row)
	}
	if first, dup := l.vessels[v.Key]; dup {
		r.problem("imo", "duplicate vessel %s (first at %s): the row is not loaded", v.Key, l.reg.Vessels[first].Origin)
		return
	}
	v.Flag = r.country("flag", "flag")
	if m := r.get("mmsi"); m != "" {
		v.MMSI = strings.TrimSuffix(strings.ReplaceAll(m, " ", ""), ".0")
		if _, ok := l.ref.MMSICountry(v.MMSI); !ok {
			switch {
			case len(v.MMSI) != 9 || strings.Trim(v.MMSI, "0123456789") != "":
				r.problem("mmsi", "MMSI %q is not nine digits", m)
			case v.MMSI[0] < '2' || v.MMSI[0] > '7':
				r.problem("mmsi", "MMSI %s is not a ship station's (its MID must start with 2 to 7)", v.MMSI)
			default:
				r.problem("mmsi", "MMSI %s: MID %s is not allocated to any country", v.MMSI, v.MMSI[:3])
			}
		}
	}
	v.GrossTonnage = r.integer("gross_tonnage")
	if yb := r.value("year_built"); yb != "" {
		if y, ok := yearMonth(yb); ok { // S&P Sea-web's DateOfBuild: 200805
			v.YearBuilt = y
		} else if len(yb) > 4 { // a full build date
			if d, err := ParseDate(yb); err == nil {
				v.YearBuilt = d.Year()
			} else {
				r.problem("year_built", "%q is not a year", yb)
			}
		} else {
			v.YearBuilt = r.integer("year_built")
		}
	}
	l.vessels[v.Key] = len(l.reg.Vessels)
	l.reg.Vessels = append(l.reg.Vessels, v)
}

func (l *loader) historyRow(r rowCtx) {
	given := r.required("imo")
	field := r.required("field")
	if given == "" || field == "" {
		return
	}
	key := given
	if d, ok := NormalizeIMO(given); ok {
		key = d
	}
	c := VesselChange{IMO: key, Field: strings.ReplaceAll(normFieldName(field), " ", "_"), Value: r.get("value"),
		From: r.date("from"), To: r.date("to"), Origin: r.o}
	if !c.To.IsZero() && !c.From.IsZero() && c.To.Before(c.From) {
		r.problem("to", "the change ends (%s) before it starts (%s)", c.To.Format("2006-01-02"), c.From.Format("2006-01-02"))
	}
	l.reg.History = append(l.reg.History, c)
}

// normFieldName maps "Registered owner" or "registered-owner" to
// "registered_owner".
func normFieldName(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	return strings.NewReplacer("-", "_", " ", "_", ".", "").Replace(s)
}

func (l *loader) companyRow(r rowCtx) {
	id := r.required("company_id")
	if id == "" {
		return
	}
	if r.t.chBasic {
		id = companyNumber(id)
	}
	if first, dup := l.companies[id]; dup {
		r.problem("company_id", "duplicate company id %s (first at %s): the row is not loaded", id, l.reg.Companies[first].Origin)
		return
	}
	if _, clash := l.people[id]; clash {
		r.problem("company_id", "company id %s is also a person id", id)
	}
	c := Company{ID: id, Name: r.get("name"), Type: "company", RegistrationNumber: r.get("registration_number"),
		Address: r.get("address"), Origin: r.o}
	c.Jurisdiction = r.country("jurisdiction", "jurisdiction")
	if given := r.get("company_imo"); given != "" {
		digits, ok := NormalizeIMO(given)
		c.CompanyIMO = digits
		if msg := companyIMOProblem(given, digits, ok); msg != "" {
			r.problem("company_imo", "%s", msg)
		} else {
			c.CompanyIMOValid = true
		}
	}
	c.IncorporatedOn = r.date("incorporated_on")
	c.DissolvedOn = r.date("dissolved_on")
	if !c.DissolvedOn.IsZero() && !c.IncorporatedOn.IsZero() && c.DissolvedOn.Before(c.IncorporatedOn) {
		r.problem("dissolved_on", "dissolved (%s) before incorporated (%s)", c.DissolvedOn.Format("2006-01-02"), c.IncorporatedOn.Format("2006-01-02"))
	}
	c.BearerShares = r.boolean("bearer_shares")
	c.Listed = r.boolean("listed")
	l.addCompany(c)
}

func (l *loader) addCompany(c Company) {
	l.companies[c.ID] = len(l.reg.Companies)
	l.reg.Companies = append(l.reg.Companies, c)
}

func (l *loader) personRow(r rowCtx) {
	id := r.required("person_id")
	if id == "" {
		return
	}
	if first, dup := l.people[id]; dup {
		r.problem("person_id", "duplicate person id %s (first at %s): the row is not loaded", id, l.reg.People[first].Origin)
		return
	}
	if _, clash := l.companies[id]; clash {
		r.problem("person_id", "person id %s is also a company id", id)
	}
	p := Person{ID: id, Name: r.get("name"), PEP: r.boolean("pep"), Origin: r.o}
	p.Nationality = r.country("nationality", "nationality")
	if b := r.value("birth_date"); b != "" {
		d, err := BirthDate(b)
		if err != nil {
			r.problem("birth_date", "%v", err)
			d = b
		}
		p.BirthDate = d
	}
	l.addPerson(p)
}

func (l *loader) addPerson(p Person) {
	l.people[p.ID] = len(l.reg.People)
	l.reg.People = append(l.reg.People, p)
}

func (l *loader) ownershipRow(r rowCtx) {
	owner, owned := r.required("owner_id"), r.required("owned_id")
	if owner == "" || owned == "" {
		return
	}
	if owner == owned {
		r.problem("owner_id", "%s is said to own itself", owner)
	}
	if v := strings.ReplaceAll(r.value("share"), ",", "."); reNumber.MatchString(v) {
		f, _ := strconv.ParseFloat(v, 64)
		r.t.shareNums++
		r.t.shareOver = r.t.shareOver || f > 1
		r.t.shareFr = r.t.shareFr || (f > 0 && f < 1)
	}
	l.reg.Ownership = append(l.reg.Ownership, Ownership{OwnerID: owner, OwnedID: owned, Share: r.share("share"),
		Interest: r.get("interest"), AsOf: r.date("as_of"), Source: r.get("source"), Origin: r.o})
}

func (l *loader) officerRow(r rowCtx) {
	company, officer := r.required("company_id"), r.required("officer_id")
	if company == "" || officer == "" {
		return
	}
	l.reg.Officers = append(l.reg.Officers, Officer{CompanyID: company, OfficerID: officer, Role: r.get("role"),
		AppointedOn: r.date("appointed_on"), Origin: r.o})
}

func (l *loader) walletRow(r rowCtx) {
	given := r.required("address")
	holder := r.required("holder_id")
	if given == "" || holder == "" {
		return
	}
	addr, ok := evmaddr.Parse(given)
	if !ok {
		r.problem("address", "address %q is not 0x and 40 hex digits (20 bytes), nor the 40 digits alone: the row is not loaded", given)
		return
	}
	if first, dup := l.wallets[addr]; dup {
		r.problem("address", "duplicate wallet %s (first at %s): the row is not loaded", addr, first)
		return
	}
	l.wallets[addr] = r.o
	l.reg.Wallets = append(l.reg.Wallets, Wallet{Address: addr, HolderID: holder, Evidence: strings.ToLower(r.get("evidence")),
		VerifiedOn: r.date("verified_on"), Origin: r.o})
}

func (l *loader) claimRow(r rowCtx) {
	given := r.required("token")
	if given == "" {
		return
	}
	token, ok := evmaddr.Parse(given)
	if !ok {
		r.problem("token", "token %q is not 0x and 40 hex digits (20 bytes), nor the 40 digits alone: the row is not loaded", given)
		return
	}
	c := Claim{Token: token, AssetID: r.get("asset_id"), TokenID: strings.TrimSuffix(r.get("token_id"), ".0"),
		IssuerID: r.get("issuer_id"), ClaimedShare: r.share("claimed_share"), Document: r.get("document"), Origin: r.o}
	if a := r.get("asset_imo"); a != "" {
		c.AssetIMO = a
		if d, ok := NormalizeIMO(a); ok {
			c.AssetIMO = d // whether it is a valid IMO is ASSET-IMO-INVALID's question
		}
	}
	if c.AssetIMO == "" && c.AssetID == "" {
		r.problem("asset_imo", "the claim names no asset (asset_imo or asset_id): the row is not loaded")
		return
	}
	key := claimKey(c)
	if first, dup := l.claims[key]; dup {
		f := l.reg.Claims[first]
		what := "vessel " + c.AssetIMO
		if c.AssetIMO == "" {
			what = "asset " + c.AssetID
		}
		what += " by token " + token
		if c.TokenID != "" {
			what += " id " + c.TokenID
		}
		if f.ClaimedShare == c.ClaimedShare {
			r.problem("token", "duplicate claim of %s (first at %s): the same claim as that row; the row is not loaded", what, f.Origin)
		} else {
			r.problem("claimed_share", "duplicate claim of %s (first at %s): a second claim with another share (%s there, %s here): the row is not loaded; correct one of them",
				what, f.Origin, shareText(f.ClaimedShare), shareText(c.ClaimedShare))
		}
		return
	}
	l.claims[key] = len(l.reg.Claims)
	l.reg.Claims = append(l.reg.Claims, c)
}

// claimKey is what makes two claims rows the same claim, as the audit
// keys a claim (rules' claimUnit): the token, the ERC-721 token id (none
// being its own: a claim by the whole contract is not one by a token id of
// it) and the vessel, by its IMO, else by asset_id.
func claimKey(c Claim) string {
	vessel := "imo " + c.AssetIMO
	if c.AssetIMO == "" {
		vessel = "id " + c.AssetID
	}
	return c.Token + "/" + c.TokenID + "/" + vessel
}

// shareText writes a share for a problem: "60%", "25%-50%", "under 25%",
// "unknown".
func shareText(s Share) string {
	pct := func(f float64) string { return strconv.FormatFloat(math.Round(f*100*1e9)/1e9, 'f', -1, 64) + "%" }
	switch {
	case s == Unknown:
		return "unknown"
	case s.HighOpen && s.Low == 0:
		return "under " + pct(s.High)
	case s.HighOpen:
		return pct(s.Low) + " to under " + pct(s.High)
	case s.IsExact():
		return pct(s.Low)
	}
	return pct(s.Low) + "-" + pct(s.High)
}

// yearMonth reads a build date written as year and month, six digits (S&P
// Sea-web's DateOfBuild 200805; month 00 taken as none), which would
// otherwise be read as a spreadsheet's day number (200805 is in 2449).
func yearMonth(s string) (int, bool) {
	if len(s) != 6 || strings.Trim(s, "0123456789") != "" {
		return 0, false
	}
	y, m := int(s[0]-'0')*1000+int(s[1]-'0')*100+int(s[2]-'0')*10+int(s[3]-'0'), int(s[4]-'0')*10+int(s[5]-'0')
	if y < 1800 || y > 2200 || m > 12 {
		return 0, false
	}
	return y, true
}
