package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/verify"
)

var (
	verifyFormatFlag = &cli.StringFlag{
		Name:  "format",
		Value: "text",
		Usage: "output `FORMAT`: " + strings.Join(verify.Formats, ", "),
	}
	verifyRPCFlag = &cli.StringFlag{
		Name:  "rpc",
		Usage: "check the chain citations against the Ethereum JSON-RPC node at `URL` (printed as scheme and host only)",
	}
	verifyInputsFlag = &cli.StringFlag{
		Name:  "inputs",
		Usage: "check the copies of the inputs in `DIR`, by base name, else any file there or in its subfolders (two deep, symbolic links skipped) with the sha256 recorded (the demo's audit-report/inputs, or DIR/inputs of 'audit scan --archive DIR'); an input with no copy there is read at the path the report records; without --inputs, when some input is not at its recorded path, the folder inputs beside REPORT.json if there is one (a bundle moved whole verifies as it is)",
	}
)

// verifyCommand is 'audit verify': do an archived report's citations still
// resolve in its input files?
func verifyCommand() *cli.Command {
	return &cli.Command{
		Name:      "verify",
		Usage:     "check that an archived JSON report's inputs are unchanged and every citation resolves",
		UsageText: "audit verify REPORT.json [--inputs DIR] [--rpc URL [--rpc-timeout DURATION]] [--format text|json]",
		Description: "Checks each of the report's inputs[] (its copy under --inputs DIR by base name\n" +
			"when there is one, else at its path (a relative one also from the report's folder),\n" +
			"else any file in DIR or its subfolders (two deep; symbolic links skipped) with its\n" +
			"sha256, as 'audit scan --archive' puts a second input of a taken name, with the files\n" +
			"read beside it, into DIR/2; a regular file, never a device or pipe; the\n" +
			"output says where each was read) against its sha256 (an embedded reference table, embedded:NAME, under --inputs by\n" +
			"its name, else this tool's embedded copy; another sha256: the report used another\n" +
			"edition), then every citation of every finding: a registry citation's\n" +
			"file is an input, its sheet, row and column (the header as written, or the JSON field\n" +
			"of a BODS statement or PSC record) exist and the cell is not empty (a row problem,\n" +
			"INPUT-ROW, may cite an empty cell); a list citation's entry id is in the list file\n" +
			"and its list date is the file's (or the list date the report's inputs record); the\n" +
			"citations an ownership path writes in its text ([FILE, sheet S, row N, column C], in\n" +
			"path evidence and ownership[].steps[].source) are checked as registry citations (a\n" +
			"step whose token claims the vessel itself, 'token contract' or 'token tokenURI URI',\n" +
			"is a chain citation: with --rpc, imo() must give the vessel's IMO, tokenURI(id),\n" +
			"contractURI() or uri(id) the URI cited, at the pinned block); a\n" +
			"sheet a negative finding cites whole, at the first and last rows its text searched\n" +
			"(unresolved when its text names another file or sheet, or rows not first to later last),\n" +
			"which in a workbook or CSV must cover every data row of the sheet (its non-empty rows\n" +
			"after the header; unresolved naming the rows not searched).\n" +
			"With --rpc, the chain citations are checked against that node: its chain id and the\n" +
			"pinned block's hash are the report's (else every chain citation is unresolved: the\n" +
			"block was reorganised away or the node is another chain); each cited transaction is\n" +
			"in the block cited, on the node's chain, at or before the pinned block, and succeeded;\n" +
			"where the evidence says what it did (a holding changed, N tokens minted to or moved\n" +
			"from A to B, the token deployed: its fields, else its text) its receipt has that\n" +
			"Transfer log (ERC-20, ERC-721 or ERC-1155 layout) of the token at that address or\n" +
			"created that contract, in a block of the date given; a block cited without a\n" +
			"transaction is on the chain. A balance the evidence states (fact balance), or an\n" +
			"ownership step's holding ('chain C, block B: balance X of Y SYM', or 'holder of SYM\n" +
			"token id N'), is read at the\n" +
			"pinned block: balanceOf, ownerOf of each ERC-721 id, balanceOf of each ERC-1155\n" +
			"id; and no Transfer log of the token after the cited last change, up to the pinned\n" +
			"block, moves anything into or out of the holder. Roles (owner(), hasRole, also of a\n" +
			"role known by its hash's first bytes with its full role_hash, isAgent, the EIP-1967\n" +
			"admin slot and the owner() of its contract), frozen accounts (isFrozen), issuers\n" +
			"(issuer()), what an ERC-3643 token's identity registry says of a holder (the token's\n" +
			"identityRegistry() is the cited registry, whose isVerified, identity and\n" +
			"investorCountry return the cited value, and an identity has code, or none, as its\n" +
			"has_code says: eth_getCode) and the EIP-1967 slots the evidence states\n" +
			"are read at the pinned block too, and so is an ownership step counting a wallet\n" +
			"no wallets row lists as an owner's through an on-chain identity ('chain C, block B:\n" +
			"identity(A) and identity(L) on the identity registry R of SYM (T) returned the\n" +
			"on-chain identity I': T's identityRegistry() is R, whose identity() of A and of\n" +
			"each L is I, which has code),\n" +
			"with the implementation a beacon proxy gets from its beacon (implementation()) and an\n" +
			"EIP-1167 minimal proxy's target in its code (eth_getCode), as the evidence's runs field\n" +
			"states (its text in a report written before runs); so is each token's proxy record\n" +
			"(tokens[].proxy, unresolved under 'token proxy'): every slot it names, a slot left\n" +
			"out stated empty, and its kind by the code (an eip1167 proxy's is a clone's, naming\n" +
			"no admin or beacon; an eip1967 or beacon proxy's is not). A privileged function the\n" +
			"evidence says the code dispatches (fact code) is read with eth_getCode at the pinned\n" +
			"block: the code of its code_address (the token, or the implementation it runs there)\n" +
			"compares the calldata's selector with each cited one (PUSH4 then EQ or XOR, in code\n" +
			"reachable from its start, not in data after it), the\n" +
			"selector of the signature cited; each function is one of the catalogue of the\n" +
			"finding's rule (mint, pause or freeze, forced transfer, upgrade; T-REX's\n" +
			"burn(address,uint256) and batchBurn only for a token given as erc3643 that the node\n" +
			"shows to be one), and the text names\n" +
			"exactly the code address, block and functions the fields give.\n" +
			"A node without that block's state (not an archive node) leaves those citations not\n" +
			"checked, counted apart. Without\n" +
			"--rpc, and for a report of the embedded demo chain or of a transfer export, chain\n" +
			"citations are counted, not checked, but for what a code citation states of itself:\n" +
			"each selector is its signature's, each function is of the catalogue of the finding's\n" +
			"rule, the text is exactly what its fields make, it is about the finding's own\n" +
			"token, and its code_address is that token unless the report records the token as a\n" +
			"proxy (tokens[].proxy); and for what an identity step states of the registry: the\n" +
			"wallets rows of the registry inputs tie each L to the step's owner and A to no\n" +
			"holder (else unresolved, with or without --rpc). Prints a summary and each unresolved citation\n" +
			"with its finding and why (those of a missing file, or of one that is not an input,\n" +
			"and those of a node that is not the report's chain, in one line a cause with their\n" +
			"count; JSON lists every one, after its schema_version and tool_version:\n" +
			"docs/json-outputs.md).\n" +
			"Exits 3 when an input is missing or changed or a citation does not resolve, 0 when\n" +
			"everything does, 1 when the node does not answer.",
		Flags:  []cli.Flag{verifyInputsFlag, verifyRPCFlag, rpcTimeoutFlag, verifyFormatFlag},
		Action: runVerify,
	}
}

func runVerify(c *cli.Context) error {
	args, done, err := commandArgs(c, 1, "one REPORT.json")
	if done || err != nil {
		return err
	}
	format := c.String(verifyFormatFlag.Name)
	if format != "text" && format != "json" {
		return usageErrorf("--format %q: want one of %s", format, strings.Join(verify.Formats, ", "))
	}
	rep, err := readJSONReport(c, args[0])
	if err != nil {
		return err
	}
	timeout, err := rpcCallTimeout(c)
	if err != nil {
		return err
	}
	inputs := c.String(verifyInputsFlag.Name)
	if !c.IsSet(verifyInputsFlag.Name) {
		inputs = bundleInputs(c, args[0], rep)
	}
	res := verify.Verify(rep, verify.Options{InputsDir: inputs, ReportDir: reportDir(args[0])})
	res.Report = args[0]
	if url := c.String(verifyRPCFlag.Name); url != "" && verify.ChainCheckable(rep) == "" {
		if err := checkChain(c, url, timeout, rep, res); err != nil {
			return err
		}
	}
	if err := verify.Write(c.App.Writer, res, format, version); err != nil {
		return err
	}
	if !res.OK() {
		return unverifiedError{res: res, hint: res.Count(verify.InputMissing) > 0 && !c.IsSet(verifyInputsFlag.Name)}
	}
	return nil
}

// reportDir is the folder of the report verify reads, "" for standard
// input.
func reportDir(path string) string {
	if path == "-" {
		return ""
	}
	return filepath.Dir(path)
}

// checkChain dials the node as scan does and checks res's chain citations
// against it.
func checkChain(c *cli.Context, url string, timeout time.Duration, rep *report.Report, res *verify.Result) (err error) {
	defer func() { err = chain.RedactError(err, url) }() // the URL may hold an API key or a password
	client, err := chain.Dial(c.Context, url, chain.DialOptions{CallTimeout: timeout})
	if err != nil {
		return err
	}
	defer client.Close()
	if err := verify.CheckChain(c.Context, boundedNode{client, timeout}, chain.RedactURL(url), rep, res); err != nil {
		return fmt.Errorf("checking the chain citations on %s: %w", chain.RedactURL(url), err)
	}
	return nil
}

// boundedNode is a dialled node whose receipt and log requests are bounded
// by the call timeout too (chain.Client bounds the others), over WebSocket as well.
type boundedNode struct {
	*chain.Client
	timeout time.Duration
}

// TransactionReceipt is go-ethereum's, bounded by the call timeout when
// it is positive.
func (n boundedNode) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	if n.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, n.timeout)
		defer cancel()
	}
	return n.Client.TransactionReceipt(ctx, tx)
}

// FilterLogs is go-ethereum's, bounded by the call timeout when it is
// positive: a range the node takes too long over is then cut smaller by
// chain.FilterLogs, as for scan.
func (n boundedNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if n.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, n.timeout)
		defer cancel()
	}
	return n.Client.FilterLogs(ctx, q)
}

// BatchCallContext is go-ethereum's, bounded by the call timeout when it
// is positive: CheckChain asks for receipts and blocks in batches with it.
func (n boundedNode) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	if n.timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, n.timeout)
		defer cancel()
	}
	return n.Client.Client().BatchCallContext(ctx, b)
}

// bundleInputs is the inputs folder beside a report, as 'audit demo' and
// 'scan --archive' leave it (REPORT's folder/inputs), when the report's
// input files are not all where it records them (the bundle was moved or
// copied whole) and that folder is a folder, not a link; else "". A note
// on stderr says it is read. Inputs still at their recorded paths are read
// there, as without the folder: a folder that merely happens to be named
// inputs beside the report never overrides them.
func bundleInputs(c *cli.Context, reportPath string, rep *report.Report) string {
	if reportPath == "-" {
		return ""
	}
	dir := filepath.Join(reportDir(reportPath), "inputs")
	if fi, err := os.Lstat(dir); err != nil || !fi.IsDir() {
		return ""
	}
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	moved := false
	for _, in := range rep.Inputs {
		if in.Path != "" && !strings.HasPrefix(in.Path, refdata.EmbeddedPrefix) &&
			!exists(in.Path) && (filepath.IsAbs(in.Path) || !exists(filepath.Join(reportDir(reportPath), in.Path))) {
			moved = true
			break
		}
	}
	if !moved {
		return ""
	}
	fmt.Fprintf(c.App.ErrWriter, "audit: inputs not at the paths the report records: reading the copies beside the report, in %s (as --inputs %s)\n", termText(dir), termText(dir))
	return dir
}

// unverifiedError says the report did not verify: exit code 3, as findings.
// With hint, its message says how to find inputs that moved.
type unverifiedError struct {
	res  *verify.Result
	hint bool
}

func (e unverifiedError) Error() string {
	r := e.res
	msg := fmt.Sprintf("%d of %d citation(s) unresolved, %d input(s) changed, %d missing",
		len(r.Unresolved), r.Checked, r.Count(verify.InputChanged), r.Count(verify.InputMissing))
	if e.hint {
		msg += " (inputs moved? --inputs DIR looks for them there by base name)"
	}
	return msg
}

// Unwrap makes exitCode map it to 3, as it does findings.
func (e unverifiedError) Unwrap() error { return findingsError{} }
