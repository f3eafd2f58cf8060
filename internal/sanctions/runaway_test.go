package sanctions

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// runawayReader is a list file of head then size bytes of filler, made as
// it is read, counting the bytes read: a quote opened in head that never
// closes runs to the end of the file.
type runawayReader struct {
	head   string
	filler string
	left   int64
	read   int64
}

func (r *runawayReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) && (r.head != "" || r.left > 0) {
		var k int
		if r.head != "" {
			k = copy(p[n:], r.head)
			r.head = r.head[k:]
		} else {
			k = copy(p[n:min(int64(len(p)), int64(n)+r.left)], r.filler)
			r.left -= int64(k)
		}
		n += k
	}
	r.read += int64(n)
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// sdnRow is an sdn.csv row of ent_num num and remarks as written (quoted
// when they are not -0-).
func sdnRow(num int, remarks string) string {
	return fmt.Sprintf("%d,\"NAME %d\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,%s\r\n", num, num, remarks)
}

// runawayLists are, for each CSV list format, the file's name and its
// start: rows 1 and 2 (row 1 over lines 1 and 2), a blank line 4, then row 3
// on line 5 opening a quoted field that the caller never closes.
var runawayLists = []struct{ name, head string }{
	{"sdn.csv", sdnRow(100, "\"first\r\nsecond\"") + sdnRow(101, "-0- ") + "\r\n" + "102,\"NAME 102\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\""},
	{"alt.csv", "100,1,\"aka\",\"FIRST\r\nNAME\",-0- \r\n101,2,\"aka\",\"SECOND\",-0- \r\n\r\n102,3,\"aka\",\""},
	{"sdn_comments.csv", "100,\"first\r\nsecond\"\r\n101,\"x\"\r\n\r\n102,\""},
	{"targets.simple.csv", "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change\n" +
		"NK-1,Person,\"JOHN\nDOE\",,,,,,,,,us_ofac_sdn,2024-01-01,2024-05-03,2024-05-03\n\nNK-2,Person,\""},
	{"eth.csv", "address,name\n0x098B716B8Aaf21512996dC57EB0615e2383E2f96,\"LAZARUS\nGROUP\"\n\n0xa0e1c89Ef1a489c9C7dE96311eD5Ce5D32c20E4B,\""},
}

// TestRunawayFieldRefused loads, in each CSV list format, a file whose
// third row opens a quoted field that never closes, over more than
// maxRecordBytes: the error names the file, the row, the line the row
// starts on and the limit. (The loaders read the rest of the file, holding
// all of it several times over, before saying the file was cut off.)
func TestRunawayFieldRefused(t *testing.T) {
	if maxRecordBytes < 1<<20 || maxRecordBytes > 16<<20 {
		t.Fatalf("maxRecordBytes %d: want a few MB, far more than the largest real record (9 KB)", maxRecordBytes)
	}
	filler := strings.Repeat("RUNAWAY REMARKS ", 63) + "\r\n"
	for _, tt := range runawayLists {
		dir := t.TempDir()
		sdn := filepath.Join(dir, "sdn.csv")
		if tt.name == "alt.csv" || tt.name == "sdn_comments.csv" {
			if err := os.WriteFile(sdn, []byte(sdnRow(100, "-0- ")+sdnRow(101, "-0- ")+sdnRow(102, "-0- ")), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		path := filepath.Join(dir, tt.name)
		body := tt.head + strings.Repeat(filler, (maxRecordBytes+1<<20)/len(filler))
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths := []string{path}
		if tt.name == "alt.csv" || tt.name == "sdn_comments.csv" {
			paths = []string{sdn, path} // read with the sdn.csv beside them
		}
		_, _, err := Load(paths, DefaultOptions)
		want := fmt.Sprintf("sanctions list %s, row 3: the row starting on line 5 is longer than 4 MB (%d bytes)", path, maxRecordBytes)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want it to say %q", tt.name, err, want)
		}
	}
}

// TestRunawayFieldBounded reads a 256 MB targets.simple.csv whose second row
// opens a quoted field that never closes, made as it is read: the loader
// stops after reading about maxRecordBytes of the row, not the file (whose
// 256 MB it held several times over).
func TestRunawayFieldBounded(t *testing.T) {
	for _, filler := range []string{strings.Repeat("x", 4096), strings.Repeat("x", 79) + "\n"} {
		r := &runawayReader{head: runawayLists[3].head, filler: filler, left: 256 << 20}
		_, _, err := loadOpenSanctions(newListInput("targets.simple.csv", r, 64<<10), DefaultOptions)
		if err == nil || !strings.Contains(err.Error(), "row 3: the row starting on line 5 is longer than 4 MB") {
			t.Errorf("error %v, want row 3 starting on line 5 refused", err)
		}
		if r.read > maxRecordBytes+2<<20 {
			t.Errorf("read %d MB of the file before refusing a row, want about %d MB", r.read>>20, maxRecordBytes>>20)
		}
	}
}

// TestLargeRecordAtLimit loads an OpenSanctions row of maxRecordBytes (100
// aliases and a long addresses cell), which is kept whole, and one a byte
// longer, which is refused.
func TestLargeRecordAtLimit(t *testing.T) {
	head := "id,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change\n"
	row := func(aliases int, pad int) string {
		var b strings.Builder
		b.WriteString("NK-1,Person,JOHN DOE,\"")
		for i := range aliases {
			fmt.Fprintf(&b, "ALIAS NUMBER %07d;", i)
		}
		b.WriteString("\",,,\"" + strings.Repeat("p", pad) + "\",,,,,us_ofac_sdn,2024-01-01,2024-05-03,2024-05-03\n")
		return b.String()
	}
	n := 100
	pad := maxRecordBytes - len(row(n, 0))
	under := row(n, pad) // exactly maxRecordBytes
	ix, _, err := LoadBytes("targets.simple.csv", []byte(head+under+"NK-2,Person,JANE DOE,,,,,,,,,x,,,\n"), DefaultOptions)
	if err != nil {
		t.Fatalf("a row of %d bytes: %v", len(under), err)
	}
	if es := ix.Entries(); len(under) != maxRecordBytes || len(es) != 2 || len(es[0].Aliases) != n {
		t.Fatalf("a row of %d bytes: %d entries, want 2, the first with %d aliases", len(under), len(es), n)
	}
	over := row(n, pad+1)
	_, _, err = LoadBytes("targets.simple.csv", []byte(head+over+"NK-2,Person,JANE DOE,,,,,,,,,x,,,\n"), DefaultOptions)
	if err == nil || !strings.Contains(err.Error(), "row 2: the row starting on line 2 is longer than 4 MB") {
		t.Errorf("a row of %d bytes: error %v, want it refused", len(over), err)
	}
}

// TestUNRunawayRefused loads a UN list whose second INDIVIDUAL holds a
// text of more than maxRecordBytes, closed and never closed: refused,
// naming the element and its line, after reading about maxRecordBytes of
// it (the whole text was kept as the entry's remarks).
func TestUNRunawayRefused(t *testing.T) {
	head := "<CONSOLIDATED_LIST dateGenerated=\"2024-01-01T00:00:00\">\n<INDIVIDUALS>\n" +
		"<INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>JOHN</FIRST_NAME><REFERENCE_NUMBER>QDi.1</REFERENCE_NUMBER></INDIVIDUAL>\n" +
		"<INDIVIDUAL><DATAID>2</DATAID>\n<FIRST_NAME>JANE</FIRST_NAME><COMMENTS1>"
	tail := "</COMMENTS1></INDIVIDUAL></INDIVIDUALS><ENTITIES></ENTITIES></CONSOLIDATED_LIST>"
	for _, closed := range []bool{true, false} {
		r := &runawayReader{head: head, filler: strings.Repeat("remarks ", 512) + "\n", left: 256 << 20}
		in := newListInput("un.xml", io.MultiReader(r, strings.NewReader(map[bool]string{true: tail}[closed])), 64<<10)
		_, _, err := loadUN(in)
		want := "sanctions list un.xml: reading UN XML: the INDIVIDUAL starting on line 4 is longer than 4 MB"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("closed %v: error %v, want %q", closed, err, want)
		}
		if r.read > maxRecordBytes+2<<20 {
			t.Errorf("closed %v: read %d MB before refusing, want about %d MB", closed, r.read>>20, maxRecordBytes>>20)
		}
	}
}

// TestLoadBytesRunawayBounded gives LoadBytes a 64 MB list in memory whose
// first row opens a quote that never closes: refused as not recognised,
// allocating a small part of the data (recognising the format read the
// whole of it as one CSV record, copying it twice; openList looks at the
// first detectSize bytes of a file).
func TestLoadBytesRunawayBounded(t *testing.T) {
	data := []byte("100,\"" + strings.Repeat("x", 64<<20))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, _, err := LoadBytes("sdn.csv", data, DefaultOptions)
	runtime.ReadMemStats(&after)
	if err == nil || !strings.Contains(err.Error(), "format not recognised") {
		t.Errorf("error %v, want format not recognised", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 16<<20 {
		t.Errorf("allocated %d MB to refuse a 64 MB list, want at most 16 MB", alloc>>20)
	}
}
