package sanctions

import (
	"path/filepath"
	"strings"
	"testing"
)

// cutRemarksFiles returns an sdn.csv whose entry 300 (a vessel) has its
// Remarks cut at ofacRemarksLimit characters, as OFAC cuts a long Remarks,
// and the sdn_comments.csv whose two rows continue them: MMSI before the
// cut; an ETH address split by the cut; an ETH address, an IMO number and
// a weak alias only after it.
func cutRemarksFiles(tb testing.TB) (sdn, comments string) {
	const (
		before = "MMSI 572469210; "
		split  = "Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; "
		rest   = "alt. Digital Currency Address - ETH 0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B; Vessel Registration Identification IMO 9187629; a.k.a. 'LONG REMARKS'."
	)
	head := before
	for len(head) < 800 {
		head += "Secondary sanctions risk: see Section 11 of Executive Order 13846; "
	}
	// a website padded so that the cut falls 40 characters into split
	pad := ofacRemarksLimit - len(head) - len("Website www..com; ") - 40
	full := head + "Website www." + strings.Repeat("x", pad) + ".com; " + split + rest
	if !strings.Contains(full[ofacRemarksLimit-10:ofacRemarksLimit+10], "0x098B") {
		tb.Fatalf("the cut falls outside the address: %q", full[ofacRemarksLimit-40:ofacRemarksLimit+40])
	}
	// the second row continues from inside a word (the loader trims each
	// row, as it reads every field)
	second := strings.Index(full, "Registration") + 4
	return "300,\"LONG REMARKS TANKER\",\"vessel\",\"IRAN\",-0- ,-0- ,\"Tanker\",-0- ,-0- ,\"Panama\",-0- ,\"" + full[:ofacRemarksLimit] + "\"\r\n",
		"300,\"" + full[ofacRemarksLimit:second] + "\"\r\n300,\"" + full[second:] + "\"\r\n"
}

// TestCommentIdentifiersCiteCommentsFile: an identifier or alias found only
// in the part of Remarks sdn_comments.csv continues (an address the cut
// splits among them) is cited to sdn_comments.csv with that file's own
// list date; the MMSI before the cut, and the vessel's name, to sdn.csv.
func TestCommentIdentifiersCiteCommentsFile(t *testing.T) {
	dir := t.TempDir()
	sdnText, commentsText := cutRemarksFiles(t)
	writeFiles(t, dir, map[string]string{"sdn.csv": sdnText, "sdn_comments.csv": commentsText})
	sdn, comments := filepath.Join(dir, "sdn.csv"), filepath.Join(dir, "sdn_comments.csv")
	for _, tt := range []struct {
		opts         Options
		commentsDate string
	}{
		{Options{Threshold: 0.8, Review: 0.7, ListDates: map[string]string{sdn: "2024-05-03", comments: "2025-06-01"}}, "2025-06-01"},
		{Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"}, "2024-05-03"},
		{Options{Threshold: 0.8, Review: 0.7, ListDates: map[string]string{sdn: "2024-05-03"}}, ""},
	} {
		ix, _, err := Load([]string{sdn}, tt.opts)
		if err != nil {
			t.Fatal(err)
		}
		for q, want := range map[string][2]string{
			"0x098b716b8aaf21512996dc57eb0615e2383e2f96": {comments, tt.commentsDate}, // split by the cut
			"0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B": {comments, tt.commentsDate},
			"IMO 9187629":    {comments, tt.commentsDate},
			"MMSI 572469210": {sdn, "2024-05-03"},
		} {
			m := ix.Lookup(Query{Name: q})
			if len(m) != 1 || m[0].Entry.EntryID != "300" {
				t.Fatalf("%s: %+v", q, m)
			}
			if file, date := m[0].Cited(); file != want[0] || date != want[1] {
				t.Errorf("%s: cited %s of %q, want %s of %q", q, file, date, want[0], want[1])
			}
		}
		for q, want := range map[string]string{"Long Remarks": comments, "Long Remarks Tanker": sdn} {
			m := ix.Name(Query{Name: q, Type: "vessel"})
			if len(m) == 0 {
				t.Fatalf("%s: no match", q)
			}
			if file, _ := m[0].Cited(); file != want {
				t.Errorf("%s (matched %s %s): cited %s, want %s", q, m[0].NameKind, m[0].Name, file, want)
			}
		}
	}
}

// TestCommentTexts: CommentTexts joins an ent_num's rows in file order, and
// refuses a file that is not an sdn_comments.csv.
func TestCommentTexts(t *testing.T) {
	dir := t.TempDir()
	sdnText, commentsText := cutRemarksFiles(t)
	writeFiles(t, dir, map[string]string{"sdn.csv": sdnText, "sdn_comments.csv": commentsText})
	texts, err := CommentTexts(filepath.Join(dir, "sdn_comments.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(texts) != 1 || !strings.Contains(texts["300"], "0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B; Vessel Registration Identification IMO 9187629") {
		t.Errorf("texts %q", texts)
	}
	if _, err := CommentTexts(filepath.Join(dir, "sdn.csv")); err == nil {
		t.Error("sdn.csv read as an sdn_comments.csv")
	}
}

// TestCutAtASpace: OFAC cuts Remarks at 1,000 characters wherever that
// falls, also just after a space (2 of the 18 cut Remarks of the list of
// 2024-05-03: "... Digital Currency Address - XBT "). The space separates
// the label from the address sdn_comments.csv continues with; trimmed, the
// two ran together ("XBT0x...") and the address was not loaded.
func TestCutAtASpace(t *testing.T) {
	const addr = "0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B"
	head := "; Digital Currency Address - ETH "
	pad := strings.Repeat("Secondary sanctions risk: see Section 11 of Executive Order 13846; ", 20)
	head = pad[:ofacRemarksLimit-len(head)] + head
	if len(head) != ofacRemarksLimit || !strings.HasSuffix(head, " ") {
		t.Fatalf("remarks of %d characters ending %q", len(head), head[len(head)-5:])
	}
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"sdn.csv":          "301,\"SPACE CUT TRADING\",-0- ,\"IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"" + head + "\"\r\n",
		"sdn_comments.csv": "301,\"" + addr + "; Website www.example.com.\"\r\n",
	})
	ix, _, err := Load([]string{filepath.Join(dir, "sdn.csv")}, Options{Threshold: 0.8, Review: 0.7, ListDate: "2024-05-03"})
	if err != nil {
		t.Fatal(err)
	}
	if m := ix.Lookup(Query{Name: addr}); len(m) != 1 || m[0].Entry.EntryID != "301" {
		t.Errorf("the address continued after a cut at a space: %+v", m)
	}
	texts, err := CommentTexts(filepath.Join(dir, "sdn_comments.csv"))
	if err != nil || !strings.HasPrefix(texts["301"], addr) {
		t.Errorf("CommentTexts: %q, %v", texts["301"], err)
	}
}
