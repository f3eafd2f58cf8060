package main

import (
	"bytes"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/audit"
	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/report"
)

var (
	rpcFlag = &cli.StringFlag{
		Name:  "rpc",
		Usage: "Ethereum JSON-RPC `URL` (recorded and printed as scheme and host only: an API key in it is never written out); without it (and without --transfers) the embedded chain with the fixture scenario is read",
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
	ipfsGatewayFlag = &cli.StringFlag{
		Name:  "ipfs-gateway",
		Usage: "read ipfs:// token metadata through this gateway `URL` (e.g. https://ipfs.io)",
	}
	allowFetchFlag = &cli.BoolFlag{
		Name:  "allow-fetch",
		Usage: "read http(s) (never from link-local addresses such as 169.254.169.254) and local-file token metadata (off: only data: URIs, and ipfs:// with --ipfs-gateway)",
	}
	transfersFlag = &cli.StringFlag{
		Name:  "transfers",
		Usage: "read holders offline from a transfer export `FILE` (Etherscan token-transfer CSV or ethereum-etl token_transfers CSV) instead of a chain",
	}
	decimalsFlag = &cli.UintFlag{
		Name:        "decimals",
		Usage:       "with --transfers: the token's `DECIMALS`, to turn an Etherscan export's whole-token quantities into exact base units",
		DefaultText: "none: balances in the smallest fraction the export shows",
	}
	rpcTimeoutFlag = &cli.DurationFlag{
		Name:  "rpc-timeout",
		Value: chain.DefaultCallTimeout,
		Usage: "give up on one JSON-RPC request after this `DURATION`, its retries included (a node answering 429 or 503 is asked again, up to 6 times, honouring Retry-After; 0: no limit)",
	}
)

// rpcCallTimeout is --rpc-timeout as chain.Dial takes it:
// DefaultCallTimeout when not given, 0 chain.NoCallTimeout, and a negative
// duration a usage error.
func rpcCallTimeout(c *cli.Context) (time.Duration, error) {
	if !c.IsSet(rpcTimeoutFlag.Name) {
		return chain.DefaultCallTimeout, nil
	}
	switch timeout := c.Duration(rpcTimeoutFlag.Name); {
	case timeout < 0:
		return 0, usageErrorf("--rpc-timeout %v: want a duration such as 30s or 2m, or 0 for no limit", timeout)
	case timeout == 0:
		return chain.NoCallTimeout, nil
	default:
		return timeout, nil
	}
}

func scanCommand() *cli.Command {
	return &cli.Command{
		Name:      "scan",
		Usage:     "audit tokens against registries and sanctions lists",
		UsageText: "audit scan [--rpc URL --token ADDR... [--block N] | --transfers FILE [--token ADDR...] [--decimals N]] --registry FILE... --sanctions FILE... [--format F] [--out PATH] [--archive DIR] [--fail-on SEVERITY]",
		Description: "Reads the tokens at one pinned block (from --rpc, from a transfer export with --transfers,\n" +
			"or the embedded chain when neither is given), loads the registries and sanctions lists,\n" +
			"evaluates every rule and writes the report (findings, and each vessel's and token's\n" +
			"ultimate owners with their shares added over every path and whether each reaches\n" +
			"--bo-threshold); at least one --sanctions list is required (without --registry it runs,\n" +
			"warning that no vessel or owner can then be found).\n" +
			"A row of the export that cannot be read is an INPUT-ROW finding and the rest is used; a\n" +
			"balance the export drives below zero is a HOLDER-LEDGER-MISMATCH (the export misses\n" +
			"transfers).\n\n" +
			"--archive DIR (a new or empty folder) also leaves an evidence bundle to hand over: the report\n" +
			"as report.json, .xlsx, .html and .txt, and in DIR/inputs a byte-identical copy of every input\n" +
			"file, --mapping among them (checked against the sha256 the report records: a file changed\n" +
			"during the run fails the archive, naming it), and of the embedded reference tables the report\n" +
			"cites; a second input of a name already taken goes, with the files read beside it (an OFAC\n" +
			"sdn.csv's alt.csv, add.csv, sdn_comments.csv), into a numbered subfolder, DIR/inputs/2.\n" +
			"report.json is written last, so an interrupted run leaves none; 'audit verify\n" +
			"DIR/report.json --inputs DIR/inputs' checks the bundle.\n\n" +
			"Exit codes: 0 no finding at or above --fail-on; 3 findings at or above it; 2 usage error;\n" +
			"1 any other failure (an unreadable file, a node that refuses).\n\n" +
			"SOURCE_DATE_EPOCH=SECONDS pins the report's generated_at, so that two runs on the same\n" +
			"inputs and block give the same JSON (anything but whole seconds is a usage error).",
		Flags: append([]cli.Flag{rpcFlag, tokenFlag, blockFlag, rpcTimeoutFlag, ipfsGatewayFlag, allowFetchFlag,
			transfersFlag, decimalsFlag, formatFlag, outFlag, archiveFlag},
			auditFlags()...),
		Action: runScan,
	}
}

func runScan(c *cli.Context) error {
	if err := noArgs(c, "give each file its own --registry (or --sanctions)"); err != nil {
		return err
	}
	cfg, err := auditConfig(c)
	if err != nil {
		return err
	}
	if len(cfg.Sanctions) == 0 {
		return usageErrorf("scan: no --sanctions list: nothing would be screened (give at least one --sanctions FILE)")
	}
	format, err := outputFormat(c)
	if err != nil {
		return err
	}
	inputs := append(append([]string{cfg.Mapping, c.String(transfersFlag.Name)}, cfg.Registry...), listInputs(cfg.Sanctions)...)
	inputs = append(inputs, referenceInputs(cfg.Reference)...)
	if err := outNotInput(outPath(c), inputs...); err != nil {
		return err
	}
	archive, err := archiveDir(c)
	if err != nil {
		return err
	}
	tokens, err := tokenAddresses(c.StringSlice(tokenFlag.Name))
	if err != nil {
		return err
	}
	snap, err := readSnapshot(c, tokens)
	if err != nil {
		return err
	}
	// Warned once the command line is known to be right, so that a usage
	// error comes alone.
	if len(cfg.Registry) == 0 {
		fmt.Fprintln(c.App.ErrWriter, "audit: warning: no --registry: every claimed vessel will be reported as not in the registry, and no holder or owner identified")
	}
	// The mapping changes how every registry is read: recorded among the
	// report's inputs with the sha256 it has before the audit reads it and
	// still has after (so verify checks it, and --archive copies it checked).
	var mapping []byte
	if cfg.Mapping != "" {
		if st, err := os.Stat(cfg.Mapping); err == nil && !st.Mode().IsRegular() {
			return fmt.Errorf("mapping %s: not a regular file (a folder, a pipe or a device): give it as a file, which the report records by its sha256", cfg.Mapping)
		}
		if mapping, err = fileSHA256(cfg.Mapping); err != nil {
			return fmt.Errorf("mapping %s: %w", cfg.Mapping, err)
		}
	}
	r, err := audit.Audit(c.Context, snap, cfg)
	if err != nil {
		return err
	}
	if mapping != nil {
		in := mappingInput(cfg.Mapping, mapping)
		if after, err := fileSHA256(cfg.Mapping); err != nil || !bytes.Equal(after, mapping) {
			return fmt.Errorf("mapping %s: the file changed or went away while the audit read it: run the audit again", cfg.Mapping)
		}
		r.Inputs = append(r.Inputs, in)
		report.Finalize(r) // the inputs in their order again
	}
	for _, in := range r.Inputs {
		if in.Kind == "sanctions" && in.ListDate == "" {
			fmt.Fprintf(c.App.ErrWriter, "audit: warning: sanctions list %s carries no publication date: its matches cite \"list date not known\" (give --list-date DATE, or --list-date %s=DATE)\n",
				termText(in.Path), termText(in.Path))
		}
	}
	if archive != "" {
		explorer, err := explorerURL(c)
		if err != nil {
			return err
		}
		files, err := writeArchive(archive, r, report.WriteOptions{ExplorerURL: explorer}, inputs)
		if err != nil {
			return err
		}
		rep, inDir := filepath.Join(archive, "report.json"), filepath.Join(archive, "inputs")
		for _, a := range files {
			if a.embedded == nil && a.name != filepath.Base(a.in.Path) {
				fmt.Fprintf(c.App.ErrWriter, "audit: %s %s is archived as %s, its name or that of a file read beside it being taken by another input ('audit verify' finds it by its sha256)\n",
					a.in.Kind, termText(a.in.Path), termText(filepath.Join(inDir, a.name)))
			}
		}
		fmt.Fprintf(c.App.ErrWriter, "audit: archived the report (json, xlsx, html, txt) and %d input file(s) in %s; check it with 'audit verify %s --inputs %s'\n",
			len(files), termText(archive), termText(rep), termText(inDir))
	}
	if err := writeReport(c, r, format); err != nil {
		return err
	}
	return errFindings(findingsAtOrAbove(r, cfg.FailOn), cfg.FailOn)
}

// readSnapshot reads the tokens from the source the flags name: --rpc, a
// --transfers export, or the embedded chain.
func readSnapshot(c *cli.Context, tokens []string) (*chain.Snapshot, error) {
	cmd := c.Command.Name
	url, export := c.String(rpcFlag.Name), c.String(transfersFlag.Name)
	if c.IsSet(decimalsFlag.Name) && export == "" {
		return nil, usageErrorf("%s: --decimals needs --transfers", cmd)
	}
	switch {
	case url != "" && export != "":
		return nil, usageErrorf("%s: --rpc and --transfers exclude each other", cmd)
	case url != "":
		if err := checkNodeURL(rpcFlag.Name, url); err != nil {
			return nil, err
		}
		if len(tokens) == 0 {
			return nil, usageErrorf("%s: --rpc needs at least one --token", cmd)
		}
		return rpcSnapshot(c, url, tokens)
	case c.IsSet(blockFlag.Name):
		return nil, usageErrorf("%s: --block needs --rpc (an export is read to its last block, the embedded chain at its head)", cmd)
	case export != "":
		return transfersSnapshot(c, export, tokens)
	default:
		return embeddedSnapshot(c, tokens)
	}
}

// keepTokens keeps the listed export problems of the chosen tokens; count,
// the number of them all, becomes the kept ones' when every one was listed
// (else the count of the others is not known, and stays).
func keepTokens[T any](tokens []string, listed []T, count *int, token func(T) string) []T {
	keep := listed[:0:0]
	for _, x := range listed {
		if slices.Contains(tokens, token(x)) {
			keep = append(keep, x)
		}
	}
	if *count == len(listed) {
		*count = len(keep)
	}
	return keep
}

// transfersSnapshot rebuilds holders from a transfer export, keeping only
// the --token contracts when some are given. Unreadable rows are kept in
// the snapshot's Export for the INPUT-ROW rule, not dropped.
func transfersSnapshot(c *cli.Context, path string, tokens []string) (*chain.Snapshot, error) {
	decimals := c.Uint(decimalsFlag.Name)
	if decimals > 77 {
		return nil, usageErrorf("--decimals %d: at most 77 (a uint256 has 78 digits)", decimals)
	}
	opt := chain.TransferOptions{SkipBadRows: true, Decimals: uint8(decimals), KnownDecimals: c.IsSet(decimalsFlag.Name)}
	if len(tokens) == 1 {
		opt.Token = tokens[0]
	}
	snap, _, err := chain.ReadTransfers(path, opt)
	if errors.Is(err, chain.ErrTokenNeeded) {
		return nil, usageErrorf("%s: %v", c.Command.Name, err)
	}
	if err != nil {
		return nil, err
	}
	if len(tokens) > 1 {
		keep := snap.Tokens[:0]
		for _, t := range snap.Tokens {
			if slices.Contains(tokens, t.Address) {
				keep = append(keep, t)
			}
		}
		snap.Tokens = keep
		x := snap.Export
		x.Negative = keepTokens(tokens, x.Negative, &x.NegativeCount, func(n chain.NegativeBalance) string { return n.Token })
		x.IDConflicts = keepTokens(tokens, x.IDConflicts, &x.IDConflictCount, func(c chain.IDConflict) string { return c.Token })
	}
	for _, want := range tokens {
		if !slices.ContainsFunc(snap.Tokens, func(t chain.Token) bool { return t.Address == want }) {
			return nil, fmt.Errorf("transfers %s: no transfer of token %s in the export", path, want)
		}
	}
	if len(snap.Tokens) == 0 {
		return nil, fmt.Errorf("transfers %s: no token transfers in the export", path)
	}
	return snap, nil
}

// tokenAddresses checks and lowercases --token values, each token once
// (in the order first given) however often and in whatever case it is
// given.
func tokenAddresses(values []string) ([]string, error) {
	var out []string
	for _, v := range values {
		if !common.IsHexAddress(v) {
			return nil, usageErrorf("--token %q is not a 20-byte hex address", v)
		}
		if a := strings.ToLower(common.HexToAddress(v).Hex()); !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out, nil
}

// rpcSnapshot reads the tokens from a JSON-RPC node at the --block block,
// every request bounded in time and size, with a progress bar on a
// terminal's stderr while logs are fetched.
func rpcSnapshot(c *cli.Context, url string, tokens []string) (snap *chain.Snapshot, err error) {
	defer func() { err = chain.RedactError(err, url) }() // the URL may hold an API key or a password
	timeout, err := rpcCallTimeout(c)
	if err != nil {
		return nil, err
	}
	client, err := chain.Dial(c.Context, url, chain.DialOptions{CallTimeout: timeout})
	if err != nil {
		return nil, err
	}
	defer client.Close()
	block, err := resolveBlock(c, client, c.String(blockFlag.Name))
	if err != nil {
		return nil, err
	}
	opts := chain.Options{Logs: chain.LogOptions{Progress: logProgress(c)}}
	if gw, allow := c.String(ipfsGatewayFlag.Name), c.Bool(allowFetchFlag.Name); gw != "" || allow {
		opts.Metadata = &chain.MetadataFetcher{Gateway: gw, AllowHTTP: allow, AllowFiles: allow}
	}
	snap, err = chain.ReadWith(c.Context, client, tokens, block, opts)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", chain.RedactURL(url), err)
	}
	snap.Source, snap.Endpoint = "rpc", chain.RedactURL(url)
	return snap, nil
}

// resolveBlock turns a --block value into a block number; safe and
// finalized are asked of the node once so that every read uses one number.
func resolveBlock(c *cli.Context, client *chain.Client, value string) (*big.Int, error) {
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

// logProgress is the progress callback of log fetching: a bar on stderr
// when stderr is a terminal and the range is long, nothing otherwise.
func logProgress(c *cli.Context) func(done, total uint64) {
	if !isTerminal(os.Stderr) || c.App.ErrWriter != nil && c.App.ErrWriter != os.Stderr {
		return nil
	}
	var bar *progressbar.ProgressBar
	var barTotal uint64
	return func(done, total uint64) {
		if total < progressMinBlocks {
			return
		}
		if bar == nil || total != barTotal {
			if bar != nil {
				bar.Finish()
			}
			barTotal = total
			bar = progressbar.NewOptions64(int64(total), progressbar.OptionSetWriter(os.Stderr),
				progressbar.OptionSetDescription("reading logs (blocks)"), progressbar.OptionShowCount(),
				progressbar.OptionThrottle(100*time.Millisecond), progressbar.OptionClearOnFinish())
		}
		bar.Set64(int64(done))
	}
}

// progressMinBlocks is the shortest block range that shows a progress bar.
const progressMinBlocks = 100_000

// mappingInput is the report's record of the --mapping file at path with
// sha256 sum: kind "mapping", format "json" for a .json file (read as
// JSON), else "yaml", rows 0 (a mapping is not a table of rows).
func mappingInput(path string, sum []byte) report.Input {
	format := "yaml"
	if strings.EqualFold(filepath.Ext(path), ".json") {
		format = "json"
	}
	return report.Input{Kind: "mapping", Path: path, SHA256: hex.EncodeToString(sum), Format: format}
}
