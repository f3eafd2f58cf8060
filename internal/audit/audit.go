package audit

import (
	"context"
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// ToolName is the program name written into every report.
const ToolName = "tokenaudit"

// Config is what one audit reads and how it judges. The chain snapshot is
// read by the caller (embedded chain, RPC node or export), so that a test can
// audit the same snapshot twice.
type Config struct {
	Registry  []string // registry files: XLSX, CSV, BODS JSON
	Sanctions []string // sanctions list files
	Mapping   string   // optional header mapping file for the registries
	// Reference is a folder of reference tables replacing the embedded
	// ones (refdata.LoadDir): a firm's own secrecy or flag-of-convenience
	// list; "" for the embedded tables.
	Reference string

	Rules   rules.Options
	Match   sanctions.Options
	FailOn  report.Severity
	Version string           // tool version written into the report
	Now     func() time.Time // the clock; the report's generated_at
	// LoadLists loads the sanctions lists; nil for sanctions.Load. main
	// gives one that lowers the GC target while the index builds.
	LoadLists func(paths []string, opts sanctions.Options) (*sanctions.Index, []sanctions.Source, error)
}

// Audit loads the registries and lists named in cfg, evaluates every rule
// against snap and returns the finalized report. Input files are only read.
func Audit(ctx context.Context, snap *chain.Snapshot, cfg Config) (*report.Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	tables := refdata.Default()
	if cfg.Reference != "" {
		t, err := refdata.LoadDir(cfg.Reference)
		if err != nil {
			return nil, err
		}
		tables = t
	}
	reg, err := registry.Load(cfg.Registry, registry.Options{Mapping: cfg.Mapping, RefData: tables})
	if err != nil {
		return nil, fmt.Errorf("loading registries: %w", err)
	}
	load := cfg.LoadLists
	if load == nil {
		load = sanctions.Load
	}
	lists, sources, err := load(cfg.Sanctions, cfg.Match)
	if err != nil {
		return nil, fmt.Errorf("loading sanctions lists: %w", err)
	}
	facts := rules.Facts{Snapshot: snap, Registry: reg, Lists: lists, Reference: reference(tables)}
	result := rules.Evaluate(facts, cfg.Rules)
	for _, s := range sources {
		result.Notes = append(result.Notes, s.Warnings...) // what the screening misses: aliases not loaded, rows skipped
	}
	r := assemble(snap, reg, sources, tables, result, cfg)
	report.Finalize(r)
	return r, nil
}

// assemble builds the report model from the facts and the rules' result.
func assemble(snap *chain.Snapshot, reg *registry.Registry, sources []sanctions.Source, tables *refdata.Tables, res rules.Result, cfg Config) *report.Report {
	now := time.Now
	if cfg.Now != nil {
		now = cfg.Now
	}
	r := &report.Report{
		SchemaVersion: report.SchemaVersion,
		Tool:          report.Tool{Name: ToolName, Version: cfg.Version},
		GeneratedAt:   now().UTC().Format(time.RFC3339),
		Chain: report.Chain{
			Source:      snap.Source,
			Endpoint:    snap.Endpoint,
			ChainID:     snap.ChainID,
			BlockNumber: snap.Block,
			BlockHash:   snap.BlockHash,
		},
		Options: report.Options{
			FailOn:               string(cfg.FailOn),
			BeneficialOwnerShare: cfg.Rules.Effective().BeneficialOwnerShare,
			IdentificationShare:  cfg.Rules.Effective().IdentificationShare,
			NameMatchThreshold:   cfg.Match.Threshold,
			NameReviewThreshold:  cfg.Match.Review,
		},
		Entities:  res.Entities,
		Ownership: res.Paths,
		Owners:    res.Owners,
		Findings:  res.Findings,
		Notes:     res.Notes,
	}
	if !snap.BlockTime.IsZero() {
		r.Chain.BlockTime = snap.BlockTime.UTC().Format(time.RFC3339)
	}
	if x := snap.Export; x != nil {
		r.Inputs = append(r.Inputs, report.Input{Kind: "transfers", Path: snap.Endpoint, SHA256: x.SHA256, Rows: x.Rows, Format: x.Format})
	}
	for _, f := range reg.Files {
		r.Inputs = append(r.Inputs, report.Input{Kind: "registry", Path: f.Path, SHA256: f.SHA256, Rows: f.Rows, Format: f.Format})
	}
	for _, s := range sources {
		r.Inputs = append(r.Inputs, report.Input{Kind: "sanctions", Path: s.Path, SHA256: s.SHA256, Rows: s.Entries, Format: s.Format, ListDate: s.ListDate})
	}
	r.Inputs = append(r.Inputs, referenceInputs(tables, res.Findings)...)

	owners := walletOwners(reg)
	for _, t := range snap.Tokens {
		r.Tokens = append(r.Tokens, reportToken(t, reg, owners))
	}
	r.Assets = assets(snap, reg)
	return r
}

// walletOwners maps a lowercase wallet address to the registry id of its holder.
func walletOwners(reg *registry.Registry) map[string]string {
	owners := make(map[string]string, len(reg.Wallets))
	for _, w := range reg.Wallets {
		owners[strings.ToLower(w.Address)] = w.HolderID
	}
	return owners
}

func reportToken(t chain.Token, reg *registry.Registry, owners map[string]string) report.Token {
	out := report.Token{
		Address:     t.Address,
		Standard:    t.Standard,
		Name:        t.Name,
		Symbol:      t.Symbol,
		Decimals:    t.Decimals,
		TotalSupply: decimal(t.TotalSupply),
		DeployBlock: t.DeployBlock,
		DeployTx:    t.DeployTx,
		Holders:     []report.Holder{},

		IdentityRegistry: t.IdentityRegistry,
	}
	if p := t.Proxy; p != nil {
		// Whether or not a rule fires (a clone nobody can upgrade fires
		// none), the report says what the token runs.
		out.Proxy = &report.Proxy{Kind: p.Kind, Implementation: p.Implementation, Admin: p.Admin, Beacon: p.Beacon}
	}
	for _, c := range t.Controllers {
		out.Controllers = append(out.Controllers, report.Controller{Role: c.Role, Address: c.Address, IsContract: c.IsContract})
	}
	for _, h := range t.Holders {
		rh := report.Holder{
			Address:  h.Address,
			Balance:  decimal(h.Balance),
			Share:    chain.ShareOf(h.Balance, t.TotalSupply),
			TokenIDs: h.TokenIDs,
			EntityID: owners[h.Address],
		}
		if t.IdentityRegistry != "" {
			rh.Verified, rh.Identity, rh.IdentityNoCode = h.Verified, h.Identity, h.IdentityNoCode
			if h.InvestorCountry != 0 {
				rh.InvestorCountry = &report.Country{Numeric: h.InvestorCountry, Alpha2: h.InvestorCountryAlpha2}
			}
		}
		out.Holders = append(out.Holders, rh)
	}
	out.Claims = tokenClaims(t, reg)
	return out
}

// tokenClaims lists what the token claims: the claims sheet rows for it, and
// the contract's or metadata's own claims that the sheet does not repeat.
func tokenClaims(t chain.Token, reg *registry.Registry) []report.Claim {
	var out []report.Claim
	seen := map[string]bool{}
	for _, c := range reg.Claims {
		if !strings.EqualFold(c.Token, t.Address) {
			continue
		}
		id := claimAsset(c)
		seen[id+"/"+c.TokenID] = true
		out = append(out, report.Claim{AssetID: id, TokenID: c.TokenID, Share: c.ClaimedShare.High, Source: "claims sheet"})
	}
	for _, c := range t.Claims {
		if c.IMO == "" || seen[c.IMO+"/"+c.TokenID] {
			continue
		}
		seen[c.IMO+"/"+c.TokenID] = true
		out = append(out, report.Claim{AssetID: c.IMO, TokenID: c.TokenID, Share: 1, Source: c.Source})
	}
	return out
}

func claimAsset(c registry.Claim) string {
	if c.AssetIMO != "" {
		return c.AssetIMO
	}
	return c.AssetID
}

// assets lists every vessel some token claims, joined with the registry.
func assets(snap *chain.Snapshot, reg *registry.Registry) []report.Asset {
	byKey := map[string]*report.Asset{}
	vessels := map[string]registry.Vessel{}
	for _, v := range reg.Vessels {
		vessels[v.Key] = v
		if v.IMO != "" {
			vessels[v.IMO] = v
		}
	}
	add := func(id, token string, share float64) {
		a, ok := byKey[id]
		if !ok {
			a = &report.Asset{ID: id, Kind: "vessel"}
			if v, found := vessels[id]; found {
				a.ID, a.Name, a.IMO, a.Flag, a.RegisteredOwner, a.InRegistry = v.Key, v.Name, v.IMO, v.Flag, v.RegisteredOwner, true
			}
			byKey[id] = a
		}
		a.ClaimedShare += share
		for _, t := range a.Tokens {
			if t == token {
				return
			}
		}
		a.Tokens = append(a.Tokens, token)
	}
	for _, t := range snap.Tokens {
		for _, c := range tokenClaims(t, reg) {
			add(c.AssetID, t.Address, c.Share)
		}
	}
	out := make([]report.Asset, 0, len(byKey))
	for _, a := range byKey {
		sort.Strings(a.Tokens)
		out = append(out, *a)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func decimal(n *big.Int) string {
	if n == nil {
		return "0"
	}
	return n.String()
}
