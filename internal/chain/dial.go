package chain

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"net/http"
	neturl "net/url"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// Default limits of Dial.
const (
	DefaultCallTimeout      = 60 * time.Second
	DefaultMaxResponseBytes = 128 << 20
)

// NoCallTimeout as DialOptions.CallTimeout lets a request take as long
// as the node takes.
const NoCallTimeout time.Duration = -1

// DialOptions limit what a node can do to the reader.
type DialOptions struct {
	// CallTimeout bounds every JSON-RPC request Read makes, body included:
	// 0 is DefaultCallTimeout, NoCallTimeout (any negative duration) no
	// limit.
	CallTimeout time.Duration
	// MaxResponseBytes bounds every response body (default
	// DefaultMaxResponseBytes); a larger answer is an error.
	MaxResponseBytes int64
	// Attempts is how many times, over HTTP(S), a request the node refuses
	// for now (429, 502, 503, 504, a cut connection) is sent at most
	// (default DefaultAttempts; 1 sends each request once). See
	// retryTransport for which requests are sent again, and the waits.
	Attempts int
	// RetryWait is the first wait between two attempts (default
	// DefaultRetryWait), doubling after each.
	RetryWait time.Duration
}

// Client is a connection Dial made: go-ethereum's client (every call but
// Read's eth_getLogs goes through it) and, over HTTP(S), the URL and HTTP
// client Read sends eth_getLogs with itself. The calls Read makes through
// Client's own methods below are each bounded by the call timeout, over
// WebSocket too, where go-ethereum has no per-request limit.
type Client struct {
	*EthClient
	node    *httpNode // nil over WebSocket
	timeout time.Duration
}

// bounded is ctx limited to the client's call timeout.
func (c *Client) bounded(ctx context.Context) (context.Context, context.CancelFunc) {
	return callContext(ctx, c.timeout)
}

// callContext is ctx limited to d, or ctx itself (with a cancel) when d is
// not positive.
func callContext(ctx context.Context, d time.Duration) (context.Context, context.CancelFunc) {
	if d <= 0 {
		return context.WithCancel(ctx)
	}
	return context.WithTimeout(ctx, d)
}

// ChainID is go-ethereum's, bounded by the call timeout.
func (c *Client) ChainID(ctx context.Context) (*big.Int, error) {
	ctx, cancel := c.bounded(ctx)
	defer cancel()
	return c.EthClient.ChainID(ctx)
}

// HeaderByNumber is go-ethereum's, bounded by the call timeout.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	ctx, cancel := c.bounded(ctx)
	defer cancel()
	return c.EthClient.HeaderByNumber(ctx, number)
}

// CodeAt is go-ethereum's, bounded by the call timeout.
func (c *Client) CodeAt(ctx context.Context, account common.Address, block *big.Int) ([]byte, error) {
	ctx, cancel := c.bounded(ctx)
	defer cancel()
	return c.EthClient.CodeAt(ctx, account, block)
}

// CallContract is go-ethereum's, bounded by the call timeout.
func (c *Client) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	ctx, cancel := c.bounded(ctx)
	defer cancel()
	return c.EthClient.CallContract(ctx, msg, block)
}

// StorageAt is go-ethereum's, bounded by the call timeout.
func (c *Client) StorageAt(ctx context.Context, account common.Address, key common.Hash, block *big.Int) ([]byte, error) {
	ctx, cancel := c.bounded(ctx)
	defer cancel()
	return c.EthClient.StorageAt(ctx, account, key, block)
}

// BlockReceipts is go-ethereum's, bounded by the call timeout.
func (c *Client) BlockReceipts(ctx context.Context, block rpc.BlockNumberOrHash) ([]*types.Receipt, error) {
	ctx, cancel := c.bounded(ctx)
	defer cancel()
	return c.EthClient.BlockReceipts(ctx, block)
}

// EthClient is go-ethereum's client, named so that Client can embed it and
// keep its Client method (the rpc.Client).
type EthClient = ethclient.Client

// RedactURL returns a node URL fit to print and to record in a report: its
// scheme, host and port, with no user or password, and "/…" and "?…" in
// place of a path and a query, which often hold an API key
// (https://mainnet.infura.io/v3/KEY gives https://mainnet.infura.io/…). A
// URL that does not parse gives "(node URL not shown)".
func RedactURL(raw string) string {
	u, err := neturl.Parse(raw)
	if err != nil || u.Host == "" {
		return "(node URL not shown)"
	}
	s := u.Scheme + "://" + u.Host
	if u.Path != "" && u.Path != "/" || u.RawPath != "" || u.Opaque != "" {
		s += "/…"
	}
	if u.RawQuery != "" || u.ForceQuery {
		s += "?…"
	}
	if u.Fragment != "" {
		s += "#…"
	}
	return s
}

// RedactError returns err with the node URL raw, and its parts that may
// hold a secret (user information, path, query), replaced in its text by
// RedactURL's form, as errors from the HTTP and WebSocket layers quote the
// URL they used. errors.Is and errors.As still see err.
func RedactError(err error, raw string) error {
	if err == nil {
		return nil
	}
	msg := err.Error()
	red := RedactURL(raw)
	msg = strings.ReplaceAll(msg, raw, red)
	if u, perr := neturl.Parse(raw); perr == nil {
		secrets := []string{u.RawQuery, u.Fragment}
		if u.User != nil {
			secrets = append(secrets, u.User.String(), u.User.Username())
			if p, ok := u.User.Password(); ok {
				secrets = append(secrets, p)
			}
		}
		if u.Path != "" && u.Path != "/" {
			secrets = append(secrets, u.EscapedPath(), u.Path)
		}
		for _, sec := range secrets {
			if len(sec) >= 4 {
				msg = strings.ReplaceAll(msg, sec, "…")
			}
		}
	}
	if msg == err.Error() {
		return err
	}
	return &redactedError{msg: msg, err: err}
}

// redactedError is an error shown with secrets left out of its text.
type redactedError struct {
	msg string
	err error
}

func (e *redactedError) Error() string { return e.msg }
func (e *redactedError) Unwrap() error { return e.err }

// Dial connects to a JSON-RPC node over HTTP(S) or WebSocket with every
// request bounded in time and size, so that a node that never answers, or
// answers without end, makes a call fail instead of hanging the audit or
// exhausting memory. Malformed answers fail the call that got them. Over
// HTTP(S), a request the node refuses for now (429 Too Many Requests, 502,
// 503, 504, a connection cut before the answer) is sent again after a
// wait, within the call timeout (see retryTransport and
// DialOptions.Attempts). Over HTTP(S), Read sends eth_getLogs with the same HTTP client and URL itself
// and decodes the answer as it reads it (see httpLogs); the other calls go
// through go-ethereum's client.
func Dial(ctx context.Context, url string, opts DialOptions) (*Client, error) {
	switch {
	case opts.CallTimeout == 0:
		opts.CallTimeout = DefaultCallTimeout
	case opts.CallTimeout < 0:
		opts.CallTimeout = 0 // no limit: http.Client and callContext read 0 so
	}
	if opts.MaxResponseBytes <= 0 {
		opts.MaxResponseBytes = DefaultMaxResponseBytes
	}
	if opts.Attempts <= 0 {
		opts.Attempts = DefaultAttempts
	}
	if opts.RetryWait <= 0 {
		opts.RetryWait = DefaultRetryWait
	}
	var (
		rpcOpts []rpc.ClientOption
		hc      *http.Client
	)
	lower := strings.ToLower(url)
	switch {
	case strings.HasPrefix(lower, "http://"), strings.HasPrefix(lower, "https://"):
		hc = &http.Client{
			Timeout: opts.CallTimeout, // the retries included
			Transport: retryTransport{
				base:     limitedTransport{base: http.DefaultTransport, max: opts.MaxResponseBytes},
				attempts: opts.Attempts,
				wait:     opts.RetryWait,
			},
		}
		rpcOpts = append(rpcOpts, rpc.WithHTTPClient(hc))
	case strings.HasPrefix(lower, "ws://"), strings.HasPrefix(lower, "wss://"):
		rpcOpts = append(rpcOpts, rpc.WithWebsocketMessageSizeLimit(opts.MaxResponseBytes))
	default:
		return nil, fmt.Errorf("node URL %q: want http(s):// or ws(s)://", RedactURL(url))
	}
	c, err := rpc.DialOptions(ctx, url, rpcOpts...)
	if err != nil {
		return nil, RedactError(fmt.Errorf("connecting to %s: %w", RedactURL(url), err), url)
	}
	client := &Client{EthClient: ethclient.NewClient(c), timeout: opts.CallTimeout}
	if hc != nil {
		client.node = &httpNode{url: url, client: hc}
	}
	return client, nil
}

// limitedTransport cuts every response body at max bytes.
type limitedTransport struct {
	base http.RoundTripper
	max  int64
}

func (t limitedTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	if resp.ContentLength > t.max {
		resp.Body.Close()
		return nil, fmt.Errorf("node answered %d bytes, more than the limit of %d", resp.ContentLength, t.max)
	}
	resp.Body = &limitedBody{rc: resp.Body, left: t.max}
	return resp, nil
}

// limitedBody fails a read past its limit instead of truncating silently.
type limitedBody struct {
	rc   io.ReadCloser
	left int64
}

func (b *limitedBody) Read(p []byte) (int, error) {
	if b.left <= 0 {
		// Check for one more byte: exactly at the limit is fine.
		var one [1]byte
		n, err := b.rc.Read(one[:])
		if n > 0 {
			return 0, fmt.Errorf("node answer larger than the limit")
		}
		return 0, err
	}
	if int64(len(p)) > b.left {
		p = p[:b.left]
	}
	n, err := b.rc.Read(p)
	b.left -= int64(n)
	return n, err
}

func (b *limitedBody) Close() error { return b.rc.Close() }
