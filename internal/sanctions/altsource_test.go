package sanctions

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAltAliasCitesAltFile checks that an alias read from alt.csv is cited
// to alt.csv with alt.csv's own list date (its --list-date, else the one
// given for every file, never the sdn.csv's own), while the primary name
// and an alias sdn.csv's Remarks give too cite sdn.csv; and that rows of
// alt.csv whose ent_num sdn.csv lacks are a warning saying the files look
// like different editions.
func TestAltAliasCitesAltFile(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"sdn.csv": "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"f.k.a. 'OLDWORLD TRADING'.\"\r\n",
		"alt.csv": "100,1,\"fka\",\"OLDWORLD TRADING\",-0- \r\n100,2,\"aka\",\"PLAINFIELD HOLDINGS\",-0- \r\n999,3,\"aka\",\"NOBODY LISTED\",-0- \r\n",
	})
	sdn, alt := filepath.Join(dir, "sdn.csv"), filepath.Join(dir, "alt.csv")
	for _, tt := range []struct {
		opts    Options
		altDate string
	}{
		{Options{Threshold: 0.8, Review: 0.7, ListDates: map[string]string{sdn: "2024-05-03", alt: "2025-06-01"}}, "2025-06-01"},
		{Options{Threshold: 0.8, Review: 0.7, ListDates: map[string]string{sdn: "2024-05-03"}}, ""},
	} {
		ix, sources, err := Load([]string{sdn}, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		for q, want := range map[string][2]string{
			"Plainfield Holdings": {alt, tt.altDate},
			"Oldworld Trading":    {sdn, "2024-05-03"},
			"Example Group":       {sdn, "2024-05-03"},
		} {
			m := ix.Name(Query{Name: q, Type: "entity"})
			if len(m) != 1 {
				t.Fatalf("%s: %+v", q, m)
			}
			if file, date := m[0].Cited(); file != want[0] || date != want[1] {
				t.Errorf("%s (matched %s %s): cited %s of %q, want %s of %q", q, m[0].NameKind, m[0].Name, file, date, want[0], want[1])
			}
		}
		if len(sources) != 2 || sources[1].Path != alt || sources[1].ListDate != tt.altDate {
			t.Errorf("sources %+v, want alt.csv dated %q", sources, tt.altDate)
		}
		if w := strings.Join(sources[1].Warnings, "\n"); !strings.Contains(w, "1 rows name an ent_num with no row in "+sdn) || !strings.Contains(w, "different editions") {
			t.Errorf("alt.csv warnings %q, want the orphan row counted and the editions named", w)
		}
	}
	// one --list-date for every file dates alt.csv too
	ix, _, err := Load([]string{sdn}, Options{ListDate: "2024-05-03"})
	if err != nil {
		t.Fatal(err)
	}
	if m := ix.Name(Query{Name: "Plainfield Holdings", Type: "entity"}); len(m) != 1 {
		t.Fatalf("%+v", m)
	} else if file, date := m[0].Cited(); file != alt || date != "2024-05-03" {
		t.Errorf("with one --list-date for every file: cited %s of %q", file, date)
	}
}

// TestLoadReadsAFileOnce: an alt.csv read beside its sdn.csv and also
// named through a link to its folder, before or after the sdn.csv, is
// read once: one Source for it, as for the sdn.csv named twice.
func TestLoadReadsAFileOnce(t *testing.T) {
	dir := t.TempDir()
	lists := filepath.Join(dir, "lists")
	if err := os.Mkdir(lists, 0o755); err != nil {
		t.Fatal(err)
	}
	writeFiles(t, lists, map[string]string{
		"sdn.csv": "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
		"alt.csv": "100,2,\"aka\",\"PLAINFIELD HOLDINGS\",-0- \r\n",
	})
	link := filepath.Join(dir, "link")
	if err := os.Symlink(lists, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	sdn := filepath.Join(lists, "sdn.csv")
	for _, paths := range [][]string{
		{sdn, filepath.Join(link, "alt.csv")},
		{filepath.Join(link, "alt.csv"), sdn},
		{sdn, filepath.Join(link, "sdn.csv")},
	} {
		_, sources, err := Load(paths, Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, s := range sources {
			names = append(names, filepath.Base(s.Path))
		}
		if len(sources) != 2 {
			t.Errorf("%v: read %v, want sdn.csv and alt.csv once each", paths, names)
		}
	}
}
