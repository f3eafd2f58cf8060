package chain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Token kinds of a deployment plan.
const (
	KindVesselShares       = "vessel-shares"
	KindVesselDeeds        = "vessel-deeds"
	KindPermissionedShares = "permissioned-shares"
)

// Plan is a deployment plan: accounts, tokens and the blocks of actions the
// embedded chain mines. ParsePlan guarantees that every name it refers to
// exists, that addresses match the keys and deployers, that block times
// strictly increase and that amounts are exact in the token's decimals.
type Plan struct {
	GenesisTime time.Time     `json:"genesis_time"`
	Accounts    []PlanAccount `json:"accounts"`
	Tokens      []PlanToken   `json:"tokens"`
	Blocks      []PlanBlock   `json:"blocks"`
}

// PlanAccount is a named account. A keyed account's private key is
// keccak256("tokenaudit fixture account: " + name); an external account has
// no key and never sends.
type PlanAccount struct {
	Name     string `json:"name"`
	Address  string `json:"address"`
	External bool   `json:"external,omitempty"`
}

// PlanToken is a token to deploy. Address is the CREATE address of the
// deployer at nonce 0 (nonce 1 for permissioned-shares, whose nonce 0 is
// the implementation).
type PlanToken struct {
	ID       string `json:"id"`
	Kind     string `json:"kind"`
	Deployer string `json:"deployer"`
	Address  string `json:"address"`
	Name     string `json:"name"`
	Symbol   string `json:"symbol"`
	Decimals uint8  `json:"decimals"`
	IMO      string `json:"imo,omitempty"`
	Issuer   string `json:"issuer,omitempty"`
}

// PlanBlock is one mined block: its timestamp and its actions in order.
type PlanBlock struct {
	Time    time.Time    `json:"time"`
	Actions []PlanAction `json:"actions"`
}

// PlanAction is one transaction. From is the sender; the other fields
// depend on Op.
type PlanAction struct {
	Op      string      `json:"op"`
	Token   string      `json:"token"`
	From    string      `json:"from"`
	To      string      `json:"to,omitempty"`
	Holder  string      `json:"holder,omitempty"`
	Amount  string      `json:"amount,omitempty"`
	TokenID string      `json:"token_id,omitempty"`
	Role    string      `json:"role,omitempty"`
	Vessel  *PlanVessel `json:"vessel,omitempty"`
	// Identity and Country, for register_identity, register the wallet
	// with T-REX's registerIdentity(wallet, identity, country): Identity
	// is the investor's ONCHAINID contract (a 0x address; several wallets
	// may share one), Country an ISO 3166-1 numeric code. Without either
	// the wallet is registered plain (registerIdentity(wallet)). For
	// deploy_identity, From deploys an ONCHAINID (contracts/Identity.sol,
	// From its management key), which must land at Identity, From's CREATE
	// address at its nonce then; Token names the token whose registry will
	// name it.
	Identity string `json:"identity,omitempty"`
	Country  int    `json:"country,omitempty"`
}

// PlanVessel is the vessel a deed is minted for.
type PlanVessel struct {
	Name string `json:"name"`
	IMO  string `json:"imo"`
	Flag string `json:"flag"`
}

// opKinds lists, per op, the token kinds it applies to.
var opKinds = map[string][]string{
	"deploy":             {KindVesselShares, KindVesselDeeds, KindPermissionedShares},
	"mint":               {KindVesselShares, KindVesselDeeds, KindPermissionedShares},
	"transfer":           {KindVesselShares, KindVesselDeeds, KindPermissionedShares},
	"grant_role":         {KindVesselDeeds},
	"revoke_role":        {KindVesselDeeds},
	"add_agent":          {KindPermissionedShares},
	"remove_agent":       {KindPermissionedShares},
	"deploy_identity":    {KindPermissionedShares},
	"register_identity":  {KindPermissionedShares},
	"delete_identity":    {KindPermissionedShares},
	"freeze":             {KindPermissionedShares},
	"unfreeze":           {KindPermissionedShares},
	"forced_transfer":    {KindPermissionedShares},
	"pause":              {KindVesselShares, KindPermissionedShares},
	"unpause":            {KindVesselShares, KindPermissionedShares},
	"transfer_ownership": {KindVesselShares, KindPermissionedShares},
}

// planRoles maps the plan's role names to AccessControl role hashes.
var planRoles = map[string]common.Hash{
	"default-admin": {},
	"minter":        crypto.Keccak256Hash([]byte("MINTER_ROLE")),
}

// AccountKeyPrefix is what a keyed account's name is appended to before
// hashing into its private key.
const AccountKeyPrefix = "tokenaudit fixture account: "

// AccountAddress returns the address of the keyed account with this name.
func AccountAddress(name string) common.Address {
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(AccountKeyPrefix + name)))
	if err != nil {
		// A keccak output is a valid secp256k1 key except with negligible
		// probability; a zero address then fails the plan's address check.
		return common.Address{}
	}
	return crypto.PubkeyToAddress(key.PublicKey)
}

// LoadPlan reads and validates a deployment plan.
func LoadPlan(r io.Reader) (*Plan, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading plan: %w", err)
	}
	return ParsePlan(data)
}

// ParsePlan decodes and validates a deployment plan. Empty addresses of
// keyed accounts and tokens are filled in; written ones must be right.
func ParsePlan(data []byte) (*Plan, error) {
	var p Plan
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	if err := p.validate(); err != nil {
		return nil, fmt.Errorf("plan: %w", err)
	}
	return &p, nil
}

func (p *Plan) validate() error {
	if p.GenesisTime.IsZero() {
		return errors.New("genesis_time is missing")
	}
	accounts := map[string]*PlanAccount{}
	for i := range p.Accounts {
		a := &p.Accounts[i]
		if a.Name == "" {
			return fmt.Errorf("accounts[%d]: name is missing", i)
		}
		if accounts[a.Name] != nil {
			return fmt.Errorf("accounts[%d]: duplicate name %q", i, a.Name)
		}
		accounts[a.Name] = a
		if a.Address != "" && !common.IsHexAddress(a.Address) {
			return fmt.Errorf("account %q: address %q is not 20 bytes of hex", a.Name, a.Address)
		}
		if a.External {
			if a.Address == "" {
				return fmt.Errorf("account %q: an external account needs an address", a.Name)
			}
			continue
		}
		want := AccountAddress(a.Name)
		if a.Address == "" {
			a.Address = want.Hex()
		} else if common.HexToAddress(a.Address) != want {
			return fmt.Errorf("account %q: address %s is not the address of its key (%s)", a.Name, a.Address, want.Hex())
		}
	}
	keyed := func(name string) error {
		a := accounts[name]
		if a == nil {
			return fmt.Errorf("unknown account %q", name)
		}
		if a.External {
			return fmt.Errorf("account %q is external and cannot send", name)
		}
		return nil
	}

	tokens := map[string]*PlanToken{}
	deployers := map[string]string{}
	for i := range p.Tokens {
		t := &p.Tokens[i]
		where := fmt.Sprintf("tokens[%d] (%s)", i, t.ID)
		if t.ID == "" {
			return fmt.Errorf("tokens[%d]: id is missing", i)
		}
		if tokens[t.ID] != nil {
			return fmt.Errorf("%s: duplicate id", where)
		}
		tokens[t.ID] = t
		switch t.Kind {
		case KindVesselShares, KindVesselDeeds, KindPermissionedShares:
		default:
			return fmt.Errorf("%s: unknown kind %q", where, t.Kind)
		}
		if err := keyed(t.Deployer); err != nil {
			return fmt.Errorf("%s: deployer: %w", where, err)
		}
		if other, ok := deployers[t.Deployer]; ok {
			return fmt.Errorf("%s: deployer %q already deploys %s", where, t.Deployer, other)
		}
		deployers[t.Deployer] = t.ID
		if t.Issuer != "" && accounts[t.Issuer] == nil && !common.IsHexAddress(t.Issuer) {
			return fmt.Errorf("%s: issuer %q is neither an account nor an address", where, t.Issuer)
		}
		nonce := uint64(0)
		if t.Kind == KindPermissionedShares {
			nonce = 1
		}
		want := crypto.CreateAddress(common.HexToAddress(accounts[t.Deployer].Address), nonce)
		if t.Address == "" {
			t.Address = want.Hex()
		} else if !common.IsHexAddress(t.Address) || common.HexToAddress(t.Address) != want {
			return fmt.Errorf("%s: address %s is not the deployer's CREATE address at nonce %d (%s)", where, t.Address, nonce, want.Hex())
		}
	}

	deployed := map[string]bool{}
	sent := map[string]bool{}
	prev := p.GenesisTime
	for bi := range p.Blocks {
		b := &p.Blocks[bi]
		if !b.Time.After(prev) {
			return fmt.Errorf("blocks[%d] (block %d): time %s is not after the previous block's %s",
				bi, bi+1, b.Time.Format(time.RFC3339), prev.Format(time.RFC3339))
		}
		prev = b.Time
		for ai := range b.Actions {
			a := &b.Actions[ai]
			if err := p.validateAction(a, tokens, accounts, keyed, deployed, sent); err != nil {
				return fmt.Errorf("blocks[%d] (block %d), actions[%d] (%s): %w", bi, bi+1, ai, a.Op, err)
			}
		}
	}
	return nil
}

func (p *Plan) validateAction(a *PlanAction, tokens map[string]*PlanToken, accounts map[string]*PlanAccount,
	keyed func(string) error, deployed, sent map[string]bool) error {
	kinds, ok := opKinds[a.Op]
	if !ok {
		return fmt.Errorf("unknown op %q", a.Op)
	}
	t := tokens[a.Token]
	if t == nil {
		return fmt.Errorf("unknown token %q", a.Token)
	}
	kindOK := false
	for _, k := range kinds {
		kindOK = kindOK || k == t.Kind
	}
	if !kindOK {
		return fmt.Errorf("op %s does not apply to %s token %s", a.Op, t.Kind, t.ID)
	}
	if a.Op == "deploy" {
		if deployed[t.ID] {
			return fmt.Errorf("token %s is deployed twice", t.ID)
		}
		if a.From != "" && a.From != t.Deployer {
			return fmt.Errorf("token %s is deployed by %s, not %s", t.ID, t.Deployer, a.From)
		}
		if sent[t.Deployer] {
			return fmt.Errorf("deployer %s has sent transactions before deploying %s", t.Deployer, t.ID)
		}
		deployed[t.ID] = true
		sent[t.Deployer] = true
		return nil
	}
	if !deployed[t.ID] {
		return fmt.Errorf("token %s is used before its deploy", t.ID)
	}
	if err := keyed(a.From); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	sent[a.From] = true
	needTo := a.Op != "pause" && a.Op != "unpause" && a.Op != "deploy_identity"
	if needTo && accounts[a.To] == nil {
		return fmt.Errorf("to: unknown account %q", a.To)
	}
	switch a.Op {
	case "mint", "transfer", "forced_transfer":
		if a.Op == "forced_transfer" && accounts[a.Holder] == nil {
			return fmt.Errorf("holder: unknown account %q", a.Holder)
		}
		if t.Kind == KindVesselDeeds {
			if _, ok := new(big.Int).SetString(a.TokenID, 10); !ok || strings.HasPrefix(a.TokenID, "-") {
				return fmt.Errorf("token_id %q is not a decimal number", a.TokenID)
			}
			if a.Op == "mint" && a.Vessel == nil {
				return errors.New("a deed mint needs a vessel")
			}
			return nil
		}
		if _, err := ScaleAmount(a.Amount, t.Decimals); err != nil {
			return err
		}
	case "deploy_identity":
		if !common.IsHexAddress(a.Identity) {
			return fmt.Errorf("identity %q is not a 20-byte hex address", a.Identity)
		}
	case "register_identity":
		if a.Identity != "" && !common.IsHexAddress(a.Identity) {
			return fmt.Errorf("identity %q is not a 20-byte hex address", a.Identity)
		}
		if a.Country < 0 || a.Country > 0xffff {
			return fmt.Errorf("country %d is not a uint16", a.Country)
		}
	case "grant_role", "revoke_role":
		if _, ok := planRoles[a.Role]; !ok {
			return fmt.Errorf("unknown role %q (want default-admin or minter)", a.Role)
		}
	}
	return nil
}

// ScaleAmount turns a decimal number of whole tokens ("12.5") into base
// units of a token with the given decimals. It fails unless the result is
// exact and not negative.
func ScaleAmount(amount string, decimals uint8) (*big.Int, error) {
	whole, frac, _ := strings.Cut(amount, ".")
	if whole == "" || strings.Trim(whole, "0123456789") != "" || strings.Trim(frac, "0123456789") != "" {
		return nil, fmt.Errorf("amount %q is not a decimal number", amount)
	}
	frac = strings.TrimRight(frac, "0")
	if len(frac) > int(decimals) {
		return nil, fmt.Errorf("amount %q is not exact with %d decimals", amount, decimals)
	}
	digits := whole + frac + strings.Repeat("0", int(decimals)-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, fmt.Errorf("amount %q is not a decimal number", amount)
	}
	return v, nil
}

// Ledger is a token's state implied by a plan: balances in base units by
// lowercase address and, for deeds, the owner of each token id.
type Ledger struct {
	Balances map[string]*big.Int
	Owners   map[string]string
}

// Replay computes, without any chain, the balances and deed owners every
// token has after the plan's last block, by lowercase token address. It
// assumes every action succeeds (the embedded chain fails when one reverts).
func (p *Plan) Replay() map[string]*Ledger {
	addr := map[string]string{}
	for _, a := range p.Accounts {
		addr[a.Name] = strings.ToLower(common.HexToAddress(a.Address).Hex())
	}
	tokens := map[string]*PlanToken{}
	out := map[string]*Ledger{}
	for i := range p.Tokens {
		t := &p.Tokens[i]
		tokens[t.ID] = t
		out[strings.ToLower(common.HexToAddress(t.Address).Hex())] = &Ledger{Balances: map[string]*big.Int{}, Owners: map[string]string{}}
	}
	add := func(l *Ledger, who string, v *big.Int) {
		if l.Balances[who] == nil {
			l.Balances[who] = new(big.Int)
		}
		l.Balances[who].Add(l.Balances[who], v)
		if l.Balances[who].Sign() == 0 {
			delete(l.Balances, who)
		}
	}
	for _, b := range p.Blocks {
		for _, a := range b.Actions {
			t := tokens[a.Token]
			l := out[strings.ToLower(common.HexToAddress(t.Address).Hex())]
			from := addr[a.From]
			if a.Op == "forced_transfer" {
				from = addr[a.Holder]
			}
			switch a.Op {
			case "mint", "transfer", "forced_transfer":
			default:
				continue
			}
			if t.Kind == KindVesselDeeds {
				id, _ := new(big.Int).SetString(a.TokenID, 10)
				if a.Op != "mint" {
					add(l, from, big.NewInt(-1))
				}
				add(l, addr[a.To], big.NewInt(1))
				l.Owners[id.String()] = addr[a.To]
				continue
			}
			v, _ := ScaleAmount(a.Amount, t.Decimals)
			if a.Op != "mint" {
				add(l, from, new(big.Int).Neg(v))
			}
			add(l, addr[a.To], v)
		}
	}
	return out
}
