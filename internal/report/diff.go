package report

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// DeltaFormats lists the formats WriteDelta accepts.
var DeltaFormats = []string{"text", "json"}

// Delta is what changed between two reports. Every list is sorted and never
// nil, so its JSON form is stable.
type Delta struct {
	Old ReportRef `json:"old"`
	New ReportRef `json:"new"`

	// Warnings say why the two reports may not be comparable: they are of
	// different chains, or the new one is at an older block than the old.
	Warnings []string `json:"warnings"`

	// NewFindings are in the new report and not the old one, by
	// fingerprint; ResolvedFindings the reverse. Sorted as Finalize sorts.
	NewFindings      []Finding `json:"new_findings"`
	ResolvedFindings []Finding `json:"resolved_findings"`
	// ChangedFindings are in both reports, by fingerprint, with a
	// different severity, message or evidence, input files named in them
	// compared as the input each is (see inputFiles): an edited input is
	// in InputsChanged, and changes only the findings that say something
	// else of it. Sorted by the new finding.
	ChangedFindings []FindingChange `json:"changed_findings"`

	// Holders are keyed by token and address.
	HoldersAdded    []HolderChange `json:"holders_added"`
	HoldersRemoved  []HolderChange `json:"holders_removed"`
	BalancesChanged []HolderChange `json:"balances_changed"`

	// Owners: entities that appeared, disappeared or changed status or
	// name, and ownership paths that appeared, disappeared or whose
	// effective share changed.
	EntitiesChanged []EntityChange `json:"entities_changed"`
	PathsChanged    []PathChange   `json:"paths_changed"`
	OwnersChanged   []OwnerChange  `json:"owners_changed"` // beneficial owners, see ownerChanges

	// InputsChanged are the input files (inputs[]) that differ: a file
	// of either report whose content (sha256) the other report does not
	// have, paired by kind and base name when both have one ("changed":
	// a new sanctions list, an edited registry), else "added" or
	// "removed" (see pairInputs). The same content under another name or
	// folder is no change, nor is a file recorded without its sha256.
	// Sorted by kind, name, change and paths.
	InputsChanged []InputChange `json:"inputs_changed"`

	// ControllersChanged are the privileged accounts of the tokens
	// (tokens[].controllers), by token, role and address, that appeared,
	// went, or became or stopped being a contract.
	ControllersChanged []ControllerChange `json:"controllers_changed"`

	// ProxiesChanged are the tokens of both reports whose proxy
	// (tokens[].proxy) differs: a beacon or admin upgrading a proxy
	// between two scans changes what the token runs. Sorted by token.
	ProxiesChanged []ProxyChange `json:"proxies_changed"`

	// ownerShare is the beneficial-owner threshold the decisions were
	// taken at (the new report's options, else the old one's; 0 when
	// neither says it): the text counts the owner and path changes that
	// cross no decision (see routineOwner, routinePath).
	ownerShare float64
	// oldFiles and newFiles rewrite the paths of the input files of each
	// report as the input each is (see inputFiles): the text shows of a
	// changed finding only the evidence that changed otherwise. Nil in a
	// Delta not made by Diff: paths then compare as written.
	oldFiles, newFiles *strings.Replacer
}

// InputChange is an input file added, removed or changed between two
// reports (see Delta.InputsChanged). Old and New are the file as each
// report records it; the absent side's is nil.
type InputChange struct {
	Change string `json:"change"` // "added", "removed", "changed"
	Kind   string `json:"kind"`
	Name   string `json:"name"` // base name
	Old    *Input `json:"old,omitempty"`
	New    *Input `json:"new,omitempty"`
}

// ControllerChange is an account that gained ("added") or lost
// ("removed") a privileged role over a token, or whose account became or
// stopped being a contract ("changed", IsContract the new side's).
type ControllerChange struct {
	Change     string `json:"change"`
	Token      string `json:"token"`
	Symbol     string `json:"symbol,omitempty"`
	Role       string `json:"role"`
	Address    string `json:"address"`
	IsContract bool   `json:"is_contract"`
}

// ProxyChange is a token of both reports whose proxy differs (see
// Delta.ProxiesChanged): Changed names the fields that differ, in the
// order kind, implementation, admin, beacon; a side that records no
// proxy (not a proxy, or a report written before the field) is nil, and
// Changed is then "proxy".
type ProxyChange struct {
	Token   string   `json:"token"`
	Symbol  string   `json:"symbol,omitempty"`
	Old     *Proxy   `json:"old,omitempty"`
	New     *Proxy   `json:"new,omitempty"`
	Changed []string `json:"changed"`
}

// ReportRef identifies one side of a diff.
type ReportRef struct {
	GeneratedAt string `json:"generated_at"`
	ToolVersion string `json:"tool_version"`
	ChainID     uint64 `json:"chain_id"`
	BlockNumber uint64 `json:"block_number"`
	BlockHash   string `json:"block_hash"`
	Findings    int    `json:"findings"`
}

// FindingChange is a finding of both reports (same fingerprint) that
// changed. Changed names what differs, in the order rule, subject,
// severity, message, evidence.
type FindingChange struct {
	Old     Finding  `json:"old"`
	New     Finding  `json:"new"`
	Changed []string `json:"changed"`
}

// Rose reports whether the finding reaches threshold now and did not before.
func (c FindingChange) Rose(threshold Severity) bool {
	return c.New.Severity.AtLeast(threshold) && !c.Old.Severity.AtLeast(threshold)
}

// HolderChange is one holder position that appeared, disappeared or whose
// balance changed. A side where the holder is absent has balance "0" and
// share 0. The balances are base units, as tokens[].holders[].balance;
// the text shows them in whole tokens (TokenAmount with Decimals).
type HolderChange struct {
	Token      string  `json:"token"`
	Symbol     string  `json:"symbol,omitempty"`
	Decimals   uint8   `json:"decimals"` // the token's (the new report's when both have it): the balances are base units
	Address    string  `json:"address"`
	EntityID   string  `json:"entity_id,omitempty"`
	OldBalance string  `json:"old_balance"`
	NewBalance string  `json:"new_balance"`
	OldShare   float64 `json:"old_share"`
	NewShare   float64 `json:"new_share"`
	// oldSupply and newSupply are the token's total supply in each report
	// (base units), so that the text writes each share exactly
	// (holdingPercent).
	oldSupply, newSupply string
}

// EntityChange is an entity that was added, removed or changed. Change is
// "added", "removed" or "changed"; the Old and New fields are empty on the
// side where the entity is absent.
type EntityChange struct {
	Change    string `json:"change"`
	ID        string `json:"id"`
	Kind      string `json:"kind"`
	OldName   string `json:"old_name,omitempty"`
	NewName   string `json:"new_name,omitempty"`
	OldStatus string `json:"old_status,omitempty"`
	NewStatus string `json:"new_status,omitempty"`
}

// PathChange is an ownership path, named by the ids it passes through, that
// was added, removed or whose effective share interval changed.
type PathChange struct {
	Change  string  `json:"change"` // "added", "removed", "changed"
	Asset   string  `json:"asset"`
	Basis   string  `json:"basis,omitempty"` // "legal" or "economic", as Path.Basis; empty when neither report says it
	Path    string  `json:"path"`            // "asset → owner → … → ultimate owner"
	OldLow  float64 `json:"old_low"`
	OldHigh float64 `json:"old_high"`
	NewLow  float64 `json:"new_low"`
	NewHigh float64 `json:"new_high"`
	OldEnds string  `json:"old_ends,omitempty"`
	NewEnds string  `json:"new_ends,omitempty"`
}

// Empty reports whether nothing changed.
func (d Delta) Empty() bool {
	return len(d.NewFindings)+len(d.ResolvedFindings)+len(d.ChangedFindings)+len(d.HoldersAdded)+len(d.HoldersRemoved)+
		len(d.BalancesChanged)+len(d.EntitiesChanged)+len(d.PathsChanged)+len(d.OwnersChanged)+len(d.ControllersChanged)+
		len(d.InputsChanged)+len(d.ProxiesChanged) == 0
}

// NewAtLeast counts the new findings that reach threshold (see
// Severity.AtLeast), and the changed findings that rose to it (reach it
// now and did not before); "audit diff" exits 3 when it is not zero.
func (d Delta) NewAtLeast(threshold Severity) int {
	n := 0
	for _, f := range d.NewFindings {
		if f.Severity.AtLeast(threshold) {
			n++
		}
	}
	for _, c := range d.ChangedFindings {
		if c.Rose(threshold) {
			n++
		}
	}
	return n
}

// Diff compares two reports: input files by content (see InputsChanged),
// findings by fingerprint (new, resolved, and
// changed in severity, message or evidence, input files named as the
// input each is: see inputFiles), holders by token and address,
// controllers by token, role and address, proxies by token (see
// proxyChanges), entities by id, ownership paths by their basis and the ids they pass
// through (see pathChanges), beneficial owners by chain and owner (see
// ownerChanges). It warns
// when the reports are of different chains or the new one is at an older
// block, were written with other thresholds or audit other tokens.
// Neither report is modified; a nil report counts as an empty one.
func Diff(old, new *Report) Delta {
	if old == nil {
		old = &Report{}
	}
	if new == nil {
		new = &Report{}
	}
	d := Delta{
		Old: ref(old), New: ref(new), Warnings: comparability(old, new),
		NewFindings: []Finding{}, ResolvedFindings: []Finding{}, ChangedFindings: []FindingChange{},
		HoldersAdded: []HolderChange{}, HoldersRemoved: []HolderChange{}, BalancesChanged: []HolderChange{},
		EntitiesChanged: []EntityChange{}, ControllersChanged: []ControllerChange{}, InputsChanged: inputChanges(old, new),
	}
	d.ownerShare = cmp.Or(new.Options.BeneficialOwnerShare, old.Options.BeneficialOwnerShare)
	var ownerWarnings, pathWarnings []string
	d.OwnersChanged, ownerWarnings = ownerChanges(old, new)
	d.PathsChanged, pathWarnings = pathChanges(old, new)
	d.ControllersChanged = controllerChanges(old, new)
	d.ProxiesChanged = proxyChanges(old, new)
	d.Warnings = append(append(d.Warnings, pathWarnings...), ownerWarnings...)

	oldFiles, newFiles := inputFiles(old, new)
	d.oldFiles, d.newFiles = oldFiles, newFiles
	oldF := map[string]Finding{}
	for _, f := range old.Findings {
		oldF[f.Fingerprint] = f
	}
	// A finding about a row of an input names the file, so a renamed
	// input gives it another fingerprint: such findings left unpaired are
	// paired by where they are and what they say, when that is unique on
	// both sides.
	newF := map[string]bool{}
	var unpaired []Finding
	for _, f := range new.Findings {
		if _, ok := oldF[f.Fingerprint]; ok {
			newF[f.Fingerprint] = true
		} else {
			unpaired = append(unpaired, f)
		}
	}
	oldByRow := inputRowFindings(old.Findings, newF, oldFiles)
	newByRow := inputRowFindings(unpaired, nil, newFiles)
	for _, f := range new.Findings {
		o, ok := oldF[f.Fingerprint]
		if !ok {
			k := inputRowKey(f, newFiles)
			if len(newByRow[k]) == 1 && len(oldByRow[k]) == 1 {
				o, ok = oldByRow[k][0], true
				newF[o.Fingerprint] = true
			}
		}
		if !ok {
			d.NewFindings = append(d.NewFindings, f)
		} else if changed := findingChanges(o, f, oldFiles, newFiles, old.Chain.BlockNumber, new.Chain.BlockNumber); len(changed) > 0 {
			d.ChangedFindings = append(d.ChangedFindings, FindingChange{Old: o, New: f, Changed: changed})
		}
	}
	for _, f := range old.Findings {
		if !newF[f.Fingerprint] {
			d.ResolvedFindings = append(d.ResolvedFindings, f)
		}
	}
	slices.SortStableFunc(d.NewFindings, CompareFindings)
	slices.SortStableFunc(d.ResolvedFindings, CompareFindings)
	slices.SortStableFunc(d.ChangedFindings, func(a, b FindingChange) int { return CompareFindings(a.New, b.New) })

	type pos struct {
		h        Holder
		symbol   string
		decimals uint8
		supply   string
	}
	holders := func(r *Report) map[[2]string]pos {
		m := map[[2]string]pos{}
		for _, t := range r.Tokens {
			for _, h := range t.Holders {
				m[[2]string{t.Address, h.Address}] = pos{h, t.Symbol, t.Decimals, t.TotalSupply}
			}
		}
		return m
	}
	oldH, newH := holders(old), holders(new)
	for k, n := range newH {
		c := HolderChange{Token: k[0], Symbol: n.symbol, Decimals: n.decimals, Address: k[1], EntityID: n.h.EntityID,
			OldBalance: "0", NewBalance: n.h.Balance, NewShare: n.h.Share, newSupply: n.supply}
		o, ok := oldH[k]
		switch {
		case !ok:
			d.HoldersAdded = append(d.HoldersAdded, c)
		case o.h.Balance != n.h.Balance:
			c.OldBalance, c.OldShare, c.oldSupply = o.h.Balance, o.h.Share, o.supply
			d.BalancesChanged = append(d.BalancesChanged, c)
		}
	}
	for k, o := range oldH {
		if _, ok := newH[k]; !ok {
			d.HoldersRemoved = append(d.HoldersRemoved, HolderChange{Token: k[0], Symbol: o.symbol, Decimals: o.decimals, Address: k[1],
				EntityID: o.h.EntityID, OldBalance: o.h.Balance, NewBalance: "0", OldShare: o.h.Share, oldSupply: o.supply})
		}
	}
	for _, l := range [][]HolderChange{d.HoldersAdded, d.HoldersRemoved, d.BalancesChanged} {
		slices.SortFunc(l, func(a, b HolderChange) int {
			return cmp.Or(cmp.Compare(a.Token, b.Token), cmp.Compare(a.Address, b.Address))
		})
	}

	oldE := map[string]Entity{}
	for _, e := range old.Entities {
		oldE[e.Kind+"\x00"+e.ID] = e
	}
	newE := map[string]Entity{}
	for _, e := range new.Entities {
		k := e.Kind + "\x00" + e.ID
		newE[k] = e
		o, ok := oldE[k]
		switch {
		case !ok:
			d.EntitiesChanged = append(d.EntitiesChanged, EntityChange{Change: "added", ID: e.ID, Kind: e.Kind, NewName: e.Name, NewStatus: e.Status})
		case o.Status != e.Status || o.Name != e.Name:
			d.EntitiesChanged = append(d.EntitiesChanged, EntityChange{Change: "changed", ID: e.ID, Kind: e.Kind,
				OldName: o.Name, NewName: e.Name, OldStatus: o.Status, NewStatus: e.Status})
		}
	}
	for k, o := range oldE {
		if _, ok := newE[k]; !ok {
			d.EntitiesChanged = append(d.EntitiesChanged, EntityChange{Change: "removed", ID: o.ID, Kind: o.Kind, OldName: o.Name, OldStatus: o.Status})
		}
	}
	slices.SortFunc(d.EntitiesChanged, func(a, b EntityChange) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind))
	})
	return d
}

// inputChanges lists the input files of two reports that differ (see
// Delta.InputsChanged), as pairInputs pairs them.
func inputChanges(old, new *Report) []InputChange {
	changed, removed, added := pairInputs(old, new)
	out := []InputChange{}
	for _, p := range changed { // copies: the delta shares nothing with the reports
		o, n := old.Inputs[p[0]], new.Inputs[p[1]]
		out = append(out, InputChange{Change: "changed", Kind: n.Kind, Name: filepath.Base(n.Path), Old: &o, New: &n})
	}
	for _, i := range added {
		n := new.Inputs[i]
		out = append(out, InputChange{Change: "added", Kind: n.Kind, Name: filepath.Base(n.Path), New: &n})
	}
	for _, i := range removed {
		o := old.Inputs[i]
		out = append(out, InputChange{Change: "removed", Kind: o.Kind, Name: filepath.Base(o.Path), Old: &o})
	}
	path := func(in *Input) string {
		if in == nil {
			return ""
		}
		return in.Path
	}
	slices.SortFunc(out, func(a, b InputChange) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Name, b.Name), cmp.Compare(a.Change, b.Change),
			cmp.Compare(path(a.Old), path(b.Old)), cmp.Compare(path(a.New), path(b.New)))
	})
	return out
}

// pairInputs pairs the input files of two reports that are the same
// input. A file whose content (sha256) the other report has is that
// file, unchanged, and is in no list. Of the files whose content the
// other report does not have, those of one kind and base name are paired
// in the order each report lists them (changed: indexes into old.Inputs
// and new.Inputs); the others are removed (old.Inputs) or added
// (new.Inputs). A file recorded without its sha256 cannot be compared
// and is in no list.
func pairInputs(old, new *Report) (changed [][2]int, removed, added []int) {
	has := func(r *Report) map[string]bool {
		m := map[string]bool{}
		for _, in := range r.Inputs {
			m[in.SHA256] = true
		}
		return m
	}
	oldSHA, newSHA := has(old), has(new)
	type key struct{ kind, name string }
	keyOf := func(in Input) key { return key{in.Kind, filepath.Base(in.Path)} }
	unmatched := func(r *Report, other map[string]bool) map[key][]int {
		m := map[key][]int{}
		for i, in := range r.Inputs {
			if in.SHA256 != "" && !other[in.SHA256] {
				m[keyOf(in)] = append(m[keyOf(in)], i)
			}
		}
		return m
	}
	oldU, newU := unmatched(old, newSHA), unmatched(new, oldSHA)
	// The j-th unmatched file of a kind and base name in one report is
	// paired with the j-th in the other.
	for i, in := range new.Inputs {
		if j := slices.Index(newU[keyOf(in)], i); j >= 0 && j < len(oldU[keyOf(in)]) {
			changed = append(changed, [2]int{oldU[keyOf(in)][j], i})
		} else if j >= 0 {
			added = append(added, i)
		}
	}
	for i, in := range old.Inputs {
		if j := slices.Index(oldU[keyOf(in)], i); j >= len(newU[keyOf(in)]) {
			removed = append(removed, i)
		}
	}
	return changed, removed, added
}

// controllerChanges compares the tokens' controllers of two reports, keyed
// by token, role and address: added, removed, or changed in whether the
// account is a contract; sorted by token, role, address and change.
func controllerChanges(old, new *Report) []ControllerChange {
	type key struct{ token, role, address string }
	type ctl struct {
		symbol     string
		isContract bool
	}
	controllers := func(r *Report) map[key]ctl {
		m := map[key]ctl{}
		for _, t := range r.Tokens {
			for _, c := range t.Controllers {
				m[key{t.Address, c.Role, c.Address}] = ctl{t.Symbol, c.IsContract}
			}
		}
		return m
	}
	oldC, newC := controllers(old), controllers(new)
	out := []ControllerChange{}
	for k, n := range newC {
		c := ControllerChange{Token: k.token, Symbol: n.symbol, Role: k.role, Address: k.address, IsContract: n.isContract}
		o, ok := oldC[k]
		switch {
		case !ok:
			c.Change = "added"
		case o.isContract != n.isContract:
			c.Change = "changed"
		default:
			continue
		}
		out = append(out, c)
	}
	for k, o := range oldC {
		if _, ok := newC[k]; !ok {
			out = append(out, ControllerChange{Change: "removed", Token: k.token, Symbol: o.symbol, Role: k.role, Address: k.address, IsContract: o.isContract})
		}
	}
	slices.SortFunc(out, func(a, b ControllerChange) int {
		return cmp.Or(cmp.Compare(a.Token, b.Token), cmp.Compare(a.Role, b.Role), cmp.Compare(a.Address, b.Address), cmp.Compare(a.Change, b.Change))
	})
	return out
}

// proxyChanges compares the proxy of each token both reports audit (a
// token in one report only is not compared: its holders say it came or
// went), sorted by token.
func proxyChanges(old, new *Report) []ProxyChange {
	oldT := map[string]*Proxy{}
	for _, t := range old.Tokens {
		oldT[t.Address] = t.Proxy
	}
	out := []ProxyChange{}
	for _, t := range new.Tokens {
		o, ok := oldT[t.Address]
		if !ok {
			continue
		}
		n := t.Proxy
		var changed []string
		switch {
		case o == nil && n == nil:
		case o == nil || n == nil:
			changed = []string{"proxy"}
		default:
			for _, f := range []struct{ name, old, new string }{{"kind", o.Kind, n.Kind}, {"implementation", o.Implementation, n.Implementation},
				{"admin", o.Admin, n.Admin}, {"beacon", o.Beacon, n.Beacon}} {
				if f.old != f.new {
					changed = append(changed, f.name)
				}
			}
		}
		if len(changed) > 0 {
			out = append(out, ProxyChange{Token: t.Address, Symbol: t.Symbol, Old: o, New: n, Changed: changed})
		}
	}
	slices.SortFunc(out, func(a, b ProxyChange) int { return cmp.Compare(a.Token, b.Token) })
	return out
}

// proxyChangeLines says what changed of a token's proxy, a line a field:
// "proxy implementation changed from A to B".
func proxyChangeLines(c ProxyChange) []string {
	tok := c.Token
	if c.Symbol != "" {
		tok = c.Symbol + " (" + c.Token + ")"
	}
	switch {
	case c.Old == nil:
		return []string{tok + " is an " + proxyText(c.New) + "; the old report records no proxy (not a proxy then, or written before reports recorded proxies)"}
	case c.New == nil:
		return []string{tok + " is no longer a proxy; it was an " + proxyText(c.Old)}
	}
	or := func(s string) string {
		if s == "" {
			return "none"
		}
		return s
	}
	var out []string
	for _, f := range c.Changed {
		var o, n string
		switch f {
		case "kind":
			o, n = c.Old.Kind, c.New.Kind
		case "implementation":
			o, n = c.Old.Implementation, c.New.Implementation
		case "admin":
			o, n = c.Old.Admin, c.New.Admin
		case "beacon":
			o, n = c.Old.Beacon, c.New.Beacon
		}
		out = append(out, fmt.Sprintf("%s: proxy %s changed from %s to %s", tok, f, or(o), or(n)))
	}
	return out
}

// pathChanges compares the ownership paths of two reports, keyed by asset,
// basis and the ids passed through (a vessel's legal and economic paths
// are different paths even through the same ids): added, removed, and
// changed in share or end; sorted by asset, basis, path text and change.
// When a report has a path without a basis (a report written before
// paths said it), paths are keyed without it and the basis shown is the
// side's that has one; a warning says so when the other report's paths
// say it.
func pathChanges(old, new *Report) ([]PathChange, []string) {
	out := []PathChange{}
	var warnings []string
	noBasis := func(p Path) bool { return p.Basis == "" }
	hasBasis := func(p Path) bool { return p.Basis != "" }
	oldLacks, newLacks := slices.ContainsFunc(old.Ownership, noBasis), slices.ContainsFunc(new.Ownership, noBasis)
	withBasis := !oldLacks && !newLacks
	switch {
	case oldLacks && slices.ContainsFunc(new.Ownership, hasBasis):
		warnings = append(warnings, "the old report's ownership paths do not say their basis, legal or economic (a report written before they did): paths are compared by asset and the ids they pass through")
	case newLacks && slices.ContainsFunc(old.Ownership, hasBasis):
		warnings = append(warnings, "the new report's ownership paths do not say their basis, legal or economic (a report written before they did): paths are compared by asset and the ids they pass through")
	}
	key := func(p Path) string {
		if withBasis {
			return p.Basis + ": " + pathKey(p)
		}
		return pathKey(p)
	}
	paths := func(r *Report) map[string]Path {
		m := map[string]Path{}
		for _, p := range r.Ownership {
			m[key(p)] = p
		}
		return m
	}
	oldP, newP := paths(old), paths(new)
	for k, n := range newP {
		c := PathChange{Asset: n.Asset, Basis: n.Basis, Path: pathText(n), NewLow: n.Low, NewHigh: n.High, NewEnds: n.Ends}
		o, ok := oldP[k]
		switch {
		case !ok:
			c.Change = "added"
		case o.Low != n.Low || o.High != n.High || o.Ends != n.Ends:
			c.Change, c.OldLow, c.OldHigh, c.OldEnds = "changed", o.Low, o.High, o.Ends
			c.Basis = cmp.Or(n.Basis, o.Basis)
		default:
			continue
		}
		out = append(out, c)
	}
	for k, o := range oldP {
		if _, ok := newP[k]; !ok {
			out = append(out, PathChange{Change: "removed", Asset: o.Asset, Basis: o.Basis, Path: pathText(o),
				OldLow: o.Low, OldHigh: o.High, OldEnds: o.Ends})
		}
	}
	slices.SortFunc(out, func(a, b PathChange) int {
		return cmp.Or(cmp.Compare(a.Asset, b.Asset), -cmp.Compare(a.Basis, b.Basis), cmp.Compare(a.Path, b.Path), cmp.Compare(a.Change, b.Change))
	})
	return out, warnings
}

// inputFiles rewrites the paths of the input files of two reports, in
// messages, evidence and subjects (which name a file by its base name),
// as what identifies each file whatever folder or name it was read
// under: the input it is, as pairInputs pairs them (of for the old
// report, nf for the new one). A file is its sha256 (its base name when
// the report has none), and a file of changed content is the same input
// as the one it is paired with: that its content changed is said once,
// in Delta.InputsChanged, and a finding that cites it in words the same
// is no change. The same inputs audited from another folder, renamed,
// or edited then give findings that compare equal but for what they say
// of the files' content.
func inputFiles(old, new *Report) (of, nf *strings.Replacer) {
	changed, _, _ := pairInputs(old, new)
	oldID, newID := map[int]string{}, map[int]string{}
	for i, p := range changed {
		id := "<changed input " + strconv.Itoa(i) + ">"
		oldID[p[0]], newID[p[1]] = id, id
	}
	return inputReplacer(old, oldID), inputReplacer(new, newID)
}

// inputReplacer rewrites the paths and base names of r's input files as
// each file's id: ids[i] for r.Inputs[i] when it has one, else its
// sha256, else its base name.
func inputReplacer(r *Report, ids map[int]string) *strings.Replacer {
	var paths, bases [][2]string // what is written, what it stands for
	for i, in := range r.Inputs {
		if in.Path == "" {
			continue
		}
		id := "<" + filepath.Base(in.Path) + ">"
		switch {
		case ids[i] != "":
			id = ids[i]
		case in.SHA256 != "":
			id = "<sha256:" + in.SHA256 + ">"
		}
		paths = append(paths, [2]string{in.Path, id})
		if base := filepath.Base(in.Path); base != in.Path {
			bases = append(bases, [2]string{base, id})
		}
	}
	// NewReplacer tries its pairs in order at each place: whole paths
	// before base names, the longest first.
	longest := func(a, b [2]string) int { return cmp.Compare(len(b[0]), len(a[0])) }
	slices.SortStableFunc(paths, longest)
	slices.SortStableFunc(bases, longest)
	var pairs []string
	for _, p := range append(paths, bases...) {
		pairs = append(pairs, p[0], p[1])
	}
	return strings.NewReplacer(pairs...)
}

// inputRowKey is what pairs a finding about a row of an input (subject
// kind "input") with the same finding of another report whose input was
// renamed: its rule, and its evidence but for the files' names, what each
// file is kept (files). Other findings have no key.
func inputRowKey(f Finding, files *strings.Replacer) string {
	if f.Subject.Kind != "input" {
		return ""
	}
	var b strings.Builder
	b.WriteString(f.Rule)
	for _, e := range f.Evidence {
		e.File, e.Text = "", files.Replace(e.Text)
		fmt.Fprintf(&b, "\x00%+v", e)
	}
	return b.String()
}

// inputRowFindings groups the findings with an inputRowKey by it, leaving
// out those whose fingerprint is in skip.
func inputRowFindings(fs []Finding, skip map[string]bool, files *strings.Replacer) map[string][]Finding {
	m := map[string][]Finding{}
	for _, f := range fs {
		if k := inputRowKey(f, files); k != "" && !skip[f.Fingerprint] {
			m[k] = append(m[k], f)
		}
	}
	return m
}

// findingChanges names what differs between two findings of the same
// fingerprint, the paths of input files compared as the input each is
// (inputFiles: of, nf for the old and the new report) and the pinned block compared
// as such (ob, nb for the old and the new report's: see samePinned).
func findingChanges(o, n Finding, of, nf *strings.Replacer, ob, nb uint64) []string {
	var changed []string
	if o.Rule != n.Rule {
		changed = append(changed, "rule")
	}
	if o.Subject != n.Subject && (o.Subject.Kind != n.Subject.Kind || of.Replace(o.Subject.ID) != nf.Replace(n.Subject.ID)) {
		changed = append(changed, "subject")
	}
	if o.Severity != n.Severity {
		changed = append(changed, "severity")
	}
	if !samePinned(of.Replace(o.Message), nf.Replace(n.Message), ob, nb) {
		changed = append(changed, "message")
	}
	if !slices.EqualFunc(o.Evidence, n.Evidence, func(a, b Evidence) bool { return sameInputEvidence(a, b, of, nf, ob, nb) }) {
		changed = append(changed, "evidence")
	}
	return changed
}

// sameInputEvidence reports whether evidence a of the old report and b of
// the new one state the same, the paths of input files compared as the
// input each is (of, nf: see inputFiles; nil compares them as written)
// and the pinned block as such (see sameEvidence).
func sameInputEvidence(a, b Evidence, of, nf *strings.Replacer, ob, nb uint64) bool {
	if of != nil && nf != nil {
		a.File, a.Text = of.Replace(a.File), of.Replace(a.Text)
		b.File, b.Text = nf.Replace(b.File), nf.Replace(b.Text)
	}
	return sameEvidence(a, b, ob, nb)
}

// sameEvidence reports whether two evidence items state the same, an old
// report's and a new one's, but for the block each report is pinned to
// (ob, nb): a balance, role or slot read "at block 331" in the old report
// and the same read "at block 332" in the new one is no change.
func sameEvidence(a, b Evidence, ob, nb uint64) bool {
	if ob != nb && a.Block == ob && b.Block == nb {
		b.Block = a.Block
	}
	if samePinned(a.Text, b.Text, ob, nb) {
		b.Text = a.Text
	}
	return a.Equal(b)
}

// samePinned reports whether a (of the report pinned to block ob) and b
// (of the report pinned to block nb) are the same text, where a says
// "block ob" and b "block nb" counting as the same words: every read at
// the pinned block names it, and a later audit of unchanged facts is no
// change. A block number that is not the pinned one (a transaction's)
// must be equal.
func samePinned(a, b string, ob, nb uint64) bool {
	if a == b || ob == nb {
		return a == b
	}
	ow, nw := "block "+strconv.FormatUint(ob, 10), "block "+strconv.FormatUint(nb, 10)
	digitAt := func(s string, i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
	for i, j := 0, 0; ; {
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if strings.HasPrefix(a[i:], ow) && strings.HasPrefix(b[j:], nw) && !digitAt(a, i+len(ow)) && !digitAt(b, j+len(nw)) {
			i, j = i+len(ow), j+len(nw)
			continue
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// comparability warns when two reports are of different chains (or one
// does not know its chain), the new one was read at an older block than the
// old one, or both were read at one block number with different hashes.
func comparability(old, new *Report) []string {
	return append(chainComparability(old, new), auditComparability(old, new)...)
}

// auditComparability warns when two reports were written with other
// thresholds (options; a report without them is not compared) or audit
// other tokens: findings, decisions and holders then change for that
// alone.
func auditComparability(old, new *Report) []string {
	var out []string
	oo, no := old.Options, new.Options
	oo.FailOn, no.FailOn = "", ""
	if oo != no && oo != (Options{}) && no != (Options{}) {
		opts := func(o Options) string {
			return fmt.Sprintf("beneficial owner %s, identification %s, name match %.2f, review %.2f",
				Percent(o.BeneficialOwnerShare), Percent(o.IdentificationShare), o.NameMatchThreshold, o.NameReviewThreshold)
		}
		out = append(out, fmt.Sprintf("the reports were written with other thresholds (old: %s; new: %s): findings and beneficial owners may differ for that alone", opts(oo), opts(no)))
	}
	tokens := func(r *Report) map[string]string {
		m := map[string]string{}
		for _, t := range r.Tokens {
			m[t.Address] = t.Symbol
		}
		return m
	}
	oldT, newT := tokens(old), tokens(new)
	only := func(a, b map[string]string) string {
		var l []string
		for addr, sym := range a {
			if _, ok := b[addr]; !ok {
				l = append(l, strings.TrimSpace(sym+" "+addr))
			}
		}
		slices.Sort(l)
		return strings.Join(l, ", ")
	}
	if o, n := only(oldT, newT), only(newT, oldT); o != "" || n != "" {
		var parts []string
		if o != "" {
			parts = append(parts, "only the old audits "+o)
		}
		if n != "" {
			parts = append(parts, "only the new audits "+n)
		}
		out = append(out, "the reports audit other tokens ("+strings.Join(parts, "; ")+"): their holders and findings appear or go for that alone")
	}
	return out
}

// chainComparability is comparability's part about the chain and block.
func chainComparability(old, new *Report) []string {
	o, n := old.Chain, new.Chain
	switch {
	case o.ChainID != n.ChainID && (o.ChainID == 0 || n.ChainID == 0):
		which, known := "old", n.ChainID
		if n.ChainID == 0 {
			which, known = "new", o.ChainID
		}
		return []string{fmt.Sprintf("the %s report does not know its chain (chain id unknown, as from a transfers export) and the other is of chain id %d: check that both are of that chain", which, known)}
	case o.ChainID != n.ChainID:
		return []string{fmt.Sprintf("the reports are of different chains (old chain id %d, new chain id %d): the changes compare unrelated tokens", o.ChainID, n.ChainID)}
	case n.BlockNumber < o.BlockNumber:
		return []string{fmt.Sprintf("the new report is at block %d, older than the old report's block %d: the changes run backwards in time", n.BlockNumber, o.BlockNumber)}
	case n.BlockNumber == o.BlockNumber && o.BlockHash != "" && n.BlockHash != "" && !strings.EqualFold(o.BlockHash, n.BlockHash):
		return []string{fmt.Sprintf("the reports are both at block %d but with different block hashes (old %s, new %s): one of them read a block the chain has since replaced (a reorganisation), so its holdings may never have been final", n.BlockNumber, o.BlockHash, n.BlockHash)}
	}
	return []string{}
}

func ref(r *Report) ReportRef {
	return ReportRef{GeneratedAt: r.GeneratedAt, ToolVersion: r.Tool.Version, ChainID: r.Chain.ChainID,
		BlockNumber: r.Chain.BlockNumber, BlockHash: r.Chain.BlockHash, Findings: len(r.Findings)}
}

// evidenceText is an evidence item's text and, when it has one, its
// citation in brackets.
func evidenceText(e Evidence) string {
	if c := Citation(e); c != "" {
		return e.Text + " [" + c + "]"
	}
	return e.Text
}

// WriteDelta renders d as text (readable in 80 columns) or as indented JSON.
func WriteDelta(w io.Writer, d Delta, format string) error {
	switch format {
	case "json":
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		return enc.Encode(d)
	case "text":
		return writeDeltaText(w, d)
	}
	return fmt.Errorf("report: unknown diff format %q (want one of %s)", format, strings.Join(DeltaFormats, ", "))
}

func writeDeltaText(w io.Writer, d Delta) error {
	bw := bufio.NewWriter(w)
	// line wraps text with a hanging indent of two more spaces.
	line := func(indent, text string) {
		for i, l := range wrap(clean(text), textWidth-len(indent)-2) {
			if i > 0 {
				l = "  " + l
			}
			fmt.Fprintf(bw, "%s%s\n", indent, l)
		}
	}
	side := func(name string, r ReportRef) {
		chain := fmt.Sprintf("chain %d", r.ChainID)
		if r.ChainID == 0 {
			chain = "an unknown chain"
		}
		line("", fmt.Sprintf("%s: block %d of %s, generated %s, %d finding(s)", name, r.BlockNumber, chain, r.GeneratedAt, r.Findings))
	}
	side("old", d.Old)
	side("new", d.New)
	for _, w := range d.Warnings {
		line("", "warning: "+w)
	}
	if d.Empty() {
		fmt.Fprintln(bw, "\nno change")
		return bw.Flush()
	}
	findings := func(title string, fs []Finding) {
		if len(fs) == 0 {
			return
		}
		fmt.Fprintf(bw, "\n%s (%d)\n", title, len(fs))
		for _, f := range fs {
			line("  ", fmt.Sprintf("%s %s %s: %s [%s]", strings.ToUpper(string(f.Severity)), f.Rule, subjectText(f.Subject), f.Message, f.Fingerprint))
		}
	}
	findings("new findings", d.NewFindings)
	findings("resolved findings", d.ResolvedFindings)
	if len(d.ChangedFindings) > 0 {
		fmt.Fprintf(bw, "\nchanged findings (%d)\n", len(d.ChangedFindings))
		for _, c := range d.ChangedFindings {
			f, sev := c.New, strings.ToUpper(string(c.New.Severity))
			if c.Old.Severity != f.Severity {
				sev += " (was " + strings.ToUpper(string(c.Old.Severity)) + ")"
			}
			line("  ", fmt.Sprintf("%s %s %s: %s [%s]", sev, f.Rule, subjectText(f.Subject), f.Message, f.Fingerprint))
			if c.Old.Rule != f.Rule || c.Old.Subject != f.Subject {
				line("    ", fmt.Sprintf("was %s %s", c.Old.Rule, subjectText(c.Old.Subject)))
			}
			if slices.Contains(c.Changed, "message") {
				line("    ", "message was: "+c.Old.Message)
			}
			for i := range max(len(c.Old.Evidence), len(f.Evidence)) {
				var o, n *Evidence
				if i < len(c.Old.Evidence) {
					o = &c.Old.Evidence[i]
				}
				if i < len(f.Evidence) {
					n = &f.Evidence[i]
				}
				if o != nil && n != nil && sameInputEvidence(*o, *n, d.oldFiles, d.newFiles, d.Old.BlockNumber, d.New.BlockNumber) {
					continue
				}
				if o != nil {
					line("    ", fmt.Sprintf("evidence %d was: %s", i+1, evidenceText(*o)))
				}
				if n != nil {
					line("    ", fmt.Sprintf("evidence %d now: %s", i+1, evidenceText(*n)))
				} else {
					line("    ", fmt.Sprintf("evidence %d now: none", i+1))
				}
			}
		}
	}
	holders := func(title string, hs []HolderChange) {
		if len(hs) == 0 {
			return
		}
		fmt.Fprintf(bw, "\n%s (%d)\n", title, len(hs))
		for _, h := range hs {
			tok := h.Token
			if h.Symbol != "" {
				tok = h.Symbol
			}
			line("  ", fmt.Sprintf("%s %s: %s → %s (%s → %s)", tok, h.Address, TokenAmount(h.OldBalance, h.Decimals), TokenAmount(h.NewBalance, h.Decimals),
				holdingPercent(Holder{Balance: h.OldBalance, Share: h.OldShare}, Token{TotalSupply: h.oldSupply}),
				holdingPercent(Holder{Balance: h.NewBalance, Share: h.NewShare}, Token{TotalSupply: h.newSupply})))
		}
	}
	if len(d.InputsChanged) > 0 {
		fmt.Fprintf(bw, "\ninputs changed (%d)\n", len(d.InputsChanged))
		for _, c := range d.InputsChanged {
			file := func(in *Input) string {
				s := fmt.Sprintf("%s, sha256 %.12s…, %d row(s)", in.Path, in.SHA256, in.Rows)
				if in.ListDate != "" {
					s += ", list date " + in.ListDate
				}
				return s
			}
			switch c.Change {
			case "added":
				line("  ", fmt.Sprintf("added %s %s", c.Kind, file(c.New)))
			case "removed":
				line("  ", fmt.Sprintf("removed %s %s", c.Kind, file(c.Old)))
			default:
				line("  ", fmt.Sprintf("changed %s %s: %s → %s", c.Kind, c.Name, file(c.Old), file(c.New)))
			}
		}
	}
	if len(d.ControllersChanged) > 0 {
		fmt.Fprintf(bw, "\ncontrollers changed (%d)\n", len(d.ControllersChanged))
		for _, c := range d.ControllersChanged {
			tok := c.Token
			if c.Symbol != "" {
				tok = c.Symbol + " (" + c.Token + ")"
			}
			what := "a plain key"
			if c.IsContract {
				what = "a contract"
			}
			switch c.Change {
			case "changed":
				line("  ", fmt.Sprintf("%s %s of %s is now %s", c.Address, c.Role, tok, what))
			default:
				line("  ", fmt.Sprintf("%s %s %s of %s (%s)", c.Change, c.Address, c.Role, tok, what))
			}
		}
	}
	if len(d.ProxiesChanged) > 0 {
		fmt.Fprintf(bw, "\nproxies changed (%d)\n", len(d.ProxiesChanged))
		for _, c := range d.ProxiesChanged {
			for _, l := range proxyChangeLines(c) {
				line("  ", l)
			}
		}
	}
	holders("holders added", d.HoldersAdded)
	holders("holders removed", d.HoldersRemoved)
	holders("balances changed", d.BalancesChanged)
	if len(d.EntitiesChanged) > 0 {
		fmt.Fprintf(bw, "\nentities changed (%d)\n", len(d.EntitiesChanged))
		for _, e := range d.EntitiesChanged {
			switch e.Change {
			case "added":
				line("  ", fmt.Sprintf("added %s %s %q, %s", e.Kind, e.ID, e.NewName, e.NewStatus))
			case "removed":
				line("  ", fmt.Sprintf("removed %s %s %q, was %s", e.Kind, e.ID, e.OldName, e.OldStatus))
			default:
				line("  ", fmt.Sprintf("changed %s %s: %q %s → %q %s", e.Kind, e.ID, e.OldName, e.OldStatus, e.NewName, e.NewStatus))
			}
		}
	}
	var paths []PathChange
	var pathMoves routineMoves
	for _, p := range d.PathsChanged {
		if routinePath(p, d.ownerShare) {
			pathMoves.add(routineMove{asset: p.Asset, basis: p.Basis, label: p.Path,
				old: interval(p.OldLow, p.OldHigh), new: interval(p.NewLow, p.NewHigh)}, p.OldLow, p.OldHigh, p.NewLow, p.NewHigh)
		} else {
			paths = append(paths, p)
		}
	}
	if len(paths) > 0 {
		fmt.Fprintf(bw, "\nownership paths changed (%d)\n", len(paths))
		for _, p := range paths {
			what := p.Path
			if p.Basis != "" {
				what = p.Basis + " path " + p.Path
			}
			switch p.Change {
			case "added":
				line("  ", fmt.Sprintf("added %s: %s, ends %s", what, interval(p.NewLow, p.NewHigh), p.NewEnds))
			case "removed":
				line("  ", fmt.Sprintf("removed %s: was %s, ends %s", what, interval(p.OldLow, p.OldHigh), p.OldEnds))
			default:
				ends := p.NewEnds
				if p.OldEnds != p.NewEnds {
					ends = p.OldEnds + " → " + p.NewEnds
				}
				line("  ", fmt.Sprintf("changed %s: %s → %s, ends %s", what, interval(p.OldLow, p.OldHigh), interval(p.NewLow, p.NewHigh), ends))
			}
		}
	}
	pathMoves.write(bw, line, "ownership paths moved, end and decision unchanged", func(m routineMove) string {
		return count(m.n, "path", "paths") + " moved, end and decision unchanged"
	})
	var owners []OwnerChange
	var ownerMoves routineMoves
	for _, c := range d.OwnersChanged {
		if routineOwner(c) {
			ownerMoves.add(routineMove{asset: c.Asset, basis: c.Basis, decision: c.NewDecision, label: ownerLabel(Owner{ID: c.ID, Name: c.Name}),
				old: openInterval(c.OldLow, c.OldHigh, c.OldHighOpen), new: openInterval(c.NewLow, c.NewHigh, c.NewHighOpen)},
				c.OldLow, c.OldHigh, c.NewLow, c.NewHigh)
		} else {
			owners = append(owners, c)
		}
	}
	writeOwnerChanges(bw, line, owners)
	threshold := "the threshold"
	if d.ownerShare > 0 {
		threshold = Percent(d.ownerShare)
	}
	ownerMoves.write(bw, line, "beneficial owners moved, end and decision unchanged", func(m routineMove) string {
		what := "below " + threshold
		switch m.decision {
		case DecisionOwner:
			what = "at or above " + threshold
		case DecisionUndeterminable:
			what = "undeterminable at " + threshold
		}
		return count(m.n, "owner", "owners") + " " + what + " moved"
	})
	return bw.Flush()
}

// routineOwner reports whether a beneficial owner's change crosses no
// decision: its decision at the threshold (below, beneficial owner or
// undeterminable) and its end are the same before and after, and so are
// its possible doubles, with the decision each would have together with
// it, and how many more are counted; only shares moved. The text diff
// counts such changes by asset chain and decision instead of listing
// them.
func routineOwner(c OwnerChange) bool {
	return c.Change == "changed" && c.OldDecision == c.NewDecision && c.OldEnds == c.NewEnds &&
		c.OldPossiblyMore == c.NewPossiblyMore &&
		slices.EqualFunc(c.OldPossiblySameAs, c.NewPossiblySameAs, func(x, y PossibleOwner) bool {
			return x.ID == y.ID && x.Name == y.Name && (x.Also == nil) == (y.Also == nil) &&
				(x.Also == nil || x.Also.TogetherDecision == y.Also.TogetherDecision)
		})
}

// routinePath reports whether an ownership path's change crosses no
// decision: only its share moved, its end is the same and its share
// interval has the same decision at threshold (shareDecision) before and
// after. With no threshold known, no change is routine.
func routinePath(c PathChange, threshold float64) bool {
	return c.Change == "changed" && c.OldEnds == c.NewEnds && threshold > 0 &&
		shareDecision(c.OldLow, c.OldHigh, threshold) == shareDecision(c.NewLow, c.NewHigh, threshold)
}

// shareDecision is the decision a share interval has at threshold, as
// Owner.Decision: a beneficial owner when its lower bound reaches it,
// below when its upper bound does not, else undeterminable.
func shareDecision(low, high, threshold float64) string {
	switch {
	case low >= threshold-ShareTolerance:
		return DecisionOwner
	case high < threshold-ShareTolerance:
		return DecisionBelow
	}
	return DecisionUndeterminable
}

// routineMove counts the routine changes of one asset chain (asset and
// basis) and, for owners, decision, and keeps the largest: move is its
// signed change in percentage points, label what moved, old and new its
// share before and after as the text shows them.
type routineMove struct {
	asset, basis, decision string
	n                      int
	move                   float64
	label, old, new        string
}

// routineMoves are routine changes counted by asset chain (and decision),
// in the order each was first seen.
type routineMoves []routineMove

// add counts one routine change m (its asset, basis, decision, label, old
// and new set) whose share moved from [oldLow, oldHigh] to [newLow,
// newHigh]: its move is the larger, in size, of the moves of its two
// bounds; the first of equal moves is kept.
func (ms *routineMoves) add(m routineMove, oldLow, oldHigh, newLow, newHigh float64) {
	m.move = newHigh - oldHigh
	if l := newLow - oldLow; math.Abs(l) > math.Abs(m.move) {
		m.move = l
	}
	m.move *= 100
	m.n = 1
	for i := range *ms {
		c := &(*ms)[i]
		if c.asset == m.asset && c.basis == m.basis && c.decision == m.decision {
			c.n++
			if math.Abs(m.move) > math.Abs(c.move) {
				c.move, c.label, c.old, c.new = m.move, m.label, m.old, m.new
			}
			return
		}
	}
	*ms = append(*ms, m)
}

// write writes the moves as a section of the text diff: title with how
// many changes they count, then a line per chain, "0x… economic: 30 paths
// moved, end and decision unchanged; largest move +3 points: NAME, 5% →
// 8%" (what says what moved; "move +3 points" for one change). Nothing
// when there is none.
func (ms routineMoves) write(bw io.Writer, line func(indent, text string), title string, what func(routineMove) string) {
	total := 0
	for _, m := range ms {
		total += m.n
	}
	if total == 0 {
		return
	}
	fmt.Fprintf(bw, "\n%s (%d)\n", title, total)
	for _, m := range ms {
		s := strings.TrimSpace(m.asset+" "+m.basis) + ": " + what(m)
		if m.n == 1 {
			s += "; move " + points(m.move) + ": "
		} else {
			s += "; largest move " + points(m.move) + ": "
		}
		line("  ", s+m.label+", "+m.old+" → "+m.new)
	}
}

// points formats a move in percentage points with a sign and up to two
// decimals: "+0.4 points", "-1.25 points", "+1 point"; a move that two
// decimals would write as 0 gets up to six ("+0.001 points"), else
// "+under 0.000001 points": only no move (within ShareTolerance) is "0
// points".
func points(p float64) string {
	s := decimals(math.Abs(p), 2)
	for d := 3; s == "0" && d <= 6; d++ {
		s = decimals(math.Abs(p), d)
	}
	if s == "0" && math.Abs(p) > ShareTolerance*100 {
		s = "under 0.000001"
	}
	unit := " points"
	if s == "1" {
		unit = " point"
	}
	switch {
	case s == "0":
		return "0 points"
	case p < 0:
		return "-" + s + unit
	}
	return "+" + s + unit
}

// count says n things: "1 owner", "12 owners".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}
