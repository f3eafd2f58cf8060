// Command bench runs the benchmarks of the design brief that no package
// benchmark covers, each against a baseline measured in the same run, and
// prints one Markdown table row per figure. bench/run.sh runs it with the
// package benchmarks and prints the whole table.
//
//	go run ./bench export -rows 1000000 -holders 100000
//	go run ./bench screen -entries 1000000 -queries 10000 -workers 2 -review 0.80
//	go run ./bench gen-opensanctions -entries 1200000 -out /tmp/targets.simple.csv
//	go run ./bench rpc -logs 100000
//
// Peak memory is the process's peak resident set (VmHWM), which is what
// /usr/bin/time -v reports as its maximum resident set size.
package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/generate"
	"github.com/tokenaudit/audit/internal/sanctions"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: bench export|gen-export|gen-opensanctions|screen|rpc [flags]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen-export":
		err = genExport(os.Args[2:])
	case "gen-opensanctions":
		err = genOpenSanctions(os.Args[2:])
	case "export":
		err = export(os.Args[2:])
	case "screen":
		err = screen(os.Args[2:])
	case "rpc":
		err = rpcBench(os.Args[2:])
	default:
		err = fmt.Errorf("unknown benchmark %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

// row prints one table row: benchmark, figure, target, baseline, ratio.
func row(name, figure, target, baseline, ratio string) {
	fmt.Printf("| %s | %s | %s | %s | %s |\n", name, figure, target, baseline, ratio)
}

// peakRSS is the process's peak resident set in bytes (VmHWM).
func peakRSS() uint64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "VmHWM:") {
			var kb uint64
			fmt.Sscan(strings.TrimSpace(strings.TrimPrefix(line, "VmHWM:")), &kb)
			return kb << 10
		}
	}
	return 0
}

// resetPeak starts a new peak-RSS window (Linux clear_refs 5).
func resetPeak() {
	runtime.GC()
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
}

func mb(b uint64) string { return fmt.Sprintf("%d MB", b>>20) }

// sharedNames returns the OFAC advanced-list names when ../shared/data is
// beside the folder the benchmark runs in, nil otherwise (the generator then
// uses its sample), saying so on stderr: names made from the sample are far
// more alike, and screening them is not comparable.
func sharedNames() []string {
	path := filepath.Join("..", "shared", "data", "sanctions", "ofac-sdn-advanced-names-2025-11", "sdn_entities.jsonl")
	names, err := generate.LoadNames(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench: WARNING: %v: names are made from the generator's %d sample names, whose lists screen far slower; run from the repository's folder, beside ../shared\n", err, len(generate.SampleNames))
		return nil
	}
	return names
}

// genOpenSanctions writes a generated OpenSanctions targets.simple.csv, for
// timing `audit screen --sanctions FILE` on a list of the default
// collection's size.
func genOpenSanctions(args []string) error {
	fs := flag.NewFlagSet("gen-opensanctions", flag.ContinueOnError)
	entries := fs.Int("entries", 1_200_000, "entities (rows below the header)")
	path := fs.String("out", filepath.Join(os.TempDir(), "targets.simple.csv"), "output file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	out, err := os.Create(*path)
	if err != nil {
		return err
	}
	if _, err := generate.WriteOpenSanctions(out, generate.SanctionsConfig{Seed: 1, Entries: *entries, Names: sharedNames()}); err != nil {
		out.Close()
		return fmt.Errorf("%s: %w", *path, err)
	}
	return out.Close()
}

// genExport writes the ethereum-etl and Etherscan exports of one scenario.
func genExport(args []string) error {
	fs := flag.NewFlagSet("gen-export", flag.ContinueOnError)
	rows := fs.Int("rows", 1_000_000, "transfer rows")
	holders := fs.Int("holders", 100_000, "holders")
	dir := fs.String("dir", os.TempDir(), "output folder")
	if err := fs.Parse(args); err != nil {
		return err
	}
	c := generate.TransferConfig{Seed: 1, Holders: *holders, Transfers: *rows}
	for _, f := range []struct {
		name  string
		write func(io.Writer, generate.TransferConfig) (map[string]*big.Int, error)
	}{{"etl.csv", generate.WriteETL}, {"etherscan.csv", generate.WriteEtherscan}} {
		out, err := os.Create(filepath.Join(*dir, f.name))
		if err != nil {
			return err
		}
		if _, err := f.write(out, c); err != nil {
			out.Close()
			return err
		}
		if err := out.Close(); err != nil {
			return err
		}
	}
	return nil
}

// export reads an export with chain.ReadTransfers and, as the baseline, with
// encoding/csv and big.Int.SetString into a map, and prints MB/s and the
// peak memory of the ReadTransfers pass.
func export(args []string) error {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	path := fs.String("file", "", "export file")
	label := fs.String("label", "ethereum-etl", "format label")
	decimals := fs.Int("decimals", -1, "token decimals (Etherscan), -1 unknown")
	profile := fs.String("cpuprofile", "", "write a CPU profile of the ReadTransfers pass")
	if err := fs.Parse(args); err != nil {
		return err
	}
	st, err := os.Stat(*path)
	if err != nil {
		return err
	}
	size := float64(st.Size()) / 1e6
	opt := chain.TransferOptions{}
	if *decimals >= 0 {
		opt.Decimals, opt.KnownDecimals = uint8(*decimals), true
	}
	// Warm the page cache so both passes read from memory.
	if f, err := os.Open(*path); err == nil {
		io.Copy(io.Discard, f)
		f.Close()
	}
	resetPeak()
	if *profile != "" {
		pf, err := os.Create(*profile)
		if err != nil {
			return err
		}
		pprof.StartCPUProfile(pf)
		defer pf.Close()
	}
	start := time.Now()
	snap, stats, err := chain.ReadTransfers(*path, opt)
	if err != nil {
		return err
	}
	took := time.Since(start)
	pprof.StopCPUProfile()
	peak := peakRSS()
	holders := len(snap.Tokens[0].Holders)

	start = time.Now()
	n, err := naiveHolders(*path)
	if err != nil {
		return err
	}
	naive := time.Since(start)
	if n != holders {
		return fmt.Errorf("baseline found %d holders, ReadTransfers %d", n, holders)
	}
	rate, naiveRate := size/took.Seconds(), size/naive.Seconds()
	row(fmt.Sprintf("export → holders (%s, %d rows, %.0f MB, %d holders)", *label, stats.Rows, size, holders),
		fmt.Sprintf("%.0f MB/s (%.2f s)", rate, took.Seconds()), "≥ 150 MB/s",
		fmt.Sprintf("encoding/csv + big.Int: %.0f MB/s", naiveRate), fmt.Sprintf("%.1fx baseline", rate/naiveRate))
	row(fmt.Sprintf("export → holders (%s) peak memory", *label), mb(peak), "< 500 MB", "", "")
	return nil
}

// naiveHolders is the straightforward reader: encoding/csv, a map from
// address string to big.Int, SetString per row. Etherscan quantities are
// read as decimals with big.Rat.
func naiveHolders(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	r.LazyQuotes = true
	header, err := r.Read()
	if err != nil {
		return 0, err
	}
	col := map[string]int{}
	for i, h := range header {
		col[strings.Trim(strings.ToLower(h), "\ufeff")] = i
	}
	from, to, value := col["from_address"], col["to_address"], col["value"]
	etherscan := false
	if _, ok := col["from"]; ok {
		from, to, value, etherscan = col["from"], col["to"], col["tokenvalue"], true
	}
	bal := map[string]*big.Rat{}
	zero := "0x0000000000000000000000000000000000000000"
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, err
		}
		v, ok := new(big.Rat).SetString(strings.ReplaceAll(rec[value], ",", ""))
		if !ok {
			return 0, fmt.Errorf("value %q", rec[value])
		}
		_ = etherscan
		for _, side := range []struct {
			a   string
			neg bool
		}{{strings.ToLower(rec[from]), true}, {strings.ToLower(rec[to]), false}} {
			if side.a == zero {
				continue
			}
			b := bal[side.a]
			if b == nil {
				b = new(big.Rat)
				bal[side.a] = b
			}
			if side.neg {
				b.Sub(b, v)
			} else {
				b.Add(b, v)
			}
		}
	}
	n := 0
	for _, b := range bal {
		if b.Sign() > 0 {
			n++
		}
	}
	return n, nil
}

// screen generates a list of entries, loads it, screens queries with the
// index and, on a sample, with Index.NameBrute (every listed name scored),
// checking both return identical matches (entries and scores) at the
// thresholds the index was built with.
func screen(args []string) error {
	fs := flag.NewFlagSet("screen", flag.ContinueOnError)
	entries := fs.Int("entries", 1_000_000, "list entries")
	queries := fs.Int("queries", 100_000, "names to screen")
	sample := fs.Int("brute", 20, "queries checked against brute force")
	review := fs.Float64("review", sanctions.DefaultOptions.Threshold, "lowest score returned: the match threshold (0.80) measures hits, 0.70 the review band too")
	workers := fs.Int("workers", 1, "goroutines screening at once")
	profile := fs.String("cpuprofile", "", "write a CPU profile of the indexed screening")
	warm := fs.Bool("warm", false, "screen the same names a second time, every query word's similar words then remembered: the candidate search alone")
	memProfile := fs.String("memprofile", "", "write a heap profile once the list is loaded")
	if err := fs.Parse(args); err != nil {
		return err
	}
	opts := sanctions.DefaultOptions
	opts.Review = *review
	names := sharedNames()
	var buf bytes.Buffer
	listed, err := generate.WriteSDN(&buf, generate.SanctionsConfig{Seed: 1, Entries: *entries, Names: names})
	if err != nil {
		return err
	}
	resetPeak()
	start := time.Now()
	ix, _, err := sanctions.LoadBytes("generated-sdn.csv", buf.Bytes(), opts)
	if err != nil {
		return err
	}
	loadTook := time.Since(start)
	loadPeak := peakRSS()
	buf = bytes.Buffer{}
	if *memProfile != "" {
		runtime.GC()
		pf, err := os.Create(*memProfile)
		if err != nil {
			return err
		}
		err = pprof.WriteHeapProfile(pf)
		pf.Close()
		if err != nil {
			return err
		}
	}
	qs := generate.Queries(2, *queries, listed, names)
	fmt.Fprintf(os.Stderr, "bench: screen: %d entries loaded in %v, peak %s\n", len(ix.Entries()), loadTook.Round(time.Millisecond), mb(loadPeak))

	if *profile != "" {
		pf, err := os.Create(*profile)
		if err != nil {
			return err
		}
		pprof.StartCPUProfile(pf)
		defer pf.Close()
	}
	took, hits := screenAll(ix, qs, *workers)
	rate := float64(len(qs)) / took.Seconds()
	pprof.StopCPUProfile()
	fmt.Fprintf(os.Stderr, "bench: screen: %d queries in %v on %d goroutines\n", len(qs), took.Round(time.Millisecond), *workers)
	var warmRate float64
	if *warm {
		warmTook, _ := screenAll(ix, qs, *workers)
		warmRate = float64(len(qs)) / warmTook.Seconds()
	}

	// Brute force on a sample: Index.NameBrute scores every listed name.
	step := max(1, len(qs)/max(1, *sample))
	same, checked := 0, 0
	var bruteTime, indexTime time.Duration
	for i := 0; i < len(qs) && checked < *sample; i += step {
		q := sanctions.Query{Name: qs[i]}
		t0 := time.Now()
		want := ix.NameBrute(q)
		bruteTime += time.Since(t0)
		t0 = time.Now()
		got := ix.Name(q)
		indexTime += time.Since(t0)
		if sameMatches(got, want) {
			same++
		} else {
			fmt.Fprintf(os.Stderr, "bench: screening %q: index %d matches, brute force %d\n", qs[i], len(got), len(want))
		}
		checked++
	}
	band := fmt.Sprintf("hits at the match threshold %.2f", opts.Threshold)
	if opts.Review < opts.Threshold {
		band = fmt.Sprintf("hits at the review threshold %.2f (review band included)", opts.Review)
	}
	baseline, ratio := "brute force not run", ""
	if checked > 0 {
		bruteRate := float64(checked) / bruteTime.Seconds()
		sampleRate := float64(checked) / indexTime.Seconds()
		baseline = fmt.Sprintf("brute force (Index.NameBrute, every listed name scored): %.3f names/s; identical matches on %d/%d sampled queries", bruteRate, same, checked)
		ratio = fmt.Sprintf("%.0fx brute force (same sample, one goroutine)", sampleRate/bruteRate)
	}
	row(fmt.Sprintf("screening %d names against %d generated entries (%d names indexed), %s, %d goroutines", len(qs), len(ix.Entries()), countNames(ix), band, *workers),
		fmt.Sprintf("%.0f names/s (%.2f hits a name)", rate, float64(hits)/float64(len(qs))), "≥ 20,000 names/s", baseline, ratio)
	if *warm {
		row("screening: the same names again, every query word's similar words remembered (the candidate search alone)", fmt.Sprintf("%.0f names/s", warmRate), "", fmt.Sprintf("first pass %.0f names/s", rate), fmt.Sprintf("%.2fx first pass", warmRate/rate))
	}
	row("screening: index load (generated SDN CSV)", fmt.Sprintf("%.1f s, peak %s", loadTook.Seconds(), mb(loadPeak)), "", "", "")
	if same != checked {
		return fmt.Errorf("index and brute force differ on %d of %d sampled queries", checked-same, checked)
	}
	return nil
}

// screenAll screens every name of qs with the index on the given number of
// goroutines, and returns the wall time and the matches found.
func screenAll(ix *sanctions.Index, qs []string, workers int) (time.Duration, int64) {
	start := time.Now()
	var hits atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < len(qs); i += workers {
				hits.Add(int64(len(ix.Name(sanctions.Query{Name: qs[i]}))))
			}
		}(w)
	}
	wg.Wait()
	return time.Since(start), hits.Load()
}

func countNames(ix *sanctions.Index) int {
	n := 0
	for _, e := range ix.Entries() {
		n += 1 + len(e.Aliases)
	}
	return n
}

// sameMatches reports whether two results name the same entries with the
// same scores in the same order.
func sameMatches(a, b []sanctions.Match) bool {
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

// rpcBench deploys a generated plan on the embedded chain, serves it over
// HTTP on loopback (chain.Embedded.Handler, go-ethereum's RPC server), reads
// it through chain.Dial as the audit does, and times, on the same range: the bare eth_getLogs of
// the token's Transfer events, the same through ethclient, the audit's
// chain.Read, the audit with one log query at a time, and the ethers.js
// script.
func rpcBench(args []string) error {
	fs := flag.NewFlagSet("rpc", flag.ContinueOnError)
	logs := fs.Int("logs", 100_000, "Transfer logs")
	holders := fs.Int("holders", 10_000, "external holders")
	perBlock := fs.Int("per-block", 400, "transactions per block (the embedded chain gives each 1M gas of a 500M block)")
	ethersDir := fs.String("ethers", "bench/ethers", "folder of holders.js and its node_modules (empty: skip ethers.js)")
	rounds := fs.Int("rounds", 3, "timed rounds (best is kept)")
	profile := fs.String("cpuprofile", "", "write a CPU profile of the audit's first read (chain.Read) to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	ctx := context.Background()
	senders := 32
	data, err := generate.Plan(generate.PlanConfig{Seed: 1, Holders: *holders, Senders: senders, Transfers: *logs - senders, PerBlock: *perBlock})
	if err != nil {
		return err
	}
	plan, err := chain.ParsePlan(data)
	if err != nil {
		return err
	}
	start := time.Now()
	emb, err := chain.NewEmbedded(ctx, plan)
	if err != nil {
		return err
	}
	defer emb.Close()
	built := time.Since(start)
	h, err := emb.Handler()
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h}
	go srv.Serve(ln)
	defer srv.Close()
	url := "http://" + ln.Addr().String()
	token := emb.Tokens()[0]
	var pf *os.File
	if *profile != "" {
		if pf, err = os.Create(*profile); err != nil {
			return err
		}
		defer pf.Close()
	}

	cl, err := chain.Dial(ctx, url, chain.DialOptions{})
	if err != nil {
		return err
	}
	head, err := cl.BlockNumber(ctx)
	if err != nil {
		return err
	}
	body := fmt.Sprintf(`{"jsonrpc":"2.0","id":1,"method":"eth_getLogs","params":[{"address":"%s","fromBlock":"0x0","toBlock":"0x%x","topics":[["0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef"]]}]}`, token, head)
	var bare, decoded, audit, serial, ethersTime time.Duration
	var nLogs, nHolders, ethersHolders int
	for r := 0; r < *rounds; r++ {
		t0 := time.Now()
		resp, err := http.Post(url, "application/json", strings.NewReader(body))
		if err != nil {
			return err
		}
		var out struct {
			Result []json.RawMessage `json:"result"`
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if err != nil {
			return err
		}
		if d := time.Since(t0); bare == 0 || d < bare {
			bare = d
		}
		nLogs = len(out.Result)

		// The same logs through go-ethereum's client, decoded into types.Log.
		t0 = time.Now()
		if _, err := cl.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: big.NewInt(0), ToBlock: new(big.Int).SetUint64(head),
			Addresses: []common.Address{common.HexToAddress(token)},
			Topics:    [][]common.Hash{{common.HexToHash("0xddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef")}},
		}); err != nil {
			return err
		}
		if d := time.Since(t0); decoded == 0 || d < decoded {
			decoded = d
		}

		if pf != nil && r == 0 {
			pprof.StartCPUProfile(pf) // the first round only: one profile a file
		}
		t0 = time.Now()
		snap, err := chain.Read(ctx, cl, []string{token}, new(big.Int).SetUint64(head))
		if err != nil {
			return err
		}
		if d := time.Since(t0); audit == 0 || d < audit {
			audit = d
		}
		pprof.StopCPUProfile()
		nHolders = len(snap.Tokens[0].Holders)
		if n := len(snap.Tokens[0].Mismatches); n > 0 {
			return fmt.Errorf("%d ledger mismatches", n)
		}

		// The same read with one log query at a time: a range this short
		// is otherwise cut in LogOptions.Concurrency parts queried at once.
		t0 = time.Now()
		one, err := chain.ReadWith(ctx, cl, []string{token}, new(big.Int).SetUint64(head), chain.Options{Logs: chain.LogOptions{Concurrency: 1}})
		if err != nil {
			return err
		}
		if d := time.Since(t0); serial == 0 || d < serial {
			serial = d
		}
		if len(one.Tokens[0].Holders) != nHolders || len(one.Tokens[0].Mismatches) > 0 {
			return fmt.Errorf("one query at a time: %d holders, %d mismatches", len(one.Tokens[0].Holders), len(one.Tokens[0].Mismatches))
		}

		if *ethersDir == "" {
			continue
		}
		cmd := exec.Command("node", filepath.Join(*ethersDir, "holders.js"), url, token, "0", fmt.Sprint(head))
		cmd.Stderr = os.Stderr
		outb, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("ethers.js: %w", err)
		}
		var eo struct {
			Ms      float64 `json:"ms"`
			Holders int     `json:"holders"`
		}
		if err := json.Unmarshal(outb, &eo); err != nil {
			return fmt.Errorf("ethers.js said %q: %w", outb, err)
		}
		if d := time.Duration(eo.Ms * float64(time.Millisecond)); ethersTime == 0 || d < ethersTime {
			ethersTime = d
		}
		ethersHolders = eo.Holders
	}
	if *ethersDir != "" && ethersHolders != nHolders {
		return fmt.Errorf("ethers.js found %d holders, the audit %d", ethersHolders, nHolders)
	}
	row(fmt.Sprintf("chain: build %d Transfer logs on the embedded chain (%d blocks)", nLogs, head),
		fmt.Sprintf("%.1f s (%.0f logs/s)", built.Seconds(), float64(nLogs)/built.Seconds()), "", "", "")
	row(fmt.Sprintf("holders from %d Transfer logs over JSON-RPC (%d holders), audit ÷ bare eth_getLogs", nLogs, nHolders),
		fmt.Sprintf("audit %d ms", audit.Milliseconds()), "≤ 1.3", fmt.Sprintf("bare eth_getLogs %d ms", bare.Milliseconds()),
		fmt.Sprintf("%.2f", audit.Seconds()/bare.Seconds()))
	row("holders over JSON-RPC, audit with one log query at a time ÷ bare eth_getLogs",
		fmt.Sprintf("audit %d ms", serial.Milliseconds()), "", fmt.Sprintf("bare eth_getLogs %d ms", bare.Milliseconds()),
		fmt.Sprintf("%.2f", serial.Seconds()/bare.Seconds()))
	row("holders over JSON-RPC, audit ÷ eth_getLogs through ethclient (decoded to types.Log)",
		fmt.Sprintf("audit %d ms", audit.Milliseconds()), "", fmt.Sprintf("ethclient FilterLogs %d ms", decoded.Milliseconds()),
		fmt.Sprintf("%.2f", audit.Seconds()/decoded.Seconds()))
	if *ethersDir != "" {
		row("holders over JSON-RPC, ethers.js ÷ audit",
			fmt.Sprintf("audit %d ms", audit.Milliseconds()), "≥ 3", fmt.Sprintf("ethers.js %d ms", ethersTime.Milliseconds()),
			fmt.Sprintf("%.2f", ethersTime.Seconds()/audit.Seconds()))
	}
	return nil
}
