package chain

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// httpNode is where an HTTP connection made by Dial sends its requests.
type httpNode struct {
	url    string
	client *http.Client
}

// httpLogs answers FilterLogs with one eth_getLogs request sent over the
// HTTP client of the connection Dial made, its answer decoded by hand as it
// is read from the body (readLogsResponse). It reads what rpcLogs reads, and
// its errors are those go-ethereum's rpc.Client gives for the same answer:
// the http.Client's own errors (timeout, the response-size limit), an
// rpc.HTTPError for a status other than 2xx, the node's JSON-RPC error
// object (with its message, code and data), rpc.ErrNoResult, and a read
// error of the body as it happened.
type httpLogs struct {
	node httpNode
}

// rpcCall is a JSON-RPC request.
type rpcCall struct {
	Version string `json:"jsonrpc"`
	ID      int    `json:"id"`
	Method  string `json:"method"`
	Params  []any  `json:"params"`
}

// FilterLogs runs eth_getLogs for q; block numbers must be nil or
// non-negative (nil from: block 0, nil to: the latest block).
func (s httpLogs) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	arg, err := filterArgOf(q)
	if err != nil {
		return nil, err
	}
	body, err := json.Marshal(rpcCall{Version: "2.0", ID: 1, Method: "eth_getLogs", Params: []any{arg}})
	if err != nil {
		return nil, fmt.Errorf("encoding the log query: %w", err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, s.node.url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.node.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer func() {
		io.Copy(io.Discard, resp.Body) // lets the connection be reused
		resp.Body.Close()
	}()
	if resp.StatusCode < 200 || resp.StatusCode >= 300 {
		b, err := io.ReadAll(resp.Body)
		if err != nil {
			b = nil
		}
		return nil, rpc.HTTPError{Status: resp.Status, StatusCode: resp.StatusCode, Body: b}
	}
	return readLogsResponse(resp.Body)
}

// SubscribeFilterLogs is not supported: the reader only queries.
func (httpLogs) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("log subscriptions are not supported")
}

// readLogsResponse reads a JSON-RPC response to eth_getLogs from r in one
// pass, decoding its result by hand as logList does. Like go-ethereum's
// client it reads one JSON object and ignores what follows it; an error
// member wins over the result; without either the error is
// rpc.ErrNoResult. An empty input gives io.EOF and one ending inside the
// object io.ErrUnexpectedEOF. A read error of r is returned as it is, also
// when the answer read so far is malformed: go-ethereum's client reads the
// whole answer before decoding it, so a node cut off by the time or size
// limit gives the same error on both paths.
func readLogsResponse(r io.Reader) ([]types.Log, error) {
	p := &jsonCursor{b: make([]byte, 0, cursorWindow), r: r, mark: -1}
	logs, answerErr, err := p.response()
	if err != nil && p.rerr == nil && !p.eof {
		if _, rerr := io.Copy(io.Discard, r); rerr != nil {
			p.rerr = rerr
		}
	}
	switch {
	case err == nil && answerErr != nil:
		return nil, answerErr
	case err == nil:
		return logs, nil
	case p.rerr != nil:
		return nil, p.rerr
	case err == io.EOF:
		return nil, err
	case p.eof && p.i >= len(p.b):
		return nil, io.ErrUnexpectedEOF
	}
	return nil, err
}

// response reads a JSON-RPC response object whose result is a log list:
// the logs, or the answer's error (the node's error object or
// rpc.ErrNoResult), or the error reading it. An input of white space only
// gives io.EOF.
func (p *jsonCursor) response() (logs []types.Log, answer, err error) {
	p.space()
	if !p.avail(1) {
		return nil, nil, io.EOF
	}
	if !p.take('{') {
		return nil, nil, p.fail("want a JSON-RPC response object")
	}
	var (
		hasResult bool
		nodeErr   error
	)
	p.space()
	if p.take('}') {
		return nil, rpc.ErrNoResult, nil
	}
	for {
		p.space()
		key, kerr := p.str()
		if kerr != nil {
			return nil, nil, kerr
		}
		// Keys match ignoring case, as encoding/json matches them.
		isResult, isError := bytes.EqualFold(key, []byte("result")), bytes.EqualFold(key, []byte("error"))
		p.space()
		if !p.take(':') {
			return nil, nil, p.fail("want : after a key")
		}
		p.space()
		switch {
		case isResult:
			if logs, err = p.logs(); err != nil {
				return nil, nil, err
			}
			hasResult = true
		case isError:
			raw, rerr := p.raw()
			if rerr != nil {
				return nil, nil, rerr
			}
			nodeErr = decodeNodeError(raw)
		default:
			if err = p.skip(); err != nil {
				return nil, nil, err
			}
		}
		p.space()
		if p.take('}') {
			break
		}
		if !p.take(',') {
			return nil, nil, p.fail("want , or } in a JSON-RPC response")
		}
	}
	switch {
	case nodeErr != nil:
		return nil, nodeErr, nil
	case !hasResult:
		return nil, rpc.ErrNoResult, nil
	}
	return logs, nil, nil
}

// raw reads one value of any kind and returns a copy of its JSON text.
func (p *jsonCursor) raw() ([]byte, error) {
	own := p.mark < 0 // else an outer mark keeps the value already
	if own {
		p.mark = p.i
	}
	start := p.base + int64(p.i)
	err := p.skip()
	out := bytes.Clone(p.b[int(start-p.base):p.i])
	if own {
		p.mark = -1
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// nodeError is a JSON-RPC error object. It reads and reports as the error
// go-ethereum's rpc.Client returns for it: the message (or "json-rpc error
// CODE" without one), ErrorCode and ErrorData (rpc.Error, rpc.DataError).
type nodeError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

// decodeNodeError decodes an error member as go-ethereum does: a value
// that is not an error object gives the zero error ("json-rpc error 0").
func decodeNodeError(raw []byte) *nodeError {
	e := new(nodeError)
	json.Unmarshal(raw, e)
	return e
}

func (e *nodeError) Error() string {
	if e.Message == "" {
		return fmt.Sprintf("json-rpc error %d", e.Code)
	}
	return e.Message
}

// ErrorCode returns the JSON-RPC error code.
func (e *nodeError) ErrorCode() int { return e.Code }

// ErrorData returns the error object's data member.
func (e *nodeError) ErrorData() any { return e.Data }
