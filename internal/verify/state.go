package verify

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
)

// contractCall is one eth_call at the report's pinned block.
type contractCall struct {
	to   common.Address
	data string // the call data's bytes (a string, to be a map key)
}

// callResult is the node's answer to a contractCall: its output, or the
// JSON-RPC error it answered with (a revert, no state at the block).
type callResult struct {
	out []byte
	err error
}

// balanceRead is one read a balance citation asks for and what it must
// return: the amount, or (ownerOf) the holder.
type balanceRead struct {
	call  contractCall
	what  string // "balanceOf(0x…)", as the reason names it
	want  *big.Int
	owner bool // want the holder's address, not an amount
}

// noStateRE matches the errors nodes give for a call at a block whose
// state they no longer keep: geth's "missing trie node" (hash scheme) and
// "historical state is not available" / "state 0x… is not available"
// (path scheme), Erigon's and others' wordings of pruned history.
var noStateRE = regexp.MustCompile(`(?i)missing trie node|state (0x[0-9a-f]+ )?is not available|historical state|state histor|pruned|world state (is )?(not available|unavailable)`)

// balanceReads are the reads a balance citation asks for, by its token's
// standard: balanceOf(holder) for an ERC-20 or ERC-3643 token; for an
// ERC-721 token ownerOf(id) of each id, then balanceOf (the number of
// ids), so that checkBalance names the id a holder does not hold;
// for an ERC-1155 token balanceOf(holder, id) of each id. A reason when
// the citation cannot be read so: its contract is not one of the
// report's tokens, an amount or id is not a decimal integer, or an
// ERC-1155 citation's ids do not add up to its amount.
func (c *chainChecker) balanceReads(ev report.Evidence) ([]balanceRead, string) {
	var standard string
	found := false
	for _, t := range c.rep.Tokens {
		if strings.EqualFold(t.Address, ev.Contract) && common.IsHexAddress(t.Address) {
			standard, found = t.Standard, true
		}
	}
	if !found {
		return nil, fmt.Sprintf("contract %s is not one of the report's tokens", orNone(ev.Contract))
	}
	to, holder := common.HexToAddress(ev.Contract), common.HexToAddress(ev.Holder)
	amount, ok := new(big.Int).SetString(ev.Amount, 10)
	if !ok || amount.Sign() < 0 || !common.IsHexAddress(ev.Holder) {
		return nil, fmt.Sprintf("balance %q of %q is not a decimal amount of an address", ev.Amount, ev.Holder)
	}
	holderHex := strings.ToLower(holder.Hex())
	var reads []balanceRead
	sum := new(big.Int)
	for _, ida := range ev.IDs {
		id, ok1 := new(big.Int).SetString(ida.TokenID, 10)
		n, ok2 := new(big.Int).SetString(ida.Amount, 10)
		if !ok1 || !ok2 || id.Sign() < 0 || n.Sign() < 0 {
			return nil, fmt.Sprintf("id %q, amount %q: not decimal integers", ida.TokenID, ida.Amount)
		}
		sum.Add(sum, n)
		switch standard {
		case "erc721":
			reads = append(reads, balanceRead{call: contractCall{to, string(chain.CallData("ownerOf(uint256)", id.Bytes()))},
				what: "ownerOf(" + ida.TokenID + ")", owner: true})
		case "erc1155":
			reads = append(reads, balanceRead{call: contractCall{to, string(chain.CallData("balanceOf(address,uint256)", holder.Bytes(), id.Bytes()))},
				what: "balanceOf(" + holderHex + ", " + ida.TokenID + ")", want: n})
		}
	}
	if standard == "erc1155" && sum.Cmp(amount) != 0 {
		return nil, fmt.Sprintf("the ids' amounts add up to %s, the balance says %s", sum, amount)
	}
	if standard != "erc1155" {
		// After the ids' ownerOf: an id the holder does not hold is named
		// by its ownerOf, not by the number of ids it makes wrong.
		reads = append(reads, balanceRead{call: contractCall{to, string(chain.CallData("balanceOf(address)", holder.Bytes()))},
			what: "balanceOf(" + holderHex + ")", want: amount})
	}
	return reads, ""
}

// checkBalance reads a balance citation's balance at the pinned block and
// says why it is not what the citation states ("" when it is), and
// whether anything was read. When the node has no state at the pinned
// block it sets c.noState, reads nothing and gives no reason. err is the
// node failing to answer.
func (c *chainChecker) checkBalance(ev report.Evidence) (string, bool, error) {
	reads, why := c.balanceReads(ev)
	if why != "" || len(reads) == 0 || c.noState {
		return why, false, nil
	}
	block := c.rep.Chain.BlockNumber
	for _, rd := range reads {
		r, err := c.read(rd.call)
		if err != nil {
			return "", false, err
		}
		if c.noState {
			return "", false, nil
		}
		what := fmt.Sprintf("%s of %s at the pinned block %d", rd.what, strings.ToLower(rd.call.to.Hex()), block)
		if r.err != nil {
			return fmt.Sprintf("%s failed: %v", what, r.err), true, nil
		}
		if len(r.out) != 32 {
			return fmt.Sprintf("%s returned %d bytes, not one 32-byte word", what, len(r.out)), true, nil
		}
		if rd.owner {
			if got := common.BytesToAddress(r.out[12:]); !strings.EqualFold(got.Hex(), ev.Holder) {
				return fmt.Sprintf("%s is %s, not %s", what, strings.ToLower(got.Hex()), ev.Holder), true, nil
			}
			continue
		}
		if got := new(big.Int).SetBytes(r.out); got.Cmp(rd.want) != 0 {
			return fmt.Sprintf("%s is %s, the evidence says %s", what, got, rd.want), true, nil
		}
	}
	return "", true, nil
}

// read is the node's answer to cc at the pinned block, asked once. A
// JSON-RPC error is an answer (callResult.err; one saying the node has no
// state at the block sets c.noState); err is a failure to get one.
func (c *chainChecker) read(cc contractCall) (callResult, error) {
	if r, ok := c.calls[cc]; ok {
		return r, nil
	}
	out, err := c.node.CallContract(c.ctx, ethereum.CallMsg{To: &cc.to, Data: []byte(cc.data)}, new(big.Int).SetUint64(c.rep.Chain.BlockNumber))
	var rpcErr rpc.Error
	if err != nil && !errors.As(err, &rpcErr) {
		return callResult{}, fmt.Errorf("calling %s at block %d: %w", strings.ToLower(cc.to.Hex()), c.rep.Chain.BlockNumber, err)
	}
	c.answer(cc, callResult{out: out, err: err})
	return c.calls[cc], nil
}

// answer records the node's answer to cc.
func (c *chainChecker) answer(cc contractCall, r callResult) {
	if r.err != nil && noStateRE.MatchString(r.err.Error()) {
		c.noState = true
	}
	c.calls[cc] = r
}

// prefetchCalls asks b, in batches, for the reads of the balance
// citations; an element the batch does not answer is asked alone later.
func (c *chainChecker) prefetchCalls(b Batcher, cites []cite) {
	var calls []contractCall
	seen := map[contractCall]bool{}
	for _, ct := range cites {
		if ct.ev.Fact != report.FactBalance {
			continue
		}
		reads, _ := c.balanceReads(ct.ev)
		for _, rd := range reads {
			if _, ok := c.calls[rd.call]; !ok && !seen[rd.call] {
				seen[rd.call] = true
				calls = append(calls, rd.call)
			}
		}
	}
	outs := make([]hexutil.Bytes, len(calls))
	elems := make([]rpc.BatchElem, len(calls))
	block := hexutil.EncodeUint64(c.rep.Chain.BlockNumber)
	for i, cc := range calls {
		arg := map[string]any{"to": cc.to, "data": hexutil.Bytes(cc.data)}
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{arg, block}, Result: &outs[i]}
	}
	for start := 0; start < len(elems) && !c.noState; start += BatchSize {
		part := elems[start:min(start+BatchSize, len(elems))]
		if err := b.BatchCallContext(c.ctx, part); err != nil {
			return
		}
		for i, e := range part {
			var rpcErr rpc.Error
			switch {
			case e.Error == nil:
				c.answer(calls[start+i], callResult{out: outs[start+i]})
			case errors.As(e.Error, &rpcErr):
				c.answer(calls[start+i], callResult{err: e.Error})
			}
		}
	}
}

// slotRead is one eth_getStorageAt at the report's pinned block.
type slotRead struct {
	addr common.Address
	slot common.Hash
}

// The selectors of the state citations' reads.
var (
	selOwner    = chain.CallData("owner()")
	selIssuer   = chain.CallData("issuer()")
	selHasRole  = chain.CallData("hasRole(bytes32,address)")
	selIsAgent  = chain.CallData("isAgent(address)")
	selIsFrozen = chain.CallData("isFrozen(address)")
	// an ERC-3643 token's and its identity registry's
	selIdentityRegistry = chain.CallData("identityRegistry()")
	selIsVerified       = chain.CallData("isVerified(address)")
	selIdentity         = chain.CallData("identity(address)")
	selInvestorCountry  = chain.CallData("investorCountry(address)")
	// a beacon's
	selImplementation = chain.CallData("implementation()")
)

var (
	// proxySlotsRE is contractUpgradeable's text (internal/rules): the
	// non-empty EIP-1967 slots, "implementation 0x…, admin 0x…, beacon 0x…".
	proxySlotsRE = regexp.MustCompile(`^EIP-1967 slots at block \d+: (.*)$`)
	proxyPartRE  = regexp.MustCompile(`^(implementation|admin|beacon) (0x[0-9a-fA-F]{40})$`)
	// proxyOwnerRE is contractSingleKey's text: the contract in a slot
	// whose owner() can replace the token's logic.
	proxyOwnerRE = regexp.MustCompile(`^(0x[0-9a-fA-F]{40}) is the EIP-1967 (admin|beacon) of .* at block \d+: `)
)

// isStateFact says whether fact is a state at the pinned block that
// checkState reads.
func isStateFact(fact string) bool {
	switch fact {
	case report.FactRole, report.FactFrozen, report.FactIssuer, report.FactProxy,
		report.FactVerified, report.FactIdentity, report.FactCountry, report.FactCode:
		return true
	}
	return false
}

// registrySigs are the identity registry functions whose answer the
// verified, identity and country facts state.
var registrySigs = map[string]string{
	report.FactVerified: "isVerified(address)",
	report.FactIdentity: "identity(address)",
	report.FactCountry:  "investorCountry(address)",
}

// stateReads are the first reads a state citation asks for, to be asked
// in batches before the citations are checked (a role of a contract in a
// slot is read after the slot).
func (c *chainChecker) stateReads(ev report.Evidence) ([]contractCall, []slotRead) {
	if !c.isToken(ev.Contract) {
		return nil, nil
	}
	to, holder := common.HexToAddress(ev.Contract), common.HexToAddress(ev.Holder)
	switch ev.Fact {
	case report.FactFrozen:
		return []contractCall{{to, string(chain.CallData("isFrozen(address)", holder.Bytes()))}}, nil
	case report.FactIssuer:
		return []contractCall{{to, string(selIssuer)}}, nil
	case report.FactVerified, report.FactIdentity, report.FactCountry:
		if !common.IsHexAddress(ev.Registry) {
			return nil, nil
		}
		reg := common.HexToAddress(ev.Registry)
		return []contractCall{{to, string(selIdentityRegistry)}, {reg, string(chain.CallData(registrySigs[ev.Fact], holder.Bytes()))}}, nil
	case report.FactProxy:
		var reads []slotRead
		for _, s := range proxySlots {
			reads = append(reads, slotRead{to, s.slot})
		}
		return nil, reads
	}
	switch ev.Role {
	case "owner":
		return []contractCall{{to, string(selOwner)}}, nil
	case "proxy-admin", "proxy-admin-owner":
		return nil, []slotRead{{to, chain.SlotAdmin}}
	case "beacon-owner":
		return nil, []slotRead{{to, chain.SlotBeacon}}
	}
	var calls []contractCall
	if ev.Role == "agent" {
		calls = append(calls, contractCall{to, string(chain.CallData("isAgent(address)", holder.Bytes()))})
	}
	if h, why := roleHash(ev); why == "" {
		calls = append(calls, contractCall{to, string(chain.CallData("hasRole(bytes32,address)", h.Bytes(), holder.Bytes()))})
	}
	return calls, nil
}

// isToken says whether addr is one of the report's tokens.
func (c *chainChecker) isToken(addr string) bool {
	for _, t := range c.rep.Tokens {
		if strings.EqualFold(t.Address, addr) && common.IsHexAddress(t.Address) {
			return true
		}
	}
	return false
}

// checkState reads a role, frozen, issuer, proxy or code citation's state at
// the pinned block and says why it is not what the citation states (""
// when it is), with the node's value, and whether anything was read:
//   - role "owner": owner() is the holder; "proxy-admin": the EIP-1967
//     admin slot holds the holder; "proxy-admin-owner" and "beacon-owner":
//     owner() of the contract in the admin or beacon slot is the holder;
//     "agent": ERC-3643 isAgent(holder) or hasRole(AGENT_ROLE, holder) is
//     true; another role internal/chain names, or one known by its hash's
//     first bytes whose evidence gives the full hash (role_hash):
//     hasRole(role, holder) is true; a role known by its hash's first
//     bytes without the full hash (a report written before role_hash) is
//     not read;
//   - frozen: ERC-3643 isFrozen(holder) is true;
//   - issuer: issuer() is the holder (how internal/chain reads it);
//   - verified, identity, country: the token's identityRegistry() is the
//     evidence's registry, and that registry's isVerified(holder),
//     identity(holder) or investorCountry(holder) returns the evidence's
//     value (true or false; the address; the number);
//   - proxy: each EIP-1967 slot the evidence states in its fields
//     (implementation, admin, beacon; the zero address for an empty slot)
//     holds that address; runs, when stated, is what the proxy runs (the
//     implementation slot's address; that slot empty, the beacon's
//     implementation(); both empty, the target in the contract's code, an
//     EIP-1167 minimal proxy). Without runs (a report written before it),
//     with the implementation slot stated empty, the implementation the
//     text names is the beacon's implementation() (a beacon proxy) or,
//     every slot stated empty, the target in the contract's code.
//     Evidence without the slot fields
//     (written before them) is read from its text: each slot the text
//     names holds that address (a beacon proxy's implementation, with its
//     implementation slot empty: the beacon's implementation(); an
//     EIP-1167 minimal proxy's, no other slot named: the target in its
//     code), and each it does not name is
//     empty; or, for the text naming the contract
//     whose owner() can replace the logic, that slot holds it. Another
//     text is not read;
//   - code: see checkCode (rule is the citing finding's).
//
// When the node has no state at the pinned block it sets c.noState and
// gives no reason. err is the node failing to answer.
func (c *chainChecker) checkState(ev report.Evidence, rule string) (string, bool, error) {
	if !c.isToken(ev.Contract) {
		return fmt.Sprintf("contract %s is not one of the report's tokens", orNone(ev.Contract)), false, nil
	}
	if ev.Fact == report.FactCode {
		return c.checkCode(ev, rule)
	}
	if ev.Fact != report.FactProxy && !common.IsHexAddress(ev.Holder) {
		return fmt.Sprintf("holder %q is not an address", ev.Holder), false, nil
	}
	if c.noState {
		return "", false, nil
	}
	to, holder := common.HexToAddress(ev.Contract), strings.ToLower(ev.Holder)
	switch ev.Fact {
	case report.FactFrozen:
		return c.wantTrue(ev)
	case report.FactIssuer:
		return c.wantAddress(contractCall{to, string(selIssuer)}, "issuer()", holder)
	case report.FactProxy:
		return c.checkProxy(ev)
	case report.FactVerified, report.FactIdentity, report.FactCountry:
		return c.checkRegistry(ev)
	}
	switch ev.Role {
	case "owner":
		return c.wantAddress(contractCall{to, string(selOwner)}, "owner()", holder)
	case "proxy-admin":
		return c.wantSlot(to, chain.SlotAdmin, "admin", holder)
	case "proxy-admin-owner", "beacon-owner":
		slot, name := chain.SlotAdmin, "admin"
		if ev.Role == "beacon-owner" {
			slot, name = chain.SlotBeacon, "beacon"
		}
		in, why, err := c.slotWord(to, slot, name)
		if err != nil || why != "" || c.noState {
			return why, why != "", err
		}
		via := common.BytesToAddress(in)
		if via == (common.Address{}) {
			return fmt.Sprintf("the EIP-1967 %s slot of %s is empty at the pinned block %d: no %s role", name, strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, ev.Role), true, nil
		}
		return c.wantAddress(contractCall{via, string(selOwner)}, "owner()", holder)
	}
	if _, why := roleHash(ev); why != "" {
		if why == noRoleHash {
			return "", false, nil
		}
		return why, false, nil
	}
	return c.wantTrue(ev)
}

// noRoleHash is roleHash's reason for a role known by its hash's first
// bytes whose evidence (written before role_hash) does not give the hash:
// it is checked by block only.
const noRoleHash = "no role hash"

// roleHashRE is a role hash as Evidence.RoleHash gives it.
var roleHashRE = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// roleHash is the AccessControl role hash a role citation asks hasRole
// about: its RoleHash when it has one, which must be 32 bytes and, for
// a role with a name, that name's hash, for "role-" and hex digits begin
// with them; else the hash of the role's name (chain.RoleHash). The
// reason when there is none: noRoleHash for a role known by its hash's
// first bytes without RoleHash, or why RoleHash does not fit the role.
func roleHash(ev report.Evidence) (common.Hash, string) {
	named, ok := chain.RoleHash(ev.Role)
	if ev.RoleHash == "" {
		if !ok {
			return common.Hash{}, noRoleHash
		}
		return named, ""
	}
	if !roleHashRE.MatchString(ev.RoleHash) {
		return common.Hash{}, fmt.Sprintf("role hash %q is not 0x and 64 hex digits", ev.RoleHash)
	}
	h := common.HexToHash(ev.RoleHash)
	prefix, short := strings.CutPrefix(ev.Role, "role-")
	switch {
	case ok && h != named:
		return common.Hash{}, fmt.Sprintf("role hash %s is not the hash of role %s (%s)", strings.ToLower(ev.RoleHash), ev.Role, named.Hex())
	case !ok && (!short || prefix == "" || !strings.HasPrefix(h.Hex()[2:], strings.ToLower(prefix))):
		return common.Hash{}, fmt.Sprintf("role hash %s does not begin as role %s names it", strings.ToLower(ev.RoleHash), ev.Role)
	}
	return h, ""
}

// wantTrue checks that one of the state citation's reads (stateReads)
// returns true; the reason says what each returned.
func (c *chainChecker) wantTrue(ev report.Evidence) (string, bool, error) {
	calls, _ := c.stateReads(ev)
	var got []string
	for _, cc := range calls {
		w, why, err := c.callWord(cc)
		if err != nil || c.noState {
			return "", false, err
		}
		if why == "" && new(big.Int).SetBytes(w).Sign() != 0 {
			return "", true, nil
		}
		if why == "" {
			why = fmt.Sprintf("%s of %s at the pinned block %d is false", callName(cc), strings.ToLower(cc.to.Hex()), c.rep.Chain.BlockNumber)
		}
		got = append(got, why)
	}
	return strings.Join(got, "; "), true, nil
}

// callName is the function a stateReads call asks, as a reason names it.
func callName(cc contractCall) string {
	data := []byte(cc.data)
	switch {
	case len(data) >= 36 && string(data[:4]) == string(selIsFrozen):
		return "isFrozen(" + strings.ToLower(common.BytesToAddress(data[16:36]).Hex()) + ")"
	case len(data) >= 36 && string(data[:4]) == string(selIsVerified):
		return "isVerified(" + strings.ToLower(common.BytesToAddress(data[16:36]).Hex()) + ")"
	case len(data) >= 36 && string(data[:4]) == string(selIdentity):
		return "identity(" + strings.ToLower(common.BytesToAddress(data[16:36]).Hex()) + ")"
	case len(data) >= 36 && string(data[:4]) == string(selInvestorCountry):
		return "investorCountry(" + strings.ToLower(common.BytesToAddress(data[16:36]).Hex()) + ")"
	case len(data) >= 4 && string(data[:4]) == string(selIdentityRegistry):
		return "identityRegistry()"
	case len(data) >= 36 && string(data[:4]) == string(selIsAgent):
		return "isAgent(" + strings.ToLower(common.BytesToAddress(data[16:36]).Hex()) + ")"
	case len(data) >= 68 && string(data[:4]) == string(selHasRole):
		return "hasRole(" + hexutil.Encode(data[4:36]) + ", " + strings.ToLower(common.BytesToAddress(data[48:68]).Hex()) + ")"
	case len(data) >= 4 && string(data[:4]) == string(selOwner):
		return "owner()"
	case len(data) >= 4 && string(data[:4]) == string(selIssuer):
		return "issuer()"
	case len(data) >= 4 && string(data[:4]) == string(selImplementation):
		return "implementation()"
	}
	return hexutil.Encode(data)
}

// checkRegistry checks a verified, identity or country citation (see
// checkState): the token names the cited identity registry, and the
// registry's answer for the holder is the cited value; an identity
// citation's has_code, when stated, is what eth_getCode of the identity
// shows at the pinned block (wantHasCode).
func (c *chainChecker) checkRegistry(ev report.Evidence) (string, bool, error) {
	if !common.IsHexAddress(ev.Registry) {
		return fmt.Sprintf("registry %q is not an address", ev.Registry), false, nil
	}
	to, holder := common.HexToAddress(ev.Contract), common.HexToAddress(ev.Holder)
	reg := strings.ToLower(common.HexToAddress(ev.Registry).Hex())
	if why, read, err := c.wantAddress(contractCall{to, string(selIdentityRegistry)}, "identityRegistry()", reg); err != nil || why != "" || c.noState {
		return why, read, err
	}
	cc := contractCall{common.HexToAddress(reg), string(chain.CallData(registrySigs[ev.Fact], holder.Bytes()))}
	want := ev.Value
	switch ev.Fact {
	case report.FactIdentity:
		if !common.IsHexAddress(ev.Value) {
			return fmt.Sprintf("identity %q is not an address", ev.Value), false, nil
		}
		id := common.HexToAddress(ev.Value)
		if why, read, err := c.wantAddress(cc, callName(cc), strings.ToLower(id.Hex())); err != nil || why != "" || c.noState || ev.HasCode == nil {
			return why, read, err
		}
		return c.wantHasCode(id, *ev.HasCode)
	case report.FactVerified:
		if ev.Value != "true" && ev.Value != "false" {
			return fmt.Sprintf("value %q is not true or false", ev.Value), false, nil
		}
	default:
		n, ok := new(big.Int).SetString(ev.Value, 10)
		if !ok || n.Sign() < 0 {
			return fmt.Sprintf("country %q is not a number", ev.Value), false, nil
		}
		want = n.String()
	}
	w, why, err := c.callWord(cc)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	got := new(big.Int).SetBytes(w).String()
	if ev.Fact == report.FactVerified {
		want = map[string]string{"false": "0", "true": "1"}[ev.Value]
	}
	if got != want {
		if ev.Fact == report.FactVerified && (got == "0" || got == "1") {
			got = map[string]string{"0": "false", "1": "true"}[got]
			want = ev.Value
		}
		return fmt.Sprintf("%s of %s at the pinned block %d is %s, not %s", callName(cc), reg, c.rep.Chain.BlockNumber, got, want), true, nil
	}
	return "", true, nil
}

// wantHasCode checks that the identity id has code at the pinned block
// (eth_getCode) when want, none otherwise, as an identity citation's
// has_code states.
func (c *chainChecker) wantHasCode(id common.Address, want bool) (string, bool, error) {
	code, why, err := c.codeAt(id)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	block := c.rep.Chain.BlockNumber
	switch {
	case want && len(code) == 0:
		return fmt.Sprintf("the identity %s has no code at the pinned block %d (not an ONCHAINID), but the evidence says it has (has_code true)", strings.ToLower(id.Hex()), block), true, nil
	case !want && len(code) > 0:
		return fmt.Sprintf("the identity %s has %d bytes of code at the pinned block %d, but the evidence says it has none (has_code false)", strings.ToLower(id.Hex()), len(code), block), true, nil
	}
	return "", true, nil
}

// wantAddress checks that cc returns the address want: one word whose
// first 12 bytes are zero, as the scan reads an address (a word with other
// bytes there is no address, whatever its last 20 bytes).
func (c *chainChecker) wantAddress(cc contractCall, name, want string) (string, bool, error) {
	w, why, err := c.callWord(cc)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	if strings.Trim(string(w[:12]), "\x00") != "" {
		return fmt.Sprintf("%s of %s at the pinned block %d returned %s, not an address", name, strings.ToLower(cc.to.Hex()), c.rep.Chain.BlockNumber, hexutil.Encode(w)), true, nil
	}
	if got := strings.ToLower(common.BytesToAddress(w).Hex()); got != want {
		return fmt.Sprintf("%s of %s at the pinned block %d is %s, not %s", name, strings.ToLower(cc.to.Hex()), c.rep.Chain.BlockNumber, got, want), true, nil
	}
	return "", true, nil
}

// wantSlot checks that the EIP-1967 slot of to holds the address want.
func (c *chainChecker) wantSlot(to common.Address, slot common.Hash, name, want string) (string, bool, error) {
	w, why, err := c.slotWord(to, slot, name)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	if got := strings.ToLower(common.BytesToAddress(w).Hex()); got != want {
		return fmt.Sprintf("the EIP-1967 %s slot of %s at the pinned block %d holds %s, not %s", name, strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, got, want), true, nil
	}
	return "", true, nil
}

// proxySlots are the EIP-1967 slots, by the name reasons and the text give them.
var proxySlots = []struct {
	name string
	slot common.Hash
}{{"implementation", chain.SlotImplementation}, {"admin", chain.SlotAdmin}, {"beacon", chain.SlotBeacon}}

// stated are the slots a proxy citation's fields state, by name, with
// the address each holds (lowercase); a reason when one is not an
// address.
func stated(ev report.Evidence) (map[string]string, string) {
	out := map[string]string{}
	for _, f := range [][2]string{{"implementation", ev.Implementation}, {"admin", ev.Admin}, {"beacon", ev.Beacon}} {
		if f[1] == "" {
			continue
		}
		if !common.IsHexAddress(f[1]) {
			return nil, fmt.Sprintf("%s %q is not an address", f[0], f[1])
		}
		out[f[0]] = strings.ToLower(common.HexToAddress(f[1]).Hex())
	}
	return out, ""
}

// checkProxy checks a proxy citation against the EIP-1967 slots: its
// fields, else its text (see checkState).
func (c *chainChecker) checkProxy(ev report.Evidence) (string, bool, error) {
	to := common.HexToAddress(ev.Contract)
	fields, why := stated(ev)
	if why != "" {
		return why, false, nil
	}
	if ev.Runs != "" && !common.IsHexAddress(ev.Runs) {
		return fmt.Sprintf("runs %q is not an address", ev.Runs), false, nil
	}
	if len(fields) > 0 || ev.Runs != "" {
		for _, s := range proxySlots {
			if want, ok := fields[s.name]; ok {
				if why, _, err := c.wantSlot(to, s.slot, s.name, want); err != nil || why != "" || c.noState {
					return why, why != "", err
				}
			}
		}
		if ev.Runs != "" {
			return c.wantRuns(to, strings.ToLower(common.HexToAddress(ev.Runs).Hex()))
		}
		// A report written before runs: the implementation slot stated
		// empty, the logic the proxy runs is its beacon's
		// implementation(), or, with every slot empty, the target in an
		// EIP-1167 minimal proxy's code; the text names it
		// (contractUpgradeable).
		zero := strings.ToLower(common.Address{}.Hex())
		impl := textSlots(ev.Text)["implementation"]
		if fields["implementation"] != zero || impl == "" {
			return "", true, nil
		}
		if beacon := fields["beacon"]; beacon != "" && beacon != zero {
			return c.wantAddress(contractCall{common.HexToAddress(beacon), string(selImplementation)}, "implementation()", impl)
		}
		if fields["admin"] == zero && fields["beacon"] == zero {
			return c.wantMinimalProxy(to, impl)
		}
		return "", true, nil
	}
	if m := proxyOwnerRE.FindStringSubmatch(ev.Text); m != nil {
		slot := chain.SlotAdmin
		if m[2] == "beacon" {
			slot = chain.SlotBeacon
		}
		return c.wantSlot(to, slot, m[2], strings.ToLower(m[1]))
	}
	named := textSlots(ev.Text)
	if named == nil {
		return "", false, nil // not the rules' text: not read
	}
	for _, s := range proxySlots {
		want, ok := named[s.name]
		if !ok {
			want = strings.ToLower(common.Address{}.Hex())
		}
		if s.name == "implementation" && ok {
			// A beacon proxy: scan read the implementation from the
			// beacon's implementation(), its implementation slot empty;
			// an EIP-1167 minimal proxy (no other slot named): from its
			// code.
			w, why, err := c.slotWord(to, s.slot, s.name)
			if err != nil || why != "" || c.noState {
				return why, why != "", err
			}
			if common.BytesToAddress(w) == (common.Address{}) {
				if beacon := named["beacon"]; beacon != "" {
					why, _, err = c.wantAddress(contractCall{common.HexToAddress(beacon), string(selImplementation)}, "implementation()", want)
				} else if named["admin"] == "" {
					why, _, err = c.wantMinimalProxy(to, want)
				}
				if err != nil || why != "" || c.noState {
					return why, why != "", err
				}
				if named["beacon"] != "" || named["admin"] == "" {
					continue
				}
			}
		}
		if why, _, err := c.wantSlot(to, s.slot, s.name, want); err != nil || why != "" || c.noState {
			if !ok && why != "" {
				why += " (the evidence names no " + s.name + ")"
			}
			return why, why != "", err
		}
	}
	return "", true, nil
}

// checkProxyKind checks the kind a token's proxy record gives against the
// code at the pinned block, as the reader tells them apart: an EIP-1167
// minimal proxy by its code, whatever its storage holds, and with no
// slot its code would read; an EIP-1967 or beacon proxy's code is no
// clone (a clone runs its target whatever its slots hold).
func (c *chainChecker) checkProxyKind(ev report.Evidence, p *report.Proxy) (string, error) {
	to := common.HexToAddress(ev.Contract)
	code, why, err := c.codeAt(to)
	if err != nil || why != "" || c.noState {
		return why, err
	}
	target, clone := chain.MinimalProxyTarget(code)
	switch {
	case p.Kind == report.ProxyEIP1167 && !clone:
		return fmt.Sprintf("the code of %s at the pinned block %d is not an EIP-1167 minimal proxy (%d bytes): the token's record says it is one", strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, len(code)), nil
	case p.Kind == report.ProxyEIP1167 && (p.Admin != "" || p.Beacon != ""):
		return fmt.Sprintf("the token's record gives the EIP-1167 minimal proxy %s an admin or a beacon, but its code reads no EIP-1967 slot", strings.ToLower(to.Hex())), nil
	case p.Kind != report.ProxyEIP1167 && clone:
		return fmt.Sprintf("the code of %s at the pinned block %d is an EIP-1167 minimal proxy of %s, which runs that whatever its EIP-1967 slots hold: not the %s proxy the token's record says", strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, strings.ToLower(target.Hex()), p.Kind), nil
	}
	return "", nil
}

// wantRuns checks that the proxy to runs the implementation want
// (lowercase) at the pinned block, as the node's state says whatever the
// citation's slot fields state, in the order scan reads it
// (chain.Reader): the target in its code when that is an EIP-1167 minimal
// proxy (whose code never reads a slot its storage may hold); else the
// address in its implementation slot; that slot empty, its beacon's
// implementation().
func (c *chainChecker) wantRuns(to common.Address, want string) (string, bool, error) {
	code, why, err := c.codeAt(to)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	if _, ok := chain.MinimalProxyTarget(code); ok {
		return c.wantMinimalProxy(to, want)
	}
	w, why, err := c.slotWord(to, chain.SlotImplementation, "implementation")
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	if impl := common.BytesToAddress(w); impl != (common.Address{}) {
		if got := strings.ToLower(impl.Hex()); got != want {
			return fmt.Sprintf("the EIP-1967 implementation slot of %s at the pinned block %d holds %s: it runs that, not %s", strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, got, want), true, nil
		}
		return "", true, nil
	}
	w, why, err = c.slotWord(to, chain.SlotBeacon, "beacon")
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	if beacon := common.BytesToAddress(w); beacon != (common.Address{}) {
		return c.wantAddress(contractCall{beacon, string(selImplementation)}, "implementation()", want)
	}
	return c.wantMinimalProxy(to, want)
}

// textSlots are the EIP-1967 slots contractUpgradeable's text names
// ("EIP-1967 slots at block N: implementation 0x…, beacon 0x…"), by
// name, lowercase; nil for another text.
func textSlots(text string) map[string]string {
	m := proxySlotsRE.FindStringSubmatch(text)
	if m == nil {
		return nil
	}
	named := map[string]string{}
	for _, part := range strings.Split(m[1], ", ") {
		p := proxyPartRE.FindStringSubmatch(part)
		if p == nil {
			return nil
		}
		named[p[1]] = strings.ToLower(p[2])
	}
	return named
}

// wantMinimalProxy checks that the code of to at the pinned block is an
// EIP-1167 minimal proxy delegating to want (lowercase).
func (c *chainChecker) wantMinimalProxy(to common.Address, want string) (string, bool, error) {
	code, why, err := c.codeAt(to)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	target, ok := chain.MinimalProxyTarget(code)
	if !ok {
		return fmt.Sprintf("the code of %s at the pinned block %d is not an EIP-1167 minimal proxy (%d bytes), and its EIP-1967 slots are empty: nothing runs implementation %s", strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, len(code), want), true, nil
	}
	if got := strings.ToLower(target.Hex()); got != want {
		return fmt.Sprintf("the EIP-1167 minimal proxy %s delegates to %s at the pinned block %d, not %s", strings.ToLower(to.Hex()), got, c.rep.Chain.BlockNumber, want), true, nil
	}
	return "", true, nil
}

// codeAt is the code of to at the pinned block, asked once, or why there
// is none. Nil and no reason when the node has no state at the block
// (c.noState).
func (c *chainChecker) codeAt(to common.Address) ([]byte, string, error) {
	if code, ok := c.codes[to]; ok {
		return code, "", nil
	}
	code, err := c.node.CodeAt(c.ctx, to, new(big.Int).SetUint64(c.rep.Chain.BlockNumber))
	var rpcErr rpc.Error
	switch {
	case err != nil && !errors.As(err, &rpcErr):
		return nil, "", fmt.Errorf("reading the code of %s at block %d: %w", strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, err)
	case err != nil && noStateRE.MatchString(err.Error()):
		c.noState = true
		return nil, "", nil
	case err != nil:
		return nil, fmt.Sprintf("the code of %s at the pinned block %d could not be read: %v", strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, err), nil
	}
	if c.codes == nil {
		c.codes = map[common.Address][]byte{}
	}
	c.codes[to] = code
	return code, "", nil
}

// callWord is cc's one-word answer at the pinned block, or why there is
// none (a revert, another length). Nil and no reason when the node has no
// state at the block (c.noState).
func (c *chainChecker) callWord(cc contractCall) ([]byte, string, error) {
	r, err := c.read(cc)
	if err != nil || c.noState {
		return nil, "", err
	}
	what := fmt.Sprintf("%s of %s at the pinned block %d", callName(cc), strings.ToLower(cc.to.Hex()), c.rep.Chain.BlockNumber)
	if r.err != nil {
		return nil, fmt.Sprintf("%s failed: %v", what, r.err), nil
	}
	if len(r.out) != 32 {
		return nil, fmt.Sprintf("%s returned %d bytes, not one 32-byte word", what, len(r.out)), nil
	}
	return r.out, "", nil
}

// slotWord is the EIP-1967 slot's value at the pinned block, asked once,
// or why there is none. Nil and no reason when the node has no state at
// the block (c.noState).
func (c *chainChecker) slotWord(to common.Address, slot common.Hash, name string) ([]byte, string, error) {
	sr := slotRead{to, slot}
	r, ok := c.slots[sr]
	if !ok {
		out, err := c.node.StorageAt(c.ctx, to, slot, new(big.Int).SetUint64(c.rep.Chain.BlockNumber))
		var rpcErr rpc.Error
		if err != nil && !errors.As(err, &rpcErr) {
			return nil, "", fmt.Errorf("reading the EIP-1967 %s slot of %s at block %d: %w", name, strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber, err)
		}
		r = c.answerSlot(sr, callResult{out: out, err: err})
	}
	if c.noState {
		return nil, "", nil
	}
	what := fmt.Sprintf("the EIP-1967 %s slot of %s at the pinned block %d", name, strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber)
	if r.err != nil {
		return nil, fmt.Sprintf("reading %s failed: %v", what, r.err), nil
	}
	if len(r.out) != 32 {
		return nil, fmt.Sprintf("%s is %d bytes, not 32", what, len(r.out)), nil
	}
	return r.out, "", nil
}

// answerSlot records the node's answer to sr.
func (c *chainChecker) answerSlot(sr slotRead, r callResult) callResult {
	if r.err != nil && noStateRE.MatchString(r.err.Error()) {
		c.noState = true
	}
	c.slots[sr] = r
	return r
}

// prefetchStates asks b, in batches, for the first reads of the state
// citations and of the identity steps' facts (stateReads): eth_call and
// eth_getStorageAt at the pinned block. An element the batch does not
// answer is asked alone later.
func (c *chainChecker) prefetchStates(b Batcher, cites []cite) {
	var calls []contractCall
	var slots []slotRead
	seenCall, seenSlot := map[contractCall]bool{}, map[slotRead]bool{}
	for _, ct := range cites {
		var evs []report.Evidence
		if isStateFact(ct.ev.Fact) {
			evs = append(evs, ct.ev)
		}
		if ct.idStep != nil {
			evs = append(evs, ct.idStep.facts()...)
		}
		for _, ev := range evs {
			cs, ss := c.stateReads(ev)
			for _, cc := range cs {
				if _, ok := c.calls[cc]; !ok && !seenCall[cc] {
					seenCall[cc] = true
					calls = append(calls, cc)
				}
			}
			for _, sr := range ss {
				if _, ok := c.slots[sr]; !ok && !seenSlot[sr] {
					seenSlot[sr] = true
					slots = append(slots, sr)
				}
			}
		}
	}
	block := hexutil.EncodeUint64(c.rep.Chain.BlockNumber)
	outs := make([]hexutil.Bytes, len(calls)+len(slots))
	elems := make([]rpc.BatchElem, len(calls)+len(slots))
	for i, cc := range calls {
		arg := map[string]any{"to": cc.to, "data": hexutil.Bytes(cc.data)}
		elems[i] = rpc.BatchElem{Method: "eth_call", Args: []any{arg, block}, Result: &outs[i]}
	}
	for i, sr := range slots {
		elems[len(calls)+i] = rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{sr.addr, sr.slot, block}, Result: &outs[len(calls)+i]}
	}
	for start := 0; start < len(elems) && !c.noState; start += BatchSize {
		part := elems[start:min(start+BatchSize, len(elems))]
		if err := b.BatchCallContext(c.ctx, part); err != nil {
			return
		}
		for i, e := range part {
			j := start + i
			var rpcErr rpc.Error
			r := callResult{out: outs[j], err: e.Error}
			if e.Error != nil && !errors.As(e.Error, &rpcErr) {
				continue
			}
			if j < len(calls) {
				c.answer(calls[j], r)
			} else {
				c.answerSlot(slots[j-len(calls)], r)
			}
		}
	}
}

// checkLastChange checks that the transaction of a balance citation was
// the last to change the holding up to the pinned block: no Transfer log
// (ERC-1155: TransferSingle or TransferBatch) of the token after it, in
// its block or a later one up to the pinned block, moves a non-zero amount
// into or out of the holder (as claim.shows judges a change). The logs are
// asked with the holder as sender and as recipient (two topic filters),
// the range bounded per request as internal/chain bounds log ranges
// (chain.FilterLogs). checked is false when the node cannot serve the
// logs (pruned history). The transaction's receipt must have been read
// (check).
func (c *chainChecker) checkLastChange(ev report.Evidence) (why string, checked bool, err error) {
	rc := c.receipts[common.HexToHash(ev.TxHash)]
	if rc == nil || !common.IsHexAddress(ev.Holder) {
		return "", true, nil // check gave the reason
	}
	var standard string
	for _, t := range c.rep.Tokens {
		if strings.EqualFold(t.Address, ev.Contract) {
			standard = t.Standard
		}
	}
	holder, contract := common.HexToAddress(ev.Holder), common.HexToAddress(ev.Contract)
	cl := &claim{kind: "holding", party: holder}
	pinned := c.rep.Chain.BlockNumber
	logs, ok := c.holderLogs[contract][holder]
	if from, got := c.holderLogsFrom[contract]; !got || from > ev.Block {
		ok = false
	}
	if !ok {
		var err error
		logs, err = c.transfersOf(contract, standard, []common.Address{holder}, ev.Block)
		if errors.Is(err, chain.ErrPrunedHistory) {
			return "", false, nil
		}
		if err != nil {
			return "", false, fmt.Errorf("asking the node for the transfers of %s into or out of %s in blocks %d to %d: %w",
				strings.ToLower(ev.Contract), strings.ToLower(ev.Holder), ev.Block, pinned, err)
		}
	}
	var later *types.Log
	for i := range logs {
		l := &logs[i]
		if l.BlockNumber < ev.Block || l.BlockNumber == ev.Block && l.TxIndex <= rc.TransactionIndex {
			continue
		}
		if later != nil && (l.BlockNumber > later.BlockNumber || l.BlockNumber == later.BlockNumber && l.Index >= later.Index) {
			continue
		}
		for _, mv := range chain.Moves(standard, l) {
			if cl.shows(mv) {
				later = l
				break
			}
		}
	}
	if later != nil {
		return fmt.Sprintf("a later transfer in tx %s at block %d changed the holding (the evidence says it last changed in transaction %s at block %d)",
			later.TxHash.Hex(), later.BlockNumber, ev.TxHash, ev.Block), true, nil
	}
	return "", true, nil
}

// transfersOf are the token's Transfer logs (ERC-1155: TransferSingle and
// TransferBatch) from block from to the pinned block with one of holders
// as sender or as recipient: two topic filters, each range bounded per
// request by chain.FilterLogs.
func (c *chainChecker) transfersOf(contract common.Address, standard string, holders []common.Address, from uint64) ([]types.Log, error) {
	var topics []common.Hash
	for _, h := range holders {
		topics = append(topics, common.BytesToHash(h.Bytes()))
	}
	ev := chain.TransferTopics(standard)
	queries := [][][]common.Hash{{ev, topics}, {ev, nil, topics}}
	if standard == "erc1155" {
		queries = [][][]common.Hash{{ev, nil, topics}, {ev, nil, nil, topics}}
	}
	var out []types.Log
	for _, q := range queries {
		logs, err := chain.FilterLogs(c.ctx, c.node, contract, q, from, c.rep.Chain.BlockNumber, chain.LogOptions{})
		if err != nil {
			return nil, err
		}
		out = append(out, logs...)
	}
	return out, nil
}

// holdersPerQuery is the most holders one log query names (topic filters
// of that many addresses are accepted by common nodes).
const holdersPerQuery = 100

// prefetchLastChanges asks, for each token, the transfers of the holders
// whose balance citations cite a last change, from the earliest cited
// block to the pinned one, holdersPerQuery holders a query, and keeps
// them by holder for checkLastChange: a few queries instead of two a
// citation. What fails is left for checkLastChange to ask alone.
func (c *chainChecker) prefetchLastChanges(cites []cite) {
	type group struct {
		standard string
		from     uint64
		holders  []common.Address
		seen     map[common.Address]bool
	}
	groups := map[common.Address]*group{}
	var order []common.Address
	for _, ct := range cites {
		ev := ct.ev
		if ev.Fact != report.FactBalance || ev.TxHash == "" || !common.IsHexAddress(ev.Holder) || !c.isToken(ev.Contract) || ev.Block > c.rep.Chain.BlockNumber {
			continue
		}
		token := common.HexToAddress(ev.Contract)
		g := groups[token]
		if g == nil {
			g = &group{from: ev.Block, seen: map[common.Address]bool{}}
			for _, t := range c.rep.Tokens {
				if strings.EqualFold(t.Address, ev.Contract) {
					g.standard = t.Standard
				}
			}
			groups[token] = g
			order = append(order, token)
		}
		g.from = min(g.from, ev.Block)
		if h := common.HexToAddress(ev.Holder); !g.seen[h] {
			g.seen[h] = true
			g.holders = append(g.holders, h)
		}
	}
	for _, token := range order {
		g := groups[token]
		byHolder := map[common.Address][]types.Log{}
		ok := true
		for start := 0; start < len(g.holders) && ok; start += holdersPerQuery {
			part := g.holders[start:min(start+holdersPerQuery, len(g.holders))]
			logs, err := c.transfersOf(token, g.standard, part, g.from)
			if err != nil {
				ok = false
				break
			}
			in := map[common.Address]bool{}
			for _, h := range part {
				in[h] = true
				byHolder[h] = nil // asked: none is an answer
			}
			for _, l := range logs {
				for _, i := range []int{1, 2, 3} {
					if i < len(l.Topics) && in[addr(l.Topics[i])] {
						byHolder[addr(l.Topics[i])] = append(byHolder[addr(l.Topics[i])], l)
					}
				}
			}
		}
		if ok {
			c.holderLogs[token], c.holderLogsFrom[token] = byHolder, g.from
		}
	}
}

// checkCode checks a code citation of a finding of rule against the code
// at the pinned block: first what codeCitationText checks without a node
// (the selectors are their signatures', the functions are in the capability
// catalogue of rule: rules.CodeKinds, chain.CatalogueKind, mint for
// CONTRACT-MINT, pause and freeze for CONTRACT-FREEZE, forcedTransfer for
// CONTRACT-FORCED-TRANSFER, upgrade for CONTRACT-UPGRADEABLE; the text is
// rules.CodeText of the fields, so that it names no function the fields do
// not cite); then that the code address is the token itself or the code it
// runs at the pinned block (runsCode); that the code there (eth_getCode)
// compares the calldata's selector with each (chain.HasSelector), as the
// scan found it; and, for a function privileged in ERC-3643 alone, that
// the node shows the token to be one (wantERC3643). The reason names the
// first that fails.
func (c *chainChecker) checkCode(ev report.Evidence, rule string) (string, bool, error) {
	if why := codeCitationText(c.rep, rule, ev); why != "" {
		return why, false, nil
	}
	token, at := common.HexToAddress(ev.Contract), common.HexToAddress(ev.CodeAddress)
	block := c.rep.Chain.BlockNumber
	if at != token {
		runs, why, err := c.runsCode(token)
		if err != nil || why != "" || c.noState {
			return why, why != "", err
		}
		if runs != at {
			what := "runs no other code (no EIP-1967 slot, beacon or EIP-1167 target)"
			if runs != token {
				what = "runs the code of " + strings.ToLower(runs.Hex())
			}
			return fmt.Sprintf("%s at the pinned block %d %s, not the code of %s", strings.ToLower(token.Hex()), block, what, strings.ToLower(at.Hex())), true, nil
		}
	}
	code, why, err := c.codeAt(at)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	only3643 := ""
	for _, fn := range ev.Functions {
		if !chain.HasSelector(code, common.FromHex(fn.Selector)) {
			return fmt.Sprintf("the code of %s at the pinned block %d (%d bytes) does not dispatch %s: no comparison of the calldata's selector with %s",
				strings.ToLower(at.Hex()), block, len(code), fn.Signature, strings.ToLower(fn.Selector)), true, nil
		}
		if _, ok := chain.CatalogueKind(fn.Signature, false); !ok && only3643 == "" {
			only3643 = fn.Signature
		}
	}
	if only3643 != "" {
		return c.wantERC3643(token, code, only3643)
	}
	return "", true, nil
}

// codeCitationText is why a code citation (fact code) of a finding of rule
// in rep does not state what the scan states, read without a node ("" when
// it does): its code address is an address; it names at least one
// function; each selector is the first four bytes of the Keccak-256 of its
// signature; each function is one of the catalogue of the finding's rule
// (rules.CodeKinds; T-REX's burn(address,uint256) and batchBurn only for a
// token the report gives as erc3643); and its text is exactly what
// rules.CodeText makes of its fields and the pinned block; and its code
// address is one the report lets the token run (codeAddressProblem).
// Verify checks this of every code citation, with or without a node;
// checkCode then reads the code itself.
func codeCitationText(rep *report.Report, rule string, ev report.Evidence) string {
	if !common.IsHexAddress(ev.CodeAddress) {
		return fmt.Sprintf("code address %q is not an address", ev.CodeAddress)
	}
	if len(ev.Functions) == 0 {
		return "the code evidence names no function"
	}
	kinds := rules.CodeKinds(rule)
	if kinds == nil {
		return fmt.Sprintf("%s cites no code: no privileged function of the catalogue is its evidence", rule)
	}
	erc3643 := false
	var token *report.Token
	for i, t := range rep.Tokens {
		if strings.EqualFold(t.Address, ev.Contract) {
			erc3643, token = t.Standard == "erc3643", &rep.Tokens[i]
		}
	}
	if why := codeAddressProblem(token, ev); why != "" {
		return why
	}
	for _, fn := range ev.Functions {
		want := hexutil.Encode(crypto.Keccak256([]byte(fn.Signature))[:4])
		if !strings.EqualFold(fn.Selector, want) {
			return fmt.Sprintf("selector %s is not that of %s (%s)", fn.Selector, fn.Signature, want)
		}
		if kind, ok := chain.CatalogueKind(fn.Signature, erc3643); !ok || !slices.Contains(kinds, kind) {
			return fmt.Sprintf("%s is not a privileged function %s cites (its catalogue: %s, docs/rules.md)", fn.Signature, rule, strings.Join(kinds, ", "))
		}
	}
	if want := rules.CodeText(ev.Contract, ev.CodeAddress, rep.Chain.BlockNumber, ev.Functions); ev.Text != want {
		return fmt.Sprintf("the text %q is not what the evidence's fields (code address, pinned block, functions) state: %q", ev.Text, want)
	}
	return ""
}

// codeAddressProblem is why a code citation's code address is not one the
// report lets token (the report's record of the citation's contract, nil
// when it has none) run ("" when it may be): the token itself, or, for a
// token with a proxy record, the implementation it names or, as that
// implementation may itself be an EIP-1167 clone the scan followed to its
// last target (chain.MaxCloneHops), any address, which only the code at
// the pinned block decides (checkCode's runsCode). A token the report
// records without a proxy runs its own code: any other code address is
// wrong. A contract that is not one of the report's tokens is the reason.
func codeAddressProblem(token *report.Token, ev report.Evidence) string {
	if token == nil || !common.IsHexAddress(token.Address) {
		return fmt.Sprintf("contract %s is not one of the report's tokens", orNone(ev.Contract))
	}
	at := common.HexToAddress(ev.CodeAddress)
	if at == common.HexToAddress(token.Address) || token.Proxy != nil && token.Proxy.Implementation != "" {
		return ""
	}
	return fmt.Sprintf("code address %s is not the token %s, which the report records as no proxy (tokens[].proxy): it runs its own code",
		strings.ToLower(at.Hex()), strings.ToLower(token.Address))
}

// wantERC3643 checks that token, whose logic is code, is an ERC-3643
// token at the pinned block as the scan recognises one (chain.ERC3643Code
// of its logic and its own code, else, when neither shows its logic
// (chain.LogicHidden), its identityRegistry() returning an address), for a
// code citation of sig, a function privileged only in
// ERC-3643 tokens: a report giving another token the erc3643 standard
// does not make its public burn privileged.
func (c *chainChecker) wantERC3643(token common.Address, code []byte, sig string) (string, bool, error) {
	own, why, err := c.codeAt(token)
	if err != nil || why != "" || c.noState {
		return why, why != "", err
	}
	if chain.ERC3643Code(code, own) {
		return "", true, nil
	}
	if !chain.LogicHidden(code, own) {
		return fmt.Sprintf("%s is not an ERC-3643 token at the pinned block %d (its code dispatches neither identityRegistry() nor isFrozen with forcedTransfer), where alone %s is privileged",
			strings.ToLower(token.Hex()), c.rep.Chain.BlockNumber, sig), true, nil
	}
	w, why, err := c.callWord(contractCall{token, string(selIdentityRegistry)})
	if err != nil || c.noState {
		return "", false, err
	}
	if why == "" && common.BytesToAddress(w) != (common.Address{}) {
		return "", true, nil
	}
	return fmt.Sprintf("%s is not an ERC-3643 token at the pinned block %d (its code dispatches neither identityRegistry() nor isFrozen with forcedTransfer, and identityRegistry() gives no address), where alone %s is privileged",
		strings.ToLower(token.Hex()), c.rep.Chain.BlockNumber, sig), true, nil
}

// runsCode is the address whose code the token runs at the pinned block,
// as the scan finds it (chain.Reader): the target in its code when that is
// an EIP-1167 minimal proxy; else the address in its EIP-1967
// implementation slot; that slot empty, its beacon's implementation(); the
// token itself when none is set. From there it follows EIP-1167 clones,
// as many as chain.MaxCloneHops, to the code at their end (a clone of a
// clone runs the last target's logic). A reason when a read fails.
func (c *chainChecker) runsCode(token common.Address) (common.Address, string, error) {
	code, why, err := c.codeAt(token)
	if err != nil || why != "" || c.noState {
		return common.Address{}, why, err
	}
	impl, clone := chain.MinimalProxyTarget(code)
	if !clone {
		w, why, err := c.slotWord(token, chain.SlotImplementation, "implementation")
		if err != nil || why != "" || c.noState {
			return common.Address{}, why, err
		}
		impl = common.BytesToAddress(w)
		if impl == (common.Address{}) {
			w, why, err = c.slotWord(token, chain.SlotBeacon, "beacon")
			if err != nil || why != "" || c.noState {
				return common.Address{}, why, err
			}
			beacon := common.BytesToAddress(w)
			if beacon == (common.Address{}) {
				return token, "", nil
			}
			out, why, err := c.callWord(contractCall{beacon, string(selImplementation)})
			if err != nil || why != "" || c.noState {
				return common.Address{}, why, err
			}
			impl = common.BytesToAddress(out)
			if impl == (common.Address{}) {
				return token, "", nil
			}
		}
	}
	seen := map[common.Address]bool{token: true}
	for range chain.MaxCloneHops {
		seen[impl] = true
		code, why, err := c.codeAt(impl)
		if err != nil || why != "" || c.noState {
			return common.Address{}, why, err
		}
		next, ok := chain.MinimalProxyTarget(code)
		if !ok || seen[next] {
			break
		}
		impl = next
	}
	return impl, "", nil
}
