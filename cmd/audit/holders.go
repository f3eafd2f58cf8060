package main

import (
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

var holdersFormatFlag = &cli.StringFlag{
	Name:  "format",
	Value: "csv",
	Usage: "output `FORMAT`: csv or json (default: the one the --out file's extension names, .csv .json; csv without --out or extension; another extension needs --format)",
}

var holdersOutFlag = &cli.StringFlag{
	Name:  "out",
	Usage: "write the holders to `PATH` instead of stdout (- is stdout); never over the --transfers file",
}

// holdersFormats are the formats of holders --format.
var holdersFormats = []string{"csv", "json"}

func holdersCommand() *cli.Command {
	return &cli.Command{
		Name:      "holders",
		Usage:     "list the holders of a token at a block, as CSV or JSON",
		UsageText: "audit holders [--rpc URL [--block N|latest|safe|finalized] --token ADDR... | --transfers FILE [--token ADDR...] [--decimals N]] [--format csv|json] [--out PATH]",
		Description: "Rebuilds the holders of each --token from its Transfer logs up to the pinned block (or\n" +
			"from a transfer export with --transfers) and prints address, balance (exact, in base\n" +
			"units) and share of supply, with the token, block number and block hash (empty for an\n" +
			"export, which has none) so that each row can be cited. The JSON form is one object\n" +
			"whatever the number of tokens (schema_version, tool_version, block, block_hash and\n" +
			"tokens: each token's holders; docs/json-outputs.md) and adds ERC-721 token ids, ERC-1155\n" +
			"balances per id and ERC-3643 frozen holders and, from the token's identity registry, each\n" +
			"holder's isVerified, identity (ONCHAINID) and investorCountry (verified, identity,\n" +
			"investor_country; identity_no_code when the identity has no code at the block: no\n" +
			"ONCHAINID). With --rpc give each --token; with --transfers, or without\n" +
			"either (the embedded chain with the fixture scenario), every token is listed unless\n" +
			"--token names some. An export is an ERC-20 one (ethereum-etl token_transfers, Etherscan\n" +
			"token transfers) or Etherscan's ERC-721 export (a TokenId column: each holder's balance is\n" +
			"the number of ids it holds); ERC-1155 exports are refused (use --rpc). An Etherscan\n" +
			"token-page export has no contract column: name the token with --token. Rows of an export\n" +
			"that cannot be read, balances it drives below zero and ERC-721 ids it mints while held or\n" +
			"moves from an address not holding them (it misses transfers) are warned about on stderr\n" +
			"with their row numbers; the command then exits 1.\n" +
			"--out writes the CSV or JSON to a file (replaced whole, never half-written).",
		Flags:  []cli.Flag{rpcFlag, tokenFlag, blockFlag, rpcTimeoutFlag, transfersFlag, decimalsFlag, holdersFormatFlag, holdersOutFlag},
		Action: runHolders,
	}
}

// holdersSchemaVersion is the schema_version of holders --format json
// (holdersOutput), major.minor. It changes only when that layout changes
// incompatibly (a field removed, renamed or changing meaning: a new major);
// fields may be added within a major version.
const holdersSchemaVersion = "1.0"

// holdersOutput is the JSON form of holders: one object whatever the
// number of tokens, the block they were read at and each token's holders,
// tokens never null.
type holdersOutput struct {
	SchemaVersion string        `json:"schema_version"`
	ToolVersion   string        `json:"tool_version"`
	Block         uint64        `json:"block"`
	BlockHash     string        `json:"block_hash"`
	Tokens        []holdersJSON `json:"tokens"`
}

// holdersJSON is the JSON form of one token's holders (an item of
// holdersOutput.Tokens).
type holdersJSON struct {
	Token     string `json:"token"`
	Block     uint64 `json:"block"`
	BlockHash string `json:"block_hash"`
	// IdentityRegistry is an ERC-3643 token's identityRegistry() at the
	// block; absent when it names none.
	IdentityRegistry string       `json:"identity_registry,omitempty"`
	Holders          []holderJSON `json:"holders"`
}

type holderJSON struct {
	Address string  `json:"address"`
	Balance string  `json:"balance"`
	Share   float64 `json:"share"`
	// TokenIDs are the ERC-721 ids held; IDBalances an ERC-1155 holder's
	// balance per id (Balance is their sum). Frozen marks an ERC-3643
	// address its agents froze.
	TokenIDs   []string          `json:"token_ids,omitempty"`
	IDBalances map[string]string `json:"id_balances,omitempty"`
	Frozen     bool              `json:"frozen,omitempty"`
	// Verified, Identity and InvestorCountry are what the token's identity
	// registry returned for the address (report.Holder's fields of the
	// same names): absent when unknown or the token has none.
	Verified        *bool           `json:"verified,omitempty"`
	Identity        string          `json:"identity,omitempty"`
	InvestorCountry *report.Country `json:"investor_country,omitempty"`
	// IdentityNoCode: Identity has no code at the block, so it is no
	// ONCHAINID (report.Holder's field of the same name).
	IdentityNoCode bool `json:"identity_no_code,omitempty"`
	// shareText is Share as the CSV writes it: balance ÷ supply in
	// decimal, to shareDecimals places (no exponent, no float rounding).
	shareText string
}

func runHolders(c *cli.Context) error {
	if err := noArgs(c, "--transfers takes one FILE"); err != nil {
		return err
	}
	format, err := fileFormat(c, holdersFormatFlag, holdersFormats)
	if err != nil {
		return err
	}
	out := outPath(c)
	if ext := filepath.Ext(out); ext != "" && formatByExt(out, holdersFormats) == "" && !c.IsSet(holdersFormatFlag.Name) {
		// holders --out x.xlsx would write CSV under a workbook's name.
		return usageErrorf("holders --out %s: holders writes csv or json, which the extension %s names neither of: give --out a .csv or .json name, or say the format with --format", out, ext)
	}
	if err := outNotInput(out, c.String(transfersFlag.Name)); err != nil {
		return err
	}
	tokens, err := tokenAddresses(c.StringSlice(tokenFlag.Name))
	if err != nil {
		return err
	}
	snap, err := readSnapshot(c, tokens)
	if errors.Is(err, chain.ErrTokenNeeded) {
		return usageErrorf("%s: %v", c.Command.Name, err)
	}
	if err != nil {
		return err
	}
	if x := snap.Export; x != nil {
		warnExport(c, snap.Endpoint, x)
	}
	list := []holdersJSON{}
	for _, t := range snap.Tokens {
		h := holdersJSON{Token: t.Address, Block: snap.Block, BlockHash: snap.BlockHash, IdentityRegistry: t.IdentityRegistry, Holders: []holderJSON{}}
		for _, holder := range t.Holders {
			hj := holderJSON{Address: holder.Address, Balance: holder.Balance.String(), Share: chain.ShareOf(holder.Balance, t.TotalSupply),
				TokenIDs: holder.TokenIDs, Frozen: holder.Frozen, shareText: shareDecimal(holder.Balance, t.TotalSupply)}
			if t.IdentityRegistry != "" {
				hj.Verified, hj.Identity, hj.IdentityNoCode = holder.Verified, holder.Identity, holder.IdentityNoCode
				if holder.InvestorCountry != 0 {
					hj.InvestorCountry = &report.Country{Numeric: holder.InvestorCountry, Alpha2: holder.InvestorCountryAlpha2}
				}
			}
			for id, b := range holder.IDBalances {
				if hj.IDBalances == nil {
					hj.IDBalances = map[string]string{}
				}
				hj.IDBalances[id] = b.String()
			}
			h.Holders = append(h.Holders, hj)
		}
		list = append(list, h)
	}
	write := func(w io.Writer) error {
		if format == "json" {
			return writeHoldersJSON(w, holdersOutput{SchemaVersion: holdersSchemaVersion, ToolVersion: version,
				Block: snap.Block, BlockHash: snap.BlockHash, Tokens: list})
		}
		return writeHoldersCSV(w, list)
	}
	if out == "" {
		err = write(c.App.Writer)
	} else {
		err = writeOut(out, write)
	}
	if err != nil {
		return err
	}
	return exportIncomplete(snap, out)
}

// shareDecimals is the fewest decimal places the CSV gives a share.
const shareDecimals = 24

// shareDecimal is balance ÷ supply in decimal, trailing zeros dropped
// ("0.25", "0.000000000000000000000001", "0.999999999999999999999999"),
// rounded to at least shareDecimals places and to one more than the
// supply has digits, so that a positive balance is never "0" and a balance
// short of the supply never "1"; "0" without a positive supply.
func shareDecimal(balance, supply *big.Int) string {
	if balance == nil || supply == nil || supply.Sign() <= 0 {
		return "0"
	}
	s := new(big.Rat).SetFrac(balance, supply).FloatString(max(shareDecimals, len(supply.String())+1))
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	return s
}

// writeHoldersJSON writes the holders as one indented object, whatever
// the number of tokens.
func writeHoldersJSON(w io.Writer, out holdersOutput) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

// writeHoldersCSV writes a row a holder, every token's after a header row.
func writeHoldersCSV(out io.Writer, list []holdersJSON) error {
	// Token and holder are 0x hex by construction; csvText keeps it so
	// should a text cell ever reach them. Balance and share stay numbers.
	w := csv.NewWriter(out)
	if err := w.Write([]string{"token", "block", "address", "balance", "share", "block_hash"}); err != nil {
		return err
	}
	for _, t := range list {
		for _, h := range t.Holders {
			row := []string{csvText(t.Token), strconv.FormatUint(t.Block, 10), csvText(h.Address), h.Balance,
				h.shareText, csvText(t.BlockHash)}
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

// exportIncomplete is an error when the export the holders came from had
// unreadable rows, drove balances below zero or moved ERC-721 ids its
// rows do not have the sender holding, so that scripts notice; out is
// where the holders were written ("" for stdout).
// A row repeating an earlier one (chain.ErrRepeatedRow), read once, is
// warned of but is no failure: the holders are the same.
func exportIncomplete(snap *chain.Snapshot, out string) error {
	x := snap.Export
	if x == nil || x.BadRowCount-x.RepeatedCount == 0 && x.NegativeCount == 0 && x.IDConflictCount == 0 {
		return nil
	}
	where := "above"
	if out != "" {
		where = "in " + termText(out)
	}
	conflicts := ""
	if x.IDConflictCount > 0 {
		conflicts = fmt.Sprintf(", %d token ids moved from an address not holding them or minted while held,", x.IDConflictCount)
	}
	return fmt.Errorf("transfers %s: %d unreadable rows%s and %d balances below zero: the export misses transfers or rows, and the holders %s may not be the token's",
		snap.Endpoint, x.BadRowCount-x.RepeatedCount, conflicts, x.NegativeCount, where)
}

// warnExport tells on stderr what an export left out: every unreadable row
// (up to chain.MaxReportedRows) and every balance it drives below zero.
func warnExport(c *cli.Context, path string, x *chain.TransferStats) {
	w := c.App.ErrWriter
	if w == nil {
		w = os.Stderr
	}
	for _, r := range x.BadRows {
		fmt.Fprintf(w, "audit: warning: %s (row skipped)\n", termText(r.Error()))
	}
	if x.BadRowCount > len(x.BadRows) {
		fmt.Fprintf(w, "audit: warning: %s: %d more unreadable rows not listed\n", termText(path), x.BadRowCount-len(x.BadRows))
	}
	for _, n := range x.Negative {
		fmt.Fprintf(w, "audit: warning: transfers %s, row %d: the balance of %s in token %s is %s after block %d: the export misses transfers\n",
			termText(path), n.Row, n.Address, n.Token, n.Balance, n.Block)
	}
	for _, n := range x.IDConflicts {
		held := "nobody held it"
		if n.Holder != "" {
			held = n.Holder + " held it"
		}
		what := "moves token id " + n.ID + " from " + n.From
		if n.From == "" {
			what = "mints token id " + n.ID
		}
		fmt.Fprintf(w, "audit: warning: transfers %s, row %d: token %s: the row %s at block %d, but %s: the export misses transfers\n",
			termText(path), n.Row, n.Token, what, n.Block, held)
	}
	if x.IDConflictCount > len(x.IDConflicts) {
		fmt.Fprintf(w, "audit: warning: %s: %d more token id moves the export does not explain, not listed\n", termText(path), x.IDConflictCount-len(x.IDConflicts))
	}
	if x.DecimalsInferred {
		fmt.Fprintf(w, "audit: warning: %s: no --decimals given; balances are in units of the smallest fraction the export shows\n", termText(path))
	}
}
