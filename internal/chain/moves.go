package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Move is one token move a transfer log records.
type Move struct {
	From, To common.Address
	Amount   *big.Int // base units; 1 for an ERC-721 id
}

// TransferTopics are the event signatures (topic 0) of the logs that move
// a token of the standard: Transfer, or for "erc1155" TransferSingle and
// TransferBatch.
func TransferTopics(standard string) []common.Hash {
	if standard == "erc1155" {
		return []common.Hash{topicTransferSingle, topicTransferBatch}
	}
	return []common.Hash{topicTransfer}
}

// Moves decodes a log of a token of the standard by hand, as Read replays
// logs: a Transfer with the ERC-20 layout (three topics, the amount in 32
// bytes of data; ERC-3643 too) or, for "erc721", four topics (any id,
// amount 1); for "erc1155" each (id, amount) of a TransferSingle or
// TransferBatch. Any other or malformed log gives none.
func Moves(standard string, l *types.Log) []Move {
	switch standard {
	case "erc1155":
		ts, ok := decode1155(l)
		if !ok {
			return nil
		}
		out := make([]Move, len(ts))
		for i, t := range ts {
			out[i] = Move{From: t.from, To: t.to, Amount: t.amount}
		}
		return out
	case "erc721":
		t, ok := decodeTransfer(l, true)
		if !ok {
			return nil
		}
		return []Move{{From: t.from, To: t.to, Amount: big.NewInt(1)}}
	}
	t, ok := decodeTransfer(l, false)
	if !ok {
		return nil
	}
	return []Move{{From: t.from, To: t.to, Amount: t.value}}
}
