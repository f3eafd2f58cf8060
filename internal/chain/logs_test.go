package chain

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// slowLogs answers one log per block after a delay, counting the queries
// in flight, and refuses ranges over limit with refusal.
type slowLogs struct {
	delay    time.Duration
	limit    uint64
	refusal  string
	inFlight atomic.Int64
	maxSeen  atomic.Int64
	queries  atomic.Int64
}

func (s *slowLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	n := s.inFlight.Add(1)
	defer s.inFlight.Add(-1)
	for {
		m := s.maxSeen.Load()
		if n <= m || s.maxSeen.CompareAndSwap(m, n) {
			break
		}
	}
	s.queries.Add(1)
	time.Sleep(s.delay)
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	if s.limit > 0 && to-from+1 > s.limit {
		return nil, errors.New(s.refusal)
	}
	var out []types.Log
	for b := from; b <= to; b++ {
		out = append(out, types.Log{BlockNumber: b})
	}
	return out, nil
}

func (s *slowLogs) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("not supported")
}

func checkContiguous(t *testing.T, logs []types.Log, from, to uint64) {
	t.Helper()
	if uint64(len(logs)) != to-from+1 {
		t.Fatalf("%d logs, want %d", len(logs), to-from+1)
	}
	for i, l := range logs {
		if l.BlockNumber != from+uint64(i) {
			t.Fatalf("log %d of block %d, want %d", i, l.BlockNumber, from+uint64(i))
		}
	}
}

// TestFilterLogsConcurrency: exactly Concurrency queries run at once (each
// waits 5 ms, so the others start meanwhile) and the logs come back in
// order. The times are logged, not compared: a loaded machine may delay
// sleeping goroutines enough to make four at a time no faster.
func TestFilterLogsConcurrency(t *testing.T) {
	var elapsed [2]time.Duration
	for i, conc := range []int{1, 4} {
		s := &slowLogs{delay: 5 * time.Millisecond}
		start := time.Now()
		logs, err := FilterLogs(context.Background(), s, common.Address{}, nil, 0, 39_999, LogOptions{Chunk: 1000, Concurrency: conc})
		elapsed[i] = time.Since(start)
		if err != nil {
			t.Fatal(err)
		}
		checkContiguous(t, logs, 0, 39_999)
		if got := s.maxSeen.Load(); got != int64(conc) {
			t.Errorf("concurrency %d: at most %d queries in flight at once, want %d", conc, got, conc)
		}
	}
	t.Logf("40 chunks of 5 ms: %s one at a time, %s four at a time (%.1fx)", elapsed[0], elapsed[1], float64(elapsed[0])/float64(elapsed[1]))
}

// TestFilterLogsRangeFromError: a refusal naming the node's maximum range
// goes straight to that range instead of halving down to it.
func TestFilterLogsRangeFromError(t *testing.T) {
	tests := []struct {
		refusal  string
		limit    uint64
		maxQuery int64
	}{
		{"exceed maximum block range: 5000", 5000, 12},         // 1 refused + 10 of 5000 (+ slack)
		{"eth_getLogs is limited to a 10,000 range", 10000, 7}, // 1 refused + 5 of 10000
		{"block range is too wide", 5000, 30},                  // halving: 50000, 25000, 12500, 6250, 3125...
	}
	for _, tt := range tests {
		t.Run(tt.refusal, func(t *testing.T) {
			s := &slowLogs{limit: tt.limit, refusal: tt.refusal}
			logs, err := FilterLogs(context.Background(), s, common.Address{}, nil, 0, 49_999, LogOptions{Concurrency: 1})
			if err != nil {
				t.Fatal(err)
			}
			checkContiguous(t, logs, 0, 49_999)
			if q := s.queries.Load(); q > tt.maxQuery {
				t.Errorf("%d queries, want at most %d", q, tt.maxQuery)
			}
		})
	}
}

// TestFilterLogsStops: errors that no smaller range fixes end the fetch at
// once, and a cancelled context stops it.
func TestFilterLogsStops(t *testing.T) {
	for _, msg := range []string{"missing trie node 12ab", "invalid params: bad topic"} {
		s := &slowLogs{limit: 1, refusal: msg}
		_, err := FilterLogs(context.Background(), s, common.Address{}, nil, 0, 99, LogOptions{Concurrency: 1})
		if err == nil || !strings.Contains(err.Error(), msg) || s.queries.Load() != 1 {
			t.Errorf("%q: error %v after %d queries, want it after 1", msg, err, s.queries.Load())
		}
		if isPruned(errors.New(msg)) != errors.Is(err, ErrPrunedHistory) {
			t.Errorf("%q: pruned-history classification wrong: %v", msg, err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	s := &slowLogs{delay: 10 * time.Millisecond, limit: 1, refusal: "query returned more than 10000 results"}
	start := time.Now()
	_, err := FilterLogs(ctx, s, common.Address{}, nil, 0, 1_000_000, LogOptions{})
	if !errors.Is(err, context.DeadlineExceeded) || time.Since(start) > 2*time.Second {
		t.Errorf("cancelled fetch: %v after %s", err, time.Since(start))
	}
}

// laggingLogs answers geth's "log index not caught up" error to its first
// lag queries, then one log per block, recording the ranges asked.
type laggingLogs struct {
	lag    int
	ranges [][2]uint64
}

func (l *laggingLogs) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	l.ranges = append(l.ranges, [2]uint64{from, to})
	if len(l.ranges) <= l.lag {
		return nil, fmt.Errorf("failed to retrieve log value pointer after last block %d: failed to retrieve log value pointer of block %d: not found", to, to+1)
	}
	var out []types.Log
	for b := from; b <= to; b++ {
		out = append(out, types.Log{BlockNumber: b})
	}
	return out, nil
}

func (*laggingLogs) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("not supported")
}

// TestFilterLogsIndexLagging: geth's answer while its log index catches up
// with new blocks is asked again at the same range after a wait (not
// shrunk, not failed), and still failing after the retries it is returned
// saying so.
func TestFilterLogsIndexLagging(t *testing.T) {
	opts := LogOptions{Concurrency: 1, Backoff: time.Millisecond}
	l := &laggingLogs{lag: 2}
	logs, err := FilterLogs(context.Background(), l, common.Address{}, nil, 0, 20, opts)
	if err != nil {
		t.Fatal(err)
	}
	checkContiguous(t, logs, 0, 20)
	if len(l.ranges) != 3 || l.ranges[0] != l.ranges[2] || l.ranges[2] != [2]uint64{0, 20} {
		t.Errorf("queries %v, want blocks 0-20 three times", l.ranges)
	}

	l = &laggingLogs{lag: 100}
	_, err = FilterLogs(context.Background(), l, common.Address{}, nil, 0, 20, opts)
	if err == nil || !strings.Contains(err.Error(), "log index was still behind after 5 attempts") {
		t.Errorf("index never caught up: error %v, want it to say the index was behind", err)
	}
	if len(l.ranges) != 5 {
		t.Errorf("%d queries, want 5 (1 + 4 retries)", len(l.ranges))
	}
}

func ExampleFilterLogs() {
	s := &slowLogs{limit: 10, refusal: "query returned more than 10000 results"}
	logs, err := FilterLogs(context.Background(), s, common.Address{}, nil, 0, 99, LogOptions{})
	fmt.Println(len(logs), err)
	// Output: 100 <nil>
}
