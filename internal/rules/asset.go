package rules

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// Rule ids of the asset family.
const (
	RuleAssetUnknown          = "ASSET-UNKNOWN"
	RuleAssetIMOInvalid       = "ASSET-IMO-INVALID"
	RuleAssetOwnerMismatch    = "ASSET-OWNER-MISMATCH"
	RuleAssetOverclaimed      = "ASSET-OVERCLAIMED"
	RuleAssetMetadataMismatch = "ASSET-METADATA-MISMATCH"
)

// ValidIMO reports whether s, after the registry's clean-up of spreadsheet
// forms ("IMO 9321483", dropped leading zeros), is a ship IMO number with a
// correct check digit.
func ValidIMO(s string) bool {
	digits, ok := registry.NormalizeIMO(s)
	return ok && registry.ValidShipIMO(digits)
}

// claimEvidence cites where a claim was read, saying only what it gives: a
// claims-sheet row as "TOKEN token id N claims 60% of vessel IMO-or-key
// (issuer I; DOCUMENT)", the token id, issuer and document left out when
// the row has none, and a share the row does not state said to be taken
// as the whole vessel.
func (e *eval) claimEvidence(c claimUnit) report.Evidence {
	what := e.tokenLabel(c.Token)
	if c.TokenID != "" {
		what += " token id " + c.TokenID
	}
	if c.Sheet != nil {
		vessel := firstNonEmpty(c.IMO, c.Sheet.AssetID, c.Vessel)
		var notes []string
		text := fmt.Sprintf("%s claims %s of vessel %s", what, pctRange(c.Share), vessel)
		if c.Sheet.ClaimedShare == (registry.Share{}) {
			text = fmt.Sprintf("%s claims vessel %s", what, vessel)
			notes = append(notes, "no share stated: taken as the whole vessel")
		}
		if c.Issuer != "" {
			notes = append(notes, "issuer "+c.Issuer)
		}
		if c.Sheet.Document != "" {
			notes = append(notes, c.Sheet.Document)
		}
		if len(notes) > 0 {
			text += " (" + strings.Join(notes, "; ") + ")"
		}
		return regEv(c.Sheet.Origin, text)
	}
	return report.Evidence{Kind: "metadata", Text: fmt.Sprintf("%s claims vessel IMO %s (%s %s)", what, c.Chain.IMO, c.Chain.Source, c.Chain.URI)}
}

// claimsByVessel groups the claim units by vessel id, in input order.
func (e *eval) claimsByVessel() (map[string][]claimUnit, []string) {
	by := map[string][]claimUnit{}
	var ids []string
	for _, c := range e.claims {
		if _, ok := by[c.Vessel]; !ok {
			ids = append(ids, c.Vessel)
		}
		by[c.Vessel] = append(by[c.Vessel], c)
	}
	sort.Strings(ids)
	return by, ids
}

// assetUnknown: a token claims a vessel that is not in the registry.
func assetUnknown(e *eval) {
	by, ids := e.claimsByVessel()
	for _, id := range ids {
		cs := by[id]
		if cs[0].Known || (cs[0].IMO != "" && !ValidIMO(cs[0].IMO)) { // an invalid IMO is ASSET-IMO-INVALID
			continue
		}
		var ev []report.Evidence
		var toks []string
		for _, c := range cs {
			ev = append(ev, e.claimEvidence(c))
			toks = append(toks, e.tokenLabel(c.Token))
		}
		origins := make([]registry.Origin, len(e.reg.Vessels))
		for i, v := range e.reg.Vessels {
			origins[i] = v.Origin
		}
		ev = append(ev, e.searchedEv("vessel", origins, "has IMO or key "+id)...)
		e.add(RuleAssetUnknown, report.High, vesselSubject(id), "unknown",
			fmt.Sprintf("vessel %s is claimed by %s but is not in the registry", id, strings.Join(uniqStrings(toks), ", ")), ev...)
	}
}

// assetIMOInvalid: a registered or claimed IMO fails its check digit.
func assetIMOInvalid(e *eval) {
	ev := map[string][]report.Evidence{}
	var ids []string
	note := func(id string, x report.Evidence) {
		if _, ok := ev[id]; !ok {
			ids = append(ids, id)
		}
		ev[id] = append(ev[id], x)
	}
	for _, v := range e.reg.Vessels {
		if v.IMO != "" && !v.IMOValid && !ValidIMO(v.IMO) {
			note(v.Key, regEv(v.Origin.At("imo"), fmt.Sprintf("vessel %s has IMO %s, which fails the check digit", v.Name, v.IMO)))
		}
	}
	for _, c := range e.claims {
		if c.IMO != "" && !ValidIMO(c.IMO) {
			note(c.Vessel, e.claimEvidence(c))
		}
		if c.Chain != nil && c.Chain.IMO != "" && c.Chain.IMO != c.IMO && !ValidIMO(c.Chain.IMO) {
			note(c.Chain.IMO, report.Evidence{Kind: "metadata", Text: "token metadata claims IMO " + c.Chain.IMO + ", which fails the check digit"})
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		msg := fmt.Sprintf("IMO %s of %s is malformed or fails its check digit", id, e.vesselLabel(id))
		if _, held := e.vessels[id]; !held { // a claimed vessel the registry does not hold
			msg = fmt.Sprintf("IMO %s, claimed but in no vessels row, is malformed or fails its check digit", id)
		}
		if fix := imoFix(id); fix != "" {
			msg += " (the check digit would make it " + fix + ")"
		}
		e.add(RuleAssetIMOInvalid, report.High, vesselSubject(id), "imo", msg, ev[id]...)
	}
}

// imoFix is the IMO with a corrected check digit, or "" when s is not seven digits.
func imoFix(s string) string {
	if len(s) != 7 {
		return ""
	}
	sum := 0
	for i := 0; i < 6; i++ {
		if s[i] < '0' || s[i] > '9' {
			return ""
		}
		sum += int(s[i]-'0') * (7 - i)
	}
	return s[:6] + string(rune('0'+sum%10))
}

// issuerOf is the issuer's entity id for a claim, with the evidence: the
// claims sheet's issuer, else the entity of the token's issuer wallet (cited
// by the token naming it, issuer(), and the registry row of the wallet).
func (e *eval) issuerOf(c claimUnit) (string, []report.Evidence) {
	if c.Issuer != "" {
		return c.Issuer, []report.Evidence{e.claimEvidence(c)}
	}
	if t := e.snapToken(c.Token); t != nil && t.Issuer != "" {
		for _, w := range e.wallets[strings.ToLower(t.Issuer)] {
			return w.HolderID, []report.Evidence{e.issuerEv(*t), regEv(w.Origin, "issuer wallet "+t.Issuer+" belongs to "+w.HolderID)}
		}
	}
	return "", nil
}

// assetOwnerMismatch: the registered owner is neither the issuer nor owned by it.
func assetOwnerMismatch(e *eval) {
	for _, c := range e.claims {
		v, ok := e.vessels[c.Vessel]
		if !ok || v.RegisteredOwner == "" {
			continue
		}
		issuer, iev := e.issuerOf(c)
		if issuer == "" || issuer == v.RegisteredOwner {
			continue
		}
		if r, ok := e.legal[c.Vessel]; ok {
			if in := e.g.Entity(issuer); in >= 0 && r.Of(in).Share.High > 0 {
				continue
			}
		}
		ev := append([]report.Evidence{regEv(v.Origin.At("registered_owner"), v.Name+" is registered to "+v.RegisteredOwner)}, iev...)
		var owners []string
		if r, ok := e.legal[c.Vessel]; ok {
			for _, p := range r.Paths {
				ev = append(ev, report.Evidence{Kind: "path", Text: e.pathText(chainRef{Asset: c.Vessel, Vessel: true, R: r}, p.Edges)})
			}
			for _, h := range r.Holdings {
				owners = append(owners, e.g.Nodes[h.Node].ID)
			}
		}
		msg := fmt.Sprintf("%s is claimed by %s, issued by %s, but is registered to %s", e.vesselLabel(c.Vessel), e.tokenLabel(c.Token), issuer, v.RegisteredOwner)
		if len(owners) > 0 {
			sort.Strings(owners)
			msg += ", owned through " + strings.Join(owners, ", ") + ", not by the issuer"
		} else {
			msg += ", which the issuer is not known to own"
		}
		e.add(RuleAssetOwnerMismatch, report.High, vesselSubject(c.Vessel), c.Token+"/"+issuer, msg, ev...)
	}
}

// assetOverclaimed: the shares claimed on one vessel exceed 100%.
func assetOverclaimed(e *eval) {
	by, ids := e.claimsByVessel()
	for _, id := range ids {
		var low, high float64
		var parts []string
		var ev []report.Evidence
		for _, c := range by[id] {
			low += c.Share.Low
			high += c.Share.High
			w := e.tokenLabel(c.Token)
			if c.TokenID != "" {
				w += " #" + c.TokenID
			}
			parts = append(parts, w+" "+pctRange(c.Share))
			ev = append(ev, e.claimEvidence(c))
		}
		if low <= 1+report.ShareTolerance {
			continue
		}
		e.add(RuleAssetOverclaimed, report.High, vesselSubject(id), "overclaimed",
			fmt.Sprintf("%s is claimed %s in all, over 100%%: %s", e.vesselLabel(id), report.Percent(low), strings.Join(parts, ", ")), ev...)
	}
}

// assetMetadataMismatch: a token's own claim (contract or metadata)
// disagrees with the registry or the claims sheet.
func assetMetadataMismatch(e *eval) {
	for _, c := range e.claims {
		m := c.Chain
		if m == nil {
			continue
		}
		src := report.Evidence{Kind: "metadata", Text: fmt.Sprintf("%s %s: IMO %s, name %q, flag %q (%s)", e.tokenLabel(c.Token), idText(c.TokenID), m.IMO, m.Name, m.Flag, firstNonEmpty(m.URI, m.Source))}
		key := c.Token + "/" + c.TokenID + "/"
		if m.IMO != "" && c.IMO != "" && m.IMO != c.IMO {
			e.add(RuleAssetMetadataMismatch, report.Medium, vesselSubject(c.Vessel), key+"imo",
				fmt.Sprintf("%s %s says IMO %s; the claims sheet says %s", e.tokenLabel(c.Token), idText(c.TokenID), m.IMO, c.IMO), src, e.claimEvidence(c))
		}
		v, ok := e.vessels[c.Vessel]
		if !ok {
			continue
		}
		if m.Name != "" && v.Name != "" && normVesselName(m.Name) != normVesselName(v.Name) {
			ev := []report.Evidence{src, regEv(v.Origin.At("name"), "the vessels sheet names it "+v.Name)}
			msg := fmt.Sprintf("%s %s names the vessel %s; the registry says %s", e.tokenLabel(c.Token), idText(c.TokenID), m.Name, v.Name)
			for _, h := range e.reg.History {
				if h.IMO == v.Key && h.Field == "name" && normVesselName(h.Value) == normVesselName(m.Name) {
					if !h.To.IsZero() {
						msg += " (its name until " + day(h.To) + ")"
					}
					ev = append(ev, regEv(h.Origin, "former name "+h.Value))
				}
			}
			e.add(RuleAssetMetadataMismatch, report.Medium, vesselSubject(c.Vessel), key+"name", msg, ev...)
		}
		if m.Flag != "" && v.Flag != "" && !e.sameFlag(v.Flag, m.Flag) {
			e.add(RuleAssetMetadataMismatch, report.Medium, vesselSubject(c.Vessel), key+"flag",
				fmt.Sprintf("%s %s gives the flag %s; the registry says %s", e.tokenLabel(c.Token), idText(c.TokenID), m.Flag, v.Flag),
				src, regEv(v.Origin.At("flag"), "the vessels sheet gives flag "+v.Flag))
		}
	}
}

func idText(id string) string {
	if id == "" {
		return "metadata"
	}
	return "token " + id + " metadata"
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// normVesselName folds case, punctuation and prefixes such as M/V or MV.
func normVesselName(s string) string {
	s = strings.ToUpper(strings.TrimSpace(s))
	for _, p := range []string{"M/V ", "M.V. ", "MV ", "M/T ", "MT ", "SS "} {
		s = strings.TrimPrefix(s, p)
	}
	var b strings.Builder
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
