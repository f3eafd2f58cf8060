package sanctions

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"io"
	"reflect"
	"strings"
	"testing"
	"testing/iotest"
)

// FuzzCSVRowsAsWholeFile: csvRows, reading a list file a row at a time
// through any size of reads, gives the rows encoding/csv gives of the whole
// file (its BOM and trailing end-of-file bytes and blanks trimmed, lazy
// quotes), numbered from 1, and when a quoted field never ends, an error
// at that row after every row before it; never a panic.
func FuzzCSVRowsAsWholeFile(f *testing.F) {
	long := strings.Repeat("x", 70_000)
	for _, s := range []string{
		"a,b\nc,d\n", "\xef\xbb\xbfa,b\r\nc,d\r\n\x1a", "a,b\n \r\n\x1a\n\x1a  ", "a,b\n\n\nc,\"d\"\n",
		"a,b\"c\nd,e\n", "1,\"a\"\n2,\"LAZARUS", "\"abc", "a,\x1a\nb,c\n", "a\rb\rc\r", "a,\"b\r\nc\"\r\n",
		"a,\x00b\n\x00,c\n", "\"a\"\"\",b\n", "1,\"" + long + "\"\n2,\"" + long, "\"\"\"", "a,\"b\"c\"\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		trimmed := bytes.TrimRight(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), csvTrim)
		ref := csv.NewReader(bytes.NewReader(trimmed))
		ref.FieldsPerRecord, ref.LazyQuotes = -1, true
		want, err := ref.ReadAll()
		if err != nil {
			t.Skip("encoding/csv refuses it:", err)
		}
		for _, wrap := range []func(io.Reader) io.Reader{iotest.OneByteReader, func(r io.Reader) io.Reader { return r }} {
			rows := newCSVRows(bufio.NewReaderSize(wrap(bytes.NewReader(data)), 16))
			var got [][]string
			cut := 0
			for {
				rec, row, err := rows.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					if !strings.Contains(err.Error(), "ends inside a quoted field") || row != len(got)+1 {
						t.Fatalf("row %d: %v, after %d rows", row, err, len(got))
					}
					cut = row
					break
				}
				if row != len(got)+1 {
					t.Fatalf("row number %d, want %d", row, len(got)+1)
				}
				got = append(got, rec)
			}
			w := want
			if cut > 0 {
				if len(want) < cut {
					t.Fatalf("row %d reported cut off, encoding/csv reads %d rows", cut, len(want))
				}
				w = want[:cut-1]
			}
			if len(got)+len(w) > 0 && !reflect.DeepEqual(got, w) {
				t.Fatalf("rows %.300q, want %.300q", got, w)
			}
		}
	})
}
