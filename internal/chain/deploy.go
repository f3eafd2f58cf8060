package chain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tokenaudit/audit/contracts"
)

// DeployedToken is a plan token deployed onto a node.
type DeployedToken struct {
	ID      string
	Symbol  string
	Address string // lowercase 0x hex, the plan's address
	Block   uint64
	Tx      string
}

// Deploy sends a plan's transactions to a node such as geth --dev: it funds
// the plan's keyed accounts with 1000 ETH each from funder (an account the
// node has unlocked, e.g. eth_accounts[0] of geth --dev), then sends every
// action's signed transaction in plan order, waiting for each receipt. The
// node chooses block numbers and times, so they differ from the plan's;
// token addresses are the plan's, because the keys and nonces are. Deploy
// fails, naming the action, when a keyed account has already sent a
// transaction on this node, a transaction reverts, or a token is not at its
// plan address.
func Deploy(ctx context.Context, client *ethclient.Client, plan *Plan, funder common.Address) ([]DeployedToken, error) {
	if plan == nil {
		return nil, errors.New("deploy: no plan")
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("deploy: reading chain id: %w", err)
	}
	e := &Embedded{
		plan:    plan,
		keys:    map[string]*ecdsa.PrivateKey{},
		nonces:  map[string]uint64{},
		addrs:   map[string]common.Address{},
		deploys: map[common.Address]Deployment{},
		chainID: chainID,
		signer:  types.LatestSignerForChainID(chainID),
		bindings: bindingSet{
			shares: contracts.NewVesselShares(),
			deeds:  contracts.NewVesselDeeds(),
			perm:   contracts.NewPermissionedShares(),
			proxy:  contracts.NewERC1967Proxy(),
			id:     contracts.NewIdentity(),
		},
	}
	for _, a := range plan.Accounts {
		addr := common.HexToAddress(a.Address)
		e.addrs[a.Name] = addr
		if a.External {
			continue
		}
		key, err := crypto.ToECDSA(crypto.Keccak256([]byte(AccountKeyPrefix + a.Name)))
		if err != nil {
			return nil, fmt.Errorf("deploy: key of account %q: %w", a.Name, err)
		}
		e.keys[a.Name] = key
		nonce, err := client.PendingNonceAt(ctx, addr)
		if err != nil {
			return nil, fmt.Errorf("deploy: nonce of %s: %w", a.Name, err)
		}
		if nonce != 0 {
			return nil, fmt.Errorf("deploy: account %s (%s) has already sent %d transactions on this node, so the plan's token addresses would not be reached: use a fresh node", a.Name, addr.Hex(), nonce)
		}
	}

	// Fund the keyed accounts from the node's unlocked account. The nonces
	// are given explicitly: geth --dev seals a block per transaction, and
	// between a block and its pool reset it may hand out a nonce already
	// used ("replacement transaction underpriced").
	funderNonce, err := client.PendingNonceAt(ctx, funder)
	if err != nil {
		return nil, fmt.Errorf("deploy: nonce of the funding account %s: %w", funder.Hex(), err)
	}
	var funding []common.Hash
	for _, a := range plan.Accounts {
		if a.External {
			continue
		}
		var h common.Hash
		if err := client.Client().CallContext(ctx, &h, "eth_sendTransaction", map[string]any{
			"from": funder, "to": e.addrs[a.Name], "value": (*hexutil.Big)(fundPerAccount),
			"nonce": hexutil.Uint64(funderNonce),
		}); err != nil {
			return nil, fmt.Errorf("deploy: funding %s from %s: %w", a.Name, funder.Hex(), err)
		}
		funding = append(funding, h)
		funderNonce++
	}
	for i, h := range funding {
		r, err := WaitReceipt(ctx, client, h)
		if err != nil {
			return nil, fmt.Errorf("deploy: funding transaction %d: %w", i, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return nil, fmt.Errorf("deploy: funding transaction %s failed", h.Hex())
		}
	}

	var out []DeployedToken
	for bi, b := range plan.Blocks {
		for ai, a := range b.Actions {
			where := fmt.Sprintf("blocks[%d], actions[%d] (%s)", bi, ai, a.Op)
			txs, err := e.actionTxs(a)
			if err != nil {
				return nil, fmt.Errorf("deploy: %s: %w", where, err)
			}
			for _, p := range txs {
				if err := SendWhenFunded(ctx, client, p.tx); err != nil {
					return nil, fmt.Errorf("deploy: %s: sending %s: %w", where, p.tx.Hash().Hex(), err)
				}
				r, err := WaitReceipt(ctx, client, p.tx.Hash())
				if err != nil {
					return nil, fmt.Errorf("deploy: %s: %w", where, err)
				}
				if r.Status != types.ReceiptStatusSuccessful {
					return nil, fmt.Errorf("deploy: %s: transaction %s reverted (gas used %d of %d)", where, p.tx.Hash().Hex(), r.GasUsed, p.tx.Gas())
				}
				if p.deploy != nil {
					want := common.HexToAddress(p.deploy.Address)
					if r.ContractAddress != want {
						return nil, fmt.Errorf("deploy: %s: token %s deployed at %s, the plan says %s", where, p.deploy.ID, r.ContractAddress.Hex(), want.Hex())
					}
					out = append(out, DeployedToken{ID: p.deploy.ID, Symbol: p.deploy.Symbol, Address: strings.ToLower(want.Hex()),
						Block: r.BlockNumber.Uint64(), Tx: p.tx.Hash().Hex()})
				}
				if p.identity != (common.Address{}) && r.ContractAddress != p.identity {
					return nil, fmt.Errorf("deploy: %s: identity deployed at %s, the plan says %s", where, r.ContractAddress.Hex(), p.identity.Hex())
				}
			}
		}
	}
	for _, d := range out {
		code, err := client.CodeAt(ctx, common.HexToAddress(d.Address), nil)
		if err != nil {
			return nil, fmt.Errorf("deploy: reading code of %s: %w", d.Address, err)
		}
		if len(code) == 0 {
			return nil, fmt.Errorf("deploy: no code at token %s (%s) after deployment", d.ID, d.Address)
		}
	}
	return out, nil
}

// WaitReceipt polls every 20ms for a transaction's receipt, at most two
// minutes, also while the node answers that it is still indexing its
// transactions (IndexingInProgress).
func WaitReceipt(ctx context.Context, client *ethclient.Client, h common.Hash) (*types.Receipt, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		r, err := client.TransactionReceipt(ctx, h)
		if err == nil {
			return r, nil
		}
		if !errors.Is(err, ethereum.NotFound) && !IndexingInProgress(err) {
			return nil, fmt.Errorf("waiting for %s: %w", h.Hex(), err)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("waiting for %s: %w", h.Hex(), ctx.Err())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// IndexingInProgress reports whether err is a node's answer that it is
// still indexing its transactions, as geth answers eth_getTransactionReceipt
// for a while after it starts ("transaction indexing is in progress"): the
// same query succeeds once it is done.
func IndexingInProgress(err error) bool {
	return err != nil && strings.Contains(err.Error(), "transaction indexing is in progress")
}

// fundedWait bounds how long SendWhenFunded sends a transaction again.
const fundedWait = 30 * time.Second

// SendWhenFunded sends tx, and sends it again every 50ms, for at most 30
// seconds, while the node refuses it for "insufficient funds": right after
// the transaction funding its sender is mined, geth's transaction pool may
// not have taken in that block yet. Any other error is returned at once.
func SendWhenFunded(ctx context.Context, client *ethclient.Client, tx *types.Transaction) error {
	deadline := time.Now().Add(fundedWait)
	for {
		err := client.SendTransaction(ctx, tx)
		if err == nil || !strings.Contains(err.Error(), "insufficient funds") || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(50 * time.Millisecond):
		}
	}
}

// ChainDeployments lists the plan tokens' deployments on the embedded chain.
func (e *Embedded) ChainDeployments() []DeployedToken {
	var out []DeployedToken
	for _, t := range e.plan.Tokens {
		d := e.deploys[common.HexToAddress(t.Address)]
		out = append(out, DeployedToken{ID: t.ID, Symbol: t.Symbol, Address: strings.ToLower(t.Address), Block: d.Block, Tx: d.Tx})
	}
	return out
}
