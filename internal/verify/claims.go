package verify

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tokenaudit/audit/internal/chain"
)

// stepClaim is what an ownership step whose token claims the vessel
// itself cites ("token contract", "token tokenURI URI"; see claimSource):
// the claim internal/chain read from the token at the pinned block.
type stepClaim struct {
	source string // one of claimSources
	uri    string // the metadata URI, "" for "contract"
	token  string // the token contract, as the step's node names it
	id     string // the token id of a deed's node ("0x…#3"), else ""
	asset  string // the vessel the path is of: imo() must give its IMO
}

// claimSources are the sources of a claim read from a token itself, as
// chain.AssetClaim.Source names them: the contract's imo(), or the
// metadata at contractURI(), tokenURI(id) or (ERC-1155) uri(id).
var claimSources = []string{"contract", "tokenURI", "contractURI", "uri"}

// claimOfStep is the claim an ownership step's source cites when the
// token claims the vessel itself, as internal/rules writes it: "token
// contract", or "token SOURCE URI" with SOURCE one of the metadata
// sources; nil for any other source. id is the step's node id, asset the
// path's.
func claimOfStep(source, id, asset string) *stepClaim {
	rest, ok := strings.CutPrefix(source, "token ")
	if !ok {
		return nil
	}
	name, uri, _ := strings.Cut(rest, " ")
	if !slices.Contains(claimSources, name) || (name == "contract") != (uri == "") {
		return nil
	}
	token, tokenID, _ := strings.Cut(id, "#")
	return &stepClaim{source: name, uri: uri, token: token, id: tokenID, asset: asset}
}

// checkClaim reads a token's claim at the pinned block as internal/chain
// read it and says why it is not what the step cites ("" when it is),
// and whether anything was read: imo() gives the IMO of the path's vessel
// (their digits equal); contractURI(), tokenURI(id) or uri(id) (each
// "{id}" written as the id in 64 hex digits) gives the URI cited. When
// the node has no state at the pinned block it sets c.noState, reads
// nothing and gives no reason. err is the node failing to answer.
func (c *chainChecker) checkClaim(cl *stepClaim) (string, bool, error) {
	if !common.IsHexAddress(cl.token) || !c.isToken(cl.token) {
		return fmt.Sprintf("token %s is not one of the report's tokens", orNone(cl.token)), false, nil
	}
	var id *big.Int
	if cl.source == "tokenURI" || cl.source == "uri" {
		n, ok := new(big.Int).SetString(cl.id, 10)
		if !ok || n.Sign() < 0 {
			return fmt.Sprintf("the step's token id %q is not a decimal integer, for %s(id)", cl.id, cl.source), false, nil
		}
		id = n
	}
	if c.noState {
		return "", false, nil
	}
	to := common.HexToAddress(cl.token)
	var data []byte
	name := cl.source + "()"
	switch cl.source {
	case "contract":
		data, name = chain.CallData("imo()"), "imo()"
	case "contractURI":
		data = chain.CallData("contractURI()")
	default:
		data, name = chain.CallData(cl.source+"(uint256)", id.Bytes()), fmt.Sprintf("%s(%s)", cl.source, id)
	}
	r, err := c.read(contractCall{to, string(data)})
	if err != nil || c.noState {
		return "", false, err
	}
	what := fmt.Sprintf("%s of %s at the pinned block %d", name, strings.ToLower(to.Hex()), c.rep.Chain.BlockNumber)
	if r.err != nil {
		return fmt.Sprintf("%s failed: %v", what, r.err), true, nil
	}
	got, ok := chain.DecodeString(r.out)
	if !ok {
		return fmt.Sprintf("%s returned %d bytes, not a string", what, len(r.out)), true, nil
	}
	switch cl.source {
	case "contract":
		if got != cl.asset && (digits(got) == "" || digits(got) != digits(cl.asset)) {
			return fmt.Sprintf("%s is %q, not the IMO of vessel %s", what, short(got), cl.asset), true, nil
		}
		return "", true, nil
	case "uri":
		got = strings.ReplaceAll(got, "{id}", fmt.Sprintf("%064x", id))
	}
	if got != cl.uri {
		return fmt.Sprintf("%s is %q, not the URI the step cites", what, short(got)), true, nil
	}
	return "", true, nil
}

// digits are the decimal digits of s, in order: an IMO number however it
// is written ("IMO 9321483", "9321483").
func digits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

// short is s cut to 200 characters for a reason, printable.
func short(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsPrint(r) {
			return r
		}
		return -1
	}, s)
	if r := []rune(s); len(r) > 200 {
		return string(r[:200]) + "…"
	}
	return s
}
