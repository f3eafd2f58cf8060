package report

import (
	"bytes"
	"io"
	"testing"
)

// FuzzRead feeds Read damaged reports: it must return a report or an
// error, never panic, and a report it accepts must validate, write back as
// JSON that it reads again, render in every format (as audit render
// does) and diff against itself and against the sample report, both ways,
// in every diff format (as audit diff does), without error or panic.
//
//	go test ./internal/report -run '^$' -fuzz FuzzRead -fuzztime 60s
func FuzzRead(f *testing.F) {
	var small bytes.Buffer
	if err := Write(&small, sampleReport(), "json", WriteOptions{}); err != nil {
		f.Fatal(err)
	}
	f.Add(small.Bytes())
	f.Add([]byte(`{"schema_version":"1.0"}`))
	f.Add([]byte(`{"schema_version":"1.0","findings":[{"severity":"catastrophic"}]}`))
	f.Add([]byte("\ufeff{}"))
	f.Add([]byte(`[1,2,{"a":"\u0000"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		if err := Validate(r); err != nil {
			t.Fatalf("Read accepted a report Validate refuses: %v", err)
		}
		var out bytes.Buffer
		if err := Write(&out, r, "json", WriteOptions{}); err != nil {
			t.Fatalf("writing an accepted report: %v", err)
		}
		if _, err := Read(&out); err != nil {
			t.Fatalf("a report written back is refused: %v", err)
		}
		for _, format := range Formats {
			if err := Write(io.Discard, r, format, WriteOptions{}); err != nil {
				t.Fatalf("rendering an accepted report as %s: %v", format, err)
			}
		}
		other := sampleReport()
		for _, d := range []Delta{Diff(r, r), Diff(other, r), Diff(r, other)} {
			for _, format := range DeltaFormats {
				if err := WriteDelta(io.Discard, d, format); err != nil {
					t.Fatalf("writing a diff of an accepted report as %s: %v", format, err)
				}
			}
		}
	})
}
