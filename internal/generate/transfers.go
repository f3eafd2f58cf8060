// Package generate makes audit scenarios of any size, the same for the same
// seed on every machine: token transfers (as an ethereum-etl or Etherscan
// CSV, or as a deployment plan for the embedded chain), registry sheets and
// sanctions lists with realistic name shapes. Benchmarks and tests use it
// for inputs too large to commit.
package generate

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"math/big"
	"math/rand/v2"
	"sort"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/crypto"
)

// TransferConfig sizes a generated transfer history of one ERC-20 token
// with 18 decimals.
type TransferConfig struct {
	Seed      uint64
	Holders   int // addresses that receive tokens (each gets a mint first)
	Transfers int // rows in all, mints included; at least Holders
	PerBlock  int // rows per block; 0 means 10
}

// StartBlock and StartTime are the first generated block and its time;
// blocks are 12 seconds apart.
const (
	StartBlock = 18_000_000
)

// StartTime is the timestamp of StartBlock.
var StartTime = time.Date(2024, 1, 2, 0, 0, 0, 0, time.UTC)

// unitZeros: generated amounts are whole micro-tokens (10^-6), so base
// units end in 12 zeros and an Etherscan quantity has at most 6 decimals.
const unitZeros = "000000000000"

// Address returns the deterministic address number i of a seed, lowercase
// 0x hex.
func Address(seed uint64, kind string, i int) string {
	var in []byte
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint64(b[8:], uint64(i))
	in = append(in, kind...)
	in = append(in, b[:]...)
	return fmt.Sprintf("0x%x", crypto.Keccak256(in)[12:])
}

// TokenAddress is the address of the generated token of a seed.
func TokenAddress(seed uint64) string { return Address(seed, "token", 0) }

// Transfer is one generated row: Amount in micro-tokens.
type Transfer struct {
	Block  uint64
	Time   time.Time
	TxHash string
	Log    int
	From   string // zero address for a mint
	To     string
	Amount uint64
}

// ZeroAddress is the sender of a mint.
const ZeroAddress = "0x0000000000000000000000000000000000000000"

// Transfers calls fn for each generated row in chain order and returns the
// final balances in base units by address. Every holder is minted to first;
// later rows move a part of the sender's balance, so no balance ever goes
// negative and the supply is the sum of the mints.
func Transfers(c TransferConfig, fn func(Transfer) error) (map[string]*big.Int, error) {
	if c.PerBlock <= 0 {
		c.PerBlock = 10
	}
	if c.Holders <= 0 {
		return nil, fmt.Errorf("generate: %d holders", c.Holders)
	}
	rng := rand.New(rand.NewPCG(c.Seed, 0x7472616e73666572))
	addrs := make([]string, c.Holders)
	bal := make([]uint64, c.Holders)
	for i := range addrs {
		addrs[i] = Address(c.Seed, "holder", i)
	}
	total := max(c.Transfers, c.Holders)
	for row := 0; row < total; row++ {
		blk := row / c.PerBlock
		t := Transfer{
			Block:  StartBlock + uint64(blk),
			Time:   StartTime.Add(time.Duration(blk) * 12 * time.Second),
			TxHash: fmt.Sprintf("0x%016x%048x", c.Seed, row),
			Log:    row % c.PerBlock,
		}
		if row < c.Holders {
			// Pareto-like sizes: a few large holders, many small.
			amt := 1_000_000 * (1 + uint64(1e6/(1+rng.Float64()*1e4)))
			t.From, t.To, t.Amount = ZeroAddress, addrs[row], amt
			bal[row] += amt
		} else {
			from := rng.IntN(c.Holders)
			for bal[from] == 0 {
				from = (from + 1) % c.Holders
			}
			to := rng.IntN(c.Holders)
			amt := 1 + rng.Uint64N(bal[from])
			if rng.IntN(4) > 0 {
				amt = 1 + bal[from]/uint64(2+rng.IntN(50))
			}
			bal[from] -= amt
			bal[to] += amt
			t.From, t.To, t.Amount = addrs[from], addrs[to], amt
		}
		if err := fn(t); err != nil {
			return nil, err
		}
	}
	out := make(map[string]*big.Int, c.Holders)
	for i, b := range bal {
		if b > 0 {
			v, _ := new(big.Int).SetString(strconv.FormatUint(b, 10)+unitZeros, 10)
			out[addrs[i]] = v
		}
	}
	return out, nil
}

// WriteETL writes the transfers as an ethereum-etl token_transfers CSV and
// returns the final balances in base units.
func WriteETL(w io.Writer, c TransferConfig) (map[string]*big.Int, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	token := TokenAddress(c.Seed)
	bw.WriteString("token_address,from_address,to_address,value,transaction_hash,log_index,block_number\n")
	var buf []byte
	bal, err := Transfers(c, func(t Transfer) error {
		buf = buf[:0]
		buf = append(buf, token...)
		buf = append(buf, ',')
		buf = append(buf, t.From...)
		buf = append(buf, ',')
		buf = append(buf, t.To...)
		buf = append(buf, ',')
		buf = strconv.AppendUint(buf, t.Amount, 10)
		buf = append(buf, unitZeros...)
		buf = append(buf, ',')
		buf = append(buf, t.TxHash...)
		buf = append(buf, ',')
		buf = strconv.AppendInt(buf, int64(t.Log), 10)
		buf = append(buf, ',')
		buf = strconv.AppendUint(buf, t.Block, 10)
		buf = append(buf, '\n')
		_, err := bw.Write(buf)
		return err
	})
	if err != nil {
		return nil, err
	}
	return bal, bw.Flush()
}

// WriteEtherscan writes the transfers as Etherscan's token-transfer export
// (byte-order mark, every field quoted, CRLF, quantities in whole tokens
// with thousands separators) and returns the final balances in base units
// of 18 decimals.
func WriteEtherscan(w io.Writer, c TransferConfig) (map[string]*big.Int, error) {
	bw := bufio.NewWriterSize(w, 1<<20)
	token := TokenAddress(c.Seed)
	bw.WriteString("\xef\xbb\xbf\"Transaction Hash\",\"Blockno\",\"UnixTimestamp\",\"DateTime (UTC)\",\"From\",\"To\",\"TokenValue\",\"USDValueDayOfTx\",\"ContractAddress\",\"TokenName\",\"TokenSymbol\"\r\n")
	bal, err := Transfers(c, func(t Transfer) error {
		_, err := fmt.Fprintf(bw, "\"%s\",\"%d\",\"%d\",\"%s\",\"%s\",\"%s\",\"%s\",\"$0.00\",\"%s\",\"Generated Vessel Shares\",\"GVS\"\r\n",
			t.TxHash, t.Block, t.Time.Unix(), t.Time.Format("2006-01-02 15:04:05"), t.From, t.To, Quantity(t.Amount), token)
		return err
	})
	if err != nil {
		return nil, err
	}
	return bal, bw.Flush()
}

// Quantity formats micro-tokens as Etherscan shows a quantity: thousands
// separators, a point and the fraction without trailing zeros.
func Quantity(micro uint64) string {
	whole, frac := micro/1_000_000, micro%1_000_000
	s := strconv.FormatUint(whole, 10)
	var b []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b = append(b, ',')
		}
		b = append(b, s[i])
	}
	if frac > 0 {
		f := fmt.Sprintf("%06d", frac)
		for f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		b = append(b, '.')
		b = append(b, f...)
	}
	return string(b)
}

// SortedHolders returns balances as address, balance pairs sorted like
// chain.Token.Holders: balance descending, then address.
func SortedHolders(bal map[string]*big.Int) [][2]string {
	type hb struct {
		a string
		b *big.Int
	}
	var hs []hb
	for a, b := range bal {
		if b.Sign() > 0 {
			hs = append(hs, hb{a, b})
		}
	}
	sort.Slice(hs, func(i, j int) bool {
		if c := hs[i].b.Cmp(hs[j].b); c != 0 {
			return c > 0
		}
		return hs[i].a < hs[j].a
	})
	out := make([][2]string, len(hs))
	for i, h := range hs {
		out[i] = [2]string{h.a, h.b.String()}
	}
	return out
}
