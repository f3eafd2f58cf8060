package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/chain"
)

var holdersFormatFlag = &cli.StringFlag{
	Name:  "format",
	Value: "csv",
	Usage: "output format: csv or json",
}

func holdersCommand() *cli.Command {
	return &cli.Command{
		Name:      "holders",
		Usage:     "list the holders of a token at a block, as CSV or JSON",
		UsageText: "audit holders [--rpc URL] --token ADDR [--block N|latest|safe|finalized] [--format csv|json]",
		Description: "Rebuilds the holders of each --token from its Transfer logs up to the pinned block and\n" +
			"prints address, balance (exact, in base units) and share of supply. Without --rpc the\n" +
			"embedded chain with the fixture scenario is read.",
		Flags:  []cli.Flag{rpcFlag, tokenFlag, blockFlag, rpcTimeoutFlag, holdersFormatFlag},
		Action: runHolders,
	}
}

// holdersJSON is the JSON form of one token's holders.
type holdersJSON struct {
	Token     string       `json:"token"`
	Block     uint64       `json:"block"`
	BlockHash string       `json:"block_hash"`
	Holders   []holderJSON `json:"holders"`
}

type holderJSON struct {
	Address string  `json:"address"`
	Balance string  `json:"balance"`
	Share   float64 `json:"share"`
}

func runHolders(c *cli.Context) error {
	format := c.String(holdersFormatFlag.Name)
	if format != "csv" && format != "json" {
		return usageErrorf("--format %q: want csv or json", format)
	}
	tokens, err := tokenAddresses(c.StringSlice(tokenFlag.Name))
	if err != nil {
		return err
	}
	if len(tokens) == 0 {
		return usageErrorf("holders: give at least one --token")
	}
	var snap *chain.Snapshot
	if url := c.String(rpcFlag.Name); url != "" {
		snap, err = rpcSnapshot(c, url, tokens)
	} else {
		if c.IsSet(blockFlag.Name) {
			return usageErrorf("holders: --block needs --rpc (the embedded chain is read at its head)")
		}
		snap, err = embeddedSnapshot(c, tokens)
	}
	if err != nil {
		return err
	}
	var out []holdersJSON
	for _, t := range snap.Tokens {
		h := holdersJSON{Token: t.Address, Block: snap.Block, BlockHash: snap.BlockHash, Holders: []holderJSON{}}
		for _, holder := range t.Holders {
			h.Holders = append(h.Holders, holderJSON{Address: holder.Address, Balance: holder.Balance.String(), Share: chain.ShareOf(holder.Balance, t.TotalSupply)})
		}
		out = append(out, h)
	}
	if format == "json" {
		enc := json.NewEncoder(c.App.Writer)
		enc.SetIndent("", "  ")
		if len(out) == 1 {
			return enc.Encode(out[0])
		}
		return enc.Encode(out)
	}
	w := csv.NewWriter(c.App.Writer)
	if err := w.Write([]string{"token", "block", "address", "balance", "share"}); err != nil {
		return err
	}
	for _, t := range out {
		for _, h := range t.Holders {
			row := []string{t.Token, strconv.FormatUint(t.Block, 10), h.Address, h.Balance, strconv.FormatFloat(h.Share, 'g', -1, 64)}
			if err := w.Write(row); err != nil {
				return err
			}
		}
	}
	w.Flush()
	if err := w.Error(); err != nil {
		return fmt.Errorf("writing holders CSV: %w", err)
	}
	return nil
}
