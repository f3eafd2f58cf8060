package chain

// bitset is a set of code offsets.
type bitset []uint64

func newBitset(n int) bitset    { return make(bitset, (n+63)/64) }
func (b bitset) set(i int)      { b[i/64] |= 1 << (i % 64) }
func (b bitset) has(i int) bool { return b[i/64]&(1<<(i%64)) != 0 }

// pushSize is how many data bytes op pushes: ok for PUSH1..PUSH32.
func pushSize(op byte) (n int, ok bool) { return int(op) - 0x5f, op >= 0x60 && op <= 0x7f }

// jumpdests are the offsets of code's valid jump destinations, as the EVM
// finds them: a JUMPDEST (0x5b) byte read as an instruction, not one
// inside a PUSHn's data.
func jumpdests(code []byte) bitset {
	dests := newBitset(len(code))
	for i := 0; i < len(code); i++ {
		op := code[i]
		if op == 0x5b { // JUMPDEST
			dests.set(i)
		}
		if n, ok := pushSize(op); ok {
			i += n
		}
	}
	return dests
}

// defined says whether op is an instruction of the EVM as of the Osaka
// fork (go-ethereum's instruction set, TestDefinedOpcodes). INVALID (0xfe)
// is not one: it ends execution.
func defined(op byte) bool {
	switch {
	case op <= 0x0b, op >= 0x10 && op <= 0x1e, op == 0x20, op >= 0x30 && op <= 0x4a,
		op >= 0x50 && op <= 0xa4, op >= 0xf0 && op <= 0xf5, op == 0xfa, op == 0xfd, op == 0xff:
		return true
	}
	return false
}

// endsBlock says whether execution never goes on to the next instruction
// after op: STOP, JUMP, RETURN, REVERT, INVALID, SELFDESTRUCT, or an
// undefined opcode (which fails).
func endsBlock(op byte) bool {
	switch op {
	case 0x00, 0x56, 0xf3, 0xfd, 0xfe, 0xff:
		return true
	}
	return !defined(op)
}

// pushValue is the value PUSHn at i puts on the stack as a code offset:
// its n data bytes, those past the end of the code read as zeros as the
// EVM reads them; ok is false when it is no offset inside code.
func pushValue(code []byte, i, n int) (int, bool) {
	var v uint64
	for k := 1; k <= n; k++ {
		if v > uint64(len(code)) {
			return 0, false // already past any offset: no overflow
		}
		v <<= 8
		if i+k < len(code) {
			v |= uint64(code[i+k])
		}
	}
	if v >= uint64(len(code)) {
		return 0, false
	}
	return int(v), true
}

// reachable marks the instructions of code that execution starting at pc 0
// can reach, as the EVM would run them, with every jump target a pushed
// constant: from pc 0 and from each reached target, instructions are read
// one after another (a PUSHn's data skipped) until one that ends the block
// (endsBlock: STOP, JUMP, RETURN, REVERT, INVALID, SELFDESTRUCT, an
// undefined opcode) or the end of the code; JUMPI goes on to the next
// instruction. Any reached PUSHn whose value is a valid JUMPDEST
// (jumpdests) is a target, wherever its JUMP or JUMPI is: this follows
// solc's and Vyper's jumps (PUSH2 tag JUMPI) and the return addresses of
// solc's internal functions, pushed long before the JUMP that uses them.
// One computed jump is followed too, Vyper's sparse selector table (0.3.10
// on, its default): a run that copies code to memory (CODECOPY) and ends
// with MLOAD JUMP jumps to a 2-byte address read from a table in the data
// after the code; each constant the run pushes that is an offset in the
// code is taken for such a table, whose entries are targets from the first
// while each is a valid JUMPDEST (jumpTable). Each instruction and each
// table entry is read at most once: linear time in len(code), and any
// bytes are safe to read.
func reachable(code []byte) bitset {
	dests := jumpdests(code)
	seen := newBitset(len(code))
	tabled := newBitset(len(code)) // table entries read
	queue := []int{0}
	if len(code) > 0 {
		seen.set(0)
	}
	target := func(t int) {
		if dests.has(t) && !seen.has(t) {
			seen.set(t)
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		start := queue[len(queue)-1]
		queue = queue[:len(queue)-1]
		var consts []int // offsets in the code this run pushes
		codecopy, last := false, byte(0)
		for i := start; i < len(code); {
			if i != start && seen.has(i) {
				break // the rest of this run was read from i already
			}
			seen.set(i)
			op := code[i]
			if n, ok := pushSize(op); ok {
				if t, ok := pushValue(code, i, n); ok {
					target(t)
					consts = append(consts, t)
				}
				i += 1 + n
				last = op
				continue
			}
			if op == 0x39 { // CODECOPY
				codecopy = true
			}
			if op == 0x56 && last == 0x51 && codecopy { // MLOAD JUMP
				for _, t := range consts {
					jumpTable(code, t, dests, tabled, target)
				}
			}
			if endsBlock(op) {
				break
			}
			last = op
			i++
		}
	}
	return seen
}

// jumpTable reads the table of 2-byte big-endian code addresses that
// Vyper's sparse selector table keeps in the data at offset at, calling
// target with each entry from the first while each is a valid JUMPDEST,
// up to an entry read before (tabled).
func jumpTable(code []byte, at int, dests, tabled bitset, target func(int)) {
	for i := at; i+1 < len(code) && !tabled.has(i); i += 2 {
		tabled.set(i)
		t := int(code[i])<<8 | int(code[i+1])
		if t >= len(code) || !dests.has(t) {
			return
		}
		target(t)
	}
}

// Selectors is a set of 4-byte function selectors that a code's
// dispatcher compares the calldata's selector with (DispatchedSelectors).
type Selectors map[[4]byte]bool

// Has says whether sel, 4 bytes and not all zero, is in the set.
func (s Selectors) Has(sel []byte) bool {
	if len(sel) != 4 || [4]byte(sel) == [4]byte{} {
		return false
	}
	return s[[4]byte(sel)]
}

// DispatchedSelectors is the set of selectors for which HasSelector(code,
// sel) is true, read in one pass over the code: callers testing many
// functions against one code read it once.
func DispatchedSelectors(code []byte) Selectors {
	reached := reachable(code)
	out := Selectors{}
	for i := 0; i < len(code); i++ {
		op := code[i]
		n, ok := pushSize(op)
		if !ok {
			continue
		}
		end := i + 1 + n
		if reached.has(i) && n <= 4 && end <= len(code) && compared(code, end) {
			var sel [4]byte
			copy(sel[4-n:], code[i+1:end])
			if sel != ([4]byte{}) {
				out[sel] = true
			}
		}
		i += n
	}
	return out
}
