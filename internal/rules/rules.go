package rules

import (
	"fmt"
	"math/big"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/ownership"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// Options are the thresholds and windows the rules judge by.
type Options struct {
	BeneficialOwnerShare  float64       // a person at or above this effective share is a beneficial owner (0.25)
	IdentificationShare   float64       // a holder at or above this share of supply must be identified (0.10)
	ConcentrationShares   []float64     // HOLDER-CONCENTRATION levels, ascending (0.25, 0.50)
	FlagHoppingWindow     time.Duration // window for two flag or name changes (36 months)
	ChangeNearTokenWindow time.Duration // owner/manager/flag change this close to deployment or a large transfer (90 days)
	LargeTransferShare    float64       // a transfer of at least this share of supply is large (0.05)
	// InitialDistributionWindow is how long after a token's deployment
	// its mints are its initial distribution (30 days), unless the token
	// moved between holders before: CONTRACT-MINT cites the mints after it
	// (see contractMint).
	InitialDistributionWindow time.Duration
	Ownership                 ownership.Options
}

// DefaultOptions are the brief's defaults.
func DefaultOptions() Options {
	return Options{
		BeneficialOwnerShare:      0.25,
		IdentificationShare:       0.10,
		ConcentrationShares:       []float64{0.25, 0.50},
		FlagHoppingWindow:         1096 * 24 * time.Hour, // 36 months
		ChangeNearTokenWindow:     90 * 24 * time.Hour,
		LargeTransferShare:        0.05,
		InitialDistributionWindow: 30 * 24 * time.Hour,
		Ownership:                 ownership.DefaultOptions(),
	}
}

// Reference is the reference data rules need, as plain maps the caller
// fills (from internal/refdata in the CLI, by hand in tests).
type Reference struct {
	FlagsOfConvenience   map[string]bool   // ISO 3166-1 alpha-2 -> on the ITF list
	SecrecyJurisdictions map[string]bool   // ISO 3166-1 alpha-2 -> a secrecy jurisdiction
	MIDCountry           map[string]string // three-digit MID -> ISO 3166-1 alpha-2
	CountryNames         map[string]string // ISO alpha-2 -> English name, for messages (optional)
	// CountryCode turns a country name or code into its ISO 3166-1
	// alpha-2 code, as the registry reads a flag (optional: the embedded
	// table, refdata.CountryCode, when nil). The vessel rules compare
	// flag history values through it.
	CountryCode func(string) (string, bool)
	// Listings cite the reference rows behind a judgement, by the finding's
	// key: "secrecy:PA" and "foc:PA" -> the rows of the secrecy and
	// flags-of-convenience tables that list Panama, "mid:636" -> the row of
	// the MID table allocating 636 (optional).
	Listings map[string][]report.Evidence
}

// Facts are everything the rules look at. Any of the pointers may be nil.
type Facts struct {
	Snapshot  *chain.Snapshot
	Registry  *registry.Registry
	Lists     *sanctions.Index
	Reference Reference
}

// Result is what the rules conclude.
type Result struct {
	// Findings, sorted: severity (worst first), rule, subject kind, subject
	// id, fingerprint. No two findings share a fingerprint.
	Findings []report.Finding
	// Entities are every company and person in the chain of a holder or of
	// a tokenised vessel, with Status sanctioned, possibly-sanctioned,
	// opaque, unknown or clean (sanctionStatus), and every wallet and tokenised vessel that a list names by an
	// identifier (SANC-WALLET, SANC-VESSEL by IMO or MMSI), with Status
	// sanctioned; sorted by kind then id.
	Entities []report.Entity
	// Paths are the ownership paths from each tokenised vessel (legal
	// chain, from its registered owner up) and each token (economic chain,
	// from its holders up) to the ultimate owners; sorted by asset, then as
	// enumerated.
	Paths []report.Path
	// Owners are each chain's ultimate owners with their shares aggregated
	// over every path and the decision at BeneficialOwnerShare, in chain
	// order (see owners.go).
	Owners []report.Owners
	// Notes say what the output leaves out, one line each: the chains whose
	// path enumeration stopped at Options.Ownership.MaxPaths (their shares
	// are still computed over every path).
	Notes []string
}

// Effective is o with every option left unset (zero) given its
// DefaultOptions value: the options Evaluate judges by, which a report
// states.
func (o Options) Effective() Options {
	d := DefaultOptions()
	if o.BeneficialOwnerShare <= 0 {
		o.BeneficialOwnerShare = d.BeneficialOwnerShare
	}
	if o.IdentificationShare <= 0 {
		o.IdentificationShare = d.IdentificationShare
	}
	if len(o.ConcentrationShares) == 0 {
		o.ConcentrationShares = d.ConcentrationShares
	}
	if o.FlagHoppingWindow <= 0 {
		o.FlagHoppingWindow = d.FlagHoppingWindow
	}
	if o.ChangeNearTokenWindow <= 0 {
		o.ChangeNearTokenWindow = d.ChangeNearTokenWindow
	}
	if o.LargeTransferShare <= 0 {
		o.LargeTransferShare = d.LargeTransferShare
	}
	if o.InitialDistributionWindow <= 0 {
		o.InitialDistributionWindow = d.InitialDistributionWindow
	}
	if o.Ownership.MaxPaths <= 0 {
		o.Ownership = d.Ownership
	}
	return o
}

// Evaluate runs every rule of the catalogue over the facts. It reads no
// file, prints nothing and gives the same result for the same facts; options
// left unset are their defaults (Options.Effective).
func Evaluate(f Facts, opts Options) Result {
	if f.Registry == nil {
		f.Registry = &registry.Registry{}
	}
	if f.Snapshot == nil {
		f.Snapshot = &chain.Snapshot{}
	}
	if f.Lists == nil {
		f.Lists = sanctions.NewIndex(nil, sanctions.DefaultOptions)
	}
	opts = opts.Effective()
	e := newEval(f, opts)
	// In this order: sancWallet finds the wallets a list names by address
	// and the parties they are tied to (idListed, walletTied), sancOwner
	// the parties matched (listed), and sanc50 starts from them all; the
	// entities, paths and owners, built after every rule, read the
	// statuses these give (sanctionStatus).
	for _, rule := range []func(*eval){
		inputRows,
		sancWallet, sancVessel, sancOwner, sanc50, sancFormerOwner,
		assetUnknown, assetIMOInvalid, assetOwnerMismatch, assetOverclaimed, assetMetadataMismatch,
		holderUnidentified, holderConcentration, holderLedgerMismatch, holderUnverified, holderIdentityMismatch, holderIdentityNoCode,
		ownOpaque, ownCycle, ownNominee, ownBearer, ownSecrecy, ownUndeterminable, ownOver100, ownDeclaredInconsistent, ownDeclaredBoundary,
		ownArrangement, ownExempt,
		vesselFlagHopping, vesselNameChanges, vesselFOC, vesselSingleShipOwner, vesselChangeNearToken, vesselMMSIFlag,
		contractMint, contractUpgradeable, contractFreeze, contractForcedTransfer, contractSingleKey,
	} {
		rule(e)
	}
	return Result{Findings: e.sortedFindings(), Entities: e.entities(), Paths: e.paths(), Owners: e.beneficialOwners(), Notes: e.notes()}
}

// eval is one evaluation: the facts, indexes over them, and the findings so far.
type eval struct {
	f    Facts
	opts Options
	reg  *registry.Registry
	snap *chain.Snapshot

	vessels   map[string]*registry.Vessel // by Key and by IMO
	companies map[string]*registry.Company
	people    map[string]*registry.Person
	wallets   map[string][]*registry.Wallet // lowercase address

	g          *ownership.Graph
	chainList  []chainRef           // chains, made on the first call once the chains are built
	firstReach map[int32]reach      // where a chain first reaches each entity, for entityEvidence; nil until asked
	holdersIn  map[int32][]chainRef // the chains each node is in, for chainsOf; nil until asked
	tokenAt    map[string]int       // token address (lowercase) -> index in snap.Tokens, for snapToken; nil until asked
	tokens     map[string]int32     // token address -> graph node
	claims     []claimUnit
	byVessel   map[string][]claimUnit // claims by vessel key, for vesselClaims; nil until asked
	histories  map[string][]int       // indexes of reg.History rows by IMO as written, for history; nil until asked
	tokenised  []string               // vessel ids (Key when in the registry, else the claimed IMO), sorted

	legal        map[string]*ownership.Result // vessel key -> look-through from its registered owner
	economic     map[string]*ownership.Result // token address -> look-through from the token
	econVessel   map[string]*ownership.Result // vessel id -> look-through from the tokens claiming it
	inChain      map[int32]bool               // entities in any chain
	listed       map[int32][]sanctions.Match  // entities matched by SANC-OWNER at match strength
	idListed     map[int32][]sanctions.Match  // wallets and vessels a list names by identifier (address, IMO, MMSI)
	walletTied   map[int32][]walletTie        // entities the graph makes the owners of a wallet a list names by address (SANC-WALLET)
	blocked      map[int32]bool               // by the 50% rule (SANC-50 at match strength)
	blockedByIDs map[int32]bool               // by the 50% rule from the parties listed by an identifier alone
	mayBeBlocked map[int32]bool               // by the 50% rule, if unknown shares are high enough (SANC-50's "may be blocked")
	looked       map[int32]*ownership.Result  // look-throughs of declared indirect holdings, by target

	idJoins      []*identityJoin               // on-chain identities of listed and other wallets (joinIdentities), by token then identity
	joinedWallet map[int32]*identityJoin       // wallet node -> the identity that made it its owner's
	viaIdentity  map[int32]*identityJoin       // edge -> the identity it stands for
	idParts      map[*ownership.Result]idParts // throughIdentity, by chain

	findings map[string]report.Finding
}

// claimUnit is one claim of a share of a vessel by a token (or one of its
// ERC-721 ids), from the claims sheet or from the token itself; the same
// claim seen in both places is one unit.
type claimUnit struct {
	Token   string
	TokenID string
	IMO     string // as claimed
	Vessel  string // vessel id: registry Key when known, else the IMO as claimed
	Known   bool   // the vessel is in the registry
	Share   registry.Share
	Issuer  string // company id, from the claims sheet
	Sheet   *registry.Claim
	Chain   *chain.AssetClaim
}

func newEval(f Facts, opts Options) *eval {
	e := &eval{f: f, opts: opts, reg: f.Registry, snap: f.Snapshot,
		vessels: map[string]*registry.Vessel{}, companies: map[string]*registry.Company{},
		people: map[string]*registry.Person{}, wallets: map[string][]*registry.Wallet{},
		tokens: map[string]int32{}, legal: map[string]*ownership.Result{}, economic: map[string]*ownership.Result{}, econVessel: map[string]*ownership.Result{},
		inChain: map[int32]bool{}, looked: map[int32]*ownership.Result{}, listed: map[int32][]sanctions.Match{}, idListed: map[int32][]sanctions.Match{}, walletTied: map[int32][]walletTie{}, blocked: map[int32]bool{}, blockedByIDs: map[int32]bool{}, mayBeBlocked: map[int32]bool{},
		joinedWallet: map[int32]*identityJoin{}, viaIdentity: map[int32]*identityJoin{}, idParts: map[*ownership.Result]idParts{},
		findings: map[string]report.Finding{}}
	for i := range e.reg.Vessels {
		v := &e.reg.Vessels[i]
		e.vessels[v.Key] = v
		if v.IMO != "" {
			if _, ok := e.vessels[v.IMO]; !ok {
				e.vessels[v.IMO] = v
			}
		}
	}
	for i := range e.reg.Companies {
		e.companies[e.reg.Companies[i].ID] = &e.reg.Companies[i]
	}
	for i := range e.reg.People {
		e.people[e.reg.People[i].ID] = &e.reg.People[i]
	}
	for i := range e.reg.Wallets {
		a := strings.ToLower(e.reg.Wallets[i].Address)
		e.wallets[a] = append(e.wallets[a], &e.reg.Wallets[i])
	}
	e.buildGraph()
	e.buildClaims()
	e.buildVesselViews()
	e.buildChains()
	return e
}

// buildGraph is the registry's graph plus, per token, its holders' wallets
// holding their share of supply, and the wallets no row lists that an
// ERC-3643 token's identity registry ties to one owner's (joinIdentities).
func (e *eval) buildGraph() {
	e.g = ownership.FromRegistry(e.reg)
	for _, t := range e.snap.Tokens {
		addr := strings.ToLower(t.Address)
		ti := e.g.Add(ownership.Node{ID: addr, Kind: ownership.Token, Name: t.Symbol})
		e.tokens[addr] = ti
		for _, h := range t.Holders {
			wi := e.g.Add(ownership.Node{ID: h.Address, Kind: ownership.Wallet})
			share := fraction(h.Balance, t.TotalSupply)
			e.g.AddEdge(ownership.Edge{Owner: wi, Owned: ti, Declared: registry.Exact(share), Kind: ownership.EdgeTokenBalance, Interest: "token balance",
				Source: fmt.Sprintf("%s: balance %s of %s", e.chainAt(), units(h.Balance, t.Decimals), amountOf(t.TotalSupply, &t))})
		}
	}
	e.joinIdentities()
	e.g.Freeze()
}

// chainAt says where the holdings were read: "chain 1, block 19000000", or
// for a transfer export, which gives no chain id, "transfers FILE up to
// block N".
func (e *eval) chainAt() string {
	if e.snap.ChainID == 0 && e.snap.Source == "transfers" {
		return fmt.Sprintf("transfers %s up to block %d", filepath.Base(e.snap.Endpoint), e.snap.Block)
	}
	return fmt.Sprintf("chain %d, block %d", e.snap.ChainID, e.snap.Block)
}

// buildVesselViews adds the economic view of each tokenised vessel: the
// vessel is owned by the tokens claiming it (their claimed share), an
// ERC-721 deed by the wallet holding that token id.
func (e *eval) buildVesselViews() {
	for _, c := range e.claims {
		ti, ok := e.tokens[c.Token]
		if !ok {
			continue
		}
		t := e.snapToken(c.Token)
		name := c.Vessel
		if v, ok := e.vessels[c.Vessel]; ok {
			name = v.Name
		}
		vi := e.g.Add(ownership.Node{ID: c.Vessel, Kind: ownership.Vessel, Name: name})
		owner := ti
		if c.TokenID != "" && t != nil {
			deed := ""
			if t.Symbol != "" {
				deed = t.Symbol + " #" + c.TokenID // else the node's id names it
			}
			owner = e.g.Add(ownership.Node{ID: c.Token + "#" + c.TokenID, Kind: ownership.Token, Name: deed})
			for _, h := range t.Holders {
				for _, id := range h.TokenIDs {
					if id == c.TokenID {
						wi := e.g.Add(ownership.Node{ID: h.Address, Kind: ownership.Wallet})
						e.g.AddEdge(ownership.Edge{Owner: wi, Owned: owner, Declared: registry.Exact(1), Kind: ownership.EdgeTokenBalance, Interest: "token balance",
							Source: fmt.Sprintf("%s: holder of %s token id %s", e.chainAt(), tokenName(t), id)})
					}
				}
			}
		}
		ed := ownership.Edge{Owner: owner, Owned: vi, Declared: c.Share, Kind: ownership.EdgeTokenClaim, Interest: "token claim"}
		if c.Sheet != nil {
			ed.Origin = &c.Sheet.Origin
		} else if c.Chain != nil {
			ed.Source = strings.TrimSpace("token " + c.Chain.Source + " " + c.Chain.URI) // a claim read from the contract has no URI
		}
		e.g.AddEdge(ed)
	}
	e.g.Freeze()
}

// vesselClaims are the claims on the vessel of key id, in claims order.
func (e *eval) vesselClaims(id string) []claimUnit {
	if e.byVessel == nil {
		e.byVessel = map[string][]claimUnit{}
		for _, c := range e.claims {
			e.byVessel[c.Vessel] = append(e.byVessel[c.Vessel], c)
		}
	}
	return e.byVessel[id]
}

// snapToken is the snapshot's token with the address (the first, in any
// case), or nil; looked up in a map made on the first call, as it is
// asked for each finding and evidence.
func (e *eval) snapToken(addr string) *chain.Token {
	if e.tokenAt == nil {
		e.tokenAt = make(map[string]int, len(e.snap.Tokens))
		for i, t := range e.snap.Tokens {
			a := strings.ToLower(t.Address)
			if _, dup := e.tokenAt[a]; !dup {
				e.tokenAt[a] = i
			}
		}
	}
	if i, ok := e.tokenAt[strings.ToLower(addr)]; ok {
		return &e.snap.Tokens[i]
	}
	return nil
}

// snapshotTokens is the set of audited token addresses.
func (e *eval) snapshotToken(addr string) bool {
	_, ok := e.tokens[strings.ToLower(addr)]
	return ok
}

func (e *eval) buildClaims() {
	seen := map[string]int{}
	vesselID := func(imo, id string) (string, bool) {
		for _, k := range []string{imo, id} {
			if k == "" {
				continue
			}
			if v, ok := e.vessels[k]; ok {
				return v.Key, true
			}
		}
		if imo != "" {
			return imo, false
		}
		return id, false
	}
	useSheet := len(e.snap.Tokens) == 0
	for i := range e.reg.Claims {
		c := &e.reg.Claims[i]
		if !useSheet && !e.snapshotToken(c.Token) {
			continue
		}
		vid, known := vesselID(c.AssetIMO, c.AssetID)
		if vid == "" {
			continue
		}
		// A claimed_share of 0 is a claim of nothing; a blank one is
		// unknown (registry.ParseShare).
		u := claimUnit{Token: strings.ToLower(c.Token), TokenID: c.TokenID, IMO: c.AssetIMO, Vessel: vid, Known: known,
			Share: c.ClaimedShare, Issuer: c.IssuerID, Sheet: c}
		seen[u.Token+"/"+u.TokenID+"/"+vid] = len(e.claims)
		seen[u.Token+"/"+u.TokenID+"/*"] = len(e.claims)
		e.claims = append(e.claims, u)
	}
	for ti := range e.snap.Tokens {
		t := &e.snap.Tokens[ti]
		for ci := range t.Claims {
			c := &t.Claims[ci]
			if c.IMO == "" {
				continue
			}
			addr := strings.ToLower(t.Address)
			vid, known := vesselID(c.IMO, "")
			if i, ok := seen[addr+"/"+c.TokenID+"/"+vid]; ok {
				if e.claims[i].Chain == nil {
					e.claims[i].Chain = c
				}
				continue
			}
			if i, ok := seen[addr+"/"+c.TokenID+"/*"]; ok && c.TokenID != "" {
				// the sheet says this deed is another vessel: the metadata
				// disagrees (ASSET-METADATA-MISMATCH), the sheet's claim stands
				if e.claims[i].Chain == nil {
					e.claims[i].Chain = c
				}
				continue
			}
			seen[addr+"/"+c.TokenID+"/"+vid] = len(e.claims)
			e.claims = append(e.claims, claimUnit{Token: addr, TokenID: c.TokenID, IMO: c.IMO, Vessel: vid, Known: known,
				Share: registry.Exact(1), Chain: c})
		}
	}
	ids := map[string]bool{}
	for _, c := range e.claims {
		ids[c.Vessel] = true
	}
	for id := range ids {
		e.tokenised = append(e.tokenised, id)
	}
	sort.Strings(e.tokenised)
}

// buildChains looks through every tokenised vessel's registered owner and
// every token's holders.
func (e *eval) buildChains() {
	for _, id := range e.tokenised {
		v, ok := e.vessels[id]
		if !ok || v.RegisteredOwner == "" {
			continue
		}
		o := e.g.Entity(v.RegisteredOwner)
		if o < 0 {
			continue
		}
		r := e.g.LookThrough(o, e.opts.Ownership)
		e.legal[id] = r
		e.inChain[o] = true
		for _, h := range r.Holdings {
			e.inChain[h.Node] = true
		}
	}
	for _, ti := range e.tokens {
		r := e.g.LookThrough(ti, e.opts.Ownership)
		e.economic[e.g.Nodes[ti].ID] = r
		for _, h := range r.Holdings {
			e.inChain[h.Node] = true
		}
	}
	for _, id := range e.tokenised {
		vi := e.g.Node(ownership.Vessel, id)
		if vi < 0 {
			continue
		}
		r := e.g.LookThrough(vi, e.opts.Ownership)
		e.econVessel[id] = r
		for _, h := range r.Holdings {
			e.inChain[h.Node] = true
		}
	}
	for v := range e.inChain {
		if k := e.g.Nodes[v].Kind; k == ownership.Wallet || k == ownership.Token || k == ownership.Vessel {
			delete(e.inChain, v)
		}
	}
}

// chainEntities are the entities in any chain, sorted by id.
func (e *eval) chainEntities() []int32 {
	out := make([]int32, 0, len(e.inChain))
	for v := range e.inChain {
		out = append(out, v)
	}
	sort.Slice(out, func(i, j int) bool { return e.g.Nodes[out[i]].ID < e.g.Nodes[out[j]].ID })
	return out
}

// add records a finding; the same rule, subject and key twice keep the
// first. An evidence item given twice is kept once, where it first came.
func (e *eval) add(rule string, sev report.Severity, subj report.Subject, key, msg string, ev ...report.Evidence) {
	fp := report.Fingerprint(rule, subj, key)
	if _, ok := e.findings[fp]; ok {
		return
	}
	seen := make(map[string][]int, len(ev)) // text -> indices in kept
	kept := []report.Evidence{}
next:
	for _, x := range ev {
		for _, i := range seen[x.Text] {
			if kept[i].Equal(x) {
				continue next
			}
		}
		seen[x.Text] = append(seen[x.Text], len(kept))
		kept = append(kept, x)
	}
	ev = kept
	e.findings[fp] = report.Finding{Rule: rule, Severity: sev, Subject: subj, Message: msg, Evidence: ev, Fingerprint: fp}
}

func (e *eval) sortedFindings() []report.Finding {
	out := make([]report.Finding, 0, len(e.findings))
	for _, f := range e.findings {
		out = append(out, f)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Severity.Rank() != b.Severity.Rank() {
			return a.Severity.Rank() > b.Severity.Rank()
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Subject.Kind != b.Subject.Kind {
			return a.Subject.Kind < b.Subject.Kind
		}
		if a.Subject.ID != b.Subject.ID {
			return a.Subject.ID < b.Subject.ID
		}
		return a.Fingerprint < b.Fingerprint
	})
	return out
}

// subject is the finding subject for a graph node.
func (e *eval) subject(v int32) report.Subject {
	n := e.g.Nodes[v]
	switch n.Kind {
	case ownership.Person:
		return report.Subject{Kind: "person", ID: n.ID}
	case ownership.Wallet:
		return report.Subject{Kind: "wallet", ID: n.ID}
	case ownership.Token:
		return report.Subject{Kind: "token", ID: n.ID}
	}
	return report.Subject{Kind: "company", ID: n.ID}
}

func vesselSubject(id string) report.Subject { return report.Subject{Kind: "vessel", ID: id} }
func tokenSubject(a string) report.Subject {
	return report.Subject{Kind: "token", ID: strings.ToLower(a)}
}
func walletSubject(a string) report.Subject {
	return report.Subject{Kind: "wallet", ID: strings.ToLower(a)}
}

// label names a node for a message: "Name (ID)".
func (e *eval) label(v int32) string {
	n := e.g.Nodes[v]
	if n.Name != "" && n.Name != n.ID {
		return n.Name + " (" + n.ID + ")"
	}
	return n.ID
}

// vesselLabel names a vessel for a message.
func (e *eval) vesselLabel(id string) string {
	if v, ok := e.vessels[id]; ok && v.Name != "" {
		return v.Name + " (" + id + ")"
	}
	return id
}

// tokenLabel names a token for a message: "SYM (address)", or its
// lowercase address alone when it has no symbol.
func (e *eval) tokenLabel(addr string) string {
	if t := e.snapToken(addr); t != nil && t.Symbol != "" {
		return t.Symbol + " (" + strings.ToLower(addr) + ")"
	}
	return strings.ToLower(addr)
}

// tokenName names a token briefly for a text: its symbol, or its
// lowercase address when it has none (a token read from a transfer
// export); never "".
func tokenName(t *chain.Token) string {
	if t.Symbol != "" {
		return t.Symbol
	}
	return lower(t.Address)
}

// amountOf writes an amount of the token in whole tokens with its unit:
// "1.5 OSTAR", or without a symbol "1.5 tokens of 0x…" ("1 token of
// 0x…"); the unit is never empty.
func amountOf(n *big.Int, t *chain.Token) string {
	u := units(n, t.Decimals)
	switch {
	case t.Symbol != "":
		return u + " " + t.Symbol
	case u == "1":
		return u + " token of " + lower(t.Address)
	}
	return u + " tokens of " + lower(t.Address)
}

func regEv(o registry.Origin, text string) report.Evidence {
	return report.Evidence{Kind: "registry", Text: text, File: o.File, Sheet: o.Sheet, Row: o.Row, Column: o.Column}
}

// edgeOrigin is where an edge's share is stated: the share column of an
// ownership row, the claimed_share of a claims row, the holder_id of a
// wallets row (a wallet is its holder's whole); a row that names its field
// already (a BODS interest, a PSC nature of control) as it is. A share the
// row leaves empty (unknown, a claim of the whole vessel by default) cites
// the row alone, since an empty cell proves nothing.
func (e *eval) edgeOrigin(ed *ownership.Edge) registry.Origin {
	o := ed.Row()
	if o.File == "" {
		return o
	}
	switch ed.Kind {
	case ownership.EdgeWallet:
		return o.Field("holder_id")
	case ownership.EdgeTokenClaim:
		for _, c := range e.claims {
			if c.Sheet != nil && &c.Sheet.Origin == ed.Origin && c.Sheet.ClaimedShare != (registry.Share{}) {
				return o.Field("claimed_share")
			}
		}
		return o
	}
	if ed.Declared == registry.Unknown {
		return o
	}
	return o.Field("share")
}

// matchEv is a list match as evidence: list, list date, entry, score, and
// the file the entry was read from.
func matchEv(m sanctions.Match) report.Evidence {
	ev := report.Evidence{Kind: "match", Text: m.Explanation, Score: m.Score}
	if m.Entry != nil {
		// the file of the name or identifier matched: an alias read from
		// alt.csv, or a value only sdn_comments.csv gives, cites that file
		ev.File, ev.ListDate = m.Cited()
		ev.List, ev.EntryID = m.Entry.List, m.Entry.EntryID
		if ev.Text == "" {
			ev.Text = "matches " + listedName(m)
		}
		ev.Text += " (listed name: " + listText(m.Entry.Name, m.NameNote())
		switch {
		case ev.ListDate != "":
			ev.Text += "; list of " + ev.ListDate
		case ev.File != "":
			ev.Text += "; list date not known"
		}
		ev.Text += ")"
	}
	return ev
}

func (e *eval) chainEv(block uint64, tx, text string) report.Evidence {
	if block == 0 {
		block = e.snap.Block
	}
	return report.Evidence{Kind: "chain", Text: text, Block: block, TxHash: tx}
}

// chainFact is ev with its structured fact: the fact, the token contract
// and the account it is about ("" when none), lowercased.
func chainFact(ev report.Evidence, fact, contract, holder string) report.Evidence {
	ev.Fact, ev.Contract, ev.Holder = fact, lower(contract), lower(holder)
	return ev
}

// moveFact is ev stating a mint or transfer of amount of the token from
// one address to another.
func moveFact(ev report.Evidence, fact, contract, from, to string, amount *big.Int) report.Evidence {
	ev.Fact, ev.Contract, ev.From, ev.To, ev.Amount = fact, lower(contract), lower(from), lower(to), dec(amount)
	return ev
}

// withFact is ev with the structured fact fields of fact (its Fact,
// Contract, Holder, Role, From, To, Amount and IDs).
func withFact(ev, fact report.Evidence) report.Evidence {
	ev.Fact, ev.Contract, ev.Holder, ev.Role = fact.Fact, fact.Contract, fact.Holder, fact.Role
	ev.From, ev.To, ev.Amount, ev.IDs = fact.From, fact.To, fact.Amount, fact.IDs
	return ev
}

// lower is an address as the report writes it: lowercase.
func lower(addr string) string { return strings.ToLower(addr) }

func noteEv(text string) report.Evidence { return report.Evidence{Kind: "note", Text: text} }

// listText joins the non-empty parts with ", ".
func listText(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, ", ")
}

// labelled is "label value", or "" when the value is empty.
func labelled(label, value string) string {
	if value == "" {
		return ""
	}
	return label + " " + value
}

func matchKey(m sanctions.Match) string {
	if m.Entry == nil {
		return ""
	}
	return m.Entry.List + ":" + m.Entry.EntryID
}

// pctRange writes a share: "30%", "0%–60%", or with an excluded upper
// bound "50% to under 62.5%".
func pctRange(s registry.Share) string {
	if s.HighOpen {
		if s.Low < report.ShareTolerance {
			return "under " + report.Percent(s.High)
		}
		return report.Percent(s.Low) + " to under " + report.Percent(s.High)
	}
	if s.IsExact() || s.High-s.Low < report.ShareTolerance {
		return report.Percent(s.Low)
	}
	return report.Percent(s.Low) + "–" + report.Percent(s.High)
}

// atLeast reports whether part/whole reaches threshold, compared exactly:
// the threshold is the decimal it was written as, read back from the
// float64 to 12 significant digits (0.1 is 1/10; --id-threshold 14.3,
// divided by 100 into 0.14300000000000002, is 143/1000), so a holding of
// one base unit under 10% of the supply is under 10% whatever the supply's
// size, and one of exactly 14.3% reaches 14.3%. A whole of zero or nil
// reaches nothing.
func atLeast(part, whole *big.Int, threshold float64) bool {
	if part == nil || whole == nil || whole.Sign() <= 0 {
		return false
	}
	t, ok := new(big.Rat).SetString(strconv.FormatFloat(threshold, 'g', 12, 64))
	if !ok {
		return false
	}
	return new(big.Rat).SetFrac(part, whole).Cmp(t) >= 0
}

func fraction(part, whole *big.Int) float64 {
	if part == nil || whole == nil || whole.Sign() == 0 {
		return 0
	}
	f, _ := new(big.Rat).SetFrac(part, whole).Float64()
	return f
}

func dec(n *big.Int) string {
	if n == nil {
		return "0"
	}
	return n.String()
}

// units writes a base-unit amount in whole tokens with the token's
// decimals, exactly (report.TokenAmount): 1500000000000000000 with 18
// decimals is "1.5".
func units(n *big.Int, decimals uint8) string { return report.TokenAmount(dec(n), decimals) }

// baseUnits is ", N base units" for a token with decimals (where the
// amount in tokens differs from what balanceOf returns), else "".
func baseUnits(n *big.Int, decimals uint8) string {
	if decimals == 0 {
		return ""
	}
	return ", " + dec(n) + " base units"
}

func day(t time.Time) string { return t.UTC().Format("2006-01-02") }
