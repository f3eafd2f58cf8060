package main

import (
	"os"
	"path/filepath"
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

// TestListDateFileCompared: --list-date FILE=DATE finds FILE by the file it
// names, not by its path alone: a link to a --sanctions file, or to the
// alt.csv beside a --sanctions sdn.csv, dates that file (it was refused as
// "not one of the --sanctions files"); a FILE that does not exist is a
// usage error (it was accepted and dated nothing); and only an OFAC sdn.csv
// has files read beside it: an alt.csv beside an address list is refused
// (it was accepted, though no list reads it).
func TestListDateFileCompared(t *testing.T) {
	dir, lnk, other := t.TempDir(), t.TempDir(), t.TempDir()
	sdn := writeFile(t, dir, "sdn.csv", "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n")
	alt := writeFile(t, dir, "alt.csv", "100,2,\"aka\",\"PLAINFIELD HOLDINGS\",-0- \r\n")
	for _, name := range []string{"sdn.csv", "alt.csv"} {
		if err := os.Symlink(filepath.Join(dir, name), filepath.Join(lnk, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	lnkSDN, lnkAlt := filepath.Join(lnk, "sdn.csv"), filepath.Join(lnk, "alt.csv")
	for _, tt := range []struct {
		what string
		args []string
	}{
		{"a link to the alt.csv beside the sdn.csv", []string{"--sanctions", sdn, "--list-date", sdn + "=2024-05-03", "--list-date", lnkAlt + "=2025-06-01"}},
		{"a link to the sdn.csv", []string{"--sanctions", sdn, "--list-date", lnkSDN + "=2024-05-03", "--list-date", alt + "=2025-06-01"}},
		{"the alt.csv given through a link", []string{"--sanctions", sdn, "--sanctions", lnkAlt, "--list-date", sdn + "=2024-05-03", "--list-date", lnkAlt + "=2025-06-01"}},
	} {
		got, stderr, code := screenJSON(t, append(tt.args, "--type", "entity", "Plainfield Holdings", "Example Group")...)
		if code != 0 || len(got.Results) != 2 || len(got.Results[0].Matches) != 1 || len(got.Results[1].Matches) != 1 {
			t.Errorf("%s: exit %d, results %+v\n%s", tt.what, code, got.Results, stderr)
			continue
		}
		if m := got.Results[0].Matches[0]; m.Source != alt || m.ListDate != "2025-06-01" {
			t.Errorf("%s: alias cited to %s of %q, want %s of 2025-06-01", tt.what, m.Source, m.ListDate, alt)
		}
		if m := got.Results[1].Matches[0]; m.Source != sdn || m.ListDate != "2024-05-03" {
			t.Errorf("%s: primary name cited to %s of %q, want %s of 2024-05-03", tt.what, m.Source, m.ListDate, sdn)
		}
	}

	wallets := writeFile(t, other, "eth.csv", "address,name\n0x1111111111111111111111111111111111111111,Mixer One\n")
	writeFile(t, other, "alt.csv", "100,2,\"aka\",\"PLAINFIELD HOLDINGS\",-0- \r\n")
	missing := filepath.Join(dir, "sdn_comments.csv")
	for _, tt := range []struct {
		what, sanctions, file, want string
	}{
		{"a file that does not exist beside the sdn.csv", sdn, missing, "no file " + missing},
		{"a file that does not exist", sdn, filepath.Join(other, "nosuch.csv"), "no file "},
		{"an alt.csv beside an address list", wallets, filepath.Join(other, "alt.csv"), "is not one of the --sanctions files, nor an add.csv, alt.csv or sdn_comments.csv beside a --sanctions OFAC sdn.csv"},
	} {
		_, stderr, code := runAudit(t, "screen", "--sanctions", tt.sanctions, "--list-date", tt.file+"=2024-05-03", "Mixer One")
		if code != 2 || !strings.Contains(stderr, tt.want) {
			t.Errorf("%s: exit %d, stderr %q, want a usage error saying %q", tt.what, code, stderr, tt.want)
		}
	}
}
