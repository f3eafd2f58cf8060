package chain

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// refusals are the errors real providers give when an eth_getLogs query is
// too large, verbatim (matched case-insensitively as substrings). A refused
// range is retried smaller: at the range the error suggests when it carries
// one, else at the provider's maximum when it names one, else halved.
var refusals = []string{
	// geth, Infura, Erigon: result cap.
	"query returned more than 10000 results",
	// Alchemy: "Log response size exceeded. You can make eth_getLogs requests with up to a 2K
	// block range and no limit on the response size, or you can request any block range with a
	// cap of 10K logs in the response. Based on your parameters, this block range should work:
	// [0x..., 0x...]"
	"log response size exceeded",
	// QuickNode.
	"eth_getlogs is limited to a 10,000 range",
	// Ankr, public endpoints.
	"block range is too wide",
	// BSC/bor-style nodes, Chainstack: "exceed maximum block range: 5000".
	"exceed maximum block range",
	// Cloudflare, Nodies, Blast: "range too large".
	"range too large",
	// Besu, Nethermind-style: "query timeout exceeded", "request timed out".
	"timeout", "timed out",
	// Any provider or load balancer.
	"context deadline exceeded",
	"503 service unavailable", "502 bad gateway", "504 gateway timeout", "429 too many requests",
	"too many requests", "rate limit",
	// Moralis, Llamarpc and others.
	"response size exceeded", "limit exceeded", "too many blocks",
}

// prunedSignals are errors meaning the node cannot serve the history asked
// for at all; no smaller range will help.
var prunedSignals = []string{
	"missing trie node",         // geth without archive state
	"historical state",          // geth: "historical state %x is not available"
	"pruned",                    // geth "database pruned beyond requested history", Erigon, Nethermind
	"header not found",          // nodes that dropped old headers
	"state is not available",    // Besu, Nethermind
	"state not available",       // Erigon
	"history is not available",  // geth log index
	"block not found",           // nodes without the block
	"required historical state", // Besu
}

// ErrPrunedHistory means the node cannot serve the logs or state of the
// pinned block (pruned history, no archive state). An audit must not go on
// with an empty holder set: use an archive node or a more recent block.
var ErrPrunedHistory = errors.New("the node cannot serve this history (pruned logs or no archive state): use an archive node, a transfer export (--transfers) or a more recent --block")

// IsRefusal reports whether err is a node refusing a log query as too
// large or too slow, which a smaller range may fix.
func IsRefusal(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range refusals {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// rateLimited reports whether err is an HTTP 429 Too Many Requests. A
// smaller range would not help, and Dial's HTTP client has already sent
// the query again (retryTransport): retrying it here too would multiply the
// attempts.
func rateLimited(err error) bool {
	var he rpc.HTTPError
	return errors.As(err, &he) && he.StatusCode == http.StatusTooManyRequests
}

// indexLagging reports whether err is geth's (1.16 and later) answer to a
// query reaching blocks its log index has not caught up with yet, as
// happens right after a block: "failed to retrieve log value pointer ...
// not found". The same query succeeds a moment later, so FilterLogs sends
// it again after a wait rather than shrinking it.
func indexLagging(err error) bool {
	return err != nil && strings.Contains(err.Error(), "failed to retrieve log value pointer")
}

// isPruned reports whether err says the history is not there.
func isPruned(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range prunedSignals {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// prunedError wraps a node error meaning pruned history into ErrPrunedHistory.
func prunedError(what string, err error) error {
	return fmt.Errorf("%s: %w (node said: %v)", what, ErrPrunedHistory, err)
}

var (
	suggestedRange = regexp.MustCompile(`\[\s*(0x[0-9a-fA-F]+|[0-9]+)\s*,\s*(0x[0-9a-fA-F]+|[0-9]+)\s*\]`)
	maximumRange   = regexp.MustCompile(`(?i)(?:maximum block range|limited to a|up to a)\s*:?\s*([0-9][0-9,]*)\s*(k?)`)
)

// suggestion reads the block range a refusal suggests ("[0x1, 0x2]"), if any.
func suggestion(err error) (from, to uint64, ok bool) {
	m := suggestedRange.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, 0, false
	}
	a, errA := parseBlockNumber(m[1])
	b, errB := parseBlockNumber(m[2])
	if errA != nil || errB != nil || b < a {
		return 0, 0, false
	}
	return a, b, true
}

// maxRange reads the largest range a refusal names ("exceed maximum block
// range: 5000", "limited to a 10,000 range"), if any.
func maxRange(err error) (uint64, bool) {
	m := maximumRange.FindStringSubmatch(err.Error())
	if m == nil {
		return 0, false
	}
	n, perr := strconv.ParseUint(strings.ReplaceAll(m[1], ",", ""), 10, 64)
	if perr != nil || n == 0 {
		return 0, false
	}
	if strings.EqualFold(m[2], "k") {
		n *= 1000
	}
	return n, true
}

func parseBlockNumber(s string) (uint64, error) {
	if strings.HasPrefix(s, "0x") || strings.HasPrefix(s, "0X") {
		return strconv.ParseUint(s[2:], 16, 64)
	}
	return strconv.ParseUint(s, 10, 64)
}

// minPartBlocks is the smallest range FilterLogs cuts a short range into
// to query its parts at once.
const minPartBlocks = 32

// LogOptions tune FilterLogs. The zero value is usable.
type LogOptions struct {
	// Chunk is the first block range of a query (default ChunkBlocks).
	Chunk uint64
	// Concurrency is how many queries run at once (default 4).
	Concurrency int
	// Retries is how often one block is retried after a refusal before the
	// error is returned (default 4), with back-off starting at Backoff
	// (default 200ms) and doubling.
	Retries int
	Backoff time.Duration
	// Progress, when set, is called after each answered range with the
	// blocks done so far and the total. It may be called from several
	// goroutines, one call at a time.
	Progress func(done, total uint64)
}

// FilterLogsChunked queries logs of one contract from block from to block to
// (inclusive) in ranges of at most chunk blocks, as FilterLogs does with
// default options.
func FilterLogsChunked(ctx context.Context, f ethereum.LogFilterer, addr common.Address, topics [][]common.Hash, from, to, chunk uint64) ([]types.Log, error) {
	return FilterLogs(ctx, f, addr, topics, from, to, LogOptions{Chunk: chunk})
}

// FilterLogs queries logs of one contract from block from to block to
// (inclusive). The range is cut in chunks of opts.Chunk blocks (a range
// shorter than opts.Concurrency chunks in opts.Concurrency equal parts)
// queried opts.Concurrency at a time. A refused chunk (see IsRefusal) is retried at
// the range the error suggests, else at the maximum the error names, else
// halved; a suggestion that does not shrink the range is ignored, so a
// node suggesting the same range back cannot cause a loop. The smaller
// range is then used for every remaining chunk. A single block
// still refused is retried opts.Retries times with doubling back-off, then
// the error is returned. An HTTP 429 Too Many Requests is not a refusal
// here: Dial's HTTP client sends every request so answered again itself
// (retryTransport), and leaves eth_getLogs answered 502, 503 or 504 to this
// function, so that no query is sent more than DialOptions.Attempts times
// for a 429, nor more than the shrinking steps plus opts.Retries+1 times
// for any other refusal. A query reaching blocks the node's log index has
// not caught up with (indexLagging) is sent again at the same range, with
// the same back-off and limit. Errors meaning pruned history wrap
// ErrPrunedHistory; any other error is returned at once. Logs come back in
// chain order without removed logs. A node answering a log the query
// excludes (of another block, contract or topic) or the same log twice
// fails the read with an error naming the log: a rebuilt ledger would
// otherwise count it.
func FilterLogs(ctx context.Context, f ethereum.LogFilterer, addr common.Address, topics [][]common.Hash, from, to uint64, opts LogOptions) ([]types.Log, error) {
	return filterLogs(ctx, f, addr, topics, from, to, opts, nil)
}

// filterLogs is FilterLogs calling onLogs, when set, with the logs of each
// answered query as it arrives (in no particular order, from several
// goroutines at once), so that work on them can start while later ranges
// are still being fetched.
func filterLogs(ctx context.Context, f ethereum.LogFilterer, addr common.Address, topics [][]common.Hash, from, to uint64,
	opts LogOptions, onLogs func([]types.Log)) ([]types.Log, error) {
	if to < from {
		return nil, nil
	}
	if opts.Chunk == 0 {
		opts.Chunk = ChunkBlocks
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = 4
	}
	// A range shorter than Concurrency chunks is still cut in up to
	// Concurrency parts of at least minPartBlocks, so that its queries run
	// at once too.
	if part := max((to-from)/uint64(opts.Concurrency)+1, minPartBlocks); part < opts.Chunk {
		opts.Chunk = part
	}
	if opts.Retries <= 0 {
		opts.Retries = 4
	}
	if opts.Backoff <= 0 {
		opts.Backoff = 200 * time.Millisecond
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()

	type span struct{ from, to uint64 }
	var spans []span
	for s := from; ; {
		e := to
		if to-s >= opts.Chunk {
			e = s + opts.Chunk - 1
		}
		spans = append(spans, span{s, e})
		if e == to {
			break
		}
		s = e + 1
	}

	var (
		mu       sync.Mutex
		results  = make([][]types.Log, len(spans))
		firstErr error
		done     uint64
		total    = to - from + 1
		wg       sync.WaitGroup
		sem      = make(chan struct{}, opts.Concurrency)
		learned  atomic.Uint64 // the largest range the node accepted after a refusal; 0 until one
	)
	report := func(n uint64) {
		mu.Lock()
		defer mu.Unlock()
		done += n
		if opts.Progress != nil {
			opts.Progress(done, total)
		}
	}
	for i, sp := range spans {
		sem <- struct{}{}
		if ctx.Err() != nil {
			<-sem
			break
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			logs, err := fetchRange(ctx, f, addr, topics, sp.from, sp.to, opts, report, onLogs, &learned)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				if firstErr == nil {
					firstErr = err
					cancel()
				}
				return
			}
			results[i] = logs
		}()
	}
	wg.Wait()
	if firstErr != nil {
		return nil, firstErr
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n := 0
	for _, r := range results {
		n += len(r)
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]types.Log, 0, n)
	for _, r := range results {
		out = append(out, r...)
	}
	less := func(i, j int) bool {
		if out[i].BlockNumber != out[j].BlockNumber {
			return out[i].BlockNumber < out[j].BlockNumber
		}
		return out[i].Index < out[j].Index
	}
	if !sort.SliceIsSorted(out, less) { // nodes answer in chain order
		sort.SliceStable(out, less)
	}
	for i := 1; i < len(out); i++ {
		if out[i].BlockNumber == out[i-1].BlockNumber && out[i].Index == out[i-1].Index {
			return nil, fmt.Errorf("reading logs of blocks %d-%d: the node answered the log of block %d, index %d, twice: a faulty or hostile node",
				from, to, out[i].BlockNumber, out[i].Index)
		}
	}
	return out, nil
}

// outsideQuery says why a log a node answered to a query of addr's logs
// in blocks from to to, with topics, is not one the query asks for (of
// another block, another contract, a topic not asked for), or "" when it is.
func outsideQuery(l *types.Log, addr common.Address, topics [][]common.Hash, from, to uint64) string {
	switch {
	case l.BlockNumber < from || l.BlockNumber > to:
		return "a log of another block"
	case l.Address != addr:
		return "a log of another contract, " + hexAddr(l.Address)
	}
	for i, want := range topics {
		if len(want) > 0 && (i >= len(l.Topics) || !slices.Contains(want, l.Topics[i])) {
			return fmt.Sprintf("a log whose topic %d is not one asked for", i)
		}
	}
	return ""
}

// fetchRange answers one range, shrinking it on refusals, in order. The
// range a refusal leads to is shared through learned with the other ranges.
func fetchRange(ctx context.Context, f ethereum.LogFilterer, addr common.Address, topics [][]common.Hash,
	from, to uint64, opts LogOptions, report func(uint64), onLogs func([]types.Log), learned *atomic.Uint64) ([]types.Log, error) {
	var out []types.Log
	limit := to - from + 1 // the largest range to ask for
	retries := 0
	for start := from; start <= to; {
		if l := learned.Load(); l > 0 && l < limit {
			limit = l
		}
		end := to
		if end-start+1 > limit {
			end = start + limit - 1
		}
		logs, err := f.FilterLogs(ctx, ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(start),
			ToBlock:   new(big.Int).SetUint64(end),
			Addresses: []common.Address{addr},
			Topics:    topics,
		})
		if err == nil {
			retries = 0
			n := len(out)
			for i := range logs {
				if why := outsideQuery(&logs[i], addr, topics, start, end); why != "" {
					return nil, fmt.Errorf("reading logs of blocks %d-%d: the node answered %s (block %d, index %d), which the query excludes: a faulty or hostile node",
						start, end, why, logs[i].BlockNumber, logs[i].Index)
				}
				if !logs[i].Removed {
					out = append(out, logs[i])
				}
			}
			if onLogs != nil {
				onLogs(out[n:])
			}
			report(end - start + 1)
			if end == to {
				break
			}
			start = end + 1
			continue
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if isPruned(err) {
			return nil, prunedError(fmt.Sprintf("reading logs of blocks %d-%d", start, end), err)
		}
		lagging := indexLagging(err)
		if !lagging && (!IsRefusal(err) || rateLimited(err)) {
			return nil, fmt.Errorf("reading logs of blocks %d-%d: %w", start, end, err)
		}
		width := end - start + 1
		if width > 1 && !lagging {
			next := width / 2
			if a, b, ok := suggestion(err); ok && a == start && b >= a && b-a+1 < width {
				next = b - a + 1
			} else if n, ok := maxRange(err); ok && n < width {
				next = n
			}
			limit = next
			for {
				l := learned.Load()
				if (l != 0 && l <= next) || learned.CompareAndSwap(l, next) {
					break
				}
			}
			continue
		}
		if retries >= opts.Retries {
			if lagging {
				return nil, fmt.Errorf("reading logs of blocks %d-%d: the node's log index was still behind after %d attempts: %w", start, end, retries+1, err)
			}
			return nil, fmt.Errorf("reading logs of block %d, refused %d times: %w", start, retries+1, err)
		}
		retries++
		select {
		case <-time.After(opts.Backoff << (retries - 1)):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return out, nil
}
