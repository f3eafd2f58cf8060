package chain

import (
	"encoding/hex"
	"math/big"
	"time"
)

// Snapshot is the state of the audited tokens, every read pinned to one block.
type Snapshot struct {
	Source    string // "embedded", "rpc" or "transfers"
	Endpoint  string // RPC URL or export file, empty for the embedded chain
	ChainID   uint64
	Block     uint64
	BlockHash string // 0x hex
	BlockTime time.Time
	Tokens    []Token
	// Export is what reading a transfer export found besides the holders
	// (bad rows, balances gone negative, the file's digest); nil unless
	// Source is "transfers".
	Export *TransferStats
}

// Token is one token contract at the snapshot's block.
type Token struct {
	Address     string // lowercase 0x hex
	Standard    string // "erc20", "erc721", "erc1155", "erc3643"
	Name        string
	Symbol      string
	Decimals    uint8
	TotalSupply *big.Int
	DeployBlock uint64
	DeployTx    string
	DeployTime  time.Time
	// DeployIsFirstMint is set when DeployBlock and DeployTime are the
	// first mint's, taken for the deployment: a transfer export holds no
	// deployment, and a node without the history's state cannot say when
	// the code appeared.
	DeployIsFirstMint bool

	Holders    []Holder   // balance > 0, sorted by balance descending then address
	Mismatches []Mismatch // where the rebuilt ledger disagrees with the contract
	Claims     []AssetClaim
	Issuer     string // issuer address the contract names, if any
	// IdentityRegistry is an ERC-3643 token's identityRegistry() at the
	// block, lowercase 0x hex; "" when the token is not ERC-3643 or names
	// none (the call reverted or answered other than an address). Its
	// holders' Verified, Identity and InvestorCountry are read from it.
	IdentityRegistry string

	Controllers  []Controller
	Capabilities Capabilities
	Proxy        *Proxy // nil when the token is not a proxy

	Mints     []Transfer // mints after the first block that minted
	Transfers []Transfer // transfers of at least 5% of supply ("large"), oldest first
	// FirstMove is the token's first transfer between two holders (neither
	// a mint nor a burn), the earliest block's first; nil when it has
	// none. Until it, holdings came only from the issuer's mints: the
	// token's initial distribution.
	FirstMove *Transfer
}

// Holder is a wallet with a positive balance.
type Holder struct {
	Address  string // lowercase 0x hex
	Balance  *big.Int
	TokenIDs []string // ERC-721 ids held, decimal, ascending
	Frozen   bool     // ERC-3643 frozen address
	// Verified is the token's identity registry's isVerified(holder) at
	// the block; nil when unknown: no registry (Token.IdentityRegistry
	// empty), or the call reverted or answered other than true or false.
	Verified *bool
	// Identity is the investor's ONCHAINID contract the registry's
	// identity(holder) names (several wallets may share one), lowercase 0x
	// hex; "" when unknown: the call reverted, answered other than one
	// 32-byte address word, or named an address at or below 0xffff (the
	// zero address, the precompile range).
	Identity string
	// IdentityNoCode is true when Identity has no code at the block
	// (eth_getCode returned none): not an ONCHAINID contract, so it joins
	// no wallets and counts as no identity; Identity keeps the registry's
	// answer, to cite.
	IdentityNoCode bool
	// InvestorCountry is the registry's investorCountry(holder), an ISO
	// 3166-1 numeric code; 0 when unknown or zero. InvestorCountryAlpha2 is
	// its alpha-2 code when a country has it ("" otherwise).
	InvestorCountry       int
	InvestorCountryAlpha2 string
	// IDBalances are an ERC-1155 holder's balances per token id (decimal id
	// to base units), ids with a zero balance left out; Balance is their sum.
	IDBalances map[string]*big.Int

	// LastChangeBlock and LastChangeTx are the block and transaction hash
	// of the transfer that last changed the holding: the latest (by block,
	// then log index, then file order for an export) Transfer,
	// TransferSingle or TransferBatch move of a non-zero amount (any
	// ERC-721 id) into or out of the address, a transfer to itself left
	// out. The holding has stood unchanged since that transaction, so it is
	// the one to cite as on-chain proof of the balance: the last incoming
	// transfer would not prove a balance that a later outgoing one reduced,
	// and a zero-value transfer (as address-poisoning spam sends) proves
	// nothing. LastChangeTx is zero when unknown: an export row whose
	// transaction hash is missing or not "0x" and 64 hex digits.
	LastChangeBlock uint64
	LastChangeTx    [32]byte
}

// LastChangeTxHex is LastChangeTx as lowercase 0x hex, or "" when unknown.
func (h Holder) LastChangeTxHex() string {
	if h.LastChangeTx == ([32]byte{}) {
		return ""
	}
	return "0x" + hex.EncodeToString(h.LastChangeTx[:])
}

// Mismatch is a disagreement between the ledger rebuilt from logs and what
// the contract reports.
type Mismatch struct {
	Address  string // holder, or "" for totalSupply
	What     string // "balanceOf", "ownerOf", "totalSupply"
	Rebuilt  string
	Reported string
}

// AssetClaim is an asset the token says it represents, read from the
// contract or its metadata.
type AssetClaim struct {
	TokenID string // ERC-721 or ERC-1155 id, empty for a whole-token claim
	IMO     string
	Name    string
	Flag    string
	Source  string // "contract", "tokenURI", "contractURI", "uri" (ERC-1155 uri(id))
	URI     string
	// Unread says why the document at URI was not read (not fetched
	// without --allow-fetch or --ipfs-gateway, a failed fetch, a data: URI
	// that does not decode); "" when it was read or there is no URI.
	Unread string
}

// Controller is an account holding a privileged role over a token.
type Controller struct {
	Role       string // "owner", "default-admin", "minter", "pauser", "agent", "proxy-admin", "proxy-admin-owner", "beacon-owner", or "role-" and a hash's first 4 bytes
	Address    string // lowercase 0x hex
	IsContract bool
	// RoleHash is the full AccessControl role hash (0x and 64 lowercase
	// hex digits) of a role Role names only by its first bytes
	// ("role-1a2b3c4d"); "" for a role with a name (RoleHash gives its hash).
	RoleHash string
}

// Capabilities are the privileged functions present in the token's code.
type Capabilities struct {
	Mint           bool
	Pause          bool
	Freeze         bool // freeze or blacklist holders
	ForcedTransfer bool // move, burn or seize a holder's tokens without its signature
	Upgrade        bool
	// Found are the catalogue's functions whose selectors the code the
	// token runs dispatches (a PUSH4 of the selector), by capability in
	// CapabilityKinds order, then in catalogue order, the implementation's
	// code before the token's own: the reason for each capability above
	// that is true, except Upgrade set by an EIP-1967 admin or beacon slot
	// alone. Empty when no selector was found.
	Found []CodeMatch
}

// CodeMatch is one privileged function whose selector a contract's code
// dispatches.
type CodeMatch struct {
	Capability string // one of CapabilityKinds
	Signature  string // the function's signature, "forcedTransfer(address,address,uint256)"
	Selector   string // its 4-byte selector, 0x and 8 lowercase hex digits
	// Code is the address whose code holds the selector, lowercase 0x
	// hex: the token's own, or the implementation its proxy runs (the
	// last target of a chain of EIP-1167 clones).
	Code string
}

// Of are the matches of capability kind, in Found's order.
func (c Capabilities) Of(kinds ...string) []CodeMatch {
	var out []CodeMatch
	for _, m := range c.Found {
		for _, k := range kinds {
			if m.Capability == k {
				out = append(out, m)
				break
			}
		}
	}
	return out
}

// Proxy is an EIP-1967 proxy's slots, or an EIP-1167 minimal proxy's target.
type Proxy struct {
	Implementation string
	Admin          string
	Beacon         string
	Kind           string // "eip1967", "beacon" (EIP-1967 beacon proxy) or "eip1167" (minimal proxy)
}

// Transfer is one Transfer event.
type Transfer struct {
	Block uint64
	// Time is the block's time; zero when unknown (a transfer export
	// without times, TransferStats.NoTimes): check IsZero before writing it.
	Time   time.Time
	TxHash string
	From   string
	To     string
	Amount *big.Int
}

// ShareOf is balance as a fraction of supply, 0 when supply is zero or
// unknown.
func ShareOf(balance, supply *big.Int) float64 {
	if balance == nil || supply == nil || supply.Sign() == 0 {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(balance, supply).Float64()
	return f
}
