package chain

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// TestMoves decodes logs of each layout, and none of another standard's
// or a malformed one; TransferTopics names the events of each standard.
func TestMoves(t *testing.T) {
	a, b, op := common.HexToAddress("0xa1"), common.HexToAddress("0xb2"), common.HexToAddress("0x0c")
	word := func(n int64) []byte { return common.LeftPadBytes(big.NewInt(n).Bytes(), 32) }
	topic := func(x common.Address) common.Hash { return common.BytesToHash(x.Bytes()) }
	uints, err := abi.NewType("uint256[]", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	batchData, err := abi.Arguments{{Type: uints}, {Type: uints}}.Pack([]*big.Int{big.NewInt(1), big.NewInt(2)}, []*big.Int{big.NewInt(10), big.NewInt(0)})
	if err != nil {
		t.Fatal(err)
	}
	transfer, single1155, batch1155 := TransferTopics("erc20")[0], TransferTopics("erc1155")[0], TransferTopics("erc1155")[1]
	erc20 := &types.Log{Topics: []common.Hash{transfer, topic(a), topic(b)}, Data: word(500)}
	erc721 := &types.Log{Topics: []common.Hash{transfer, topic(a), topic(b), common.BigToHash(big.NewInt(7))}}
	single := &types.Log{Topics: []common.Hash{single1155, topic(op), topic(a), topic(b)}, Data: append(word(3), word(40)...)}
	batch := &types.Log{Topics: []common.Hash{batch1155, topic(op), topic(a), topic(b)}, Data: batchData}
	cases := []struct {
		standard string
		log      *types.Log
		amounts  []int64
	}{
		{"erc20", erc20, []int64{500}},
		{"erc3643", erc20, []int64{500}},
		{"erc721", erc721, []int64{1}},
		{"erc20", erc721, nil},
		{"erc721", erc20, nil},
		{"erc1155", single, []int64{40}},
		{"erc1155", batch, []int64{10, 0}},
		{"erc1155", erc20, nil},
		{"erc20", single, nil},
		{"erc1155", &types.Log{Topics: batch.Topics, Data: batchData[:70]}, nil},
		{"erc20", &types.Log{Topics: erc20.Topics, Data: word(500)[:31]}, nil},
	}
	for i, c := range cases {
		got := Moves(c.standard, c.log)
		if len(got) != len(c.amounts) {
			t.Errorf("case %d (%s): %d moves, want %d", i, c.standard, len(got), len(c.amounts))
			continue
		}
		for j, mv := range got {
			if mv.From != a || mv.To != b || mv.Amount.Int64() != c.amounts[j] {
				t.Errorf("case %d (%s): move %d is %s -> %s %s, want %s -> %s %d", i, c.standard, j, mv.From, mv.To, mv.Amount, a, b, c.amounts[j])
			}
		}
	}
	if len(TransferTopics("erc721")) != 1 || TransferTopics("erc721")[0] != transfer || single1155 == batch1155 || single1155 == transfer {
		t.Errorf("transfer topics: %v, %v", TransferTopics("erc721"), TransferTopics("erc1155"))
	}
}
