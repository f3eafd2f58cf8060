package chain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/tokenaudit/audit/contracts"
	"github.com/tokenaudit/audit/internal/refdata"
)

// logs fetches the token's Transfer, role and agent logs from block from to
// the pinned block, in chunks that halve when the node refuses a range
// (FilterLogs), through eth_getLogs decoded by hand when the backend talks
// JSON-RPC. For an ERC-20 or ERC-3643 token it also returns the balanceOf
// answer at the pinned block of every address a Transfer log names, asked
// while later ranges were still being fetched (balancePrefetch).
func (r *reader) logs(ctx context.Context, addr common.Address, from uint64, standard string) ([]types.Log, map[common.Address]callResult, error) {
	topics := [][]common.Hash{{topicTransfer, topicTransferSingle, topicTransferBatch, topicRoleGranted, topicRoleRevoked, topicAgentAdded, topicAgentRemoved}}
	src := logSource(r.b)
	if standard != "erc20" && standard != "erc3643" {
		logs, err := FilterLogs(ctx, src, addr, topics, from, r.block.Uint64(), r.opts.Logs)
		return logs, nil, err
	}
	if _, err := r.hasMulticall(ctx); err != nil {
		return nil, nil, err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	p := &balancePrefetch{r: r, ctx: ctx, token: addr, sem: make(chan struct{}, prefetchConcurrency),
		seen: map[common.Address]bool{}, answers: map[common.Address]callResult{}}
	logs, err := filterLogs(ctx, src, addr, topics, from, r.block.Uint64(), r.opts.Logs, p.add)
	if err != nil {
		cancel()
		p.wait(false)
		return nil, nil, err
	}
	answers, err := p.wait(true)
	if err != nil {
		return nil, nil, fmt.Errorf("calling balanceOf: %w", err)
	}
	return logs, answers, nil
}

// prefetchConcurrency is how many balanceOf batches balancePrefetch has in
// flight at once.
const prefetchConcurrency = 2

// balancePrefetch calls balanceOf(holder) at the pinned block for each
// address an ERC-20 Transfer log names, in batches of MulticallBatch
// started as the logs arrive, while later ranges are still being fetched.
// A balance at the pinned block does not depend on when it is asked, so the
// answers are those of calls made after the fetch.
type balancePrefetch struct {
	r     *reader
	ctx   context.Context
	token common.Address
	sem   chan struct{}
	wg    sync.WaitGroup

	mu      sync.Mutex
	seen    map[common.Address]bool
	queue   []common.Address // seen, not yet asked
	answers map[common.Address]callResult
	err     error
}

// add queues the addresses of the Transfer logs among logs and starts a
// batch for every MulticallBatch queued. It is safe for concurrent use.
func (p *balancePrefetch) add(logs []types.Log) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := range logs {
		l := &logs[i]
		// The logs ledger20 decodes (decodeTransfer with erc721 false).
		if len(l.Topics) != 3 || l.Topics[0] != topicTransfer || len(l.Data) != 32 {
			continue
		}
		for _, t := range l.Topics[1:] {
			a := common.BytesToAddress(t[12:])
			if a != (common.Address{}) && !p.seen[a] {
				p.seen[a] = true
				p.queue = append(p.queue, a)
			}
		}
	}
	for len(p.queue) >= MulticallBatch {
		p.start(p.queue[:MulticallBatch:MulticallBatch])
		p.queue = p.queue[MulticallBatch:]
	}
}

// start asks balanceOf for holders in a goroutine, at most
// prefetchConcurrency batches at a time.
func (p *balancePrefetch) start(holders []common.Address) {
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		select {
		case p.sem <- struct{}{}:
		case <-p.ctx.Done():
			return
		}
		defer func() { <-p.sem }()
		calls := make([][]byte, len(holders))
		for i, a := range holders {
			calls[i] = CallData("balanceOf(address)", a.Bytes())
		}
		answers, err := p.r.callMany(p.ctx, p.token, calls)
		p.mu.Lock()
		defer p.mu.Unlock()
		if err != nil {
			if p.err == nil {
				p.err = err
			}
			return
		}
		for i, a := range holders {
			p.answers[a] = answers[i]
		}
	}()
}

// wait asks for the addresses still queued when flush is set, waits for
// every batch and returns the answers by address.
func (p *balancePrefetch) wait(flush bool) (map[common.Address]callResult, error) {
	p.mu.Lock()
	if flush && len(p.queue) > 0 {
		p.start(p.queue)
		p.queue = nil
	}
	p.mu.Unlock()
	p.wg.Wait()
	return p.answers, p.err
}

// transferLog is a decoded Transfer event.
type transferLog struct {
	from, to common.Address
	value    *big.Int // amount (ERC-20) or token id (ERC-721)
	log      *types.Log
}

// decodeTransfer decodes a Transfer log by hand: three topics and 32 bytes
// of data for ERC-20, four topics and no data for ERC-721.
func decodeTransfer(l *types.Log, erc721 bool) (transferLog, bool) {
	if len(l.Topics) == 0 || l.Topics[0] != topicTransfer {
		return transferLog{}, false
	}
	if erc721 {
		if len(l.Topics) != 4 {
			return transferLog{}, false
		}
		return transferLog{
			from:  common.BytesToAddress(l.Topics[1][12:]),
			to:    common.BytesToAddress(l.Topics[2][12:]),
			value: new(big.Int).SetBytes(l.Topics[3][:]),
			log:   l,
		}, true
	}
	if len(l.Topics) != 3 || len(l.Data) != 32 {
		return transferLog{}, false
	}
	return transferLog{
		from:  common.BytesToAddress(l.Topics[1][12:]),
		to:    common.BytesToAddress(l.Topics[2][12:]),
		value: new(big.Int).SetBytes(l.Data),
		log:   l,
	}, true
}

// ledger20 rebuilds ERC-20 balances from Transfer logs and checks them
// against balanceOf and totalSupply. known holds balanceOf answers already
// made at the pinned block; the other holders are asked here.
func (r *reader) ledger20(ctx context.Context, addr common.Address, t *Token, logs []types.Log, known map[common.Address]callResult) error {
	bal := map[common.Address]*big.Int{}
	var seen []common.Address
	credit := func(a common.Address, v *big.Int) {
		if bal[a] == nil {
			bal[a] = new(big.Int)
			seen = append(seen, a)
		}
		bal[a].Add(bal[a], v)
	}
	for i := range logs {
		tr, ok := decodeTransfer(&logs[i], false)
		if !ok {
			continue
		}
		if tr.from != (common.Address{}) {
			credit(tr.from, new(big.Int).Neg(tr.value))
		}
		if tr.to != (common.Address{}) {
			credit(tr.to, tr.value)
		}
	}
	var ask []common.Address
	for _, a := range seen {
		if _, ok := known[a]; !ok {
			ask = append(ask, a)
		}
	}
	calls := make([][]byte, len(ask))
	for i, a := range ask {
		calls[i] = CallData("balanceOf(address)", a.Bytes())
	}
	answers, err := r.callMany(ctx, addr, calls)
	if err != nil {
		return fmt.Errorf("calling balanceOf: %w", err)
	}
	reported := make(map[common.Address]*big.Int, len(seen))
	for _, a := range seen {
		ans, ok := known[a]
		if !ok {
			continue
		}
		v, vok := decodeUint(ans.out)
		if !ans.ok || !vok {
			v = nil
		}
		reported[a] = v
	}
	for i, a := range ask {
		v, vok := decodeUint(answers[i].out)
		if !answers[i].ok || !vok {
			v = nil
		}
		reported[a] = v
	}
	t.Holders, t.Mismatches = compareBalances(bal, reported, t.TotalSupply)
	if t.Standard == "erc3643" {
		calls := make([][]byte, len(t.Holders))
		for i, h := range t.Holders {
			calls[i] = CallData("isFrozen(address)", common.HexToAddress(h.Address).Bytes())
		}
		answers, err := r.callMany(ctx, addr, calls)
		if err != nil {
			return fmt.Errorf("calling isFrozen: %w", err)
		}
		for i := range t.Holders {
			v, vok := decodeUint(answers[i].out)
			t.Holders[i].Frozen = answers[i].ok && vok && v.Sign() != 0
		}
		if err := r.identities(ctx, addr, t); err != nil {
			return err
		}
	}
	return nil
}

// identities reads an ERC-3643 token's identity registry at the pinned
// block: identityRegistry() on the token (a proxy answers through its
// logic), then, on that registry, isVerified, identity and investorCountry
// of every holder, in batches (callManyGas), each call made on its own
// given at most IdentityCallGas (one that runs out is unknown). A token
// whose identityRegistry() reverts or answers other than one non-zero
// address keeps IdentityRegistry empty and its holders' fields unknown; so
// does each call that reverts or answers other than its type's one word (a
// bool 0 or 1, an address, a uint16), and an identity at or below 0xffff
// (isPrecompileRange). Each distinct identity's code is then read
// (identityCode).
func (r *reader) identities(ctx context.Context, addr common.Address, t *Token) error {
	out, ok, err := r.callGas(ctx, addr, selector("identityRegistry()"), IdentityCallGas)
	if err != nil {
		return fmt.Errorf("calling identityRegistry(): %w", err)
	}
	reg, aok := strictAddress(out)
	if !ok || !aok || reg == (common.Address{}) {
		return nil
	}
	t.IdentityRegistry = hexAddr(reg)
	sigs := []string{"isVerified(address)", "identity(address)", "investorCountry(address)"}
	calls := make([][]byte, 0, len(sigs)*len(t.Holders))
	for _, h := range t.Holders {
		for _, sig := range sigs {
			calls = append(calls, CallData(sig, common.HexToAddress(h.Address).Bytes()))
		}
	}
	answers, err := r.callManyGas(ctx, reg, calls, IdentityCallGas)
	if err != nil {
		return fmt.Errorf("calling the identity registry %s: %w", hexAddr(reg), err)
	}
	for i := range t.Holders {
		h, a := &t.Holders[i], answers[len(sigs)*i:len(sigs)*(i+1)]
		if v, ok := strictUint(a[0], 1); ok {
			verified := v == 1
			h.Verified = &verified
		}
		if id, ok := strictAddress(a[1].out); a[1].ok && ok && !isPrecompileRange(id) {
			h.Identity = hexAddr(id)
		}
		if v, ok := strictUint(a[2], 0xffff); ok && v != 0 {
			h.InvestorCountry = int(v)
			h.InvestorCountryAlpha2, _ = refdata.NumericCountry(int(v))
		}
	}
	return r.identityCode(ctx, t)
}

// identityCode reads, at the pinned block, the code of each distinct
// identity the registry named for t's holders, once each (eth_getCode),
// and marks the holders whose identity has none (Holder.IdentityNoCode):
// an ONCHAINID is a contract, so an address without code, such as one
// account a hostile registry names for every wallet, is no identity.
func (r *reader) identityCode(ctx context.Context, t *Token) error {
	var ids []common.Address
	index := map[string]int{}
	for _, h := range t.Holders {
		if _, seen := index[h.Identity]; h.Identity != "" && !seen {
			index[h.Identity] = len(ids)
			ids = append(ids, common.HexToAddress(h.Identity))
		}
	}
	has, err := r.hasCode(ctx, ids)
	if err != nil {
		return fmt.Errorf("reading the code of the identities the identity registry %s names for %s's holders: %w", t.IdentityRegistry, hexAddr(common.HexToAddress(t.Address)), err)
	}
	for i := range t.Holders {
		if h := &t.Holders[i]; h.Identity != "" {
			h.IdentityNoCode = !has[index[h.Identity]]
		}
	}
	return nil
}

// CodeSizesBatch is how many addresses one CodeSizes call asks about.
const CodeSizesBatch = 500

var codeSizesABI = contracts.NewCodeSizes()

// hasCode says, at the pinned block, which of addrs have code: by eth_call
// of CodeSizes' creation code (contracts/CodeSizes.sol: its constructor
// returns each address's code size, without running their code), batch by
// batch, so that thousands of identities cost a few calls instead of one
// eth_getCode each; a batch the node does not answer so (it refuses calls
// without a `to`, runs out of gas, answers something else) is read with
// eth_getCode, address by address.
func (r *reader) hasCode(ctx context.Context, addrs []common.Address) ([]bool, error) {
	out := make([]bool, len(addrs))
	for start := 0; start < len(addrs); start += CodeSizesBatch {
		batch := addrs[start:min(start+CodeSizesBatch, len(addrs))]
		if sizes, ok := r.codeSizes(ctx, batch); ok {
			for i, n := range sizes {
				out[start+i] = n > 0
			}
			continue
		}
		for i, a := range batch {
			code, err := r.b.CodeAt(ctx, a, r.block)
			if err != nil {
				return nil, fmt.Errorf("eth_getCode of %s: %w", hexAddr(a), err)
			}
			out[start+i] = len(code) > 0
		}
	}
	return out, nil
}

// codeSizes asks the node, in one eth_call of CodeSizes' creation code at
// the pinned block, for the code size of each address; ok is false when
// the answer is not one size per address.
func (r *reader) codeSizes(ctx context.Context, addrs []common.Address) ([]uint64, bool) {
	data := append(common.FromHex(contracts.CodeSizesMetaData.Bin), codeSizesABI.PackConstructor(addrs)...)
	res, err := r.b.CallContract(ctx, ethereum.CallMsg{Data: data}, r.block)
	if err != nil {
		return nil, false
	}
	// abi.encode(uint256[]): offset 32, length n, then n words.
	if len(res) != 64+32*len(addrs) || new(big.Int).SetBytes(res[:32]).Cmp(big.NewInt(32)) != 0 ||
		new(big.Int).SetBytes(res[32:64]).Cmp(big.NewInt(int64(len(addrs)))) != 0 {
		return nil, false
	}
	sizes := make([]uint64, len(addrs))
	for i := range addrs {
		w := new(big.Int).SetBytes(res[64+32*i : 96+32*i])
		if !w.IsUint64() {
			return nil, false
		}
		sizes[i] = w.Uint64()
	}
	return sizes, true
}

// strictAddress decodes an ABI address answer: exactly one word whose
// first 12 bytes are zero; ok is false for anything else (a bytes or
// string answer, whose first word is an offset, among them).
func strictAddress(out []byte) (common.Address, bool) {
	if len(out) != 32 || !allZero(out[:12]) {
		return common.Address{}, false
	}
	return common.BytesToAddress(out[12:32]), true
}

// isPrecompileRange reports whether a is at or below 0xffff: the zero
// address, the precompiles and the range chains keep for them, where no
// ONCHAINID (a contract deployed like any other) can be. A small number
// answered as an address (an offset, a length, a count) lands there.
func isPrecompileRange(a common.Address) bool {
	return allZero(a[:18])
}

// strictUint decodes an answer of one unsigned word no larger than max (1
// for a bool, 0xffff for a uint16); ok is false when the call reverted or
// the word is out of range.
func strictUint(a callResult, max uint64) (uint64, bool) {
	v, ok := decodeUint(a.out)
	if !a.ok || !ok || !v.IsUint64() || v.Uint64() > max {
		return 0, false
	}
	return v.Uint64(), true
}

// allZero reports whether every byte of b is zero.
func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}

// compareBalances turns rebuilt balances into holders (positive balances,
// largest first, then by address) and lists every disagreement with the
// balances the contract reported (nil: the call failed) and its total supply.
func compareBalances(rebuilt, reported map[common.Address]*big.Int, totalSupply *big.Int) ([]Holder, []Mismatch) {
	var holders []Holder
	var mismatches []Mismatch
	sum := new(big.Int)
	addrs := make([]common.Address, 0, len(rebuilt))
	for a := range rebuilt {
		addrs = append(addrs, a)
	}
	// Byte order is the order of lowercase hex.
	sort.Slice(addrs, func(i, j int) bool { return bytes.Compare(addrs[i][:], addrs[j][:]) < 0 })
	for _, a := range addrs {
		v := rebuilt[a]
		if v.Sign() > 0 {
			holders = append(holders, Holder{Address: hexAddr(a), Balance: new(big.Int).Set(v)})
			sum.Add(sum, v)
		}
		rep, asked := reported[a]
		if !asked {
			continue
		}
		switch {
		case rep == nil:
			mismatches = append(mismatches, Mismatch{Address: hexAddr(a), What: "balanceOf", Rebuilt: v.String(), Reported: "call failed"})
		case rep.Cmp(v) != 0:
			mismatches = append(mismatches, Mismatch{Address: hexAddr(a), What: "balanceOf", Rebuilt: v.String(), Reported: rep.String()})
		}
	}
	sortHolders(holders)
	if totalSupply != nil && totalSupply.Cmp(sum) != 0 {
		mismatches = append(mismatches, Mismatch{What: "totalSupply", Rebuilt: sum.String(), Reported: totalSupply.String()})
	}
	return holders, mismatches
}

// sortHolders orders holders by balance, largest first, then by address
// (each address is one holder, so the order is total).
func sortHolders(h []Holder) {
	slices.SortFunc(h, func(a, b Holder) int {
		if c := b.Balance.Cmp(a.Balance); c != 0 {
			return c
		}
		return strings.Compare(a.Address, b.Address)
	})
}

// ledger721 rebuilds ERC-721 ownership from Transfer logs and checks each
// id against ownerOf and the count against totalSupply when the token has one.
func (r *reader) ledger721(ctx context.Context, addr common.Address, t *Token, logs []types.Log) error {
	owner := map[string]common.Address{}
	ids := map[string]*big.Int{}
	for i := range logs {
		tr, ok := decodeTransfer(&logs[i], true)
		if !ok {
			continue
		}
		k := tr.value.String()
		ids[k] = tr.value
		owner[k] = tr.to // the zero address when burned
	}
	keys := make([]*big.Int, 0, len(ids))
	for _, v := range ids {
		keys = append(keys, v)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].Cmp(keys[j]) < 0 })
	calls := make([][]byte, len(keys))
	for i, id := range keys {
		calls[i] = CallData("ownerOf(uint256)", id.Bytes())
	}
	answers, err := r.callMany(ctx, addr, calls)
	if err != nil {
		return fmt.Errorf("calling ownerOf: %w", err)
	}
	byHolder := map[string]*Holder{}
	count := int64(0)
	for i, id := range keys {
		k := id.String()
		rebuilt := owner[k]
		rep, aok := decodeAddress(answers[i].out)
		if !answers[i].ok || !aok {
			rep = common.Address{} // burned or never minted: ownerOf reverts
		}
		if rep != rebuilt {
			reported := hexAddr(rep)
			if rep == (common.Address{}) {
				reported = "none"
			}
			mismatch := Mismatch{Address: hexAddr(rebuilt), What: "ownerOf", Rebuilt: hexAddr(rebuilt) + " owns " + k, Reported: reported + " owns " + k}
			t.Mismatches = append(t.Mismatches, mismatch)
		}
		if rebuilt == (common.Address{}) {
			continue
		}
		count++
		h := byHolder[hexAddr(rebuilt)]
		if h == nil {
			h = &Holder{Address: hexAddr(rebuilt), Balance: new(big.Int)}
			byHolder[h.Address] = h
		}
		h.Balance.Add(h.Balance, big.NewInt(1))
		h.TokenIDs = append(h.TokenIDs, k)
	}
	for _, h := range byHolder {
		t.Holders = append(t.Holders, *h)
	}
	sortHolders(t.Holders)
	if t.TotalSupply != nil && t.TotalSupply.Cmp(big.NewInt(count)) != 0 {
		t.Mismatches = append(t.Mismatches, Mismatch{What: "totalSupply", Rebuilt: fmt.Sprint(count), Reported: t.TotalSupply.String()})
	}
	if t.TotalSupply == nil {
		t.TotalSupply = big.NewInt(count)
	}
	return nil
}

// movesOf decodes the token's moves in log order: Transfer logs, or for
// ERC-1155 each (id, amount) of TransferSingle and TransferBatch logs with
// the amount as value.
func movesOf(standard string, logs []types.Log) []transferLog {
	var out []transferLog
	for i := range logs {
		if standard == "erc1155" {
			moves, ok := decode1155(&logs[i])
			if !ok {
				continue
			}
			for _, m := range moves {
				out = append(out, transferLog{from: m.from, to: m.to, value: m.amount, log: &logs[i]})
			}
			continue
		}
		if tr, ok := decodeTransfer(&logs[i], standard == "erc721"); ok {
			out = append(out, tr)
		}
	}
	return out
}

// holdingChange is a move that changed an address's holding: its block,
// log index and transaction.
type holdingChange struct {
	block uint64
	index uint
	tx    common.Hash
}

// lastChanges returns by address the move that last changed its holding
// (Holder.LastChangeBlock): the latest by block, then log index, of the
// moves (movesOf) of a non-zero amount (any ERC-721 id) into or out of the
// address, leaving out moves of an address to itself.
func lastChanges(standard string, moves []transferLog) map[common.Address]holdingChange {
	out := map[common.Address]holdingChange{}
	for _, m := range moves {
		if m.from == m.to || (standard != "erc721" && m.value.Sign() == 0) {
			continue
		}
		c := holdingChange{block: m.log.BlockNumber, index: m.log.Index, tx: m.log.TxHash}
		for _, a := range [2]common.Address{m.from, m.to} {
			if a == (common.Address{}) {
				continue
			}
			if old, ok := out[a]; !ok || c.block > old.block || (c.block == old.block && c.index >= old.index) {
				out[a] = c
			}
		}
	}
	return out
}

// stampLastChanges sets the LastChangeBlock and LastChangeTx of t's
// holders from the token's moves (movesOf).
func stampLastChanges(t *Token, moves []transferLog) {
	changes := lastChanges(t.Standard, moves)
	for i := range t.Holders {
		h := &t.Holders[i]
		if c, ok := changes[common.HexToAddress(h.Address)]; ok {
			h.LastChangeBlock, h.LastChangeTx = c.block, c.tx
		}
	}
}

// transfers fills Mints (mints after the first block that minted),
// FirstMove and Transfers (moves other than mints, burns included, of at
// least 5% of the supply; for ERC-721 one token of the supply; for ERC-1155 the amount of
// one id against the supply of all ids), oldest first. Without a positive
// supply no transfer is large.
func (r *reader) transfers(ctx context.Context, t *Token, moves []transferLog) error {
	erc721 := t.Standard == "erc721"
	var firstMint uint64
	minted := false
	for _, tr := range moves {
		amount := tr.value
		if erc721 {
			amount = big.NewInt(1)
		}
		isMint := tr.from == (common.Address{})
		if isMint && !minted {
			minted, firstMint = true, tr.log.BlockNumber
		}
		laterMint := isMint && tr.log.BlockNumber > firstMint
		large := !isMint && t.TotalSupply != nil && t.TotalSupply.Sign() > 0 &&
			new(big.Int).Mul(amount, big.NewInt(LargeTransferShare)).Cmp(t.TotalSupply) >= 0
		firstMove := t.FirstMove == nil && !isMint && tr.to != (common.Address{}) && tr.from != tr.to && amount.Sign() > 0
		if !laterMint && !large && !firstMove {
			continue
		}
		tm, err := r.blockTime(ctx, tr.log.BlockNumber)
		if err != nil {
			return err
		}
		x := Transfer{Block: tr.log.BlockNumber, Time: tm, TxHash: tr.log.TxHash.Hex(),
			From: hexAddr(tr.from), To: hexAddr(tr.to), Amount: new(big.Int).Set(amount)}
		if laterMint {
			t.Mints = append(t.Mints, x)
		}
		if large {
			t.Transfers = append(t.Transfers, x)
		}
		if firstMove {
			m := x
			t.FirstMove = &m
		}
	}
	if t.DeployBlock == 0 && minted {
		// No history to search: the first mint is the earliest sign of life.
		tm, err := r.blockTime(ctx, firstMint)
		if err != nil {
			return err
		}
		t.DeployBlock, t.DeployTime, t.DeployIsFirstMint = firstMint, tm, true
	}
	return nil
}
