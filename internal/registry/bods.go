package registry

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"
)

// BODS 0.3 (statements with statementID/statementType) and 0.4 (records with
// recordId/recordType/recordDetails) load into the same model:
//
//   - entity statements become Companies; Type is "company" (registeredEntity,
//     legalEntity), "arrangement" (subtype "trust" gives "trust"), "state"
//     (state, stateBody) or "unknown" (anonymousEntity, unknownEntity);
//   - person statements become People; unknownPerson and anonymousPerson have
//     Unknown set and Reason from unspecifiedPersonDetails or missingInfoReason;
//   - each interest of an ownership-or-control statement becomes one
//     Ownership (owner = interested party, owned = subject) with Interest the
//     interest type, Share from exact or minimum/maximum (an exclusive
//     minimum taken as closed, an exclusiveMaximum excluded: HighOpen),
//     Unknown when absent, and Indirect set for
//     directOrIndirect "indirect" (a declared indirect holding, not a graph
//     edge). A statement with no interests gives one Ownership of unknown
//     share. Interests with an end date are over and are not loaded;
//   - an unspecified interested party (0.3 "unspecified", 0.4 an object with a
//     reason) becomes an Unknown Person "unspecified:<statement>" with the
//     reason code, then ": " and the description when there is one.
//
//   - an unspecified interested party with reason noBeneficialOwners or
//     subjectExemptFromDisclosure also sets the subject's NoOwners (a
//     later such statement replaces an earlier one); an exempt one is no
//     owner at all (the subject's chain ends there, as a listed
//     company's does); 0.4 publicListing.hasPublicListing sets Listed.
//
// Ids are 0.4 recordIds and 0.3 statementIDs. A later 0.4 statement for the
// same record replaces the earlier one (recordStatus "closed" removes it); a
// 0.3 statement's replacesStatements removes those. The same statement seen
// again (one declaration spread over several files) is read once. Origins
// name the file, sheet "statements", the statement's 1-based position as the
// row and the JSON field as the column.
//
// One entity or person described by several statements (in one file or in
// several loaded together: each company's own declaration names its owners
// with statements of its own) is one record. Entity statements are joined
// when they share an identifier (scheme and id, case ignored); person
// statements when they share an identifier or, without one, the same full
// name, birth date and nationality (a name without a birth date joins
// nothing). The first statement read keeps its id and fills what it left
// blank from the later ones; every reference to a later statement's id is
// rewritten to the first one once all files are read. After that, a BODS
// ownership row repeating another statement's row exactly (same parties,
// interest, share and direction) is read once.

type bodsStatement struct {
	// 0.3
	StatementID        string          `json:"statementID"`
	StatementType      string          `json:"statementType"`
	ReplacesStatements []string        `json:"replacesStatements"`
	EntityType         json.RawMessage `json:"entityType"`
	Subject            json.RawMessage `json:"subject"`
	InterestedParty    json.RawMessage `json:"interestedParty"`
	bodsDetails
	// 0.4
	StatementID4  string       `json:"statementId"`
	RecordID      string       `json:"recordId"`
	RecordType    string       `json:"recordType"`
	RecordStatus  string       `json:"recordStatus"`
	RecordDetails *bodsDetails `json:"recordDetails"`
	StatementDate string       `json:"statementDate"`
}

// bodsDetails are the fields 0.3 keeps on the statement and 0.4 in
// recordDetails.
type bodsDetails struct {
	EntityType4              json.RawMessage               `json:"entityType"`
	Name                     string                        `json:"name"`
	Identifiers              []struct{ Scheme, ID string } `json:"identifiers"`
	Jurisdiction             *bodsCountry                  `json:"jurisdiction"`
	IncorporatedIn           *bodsCountry                  `json:"incorporatedInJurisdiction"`
	FoundingDate             string                        `json:"foundingDate"`
	DissolutionDate          string                        `json:"dissolutionDate"`
	Addresses                []struct{ Address string }    `json:"addresses"`
	PersonType               string                        `json:"personType"`
	Names                    []struct{ FullName string }   `json:"names"`
	Nationalities            []bodsCountry                 `json:"nationalities"`
	BirthDate                string                        `json:"birthDate"`
	HasPepStatus             *bool                         `json:"hasPepStatus"`
	PoliticalExposure        *struct{ Status string }      `json:"politicalExposure"`
	UnspecifiedPersonDetails *bodsReason                   `json:"unspecifiedPersonDetails"`
	MissingInfoReason        string                        `json:"missingInfoReason"`
	Subject4                 json.RawMessage               `json:"subject"`
	InterestedParty4         json.RawMessage               `json:"interestedParty"`
	Interests                []bodsInterest                `json:"interests"`
	PublicListing            *struct {
		HasPublicListing bool `json:"hasPublicListing"`
	} `json:"publicListing"`
}

type bodsCountry struct{ Name, Code string }

type bodsReason struct{ Reason, Description string }

type bodsInterest struct {
	Type             string `json:"type"`
	DirectOrIndirect string `json:"directOrIndirect"`
	StartDate        string `json:"startDate"`
	EndDate          string `json:"endDate"`
	Share            *struct {
		Exact            *float64 `json:"exact"`
		Minimum          *float64 `json:"minimum"`
		Maximum          *float64 `json:"maximum"`
		ExclusiveMinimum *float64 `json:"exclusiveMinimum"`
		ExclusiveMaximum *float64 `json:"exclusiveMaximum"`
	} `json:"share"`
}

// maxBODS bounds a BODS file read into memory.
const maxBODS = 256 << 20

func (l *loader) loadBODS(path string, r io.Reader) (int, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxBODS+1))
	if err != nil {
		return 0, fmt.Errorf("registry %s: %w", path, err)
	}
	if len(b) > maxBODS {
		return 0, fmt.Errorf("registry %s: a JSON file over %d MB: split it", path, maxBODS>>20)
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	var raws []json.RawMessage
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '{' {
		raws = []json.RawMessage{t}
	} else if err := json.Unmarshal(b, &raws); err != nil {
		return 0, fmt.Errorf("registry %s: not BODS JSON (an array of statements): %w", path, err)
	}
	type item struct {
		s   bodsStatement
		row int
	}
	var items []item
	replaced := map[string]bool{}
	last := map[string]int{} // 0.4 recordId -> index of its latest statement in items
	for i, raw := range raws {
		o := Origin{File: path, Sheet: "statements", Row: i + 1}
		var s bodsStatement
		if err := json.Unmarshal(raw, &s); err != nil {
			l.problem(o, "not a BODS statement: %v", err)
			continue
		}
		if s.RecordDetails != nil { // 0.4: lift the details to where 0.3 keeps them
			s.bodsDetails = *s.RecordDetails
			s.EntityType, s.Subject, s.InterestedParty = s.EntityType4, s.Subject4, s.InterestedParty4
			s.StatementID = s.StatementID4
			switch s.RecordType {
			case "entity":
				s.StatementType = "entityStatement"
			case "person":
				s.StatementType = "personStatement"
			case "relationship":
				s.StatementType = "ownershipOrControlStatement"
			}
		}
		for _, id := range s.ReplacesStatements {
			replaced[id] = true
		}
		if s.StatementType == "" {
			l.problem(o.At("statementType"), "neither a BODS 0.3 statementType nor a 0.4 recordType: the statement is not loaded")
			continue
		}
		if s.RecordID != "" {
			last[s.RecordID] = len(items)
		}
		items = append(items, item{s, i + 1})
	}
	for i, it := range items {
		s := it.s
		if replaced[s.StatementID] || (s.RecordID != "" && last[s.RecordID] != i) || s.RecordStatus == "closed" {
			continue
		}
		if s.StatementID != "" && l.bodsSeen[s.StatementID] {
			continue
		}
		if s.StatementID != "" {
			l.bodsSeen[s.StatementID] = true
		}
		o := Origin{File: path, Sheet: "statements", Row: it.row}
		id := s.RecordID
		if id == "" {
			id = s.StatementID
		}
		switch s.StatementType {
		case "entityStatement":
			l.bodsEntity(s, id, o)
		case "personStatement":
			l.bodsPerson(s, id, o)
		case "ownershipOrControlStatement":
			l.bodsRelationship(s, id, o)
		default:
			l.problem(o.At("statementType"), "unknown statement type %q: not loaded", s.StatementType)
		}
	}
	return len(raws), nil
}

func (l *loader) bodsEntity(s bodsStatement, id string, o Origin) {
	if id == "" {
		l.problem(o.At("statementID"), "entity statement without an id: not loaded")
		return
	}
	l.loaded[KindCompanies] = true
	if _, dup := l.companies[id]; dup {
		return // the same entity declared again in another file
	}
	c := Company{ID: id, Name: s.Name, Type: "company", Origin: o}
	c.Listed = s.PublicListing != nil && s.PublicListing.HasPublicListing
	var et struct{ Type, Subtype string }
	if json.Unmarshal(s.EntityType, &et) != nil {
		_ = json.Unmarshal(s.EntityType, &et.Type) // 0.3: a plain string
	}
	switch et.Type {
	case "arrangement":
		c.Type = "arrangement"
		if et.Subtype == "trust" {
			c.Type = "trust"
		}
	case "anonymousEntity", "unknownEntity":
		c.Type = "unknown"
	case "state", "stateBody":
		c.Type = "state"
	}
	j := s.Jurisdiction
	if j == nil {
		j = s.IncorporatedIn
	}
	if j != nil {
		c.Jurisdiction = l.bodsCountry(*j, o.At("jurisdiction"))
	}
	if len(s.Identifiers) > 0 {
		c.RegistrationNumber = s.Identifiers[0].ID
	}
	if len(s.Addresses) > 0 {
		c.Address = s.Addresses[0].Address
	}
	c.IncorporatedOn = l.bodsDate(s.FoundingDate, o.At("foundingDate"))
	c.DissolvedOn = l.bodsDate(s.DissolutionDate, o.At("dissolutionDate"))
	var keys []string
	for _, x := range s.Identifiers {
		if k := identifierKey(x.Scheme, x.ID); k != "" {
			keys = append(keys, "entity|"+k)
		}
	}
	if first, ok := l.bods.join(id, keys); ok {
		if i, ok := l.companies[first]; ok {
			fillCompany(&l.reg.Companies[i], c)
		}
		return
	}
	l.addCompany(c)
}

// fillCompany fills what c left blank from d, a later statement about the
// same entity.
func fillCompany(c *Company, d Company) {
	for _, f := range []struct {
		dst *string
		src string
	}{
		{&c.Name, d.Name}, {&c.Jurisdiction, d.Jurisdiction}, {&c.RegistrationNumber, d.RegistrationNumber}, {&c.Address, d.Address},
	} {
		if *f.dst == "" {
			*f.dst = f.src
		}
	}
	if c.Type == "company" && d.Type != "company" {
		c.Type = d.Type
	}
	if c.IncorporatedOn.IsZero() {
		c.IncorporatedOn = d.IncorporatedOn
	}
	if c.DissolvedOn.IsZero() {
		c.DissolvedOn = d.DissolvedOn
	}
	c.Listed = c.Listed || d.Listed
}

func (l *loader) bodsPerson(s bodsStatement, id string, o Origin) {
	if id == "" {
		l.problem(o.At("statementID"), "person statement without an id: not loaded")
		return
	}
	l.loaded[KindPeople] = true
	if _, dup := l.people[id]; dup {
		return
	}
	p := Person{ID: id, BirthDate: s.BirthDate, Origin: o}
	if len(s.Names) > 0 {
		p.Name = s.Names[0].FullName
	}
	if len(s.Nationalities) > 0 {
		p.Nationality = l.bodsCountry(s.Nationalities[0], o.At("nationalities"))
	}
	p.PEP = (s.HasPepStatus != nil && *s.HasPepStatus) || (s.PoliticalExposure != nil && s.PoliticalExposure.Status == "isPep")
	if s.PersonType == "unknownPerson" || s.PersonType == "anonymousPerson" {
		p.Unknown = true
		p.Reason = s.MissingInfoReason
		if u := s.UnspecifiedPersonDetails; u != nil {
			p.Reason = reasonText(*u)
		}
		if p.Reason == "" {
			p.Reason = s.PersonType
		}
	}
	var keys []string
	for _, x := range s.Identifiers {
		if k := identifierKey(x.Scheme, x.ID); k != "" {
			keys = append(keys, "person|"+k)
		}
	}
	if len(keys) == 0 && !p.Unknown && foldName(p.Name) != "" && p.BirthDate != "" {
		keys = append(keys, "person|"+foldName(p.Name)+"|"+p.BirthDate+"|"+p.Nationality)
	}
	if first, ok := l.bods.join(id, keys); ok {
		if i, ok := l.people[first]; ok {
			q := &l.reg.People[i]
			q.PEP = q.PEP || p.PEP
			if q.Nationality == "" {
				q.Nationality = p.Nationality
			}
		}
		return
	}
	l.addPerson(p)
}

func (l *loader) bodsRelationship(s bodsStatement, id string, o Origin) {
	l.loaded[KindOwnership] = true
	subject, _ := bodsRef(s.Subject)
	if subject == "" {
		l.problem(o.At("subject"), "the statement has no subject: not loaded")
		return
	}
	party, unspecified := bodsRef(s.InterestedParty)
	if unspecified != nil && (unspecified.Reason == NoBeneficialOwners || unspecified.Reason == ExemptFromDisclosure) {
		l.bods.declared = append(l.bods.declared, bodsDeclaration{subject: subject, reason: *unspecified, at: o.At("interestedParty")})
		if unspecified.Reason == ExemptFromDisclosure {
			return // not an owner: the subject's chain ends at it
		}
	}
	if unspecified != nil {
		party = "unspecified:" + id
		if _, dup := l.people[party]; !dup {
			l.addPerson(Person{ID: party, Unknown: true, Reason: reasonText(*unspecified), Origin: o.At("interestedParty")})
		}
	}
	if party == "" {
		l.problem(o.At("interestedParty"), "the statement has no interested party: not loaded")
		return
	}
	asOf := l.bodsDate(s.StatementDate, o.At("statementDate"))
	if len(s.Interests) == 0 {
		l.reg.Ownership = append(l.reg.Ownership, Ownership{OwnerID: party, OwnedID: subject, Share: Unknown,
			AsOf: asOf, Source: "bods " + id, Origin: o})
		return
	}
	for i, in := range s.Interests {
		io := o.At(fmt.Sprintf("interests[%d]", i))
		if in.EndDate != "" {
			continue
		}
		own := Ownership{OwnerID: party, OwnedID: subject, Share: Unknown, Interest: in.Type,
			Indirect: in.DirectOrIndirect == "indirect", AsOf: asOf, Source: "bods " + id, Origin: io}
		if d := l.bodsDate(in.StartDate, io); !d.IsZero() {
			own.AsOf = d
		}
		if sh := in.Share; sh != nil {
			lo, hi, open := 0.0, 100.0, false
			switch {
			case sh.Exact != nil:
				lo, hi = *sh.Exact, *sh.Exact
			default:
				for _, p := range []*float64{sh.Minimum, sh.ExclusiveMinimum} {
					if p != nil {
						lo = *p
					}
				}
				if sh.Maximum != nil {
					hi = *sh.Maximum
				}
				if sh.ExclusiveMaximum != nil {
					hi, open = *sh.ExclusiveMaximum, true
				}
			}
			if lo < 0 || hi > 100 || lo > hi || (open && lo == hi) {
				l.problem(io.At(io.Column+".share"), "share [%v, %v] is not within 0 to 100: loaded as unknown", lo, hi)
			} else {
				own.Share = Share{Low: lo / 100, High: hi / 100, HighOpen: open}
			}
		}
		l.reg.Ownership = append(l.reg.Ownership, own)
	}
}

// bodsRef reads a subject or interested party: a 0.4 record id string, a 0.3
// {"describedBy...Statement": id}, or an unspecified party with its reason.
func bodsRef(raw json.RawMessage) (string, *bodsReason) {
	if len(raw) == 0 {
		return "", nil
	}
	var id string
	if json.Unmarshal(raw, &id) == nil {
		return id, nil
	}
	var obj struct {
		Entity      string      `json:"describedByEntityStatement"`
		Person      string      `json:"describedByPersonStatement"`
		Unspecified *bodsReason `json:"unspecified"`
		Reason      string      `json:"reason"`
		Description string      `json:"description"`
	}
	if json.Unmarshal(raw, &obj) != nil {
		return "", nil
	}
	switch {
	case obj.Entity != "":
		return obj.Entity, nil
	case obj.Person != "":
		return obj.Person, nil
	case obj.Unspecified != nil:
		return "", obj.Unspecified
	case obj.Reason != "":
		return "", &bodsReason{Reason: obj.Reason, Description: obj.Description}
	}
	return "", nil
}

func reasonText(r bodsReason) string {
	if r.Description == "" {
		return r.Reason
	}
	return r.Reason + ": " + r.Description
}

func (l *loader) bodsCountry(c bodsCountry, o Origin) string {
	for _, s := range []string{c.Code, c.Name} {
		if a2, ok := l.ref.CountryCode(s); ok && s != "" {
			return a2
		}
	}
	if c.Code == "" && c.Name == "" {
		return ""
	}
	l.problem(o, "country %q (%s) is not a known country", c.Name, c.Code)
	return strings.ToUpper(c.Code)
}

func (l *loader) bodsDate(s string, o Origin) time.Time {
	d, err := ParseDate(s)
	if err != nil {
		l.problem(o, "%v", err)
	}
	return d
}

// bodsMerge joins statements that describe the same entity or person.
type bodsMerge struct {
	alias    map[string]string // a later statement's id -> the first statement's id
	keys     map[string]string // identifier key -> the first statement's id
	declared []bodsDeclaration
}

// bodsDeclaration is an unspecified interested party that says something
// about its subject: noBeneficialOwners or subjectExemptFromDisclosure.
type bodsDeclaration struct {
	subject string
	reason  bodsReason
	at      Origin
}

// join records the keys of statement id. When one of them belongs to an
// earlier statement, id becomes an alias of it and join returns that id.
func (m *bodsMerge) join(id string, keys []string) (string, bool) {
	first := ""
	for _, k := range keys {
		if f, ok := m.keys[k]; ok && f != id {
			first = f
			break
		}
	}
	owner := id
	if first != "" {
		owner = first
		m.alias[id] = first
	}
	for _, k := range keys {
		if _, ok := m.keys[k]; !ok {
			m.keys[k] = owner
		}
	}
	return first, first != ""
}

// id is the record id a statement id stands for.
func (m *bodsMerge) id(s string) string {
	if a, ok := m.alias[s]; ok {
		return a
	}
	return s
}

// identifierKey is an identifier as a join key, or "" when it has no id.
func identifierKey(scheme, id string) string {
	id = strings.TrimSpace(id)
	if id == "" {
		return ""
	}
	return strings.ToUpper(strings.TrimSpace(scheme)) + "|" + strings.ToUpper(id)
}

// bodsFinish rewrites references to joined statements, drops ownership rows
// that repeat another statement's row, and applies the declarations of
// unspecified parties to their subjects. It runs once every file is read.
func (l *loader) bodsFinish() {
	m := &l.bods
	type rowKey struct {
		owner, owned, interest string
		share                  Share
		indirect               bool
	}
	seen := map[rowKey]string{} // -> Source of the first row
	out := l.reg.Ownership[:0]
	for _, o := range l.reg.Ownership {
		if strings.HasPrefix(o.Source, "bods ") {
			o.OwnerID, o.OwnedID = m.id(o.OwnerID), m.id(o.OwnedID)
			k := rowKey{o.OwnerID, o.OwnedID, o.Interest, o.Share, o.Indirect}
			if src, ok := seen[k]; ok && src != o.Source {
				continue // the same relationship stated again
			}
			if _, ok := seen[k]; !ok {
				seen[k] = o.Source
			}
		}
		out = append(out, o)
	}
	l.reg.Ownership = out
	for _, d := range m.declared {
		i, ok := l.companies[m.id(d.subject)]
		if !ok {
			l.problem(d.at, "%q is not the id of any entity statement read: its %s declaration is not recorded", d.subject, d.reason.Reason)
			continue
		}
		l.reg.Companies[i].NoOwners = &NoOwners{Reason: d.reason.Reason, Description: d.reason.Description, Origin: d.at}
	}
}
