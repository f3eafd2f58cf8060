package registry

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Column layouts of real vessel exports, as their headers are written.
// Equasis: the ship search result and ship folder fields (IMO number, Name
// of ship, Gross tonnage, Type of ship, Year of build, Flag, Call Sign,
// MMSI, DWT, Status) and the management roles (Registered owner, ISM
// Manager, Ship manager/Commercial manager) as columns. S&P Sea-web (IHS)
// ShipData fields, with the pairs of which one is the column
// (TechnicalManager before ShipManager, DateOfBuild before YearOfBuild,
// ShiptypeGroup after ShiptypeLevel5) and fields the model has no column
// for (Operator, the company codes).
var (
	equasisHeader = []string{"IMO number", "Name of ship", "Gross tonnage", "Type of ship", "Year of build", "Flag",
		"Call Sign", "MMSI", "DWT", "Status", "Registered owner", "ISM Manager", "Ship manager/Commercial manager"}
	equasisRows = [][]any{
		{"9321483", "OCEAN STAR", 32500, "Bulk Carrier", 2008, "Marshall Islands", "V7AB2", "538006120", 58000,
			"In Service/Commission", "Top Holdings Ltd", "Star Ship Management", "Star Commercial"},
		{"9074729", "RIVER GULL", 4100, "General Cargo Ship", 1994, "Panama", "HOAB", "352001234", 5200,
			"In Service/Commission", "Gull Owning SA", "", "Gull Managers"},
	}
	seawebHeader = []string{"LRIMOShipNo", "ShipName", "ShipStatus", "CallSign", "MaritimeMobileServiceIdentityMMSINumber",
		"FlagName", "ShiptypeLevel5", "ShiptypeGroup", "GrossTonnage", "DateOfBuild", "YearOfBuild", "RegisteredOwner",
		"RegisteredOwnerCode", "Operator", "OperatorCompanyCode", "TechnicalManager", "ShipManager", "ShipManagerCompanyCode",
		"DOCCompany", "DocumentofComplianceDOCCompanyCode", "GroupBeneficialOwner", "GroupBeneficialOwnerCompanyCode"}
	seawebRows = [][]any{
		{"9321483", "OCEAN STAR", "In Service/Commission", "V7AB2", "538006120", "Marshall Islands", "Bulk Carrier",
			"Bulk Carriers", 32500, "200805", 2008, "Top Holdings Ltd", "5000001", "Star Chartering", "5000002",
			"Star Technical", "Star Ship Management", "5000003", "Star Ship Management", "5000003", "Star Group", "5000004"},
		{"9074729", "RIVER GULL", "In Service/Commission", "HOAB", "352001234", "Panama", "General Cargo Ship",
			"General Cargo", 4100, "199403", 1994, "Gull Owning SA", "5000011", "", "", "", "Gull Managers", "5000012",
			"Gull Managers", "5000012", "Gull Group", "5000013"},
	}
)

// TestVesselExports loads an Equasis and a Sea-web vessel list, each as CSV
// and as a workbook whose sheet's name says nothing, in the exports' column
// layouts: every row is a vessel with its fields, with no problem.
func TestVesselExports(t *testing.T) {
	type want struct {
		imo, name, flag, mmsi, callSign, shipType string
		gt, year                                  int
		owner, manager, doc, gbo                  string
	}
	equasis := []want{
		{"9321483", "OCEAN STAR", "MH", "538006120", "V7AB2", "Bulk Carrier", 32500, 2008, "Top Holdings Ltd", "Star Commercial", "Star Ship Management", ""},
		{"9074729", "RIVER GULL", "PA", "352001234", "HOAB", "General Cargo Ship", 4100, 1994, "Gull Owning SA", "Gull Managers", "", ""},
	}
	seaweb := []want{
		{"9321483", "OCEAN STAR", "MH", "538006120", "V7AB2", "Bulk Carrier", 32500, 2008, "Top Holdings Ltd", "Star Ship Management", "Star Ship Management", "Star Group"},
		{"9074729", "RIVER GULL", "PA", "352001234", "HOAB", "General Cargo Ship", 4100, 1994, "Gull Owning SA", "Gull Managers", "Gull Managers", "Gull Group"},
	}
	for _, tc := range []struct {
		export string
		header []string
		rows   [][]any
		want   []want
	}{{"equasis", equasisHeader, equasisRows, equasis}, {"seaweb", seawebHeader, seawebRows, seaweb}} {
		for _, format := range []string{"csv", "xlsx"} {
			path := filepath.Join(t.TempDir(), tc.export+"_export."+format)
			sheet := append([][]any{toAny(tc.header)}, tc.rows...)
			if format == "csv" {
				writeFile(t, path, csvText(sheet))
			} else {
				writeXLSX(t, path, map[string][][]any{"Sheet1": sheet})
			}
			reg, err := Load([]string{path}, Options{})
			if err != nil {
				t.Fatalf("%s %s: %v", tc.export, format, err)
			}
			if len(reg.Problems) > 0 {
				t.Errorf("%s %s: problems %v", tc.export, format, problemSet(reg))
			}
			if s := reg.Files[0].Sheets; len(s) != 1 || s[0].Kind != KindVessels || s[0].Rows != 2 {
				t.Errorf("%s %s: sheets %+v, want one of vessels, 2 rows", tc.export, format, s)
			}
			if len(reg.Vessels) != len(tc.want) {
				t.Fatalf("%s %s: %d vessels, want %d", tc.export, format, len(reg.Vessels), len(tc.want))
			}
			for i, v := range reg.Vessels {
				got := want{v.IMO, v.Name, v.Flag, v.MMSI, v.CallSign, v.ShipType, v.GrossTonnage, v.YearBuilt,
					v.RegisteredOwner, v.ShipManager, v.DOCCompany, v.GroupBeneficialOwner}
				if got != tc.want[i] {
					t.Errorf("%s %s: vessel %d\n got %+v\nwant %+v", tc.export, format, i, got, tc.want[i])
				}
			}
		}
	}
}

// TestRepeatedColumnWeakAlias: a weak alias (TechnicalManager) is not read
// where a header names the column better, wherever it stands, and is no
// problem; two headers that name it alike still are.
func TestRepeatedColumnWeakAlias(t *testing.T) {
	for _, tc := range []struct {
		header, row, manager, problem string
	}{
		{"imo,name,TechnicalManager,ShipManager", "9321483,A,Tech,Mgr", "Mgr", ""},
		{"imo,name,ShipManager,TechnicalManager", "9321483,A,Mgr,Tech", "Mgr", ""},
		{"imo,name,TechnicalManager", "9321483,A,Tech", "Tech", ""},
		{"imo,name,Ship manager,ShipManager", "9321483,A,Mgr,Other", "Mgr",
			"vessels.csv!1 ShipManager: column D is ship_manager again (as column C): only the first is read"},
	} {
		path := filepath.Join(t.TempDir(), "vessels.csv")
		writeFile(t, path, tc.header+"\n"+tc.row+"\n")
		reg, err := Load([]string{path}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(problemSet(reg), "\n"); got != tc.problem {
			t.Errorf("%s: problems %q, want %q", tc.header, got, tc.problem)
		}
		if len(reg.Vessels) != 1 || reg.Vessels[0].ShipManager != tc.manager {
			t.Errorf("%s: vessels %+v, want ship manager %s", tc.header, reg.Vessels, tc.manager)
		}
	}
}

// TestNotRegistrySaysWhatIsMissing: a file of no recognised sheet is refused
// saying, per sheet, what the nearest kind lacks and the headers seen.
func TestNotRegistrySaysWhatIsMissing(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, body string
		want       []string
	}{
		{"list.csv", "IMO number,Ship,Flag\n9321483,OCEAN STAR,MH\n",
			[]string{"list.csv: not a registry: neither its file name nor its header row",
				"(use the canonical headers, or --mapping): no name column: a vessel list needs imo and name; headers seen: IMO number, Ship, Flag"}},
		{"holders.csv", "Owner,Company,Percent\nA,B,50\n",
			[]string{"no owned_id column: an ownership sheet needs owner_id and owned_id; headers seen: Owner, Company, Percent"}},
		{"memo.csv", "Dear all\nhello\n",
			[]string{"none of its headers names a registry column; headers seen: Dear all"}},
		{"book.xlsx", "",
			[]string{"book.xlsx: not a registry: neither its sheet Notes, Fleet list nor its header row",
				"sheet Notes: none of its headers names a registry column; headers seen: Remark; sheet Fleet list: no imo column: a vessel list needs imo and name; headers seen: Vessel name, Flag"}},
	} {
		path := filepath.Join(dir, tc.name)
		if strings.HasSuffix(tc.name, ".xlsx") {
			writeXLSX(t, path, map[string][][]any{
				"Notes":      {{"Remark"}, {"to do"}},
				"Fleet list": {{"Vessel name", "Flag"}, {"OCEAN STAR", "MH"}},
			}, "Notes", "Fleet list")
		} else {
			writeFile(t, path, tc.body)
		}
		_, err := Load([]string{path}, Options{})
		if err == nil {
			t.Errorf("%s: loaded", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error\n%v\nwant it to hold\n%s", tc.name, err, w)
			}
		}
	}
}

// TestHeadersSeenCut: the headers a message lists are cut, not copied
// whole from a hostile file.
func TestHeadersSeenCut(t *testing.T) {
	var header []string
	for i := 0; i < 30; i++ {
		header = append(header, strings.Repeat("x", 100)+"\n")
	}
	got := headersSeen(header)
	if want := strings.Repeat("x", 40) + "…"; !strings.HasPrefix(got, want+", ") {
		t.Errorf("headers seen %.80q..., want each cut at 40 characters", got)
	}
	if !strings.HasSuffix(got, ", … (10 more)") || strings.Count(got, "…") != 21 {
		t.Errorf("headers seen %q: want 20 listed, then … (10 more)", got)
	}
}

// TestReadAs: each sheet of a workbook says what it was read as (a kind,
// not recognised, a kind lacking its key column); a CSV its one kind; a
// BODS file its records by kind.
func TestReadAs(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "registry.xlsx")
	writeXLSX(t, book, map[string][][]any{
		"Fleet":     {toAny(equasisHeader), equasisRows[0], equasisRows[1]},
		"Notes":     {{"Remark"}, {"to do"}, {"later"}, {"never"}},
		"ownership": {{"owner_id", "share"}, {"C1", "50"}},
		"Empty":     {},
	}, "Fleet", "Notes", "ownership", "Empty")
	companies := filepath.Join(dir, "companies.csv")
	writeFile(t, companies, "company_id,name\nC1,Top Holdings Ltd\n")
	bods := filepath.Join(dir, "bods.json")
	writeFile(t, bods, `[
{"statementId":"s-a","recordId":"co-a","recordType":"entity","recordDetails":{"entityType":{"type":"registeredEntity"},"name":"Alpha Shipping Ltd"}},
{"statementId":"s-p","recordId":"p-1","recordType":"person","recordDetails":{"personType":"knownPerson","names":[{"type":"individual","fullName":"Jane Current"}]}},
{"statementId":"s-r","recordId":"r-1","recordType":"relationship","recordDetails":{"isComponent":false,"subject":"co-a","interestedParty":"p-1","interests":[{"type":"shareholding","directOrIndirect":"direct","share":{"exact":60},"startDate":"2022-03-01"}]}}
]`)
	reg, err := Load([]string{book, companies, bods}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"  sheet Fleet: read as vessels, 2 data rows\n" +
			"  sheet Notes: not recognised, 3 rows not read\n" +
			"  sheet ownership: ownership without its owned_id column, 1 row not read\n" +
			"  sheet Empty: not recognised, no data rows",
		"  read as companies",
		"  read as companies (1), people (1), ownership (1)",
	}
	if len(reg.Files) != len(want) {
		t.Fatalf("%d files, want %d", len(reg.Files), len(want))
	}
	for i, f := range reg.Files {
		if got := ReadAs(f); got != want[i] {
			t.Errorf("%s read as:\n%s\nwant:\n%s", f.Path, got, want[i])
		}
	}
	if r := reg.Files[0].Records; r[KindVessels] != 2 || len(r) != 1 {
		t.Errorf("workbook records %v, want 2 vessels", r)
	}
	// The unrecognised sheet's problem says what it lacks.
	found := false
	for _, p := range reg.Problems {
		found = found || p.Origin.Sheet == "Notes" && strings.Contains(p.Reason, "none of its headers names a registry column; headers seen: Remark") &&
			strings.Contains(p.Reason, "3 rows not read: name it") && strings.Contains(p.Reason, "or map its headers with --mapping FILE")
	}
	if !found {
		t.Errorf("no problem saying what sheet Notes lacks: %v", problemSet(reg))
	}
}

func toAny(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}

// csvText writes rows as CSV, quoting every cell.
func csvText(rows [][]any) string {
	var b strings.Builder
	for _, row := range rows {
		for i, c := range row {
			if i > 0 {
				b.WriteByte(',')
			}
			s := strings.ReplaceAll(strings.TrimSpace(toString(c)), `"`, `""`)
			b.WriteString(`"` + s + `"`)
		}
		b.WriteByte('\n')
	}
	return b.String()
}

func toString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int:
		return strconv.Itoa(x)
	}
	return ""
}

// TestDateOfBuildAlone: Sea-web's DateOfBuild (year and month, 200805) is
// the build year where the export has no YearOfBuild.
func TestDateOfBuildAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "export.csv")
	writeFile(t, path, "LRIMOShipNo,ShipName,DateOfBuild\n9321483,A,200805\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) > 0 || len(reg.Vessels) != 1 || reg.Vessels[0].YearBuilt != 2008 {
		t.Errorf("problems %v, vessels %+v: want one built in 2008", problemSet(reg), reg.Vessels)
	}
}
