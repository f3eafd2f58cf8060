package report

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// largeReport is a report with one ERC-20 token of n holders whose balances
// are too large for a float (so they are written as exact text).
func largeReport(n int) *Report {
	r := sampleReport()
	tok := Token{Address: "0x1111111111111111111111111111111111111111", Standard: "erc20", Name: "Big", Symbol: "BIG",
		Decimals: 18, TotalSupply: "0", Holders: make([]Holder, n)}
	for i := range tok.Holders {
		tok.Holders[i] = Holder{
			Address: fmt.Sprintf("0x%040x", i+1),
			Balance: fmt.Sprintf("%d000000000000000000", n-i),
			Share:   float64(n-i) / float64(n) / float64(n) * 2,
		}
	}
	r.Tokens = append(r.Tokens, tok)
	return r
}

// heapSampler records the largest live heap seen while it runs.
type heapSampler struct {
	stop chan struct{}
	wg   sync.WaitGroup
	peak uint64
}

func sampleHeap() *heapSampler {
	s := &heapSampler{stop: make(chan struct{})}
	sample := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	read := func() {
		metrics.Read(sample)
		if v := sample[0].Value.Uint64(); v > s.peak {
			s.peak = v
		}
	}
	read()
	s.wg.Add(1)
	go func() {
		defer s.wg.Done()
		tick := time.NewTicker(2 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-s.stop:
				read()
				return
			case <-tick.C:
				read()
			}
		}
	}()
	return s
}

func (s *heapSampler) Stop() uint64 {
	close(s.stop)
	s.wg.Wait()
	return s.peak
}

// BenchmarkXLSXHolders writes a workbook with 1M holder rows (streamed) and
// reports the peak heap, total and above the report itself, in MB; the
// budget is 500 MB. process-peak-RSS-MB is the whole process's peak
// resident set (VmHWM, in units of 10^6 bytes; /usr/bin/time gives the same
// peak in KiB); report-build-peak-RSS-MB is that peak before the workbook
// is written, while the report was built.
// Run with: go test ./internal/report -run - -bench XLSXHolders -benchtime 1x
func BenchmarkXLSXHolders(b *testing.B) {
	const rows = 1_000_000
	r := largeReport(rows)
	buildRSS := peakRSS()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		base := sampleHeap().Stop()
		s := sampleHeap()
		start := time.Now()
		if err := Write(io.Discard, r, "xlsx", WriteOptions{ExplorerURL: "https://etherscan.io"}); err != nil {
			b.Fatal(err)
		}
		peak := s.Stop()
		b.ReportMetric(float64(peak)/1e6, "peak-heap-MB")
		b.ReportMetric(float64(peak-min(base, peak))/1e6, "peak-above-report-MB")
		b.ReportMetric(float64(base)/1e6, "report-MB")
		b.ReportMetric(time.Since(start).Seconds(), "s/workbook")
		if hwm := peakRSS(); hwm > 0 {
			b.ReportMetric(float64(hwm)/1e6, "process-peak-RSS-MB")
			b.ReportMetric(float64(buildRSS)/1e6, "report-build-peak-RSS-MB")
		}
		if peak > 500e6 {
			b.Errorf("peak heap %d MB for %d holder rows, budget 500 MB", peak/1e6, rows)
		}
	}
}

// peakRSS is the process's peak resident set (VmHWM) in bytes, or 0 where
// /proc is not available. It includes building the report.
func peakRSS() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(l, "VmHWM:"); ok {
			kb, _ := strconv.ParseUint(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024
		}
	}
	return 0
}

// TestXLSXManyHolders checks that a large holder sheet is complete and
// that rows past the link cap have no link.
func TestXLSXManyHolders(t *testing.T) {
	if testing.Short() {
		t.Skip("short mode")
	}
	r := largeReport(5000)
	data := render(t, r, "xlsx", WriteOptions{ExplorerURL: "https://etherscan.io"})
	f := openXLSX(t, data)
	defer f.Close()
	rows, err := f.GetRows(SheetHolders)
	if err != nil {
		t.Fatal(err)
	}
	if want := 1 + 5000 + 5; len(rows) != want {
		t.Fatalf("%d rows, want %d", len(rows), want)
	}
	if ok, _, _ := f.GetCellHyperLink(SheetHolders, "C2"); !ok {
		t.Error("the largest holder has no explorer link")
	}
	if ok, _, _ := f.GetCellHyperLink(SheetHolders, fmt.Sprintf("C%d", maxHolderLinks+2)); ok {
		t.Error("a row past the link cap has a link")
	}
}
