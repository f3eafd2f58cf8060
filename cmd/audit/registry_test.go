package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tokenaudit/audit/internal/registry"
)

// TestRegistryCheckReadAs: 'registry check' says under each file's line what
// it was read as, and counts a BODS file's ended interests only when it has
// some; the JSON gives each file's sheets with their kinds and its records.
func TestRegistryCheckReadAs(t *testing.T) {
	dir := t.TempDir()
	equasis := filepath.Join(dir, "equasis.csv")
	bods := filepath.Join(dir, "bods.json")
	files := map[string]string{
		equasis: "IMO number,Name of ship,Gross tonnage,Type of ship,Year of build,Flag\n9321483,OCEAN STAR,32500,Bulk Carrier,2008,Marshall Islands\n",
		bods: `[{"statementId":"s-a","recordId":"co-a","recordType":"entity","recordDetails":{"entityType":{"type":"registeredEntity"},"name":"Alpha Shipping Ltd"}},
{"statementId":"s-p","recordId":"p-1","recordType":"person","recordDetails":{"personType":"knownPerson","names":[{"type":"individual","fullName":"Jane Current"}]}},
{"statementId":"s-r","recordId":"r-1","recordType":"relationship","recordDetails":{"isComponent":false,"subject":"co-a","interestedParty":"p-1","interests":[{"type":"shareholding","directOrIndirect":"direct","share":{"exact":60},"startDate":"2022-03-01"}]}}]`,
	}
	for path, body := range files {
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	reg, err := registry.Load([]string{equasis, bods}, registry.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var text bytes.Buffer
	if err := writeRegistryCheck(&text, reg, "text"); err != nil {
		t.Fatal(err)
	}
	want := equasis + ": csv, 1 data rows, 0 problem(s)\n  read as vessels\n" +
		bods + ": bods-json, 3 data rows, 0 problem(s)\n  read as companies (1), people (1), ownership (1)\n"
	if text.String() != want {
		t.Errorf("text:\n%s\nwant:\n%s", text.String(), want)
	}
	var js bytes.Buffer
	if err := writeRegistryCheck(&js, reg, "json"); err != nil {
		t.Fatal(err)
	}
	var out registryCheckJSON
	if err := json.Unmarshal(js.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Files) != 2 || len(out.Files[0].Sheets) != 1 || out.Files[0].Sheets[0].Kind != "vessels" ||
		out.Files[0].Records["vessels"] != 1 || out.Files[1].Sheets != nil || out.Files[1].Records["ownership"] != 1 {
		t.Errorf("json: %s", js.String())
	}
	if !strings.Contains(js.String(), `"ended": 0`) {
		t.Errorf("json: %s: want every file's ended count, 0 included", js.String())
	}
}
