package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/tokenaudit/audit/contracts"
)

// Gas settings of the embedded chain. Transactions carry fixed gas limits
// (no estimation: a later action may depend on an earlier one in the same
// block), so the block gas limit is large.
const (
	embeddedGasLimit = 500_000_000
	deployGas        = 8_000_000
	callGas          = 1_000_000
)

var (
	fundPerAccount = new(big.Int).Mul(big.NewInt(1000), big.NewInt(params.Ether))
	gasFeeCap      = big.NewInt(100 * params.GWei)
	gasTipCap      = big.NewInt(1 * params.GWei)
)

// Deployment is where and when the embedded chain deployed a token.
type Deployment struct {
	Block uint64
	Tx    string // 0x hex; the proxy's transaction for a proxied token
	Time  time.Time
}

// Embedded is an in-process go-ethereum chain with a plan deployed on it
// and Multicall3 at its usual address from genesis.
// Given the same plan it has the same block hashes, timestamps and
// addresses on every run and machine: blocks are built from the plan's
// transactions only, at the plan's timestamps, with a fixed fee recipient
// and randomness.
type Embedded struct {
	stack    *node.Node
	eth      *eth.Ethereum
	client   *embeddedClient
	plan     *Plan
	keys     map[string]*ecdsa.PrivateKey
	nonces   map[string]uint64
	addrs    map[string]common.Address
	tokens   []string
	deploys  map[common.Address]Deployment
	chainID  *big.Int
	signer   types.Signer
	bindings bindingSet
	servers  []*rpc.Server // Handler's servers, stopped by Close
}

type bindingSet struct {
	shares *contracts.VesselShares
	deeds  *contracts.VesselDeeds
	perm   *contracts.PermissionedShares
	proxy  *contracts.ERC1967Proxy
	id     *contracts.Identity
}

// embeddedClient is the embedded chain's RPC client; it also knows where
// the plan's tokens were deployed, which Read uses.
type embeddedClient struct {
	*ethclient.Client
	deploys map[common.Address]Deployment
}

func (c *embeddedClient) deployment(addr common.Address) (Deployment, bool) {
	d, ok := c.deploys[addr]
	return d, ok
}

// NewEmbedded starts an in-process chain, funds the plan's keyed accounts
// with 1000 ETH at genesis and mines the plan's blocks. It fails, naming the
// block and action, when a transaction reverts or a deployed address is not
// the plan's.
func NewEmbedded(ctx context.Context, plan *Plan) (*Embedded, error) {
	if plan == nil {
		return nil, errors.New("embedded chain: no plan")
	}
	e := &Embedded{
		plan:    plan,
		keys:    map[string]*ecdsa.PrivateKey{},
		nonces:  map[string]uint64{},
		addrs:   map[string]common.Address{},
		deploys: map[common.Address]Deployment{},
		bindings: bindingSet{
			shares: contracts.NewVesselShares(),
			deeds:  contracts.NewVesselDeeds(),
			perm:   contracts.NewPermissionedShares(),
			proxy:  contracts.NewERC1967Proxy(),
			id:     contracts.NewIdentity(),
		},
	}
	alloc := core.SystemContractAllocs()
	alloc[common.HexToAddress(contracts.Multicall3Address)] = types.Account{Code: common.FromHex(contracts.Multicall3Runtime)}
	for _, a := range plan.Accounts {
		addr := common.HexToAddress(a.Address)
		e.addrs[a.Name] = addr
		if a.External {
			continue
		}
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(AccountKeyPrefix + a.Name)))
		if err != nil {
			return nil, fmt.Errorf("embedded chain: key of account %q: %w", a.Name, err)
		}
		e.keys[a.Name] = key
		alloc[addr] = types.Account{Balance: new(big.Int).Set(fundPerAccount)}
	}
	for _, t := range plan.Tokens {
		e.tokens = append(e.tokens, strings.ToLower(t.Address))
	}

	config := *params.AllDevChainProtocolChanges
	e.chainID = config.ChainID
	e.signer = types.LatestSigner(&config)
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	nodeConf.HTTPHost, nodeConf.WSHost, nodeConf.IPCPath = "", "", ""

	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{
		Config:    &config,
		Timestamp: uint64(plan.GenesisTime.Unix()),
		GasLimit:  embeddedGasLimit,
		BaseFee:   big.NewInt(params.InitialBaseFee),
		Alloc:     alloc,
	}
	ethConf.SyncMode = ethconfig.FullSync
	ethConf.TxPool.NoLocals = true
	ethConf.Miner.GasCeil = embeddedGasLimit
	// No log index: geth builds it in the background after each block, and
	// a query arriving before it caught up failed ("failed to retrieve log
	// value pointer ... not found"). The chain is a few dozen blocks, so
	// eth_getLogs reading the blocks themselves is as fast and never races.
	ethConf.LogNoHistory = true

	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("embedded chain: node: %w", err)
	}
	backend, err := eth.New(stack, &ethConf)
	if err != nil {
		stack.Close()
		return nil, fmt.Errorf("embedded chain: eth service: %w", err)
	}
	filterSystem := filters.NewFilterSystem(backend.APIBackend, filters.Config{})
	stack.RegisterAPIs([]rpc.API{{Namespace: "eth", Service: filters.NewFilterAPI(filterSystem)}})
	if err := stack.Start(); err != nil {
		stack.Close()
		return nil, fmt.Errorf("embedded chain: starting the node: %w", err)
	}
	e.stack, e.eth = stack, backend
	e.client = &embeddedClient{Client: ethclient.NewClient(stack.Attach()), deploys: e.deploys}

	for bi, b := range plan.Blocks {
		if err := ctx.Err(); err != nil {
			e.Close()
			return nil, err
		}
		if err := e.mine(ctx, bi, b); err != nil {
			e.Close()
			return nil, fmt.Errorf("embedded chain: %w", err)
		}
	}
	return e, nil
}

// pending is one signed transaction of a block with what it came from.
type pending struct {
	tx     *types.Transaction
	action int
	deploy *PlanToken // set on a token's last deploy transaction
	// identity is where a deploy_identity transaction's contract must
	// land (the plan's address); zero for any other transaction.
	identity common.Address
}

// mine builds, inserts and checks the block of plan entry bi.
func (e *Embedded) mine(ctx context.Context, bi int, b PlanBlock) error {
	where := func(ai int) string {
		return fmt.Sprintf("blocks[%d] (block %d), actions[%d] (%s)", bi, bi+1, ai, b.Actions[ai].Op)
	}
	var txs []pending
	var gas uint64
	for ai, a := range b.Actions {
		built, err := e.actionTxs(a)
		if err != nil {
			return fmt.Errorf("%s: %w", where(ai), err)
		}
		for _, p := range built {
			p.action = ai
			gas += p.tx.Gas()
			txs = append(txs, p)
		}
	}
	if gas > embeddedGasLimit {
		return fmt.Errorf("blocks[%d] (block %d): %d actions need more gas than a block holds; split the block", bi, bi+1, len(b.Actions))
	}
	chain := e.eth.BlockChain()
	parent := chain.CurrentBlock()
	list := make([]*types.Transaction, len(txs))
	for i, p := range txs {
		list[i] = p.tx
	}
	random := crypto.Keccak256Hash([]byte(fmt.Sprintf("tokenaudit block %d", bi+1)))
	block, _, err := e.eth.Miner().BuildTestingPayload(&miner.BuildPayloadArgs{
		Parent:       parent.Hash(),
		Timestamp:    uint64(b.Time.Unix()),
		FeeRecipient: common.Address{},
		Random:       random,
		Withdrawals:  types.Withdrawals{},
		BeaconRoot:   &common.Hash{},
	}, list, len(list) == 0, nil)
	if err != nil {
		return fmt.Errorf("blocks[%d] (block %d): building the block: %w", bi, bi+1, err)
	}
	if _, err := chain.InsertBlockWithoutSetHead(ctx, block, false); err != nil {
		return fmt.Errorf("blocks[%d] (block %d): inserting the block: %w", bi, bi+1, err)
	}
	if _, err := chain.SetCanonical(block); err != nil {
		return fmt.Errorf("blocks[%d] (block %d): making the block canonical: %w", bi, bi+1, err)
	}
	if block.Time() != uint64(b.Time.Unix()) {
		return fmt.Errorf("blocks[%d] (block %d): sealed at %d, want %d", bi, bi+1, block.Time(), b.Time.Unix())
	}
	receipts := chain.GetReceiptsByHash(block.Hash())
	if len(receipts) != len(txs) {
		return fmt.Errorf("blocks[%d] (block %d): %d receipts for %d transactions", bi, bi+1, len(receipts), len(txs))
	}
	for i, p := range txs {
		r := receipts[i]
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("%s: transaction %s reverted%s (gas used %d of %d)", where(p.action), p.tx.Hash().Hex(),
				e.revertReason(ctx, p.tx), r.GasUsed, p.tx.Gas())
		}
		if p.deploy != nil {
			want := common.HexToAddress(p.deploy.Address)
			if r.ContractAddress != want {
				return fmt.Errorf("%s: token %s deployed at %s, the plan says %s", where(p.action), p.deploy.ID, r.ContractAddress.Hex(), want.Hex())
			}
			e.deploys[want] = Deployment{Block: block.NumberU64(), Tx: p.tx.Hash().Hex(), Time: time.Unix(int64(block.Time()), 0).UTC()}
		}
		if p.identity != (common.Address{}) && r.ContractAddress != p.identity {
			return fmt.Errorf("%s: identity deployed at %s, the plan says %s", where(p.action), r.ContractAddress.Hex(), p.identity.Hex())
		}
	}
	return nil
}

// revertReason replays a reverted transaction as a call on the new head
// and names the error it reverts with there, e.g. ": NotVerified(0x…)". It
// is a best effort: the state after the block may differ from the state the
// transaction saw, and it returns "" when the call does not revert.
func (e *Embedded) revertReason(ctx context.Context, tx *types.Transaction) string {
	from, err := types.Sender(e.signer, tx)
	if err != nil {
		return ""
	}
	_, err = e.client.CallContract(ctx, ethereum.CallMsg{From: from, To: tx.To(), Gas: tx.Gas(), Data: tx.Data()}, nil)
	var de rpc.DataError
	if err == nil || !errors.As(err, &de) {
		return ""
	}
	hexData, _ := de.ErrorData().(string)
	data := common.FromHex(hexData)
	if msg, err := abi.UnpackRevert(data); err == nil {
		return ": " + msg
	}
	if len(data) < 4 {
		return ""
	}
	for _, meta := range []*bind.MetaData{&contracts.VesselSharesMetaData, &contracts.VesselDeedsMetaData,
		&contracts.PermissionedSharesMetaData, &contracts.ERC1967ProxyMetaData} {
		parsed, err := meta.ParseABI()
		if err != nil {
			continue
		}
		abiErr, err := parsed.ErrorByID([4]byte(data[:4]))
		if err != nil {
			continue
		}
		args, err := abiErr.Inputs.Unpack(data[4:])
		if err != nil {
			return ": " + abiErr.Name
		}
		parts := make([]string, len(args))
		for i, a := range args {
			if h, ok := a.([32]byte); ok {
				a = common.Hash(h).Hex()
			}
			parts[i] = fmt.Sprint(a)
		}
		return ": " + abiErr.Name + "(" + strings.Join(parts, ", ") + ")"
	}
	return ": error 0x" + common.Bytes2Hex(data[:4])
}

// actionTxs signs the transactions of one action.
func (e *Embedded) actionTxs(a PlanAction) ([]pending, error) {
	var t *PlanToken
	for i := range e.plan.Tokens {
		if e.plan.Tokens[i].ID == a.Token {
			t = &e.plan.Tokens[i]
		}
	}
	if t == nil {
		return nil, fmt.Errorf("unknown token %q", a.Token)
	}
	token := common.HexToAddress(t.Address)
	if a.Op == "deploy" {
		return e.deployTxs(t)
	}
	if a.Op == "deploy_identity" {
		code := append(common.FromHex(contracts.IdentityMetaData.Bin), e.bindings.id.PackConstructor(e.addrs[a.From])...)
		tx, err := e.sign(a.From, nil, code, deployGas)
		if err != nil {
			return nil, err
		}
		return []pending{{tx: tx, identity: common.HexToAddress(a.Identity)}}, nil
	}
	to, holder := e.addrs[a.To], e.addrs[a.Holder]
	var data []byte
	var amount *big.Int
	if a.Amount != "" {
		v, err := ScaleAmount(a.Amount, t.Decimals)
		if err != nil {
			return nil, err
		}
		amount = v
	}
	var id *big.Int
	if a.TokenID != "" {
		id, _ = new(big.Int).SetString(a.TokenID, 10)
	}
	sh, dd, pm := e.bindings.shares, e.bindings.deeds, e.bindings.perm
	var err error
	switch {
	case a.Op == "mint" && t.Kind == KindVesselDeeds:
		if a.Vessel == nil || id == nil {
			return nil, errors.New("a deed mint needs token_id and vessel")
		}
		data, err = dd.TryPackMint(to, id, a.Vessel.Name, a.Vessel.IMO, a.Vessel.Flag)
	case a.Op == "mint":
		data, err = sh.TryPackMint(to, amount)
	case a.Op == "transfer" && t.Kind == KindVesselDeeds:
		data, err = dd.TryPackTransferFrom(e.addrs[a.From], to, id)
	case a.Op == "transfer":
		data, err = sh.TryPackTransfer(to, amount)
	case a.Op == "grant_role":
		data, err = dd.TryPackGrantRole(planRoles[a.Role], to)
	case a.Op == "revoke_role":
		data, err = dd.TryPackRevokeRole(planRoles[a.Role], to)
	case a.Op == "add_agent":
		data, err = pm.TryPackAddAgent(to)
	case a.Op == "remove_agent":
		data, err = pm.TryPackRemoveAgent(to)
	case a.Op == "register_identity" && (a.Identity != "" || a.Country != 0):
		data, err = pm.TryPackRegisterIdentity(to, common.HexToAddress(a.Identity), uint16(a.Country))
	case a.Op == "register_identity":
		data, err = pm.TryPackRegisterIdentity0(to)
	case a.Op == "delete_identity":
		data, err = pm.TryPackDeleteIdentity(to)
	case a.Op == "freeze":
		data, err = pm.TryPackSetAddressFrozen(to, true)
	case a.Op == "unfreeze":
		data, err = pm.TryPackSetAddressFrozen(to, false)
	case a.Op == "forced_transfer":
		data, err = pm.TryPackForcedTransfer(holder, to, amount)
	case a.Op == "pause":
		data, err = sh.TryPackPause()
	case a.Op == "unpause":
		data, err = sh.TryPackUnpause()
	case a.Op == "transfer_ownership":
		data, err = sh.TryPackTransferOwnership(to)
	default:
		return nil, fmt.Errorf("unknown op %q", a.Op)
	}
	if err != nil {
		return nil, fmt.Errorf("packing the call: %w", err)
	}
	tx, err := e.sign(a.From, &token, data, callGas)
	if err != nil {
		return nil, err
	}
	return []pending{{tx: tx}}, nil
}

// deployTxs signs a token's deployment: one contract creation, or the
// implementation and the initialising proxy for permissioned shares.
func (e *Embedded) deployTxs(t *PlanToken) ([]pending, error) {
	deployer := e.addrs[t.Deployer]
	issuer := e.addrs[t.Issuer]
	if common.IsHexAddress(t.Issuer) {
		issuer = common.HexToAddress(t.Issuer)
	}
	creation := func(bin string, args []byte) []byte {
		code := common.FromHex(bin)
		return append(code, args...)
	}
	switch t.Kind {
	case KindVesselShares:
		args := e.bindings.shares.PackConstructor(t.Name, t.Symbol, t.Decimals, t.IMO, issuer, deployer)
		tx, err := e.sign(t.Deployer, nil, creation(contracts.VesselSharesMetaData.Bin, args), deployGas)
		if err != nil {
			return nil, err
		}
		return []pending{{tx: tx, deploy: t}}, nil
	case KindVesselDeeds:
		args := e.bindings.deeds.PackConstructor(t.Name, t.Symbol, deployer)
		tx, err := e.sign(t.Deployer, nil, creation(contracts.VesselDeedsMetaData.Bin, args), deployGas)
		if err != nil {
			return nil, err
		}
		return []pending{{tx: tx, deploy: t}}, nil
	case KindPermissionedShares:
		implTx, err := e.sign(t.Deployer, nil, common.FromHex(contracts.PermissionedSharesMetaData.Bin), deployGas)
		if err != nil {
			return nil, err
		}
		impl := crypto.CreateAddress(deployer, implTx.Nonce())
		init, err := e.bindings.perm.TryPackInitialize(t.Name, t.Symbol, t.Decimals, t.IMO, issuer, deployer)
		if err != nil {
			return nil, fmt.Errorf("packing initialize: %w", err)
		}
		args := e.bindings.proxy.PackConstructor(impl, init)
		proxyTx, err := e.sign(t.Deployer, nil, creation(contracts.ERC1967ProxyMetaData.Bin, args), deployGas)
		if err != nil {
			return nil, err
		}
		return []pending{{tx: implTx}, {tx: proxyTx, deploy: t}}, nil
	}
	return nil, fmt.Errorf("unknown kind %q", t.Kind)
}

// sign makes the next transaction of a keyed account.
func (e *Embedded) sign(from string, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	key := e.keys[from]
	if key == nil {
		return nil, fmt.Errorf("account %q has no key", from)
	}
	nonce := e.nonces[from]
	e.nonces[from] = nonce + 1
	tx, err := types.SignNewTx(key, e.signer, &types.DynamicFeeTx{
		ChainID:   e.chainID,
		Nonce:     nonce,
		GasTipCap: gasTipCap,
		GasFeeCap: gasFeeCap,
		Gas:       gas,
		To:        to,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("signing for %s: %w", from, err)
	}
	return tx, nil
}

// Client returns a client of the embedded chain. Read recognises it and
// fills in each plan token's deployment block, transaction and time.
func (e *Embedded) Client() Backend {
	return e.client
}

// Tokens returns the plan's token addresses in plan order, lowercase hex.
func (e *Embedded) Tokens() []string {
	return append([]string(nil), e.tokens...)
}

// Accounts returns the plan's accounts: name to lowercase hex address.
func (e *Embedded) Accounts() map[string]string {
	out := make(map[string]string, len(e.addrs))
	for name, a := range e.addrs {
		out[name] = strings.ToLower(a.Hex())
	}
	return out
}

// Deployment returns where the plan deployed the token at addr.
func (e *Embedded) Deployment(addr string) (Deployment, bool) {
	d, ok := e.deploys[common.HexToAddress(addr)]
	return d, ok
}

// Close stops the chain. It is safe to call more than once.
func (e *Embedded) Close() error {
	if e.stack == nil {
		return nil
	}
	for _, srv := range e.servers {
		srv.Stop()
	}
	e.client.Client.Close()
	err := e.stack.Close()
	e.stack = nil
	return err
}
