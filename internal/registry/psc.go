package registry

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
)

// UK Companies House "persons with significant control" (PSC) snapshots load
// into the same model as BODS:
//
//   - the file is JSON Lines (the snapshot as published: one record a line,
//     ending with a totals line) or an array of records; each record is
//     {"company_number": ..., "data": {"kind": ...}}. It is recognised by its
//     first record's kind, never by the file's name. The totals line
//     (kind "totals#persons-of-significant-control-snapshot") is skipped
//     and counted as no row;
//   - the company a record is about is the company of that number: its id is
//     the company number (eight characters, "08209948"; numbers a
//     spreadsheet shortened get their leading zeros back). The PSC file
//     gives no name: a Companies House basic company data CSV given with it
//     (header "CompanyName, CompanyNumber, ..., CompanyStatus, ...") loads
//     as a companies sheet keyed by CompanyNumber, which names them; without
//     it the company has no name and is known by its id, the number;
//   - individual PSCs (and registered overseas entities' individual
//     beneficial owners) are People: name as written, nationality (ISO
//     alpha-2 when recognised, else as written), birth month and year
//     ("1961-12"); the country of residence has no place in the model;
//   - individual PSCs with the same name and month of birth are one
//     Person (the register has no id for a person across companies) when
//     they give the same service address (at an address records of other
//     names give too, only with a detail more that agrees and none that
//     differs), or are a ceased record and a later one of one company
//     (re-notified), and their nationalities and countries of residence do
//     not differ: the first current record's id,
//     the others cited in SameAs with why, their interests added up as that
//     person's. Others of that name and month are cited in Possible, not
//     joined. See pscSamePeople for the exact test and what is never joined;
//   - corporate-entity and legal-person PSCs are Companies with their
//     registration number and the country they are registered in; a legal
//     person whose legal form, authority or name says government is of
//     Type "state". One registered at Companies House (place registered
//     Companies House, or country registered in the UK) with a company
//     number has that number as its id, so that a chain of UK companies
//     joins up across records; any other PSC's id is its company number,
//     "/psc/" and the PSC's own id from links.self;
//   - super-secure PSCs (identity withheld by Companies House) are Unknown
//     People whose Reason is the record's description, as BODS anonymous
//     persons are; each owns an unknown share;
//   - each nature of control is one Ownership (owner = the PSC, owned = the
//     company), Source "uk-psc " and the nature as written: ownership of
//     shares is a "shareholding", voting rights "votingRights" (both with
//     the band as Share, through ParseShare: "25-to-50-percent" is 25% to
//     50%, "more-than-25-percent" 25% to 100%), the right to appoint and
//     remove directors or members "appointmentOfBoard", significant
//     influence or control "otherInfluenceOrControl", the right to surplus
//     assets "rightsToSurplusAssetsOnDissolution" (with its band); the
//     "-as-trust", "-as-firm" and "-as-control-over-..." variants, and the
//     limited-liability-partnership and registered-overseas-entity ones,
//     are the same interests (the variant stays in Source). A nature not
//     known is a Problem and loads as an interest of unknown share named by
//     the nature; a PSC with no nature owns an unknown share;
//   - a PSC with ceased_on (or "ceased": true) has ended: as a BODS
//     interest with an end date, its interests go to Registry.Ended with
//     EndedOn, not to Ownership; the person or company itself still loads;
//   - PSC statements: "no-individual-or-entity-with-signficant-control"
//     (sic, and its partnership form) and "no-beneficial-owner-identified"
//     set the company's NoOwners to NoBeneficialOwners with the statement as
//     description, as a BODS noBeneficialOwners declaration does;
//     "all-beneficial-owners-identified" says nothing more than the
//     records; any other statement ("psc-exists-but-not-identified",
//     "psc-details-not-confirmed", "restrictions-notice-issued-to-psc", ...)
//     is an owner nobody has named: an Unknown Person, Reason the
//     statement, owning an unknown share (a BODS unspecified party). A
//     ceased statement is not applied;
//   - an exemptions record with an exemption still in force (trading on a
//     regulated market, DTR 5) sets the company's NoOwners to
//     ExemptFromDisclosure and Listed, as a BODS subjectExemptFromDisclosure
//     declaration does (a later declaration replaces an earlier one).
//
// Origins name the file, the file's base name as sheet (Origin.String
// leaves it out, as for a CSV), the line the record starts on as row and
// the JSON field as column ("data.natures_of_control[1]"). A line that is
// not JSON, a record without a kind or company number, or of a kind not
// known is a Problem at its line and is not loaded; the rest loads. An
// array with a JSON syntax error is refused with the line.

// pscRecord is one line of a PSC snapshot.
type pscRecord struct {
	CompanyNumber string   `json:"company_number"`
	Data          *pscData `json:"data"`
}

type pscData struct {
	Kind             string   `json:"kind"`
	Name             string   `json:"name"`
	Nationality      string   `json:"nationality"`
	NaturesOfControl []string `json:"natures_of_control"`
	NotifiedOn       string   `json:"notified_on"`
	CeasedOn         string   `json:"ceased_on"`
	Ceased           bool     `json:"ceased"`
	Statement        string   `json:"statement"`
	Exemptions       map[string]struct {
		Type  string `json:"exemption_type"`
		Items []struct {
			From string `json:"exempt_from"`
			To   string `json:"exempt_to"`
		} `json:"items"`
	} `json:"exemptions"`
	Description  string `json:"description"`
	NameElements *struct {
		Title      string `json:"title"`
		MiddleName string `json:"middle_name"`
	} `json:"name_elements"`
	CountryOfResidence string `json:"country_of_residence"`
	DateOfBirth        *struct {
		Month int `json:"month"`
		Year  int `json:"year"`
	} `json:"date_of_birth"`
	Identification *struct {
		CountryRegistered  string `json:"country_registered"`
		LegalAuthority     string `json:"legal_authority"`
		LegalForm          string `json:"legal_form"`
		PlaceRegistered    string `json:"place_registered"`
		RegistrationNumber string `json:"registration_number"`
	} `json:"identification"`
	Address *struct {
		Premises     string `json:"premises"`
		AddressLine1 string `json:"address_line_1"`
		AddressLine2 string `json:"address_line_2"`
		Locality     string `json:"locality"`
		Region       string `json:"region"`
		PostalCode   string `json:"postal_code"`
		Country      string `json:"country"`
	} `json:"address"`
	Links struct {
		Self string `json:"self"`
	} `json:"links"`
}

// pscTotals is the kind of the snapshot's last line.
const pscTotals = "totals#persons-of-significant-control-snapshot"

// maxPSCLine bounds one line of a PSC snapshot (a record is a few KB).
const maxPSCLine = 1 << 20

// pscState is what PSC files leave for pscFinish: the companies they name
// (by number) and the UK companies that are PSCs, to be added or joined to
// the company of the same id once every file is read.
type pscState struct {
	subjects  map[string]Origin // company number -> first record naming it
	order     []string          // subjects in the order first named
	corporate []Company         // UK companies that are PSCs, in input order
	seen      map[string]Origin // links.self -> the record read with it
	declared  []pscDeclaration
	people    []pscIndividual // individual PSCs with a month of birth, in input order
}

// pscIndividual is what pscSamePeople compares of an individual PSC record
// beyond its Person: name, month of birth and nationality are the Person's.
type pscIndividual struct {
	person    int32  // index in Registry.People
	ceased    bool   // the record has ceased_on (or ceased)
	company   string // the company the record is about
	title     string // data.name_elements.title
	middle    string // data.name_elements.middle_name
	residence string // data.country_of_residence, as written
	address   string // the service address as compared (pscAddress), "" when too little is given
	line2     string // data.address.address_line_2 (not part of address)
}

// pscDeclaration is a statement that the company has no beneficial owner
// (NoBeneficialOwners) or need not name any (ExemptFromDisclosure).
type pscDeclaration struct {
	company, reason, description string
	at                           Origin
}

// isPSC reports whether head, the start of a JSON file, opens with a UK
// Companies House PSC record: its first value (or first array element)
// has a data.kind of a PSC, a PSC statement, the snapshot totals or a
// company's exemptions.
func isPSC(head []byte) bool {
	d := json.NewDecoder(bytes.NewReader(head))
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) > 0 && t[0] == '[' {
		if _, err := d.Token(); err != nil {
			return false
		}
	}
	var rec struct {
		CompanyNumber string `json:"company_number"`
		Data          struct {
			Kind string `json:"kind"`
		} `json:"data"`
	}
	if d.Decode(&rec) != nil {
		return false
	}
	k := rec.Data.Kind
	return k == pscTotals || strings.HasSuffix(k, "-with-significant-control") ||
		strings.HasSuffix(k, "-beneficial-owner") || k == "persons-with-significant-control-statement" ||
		(k == "exemptions" && rec.CompanyNumber != "") // a company's exemptions, which may come first
}

// loadPSC streams a PSC snapshot: JSON Lines line by line (a bad line is a
// Problem), anything else (an array, values over several lines) through a
// JSON decoder (a syntax error refuses the file, with its line). It
// returns the number of records read, the totals line not counted.
func (l *loader) loadPSC(path string, f io.Reader) (int, error) {
	br := bufio.NewReaderSize(f, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3)
	}
	if l.psc.subjects == nil {
		l.psc.subjects, l.psc.seen = map[string]Origin{}, map[string]Origin{}
	}
	sheet := filepath.Base(path)
	rows := 0
	each := func(raw []byte, line int) {
		o := Origin{File: path, Sheet: sheet, Row: line, names: &pscFields}
		if l.pscRecord(raw, o) {
			rows++
		}
	}
	var err error
	if oneLineValues(br) {
		_, err = pscLines(br, func(raw []byte, line int) { each(bytes.TrimSpace(raw), line) }, func(line int) {
			l.problem(Origin{File: path, Sheet: sheet, Row: line}, "a line longer than %d bytes: not a PSC record; not loaded", maxPSCLine)
			rows++
		})
	} else {
		err = pscDecode(br, each)
	}
	if err != nil {
		return rows, fmt.Errorf("registry %s: a UK PSC snapshot that cannot be read (JSON Lines, or an array of records): %w", path, err)
	}
	if rows == 0 {
		return 0, fmt.Errorf("registry %s: a UK PSC snapshot with no records (only its totals line?)", path)
	}
	return rows, nil
}

// oneLineValues reports whether the file's first non-blank line is a whole
// JSON object (within the reader's buffer): the file is JSON Lines.
func oneLineValues(br *bufio.Reader) bool {
	b, _ := br.Peek(br.Size())
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		if line = bytes.TrimSpace(line); len(line) > 0 {
			return line[0] == '{' && json.Valid(line)
		}
	}
	return false
}

// pscLines reads JSON Lines: each non-blank line goes to each, as written
// (with its line break), with its number; the number of a line longer than
// maxPSCLine goes to long. It returns the number of lines read.
func pscLines(br *bufio.Reader, each func([]byte, int), long func(int)) (int, error) {
	var buf []byte
	lines := 0
	for {
		b, err := br.ReadSlice('\n')
		tooLong := false
		for errors.Is(err, bufio.ErrBufferFull) {
			if len(buf)+len(b) <= maxPSCLine {
				buf = append(buf, b...)
			} else {
				tooLong = true
			}
			b, err = br.ReadSlice('\n')
		}
		if err != nil && err != io.EOF {
			return lines, fmt.Errorf("line %d: %w", lines+1, err)
		}
		if len(buf) > 0 {
			buf = append(buf, b...)
			b, buf = buf, buf[:0]
		}
		if len(b) > 0 {
			lines++
		}
		switch {
		case tooLong:
			long(lines)
		case len(bytes.TrimSpace(b)) > 0: // pscRecord reports a line that is not JSON
			each(b, lines)
		}
		if err == io.EOF {
			return lines, nil
		}
	}
}

// pscDecode reads the elements of a top-level array, or values one after
// another, each with the line it starts on.
func pscDecode(br *bufio.Reader, each func([]byte, int)) error {
	nl := &newlines{r: br}
	d := json.NewDecoder(nl)
	var base int64 // where the value being read starts: a syntax error's offset counts from there
	where := func(err error) error {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("line %d: %w", nl.line(base+se.Offset), err)
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return fmt.Errorf("line %d: the file ends inside a value: %w", nl.line(nl.n), err)
		}
		return err
	}
	array := firstByte(br) == '['
	if array {
		if _, err := d.Token(); err != nil {
			return where(err)
		}
	}
	for base = d.InputOffset(); d.More(); base = d.InputOffset() {
		var raw json.RawMessage
		if err := d.Decode(&raw); err != nil {
			return where(err)
		}
		each(raw, nl.line(d.InputOffset()-int64(len(raw))))
	}
	if array {
		if _, err := d.Token(); err != nil {
			return where(err)
		}
	}
	if _, err := d.Token(); err != io.EOF {
		return fmt.Errorf("line %d: more after the last record (a stray ] or }?)", nl.line(d.InputOffset()+1))
	}
	return nil
}

// firstByte is the first byte of br that is not white space (0 if none in
// its first 64 KB), read without consuming it.
func firstByte(br *bufio.Reader) byte {
	b, _ := br.Peek(64 << 10)
	if t := bytes.TrimLeft(b, " \t\r\n"); len(t) > 0 {
		return t[0]
	}
	return 0
}

// maxPSCRecord bounds what pscDecode reads past the start of the record
// before the one it is reading (the space before a record, and the record):
// newlines keeps the offset of each line break within it.
const maxPSCRecord = 2 * maxPSCLine

// newlines counts the line breaks of what a JSON decoder reads, so that the
// line a record starts on can be told: it keeps the offsets of those at or
// after from, the last offset asked about (line is asked about offsets in
// order), and counts the others. Reading more than maxPSCRecord bytes past
// from is an error, so that a file of line breaks cannot fill memory with
// their offsets.
type newlines struct {
	r     io.Reader
	n     int64   // bytes read
	from  int64   // the last offset line was asked about
	below int     // line breaks before from
	off   []int64 // offsets of the line breaks at or after from
}

func (c *newlines) Read(p []byte) (int, error) {
	left := maxPSCRecord - (c.n - c.from)
	if left < 0 {
		return 0, fmt.Errorf("line %d: more than %d bytes without the end of a record", c.line(c.from), maxPSCRecord)
	}
	if int64(len(p)) > left+1 {
		p = p[:left+1]
	}
	n, err := c.r.Read(p)
	for i, b := range p[:n] {
		if b == '\n' {
			c.off = append(c.off, c.n+int64(i))
		}
	}
	c.n += int64(n)
	return n, err
}

// line is the 1-based line of byte offset off; offsets before the last one
// asked about count as that one.
func (c *newlines) line(off int64) int {
	if off > c.from {
		i := sort.Search(len(c.off), func(i int) bool { return c.off[i] >= off })
		c.below += i
		c.off = c.off[i:]
		c.from = off
	}
	return 1 + c.below
}

// pscRecord loads one record and reports whether it counts as a row (the
// totals line does not).
func (l *loader) pscRecord(raw []byte, o Origin) bool {
	var rec pscRecord
	if err := json.Unmarshal(raw, &rec); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			l.problem(o, "the line is not a JSON value (%v, at byte %d): not loaded", se, se.Offset)
		} else {
			l.problem(o, "not a PSC record: %v; not loaded", err)
		}
		return true
	}
	d := rec.Data
	if d == nil || d.Kind == "" {
		l.problem(o.At("data.kind"), "a record without data.kind: not a PSC record; not loaded")
		return true
	}
	if d.Kind == pscTotals {
		return false
	}
	company := companyNumber(rec.CompanyNumber)
	if company == "" {
		l.problem(o.At("company_number"), "a record of kind %s without a company number: not loaded", d.Kind)
		return true
	}
	if self := d.Links.Self; self != "" {
		if first, dup := l.psc.seen[self]; dup {
			l.problem(o.At("data.links.self"), "PSC %s was read already (%s): this record is not loaded", self, first)
			return true
		}
		l.psc.seen[self] = o
	}
	switch d.Kind {
	case "individual-person-with-significant-control", "individual-beneficial-owner",
		"corporate-entity-person-with-significant-control", "corporate-entity-beneficial-owner",
		"legal-person-person-with-significant-control", "legal-person-beneficial-owner",
		"super-secure-person-with-significant-control", "super-secure-beneficial-owner":
		l.pscSubject(company, o)
		l.pscOwner(company, d, o)
	case "persons-with-significant-control-statement":
		l.pscSubject(company, o)
		l.pscStatement(company, d, o)
	case "exemptions":
		l.pscSubject(company, o)
		l.pscExemptions(company, d, o)
	default:
		l.problem(o.At("data.kind"), "kind %q is not a PSC, a PSC statement or the totals: not loaded", d.Kind)
	}
	return true
}

// pscFields are the fields of a PSC record that the model's columns are
// read from, so that a rule citing a person's nationality or a corporate
// PSC's jurisdiction cites the field a reader finds in the record.
var pscFields = columnNames{
	"name": "data.name", "nationality": "data.nationality", "birth_date": "data.date_of_birth",
	"jurisdiction": "data.identification.country_registered", "registration_number": "data.identification.registration_number",
	"address": "data.address",
}

// pscSubjectFields are those of a company the snapshot knows only as the
// subject of its records: its number and, as the register is the UK's,
// its jurisdiction are read from company_number.
var pscSubjectFields = columnNames{"company_id": "company_number", "registration_number": "company_number", "jurisdiction": "company_number"}

// pscSubject notes that the record is about company.
func (l *loader) pscSubject(company string, o Origin) {
	l.loaded[KindCompanies] = true
	l.loaded[KindOwnership] = true
	if _, ok := l.psc.subjects[company]; !ok {
		o.names = &pscSubjectFields
		l.psc.subjects[company] = o.At("company_number")
		l.psc.order = append(l.psc.order, company)
	}
}

// pscID is the id of a PSC or statement that is not a UK company: the
// company number, what, and the last part of links.self (or the line).
func pscID(company, what, self string, o Origin) string {
	id := self[strings.LastIndexByte(self, '/')+1:]
	if id == "" {
		id = fmt.Sprintf("%s:%d", o.Sheet, o.Row)
	}
	return company + "/" + what + "/" + id
}

func (l *loader) pscOwner(company string, d *pscData, o Origin) {
	id := pscID(company, "psc", d.Links.Self, o)
	if l.pscTaken(id, o) {
		return
	}
	switch {
	case strings.HasPrefix(d.Kind, "individual-"):
		l.loaded[KindPeople] = true
		p := Person{ID: id, Name: strings.TrimSpace(d.Name), Origin: o}
		if p.Name == "" {
			l.problem(o.At("data.name"), "an individual PSC without a name")
		}
		p.Nationality = l.pscCountry(d.Nationality)
		if b := d.DateOfBirth; b != nil {
			switch {
			case b.Year < 1800 || b.Year > 2200:
				l.problem(o.At("data.date_of_birth"), "birth year %d is not a year", b.Year)
			case b.Month < 1 || b.Month > 12:
				p.BirthDate = fmt.Sprintf("%04d", b.Year)
				if b.Month != 0 {
					l.problem(o.At("data.date_of_birth"), "birth month %d is not a month: the year alone is kept", b.Month)
				}
			default:
				p.BirthDate = fmt.Sprintf("%04d-%02d", b.Year, b.Month)
			}
		}
		if len(p.BirthDate) == len("1961-12") && p.Name != "" {
			x := pscIndividual{person: int32(len(l.reg.People)), company: company, residence: d.CountryOfResidence,
				ceased: d.Ceased || d.CeasedOn != ""}
			if d.NameElements != nil {
				x.title, x.middle = d.NameElements.Title, d.NameElements.MiddleName
			}
			if a := d.Address; a != nil {
				x.address = pscAddress(a.Premises, a.AddressLine1, a.PostalCode, a.Locality)
				x.line2 = a.AddressLine2
			}
			l.psc.people = append(l.psc.people, x)
		}
		l.addPerson(p)
	case strings.HasPrefix(d.Kind, "super-secure-"):
		l.loaded[KindPeople] = true
		reason := cmpOr(d.Description, d.Kind)
		l.addPerson(Person{ID: id, Unknown: true, Reason: reason, Origin: o})
	default:
		c := Company{ID: id, Name: strings.TrimSpace(d.Name), Type: "company", Origin: o}
		if c.Name == "" {
			l.problem(o.At("data.name"), "a corporate PSC without a name")
		}
		if a := d.Address; a != nil {
			c.Address = joinNonEmpty(", ", a.Premises, a.AddressLine1, a.AddressLine2, a.Locality, a.Region, a.PostalCode, a.Country)
		}
		uk := false
		if x := d.Identification; x != nil {
			c.RegistrationNumber = strings.TrimSpace(x.RegistrationNumber)
			c.Jurisdiction = l.pscCountry(x.CountryRegistered)
			uk = c.Jurisdiction == "GB" || strings.Contains(strings.ToLower(x.PlaceRegistered), "companies house")
			if strings.HasPrefix(d.Kind, "legal-person-") {
				for _, s := range []string{x.LegalForm, x.LegalAuthority, c.Name} {
					if strings.Contains(strings.ToLower(s), "government") {
						c.Type = "state"
					}
				}
			}
		}
		if n := companyNumber(c.RegistrationNumber); uk && reCompanyNumber.MatchString(n) {
			c.ID, id = n, n
			l.psc.corporate = append(l.psc.corporate, c)
		} else {
			l.addCompany(c)
		}
	}
	asOf := l.pscDate(d.NotifiedOn, o.At("data.notified_on"))
	ended := d.Ceased || d.CeasedOn != ""
	endedOn := l.pscDate(d.CeasedOn, o.At("data.ceased_on"))
	add := func(own Ownership) {
		if ended { // like a BODS interest with an end date
			own.EndedOn = endedOn
			l.reg.Ended = append(l.reg.Ended, own)
			return
		}
		l.reg.Ownership = append(l.reg.Ownership, own)
	}
	if len(d.NaturesOfControl) == 0 {
		add(Ownership{OwnerID: id, OwnedID: company, Share: Unknown, AsOf: asOf, Source: "uk-psc " + d.Kind, Origin: o})
		return
	}
	for i, nature := range d.NaturesOfControl {
		no := o.At(fmt.Sprintf("data.natures_of_control[%d]", i))
		interest, share, err := pscNature(nature)
		if err != nil {
			l.problem(no, "%v", err)
		}
		add(Ownership{OwnerID: id, OwnedID: company, Share: share, Interest: interest, AsOf: asOf, Source: "uk-psc " + nature, Origin: no})
	}
}

// pscTaken reports (as a Problem) that a record's id is already that of a
// person or company read before: the record is not loaded.
func (l *loader) pscTaken(id string, o Origin) bool {
	var first Origin
	if i, ok := l.people[id]; ok {
		first = l.reg.People[i].Origin
	} else if i, ok := l.companies[id]; ok {
		first = l.reg.Companies[i].Origin
	} else {
		return false
	}
	l.problem(o.At("data.links.self"), "id %s is already that of the record at %s: this record is not loaded", id, first)
	return true
}

func (l *loader) pscStatement(company string, d *pscData, o Origin) {
	so := o.At("data.statement")
	s := strings.TrimSpace(d.Statement)
	switch {
	case d.Ceased || d.CeasedOn != "":
		l.pscDate(d.CeasedOn, o.At("data.ceased_on"))
	case s == "":
		l.problem(so, "a PSC statement without a statement: not loaded")
	case strings.HasPrefix(s, "no-individual-or-entity-with-signficant-control"),
		strings.HasPrefix(s, "no-individual-or-entity-with-significant-control"),
		s == "no-beneficial-owner-identified":
		l.psc.declared = append(l.psc.declared, pscDeclaration{company: company, reason: NoBeneficialOwners, description: s, at: so})
	case s == "all-beneficial-owners-identified":
		// the PSC records name them all: nothing to add
	default:
		l.loaded[KindPeople] = true
		id := pscID(company, "psc-statement", d.Links.Self, o)
		if l.pscTaken(id, o) {
			return
		}
		l.addPerson(Person{ID: id, Unknown: true, Reason: s, Origin: so})
		l.reg.Ownership = append(l.reg.Ownership, Ownership{OwnerID: id, OwnedID: company, Share: Unknown,
			AsOf: l.pscDate(d.NotifiedOn, o.At("data.notified_on")), Source: "uk-psc " + s, Origin: so})
	}
}

// pscExemptions reads a company's exemptions from keeping a PSC register
// (its shares trade on a regulated market, or DTR 5 applies): one still in
// force (an item with no exempt_to) makes the company exempt from
// disclosure and listed, as a BODS subjectExemptFromDisclosure declaration
// and publicListing do. Exemptions that ended say nothing of today.
func (l *loader) pscExemptions(company string, d *pscData, o Origin) {
	keys := make([]string, 0, len(d.Exemptions))
	for k := range d.Exemptions {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		e := d.Exemptions[k]
		for i, it := range e.Items {
			io := o.At(fmt.Sprintf("data.exemptions.%s.items[%d]", k, i))
			l.pscDate(it.From, io.At(io.Column+".exempt_from"))
			if to := l.pscDate(it.To, io.At(io.Column+".exempt_to")); it.To == "" || to.IsZero() {
				l.psc.declared = append(l.psc.declared, pscDeclaration{company: company, reason: ExemptFromDisclosure,
					description: cmpOr(e.Type, k), at: io})
				return
			}
		}
	}
}

// pscNature reads a nature of control: its BODS interest type and its
// share band (Unknown when it has none). A nature not known is an error,
// and is returned as its own interest with an unknown share.
func pscNature(nature string) (string, Share, error) {
	s := strings.ToLower(strings.TrimSpace(nature))
	interest, banded := "", false
	for _, k := range pscNatures {
		if strings.HasPrefix(s, k.prefix) {
			interest, banded = k.interest, k.banded
			break
		}
	}
	if interest == "" {
		return nature, Unknown, fmt.Errorf("nature of control %q is not one this loader knows: loaded as an interest of unknown share", nature)
	}
	if !banded {
		return interest, Unknown, nil
	}
	sh, err := ParseShare(s)
	if err != nil {
		return interest, Unknown, fmt.Errorf("nature of control %q: %w; loaded as unknown", nature, err)
	}
	if sh == Unknown {
		return interest, Unknown, fmt.Errorf("nature of control %q names no percentage band: loaded as unknown", nature)
	}
	return interest, sh, nil
}

// pscNatures maps the start of a nature of control to its BODS interest.
var pscNatures = []struct {
	prefix, interest string
	banded           bool
}{
	{"ownership-of-shares-", "shareholding", true},
	{"voting-rights-", "votingRights", true},
	{"right-to-appoint-and-remove-", "appointmentOfBoard", false},
	{"significant-influence-or-control", "otherInfluenceOrControl", false},
	{"right-to-share-surplus-assets-", "rightsToSurplusAssetsOnDissolution", true},
	{"part-right-to-share-surplus-assets-", "rightsToSurplusAssetsOnDissolution", true},
}

// reCompanyNumber is a Companies House company number: eight digits, or two
// letters (SC, NI, OC, OE, ...) and six digits.
var reCompanyNumber = regexp.MustCompile(`^(?:\d{8}|[A-Z]{2}\d{6})$`)

// companyNumber is a company number as Companies House writes it: upper
// case, spaces dropped, and the leading zeros a spreadsheet drops restored
// ("8209948" is "08209948", "SC 12345" is "SC012345"). Anything else is
// returned trimmed.
func companyNumber(s string) string {
	s = strings.ToUpper(strings.Join(strings.Fields(s), ""))
	digits := strings.TrimLeft(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	prefix := s[:len(s)-len(digits)]
	if digits == "" || strings.Trim(digits, "0123456789") != "" || len(prefix) > 2 || prefix == "" && len(digits) > 8 ||
		prefix != "" && len(digits) > 6 {
		return s
	}
	width := 8 - len(prefix)
	return prefix + strings.Repeat("0", width-len(digits)) + digits
}

// pscCountry is ISO alpha-2 for a country or nationality as the register
// writes it ("England & Wales", "British", "Minnesota, Usa" is US), or the
// text as written: the register's free text is not a problem of the file.
func (l *loader) pscCountry(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if a2, ok := l.ref.CountryCode(s); ok {
		return a2
	}
	if i := strings.LastIndexByte(s, ','); i >= 0 {
		if a2, ok := l.ref.CountryCode(strings.TrimSpace(s[i+1:])); ok {
			return a2
		}
	}
	return s
}

func (l *loader) pscDate(s string, o Origin) time.Time {
	d, err := ParseDate(s)
	if err != nil {
		l.problem(o, "%v", err)
	}
	return d
}

func cmpOr(a, b string) string {
	if strings.TrimSpace(a) != "" {
		return strings.TrimSpace(a)
	}
	return b
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, sep)
}

// pscFinish adds the UK companies that are PSCs (joined to a company of the
// same id read from any file: the first keeps its values, blanks are
// filled), then every company a PSC record names that no file described
// (known by its number alone), then applies the no-owner statements.
// First it joins the individual PSCs that are one person (pscSamePeople).
// It runs once every file is read, before references are resolved.
func (l *loader) pscFinish() {
	l.pscSamePeople()
	for _, c := range l.psc.corporate {
		if i, ok := l.companies[c.ID]; ok {
			fillCompany(&l.reg.Companies[i], c)
			continue
		}
		l.addCompany(c)
	}
	for _, n := range l.psc.order {
		if _, ok := l.companies[n]; !ok {
			c := Company{ID: n, Type: "company", RegistrationNumber: n, Jurisdiction: "GB", Origin: l.psc.subjects[n]}
			switch n[:min(2, len(n))] {
			case "OE", "FC", "SF", "NF": // overseas entities and companies: registered here, incorporated elsewhere
				c.Jurisdiction = ""
			}
			l.addCompany(c)
		}
	}
	for _, d := range l.psc.declared {
		if i, ok := l.companies[d.company]; ok {
			c := &l.reg.Companies[i]
			c.NoOwners = &NoOwners{Reason: d.reason, Description: d.description, Origin: d.at}
			c.Listed = c.Listed || d.reason == ExemptFromDisclosure
		}
	}
}

// chBasicNumber finds the CompanyNumber column of a Companies House basic
// company data header ("CompanyName, CompanyNumber, ..., CompanyStatus");
// ok is false for any other header.
func chBasicNumber(header []string) (int, bool) {
	number, name, status := -1, false, false
	for i, h := range header {
		switch normHeader(h) {
		case "companynumber":
			if number < 0 {
				number = i
			}
		case "companyname":
			name = true
		case "companystatus":
			status = true
		}
	}
	return number, number >= 0 && name && status
}

// pscSamePeople joins the individual PSC records that are one person. The
// register has no identifier for a person across companies (each record's
// links.self is of its company), so the same individual holding two
// companies is two records, and a person whose control changed may be a
// ceased record and a later one in the same company. Records are compared
// only when both are individual PSCs (never a super-secure PSC, a
// statement, a corporate or legal person) giving the same name
// (pscPersonName: title, case, punctuation and spacing aside; a middle
// name more or less is another name) and the same month and year of birth
// (a record without its month is never joined). Name and month alone are
// not enough: among the 12.8M records of the full snapshot there are
// thousands of individuals with a common British name, and about one in a
// thousand pairs of them share a month and year of birth, so a join on
// them alone would make strangers one beneficial owner. Two such records
// are linked when, in addition,
//
//   - they are of one company, and at most one of that company's records
//     of the name and month is current (not ceased): a person re-notified
//     after a change (a ceased record and a later one). A company naming two
//     current PSCs of one name and month names two people, or made an error
//     nobody can resolve here: those are not linked;
//   - or they give the same service address (pscAddress: premises,
//     address_line_1 and postal code, or locality when there is none,
//     letters and digits compared without case or spacing). The register
//     gives little else about the person to compare. Open Ownership's
//     bods-uk-psc-pipeline joins nothing (its person id is the company
//     number and the record's id), and its register (v2) lists "people with
//     similar names" on a person's page for the reader to judge. The service
//     address is often the company's office, so the same person may give
//     two: such records are then not joined but shown as possibly the same
//     person, the safe side for a memo. An address given by records of
//     busyAddress names and months or more among the inputs (a formation
//     agent's, an accountant's) links nothing. An address records of
//     other names or months give too, fewer than busyAddress (a small
//     agent, an accountant's office, a serviced building), is the
//     office's, not the person's: there two records are linked only when
//     they corroborate each other (pscCorroborates: no middle name,
//     address line 2, sex of title, nationality or residence that differs,
//     and a nationality or residence alike), and a record is never linked
//     through that address to records that differ from it or from those
//     already linked to it.
//
// Records linked directly or through others are one person when no two of
// them disagree on nationality or on country of residence where they give
// them, and no company has two current records among them; otherwise none
// of them is joined. The person keeps the id, name and origin of its first
// current record (its first record when all have ceased); the others are
// its SameAs, with why, and every reference to their ids (their
// interests, ended ones too, and any sheet naming them) or to their names
// as written is to that person: a ceased record's interests stay ended
// (Registry.Ended), cited as history, and only current ones are holdings.
// Records of the same name and month that are not joined to a person are
// its Possible, each with why not, for a reader to check.
func (l *loader) pscSamePeople() {
	// Group the records by name and month of birth: first[key] is the first
	// record of a key, more[that record] the others.
	first := map[string]int{}
	more := map[int][]int{}
	var groups []int
	keys := make([]string, len(l.psc.people))
	for i, x := range l.psc.people {
		p := &l.reg.People[x.person]
		name := pscPersonName(p.Name, x.title)
		if name == "" {
			continue
		}
		k := name + "|" + p.BirthDate
		keys[i] = k
		f, ok := first[k]
		if !ok {
			first[k] = i
			continue
		}
		if len(more[f]) == 0 {
			groups = append(groups, f)
		}
		more[f] = append(more[f], i)
	}
	use := addressUses(keys, func(i int) []string { return []string{addressKey(l.psc.people[i].address)} })
	alias := map[string]string{}
	for _, f := range groups {
		l.pscJoin(append([]int{f}, more[f]...), use, alias)
	}
	l.psc.people = nil
	if len(alias) == 0 {
		return
	}
	l.dropJoined(alias)
	l.renameRefs(alias)
}

// pscUnit is what pscJoin makes of records of one name and month: one
// person of one or more records (g positions, in input order) and, when
// its records were linked but could not be joined, why.
type pscUnit struct {
	records []int  // positions in g
	rep     int    // the position whose record is the person
	set     int    // the linked records it comes from (linkSets.sets' index)
	failed  string // why linked records were not joined ("" if they were, or were not linked)
}

// pscJoin decides which records g (indexes in psc.people, in input order)
// of one name and month of birth are one person (see pscSamePeople),
// joins them (alias maps a joined record's person id to the person's) and
// notes the others as possible. A busy address links nothing; a shared
// one only records that corroborate each other (pscCorroborates).
func (l *loader) pscJoin(g []int, use addressUse, alias map[string]string) {
	links := newLinkSets(len(g))
	byCompany := map[string][]int{}
	byAddress := map[string][]int{}
	sets := map[string]*addressSets{} // joinAt's sets, by shared address
	var companies []string
	cached := make([][]string, len(g))
	agreeFrom := 0
	keys := func(a int) ([]string, int) {
		if cached[a] == nil {
			cached[a], agreeFrom = detailKeys(l.pscDetails(g[a], g[a]))
		}
		return cached[a], agreeFrom
	}
	for i, r := range g {
		x := l.psc.people[r]
		if _, ok := byCompany[x.company]; !ok {
			companies = append(companies, x.company)
		}
		byCompany[x.company] = append(byCompany[x.company], i)
		k := addressKey(x.address)
		if k == "" || use.busy(k) {
			continue
		}
		switch at := byAddress[k]; {
		case len(at) == 0:
		case use.shared(k):
			links.joinAt(setsAt(sets, k, at, links, keys), i, keys, links.link)
		default:
			links.link(at[0], i)
		}
		byAddress[k] = append(byAddress[k], i)
	}
	for _, c := range companies {
		if rs := byCompany[c]; len(rs) > 1 && l.pscCurrent(g, rs) <= 1 {
			for _, i := range rs[1:] {
				links.link(rs[0], i)
			}
		}
	}
	var units []pscUnit
	for r, set := range links.sets() {
		if len(set) == 1 {
			units = append(units, pscUnit{records: set, rep: set[0], set: r})
			continue
		}
		nationality, residence, why := l.pscOnePerson(g, set)
		if why != "" {
			for _, i := range set {
				units = append(units, pscUnit{records: []int{i}, rep: i, set: r, failed: why})
			}
			continue
		}
		u := pscUnit{records: set, rep: set[0], set: r}
		for _, i := range set {
			if !l.psc.people[g[i]].ceased {
				u.rep = i
				break
			}
		}
		units = append(units, u)
		l.pscJoinSet(g, u, nationality, residence, use, alias)
	}
	if len(units) > 1 {
		l.pscPossible(g, units, use)
	}
}

// pscCurrent counts the records among rs (positions in g) that have not
// ceased.
func (l *loader) pscCurrent(g, rs []int) int {
	n := 0
	for _, i := range rs {
		if !l.psc.people[g[i]].ceased {
			n++
		}
	}
	return n
}

// pscJoinSet makes the records of u one person: u.rep's, with the others
// as its SameAs and why.
func (l *loader) pscJoinSet(g []int, u pscUnit, nationality, residence string, use addressUse, alias map[string]string) {
	rx := l.psc.people[g[u.rep]]
	p := &l.reg.People[rx.person]
	if p.Nationality == "" {
		p.Nationality = nationality
	}
	why := fmt.Sprintf("same name and month of birth (%s, %s)", strings.ToUpper(pscPersonName(p.Name, rx.title)), p.BirthDate)
	// What links them: each service address given by records of two
	// companies or more, and each company with several records.
	addrCompanies := map[string][]string{}
	addrText := map[string]string{}
	var addrs []string
	perCompany := map[string]int{}
	var companies []string
	for _, i := range u.records {
		x := l.psc.people[g[i]]
		if perCompany[x.company] == 0 {
			companies = append(companies, x.company)
		}
		perCompany[x.company]++
		k := addressKey(x.address)
		if k == "" {
			continue
		}
		if _, ok := addrText[k]; !ok {
			addrText[k] = x.address
			addrs = append(addrs, k)
		}
		if !slices.Contains(addrCompanies[k], x.company) {
			addrCompanies[k] = append(addrCompanies[k], x.company)
		}
	}
	for _, k := range addrs {
		if cs := addrCompanies[k]; len(cs) > 1 {
			why += fmt.Sprintf(", service address %s (companies %s", addrText[k], strings.Join(cs, ", "))
			if use.shared(k) {
				why += fmt.Sprintf("; given by individuals of %d other names or months of birth too, so nationality or residence agree and no detail differs", use.others(k))
			}
			why += ")"
		}
	}
	for _, c := range companies {
		if perCompany[c] > 1 {
			why += fmt.Sprintf(", %d records of company %s of which %d current (re-notified)", perCompany[c], c, l.pscCurrent(g, l.pscOf(g, u.records, c)))
		}
	}
	if nationality != "" {
		why += ", nationality " + nationality
	}
	if residence != "" {
		why += ", residence " + residence
	}
	p.SameAs = &SameAs{Why: why}
	for _, i := range u.records {
		if i == u.rep {
			continue
		}
		q := &l.reg.People[l.psc.people[g[i]].person]
		p.SameAs.Records = append(p.SameAs.Records, q.Origin)
		if q.Name != p.Name && !slices.Contains(p.SameAs.Names, q.Name) {
			p.SameAs.Names = append(p.SameAs.Names, q.Name)
		}
		alias[q.ID] = p.ID
	}
}

// pscOf lists the positions among rs whose record is of company c.
func (l *loader) pscOf(g, rs []int, c string) []int {
	var out []int
	for _, i := range rs {
		if l.psc.people[g[i]].company == c {
			out = append(out, i)
		}
	}
	return out
}

// pscPossible notes, on each person of units, the other persons of the same
// name and month of birth (see notePossible) and why they were not joined.
func (l *loader) pscPossible(g []int, units []pscUnit, use addressUse) {
	reps := make([]int, len(units))
	for a, u := range units {
		reps[a] = int(l.psc.people[g[u.rep]].person)
	}
	l.notePossible(reps, func(a, b int) string {
		u, v := units[a], units[b]
		ux, vx := l.psc.people[g[u.rep]], l.psc.people[g[v.rep]]
		p := l.reg.People[ux.person]
		why := fmt.Sprintf("same name and month of birth (%s, %s)", strings.ToUpper(pscPersonName(p.Name, ux.title)), p.BirthDate)
		switch {
		case u.failed != "" && u.set == v.set:
			return why + "; not joined: " + u.failed
		case ux.company == vx.company && !ux.ceased && !vx.ceased:
			return why + fmt.Sprintf("; not joined: both current PSCs of company %s", ux.company)
		case use.busy(addressKey(vx.address)) && l.pscGives(g, u, vx.address):
			return why + fmt.Sprintf("; not joined: their one service address in common, %s, is given by individuals of %d names and months of birth or more (an agent's or a shared office)",
				vx.address, busyAddress)
		}
		if k, differ := l.pscSharedWhy(g, u, v); k != "" {
			return why + fmt.Sprintf("; not joined: their service address in common, %s, is given by individuals of %d other names or months of birth too (a shared office), and %s",
				vx.address, use.others(k), differ)
		}
		return why + fmt.Sprintf("; not joined: no service address in common (%s: %s; this record: %s)",
			p.ID, cmpOr(l.pscAddresses(g, u), "none given"), cmpOr(vx.address, "none given"))
	})
}

// pscSharedWhy is, for persons u and v not joined though records of each
// give one service address (v's rep's: at a shared address, as a busy one
// or another reason would have been said first), its key and why they do
// not corroborate each other there; "" when no record of u gives it.
func (l *loader) pscSharedWhy(g []int, u, v pscUnit) (key, why string) {
	vx := l.psc.people[g[v.rep]]
	k := addressKey(vx.address)
	if k == "" {
		return "", ""
	}
	for _, i := range u.records {
		if ux := g[i]; addressKey(l.psc.people[ux].address) == k {
			if why := l.pscCorroborates(ux, g[v.rep]); why != "" {
				return k, why
			}
			key = k
		}
	}
	if key == "" {
		return "", ""
	}
	return key, "a record linked to one of them gives a detail that differs from the other's"
}

// pscCorroborates says why PSC records a and b (indexes in psc.people) of
// one name and month of birth at one shared service address are not taken
// as one person's (see corroborates): they must not differ in middle name
// (name_elements), address line 2 (a flat or suite the compared address
// leaves out), the sex a title says (Mr and Mrs, Ms or Miss), nationality
// or country of residence, and must give one nationality or country of
// residence alike. "" when they are taken as one.
func (l *loader) pscCorroborates(a, b int) string {
	return corroborates(l.pscDetails(a, b))
}

// pscDiffers names a detail records a and b both give that differs (see
// pscCorroborates), "" when none does.
func (l *loader) pscDiffers(a, b int) string {
	return differs(l.pscDetails(a, b))
}

// pscDetails are the details of PSC records a and b compared at a shared
// address: those that must not differ, and those of which one must agree.
func (l *loader) pscDetails(a, b int) (contradict, agree []detail) {
	x, y := l.psc.people[a], l.psc.people[b]
	country := func(s string) string { return strings.ToUpper(l.pscCountry(s)) }
	nationality := func(s string) string { return strings.ToUpper(s) }
	return []detail{
			newDetail("middle names", x.middle, y.middle, foldName),
			newDetail("address lines 2", x.line2, y.line2, addressKey),
			newDetail("titles", x.title, y.title, titleSex),
		}, []detail{
			newDetail("nationality", l.reg.People[x.person].Nationality, l.reg.People[y.person].Nationality, nationality),
			newDetail("country of residence", x.residence, y.residence, country),
		}
}

// titleSex is "m" or "f" for a title that says which (Mr, Sir; Mrs, Ms,
// Miss, Lady, Dame), else "".
func titleSex(title string) string {
	switch foldName(title) {
	case "mr", "sir", "lord":
		return "m"
	case "mrs", "ms", "miss", "lady", "dame", "madam":
		return "f"
	}
	return ""
}

// pscGives reports whether a record of u gives the service address a.
func (l *loader) pscGives(g []int, u pscUnit, a string) bool {
	k := addressKey(a)
	for _, i := range u.records {
		if addressKey(l.psc.people[g[i]].address) == k {
			return true
		}
	}
	return false
}

// pscAddresses is the service addresses the records of u give, "; " between.
func (l *loader) pscAddresses(g []int, u pscUnit) string {
	var out []string
	for _, i := range u.records {
		if a := l.psc.people[g[i]].address; a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return strings.Join(out, "; ")
}

// pscOnePerson reports whether the linked records set (positions in g) can
// be one person: no company with two current records among them, and no
// two nationalities or countries of residence. It returns the nationality
// and the residence (ISO alpha-2 when recognised) they give, or why not.
func (l *loader) pscOnePerson(g, set []int) (nationality, residence, why string) {
	current := map[string]bool{}
	for _, i := range set {
		x := l.psc.people[g[i]]
		if !x.ceased {
			if current[x.company] {
				return "", "", fmt.Sprintf("two current PSCs of company %s among records linked to each other", x.company)
			}
			current[x.company] = true
		}
		for _, f := range []struct {
			what string
			seen *string
			v    string
		}{{"nationalities", &nationality, l.reg.People[x.person].Nationality}, {"countries of residence", &residence, l.pscCountry(x.residence)}} {
			v := strings.ToUpper(f.v)
			if v == "" {
				continue
			}
			if *f.seen != "" && *f.seen != v {
				return "", "", fmt.Sprintf("%s %s and %s among records linked to each other", f.what, *f.seen, v)
			}
			*f.seen = v
		}
	}
	return nationality, residence, ""
}

// pscAddress is a PSC's service address as compared and cited: premises,
// address line 1 and postal code (or the locality when there is no postal
// code), as written, ", " between; "" when it lacks a street part
// (premises or line 1) or a place part (postal code or locality).
func pscAddress(premises, line1, postalCode, locality string) string {
	street := joinNonEmpty(", ", premises, line1)
	place := cmpOr(postalCode, strings.TrimSpace(locality))
	if street == "" || place == "" {
		return ""
	}
	return street + ", " + place
}

// pscPersonName is an individual PSC's name as records are compared: the
// name as written less its title (data.name_elements.title, when the name
// starts with it as a word), in lower case, each run of characters that are
// not letters or digits one space: "Mr. Michael Stanley Bunyan" is
// "michael stanley bunyan". It is "" when nothing is left.
func pscPersonName(name, title string) string {
	name = strings.TrimSpace(name)
	if t := strings.TrimSpace(title); t != "" && len(name) > len(t) && strings.EqualFold(name[:len(t)], t) && name[len(t)] == ' ' {
		name = name[len(t):]
	}
	var b strings.Builder
	b.Grow(len(name))
	space := false
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// renameRefs replaces every reference to an id that alias maps to
// another id: owners and owned of ownership rows (ended ones too), vessels'
// parties, officers, wallets' holders and claims' issuers.
func (l *loader) renameRefs(alias map[string]string) {
	to := func(s *string) {
		if a, ok := alias[*s]; ok {
			*s = a
		}
	}
	for i := range l.reg.Vessels {
		v := &l.reg.Vessels[i]
		to(&v.RegisteredOwner)
		to(&v.ShipManager)
		to(&v.DOCCompany)
		to(&v.GroupBeneficialOwner)
	}
	for _, rows := range [][]Ownership{l.reg.Ownership, l.reg.Ended} {
		for i := range rows {
			to(&rows[i].OwnerID)
			to(&rows[i].OwnedID)
		}
	}
	for i := range l.reg.Officers {
		to(&l.reg.Officers[i].CompanyID)
		to(&l.reg.Officers[i].OfficerID)
	}
	for i := range l.reg.Wallets {
		to(&l.reg.Wallets[i].HolderID)
	}
	for i := range l.reg.Claims {
		to(&l.reg.Claims[i].IssuerID)
	}
}
