package chain

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
)

// TestDefinedOpcodes: the opcodes reachable takes for instructions are
// those of go-ethereum's Osaka instruction set (an undefined one, which
// fails, has no gas cost there; STOP has none either and is defined).
func TestDefinedOpcodes(t *testing.T) {
	table, err := vm.LookupInstructionSet(params.Rules{IsOsaka: true})
	if err != nil {
		t.Fatal(err)
	}
	for op := 0; op < 256; op++ {
		if want := op == 0 || table[op].HasCost(); defined(byte(op)) != want {
			t.Errorf("opcode %#02x (%v): defined %v, go-ethereum's Osaka set %v", op, vm.OpCode(op), defined(byte(op)), want)
		}
	}
}

// TestSelectorReachedOnly: a dispatcher's comparison (DUP1 PUSH4 sel EQ)
// counts only where execution from pc 0 reaches it through pushed jump
// targets: after an INVALID, a STOP or a JUMP when a pushed constant is
// the JUMPDEST before it (a jump target, or an internal function's return
// address pushed long before), after a JUMPI that is not taken; not after
// STOP, RETURN, REVERT, INVALID, SELFDESTRUCT, JUMP or an undefined
// opcode that no pushed constant leads back to, not at a 0x5b inside a
// push's data (no JUMPDEST), nor behind a computed jump (ADD), which is
// not followed.
func TestSelectorReachedOnly(t *testing.T) {
	sel := selector("mint(address,uint256)")
	cmp := append(append([]byte{0x80, 0x63}, sel...), 0x14) // DUP1 PUSH4 sel EQ
	cat := func(parts ...[]byte) []byte {
		var out []byte
		for _, p := range parts {
			out = append(out, p...)
		}
		return out
	}
	b := func(x ...byte) []byte { return x }
	tests := []struct {
		name string
		code []byte
		want bool
	}{
		{"straight from pc 0", cmp, true},
		{"jump over an INVALID", cat(b(0x60, 0x04, 0x56, 0xfe, 0x5b), cmp), true},
		{"after a JUMPI not taken", cat(b(0x60, 0x01, 0x60, 0x09, 0x57), cmp, b(0x00, 0x5b)), true},
		{"return address pushed before a STOP", cat(b(0x60, 0x03, 0x00, 0x5b), cmp), true},
		{"PUSH2 target with a leading zero", cat(b(0x61, 0x00, 0x05, 0x56, 0x00, 0x5b), cmp), true},
		{"after STOP", cat(b(0x00, 0x5b), cmp), false},
		{"after RETURN", cat(b(0x5f, 0x5f, 0xf3, 0x5b), cmp), false},
		{"after REVERT", cat(b(0x5f, 0x5f, 0xfd, 0x5b), cmp), false},
		{"after INVALID (solc's assert)", cat(b(0xfe, 0x5b), cmp), false},
		{"after SELFDESTRUCT", cat(b(0x5f, 0xff, 0x5b), cmp), false},
		{"after JUMP", cat(b(0x60, 0x00, 0x56, 0x5b), cmp), false},
		{"after an undefined opcode", cat(b(0x0c, 0x5b), cmp), false},
		{"data after the code, no jump into it", cat(b(0x60, 0x80, 0x60, 0x40, 0x52, 0x00), cmp), false},
		{"target a 0x5b in push data", cat(b(0x60, 0x05, 0x56, 0x00, 0x60, 0x5b), cmp), false},
		{"target past the code", cat(b(0x61, 0xff, 0xff, 0x56, 0x5b), cmp), false},
		{"computed jump (ADD)", cat(b(0x60, 0x02, 0x60, 0x04, 0x01, 0x56, 0x5b), cmp), false},
	}
	for _, tt := range tests {
		if got := HasSelector(tt.code, sel); got != tt.want {
			t.Errorf("%s (%x): HasSelector %v, want %v", tt.name, tt.code, got, tt.want)
		}
	}
}

// readHex reads a file of hex code (a 0x prefix and spaces allowed).
func readHex(t testing.TB, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return common.FromHex(strings.TrimSpace(string(data)))
}

// solcCodeEnd is where the code solc compiled ends in runtime code: before
// its CBOR metadata, whose length the last two bytes give.
func solcCodeEnd(t *testing.T, name string, code []byte) int {
	t.Helper()
	if len(code) < 2 {
		t.Fatalf("%s: %d bytes", name, len(code))
	}
	end := len(code) - 2 - (int(code[len(code)-2])<<8 | int(code[len(code)-1]))
	if end <= 0 || code[end]&0xf0 != 0xa0 { // a CBOR map
		t.Fatalf("%s: no solc metadata at the end", name)
	}
	return end
}

// TestCompiledCodeReached: in the runtime code of every contract of
// contracts/build (solc 0.8.37) and of AssertToken (solc 0.4.24, optimiser
// on and off), execution from pc 0 reaches every JUMPDEST of the code solc
// compiled (the jumps are all followed, and so are the return addresses of
// internal functions), and nothing of the data after it: the CBOR
// metadata, and in ReceiptIssuer Receipt's creation code. In AssertToken,
// each INVALID of a SafeMath assert is reached and so is code after the
// first: an INVALID ends a block, not the code.
func TestCompiledCodeReached(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "contracts", "build", "*.bin-runtime"))
	if err != nil || len(files) < 16 {
		t.Fatalf("contracts/build has %d runtime codes: %v", len(files), err)
	}
	old, err := filepath.Glob(filepath.Join("testdata", "solc0424", "*.bin-runtime"))
	if err != nil || len(old) != 2 {
		t.Fatalf("testdata/solc0424 has %d runtime codes: %v", len(old), err)
	}
	receipt := readHex(t, filepath.Join("..", "..", "contracts", "build", "Receipt.bin"))
	for _, path := range append(files, old...) {
		name := filepath.Base(path)
		code := readHex(t, path)
		end := solcCodeEnd(t, name, code)
		if strings.HasPrefix(name, "ReceiptIssuer.") {
			end = bytes.Index(code, receipt)
			if end <= 0 {
				t.Fatalf("%s does not hold Receipt's creation code", name)
			}
		}
		reached, dests := reachable(code), jumpdests(code)
		invalid, afterInvalid := -1, false
		for i := 0; i < len(code); i++ {
			switch {
			case i >= end && reached.has(i):
				t.Errorf("%s: offset %d reached, in the data after the code (from %d)", name, i, end)
			case i < end && dests.has(i) && !reached.has(i):
				t.Errorf("%s: the JUMPDEST at %d is not reached", name, i)
			case reached.has(i) && code[i] == 0xfe && invalid < 0:
				invalid = i
			case reached.has(i) && invalid >= 0:
				afterInvalid = true
			}
			if n, ok := pushSize(code[i]); ok {
				i += n
			}
		}
		if strings.HasPrefix(name, "AssertToken.") && (invalid < 0 || !afterInvalid) {
			t.Errorf("%s: first INVALID reached at %d, code after it reached: %v", name, invalid, afterInvalid)
		}
	}
}

// TestOldSolcAssertCode: every function of AssertToken, compiled by solc
// 0.4.24 (testdata/solc0424/README.md) with the optimiser on and off, is
// found dispatched, mint and pause among them, though INVALIDs (its
// asserts) are inside its code; its capabilities are mint and pause.
func TestOldSolcAssertCode(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "solc0424", "AssertToken.abi"))
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(parsed.Methods) < 10 {
		t.Fatalf("AssertToken's ABI has %d functions", len(parsed.Methods))
	}
	for _, build := range []string{"optimized", "unoptimized"} {
		code := readHex(t, filepath.Join("testdata", "solc0424", "AssertToken."+build+".bin-runtime"))
		if !bytes.Contains(code, []byte{0xfe}) {
			t.Fatalf("%s: no INVALID byte: the test shows nothing", build)
		}
		for _, m := range parsed.Methods {
			if !HasSelector(code, m.ID) {
				t.Errorf("%s: %s (%x) is not found dispatched", build, m.Sig, m.ID)
			}
		}
		c := capabilities(false, codeOf{"0x01", code})
		if !sameFlags(c, Capabilities{Mint: true, Pause: true}) {
			t.Errorf("%s: capabilities %+v, want mint and pause", build, c)
		}
	}
}

// linearSelectors is what HasSelector found before it read reachability:
// every comparison in the code read linearly from pc 0.
func linearSelectors(code []byte) Selectors {
	out := Selectors{}
	for i := 0; i < len(code); i++ {
		n, ok := pushSize(code[i])
		if !ok {
			continue
		}
		if end := i + 1 + n; n <= 4 && end <= len(code) && compared(code, end) {
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

// FuzzHasSelector feeds HasSelector any code, as a hostile node could
// answer eth_getCode: never a panic; what it finds is found by the linear
// reading too (reachability only removes); HasSelector agrees with
// DispatchedSelectors; and data appended after the code (33 zero bytes,
// which end any push and then STOP, then bytes without a JUMPDEST) never
// changes what is found in code without a CODECOPY (with one, the data may
// be a jump table, as Vyper's).
func FuzzHasSelector(f *testing.F) {
	sel := selector("mint(address,uint256)")
	f.Add(append(append([]byte{0x80, 0x63}, sel...), 0x14), []byte{0x60, 0x80}, sel)
	f.Add([]byte{0x60, 0x04, 0x56, 0xfe, 0x5b, 0x80, 0x63, 0x40, 0xc1, 0x0f, 0x19, 0x14}, []byte{0x63, 0x40, 0xc1, 0x0f, 0x19, 0x14}, sel)
	f.Add([]byte{0x7f}, []byte{0x5b}, []byte{0, 0, 0, 1})
	for _, path := range []string{
		filepath.Join("..", "..", "contracts", "build", "ReceiptIssuer.bin-runtime"),
		filepath.Join("testdata", "solc0424", "AssertToken.optimized.bin-runtime"),
		filepath.Join("testdata", "vyper0310", "counter.bin-runtime"),
	} {
		if data, err := os.ReadFile(path); err == nil {
			code := common.FromHex(strings.TrimSpace(string(data)))
			f.Add(code[:len(code)/2], code[len(code)/2:], sel)
		}
	}
	f.Fuzz(func(t *testing.T, code, data, sel []byte) {
		found := DispatchedSelectors(code)
		linear := linearSelectors(code)
		for s := range found {
			if !linear[s] {
				t.Fatalf("%x found, not in the linear reading", s)
			}
		}
		if HasSelector(code, sel) != found.Has(sel) {
			t.Fatalf("HasSelector(%x) disagrees with DispatchedSelectors", sel)
		}
		if bytes.IndexByte(code, 0x39) >= 0 {
			return
		}
		more := append(append(bytes.Clone(code), make([]byte, 33)...), bytes.ReplaceAll(data, []byte{0x5b}, nil)...)
		after := DispatchedSelectors(more)
		if len(after) != len(found) {
			t.Fatalf("data appended: %d selectors found, %d before", len(after), len(found))
		}
		for s := range found {
			if !after[s] {
				t.Fatalf("data appended: %x no longer found", s)
			}
		}
	})
}

// TestVyperSparseSelectorTable: in the runtime code of two Vyper 0.3.10
// contracts (testdata/vyper0310/README.md), whose dispatcher jumps through
// a table of bucket addresses kept as data after the code (CODECOPY,
// MLOAD, JUMP), both functions of each are found dispatched, and nothing
// else: the table is read as jump targets, and the buckets reached.
func TestVyperSparseSelectorTable(t *testing.T) {
	for file, want := range map[string][]string{
		"counter.bin-runtime":   {"0x06661abd", "0x210970c5"},
		"blueprint.bin-runtime": {"0x158ef93e", "0x3fa4f245"},
	} {
		code := readHex(t, filepath.Join("testdata", "vyper0310", file))
		found := DispatchedSelectors(code)
		for _, sel := range want {
			if !found.Has(common.FromHex(sel)) {
				t.Errorf("%s: %s is not found dispatched", file, sel)
			}
		}
		if len(found) != len(want) {
			t.Errorf("%s: %d selectors found (%v), want %v", file, len(found), found, want)
		}
	}
	if sel := selector("count()"); !bytes.Equal(sel, common.FromHex("0x06661abd")) {
		t.Errorf("count()'s selector is %x", sel)
	}
}
