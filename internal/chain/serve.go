package chain

import (
	"errors"
	"fmt"
	"net/http"

	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/rpc"
)

// ServedNamespaces are the JSON-RPC namespaces Handler serves.
var ServedNamespaces = []string{"eth", "net", "web3"}

// web3API answers web3_clientVersion.
type web3API struct{}

// ClientVersion names the embedded chain.
func (web3API) ClientVersion() string { return "tokenaudit-embedded" }

// Handler returns an HTTP JSON-RPC handler serving the embedded chain's
// eth, net and web3 namespaces (the same answers Client gives), with
// request bodies cut at 5 MB. The chain mines no new block: transactions
// sent to it stay pending. The handler stops answering when the chain is
// closed.
func (e *Embedded) Handler() (http.Handler, error) {
	if e.stack == nil {
		return nil, errors.New("embedded chain is closed")
	}
	srv := rpc.NewServer()
	srv.SetHTTPBodyLimit(5 << 20)
	for _, api := range e.eth.APIs() {
		if api.Namespace != "eth" && api.Namespace != "net" {
			continue
		}
		if err := srv.RegisterName(api.Namespace, api.Service); err != nil {
			return nil, fmt.Errorf("embedded chain: serving %s: %w", api.Namespace, err)
		}
	}
	fs := filters.NewFilterSystem(e.eth.APIBackend, filters.Config{})
	if err := srv.RegisterName("eth", filters.NewFilterAPI(fs)); err != nil {
		return nil, fmt.Errorf("embedded chain: serving eth filters: %w", err)
	}
	if err := srv.RegisterName("web3", web3API{}); err != nil {
		return nil, fmt.Errorf("embedded chain: serving web3: %w", err)
	}
	e.servers = append(e.servers, srv)
	return srv, nil
}
