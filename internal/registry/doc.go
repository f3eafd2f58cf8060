// Package registry loads vessel, company, ownership, wallet and claims
// registers from spreadsheets (XLSX, CSV) and BODS JSON into plain records,
// each keeping the file, sheet, row and column it came from. It validates
// but never decides what is suspicious.
//
// # Inputs
//
// Load takes any number of files; the format is recognised by content (a zip
// is a workbook, JSON whose first record is a UK Companies House PSC record
// is a PSC snapshot (see psc.go), other JSON is BODS, anything else is CSV),
// never by name; a zip that is not a workbook (.ods, .docx) and JSON that
// is not BODS (no value with a statementType, recordType or statementID)
// are refused with what they seem to be. A Companies House basic company
// data CSV (CompanyName, CompanyNumber, ..., CompanyStatus) is a companies
// sheet keyed by company number, which names the companies of a PSC
// snapshot loaded with it. A
// CSV may start with Excel's "sep=;" line, which sets the separator. CSV
// quotes are read as Excel and LibreOffice write them: a cell holding a
// separator, quote or line break quoted whole, quotes inside doubled; such a
// cell may run over several lines. A quoted cell whose closing quote is
// followed by anything but the separator or the line end, or that is never
// closed, makes its first line one unreadable row (a Problem at its line and
// column) and the lines after it are read as rows of their own. A
// workbook may hold every sheet, or each sheet may be its own CSV (the CSV's
// sheet is its base name, "vessels.csv", which Origin.String leaves out). A sheet's kind (vessels,
// vessel_history, companies, people, ownership, officers, wallets, claims)
// comes from its name ("Fleet", "Shareholders", ...) or else from its first
// non-empty row, the header (when a header fits several kinds, the one that
// recognises most of its columns). Headers are matched with case, spacing and
// punctuation ignored, and with aliases ("IMO No.", "IMO number",
// "LRIMOShipNo"; "Registered owner"; "Share %"); a --mapping file (YAML or
// JSON, see readMapping) renames anything else. Unknown columns are ignored;
// a column named twice ("imo", "IMO No.") is a Problem and only the first is
// read.
// A file of which no sheet is recognised (a sanctions list, a memo), one
// with no data rows, JSON that is not BODS and a BODS file of no statements
// are errors: not a registry.
//
// # Problems, not panics
//
// A cell that cannot be read becomes a Problem at its file, sheet, row and
// column (the header as written) and the row still loads with that field
// empty or Unknown: a bad date, number, yes/no, country, share, MMSI, a ship
// IMO or company IMO failing its check digit (the vessel is then keyed by its
// vessel_id, its IMO text, or "row-<n>", with IMOValid false). A row that
// cannot be used at all is a Problem and is not loaded: an empty key, a
// duplicate key (vessel, company, person, wallet address, and a claim's
// token, token id and vessel: see claimKey), a wallet or token address that
// is not 20 bytes of hex, a claim naming no asset. A sheet
// recognised by its name that lacks a key column is one Problem, with the
// number of rows not loaded; one that lacks only its name column loads its
// rows with no name. References
// are resolved after all files are read (see refs.go): an unknown id is a
// Problem and the row stays. Shares over 100% in total (OWN-OVER-100) are a
// rule's business; a single share over 100% is a Problem and loads as
// Unknown. Row numbers are those a spreadsheet program shows (a CSV record's
// first line). A row with more cells than its header is a Problem at the
// first cell not read (an unquoted separator in a value?); the row loads.
//
// # Values
//
// ParseShare: numbers are always percentages ("37.5", "37,5", "37.5%"); an
// ownership sheet whose plain-number shares are all at most 1, some of them
// fractional (1, 0.55, 0.45), is a Problem at its share header: they look
// like fractions, and are read as percentages all the same. Bands
// ("25-50", ">75", "more than 25% but not more than 50%") are
// intervals, blank is Unknown. ParseDate: ISO dates, day-first dd/mm/yyyy
// (month-first only when day-first is impossible), year-first "2024-1-31",
// "31 Jan 2024", Excel serials; a time after a date ("1/2/2024 0:00") is
// dropped. IMO numbers lose an "IMO" prefix and get back the leading zeros a
// spreadsheet dropped. Countries (flag, jurisdiction, nationality) become ISO
// alpha-2 through internal/refdata when recognised and stay as written
// otherwise. Workbook share and date cells are read at their stored value,
// not as their number format displays them (see stored.go): 0.496 shown as
// "50%" is 49.6%, a date shown as "03/04/2020" is its serial; a formula cell
// with no computed value (a file written by a script) is a Problem and loads
// blank.
//
// # Ownership rows
//
// Each ownership row, and each interest of a BODS relationship, is one
// Ownership. BODS relationships often carry several interests (shareholding
// and votingRights of the same size, or boardMember): use Interest to pick
// the ones that add up as shares. Indirect rows are declarations, not edges.
// Interests the source says have ended (a BODS endDate, a ceased UK PSC)
// are in Registry.Ended, with EndedOn, not in Ownership.
//
// # Hostile files
//
// A workbook whose parts unzip to more than Options.MaxUnzipped (1 GiB), or
// whose shared strings or styles part (which excelize reads whole) unzips
// to over 16 MB at more than 50 times its compressed size, is refused
// before excelize opens it; sheets are streamed row by row and end
// after Options.MaxEmptyRows (1000) empty rows in a row; a CSV with NUL bytes
// is refused as binary; UTF-8 and UTF-16 with byte-order marks are read;
// other text that is not UTF-8 is refused with the line. Input files are only
// opened for reading.
package registry
