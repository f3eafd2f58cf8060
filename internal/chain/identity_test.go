package chain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/tokenaudit/audit/contracts"
)

// TestIdentityRegistry reads a permissioned token whose registry (the
// token itself) registers alice and bob under one ONCHAINID with countries
// Norway (578) and 999 (no country), carol plainly, and deletes dave's
// identity after he received shares: each holder's isVerified, identity
// and investorCountry are read at the pinned block.
func TestIdentityRegistry(t *testing.T) {
	const plan = `{"genesis_time": "2024-01-02T00:00:00Z",
	"accounts": [{"name": "d-perm"}, {"name": "agent"}, {"name": "alice"}, {"name": "bob"}, {"name": "carol"}, {"name": "dave"}],
	"tokens": [{"id": "P", "kind": "permissioned-shares", "deployer": "d-perm", "name": "P", "symbol": "P", "decimals": 0, "imo": "9321483", "issuer": "alice"}],
	"blocks": [{"time": "2024-02-01T00:00:00Z", "actions": [
	  {"op": "deploy", "token": "P"},
	  {"op": "add_agent", "token": "P", "from": "d-perm", "to": "agent"},
	  {"op": "register_identity", "token": "P", "from": "agent", "to": "alice", "identity": "0xD1D10000000000000000000000000000000001D1", "country": 578},
	  {"op": "register_identity", "token": "P", "from": "agent", "to": "bob", "identity": "0xd1d10000000000000000000000000000000001d1", "country": 999},
	  {"op": "register_identity", "token": "P", "from": "agent", "to": "carol"},
	  {"op": "register_identity", "token": "P", "from": "agent", "to": "dave", "identity": "0xd2d20000000000000000000000000000000002d2", "country": 430},
	  {"op": "mint", "token": "P", "from": "agent", "to": "alice", "amount": "40"},
	  {"op": "mint", "token": "P", "from": "agent", "to": "bob", "amount": "30"},
	  {"op": "mint", "token": "P", "from": "agent", "to": "carol", "amount": "20"},
	  {"op": "mint", "token": "P", "from": "agent", "to": "dave", "amount": "10"}]},
	  {"time": "2024-02-02T00:00:00Z", "actions": [
	  {"op": "delete_identity", "token": "P", "from": "agent", "to": "dave"}]}]}`
	p, err := ParsePlan([]byte(plan))
	if err != nil {
		t.Fatal(err)
	}
	emb, err := NewEmbedded(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	acct := emb.Accounts()
	snap, err := Read(context.Background(), emb.Client(), emb.Tokens(), nil)
	if err != nil {
		t.Fatal(err)
	}
	tok := snap.Tokens[0]
	if tok.IdentityRegistry != tok.Address {
		t.Errorf("identity registry %q, want the token itself %s", tok.IdentityRegistry, tok.Address)
	}
	type want struct {
		verified bool
		identity string
		country  int
		alpha2   string
	}
	wants := map[string]want{
		acct["alice"]: {true, "0xd1d10000000000000000000000000000000001d1", 578, "NO"},
		acct["bob"]:   {true, "0xd1d10000000000000000000000000000000001d1", 999, ""},
		acct["carol"]: {true, "", 0, ""},
		acct["dave"]:  {false, "", 0, ""},
	}
	if len(tok.Holders) != len(wants) {
		t.Fatalf("holders %+v", tok.Holders)
	}
	for _, h := range tok.Holders {
		w := wants[h.Address]
		if h.Verified == nil || *h.Verified != w.verified || h.Identity != w.identity || h.InvestorCountry != w.country || h.InvestorCountryAlpha2 != w.alpha2 {
			t.Errorf("holder %s: verified %v identity %q country %d %q; want %+v", h.Address, h.Verified, h.Identity, h.InvestorCountry, h.InvestorCountryAlpha2, w)
		}
	}
}

// TestIdentityRegistryGarbage reads the identity fields from contracts
// answering every call with one word of 0xff bytes (no address, bool or
// uint16), or with the address of such a contract: a registry that
// answers garbage leaves every field unknown, and a token whose
// identityRegistry() answers garbage has no registry.
func TestIdentityRegistryGarbage(t *testing.T) {
	c := newCloneChain(t)
	// returnWord is creation code of a contract that returns word to every call.
	returnWord := func(word []byte) []byte {
		runtime := append(append([]byte{0x7f}, word...), common.FromHex("60005260206000f3")...)
		return append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
	}
	ff := common.FromHex("ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff")
	garbage := c.deploy(returnWord(ff))
	token := c.deploy(returnWord(common.LeftPadBytes(garbage.Bytes(), 32)))
	head, err := c.sim.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	r := &reader{b: c.sim.Client(), block: new(big.Int).SetUint64(head)}
	holders := []Holder{{Address: hexAddr(c.me), Balance: big.NewInt(1)}}

	tok := &Token{Holders: append([]Holder(nil), holders...)}
	if err := r.identities(context.Background(), token, tok); err != nil {
		t.Fatal(err)
	}
	h := tok.Holders[0]
	if tok.IdentityRegistry != hexAddr(garbage) || h.Verified != nil || h.Identity != "" || h.InvestorCountry != 0 {
		t.Errorf("registry %q answering garbage: holder %+v, want registry %s and every field unknown", tok.IdentityRegistry, h, hexAddr(garbage))
	}

	tok = &Token{Holders: append([]Holder(nil), holders...)}
	if err := r.identities(context.Background(), garbage, tok); err != nil {
		t.Fatal(err)
	}
	if tok.IdentityRegistry != "" || tok.Holders[0].Verified != nil {
		t.Errorf("identityRegistry() answering garbage: registry %q, holder %+v; want none", tok.IdentityRegistry, tok.Holders[0])
	}
}

// TestIdentityAnswers reads identity(holder) from registries answering
// every call alike: an ABI bytes answer (offset 0x20, length 0x40, zero
// data), whose first word once read as the identity 0x...0020 of every
// holder; one word naming 0x...0020 (the precompile range); and one word
// naming an ordinary address. Only the last is an identity.
func TestIdentityAnswers(t *testing.T) {
	c := newCloneChain(t)
	// returnBytes is creation code of a contract that returns data to every call.
	returnBytes := func(data []byte) []byte {
		runtime := append([]byte{0x60, byte(len(data)), 0x60, 12, 0x60, 0x00, 0x39, 0x60, byte(len(data)), 0x60, 0x00, 0xf3}, data...)
		return append([]byte{0x60, byte(len(runtime)), 0x80, 0x60, 0x0b, 0x60, 0x00, 0x39, 0x60, 0x00, 0xf3}, runtime...)
	}
	word := func(a string) []byte { return common.LeftPadBytes(common.HexToAddress(a).Bytes(), 32) }
	bytesAnswer := append(append(word("0x20"), word("0x40")...), make([]byte, 64)...)
	head := func() *big.Int {
		n, err := c.sim.Client().BlockNumber(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		return new(big.Int).SetUint64(n)
	}
	for _, tc := range []struct {
		name   string
		answer []byte
		want   string
	}{
		{"bytes", bytesAnswer, ""},
		{"precompile range", word("0x20"), ""},
		{"top of the precompile range", word("0xffff"), ""},
		{"address", word("0xd1d10000000000000000000000000000000001d1"), "0xd1d10000000000000000000000000000000001d1"},
	} {
		reg := c.deploy(returnBytes(tc.answer))
		token := c.deploy(returnBytes(word(reg.Hex())))
		r := &reader{b: c.sim.Client(), block: head()}
		tok := &Token{Holders: []Holder{{Address: hexAddr(c.me), Balance: big.NewInt(1)}, {Address: hexAddr(token), Balance: big.NewInt(1)}}}
		if err := r.identities(context.Background(), token, tok); err != nil {
			t.Fatal(err)
		}
		if tok.IdentityRegistry != hexAddr(reg) {
			t.Fatalf("%s: registry %q, want %s", tc.name, tok.IdentityRegistry, hexAddr(reg))
		}
		for _, h := range tok.Holders {
			if h.Identity != tc.want {
				t.Errorf("%s: holder %s identity %q, want %q", tc.name, h.Address, h.Identity, tc.want)
			}
		}
	}
}

// codeCounter counts eth_getCode calls by address, and the eth_calls
// without a `to` (CodeSizes), which it refuses as some nodes do when
// refuseCreate is set.
type codeCounter struct {
	Backend
	mu           sync.Mutex
	calls        map[common.Address]int
	sizeCalls    int
	refuseCreate bool
}

func (c *codeCounter) CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if call.To == nil {
		c.mu.Lock()
		c.sizeCalls++
		c.mu.Unlock()
		if c.refuseCreate {
			return nil, errors.New("contract creation is not allowed in eth_call")
		}
	}
	return c.Backend.CallContract(ctx, call, block)
}

func (c *codeCounter) CodeAt(ctx context.Context, a common.Address, block *big.Int) ([]byte, error) {
	c.mu.Lock()
	c.calls[a]++
	c.mu.Unlock()
	return c.Backend.CodeAt(ctx, a, block)
}

// TestIdentityWithoutCode: a registry that names one account without code
// as the identity of alice, bob and carol (as a hostile registry could
// name one account for every wallet), and erin's identity contract
// (contracts/Identity.sol, deployed by erin) for erin and frank. The code
// of the distinct identities is read at the pinned block in one eth_call
// (CodeSizes), or, from a node that refuses it, with one eth_getCode each;
// the holders of the account without code have IdentityNoCode, with the
// registry's answer kept in Identity; erin's and frank's do not.
func TestIdentityWithoutCode(t *testing.T) {
	const none = "0xe0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0e0"
	contract := strings.ToLower(crypto.CreateAddress(AccountAddress("erin"), 0).Hex())
	plan := `{"genesis_time": "2024-01-02T00:00:00Z",
	"accounts": [{"name": "d-perm"}, {"name": "agent"}, {"name": "alice"}, {"name": "bob"}, {"name": "carol"}, {"name": "erin"}, {"name": "frank"}],
	"tokens": [{"id": "P", "kind": "permissioned-shares", "deployer": "d-perm", "name": "P", "symbol": "P", "decimals": 0, "imo": "9321483", "issuer": "alice"}],
	"blocks": [{"time": "2024-02-01T00:00:00Z", "actions": [
	  {"op": "deploy", "token": "P"},
	  {"op": "add_agent", "token": "P", "from": "d-perm", "to": "agent"},
	  {"op": "deploy_identity", "token": "P", "from": "erin", "identity": "` + contract + `"}`
	for _, w := range []string{"alice", "bob", "carol", "erin", "frank"} {
		id := none
		if w == "erin" || w == "frank" {
			id = contract
		}
		plan += `,
	  {"op": "register_identity", "token": "P", "from": "agent", "to": "` + w + `", "identity": "` + id + `", "country": 578},
	  {"op": "mint", "token": "P", "from": "agent", "to": "` + w + `", "amount": "10"}`
	}
	plan += `]}]}`
	p, err := ParsePlan([]byte(plan))
	if err != nil {
		t.Fatal(err)
	}
	emb, err := NewEmbedded(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	defer emb.Close()
	acct := emb.Accounts()
	head, err := emb.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, refuse := range []bool{false, true} {
		counter := &codeCounter{Backend: emb.Client(), calls: map[common.Address]int{}, refuseCreate: refuse}
		r := &reader{b: counter, block: head.Number}
		tok := &Token{}
		for _, w := range []string{"alice", "bob", "carol", "erin", "frank"} {
			tok.Holders = append(tok.Holders, Holder{Address: acct[w], Balance: big.NewInt(10)})
		}
		if err := r.identities(context.Background(), common.HexToAddress(emb.Tokens()[0]), tok); err != nil {
			t.Fatal(err)
		}
		for _, h := range tok.Holders {
			wantID, wantNoCode := none, true
			if h.Address == acct["erin"] || h.Address == acct["frank"] {
				wantID, wantNoCode = contract, false
			}
			if h.Identity != wantID || h.IdentityNoCode != wantNoCode {
				t.Errorf("refused %v: holder %s: identity %q, no code %v; want %s, %v", refuse, h.Address, h.Identity, h.IdentityNoCode, wantID, wantNoCode)
			}
		}
		want := 0 // one CodeSizes call answers for both
		if refuse {
			want = 1 // refused: one eth_getCode each
		}
		if counter.sizeCalls != 1 {
			t.Errorf("refused %v: %d CodeSizes calls, want 1", refuse, counter.sizeCalls)
		}
		for _, id := range []string{none, contract} {
			if n := counter.calls[common.HexToAddress(id)]; n != want {
				t.Errorf("refused %v: the code of %s read %d times with eth_getCode, want %d", refuse, id, n, want)
			}
		}
	}
}

// TestHasCodeBatches: hasCode asks about more addresses than one CodeSizes
// call takes in several calls, in order, and agrees with eth_getCode for
// each: Multicall3 and the token have code, the others none.
func TestHasCodeBatches(t *testing.T) {
	_, emb, _ := sharedChain(t)
	head, err := emb.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	counter := &codeCounter{Backend: emb.Client(), calls: map[common.Address]int{}}
	r := &reader{b: counter, block: head.Number}
	var addrs []common.Address
	want := map[int]bool{}
	for i := 0; i < 2*CodeSizesBatch+7; i++ {
		a := common.BigToAddress(big.NewInt(int64(0x10000 + i)))
		switch i {
		case 3:
			a = common.HexToAddress(contracts.Multicall3Address)
			want[i] = true
		case CodeSizesBatch + 1:
			a = common.HexToAddress(emb.Tokens()[0])
			want[i] = true
		}
		addrs = append(addrs, a)
	}
	has, err := r.hasCode(context.Background(), addrs)
	if err != nil {
		t.Fatal(err)
	}
	for i := range addrs {
		if has[i] != want[i] {
			t.Errorf("address %d (%s): has code %v, want %v", i, addrs[i].Hex(), has[i], want[i])
		}
	}
	if counter.sizeCalls != 3 || len(counter.calls) != 0 {
		t.Errorf("%d CodeSizes calls and %d eth_getCode, want 3 and none", counter.sizeCalls, len(counter.calls))
	}
}
