package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/urfave/cli/v2"

	"github.com/tokenaudit/audit/fixtures"
	"github.com/tokenaudit/audit/internal/chain"
)

var (
	listenFlag = &cli.StringFlag{
		Name:  "listen",
		Value: "127.0.0.1:8545",
		Usage: "serve the embedded chain's JSON-RPC on this loopback `ADDRESS` (port 0 picks a free one)",
	}
	devnetRPCFlag = &cli.StringFlag{
		Name:  "rpc",
		Usage: "instead of serving, deploy the scenario onto the node at this `URL` (e.g. geth --dev), funded by its first unlocked account",
	}
	publicListenFlag = &cli.BoolFlag{
		Name:  "public",
		Usage: "allow --listen on an address that is not loopback (anyone who reaches it can read the chain)",
	}
	planFlag = &cli.StringFlag{
		Name:  "plan",
		Usage: "deployment plan `FILE` (JSON); default: the fixture scenario",
	}
)

func devnetCommand() *cli.Command {
	return &cli.Command{
		Name:      "devnet",
		Usage:     "serve the fixture scenario's chain over JSON-RPC, or deploy it onto a node",
		UsageText: "audit devnet [--listen 127.0.0.1:8545 [--public]] | audit devnet --rpc URL [--plan FILE]",
		Description: "Without --rpc: starts the embedded chain with the scenario, serves it over HTTP JSON-RPC\n" +
			"(eth, net, web3) on --listen until interrupted, printing the address on stderr and the\n" +
			"token addresses on stdout. The embedded chain has no safe or finalized block: scan it\n" +
			"at latest or a block number. With --rpc: sends the scenario's transactions to that node\n" +
			"(e.g. geth --dev), funding the plan's accounts from the node's first unlocked account;\n" +
			"the tokens land at the plan's addresses, which are checked and printed.",
		Flags:  []cli.Flag{listenFlag, publicListenFlag, devnetRPCFlag, planFlag},
		Action: runDevnet,
	}
}

func runDevnet(c *cli.Context) error {
	if err := noArgs(c, "--plan takes one FILE"); err != nil {
		return err
	}
	plan, err := devnetPlan(c.String(planFlag.Name))
	if err != nil {
		return err
	}
	if url := c.String(devnetRPCFlag.Name); url != "" {
		if c.IsSet(listenFlag.Name) {
			return usageErrorf("devnet: --listen and --rpc exclude each other")
		}
		return deployDevnet(c, url, plan)
	}
	return serveDevnet(c, plan)
}

func devnetPlan(path string) (*chain.Plan, error) {
	var data []byte
	var err error
	if path == "" {
		data, err = fs.ReadFile(fixtures.FS, "plan.json")
		path = "fixture plan.json"
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	plan, err := chain.ParsePlan(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return plan, nil
}

// isLoopback reports whether a listen address stays on this machine.
func isLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func serveDevnet(c *cli.Context, plan *chain.Plan) error {
	addr := c.String(listenFlag.Name)
	_, port, err := net.SplitHostPort(addr)
	if err == nil {
		_, err = strconv.ParseUint(port, 10, 16)
	}
	if err != nil {
		return usageErrorf("devnet: --listen %q: not a valid HOST:PORT address (e.g. 127.0.0.1:8545)", addr)
	}
	if !isLoopback(addr) && !c.Bool(publicListenFlag.Name) {
		return usageErrorf("devnet: --listen %s is not a loopback address; add --public to serve it anyway", addr)
	}
	keepSignals()
	ctx, stop := signal.NotifyContext(c.Context, os.Interrupt, syscall.SIGTERM)
	defer stop()
	emb, err := chain.NewEmbedded(ctx, plan)
	if err != nil {
		return fmt.Errorf("starting the embedded chain: %w", err)
	}
	defer emb.Close()
	handler, err := emb.Handler()
	if err != nil {
		return err
	}
	l, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("devnet: listening on %s: %w", addr, err)
	}
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	fmt.Fprintf(c.App.ErrWriter, "audit: serving the embedded chain (chain id 1337) at http://%s until interrupted\n", l.Addr())
	for _, d := range emb.ChainDeployments() {
		fmt.Fprintf(c.App.Writer, "%s\t%s\t%s\n", d.ID, d.Symbol, d.Address)
	}
	select {
	case <-ctx.Done():
	case err := <-done:
		return fmt.Errorf("devnet: serving: %w", err)
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("devnet: stopping: %w", err)
	}
	return nil
}

func deployDevnet(c *cli.Context, url string, plan *chain.Plan) error {
	if err := checkNodeURL(devnetRPCFlag.Name, url); err != nil {
		return err
	}
	client, err := chain.Dial(c.Context, url, chain.DialOptions{})
	if err != nil {
		return err
	}
	defer client.Close()
	var accounts []common.Address
	if err := client.Client().CallContext(c.Context, &accounts, "eth_accounts"); err != nil {
		return chain.RedactError(fmt.Errorf("devnet: asking %s for its accounts: %w", chain.RedactURL(url), err), url)
	}
	if len(accounts) == 0 {
		return fmt.Errorf("devnet: %s has no unlocked account to fund the plan from (use geth --dev)", chain.RedactURL(url))
	}
	deployed, err := chain.Deploy(c.Context, client.EthClient, plan, accounts[0])
	if err != nil {
		return chain.RedactError(fmt.Errorf("devnet: %s: %w", chain.RedactURL(url), err), url)
	}
	fmt.Fprintf(c.App.ErrWriter, "audit: deployed the scenario onto %s (%d transactions); tokens at the plan's addresses:\n", chain.RedactURL(url), countActions(plan))
	for _, d := range deployed {
		fmt.Fprintf(c.App.Writer, "%s\t%s\t%s\n", d.ID, d.Symbol, d.Address)
	}
	return nil
}

func countActions(p *chain.Plan) int {
	n := 0
	for _, b := range p.Blocks {
		n += len(b.Actions)
	}
	return n
}
