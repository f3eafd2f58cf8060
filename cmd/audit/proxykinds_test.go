package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/tokenaudit/audit/contracts"
	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

// proxyChain deploys real OpenZeppelin beacon and clone tokens onto a
// geth --dev node, each transaction signed by the issuer's plain key.
type proxyChain struct {
	t      *testing.T
	ctx    context.Context
	client *ethclient.Client
	key    *ecdsa.PrivateKey
	issuer common.Address
	chain  *big.Int
}

// newProxyChain funds an issuer key from the node's unlocked dev account.
func newProxyChain(t *testing.T, url string) *proxyChain {
	t.Helper()
	ctx := context.Background()
	client, err := ethclient.Dial(url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(client.Close)
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("tokenaudit proxykinds issuer")))
	if err != nil {
		t.Fatal(err)
	}
	id, err := client.ChainID(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := &proxyChain{t: t, ctx: ctx, client: client, key: key, issuer: crypto.PubkeyToAddress(key.PublicKey), chain: id}
	var accounts []common.Address
	if err := client.Client().Call(&accounts, "eth_accounts"); err != nil || len(accounts) == 0 {
		t.Fatalf("eth_accounts: %v %v", accounts, err)
	}
	var h common.Hash
	fund := new(big.Int).Mul(big.NewInt(100), big.NewInt(1e18))
	if err := client.Client().Call(&h, "eth_sendTransaction", map[string]any{"from": accounts[0], "to": p.issuer, "value": (*hexutil.Big)(fund)}); err != nil {
		t.Fatalf("funding the issuer: %v", err)
	}
	p.wait(h, "funding the issuer")
	return p
}

// wait returns the receipt of a successful transaction; what names it.
func (p *proxyChain) wait(h common.Hash, what string) *types.Receipt {
	p.t.Helper()
	r, err := chain.WaitReceipt(p.ctx, p.client, h)
	if err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		p.t.Fatalf("%s: transaction %s reverted", what, h.Hex())
	}
	return r
}

// send signs data to to (nil: a deployment) with the issuer's key, sends
// it and returns its receipt once mined. A call that would revert fails
// the test at gas estimation, naming what.
func (p *proxyChain) send(to *common.Address, data []byte, what string) *types.Receipt {
	p.t.Helper()
	tx, err := p.sign(to, data)
	if err != nil {
		p.t.Fatalf("%s: %v", what, err)
	}
	if err := chain.SendWhenFunded(p.ctx, p.client, tx); err != nil {
		p.t.Fatalf("%s: sending: %v", what, err)
	}
	return p.wait(tx.Hash(), what)
}

func (p *proxyChain) sign(to *common.Address, data []byte) (*types.Transaction, error) {
	nonce, err := p.client.PendingNonceAt(p.ctx, p.issuer)
	if err != nil {
		return nil, err
	}
	tip, err := p.client.SuggestGasTipCap(p.ctx)
	if err != nil {
		return nil, err
	}
	head, err := p.client.HeaderByNumber(p.ctx, nil)
	if err != nil {
		return nil, err
	}
	gas, err := p.client.EstimateGas(p.ctx, ethereum.CallMsg{From: p.issuer, To: to, Data: data})
	if err != nil {
		return nil, err
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(2)))
	tx := types.NewTx(&types.DynamicFeeTx{ChainID: p.chain, Nonce: nonce, GasTipCap: tip, GasFeeCap: feeCap,
		Gas: gas + gas/4, To: to, Data: data})
	return types.SignTx(tx, types.LatestSignerForChainID(p.chain), p.key)
}

// deploy deploys creation code and returns the contract's address.
func (p *proxyChain) deploy(code []byte, what string) common.Address {
	p.t.Helper()
	r := p.send(nil, code, what)
	if r.ContractAddress == (common.Address{}) {
		p.t.Fatalf("%s: no contract address in the receipt", what)
	}
	return r.ContractAddress
}

// creation is a binding's bytecode followed by its constructor arguments.
func creation(bin string, args []byte) []byte {
	return append(common.FromHex(bin), args...)
}

// lowerHex is an address as reports write it.
func lowerHex(a common.Address) string { return strings.ToLower(a.Hex()) }

// TestProxyKindsEndToEnd deploys on geth --dev, with OpenZeppelin 5.7.0
// contracts, (a) a ShareToken behind a BeaconProxy whose UpgradeableBeacon
// a plain key owns and (b) a ShareToken that is an EIP-1167 clone made by
// ShareFactory; moves some of each; scans both with 'audit scan --rpc' and
// checks the report names the beacon proxy as such, the implementation it
// runs, the beacon's owner as beacon-owner (a plain key: CONTRACT-SINGLE-KEY);
// the clone, whose owner's upgradeToAndCall reverts, is not upgradeable
// (its owner's mint and key are still found);
// 'audit verify --rpc' resolves every citation, and still does after the
// beacon is upgraded (facts are read at the report's block), while a copy
// naming the new implementation fails; a re-scan and 'audit diff' show the
// implementation the beacon proxy runs changed.
func TestProxyKindsEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a geth node")
	}
	url := startGethDev(t)
	p := newProxyChain(t, url)
	share, beacon, beaconProxy, factory := contracts.NewShareToken(), contracts.NewUpgradeableBeacon(), contracts.NewBeaconProxy(), contracts.NewShareFactory()
	supply := new(big.Int).Mul(big.NewInt(1_000_000), big.NewInt(1e18))

	impl1 := p.deploy(creation(contracts.ShareTokenMetaData.Bin, nil), "ShareToken implementation 1")
	impl2 := p.deploy(creation(contracts.ShareTokenMetaData.Bin, nil), "ShareToken implementation 2")
	beaconAddr := p.deploy(creation(contracts.UpgradeableBeaconMetaData.Bin, beacon.PackConstructor(impl1, p.issuer)), "UpgradeableBeacon")
	bp := p.deploy(creation(contracts.BeaconProxyMetaData.Bin, beaconProxy.PackConstructor(beaconAddr,
		share.PackInitialize("Beacon Shares", "BSH", p.issuer, p.issuer, supply))), "BeaconProxy")
	factoryAddr := p.deploy(creation(contracts.ShareFactoryMetaData.Bin, factory.PackConstructor(impl1)), "ShareFactory")
	r := p.send(&factoryAddr, factory.PackCreate("Clone Shares", "CSH", p.issuer, p.issuer, supply), "ShareFactory.create")
	var clone common.Address
	for _, l := range r.Logs {
		if ev, err := factory.UnpackShareCreatedEvent(l); err == nil {
			clone = ev.Token
		}
	}
	if clone == (common.Address{}) {
		t.Fatal("ShareFactory.create emitted no ShareCreated")
	}
	holderB := common.HexToAddress("0x00000000000000000000000000000000000b0b0b")
	holderC := common.HexToAddress("0x00000000000000000000000000000000000c0c0c")
	for _, tok := range []common.Address{bp, clone} {
		p.send(&tok, share.PackTransfer(holderB, new(big.Int).Mul(big.NewInt(300_000), big.NewInt(1e18))), "transfer to B")
		p.send(&tok, share.PackTransfer(holderC, new(big.Int).Mul(big.NewInt(50_000), big.NewInt(1e18))), "transfer to C")
	}

	dir := t.TempDir()
	scan := func(out string) *report.Report {
		t.Helper()
		_, stderr, code := runAudit(t, "scan", "--rpc", url, "--token", bp.Hex(), "--token", clone.Hex(),
			"--sanctions", filepath.Join("..", "..", "fixtures", "sanctions", "sdn.csv"), "--list-date", "2024-05-03",
			"--format", "json", "--out", out, "--fail-on", "none")
		if code != 0 {
			t.Fatalf("scan --rpc: exit %d\n%s", code, stderr)
		}
		return readReport(t, out)
	}
	first := filepath.Join(dir, "first.json")
	rep := scan(first)

	// The beacon proxy: its beacon, the implementation it runs, its owner.
	up := proxyEvidence(t, rep, lowerHex(bp))
	if up.finding == nil {
		t.Fatalf("no CONTRACT-UPGRADEABLE for the beacon proxy %s", lowerHex(bp))
	}
	if !strings.Contains(up.finding.Message, "an EIP-1967 beacon proxy (beacon "+lowerHex(beaconAddr)+")") {
		t.Errorf("beacon proxy's CONTRACT-UPGRADEABLE does not name it a beacon proxy with its beacon: %s", up.finding.Message)
	}
	if up.ev == nil || up.ev.Runs != lowerHex(impl1) || up.ev.Beacon != lowerHex(beaconAddr) || up.ev.Implementation != zeroAddr || up.ev.Admin != zeroAddr {
		t.Errorf("beacon proxy's proxy evidence: %+v, want runs %s, beacon %s, the other slots empty", up.ev, lowerHex(impl1), lowerHex(beaconAddr))
	}
	if !hasController(rep, lowerHex(bp), "beacon-owner", lowerHex(p.issuer)) {
		t.Errorf("the beacon's owner %s is not a beacon-owner controller of %s: %+v", lowerHex(p.issuer), lowerHex(bp), tokenOf(rep, lowerHex(bp)))
	}
	if f := findingFor(rep, "CONTRACT-SINGLE-KEY", lowerHex(bp), "beacon-owner"); f == nil {
		t.Errorf("no CONTRACT-SINGLE-KEY for the beacon-owner of %s", lowerHex(bp))
	} else if !strings.Contains(f.Message, lowerHex(p.issuer)) || !strings.Contains(f.Message, "beacon "+lowerHex(beaconAddr)) {
		t.Errorf("CONTRACT-SINGLE-KEY for the beacon-owner names neither the key nor the beacon: %s", f.Message)
	}

	// The clone cannot be upgraded: its code delegates to the target it
	// names, and the owner's upgradeToAndCall through it reverts. So no
	// CONTRACT-UPGRADEABLE, though the target has the UUPS selector; the
	// owner's mint still counts.
	if _, err := p.client.EstimateGas(p.ctx, ethereum.CallMsg{From: p.issuer, To: &clone, Data: share.PackUpgradeToAndCall(impl2, nil)}); err == nil {
		t.Fatal("the owner's upgradeToAndCall through the clone would succeed: the clone is upgradeable")
	}
	if cl := proxyEvidence(t, rep, lowerHex(clone)); cl.finding != nil {
		t.Errorf("CONTRACT-UPGRADEABLE for the EIP-1167 clone %s, which cannot be upgraded: %s", lowerHex(clone), cl.finding.Message)
	}
	if f := findingFor(rep, "CONTRACT-SINGLE-KEY", lowerHex(clone), "owner"); f == nil {
		t.Errorf("no CONTRACT-SINGLE-KEY for the clone's owner %s", lowerHex(p.issuer))
	}
	mints := false
	for _, f := range rep.Findings {
		mints = mints || f.Rule == "CONTRACT-MINT" && f.Subject.ID == lowerHex(clone)
	}
	if !mints {
		t.Errorf("no CONTRACT-MINT for the clone: its target's mint was not read as its logic")
	}

	// verify --rpc: every citation resolves, proxy facts read at the node.
	verifyOK := func(path, when string) {
		t.Helper()
		stdout, stderr, code := runAudit(t, "verify", "--rpc", url, "--format", "json", path)
		var got verifyOutput
		if err := json.Unmarshal([]byte(stdout), &got); err != nil {
			t.Fatalf("verify --format json %s: %v\n%s\n%s", when, err, stdout, stderr)
		}
		if code != 0 || len(got.Unresolved) != 0 || got.Chain != 0 || got.Node == nil || got.Node.States == 0 {
			t.Fatalf("verify --rpc %s: exit %d, unresolved %+v, %d not checked, node %+v\n%s", when, code, got.Unresolved, got.Chain, got.Node, stderr)
		}
	}
	verifyOK(first, "of the scan's report")

	// The issuer upgrades the beacon: the beacon proxy now runs impl2.
	p.send(&beaconAddr, beacon.PackUpgradeTo(impl2), "UpgradeableBeacon.upgradeTo")
	verifyOK(first, "after the beacon's upgrade (read at the report's block)")

	// A copy stating the new implementation at the old block fails.
	stale := readReport(t, first)
	edited := false
	for i := range stale.Findings {
		f := &stale.Findings[i]
		for j := range f.Evidence {
			if ev := &f.Evidence[j]; f.Rule == "CONTRACT-UPGRADEABLE" && ev.Fact == report.FactProxy && ev.Contract == lowerHex(bp) {
				ev.Runs = lowerHex(impl2)
				edited = true
			}
		}
	}
	if !edited {
		t.Fatal("no beacon proxy citation to edit")
	}
	staleFile := filepath.Join(dir, "stale.json")
	writeJSON(t, staleFile, stale)
	stdout, stderr, code := runAudit(t, "verify", "--rpc", url, "--format", "json", staleFile)
	var got verifyOutput
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("verify --format json: %v\n%s\n%s", err, stdout, stderr)
	}
	if code != exitFindings || len(got.Unresolved) != 1 || !strings.Contains(got.Unresolved[0].Reason, lowerHex(impl1)) {
		t.Errorf("verify --rpc of a copy naming the new implementation at the old block: exit %d, unresolved %+v", code, got.Unresolved)
	}

	// A re-scan sees the new implementation; diff names the change.
	second := filepath.Join(dir, "second.json")
	rep2 := scan(second)
	if up2 := proxyEvidence(t, rep2, lowerHex(bp)); up2.ev == nil || up2.ev.Runs != lowerHex(impl2) {
		t.Errorf("re-scan after the upgrade: beacon proxy evidence %+v, want runs %s", up2.ev, lowerHex(impl2))
	}
	verifyOK(second, "of the re-scan")
	stdout, stderr, code = runAudit(t, "diff", "--format", "json", "--fail-on", "none", first, second)
	if code != 0 {
		t.Fatalf("diff: exit %d\n%s", code, stderr)
	}
	var delta report.Delta
	if err := json.Unmarshal([]byte(stdout), &delta); err != nil {
		t.Fatalf("diff --format json: %v\n%s", err, stdout)
	}
	// The beacon proxy's CONTRACT-UPGRADEABLE (what it runs), and its
	// CONTRACT-MINT in its evidence only: the code it cites minting is
	// now impl2's.
	var changed []string
	for _, c := range delta.ChangedFindings {
		changed = append(changed, c.New.Rule+" "+c.New.Subject.ID)
		switch {
		case c.New.Subject.ID != lowerHex(bp):
			t.Errorf("diff: changed finding %s %s %v, want only the beacon proxy's", c.New.Rule, c.New.Subject.ID, c.Changed)
		case c.New.Rule == "CONTRACT-MINT":
			cites := false
			for _, ev := range c.New.Evidence {
				cites = cites || ev.Fact == report.FactCode && ev.CodeAddress == lowerHex(impl2)
			}
			if !slices.Equal(c.Changed, []string{"evidence"}) || !cites {
				t.Errorf("diff: CONTRACT-MINT of the beacon proxy changed %v, want its evidence citing the code of %s", c.Changed, lowerHex(impl2))
			}
		case c.New.Rule != "CONTRACT-UPGRADEABLE":
			t.Errorf("diff: changed finding %s %s %v", c.New.Rule, c.New.Subject.ID, c.Changed)
		}
	}
	if len(changed) != 2 {
		t.Errorf("diff after the upgrade: changed findings %v, want the beacon proxy's CONTRACT-MINT and CONTRACT-UPGRADEABLE", changed)
	}
	if len(delta.NewFindings) != 0 || len(delta.ResolvedFindings) != 0 {
		t.Errorf("diff after the upgrade: %d new, %d resolved findings, want none", len(delta.NewFindings), len(delta.ResolvedFindings))
	}
	stdout, _, _ = runAudit(t, "diff", "--fail-on", "none", first, second)
	if !strings.Contains(stdout, lowerHex(impl2)) {
		t.Errorf("diff text does not name the new implementation %s:\n%s", lowerHex(impl2), stdout)
	}
	if os.Getenv("PROXYKINDS_SHOW") != "" {
		t.Logf("diff:\n%s", stdout)
	}
}

const zeroAddr = "0x0000000000000000000000000000000000000000"

// proxyCitation is a token's CONTRACT-UPGRADEABLE finding and its proxy evidence.
type proxyCitation struct {
	finding *report.Finding
	ev      *report.Evidence
}

func proxyEvidence(t *testing.T, r *report.Report, token string) proxyCitation {
	t.Helper()
	var out proxyCitation
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Rule != "CONTRACT-UPGRADEABLE" || f.Subject.ID != token {
			continue
		}
		if out.finding != nil {
			t.Errorf("two CONTRACT-UPGRADEABLE findings for %s", token)
		}
		out.finding = f
		for j := range f.Evidence {
			if ev := &f.Evidence[j]; ev.Fact == report.FactProxy {
				out.ev = ev
			}
		}
	}
	return out
}

// findingFor is the token's finding of rule whose fingerprint names role.
func findingFor(r *report.Report, rule, token, role string) *report.Finding {
	for i := range r.Findings {
		f := &r.Findings[i]
		if f.Rule == rule && f.Subject.ID == token && strings.Contains(f.Message, "the "+role+" role") {
			return f
		}
	}
	return nil
}

func tokenOf(r *report.Report, token string) *report.Token {
	for i := range r.Tokens {
		if r.Tokens[i].Address == token {
			return &r.Tokens[i]
		}
	}
	return nil
}

func hasController(r *report.Report, token, role, addr string) bool {
	if t := tokenOf(r, token); t != nil {
		for _, c := range t.Controllers {
			if c.Role == role && c.Address == addr {
				return true
			}
		}
	}
	return false
}
