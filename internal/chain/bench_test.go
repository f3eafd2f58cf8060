package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/tokenaudit/audit/internal/generate"
)

// manyHoldersPlan is a plan with one share token minted to holders
// external accounts, then transfers between keyed accounts, perBlock
// actions a block.
func manyHoldersPlan(holders, transfers, perBlock int) []byte {
	type m = map[string]interface{}
	accounts := []m{{"name": "deployer"}, {"name": "a"}, {"name": "b"}}
	var actions []m
	actions = append(actions, m{"op": "deploy", "token": "T"},
		m{"op": "mint", "token": "T", "from": "deployer", "to": "a", "amount": "1000000"})
	for i := 0; i < holders; i++ {
		name := fmt.Sprintf("h%d", i)
		addr := common.BytesToAddress(crypto.Keccak256([]byte(name))[:20])
		accounts = append(accounts, m{"name": name, "address": addr.Hex(), "external": true})
		actions = append(actions, m{"op": "mint", "token": "T", "from": "deployer", "to": name, "amount": "1"})
	}
	for i := 0; i < transfers; i++ {
		from, to := "a", "b"
		if i%2 == 1 {
			from, to = "b", "a"
		}
		actions = append(actions, m{"op": "transfer", "token": "T", "from": from, "to": to, "amount": "1"})
	}
	var blocks []m
	t := time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)
	for len(actions) > 0 {
		n := min(perBlock, len(actions))
		t = t.Add(12 * time.Second)
		blocks = append(blocks, m{"time": t.Format(time.RFC3339), "actions": actions[:n]})
		actions = actions[n:]
	}
	data, _ := json.Marshal(m{
		"genesis_time": "2024-01-02T00:00:00Z",
		"accounts":     accounts,
		"tokens":       []m{{"id": "T", "kind": "vessel-shares", "deployer": "deployer", "name": "T", "symbol": "T", "decimals": 0}},
		"blocks":       blocks,
	})
	return data
}

// BenchmarkReadManyHolders deploys 2,000 holders and 2,000 transfers, then
// reads the token with Multicall3 and one call at a time, reporting the
// time of each and of building the chain.
func BenchmarkReadManyHolders(b *testing.B) {
	plan, err := ParsePlan(manyHoldersPlan(2000, 2000, 400))
	if err != nil {
		b.Fatal(err)
	}
	start := time.Now()
	emb, err := NewEmbedded(context.Background(), plan)
	if err != nil {
		b.Fatal(err)
	}
	defer emb.Close()
	b.ReportMetric(float64(time.Since(start).Milliseconds()), "ms-build")
	var batchedTime, singleTime time.Duration
	for i := 0; i < b.N; i++ {
		for _, hide := range []bool{false, true} {
			c := &countingBackend{Backend: emb.Client(), hideMulticall: hide}
			start := time.Now()
			snap, err := Read(context.Background(), c, emb.Tokens(), nil)
			if err != nil {
				b.Fatal(err)
			}
			if n := len(snap.Tokens[0].Holders); n != 2001 {
				b.Fatalf("%d holders, want 2001 (b ends empty)", n)
			}
			if hide {
				singleTime += time.Since(start)
			} else {
				batchedTime += time.Since(start)
			}
		}
	}
	b.ReportMetric(float64(batchedTime.Milliseconds())/float64(b.N), "ms-read-multicall")
	b.ReportMetric(float64(singleTime.Milliseconds())/float64(b.N), "ms-read-one-by-one")
}

// exportBench holds the exports BenchmarkDecodeTransfers reads, made once.
var exportBench struct {
	once           sync.Once
	etl, etherscan []byte
	err            error
}

// BenchmarkDecodeTransfers reads in memory the exports of 1M transfers
// among 100,000 holders that `bench gen-export` writes (ethereum-etl, then
// Etherscan), reporting MB/s and MB per second of CPU time (both stages, garbage
// collection included), which a loaded machine changes less; compare two
// commits by alternating runs.
func BenchmarkDecodeTransfers(b *testing.B) {
	exportBench.once.Do(func() {
		c := generate.TransferConfig{Seed: 1, Holders: 100_000, Transfers: 1_000_000}
		var etl, es bytes.Buffer
		if _, exportBench.err = generate.WriteETL(&etl, c); exportBench.err != nil {
			return
		}
		_, exportBench.err = generate.WriteEtherscan(&es, c)
		exportBench.etl, exportBench.etherscan = etl.Bytes(), es.Bytes()
	})
	if exportBench.err != nil {
		b.Fatal(exportBench.err)
	}
	for _, f := range []struct {
		name string
		data []byte
	}{{"ethereum-etl", exportBench.etl}, {"etherscan", exportBench.etherscan}} {
		b.Run(f.name, func(b *testing.B) {
			b.SetBytes(int64(len(f.data)))
			cpu := processCPU()
			for i := 0; i < b.N; i++ {
				snap, _, err := DecodeTransfers(bytes.NewReader(f.data), f.name, TransferOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if len(snap.Tokens[0].Holders) == 0 {
					b.Fatal("no holders")
				}
			}
			if cpu := processCPU() - cpu; cpu > 0 {
				b.ReportMetric(float64(len(f.data))*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
			}
		})
	}
}
