package main

import (
	"strings"
	"testing"
)

// TestScreenAliasCitesAltFile: an alias read from the alt.csv beside an
// sdn.csv is cited (source, list_date) to alt.csv with alt.csv's own date,
// the primary name to sdn.csv with its own; alt.csv rows naming an ent_num
// sdn.csv lacks are warned of on stderr as another edition.
func TestScreenAliasCitesAltFile(t *testing.T) {
	dir := t.TempDir()
	sdn := writeFile(t, dir, "sdn.csv", "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")
	alt := writeFile(t, dir, "alt.csv", "100,2,\"aka\",\"PLAINFIELD HOLDINGS\",-0- \r\n999,3,\"aka\",\"NOBODY LISTED\",-0- \r\n")
	got, stderr, code := screenJSON(t, "--sanctions", sdn, "--sanctions", alt, "--list-date", sdn+"=2024-05-03", "--list-date", alt+"=2025-06-01",
		"--type", "entity", "Plainfield Holdings", "Example Group")
	if code != 0 || len(got.Results) != 2 || len(got.Results[0].Matches) != 1 || len(got.Results[1].Matches) != 1 {
		t.Fatalf("exit %d, results %+v\n%s", code, got.Results, stderr)
	}
	if m := got.Results[0].Matches[0]; m.Source != alt || m.ListDate != "2025-06-01" {
		t.Errorf("alias cited to %s of %q, want %s of 2025-06-01", m.Source, m.ListDate, alt)
	}
	if m := got.Results[1].Matches[0]; m.Source != sdn || m.ListDate != "2024-05-03" {
		t.Errorf("primary name cited to %s of %q, want %s of 2024-05-03", m.Source, m.ListDate, sdn)
	}
	if !strings.Contains(stderr, "1 rows name an ent_num with no row in") || !strings.Contains(stderr, "different editions") {
		t.Errorf("stderr %q: want the orphan alt.csv row warned of", stderr)
	}
	// the alt.csv read beside the sdn.csv, not given with --sanctions, is
	// dated by its own --list-date too
	beside, stderr, code := screenJSON(t, "--sanctions", sdn, "--list-date", sdn+"=2024-05-03", "--list-date", alt+"=2025-06-01",
		"--type", "entity", "Plainfield Holdings")
	if code != 0 || len(beside.Results) != 1 || len(beside.Results[0].Matches) != 1 {
		t.Fatalf("exit %d, results %+v\n%s", code, beside.Results, stderr)
	}
	if m := beside.Results[0].Matches[0]; m.Source != alt || m.ListDate != "2025-06-01" {
		t.Errorf("alt.csv beside sdn.csv: alias cited to %s of %q, want %s of 2025-06-01", m.Source, m.ListDate, alt)
	}
	// with no date of its own it is not the sdn.csv's
	undated, _, _ := screenJSON(t, "--sanctions", sdn, "--list-date", sdn+"=2024-05-03", "--type", "entity", "Plainfield Holdings")
	if len(undated.Results) != 1 || len(undated.Results[0].Matches) != 1 || undated.Results[0].Matches[0].ListDate != "" {
		t.Errorf("alt.csv without a date of its own: %+v, want list date not known", undated.Results)
	}
}
