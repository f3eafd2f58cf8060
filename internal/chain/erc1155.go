package chain

import (
	"context"
	"fmt"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// transfer1155 is one (id, amount) move of a TransferSingle or TransferBatch log.
type transfer1155 struct {
	from, to   common.Address
	id, amount *big.Int
}

// decode1155 decodes a TransferSingle or TransferBatch log by hand: four
// topics (signature, operator, from, to) and the ids and values in data.
// ok is false for any other or malformed log.
func decode1155(l *types.Log) ([]transfer1155, bool) {
	if len(l.Topics) != 4 {
		return nil, false
	}
	from := common.BytesToAddress(l.Topics[2][12:])
	to := common.BytesToAddress(l.Topics[3][12:])
	switch l.Topics[0] {
	case topicTransferSingle:
		if len(l.Data) != 64 {
			return nil, false
		}
		return []transfer1155{{from: from, to: to, id: new(big.Int).SetBytes(l.Data[:32]), amount: new(big.Int).SetBytes(l.Data[32:64])}}, true
	case topicTransferBatch:
		ids, ok := abiUintArray(l.Data, 0)
		if !ok {
			return nil, false
		}
		values, ok := abiUintArray(l.Data, 32)
		if !ok || len(values) != len(ids) {
			return nil, false
		}
		out := make([]transfer1155, len(ids))
		for i := range ids {
			out[i] = transfer1155{from: from, to: to, id: ids[i], amount: values[i]}
		}
		return out, true
	}
	return nil, false
}

// abiUintArray decodes the uint256[] whose offset is at data[head:head+32].
func abiUintArray(data []byte, head int) ([]*big.Int, bool) {
	if len(data) < head+32 {
		return nil, false
	}
	off := new(big.Int).SetBytes(data[head : head+32])
	if !off.IsUint64() || off.Uint64() > uint64(len(data)) || uint64(len(data))-off.Uint64() < 32 {
		return nil, false
	}
	o := off.Uint64()
	n := new(big.Int).SetBytes(data[o : o+32])
	if !n.IsUint64() || n.Uint64() > (uint64(len(data))-o-32)/32 {
		return nil, false
	}
	out := make([]*big.Int, n.Uint64())
	for i := range out {
		s := o + 32 + uint64(i)*32
		out[i] = new(big.Int).SetBytes(data[s : s+32])
	}
	return out, true
}

// ledger1155 is an ERC-1155 ledger: balances by holder and id.
type ledger1155 map[common.Address]map[string]*big.Int

// replay1155 rebuilds ERC-1155 balances per holder and token id from
// TransferSingle and TransferBatch logs; other logs are skipped.
func replay1155(logs []types.Log) (ledger1155, map[string]*big.Int) {
	bal := ledger1155{}
	ids := map[string]*big.Int{}
	add := func(a common.Address, id *big.Int, v *big.Int) {
		if a == (common.Address{}) {
			return
		}
		if bal[a] == nil {
			bal[a] = map[string]*big.Int{}
		}
		k := id.String()
		if bal[a][k] == nil {
			bal[a][k] = new(big.Int)
		}
		bal[a][k].Add(bal[a][k], v)
	}
	for i := range logs {
		moves, ok := decode1155(&logs[i])
		if !ok {
			continue
		}
		for _, m := range moves {
			ids[m.id.String()] = m.id
			add(m.from, m.id, new(big.Int).Neg(m.amount))
			add(m.to, m.id, m.amount)
		}
	}
	return bal, ids
}

// ledger1155 rebuilds ERC-1155 holders (per token id in IDBalances, the sum
// in Balance), checks every (holder, id) against balanceOf(address,uint256)
// and the sum against totalSupply() when the token has one.
func (r *reader) ledger1155(ctx context.Context, addr common.Address, t *Token, logs []types.Log) error {
	bal, _ := replay1155(logs)
	type key struct {
		a  common.Address
		id string
	}
	var keys []key
	for a, byID := range bal {
		for id := range byID {
			keys = append(keys, key{a, id})
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i].a != keys[j].a {
			return hexAddr(keys[i].a) < hexAddr(keys[j].a)
		}
		return keys[i].id < keys[j].id
	})
	calls := make([][]byte, len(keys))
	for i, k := range keys {
		id, _ := new(big.Int).SetString(k.id, 10)
		calls[i] = CallData("balanceOf(address,uint256)", k.a.Bytes(), id.Bytes())
	}
	answers, err := r.callMany(ctx, addr, calls)
	if err != nil {
		return fmt.Errorf("calling balanceOf(address,uint256): %w", err)
	}
	holders := map[common.Address]*Holder{}
	sum := new(big.Int)
	for i, k := range keys {
		v := bal[k.a][k.id]
		rep, ok := decodeUint(answers[i].out)
		switch {
		case !answers[i].ok || !ok:
			t.Mismatches = append(t.Mismatches, Mismatch{Address: hexAddr(k.a), What: "balanceOf", Rebuilt: v.String() + " of id " + k.id, Reported: "call failed"})
		case rep.Cmp(v) != 0:
			t.Mismatches = append(t.Mismatches, Mismatch{Address: hexAddr(k.a), What: "balanceOf", Rebuilt: v.String() + " of id " + k.id, Reported: rep.String() + " of id " + k.id})
		}
		if v.Sign() <= 0 {
			continue
		}
		h := holders[k.a]
		if h == nil {
			h = &Holder{Address: hexAddr(k.a), Balance: new(big.Int), IDBalances: map[string]*big.Int{}}
			holders[k.a] = h
		}
		h.Balance.Add(h.Balance, v)
		h.IDBalances[k.id] = new(big.Int).Set(v)
		sum.Add(sum, v)
	}
	for _, h := range holders {
		for id := range h.IDBalances {
			h.TokenIDs = append(h.TokenIDs, id)
		}
		sort.Slice(h.TokenIDs, func(i, j int) bool {
			a, _ := new(big.Int).SetString(h.TokenIDs[i], 10)
			b, _ := new(big.Int).SetString(h.TokenIDs[j], 10)
			return a.Cmp(b) < 0
		})
		t.Holders = append(t.Holders, *h)
	}
	sortHolders(t.Holders)
	if t.TotalSupply != nil && t.TotalSupply.Cmp(sum) != 0 {
		t.Mismatches = append(t.Mismatches, Mismatch{What: "totalSupply", Rebuilt: sum.String(), Reported: t.TotalSupply.String()})
	}
	if t.TotalSupply == nil {
		t.TotalSupply = sum
	}
	return nil
}
