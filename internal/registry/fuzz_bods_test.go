package registry

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// bodsSeeds are small BODS 0.3 and 0.4 packages, and the real examples of
// ../shared/data/ownership/bods when they are there.
func bodsSeeds(f *testing.F) {
	for _, seed := range []string{
		`[{"statementID":"e1","statementType":"entityStatement","entityType":"registeredEntity","name":"Alpha Ltd","incorporatedInJurisdiction":{"code":"GB"},"identifiers":[{"scheme":"GB-COH","id":"0123"}]},` +
			`{"statementID":"p1","statementType":"personStatement","personType":"knownPerson","names":[{"fullName":"Jane Roe"}],"birthDate":"1970-03"},` +
			`{"statementID":"r1","statementType":"ownershipOrControlStatement","subject":{"describedByEntityStatement":"e1"},"interestedParty":{"describedByPersonStatement":"p1"},` +
			`"interests":[{"type":"shareholding","share":{"minimum":25,"maximum":50,"exclusiveMaximum":true}}]}]`,
		`[{"statementId":"e1","recordId":"E","recordType":"entity","recordDetails":{"entityType":{"type":"registeredEntity"},"name":"Beta SA"}},` +
			`{"statementId":"p1","recordId":"P","recordType":"person","recordDetails":{"personType":"knownPerson","names":[{"fullName":"John Doe"}]}},` +
			`{"statementId":"r1","recordId":"R","recordType":"relationship","recordDetails":{"subject":"E","interestedParty":"P","interests":[{"type":"shareholding","share":{"exact":60}}]}}]`,
		`{"statementID":"x","statementType":"entityStatement"}` + "\n" + `{"statementID":"x","statementType":"entityStatement"}`,
		`[{"statementID":"r","statementType":"ownershipOrControlStatement","subject":{"describedByEntityStatement":"missing"},"interestedParty":{"unspecified":{"reason":"unknown"}},"interests":[{"share":{"exact":"120"}}]}]`,
		`[]`, `[null, 1, "x", {}]`, `{"statementID":`,
	} {
		f.Add([]byte(seed))
	}
	dir := filepath.Join("..", "..", "..", "shared", "data", "ownership", "bods")
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".json") {
			if b, err := os.ReadFile(path); err == nil && len(b) < 64<<10 {
				f.Add(b)
			}
		}
		return nil
	})
}

// FuzzLoadBODS loads fuzzed BODS JSON: it must fail with an error or load
// with every problem citing file, sheet and row, never panic.
func FuzzLoadBODS(f *testing.F) {
	bodsSeeds(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		reg, err := loadBytes("bods.json", data, Options{})
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a message")
			}
			return
		}
		checkProblems(t, reg)
	})
}

// FuzzCellsAt reads fuzzed citations from fuzzed CSV and BODS files, as
// `audit verify` does from an archived report that may have been edited: one
// Cell per citation, each either resolved or with a Problem, never a panic.
func FuzzCellsAt(f *testing.F) {
	f.Add([]byte("imo,name\n9321483,ALPHA\n9321484,\n"), "vessels.csv", 2, "name")
	f.Add([]byte("imo,name\n9321483,ALPHA\n"), "vessels.csv", 3, "")
	f.Add([]byte("imo;name\n"), "other", -1, "imo")
	f.Add([]byte(`[{"statementID":"e1","statementType":"entityStatement","name":"A"}]`), "bods.json", 1, "name")
	f.Add([]byte(`[{"statementID":"e1","statementType":"entityStatement","name":"A"}]`), "bods.json", 1, "identifiers[0].id")
	f.Fuzz(func(t *testing.T, data []byte, sheet string, row int, column string) {
		name := "fuzz.csv"
		if trimmed := strings.TrimLeft(string(data), " \t\r\n\ufeff"); strings.HasPrefix(trimmed, "[") || strings.HasPrefix(trimmed, "{") {
			name = "fuzz.json"
		}
		path := filepath.Join(t.TempDir(), name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		cites := []Cite{{Sheet: sheet, Row: row, Column: column}, {Sheet: name, Row: row, Column: column}, {Sheet: name, Row: 1}}
		cells, err := CellsAt(path, path, cites)
		if err != nil {
			if !strings.Contains(err.Error(), path) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if len(cells) != len(cites) {
			t.Fatalf("%d cells for %d citations", len(cells), len(cites))
		}
		for i, c := range cells {
			if c.Problem != "" && c.Value != "" {
				t.Fatalf("citation %+v: a problem (%s) and a value (%q)", cites[i], c.Problem, c.Value)
			}
		}
	})
}
