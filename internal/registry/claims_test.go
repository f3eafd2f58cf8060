package registry

import (
	"path/filepath"
	"strings"
	"testing"
)

const (
	ostar = "0x1854e2637e375d398ab6bd6b2e682ce6d2606aae" // the demo's ERC-20 of OCEAN STAR
	deeds = "0xee83411e592b52fd107d251dcd6c1e13aa58c335" // the demo's ERC-721 deeds
)

// A claims row repeating an earlier claim (the same token, token id and
// vessel) is a problem naming the earlier row, as a repeated wallet is, and
// is not loaded: the rules would add both shares.
func TestDuplicateClaimSameFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.csv")
	writeFile(t, path, "token,asset_imo,token_id,claimed_share\n"+
		ostar+",9321483,,60\n"+ // row 2
		deeds+",9321483,1,40\n"+ // row 3
		strings.ToUpper(ostar[2:])+",IMO 9321483,,60%\n"+ // row 4: row 2 again, written otherwise
		ostar+",9321483,,100\n"+ // row 5: row 2 with another share
		deeds+",9321483,1.0,40\n") // row 6: row 3 again
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"claims.csv!4 token: duplicate claim of vessel 9321483 by token " + ostar + " (first at " + path + ", row 2): the same claim as that row; the row is not loaded",
		"claims.csv!5 claimed_share: duplicate claim of vessel 9321483 by token " + ostar + " (first at " + path + ", row 2): a second claim with another share (60% there, 100% here): the row is not loaded; correct one of them",
		"claims.csv!6 token: duplicate claim of vessel 9321483 by token " + deeds + " id 1 (first at " + path + ", row 3): the same claim as that row; the row is not loaded",
	}
	if got := problemSet(reg); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(reg.Claims) != 2 || reg.Claims[0].Origin.Row != 2 || reg.Claims[1].Origin.Row != 3 {
		t.Errorf("claims = %+v, want rows 2 and 3 only", reg.Claims)
	}
}

// The user trial: the demo's registry and a claims.csv claiming OCEAN STAR
// for OSTAR again (at 100%, the workbook says 60%). The second claim is not
// loaded, and the problem names the workbook's row.
func TestDuplicateClaimAcrossFiles(t *testing.T) {
	book := filepath.Join("..", "..", "fixtures", "registry.xlsx")
	more := filepath.Join(t.TempDir(), "claims.csv")
	writeFile(t, more, "token,asset_imo,claimed_share\n"+ostar+",9321483,100\n")
	reg, err := Load([]string{book, more}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var first *Claim
	for i := range reg.Claims {
		c := &reg.Claims[i]
		if c.Token == ostar && c.AssetIMO == "9321483" {
			if first != nil {
				t.Errorf("OSTAR's claim of 9321483 loaded twice: %s and %s", first.Origin, c.Origin)
			}
			first = c
		}
	}
	if first == nil || first.Origin.File != book || first.ClaimedShare != Exact(0.6) {
		t.Fatalf("OSTAR's claim = %+v, want the workbook's, 60%%", first)
	}
	want := more + ", row 2, column claimed_share: duplicate claim of vessel 9321483 by token " + ostar + " (first at " + first.Origin.String() +
		"): a second claim with another share (60% there, 100% here): the row is not loaded; correct one of them"
	found := false
	for _, p := range reg.Problems {
		found = found || p.String() == want
	}
	if !found {
		t.Errorf("problems %v\nwant among them %q", reg.Problems, want)
	}

	// The same claim in two files, one a workbook's claims sheet.
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.xlsx"), filepath.Join(dir, "claims.csv")
	writeXLSX(t, a, map[string][][]any{"Tokens": {{"token", "asset_imo", "token_id", "claimed_share"}, {deeds, 9321483, 2, "25-50"}}})
	writeFile(t, b, "token,asset_imo,token_id,claimed_share\n"+deeds+",9321483,2,25-50%\n")
	reg, err = Load([]string{a, b}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want = b + ", row 2, column token: duplicate claim of vessel 9321483 by token " + deeds + " id 2 (first at " + a +
		", sheet Tokens, row 2): the same claim as that row; the row is not loaded"
	if len(reg.Problems) != 1 || reg.Problems[0].String() != want || len(reg.Claims) != 1 {
		t.Errorf("problems %v, %d claims\nwant %q and 1 claim", reg.Problems, len(reg.Claims), want)
	}
}

// Different token ids of one ERC-721 contract are different claims, even of
// one vessel; so are a claim by the whole contract (no token id) and one by
// a token id of it, as the rules count them; and one token's claims of two
// vessels.
func TestDifferentClaimsNotDuplicates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "claims.csv")
	writeFile(t, path, "token,asset_imo,asset_id,token_id,claimed_share\n"+
		deeds+",9321483,,1,30\n"+
		deeds+",9321483,,2,30\n"+
		deeds+",9321483,,,40\n"+
		deeds+",9384552,,1,100\n"+
		ostar+",9321483,,,60\n"+
		ostar+",,V-ONE,,60\n")
	reg, err := Load([]string{path}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(reg.Problems) != 0 || len(reg.Claims) != 6 {
		t.Errorf("problems %v, %d claims; want none and 6", reg.Problems, len(reg.Claims))
	}
}

func TestShareText(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{{"60", "60%"}, {"37.5%", "37.5%"}, {"25-50", "25%-50%"}, {"<25%", "under 25%"}, {"", "unknown"}, {">75", "75%-100%"}} {
		s, err := ParseShare(c.in)
		if err != nil {
			t.Fatal(err)
		}
		if got := shareText(s); got != c.want {
			t.Errorf("shareText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
