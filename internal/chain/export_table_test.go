package chain

import (
	"hash/maphash"
	"math/rand/v2"
	"testing"
	"unsafe"

	"github.com/holiman/uint256"
)

// TestHolderTable adds amounts to addresses through growth of the table and
// requires the same balances as a map, and no slot for an absent address.
func TestHolderTable(t *testing.T) {
	if s := unsafe.Sizeof(holderSlot{}); s != 64 {
		t.Errorf("a slot is %d bytes, want 64 (one cache line)", s)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	tab := newHolderTable(maphash.MakeSeed())
	want := map[[20]byte]uint64{}
	var addrs [][20]byte
	for i := 0; i < 5000; i++ {
		var a [20]byte
		for j := range a {
			a[j] = byte(rng.IntN(256))
		}
		if i%7 == 0 {
			a = [20]byte{19: byte(i)} // addresses that differ in one byte
		}
		addrs = append(addrs, a)
	}
	for k := 0; k < 50000; k++ {
		a := addrs[rng.IntN(len(addrs))]
		v := rng.Uint64N(1000)
		tab.get(a, tab.hash(a)).bal.add(uint256.NewInt(v))
		want[a] += v
	}
	used := 0
	for i := range tab.slots {
		if s := &tab.slots[i]; s.last != 0 {
			used++
			if s.bal.neg || s.bal.mag.Uint64() != want[s.addr] {
				t.Fatalf("%x: balance %v, want %d", s.addr, s.bal.big(), want[s.addr])
			}
		}
	}
	if used != len(want) || tab.n != len(want) || 4*tab.n > 3*len(tab.slots) {
		t.Errorf("%d slots used (count %d) of %d, want %d", used, tab.n, len(tab.slots), len(want))
	}
	for a, v := range want {
		if s := tab.find(a); s == nil || s.bal.mag.Uint64() != v {
			t.Fatalf("find %x: %v, want %d", a, s, v)
		}
	}
	if s := tab.find([20]byte{1, 2, 3}); s != nil {
		t.Errorf("find of an absent address: %+v", s)
	}
}

// TestKeySet adds keys through growth of the set: the first add of a key
// returns 0, every later one the row of the first, as a map would.
func TestKeySet(t *testing.T) {
	if s := unsafe.Sizeof(keySlot{}); s != 8 {
		t.Errorf("a slot is %d bytes, want 8", s)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	s := newKeySet(maphash.MakeSeed(), 0)
	want := map[dupKey]uint32{}
	for row := uint32(2); row < 20000; row++ {
		var k dupKey
		k.tx[3], k.tx[0], k.log = uint64(rng.IntN(256)), uint64(rng.IntN(40)), uint64(rng.IntN(3))
		first, seen := want[k]
		if !seen {
			want[k] = row
		}
		if got := s.add(k, s.hash(k), row); got != first {
			t.Fatalf("row %d, key %x/%d: add returned %d, want %d", row, k.tx, k.log, got, first)
		}
	}
	if n := len(s.entries); n != len(want) || 4*n > 3*len(s.slots) {
		t.Errorf("%d keys in %d slots, want %d", n, len(s.slots), len(want))
	}
}

// TestHolderTableLastChange notes changes of a few holders over many rows,
// in order, then with rows out of order, and requires each holder's last
// change to be the row a plain map keeps (the latest block and log index,
// the later row between equals), while the records of rows no holder cites
// any more are dropped: changes stays a few records a holder.
func TestHolderTableLastChange(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	tab := newHolderTable(maphash.MakeSeed())
	var addrs [][20]byte
	for i := 0; i < 30; i++ {
		addrs = append(addrs, [20]byte{0: byte(i), 19: byte(i * 7)})
	}
	want := map[[20]byte]lastChange{}
	note := func(a [20]byte, x *exportRow) {
		tab.noteChange(tab.get(a, tab.hash(a)), x)
		var log uint32
		if x.hasKey {
			log = uint32(x.key.log)
		}
		if c, ok := want[a]; !ok || x.block > c.block || (x.block == c.block && log >= c.log) {
			want[a] = lastChange{block: x.block, log: log, tx: x.key.tx, hasTx: x.hasTx}
		}
	}
	check := func(row int) {
		t.Helper()
		for a, w := range want {
			s := tab.find(a)
			if s == nil {
				t.Fatalf("row %d: %x has no slot", row, a)
			}
			if got := tab.changes[s.last-1]; got != w {
				t.Fatalf("row %d: %x last change %+v, want %+v", row, a, got, w)
			}
		}
	}
	const rows = 20000
	block := uint64(100)
	for row := 2; row < rows; row++ {
		if rng.IntN(3) == 0 {
			block++
		}
		x := &exportRow{row: row, block: block, hasKey: rng.IntN(10) != 0, hasTx: rng.IntN(5) != 0}
		x.key.tx[3], x.key.log = uint64(row), uint64(rng.IntN(4))
		if row > rows/2 && rng.IntN(20) == 0 {
			x.block -= uint64(rng.IntN(30)) // out of order
		}
		from, to := addrs[rng.IntN(len(addrs))], addrs[rng.IntN(len(addrs))]
		if from == to {
			tab.get(from, tab.hash(from)) // a holder not changed
			continue
		}
		note(from, x)
		note(to, x)
		if row%1000 == 0 {
			check(row)
		}
	}
	check(rows)
	if tab.ordered {
		t.Error("rows out of order left the table ordered")
	}
	if c := cap(tab.changes); c > rows/4 {
		t.Errorf("changes holds room for %d records for %d holders: rows no holder cites are kept", c, tab.n)
	}
	if c := tab.changes[0]; c != (lastChange{}) {
		t.Errorf("the first change is %+v, want the zero change", c)
	}
}
