package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// proxyKinds are a proxy of each kind, with what the reports must say of
// it.
var proxyKinds = []struct {
	proxy Proxy
	says  string
}{
	{Proxy{Kind: ProxyEIP1967, Implementation: "0x00000000000000000000000000000000000000a1", Admin: "0x00000000000000000000000000000000000000ad"},
		"EIP-1967 proxy running 0x00000000000000000000000000000000000000a1, admin 0x00000000000000000000000000000000000000ad"},
	{Proxy{Kind: ProxyBeacon, Implementation: "0x00000000000000000000000000000000000000a2", Beacon: "0x00000000000000000000000000000000000000be"},
		"EIP-1967 beacon proxy running 0x00000000000000000000000000000000000000a2, the implementation() of its beacon 0x00000000000000000000000000000000000000be"},
	{Proxy{Kind: ProxyEIP1167, Implementation: "0x00000000000000000000000000000000000000a3"},
		"EIP-1167 minimal proxy (a clone) running 0x00000000000000000000000000000000000000a3, the target in its code"},
}

// TestProxyRendered puts a proxy of each kind on a token that no finding
// is about (an EIP-1167 clone gets no CONTRACT-UPGRADEABLE) and checks that
// every format says what the token runs: the JSON keeps it through Read,
// the text report under the token, the HTML in the token's paragraph, the
// XLSX in the Tokens sheet's Proxy column.
func TestProxyRendered(t *testing.T) {
	for _, k := range proxyKinds {
		t.Run(k.proxy.Kind, func(t *testing.T) {
			r := sampleReport()
			tok := tokenBySymbol(t, r, "DEED") // no finding is about it
			p := k.proxy
			tok.Proxy = &p
			back, err := Read(bytes.NewReader(render(t, r, "json", WriteOptions{})))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if got := tokenBySymbol(t, back, "DEED").Proxy; got == nil || *got != p {
				t.Errorf("JSON read back as %+v, want %+v", got, p)
			}
			text := strings.Join(strings.Fields(string(render(t, r, "text", WriteOptions{}))), " ")
			if want := tok.Address + ", supply 2, 2 holder(s) proxy: " + k.says; !strings.Contains(text, want) {
				t.Errorf("the text report does not say %q under the token", want)
			}
			html := string(render(t, r, "html", WriteOptions{}))
			if want := " It is an " + k.says + ".</p>"; !strings.Contains(html, want) {
				t.Errorf("the HTML report does not say %q in the token's paragraph", want)
			}
			f := openXLSX(t, render(t, r, "xlsx", WriteOptions{}))
			defer f.Close()
			rows, err := f.GetRows(SheetTokens)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, row := range rows[1:] {
				proxy := cellAt(row, 12)
				if cellAt(row, 0) == tok.Address {
					found = true
					if proxy != k.says {
						t.Errorf("the Tokens sheet's Proxy is %q, want %q", proxy, k.says)
					}
				} else if !strings.HasPrefix(proxy, "EIP-1967 beacon proxy running ") { // PSTAR's, the sample's
					t.Errorf("the other token's Proxy is %q", proxy)
				}
			}
			if !found || rows[0][12] != "Proxy" {
				t.Errorf("the Tokens sheet has no Proxy column or no row for %s: %q", tok.Address, rows)
			}
		})
	}
}

// tokenBySymbol is the token of r with the symbol.
func tokenBySymbol(t *testing.T, r *Report, symbol string) *Token {
	t.Helper()
	for i := range r.Tokens {
		if r.Tokens[i].Symbol == symbol {
			return &r.Tokens[i]
		}
	}
	t.Fatalf("no token %s", symbol)
	return nil
}

// TestDiffProxyChanged compares reports whose token's proxy changed
// between two scans: a beacon upgraded (a new implementation), a kind, a
// proxy that appeared or went; and checks that an unchanged proxy and a
// token in one report only are no change.
func TestDiffProxyChanged(t *testing.T) {
	const (
		a = "0x00000000000000000000000000000000000000a1"
		b = "0x00000000000000000000000000000000000000b2"
		c = "0x00000000000000000000000000000000000000be"
	)
	tests := []struct {
		name       string
		old, new   *Proxy
		changed    string
		text       string
		noneChange bool
	}{
		{"beacon upgraded", &Proxy{Kind: ProxyBeacon, Implementation: a, Beacon: c}, &Proxy{Kind: ProxyBeacon, Implementation: b, Beacon: c},
			"implementation", "proxy implementation changed from " + a + " to " + b, false},
		{"admin set", &Proxy{Kind: ProxyEIP1967, Implementation: a}, &Proxy{Kind: ProxyEIP1967, Implementation: a, Admin: b},
			"admin", "proxy admin changed from none to " + b, false},
		{"clone became beacon proxy", &Proxy{Kind: ProxyEIP1167, Implementation: a}, &Proxy{Kind: ProxyBeacon, Implementation: a, Beacon: c},
			"kind,beacon", "proxy kind changed from eip1167 to beacon", false},
		{"became a proxy", nil, &Proxy{Kind: ProxyEIP1167, Implementation: a},
			"proxy", "is an EIP-1167 minimal proxy (a clone) running " + a + ", the target in its code; the old report records no proxy", false},
		{"no longer a proxy", &Proxy{Kind: ProxyEIP1967, Implementation: a}, nil,
			"proxy", "is no longer a proxy; it was an EIP-1967 proxy running " + a, false},
		{"unchanged", &Proxy{Kind: ProxyBeacon, Implementation: a, Beacon: c}, &Proxy{Kind: ProxyBeacon, Implementation: a, Beacon: c}, "", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old, new := sampleReport(), sampleReport()
			tokenBySymbol(t, old, "PSTAR").Proxy, tokenBySymbol(t, new, "PSTAR").Proxy = tt.old, tt.new
			d := Diff(old, new)
			if tt.noneChange {
				if len(d.ProxiesChanged) != 0 || !d.Empty() {
					t.Errorf("an unchanged proxy is a change: %+v", d.ProxiesChanged)
				}
				return
			}
			if len(d.ProxiesChanged) != 1 || d.Empty() {
				t.Fatalf("ProxiesChanged %+v, want one change", d.ProxiesChanged)
			}
			pc := d.ProxiesChanged[0]
			if pc.Token != tokenBySymbol(t, new, "PSTAR").Address || pc.Symbol != "PSTAR" || strings.Join(pc.Changed, ",") != tt.changed {
				t.Errorf("change %+v, want token PSTAR, changed %s", pc, tt.changed)
			}
			var buf bytes.Buffer
			if err := WriteDelta(&buf, d, "text"); err != nil {
				t.Fatal(err)
			}
			text := strings.Join(strings.Fields(buf.String()), " ")
			if want := "proxies changed (1) PSTAR (" + pc.Token + ")"; !strings.Contains(text, want) {
				t.Errorf("the diff text does not say %q:\n%s", want, buf.String())
			}
			if !strings.Contains(text, tt.text) {
				t.Errorf("the diff text does not say %q:\n%s", tt.text, buf.String())
			}
			buf.Reset()
			if err := WriteDelta(&buf, d, "json"); err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(buf.String(), `"proxies_changed": [`) {
				t.Errorf("the diff JSON has no proxies_changed:\n%s", buf.String())
			}
		})
	}
	// A token in the new report only is not compared.
	old, new := sampleReport(), sampleReport()
	tokenBySymbol(t, new, "DEED").Proxy = &Proxy{Kind: ProxyEIP1167, Implementation: a}
	old.Tokens = slices.DeleteFunc(old.Tokens, func(tk Token) bool { return tk.Symbol == "DEED" })
	if d := Diff(old, new); len(d.ProxiesChanged) != 0 {
		t.Errorf("a token the old report lacks is a proxy change: %+v", d.ProxiesChanged)
	}
}
