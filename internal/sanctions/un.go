package sanctions

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// ListUN is the List of entries read from the UN Security Council
// consolidated list.
const ListUN = "UN SC"

type unValues struct {
	Values []string `xml:"VALUE"`
}

type unAlias struct {
	Quality string `xml:"QUALITY"`
	Name    string `xml:"ALIAS_NAME"`
}

type unAddress struct {
	City    string `xml:"CITY"`
	State   string `xml:"STATE_PROVINCE"`
	Country string `xml:"COUNTRY"`
}

type unDOB struct {
	Type     string `xml:"TYPE_OF_DATE"` // EXACT, APPROXIMATELY, BETWEEN
	Date     string `xml:"DATE"`
	Year     string `xml:"YEAR"`
	FromYear string `xml:"FROM_YEAR"`
	ToYear   string `xml:"TO_YEAR"`
}

// birthDates returns the birth dates a UN DATE_OF_BIRTH gives (see
// birthYears): a DATE or YEAR as written, every year FROM_YEAR to TO_YEAR,
// and circaYears either side of an APPROXIMATELY one.
func (d unDOB) birthDates() []string {
	from := strings.TrimSpace(d.Date)
	if from == "" {
		from = strings.TrimSpace(d.Year)
	}
	to := from
	if from == "" {
		from = strings.TrimSpace(d.FromYear)
		to = strings.TrimSpace(d.ToYear)
		if to == "" {
			to = from
		}
	}
	margin := 0
	if strings.EqualFold(strings.TrimSpace(d.Type), "APPROXIMATELY") {
		margin = circaYears
	}
	return birthYears(from, to, margin)
}

type unDocument struct {
	Type           string `xml:"TYPE_OF_DOCUMENT"`
	Number         string `xml:"NUMBER"`
	IssuingCountry string `xml:"ISSUING_COUNTRY"`
	CountryOfIssue string `xml:"COUNTRY_OF_ISSUE"`
}

type unParty struct {
	DataID      string       `xml:"DATAID"`
	First       string       `xml:"FIRST_NAME"`
	Second      string       `xml:"SECOND_NAME"`
	Third       string       `xml:"THIRD_NAME"`
	Fourth      string       `xml:"FOURTH_NAME"`
	ListType    string       `xml:"UN_LIST_TYPE"`
	Reference   string       `xml:"REFERENCE_NUMBER"`
	Comments    string       `xml:"COMMENTS1"`
	Original    string       `xml:"NAME_ORIGINAL_SCRIPT"`
	Nationality unValues     `xml:"NATIONALITY"`
	Aliases     []unAlias    `xml:"INDIVIDUAL_ALIAS"`
	EntAliases  []unAlias    `xml:"ENTITY_ALIAS"`
	Addresses   []unAddress  `xml:"INDIVIDUAL_ADDRESS"`
	EntAddress  []unAddress  `xml:"ENTITY_ADDRESS"`
	DOBs        []unDOB      `xml:"INDIVIDUAL_DATE_OF_BIRTH"`
	Documents   []unDocument `xml:"INDIVIDUAL_DOCUMENT"`
}

// reUNIMO finds an IMO number in a UN entry's COMMENTS1, in each wording
// the list uses: "IMO number: 8518572", "International Maritime
// Organization (IMO) Number: 1790183", "Company Number IMO 5434358", and
// "IMO 1234567" or "IMO No. 1234567".
var reUNIMO = regexp.MustCompile(`\bIMO\)?(?: [Nn]umber| [Nn]o\.?)?:? ?(\d{7})\b`)

// loadUN reads the UN Security Council consolidated list XML, one
// INDIVIDUALS>INDIVIDUAL or ENTITIES>ENTITY element at a time, never the
// whole document. Entry ids are the UN reference numbers (KPe.001); the
// list date is dateGenerated (see parseListDate), unknown when it is not a
// date, which the Source's Warnings then say. Individuals come before
// entities, each in document order. An element or text longer than
// maxRecordBytes is an error naming the line it starts on, read no further.
func loadUN(in *listInput) ([]*Entry, Source, error) {
	path := in.path
	src := Source{Path: path, Format: FormatUN}
	bounded := &boundedBytes{r: in.r}
	dec := xml.NewDecoder(bounded)
	// readErr words an error reading the XML, what started on line.
	readErr := func(err error, what string, line int) error {
		if errors.Is(err, errRecordTooLong) {
			return fmt.Errorf("sanctions list %s: reading UN XML: %s", path, tooLong(what, line, "an element or a quote that never closes"))
		}
		return fmt.Errorf("sanctions list %s: reading UN XML: %w", path, err)
	}
	// entry makes the Entry of a party; its ListDate is set at the end.
	entry := func(p unParty, typ string) *Entry {
		var parts []string
		for _, s := range []string{p.First, p.Second, p.Third, p.Fourth} {
			if s = strings.TrimSpace(s); s != "" {
				parts = append(parts, s)
			}
		}
		e := &Entry{List: ListUN, EntryID: strings.TrimSpace(p.Reference), Source: path,
			Type: typ, Name: strings.Join(parts, " "), Remarks: strings.TrimSpace(p.Comments)}
		if e.EntryID == "" {
			e.EntryID = strings.TrimSpace(p.DataID)
		}
		if lt := strings.TrimSpace(p.ListType); lt != "" {
			e.Programs = []string{lt}
		}
		if o := strings.TrimSpace(p.Original); o != "" {
			e.Aliases = appendUniq(e.Aliases, o)
			e.setAliasKind(o, NameOriginal)
		}
		for _, a := range append(p.Aliases, p.EntAliases...) {
			name := strings.TrimSpace(a.Name)
			if name == "" {
				continue
			}
			switch q := strings.TrimSpace(a.Quality); {
			case strings.EqualFold(q, "Low"):
				e.Weak = appendUniq(e.Weak, name)
			case strings.EqualFold(q, "f.k.a."):
				e.Aliases = appendUniq(e.Aliases, name)
				e.setAliasKind(name, NameFormer)
			default: // Good, a.k.a.
				e.Aliases = appendUniq(e.Aliases, name)
			}
		}
		for _, n := range p.Nationality.Values {
			if c := CountryCode(n); c != "" {
				e.Countries = appendUniq(e.Countries, c)
			}
		}
		// the countries that issued a passport or national identity
		// document (INDIVIDUAL_DOCUMENT) are the party's, as OFAC's
		// "Passport 752512703 (Russia)" are (idDocumentCountry)
		for _, d := range p.Documents {
			for _, n := range []string{d.IssuingCountry, d.CountryOfIssue} {
				if c := CountryCode(n); c != "" {
					e.Countries = appendUniq(e.Countries, c)
				}
			}
		}
		for _, a := range append(p.Addresses, p.EntAddress...) {
			c := CountryCode(a.Country)
			if c == "" && strings.HasPrefix(strings.TrimSpace(a.Country), "China,") && len(regionCountries(a.Country)) > 0 {
				c = "CN" // "China, Hong Kong Special Administrative Region"
			}
			if c != "" {
				e.Countries = appendUniq(e.Countries, c)
			}
			// state "Hong Kong", country "China": Hong Kong too
			for _, c := range regionCountries(a.City + " " + a.State + " " + a.Country) {
				e.Countries = appendUniq(e.Countries, c)
			}
		}
		for _, d := range p.DOBs {
			for _, b := range d.birthDates() {
				e.BirthDates = appendUniq(e.BirthDates, b)
			}
		}
		for _, m := range reUNIMO.FindAllStringSubmatch(p.Comments, -1) {
			e.CompanyIMOs = appendUniq(e.CompanyIMOs, m[1])
		}
		return e
	}
	var out, entities []*Entry
	depth, section := 0, ""
	for done := false; !done; {
		line, _ := dec.InputPos()
		bounded.mark()
		tok, err := dec.Token()
		if err == io.EOF && depth == 0 {
			err = fmt.Errorf("no XML element")
		}
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			return nil, src, readErr(err, "the XML token", line)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case depth == 0:
				for _, a := range t.Attr {
					if a.Name.Local == "dateGenerated" {
						src.ListDate = a.Value // checked below
					}
				}
			case depth == 1:
				section = t.Name.Local
			case depth == 2 && (section == "INDIVIDUALS" && t.Name.Local == "INDIVIDUAL" || section == "ENTITIES" && t.Name.Local == "ENTITY"):
				var p unParty
				line, _ := dec.InputPos()
				bounded.mark()
				if err := dec.DecodeElement(&p, &t); err != nil {
					return nil, src, readErr(err, "the "+t.Name.Local, line)
				}
				if section == "INDIVIDUALS" {
					out = append(out, entry(p, "individual"))
				} else {
					entities = append(entities, entry(p, "entity"))
				}
				continue // DecodeElement read its end
			}
			depth++
		case xml.EndElement:
			depth--
			done = depth == 0
		}
	}
	if err := in.finish(&src); err != nil {
		return nil, src, err
	}
	if g := strings.TrimSpace(src.ListDate); g != "" {
		src.ListDate = ""
		if day, ok := parseListDate(g); ok {
			src.ListDate = day
		} else {
			src.Warnings = append(src.Warnings, fmt.Sprintf("sanctions list %s, CONSOLIDATED_LIST attribute dateGenerated: %s is not a date (%s): list date not known",
				path, shownValue(g), listDateWant))
		}
	}
	out = append(out, entities...)
	for _, e := range out {
		e.ListDate = src.ListDate
	}
	if len(out) == 0 {
		return nil, src, fmt.Errorf("sanctions list %s: no INDIVIDUAL or ENTITY in the UN XML", path)
	}
	src.Entries = len(out)
	return out, src, nil
}

// boundedBytes passes r's bytes on, at most maxRecordBytes after each call
// to mark, then errRecordTooLong: the XML decoder reading one token or
// element through it holds no more than that.
type boundedBytes struct {
	r    *bufio.Reader
	left int
}

// mark allows maxRecordBytes more bytes to be read.
func (b *boundedBytes) mark() { b.left = maxRecordBytes }

func (b *boundedBytes) ReadByte() (byte, error) {
	if b.left <= 0 {
		return 0, errRecordTooLong
	}
	b.left--
	return b.r.ReadByte()
}

func (b *boundedBytes) Read(p []byte) (int, error) {
	if b.left <= 0 {
		return 0, errRecordTooLong
	}
	n, err := b.r.Read(p[:min(len(p), b.left)])
	b.left -= n
	return n, err
}
