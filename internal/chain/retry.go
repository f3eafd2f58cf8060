package chain

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Retry limits of the HTTP client Dial makes.
const (
	// DefaultAttempts is how many times a refused request is sent at most.
	DefaultAttempts = 6
	// DefaultRetryWait is the first wait between two attempts; it doubles
	// after each, with jitter (each wait is between half and all of it).
	DefaultRetryWait = 250 * time.Millisecond
	// MaxRetryAfter is the longest Retry-After a node may ask for: a longer
	// one ends the retries at once.
	MaxRetryAfter = 10 * time.Second
	// MaxRetryWaiting bounds the waits between the attempts of one request.
	MaxRetryWaiting = 30 * time.Second
)

// retryTransport sends a JSON-RPC request again when the node, or a proxy
// in front of it, refuses it for now: answers 429 Too Many Requests, 502
// Bad Gateway, 503 Service Unavailable or 504 Gateway Timeout, or cuts the
// connection (reset, end of stream) before any answer. It waits what a
// Retry-After header says (seconds or an HTTP date, at most MaxRetryAfter),
// else wait, doubling, with jitter; it sends at most attempts times, waits
// at most MaxRetryWaiting in all, and never waits past the request
// context's deadline (which carries the http.Client's timeout): when the
// next wait would end after it, it stops at once. The last answer is then
// returned as the node gave it, its Status followed by the number of
// attempts ("429 Too Many Requests (6 attempts)"), so go-ethereum's client
// and httpLogs still give an rpc.HTTPError with the status code; a cut
// connection's error likewise gets the note.
//
// What is sent again depends on the JSON-RPC methods of the request, read
// from its body only after a failure: a 429 or 503 means the request was
// not handled, so any request is sent again, writes (eth_sendTransaction,
// eth_sendRawTransaction, which `audit devnet --rpc` sends) included. A
// 502, a 504 or a cut connection may come after the node handled it, so
// only requests made of read-only methods (readOnlyMethod) are sent again.
// eth_getLogs answered 502, 503 or 504 is not sent again: FilterLogs
// retries those itself with a smaller block range, as such an answer often
// means the range was too large for the node.
type retryTransport struct {
	base     http.RoundTripper
	attempts int
	wait     time.Duration
}

func (t retryTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if t.attempts <= 1 {
		return t.base.RoundTrip(req)
	}
	getBody := req.GetBody
	if getBody == nil && req.Body != nil && req.Body != http.NoBody {
		// Buffer a body that cannot be read again; JSON-RPC requests are small.
		b, err := io.ReadAll(req.Body)
		req.Body.Close()
		if err != nil {
			return nil, fmt.Errorf("reading the request body: %w", err)
		}
		getBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(b)), nil }
		req = req.Clone(req.Context())
		req.Body, _ = getBody()
	}
	var (
		kind   requestKind // read from the body at the first failure
		known  bool
		waited time.Duration
	)
	for n := 1; ; n++ {
		resp, err := t.base.RoundTrip(req)
		if !refusedForNow(resp, err) {
			return resp, err
		}
		if !known {
			kind, known = kindOf(getBody), true
		}
		if !kind.mayRepeat(resp, err) {
			if n == 1 {
				return resp, err
			}
			return gaveUp(resp, err, n, "")
		}
		if n >= t.attempts {
			return gaveUp(resp, err, n, "")
		}
		d, why := t.delay(resp, n)
		if why == "" && waited+d > MaxRetryWaiting {
			why = fmt.Sprintf("waited %s in all", waited.Round(time.Millisecond))
		}
		if deadline, ok := req.Context().Deadline(); why == "" && ok && time.Until(deadline) <= d {
			why = "no time left before the call's deadline"
		}
		if why != "" {
			return gaveUp(resp, err, n, why)
		}
		if resp != nil {
			io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
			resp.Body.Close()
		}
		timer := time.NewTimer(d)
		select {
		case <-timer.C:
		case <-req.Context().Done():
			timer.Stop()
			return nil, req.Context().Err()
		}
		waited += d
		req = req.Clone(req.Context())
		if getBody != nil {
			if req.Body, err = getBody(); err != nil {
				return nil, fmt.Errorf("reading the request body again: %w", err)
			}
		}
	}
}

// delay is how long to wait before attempt n+1: the Retry-After of resp
// when it has one, else the doubling wait with jitter; or, instead, why
// not to wait (a Retry-After longer than MaxRetryAfter).
func (t retryTransport) delay(resp *http.Response, n int) (time.Duration, string) {
	if resp != nil {
		if d, ok := retryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			if d > MaxRetryAfter {
				return 0, fmt.Sprintf("the node asked to wait %s, more than %s", d.Round(time.Second), MaxRetryAfter)
			}
			return d, ""
		}
	}
	w := t.wait << (n - 1)
	if w <= 0 || w > MaxRetryWaiting { // shifted past the limit or overflowed
		w = MaxRetryWaiting
	}
	return w/2 + rand.N(w/2+1), ""
}

// retryAfter reads a Retry-After header value: a number of seconds or an
// HTTP date (a date already past is no wait). ok is false when there is
// none or it cannot be read.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseUint(v, 10, 32); err == nil {
		return time.Duration(s) * time.Second, true
	}
	at, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(at.Sub(now), 0), true
}

// refusedForNow reports whether an answer is one retryTransport may send
// the request again for, whatever the request.
func refusedForNow(resp *http.Response, err error) bool {
	if err != nil {
		return errors.Is(err, syscall.ECONNRESET) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF)
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests, http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// gaveUp returns the last answer of a request sent n times, noting n and
// why the retries stopped.
func gaveUp(resp *http.Response, err error, n int, why string) (*http.Response, error) {
	note := fmt.Sprintf("%d attempts", n)
	if n == 1 {
		note = "1 attempt"
	}
	if why != "" {
		note += ", stopped: " + why
	}
	if err != nil {
		return nil, fmt.Errorf("%w (%s)", err, note)
	}
	resp.Status = fmt.Sprintf("%s (%s)", resp.Status, note)
	return resp, nil
}

// requestKind is what retryTransport needs to know of a request's
// JSON-RPC methods.
type requestKind struct {
	readOnly bool // every method reads only (readOnlyMethod)
	logs     bool // some method is eth_getLogs
}

// kindOf reads the methods of a JSON-RPC request or batch. A body that
// cannot be read, or is not JSON-RPC, is neither read-only nor a log query.
func kindOf(getBody func() (io.ReadCloser, error)) requestKind {
	if getBody == nil {
		return requestKind{}
	}
	rc, err := getBody()
	if err != nil {
		return requestKind{}
	}
	defer rc.Close()
	body, err := io.ReadAll(rc)
	if err != nil {
		return requestKind{}
	}
	type call struct {
		Method string `json:"method"`
	}
	var calls []call
	if body = bytes.TrimSpace(body); len(body) > 0 && body[0] == '[' {
		err = json.Unmarshal(body, &calls)
	} else {
		calls = make([]call, 1)
		err = json.Unmarshal(body, &calls[0])
	}
	if err != nil || len(calls) == 0 {
		return requestKind{}
	}
	k := requestKind{readOnly: true}
	for _, c := range calls {
		k.readOnly = k.readOnly && readOnlyMethod(c.Method)
		k.logs = k.logs || c.Method == "eth_getLogs"
	}
	return k
}

// readOnlyMethod reports whether a JSON-RPC method only reads: eth_get*,
// eth_call and the like. Any other, eth_send* and unknown names included,
// counts as a write.
func readOnlyMethod(m string) bool {
	if strings.HasPrefix(m, "eth_get") {
		return true
	}
	switch m {
	case "eth_call", "eth_chainId", "eth_blockNumber", "eth_accounts", "eth_estimateGas", "eth_gasPrice",
		"eth_maxPriorityFeePerGas", "eth_feeHistory", "eth_syncing", "net_version", "web3_clientVersion":
		return true
	}
	return false
}

// mayRepeat reports whether a request of kind k refused with resp or err
// may be sent again (see retryTransport).
func (k requestKind) mayRepeat(resp *http.Response, err error) bool {
	if err != nil {
		return k.readOnly
	}
	switch resp.StatusCode {
	case http.StatusTooManyRequests:
		return true
	case http.StatusServiceUnavailable:
		return !k.logs
	}
	return k.readOnly && !k.logs
}
