package chain

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what Read needs from a node. Both *ethclient.Client and the
// embedded chain's client satisfy it.
type Backend interface {
	bind.ContractBackend
	ethereum.LogFilterer
	ethereum.ChainIDReader
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	StorageAt(ctx context.Context, account common.Address, key common.Hash, blockNumber *big.Int) ([]byte, error)
}

// deploymentSource is implemented by backends that know where tokens were
// deployed (the embedded chain).
type deploymentSource interface {
	deployment(addr common.Address) (Deployment, bool)
}

// receiptReader is implemented by backends that serve a block's receipts
// (*ethclient.Client); Read uses it to find a token's creation transaction.
type receiptReader interface {
	BlockReceipts(ctx context.Context, blockNrOrHash rpc.BlockNumberOrHash) ([]*types.Receipt, error)
}

// Event signatures read from logs.
var (
	topicTransfer     = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	topicRoleGranted  = crypto.Keccak256Hash([]byte("RoleGranted(bytes32,address,address)"))
	topicRoleRevoked  = crypto.Keccak256Hash([]byte("RoleRevoked(bytes32,address,address)"))
	topicAgentAdded   = crypto.Keccak256Hash([]byte("AgentAdded(address)"))
	topicAgentRemoved = crypto.Keccak256Hash([]byte("AgentRemoved(address)"))

	topicTransferSingle = crypto.Keccak256Hash([]byte("TransferSingle(address,address,address,uint256,uint256)"))
	topicTransferBatch  = crypto.Keccak256Hash([]byte("TransferBatch(address,address,address,uint256[],uint256[])"))
)

// The EIP-1967 storage slots of a proxy's implementation, admin and
// beacon, which Read reads.
var (
	SlotImplementation = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")
	SlotAdmin          = common.HexToHash("0xb53127684a568b3173ae13b9f8a6016e243e63b6e8ee1178d6a717850b5d6103")
	SlotBeacon         = common.HexToHash("0xa3f0ad74e5423aebfd80d3ef4346578335a9a72aeaee59ff6cb3582b35133d50")
)

// roleNames names well-known AccessControl role hashes.
var roleNames = map[common.Hash]string{
	{}: "default-admin",
	crypto.Keccak256Hash([]byte("MINTER_ROLE")):   "minter",
	crypto.Keccak256Hash([]byte("PAUSER_ROLE")):   "pauser",
	crypto.Keccak256Hash([]byte("BURNER_ROLE")):   "burner",
	crypto.Keccak256Hash([]byte("UPGRADER_ROLE")): "upgrader",
	crypto.Keccak256Hash([]byte("AGENT_ROLE")):    "agent",
	crypto.Keccak256Hash([]byte("ADMIN_ROLE")):    "admin",
	crypto.Keccak256Hash([]byte("FREEZER_ROLE")):  "freezer",
}

// RoleHash is the AccessControl role hash of a role Read names ("minter",
// "agent", "default-admin", ...); false for a role it names only by its
// hash's first bytes ("role-1a2b3c4d").
func RoleHash(name string) (common.Hash, bool) {
	for h, n := range roleNames {
		if n == name {
			return h, true
		}
	}
	return common.Hash{}, false
}

// capabilitySignatures are the privileged functions looked for in code,
// by capability ("mint", "pause", "freeze", "forcedTransfer", "upgrade"),
// each checked against the source of the project that defines it: only a
// function a privileged account alone may call there is listed. Left out,
// because anyone may call them on their own tokens or on tokens they were
// allowed to spend, so they take nothing without the holder's signature:
// OpenZeppelin ERC20Burnable's burn(uint256) and burnFrom(address,uint256)
// (which spends the caller's allowance); Tether's redeem(uint256) and
// Paxos' decreaseSupply(uint256) (the owner's or supply controller's own
// balance); ERC-1594's redeemFrom(address,uint256,bytes) and ERC-1410's
// operatorTransferByPartition and operatorRedeemByPartition (an operator
// the holder authorised). Paxos PaxosTokenV2's
// decreaseSupplyFromAddress(uint256,address) is left out too: whether it
// may burn another holder's tokens is decided by a separate SupplyControl
// contract, not by the token's code.
var capabilitySignatures = map[string][]string{
	"mint": {
		"mint(address,uint256)", // OpenZeppelin ERC20 tokens' usual owner/minter mint; T-REX contracts/token/IToken.sol (agent); Centre USDC circlefin/stablecoin-evm contracts/v1/FiatTokenV1.sol (onlyMinters); Tether TetherToken v2 (onlyOwner)
		"mint(uint256)", "mint(address)", "safeMint(address)", "safeMint(address,uint256)",
		"mint(address,uint256,string,string,string)",
		"issue(uint256)",                                                   // Tether USDT TetherToken.sol (etherscan 0xdAC17F958D2ee523a2206206994597C13D831ec7): onlyOwner, new supply to the owner
		"batchMint(address[],uint256[])",                                   // T-REX TokenySolutions/T-REX contracts/token/IToken.sol: agent only
		"increaseSupply(uint256)",                                          // Paxos PAXG/USDP paxosglobal/paxos-token-contracts contracts/archive/PaxosTokenV1.sol: onlySupplyController
		"increaseSupplyToAddress(uint256,address)",                         // Paxos contracts/PaxosTokenV2.sol: the SupplyControl contract's minters
		"configureMinter(address,uint256)",                                 // Centre USDC contracts/v1/FiatTokenV1.sol: onlyMasterMinter gives a minter an allowance to mint
		"issue(address,uint256,bytes)",                                     // ERC-1594 SecurityTokenStandard/EIP-Spec contracts/ERC1594/IERC1594.sol (Polymath ST-20): the issuer's
		"issueByPartition(bytes32,address,uint256,bytes)",                  // ERC-1410 SecurityTokenStandard/EIP-Spec contracts/ERC1410/IERC1410.sol: the issuer's
		"issueTokens(address,uint256)",                                     // Securitize DS Token securitize-io/dstoken contracts/token/IDSToken.sol: onlyIssuerOrAbove
		"issueTokensCustom(address,uint256,uint256,uint256,string,uint64)", // securitize-io/dstoken contracts/token/IDSToken.sol: onlyIssuerOrAbove
	},
	"pause": {
		"pause()", // OpenZeppelin Pausable tokens; T-REX IToken.sol (agent); Tether TetherToken.sol and Paxos PaxosTokenV1.sol (onlyOwner)
	},
	"freeze": {
		"setAddressFrozen(address,bool)",                // T-REX contracts/token/IToken.sol: agent only
		"freezePartialTokens(address,uint256)",          // T-REX IToken.sol: agent only
		"batchSetAddressFrozen(address[],bool[])",       // T-REX IToken.sol: agent only
		"batchFreezePartialTokens(address[],uint256[])", // T-REX IToken.sol: agent only
		"blacklist(address)",                            // Centre USDC circlefin/stablecoin-evm contracts/v1/Blacklistable.sol: onlyBlacklister
		"addBlackList(address)",                         // Tether USDT TetherToken.sol (BlackList): onlyOwner
		"addToBlockedList(address)",                     // Tether TetherToken v2 WithBlockedList.sol: onlyOwner
		"addToBlacklist(address)",
		"freeze(address)",        // Paxos contracts/archive/PaxosTokenV1.sol and contracts/PaxosTokenV2.sol: asset protection role
		"freezeBatch(address[])", // Paxos contracts/PaxosTokenV2.sol: asset protection role
		"freezeAccount(address)", "blockAccount(address)",
	},
	// Forced moves and forced burns or seizures of a holder's tokens: the
	// holder does not sign either.
	"forcedTransfer": {
		"forcedTransfer(address,address,uint256)", // T-REX contracts/token/IToken.sol: agent only
		"forceTransfer(address,address,uint256)",
		"batchForcedTransfer(address[],address[],uint256[])",      // T-REX IToken.sol: agent only
		"recoveryAddress(address,address,address)",                // T-REX IToken.sol: agent moves a lost wallet's whole balance to a new wallet
		"burn(address,uint256)",                                   // T-REX IToken.sol: agent burns any holder's tokens; ERC-3643 tokens only (erc3643Only)
		"batchBurn(address[],uint256[])",                          // T-REX IToken.sol: agent only; ERC-3643 tokens only (erc3643Only)
		"controllerTransfer(address,address,uint256,bytes,bytes)", // ERC-1644 SecurityTokenStandard/EIP-Spec contracts/ERC1644/ERC1644.sol: onlyController
		"controllerRedeem(address,uint256,bytes,bytes)",           // ERC-1644 contracts/ERC1644/ERC1644.sol: onlyController burns a holder's tokens
		"destroyBlackFunds(address)",                              // Tether USDT TetherToken.sol (BlackList): onlyOwner burns a blacklisted holder's balance
		"destroyBlockedFunds(address)",                            // Tether TetherToken v2: onlyOwner burns a blocked holder's balance
		"wipeFrozenAddress(address)",                              // Paxos PaxosTokenV1.sol and PaxosTokenV2.sol: asset protection role burns a frozen holder's balance
		"seize(address,address,uint256,string)",                   // Securitize securitize-io/dstoken contracts/token/IDSToken.sol: onlyIssuerOrAbove
		"omnibusSeize(address,address,address,uint256,string)",    // securitize-io/dstoken IDSToken.sol: onlyIssuerOrAbove
		"burn(address,uint256,string)",                            // securitize-io/dstoken IDSToken.sol: onlyIssuerOrAbove burns any holder's tokens
	},
	"upgrade": {"upgradeTo(address)", "upgradeToAndCall(address,bytes)", "upgradeBeaconToAndCall(address,bytes,bool)"},
}

// erc3643Only are the catalogue functions privileged only in ERC-3643
// (T-REX), counted only for a token the reader recognises as one
// (isERC3643): many other tokens have a public burn(address,uint256) by
// which a holder burns its own tokens or tokens it was allowed to spend
// (the allowance is spent), which takes nothing without the holder's
// signature, and a batchBurn of the same kind.
var erc3643Only = map[string]bool{
	"burn(address,uint256)":          true,
	"batchBurn(address[],uint256[])": true,
}

// CatalogueKind is the capability kind ("mint", "pause", "freeze",
// "forcedTransfer", "upgrade") whose catalogue lists the function with
// this signature, for a token that is ERC-3643 or not (erc3643Only);
// false when the catalogue does not list it for such a token.
func CatalogueKind(sig string, erc3643 bool) (string, bool) {
	if erc3643Only[sig] && !erc3643 {
		return "", false
	}
	for _, kind := range CapabilityKinds {
		if slices.Contains(capabilitySignatures[kind], sig) {
			return kind, true
		}
	}
	return "", false
}

// CapabilityKinds are the keys of the capability catalogue, in the order
// Capabilities.Found lists its matches.
var CapabilityKinds = []string{"mint", "pause", "freeze", "forcedTransfer", "upgrade"}

// Interface ids and selectors used for detection and calls.
var (
	ifaceERC721  = [4]byte{0x80, 0xac, 0x58, 0xcd}
	ifaceERC1155 = [4]byte{0xd9, 0xb6, 0x7a, 0x26}
)

func selector(sig string) []byte { return crypto.Keccak256([]byte(sig))[:4] }

// ChunkBlocks is the first block range of a log query; it halves each time
// a node refuses a range.
const ChunkBlocks = 50_000

// LargeTransferShare: a transfer is "large" at 1/LargeTransferShare (5%) of supply or more.
const LargeTransferShare = 20

// Options tune Read. The zero value reads with default log options and
// keeps metadata URIs other than data: unread.
type Options struct {
	Logs LogOptions
	// Metadata fetches tokenURI/contractURI documents; nil reads data: URIs only.
	Metadata *MetadataFetcher
}

// Read reads the tokens at one block with default Options; see ReadWith.
func Read(ctx context.Context, b Backend, tokens []string, block *big.Int) (*Snapshot, error) {
	return ReadWith(ctx, b, tokens, block, Options{})
}

// blockHeaderError is the error of reading the header of block (nil: the
// latest): for a number the node does not have, it says so with the
// chain's head, which a user who asked for a block past it needs to know.
func blockHeaderError(ctx context.Context, b Backend, block *big.Int, err error) error {
	if !errors.Is(err, ethereum.NotFound) || block == nil || block.Sign() < 0 {
		return fmt.Errorf("reading block header: %w", err)
	}
	if head, herr := b.HeaderByNumber(ctx, nil); herr == nil && head.Number.Cmp(block) < 0 {
		return fmt.Errorf("reading block %s: the chain's head is block %s (give --block %s or lower, or latest): %w", block, head.Number, head.Number, err)
	}
	return fmt.Errorf("reading block %s: the node does not have it: %w", block, err)
}

// ReadWith reads the tokens at one block (nil: the latest) and returns their
// snapshot. Every call and log query is pinned to that block's number, the
// snapshot records its hash and time, and Read fails if the number names a
// different block at the end (a reorganisation during the read). A token
// that cannot be read fails the whole read with the token's address in the
// error. When the node cannot serve the block's state or logs (pruned
// history), the error wraps ErrPrunedHistory; so does a token with a
// positive supply but no Transfer log at all, rather than an empty holder set.
func ReadWith(ctx context.Context, b Backend, tokens []string, block *big.Int, opts Options) (*Snapshot, error) {
	header, err := b.HeaderByNumber(ctx, block)
	if err != nil {
		return nil, blockHeaderError(ctx, b, block, err)
	}
	chainID, err := b.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading chain id: %w", err)
	}
	if !chainID.IsUint64() {
		return nil, fmt.Errorf("reading chain id: the node gave %s, not a 64-bit chain id", chainID)
	}
	blockTime, err := headerTime(header)
	if err != nil {
		return nil, err
	}
	snap := &Snapshot{
		Source:    "rpc",
		ChainID:   chainID.Uint64(),
		Block:     header.Number.Uint64(),
		BlockHash: header.Hash().Hex(),
		BlockTime: blockTime,
	}
	r := &reader{b: b, block: new(big.Int).Set(header.Number), times: map[uint64]time.Time{}, opts: opts}
	if ds, ok := b.(deploymentSource); ok {
		snap.Source = "embedded"
		r.deploys = ds
	}
	for _, tok := range tokens {
		if !common.IsHexAddress(tok) {
			return nil, fmt.Errorf("token %q is not a 20-byte hex address", tok)
		}
		t, err := r.token(ctx, common.HexToAddress(tok))
		if err != nil && isPruned(err) && !errors.Is(err, ErrPrunedHistory) {
			err = fmt.Errorf("%w (node said: %v)", ErrPrunedHistory, err)
		}
		if err != nil {
			return nil, fmt.Errorf("token %s at block %d: %w", strings.ToLower(tok), snap.Block, err)
		}
		snap.Tokens = append(snap.Tokens, *t)
	}
	// Calls are pinned by number: make sure that number still names the
	// same block, or the snapshot could mix two forks.
	again, err := b.HeaderByNumber(ctx, header.Number)
	if err != nil {
		return nil, fmt.Errorf("reading block header %d again: %w", snap.Block, err)
	}
	if again.Hash() != header.Hash() {
		return nil, fmt.Errorf("block %d was reorganised during the read (%s, now %s): read again at a safe or finalized block",
			snap.Block, snap.BlockHash, again.Hash().Hex())
	}
	return snap, nil
}

type reader struct {
	b         Backend
	block     *big.Int
	deploys   deploymentSource
	times     map[uint64]time.Time
	multicall *bool // whether Multicall3 has code at the block; nil until asked
	opts      Options
}

// hexAddr is the address in lowercase hex with 0x, without the checksum
// hashing of common.Address.Hex.
func hexAddr(a common.Address) string { return hexString(a) }

// call calls the contract at the pinned block; ok is false when it reverts
// or returns nothing.
func (r *reader) call(ctx context.Context, to common.Address, data []byte) ([]byte, bool, error) {
	return r.callGas(ctx, to, data, 0)
}

// isRevert tells a call that reverted (an answer) from a failing node.
// Any JSON-RPC error carries an ErrorData method, so only errors with data
// (revert data) or an EVM failure message count as a revert; "missing trie
// node" and the like are node failures.
func isRevert(err error) bool {
	var de rpc.DataError
	if errors.As(err, &de) && de.ErrorData() != nil {
		return true
	}
	msg := strings.ToLower(err.Error())
	for _, s := range []string{"revert", "invalid opcode", "out of gas", "invalid jump", "stack underflow", "write protection"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// CallData is the ABI call data of the function sig ("balanceOf(address)")
// with each argument left-padded to one 32-byte word, as static arguments
// (address, uint256, bytes32, bool) are encoded; with no argument it is
// the function's 4-byte selector.
func CallData(sig string, args ...[]byte) []byte {
	data := selector(sig)
	for _, a := range args {
		data = append(data, common.LeftPadBytes(a, 32)...)
	}
	return data
}

// Hand decoders of ABI return values.
func decodeUint(out []byte) (*big.Int, bool) {
	if len(out) < 32 {
		return nil, false
	}
	return new(big.Int).SetBytes(out[:32]), true
}

func decodeAddress(out []byte) (common.Address, bool) {
	if len(out) < 32 {
		return common.Address{}, false
	}
	return common.BytesToAddress(out[12:32]), true
}

// decodeString decodes an ABI string, or a bytes32 as some old tokens return.
func decodeString(out []byte) (string, bool) {
	if len(out) == 32 {
		return strings.TrimRight(string(out), "\x00"), true
	}
	if len(out) < 64 {
		return "", false
	}
	// Offset and length come from the contract: compared with what is left
	// of out, so that a value near 2^64 cannot wrap past the check.
	size := uint64(len(out))
	off := new(big.Int).SetBytes(out[:32])
	if !off.IsUint64() || off.Uint64() > size-32 {
		return "", false
	}
	o := off.Uint64()
	n := new(big.Int).SetBytes(out[o : o+32])
	if !n.IsUint64() || n.Uint64() > size-32-o {
		return "", false
	}
	return string(out[o+32 : o+32+n.Uint64()]), true
}

func (r *reader) token(ctx context.Context, addr common.Address) (*Token, error) {
	code, err := r.b.CodeAt(ctx, addr, r.block)
	if err != nil {
		return nil, fmt.Errorf("reading code: %w", err)
	}
	if len(code) == 0 {
		return nil, errors.New("no contract code at this block")
	}
	t := &Token{Address: hexAddr(addr)}

	// Proxy slots, and the codes that hold the token's logic: the
	// implementation's, then its own.
	codes := []codeOf{{t.Address, code}}
	proxy, err := r.proxy(ctx, addr, code)
	if err != nil {
		return nil, err
	}
	if proxy != nil {
		t.Proxy = proxy
		if proxy.Implementation != "" {
			implAddr, implCode, err := r.runCode(ctx, addr, common.HexToAddress(proxy.Implementation))
			if err != nil {
				return nil, err
			}
			codes = []codeOf{{hexAddr(implAddr), implCode}, {t.Address, code}}
		}
	}

	// Standard.
	t.Standard = "erc20"
	if ok, err := r.supports(ctx, addr, ifaceERC721); err != nil {
		return nil, err
	} else if ok {
		t.Standard = "erc721"
	} else if ok, err := r.supports(ctx, addr, ifaceERC1155); err != nil {
		return nil, err
	} else if ok {
		t.Standard = "erc1155"
	} else if is3643, err := r.isERC3643(ctx, addr, codes); err != nil {
		return nil, err
	} else if is3643 {
		t.Standard = "erc3643"
	}

	t.Capabilities = capabilities(t.Standard == "erc3643", codes...)
	switch {
	case proxy != nil && proxy.Kind == "eip1167":
		// A minimal proxy's code delegates to the fixed target in it: an
		// upgrade function of the target (UUPS upgradeToAndCall) writes
		// the clone's EIP-1967 slot, which that code never reads, and
		// OpenZeppelin's reverts through a clone. Its selectors do not
		// make the clone upgradeable.
		t.Capabilities.Upgrade = false
		kept := t.Capabilities.Found[:0]
		for _, m := range t.Capabilities.Found {
			if m.Capability != "upgrade" {
				kept = append(kept, m)
			}
		}
		t.Capabilities.Found = kept
	case proxy != nil && (proxy.Admin != "" || proxy.Beacon != ""):
		t.Capabilities.Upgrade = true
	}

	if err := r.metadata(ctx, addr, t); err != nil {
		return nil, err
	}

	// Deployment.
	if err := r.deployment(ctx, addr, t); err != nil {
		return nil, err
	}

	// Logs: transfers, roles, agents.
	logs, balances, err := r.logs(ctx, addr, t.DeployBlock, t.Standard)
	if err != nil {
		return nil, err
	}
	switch t.Standard {
	case "erc721":
		err = r.ledger721(ctx, addr, t, logs)
	case "erc1155":
		err = r.ledger1155(ctx, addr, t, logs)
	default:
		err = r.ledger20(ctx, addr, t, logs, balances)
	}
	if err != nil {
		return nil, err
	}
	moves := movesOf(t.Standard, logs) // decoded once for the last changes and the transfers
	stampLastChanges(t, moves)
	if t.TotalSupply != nil && t.TotalSupply.Sign() > 0 && len(t.Holders) == 0 {
		return nil, fmt.Errorf("totalSupply is %s but the node returned no Transfer log from block %d to %d: %w",
			t.TotalSupply, t.DeployBlock, r.block, ErrPrunedHistory)
	}
	if err := r.transfers(ctx, t, moves); err != nil {
		return nil, err
	}
	if err := r.claims(ctx, addr, t); err != nil {
		return nil, err
	}
	if err := r.controllers(ctx, addr, t, logs); err != nil {
		return nil, err
	}
	return t, nil
}

// proxy reads what kind of proxy the contract with this code is. An
// EIP-1167 minimal proxy is known by its code first: it always runs the
// target its code names, whatever its storage holds (an implementation's
// initializer or upgrade function may write an EIP-1967 slot there, which
// the clone's code never reads). Otherwise the EIP-1967 slots decide.
func (r *reader) proxy(ctx context.Context, addr common.Address, code []byte) (*Proxy, error) {
	if impl, ok := MinimalProxyTarget(code); ok {
		return &Proxy{Implementation: hexAddr(impl), Kind: "eip1167"}, nil
	}
	var p Proxy
	for _, s := range []struct {
		slot common.Hash
		dst  *string
	}{{SlotImplementation, &p.Implementation}, {SlotAdmin, &p.Admin}, {SlotBeacon, &p.Beacon}} {
		v, err := r.b.StorageAt(ctx, addr, s.slot, r.block)
		if err != nil {
			return nil, fmt.Errorf("reading EIP-1967 slot %s: %w", s.slot.Hex(), err)
		}
		if a := common.BytesToAddress(v); a != (common.Address{}) {
			*s.dst = hexAddr(a)
		}
	}
	if p == (Proxy{}) {
		return nil, nil
	}
	p.Kind = "eip1967"
	if p.Implementation == "" && p.Beacon != "" {
		p.Kind = "beacon"
	}
	if p.Implementation == "" && p.Beacon != "" {
		out, ok, err := r.call(ctx, common.HexToAddress(p.Beacon), selector("implementation()"))
		if err != nil {
			return nil, fmt.Errorf("reading the beacon's implementation: %w", err)
		}
		if a, aok := decodeAddress(out); ok && aok && a != (common.Address{}) {
			p.Implementation = hexAddr(a)
		}
	}
	return &p, nil
}

// MaxCloneHops bounds the EIP-1167 minimal proxies Read follows from a
// proxy to the code it runs: a clone of a clone runs the last one's target.
const MaxCloneHops = 8

// runCode is the code a proxy at proxy running impl runs, and the address
// that holds it: impl's code, or, when that is an EIP-1167 minimal proxy,
// the code at the end of the clones it delegates through (a delegatecall's
// delegatecall runs in the proxy's storage: a clone of a clone runs the
// last target's logic). A cycle of clones, or more than MaxCloneHops, ends
// at the last code read.
func (r *reader) runCode(ctx context.Context, proxy, impl common.Address) (common.Address, []byte, error) {
	seen := map[common.Address]bool{proxy: true}
	var code []byte
	at := impl
	for range MaxCloneHops {
		c, err := r.b.CodeAt(ctx, impl, r.block)
		if err != nil {
			return common.Address{}, nil, fmt.Errorf("reading implementation code of %s: %w", hexAddr(impl), err)
		}
		code, at = c, impl
		seen[impl] = true
		next, ok := MinimalProxyTarget(c)
		if !ok || seen[next] {
			break
		}
		impl = next
	}
	return at, code, nil
}

// MinimalProxyTarget reads the implementation of an EIP-1167 minimal proxy
// from its runtime code (363d3d373d3d3d363d73 <address> 5af43d82803e903d91602b57fd5bf3);
// ok is false for any other code.
func MinimalProxyTarget(code []byte) (common.Address, bool) {
	prefix := common.FromHex("363d3d373d3d3d363d73")
	suffix := common.FromHex("5af43d82803e903d91602b57fd5bf3")
	if len(code) != len(prefix)+20+len(suffix) || !bytes.Equal(code[:len(prefix)], prefix) ||
		!bytes.Equal(code[len(prefix)+20:], suffix) {
		return common.Address{}, false
	}
	return common.BytesToAddress(code[len(prefix) : len(prefix)+20]), true
}

// codeOf is the code at an address, lowercase 0x hex.
type codeOf struct {
	addr string
	code []byte
}

// capabilities looks for the privileged functions the codes dispatch
// (HasSelector, each code read once: DispatchedSelectors), recording each one found with the address whose code
// holds it; the erc3643Only ones only for an ERC-3643 token.
func capabilities(erc3643 bool, codes ...codeOf) Capabilities {
	var c Capabilities
	dispatched := make([]Selectors, len(codes))
	for i, co := range codes {
		dispatched[i] = DispatchedSelectors(co.code)
	}
	for _, kind := range CapabilityKinds {
		for _, sig := range capabilitySignatures[kind] {
			if erc3643Only[sig] && !erc3643 {
				continue
			}
			sel := selector(sig)
			for i, co := range codes {
				if dispatched[i].Has(sel) {
					c.Found = append(c.Found, CodeMatch{Capability: kind, Signature: sig, Selector: hexutil.Encode(sel), Code: co.addr})
				}
			}
		}
	}
	for _, m := range c.Found {
		switch m.Capability {
		case "mint":
			c.Mint = true
		case "pause":
			c.Pause = true
		case "freeze":
			c.Freeze = true
		case "forcedTransfer":
			c.ForcedTransfer = true
		case "upgrade":
			c.Upgrade = true
		}
	}
	return c
}

// HasSelector reports whether code compares the calldata's selector with
// sel, as Solidity's and Vyper's dispatchers do: sel pushed as an
// instruction (PUSH4; a shorter push for a selector with leading zero
// bytes, as solc's optimiser writes it) followed, with at most
// maxBetween DUPn or SWAPn between, by EQ (solc's legacy and via-IR
// dispatchers: DUP1 PUSH4 sel EQ PUSH2 tag JUMPI; a binary search's pivot
// is compared by EQ too) or XOR (Vyper's, as mainnet contracts show: 0.2
// PUSH4 sel DUP2 EQ ISZERO PUSH2 tag JUMPI, 0.3 PUSH4 sel DUP2 XOR PUSH2
// tag JUMPI). Not read: Vyper's dense selector table (0.3.10 on, -O
// codesize), which keeps the selectors as data. A selector pushed for an
// outgoing call (then shifted with SHL, stored with MSTORE, or pushed
// left-aligned in a PUSH32) is not a function the code dispatches and
// does not count. The code is read instruction by instruction, as the EVM
// reads it: the selector's bytes inside another push's data do not count.
//
// Only instructions execution can reach from pc 0 count (reachable): the
// bytes after a contract's code are data, not code it runs, and a token
// whose code embeds another contract's creation code (Solidity's
// `new Receipt()`, with Receipt's own dispatcher), its CBOR metadata or
// constants is not credited with the functions found there. An INVALID
// (0xfe, old solc's assert) ends a block, not the code: the code after it
// is reached through the jumps to it. Vyper's sparse selector table (0.3.10
// on, its default), a table of bucket addresses kept as data that the
// dispatcher copies to memory and jumps through, is read as jump targets
// (reachable). What this can get wrong:
//   - a constant of the code (a CODECOPY offset or size, an amount) that
//     happens to equal the offset of a JUMPDEST inside the data is taken
//     for a jump target, and the data's instructions from there up to the
//     next STOP, JUMP, RETURN, REVERT or INVALID are read as code: a
//     selector compared there counts as it did before reachability was
//     read (a false capability). Unlikely: a CODECOPY offset points at the
//     first byte of the embedded code (solc's starts with PUSH1 0x80, not
//     a JUMPDEST), and another constant must fall past the code's own end
//     on one of the data's JUMPDESTs (a few percent of its bytes) that
//     also starts a dispatcher's block; the jumps read there, being
//     offsets in the embedded contract, land back in the token's own code.
//   - a jump whose target is computed (a hand-written or Huff jump table,
//     a target loaded from memory, storage or code other than as Vyper's
//     sparse table, or PC arithmetic) is not followed: a function
//     dispatched only behind one is missed (a capability not reported).
//     solc pushes every target of its dispatchers as a constant, and so
//     does Vyper but for that table.
//   - a run that copies code to memory and jumps to an address loaded
//     from memory has each of its constants read as the start of such a
//     table: 2-byte words there that are JUMPDEST offsets, however they
//     got there, are jump targets (more code read, as before
//     reachability).
//
// Callers testing many selectors against one code read it once with
// DispatchedSelectors, which HasSelector is.
func HasSelector(code, sel []byte) bool {
	return DispatchedSelectors(code).Has(sel)
}

// maxBetween is how many DUPn or SWAPn HasSelector allows between a
// selector's push and the EQ or XOR that compares it.
const maxBetween = 3

// compared says whether the instruction at i, after at most maxBetween
// DUPn or SWAPn, is EQ or XOR.
func compared(code []byte, i int) bool {
	for k := 0; k <= maxBetween && i < len(code); k, i = k+1, i+1 {
		switch op := code[i]; {
		case op == 0x14 || op == 0x18: // EQ, XOR
			return true
		case op >= 0x80 && op <= 0x9f: // DUP1..DUP16, SWAP1..SWAP16
		default:
			return false
		}
	}
	return false
}

// LogicHidden says whether none of the codes a token runs dispatches
// balanceOf(address), which every ERC-20 and ERC-721 token has: its logic
// is behind a proxy of a kind Read does not follow, so what it does can
// only be asked of it, not read in its code.
func LogicHidden(codes ...[]byte) bool {
	for _, c := range codes {
		if HasSelector(c, selector("balanceOf(address)")) {
			return false
		}
	}
	return true
}

// ERC3643Code says whether the codes a token runs dispatch (HasSelector)
// an ERC-3643 token's identityRegistry(), or its isFrozen(address) and
// forcedTransfer(address,address,uint256): how Read recognises one by
// its code.
func ERC3643Code(codes ...[]byte) bool {
	has := func(sig string) bool {
		for _, c := range codes {
			if HasSelector(c, selector(sig)) {
				return true
			}
		}
		return false
	}
	return has("identityRegistry()") || (has("isFrozen(address)") && has("forcedTransfer(address,address,uint256)"))
}

// isERC3643 recognises an ERC-3643 token by its functions: in the codes it
// runs, each read on its own (identityRegistry, or isFrozen with
// forcedTransfer), or, only for a token whose logic Read cannot see
// (LogicHidden), by identityRegistry() answering an address: a token whose
// code Read has read is not made ERC-3643 by a catch-all fallback that
// answers every call.
func (r *reader) isERC3643(ctx context.Context, addr common.Address, codes []codeOf) (bool, error) {
	var raw [][]byte
	for _, c := range codes {
		raw = append(raw, c.code)
	}
	if ERC3643Code(raw...) {
		return true, nil
	}
	if !LogicHidden(raw...) {
		return false, nil
	}
	out, ok, err := r.call(ctx, addr, selector("identityRegistry()"))
	if err != nil {
		return false, fmt.Errorf("calling identityRegistry(): %w", err)
	}
	a, aok := decodeAddress(out)
	return ok && aok && len(out) == 32 && a != (common.Address{}), nil
}

// supports reports whether the contract supports interface id as ERC-165
// detects it: supportsInterface(id) answers true (a word of 1) and
// supportsInterface(0xffffffff) does not, so that a catch-all fallback
// answering every call is not taken for an ERC-721 or ERC-1155 token.
func (r *reader) supports(ctx context.Context, addr common.Address, id [4]byte) (bool, error) {
	if yes, err := r.answersTrue(ctx, addr, id); err != nil || !yes {
		return false, err
	}
	all, err := r.answersTrue(ctx, addr, [4]byte{0xff, 0xff, 0xff, 0xff})
	return !all, err
}

// answersTrue reports whether supportsInterface(id) returns true: one word
// holding 1.
func (r *reader) answersTrue(ctx context.Context, addr common.Address, id [4]byte) (bool, error) {
	out, ok, err := r.call(ctx, addr, CallData("supportsInterface(bytes4)", common.RightPadBytes(id[:], 32)))
	if err != nil {
		return false, fmt.Errorf("calling supportsInterface: %w", err)
	}
	v, vok := decodeUint(out)
	return ok && vok && len(out) == 32 && v.Cmp(big.NewInt(1)) == 0, nil
}

func (r *reader) metadata(ctx context.Context, addr common.Address, t *Token) error {
	for _, f := range []struct {
		sig string
		dst *string
	}{{"name()", &t.Name}, {"symbol()", &t.Symbol}} {
		out, ok, err := r.call(ctx, addr, selector(f.sig))
		if err != nil {
			return fmt.Errorf("calling %s: %w", f.sig, err)
		}
		if s, sok := decodeString(out); ok && sok {
			*f.dst = s
		}
	}
	if t.Standard == "erc20" || t.Standard == "erc3643" {
		out, ok, err := r.call(ctx, addr, selector("decimals()"))
		if err != nil {
			return fmt.Errorf("calling decimals(): %w", err)
		}
		if v, vok := decodeUint(out); ok && vok && v.IsUint64() && v.Uint64() <= 255 {
			t.Decimals = uint8(v.Uint64())
		}
	}
	out, ok, err := r.call(ctx, addr, selector("totalSupply()"))
	if err != nil {
		return fmt.Errorf("calling totalSupply(): %w", err)
	}
	if v, vok := decodeUint(out); ok && vok {
		t.TotalSupply = v
	} else if t.Standard == "erc20" || t.Standard == "erc3643" {
		// neither ERC-721 nor ERC-1155 by ERC-165, and no ERC-20 supply:
		// a contract that is not a token (a mistyped address), which
		// would read as an empty ERC-20
		why := "reverted"
		if ok {
			why = fmt.Sprintf("returned %d bytes, not a number", len(out))
		}
		return fmt.Errorf("not a token: totalSupply() %s, and the contract does not say it is ERC-721 or ERC-1155 (supportsInterface); is the address right?", why)
	}
	out, ok, err = r.call(ctx, addr, selector("issuer()"))
	if err != nil {
		return fmt.Errorf("calling issuer(): %w", err)
	}
	if a, aok := decodeAddress(out); ok && aok && a != (common.Address{}) {
		t.Issuer = hexAddr(a)
	}
	return nil
}

// deployment finds the token's deployment block: known for the embedded
// chain; otherwise the first block with code (binary search), and the
// deployment time from that block's header.
func (r *reader) deployment(ctx context.Context, addr common.Address, t *Token) error {
	if r.deploys != nil {
		if d, ok := r.deploys.deployment(addr); ok {
			t.DeployBlock, t.DeployTx, t.DeployTime = d.Block, d.Tx, d.Time
			return nil
		}
	}
	lo, hi := uint64(0), r.block.Uint64() // code at hi; find the first block with code
	for lo < hi {
		mid := lo + (hi-lo)/2
		code, err := r.b.CodeAt(ctx, addr, new(big.Int).SetUint64(mid))
		if err != nil {
			// The node serves no history: fall back to the first Transfer log.
			return nil
		}
		if len(code) > 0 {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	tm, err := r.blockTime(ctx, lo)
	if err != nil {
		return err
	}
	t.DeployBlock, t.DeployTime = lo, tm
	if rr, ok := r.b.(receiptReader); ok && lo > 0 {
		// A token created by a factory has no receipt naming it: DeployTx stays empty.
		receipts, err := rr.BlockReceipts(ctx, rpc.BlockNumberOrHashWithNumber(rpc.BlockNumber(lo)))
		if err == nil {
			for _, rc := range receipts {
				if rc.ContractAddress == addr {
					t.DeployTx = rc.TxHash.Hex()
				}
			}
		}
	}
	return nil
}

func (r *reader) blockTime(ctx context.Context, n uint64) (time.Time, error) {
	if tm, ok := r.times[n]; ok {
		return tm, nil
	}
	h, err := r.b.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return time.Time{}, fmt.Errorf("reading header of block %d: %w", n, err)
	}
	tm, err := headerTime(h)
	if err != nil {
		return time.Time{}, err
	}
	r.times[n] = tm
	return tm, nil
}

// maxBlockTime is the last second of year 9999: RFC 3339, which reports
// write times in, has four-digit years.
const maxBlockTime = 253402300799

// headerTime is a block header's time, or an error naming the block when
// the node gave one past year 9999 (a uint64 of seconds can say year
// 292277026596), which no report could write.
func headerTime(h *types.Header) (time.Time, error) {
	if h.Time > maxBlockTime {
		return time.Time{}, fmt.Errorf("block %s: the node gave the time %d, after year 9999: a faulty or hostile node", h.Number, h.Time)
	}
	return time.Unix(int64(h.Time), 0).UTC(), nil
}
