package sanctions

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

var (
	combinedOnce sync.Once
	combinedIx   *Index
	combinedErr  error
)

// combinedIndex loads the real OFAC SDN (with the 2025 add/alt), UN and
// wallet lists into one index at the default thresholds.
func combinedIndex(t testing.TB) *Index {
	t.Helper()
	paths := []string{
		sharedData(t, "sanctions/ofac-sdn-2024-05-03/sdn.csv"),
		sharedData(t, "sanctions/ofac-add-alt-2025/alt.csv"),
		sharedData(t, "sanctions/un-consolidated-2025-08/consolidatedLegacyByPRN.xml"),
		sharedData(t, "sanctions/wallets/ofac-ethereum-addresses/data.csv"),
	}
	combinedOnce.Do(func() { combinedIx, _, combinedErr = Load(paths, DefaultOptions) })
	if combinedErr != nil {
		t.Fatal(combinedErr)
	}
	return combinedIx
}

// screeningQueries returns the names of sdn_entities.jsonl (OFAC's advanced
// list, 2025-11) followed by the yente candidate files' full names.
func screeningQueries(t testing.TB) []Query {
	t.Helper()
	var qs []Query
	f, err := os.Open(sharedData(t, "sanctions/ofac-sdn-advanced-names-2025-11/sdn_entities.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec struct {
			Names []struct {
				FullName string `json:"full_name"`
			} `json:"names"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		for _, n := range rec.Names {
			qs = append(qs, Query{Name: n.FullName})
		}
	}
	for _, file := range []string{"positives_un_treated.csv", "positives_un_untreated.csv", "positives_us_congress_untreated.csv", "negatives_global.csv"} {
		for _, r := range readCSVFile(t, sharedData(t, "names/yente-candidates/"+file)) {
			qs = append(qs, Query{Name: r["full_name"]})
		}
	}
	return qs
}

func sameMatches(a, b []Match) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Entry != b[i].Entry || a[i].Score != b[i].Score {
			return false
		}
	}
	return true
}

// TestIndexRecallEqualsBruteForce checks on real names that the indexed
// look-up returns exactly what scoring every listed name returns, at the
// review threshold (so at the match threshold too).
func TestIndexRecallEqualsBruteForce(t *testing.T) {
	ix := combinedIndex(t)
	qs := screeningQueries(t)
	step := len(qs) / 100
	if testing.Short() {
		step = len(qs) / 20
	}
	checked, hits := 0, 0
	for i := 0; i < len(qs); i += step {
		got, want := ix.Name(qs[i]), ix.NameBrute(qs[i])
		if !sameMatches(got, want) {
			t.Errorf("%q: index %d matches, brute force %d", qs[i].Name, len(got), len(want))
		}
		checked++
		hits += len(want)
	}
	t.Logf("%d queries, %d matches, index and brute force agree", checked, hits)
}

// BenchmarkScreenNames screens the 41,859 names of sdn_entities.jsonl and
// the yente candidate names against the combined lists (OFAC SDN with the
// 2025 alt.csv, UN, a wallet list) with the index, on every core, and
// compares one core's rate with brute-force scoring of every listed name on
// a sample of 1 query in 1000, checking both give identical hits:
//
//	go test ./internal/sanctions -run '^$' -bench ScreenNames -benchtime 1x
func BenchmarkScreenNames(b *testing.B) {
	ix := combinedIndex(b)
	qs := screeningQueries(b)
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		workers := runtime.GOMAXPROCS(0)
		var hits atomic.Int64
		var wg sync.WaitGroup
		start := time.Now()
		for w := 0; w < workers; w++ {
			wg.Add(1)
			go func(w int) {
				defer wg.Done()
				for i := w; i < len(qs); i += workers {
					hits.Add(int64(len(ix.Name(qs[i]))))
				}
			}(w)
		}
		wg.Wait()
		wall := time.Since(start)
		var sample []Query
		for i := 0; i < len(qs); i += 1000 {
			sample = append(sample, qs[i])
		}
		start = time.Now()
		for _, q := range sample {
			ix.Name(q)
		}
		dIndex := time.Since(start)
		start = time.Now()
		same := 0
		for _, q := range sample {
			if sameMatches(ix.Name(q), ix.NameBrute(q)) {
				same++
			}
		}
		dBrute := time.Since(start) - dIndex
		one := float64(len(sample)) / dIndex.Seconds()
		brute := float64(len(sample)) / dBrute.Seconds()
		b.ReportMetric(float64(len(qs))/wall.Seconds(), "names/s")
		fmt.Printf("screened %d names against %d listed names of %d entries in %v on %d cores: %.0f names/s, %d matches at or above review %.2f\n",
			len(qs), len(ix.names), len(ix.entries), wall.Round(time.Millisecond), workers, float64(len(qs))/wall.Seconds(), hits.Load(), ix.opts.Review)
		fmt.Printf("one core, sample of %d queries: index %.0f names/s, brute force %.1f names/s, ratio %.0fx; identical hits on %d/%d\n",
			len(sample), one, brute, one/brute, same, len(sample))
	}
}

// TestIndexSpeedSample prints a quick speed comparison on a sample. Run with -v.
func TestIndexSpeedSample(t *testing.T) {
	if testing.Short() {
		t.Skip("speed sample skipped in -short")
	}
	ix := combinedIndex(t)
	qs := screeningQueries(t)
	var sample []Query
	for i := 0; i < len(qs); i += len(qs) / 50 {
		sample = append(sample, qs[i])
	}
	start := time.Now()
	for _, q := range sample {
		ix.Name(q)
	}
	dI := time.Since(start)
	start = time.Now()
	for _, q := range sample {
		ix.NameBrute(q)
	}
	dB := time.Since(start)
	t.Logf("%d queries: index %v, brute %v, ratio %.1fx; %d names indexed", len(sample), dI, dB, dB.Seconds()/dI.Seconds(), len(ix.names))
}
