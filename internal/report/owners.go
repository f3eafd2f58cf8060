package report

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
)

// The decisions of Owner.Decision, at options.beneficial_owner_share.
const (
	DecisionOwner          = "beneficial owner" // even the share's lower bound reaches the threshold
	DecisionBelow          = "below"            // even its upper bound stays below it (an excluded bound equal to it too)
	DecisionUndeterminable = "undeterminable"   // the data allows both
)

// Decisions lists every value Owner.Decision may take.
var Decisions = []string{DecisionOwner, DecisionBelow, DecisionUndeterminable}

// OwnerEnds lists every value Owner.Ends may take.
var OwnerEnds = []string{"person", "unknown", "listed-company", "state", StatusSanctioned, StatusPossiblySanctioned}

// Owners are the ultimate owners of one asset chain, each with its
// share aggregated over every path of the chain (overlapping paths and
// cycles counted once, as the look-through counts them).
type Owners struct {
	Asset string `json:"asset"` // vessel id or token address, as Path.Asset
	Kind  string `json:"kind"`  // "vessel" or "token"
	// Basis is "legal" (a vessel from its registered owner up) or
	// "economic" (a vessel through the tokens claiming it, or a token from
	// its holders up).
	Basis string `json:"basis"`
	// OpaqueLow and OpaqueHigh bound the share that reaches no natural
	// person, listed company or state body (undeclared remainders and
	// unknown owners included).
	OpaqueLow  float64 `json:"opaque_low"`
	OpaqueHigh float64 `json:"opaque_high"`
	// ClaimedLow and ClaimedHigh are, when the shares held directly in the
	// chain's start (the tokens' claims on a vessel, the owners of its
	// registered owner, a token's holders) add up to more than 100% (their
	// lower bounds), those shares added up; absent (0) otherwise. The
	// opaque share and the owners' shares are then shares of claims that
	// add up to more than the whole, not parts of one (see
	// ownership.Result.Opaque); the text, HTML and XLSX formats say so
	// (overclaimText).
	ClaimedLow  float64 `json:"claimed_low,omitempty"`
	ClaimedHigh float64 `json:"claimed_high,omitempty"`
	// Capped says the chain's paths were not all listed: Owner.Paths then
	// counts the listed paths only (the shares count every path).
	Capped bool    `json:"capped,omitempty"`
	Owners []Owner `json:"owners"`
	// UnidentifiedWallets counts the chain's wallets no one is known to
	// hold whose share stays below options.identification_share: they are
	// not in Owners (tokens[].holders lists each); UnidentifiedLow and
	// UnidentifiedHigh bound their shares added up.
	UnidentifiedWallets int     `json:"unidentified_wallets,omitempty"`
	UnidentifiedLow     float64 `json:"unidentified_low,omitempty"`
	UnidentifiedHigh    float64 `json:"unidentified_high,omitempty"`
	// Identities are the on-chain identities (ERC-3643 ONCHAINID) an
	// identity registry of a token gives two or more holders, one of them
	// at least a wallet of a known owner, with a wallet in this chain:
	// whether the wallets no wallets row lists were counted as that
	// owner's (Owner) or not (NotJoined); by token, then identity.
	Identities []SharedIdentity `json:"identities,omitempty"`
}

// SharedIdentity is an on-chain identity a token's identity registry
// gives several of its holders at the report's pinned block, and what
// the beneficial-owners view made of it: when the wallets a wallets row
// ties to an owner are all one owner's, the wallets no row lists count as
// that owner's too (their share adds to the owner's, the path step says
// "through on-chain identity"); when they are different owners'
// (HOLDER-IDENTITY-MISMATCH), nothing is joined and each wallet counts as
// its own owner's.
type SharedIdentity struct {
	Identity string           `json:"identity"` // the identity contract, lowercase 0x hex, as tokens[].holders[].identity
	Token    string           `json:"token"`    // the token whose identity registry gives it
	Registry string           `json:"registry"` // that registry, as tokens[].identity_registry
	Wallets  []IdentityWallet `json:"wallets"`  // the holders it is given to, in the token's holder order
	// Owner is the registry owner the unlisted wallets count as; empty
	// when nothing was joined (NotJoined says why).
	Owner     string `json:"owner,omitempty"`
	NotJoined string `json:"not_joined,omitempty"`
}

// IdentityWallet is a holder of a SharedIdentity.
type IdentityWallet struct {
	Address string  `json:"address"`         // lowercase 0x hex
	Owner   string  `json:"owner,omitempty"` // the known holder a wallets row gives it; empty: none
	Share   float64 `json:"share"`           // its share of the token's supply, fraction
}

// Owner is one ultimate owner of an asset chain: a node of the chain with
// no owner above it.
type Owner struct {
	Kind string `json:"kind"` // kind of the node: "person", "company", "arrangement", "wallet"
	ID   string `json:"id"`
	Name string `json:"name,omitempty"`
	// Ends classifies the owner as Path.Ends does: "person", "unknown" (no
	// owner known, an unknown person, a wallet no one is known to hold),
	// "listed-company", "state", StatusSanctioned or StatusPossiblySanctioned.
	Ends     string  `json:"ends"`
	Low      float64 `json:"low"`  // aggregated effective share, lower bound, fraction
	High     float64 `json:"high"` // aggregated effective share, upper bound, fraction
	HighOpen bool    `json:"high_open,omitempty"`
	// Decision is "beneficial owner", "below" or "undeterminable" at
	// options.beneficial_owner_share.
	Decision string `json:"decision"`
	// Paths counts the chain's listed paths that end at this owner; 0 for
	// a vessel's registered owner that has no owners itself.
	Paths int `json:"paths"`
	// Joined, for a person read from several records taken as one (UK PSC, BODS),
	// says why and cites every record; empty otherwise.
	Joined string `json:"joined,omitempty"`
	// PossiblySameAs, for a person, are the people loaded apart from it
	// whose records may be the same person (UK PSC or BODS records of the
	// same name and month of birth with nothing else in common, or
	// something that disagrees), each with why not joined and, when that
	// person is also an owner of this chain, its share and what the two
	// would hold as one person. The owner's own share and decision never
	// count them. Empty for most owners.
	PossiblySameAs []PossibleOwner `json:"possibly_same_as,omitempty"`
	// PossiblyMore counts further records of the same name and month of
	// birth, not listed in PossiblySameAs.
	PossiblyMore int `json:"possibly_more,omitempty"`
	// Identity, for an owner whose share counts wallets no wallets row
	// lists because a token's identity registry gives them the on-chain
	// identity of its (or a company's it owns) listed wallet (see
	// Owners.Identities), says which, through which identity and registry
	// at which block, and what the owner holds without them; for an owner
	// whose wallet shares an identity with another owner's wallet, that
	// nothing was joined. Empty otherwise.
	Identity string `json:"identity,omitempty"`
	// IdentityLow and IdentityHigh bound the part of Low..High held
	// through wallets counted through an on-chain identity (0: none).
	IdentityLow  float64 `json:"identity_low,omitempty"`
	IdentityHigh float64 `json:"identity_high,omitempty"`
}

// PossibleOwner is a person loaded apart from an Owner who may be the
// same person.
type PossibleOwner struct {
	ID   string `json:"id"` // the person that record was loaded as
	Name string `json:"name,omitempty"`
	Why  string `json:"why"` // what agrees, and why the records were not joined
	// Also is that person's share of the same chain and what the two
	// would hold as one person, when that person is also an owner of the
	// chain; nil otherwise.
	Also *PossibleShare `json:"also,omitempty"`
}

// PossibleShare is a possible double's share of an asset chain, and what
// the owner and it would hold together were they one person, with that
// share's decision at options.beneficial_owner_share. Together is the
// look-through with the two as one (ownership.Graph.Together): a holding
// both state counts once, and what both hold of one company stays within
// what its other owners leave; it is the two shares added up when they
// hold no company in common (reports written before this were the sum).
type PossibleShare struct {
	Low              float64 `json:"low"`
	High             float64 `json:"high"`
	HighOpen         bool    `json:"high_open,omitempty"`
	TogetherLow      float64 `json:"together_low"`
	TogetherHigh     float64 `json:"together_high"`
	TogetherHighOpen bool    `json:"together_high_open,omitempty"`
	TogetherDecision string  `json:"together_decision"`
}

// compareOwners orders owners by share, largest upper bound first, then
// largest lower bound, then id and kind.
func compareOwners(a, b Owner) int {
	return cmp.Or(cmp.Compare(b.High, a.High), cmp.Compare(b.Low, a.Low), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind))
}

// sortOwners puts the beneficial-owner lists in Finalize's order: chains
// of vessels first, then of tokens, each by asset, a vessel's legal chain
// before its economic one; owners by compareOwners; nil owner lists made
// empty.
func sortOwners(r *Report) {
	rank := func(a Owners) int {
		if a.Kind == "vessel" {
			return 0
		}
		return 1
	}
	slices.SortStableFunc(r.Owners, func(a, b Owners) int {
		return cmp.Or(cmp.Compare(rank(a), rank(b)), cmp.Compare(a.Asset, b.Asset), -cmp.Compare(a.Basis, b.Basis))
	})
	for i := range r.Owners {
		r.Owners[i].Owners = nonNil(r.Owners[i].Owners)
		slices.SortStableFunc(r.Owners[i].Owners, compareOwners)
	}
}

// validateOwners calls add for each problem of the beneficial-owner
// lists: an unknown kind, basis, end or decision, a negative share or
// path count, a lower bound above the upper.
// checkInterval adds a problem for a share interval whose low (at
// path+"low") is negative or whose high (path+"high") is below its low.
func checkInterval(add func(path, format string, args ...any), path string, low, high float64) {
	if low < 0 {
		add(path+"low", "%v is negative", low)
	}
	if high < low {
		add(path+"high", "%v is below low %v", high, low)
	}
}

func validateOwners(r *Report, add func(path, format string, args ...any)) {
	oneOf := func(path, value string, allowed ...string) {
		if !slices.Contains(allowed, value) {
			add(path, "%q is not one of %s", value, strings.Join(allowed, ", "))
		}
	}
	interval := func(path string, low, high float64) { checkInterval(add, path, low, high) }
	for i, a := range r.Owners {
		p := fmt.Sprintf("beneficial_owners[%d]", i)
		oneOf(p+".kind", a.Kind, "vessel", "token")
		oneOf(p+".basis", a.Basis, "legal", "economic")
		interval(p+".opaque_", a.OpaqueLow, a.OpaqueHigh)
		interval(p+".claimed_", a.ClaimedLow, a.ClaimedHigh)
		interval(p+".unidentified_", a.UnidentifiedLow, a.UnidentifiedHigh)
		if a.UnidentifiedWallets < 0 {
			add(p+".unidentified_wallets", "%d is negative", a.UnidentifiedWallets)
		}
		for j, x := range a.Identities {
			q := fmt.Sprintf("%s.identities[%d]", p, j)
			if x.Identity == "" {
				add(q+".identity", "empty")
			}
			if x.Owner == "" && x.NotJoined == "" {
				add(q+".not_joined", "empty, and no owner")
			}
		}
		for j, o := range a.Owners {
			q := fmt.Sprintf("%s.owners[%d]", p, j)
			oneOf(q+".ends", o.Ends, OwnerEnds...)
			oneOf(q+".decision", o.Decision, Decisions...)
			interval(q+".", o.Low, o.High)
			interval(q+".identity_", o.IdentityLow, o.IdentityHigh)
			if o.IdentityHigh > o.High+ShareTolerance {
				add(q+".identity_high", "%v is above the owner's high %v", o.IdentityHigh, o.High)
			}
			if o.Paths < 0 {
				add(q+".paths", "%d is negative", o.Paths)
			}
			if o.PossiblyMore < 0 {
				add(q+".possibly_more", "%d is negative", o.PossiblyMore)
			}
			for k, x := range o.PossiblySameAs {
				xp := fmt.Sprintf("%s.possibly_same_as[%d]", q, k)
				if x.ID == "" {
					add(xp+".id", "empty")
				}
				if x.ID == o.ID {
					add(xp+".id", "%q is the owner itself", x.ID)
				}
				if a := x.Also; a != nil {
					interval(xp+".also.", a.Low, a.High)
					interval(xp+".also.together_", a.TogetherLow, a.TogetherHigh)
					oneOf(xp+".also.together_decision", a.TogetherDecision, Decisions...)
				}
			}
		}
	}
}

// ownerLabel names an owner: "Name (id)", or the id alone.
func ownerLabel(o Owner) string { return stepLabel(Step{ID: o.ID, Name: o.Name}) }

// ownerLine tells one owner in a line: "Ana Lima (P-9), person: 55%–60%,
// beneficial owner, 3 paths".
func ownerLine(o Owner, threshold float64) string {
	s := fmt.Sprintf("%s, %s: %s, %s", ownerLabel(o), ownerWhat(o), openInterval(o.Low, o.High, o.HighOpen, threshold), ownerDecision(o, threshold))
	switch o.Paths {
	case 0:
	case 1:
		s += ", 1 path"
	default:
		s += ", " + strconv.Itoa(o.Paths) + " paths"
	}
	if o.Joined != "" {
		s += "; joined: " + o.Joined
	}
	if o.Identity != "" {
		s += "; " + o.Identity
	}
	for _, x := range possibleLines(o, threshold) {
		s += "; " + x
	}
	return s
}

// possibleLines tells an owner's possible doubles, one a line: "possibly
// the same person as Ann Lee (P-2), also 15%: together 30% would reach
// 25% (same name and month of birth ...; not joined: ...)", and a last
// line counting those not listed.
func possibleLines(o Owner, threshold float64) []string {
	var out []string
	for _, x := range o.PossiblySameAs {
		s := "possibly the same person as " + ownerLabel(Owner{ID: x.ID, Name: x.Name})
		if a := x.Also; a != nil {
			s += ", also " + openInterval(a.Low, a.High, a.HighOpen, threshold) + ": together " +
				openInterval(a.TogetherLow, a.TogetherHigh, a.TogetherHighOpen, threshold) + " " + togetherVerdict(a.TogetherDecision, threshold)
		} else {
			s += ", not an owner of this chain"
		}
		if x.Why != "" {
			s += " (" + x.Why + ")"
		}
		out = append(out, s)
	}
	if o.PossiblyMore > 0 {
		out = append(out, fmt.Sprintf("%d more record(s) of the same name and month of birth, not listed", o.PossiblyMore))
	}
	return out
}

// togetherVerdict says where what two possible doubles would hold as one
// person stands at the threshold: "would reach 25%", "might reach 25%", "would stay
// below 25%".
func togetherVerdict(decision string, threshold float64) string {
	switch decision {
	case DecisionOwner:
		return "would reach " + Percent(threshold)
	case DecisionUndeterminable:
		return "might reach " + Percent(threshold)
	}
	return "would stay below " + Percent(threshold)
}

// ownerDecision says an owner's decision for a reader: "beneficial owner",
// "undeterminable", "below 25%"; for an owner that is not a person, "at or
// above 25%" rather than "beneficial owner": a company or wallet is no
// beneficial owner itself.
func ownerDecision(o Owner, threshold float64) string {
	switch {
	case o.Decision == DecisionBelow:
		return "below " + Percent(threshold)
	case o.Decision == DecisionOwner && o.Kind != "person":
		return "at or above " + Percent(threshold)
	}
	return o.Decision
}

// ownerWhat says what an owner is: its end, with its kind where the end
// does not tell it ("unknown company", "sanctioned person", "company
// possibly sanctioned (name match or wallet tie to confirm)").
func ownerWhat(o Owner) string {
	switch o.Ends {
	case "person", "listed-company", "state":
		return endText(o.Ends)
	case StatusPossiblySanctioned:
		return o.Kind + " " + endText(o.Ends)
	}
	return o.Ends + " " + o.Kind
}

// endText is how the text and HTML formats write an end or status:
// as it is, but StatusPossiblySanctioned as "possibly sanctioned (name
// match or wallet tie to confirm)", which of the two the SANC-OWNER,
// SANC-WALLET and SANC-50 findings say, and "listed-company" as "company
// listed on a stock exchange", so that neither is read as a party on a
// sanctions list.
func endText(end string) string {
	switch end {
	case StatusPossiblySanctioned:
		return "possibly sanctioned (name match or wallet tie to confirm)"
	case "listed-company":
		return "company listed on a stock exchange"
	}
	return end
}

// maxOwnersShown is how many owners below the threshold the text and HTML
// formats list for one chain; the others are counted on one line (the JSON
// and XLSX formats list every one).
const maxOwnersShown = 5

// shownOwners splits a chain's owners into those the text and HTML formats
// list (every owner that reaches or may reach the threshold, and the first
// maxOwnersShown below it) and a line counting the others and the wallets
// not listed (see Owners.UnidentifiedWallets) with their combined shares,
// "" when there are none.
func shownOwners(a Owners, threshold, identification float64) ([]Owner, string) {
	var shown []Owner
	var rest int
	var low, high float64
	below := 0
	for _, o := range a.Owners {
		if o.Decision == DecisionBelow {
			below++
			if below > maxOwnersShown {
				rest++
				low += o.Low
				high += o.High
				continue
			}
		}
		shown = append(shown, o)
	}
	var lines []string
	if rest > 0 {
		lines = append(lines, fmt.Sprintf("%d more owner(s) below %s each, together %s", rest, Percent(threshold), interval(low, min(high, 1), threshold)))
	}
	if a.UnidentifiedWallets > 0 {
		lines = append(lines, fmt.Sprintf("%d wallet(s) no one is known to hold, each below %s, together %s (listed among the token's holders)",
			a.UnidentifiedWallets, Percent(identification), interval(a.UnidentifiedLow, a.UnidentifiedHigh, identification)))
	}
	return shown, strings.Join(lines, "; ")
}

// identityLines tell a chain's shared on-chain identities, one a line:
// "on-chain identity 0x… (identity registry 0x… of token 0x…): 0x… (P-1)
// 20%, 0x… (no wallets row) 5%: counted as P-1's", or ": not joined: why".
func identityLines(a Owners) []string {
	var out []string
	for _, x := range a.Identities {
		var ws []string
		for _, w := range x.Wallets {
			who := w.Owner
			if who == "" {
				who = "no wallets row"
			}
			ws = append(ws, w.Address+" ("+who+") "+Percent(w.Share))
		}
		s := fmt.Sprintf("on-chain identity %s (identity registry %s of token %s): %s", x.Identity, x.Registry, x.Token, strings.Join(ws, ", "))
		if x.Owner != "" && x.NotJoined == "" {
			s += ": counted as " + x.Owner + "'s"
		} else {
			s += ": not joined: " + x.NotJoined
		}
		out = append(out, s)
	}
	return out
}

// overclaimText says that a chain's start is held more than 100% in all
// (Owners.ClaimedLow), so that its shares are not read as parts of one
// whole: "claimed 110% in all, more than the whole (see
// ASSET-OVERCLAIMED)"; "" when it is not.
func overclaimText(a Owners) string {
	if a.ClaimedLow == 0 && a.ClaimedHigh == 0 {
		return ""
	}
	n := interval(a.ClaimedLow, a.ClaimedHigh)
	switch {
	case a.Basis == "legal":
		return "its registered owner is declared owned " + n + " in all, more than the whole (see OWN-OVER-100)"
	case a.Kind == "vessel":
		return "claimed " + n + " in all, more than the whole (see ASSET-OVERCLAIMED)"
	}
	return "held " + n + " in all, more than the whole"
}

// chainHead tells a chain's opaque share: "70%–80% reaches neither a
// natural person nor a company listed on a stock exchange or a state", after
// overclaimText when the chain's start is held more than 100% in all.
func chainHead(a Owners) string {
	s := interval(a.OpaqueLow, a.OpaqueHigh) + " reaches neither a natural person nor a company listed on a stock exchange or a state"
	if a.OpaqueHigh < 5e-5 { // shows as 0%
		s = "all of it reaches a natural person, a company listed on a stock exchange or a state"
	}
	if o := overclaimText(a); o != "" {
		s = o + ": " + s
	}
	if a.Capped {
		s += "; paths not all listed, so path counts are lower bounds"
	}
	return s
}

// chainTitle names an asset chain for a heading: "vessel OCEAN STAR
// (9321483), legal", "token PSTAR (0x…), economic".
func chainTitle(r *Report, a Owners) string {
	label := a.Asset
	for _, x := range r.Assets {
		if x.ID == a.Asset && x.Name != "" {
			label = x.Name + " (" + x.ID + ")"
		}
	}
	for _, t := range r.Tokens {
		if t.Address == a.Asset && t.Symbol != "" {
			label = t.Symbol + " (" + t.Address + ")"
		}
	}
	return a.Kind + " " + label + ", " + a.Basis
}

// writeOwnersText writes the text format's "Beneficial owners" section,
// the same in the summary: per chain a heading with its opaque share, then
// one line an owner (see shownOwners for those counted rather than
// listed). Nothing for a report without the section.
func writeOwnersText(p func(string, ...any), line func(indent, text string), bold func(string) string, r *Report) {
	if len(r.Owners) == 0 {
		return
	}
	bullet := func(text string) {
		for i, l := range wrap(clean(text), textWidth-6) {
			if i == 0 {
				p("    %s\n", l)
			} else {
				p("      %s\n", l)
			}
		}
	}
	t := r.Options.BeneficialOwnerShare
	p("\n%s\n", bold(fmt.Sprintf("Beneficial owners at %s (shares added over every path)", Percent(t))))
	for _, a := range r.Owners {
		p("\n")
		line("  ", chainTitle(r, a)+": "+chainHead(a))
		shown, rest := shownOwners(a, t, r.Options.IdentificationShare)
		if len(a.Owners) == 0 && rest == "" {
			rest = "no owner known"
		}
		for _, o := range shown {
			bullet(ownerLine(o, t))
		}
		if rest != "" {
			bullet(rest)
		}
		for _, l := range identityLines(a) {
			bullet(l)
		}
	}
}

// ownerTable is one chain's beneficial owners as the HTML page shows them.
type ownerTable struct {
	Title, Head string
	Rows        []Owner
	Rest        string   // the owners counted rather than listed, see shownOwners
	Identities  []string // the chain's shared on-chain identities, see identityLines
}

// ownerTables gives the HTML page a table per chain.
func ownerTables(r *Report) []ownerTable {
	var out []ownerTable
	for _, a := range r.Owners {
		rows, rest := shownOwners(a, r.Options.BeneficialOwnerShare, r.Options.IdentificationShare)
		out = append(out, ownerTable{Title: chainTitle(r, a), Head: chainHead(a), Rows: rows, Rest: rest, Identities: identityLines(a)})
	}
	return out
}

// owners writes the "Beneficial owners" sheet: a row an owner of each
// chain (a chain without owners gets one row saying so), with the chain's
// opaque share, and in the last column whether its start is held more
// than 100% in all (overclaimText), on each of its rows, so that a filter
// on one column keeps whole facts.
func (x *xlsxWriter) owners(r *Report) error {
	t, err := x.newTable(SheetOwners, []string{"Asset", "Kind", "Basis", "Owner", "Owner kind", "Ends at",
		"Share, low", "Share, high", "High excluded", "Decision at " + Percent(r.Options.BeneficialOwnerShare), "Paths",
		"Opaque share of the chain, low", "Opaque share of the chain, high", "Joined records", "Possibly the same person", "Through on-chain identity",
		"Chain held over 100%"}, 3, 13, 14, 15, 16)
	if err != nil {
		return err
	}
	for _, a := range r.Owners {
		chain := func() error {
			return firstErr(t.str(0, a.Asset), t.str(1, a.Kind), t.str(2, a.Basis), t.pct(11, a.OpaqueLow), t.pct(12, a.OpaqueHigh), t.str(16, overclaimText(a)))
		}
		if len(a.Owners) == 0 && a.UnidentifiedWallets == 0 {
			t.next()
			if err := firstErr(chain(), t.str(3, "no owner known")); err != nil {
				return fmt.Errorf("row %d: %w", t.row, err)
			}
		}
		for _, o := range a.Owners {
			t.next()
			err := firstErr(
				chain(),
				t.str(3, ownerLabel(o)),
				t.str(4, o.Kind),
				t.str(5, o.Ends),
				t.pct(6, o.Low),
				t.pct(7, o.High),
				t.str(8, yesOrEmpty(o.HighOpen)),
				t.str(9, ownerDecision(o, r.Options.BeneficialOwnerShare)),
				t.int(10, int64(o.Paths)),
				t.str(13, o.Joined),
				t.str(14, strings.Join(possibleLines(o, r.Options.BeneficialOwnerShare), "\n")),
				t.str(15, o.Identity),
			)
			if err != nil {
				return fmt.Errorf("row %d: %w", t.row, err)
			}
		}
		if a.UnidentifiedWallets > 0 {
			t.next()
			err := firstErr(chain(),
				t.str(3, fmt.Sprintf("%d wallet(s) no one is known to hold, each below %s (listed among the token's holders)", a.UnidentifiedWallets, Percent(r.Options.IdentificationShare))),
				t.str(4, "wallet"), t.str(5, "unknown"), t.pct(6, a.UnidentifiedLow), t.pct(7, a.UnidentifiedHigh))
			if err != nil {
				return fmt.Errorf("row %d: %w", t.row, err)
			}
		}
	}
	return t.finish()
}

// OwnerChange is a beneficial owner of an asset chain that was added,
// removed, or whose share interval, end or decision changed. The Old and
// New fields are empty on the side where the owner is absent.
type OwnerChange struct {
	Change      string  `json:"change"` // "added", "removed", "changed"
	Asset       string  `json:"asset"`
	Basis       string  `json:"basis"` // "legal" or "economic"
	Kind        string  `json:"kind"`  // the owner's kind
	ID          string  `json:"id"`
	Name        string  `json:"name,omitempty"`
	OldLow      float64 `json:"old_low"`
	OldHigh     float64 `json:"old_high"`
	OldHighOpen bool    `json:"old_high_open,omitempty"`
	NewLow      float64 `json:"new_low"`
	NewHigh     float64 `json:"new_high"`
	NewHighOpen bool    `json:"new_high_open,omitempty"`
	OldEnds     string  `json:"old_ends,omitempty"`
	NewEnds     string  `json:"new_ends,omitempty"`
	OldDecision string  `json:"old_decision,omitempty"`
	NewDecision string  `json:"new_decision,omitempty"`
	// OldPossiblySameAs and NewPossiblySameAs are the owner's possible
	// doubles on each side (Owner.PossiblySameAs), OldPossiblyMore and
	// NewPossiblyMore the further ones counted (Owner.PossiblyMore): an
	// owner whose doubles, their shares or what the two would hold
	// together changed is "changed".
	OldPossiblySameAs []PossibleOwner `json:"old_possibly_same_as,omitempty"`
	NewPossiblySameAs []PossibleOwner `json:"new_possibly_same_as,omitempty"`
	OldPossiblyMore   int             `json:"old_possibly_more,omitempty"`
	NewPossiblyMore   int             `json:"new_possibly_more,omitempty"`
}

// samePossible reports whether two owners name the same possible doubles,
// by id and name, with the same shares and sums (Also), and count as many
// more. Why they were not joined is not compared: it names input files,
// which another folder or name changes.
func samePossible(a, b Owner) bool {
	return a.PossiblyMore == b.PossiblyMore && slices.EqualFunc(a.PossiblySameAs, b.PossiblySameAs, func(x, y PossibleOwner) bool {
		return x.ID == y.ID && x.Name == y.Name && (x.Also == nil) == (y.Also == nil) && (x.Also == nil || *x.Also == *y.Also)
	})
}

// ownerChanges compares the beneficial owners of two reports, keyed by
// asset, basis, owner kind and id: added, removed, and changed in share,
// end, decision or possible doubles (samePossible); sorted by asset, basis, id, kind. When one report has
// beneficial owners and the other none (a report written before them), they
// are not compared: a warning says so.
func ownerChanges(old, new *Report) ([]OwnerChange, []string) {
	out := []OwnerChange{}
	switch {
	case len(old.Owners) == 0 && len(new.Owners) > 0:
		return out, []string{"the old report lists no beneficial owners (a report written before they were reported, or with no asset chain): they are not compared"}
	case len(new.Owners) == 0 && len(old.Owners) > 0:
		return out, []string{"the new report lists no beneficial owners (a report written before they were reported, or with no asset chain): they are not compared"}
	}
	type key struct{ asset, basis, kind, id string }
	owners := func(r *Report) map[key]Owner {
		m := map[key]Owner{}
		for _, a := range r.Owners {
			for _, o := range a.Owners {
				m[key{a.Asset, a.Basis, o.Kind, o.ID}] = o
			}
		}
		return m
	}
	oldO, newO := owners(old), owners(new)
	for k, n := range newO {
		c := OwnerChange{Asset: k.asset, Basis: k.basis, Kind: k.kind, ID: k.id, Name: n.Name,
			NewLow: n.Low, NewHigh: n.High, NewHighOpen: n.HighOpen, NewEnds: n.Ends, NewDecision: n.Decision,
			NewPossiblySameAs: n.PossiblySameAs, NewPossiblyMore: n.PossiblyMore}
		o, ok := oldO[k]
		switch {
		case !ok:
			c.Change = "added"
		case o.Low != n.Low || o.High != n.High || o.HighOpen != n.HighOpen || o.Ends != n.Ends || o.Decision != n.Decision || !samePossible(o, n):
			c.Change = "changed"
			c.OldLow, c.OldHigh, c.OldHighOpen, c.OldEnds, c.OldDecision = o.Low, o.High, o.HighOpen, o.Ends, o.Decision
			c.OldPossiblySameAs, c.OldPossiblyMore = o.PossiblySameAs, o.PossiblyMore
		default:
			continue
		}
		out = append(out, c)
	}
	for k, o := range oldO {
		if _, ok := newO[k]; !ok {
			out = append(out, OwnerChange{Change: "removed", Asset: k.asset, Basis: k.basis, Kind: k.kind, ID: k.id, Name: o.Name,
				OldLow: o.Low, OldHigh: o.High, OldHighOpen: o.HighOpen, OldEnds: o.Ends, OldDecision: o.Decision,
				OldPossiblySameAs: o.PossiblySameAs, OldPossiblyMore: o.PossiblyMore})
		}
	}
	slices.SortFunc(out, func(a, b OwnerChange) int {
		return cmp.Or(cmp.Compare(a.Asset, b.Asset), cmp.Compare(a.Basis, b.Basis), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Kind, b.Kind))
	})
	return out, nil
}

// writeOwnerChanges writes the diff's "beneficial owners changed" section:
// a line for each of changes, "changed 0x… economic: Ana Lima (P-9),
// person: 10% below → 30% beneficial owner", with how its possible doubles
// changed under it. Nothing when changes is empty.
func writeOwnerChanges(bw io.Writer, line func(indent, text string), changes []OwnerChange) {
	if len(changes) == 0 {
		return
	}
	fmt.Fprintf(bw, "\nbeneficial owners changed (%d)\n", len(changes))
	for _, c := range changes {
		ends := c.NewEnds
		if c.Change == "removed" {
			ends = c.OldEnds
		}
		who := fmt.Sprintf("%s %s: %s, %s", c.Asset, c.Basis, ownerLabel(Owner{ID: c.ID, Name: c.Name}), ownerWhat(Owner{Kind: c.Kind, Ends: ends}))
		oldS := openInterval(c.OldLow, c.OldHigh, c.OldHighOpen) + " " + c.OldDecision
		newS := openInterval(c.NewLow, c.NewHigh, c.NewHighOpen) + " " + c.NewDecision
		switch c.Change {
		case "added":
			line("  ", "added "+who+": "+newS)
		case "removed":
			line("  ", "removed "+who+": was "+oldS)
		default:
			s := "changed " + who + ": " + oldS + " → " + newS
			if c.OldEnds != c.NewEnds {
				s += " (was " + ownerWhat(Owner{Kind: c.Kind, Ends: c.OldEnds}) + ")"
			}
			line("  ", s)
			for _, p := range possibleChanges(c) {
				line("    ", p)
			}
		}
	}
}

// possibleChanges tells how a changed owner's possible doubles changed, a
// line each: "now possibly the same person as John Smith (P-22), also 15%:
// together 30% beneficial owner", "no longer possibly the same person as
// ...", and the count of those not listed when it changed.
func possibleChanges(c OwnerChange) []string {
	var out []string
	find := func(l []PossibleOwner, id string) *PossibleOwner {
		for i := range l {
			if l[i].ID == id {
				return &l[i]
			}
		}
		return nil
	}
	what := func(x PossibleOwner) string {
		s := "possibly the same person as " + ownerLabel(Owner{ID: x.ID, Name: x.Name})
		if a := x.Also; a != nil {
			return s + ", also " + openInterval(a.Low, a.High, a.HighOpen) + ": together " +
				openInterval(a.TogetherLow, a.TogetherHigh, a.TogetherHighOpen) + " " + a.TogetherDecision
		}
		return s + ", not an owner of this chain"
	}
	for _, x := range c.NewPossiblySameAs {
		o := find(c.OldPossiblySameAs, x.ID)
		switch {
		case o == nil:
			out = append(out, "now "+what(x))
		case what(*o) != what(x):
			out = append(out, "now "+what(x)+" (was "+what(*o)+")")
		}
	}
	for _, x := range c.OldPossiblySameAs {
		if find(c.NewPossiblySameAs, x.ID) == nil {
			out = append(out, "no longer "+what(x))
		}
	}
	if c.OldPossiblyMore != c.NewPossiblyMore {
		out = append(out, fmt.Sprintf("%d more record(s) of the same name and month of birth, not listed (was %d)", c.NewPossiblyMore, c.OldPossiblyMore))
	}
	return out
}
