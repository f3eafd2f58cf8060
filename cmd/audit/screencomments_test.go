package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cutRemarks returns an sdn.csv whose entry 300 has its Remarks cut at
// 1,000 characters, as OFAC cuts a long Remarks, and the sdn_comments.csv
// that continues them: the MMSI before the cut, the ETH address addr (a
// wallet of the fixture registry) and an IMO number only after it.
func cutRemarks(addr string) (sdn, comments string) {
	head := "MMSI 572469210; "
	for len(head) < 900 {
		head += "Secondary sanctions risk: see Section 11 of Executive Order 13846; "
	}
	full := head + "Website www." + strings.Repeat("x", 1000-len(head)-len("Website www..com; ")) + ".com; " +
		"Digital Currency Address - ETH " + addr + "; Vessel Registration Identification IMO 9187629."
	return "300,\"LONG REMARKS TANKER\",\"vessel\",\"IRAN\",-0- ,-0- ,\"Tanker\",-0- ,-0- ,\"Panama\",-0- ,\"" + full[:1000] + "\"\r\n",
		"300,\"" + full[1000:] + "\"\r\n"
}

// TestScreenCommentIdentifiersCiteComments: 'audit screen' of an address
// and an IMO number found only past the cut of an entry's Remarks in
// sdn.csv cites them (source, list_date) to the sdn_comments.csv beside it
// with that file's own --list-date; the MMSI before the cut still cites
// sdn.csv.
func TestScreenCommentIdentifiersCiteComments(t *testing.T) {
	dir := t.TempDir()
	sdnText, commentsText := cutRemarks("0x6b5ed0f4e20f3f6b280e269386fe306b9dbf3133")
	sdn := writeFile(t, dir, "sdn.csv", sdnText)
	comments := writeFile(t, dir, "sdn_comments.csv", commentsText)
	got, stderr, code := screenJSON(t, "--sanctions", sdn, "--list-date", sdn+"=2024-05-03", "--list-date", comments+"=2025-06-01",
		"0x6B5ED0F4E20F3F6B280E269386FE306B9DBF3133", "IMO 9187629", "MMSI 572469210")
	if code != 0 || len(got.Results) != 3 {
		t.Fatalf("exit %d, results %+v\n%s", code, got.Results, stderr)
	}
	for i, want := range [][2]string{{comments, "2025-06-01"}, {comments, "2025-06-01"}, {sdn, "2024-05-03"}} {
		if r := got.Results[i]; len(r.Matches) != 1 || r.Matches[0].Source != want[0] || r.Matches[0].ListDate != want[1] {
			t.Errorf("result %d: %+v, want one match cited to %s of %s", i, r, want[0], want[1])
		}
	}
}

// TestScanVerifyCommentIdentifier: 'audit scan' of the fixture registry
// with an sdn.csv listing one of its wallets only past the cut of Remarks
// cites the wallet's match to sdn_comments.csv, and 'audit verify' of the
// report resolves it; with the comments file edited to drop the address,
// verify exits 3 saying the file gives the entry no text containing it.
func TestScanVerifyCommentIdentifier(t *testing.T) {
	csvs, err := filepath.Glob("../../fixtures/registry/*.csv")
	if err != nil || len(csvs) == 0 {
		t.Fatalf("no fixture registry CSV files: %v", err)
	}
	const wallet = "0x6b5ed0f4e20f3f6b280e269386fe306b9dbf3133"
	dir := t.TempDir()
	sdnText, commentsText := cutRemarks(wallet)
	sdn := writeFile(t, dir, "sdn.csv", sdnText)
	comments := writeFile(t, dir, "sdn_comments.csv", commentsText)
	args := []string{"scan", "--sanctions", sdn, "--list-date", sdn + "=2024-05-03", "--list-date", comments + "=2025-06-01"}
	for _, f := range csvs {
		args = append(args, "--registry", f)
	}
	out := filepath.Join(dir, "report.json")
	_, stderr, code := runAudit(t, append(args, "--format", "json", "--out", out, "--fail-on", "none")...)
	if code != exitOK {
		t.Fatalf("scan: exit %d\n%s", code, stderr)
	}
	cited := false
	for _, f := range readReport(t, out).Findings {
		for _, ev := range f.Evidence {
			if ev.Kind == "match" && strings.Contains(ev.Text, wallet) {
				if ev.File != comments || ev.ListDate != "2025-06-01" || ev.EntryID != "300" {
					t.Errorf("%s: wallet match cited to %s of %q, entry %s; want %s of 2025-06-01, entry 300", f.Rule, ev.File, ev.ListDate, ev.EntryID, comments)
				}
				cited = true
			}
		}
	}
	if !cited {
		t.Fatalf("no match evidence naming %s\n%s", wallet, stderr)
	}
	if stdout, stderr, code := runAudit(t, "verify", out); code != exitOK {
		t.Fatalf("verify: exit %d\n%s%s", code, stdout, stderr)
	}
	// the comments file edited to drop the address
	if err := os.WriteFile(comments, []byte(strings.Replace(commentsText, wallet, "0x0000000000000000000000000000000000000001", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code := runAudit(t, "verify", out)
	if want := "sdn_comments.csv gives entry 300 no text containing " + wallet; code != exitFindings || !strings.Contains(stdout+stderr, want) {
		t.Errorf("verify of the edited file: exit %d, want 3 and %q\n%s%s", code, want, stdout, stderr)
	}
}
