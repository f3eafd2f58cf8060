package report

import (
	"io"
	"runtime/debug"
	"runtime/metrics"
	"testing"
)

// gogc reads the collector's current target.
func gogc() int64 {
	s := []metrics.Sample{{Name: "/gc/gogc:percent"}}
	metrics.Read(s)
	return int64(s[0].Value.Uint64())
}

// TestLowerGC checks that writing a workbook lowers the collector's target
// to xlsxGCPercent, never raises it, leaves it off when it is off, and
// restores it when the last of several writers is done.
func TestLowerGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))

	restore := lowerGC()
	if got := gogc(); got != xlsxGCPercent {
		t.Errorf("while writing, GOGC = %d, want %d", got, xlsxGCPercent)
	}
	inner := lowerGC()
	restore()
	if got := gogc(); got != xlsxGCPercent {
		t.Errorf("one of two writers done: GOGC = %d, want %d", got, xlsxGCPercent)
	}
	inner()
	if got := gogc(); got != 100 {
		t.Errorf("after writing, GOGC = %d, want 100 again", got)
	}

	debug.SetGCPercent(xlsxGCPercent / 2)
	restore = lowerGC()
	if got := gogc(); got != xlsxGCPercent/2 {
		t.Errorf("GOGC %d raised to %d while writing", xlsxGCPercent/2, got)
	}
	restore()

	debug.SetGCPercent(-1)
	restore = lowerGC()
	off := debug.SetGCPercent(-1)
	restore()
	if off != -1 {
		t.Errorf("GOGC=off turned into %d while writing", off)
	}
	if got := debug.SetGCPercent(100); got != -1 {
		t.Errorf("GOGC=off restored as %d", got)
	}

	if err := Write(io.Discard, sampleReport(), "xlsx", WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	if got := gogc(); got != 100 {
		t.Errorf("after Write, GOGC = %d, want 100", got)
	}
}
