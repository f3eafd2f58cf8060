package report

import (
	"cmp"
	"math"
	"math/big"
	"slices"
	"strings"
)

// Finalize puts r in its canonical form, so that equal facts give equal
// JSON bytes: findings sorted by severity (worst first), rule, subject kind,
// subject id and fingerprint; tokens by address with holders by balance
// (largest first) then address; assets, entities, inputs and ownership paths
// in a fixed order; nil lists made empty; Summary recomputed from the
// findings; SchemaVersion set when empty. It keeps the order of evidence
// inside a finding, which the rule chose.
func Finalize(r *Report) {
	if r == nil {
		return
	}
	if r.SchemaVersion == "" {
		r.SchemaVersion = SchemaVersion
	}
	r.Inputs = nonNil(r.Inputs)
	r.Tokens = nonNil(r.Tokens)
	r.Assets = nonNil(r.Assets)
	r.Entities = nonNil(r.Entities)
	r.Ownership = nonNil(r.Ownership)
	r.Findings = nonNil(r.Findings)

	slices.SortStableFunc(r.Inputs, func(a, b Input) int {
		return cmp.Or(cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Path, b.Path), cmp.Compare(a.SHA256, b.SHA256))
	})
	slices.SortStableFunc(r.Tokens, func(a, b Token) int { return cmp.Compare(a.Address, b.Address) })
	for i := range r.Tokens {
		t := &r.Tokens[i]
		t.Holders = nonNil(t.Holders)
		slices.SortStableFunc(t.Holders, compareHolders)
		slices.SortStableFunc(t.Controllers, func(a, b Controller) int {
			return cmp.Or(cmp.Compare(a.Role, b.Role), cmp.Compare(a.Address, b.Address))
		})
		slices.SortStableFunc(t.Claims, func(a, b Claim) int {
			return cmp.Or(cmp.Compare(a.AssetID, b.AssetID), compareNumeric(a.TokenID, b.TokenID), cmp.Compare(a.Source, b.Source))
		})
	}
	slices.SortStableFunc(r.Assets, func(a, b Asset) int { return cmp.Compare(a.ID, b.ID) })
	for i := range r.Assets {
		slices.Sort(r.Assets[i].Tokens)
	}
	slices.SortStableFunc(r.Entities, func(a, b Entity) int {
		return cmp.Or(cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind))
	})
	for i := range r.Ownership {
		p := &r.Ownership[i]
		p.Steps = nonNil(p.Steps)
		p.Low, p.High = snapShare(p.Low), snapShare(p.High)
	}
	for i := range r.Owners {
		o := &r.Owners[i]
		o.OpaqueLow, o.OpaqueHigh = snapShare(o.OpaqueLow), snapShare(o.OpaqueHigh)
		o.ClaimedLow, o.ClaimedHigh = snapShare(o.ClaimedLow), snapShare(o.ClaimedHigh)
		o.UnidentifiedLow, o.UnidentifiedHigh = snapShare(o.UnidentifiedLow), snapShare(o.UnidentifiedHigh)
		for j := range o.Identities {
			for k := range o.Identities[j].Wallets {
				w := &o.Identities[j].Wallets[k]
				w.Share = snapShare(w.Share)
			}
		}
		for j := range o.Owners {
			w := &o.Owners[j]
			w.Low, w.High = snapShare(w.Low), snapShare(w.High)
			w.IdentityLow, w.IdentityHigh = snapShare(w.IdentityLow), snapShare(w.IdentityHigh)
			for k := range w.PossiblySameAs {
				if a := w.PossiblySameAs[k].Also; a != nil {
					a.Low, a.High = snapShare(a.Low), snapShare(a.High)
					a.TogetherLow, a.TogetherHigh = snapShare(a.TogetherLow), snapShare(a.TogetherHigh)
				}
			}
		}
	}
	slices.SortStableFunc(r.Ownership, comparePaths)
	sortOwners(r)
	for i := range r.Findings {
		r.Findings[i].Evidence = nonNil(r.Findings[i].Evidence)
	}
	slices.SortStableFunc(r.Findings, CompareFindings)
	r.Summary = Summarize(r.Findings)
}

// CompareFindings orders findings as Finalize does: severity worst first,
// then rule, subject kind, subject id and fingerprint.
func CompareFindings(a, b Finding) int {
	return cmp.Or(
		cmp.Compare(b.Severity.Rank(), a.Severity.Rank()),
		cmp.Compare(a.Rule, b.Rule),
		cmp.Compare(a.Subject.Kind, b.Subject.Kind),
		cmp.Compare(a.Subject.ID, b.Subject.ID),
		cmp.Compare(a.Fingerprint, b.Fingerprint),
	)
}

// Summarize counts findings by severity. BySeverity has an entry, possibly
// zero, for every severity; Worst is empty when there is no finding.
func Summarize(findings []Finding) Summary {
	s := Summary{Findings: len(findings), BySeverity: make(map[string]int, len(Severities))}
	for _, sev := range Severities {
		s.BySeverity[string(sev)] = 0
	}
	worst := -1
	for _, f := range findings {
		s.BySeverity[string(f.Severity)]++
		if rank := f.Severity.Rank(); rank > worst {
			worst, s.Worst = rank, string(f.Severity)
		}
	}
	return s
}

func compareHolders(a, b Holder) int {
	return cmp.Or(compareNumeric(b.Balance, a.Balance), cmp.Compare(a.Address, b.Address))
}

// compareNumeric compares two decimal strings as integers; a string that is
// not an integer sorts after every integer, and such strings among
// themselves compare as text.
func compareNumeric(a, b string) int {
	x, okA := new(big.Int).SetString(a, 10)
	y, okB := new(big.Int).SetString(b, 10)
	switch {
	case okA && okB:
		return x.Cmp(y)
	case okA:
		return -1
	case okB:
		return 1
	}
	return cmp.Compare(a, b)
}

// comparePaths orders paths as Finalize does: by asset, a vessel's legal
// paths before its economic ones (those without a basis, of older reports,
// last), then largest effective share first, then the ids passed through.
func comparePaths(a, b Path) int {
	return cmp.Or(
		cmp.Compare(a.Asset, b.Asset),
		-cmp.Compare(a.Basis, b.Basis),
		cmp.Compare(b.High, a.High),
		cmp.Compare(b.Low, a.Low),
		cmp.Compare(pathKey(a), pathKey(b)),
		cmp.Compare(a.Ends, b.Ends),
	)
}

// pathKey names a path by its asset and the ids it passes through.
func pathKey(p Path) string {
	var sb strings.Builder
	sb.WriteString(p.Asset)
	for _, s := range p.Steps {
		sb.WriteString(" > ")
		sb.WriteString(s.ID)
	}
	return sb.String()
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// snapShare removes the rounding error sums and products of shares leave
// (0.9999999999996 for 1, 1.1e-16 for 0): a share within 1e-12 of a whole
// billionth is that billionth; any other share, such as 1/3, is kept.
func snapShare(x float64) float64 {
	if r := math.Round(x*1e9) / 1e9; math.Abs(x-r) < ShareTolerance {
		return r
	}
	return x
}
