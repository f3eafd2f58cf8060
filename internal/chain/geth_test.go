package chain

import (
	"context"
	"math/big"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/params"

	"github.com/tokenaudit/audit/contracts"
)

// gethBinary finds geth on PATH or in the repository's .bin.
func gethBinary() string {
	if p, err := exec.LookPath("geth"); err == nil {
		return p
	}
	p, _ := filepath.Abs(filepath.Join("..", "..", ".bin", "geth"))
	if _, err := os.Stat(p); err == nil {
		return p
	}
	return ""
}

// TestReadFromGethDev reads tokens from a real node over HTTP JSON-RPC:
// geth --dev with a share token and a lying token deployed on it.
func TestReadFromGethDev(t *testing.T) {
	geth := gethBinary()
	if geth == "" {
		t.Skip("geth not found on PATH or in .bin (GOBIN=$PWD/.bin go install github.com/ethereum/go-ethereum/cmd/geth@v1.17.8)")
	}
	if testing.Short() {
		t.Skip("starts a geth node")
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close()
	cmd := exec.Command(geth, "--dev", "--datadir", t.TempDir(), "--http", "--http.addr", "127.0.0.1",
		"--http.port", itoa(port), "--http.api", "eth,net,web3", "--nodiscover", "--ipcdisable", "--authrpc.port", "0", "--port", "0")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Kill()
		cmd.Wait()
	}()

	ctx, cancel := context.WithTimeout(context.Background(), 90*time.Second)
	defer cancel()
	url := "http://127.0.0.1:" + itoa(port)
	var client *ethclient.Client
	for {
		client, err = ethclient.DialContext(ctx, url)
		if err == nil {
			if _, err = client.ChainID(ctx); err == nil {
				break
			}
			client.Close()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("geth did not answer at %s: %v", url, err)
		case <-time.After(200 * time.Millisecond):
		}
	}
	defer client.Close()

	// Fund our key from the node's unlocked dev account.
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit test: geth")))
	me := crypto.PubkeyToAddress(key.PublicKey)
	var accounts []common.Address
	if err := client.Client().CallContext(ctx, &accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("eth_accounts: %v %v", accounts, err)
	}
	var fundTx common.Hash
	if err := client.Client().CallContext(ctx, &fundTx, "eth_sendTransaction", map[string]interface{}{
		"from": accounts[0], "to": me, "value": (*hexutil.Big)(new(big.Int).Mul(big.NewInt(10), big.NewInt(params.Ether))),
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, client, fundTx); err != nil {
		t.Fatal(err)
	}

	chainID, _ := client.ChainID(ctx)
	opts := bind.NewKeyedTransactor(key, chainID)
	opts.Context = ctx
	shares := contracts.NewVesselShares()
	alice, bob := common.HexToAddress("0xa11ce"), common.HexToAddress("0xb0b")
	// The first transaction after the funding block is signed here and
	// sent as Deploy sends (SendWhenFunded): geth's pool may not have
	// taken in that block yet. The gas is given: estimating it would
	// meet the same empty balance.
	opts.NoSend, opts.GasLimit = true, 5_000_000
	sharesAddr, deployTx, err := bind.DeployContract(opts, common.FromHex(contracts.VesselSharesMetaData.Bin), client,
		shares.PackConstructor("Ocean Star Shares", "OSTAR", 2, "9321483", alice, me))
	if err != nil {
		t.Fatal(err)
	}
	opts.NoSend, opts.GasLimit = false, 0
	if err := SendWhenFunded(ctx, client, deployTx); err != nil {
		t.Fatal(err)
	}
	deployReceipt, err := bind.WaitMined(ctx, client, deployTx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	lying := contracts.NewLyingShares()
	lyingAddr, lyingTx, err := bind.DeployContract(opts, common.FromHex(contracts.LyingSharesMetaData.Bin), client, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bind.WaitMined(ctx, client, lyingTx.Hash()); err != nil {
		t.Fatal(err)
	}
	send := func(c *bind.BoundContract, data []byte) {
		t.Helper()
		tx, err := bind.Transact(c, opts, data)
		if err != nil {
			t.Fatal(err)
		}
		r, err := bind.WaitMined(ctx, client, tx.Hash())
		if err != nil || r.Status != types.ReceiptStatusSuccessful {
			t.Fatalf("transaction failed: %v %+v", err, r)
		}
	}
	send(shares.Instance(client, sharesAddr), shares.PackMint(alice, big.NewInt(7500)))
	send(shares.Instance(client, sharesAddr), shares.PackMint(bob, big.NewInt(2500)))
	send(lying.Instance(client, lyingAddr), lying.PackMint(alice, big.NewInt(10)))
	send(lying.Instance(client, lyingAddr), lying.PackLie(alice, big.NewInt(11)))

	snap, err := Read(ctx, client, []string{sharesAddr.Hex(), lyingAddr.Hex()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if snap.ChainID != 1337 || snap.Source != "rpc" || len(snap.Tokens) != 2 {
		t.Fatalf("chain %d source %q tokens %d", snap.ChainID, snap.Source, len(snap.Tokens))
	}
	ostar, lie := snap.Tokens[0], snap.Tokens[1]
	if ostar.Symbol != "OSTAR" || ostar.Decimals != 2 || ostar.TotalSupply.Int64() != 10000 || len(ostar.Mismatches) != 0 {
		t.Errorf("OSTAR read as %s decimals %d supply %v mismatches %+v", ostar.Symbol, ostar.Decimals, ostar.TotalSupply, ostar.Mismatches)
	}
	if len(ostar.Holders) != 2 || ostar.Holders[0].Address != lower(alice) || ostar.Holders[0].Balance.Int64() != 7500 {
		t.Errorf("OSTAR holders %+v", ostar.Holders)
	}
	if ostar.DeployBlock != deployReceipt.BlockNumber.Uint64() || ostar.DeployTx != deployTx.Hash().Hex() {
		t.Errorf("OSTAR deployed at %d by %s, want %d by %s", ostar.DeployBlock, ostar.DeployTx, deployReceipt.BlockNumber, deployTx.Hash().Hex())
	}
	if len(ostar.Controllers) != 1 || ostar.Controllers[0] != (Controller{Role: "owner", Address: lower(me)}) {
		t.Errorf("OSTAR controllers %+v", ostar.Controllers)
	}
	if len(ostar.Claims) != 1 || ostar.Claims[0].IMO != "9321483" || ostar.Issuer != lower(alice) {
		t.Errorf("OSTAR claims %+v issuer %s", ostar.Claims, ostar.Issuer)
	}
	if len(lie.Mismatches) != 1 || lie.Mismatches[0].Reported != "11" {
		t.Errorf("LIE mismatches %+v", lie.Mismatches)
	}
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }
