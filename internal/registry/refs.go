package registry

import (
	"sort"
	"strings"
	"unicode"
)

// Reference resolution, after every file is read.
//
// A reference cell (vessels.registered_owner, ship_manager, doc_company,
// group_beneficial_owner; ownership.owner_id, owned_id; officers.company_id,
// officer_id; wallets.holder_id; claims.issuer_id) may hold an id, a name or
// (for companies) a company IMO number or a UK company number without its
// leading zeros (as a spreadsheet shortens it). An id is kept; a name,
// company IMO or shortened company number that matches exactly one record
// is replaced by that record's id (a person's names include those of the
// other records taken as that person, Person.SameAs); anything else is
// kept as written and reported as a Problem. The row is kept either way:
// an ownership edge to an unknown party is still an edge the audit can
// cite (its owner is simply unidentified). References are checked only
// against kinds some input actually supplied: a vessels CSV checked alone
// does not report every owner as unknown. A vessel_history row whose vessel
// is not in the vessels sheet is reported too (and kept).

const (
	toCompany = 1 << iota
	toPerson
	toVessel
)

type resolver struct {
	l      *loader
	names  map[string][]string // folded name -> ids (companies and people)
	imos   map[string][]string // company IMO -> company ids
	kindOf map[string]int      // id -> toCompany | toPerson | toVessel
}

func (l *loader) resolve() {
	rs := &resolver{l: l, names: map[string][]string{}, imos: map[string][]string{}, kindOf: map[string]int{}}
	for _, c := range l.reg.Companies {
		rs.kindOf[c.ID] |= toCompany
		if n := foldName(c.Name); n != "" {
			rs.names[n] = append(rs.names[n], c.ID)
		}
		if c.CompanyIMO != "" {
			rs.imos[c.CompanyIMO] = append(rs.imos[c.CompanyIMO], c.ID)
		}
	}
	for _, p := range l.reg.People {
		rs.kindOf[p.ID] |= toPerson
		if n := foldName(p.Name); n != "" && !p.Unknown {
			rs.names[n] = append(rs.names[n], p.ID)
		}
		if p.SameAs != nil { // the names of the other records taken as this person
			for _, name := range p.SameAs.Names {
				if n := foldName(name); n != "" && n != foldName(p.Name) {
					rs.names[n] = append(rs.names[n], p.ID)
				}
			}
		}
	}
	for _, v := range l.reg.Vessels {
		rs.kindOf[v.Key] |= toVessel
	}
	for i := range l.reg.Vessels {
		v := &l.reg.Vessels[i]
		rs.ref(&v.RegisteredOwner, v.Origin, "registered_owner", toCompany)
		rs.ref(&v.ShipManager, v.Origin, "ship_manager", toCompany)
		rs.ref(&v.DOCCompany, v.Origin, "doc_company", toCompany)
		rs.ref(&v.GroupBeneficialOwner, v.Origin, "group_beneficial_owner", toCompany|toPerson)
	}
	if l.loaded[KindVessels] {
		imos := map[string]bool{}
		for _, v := range l.reg.Vessels {
			imos[v.IMO] = true
		}
		for _, h := range l.reg.History {
			if rs.kindOf[h.IMO]&toVessel == 0 && !imos[h.IMO] {
				l.problem(h.Origin.At("imo"), "vessel %s is not in the vessels sheet", h.IMO)
			}
		}
	}
	for i := range l.reg.Ownership {
		o := &l.reg.Ownership[i]
		rs.ref(&o.OwnerID, o.Origin, "owner_id", toCompany|toPerson|toVessel)
		rs.ref(&o.OwnedID, o.Origin, "owned_id", toCompany|toPerson|toVessel)
	}
	for i := range l.reg.Officers {
		o := &l.reg.Officers[i]
		rs.ref(&o.CompanyID, o.Origin, "company_id", toCompany)
		rs.ref(&o.OfficerID, o.Origin, "officer_id", toCompany|toPerson)
	}
	for i := range l.reg.Wallets {
		w := &l.reg.Wallets[i]
		rs.ref(&w.HolderID, w.Origin, "holder_id", toCompany|toPerson)
	}
	for i := range l.reg.Claims {
		c := &l.reg.Claims[i]
		rs.ref(&c.IssuerID, c.Origin, "issuer_id", toCompany)
	}
}

// ref resolves *value in place, or reports it.
func (rs *resolver) ref(value *string, o Origin, col string, want int) {
	v := strings.TrimSpace(*value)
	if v == "" {
		return
	}
	checkable := (want&toCompany != 0 && rs.l.loaded[KindCompanies]) ||
		(want&toPerson != 0 && rs.l.loaded[KindPeople]) ||
		(want&toVessel != 0 && rs.l.loaded[KindVessels])
	if !checkable {
		return
	}
	if rs.kindOf[v]&want != 0 {
		return
	}
	var ids []string
	if want&toCompany != 0 {
		if d, ok := NormalizeIMO(v); ok && ValidCompanyIMO(d) {
			ids = append(ids, rs.imos[d]...)
		}
		// A UK company number a spreadsheet shortened ("1234567" for
		// 01234567): companies from a PSC snapshot or the basic company
		// data are keyed by the number in full.
		if n := companyNumber(v); len(n) > len(strings.Join(strings.Fields(v), "")) && rs.kindOf[n]&toCompany != 0 {
			ids = append(ids, n)
		}
	}
	for _, id := range rs.names[foldName(v)] {
		if rs.kindOf[id]&want != 0 {
			ids = append(ids, id)
		}
	}
	ids = uniq(ids)
	at := o.At(col)
	switch len(ids) {
	case 1:
		*value = ids[0]
	case 0:
		if k := rs.kindOf[v]; k != 0 {
			rs.l.problem(at, "%s is a %s, not a %s", v, kindWords(k), kindWords(want))
			return
		}
		rs.l.problem(at, "%q is not the id, name or company IMO of any %s in the registry", v, kindWords(want))
	default:
		rs.l.problem(at, "%q is ambiguous: it names %s", v, strings.Join(ids, ", "))
	}
}

func kindWords(k int) string {
	var w []string
	if k&toCompany != 0 {
		w = append(w, "company")
	}
	if k&toPerson != 0 {
		w = append(w, "person")
	}
	if k&toVessel != 0 {
		w = append(w, "vessel")
	}
	return strings.Join(w, " or ")
}

// foldName compares names: case, accents aside, punctuation and spacing are
// ignored.
func foldName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func uniq(ids []string) []string {
	sort.Strings(ids)
	out := ids[:0]
	for i, id := range ids {
		if i == 0 || id != ids[i-1] {
			out = append(out, id)
		}
	}
	return out
}
