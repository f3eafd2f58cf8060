package verify

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// identityStepRE is an ownership step that counts a wallet no wallets row
// lists as an owner's through an on-chain identity, as internal/rules
// writes it (joinIdentities): "chain C, block N: identity(0xUNLISTED) and
// identity(0xLISTED) on the identity registry 0xR of SYM (0xTOKEN)
// returned the on-chain identity 0xI", the token "0xTOKEN" alone when it
// has no symbol.
var identityStepRE = regexp.MustCompile(`^chain (\d+), block (\d+): identity\((0x[0-9a-f]{40})\)((?: and identity\(0x[0-9a-f]{40}\))+) on the identity registry (0x[0-9a-f]{40}) of (.+) returned the on-chain identity (0x[0-9a-f]{40})$`)

// listedRE is each listed wallet of identityStepRE's fourth group.
var listedRE = regexp.MustCompile(`identity\((0x[0-9a-f]{40})\)`)

// tokenLabelRE is the token identityStepRE names with its symbol.
var tokenLabelRE = regexp.MustCompile(`^.* \((0x[0-9a-f]{40})\)$`)

// identityStep is what an ownership step through an on-chain identity
// states: identity() of the wallet no row lists and of the owner's listed
// wallets, on the token's identity registry at block, returned identity.
type identityStep struct {
	block    uint64
	wallet   string   // the wallet no wallets row lists
	listed   []string // the owner's wallets, which wallets rows tie to it
	registry string
	token    string
	label    string // the token as the step names it
	identity string
	owner    string // the step's node id: the owner the wallet counts as
}

// parseIdentityStep is the identity step a step's source states, nil when
// the source is not one.
func parseIdentityStep(st report.Step) *identityStep {
	m := identityStepRE.FindStringSubmatch(st.Source)
	if m == nil {
		return nil
	}
	block, err := strconv.ParseUint(m[2], 10, 64)
	if err != nil {
		return nil
	}
	s := &identityStep{block: block, wallet: m[3], registry: m[5], label: m[6], identity: m[7], owner: st.ID}
	for _, l := range listedRE.FindAllStringSubmatch(m[4], -1) {
		s.listed = append(s.listed, l[1])
	}
	s.token = m[6]
	if lm := tokenLabelRE.FindStringSubmatch(m[6]); lm != nil {
		s.token = lm[1]
	}
	return s
}

// facts are the identity citations the step makes, one a wallet, as a
// finding cites identity(): the token's identityRegistry() is the
// registry, whose identity(wallet) is the identity, which has code (the
// rules join wallets only through an identity with code).
func (s *identityStep) facts() []report.Evidence {
	yes := true
	var out []report.Evidence
	for _, w := range append([]string{s.wallet}, s.listed...) {
		out = append(out, report.Evidence{Kind: "chain", Fact: report.FactIdentity, Block: s.block, Contract: s.token, Holder: w,
			Registry: s.registry, Value: s.identity, HasCode: &yes})
	}
	return out
}

// identityStepProblem is why step i of path p, an identity step s, does
// not state what the rules write ("" when nothing read without a node
// says so): the step before it is the wallet it counts as the owner's;
// the token is one of the report's, named as the rules name it (its
// symbol and address); and the wallets rows of the report's registry
// inputs (owners) tie each listed wallet to the step's owner and none of
// them the wallet no row lists to a holder.
func identityStepProblem(rep *report.Report, p report.Path, i int, s *identityStep, owners *walletOwners) string {
	if i == 0 || p.Steps[i-1].Kind != "wallet" || !strings.EqualFold(p.Steps[i-1].ID, s.wallet) {
		prev := "none"
		if i > 0 {
			prev = p.Steps[i-1].Kind + " " + p.Steps[i-1].ID
		}
		return fmt.Sprintf("the step counts wallet %s as %s's, but the step before it is %s", s.wallet, s.owner, prev)
	}
	label := ""
	for _, t := range rep.Tokens {
		if strings.EqualFold(t.Address, s.token) && common.IsHexAddress(t.Address) {
			label = strings.ToLower(t.Address)
			if t.Symbol != "" {
				label = t.Symbol + " (" + label + ")"
			}
		}
	}
	switch {
	case label == "":
		return fmt.Sprintf("token %s is not one of the report's tokens", s.token)
	case label != s.label:
		return fmt.Sprintf("the step names the token %q, the report's tokens give it as %q", s.label, label)
	}
	if owners.why != "" {
		return owners.why
	}
	for _, w := range s.listed {
		switch got := owners.owner[w]; {
		case got == "":
			return fmt.Sprintf("no wallets row of %s ties wallet %s to a known holder, let alone to the step's owner %s%s", owners.files, w, s.owner, owners.changed)
		case got != s.owner:
			return fmt.Sprintf("the wallets rows of %s tie wallet %s to %s, not to the step's owner %s%s", owners.files, w, got, s.owner, owners.changed)
		}
	}
	if h := owners.holder[s.wallet]; h != "" {
		return fmt.Sprintf("a wallets row of %s gives wallet %s the holder %s: it is not a wallet no row lists, to count as %s's through an identity%s", owners.files, s.wallet, h, s.owner, owners.changed)
	}
	return ""
}

// walletOwners are the wallets rows of a report's registry inputs, read
// as the audit read them (registry.Load of every registry input, with the
// report's mapping): by lowercase address, the known holder the rules
// give the wallet (the first row naming a holder that is not an unknown
// person, as internal/rules' walletEntity) and the first holder any row
// names (known or not, as its hasHolderRow). why says why they cannot be
// read (an input missing, a file that does not load).
type walletOwners struct {
	owner   map[string]string
	holder  map[string]string
	files   string // the registry inputs, as the report names them
	changed string // " (the file changed since the audit)" when one did
	why     string
	// missing is the input that is missing, when why is that it is ("FILE
	// is missing", the reason every citation of the file has, printed
	// with them)
	missing string
}

// loadWalletOwners reads the wallets rows of a report's registry inputs
// as found (ins, Verify's), in the report's order.
func loadWalletOwners(ins []Input) *walletOwners {
	o := &walletOwners{owner: map[string]string{}, holder: map[string]string{}}
	var paths, names []string
	var opts registry.Options
	for _, in := range ins {
		if in.Kind != "registry" && in.Kind != "mapping" {
			continue
		}
		if in.Status == InputMissing {
			o.why, o.missing = in.Path+" is missing", in.Path
			return o
		}
		if in.Status == InputChanged {
			o.changed = " (the file changed since the audit)"
		}
		if in.Kind == "mapping" {
			opts.Mapping = in.Found
			continue
		}
		names, paths = append(names, in.Path), append(paths, in.Found)
	}
	o.files = strings.Join(names, ", ")
	if len(paths) == 0 {
		o.why = "the report has no registry input, whose wallets rows tie the listed wallets to the step's owner"
		return o
	}
	reg, err := registry.Load(paths, opts)
	if err != nil {
		o.why = fmt.Sprintf("reading the wallets rows of %s: %v%s", o.files, err, o.changed)
		return o
	}
	unknown := map[string]bool{}
	for _, p := range reg.People {
		unknown[p.ID] = p.Unknown // the last of an id, as the rules keep it
	}
	rows := map[string][]*registry.Wallet{}
	for i, w := range reg.Wallets {
		a := strings.ToLower(w.Address)
		rows[a] = append(rows[a], &reg.Wallets[i])
		if o.holder[a] == "" && w.HolderID != "" {
			o.holder[a] = w.HolderID
		}
	}
	for a, ws := range rows {
		if h := registry.WalletHolder(ws, func(id string) bool { return unknown[id] }); h != "" {
			o.owner[a] = h
		}
	}
	return o
}

// checkIdentityStep reads, at the pinned block, what an identity step
// states (its facts: the token's identityRegistry() is the step's
// registry, whose identity() of each wallet is the step's identity, which
// has code) and says why it is not so ("" when it is), and whether
// anything was read. The step must be of the pinned block, where the
// rules read the identities. When the node has no state at the pinned
// block it sets c.noState and gives no reason. err is the node failing to
// answer.
func (c *chainChecker) checkIdentityStep(s *identityStep) (string, bool, error) {
	if s.block != c.rep.Chain.BlockNumber {
		return fmt.Sprintf("the step cites block %d, but the rules read identities at the pinned block %d", s.block, c.rep.Chain.BlockNumber), false, nil
	}
	read := false
	for _, ev := range s.facts() {
		why, r, err := c.checkState(ev, "")
		read = read || r
		if err != nil || why != "" || c.noState {
			return why, read, err
		}
	}
	return "", read, nil
}
