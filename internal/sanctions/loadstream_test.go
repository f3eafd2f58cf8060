package sanctions

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

// osRowReader makes an OpenSanctions targets.simple.csv of rows rows as it
// is read, never whole, hashing what it gives; each row carries pad bytes
// in its addresses column, which the loader does not keep. It cannot be
// rewound: a loader reads it once, as it reads a file.
type osRowReader struct {
	rows int
	pad  string
	row  int
	buf  []byte
	n    int64
	h    hash.Hash
}

func newOSRowReader(rows, pad int) *osRowReader {
	return &osRowReader{rows: rows, pad: strings.Repeat("p", pad), h: sha256.New(),
		buf: []byte("\xef\xbb\xbfid,schema,name,aliases,birth_date,countries,addresses,identifiers,sanctions,phones,emails,dataset,first_seen,last_seen,last_change\r\n")}
}

func (r *osRowReader) Read(p []byte) (int, error) {
	for len(r.buf) == 0 && r.row < r.rows {
		r.row++
		r.buf = fmt.Appendf(r.buf, "NK-%d,Person,\"NAME%d, Ivan\",IVAN NAME%d;Иван %d,19%02d-01-02,ru;ua,%s,,,,,us_ofac_sdn;eu_fsf,2022-01-01,2026-12-0%d,2026-01-01\r\n",
			r.row, r.row, r.row, r.row, r.row%100, r.pad, 1+r.row%6)
		if r.row == r.rows {
			r.buf = append(r.buf, "\r\n\x1a"...)
		}
	}
	if len(r.buf) == 0 {
		return 0, io.EOF
	}
	n := copy(p, r.buf)
	r.h.Write(r.buf[:n])
	r.buf = r.buf[n:]
	r.n += int64(n)
	return n, nil
}

// heapLive is the heap in use after a collection.
func heapLive() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestOpenSanctionsStreamed loads a targets.simple.csv of 10,000 rows of
// about 4 KB from a reader that makes it as it is read: every row is one
// entry, in order, citing its file and id; the Source's hash is that of
// every byte; and the entries do not keep the rows they were read from
// (the loader held the file and every row's text until the index was
// dropped: 40 MB for entries of a few MB).
func TestOpenSanctionsStreamed(t *testing.T) {
	const rows = 10_000
	r := newOSRowReader(rows, 4000)
	before := heapLive()
	es, src, err := loadOpenSanctions(newListInput("targets.simple.csv", r, 64<<10), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	kept := int64(heapLive()) - int64(before)
	if len(es) != rows || src.Entries != rows {
		t.Fatalf("%d entries, Source.Entries %d, want %d", len(es), src.Entries, rows)
	}
	for i, e := range es {
		id := fmt.Sprintf("NK-%d", i+1)
		if e.EntryID != id || e.Source != "targets.simple.csv" || e.Name != fmt.Sprintf("NAME%d, Ivan", i+1) ||
			len(e.Aliases) != 2 || !reflect.DeepEqual(e.Countries, []string{"RU", "UA"}) ||
			e.List != "OpenSanctions (us_ofac_sdn, eu_fsf)" || e.ListDate != "2026-12-06" {
			t.Fatalf("row %d: entry %+v, want id %s", i+2, e, id)
		}
	}
	if want := hex.EncodeToString(r.h.Sum(nil)); src.SHA256 != want {
		t.Errorf("SHA256 %s, want %s (the %d bytes read)", src.SHA256, want, r.n)
	}
	if kept > r.n/4 {
		t.Errorf("the entries of %d rows keep %d KB in memory, of the %d KB read: more than a quarter", rows, kept>>10, r.n>>10)
	}
	runtime.KeepAlive(es)
}

// TestCSVRowsAsWholeFile reads files through csvRows, one byte at a time
// and in blocks, and wants the records a csv.Reader gives for the whole
// file without its byte-order mark and trailing line ends, spaces and DOS
// end-of-file byte, each with its row number; a last row cut inside a
// quoted field is an error for that row, given instead of the row.
func TestCSVRowsAsWholeFile(t *testing.T) {
	long := strings.Repeat("x", 100_000) // past rawRecorder's and the reader's buffers
	tests := []struct {
		name, data string
		cutRow     int // the row reported cut off, 0 for none
	}{
		{"plain", "a,b\nc,d\n", 0},
		{"bom, crlf, eof byte", "\xef\xbb\xbfa,b\r\nc,d\r\n\x1a", 0},
		{"trailing run", "a,b\n \r\n\x1a\n\x1a  ", 0},
		{"blank lines inside", "a,b\n\n\nc,\"d\"\n", 0},
		{"loose quote in an earlier row", "a,b\"c\nd,e\n", 0},
		{"long rows", "1,\"" + long + "\"\n2," + long + "\n3,\"x\"\"y\"\n", 0},
		{"cut in a quote", "1,\"a\"\n2,\"LAZARUS", 2},
		{"cut in a long quote", "1,\"" + long + "\"\n2,\"" + long, 2},
		{"only a cut row", "\"abc", 1},
		{"eof bytes inside", "a,\x1a\nb,c\n", 0},
	}
	for _, tt := range tests {
		trimmed := bytes.TrimRight(bytes.TrimPrefix([]byte(tt.data), []byte("\xef\xbb\xbf")), csvTrim)
		ref := csv.NewReader(bytes.NewReader(trimmed))
		ref.FieldsPerRecord, ref.LazyQuotes = -1, true
		want, err := ref.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if tt.cutRow > 0 {
			want = want[:tt.cutRow-1]
		}
		for _, wrap := range []func(io.Reader) io.Reader{iotest.OneByteReader, iotest.HalfReader, func(r io.Reader) io.Reader { return r }} {
			rows := newCSVRows(bufio.NewReaderSize(wrap(strings.NewReader(tt.data)), 16))
			var got [][]string
			for {
				rec, row, err := rows.Next()
				if err == io.EOF {
					if tt.cutRow > 0 {
						t.Errorf("%s: no error for the cut row %d", tt.name, tt.cutRow)
					}
					break
				}
				if err != nil {
					if row != tt.cutRow || !strings.Contains(err.Error(), "ends inside a quoted field") {
						t.Errorf("%s: row %d: %v, want row %d cut off", tt.name, row, err, tt.cutRow)
					}
					break
				}
				if row != len(got)+1 {
					t.Errorf("%s: row number %d, want %d", tt.name, row, len(got)+1)
				}
				got = append(got, rec)
			}
			if len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
				t.Errorf("%s: rows %.200q, want %.200q", tt.name, got, want)
			}
		}
	}
}

// TestLoadHashesEveryByte loads files whose loader stops before the end
// (an XML comment of 2 MB, past what format detection reads, after the UN
// list's last element) or which end in bytes no row holds (a DOS
// end-of-file byte): each Source's SHA256 is still that of the whole file.
func TestLoadHashesEveryByte(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"un.xml":             unSeed + "\n<!-- " + strings.Repeat("generated ", 200_000) + "-->\n",
		"targets.simple.csv": "\xef\xbb\xbf" + osSeed + "\r\n\x1a",
		"wallets.csv":        walletSeed + "\n\n",
		"sdn.csv":            sdnSeed,
	}
	writeFiles(t, dir, files)
	for name, body := range files {
		_, sources, err := Load([]string{filepath.Join(dir, name)}, DefaultOptions)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256([]byte(body))
		if sources[0].SHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: SHA256 %s, want %x", name, sources[0].SHA256, sum)
		}
	}
}

// TestWalletRowWithoutAddressColumn loads an address list whose header puts
// the address in the second column and a row with one field: the row is
// named in a warning, not dropped unsaid; blank rows are not named.
func TestWalletRowWithoutAddressColumn(t *testing.T) {
	data := "date_added,address,name\n2020-09-10,0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c,X\nlonely\n \n"
	ix, sources, err := LoadBytes("wallets.csv", []byte(data), DefaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	if len(ix.Entries()) != 1 || ix.Entries()[0].EntryID != "row 2" {
		t.Errorf("entries %+v", ix.Entries())
	}
	if len(sources[0].Warnings) != 1 || !strings.Contains(sources[0].Warnings[0], "1 rows without a full 0x address skipped (rows 3)") {
		t.Errorf("warnings = %q", sources[0].Warnings)
	}
}

// TestLoadMissingFile names the file that cannot be opened.
func TestLoadMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "absent.csv")
	if _, _, err := Load([]string{p}, DefaultOptions); err == nil || !strings.Contains(err.Error(), p) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("error = %v, want one naming %s", err, p)
	}
}

// BenchmarkOpenSanctionsLoad loads a targets.simple.csv of 20,000 rows of
// about 300 bytes, made as it is read, and reports the load time over the
// time a csv.Reader takes to read the same bytes (the floor a loader cannot
// beat), and the memory the entries keep per row and over the file's size.
func BenchmarkOpenSanctionsLoad(b *testing.B) {
	const rows = 20_000
	var csvTime, loadTime time.Duration
	var kept, read int64
	for i := 0; i < b.N; i++ {
		start := time.Now()
		cr := csv.NewReader(newOSRowReader(rows, 150))
		cr.FieldsPerRecord, cr.LazyQuotes, cr.ReuseRecord = -1, true, true
		for {
			if _, err := cr.Read(); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
		csvTime += time.Since(start)

		r := newOSRowReader(rows, 150)
		before := heapLive()
		start = time.Now()
		es, _, err := loadOpenSanctions(newListInput("targets.simple.csv", r, 64<<10), DefaultOptions)
		loadTime += time.Since(start)
		if err != nil || len(es) != rows {
			b.Fatalf("%d entries, %v", len(es), err)
		}
		kept += int64(heapLive()) - int64(before)
		read += r.n
		runtime.KeepAlive(es)
	}
	b.ReportMetric(float64(loadTime)/float64(csvTime), "load/csv-read")
	b.ReportMetric(float64(kept)/float64(b.N*rows), "kept-B/row")
	b.ReportMetric(float64(kept)/float64(read), "kept/file")
}
