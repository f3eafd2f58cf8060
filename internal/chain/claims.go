package chain

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/big"
	"net/url"
	"sort"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// claims reads the asset the token says it represents: imo() and
// contractURI() on share tokens, tokenURI per held id on ERC-721 tokens.
func (r *reader) claims(ctx context.Context, addr common.Address, t *Token) error {
	if t.Standard == "erc721" {
		var ids []string
		var calls [][]byte
		for _, h := range t.Holders {
			for _, id := range h.TokenIDs {
				n, _ := new(big.Int).SetString(id, 10)
				ids = append(ids, id)
				calls = append(calls, CallData("tokenURI(uint256)", n.Bytes()))
			}
		}
		answers, err := r.callMany(ctx, addr, calls)
		if err != nil {
			return fmt.Errorf("calling tokenURI: %w", err)
		}
		for i, id := range ids {
			uri, sok := decodeString(answers[i].out)
			if !answers[i].ok || !sok || uri == "" {
				continue
			}
			c := r.claimFromURI(ctx, uri)
			c.TokenID, c.Source = id, "tokenURI"
			t.Claims = append(t.Claims, c)
		}
		sort.SliceStable(t.Claims, func(i, j int) bool {
			a, _ := new(big.Int).SetString(t.Claims[i].TokenID, 10)
			b, _ := new(big.Int).SetString(t.Claims[j].TokenID, 10)
			return a.Cmp(b) < 0
		})
		return nil
	}
	if t.Standard == "erc1155" {
		if err := r.claims1155(ctx, addr, t); err != nil {
			return err
		}
	}
	out, ok, err := r.call(ctx, addr, selector("imo()"))
	if err != nil {
		return fmt.Errorf("calling imo(): %w", err)
	}
	if s, sok := decodeString(out); ok && sok && s != "" {
		t.Claims = append(t.Claims, AssetClaim{IMO: s, Source: "contract"})
	}
	out, ok, err = r.call(ctx, addr, selector("contractURI()"))
	if err != nil {
		return fmt.Errorf("calling contractURI(): %w", err)
	}
	if s, sok := decodeString(out); ok && sok && s != "" {
		c := r.claimFromURI(ctx, s)
		c.Source = "contractURI"
		t.Claims = append(t.Claims, c)
	}
	return nil
}

// ClaimFromMetadata reads name, IMO and flag from a metadata URI. Only
// data: URIs (base64 or percent-encoded JSON) are decoded; any other URI is
// kept in the claim's URI with the other fields empty and Unread saying why. The IMO may be a
// top-level "imo" (string or number) or an attribute with trait_type "IMO".
func ClaimFromMetadata(uri string) AssetClaim {
	doc, ok := decodeDataURI(uri)
	if !ok {
		why := "not fetched: give --allow-fetch (http, https, files) or --ipfs-gateway (ipfs://) to read it"
		if strings.HasPrefix(uri, "data:") {
			why = "a data: URI that does not decode"
		}
		return AssetClaim{URI: uri, Unread: why}
	}
	return ClaimFromDocument(uri, doc)
}

// ClaimFromDocument reads name, IMO and flag from a metadata JSON document
// fetched from uri, as ClaimFromMetadata does; a document that is not JSON
// gives a claim with only its URI, and Unread saying so.
func ClaimFromDocument(uri string, doc []byte) AssetClaim {
	c := AssetClaim{URI: uri}
	var m struct {
		Name       string          `json:"name"`
		IMO        json.RawMessage `json:"imo"`
		Flag       string          `json:"flag"`
		Attributes []struct {
			TraitType string          `json:"trait_type"`
			Value     json.RawMessage `json:"value"`
		} `json:"attributes"`
	}
	if err := json.Unmarshal(doc, &m); err != nil {
		c.Unread = "not a JSON metadata document"
		return c
	}
	c.Name, c.Flag, c.IMO = m.Name, m.Flag, rawString(m.IMO)
	for _, a := range m.Attributes {
		switch strings.ToLower(strings.TrimSpace(a.TraitType)) {
		case "imo", "imo number":
			if c.IMO == "" {
				c.IMO = rawString(a.Value)
			}
		case "flag":
			if c.Flag == "" {
				c.Flag = rawString(a.Value)
			}
		case "vessel", "vessel name", "ship name":
			if c.Name == "" {
				c.Name = rawString(a.Value)
			}
		}
	}
	return c
}

// rawString is a JSON string's value or a JSON number's text.
func rawString(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// decodeDataURI returns the body of a data: URI.
func decodeDataURI(uri string) ([]byte, bool) {
	rest, ok := strings.CutPrefix(uri, "data:")
	if !ok {
		return nil, false
	}
	meta, body, ok := strings.Cut(rest, ",")
	if !ok {
		return nil, false
	}
	if strings.HasSuffix(meta, ";base64") {
		b, err := base64.StdEncoding.DecodeString(body)
		if err != nil {
			if b, err = base64.RawStdEncoding.DecodeString(body); err != nil {
				return nil, false
			}
		}
		return b, true
	}
	s, err := url.PathUnescape(body)
	if err != nil {
		return nil, false
	}
	return []byte(s), true
}

// controllers lists owner(), AccessControl role members rebuilt from
// RoleGranted/RoleRevoked logs, ERC-3643 agents from AgentAdded/AgentRemoved
// logs, the EIP-1967 proxy admin, the owner() of a proxy admin that is a
// contract ("proxy-admin-owner") and of the beacon ("beacon-owner"), each
// marked when it is a contract.
func (r *reader) controllers(ctx context.Context, addr common.Address, t *Token, logs []types.Log) error {
	var out []Controller
	out0, ok, err := r.call(ctx, addr, selector("owner()"))
	if err != nil {
		return fmt.Errorf("calling owner(): %w", err)
	}
	if a, aok := decodeAddress(out0); ok && aok && a != (common.Address{}) {
		out = append(out, Controller{Role: "owner", Address: hexAddr(a)})
	}
	out = append(out, rolesFromLogs(logs)...)
	if t.Proxy != nil && t.Proxy.Admin != "" {
		out = append(out, Controller{Role: "proxy-admin", Address: t.Proxy.Admin})
	}
	for i := range out {
		code, err := r.b.CodeAt(ctx, common.HexToAddress(out[i].Address), r.block)
		if err != nil {
			return fmt.Errorf("reading code of controller %s: %w", out[i].Address, err)
		}
		out[i].IsContract = len(code) > 0
	}
	// Whoever owns a ProxyAdmin contract or an upgradeable beacon can
	// replace the token's logic.
	var owners []Controller
	for _, c := range out {
		if c.Role == "proxy-admin" && c.IsContract {
			owners = append(owners, Controller{Role: "proxy-admin-owner", Address: c.Address})
		}
	}
	if t.Proxy != nil && t.Proxy.Beacon != "" {
		owners = append(owners, Controller{Role: "beacon-owner", Address: t.Proxy.Beacon})
	}
	for _, o := range owners {
		got, ok, err := r.call(ctx, common.HexToAddress(o.Address), selector("owner()"))
		if err != nil {
			return fmt.Errorf("calling owner() of %s: %w", o.Address, err)
		}
		a, aok := decodeAddress(got)
		if !ok || !aok || a == (common.Address{}) {
			continue
		}
		code, err := r.b.CodeAt(ctx, a, r.block)
		if err != nil {
			return fmt.Errorf("reading code of controller %s: %w", hexAddr(a), err)
		}
		out = append(out, Controller{Role: o.Role, Address: hexAddr(a), IsContract: len(code) > 0})
	}
	t.Controllers = out
	return nil
}

// rolesFromLogs replays role and agent events into the current members,
// sorted by role then address (then role hash: two unnamed roles may share
// their first bytes).
func rolesFromLogs(logs []types.Log) []Controller {
	members := map[Controller]bool{}
	for _, l := range logs {
		if len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case topicRoleGranted, topicRoleRevoked:
			if len(l.Topics) != 4 {
				continue
			}
			c := Controller{Role: roleName(l.Topics[1]), Address: hexAddr(common.BytesToAddress(l.Topics[2][12:]))}
			if _, named := roleNames[l.Topics[1]]; !named {
				c.RoleHash = l.Topics[1].Hex() // lowercase
			}
			members[c] = l.Topics[0] == topicRoleGranted
		case topicAgentAdded, topicAgentRemoved:
			var a common.Address
			switch {
			case len(l.Topics) == 2:
				a = common.BytesToAddress(l.Topics[1][12:])
			case len(l.Topics) == 1 && len(l.Data) == 32:
				a = common.BytesToAddress(l.Data[12:])
			default:
				continue
			}
			members[Controller{Role: "agent", Address: hexAddr(a)}] = l.Topics[0] == topicAgentAdded
		}
	}
	var out []Controller
	for c, in := range members {
		if in {
			out = append(out, c)
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Role != out[j].Role {
			return out[i].Role < out[j].Role
		}
		if out[i].Address != out[j].Address {
			return out[i].Address < out[j].Address
		}
		return out[i].RoleHash < out[j].RoleHash
	})
	return out
}

// roleName names a role hash: a known name, or "role-" and its first 4
// bytes in hex (the Controller then keeps the full hash in RoleHash).
func roleName(h common.Hash) string {
	if n, ok := roleNames[h]; ok {
		return n
	}
	return "role-" + common.Bytes2Hex(h[:4])
}

// claims1155 reads uri(id) for every id held, with "{id}" replaced by the
// id as 64 lowercase hex digits (ERC-1155 metadata rule), one claim per id.
func (r *reader) claims1155(ctx context.Context, addr common.Address, t *Token) error {
	seen := map[string]bool{}
	var ids []*big.Int
	for _, h := range t.Holders {
		for _, id := range h.TokenIDs {
			if !seen[id] {
				seen[id] = true
				n, _ := new(big.Int).SetString(id, 10)
				ids = append(ids, n)
			}
		}
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i].Cmp(ids[j]) < 0 })
	calls := make([][]byte, len(ids))
	for i, id := range ids {
		calls[i] = CallData("uri(uint256)", id.Bytes())
	}
	answers, err := r.callMany(ctx, addr, calls)
	if err != nil {
		return fmt.Errorf("calling uri(uint256): %w", err)
	}
	for i, id := range ids {
		uri, sok := decodeString(answers[i].out)
		if !answers[i].ok || !sok || uri == "" {
			continue
		}
		c := r.claim1155(ctx, uri, id)
		c.TokenID, c.Source = id.String(), "uri"
		t.Claims = append(t.Claims, c)
	}
	return nil
}

// claim1155 is the claim of the ERC-1155 metadata URI uri for token id:
// each "{id}" written as the id in 64 lowercase hex digits, unless that
// makes the URI longer than maxURI (a contract's few bytes of "{id}" would
// otherwise grow 16-fold before the length is checked).
func (r *reader) claim1155(ctx context.Context, uri string, id *big.Int) AssetClaim {
	if size := len(uri) + 60*strings.Count(uri, "{id}"); size > maxURI {
		return longURIClaim(uri, size)
	}
	return r.claimFromURI(ctx, strings.ReplaceAll(uri, "{id}", fmt.Sprintf("%064x", id)))
}
