package rules

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
)

// Rule ids of the vessel family.
const (
	RuleVesselFlagHopping     = "VESSEL-FLAG-HOPPING"
	RuleVesselNameChanges     = "VESSEL-NAME-CHANGES"
	RuleVesselFOC             = "VESSEL-FOC"
	RuleVesselSingleShipOwner = "VESSEL-SINGLE-SHIP-OWNER"
	RuleVesselChangeNearToken = "VESSEL-CHANGE-NEAR-TOKEN"
	RuleVesselMMSIFlag        = "VESSEL-MMSI-FLAG"
)

// tokenisedVessels are the registry rows of the tokenised vessels, by id.
func (e *eval) tokenisedVessels() []*registry.Vessel {
	var out []*registry.Vessel
	for _, id := range e.tokenised {
		if v, ok := e.vessels[id]; ok {
			out = append(out, v)
		}
	}
	return out
}

// history is the vessel's rows for one field, oldest first (rows of one
// date in file order).
func (e *eval) history(v *registry.Vessel, field string) []registry.VesselChange {
	if e.histories == nil {
		e.histories = map[string][]int{}
		for i, h := range e.reg.History {
			e.histories[h.IMO] = append(e.histories[h.IMO], i)
		}
	}
	rows := e.histories[v.Key]
	if v.IMO != "" && v.IMO != v.Key {
		rows = append(append([]int(nil), rows...), e.histories[v.IMO]...)
		sort.Ints(rows) // back in the order the rows were read
	}
	var out []registry.VesselChange
	for _, i := range rows {
		if h := e.reg.History[i]; strings.EqualFold(h.Field, field) {
			out = append(out, h)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].From.Before(out[j].From) })
	return out
}

// sameValue says whether two values of a history field are the same: a
// flag by its ISO 3166 code (Panama and PA are one flag), any other field
// as text, ignoring case.
func (e *eval) sameValue(field, a, b string) bool {
	if strings.EqualFold(field, "flag") {
		return e.flagCode(a) == e.flagCode(b)
	}
	return strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b))
}

// flagCode is a flag as its ISO 3166-1 alpha-2 code (Reference.CountryCode,
// else the embedded country table): "Panama" and "pa" are "PA"; a value
// that is no known country is itself, trimmed and upper-cased.
func (e *eval) flagCode(s string) string {
	lookup := e.f.Reference.CountryCode
	if lookup == nil {
		lookup = refdata.CountryCode
	}
	if a2, ok := lookup(s); ok {
		return a2
	}
	return strings.ToUpper(strings.TrimSpace(s))
}

// since is " from DAY", or " from an unknown date" for a history row
// without a start date.
func since(r registry.VesselChange) string {
	if r.From.IsZero() {
		return " from an unknown date"
	}
	return " from " + day(r.From)
}

// repeatedChanges fires rule when a field changed twice or more within the
// window: each dated history row whose value differs from the row before
// (sameValue: a flag written another way is no change) is a change. Rows
// without a start date sort first, taken as older than every dated row
// (INPUT-ROW tells each one, see undatedHistory).
func repeatedChanges(e *eval, rule, field, what string) {
	for _, v := range e.tokenisedVessels() {
		h := e.history(v, field)
		var changes []time.Time // when the value became different from the one before
		seq := ""
		if len(h) > 0 {
			seq = e.shown(field, h[0].Value)
		}
		for k := 1; k < len(h); k++ {
			if !h[k].From.IsZero() && !e.sameValue(field, h[k].Value, h[k-1].Value) {
				changes = append(changes, h[k].From)
				seq += " → " + e.shown(field, h[k].Value) + " (" + day(h[k].From) + ")"
			}
		}
		found := false
		for k := 1; k < len(changes) && !found; k++ {
			found = changes[k].Sub(changes[k-1]) <= e.opts.FlagHoppingWindow
		}
		if !found {
			continue
		}
		var ev []report.Evidence
		for _, r := range h {
			ev = append(ev, regEv(r.Origin, fmt.Sprintf("%s %s %s%s", v.Name, field, r.Value, since(r))))
		}
		e.add(rule, report.Medium, vesselSubject(v.Key), field,
			fmt.Sprintf("%s: %s changed %d times, at least twice within %s: %s", e.vesselLabel(v.Key), what, len(changes), months(e.opts.FlagHoppingWindow), seq), ev...)
	}
}

// shown is a history value as a message writes it: a flag by its code.
func (e *eval) shown(field, value string) string {
	if strings.EqualFold(field, "flag") {
		return e.flagCode(value)
	}
	return value
}

func months(d time.Duration) string {
	return fmt.Sprintf("%d months", int(d.Hours()/24/30.44+0.5))
}

// vesselFlagHopping: two or more flag changes within 36 months.
func vesselFlagHopping(e *eval) { repeatedChanges(e, RuleVesselFlagHopping, "flag", "flag") }

// vesselNameChanges: two or more name changes within 36 months.
func vesselNameChanges(e *eval) { repeatedChanges(e, RuleVesselNameChanges, "name", "name") }

// vesselFOC: the tokenised vessel flies a flag of convenience.
func vesselFOC(e *eval) {
	for _, v := range e.tokenisedVessels() {
		if v.Flag == "" || !e.f.Reference.FlagsOfConvenience[strings.ToUpper(v.Flag)] {
			continue
		}
		key := "foc:" + strings.ToUpper(v.Flag)
		e.add(RuleVesselFOC, report.Low, vesselSubject(v.Key), key,
			fmt.Sprintf("%s flies the flag of %s, a flag of convenience", e.vesselLabel(v.Key), e.country(v.Flag)),
			append([]report.Evidence{regEv(v.Origin.At("flag"), v.Name+" flag "+v.Flag)}, e.f.Reference.Listings[key]...)...)
	}
}

func (e *eval) country(code string) string {
	if n := e.f.Reference.CountryNames[strings.ToUpper(code)]; n != "" {
		return n + " (" + code + ")"
	}
	return code
}

// vesselSingleShipOwner: the registered owner owns no other vessel.
func vesselSingleShipOwner(e *eval) {
	count := map[string]int{}
	for _, v := range e.reg.Vessels {
		if v.RegisteredOwner != "" {
			count[v.RegisteredOwner]++
		}
	}
	for _, v := range e.tokenisedVessels() {
		if v.RegisteredOwner == "" || count[v.RegisteredOwner] != 1 {
			continue
		}
		e.add(RuleVesselSingleShipOwner, report.Low, vesselSubject(v.Key), "owner:"+v.RegisteredOwner,
			fmt.Sprintf("%s's registered owner %s owns no other vessel in the registry", e.vesselLabel(v.Key), v.RegisteredOwner),
			regEv(v.Origin.At("registered_owner"), v.Name+" is registered to "+v.RegisteredOwner))
	}
}

// nearFields are the history fields whose change near a token event matters.
var nearFields = []string{"registered_owner", "ship_manager", "flag", "doc_company", "group_beneficial_owner"}

// vesselChangeNearToken: owner, manager or flag changed within the window
// of the token's deployment or of a large transfer.
func vesselChangeNearToken(e *eval) {
	type event struct {
		when      time.Time
		what      string
		block     uint64
		tx, token string
		fact      report.Evidence // the structured fact, without kind, text, block and tx
	}
	for _, v := range e.tokenisedVessels() {
		var events []event
		seenTok := map[string]bool{}
		for _, c := range e.vesselClaims(v.Key) {
			if seenTok[c.Token] {
				continue
			}
			seenTok[c.Token] = true
			if t := e.snapToken(c.Token); t != nil {
				switch {
				case t.DeployTime.IsZero():
				case t.DeployIsFirstMint:
					// An export, or a node without the history's state,
					// shows no deployment: the reader takes the first mint
					// for it, so the text says what it is.
					events = append(events, event{t.DeployTime, tokenName(t) + " was first minted", t.DeployBlock, t.DeployTx, c.Token, report.Evidence{}})
				default:
					events = append(events, event{t.DeployTime, tokenName(t) + " was deployed", t.DeployBlock, t.DeployTx, c.Token,
						report.Evidence{Fact: report.FactDeployment, Contract: lower(t.Address)}})
				}
				for _, tr := range t.Transfers {
					if tr.Time.IsZero() || !atLeast(tr.Amount, t.TotalSupply, e.opts.LargeTransferShare) {
						continue
					}
					events = append(events, event{tr.Time, fmt.Sprintf("%s moved %s to %s (%s of supply%s)", amountOf(tr.Amount, t), tr.From, tr.To, report.PercentOf(tr.Amount, t.TotalSupply), baseUnits(tr.Amount, t.Decimals)), tr.Block, tr.TxHash, c.Token,
						moveFact(report.Evidence{}, report.FactTransfer, t.Address, tr.From, tr.To, tr.Amount)})
				}
			}
		}
		for _, field := range nearFields {
			h := e.history(v, field)
			for i, r := range h {
				if r.From.IsZero() || i > 0 && e.sameValue(field, r.Value, h[i-1].Value) {
					continue // undated (INPUT-ROW), or no change
				}
				for _, ev := range events {
					gap := ev.when.Sub(r.From)
					if gap < 0 {
						gap = -gap
					}
					if gap > e.opts.ChangeNearTokenWindow {
						continue
					}
					change := e.shown(field, r.Value)
					if i > 0 {
						change = e.shown(field, h[i-1].Value) + " → " + e.shown(field, r.Value)
					}
					rel := "before"
					if r.From.After(ev.when) {
						rel = "after"
					}
					key := ev.tx
					if key == "" { // no hash to tell the events apart
						key = fmt.Sprintf("block %d: %s", ev.block, ev.what)
					}
					e.add(RuleVesselChangeNearToken, report.Medium, vesselSubject(v.Key), ev.token+":"+field+":"+day(r.From)+":"+key,
						fmt.Sprintf("%s's %s changed %s on %s, %d days %s %s (%s)", e.vesselLabel(v.Key), strings.ReplaceAll(field, "_", " "), change, day(r.From),
							int(gap.Hours()/24+0.5), rel, ev.what, day(ev.when)),
						regEv(r.Origin, fmt.Sprintf("%s %s %s from %s", v.Name, field, r.Value, day(r.From))),
						withFact(e.chainEv(ev.block, ev.tx, fmt.Sprintf("%s on %s, block %d%s", ev.what, day(ev.when), ev.block, labelled(", tx", ev.tx))), ev.fact))
				}
			}
		}
	}
}

// vesselMMSIFlag: the MMSI's country (its MID) differs from the flag.
func vesselMMSIFlag(e *eval) {
	for _, v := range e.tokenisedVessels() {
		m := strings.TrimSpace(v.MMSI)
		if len(m) != 9 || m[0] < '2' || m[0] > '7' || v.Flag == "" {
			continue
		}
		mid := m[:3]
		c := e.f.Reference.MIDCountry[mid]
		if c == "" || strings.EqualFold(c, v.Flag) {
			continue
		}
		msg := fmt.Sprintf("%s's MMSI %s has MID %s (%s); the flag is %s", e.vesselLabel(v.Key), m, mid, e.country(c), e.country(v.Flag))
		ev := []report.Evidence{regEv(v.Origin.At("mmsi"), v.Name+" MMSI "+m), regEv(v.Origin.At("flag"), v.Name+" flag "+v.Flag)}
		ev = append(ev, e.f.Reference.Listings["mid:"+mid]...)
		for _, h := range e.history(v, "flag") {
			if e.flagCode(h.Value) == strings.ToUpper(c) {
				until := "" // a row without an end date says only that it was
				if !h.To.IsZero() {
					until = " until " + day(h.To)
				}
				msg += fmt.Sprintf(" (%s was its flag%s)", c, until)
				ev = append(ev, regEv(h.Origin, fmt.Sprintf("former flag %s%s", h.Value, until)))
			}
		}
		e.add(RuleVesselMMSIFlag, report.Low, vesselSubject(v.Key), "mid:"+mid+":"+strings.ToUpper(v.Flag), msg, ev...)
	}
}
