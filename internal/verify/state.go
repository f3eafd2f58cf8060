package verify

import (
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokenaudit/audit/internal/report"
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

var (
	selBalanceOf   = crypto.Keccak256([]byte("balanceOf(address)"))[:4]
	selOwnerOf     = crypto.Keccak256([]byte("ownerOf(uint256)"))[:4]
	selBalanceOfID = crypto.Keccak256([]byte("balanceOf(address,uint256)"))[:4]
)

// noStateRE matches the errors nodes give for a call at a block whose
// state they no longer keep: geth's "missing trie node" (hash scheme) and
// "historical state is not available" / "state 0x… is not available"
// (path scheme), Erigon's and others' wordings of pruned history.
var noStateRE = regexp.MustCompile(`(?i)missing trie node|state (0x[0-9a-f]+ )?is not available|historical state|state histor|pruned|world state (is )?(not available|unavailable)`)

// word is v as one 32-byte ABI word.
func word(v []byte) []byte { return common.LeftPadBytes(v, 32) }

// balanceReads are the reads a balance citation asks for, by its token's
// standard: balanceOf(holder) for an ERC-20 or ERC-3643 token; for an
// ERC-721 token that too (the number of ids) and ownerOf(id) of each id;
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
	if standard != "erc1155" {
		reads = append(reads, balanceRead{call: contractCall{to, string(append(selBalanceOf[:4:4], word(holder.Bytes())...))},
			what: "balanceOf(" + holderHex + ")", want: amount})
	}
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
			reads = append(reads, balanceRead{call: contractCall{to, string(append(selOwnerOf[:4:4], word(id.Bytes())...))},
				what: "ownerOf(" + ida.TokenID + ")", owner: true})
		case "erc1155":
			reads = append(reads, balanceRead{call: contractCall{to, string(append(append(selBalanceOfID[:4:4], word(holder.Bytes())...), word(id.Bytes())...))},
				what: "balanceOf(" + holderHex + ", " + ida.TokenID + ")", want: n})
		}
	}
	if standard == "erc1155" && sum.Cmp(amount) != 0 {
		return nil, fmt.Sprintf("the ids' amounts add up to %s, the balance says %s", sum, amount)
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
