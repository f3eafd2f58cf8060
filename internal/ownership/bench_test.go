package ownership

import (
	"fmt"
	"math/rand"
	"runtime"
	"strconv"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/registry"
)

// generate builds a graph of n companies, n/2 people and about 2n ownership
// edges: each company has two owners on average, seven in ten of them
// people; company owners are usually later companies (a holding structure)
// and one edge in a hundred points back, making cycles. Shares are exact,
// bands or unknown. The same seed gives the same graph.
func generate(n int, seed int64) *Graph {
	rng := rand.New(rand.NewSource(seed))
	people := n / 2
	g := New(n + people)
	for i := 0; i < n; i++ {
		g.Add(Node{ID: "C" + strconv.Itoa(i), Kind: Company})
	}
	for i := 0; i < people; i++ {
		g.Add(Node{ID: "P" + strconv.Itoa(i), Kind: Person})
	}
	for i := 0; i < n; i++ {
		k := 1 + rng.Intn(3) // 1..3 owners, 2 on average
		left := 1.0
		for j := 0; j < k; j++ {
			var owner int32
			switch r := rng.Float64(); {
			case r < 0.7:
				owner = int32(n + rng.Intn(people))
			case r < 0.71 && i > 0:
				owner = int32(i - 1 - rng.Intn(min(50, i))) // back edge
			default:
				owner = int32(i + 1 + rng.Intn(min(1000, n-i)))
				if int(owner) >= n {
					owner = int32(n + rng.Intn(people))
				}
			}
			var s registry.Share
			switch r := rng.Float64(); {
			case r < 0.1:
				s = registry.Unknown
			case r < 0.2:
				lo := left * rng.Float64() / 2
				s = registry.Share{Low: lo, High: lo + 0.1}
			default:
				s = registry.Exact(left / float64(k-j))
			}
			left -= s.Low
			g.AddEdge(Edge{Owner: owner, Owned: int32(i), Declared: s})
		}
	}
	return g
}

func TestGeneratedGraphIsBounded(t *testing.T) {
	g := generate(20000, 1)
	g.Freeze()
	if len(g.Cycles()) == 0 {
		t.Errorf("the generator should make some cycles")
	}
	for i := 0; i < 50; i++ {
		r := g.LookThrough(int32(i*397%20000), DefaultOptions())
		for _, h := range r.Holdings {
			if h.Share.Low < 0 || h.Share.High > 1 || h.Share.Low > h.Share.High+1e-9 {
				t.Fatalf("holding out of range: %+v", h)
			}
		}
		if r.Opaque.Low < 0 || r.Opaque.High > 1 {
			t.Fatalf("opaque out of range: %+v", r.Opaque)
		}
	}
}

// BenchmarkGraph1M builds a generated registry of 1M companies and about
// 2M ownership edges, finds every cycle, spreads the 50% rule from 1,000
// listed parties, and looks through 1,000 targets; it prints the time of
// each stage and the memory in use. Run with:
//
//	go test ./internal/ownership -run '^$' -bench Graph1M -benchtime 1x
func BenchmarkGraph1M(b *testing.B) {
	for i := 0; i < b.N; i++ {
		const n = 1000000
		runtime.GC()
		start := time.Now()
		g := generate(n, 42)
		g.Freeze()
		built := time.Since(start)

		t0 := time.Now()
		cycles := g.Cycles()
		tCycles := time.Since(t0)

		rng := rand.New(rand.NewSource(7))
		var seeds []int32
		for j := 0; j < 1000; j++ {
			seeds = append(seeds, int32(rng.Intn(len(g.Nodes))))
		}
		t0 = time.Now()
		blocked := g.Blocked(seeds)
		tBlocked := time.Since(t0)

		t0 = time.Now()
		var owners, paths int
		capped := 0
		for j := 0; j < 1000; j++ {
			r := g.LookThrough(int32(rng.Intn(n)), DefaultOptions())
			owners += len(r.Holdings)
			paths += len(r.Paths)
			if r.Capped {
				capped++
			}
		}
		tLook := time.Since(t0)

		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "MiB-heap")
		fmt.Printf("graph: %d nodes, %d edges built in %v\n", len(g.Nodes), len(g.Edges), built.Round(time.Millisecond))
		fmt.Printf("cycles: %d found in %v\n", len(cycles), tCycles.Round(time.Millisecond))
		fmt.Printf("50%% rule: %d blocked or possibly blocked from %d seeds in %v\n", len(blocked), len(seeds), tBlocked.Round(time.Millisecond))
		fmt.Printf("look-through: 1000 targets, %d owners, %d paths (%d capped) in %v (%v each)\n", owners, paths, capped, tLook.Round(time.Millisecond), (tLook / 1000).Round(time.Microsecond))
		fmt.Printf("memory: graph live on the heap %d MiB, obtained from the OS %d MiB\n", ms.HeapInuse>>20, ms.Sys>>20)
		runtime.KeepAlive(g)
	}
}

// BenchmarkTogether measures what Together costs beside the look-through
// of the same target, which every chain already pays, and prints the
// ratio: in a generated registry of 200,000 companies (1,000 pairs of people
// among a target's owners) and for a token of 300,000 holders, each a
// wallet held by its own person (the widest chain: the copy holds every
// owner). Run with:
//
//	go test ./internal/ownership -run '^$' -bench Together -benchtime 1x
func BenchmarkTogether(b *testing.B) {
	for i := 0; i < b.N; i++ {
		g := generate(200000, 42)
		g.Freeze()
		rng := rand.New(rand.NewSource(7))
		var look, together time.Duration
		pairs := 0
		for pairs < 1000 {
			target := int32(rng.Intn(200000))
			t0 := time.Now()
			r := g.LookThrough(target, DefaultOptions())
			d := time.Since(t0)
			var people []int32
			for _, h := range r.Holdings {
				if g.Nodes[h.Node].Kind == Person {
					people = append(people, h.Node)
				}
			}
			if len(people) < 2 {
				continue
			}
			look += d
			t0 = time.Now()
			g.Together(r, people[0], people[len(people)-1], DefaultOptions())
			together += time.Since(t0)
			pairs++
		}
		fmt.Printf("generated registry: %d pairs, look-through %v each, Together %v each: %.3fx\n", pairs,
			(look / time.Duration(pairs)).Round(time.Microsecond), (together / time.Duration(pairs)).Round(time.Microsecond), float64(together)/float64(look))

		const holders = 300000
		w := New(2*holders + 1)
		tok := w.Add(Node{ID: "0x70ce", Kind: Token})
		for j := 0; j < holders; j++ {
			p := w.Add(Node{ID: "P" + strconv.Itoa(j), Kind: Person})
			wa := w.Add(Node{ID: fmt.Sprintf("0x%040x", j), Kind: Wallet})
			w.AddEdge(Edge{Owner: p, Owned: wa, Declared: registry.Exact(1)})
			w.AddEdge(Edge{Owner: wa, Owned: tok, Declared: registry.Exact(1.0 / holders)})
		}
		w.Freeze()
		const rounds = 5
		var r *Result
		t0 := time.Now()
		for j := 0; j < rounds; j++ {
			r = w.LookThrough(tok, DefaultOptions())
		}
		look = time.Since(t0) / rounds
		t0 = time.Now()
		for j := 0; j < rounds; j++ {
			w.Together(r, w.Entity("P1"), w.Entity("P2"), DefaultOptions())
		}
		together = time.Since(t0) / rounds
		fmt.Printf("token of %d holders: look-through %v, Together %v: %.4fx\n", holders, look.Round(time.Millisecond), together.Round(time.Millisecond), float64(together)/float64(look))
	}
}
