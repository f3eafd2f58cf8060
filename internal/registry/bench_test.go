package registry

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"
)

// The registry benchmark of the design: 100k vessels and 1M ownership rows,
// streamed, under 1.5 GB peak memory. Run it with
//
//	go test -run '^$' -bench BenchmarkLoadLargeWorkbook -benchtime 1x ./internal/registry
//
// REGISTRY_BENCH_VESSELS and REGISTRY_BENCH_OWNERSHIP change the sizes. The
// workbook is generated once into the temporary folder and reused.
// REGISTRY_BENCH_STYLED=1 writes the shares as fractions under the "0%"
// number format (1.4% displayed as 1%), so that the ownership sheet is read a second time for its
// stored values (see mayStore).

func benchSize(env string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(env)); err == nil && n > 0 {
		return n
	}
	return def
}

// GenerateWorkbook writes a registry workbook of the given size with the
// streaming writer: vessels with valid IMOs, companies, and ownership rows
// from company to company and company to vessel.
func generateWorkbook(path string, vessels, ownership int, styled bool) error {
	f := excelize.NewFile()
	defer f.Close()
	pct := 0
	if styled {
		var err error
		if pct, err = f.NewStyle(&excelize.Style{NumFmt: 9}); err != nil {
			return err
		}
	}
	companies := vessels/2 + 1
	write := func(sheet string, header []any, n int, row func(i int) []any) error {
		if sheet != "Sheet1" {
			if _, err := f.NewSheet(sheet); err != nil {
				return err
			}
		}
		sw, err := f.NewStreamWriter(sheet)
		if err != nil {
			return err
		}
		if err := sw.SetRow("A1", header); err != nil {
			return err
		}
		for i := 0; i < n; i++ {
			cell, _ := excelize.CoordinatesToCellName(1, i+2)
			if err := sw.SetRow(cell, row(i)); err != nil {
				return err
			}
		}
		return sw.Flush()
	}
	imo := func(i int) string {
		s := fmt.Sprintf("%06d", 100000+i%900000)
		d, _ := ShipIMOCheckDigit(s + "0")
		return s + string('0'+d)
	}
	if err := write("Sheet1", []any{"imo", "name", "flag", "mmsi", "gross_tonnage", "year_built", "registered_owner"}, vessels,
		func(i int) []any {
			return []any{imo(i), fmt.Sprintf("SHIP %d", i), "LR", fmt.Sprintf("636%06d", i%1000000), 10000 + i%90000, 1990 + i%35,
				fmt.Sprintf("C%d", i%companies)}
		}); err != nil {
		return err
	}
	if err := f.SetSheetName("Sheet1", "vessels"); err != nil {
		return err
	}
	if err := write("companies", []any{"company_id", "name", "jurisdiction"}, companies, func(i int) []any {
		return []any{fmt.Sprintf("C%d", i), fmt.Sprintf("Company %d Ltd", i), "MH"}
	}); err != nil {
		return err
	}
	if err := write("ownership", []any{"owner_id", "owned_id", "share", "interest"}, ownership, func(i int) []any {
		owned := fmt.Sprintf("C%d", (i+1)%companies)
		if i%2 == 0 {
			owned = imo(i % vessels)
		}
		var share any = strconv.Itoa(1 + i%99)
		if styled {
			share = excelize.Cell{StyleID: pct, Value: benchShare(i, styled)}
		}
		return []any{fmt.Sprintf("C%d", i%companies), owned, share, "shareholding"}
	}); err != nil {
		return err
	}
	return f.SaveAs(path)
}

// benchShare is the share of ownership row i as a fraction: 1% to 99%, or
// in a styled workbook 1.4% to 99.4%, which "0%" displays rounded.
func benchShare(i int, styled bool) float64 {
	if styled {
		return float64(10*(1+i%99)+4) / 1000
	}
	return float64(1+i%99) / 100
}

// peakRSS is the process's peak resident set in bytes (Linux), or 0.
func peakRSS() uint64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			kb, _ := strconv.ParseUint(strings.Fields(line)[1], 10, 64)
			return kb << 10
		}
	}
	return 0
}

func BenchmarkLoadLargeWorkbook(b *testing.B) {
	vessels := benchSize("REGISTRY_BENCH_VESSELS", 100_000)
	ownership := benchSize("REGISTRY_BENCH_OWNERSHIP", 1_000_000)
	styled := os.Getenv("REGISTRY_BENCH_STYLED") == "1"
	name := fmt.Sprintf("tokenaudit-registry-bench-%d-%d.xlsx", vessels, ownership)
	if styled {
		name = fmt.Sprintf("tokenaudit-registry-bench-%d-%d-styled.xlsx", vessels, ownership)
	}
	path := filepath.Join(os.TempDir(), name)
	if _, err := os.Stat(path); err != nil {
		start := time.Now()
		if err := generateWorkbook(path+".tmp.xlsx", vessels, ownership, styled); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(path+".tmp.xlsx", path); err != nil {
			b.Fatal(err)
		}
		b.Logf("generated %s in %v", path, time.Since(start))
	}
	st, _ := os.Stat(path)
	runtime.GC()
	// Reset the peak RSS so that generating the workbook does not count.
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	var peakHeap atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-time.After(50 * time.Millisecond):
				runtime.ReadMemStats(&m)
				if m.HeapInuse > peakHeap.Load() {
					peakHeap.Store(m.HeapInuse)
				}
			}
		}
	}()
	b.ResetTimer()
	var reg *Registry
	for i := 0; i < b.N; i++ {
		var err error
		if reg, err = Load([]string{path}, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	close(done)
	perLoad := b.Elapsed() / time.Duration(b.N)
	rss := peakRSS()
	b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	b.ReportMetric(float64(peakHeap.Load())/(1<<20), "peak-heap-MB")
	fmt.Printf("registry load: %d vessels, %d ownership rows, %d MB workbook: %v per load, peak RSS %d MB (target < 1536 MB), peak Go heap %d MB, %d problems\n",
		len(reg.Vessels), len(reg.Ownership), st.Size()>>20, perLoad.Round(time.Millisecond), rss>>20, peakHeap.Load()>>20, len(reg.Problems))
	if len(reg.Vessels) != vessels || len(reg.Ownership) != ownership || len(reg.Problems) != 0 {
		b.Errorf("loaded %d vessels, %d ownership rows, problems %v", len(reg.Vessels), len(reg.Ownership), firstN(reg.Problems, 5))
	}
	for i, o := range reg.Ownership[:min(len(reg.Ownership), 200)] {
		if want := benchShare(i, styled); !near(o.Share.Low, want) || !o.Share.IsExact() {
			b.Fatalf("ownership row %d: share %+v, want %v", i+2, o.Share, want)
		}
	}
}

func firstN(p []Problem, n int) []Problem {
	if len(p) > n {
		return p[:n]
	}
	return p
}

// BenchmarkLoadLargeCSV loads the same registry as CSV files (vessels,
// companies, ownership), for comparison with the workbook.
func BenchmarkLoadLargeCSV(b *testing.B) {
	vessels := benchSize("REGISTRY_BENCH_VESSELS", 100_000)
	ownership := benchSize("REGISTRY_BENCH_OWNERSHIP", 1_000_000)
	dir := b.TempDir()
	companies := vessels/2 + 1
	imo := func(i int) string {
		s := fmt.Sprintf("%06d", 100000+i%900000)
		d, _ := ShipIMOCheckDigit(s + "0")
		return s + string('0'+d)
	}
	write := func(name, header string, n int, row func(i int) string) string {
		var sb strings.Builder
		sb.WriteString(header + "\n")
		for i := 0; i < n; i++ {
			sb.WriteString(row(i) + "\n")
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(sb.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		return p
	}
	paths := []string{
		write("vessels.csv", "imo,name,flag,mmsi,gross_tonnage,year_built,registered_owner", vessels, func(i int) string {
			return fmt.Sprintf("%s,SHIP %d,LR,636%06d,%d,%d,C%d", imo(i), i, i%1000000, 10000+i%90000, 1990+i%35, i%companies)
		}),
		write("companies.csv", "company_id,name,jurisdiction", companies, func(i int) string {
			return fmt.Sprintf("C%d,Company %d Ltd,MH", i, i)
		}),
		write("ownership.csv", "owner_id,owned_id,share,interest", ownership, func(i int) string {
			owned := fmt.Sprintf("C%d", (i+1)%companies)
			if i%2 == 0 {
				owned = imo(i % vessels)
			}
			return fmt.Sprintf("C%d,%s,%d,shareholding", i%companies, owned, 1+i%99)
		}),
	}
	runtime.GC()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	b.ResetTimer()
	var reg *Registry
	for i := 0; i < b.N; i++ {
		var err error
		if reg, err = Load(paths, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	rss := peakRSS()
	b.ReportMetric(float64(rss)/(1<<20), "peak-RSS-MB")
	fmt.Printf("registry CSV load: %d vessels, %d ownership rows: %v per load, peak RSS %d MB (includes the generated files' strings), %d problems\n",
		len(reg.Vessels), len(reg.Ownership), (b.Elapsed() / time.Duration(b.N)).Round(time.Millisecond), rss>>20, len(reg.Problems))
	if len(reg.Vessels) != vessels || len(reg.Ownership) != ownership || len(reg.Problems) != 0 {
		b.Errorf("loaded %d vessels, %d ownership rows, problems %v", len(reg.Vessels), len(reg.Ownership), firstN(reg.Problems, 5))
	}
}

// BenchmarkExtractPSC extracts three chains from a synthetic PSC snapshot
// of REGISTRY_BENCH_PSC_LINES lines (default 200,000: ~750 bytes a line,
// mostly individual PSCs, ~9% corporate ones in chains of depth 1 to 4)
// and prints its MB/s against plain line reading of the same file in the
// same run (the floor: both passes read every line).
//
//	go test -run '^$' -bench BenchmarkExtractPSC -benchtime 3x ./internal/registry
func BenchmarkExtractPSC(b *testing.B) {
	lines := benchSize("REGISTRY_BENCH_PSC_LINES", 200_000)
	path := filepath.Join(b.TempDir(), "psc.jsonl")
	if err := generatePSC(path, lines); err != nil {
		b.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		b.Fatal(err)
	}
	mb := float64(st.Size()) / 1e6
	var read, extract time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		f, err := os.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), maxPSCLine)
		n := 0
		for sc.Scan() {
			n++
		}
		f.Close()
		if sc.Err() != nil || n == 0 {
			b.Fatal(sc.Err(), n)
		}
		read += time.Since(start)
		start = time.Now()
		x, err := ExtractPSC(path, []string{"01000010", "01000000", "01000101"}, io.Discard)
		if err != nil {
			b.Fatal(err)
		}
		extract += time.Since(start)
		if len(x.Kept) != 7 || x.Lines != n {
			b.Fatalf("kept %v of %d lines, want 7 companies of %d", x.Kept, x.Lines, n)
		}
	}
	r, e := mb*float64(b.N)/read.Seconds(), mb*float64(b.N)/extract.Seconds()
	b.ReportMetric(e, "MB/s")
	b.Logf("%.0f MB: extract %.0f MB/s, line reading %.0f MB/s, ratio %.2f; peak RSS %d MB", mb, e, r, e/r, peakRSS()>>20)
}

// generatePSC writes a synthetic PSC snapshot of about n lines: companies
// 01000000 up, in blocks of five; every other block a chain (company i's
// corporate PSC is i+1) of depth 1 to 4, the rest two or three individual
// PSCs each, one in fifty with a foreign corporate PSC.
func generatePSC(path string, n int) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	num := func(i int) string { return fmt.Sprintf("%08d", 1000000+i) }
	ind := func(c string, k int) {
		fmt.Fprintf(w, `{"company_number":"%s","data":{"address":{"address_line_1":"%d Princes Square","country":"England","locality":"Harrogate","postal_code":"HG1 1ND","premises":"%d"},"country_of_residence":"England","date_of_birth":{"month":%d,"year":%d},"etag":"a73f609fdb2cdd8e741dc2e36030c061d526b0%02d","kind":"individual-person-with-significant-control","links":{"self":"/company/%s/persons-with-significant-control/individual/FReSTxwXcJbAHBrerDpmTy%06d"},"name":"Mr Marc Anthony Feldman %d","name_elements":{"forename":"Marc","middle_name":"Anthony","surname":"Feldman","title":"Mr"},"nationality":"British","natures_of_control":["ownership-of-shares-25-to-50-percent","voting-rights-25-to-50-percent"],"notified_on":"2021-12-13"}}`+"\n",
			c, k, k%90, 1+k%12, 1940+k%60, k%100, c, k, k)
	}
	corp := func(c, parent, place string, k int) {
		fmt.Fprintf(w, `{"company_number":"%s","data":{"address":{"address_line_1":"Boddington Lane","country":"England","locality":"Cheltenham","postal_code":"GL51 0TJ","premises":"The Manor"},"etag":"706b6e8773700f85361929bb5cd0214d630de6%03d","identification":{"country_registered":"%s","legal_authority":"Companies Act 2006","legal_form":"Private Limited Company","place_registered":"%s","registration_number":"%s"},"kind":"corporate-entity-person-with-significant-control","links":{"self":"/company/%s/persons-with-significant-control/corporate-entity/4VX8NR7hszDG1wJAzQS9O%06d"},"name":"Holdings %s Limited","natures_of_control":["ownership-of-shares-75-to-100-percent","voting-rights-75-to-100-percent"],"notified_on":"2016-04-06"}}`+"\n",
			c, k%1000, place, place, parent, c, k, parent)
	}
	for i, lines := 0, 0; lines < n; i++ {
		c := num(i)
		if block, j := i/5, i%5; block%2 == 0 && j < block%4+1 {
			corp(c, num(i+1), "Companies House", i)
			ind(c, 3*i)
			lines += 2
			continue
		}
		if i%50 == 7 {
			corp(c, "HE"+num(i), "Cyprus", i)
			lines++
		}
		for k := 0; k < 2+i%2; k++ {
			ind(c, 3*i+k)
			lines++
		}
	}
	fmt.Fprintln(w, `{"data":{"kind":"totals#persons-of-significant-control-snapshot"}}`)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
