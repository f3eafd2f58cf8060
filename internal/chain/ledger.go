package chain

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// logs fetches the token's Transfer, role and agent logs from block from to
// the pinned block, in chunks that halve when the node refuses a range.
func (r *reader) logs(ctx context.Context, addr common.Address, from uint64) ([]types.Log, error) {
	topics := [][]common.Hash{{topicTransfer, topicTransferSingle, topicTransferBatch, topicRoleGranted, topicRoleRevoked, topicAgentAdded, topicAgentRemoved}}
	return FilterLogs(ctx, r.b, addr, topics, from, r.block.Uint64(), r.opts.Logs)
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
// against balanceOf and totalSupply.
func (r *reader) ledger20(ctx context.Context, addr common.Address, t *Token, logs []types.Log) error {
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
	calls := make([][]byte, len(seen))
	for i, a := range seen {
		calls[i] = callData("balanceOf(address)", a.Bytes())
	}
	answers, err := r.callMany(ctx, addr, calls)
	if err != nil {
		return fmt.Errorf("calling balanceOf: %w", err)
	}
	reported := map[common.Address]*big.Int{}
	for i, a := range seen {
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
			calls[i] = callData("isFrozen(address)", common.HexToAddress(h.Address).Bytes())
		}
		answers, err := r.callMany(ctx, addr, calls)
		if err != nil {
			return fmt.Errorf("calling isFrozen: %w", err)
		}
		for i := range t.Holders {
			v, vok := decodeUint(answers[i].out)
			t.Holders[i].Frozen = answers[i].ok && vok && v.Sign() != 0
		}
	}
	return nil
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
	sort.Slice(addrs, func(i, j int) bool { return hexAddr(addrs[i]) < hexAddr(addrs[j]) })
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

func sortHolders(h []Holder) {
	sort.SliceStable(h, func(i, j int) bool {
		if c := h[i].Balance.Cmp(h[j].Balance); c != 0 {
			return c > 0
		}
		return h[i].Address < h[j].Address
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
		calls[i] = callData("ownerOf(uint256)", id.Bytes())
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

// transfers fills Mints (mints after the first block that minted) and
// Transfers (moves other than mints, burns included, of at least 5% of the
// supply; for ERC-721 one token of the supply; for ERC-1155 the amount of
// one id against the supply of all ids), oldest first. Without a positive
// supply no transfer is large.
func (r *reader) transfers(ctx context.Context, t *Token, logs []types.Log) error {
	erc721 := t.Standard == "erc721"
	var firstMint uint64
	minted := false
	for _, tr := range movesOf(t.Standard, logs) {
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
		if !laterMint && !large {
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
	}
	if t.DeployBlock == 0 && minted {
		// No history to search: the first mint is the earliest sign of life.
		tm, err := r.blockTime(ctx, firstMint)
		if err != nil {
			return err
		}
		t.DeployBlock, t.DeployTime = firstMint, tm
	}
	return nil
}
