package registry

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// loadBytes loads data as if it were the file name.
func loadBytes(name string, data []byte, opts Options) (*Registry, error) {
	l, err := newLoader(opts)
	if err != nil {
		return nil, err
	}
	if err := l.loadFrom(name, bytes.NewReader(data), int64(len(data))); err != nil {
		return nil, err
	}
	l.finish()
	return l.reg, nil
}

// checkProblems asserts every problem cites a file, a sheet and a row.
func checkProblems(t *testing.T, reg *Registry) {
	for _, p := range reg.Problems {
		if p.Origin.File == "" || p.Origin.Sheet == "" || p.Origin.Row <= 0 || p.Reason == "" {
			t.Fatalf("problem without a full origin: %+v", p)
		}
	}
}

func FuzzLoadCSV(f *testing.F) {
	for _, seed := range []string{
		"imo,name,flag,mmsi,registered_owner\n9321483,ALPHA,LR,636012345,C1\n9321484,BETA,Atlantis,1,\n",
		"\ufeffLRIMOShipNo;ShipName\n9321483;ALPHA\n",
		"owner_id,owned_id,share\nP1,C1,25-50\nP1,C1,\"more than 25% but not more than 50%\"\nC1,C1,120\n",
		"company_id,name,company_imo,incorporated_on\nC1,A,414246,31/12/2015\nC1,B,2041998,45322\n",
		"address,holder_id\n0xabcdef0123456789abcdef0123456789abcdef01,P1\n0x12,P1\n",
		"token,asset_imo,claimed_share\n0x00000000000000000000000000000000000000aa,9321483,25%\n",
		"a,\"b\nc\",\"d\"\"e\"\n1,2\n\"unterminated\n",
		"address,holder_id\n0x1234567890123456789012345678901234567890,\"P-H05 bad\"quote,kyc\n0xabcdef0123456789abcdef0123456789abcdef01,P1\n",
		"\xff\xfei\x00m\x00o\x00\n\x00",
		"IMO number,Name of ship,Gross tonnage,Type of ship,Year of build,Flag\n9321483,OCEAN STAR,32500,Bulk Carrier,2008,Panama\n",
		"LRIMOShipNo,ShipName,TechnicalManager,ShipManager,DateOfBuild,YearOfBuild\n9321483,A,T,M,200805,2008\n",
		"IMO number,Ship\n9321483,A\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		// As vessels.csv the name says the kind; as data.csv only the
		// header row can, and a file it does not is refused saying why.
		for _, name := range []string{"vessels.csv", "data.csv"} {
			reg, err := loadBytes(name, data, Options{})
			if err != nil {
				if msg := err.Error(); strings.Contains(msg, "not a registry") && !strings.Contains(msg, "; headers seen: ") {
					t.Fatalf("%s: %v: says not what is missing", name, err)
				}
				continue
			}
			checkProblems(t, reg)
			for _, f := range reg.Files {
				if len(f.Sheets) != 1 || f.Sheets[0].Kind == "" || ReadAs(f) == "" {
					t.Fatalf("%s: loaded, but sheets %+v", name, f.Sheets)
				}
			}
		}
	})
}

// FuzzLoadXLSX loads fuzzed workbooks. An input starting with "PK" is the
// whole file; any other input is the XML of the first worksheet, wrapped in
// an otherwise valid workbook so that the fuzzer reaches the row reader
// instead of failing zip checksums.
func FuzzLoadXLSX(f *testing.F) {
	dir := f.TempDir()
	path := filepath.Join(dir, "seed.xlsx")
	writeXLSX(f, path, map[string][][]any{
		"vessels":   {{"IMO No.", "Name", "Flag", "Built"}, {9321483, "ALPHA", "LR", 2006}, {"9321484", "BETA", "PA", "x"}},
		"ownership": {{"owner_id", "owned_id", "share"}, {"C1", "9321483", "60"}},
	})
	seed, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	parts := unzipAll(f, seed)
	f.Add(seed)
	f.Add(seed[:len(seed)/2])
	f.Add([]byte("PK\x03\x04"))
	f.Add(parts["xl/worksheets/sheet1.xml"])
	f.Add([]byte(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>imo</t></is></c><c r="B1" t="inlineStr"><is><t>name</t></is></c></row>` +
		`<row r="3"><c r="A3"><v>9321483</v></c><c r="B3" t="inlineStr"><is><t>A</t></is></c></row>` +
		`<row r="1048576"><c r="XFD1048576" s="9"/></row></sheetData></worksheet>`))
	f.Add([]byte(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` +
		`<row r="1"><c r="A1" t="inlineStr"><is><t>owner_id</t></is></c><c r="B1" t="inlineStr"><is><t>owned_id</t></is></c>` +
		`<c r="C1" t="inlineStr"><is><t>share</t></is></c><c r="D1" t="inlineStr"><is><t>as_of</t></is></c></row>` +
		`<row r="2"><c r="A2" t="inlineStr"><is><t>C1</t></is></c><c r="B2" t="inlineStr"><is><t>C2</t></is></c>` +
		`<c r="C2" s="1"><v>0.496</v></c><c r="D2" s="1"><v>43894</v></c></row>` +
		`<row r="3"><c r="A3" t="inlineStr"><is><t>C3</t></is></c><c r="B3" t="inlineStr"><is><t>C2</t></is></c>` +
		`<c r="C3"><f>100-45</f></c></row></sheetData></worksheet>`))
	// REGISTRY_FUZZ_REPANIC=1 shows the panics loadXLSX would turn into errors.
	repanic = os.Getenv("REGISTRY_FUZZ_REPANIC") != ""
	f.Fuzz(func(t *testing.T, data []byte) {
		if !bytes.HasPrefix(data, []byte("PK")) {
			data = zipWith(t, parts, "xl/worksheets/sheet1.xml", data)
		}
		// Skipping the stored values where mayStore allows must not change the load.
		reg, err := loadBothWays(t, "fuzz.xlsx", data, Options{MaxUnzipped: 16 << 20})
		if err != nil {
			return
		}
		checkProblems(t, reg)
	})
}

func unzipAll(t testing.TB, b []byte) map[string][]byte {
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		parts[f.Name], err = io.ReadAll(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
	}
	return parts
}

// zipWith zips parts, with name's content replaced, uncompressed.
func zipWith(t testing.TB, parts map[string][]byte, name string, content []byte) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for n := range parts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		b := parts[n]
		if n == name {
			b = content
		}
		if _, err := w.Write(b); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
