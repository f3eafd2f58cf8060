package sanctions

import (
	"fmt"
	"github.com/tokenaudit/audit/internal/evmaddr"
	"io"
	"path/filepath"
	"regexp"
	"strings"
)

// ListOpenSanctions is the List of entries read from an OpenSanctions
// export, followed by the entry's datasets in brackets when the file names
// them: "OpenSanctions (us_ofac_sdn, un_sc_sanctions)".
const ListOpenSanctions = "OpenSanctions"

var reIMOIdent = regexp.MustCompile(`^(?i)IMO ?(\d{7})$`)

// loadOpenSanctions reads an OpenSanctions targets.simple.csv (header id,
// schema, name, aliases, birth_date, countries, addresses, identifiers,
// sanctions, ..., dataset, ...; several values in a cell separated by ";").
// The dataset (or datasets) column names the lists an entry comes from; they
// are kept in Datasets and the List, so that a match cites them. The list
// date is the latest last_seen, the day the export last saw an entry in its
// sources (the latest last_change in a file without last_seen; see
// parseListDate), else opts.ListDate; a date that is not one is left out
// and named in the Source's Warnings.
func loadOpenSanctions(in *listInput, opts Options) ([]*Entry, Source, error) {
	path := in.path
	src := Source{Path: path, Format: FormatOpenSanction}
	rows := newCSVRows(in.r)
	header, _, err := rows.Next()
	if err == io.EOF {
		return nil, src, fmt.Errorf("sanctions list %s: empty", path)
	}
	if err != nil {
		return nil, src, fmt.Errorf("sanctions list %s, row 1: %w", path, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	get := func(rec []string, name string) string {
		if i, ok := col[name]; ok && i < len(rec) {
			return strings.TrimSpace(rec[i])
		}
		return ""
	}
	// Every value kept is a copy (strings.Clone, or one shared copy from
	// intern for the values rows repeat), so the rows read are not.
	intern := interner{}
	multi := func(rec []string, name string, keep func(string) string) []string {
		var out []string
		for _, v := range strings.Split(get(rec, name), ";") {
			if v = strings.TrimSpace(v); v != "" {
				out = append(out, keep(v))
			}
		}
		return out
	}
	listDate := ""
	var badDates []int // rows whose last_seen (or last_change) is not a date
	firstBad, badColumn := "", ""
	var out []*Entry
	for {
		rec, row, err := rows.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, src, fmt.Errorf("sanctions list %s, row %d: %w", path, row, err)
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != len(header) {
			return nil, src, fmt.Errorf("sanctions list %s, row %d: %d fields, the header has %d: the file is cut off or malformed", path, row, len(rec), len(header))
		}
		id, name := get(rec, "id"), get(rec, "name")
		if id == "" && name == "" {
			return nil, src, fmt.Errorf("sanctions list %s, row %d: no id and no name", path, row)
		}
		e := &Entry{List: ListOpenSanctions, EntryID: strings.Clone(id), Source: path, Name: strings.Clone(name),
			Aliases: multi(rec, "aliases", strings.Clone), Programs: multi(rec, "sanctions", intern.get),
			Datasets: append(multi(rec, "dataset", intern.get), multi(rec, "datasets", intern.get)...)}
		if len(e.Datasets) > 0 {
			e.List = intern.get(ListOpenSanctions + " (" + strings.Join(e.Datasets, ", ") + ")")
		}
		switch get(rec, "schema") {
		case "Person":
			e.Type = "individual"
		case "Vessel":
			e.Type = "vessel"
		case "Airplane":
			e.Type = "aircraft"
		case "CryptoWallet":
			e.Type = "wallet"
		default:
			e.Type = "entity"
		}
		e.BirthDates = multi(rec, "birth_date", intern.get)
		for _, c := range multi(rec, "countries", strings.ToUpper) {
			if len(c) == 2 {
				e.Countries = appendUniq(e.Countries, intern.get(c))
			}
		}
		for _, v := range multi(rec, "identifiers", strings.Clone) {
			switch {
			case evmaddr.Strict(v):
				e.Addresses = appendUniq(e.Addresses, strings.ToLower(v))
			case reIMOIdent.MatchString(v) || e.Type == "vessel" && len(v) == 7 && isDigits(v):
				num := v[len(v)-7:]
				if e.Type == "vessel" {
					e.IMOs = appendUniq(e.IMOs, num)
				} else {
					e.CompanyIMOs = appendUniq(e.CompanyIMOs, num)
				}
			default:
				e.RegistrationNumbers = appendUniq(e.RegistrationNumbers, v)
			}
		}
		// The day the export last saw the entry in its sources (last_seen),
		// or, in files without it, the day the entry last changed.
		column := "last_seen"
		d := get(rec, column)
		if d == "" {
			column = "last_change"
			d = get(rec, column)
		}
		if d != "" {
			if day, ok := parseListDate(d); !ok {
				if len(badDates) == 0 {
					firstBad, badColumn = strings.Clone(d), column
				}
				badDates = append(badDates, row)
			} else if day > listDate {
				listDate = strings.Clone(day)
			}
		}
		out = append(out, e)
	}
	if err := in.finish(&src); err != nil {
		return nil, src, err
	}
	if len(out) == 0 {
		return nil, src, fmt.Errorf("sanctions list %s: no entries below the header", path)
	}
	if len(badDates) > 0 {
		src.Warnings = append(src.Warnings, openSanctionsDateWarning(path, badColumn, badDates, firstBad, listDate, opts.ListDate))
	}
	if listDate == "" {
		listDate = opts.ListDate
	}
	for _, e := range out {
		e.ListDate = listDate
	}
	src.ListDate = listDate
	src.Entries = len(out)
	return out, src, nil
}

// openSanctionsDateWarning says which rows' date (in column, the first
// bad one's) is not a date (first is the first of them) and which list
// date was taken instead: listDate from the other rows, else given, else
// none.
func openSanctionsDateWarning(path, column string, rows []int, first, listDate, given string) string {
	var w string
	if len(rows) == 1 {
		w = fmt.Sprintf("sanctions list %s, row %d, column %s: %s is not a date (%s)", path, rows[0], column, shownValue(first), listDateWant)
	} else {
		w = fmt.Sprintf("sanctions list %s, column %s: %s are not dates (%s; row %d: %s)", path, column, rowList(rows), listDateWant, rows[0], shownValue(first))
	}
	switch {
	case listDate != "":
		return w + ": list date " + listDate + " taken from the other rows"
	case given != "":
		return w + ": list date " + given + " taken from --list-date"
	}
	return w + ": list date not known (see --list-date)"
}

// ListAddresses begins the List of entries read from a plain address list,
// followed by the file's name: "address list sanctioned_addresses_ETH.txt".
// Their entry ids are row numbers: "row 11".
const ListAddresses = "address list"

// loadWallets reads a list of EVM addresses, one a row, optionally followed
// by a name, with or without an "address,name" header; an address may be
// written without its 0x (evmaddr.Parse). Rows whose address is not a full
// address, and rows too short to have the header's address column, are
// skipped and named in the Source's Warnings; blank rows are ignored.
// The List is ListAddresses and the file's name; entry ids are "row N".
func loadWallets(in *listInput, opts Options) ([]*Entry, Source, error) {
	path := in.path
	src := Source{Path: path, Format: FormatWallets, ListDate: opts.ListDate}
	rows := newCSVRows(in.r)
	list := ListAddresses + " " + filepath.Base(path)
	var out []*Entry
	var skipped []int // row numbers
	addrCol, nameCol := 0, 1
	for {
		rec, row, err := rows.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, src, fmt.Errorf("sanctions list %s, row %d: %w", path, row, err)
		}
		if row == 1 {
			if c := headerColumn(rec, "address"); c >= 0 {
				addrCol, nameCol = c, headerColumn(rec, "name")
				continue
			}
		}
		if len(rec) <= addrCol {
			if len(rec) > 1 || strings.TrimSpace(rec[0]) != "" {
				skipped = append(skipped, row) // not blank, but no address column
			}
			continue
		}
		given := strings.TrimSpace(rec[addrCol])
		addr, ok := evmaddr.Parse(given)
		if !ok {
			if given != "" {
				skipped = append(skipped, row)
			}
			continue
		}
		e := &Entry{List: list, ListDate: opts.ListDate, EntryID: fmt.Sprintf("row %d", row), Source: path,
			Type: "wallet", Addresses: []string{strings.Clone(addr)}}
		if nameCol >= 0 && nameCol < len(rec) {
			e.Name = strings.Clone(strings.TrimSpace(rec[nameCol]))
		}
		out = append(out, e)
	}
	if err := in.finish(&src); err != nil {
		return nil, src, err
	}
	if len(skipped) > 0 {
		src.Warnings = append(src.Warnings, fmt.Sprintf("sanctions list %s: %d rows without a full 0x address skipped (%s)", path, len(skipped), rowList(skipped)))
	}
	if len(out) == 0 {
		return nil, src, fmt.Errorf("sanctions list %s: no row with a full 0x address", path)
	}
	src.Entries = len(out)
	return out, src, nil
}
