package registry

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"
)

// Extracting companies from a UK PSC snapshot.
//
// The whole snapshot (~12.8M lines) does not fit in memory once loaded.
// ExtractPSC copies out of it the records of a few companies and of every
// company above them, so that the extract loads instead and gives those
// companies, their PSCs and their ownership chains as the whole file would:
//
//   - the first pass keeps only the corporate edges: a corporate-entity or
//     legal-person PSC (or beneficial owner) registered at Companies House
//     with a company number (the rule pscOwner joins chains by: country
//     registered in the UK or place registered Companies House, and a
//     number that is a Companies House number once its leading zeros are
//     restored) is an edge from the company the record is about to that
//     number. Ceased PSCs are edges too: former owners are cited. Each edge
//     is two company numbers packed in 16 bytes; individuals cost nothing;
//   - the companies kept are the seeds and every company reachable from
//     them upwards through those edges (cycles are followed once);
//   - the second pass writes every record of a kept company as it was
//     read, byte for byte: a JSON Lines line with its line break (one is
//     added after a last line without any), an array element inside a new
//     array, in input order;
//   - the totals line is not copied: its counts are the whole snapshot's,
//     not the extract's (the loader skips it anyway);
//   - a record that cannot be read (a line that is not JSON, without
//     data.kind or without a company number, of a kind the loader does not
//     read, a line longer than 1 MB) is a Problem at its line, as the
//     loader reports it, and is not copied; an
//     array with a JSON syntax error is refused, as the loader refuses it.

// PSCExtract is what ExtractPSC read and wrote.
type PSCExtract struct {
	Format  string // "lines" (JSON Lines) or "array"
	Lines   int    // lines of the file (JSON Lines) or records of the array read, the totals line included
	Bytes   int64  // size of the file
	Edges   int    // corporate PSC records naming a UK company number, ceased ones included
	Kept    []string
	Written int // records written
	// Missing are seeds of which the snapshot has no record.
	Missing []string
	// Unrecorded are companies reached through a corporate PSC of which the
	// snapshot has no record: their chain stops there.
	Unrecorded []string
	Totals     bool      // the file had a totals line (not copied)
	Problems   []Problem // records not read, not copied
}

// UKCompanyNumber is s as a Companies House company number ("8209948" is
// "08209948", "sc 12345" is "SC012345"), and whether it is one: eight
// digits, or two letters and six digits.
func UKCompanyNumber(s string) (string, bool) {
	n := companyNumber(s)
	return n, reCompanyNumber.MatchString(n)
}

// UKCompanies are the Companies House numbers of the companies of reg,
// sorted and once each: a company whose registration number (or, without
// one, its id) is a UK company number and whose jurisdiction is GB, or
// which has no jurisdiction but is keyed by that number (as the records of
// a PSC snapshot and of the basic company data are). Unsure counts the
// companies with a number of that shape left out: no jurisdiction, and
// another id (eight digits alone could be any country's).
func UKCompanies(reg *Registry) (numbers []string, unsure int) {
	seen := map[string]bool{}
	for _, c := range reg.Companies {
		n, ok := UKCompanyNumber(cmpOr(c.RegistrationNumber, c.ID))
		switch {
		case !ok || c.Jurisdiction != "" && c.Jurisdiction != "GB":
		case c.Jurisdiction == "GB" || companyNumber(c.ID) == n:
			if !seen[n] {
				seen[n] = true
				numbers = append(numbers, n)
			}
		default:
			unsure++
		}
	}
	sort.Strings(numbers)
	return numbers, unsure
}

// ExtractPSC reads the UK PSC snapshot at path twice (it is only ever
// opened for reading) and writes to w every record of the seed companies
// (UK company numbers) and of the companies above them, as described
// above. Memory grows with the corporate PSCs of the file (16 bytes each)
// and the companies kept, not with individual PSCs. It returns an error
// for a file that is not a PSC snapshot or cannot be read, a seed that is
// not a company number, a file that changed between the passes, or a
// failed write.
func ExtractPSC(path string, seeds []string, w io.Writer) (*PSCExtract, error) {
	x := &PSCExtract{}
	var start []uint64
	for _, s := range seeds {
		n, ok := UKCompanyNumber(s)
		if !ok {
			return nil, fmt.Errorf("company %q is not a UK company number (eight digits, or two letters and six digits)", s)
		}
		start = append(start, packNumber(n))
	}
	l, err := newLoader(Options{}) // for pscCountry, as pscOwner reads a country
	if err != nil {
		return nil, err
	}

	// Pass 1: the corporate edges.
	var edges []pscEdge
	slowPath := false // a record's company_number is not the one its line starts with
	sheet := filepath.Base(path)
	err = x.pass(path, func(raw []byte, line int) {
		var rec pscEdgeRecord
		if err := json.Unmarshal(bytes.TrimSpace(raw), &rec); err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				x.problem(path, sheet, line, "", fmt.Sprintf("the line is not a JSON value (%v, at byte %d): not copied", se, se.Offset))
			} else {
				x.problem(path, sheet, line, "", fmt.Sprintf("not a PSC record: %v; not copied", err))
			}
			return
		}
		if !samePrefix(raw, rec.CompanyNumber) {
			slowPath = true
		}
		d := rec.Data
		switch {
		case d == nil || d.Kind == "":
			x.problem(path, sheet, line, "data.kind", "a record without data.kind: not a PSC record; not copied")
			return
		case d.Kind == pscTotals:
			x.Totals = true
			return
		case companyNumber(rec.CompanyNumber) == "":
			x.problem(path, sheet, line, "company_number", fmt.Sprintf("a record of kind %s without a company number: not copied", d.Kind))
			return
		case !copiedKind(d.Kind):
			x.problem(path, sheet, line, "data.kind", fmt.Sprintf("kind %q is not a PSC, a PSC statement or the totals: not copied", d.Kind))
			return
		}
		id := d.Identification
		if id == nil || !strings.HasPrefix(d.Kind, "corporate-entity-") && !strings.HasPrefix(d.Kind, "legal-person-") {
			return
		}
		uk := l.pscCountry(id.CountryRegistered) == "GB" || strings.Contains(strings.ToLower(id.PlaceRegistered), "companies house")
		owned, ok1 := UKCompanyNumber(rec.CompanyNumber)
		owner, ok2 := UKCompanyNumber(strings.TrimSpace(id.RegistrationNumber))
		if uk && ok1 && ok2 {
			edges = append(edges, pscEdge{owned: packNumber(owned), owner: packNumber(owner)})
		}
	})
	if err != nil {
		return nil, err
	}
	x.Edges = len(edges)
	first := *x

	// The companies kept: the seeds and all above them.
	slices.SortFunc(edges, func(a, b pscEdge) int {
		if a.owned != b.owned {
			if a.owned < b.owned {
				return -1
			}
			return 1
		}
		if a.owner < b.owner {
			return -1
		}
		if a.owner > b.owner {
			return 1
		}
		return 0
	})
	kept := map[uint64]bool{}
	queue := slices.Clone(start)
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if kept[n] {
			continue
		}
		kept[n] = true
		i := sort.Search(len(edges), func(i int) bool { return edges[i].owned >= n })
		for ; i < len(edges) && edges[i].owned == n; i++ {
			if !kept[edges[i].owner] {
				queue = append(queue, edges[i].owner)
			}
		}
	}
	edges = nil

	// Pass 2: the records of the companies kept.
	bw := bufio.NewWriterSize(w, 64<<10)
	found := map[uint64]bool{}
	*x = PSCExtract{Format: first.Format}
	if first.Format == "array" {
		bw.WriteString("[\n")
	}
	err = x.pass(path, func(raw []byte, line int) {
		if n, ok := prefixNumber(raw); ok && !slowPath && !kept[n] {
			return // not kept: no need to read the record
		}
		var rec pscEdgeRecord
		if json.Unmarshal(bytes.TrimSpace(raw), &rec) != nil || rec.Data == nil || !copiedKind(rec.Data.Kind) {
			return // reported by the first pass (or the totals)
		}
		n, ok := UKCompanyNumber(rec.CompanyNumber)
		if !ok || !kept[packNumber(n)] {
			return
		}
		found[packNumber(n)] = true
		copyPSC(bw, raw, first.Format, x.Written)
		x.Written++
	})
	if err != nil {
		return nil, err
	}
	if x.Lines != first.Lines || x.Bytes != first.Bytes {
		return nil, fmt.Errorf("registry %s: the file changed while it was read (%d lines, %d bytes, then %d lines, %d bytes): extract from a copy that nothing writes to",
			path, first.Lines, first.Bytes, x.Lines, x.Bytes)
	}
	if first.Format == "array" {
		if x.Written > 0 {
			bw.WriteString("\n")
		}
		bw.WriteString("]\n")
	}
	if err := bw.Flush(); err != nil {
		return nil, err
	}
	written := x.Written
	*x = first
	x.Written = written
	isSeed := map[uint64]bool{}
	for _, s := range start {
		isSeed[s] = true
	}
	for n := range kept {
		s := unpackNumber(n)
		x.Kept = append(x.Kept, s)
		switch {
		case found[n]:
		case isSeed[n]:
			x.Missing = append(x.Missing, s)
		default:
			x.Unrecorded = append(x.Unrecorded, s)
		}
	}
	sort.Strings(x.Kept)
	sort.Strings(x.Missing)
	sort.Strings(x.Unrecorded)
	return x, nil
}

// pscPrefix is how a record of the published snapshot starts.
const pscPrefix = `{"company_number":"`

// prefixNumber is the company number a line starts with, packed, when it
// starts as the published snapshot's lines do: {"company_number":" and
// eight capital letters or digits, then ". Such a number is its own
// companyNumber. The second pass reads no more of a line of a company not
// kept, unless the first pass found a record whose company_number is not
// that one (a repeated key: the last one counts).
func prefixNumber(raw []byte) (uint64, bool) {
	b := bytes.TrimLeft(raw, " \t\r")
	if len(b) < len(pscPrefix)+9 || string(b[:len(pscPrefix)]) != pscPrefix || b[len(pscPrefix)+8] != '"' {
		return 0, false
	}
	b = b[len(pscPrefix) : len(pscPrefix)+8]
	for _, c := range b {
		if (c < '0' || c > '9') && (c < 'A' || c > 'Z') {
			return 0, false
		}
	}
	return binary.BigEndian.Uint64(b), true
}

// samePrefix reports whether the number raw starts with, if any, is the
// record's company_number as decoded.
func samePrefix(raw []byte, number string) bool {
	n, ok := prefixNumber(raw)
	return !ok || len(number) == 8 && n == binary.BigEndian.Uint64([]byte(number))
}

// copiedKind reports whether the loader reads records of kind (pscRecord):
// the extract copies no other.
func copiedKind(kind string) bool {
	switch kind {
	case "individual-person-with-significant-control", "individual-beneficial-owner",
		"corporate-entity-person-with-significant-control", "corporate-entity-beneficial-owner",
		"legal-person-person-with-significant-control", "legal-person-beneficial-owner",
		"super-secure-person-with-significant-control", "super-secure-beneficial-owner",
		"persons-with-significant-control-statement", "exemptions":
		return true
	}
	return false
}

// copyPSC writes record raw, the written-th of the extract, in format: a
// line (with a line break after a last line without one), or an element of
// the array the extract is.
func copyPSC(bw *bufio.Writer, raw []byte, format string, written int) {
	if format == "array" && written > 0 {
		bw.WriteString(",\n")
	}
	bw.Write(raw)
	if format == "lines" && raw[len(raw)-1] != '\n' {
		bw.WriteByte('\n')
	}
}

// pscEdge is a corporate PSC record: company owner is a PSC of company
// owned, both packed by packNumber.
type pscEdge struct{ owned, owner uint64 }

// pscEdgeRecord is what the first pass reads of a record.
type pscEdgeRecord struct {
	CompanyNumber string `json:"company_number"`
	Data          *struct {
		Kind           string `json:"kind"`
		Identification *struct {
			CountryRegistered  string `json:"country_registered"`
			PlaceRegistered    string `json:"place_registered"`
			RegistrationNumber string `json:"registration_number"`
		} `json:"identification"`
	} `json:"data"`
}

// packNumber packs a company number of eight ASCII characters (one that
// UKCompanyNumber accepts) into 8 bytes.
func packNumber(n string) uint64 { return binary.BigEndian.Uint64([]byte(n)) }

func unpackNumber(v uint64) string {
	var b [8]byte
	binary.BigEndian.PutUint64(b[:], v)
	return string(b[:])
}

func (x *PSCExtract) problem(file, sheet string, line int, column, reason string) {
	x.Problems = append(x.Problems, Problem{Origin: Origin{File: file, Sheet: sheet, Row: line, Column: column}, Reason: reason})
}

// pass reads the snapshot at path once, calling each with every record:
// its bytes as written (a line with its line break, or an array element)
// and the line it starts on. It sets Format, Lines and Bytes.
func (x *PSCExtract) pass(path string, each func(raw []byte, line int)) error {
	f, size, err := openInput(path)
	if err != nil {
		return err
	}
	defer f.Close()
	x.Bytes = size
	br := bufio.NewReaderSize(f, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xef\xbb\xbf")) {
		_, _ = br.Discard(3)
	}
	head, _ := br.Peek(64 << 10)
	if t := bytes.TrimLeft(head, " \t\r\n"); len(t) == 0 || t[0] != '{' && t[0] != '[' || !isPSC(t) {
		return fmt.Errorf("registry %s: not a UK PSC snapshot (its first record is not a PSC record, a PSC statement or the totals)", path)
	}
	if oneLineValues(br) {
		x.Format = "lines"
		sheet := filepath.Base(path)
		x.Lines, err = pscLines(br, each, func(line int) {
			x.problem(path, sheet, line, "", fmt.Sprintf("a line longer than %d bytes: not a PSC record; not copied", maxPSCLine))
		})
	} else {
		x.Format = "array"
		err = pscDecode(br, func(raw []byte, line int) {
			x.Lines++
			each(raw, line)
		})
	}
	if err != nil {
		return fmt.Errorf("registry %s: a UK PSC snapshot that cannot be read (JSON Lines, or an array of records): %w", path, err)
	}
	return nil
}
