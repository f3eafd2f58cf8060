package sanctions

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"sync"
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
		got, want := ix.Name(qs[i]), ix.nameBrute(qs[i])
		if !sameMatches(got, want) {
			t.Errorf("%q: index %d matches, brute force %d", qs[i].Name, len(got), len(want))
		}
		checked++
		hits += len(want)
	}
	t.Logf("%d queries, %d matches, index and brute force agree", checked, hits)
}

// BenchmarkScreenNames screens real names against the combined lists, with
// the index and by brute force, and prints names per second and the ratio:
//
//	go test ./internal/sanctions -run '^$' -bench ScreenNames -benchtime 1x
func BenchmarkScreenNames(b *testing.B) {
	ix := combinedIndex(b)
	qs := screeningQueries(b)
	b.ResetTimer()
	for n := 0; n < b.N; n++ {
		start := time.Now()
		indexed := 0
		for _, q := range qs {
			indexed += len(ix.Name(q))
		}
		dIndex := time.Since(start)
		// Brute force on a sample: every listed name scored.
		sample := qs[:0:0]
		for i := 0; i < len(qs); i += 500 {
			sample = append(sample, qs[i])
		}
		start = time.Now()
		same := 0
		for _, q := range sample {
			if sameMatches(ix.Name(q), ix.nameBrute(q)) {
				same++
			}
		}
		dBrute := time.Since(start)
		// nameBrute dominates the paired loop; time the index alone on the sample to subtract it.
		start = time.Now()
		for _, q := range sample {
			ix.Name(q)
		}
		dBrute -= time.Since(start)
		idxRate := float64(len(qs)) / dIndex.Seconds()
		bruteRate := float64(len(sample)) / dBrute.Seconds()
		b.ReportMetric(idxRate, "names/s")
		fmt.Printf("screening %d names against %d listed names (%d entries): index %.0f names/s, brute force %.0f names/s (sample of %d), ratio %.1fx; %d matches; brute force and index agree on %d/%d sampled queries\n",
			len(qs), len(ix.names), len(ix.entries), idxRate, bruteRate, len(sample), idxRate/bruteRate, indexed, same, len(sample))
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
	for i := 0; i < len(qs); i += len(qs) / 100 {
		sample = append(sample, qs[i])
	}
	start := time.Now()
	for _, q := range sample {
		ix.Name(q)
	}
	dI := time.Since(start)
	start = time.Now()
	for _, q := range sample {
		ix.nameBrute(q)
	}
	dB := time.Since(start)
	t.Logf("%d queries: index %v, brute %v, ratio %.1fx; %d names indexed", len(sample), dI, dB, dB.Seconds()/dI.Seconds(), len(ix.names))
}
