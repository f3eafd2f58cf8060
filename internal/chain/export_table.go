package chain

import (
	"bytes"
	"encoding/binary"
	"hash/maphash"
	"math/bits"
	"slices"

	"github.com/holiman/uint256"
)

// holderSlot is one address of a holderTable with its balance: 64 bytes, so
// that finding an address and updating its balance touch one cache line.
type holderSlot struct {
	addr [20]byte
	last uint32 // the holder's last change is changes[last-1]; 0 is an empty slot
	bal  sbal
}

// lastChange is a row that changed holdings (noteChange): its block, log
// index (0 in an export without one) and transaction hash when hasTx.
type lastChange struct {
	block uint64
	tx    [4]uint64 // big-endian words (dupKey)
	log   uint32
	hasTx bool
}

// noteChange records row x as the last change of the holding of slot s
// unless it has a later one: a higher block, or the same block and a
// higher log index; rows out of order do not move it back. Between rows of
// one block and log index the later row wins.
//
// The row is appended to changes, once for its two holders, and the slot
// points to it: while rows come in order (as exports are sorted) that
// writes one record after another and reads nothing, where updating a
// record per holder read and wrote one at random, a cache miss a holder.
func (t *holderTable) noteChange(s *holderSlot, x *exportRow) {
	var log uint32
	if x.hasKey {
		log = uint32(x.key.log)
	}
	if t.ordered && (x.block > t.lastBlock || (x.block == t.lastBlock && log >= t.lastLog)) {
		// No change noted so far is later than x.
		t.lastBlock, t.lastLog = x.block, log
	} else {
		t.ordered = false
		c := &t.changes[s.last-1]
		if x.block < c.block || (x.block == c.block && log < c.log) {
			return
		}
	}
	if t.notedRow != x.row {
		if len(t.changes) == cap(t.changes) {
			t.compact()
		}
		t.changes = append(t.changes, lastChange{block: x.block, log: log, tx: x.key.tx, hasTx: x.hasTx})
		t.notedRow = x.row
	}
	s.last = uint32(len(t.changes))
}

// compact drops, in place, the records of changes no slot points to,
// keeping the order of the others, and makes room for at least one more
// record a holder, so that the records a compaction keeps and the slots it
// reads cost O(1) a record appended. It touches no fresh memory unless it
// grows changes.
func (t *holderTable) compact() {
	// live marks the records slots point to, and the zero change.
	live := make([]uint64, (len(t.changes)+63)/64)
	live[0] = 1
	for i := range t.slots {
		if s := &t.slots[i]; s.last > 1 {
			k := s.last - 1
			live[k/64] |= 1 << (k % 64)
		}
	}
	// Live records move down in order; before[w] is how many live records
	// come before those of live[w]: the new index of its first.
	before := make([]uint32, len(live))
	n := 0
	for w, word := range live {
		before[w] = uint32(n)
		for ; word != 0; word &= word - 1 {
			t.changes[n] = t.changes[w*64+bits.TrailingZeros64(word)]
			n++
		}
	}
	for i := range t.slots {
		if s := &t.slots[i]; s.last > 1 {
			k := s.last - 1
			s.last = before[k/64] + uint32(bits.OnesCount64(live[k/64]&(1<<(k%64)-1))) + 1
		}
	}
	t.changes = t.changes[:n]
	if cap(t.changes)-n < t.n+1 {
		t.changes = append(make([]lastChange, 0, n+2*(t.n+1)), t.changes...)
	}
	t.notedRow = 0
}

// minChanges is the smallest capacity of holderTable.changes.
const minChanges = 1024

// holderTable maps addresses to signed balances: open addressing with
// linear probing over a power-of-two slice of slots, at most 3/4 full. The
// hash is seeded (per read), so no file can choose addresses that collide.
// A look-up costs about one cache miss, where a map to an index into a
// slice of balances cost about three.
type holderTable struct {
	seed  maphash.Seed
	slots []holderSlot
	n     int // used slots
	// changes holds first a zero change, that of holders not changed yet,
	// then the rows noted as changes, in the order noted (noteChange); a
	// slot's last change is changes[last-1]. Rows no slot points to any
	// more are dropped when it is full (compact).
	changes  []lastChange
	notedRow int // the row of the last record of changes, 0 after compact
	// ordered is set while every change noted came in order of block and
	// log index; lastBlock and lastLog are then the last one's.
	ordered   bool
	lastBlock uint64
	lastLog   uint32
}

func newHolderTable(seed maphash.Seed) *holderTable {
	return &holderTable{seed: seed, slots: make([]holderSlot, 1024), changes: make([]lastChange, 1, minChanges), ordered: true}
}

// hash is a's hash in t: the one to give get.
func (t *holderTable) hash(a [20]byte) uint64 { return maphash.Comparable(t.seed, a) }

// touch reads the slot where a look-up of hash h starts, so that look-ups
// made a little later find it in cache: the reads of many touches overlap.
func (t *holderTable) touch(h uint64) byte {
	return t.slots[h&uint64(len(t.slots)-1)].addr[0]
}

// get returns the slot of a, whose hash is h, adding a with a zero balance
// when absent. The pointer is valid until the next get.
func (t *holderTable) get(a [20]byte, h uint64) *holderSlot {
	mask := uint64(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.last != 0 {
			if s.addr == a {
				return s
			}
			continue
		}
		if (t.n+1)*4 > len(t.slots)*3 {
			t.grow()
			return t.get(a, h)
		}
		t.n++
		s.addr, s.last = a, 1 // not changed yet
		return s
	}
}

// find returns a's slot, or nil when a has none.
func (t *holderTable) find(a [20]byte) *holderSlot {
	mask := uint64(len(t.slots) - 1)
	for i := maphash.Comparable(t.seed, a) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.last == 0 {
			return nil
		}
		if s.addr == a {
			return s
		}
	}
}

// grow doubles the slots and places every address again.
func (t *holderTable) grow() {
	old := t.slots
	t.slots = make([]holderSlot, 2*len(old))
	mask := uint64(len(t.slots) - 1)
	for k := range old {
		if old[k].last == 0 {
			continue
		}
		i := maphash.Comparable(t.seed, old[k].addr) & mask
		for t.slots[i].last != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = old[k]
	}
}

// positive returns the addresses with a positive balance as holders, in
// the order of sortHolders (balance, largest first, then address), sorted
// before their balances become big.Int; nil when there are none.
func (t *holderTable) positive() []Holder {
	type holding struct {
		bal  uint256.Int
		addr [20]byte
		last uint32 // the slot's
	}
	hs := make([]holding, 0, t.n) // room for all: growing moved each up to four times
	for i := range t.slots {
		if s := &t.slots[i]; s.last != 0 && !s.bal.neg && !s.bal.mag.IsZero() {
			hs = append(hs, holding{s.bal.mag, s.addr, s.last})
		}
	}
	// Byte order of addresses is the order of their lowercase hex.
	slices.SortFunc(hs, func(a, b holding) int {
		if c := b.bal.Cmp(&a.bal); c != 0 {
			return c
		}
		return bytes.Compare(a.addr[:], b.addr[:])
	})
	if len(hs) == 0 {
		return nil
	}
	out := make([]Holder, len(hs))
	for i := range hs {
		c := &t.changes[hs[i].last-1]
		out[i] = Holder{Address: hexString(hs[i].addr), Balance: hs[i].bal.ToBig(), LastChangeBlock: c.block}
		if c.hasTx {
			for w, v := range c.tx {
				binary.BigEndian.PutUint64(out[i].LastChangeTx[8*w:], v)
			}
		}
	}
	return out
}

// keyEntry is one transfer of a keySet and the row that read it.
type keyEntry struct {
	tx       [4]uint64
	log, row uint32
}

// keySlot is a slot of a keySet: the entry's index plus one (0 is an empty
// slot) and 32 bits of its hash, so that a look-up reads the entry only
// when those match.
type keySlot struct {
	hash, idx uint32
}

// keySet holds the transfers read so far, to find repeats: open addressing
// with linear probing, as holderTable, over 8-byte slots at most 3/4 full
// pointing into the entries in the order read. At 1M transfers the slots
// take 16 MB, which caches hold far better than 40-byte entries, and the
// entries 40 MB written one after another. The hashes are computed by the
// parse stage, with a seed of the read.
type keySet struct {
	seed    maphash.Seed
	slots   []keySlot
	entries []keyEntry
}

// minKeyedRowBytes is about the shortest row with a key: three addresses,
// a transaction hash and the separators take 198 bytes.
const minKeyedRowBytes = 192

// newKeySet returns a set with room for about hint keys before it grows:
// growing a set of a million keys moves each about twice, at a cache miss
// each. Memory no key reaches is never touched, so costs nothing.
func newKeySet(seed maphash.Seed, hint int64) *keySet {
	n := 1024
	for int64(n)*3 < hint*4 && n < 1<<30 {
		n *= 2
	}
	return &keySet{seed: seed, slots: make([]keySlot, n), entries: make([]keyEntry, 0, n*3/4)}
}

// hash is k's hash in s: the one to give add.
func (s *keySet) hash(k dupKey) uint64 { return maphash.Comparable(s.seed, k) }

// touch reads the slot where a look-up of hash h starts (holderTable.touch).
func (s *keySet) touch(h uint64) uint32 {
	return s.slots[h&uint64(len(s.slots)-1)].idx
}

// add records k, whose hash is h, as read by row, and returns 0; when k
// was added before, it returns that row and changes nothing. row is at
// least 1.
func (s *keySet) add(k dupKey, h uint64, row uint32) uint32 {
	mask := uint64(len(s.slots) - 1)
	top := uint32(h >> 32)
	for i := h & mask; ; i = (i + 1) & mask {
		x := &s.slots[i]
		if x.idx != 0 {
			if x.hash == top {
				if e := &s.entries[x.idx-1]; e.tx == k.tx && uint64(e.log) == k.log {
					return e.row
				}
			}
			continue
		}
		if (len(s.entries)+1)*4 > len(s.slots)*3 {
			s.grow()
			return s.add(k, h, row)
		}
		s.entries = append(s.entries, keyEntry{tx: k.tx, log: uint32(k.log), row: row})
		x.hash, x.idx = top, uint32(len(s.entries))
		return 0
	}
}

// grow doubles the slots and places every entry again.
func (s *keySet) grow() {
	s.slots = make([]keySlot, 2*len(s.slots))
	mask := uint64(len(s.slots) - 1)
	for n, e := range s.entries {
		h := s.hash(dupKey{e.tx, uint64(e.log)})
		i := h & mask
		for s.slots[i].idx != 0 {
			i = (i + 1) & mask
		}
		s.slots[i] = keySlot{hash: uint32(h >> 32), idx: uint32(n + 1)}
	}
}

// stamp sets h's LastChangeBlock and LastChangeTx from the change slot s
// points to (none yet: zero).
func (t *holderTable) stamp(h *Holder, s *holderSlot) {
	c := &t.changes[s.last-1]
	h.LastChangeBlock = c.block
	if c.hasTx {
		for w, v := range c.tx {
			binary.BigEndian.PutUint64(h.LastChangeTx[8*w:], v)
		}
	}
}
