package main

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/audit"
	"github.com/tokenaudit/audit/internal/chain"
)

var (
	rpcFlag = &cli.StringFlag{
		Name:  "rpc",
		Usage: "Ethereum JSON-RPC `URL`; without it the embedded chain with the fixture scenario is audited",
	}
	tokenFlag = &cli.StringSliceFlag{
		Name:  "token",
		Usage: "token contract `ADDRESS` to audit; repeatable (with --rpc at least one)",
	}
	blockFlag = &cli.StringFlag{
		Name:  "block",
		Value: "latest",
		Usage: "block to pin every read to: a `NUMBER`, latest, safe or finalized",
	}
)

func scanCommand() *cli.Command {
	return &cli.Command{
		Name:      "scan",
		Usage:     "audit tokens against registries and sanctions lists",
		UsageText: "audit scan [--rpc URL --token ADDR... [--block N]] --registry FILE... --sanctions FILE... [--format F] [--out PATH] [--fail-on SEVERITY]",
		Description: "Reads the tokens at one pinned block (from --rpc, or the embedded chain when --rpc is\n" +
			"absent), loads the registries and sanctions lists, evaluates every rule and writes the\n" +
			"report. Exits 3 when a finding reaches --fail-on.",
		Flags:  append([]cli.Flag{rpcFlag, tokenFlag, blockFlag, formatFlag, outFlag}, auditFlags()...),
		Action: runScan,
	}
}

func runScan(c *cli.Context) error {
	cfg, err := auditConfig(c)
	if err != nil {
		return err
	}
	format, err := outputFormat(c)
	if err != nil {
		return err
	}
	tokens, err := tokenAddresses(c.StringSlice(tokenFlag.Name))
	if err != nil {
		return err
	}
	var snap *chain.Snapshot
	if url := c.String(rpcFlag.Name); url != "" {
		if len(tokens) == 0 {
			return usageErrorf("scan: --rpc needs at least one --token")
		}
		snap, err = rpcSnapshot(c, url, tokens)
	} else {
		if c.IsSet(blockFlag.Name) {
			return usageErrorf("scan: --block needs --rpc (the embedded chain is read at its head)")
		}
		snap, err = embeddedSnapshot(c, tokens)
	}
	if err != nil {
		return err
	}
	r, err := audit.Audit(c.Context, snap, cfg)
	if err != nil {
		return err
	}
	if err := writeReport(c, r, format); err != nil {
		return err
	}
	return errFindings(findingsAtOrAbove(r, cfg.FailOn), cfg.FailOn)
}

// tokenAddresses checks and lowercases --token values.
func tokenAddresses(values []string) ([]string, error) {
	var out []string
	for _, v := range values {
		if !common.IsHexAddress(v) {
			return nil, usageErrorf("--token %q is not a 20-byte hex address", v)
		}
		out = append(out, strings.ToLower(common.HexToAddress(v).Hex()))
	}
	return out, nil
}

// rpcSnapshot reads the tokens from a JSON-RPC node at the --block block.
func rpcSnapshot(c *cli.Context, url string, tokens []string) (*chain.Snapshot, error) {
	client, err := ethclient.DialContext(c.Context, url)
	if err != nil {
		return nil, fmt.Errorf("connecting to %s: %w", url, err)
	}
	defer client.Close()
	block, err := resolveBlock(c, client, c.String(blockFlag.Name))
	if err != nil {
		return nil, err
	}
	snap, err := chain.Read(c.Context, client, tokens, block)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", url, err)
	}
	snap.Source, snap.Endpoint = "rpc", url
	return snap, nil
}

// resolveBlock turns a --block value into a block number; safe and
// finalized are asked of the node once so that every read uses one number.
func resolveBlock(c *cli.Context, client *ethclient.Client, value string) (*big.Int, error) {
	var tag rpc.BlockNumber
	switch strings.ToLower(value) {
	case "", "latest":
		tag = rpc.LatestBlockNumber
	case "safe":
		tag = rpc.SafeBlockNumber
	case "finalized":
		tag = rpc.FinalizedBlockNumber
	default:
		n, err := strconv.ParseUint(value, 10, 64)
		if err != nil {
			return nil, usageErrorf("--block %q: want a number, latest, safe or finalized", value)
		}
		return new(big.Int).SetUint64(n), nil
	}
	header, err := client.HeaderByNumber(c.Context, big.NewInt(int64(tag)))
	if err != nil {
		return nil, fmt.Errorf("asking the node for the %s block: %w", value, err)
	}
	return header.Number, nil
}
