package report

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
)

// SchemaVersion is the version of the JSON report layout. It changes only when
// a field that other tools may rely on changes meaning or disappears.
const SchemaVersion = "1.0"

// Report is the canonical result of an audit. Every other output format is a
// pure function of it, so a Report decoded from JSON renders the same as the
// one the audit produced.
type Report struct {
	SchemaVersion string    `json:"schema_version"`
	Tool          Tool      `json:"tool"`
	GeneratedAt   string    `json:"generated_at"` // RFC 3339, from the injected clock
	Chain         Chain     `json:"chain"`
	Inputs        []Input   `json:"inputs"`
	Options       Options   `json:"options"`
	Summary       Summary   `json:"summary"`
	Tokens        []Token   `json:"tokens"`
	Assets        []Asset   `json:"assets"`
	Entities      []Entity  `json:"entities"`
	Ownership     []Path    `json:"ownership"`
	Owners        []Owners  `json:"beneficial_owners,omitempty"` // each asset chain's ultimate owners with their aggregated shares (owners.go); absent from reports written before it
	Findings      []Finding `json:"findings"`
	Notes         []string  `json:"notes,omitempty"` // limits the audit reached, e.g. ownership paths listed only up to a cap
}

// Tool names the program and version that wrote the report.
type Tool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

// Chain records where the token state was read and the single block every
// read was pinned to.
type Chain struct {
	Source      string `json:"source"` // "embedded", "rpc" or "transfers"
	Endpoint    string `json:"endpoint,omitempty"`
	ChainID     uint64 `json:"chain_id"`
	BlockNumber uint64 `json:"block_number"`
	BlockHash   string `json:"block_hash"`
	BlockTime   string `json:"block_time,omitempty"` // RFC 3339 UTC
}

// Input is one file the audit read, identified by its content hash.
type Input struct {
	Kind     string `json:"kind"` // "registry", "sanctions", "transfers", "reference", "mapping" (Rows 0)
	Path     string `json:"path"`
	SHA256   string `json:"sha256"`
	Rows     int    `json:"rows"`
	Format   string `json:"format,omitempty"`
	ListDate string `json:"list_date,omitempty"`
}

// Options records the thresholds the findings depend on.
type Options struct {
	FailOn               string  `json:"fail_on"`
	BeneficialOwnerShare float64 `json:"beneficial_owner_share"` // fraction, e.g. 0.25
	IdentificationShare  float64 `json:"identification_share"`   // fraction, e.g. 0.10
	NameMatchThreshold   float64 `json:"name_match_threshold"`   // 0..1
	NameReviewThreshold  float64 `json:"name_review_threshold"`  // 0..1, below NameMatchThreshold
}

// Summary counts findings by severity and names the worst.
type Summary struct {
	Findings   int            `json:"findings"`
	BySeverity map[string]int `json:"by_severity"`
	Worst      string         `json:"worst,omitempty"`
}

// Token is one token contract as read at the pinned block.
type Token struct {
	Address     string       `json:"address"`  // lowercase 0x hex
	Standard    string       `json:"standard"` // "erc20", "erc721", "erc1155", "erc3643"
	Name        string       `json:"name"`
	Symbol      string       `json:"symbol"`
	Decimals    uint8        `json:"decimals"`
	TotalSupply string       `json:"total_supply"` // decimal string, base units
	DeployBlock uint64       `json:"deploy_block,omitempty"`
	DeployTx    string       `json:"deploy_tx,omitempty"`
	Proxy       *Proxy       `json:"proxy,omitempty"` // nil: not a proxy, or a report written before the field
	Claims      []Claim      `json:"claims,omitempty"`
	Controllers []Controller `json:"controllers,omitempty"`
	// IdentityRegistry is an ERC-3643 token's identityRegistry() at the
	// pinned block, lowercase 0x hex; absent when it names none.
	IdentityRegistry string   `json:"identity_registry,omitempty"`
	Holders          []Holder `json:"holders"`
}

// Proxy says that a token is a proxy and what it runs at the pinned block,
// whether or not a finding fires (a clone nobody can upgrade has none).
// Kind is one of ProxyKinds; the addresses are lowercase 0x hex, each
// empty when not read or not set.
type Proxy struct {
	Kind string `json:"kind"`
	// Implementation is the code the proxy runs: an EIP-1967 proxy's
	// implementation slot, a beacon proxy's beacon's implementation(), an
	// EIP-1167 minimal proxy's target in its code.
	Implementation string `json:"implementation,omitempty"`
	Admin          string `json:"admin,omitempty"`  // the EIP-1967 admin slot
	Beacon         string `json:"beacon,omitempty"` // the EIP-1967 beacon slot
}

// The proxy kinds (Proxy.Kind): an EIP-1967 proxy, an EIP-1967 beacon
// proxy, an EIP-1167 minimal proxy (a clone).
const (
	ProxyEIP1967 = "eip1967"
	ProxyBeacon  = "beacon"
	ProxyEIP1167 = "eip1167"
)

// ProxyKinds lists every value Proxy.Kind may take.
var ProxyKinds = []string{ProxyEIP1967, ProxyBeacon, ProxyEIP1167}

// Holder is one wallet's position in a token at the pinned block.
type Holder struct {
	Address  string   `json:"address"` // lowercase 0x hex
	Balance  string   `json:"balance"` // decimal string, base units
	Share    float64  `json:"share"`   // fraction of total supply, 0..1
	TokenIDs []string `json:"token_ids,omitempty"`
	EntityID string   `json:"entity_id,omitempty"` // registry key of the wallet's holder, if known
	// Verified, Identity and InvestorCountry are what the ERC-3643 token's
	// identity registry (Token.IdentityRegistry) returned for the wallet at
	// the pinned block: isVerified (absent when the call failed or
	// answered garbage), identity (the ONCHAINID, lowercase 0x hex; absent
	// when unknown or none) and investorCountry. All are absent when the
	// token has no identity registry.
	Verified        *bool    `json:"verified,omitempty"`
	Identity        string   `json:"identity,omitempty"`
	InvestorCountry *Country `json:"investor_country,omitempty"`
	// IdentityNoCode is true when Identity has no code at the pinned
	// block: not an ONCHAINID contract, so no identity
	// (HOLDER-IDENTITY-NO-CODE); Identity is what the registry returned.
	IdentityNoCode bool `json:"identity_no_code,omitempty"`
}

// Country is an ISO 3166-1 country by its numeric code, with its alpha-2
// code when a country has that number.
type Country struct {
	Numeric int    `json:"numeric"`
	Alpha2  string `json:"alpha2,omitempty"`
}

// Claim is an asset a token says it represents.
type Claim struct {
	AssetID string  `json:"asset_id"` // seven IMO digits, or the registry's vessel key
	TokenID string  `json:"token_id,omitempty"`
	Share   float64 `json:"share"`  // fraction of the asset the whole token claims, 0..1
	Source  string  `json:"source"` // "metadata", "contract", "claims sheet"
}

// Controller is an account with a privileged role over a token.
type Controller struct {
	Role       string `json:"role"` // "owner", "admin", "minter", "agent", "proxy-admin", ...
	Address    string `json:"address"`
	IsContract bool   `json:"is_contract"`
}

// Asset is a real-world asset claimed by a token, as the registry knows it.
type Asset struct {
	ID              string   `json:"id"`
	Kind            string   `json:"kind"` // "vessel"
	Name            string   `json:"name"`
	IMO             string   `json:"imo,omitempty"`
	Flag            string   `json:"flag,omitempty"`
	RegisteredOwner string   `json:"registered_owner,omitempty"`
	ClaimedShare    float64  `json:"claimed_share"` // sum over tokens, fraction
	InRegistry      bool     `json:"in_registry"`
	Tokens          []string `json:"tokens,omitempty"`
}

// Entity is a company or person of the ownership graph, with what the audit
// concluded about it.
type Entity struct {
	Kind         string `json:"kind"` // "company", "person", "arrangement"
	ID           string `json:"id"`
	Name         string `json:"name"`
	Jurisdiction string `json:"jurisdiction,omitempty"`
	Status       string `json:"status"` // StatusSanctioned, StatusPossiblySanctioned, "opaque", "unknown", "clean"
}

// StatusSanctioned is the status (Entity.Status) and the end (Path.Ends,
// Owner.Ends) of a party a list names by an identifier (address, IMO,
// MMSI, registration number) or that the 50% rule blocks through parties
// listed by an identifier alone.
const StatusSanctioned = "sanctioned"

// StatusPossiblySanctioned is the status and the end of a party that only
// name matches at the match threshold, or wallets a list names by address
// that the beneficial owners count as a party's (the list names the
// wallet, not the party), make sanctioned: its own, or those of the owners
// the 50% rule needs to block it. It is sanctioned once those matches or
// wallet ties are confirmed (the SANC-OWNER, SANC-WALLET and SANC-50
// findings say which), and is not called sanctioned before.
const StatusPossiblySanctioned = "possibly-sanctioned"

// Path is one ownership chain from a holder wallet or a vessel up to an
// ultimate owner, with the effective share interval it carries.
type Path struct {
	Asset string `json:"asset"` // vessel id or token address the path starts from
	// Basis is "legal" (a vessel's path from its registered owner up) or
	// "economic" (a vessel's path through the tokens claiming it, or a
	// token's from its holders up), as Owners.Basis; empty only in reports
	// written before paths said it.
	Basis string  `json:"basis,omitempty"`
	Steps []Step  `json:"steps"`
	Low   float64 `json:"low"`  // effective share, lower bound, fraction
	High  float64 `json:"high"` // effective share, upper bound, fraction
	// HighOpen says the share is strictly below High (a BODS
	// exclusiveMaximum, or a "no beneficial owners" declaration).
	HighOpen bool   `json:"high_open,omitempty"`
	Ends     string `json:"ends"` // "person", StatusSanctioned, StatusPossiblySanctioned, "unknown", "cycle", "listed-company", "state"
}

// Step is one edge of a Path.
type Step struct {
	Kind string  `json:"kind"` // kind of the node reached
	ID   string  `json:"id"`
	Name string  `json:"name,omitempty"`
	Low  float64 `json:"low"` // direct share of the edge, fraction
	High float64 `json:"high"`
	// HighOpen says the share is strictly below High.
	HighOpen bool   `json:"high_open,omitempty"`
	Source   string `json:"source,omitempty"` // citation of the edge, e.g. "registry.xlsx, sheet ownership, row 7"
}

// Severity orders findings; higher is worse.
type Severity string

// The severities, worst first.
const (
	Critical Severity = "critical"
	High     Severity = "high"
	Medium   Severity = "medium"
	Low      Severity = "low"
	Info     Severity = "info"
)

// Severities lists every severity, worst first.
var Severities = []Severity{Critical, High, Medium, Low, Info}

// Rank is 4 for critical down to 0 for info, and -1 for an unknown name.
func (s Severity) Rank() int {
	for i, v := range Severities {
		if v == s {
			return len(Severities) - 1 - i
		}
	}
	return -1
}

// ParseSeverity accepts a severity name in any case, or "none", which no
// finding reaches.
func ParseSeverity(name string) (Severity, error) {
	s := Severity(strings.ToLower(strings.TrimSpace(name)))
	if s == "none" || s.Rank() >= 0 {
		return s, nil
	}
	return "", fmt.Errorf("unknown severity %q (want critical, high, medium, low, info or none)", name)
}

// AtLeast reports whether s is as bad as or worse than threshold. Nothing
// reaches the threshold "none".
func (s Severity) AtLeast(threshold Severity) bool {
	if threshold == "none" {
		return false
	}
	return s.Rank() >= threshold.Rank()
}

// Subject is what a finding is about: kind is wallet, token, vessel, company,
// person or input; id is the lowercase 0x address, the seven IMO digits or
// the registry key.
type Subject struct {
	Kind string `json:"kind"`
	ID   string `json:"id"`
}

// Finding is one fact the audit flags, with the evidence to cite it.
type Finding struct {
	Rule        string     `json:"rule"`
	Severity    Severity   `json:"severity"`
	Subject     Subject    `json:"subject"`
	Message     string     `json:"message"`
	Evidence    []Evidence `json:"evidence"`
	Fingerprint string     `json:"fingerprint"`
}

// Evidence is one citable fact behind a finding. Kind says which of the
// optional fields are set.
type Evidence struct {
	Kind string `json:"kind"` // "chain", "registry", "input", "list", "match", "path", "metadata", "note"
	Text string `json:"text"` // one line a person can read and cite

	// chain
	Block  uint64 `json:"block,omitempty"`
	TxHash string `json:"tx_hash,omitempty"`

	// chain: the fact the text states, in fields a program can check
	// without reading the text. Fact names it; each fact sets the fields
	// listed in docs/report.md. Reports written before these fields (still
	// schema 1.0) have none of them: their facts are in the text only.
	Fact     string     `json:"fact,omitempty"`     // "balance", "mint", "transfer", "deployment", "role", "frozen", "issuer", "proxy", "call", "verified", "identity", "country", "code"
	Contract string     `json:"contract,omitempty"` // the token contract, lowercase 0x hex
	Holder   string     `json:"holder,omitempty"`   // the account whose balance, role or status it is, lowercase 0x hex
	Role     string     `json:"role,omitempty"`     // role: the role's name, as tokens[].controllers[].role
	From     string     `json:"from,omitempty"`     // mint, transfer: the sender (the zero address for a mint)
	To       string     `json:"to,omitempty"`       // mint, transfer: the recipient
	Amount   string     `json:"amount,omitempty"`   // base units, decimal: moved (mint, transfer) or held at the pinned block (balance; ERC-721: the number of ids)
	IDs      []IDAmount `json:"ids,omitempty"`      // balance of an ERC-721 or ERC-1155 token: each id held at the pinned block
	// role: the AccessControl role's full 32-byte hash, 0x and 64
	// lowercase hex digits, when Role names it only by its first bytes
	// ("role-1a2b3c4d"); empty for a role with a name.
	RoleHash string `json:"role_hash,omitempty"`
	// proxy: the address each EIP-1967 slot the evidence states holds at
	// the pinned block, lowercase 0x hex; the zero address states an empty
	// slot, an empty field states nothing about its slot.
	Implementation string `json:"implementation,omitempty"`
	Admin          string `json:"admin,omitempty"`
	Beacon         string `json:"beacon,omitempty"`
	// proxy: the implementation the proxy runs at the pinned block where
	// no EIP-1967 implementation slot holds it, lowercase 0x hex: a beacon
	// proxy's, its beacon's implementation(); an EIP-1167 minimal proxy's,
	// the target in its code. Empty: not stated (a plain EIP-1967 proxy
	// runs the one in its implementation slot; reports written before
	// this field name the others in the text only).
	Runs string `json:"runs,omitempty"`
	// verified, identity, country: the ERC-3643 identity registry the
	// token's identityRegistry() names at the pinned block (lowercase 0x
	// hex), and the value its isVerified, identity or investorCountry of
	// Holder returned: "true" or "false"; an address, lowercase 0x hex
	// (the zero address: none); an ISO 3166-1 numeric code, decimal.
	Registry string `json:"registry,omitempty"`
	Value    string `json:"value,omitempty"`
	// identity: whether Value has code at the pinned block: true, an
	// ONCHAINID contract (an identity that joins wallets); false, an
	// address without code, which is no identity (HOLDER-IDENTITY-NO-CODE).
	// Nil: not stated (the zero address, or a report written before the
	// field).
	HasCode *bool `json:"has_code,omitempty"`
	// code: the address whose code at the pinned block dispatches
	// Functions, lowercase 0x hex: the token's own (Contract) or the
	// implementation it runs behind a proxy.
	CodeAddress string `json:"code_address,omitempty"`
	// code: the privileged functions that code dispatches (a PUSH4 of each
	// selector), in the order the rule found them.
	Functions []Function `json:"functions,omitempty"`

	// registry and other input files
	File   string `json:"file,omitempty"`
	Sheet  string `json:"sheet,omitempty"`
	Row    int    `json:"row,omitempty"`
	Column string `json:"column,omitempty"`

	// sanctions lists
	List     string  `json:"list,omitempty"`
	ListDate string  `json:"list_date,omitempty"`
	EntryID  string  `json:"entry_id,omitempty"`
	Score    float64 `json:"score,omitempty"`
}

// The chain evidence facts (Evidence.Fact), each with the fields it sets:
// a balance (Contract, Holder, Amount, and IDs for an ERC-721 or ERC-1155
// token) held at the report's pinned block; a mint or transfer (Contract,
// From, To, Amount) made by the evidence's transaction; a deployment
// (Contract) by its transaction; a role (Contract, Holder, Role), a frozen
// account (Contract, Holder), a named issuer (Contract, Holder) or EIP-1967
// proxy slots (Contract, and Implementation, Admin, Beacon for the slots
// it states, Runs for the implementation a beacon or minimal proxy runs)
// at the pinned block, a role named by its hash's first bytes
// with RoleHash too; a call (Contract, and Holder
// when the call was about an account) whose result disagrees with the
// Transfer logs; what an ERC-3643 token's identity registry says of a
// holder at the pinned block (Contract, Registry, Holder, Value): whether
// it is verified (isVerified), its on-chain identity (identity), its
// investor country (investorCountry); the code (Contract, CodeAddress,
// Functions) at the pinned block of the token or of the implementation it
// runs, which dispatches each of Functions.
const (
	FactBalance    = "balance"
	FactMint       = "mint"
	FactTransfer   = "transfer"
	FactDeployment = "deployment"
	FactRole       = "role"
	FactFrozen     = "frozen"
	FactIssuer     = "issuer"
	FactProxy      = "proxy"
	FactCall       = "call"
	FactVerified   = "verified"
	FactIdentity   = "identity"
	FactCountry    = "country"
	FactCode       = "code"
)

// ChainFacts lists every value Evidence.Fact may take.
var ChainFacts = []string{FactBalance, FactMint, FactTransfer, FactDeployment, FactRole, FactFrozen, FactIssuer, FactProxy, FactCall,
	FactVerified, FactIdentity, FactCountry, FactCode}

// Function is a contract function a code fact cites: its signature and
// 4-byte selector, the first four bytes of the signature's Keccak-256
// hash.
type Function struct {
	Signature string `json:"signature"` // "forcedTransfer(address,address,uint256)"
	Selector  string `json:"selector"`  // 0x and 8 lowercase hex digits, "0x9fc1d0e7"
}

// IDAmount is the amount of one token id an account holds: 1 for an
// ERC-721 id, the ERC-1155 balance of the id otherwise. Both are decimal
// strings.
type IDAmount struct {
	TokenID string `json:"token_id"`
	Amount  string `json:"amount"`
}

// Equal reports whether ev and other state the same, field by field (ids
// in order).
func (ev Evidence) Equal(other Evidence) bool {
	a, b := ev, other
	return a.Kind == b.Kind && a.Text == b.Text && a.Block == b.Block && a.TxHash == b.TxHash &&
		a.Fact == b.Fact && a.Contract == b.Contract && a.Holder == b.Holder && a.Role == b.Role &&
		a.From == b.From && a.To == b.To && a.Amount == b.Amount && slices.Equal(a.IDs, b.IDs) &&
		a.RoleHash == b.RoleHash && a.Implementation == b.Implementation && a.Admin == b.Admin && a.Beacon == b.Beacon && a.Runs == b.Runs &&
		a.Registry == b.Registry && a.Value == b.Value && equalBool(a.HasCode, b.HasCode) &&
		a.CodeAddress == b.CodeAddress && slices.Equal(a.Functions, b.Functions) &&
		a.File == b.File && a.Sheet == b.Sheet && a.Row == b.Row && a.Column == b.Column &&
		a.List == b.List && a.ListDate == b.ListDate && a.EntryID == b.EntryID && a.Score == b.Score
}

// equalBool reports whether a and b are both nil or point at the same value.
func equalBool(a, b *bool) bool {
	return a == nil && b == nil || a != nil && b != nil && *a == *b
}

// Fingerprint is a stable identity for a finding: the same rule, subject and
// key (a rule-chosen string naming the facts, such as a list entry id) give
// the same fingerprint on every run and machine.
func Fingerprint(rule string, subject Subject, key string) string {
	sum := sha256.Sum256([]byte(rule + "\x00" + subject.Kind + "\x00" + subject.ID + "\x00" + key))
	return hex.EncodeToString(sum[:8])
}
