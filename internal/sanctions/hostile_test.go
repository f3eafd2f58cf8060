package sanctions

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// unWithAliases is a UN consolidated list of one individual with n aliases,
// each written twice (every second one again at the end), and the names
// in the order they first appear.
func unWithAliases(n int) ([]byte, []string) {
	var sb strings.Builder
	sb.WriteString(`<CONSOLIDATED_LIST dateGenerated="2024-01-01T00:00:00"><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JOHN</FIRST_NAME><SECOND_NAME>DOE</SECOND_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER>`)
	var want []string
	alias := func(name string) {
		fmt.Fprintf(&sb, "<INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>%s</ALIAS_NAME></INDIVIDUAL_ALIAS>", name)
	}
	for i := 0; i < n; i++ {
		name := fmt.Sprintf("ALIAS NUMBER %d", i)
		want = append(want, name)
		alias(name)
	}
	for i := 0; i < n; i += 2 {
		alias(want[i])
	}
	sb.WriteString(`</INDIVIDUAL></INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>`)
	return []byte(sb.String()), want
}

// TestManyAliasesOnce checks that an entry's lists keep each value once, in
// the order first given, however long they are: a list with thousands of
// aliases (a hostile or broken file) is deduplicated as a short one is.
func TestManyAliasesOnce(t *testing.T) {
	for _, n := range []int{3, 100, 5000} {
		data, want := unWithAliases(n)
		ix, _, err := LoadBytes("un.xml", data, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if got := ix.Entries()[0].Aliases; !slices.Equal(got, want) {
			t.Errorf("%d aliases, each twice: got %d aliases (first %q), want %d once each in order", n, len(got), got[:min(3, len(got))], len(want))
		}
	}
}

// BenchmarkUNManyAliases loads one UN entry of 5,000 and of 20,000 aliases
// and reports the time per alias of the larger over the smaller: about 1
// when loading is linear in the aliases, about 4 when it is quadratic.
func BenchmarkUNManyAliases(b *testing.B) {
	small, _ := unWithAliases(5000)
	large, _ := unWithAliases(20000)
	perAlias := func(data []byte, n int) float64 {
		start := time.Now()
		if _, _, err := LoadBytes("un.xml", data, Options{}); err != nil {
			b.Fatal(err)
		}
		return float64(time.Since(start)) / float64(n)
	}
	var ratio float64
	for i := 0; i < b.N; i++ {
		s := perAlias(small, 5000)
		l := perAlias(large, 20000)
		ratio += l / s
	}
	b.ReportMetric(ratio/float64(b.N), "large/small-per-alias")
}

// TestSDNCommentsSeveralRows gives sdn_comments.csv two rows for one
// ent_num: both continue its Remarks, in file order, and the Source notes
// it; neither row is dropped.
func TestSDNCommentsSeveralRows(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"sdn.csv": "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96; a.k.a. 'FIRST'\"\r\n",
		"sdn_comments.csv": "100,\"; a.k.a. 'SECOND'\"\r\n" +
			"100,\"; alt. Digital Currency Address - ETH 0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B.\"\r\n",
	}
	writeFiles(t, dir, files)
	ix, sources, err := Load([]string{filepath.Join(dir, "sdn.csv")}, Options{ListDate: "2024-05-03"})
	if err != nil {
		t.Fatal(err)
	}
	e := ix.Entries()[0]
	if !contains(e.Weak, "FIRST") || !contains(e.Weak, "SECOND") || len(e.Addresses) != 2 {
		t.Errorf("entry = weak %q, addresses %q: want both comments rows read (weak FIRST and SECOND, 2 addresses)", e.Weak, e.Addresses)
	}
	if !strings.Contains(e.Remarks, "'SECOND'; alt. Digital") {
		t.Errorf("remarks = %q, want both continuations in file order", e.Remarks)
	}
	noted := false
	for _, s := range sources {
		for _, n := range s.Notes {
			noted = noted || strings.Contains(n, "more than one row")
		}
	}
	if !noted {
		t.Errorf("sources = %+v, want a note that an ent_num has more than one comments row", sources)
	}
}

// TestSDNRepeatedEntNum gives sdn.csv two rows of one ent_num: the later
// replaces the earlier, as before, and the Source warns of it naming the
// row, since the earlier row's names and addresses are no longer screened.
func TestSDNRepeatedEntNum(t *testing.T) {
	sdn := "100,\"FIRST NAME\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n" +
		"200,\"OTHER\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n" +
		"100,\"SECOND NAME\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n"
	ix, sources, err := LoadBytes("sdn.csv", []byte(sdn), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(ix.Entries()); n != 2 || ix.Entries()[0].Name != "SECOND NAME" {
		t.Errorf("entries = %d, first %q; want 2, the later row of ent_num 100", n, ix.Entries()[0].Name)
	}
	warned := false
	for _, w := range sources[0].Warnings {
		warned = warned || strings.Contains(w, "rows 3: an ent_num already given")
	}
	if !warned {
		t.Errorf("warnings = %q, want one naming row 3", sources[0].Warnings)
	}
}

// TestOFACAuxRowsNotRead gives alt.csv a row whose ent_num is not a number
// and a row of too few fields: neither is read, and the Source warns naming
// them, since the aliases they give are not screened; the good row is read.
func TestOFACAuxRowsNotRead(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"sdn.csv": "100,\"EXAMPLE GROUP\",-0- ,\"DPRK3\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n",
		"alt.csv": "100,1,\"aka\",\"GOOD ALIAS\",-0- \r\n" +
			"1OO,2,\"aka\",\"LETTER O ALIAS\",-0- \r\n" +
			"100,3,\"aka\"\r\n",
	}
	writeFiles(t, dir, files)
	ix, sources, err := Load([]string{filepath.Join(dir, "sdn.csv")}, Options{ListDate: "2024-05-03"})
	if err != nil {
		t.Fatal(err)
	}
	if e := ix.Entries()[0]; !slices.Equal(e.Aliases, []string{"GOOD ALIAS"}) {
		t.Errorf("aliases = %q, want the good row's", e.Aliases)
	}
	warned := false
	for _, s := range sources {
		for _, w := range s.Warnings {
			warned = warned || strings.Contains(w, "rows 2 3: no ent_num, or fewer than 4 fields: not read")
		}
	}
	if !warned {
		t.Errorf("sources = %+v, want a warning naming rows 2 and 3 of alt.csv", sources)
	}
}
