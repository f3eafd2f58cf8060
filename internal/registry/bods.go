package registry

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
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
//     share. Interests with an end date, and every interest of a
//     relationship record closed by its latest statement, are over: they go
//     to Registry.Ended (with EndedOn: the end date, else the closing
//     statement's date), not Ownership;
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
// A file is an array of statements, one statement, or JSON Lines (one
// statement a line). A JSON file none of whose values has a statementType,
// recordType or statementID (BODS 0.2 to 0.4) is not a registry: the error
// says what it holds instead. (A UK PSC snapshot is read by psc.go.)
//
// Ids are 0.4 recordIds and 0.3 statementIDs. A later 0.4 statement for the
// same record replaces the earlier one (recordStatus "closed" removes it: a
// closed relationship's interests are ended ones, and the closed persons and
// entities it names still load, as former owners); a
// 0.3 statement's replacesStatements removes those. The same statement seen
// again (one declaration spread over several files), byte for byte but for
// spacing, is read once; a different statement with the same statement id
// is a Problem naming both, and is still read when nothing is lost by it (a
// 0.4 statement of another record, a 0.3 relationship; see bodsOnce). Origins
// name the file, sheet "statements", the statement's 1-based position as the
// row and the JSON field as the column.
//
// One entity or person described by several statements (in one file or in
// several loaded together: each company's own declaration names its owners
// with statements of its own) is one record. Entity statements are joined
// when they share an identifier (scheme and id, case ignored); person
// statements when they share an identifier or, without one, the same full
// name and birth date and a second detail (see bodsSamePeople; a name
// without a birth date joins nothing, and those not joined are each
// other's Possible). The first statement read keeps its id and fills what
// it left blank from the later ones; every reference to a later statement's id is
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
	Addresses                []bodsAddress                 `json:"addresses"`
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

// bods04Fields are where BODS 0.4 keeps the fields that 0.3 keeps on the
// statement itself (bodsDetails), so that a citation names the field a
// reader finds in the record.
var bods04Fields = func() columnNames {
	names := columnNames{}
	for _, f := range []string{"entityType", "name", "identifiers", "jurisdiction", "foundingDate", "dissolutionDate",
		"addresses", "personType", "names", "nationalities", "birthDate", "politicalExposure", "unspecifiedPersonDetails",
		"subject", "interestedParty", "interests", "publicListing"} {
		names[f] = "recordDetails." + f
	}
	return names
}()

// bods03Incorporated names the field a BODS 0.3 entity gives its
// jurisdiction in.
var bods03Incorporated = columnNames{"jurisdiction": "incorporatedInJurisdiction"}

type bodsCountry struct{ Name, Code string }

type bodsAddress struct {
	Address  string `json:"address"`
	PostCode string `json:"postCode"`
}

// text is the address as compared and cited: as written, with its postal
// code after it when the address does not already hold it.
func (a bodsAddress) text() string {
	t, pc := strings.TrimSpace(a.Address), strings.TrimSpace(a.PostCode)
	if pc != "" && !strings.Contains(addressKey(t), addressKey(pc)) {
		t = joinNonEmpty(", ", t, pc)
	}
	return t
}

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
	raws, array, err := jsonValues(b)
	if err != nil {
		return 0, fmt.Errorf("registry %s: not BODS JSON (an array of statements, or one statement a line): %w", path, err)
	}
	type item struct {
		s   bodsStatement
		row int
	}
	var items []item
	replaced := map[string]bool{}
	last := map[string]int{} // 0.4 recordId -> index of its latest statement in items
	marked := 0              // statements with a BODS id or type field
	for i, raw := range raws {
		o := Origin{File: path, Sheet: "statements", Row: i + 1}
		var s bodsStatement
		if err := json.Unmarshal(raw, &s); err != nil {
			l.problem(o, "not a BODS statement: %v", err)
			continue
		}
		if s.StatementID != "" || s.StatementID4 != "" || s.StatementType != "" || s.RecordType != "" {
			marked++
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
		if s.StatementID != "" && !l.bodsOnce(s, raw, o) {
			continue
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
	if marked == 0 && len(raws) > 0 {
		what := "its one value holds no"
		if len(raws) > 1 {
			what = fmt.Sprintf("none of its %d values holds a", len(raws))
		}
		return 0, fmt.Errorf("registry %s: not a registry: JSON, but not BODS (%s statementType, recordType or statementID): %s",
			path, what, describeJSON(raws, array))
	}
	// A 0.4 relationship record closed by its latest statement has ended:
	// its interests are ended ones, and the closed person and entity records
	// it names load, so that a former owner is known by name.
	former := map[string]bool{}
	for i, it := range items {
		s := it.s
		if s.RecordStatus == "closed" && s.StatementType == "ownershipOrControlStatement" && s.RecordID != "" &&
			last[s.RecordID] == i && !replaced[s.StatementID] {
			subject, _ := bodsRef(s.Subject)
			party, _ := bodsRef(s.InterestedParty)
			former[subject], former[party] = true, true
		}
	}
	for i, it := range items {
		s := it.s
		closed := s.RecordStatus == "closed" && s.RecordID != ""
		if replaced[s.StatementID] || (s.RecordID != "" && last[s.RecordID] != i) ||
			(s.RecordStatus == "closed" && !closed) ||
			(closed && s.StatementType != "ownershipOrControlStatement" && !former[s.RecordID]) {
			continue
		}
		o := Origin{File: path, Sheet: "statements", Row: it.row}
		if s.RecordDetails != nil {
			o.names = &bods04Fields
		}
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
			l.bodsRelationship(s, id, o, closed)
		default:
			l.problem(o.At("statementType"), "unknown statement type %q: not loaded", s.StatementType)
		}
	}
	return len(raws), nil
}

// bodsFirst is the first statement read with a statement id: where, its
// record id (0.4) and a digest of its JSON with spacing dropped.
type bodsFirst struct {
	at     Origin
	record string
	sum    [sha256.Size]byte
}

// bodsOnce reports whether statement s (raw, at o) is to be read: the same
// statement seen again, in this file or another (one declaration spread
// over several files), is the same fact and is read once. A different
// statement reusing a statement id is a Problem naming both places; it is
// still read when it is a 0.4 statement about another record (its recordId
// keys it) or a 0.3 relationship (no statement refers to it), not when it
// would stand for the first statement's record (a 0.3 entity or person
// statement's id is its record's id).
func (l *loader) bodsOnce(s bodsStatement, raw json.RawMessage, o Origin) bool {
	sum := compactSum(raw)
	first, seen := l.bods.first[s.StatementID]
	if !seen {
		l.bods.first[s.StatementID] = bodsFirst{at: o, record: s.RecordID, sum: sum}
		return true
	}
	if first.sum == sum {
		return false
	}
	col := "statementID"
	if s.StatementID4 != "" {
		col = "statementId"
	}
	what, load := "this one is not loaded", true
	switch {
	case s.RecordID != "" && s.RecordID != first.record:
		what = fmt.Sprintf("this one is loaded all the same, as record %q", s.RecordID)
	case s.RecordID == "" && s.StatementType == "ownershipOrControlStatement":
		what = "this one is loaded all the same (no statement refers to a relationship)"
	default:
		load = false
	}
	l.problem(o.At(col), "statement id %q is also that of a different statement (%s): statement ids must be unique; %s",
		s.StatementID, first.at, what)
	return load
}

// compactSum digests a JSON value with its spacing dropped, so that the
// same statement written again, indented or not, has one sum. (Sorting its
// keys as well would more than double the time a large file takes to load.)
func compactSum(raw json.RawMessage) [sha256.Size]byte {
	var b bytes.Buffer
	if json.Compact(&b, raw) != nil {
		return sha256.Sum256(raw)
	}
	return sha256.Sum256(b.Bytes())
}

// jsonValues splits a JSON file into its values: the elements of a top-level
// array, or the values one after another (a single statement, or JSON Lines,
// one statement a line); array says which. A syntax error is given with its
// line.
func jsonValues(b []byte) (raws []json.RawMessage, array bool, err error) {
	where := func(err error) error {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("line %d: %w", 1+bytes.Count(b[:min(int(se.Offset), len(b))], []byte("\n")), err)
		}
		return err
	}
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] == '[' {
		if err := json.Unmarshal(b, &raws); err != nil {
			return nil, true, where(err)
		}
		return raws, true, nil
	}
	d := json.NewDecoder(bytes.NewReader(b))
	for {
		var raw json.RawMessage
		err := d.Decode(&raw)
		if err == io.EOF {
			return raws, false, nil
		}
		if err != nil {
			return nil, false, where(err)
		}
		raws = append(raws, raw)
	}
}

// describeJSON says what a JSON file that holds no BODS statement holds: UK
// Companies House PSC records after a first value that is not one (see
// isPSC), an object with keys "201", "202", ...,
// an array of objects with keys "CompanyName", ...; array says whether the
// values were the elements of an array.
func describeJSON(raws []json.RawMessage, array bool) string {
	for _, raw := range raws {
		var psc struct{ Data struct{ Kind string } }
		if json.Unmarshal(raw, &psc) == nil && strings.Contains(psc.Data.Kind, "significant-control") {
			return "it holds UK Companies House PSC records (persons with significant control), but its first value is not one: a PSC snapshot is read as such when its first line (or array element) is a PSC record"
		}
	}
	first := "its first value"
	if array {
		first = fmt.Sprintf("an array of %d; the first", len(raws))
	}
	keys, n := objectKeys(raws[0], 5)
	switch {
	case len(raws) == 1 && !array && n >= 0:
		return fmt.Sprintf("it holds one object, of %d keys: %s", n, keys)
	case n >= 0:
		return fmt.Sprintf("%s is an object with keys %s", first, keys)
	}
	kind := "a value"
	switch t := bytes.TrimSpace(raws[0]); {
	case len(t) == 0:
	case t[0] == '[':
		kind = "an array"
	case t[0] == '"':
		kind = "a string"
	case t[0] == 't' || t[0] == 'f':
		kind = "true or false"
	case t[0] == 'n':
		kind = "null"
	default:
		kind = "a number"
	}
	return first + " is " + kind
}

// objectKeys lists up to max keys of a JSON object, in order, quoted and
// followed by ", ..." when there are more, and how many keys it has; the
// count is -1 when raw is not an object.
func objectKeys(raw json.RawMessage, max int) (string, int) {
	d := json.NewDecoder(bytes.NewReader(raw))
	if t, err := d.Token(); err != nil || t != json.Delim('{') {
		return "", -1
	}
	var keys []string
	n := 0
	for d.More() {
		t, err := d.Token()
		if err != nil {
			return "", -1
		}
		if k, ok := t.(string); ok && len(keys) < max {
			keys = append(keys, fmt.Sprintf("%q", k))
		}
		n++
		var skip json.RawMessage
		if d.Decode(&skip) != nil {
			return "", -1
		}
	}
	s := strings.Join(keys, ", ")
	if n > len(keys) {
		s += ", ..."
	}
	if n == 0 {
		s = "(none)"
	}
	return s, n
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
	if j == nil && s.IncorporatedIn != nil {
		j = s.IncorporatedIn
		o.names = &bods03Incorporated
		c.Origin = o
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
	// Without an identifier, statements of the same name and birth date
	// (giving at least the month: a year alone joins strangers) may be one
	// person: bodsSamePeople decides once every file is read.
	if len(keys) == 0 && !p.Unknown && foldName(p.Name) != "" && len(p.BirthDate) >= len("YYYY-MM") {
		n := bodsNamed{id: id, key: foldName(p.Name) + "|" + p.BirthDate, file: o.File}
		for _, a := range s.Addresses {
			if t := a.text(); addressKey(t) != "" && !slices.Contains(n.addresses, t) {
				n.addresses = append(n.addresses, t)
			}
		}
		l.bods.named = append(l.bods.named, n)
	}
	l.addPerson(p)
}

// bodsRelationship loads a relationship statement's interests: those with
// an end date, or all of them when the record is closed, as ended ones.
func (l *loader) bodsRelationship(s bodsStatement, id string, o Origin, closed bool) {
	l.loaded[KindOwnership] = true
	subject, _ := bodsRef(s.Subject)
	if subject == "" {
		l.problem(o.At("subject"), "the statement has no subject: not loaded")
		return
	}
	party, unspecified := bodsRef(s.InterestedParty)
	if closed && unspecified != nil {
		return // a declaration no longer made, about no one
	}
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
		own := Ownership{OwnerID: party, OwnedID: subject, Share: Unknown, AsOf: asOf, Source: "bods " + id, Origin: o}
		if closed { // ended when the closing statement was made, at the latest
			own.EndedOn = asOf
			l.reg.Ended = append(l.reg.Ended, own)
			return
		}
		l.reg.Ownership = append(l.reg.Ownership, own)
		return
	}
	for i, in := range s.Interests {
		io := o.At("interests")
		io.Column += fmt.Sprintf("[%d]", i)
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
		if in.EndDate != "" || closed {
			own.EndedOn = asOf // a closed record without an end date: when it was closed, at the latest
			if in.EndDate != "" {
				own.EndedOn = l.bodsDate(in.EndDate, io)
			}
			l.reg.Ended = append(l.reg.Ended, own)
			continue
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
	alias    map[string]string    // a later statement's id -> the first statement's id
	keys     map[string]string    // identifier key -> the first statement's id
	first    map[string]bodsFirst // statement id -> the first statement read with it
	declared []bodsDeclaration
	named    []bodsNamed // person statements without an identifier, for bodsSamePeople
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
	l.bodsSamePeople()
	// Every reference to a joined statement, a sheet's too, is to the first.
	l.renameRefs(m.alias)
	seen := map[rowKey]string{} // -> Source of the first row
	out := l.reg.Ownership[:0]
	for _, o := range l.reg.Ownership {
		if strings.HasPrefix(o.Source, "bods ") {
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

// bodsNamed is a person statement without an identifier that may be the
// same person as others of its name and birth date (see bodsSamePeople).
type bodsNamed struct {
	id        string   // its record id
	key       string   // folded name and birth date as given
	file      string   // the file it was read from
	addresses []string // as written (bodsAddress.text), each once
}

// bodsSamePeople decides which person statements without an identifier
// (bodsNamed) are one person. Statements of one name (case, spacing and
// punctuation aside) and birth date (giving the month at least) are
// linked when, in addition,
//
//   - they give an address in common (addressKey: letters and digits
//     compared), one that people of busyAddress names and birth dates or
//     more among these statements do not give (an agent's or a shared
//     office's); at one people of other names or birth dates give too (a
//     small shared office), only when they give one nationality alike or
//     their birth date to the day, and never through that address to
//     statements of another nationality (bodsCorroborates);
//   - or they hold interests in one company, stated in different files
//     (each company's own declaration names its owners with statements of
//     its own); two statements of one file holding one company name two
//     people, or one erred;
//   - or one declares an indirect interest in a company that a company the
//     other holds an interest in owns, directly or through others (the
//     holding the declaration is about: several declarations of one
//     group).
//
// Name and birth date alone join strangers among common names, as UK PSC
// records' do (pscSamePeople). Statements linked directly or through
// others are one person unless two of them give different nationalities;
// then none of them is joined. The person keeps the id of its first
// statement read, fills what it left blank from the others, and keeps
// them with why (SameAs); every reference to their ids is to it (bodsFinish
// renames them). Statements of one name and birth date not joined are
// each other's Possible, with why not.
func (l *loader) bodsSamePeople() {
	m := &l.bods
	named := m.named
	m.named = nil
	keys := make([]string, len(named))
	groups := map[string][]int{}
	var order []string
	for i, x := range named {
		keys[i] = x.key
		if _, ok := groups[x.key]; !ok {
			order = append(order, x.key)
		}
		groups[x.key] = append(groups[x.key], i)
	}
	use := addressUses(keys, func(i int) []string {
		var out []string
		for _, a := range named[i].addresses {
			out = append(out, addressKey(a))
		}
		return out
	})
	var ch *bodsChains
	alias := map[string]string{}
	for _, k := range order {
		if g := groups[k]; len(g) > 1 {
			if ch == nil {
				ch = l.bodsChains()
			}
			l.bodsJoinNamed(named, g, use, ch, alias)
		}
	}
	if len(alias) == 0 {
		return
	}
	for a, b := range m.alias { // a statement joined by identifier to one now joined by name
		if c, ok := alias[b]; ok {
			m.alias[a] = c
		}
	}
	for a, b := range alias {
		m.alias[a] = b
	}
	l.dropJoined(alias)
}

// bodsChains is what bodsSamePeople needs of the ownership rows read (ended
// ones too; ids as joined by identifier): each company's owners, and the
// companies each party holds an interest in, directly or declared
// indirect.
type bodsChains struct {
	owners   map[string][]string
	holds    map[string][]string // party -> companies it holds an interest in, of any kind
	indirect map[string][]string // party -> companies it declares an indirect interest in
	above    map[string]map[string]bool
}

func (l *loader) bodsChains() *bodsChains {
	m := &l.bods
	ch := &bodsChains{owners: map[string][]string{}, holds: map[string][]string{}, indirect: map[string][]string{}, above: map[string]map[string]bool{}}
	for _, rows := range [][]Ownership{l.reg.Ownership, l.reg.Ended} {
		for _, o := range rows {
			owner, owned := m.id(o.OwnerID), m.id(o.OwnedID)
			if o.Indirect {
				if !slices.Contains(ch.indirect[owner], owned) {
					ch.indirect[owner] = append(ch.indirect[owner], owned)
				}
			} else if !slices.Contains(ch.owners[owned], owner) {
				ch.owners[owned] = append(ch.owners[owned], owner)
			}
			if !slices.Contains(ch.holds[owner], owned) {
				ch.holds[owner] = append(ch.holds[owner], owned)
			}
		}
	}
	return ch
}

// ancestors are the companies that own c, directly or through others
// (direct rows only; c itself only when a cycle leads back to it).
func (ch *bodsChains) ancestors(c string) map[string]bool {
	if a, ok := ch.above[c]; ok {
		return a
	}
	a := map[string]bool{}
	next := []string{c}
	for len(next) > 0 {
		x := next[len(next)-1]
		next = next[:len(next)-1]
		for _, o := range ch.owners[x] {
			if !a[o] {
				a[o] = true
				next = append(next, o)
			}
		}
	}
	ch.above[c] = a
	return a
}

// bodsJoinNamed decides which statements g (indexes in named, in input
// order) of one name and birth date are one person (see bodsSamePeople),
// joins them (alias maps a joined statement's id to the person's) and
// notes the others as possible.
func (l *loader) bodsJoinNamed(named []bodsNamed, g []int, use addressUse, ch *bodsChains, alias map[string]string) {
	links := newLinkSets(len(g))
	var because []struct {
		i    int
		text string
	}
	link := func(i, j int, text string) {
		if links.find(i) != links.find(j) {
			links.link(i, j)
			because = append(because, struct {
				i    int
				text string
			}{i, text})
		}
	}
	person := func(i int) *Person { return &l.reg.People[l.people[named[g[i]].id]] }
	cached := make([][]string, len(g))
	agreeFrom := 0
	keys := func(a int) ([]string, int) {
		if cached[a] == nil {
			cached[a], agreeFrom = detailKeys(bodsCompared(person(a), person(a)))
		}
		return cached[a], agreeFrom
	}
	byAddress := map[string][]int{}
	sets := map[string]*addressSets{} // joinAt's sets, by shared address
	text := map[[2]int]string{}       // (position in g, address key) -> the address as that statement writes it
	keyOf := map[string]int{}
	holders := map[string][]int{}
	for i, n := range g {
		x := named[n]
		for _, a := range x.addresses {
			k := addressKey(a)
			if use.busy(k) {
				continue
			}
			if _, ok := keyOf[k]; !ok {
				keyOf[k] = len(keyOf)
			}
			text[[2]int{i, keyOf[k]}] = a
			at := byAddress[k]
			byAddress[k] = append(at, i)
			if len(at) == 0 {
				continue
			}
			byText := func(j, i int) {
				f := text[[2]int{j, keyOf[k]}]
				shared := ""
				if use.shared(k) {
					shared = fmt.Sprintf(", given by people of %d other names or dates of birth too, so nationality or date of birth to the day agree", use.others(k))
				}
				if f == a {
					link(j, i, fmt.Sprintf("address %s (statements %s and %s%s)", a, named[g[j]].id, x.id, shared))
				} else {
					link(j, i, fmt.Sprintf("address %s (statement %s; %s: %s%s)", f, named[g[j]].id, x.id, a, shared))
				}
			}
			if use.shared(k) {
				links.joinAt(setsAt(sets, k, at, links, keys), i, keys, byText)
			} else {
				byText(at[0], i)
			}
		}
		for _, c := range ch.holds[x.id] {
			holders[c] = append(holders[c], i)
		}
	}
	for i, n := range g {
		x := named[n]
		for _, c := range ch.holds[x.id] {
			for _, j := range holders[c] {
				if j < i && named[g[j]].file != x.file {
					link(j, i, fmt.Sprintf("interests in %s stated in %s and in %s (statements %s and %s)", l.bodsCompanyLabel(c), named[g[j]].file, x.file, named[g[j]].id, x.id))
				}
			}
		}
		for _, c := range ch.indirect[x.id] {
			for a := range ch.ancestors(c) {
				for _, j := range holders[a] {
					if j != i {
						link(i, j, fmt.Sprintf("statement %s declares an indirect interest in %s, which %s, held by statement %s, owns", x.id, l.bodsCompanyLabel(c), l.bodsCompanyLabel(a), named[g[j]].id))
					}
				}
			}
		}
	}
	type unit struct {
		members []int
		set     int
		failed  string
	}
	var units []unit
	for k, set := range links.sets() {
		nationality, why := "", ""
		for _, i := range set {
			v := strings.ToUpper(person(i).Nationality)
			if v != "" && nationality != "" && v != nationality {
				why = fmt.Sprintf("nationalities %s and %s among statements linked to each other", nationality, v)
				break
			}
			nationality = cmpOr(nationality, v)
		}
		if len(set) == 1 || why != "" {
			for _, i := range set {
				units = append(units, unit{members: []int{i}, set: k, failed: why})
			}
			continue
		}
		units = append(units, unit{members: set, set: k})
		p := person(set[0])
		if p.Nationality == "" {
			p.Nationality = nationality
		}
		var texts []string
		for _, b := range because {
			if slices.Contains(set, b.i) {
				texts = append(texts, b.text)
			}
		}
		p.SameAs = &SameAs{Why: fmt.Sprintf("same name and date of birth (%s, %s), nationality %s, no identifier, and %s",
			p.Name, p.BirthDate, cmpOr(p.Nationality, "none given"), strings.Join(texts, "; "))}
		for _, i := range set[1:] {
			q := person(i)
			p.PEP = p.PEP || q.PEP
			p.SameAs.Records = append(p.SameAs.Records, q.Origin)
			if q.Name != p.Name && !slices.Contains(p.SameAs.Names, q.Name) {
				p.SameAs.Names = append(p.SameAs.Names, q.Name)
			}
			alias[q.ID] = p.ID
		}
	}
	if len(units) < 2 {
		return
	}
	addresses := func(u unit) []string {
		var out []string
		for _, i := range u.members {
			for _, a := range named[g[i]].addresses {
				if !slices.Contains(out, a) {
					out = append(out, a)
				}
			}
		}
		return out
	}
	reps := make([]int, len(units))
	for a, u := range units {
		reps[a] = l.people[named[g[u.members[0]]].id]
	}
	l.notePossible(reps, func(a, b int) string {
		u, v := units[a], units[b]
		p := l.reg.People[reps[a]]
		why := fmt.Sprintf("same name and date of birth (%s, %s)", p.Name, p.BirthDate)
		if u.failed != "" && u.set == v.set {
			return why + "; not joined: " + u.failed
		}
		ua, va := addresses(u), addresses(v)
		for _, x := range va {
			k := addressKey(x)
			if !slices.ContainsFunc(ua, func(y string) bool { return addressKey(y) == k }) {
				continue
			}
			if use.busy(k) {
				return why + fmt.Sprintf("; not joined: their one address in common, %s, is given by people of %d names and dates of birth or more (an agent's or a shared office)", x, busyAddress)
			}
			if use.shared(k) {
				differ := bodsCorroborates(&l.reg.People[reps[a]], &l.reg.People[reps[b]])
				if differ == "" {
					differ = "a statement linked to one of them gives a detail that differs from the other's"
				}
				return why + fmt.Sprintf("; not joined: their address in common, %s, is given by people of %d other names or dates of birth too (a shared office), and %s", x, use.others(k), differ)
			}
		}
		return why + fmt.Sprintf("; not joined: no identifier, address or company in common (%s: %s; this statement: %s)",
			p.ID, cmpOr(strings.Join(ua, "; "), "no address given"), cmpOr(strings.Join(va, "; "), "no address given"))
	})
}

// bodsCorroborates says why person statements p and q without an
// identifier, of one name and birth date, at one shared address are not
// taken as one person's (see corroborates): their nationalities must not
// differ, and they must give one nationality alike or a birth date to the
// day (both do or neither: it is part of what they are compared on). ""
// when they are taken as one.
func bodsCorroborates(p, q *Person) string {
	return corroborates(bodsCompared(p, q))
}

// bodsCompared are the details of person statements p and q compared at a
// shared address (see bodsCorroborates): none that must not differ but
// those of which one must agree.
func bodsCompared(p, q *Person) (contradict, agree []detail) {
	day := func(s string) string {
		if len(s) == len("1961-05-17") {
			return s
		}
		return ""
	}
	return nil, []detail{
		newDetail("nationality", p.Nationality, q.Nationality, strings.ToUpper),
		newDetail("date of birth to the day", p.BirthDate, q.BirthDate, day),
	}
}

// bodsCompanyLabel names a company for a reason: "Name (id)", or the id.
func (l *loader) bodsCompanyLabel(id string) string {
	if i, ok := l.companies[id]; ok && l.reg.Companies[i].Name != "" {
		return l.reg.Companies[i].Name + " (" + id + ")"
	}
	return id
}
