package chain

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/tokenaudit/audit/contracts"
)

// MulticallBatch is how many calls go into one Multicall3 aggregate3 call.
const MulticallBatch = 500

var (
	multicallAddress = common.HexToAddress(contracts.Multicall3Address)
	multicallABI     = contracts.NewMulticall3()
)

// callResult is one answer of callMany: ok is false when the call reverted
// or returned nothing.
type callResult struct {
	out []byte
	ok  bool
}

// callMany makes the calls at the pinned block: through Multicall3 in
// batches when the chain has it at the block, one by one otherwise (or
// when a batch itself fails, e.g. for lack of gas).
func (r *reader) callMany(ctx context.Context, to common.Address, calls [][]byte) ([]callResult, error) {
	return r.callManyGas(ctx, to, calls, 0)
}

// IdentityCallGas is the gas each call to an ERC-3643 identity registry
// (identityRegistry() on the token, isVerified, identity, investorCountry
// on the registry) may use when made on its own: far more than a T-REX
// registry's isVerified needs (a few claim checks), far less than a node's
// default (50M gas on geth), so a registry that loops or burns gas costs
// little, and its answer is unknown.
const IdentityCallGas = 2_000_000

// callManyGas is callMany with each call made one by one given at most gas
// (0: the node's default), a call that runs out of it being unknown.
// Multicall3 gives the calls of a batch no gas of their own: a batch in
// which one call burns the gas fails as a whole, once, and its calls are
// then made one by one, capped.
func (r *reader) callManyGas(ctx context.Context, to common.Address, calls [][]byte, gas uint64) ([]callResult, error) {
	out := make([]callResult, len(calls))
	multicall, err := r.hasMulticall(ctx)
	if err != nil {
		return nil, err
	}
	for start := 0; start < len(calls); start += MulticallBatch {
		end := min(start+MulticallBatch, len(calls))
		if multicall {
			if done, err := r.aggregate(ctx, to, calls[start:end], out[start:end]); err != nil {
				return nil, err
			} else if done {
				continue
			}
		}
		for i := start; i < end; i++ {
			o, ok, err := r.callGas(ctx, to, calls[i], gas)
			if err != nil {
				return nil, err
			}
			out[i] = callResult{out: o, ok: ok}
		}
	}
	return out, nil
}

// callGas calls the contract at the pinned block with at most gas (0: the
// node's default, as call does); ok is false when the call reverts, runs
// out of gas or returns nothing.
func (r *reader) callGas(ctx context.Context, to common.Address, data []byte, gas uint64) ([]byte, bool, error) {
	out, err := r.b.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data, Gas: gas}, r.block)
	if err != nil {
		if isRevert(err) {
			return nil, false, nil
		}
		if isPruned(err) {
			return nil, false, prunedError(fmt.Sprintf("calling %s at block %d", hexAddr(to), r.block), err)
		}
		return nil, false, err
	}
	return out, len(out) > 0, nil
}

// hasMulticall reports whether Multicall3 has code at the pinned block,
// asking the node the first time only. Once it has answered, callMany may
// run from several goroutines.
func (r *reader) hasMulticall(ctx context.Context) (bool, error) {
	if r.multicall == nil {
		code, err := r.b.CodeAt(ctx, multicallAddress, r.block)
		if err != nil {
			return false, fmt.Errorf("reading code of Multicall3: %w", err)
		}
		has := len(code) > 0
		r.multicall = &has
	}
	return *r.multicall, nil
}

// aggregate makes one Multicall3 batch; done is false when the batch
// reverted and the calls should be made one by one.
func (r *reader) aggregate(ctx context.Context, to common.Address, calls [][]byte, out []callResult) (bool, error) {
	batch := make([]contracts.Multicall3Call3, len(calls))
	for i, c := range calls {
		batch[i] = contracts.Multicall3Call3{Target: to, AllowFailure: true, CallData: c}
	}
	data, err := multicallABI.TryPackAggregate3(batch)
	if err != nil {
		return false, fmt.Errorf("packing a Multicall3 batch: %w", err)
	}
	ret, err := r.b.CallContract(ctx, ethereum.CallMsg{To: &multicallAddress, Data: data}, r.block)
	if err != nil {
		if isRevert(err) {
			return false, nil
		}
		return false, fmt.Errorf("calling Multicall3: %w", err)
	}
	results, err := multicallABI.UnpackAggregate3(ret)
	if err != nil || len(results) != len(calls) {
		return false, nil
	}
	for i, res := range results {
		out[i] = callResult{out: res.ReturnData, ok: res.Success && len(res.ReturnData) > 0}
	}
	return true, nil
}
