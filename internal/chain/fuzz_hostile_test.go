package chain

import (
	"encoding/base64"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// abiString is s ABI-encoded as a function's one string result.
func abiString(s string) []byte {
	out := common.LeftPadBytes(big.NewInt(32).Bytes(), 32)
	out = append(out, common.LeftPadBytes(big.NewInt(int64(len(s))).Bytes(), 32)...)
	return append(out, common.RightPadBytes([]byte(s), (len(s)+31)/32*32)...)
}

// TestDecodeStringHostileOffsets: a contract answering name() or
// tokenURI() with an offset or length near 2^64 (which wraps when 32 is
// added) is refused, not a panic.
func TestDecodeStringHostileOffsets(t *testing.T) {
	if s, ok := decodeString(abiString("OCEAN STAR")); !ok || s != "OCEAN STAR" {
		t.Fatalf("decodeString(ABI string) = %q, %v", s, ok)
	}
	huge := common.LeftPadBytes(new(big.Int).SetUint64(^uint64(0)-15).Bytes(), 32)
	wrapOffset := append(append([]byte{}, huge...), make([]byte, 64)...)
	wrapLength := append(common.LeftPadBytes([]byte{32}, 32), huge...)
	wrapLength = append(wrapLength, make([]byte, 32)...)
	for name, out := range map[string][]byte{"offset": wrapOffset, "length": wrapLength} {
		if s, ok := decodeString(out); ok {
			t.Errorf("%s near 2^64: decoded %q", name, s)
		}
	}
}

// FuzzHostileContract feeds the decoders what a hostile token contract (or
// node) controls: the bytes of a call's result (and of a Multicall3 batch's),
// a log's topics and data (transfers, roles, agents), and its metadata URI. Each must refuse or decode within the input, never panic.
func FuzzHostileContract(f *testing.F) {
	f.Add(abiString("VSL"), []byte{}, uint8(3))
	f.Add(common.LeftPadBytes([]byte{7}, 32), make([]byte, 32), uint8(4))
	f.Add(append(common.LeftPadBytes([]byte{64}, 32), make([]byte, 96)...), make([]byte, 192), uint8(4))
	f.Add([]byte(`{"name":"OCEAN STAR","imo":9321483,"attributes":[{"trait_type":"Flag","value":"LR"}]}`), []byte("data:application/json,%7B%7D"), uint8(0))
	f.Fuzz(func(t *testing.T, out, data []byte, ntopics uint8) {
		if s, ok := decodeString(out); ok && len(s) > len(out) {
			t.Fatalf("decodeString: %d bytes from %d", len(s), len(out))
		}
		decodeUint(out)
		decodeAddress(out)
		multicallABI.UnpackAggregate3(out) // a node's answer for Multicall3

		topics := make([]common.Hash, ntopics%6)
		for i := range topics {
			if len(out) >= 32*(i+1) {
				topics[i] = common.BytesToHash(out[32*i : 32*(i+1)])
			}
		}
		if len(topics) > 0 {
			signatures := []common.Hash{topicTransfer, topicTransferSingle, topicTransferBatch, topicRoleGranted, topicRoleRevoked, topicAgentAdded, topicAgentRemoved}
			topics[0] = signatures[int(ntopics)%len(signatures)]
		}
		l := &types.Log{Topics: topics, Data: data}
		decodeTransfer(l, false)
		decodeTransfer(l, true)
		for _, standard := range []string{"erc20", "erc721", "erc1155"} {
			Moves(standard, l)
		}
		rolesFromLogs([]types.Log{*l})
		if moves, ok := decode1155(l); ok && len(moves)*64 > len(data) {
			t.Fatalf("decode1155: %d moves from %d bytes", len(moves), len(data))
		}

		for _, uri := range []string{
			string(data),
			"data:application/json," + string(out),
			"data:application/json;base64," + base64.StdEncoding.EncodeToString(out),
		} {
			c := ClaimFromMetadata(uri)
			if c.URI != uri {
				t.Fatalf("claim from %q keeps URI %q", uri, c.URI)
			}
		}
	})
}
