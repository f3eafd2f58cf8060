package verify

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

// Node is what CheckChain asks of a JSON-RPC node. chain.Client and
// go-ethereum's ethclient.Client have these methods; a block or receipt
// the node does not have is ethereum.NotFound. CallContract and StorageAt
// read the balances, roles, frozen accounts, issuers and EIP-1967 slots a
// report cites at its pinned block, CodeAt an EIP-1167 minimal proxy's
// target; FilterLogs looks for transfers after a
// holding's last change.
type Node interface {
	ChainID(ctx context.Context) (*big.Int, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error)
	CallContract(ctx context.Context, call ethereum.CallMsg, block *big.Int) ([]byte, error)
	CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error)
	ethereum.LogFilterer
}

// Batcher is a Node that sends several requests in one (go-ethereum's
// rpc.Client): CheckChain then asks for the receipts and blocks it needs
// BatchSize at a time, so that a distant node costs a few round trips
// instead of one or two a citation.
type Batcher interface {
	BatchCallContext(ctx context.Context, b []rpc.BatchElem) error
}

// BatchSize is the most requests CheckChain sends in one batch (hosted
// nodes commonly accept 100 or more).
const BatchSize = 100

// NodeCheck is what CheckChain found of the node and how far it checked
// each chain citation. Every chain citation it checked is counted once in
// Result's Checked and in exactly one of Balances, States, Transfers,
// TxOnly and BlockOnly when it resolves; one whose balance or state the
// node has no state to read, or whose holding's later logs it cannot
// serve, is counted in NoState, StatesNoState or NoLogs and in Result's
// Chain (not checked) instead.
type NodeCheck struct {
	Endpoint string `json:"endpoint,omitempty"` // as printed, without secrets
	ChainID  uint64 `json:"chain_id"`           // the node's
	// Pinned is "" when the node has the report's pinned block, with its
	// hash, on the chain of the report's chain id; else why not.
	Pinned string `json:"pinned_problem,omitempty"`
	// Transfers counts transactions checked with what their evidence says
	// they did: a Transfer (or ERC-1155 TransferSingle/Batch) log of the
	// token with the parties and amount the text gives, or the token's
	// deployment.
	Transfers int `json:"transactions_with_claim"`
	// TxOnly counts transactions checked for existence, block and success
	// only: the evidence's text says nothing verify can read off the
	// receipt.
	TxOnly int `json:"transactions_only"`
	// BlockOnly counts citations of a state at a block that verify cannot
	// read (evidence without the structured fields, a role known only by
	// its hash's first bytes without role_hash, a proxy without slot fields
	// whose text is of another form): the block is
	// on the node's chain, at or before the pinned one; the state itself is
	// not read.
	BlockOnly int `json:"blocks_only"`
	// Balances counts balance citations (Evidence.Fact "balance") whose
	// balance the node returns at the pinned block (balanceOf; for
	// ERC-721 also ownerOf of each id; for ERC-1155 balanceOf of each id),
	// whose transaction, when one is cited, changed the holding, and
	// after which no Transfer (TransferSingle/Batch) log of the token up
	// to the pinned block moved anything into or out of the holder.
	Balances int `json:"balances"`
	// NoState counts balance citations not checked because the node has
	// no state at the pinned block (a pruned, not an archive, node); their
	// transaction, when one is cited, was checked and resolved, and no
	// later transfer changed the holding.
	NoState int `json:"balances_no_state"`
	// States counts role, frozen, issuer, proxy and code citations whose
	// state the node returns at the pinned block as the evidence states it
	// (see checkState), ownership steps whose token claims the vessel
	// itself, read again (see checkClaim), and ownership steps through an
	// on-chain identity, whose identity() answers are read (see
	// checkIdentityStep).
	States int `json:"states"`
	// StatesNoState counts role, frozen, issuer, proxy and code citations,
	// token claims and identity steps, not checked because the node has no
	// state at the pinned block.
	StatesNoState int `json:"states_no_state"`
	// NoLogs counts balance citations not checked because the node cannot
	// serve the token's logs after the holding's last change (pruned
	// history): whether a later transfer changed the holding is unknown.
	NoLogs int `json:"balances_no_logs"`
}

// ChainCheckable says why rep's chain citations cannot be checked against
// a node ("" when they can): a report of the embedded demo chain or of an
// offline transfer export names no chain a node serves.
func ChainCheckable(rep *report.Report) string {
	switch rep.Chain.Source {
	case "embedded":
		return "the report read the embedded chain (the demo's in-process chain), which no node serves"
	case "transfers":
		return "the report read an offline transfer export, not a node: its rows are checked against the file"
	}
	return ""
}

// The reasons every chain citation shares when the node is not the chain
// the report read.
const reasonPinned = "the pinned block is not on this node's chain: reorganised or a different chain"

// CheckChain checks the chain citations Verify counted in res (res must be
// Verify's result for rep) against node: the node's chain id and the
// pinned block's hash are the report's; each cited transaction is in the
// cited block, on the node's canonical chain, at or before the pinned
// block, and succeeded; where its evidence text says what it did (a
// holding changed, a mint, a transfer, a deployment) the receipt shows
// exactly that; a balance citation's balance is what the node returns at
// the pinned block and no later transfer changed the holding (checkBalance,
// checkLastChange); a role, frozen, issuer, proxy or code citation's state
// is what the node returns at the pinned block (checkState); an ownership
// step through an on-chain identity states what the token's identity
// registry returns at the pinned block (checkIdentityStep); a cited block
// with no transaction is on the chain. Each
// citation then counts as resolved or unresolved in res. It returns an
// error only when the node fails to answer (not when it has no such
// block or transaction), and does nothing for a report ChainCheckable
// refuses.
func CheckChain(ctx context.Context, node Node, endpoint string, rep *report.Report, res *Result) error {
	if ChainCheckable(rep) != "" {
		return nil
	}
	c := &chainChecker{ctx: ctx, node: node, rep: rep, res: res,
		headers: map[uint64]*types.Header{}, receipts: map[common.Hash]*types.Receipt{}, calls: map[contractCall]callResult{}, slots: map[slotRead]callResult{},
		holderLogs: map[common.Address]map[common.Address][]types.Log{}, holderLogsFrom: map[common.Address]uint64{}}
	id, err := node.ChainID(ctx)
	if err != nil {
		return fmt.Errorf("asking the node for its chain id: %w", err)
	}
	nc := &NodeCheck{Endpoint: endpoint, ChainID: id.Uint64()}
	res.Node = nc
	switch pinned := rep.Chain; {
	case !id.IsUint64() || id.Uint64() != pinned.ChainID:
		nc.Pinned = fmt.Sprintf("the node is chain %s, the report's chain is %d: a different chain", id, pinned.ChainID)
	default:
		h, err := c.header(pinned.BlockNumber)
		if err != nil {
			return err
		}
		switch {
		case h == nil:
			nc.Pinned = fmt.Sprintf("%s (the node has no block %d)", reasonPinned, pinned.BlockNumber)
		case !strings.EqualFold(h.Hash().Hex(), pinned.BlockHash):
			nc.Pinned = fmt.Sprintf("%s (block %d is %s on the node, %s in the report)", reasonPinned, pinned.BlockNumber, h.Hash().Hex(), orNone(pinned.BlockHash))
		}
	}
	cites := res.chain
	res.chain, res.Chain, res.ChainNote = nil, 0, ""
	if b, ok := node.(Batcher); ok && nc.Pinned == "" {
		c.prefetch(b, cites)
	}
	if nc.Pinned == "" {
		c.prefetchLastChanges(cites)
	}
	// note adds why citations were not checked to res.ChainNote, once.
	note := func(why string) {
		if !strings.Contains(res.ChainNote, why) {
			res.ChainNote = strings.TrimPrefix(res.ChainNote+"; "+why, "; ")
		}
	}
	for _, ct := range cites {
		if nc.Pinned != "" {
			res.Checked++
			res.fail(ct, nc.Pinned, true)
			continue
		}
		why, how, err := c.check(ct)
		if err == nil && why == "" && ct.ev.Fact == report.FactBalance {
			var read bool
			why, read, err = c.checkBalance(ct.ev)
			logs := true
			if err == nil && why == "" && ct.ev.TxHash != "" {
				why, logs, err = c.checkLastChange(ct.ev)
			}
			switch {
			case !logs:
				how = checkedNoLogs
			case c.noState && why == "":
				how = checkedNoState
			case read:
				how = checkedBalance
			}
		}
		if err == nil && why == "" && ct.claim != nil {
			var read bool
			why, read, err = c.checkClaim(ct.claim)
			switch {
			case c.noState && why == "":
				how = checkedStateNoState
			case read:
				how = checkedState
			}
		}
		if err == nil && why == "" && ct.idStep != nil {
			var read bool
			why, read, err = c.checkIdentityStep(ct.idStep)
			switch {
			case c.noState && why == "":
				how = checkedStateNoState
			case read:
				how = checkedState
			}
		}
		if err == nil && why == "" && isStateFact(ct.ev.Fact) {
			why = otherToken(ct)
		}
		if err == nil && why == "" && isStateFact(ct.ev.Fact) {
			var read bool
			why, read, err = c.checkState(ct.ev, ct.rule)
			if err == nil && why == "" && ct.rule == ruleTokenProxy && ct.proxy != nil {
				why, err = c.checkProxyKind(ct.ev, ct.proxy)
			}
			switch {
			case c.noState && why == "":
				how = checkedStateNoState
			case read:
				how = checkedState
			}
		}
		if err != nil {
			return err
		}
		if how == checkedNoLogs {
			nc.NoLogs++
			res.Chain++
			note(fmt.Sprintf("the node cannot serve the token's logs up to block %d (pruned history): whether a later transfer changed a holding is not checked", c.rep.Chain.BlockNumber))
			continue
		}
		if how == checkedNoState || how == checkedStateNoState {
			if how == checkedNoState {
				nc.NoState++
			} else {
				nc.StatesNoState++
			}
			res.Chain++
			note(fmt.Sprintf("the node has no state at block %d (not an archive node): balances, roles, frozen accounts, issuers, identity registry answers, proxy slots and code are not read", c.rep.Chain.BlockNumber))
			continue
		}
		res.Checked++
		if why != "" {
			res.fail(ct, why, false)
			continue
		}
		res.Resolved++
		switch how {
		case checkedBalance:
			nc.Balances++
		case checkedState:
			nc.States++
		case checkedClaim:
			nc.Transfers++
		case checkedTx:
			nc.TxOnly++
		default:
			nc.BlockOnly++
		}
	}
	return nil
}

// How far a chain citation was checked.
const (
	checkedBlock = iota
	checkedTx
	checkedClaim
	checkedBalance
	checkedNoState // its balance: the node has no state at the pinned block
	checkedState
	checkedStateNoState // its role, status or slot: no state at the pinned block
	checkedNoLogs       // its holding's later transfers: the node has not the logs
)

type chainChecker struct {
	ctx      context.Context
	node     Node
	rep      *report.Report
	res      *Result
	headers  map[uint64]*types.Header // nil: the node has no such block
	receipts map[common.Hash]*types.Receipt
	calls    map[contractCall]callResult // at the pinned block
	slots    map[slotRead]callResult     // at the pinned block
	codes    map[common.Address][]byte   // at the pinned block, by codeAt
	// holderLogs are, by token and holder, the transfers into or out of
	// the holder from block holderLogsFrom of the token to the pinned
	// block (prefetchLastChanges).
	holderLogs     map[common.Address]map[common.Address][]types.Log
	holderLogsFrom map[common.Address]uint64
	noState        bool // a call said the node has no state at the pinned block
}

// header is the node's block n, nil when it has none.
func (c *chainChecker) header(n uint64) (*types.Header, error) {
	if h, ok := c.headers[n]; ok {
		return h, nil
	}
	h, err := c.node.HeaderByNumber(c.ctx, new(big.Int).SetUint64(n))
	if errors.Is(err, ethereum.NotFound) {
		h, err = nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("asking the node for block %d: %w", n, err)
	}
	c.headers[n] = h
	return h, nil
}

// receiptIndexWait is how long receipt asks again a node that answers it
// is still indexing its transactions.
const receiptIndexWait = 30 * time.Second

// receipt is the node's receipt of tx, nil when it has none.
func (c *chainChecker) receipt(tx common.Hash) (*types.Receipt, error) {
	if r, ok := c.receipts[tx]; ok {
		return r, nil
	}
	r, err := c.node.TransactionReceipt(c.ctx, tx)
	// a node still indexing its transactions (geth, for a while after it
	// starts) answers so: ask again, for at most receiptIndexWait
	for waited := time.Duration(0); chain.IndexingInProgress(err) && waited < receiptIndexWait; waited += 250 * time.Millisecond {
		select {
		case <-c.ctx.Done():
			return nil, c.ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
		r, err = c.node.TransactionReceipt(c.ctx, tx)
	}
	if errors.Is(err, ethereum.NotFound) {
		r, err = nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("asking the node for the receipt of transaction %s: %w", tx.Hex(), err)
	}
	c.receipts[tx] = r
	return r, nil
}

// prefetch asks b, in batches, for the receipts of the cited transactions
// and then for their blocks and the blocks cited without one. What a
// batch does not give (the node refuses batches, one request fails) is
// left for check to ask alone, which reports the error.
func (c *chainChecker) prefetch(b Batcher, cites []cite) {
	var hashes []common.Hash
	seen := map[common.Hash]bool{}
	for _, ct := range cites {
		if !txHashRE.MatchString(ct.ev.TxHash) {
			continue
		}
		h := common.HexToHash(ct.ev.TxHash)
		if _, ok := c.receipts[h]; !ok && !seen[h] {
			seen[h] = true
			hashes = append(hashes, h)
		}
	}
	receipts := make([]*types.Receipt, len(hashes))
	elems := make([]rpc.BatchElem, len(hashes))
	for i, h := range hashes {
		elems[i] = rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{h}, Result: &receipts[i]}
	}
	c.batch(b, elems, func(i int) { c.receipts[hashes[i]] = receipts[i] })

	var blocks []uint64
	wanted := map[uint64]bool{}
	want := func(n uint64) {
		if _, ok := c.headers[n]; !ok && !wanted[n] {
			wanted[n] = true
			blocks = append(blocks, n)
		}
	}
	for _, ct := range cites {
		if ct.ev.TxHash == "" {
			if m := chainStep.FindStringSubmatch(ct.ev.Text); ct.ev.Kind == "path" && m != nil {
				n, _ := strconv.ParseUint(m[2], 10, 64)
				want(n)
			} else if ct.ev.Block != 0 {
				want(ct.ev.Block)
			}
		} else if rc := c.receipts[common.HexToHash(ct.ev.TxHash)]; rc != nil && rc.BlockNumber != nil && rc.BlockNumber.IsUint64() {
			want(rc.BlockNumber.Uint64())
		}
	}
	headers := make([]*types.Header, len(blocks))
	elems = make([]rpc.BatchElem, len(blocks))
	for i, n := range blocks {
		elems[i] = rpc.BatchElem{Method: "eth_getBlockByNumber", Args: []any{hexutil.EncodeUint64(n), false}, Result: &headers[i]}
	}
	c.batch(b, elems, func(i int) { c.headers[blocks[i]] = headers[i] })
	c.prefetchCalls(b, cites)
	c.prefetchStates(b, cites)
}

// batch sends elems BatchSize at a time and calls got with the index of
// each that was answered without an error.
func (c *chainChecker) batch(b Batcher, elems []rpc.BatchElem, got func(i int)) {
	for start := 0; start < len(elems); start += BatchSize {
		part := elems[start:min(start+BatchSize, len(elems))]
		if err := b.BatchCallContext(c.ctx, part); err != nil {
			return
		}
		for i, e := range part {
			if e.Error == nil {
				got(start + i)
			}
		}
	}
}

var (
	txHashRE   = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
	chainStep  = regexp.MustCompile(`^chain (\d+), block (\d+): `)
	holdingRE  = regexp.MustCompile(`^(0x[0-9a-f]{40}) holds .* \(?(0x[0-9a-f]{40})\)? at block \d+ \(.*\); the holding last changed in transaction (0x[0-9a-f]{64}) at block (\d+)$`)
	mintRE     = regexp.MustCompile(`^([0-9.]+) (.*) minted to (0x[0-9a-f]{40}) on (\d{4}-\d\d-\d\d), block (\d+)(?:, (\d+) base units)?$`)
	eventRE    = regexp.MustCompile(`^(.*) on (\d{4}-\d\d-\d\d), block (\d+), tx (0x[0-9a-fA-F]{64})$`)
	deployedRE = regexp.MustCompile(`^(.*) was deployed$`)
	movedRE    = regexp.MustCompile(`^([0-9.]+) (.*) moved (0x[0-9a-f]{40}) to (0x[0-9a-f]{40}) \([^()]* of supply(?:, (\d+) base units)?\)$`)
)

// check checks one chain citation: why it does not resolve ("" when it
// does) and how far it was checked.
func (c *chainChecker) check(ct cite) (string, int, error) {
	ev := ct.ev
	pinned := c.rep.Chain.BlockNumber
	if ev.TxHash == "" {
		block := ev.Block
		if m := chainStep.FindStringSubmatch(ev.Text); ev.Kind == "path" && m != nil {
			if m[1] != strconv.FormatUint(c.rep.Chain.ChainID, 10) {
				return fmt.Sprintf("cites chain %s, the report's chain is %d", m[1], c.rep.Chain.ChainID), 0, nil
			}
			block, _ = strconv.ParseUint(m[2], 10, 64)
		}
		if block == 0 || block == pinned {
			return "", checkedBlock, nil // the pinned block, checked once
		}
		if block > pinned {
			return fmt.Sprintf("block %d is after the pinned block %d", block, pinned), 0, nil
		}
		h, err := c.header(block)
		if err != nil || h == nil {
			return fmt.Sprintf("the node has no block %d", block), 0, err
		}
		return "", checkedBlock, nil
	}
	if !txHashRE.MatchString(ev.TxHash) {
		return fmt.Sprintf("%q is not a transaction hash", ev.TxHash), 0, nil
	}
	tx := common.HexToHash(ev.TxHash)
	rc, err := c.receipt(tx)
	if err != nil {
		return "", 0, err
	}
	if rc == nil {
		return fmt.Sprintf("the node has no transaction %s (not on this chain, or the node does not index transactions that old)", tx.Hex()), 0, nil
	}
	if rc.BlockNumber == nil || !rc.BlockNumber.IsUint64() {
		return fmt.Sprintf("the node's receipt of transaction %s gives no block number", tx.Hex()), 0, nil
	}
	n := rc.BlockNumber.Uint64()
	switch {
	case n != ev.Block:
		return fmt.Sprintf("transaction %s is in block %d, not %d", tx.Hex(), n, ev.Block), 0, nil
	case n > pinned:
		return fmt.Sprintf("transaction %s is in block %d, after the pinned block %d", tx.Hex(), n, pinned), 0, nil
	}
	h, err := c.header(n)
	if err != nil {
		return "", 0, err
	}
	if h == nil || h.Hash() != rc.BlockHash {
		return fmt.Sprintf("transaction %s is in block %s, which is not block %d of the node's chain", tx.Hex(), rc.BlockHash.Hex(), n), 0, nil
	}
	if rc.Status != types.ReceiptStatusSuccessful {
		return fmt.Sprintf("transaction %s failed (status %d)", tx.Hex(), rc.Status), 0, nil
	}
	cl, why := c.claimOf(ct)
	if why != "" {
		return why, 0, nil
	}
	if cl == nil {
		return "", checkedTx, nil
	}
	if cl.day != "" && cl.day != "0001-01-01" {
		if got := time.Unix(int64(h.Time), 0).UTC().Format("2006-01-02"); got != cl.day {
			return fmt.Sprintf("block %d is of %s, not %s", n, got, cl.day), 0, nil
		}
	}
	if why := cl.check(rc); why != "" {
		return why, 0, nil
	}
	return "", checkedClaim, nil
}

// claim is what a chain citation's text says its transaction did, in
// terms a receipt can show.
type claim struct {
	kind      string   // "holding", "move" or "deploy"
	contracts []string // the token, or the tokens it may be (lowercase hex)
	standards []string // each contract's standard, as the report gives it
	party     common.Address
	from, to  common.Address
	amount    *big.Int // base units; for ERC-721 1 (any id)
	day       string   // YYYY-MM-DD of the block (UTC), "" when not said
}

// claimOf reads what a transaction citation says: from its structured
// fields when it has them (factClaim), else from its text. Nil when it
// says nothing machine-readable; a reason when its text contradicts its
// own block or transaction fields.
func (c *chainChecker) claimOf(ct cite) (*claim, string) {
	ev := ct.ev
	if ev.Fact != "" {
		return c.factClaim(ev)
	}
	same := func(block, tx string) string {
		if block != strconv.FormatUint(ev.Block, 10) || tx != "" && !strings.EqualFold(tx, ev.TxHash) {
			return fmt.Sprintf("the text says block %s, transaction %s; the evidence's fields block %d, transaction %s", block, orNone(tx), ev.Block, ev.TxHash)
		}
		return ""
	}
	if m := holdingRE.FindStringSubmatch(ev.Text); m != nil {
		if why := same(m[4], m[3]); why != "" {
			return nil, why
		}
		cl := &claim{kind: "holding", party: common.HexToAddress(m[1])}
		if !c.token(cl, func(t report.Token) bool { return strings.EqualFold(t.Address, m[2]) }) {
			return nil, ""
		}
		return cl, ""
	}
	if m := mintRE.FindStringSubmatch(ev.Text); m != nil && ct.subject.Kind == "token" {
		if why := same(m[5], ""); why != "" {
			return nil, why
		}
		cl := &claim{kind: "move", to: common.HexToAddress(m[3]), day: m[4]}
		if !c.token(cl, func(t report.Token) bool { return strings.EqualFold(t.Address, ct.subject.ID) }) {
			return nil, ""
		}
		if cl.amount = c.amount(m[1], m[6], cl); cl.amount == nil {
			return nil, ""
		}
		return cl, ""
	}
	m := eventRE.FindStringSubmatch(ev.Text)
	if m == nil {
		return nil, ""
	}
	if why := same(m[3], m[4]); why != "" {
		return nil, why
	}
	if d := deployedRE.FindStringSubmatch(m[1]); d != nil {
		cl := &claim{kind: "deploy", day: m[2]}
		if !c.token(cl, func(t report.Token) bool { return t.Symbol == d[1] }) {
			return nil, ""
		}
		return cl, ""
	}
	if mv := movedRE.FindStringSubmatch(m[1]); mv != nil {
		cl := &claim{kind: "move", from: common.HexToAddress(mv[3]), to: common.HexToAddress(mv[4]), day: m[2]}
		if !c.token(cl, func(t report.Token) bool { return t.Symbol == mv[2] }) {
			return nil, ""
		}
		if cl.amount = c.amount(mv[1], mv[5], cl); cl.amount == nil {
			return nil, ""
		}
		return cl, ""
	}
	return nil, ""
}

// dayRE is the block's date a chain citation's text gives ("... on
// 2024-06-20, block 36..."), the one part of a claim its structured
// fields leave to the text.
var dayRE = regexp.MustCompile(` on (\d{4}-\d\d-\d\d), block \d+`)

// factClaim is what a transaction citation's structured fields say it
// did: a balance's transaction changed the holder's holding of the
// contract; a mint or transfer moved the amount from one address to
// another; a deployment created the contract. The token is found by its
// address among the report's tokens (for its standard); a contract that
// is not one of them, or an amount that is not a decimal integer, is the
// reason the citation does not resolve. Other facts cite no transaction
// to read: nil.
func (c *chainChecker) factClaim(ev report.Evidence) (*claim, string) {
	cl := &claim{}
	switch ev.Fact {
	case report.FactBalance:
		cl.kind, cl.party = "holding", common.HexToAddress(ev.Holder)
	case report.FactMint, report.FactTransfer:
		amount, ok := new(big.Int).SetString(ev.Amount, 10)
		if !ok || amount.Sign() < 0 {
			return nil, fmt.Sprintf("amount %q is not a decimal integer", ev.Amount)
		}
		cl.kind, cl.from, cl.to, cl.amount = "move", common.HexToAddress(ev.From), common.HexToAddress(ev.To), amount
	case report.FactDeployment:
		cl.kind = "deploy"
	default:
		return nil, ""
	}
	if m := dayRE.FindStringSubmatch(ev.Text); m != nil {
		cl.day = m[1]
	}
	if !c.token(cl, func(t report.Token) bool { return strings.EqualFold(t.Address, ev.Contract) }) {
		return nil, fmt.Sprintf("contract %s is not one of the report's tokens", orNone(ev.Contract))
	}
	return cl, ""
}

// token sets cl's contracts to the report's tokens that match, and says
// whether there is any.
func (c *chainChecker) token(cl *claim, match func(report.Token) bool) bool {
	for _, t := range c.rep.Tokens {
		if match(t) && common.IsHexAddress(t.Address) {
			cl.contracts = append(cl.contracts, strings.ToLower(t.Address))
			cl.standards = append(cl.standards, t.Standard)
		}
	}
	return len(cl.contracts) > 0
}

// amount is a moved amount in base units: the base units the text gives,
// else the whole-token amount when every candidate token has no decimals;
// nil when neither (the text is not read then).
func (c *chainChecker) amount(units, base string, cl *claim) *big.Int {
	if base != "" {
		n, ok := new(big.Int).SetString(base, 10)
		if ok {
			return n
		}
		return nil
	}
	for _, addr := range cl.contracts {
		for _, t := range c.rep.Tokens {
			if strings.EqualFold(t.Address, addr) && t.Decimals != 0 {
				return nil
			}
		}
	}
	n, ok := new(big.Int).SetString(units, 10)
	if !ok {
		return nil
	}
	return n
}

// check says why rc does not show the claim, "" when it does.
func (cl *claim) check(rc *types.Receipt) string {
	if cl.kind == "deploy" {
		for _, addr := range cl.contracts {
			if strings.EqualFold(rc.ContractAddress.Hex(), addr) {
				return ""
			}
		}
		return fmt.Sprintf("transaction %s created %s, not %s", rc.TxHash.Hex(), createdOrNone(rc), strings.Join(cl.contracts, " or "))
	}
	for _, l := range rc.Logs {
		for i, addr := range cl.contracts {
			if !strings.EqualFold(l.Address.Hex(), addr) {
				continue
			}
			for _, mv := range chain.Moves(cl.standards[i], l) {
				if cl.shows(mv) {
					return ""
				}
			}
		}
	}
	switch cl.kind {
	case "holding":
		return fmt.Sprintf("transaction %s has no transfer of %s into or out of %s", rc.TxHash.Hex(), strings.Join(cl.contracts, " or "), strings.ToLower(cl.party.Hex()))
	default:
		return fmt.Sprintf("transaction %s has no transfer of %s %s from %s to %s", rc.TxHash.Hex(), cl.amount, strings.Join(cl.contracts, " or "),
			strings.ToLower(cl.from.Hex()), strings.ToLower(cl.to.Hex()))
	}
}

func createdOrNone(rc *types.Receipt) string {
	if rc.ContractAddress == (common.Address{}) {
		return "no contract"
	}
	return strings.ToLower(rc.ContractAddress.Hex())
}

// shows says whether mv is the move cl claims. A holding changed by a move
// of a non-zero amount (any ERC-721 id) into or out of the address, not to
// itself, as chain.Holder.LastChangeTx is chosen.
func (cl *claim) shows(mv chain.Move) bool {
	if cl.kind == "holding" {
		return mv.From != mv.To && (mv.From == cl.party || mv.To == cl.party) && mv.Amount.Sign() > 0
	}
	return mv.From == cl.from && mv.To == cl.to && mv.Amount.Cmp(cl.amount) == 0
}

// addr is the address in a log topic (its last 20 bytes).
func addr(topic common.Hash) common.Address { return common.BytesToAddress(topic[12:]) }

// otherToken is why a CONTRACT-* finding's code or role citation does not
// resolve when it is about another token than the finding's subject (a
// finding moved onto another token, its evidence kept, would otherwise
// verify): "" when it is about the subject, or the citation is not one
// of those.
func otherToken(ct cite) string {
	if !strings.HasPrefix(ct.rule, "CONTRACT-") || ct.subject.Kind != "token" || ct.subject.ID == "" ||
		(ct.ev.Fact != report.FactCode && ct.ev.Fact != report.FactRole) || strings.EqualFold(ct.ev.Contract, ct.subject.ID) {
		return ""
	}
	return fmt.Sprintf("it is about contract %s, not the finding's token %s", orNone(ct.ev.Contract), ct.subject.ID)
}
