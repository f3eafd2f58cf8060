package audit

import (
	"math/big"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// TestReportTokenProxy: a token read as a proxy records in the report what
// it runs and its slots, of every kind, whether or not a rule cites it; a
// token that is no proxy records none.
func TestReportTokenProxy(t *testing.T) {
	for _, p := range []*chain.Proxy{
		{Kind: report.ProxyEIP1967, Implementation: "0x00000000000000000000000000000000000000a1", Admin: "0x00000000000000000000000000000000000000ad"},
		{Kind: report.ProxyBeacon, Implementation: "0x00000000000000000000000000000000000000a1", Beacon: "0x00000000000000000000000000000000000000be"},
		{Kind: report.ProxyEIP1167, Implementation: "0x00000000000000000000000000000000000000a1"},
		nil,
	} {
		tok := chain.Token{Address: "0x7000000000000000000000000000000000000007", Standard: "erc20", TotalSupply: big.NewInt(1), Proxy: p}
		got := reportToken(tok, &registry.Registry{}, nil).Proxy
		switch {
		case p == nil && got != nil:
			t.Errorf("no proxy: the report records %+v", got)
		case p != nil && (got == nil || *got != report.Proxy{Kind: p.Kind, Implementation: p.Implementation, Admin: p.Admin, Beacon: p.Beacon}):
			t.Errorf("%s proxy %+v: the report records %+v", p.Kind, *p, got)
		}
	}
}
