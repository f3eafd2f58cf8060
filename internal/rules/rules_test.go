package rules

import (
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

const (
	tok  = "0x00000000000000000000000000000000000000aa"
	w1   = "0x0000000000000000000000000000000000000001"
	w2   = "0x0000000000000000000000000000000000000002"
	w3   = "0x0000000000000000000000000000000000000003"
	w4   = "0x0000000000000000000000000000000000000004"
	w5   = "0x0000000000000000000000000000000000000005"
	key1 = "0x0000000000000000000000000000000000000bee"
	imo1 = "9074729" // valid
	imo2 = "9811000" // valid
)

var deployed = time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)

func at(sheet string, row int) registry.Origin {
	return registry.Origin{File: "reg.xlsx", Sheet: sheet, Row: row}
}

// quiet is a small, clean world: every rule must stay silent on it.
type world struct {
	reg     *registry.Registry
	snap    *chain.Snapshot
	entries []*sanctions.Entry
	ref     Reference
}

func quiet() *world {
	reg := &registry.Registry{
		Vessels: []registry.Vessel{
			{Key: imo1, IMO: imo1, IMOValid: true, Name: "SEA ONE", Flag: "NO", MMSI: "257000001", RegisteredOwner: "C-OWN", Origin: at("vessels", 2)},
			{Key: imo2, IMO: imo2, IMOValid: true, Name: "SEA TWO", Flag: "NO", MMSI: "257000002", RegisteredOwner: "C-OWN", Origin: at("vessels", 3)},
		},
		Companies: []registry.Company{
			{ID: "C-OWN", Name: "Fjord Owner AS", Jurisdiction: "NO", Origin: at("companies", 2)},
			{ID: "C-FAR", Name: "Unrelated Holdings Ltd", Jurisdiction: "VG", BearerShares: true, Origin: at("companies", 3)},
		},
		People: []registry.Person{
			{ID: "P-A", Name: "Anna Auk", Nationality: "NO", Origin: at("people", 2)},
			{ID: "P1", Name: "Per One", Origin: at("people", 3)},
			{ID: "P2", Name: "Pia Two", Origin: at("people", 4)},
			{ID: "P3", Name: "Pal Three", Origin: at("people", 5)},
			{ID: "P4", Name: "Pim Four", Origin: at("people", 6)},
			{ID: "P5", Name: "Pat Five", Origin: at("people", 7)},
			{ID: "P-FAR", Name: "Osama Example", Origin: at("people", 8)},
		},
		Ownership: []registry.Ownership{
			{OwnerID: "P-A", OwnedID: "C-OWN", Share: registry.Exact(1), Interest: "shareholding", Origin: at("ownership", 2)},
		},
		Wallets: []registry.Wallet{
			{Address: w1, HolderID: "P1", Evidence: "kyc", Origin: at("wallets", 2)},
			{Address: w2, HolderID: "P2", Evidence: "kyc", Origin: at("wallets", 3)},
			{Address: w3, HolderID: "P3", Evidence: "kyc", Origin: at("wallets", 4)},
			{Address: w4, HolderID: "P4", Evidence: "kyc", Origin: at("wallets", 5)},
			{Address: w5, HolderID: "P5", Evidence: "kyc", Origin: at("wallets", 6)},
		},
		Claims: []registry.Claim{{Token: tok, AssetIMO: imo1, IssuerID: "C-OWN", ClaimedShare: registry.Exact(1), Origin: at("claims", 2)}},
	}
	var holders []chain.Holder
	for _, a := range []string{w1, w2, w3, w4, w5} {
		holders = append(holders, chain.Holder{Address: a, Balance: big.NewInt(200)})
	}
	snap := &chain.Snapshot{ChainID: 1, Block: 100, Tokens: []chain.Token{{
		Address: tok, Standard: "erc20", Symbol: "SEA", TotalSupply: big.NewInt(1000), DeployBlock: 10, DeployTx: "0xdeploy", DeployTime: deployed,
		Holders:     holders,
		Controllers: []chain.Controller{{Role: "owner", Address: "0x0000000000000000000000000000000000000abc", IsContract: true}},
		Claims:      []chain.AssetClaim{{IMO: imo1, Name: "SEA ONE", Flag: "NO", Source: "contract"}},
	}}}
	return &world{reg: reg, snap: snap, ref: Reference{
		FlagsOfConvenience:   map[string]bool{"PA": true},
		SecrecyJurisdictions: map[string]bool{"VG": true},
		MIDCountry:           map[string]string{"257": "NO", "352": "PA"},
	}}
}

func (w *world) run() Result {
	return Evaluate(Facts{Snapshot: w.snap, Registry: w.reg, Lists: sanctions.NewIndex(w.entries, sanctions.DefaultOptions), Reference: w.ref}, DefaultOptions())
}

func (w *world) token() *chain.Token { return &w.snap.Tokens[0] }

func (w *world) list(e sanctions.Entry) {
	if e.List == "" {
		e.List, e.EntryID, e.ListDate = "OFAC SDN", "1", "2024-05-03"
	}
	w.entries = append(w.entries, &e)
}

func TestQuietWorldIsSilent(t *testing.T) {
	res := quiet().run()
	for _, f := range res.Findings {
		t.Errorf("unexpected %s on %s %s: %s", f.Rule, f.Subject.Kind, f.Subject.ID, f.Message)
	}
	if len(res.Entities) == 0 || len(res.Paths) == 0 {
		t.Errorf("entities %d paths %d, want both", len(res.Entities), len(res.Paths))
	}
	// both views of the tokenised vessel: legal (registered owner up) and
	// economic (claiming token, holders, their owners), joined on the vessel
	var legal, economic int
	var share float64
	for _, p := range res.Paths {
		if p.Asset != imo1 {
			continue
		}
		switch p.Steps[0].Kind {
		case "company":
			legal++
		case "token":
			economic++
			share += p.Low
		}
	}
	if legal != 1 || economic != 5 || !near(share, 1) {
		t.Errorf("vessel paths: %d legal, %d economic carrying %v; want 1, 5 and all of it", legal, economic, share)
	}
	for _, e := range res.Entities {
		if e.Status != "clean" {
			t.Errorf("entity %s is %s in a clean world", e.ID, e.Status)
		}
	}
}

func vessel(id string) report.Subject  { return report.Subject{Kind: "vessel", ID: id} }
func company(id string) report.Subject { return report.Subject{Kind: "company", ID: id} }
func person(id string) report.Subject  { return report.Subject{Kind: "person", ID: id} }
func wallet(id string) report.Subject  { return report.Subject{Kind: "wallet", ID: id} }
func token(id string) report.Subject   { return report.Subject{Kind: "token", ID: id} }

func TestRules(t *testing.T) {
	tests := []struct {
		name    string
		rule    string
		subject report.Subject
		fire    bool
		sev     report.Severity // checked when fire and set
		change  func(w *world)
	}{
		// sanctions
		{"listed holder", RuleSancWallet, wallet(w1), true, report.Critical, func(w *world) { w.list(sanctions.Entry{Name: "X", Addresses: []string{w1}}) }},
		{"listed controller", RuleSancWallet, wallet("0x0000000000000000000000000000000000000abc"), true, "", func(w *world) {
			w.list(sanctions.Entry{Name: "X", Addresses: []string{"0x0000000000000000000000000000000000000abc"}})
		}},
		{"listed issuer wallet", RuleSancWallet, wallet(key1), true, "", func(w *world) {
			w.token().Issuer = key1
			w.list(sanctions.Entry{Name: "X", Addresses: []string{key1}})
		}},
		{"listed wallet holding nothing here", RuleSancWallet, wallet(key1), false, "", func(w *world) { w.list(sanctions.Entry{Name: "X", Addresses: []string{key1}}) }},
		// a wallet the registry ties to the issuer or to an owner in the
		// chain is screened though it holds nothing; one of an unrelated
		// party is not
		{"listed registered wallet of the issuer", RuleSancWallet, wallet(key1), true, report.Critical, func(w *world) {
			w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: key1, HolderID: "C-OWN", Evidence: "kyc", Origin: at("wallets", 7)})
			w.list(sanctions.Entry{Name: "X", Addresses: []string{key1}})
		}},
		{"listed registered wallet of an owner in the chain", RuleSancWallet, wallet(key1), true, report.Critical, func(w *world) {
			w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: key1, HolderID: "P-A", Evidence: "kyc", Origin: at("wallets", 7)})
			w.list(sanctions.Entry{Name: "X", Addresses: []string{key1}})
		}},
		{"listed registered wallet of an unrelated party", RuleSancWallet, wallet(key1), false, "", func(w *world) {
			w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: key1, HolderID: "P-FAR", Evidence: "kyc", Origin: at("wallets", 7)})
			w.list(sanctions.Entry{Name: "X", Addresses: []string{key1}})
		}},
		{"vessel IMO listed", RuleSancVessel, vessel(imo1), true, report.Critical, func(w *world) { w.list(sanctions.Entry{Name: "OTHER NAME", Type: "vessel", IMOs: []string{imo1}}) }},
		{"vessel name and flag listed", RuleSancVessel, vessel(imo1), true, report.High, func(w *world) { w.list(sanctions.Entry{Name: "SEA ONE", Type: "vessel", Flag: "NO"}) }},
		{"vessel name listed, other flag", RuleSancVessel, vessel(imo1), false, "", func(w *world) { w.list(sanctions.Entry{Name: "SEA ONE", Type: "vessel", Flag: "KP"}) }},
		{"untokenised vessel listed", RuleSancVessel, vessel(imo2), false, "", func(w *world) { w.list(sanctions.Entry{Name: "SEA TWO", Type: "vessel", IMOs: []string{imo2}}) }},
		{"owner company IMO listed", RuleSancOwner, company("C-OWN"), true, report.Critical, func(w *world) {
			w.reg.Companies[0].CompanyIMO = "5434358"
			w.list(sanctions.Entry{Name: "SOMETHING ELSE", Type: "entity", CompanyIMOs: []string{"5434358"}})
		}},
		{"owner company name listed", RuleSancOwner, company("C-OWN"), true, report.High, func(w *world) { w.list(sanctions.Entry{Name: "FJORD OWNER AS", Type: "entity"}) }},
		{"holder's person listed by name", RuleSancOwner, person("P1"), true, report.High, func(w *world) { w.list(sanctions.Entry{Name: "Per One", Type: "individual"}) }},
		{"person outside every chain listed", RuleSancOwner, person("P-FAR"), false, "", func(w *world) { w.list(sanctions.Entry{Name: "Osama Example", Type: "individual"}) }},
		{"two listed owners reach 50%", RuleSanc50, company("C-OWN"), true, report.Critical, func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.5)
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"}, registry.Company{ID: "C-S2", Name: "Beta Blocked Trading"})
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Exact(0.25)}, registry.Ownership{OwnerID: "C-S2", OwnedID: "C-OWN", Share: registry.Exact(0.25)})
			w.reg.Companies[len(w.reg.Companies)-2].CompanyIMO = "5434358"
			w.reg.Companies[len(w.reg.Companies)-1].CompanyIMO = "5434359"
			w.list(sanctions.Entry{EntryID: "1", List: "L", Name: "Alpha Blocked Trading", Type: "entity", CompanyIMOs: []string{"5434358"}})
			w.list(sanctions.Entry{EntryID: "2", List: "L", Name: "Beta Blocked Trading", Type: "entity", CompanyIMOs: []string{"5434359"}})
		}},
		// one listed by an identifier, one matched by name: 50% only with
		// the name match, so no surer than it
		{"an identifier and a name match reach 50% together", RuleSanc50, company("C-OWN"), true, report.High, func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.5)
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"}, registry.Company{ID: "C-S2", Name: "Beta Blocked Trading"})
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Exact(0.25)}, registry.Ownership{OwnerID: "C-S2", OwnedID: "C-OWN", Share: registry.Exact(0.25)})
			w.reg.Companies[len(w.reg.Companies)-2].CompanyIMO = "5434358"
			w.list(sanctions.Entry{EntryID: "1", List: "L", Name: "Alpha Blocked Trading", Type: "entity", CompanyIMOs: []string{"5434358"}})
			w.list(sanctions.Entry{EntryID: "2", List: "L", Name: "Beta Blocked Trading", Type: "entity"})
		}},
		// the same, both owners matched by name only: the block is as sure
		// as the name matches (SANC-OWNER high), not critical
		{"two owners matched by name reach 50%", RuleSanc50, company("C-OWN"), true, report.High, func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.5)
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"}, registry.Company{ID: "C-S2", Name: "Beta Blocked Trading"})
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Exact(0.25)}, registry.Ownership{OwnerID: "C-S2", OwnedID: "C-OWN", Share: registry.Exact(0.25)})
			w.list(sanctions.Entry{EntryID: "1", List: "L", Name: "Alpha Blocked Trading", Type: "entity"})
			w.list(sanctions.Entry{EntryID: "2", List: "L", Name: "Beta Blocked Trading", Type: "entity"})
		}},
		{"listed owner with an unknown share: possibly blocked", RuleSanc50, company("C-OWN"), true, report.High, func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.2)
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"})
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Unknown})
			w.list(sanctions.Entry{Name: "Alpha Blocked Trading", Type: "entity"})
		}},
		{"listed owner's shares and votes of one record are one holding, below 50%", RuleSanc50, company("C-OWN"), false, "", func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.7)
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"})
			rel := registry.Origin{File: "bods.json", Sheet: "statements", Row: 3}
			for _, in := range []string{"shareholding", "votingRights"} {
				w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Exact(0.3), Interest: in, Origin: rel.At("interests")})
			}
			w.list(sanctions.Entry{Name: "Alpha Blocked Trading", Type: "entity"})
		}},
		{"listed former owner of a company in a chain", RuleSancFormerOwner, company("C-OWN"), true, report.High, func(w *world) { formerOwner(w, "C-OWN") }},
		{"listed former owner of a company outside every chain", RuleSancFormerOwner, company("C-FAR"), false, "", func(w *world) { formerOwner(w, "C-FAR") }},
		{"listed former owner still an owner: SANC-OWNER's", RuleSancFormerOwner, company("C-OWN"), false, "", func(w *world) {
			formerOwner(w, "C-OWN")
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P-FORMER", OwnedID: "C-OWN", Share: registry.Exact(0.1), Origin: at("ownership", 3)})
		}},
		{"listed owner below 50%", RuleSanc50, company("C-OWN"), false, "", func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.51)
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"})
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Exact(0.49)})
			w.list(sanctions.Entry{Name: "Alpha Blocked Trading", Type: "entity"})
		}},

		// asset
		{"claim of a vessel not in the registry", RuleAssetUnknown, vessel("7654329"), true, report.High, func(w *world) {
			w.reg.Claims = append(w.reg.Claims, registry.Claim{Token: tok, AssetIMO: "7654329", ClaimedShare: registry.Exact(0.1), Origin: at("claims", 3)})
		}},
		{"claim of a registry vessel", RuleAssetUnknown, vessel(imo1), false, "", func(w *world) {}},
		{"registered IMO fails check digit", RuleAssetIMOInvalid, vessel("9074728"), true, report.High, func(w *world) {
			w.reg.Vessels[0].Key, w.reg.Vessels[0].IMO, w.reg.Vessels[0].IMOValid = "9074728", "9074728", false
		}},
		{"claimed IMO fails check digit", RuleAssetIMOInvalid, vessel("1234568"), true, "", func(w *world) {
			w.reg.Claims = append(w.reg.Claims, registry.Claim{Token: tok, AssetIMO: "1234568", ClaimedShare: registry.Exact(0.1)})
		}},
		{"valid IMO", RuleAssetIMOInvalid, vessel(imo1), false, "", func(w *world) {}},
		{"issuer unrelated to the registered owner", RuleAssetOwnerMismatch, vessel(imo1), true, report.High, func(w *world) { w.reg.Claims[0].IssuerID = "C-FAR" }},
		{"issuer owns the registered owner", RuleAssetOwnerMismatch, vessel(imo1), false, "", func(w *world) { w.reg.Claims[0].IssuerID = "P-A" }},
		{"claims add to 150%", RuleAssetOverclaimed, vessel(imo1), true, report.High, func(w *world) {
			w.reg.Claims = append(w.reg.Claims, registry.Claim{Token: "0x00000000000000000000000000000000000000bb", AssetIMO: imo1, ClaimedShare: registry.Exact(0.5)})
			w.snap.Tokens = append(w.snap.Tokens, chain.Token{Address: "0x00000000000000000000000000000000000000bb", TotalSupply: big.NewInt(1)})
		}},
		{"sheet and contract claim counted once", RuleAssetOverclaimed, vessel(imo1), false, "", func(w *world) {
			w.token().Claims = append(w.token().Claims, chain.AssetClaim{IMO: imo1, Source: "contractURI"})
		}},
		{"metadata names another vessel", RuleAssetMetadataMismatch, vessel(imo1), true, report.Medium, func(w *world) { w.token().Claims[0].Name = "SEA PEONY" }},
		{"metadata name with a prefix", RuleAssetMetadataMismatch, vessel(imo1), false, "", func(w *world) { w.token().Claims[0].Name = "M/V Sea One" }},
		{"metadata flag differs", RuleAssetMetadataMismatch, vessel(imo1), true, "", func(w *world) { w.token().Claims[0].Flag = "PA" }},

		// holder
		{"20% holder not in the wallets sheet", RuleHolderUnidentified, wallet(w1), true, report.High, func(w *world) { w.reg.Wallets = w.reg.Wallets[1:] }},
		{"5% holder not in the wallets sheet", RuleHolderUnidentified, wallet(key1), false, "", func(w *world) {
			w.token().Holders = append(w.token().Holders, chain.Holder{Address: key1, Balance: big.NewInt(50)})
			w.token().TotalSupply = big.NewInt(1050)
		}},
		{"one wallet over 25%", RuleHolderConcentration, wallet(w1), true, report.Medium, func(w *world) {
			w.token().Holders[0].Balance = big.NewInt(300)
			w.token().TotalSupply = big.NewInt(1100)
		}},
		{"one person through two wallets", RuleHolderConcentration, person("P1"), true, "", func(w *world) { w.reg.Wallets[1].HolderID = "P1" }},
		{"20% holders", RuleHolderConcentration, wallet(w1), false, "", func(w *world) {}},
		{"one person through two companies' wallets", RuleHolderConcentration, person("P-A"), true, "", func(w *world) {
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-H1", Name: "H1 Ltd"}, registry.Company{ID: "C-H2", Name: "H2 Ltd"})
			w.reg.Wallets[0].HolderID, w.reg.Wallets[1].HolderID = "C-H1", "C-H2"
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P-A", OwnedID: "C-H1", Share: registry.Exact(1)}, registry.Ownership{OwnerID: "P-A", OwnedID: "C-H2", Share: registry.Exact(0.8)})
		}},
		{"one person through one company's wallet", RuleHolderConcentration, person("P-A"), false, "", func(w *world) {
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-H1", Name: "H1 Ltd"})
			w.reg.Wallets[0].HolderID = "C-H1"
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P-A", OwnedID: "C-H1", Share: registry.Exact(1)})
		}},
		{"balanceOf disagrees", RuleHolderLedgerMismatch, token(tok), true, report.High, func(w *world) {
			w.token().Mismatches = []chain.Mismatch{{Address: w1, What: "balanceOf", Rebuilt: "200", Reported: "250"}}
		}},

		// ownership
		{"chain ends at an ownerless shell", RuleOwnOpaque, vessel(imo1), true, report.High, func(w *world) {
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-SHELL", Name: "Shell Ltd"})
			w.reg.Ownership[0] = registry.Ownership{OwnerID: "C-SHELL", OwnedID: "C-OWN", Share: registry.Exact(1)}
		}},
		{"chain ends at a person", RuleOwnOpaque, vessel(imo1), false, "", func(w *world) {}},
		{"a holder's company has no owners: 20% of the token held through an opaque chain", RuleOwnOpaque, token(tok), true, report.High, func(w *world) {
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-SHELL", Name: "Shell Ltd"})
			w.reg.Wallets[0].HolderID = "C-SHELL"
		}},
		{"an opaque holding under the identification share", RuleOwnOpaque, token(tok), false, "", func(w *world) {
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-SHELL", Name: "Shell Ltd"})
			w.reg.Wallets[0].HolderID = "C-SHELL"
			w.token().Holders[0].Balance = big.NewInt(50)
		}},
		{"a holder no one is known to hold is HOLDER-UNIDENTIFIED's, not opaque", RuleOwnOpaque, token(tok), false, "", func(w *world) {
			w.reg.Wallets = w.reg.Wallets[1:]
		}},
		{"circular ownership", RuleOwnCycle, company("C-OWN"), true, report.Medium, func(w *world) {
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-X", Name: "X Ltd"})
			w.reg.Ownership[0].Share = registry.Exact(0.4)
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-X", OwnedID: "C-OWN", Share: registry.Exact(0.6)}, registry.Ownership{OwnerID: "C-OWN", OwnedID: "C-X", Share: registry.Exact(1)})
		}},
		{"nominee shareholder", RuleOwnNominee, person("P-A"), true, report.Medium, func(w *world) { w.reg.Ownership[0].Interest = "nominee" }},
		// interest is free text: the word anywhere in it, in any case
		{"nominee in a longer interest", RuleOwnNominee, person("P-A"), true, "", func(w *world) { w.reg.Ownership[0].Interest = "Held as NOMINEE for P2" }},
		{"an interest of no word the rules read", RuleOwnNominee, person("P-A"), false, "", func(w *world) { w.reg.Ownership[0].Interest = "bogus-interest" }},
		{"nominee director", RuleOwnNominee, person("P2"), true, "", func(w *world) {
			w.reg.Officers = append(w.reg.Officers, registry.Officer{CompanyID: "C-OWN", OfficerID: "P2", Role: "nominee director"})
		}},
		{"plain director", RuleOwnNominee, person("P2"), false, "", func(w *world) {
			w.reg.Officers = append(w.reg.Officers, registry.Officer{CompanyID: "C-OWN", OfficerID: "P2", Role: "director"})
		}},
		{"bearer shares in the chain", RuleOwnBearer, company("C-OWN"), true, report.High, func(w *world) { w.reg.Companies[0].BearerShares = true }},
		{"bearer shares outside every chain", RuleOwnBearer, company("C-FAR"), false, "", func(w *world) {}},
		{"secrecy jurisdiction in the chain", RuleOwnSecrecy, company("C-OWN"), true, report.Low, func(w *world) { w.reg.Companies[0].Jurisdiction = "VG" }},
		{"secrecy jurisdiction outside every chain", RuleOwnSecrecy, company("C-FAR"), false, "", func(w *world) {}},
		{"band straddles 25%", RuleOwnUndeterminable, person("P-A"), true, report.Medium, func(w *world) { w.reg.Ownership[0].Share = registry.Share{Low: 0.2, High: 0.3} }},
		{"band above 25%", RuleOwnUndeterminable, person("P-A"), false, "", func(w *world) { w.reg.Ownership[0].Share = registry.Share{Low: 0.3, High: 0.4} }},
		{"unknown share tightened below 25%", RuleOwnUndeterminable, person("P-A"), false, "", func(w *world) {
			w.reg.Ownership[0].Share = registry.Unknown
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P1", OwnedID: "C-OWN", Share: registry.Exact(0.8)})
		}},
		{"declared 150%", RuleOwnOver100, company("C-OWN"), true, report.High, func(w *world) {
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P1", OwnedID: "C-OWN", Share: registry.Exact(0.5)})
		}},
		{"declared exactly 100%", RuleOwnOver100, company("C-OWN"), false, "", func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.55)
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P1", OwnedID: "C-OWN", Share: registry.Exact(0.45)})
		}},
		{"declared indirect share above the bound", RuleOwnDeclaredInconsistent, person("P-B"), true, report.Medium, func(w *world) { indirectWorld(w, 0.7) }},
		{"declared indirect share within the bound", RuleOwnDeclaredInconsistent, person("P-B"), false, "", func(w *world) { indirectWorld(w, 0.3) }},

		// vessel
		{"two flag changes in two years", RuleVesselFlagHopping, vessel(imo1), true, report.Medium, func(w *world) { historyRows(w, "flag", 2020, 2021, 2022) }},
		{"flag changes ten years apart", RuleVesselFlagHopping, vessel(imo1), false, "", func(w *world) { historyRows(w, "flag", 2000, 2010, 2020) }},
		{"two name changes in two years", RuleVesselNameChanges, vessel(imo1), true, report.Medium, func(w *world) { historyRows(w, "name", 2020, 2021, 2022) }},
		{"one name change", RuleVesselNameChanges, vessel(imo1), false, "", func(w *world) { historyRows(w, "name", 2020, 2021) }},
		{"three rows, one real change", RuleVesselFlagHopping, vessel(imo1), false, "", func(w *world) {
			historyRows(w, "flag", 2020, 2021, 2022)
			w.reg.History[1].Value = w.reg.History[0].Value // a re-registration under the same flag
		}},
		{"flag of convenience", RuleVesselFOC, vessel(imo1), true, report.Low, func(w *world) { w.reg.Vessels[0].Flag, w.reg.Vessels[0].MMSI = "PA", "352000001" }},
		{"untokenised vessel under a flag of convenience", RuleVesselFOC, vessel(imo2), false, "", func(w *world) { w.reg.Vessels[1].Flag = "PA" }},
		{"owner has one ship", RuleVesselSingleShipOwner, vessel(imo1), true, report.Low, func(w *world) { w.reg.Vessels = w.reg.Vessels[:1] }},
		{"owner change 30 days before deployment", RuleVesselChangeNearToken, vessel(imo1), true, report.Medium, func(w *world) {
			w.reg.History = append(w.reg.History, registry.VesselChange{IMO: imo1, Field: "registered_owner", Value: "C-OWN", From: deployed.AddDate(0, 0, -30)})
		}},
		{"owner change 30 days after a large transfer", RuleVesselChangeNearToken, vessel(imo1), true, "", func(w *world) {
			tr := deployed.AddDate(1, 0, 0)
			w.token().Transfers = []chain.Transfer{{Block: 50, Time: tr, TxHash: "0xbig", From: w1, To: w2, Amount: big.NewInt(100)}}
			w.reg.History = append(w.reg.History, registry.VesselChange{IMO: imo1, Field: "ship_manager", Value: "C-OWN", From: tr.AddDate(0, 0, 30)})
		}},
		{"owner change 200 days before deployment", RuleVesselChangeNearToken, vessel(imo1), false, "", func(w *world) {
			w.reg.History = append(w.reg.History, registry.VesselChange{IMO: imo1, Field: "registered_owner", Value: "C-OWN", From: deployed.AddDate(0, 0, -200)})
		}},
		{"MMSI of another country", RuleVesselMMSIFlag, vessel(imo1), true, report.Low, func(w *world) { w.reg.Vessels[0].MMSI = "352000001" }},
		{"MMSI of the flag's country", RuleVesselMMSIFlag, vessel(imo1), false, "", func(w *world) {}},

		// contract
		{"owner can mint", RuleContractMint, token(tok), true, report.Medium, func(w *world) { w.token().Capabilities.Mint = true }},
		{"minted after distribution", RuleContractMint, token(tok), true, "", func(w *world) {
			w.token().Mints = []chain.Transfer{{Block: 60, TxHash: "0xmint", To: w1, Amount: big.NewInt(10)}}
		}},
		{"mint function, role renounced", RuleContractMint, token(tok), false, "", func(w *world) {
			w.token().Capabilities.Mint = true
			w.token().Controllers[0].Address = zeroAddress
		}},
		{"proxy with an admin", RuleContractUpgradeable, token(tok), true, report.Medium, func(w *world) { w.token().Proxy = &chain.Proxy{Implementation: "0x1", Admin: key1} }},
		{"pausable", RuleContractFreeze, token(tok), true, report.Low, func(w *world) { w.token().Capabilities.Pause = true }},
		{"forced transfer", RuleContractForcedTransfer, token(tok), true, report.High, func(w *world) { w.token().Capabilities.ForcedTransfer = true }},
		{"pause and freeze functions, owner renounced", RuleContractFreeze, token(tok), false, "", func(w *world) {
			w.token().Capabilities.Pause, w.token().Capabilities.Freeze = true, true
			w.token().Controllers[0].Address = zeroAddress
		}},
		{"freeze function, a freezer holds the role", RuleContractFreeze, token(tok), true, report.Low, func(w *world) {
			w.token().Capabilities.Freeze = true
			w.token().Controllers = []chain.Controller{{Role: "freezer", Address: key1}}
		}},
		{"forced transfer, owner renounced", RuleContractForcedTransfer, token(tok), false, "", func(w *world) {
			w.token().Capabilities.ForcedTransfer = true
			w.token().Controllers[0].Address = zeroAddress
		}},
		{"forced transfer, no role read", RuleContractForcedTransfer, token(tok), false, "", func(w *world) {
			w.token().Capabilities.ForcedTransfer = true
			w.token().Controllers = nil
		}},
		{"owner is a plain key", RuleContractSingleKey, token(tok), true, report.Medium, func(w *world) { w.token().Controllers[0].IsContract = false }},
		{"minter is a plain key", RuleContractSingleKey, token(tok), false, "", func(w *world) {
			w.token().Controllers = append(w.token().Controllers, chain.Controller{Role: "minter", Address: key1})
		}},

		{"plain key owns the ProxyAdmin", RuleContractSingleKey, token(tok), true, report.Medium, func(w *world) {
			w.token().Proxy = &chain.Proxy{Kind: "eip1967", Implementation: "0x1", Admin: "0x00000000000000000000000000000000000000ad"}
			w.token().Controllers = append(w.token().Controllers,
				chain.Controller{Role: "proxy-admin", Address: "0x00000000000000000000000000000000000000ad", IsContract: true},
				chain.Controller{Role: "proxy-admin-owner", Address: key1})
		}},
		{"multisig owns the ProxyAdmin", RuleContractSingleKey, token(tok), false, "", func(w *world) {
			w.token().Proxy = &chain.Proxy{Kind: "eip1967", Implementation: "0x1", Admin: "0x00000000000000000000000000000000000000ad"}
			w.token().Controllers = append(w.token().Controllers,
				chain.Controller{Role: "proxy-admin", Address: "0x00000000000000000000000000000000000000ad", IsContract: true},
				chain.Controller{Role: "proxy-admin-owner", Address: key1, IsContract: true})
		}},
		{"plain key owns the beacon", RuleContractSingleKey, token(tok), true, report.Medium, func(w *world) {
			w.token().Proxy = &chain.Proxy{Kind: "beacon", Implementation: "0x1", Beacon: "0x00000000000000000000000000000000000000be"}
			w.token().Controllers = append(w.token().Controllers, chain.Controller{Role: "beacon-owner", Address: key1})
		}},
		{"multisig owns the beacon", RuleContractSingleKey, token(tok), false, "", func(w *world) {
			w.token().Proxy = &chain.Proxy{Kind: "beacon", Implementation: "0x1", Beacon: "0x00000000000000000000000000000000000000be"}
			w.token().Controllers = append(w.token().Controllers, chain.Controller{Role: "beacon-owner", Address: key1, IsContract: true})
		}},
		{"beacon ownership renounced", RuleContractSingleKey, token(tok), false, "", func(w *world) {
			w.token().Proxy = &chain.Proxy{Kind: "beacon", Implementation: "0x1", Beacon: "0x00000000000000000000000000000000000000be"}
			w.token().Controllers = append(w.token().Controllers, chain.Controller{Role: "beacon-owner", Address: zeroAddress})
		}},

		// input
		{"bad row", RuleInputRow, report.Subject{Kind: "input", ID: "reg.xlsx:vessels:9"}, true, report.Medium, func(w *world) {
			w.reg.Problems = append(w.reg.Problems, registry.Problem{Origin: registry.Origin{File: "/tmp/in/reg.xlsx", Sheet: "vessels", Row: 9, Column: "imo"}, Reason: "IMO 1234567 fails its check digit"})
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			w := quiet()
			tc.change(w)
			res := w.run()
			var hit *report.Finding
			for i, f := range res.Findings {
				if f.Rule == tc.rule && f.Subject == tc.subject {
					hit = &res.Findings[i]
				}
			}
			switch {
			case tc.fire && hit == nil:
				t.Errorf("%s did not fire on %v; findings: %v", tc.rule, tc.subject, summary(res))
			case !tc.fire && hit != nil:
				t.Errorf("%s fired on %v: %s", tc.rule, tc.subject, hit.Message)
			case hit != nil && tc.sev != "" && hit.Severity != tc.sev:
				t.Errorf("severity %s, want %s", hit.Severity, tc.sev)
			}
			if hit != nil && (len(hit.Evidence) == 0 || hit.Fingerprint == "" || hit.Message == "") {
				t.Errorf("finding lacks evidence, fingerprint or message: %+v", hit)
			}
		})
	}
}

func summary(r Result) []string {
	var out []string
	for _, f := range r.Findings {
		out = append(out, f.Rule+" "+f.Subject.ID)
	}
	return out
}

// indirectWorld: C-OWN <- 60% C-MID <- P-B (unknown share), and P-B
// declares an indirect share of C-OWN.
// formerOwner gives owned a former owner, listed by name, whose 60%
// shareholding ended on 2022-03-01.
func formerOwner(w *world, owned string) {
	w.reg.People = append(w.reg.People, registry.Person{ID: "P-FORMER", Name: "Ivan Formerly", Origin: at("people", 9)})
	w.reg.Ended = append(w.reg.Ended, registry.Ownership{OwnerID: "P-FORMER", OwnedID: owned, Share: registry.Exact(0.6), Interest: "shareholding",
		EndedOn: time.Date(2022, 3, 1, 0, 0, 0, 0, time.UTC), Origin: at("ownership", 7)})
	w.list(sanctions.Entry{EntryID: "9", List: "L", Name: "FORMERLY, Ivan", Type: "individual"})
}

func indirectWorld(w *world, declared float64) {
	w.reg.Ownership[0].Share = registry.Exact(0.4)
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-MID", Name: "Mid Ltd"})
	w.reg.People = append(w.reg.People, registry.Person{ID: "P-B", Name: "Bo B"})
	w.reg.Ownership = append(w.reg.Ownership,
		registry.Ownership{OwnerID: "C-MID", OwnedID: "C-OWN", Share: registry.Exact(0.6)},
		registry.Ownership{OwnerID: "P-B", OwnedID: "C-MID", Share: registry.Unknown},
		registry.Ownership{OwnerID: "P-B", OwnedID: "C-OWN", Share: registry.Exact(declared), Indirect: true, Origin: at("ownership", 9)})
}

func historyRows(w *world, field string, years ...int) {
	for i, y := range years {
		w.reg.History = append(w.reg.History, registry.VesselChange{IMO: imo1, Field: field, Value: string(rune('A' + i)), From: time.Date(y, 6, 1, 0, 0, 0, 0, time.UTC), Origin: at("vessel_history", i+2)})
	}
}

func TestFindingsSortedAndFingerprintsStable(t *testing.T) {
	w := quiet()
	w.reg.Companies[0].Jurisdiction = "VG"
	w.reg.Companies[0].BearerShares = true
	w.token().Capabilities = chain.Capabilities{Mint: true, Pause: true, ForcedTransfer: true}
	w.list(sanctions.Entry{Name: "X", Addresses: []string{w1}})
	a, b := w.run(), w.run()
	if len(a.Findings) < 4 {
		t.Fatalf("want several findings, got %v", summary(a))
	}
	for i := range a.Findings {
		if a.Findings[i].Fingerprint != b.Findings[i].Fingerprint {
			t.Errorf("fingerprint %d differs between runs", i)
		}
		if i > 0 && a.Findings[i-1].Severity.Rank() < a.Findings[i].Severity.Rank() {
			t.Errorf("finding %d (%s) sorted after a less severe one", i, a.Findings[i].Severity)
		}
	}
	// a fingerprint names the facts, not the message: the same facts under
	// another message keep it
	want := report.Fingerprint(RuleSancWallet, wallet(w1), "OFAC SDN:1")
	found := false
	for _, f := range a.Findings {
		found = found || f.Fingerprint == want
	}
	if !found {
		t.Errorf("SANC-WALLET fingerprint is not Fingerprint(rule, subject, list:entry)")
	}
}

func TestOwnershipEvidenceCitesEveryEdge(t *testing.T) {
	w := quiet()
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-TOP", Name: "Top Holdings Ltd", Origin: at("companies", 9)})
	w.reg.Ownership[0] = registry.Ownership{OwnerID: "C-TOP", OwnedID: "C-OWN", Share: registry.Exact(0.7), Origin: at("ownership", 5)}
	w.list(sanctions.Entry{Name: "TOP HOLDINGS LIMITED", Type: "entity"})
	res := w.run()
	for _, f := range res.Findings {
		if f.Rule != RuleSancOwner {
			continue
		}
		var path string
		rows := map[int]bool{}
		for _, e := range f.Evidence {
			if e.Kind == "path" {
				path = e.Text
			}
			if e.Kind == "registry" && e.Sheet == "ownership" {
				rows[e.Row] = true
			}
		}
		if !strings.Contains(path, "SEA ONE") || !strings.Contains(path, "70%") || !strings.Contains(path, "C-TOP") || !rows[5] {
			t.Errorf("evidence does not retrace the path: %q, ownership rows %v", path, rows)
		}
		return
	}
	t.Fatalf("SANC-OWNER did not fire: %v", summary(res))
}

func TestEmptyAndPartialFacts(t *testing.T) {
	if res := Evaluate(Facts{}, Options{}); len(res.Findings) != 0 {
		t.Errorf("no facts gave findings: %v", summary(res))
	}
	// a token with no supply, holders with no balance, a claim of nothing,
	// an ownership row naming unknown ids: no panic, and the rules that can
	// judge still do
	w := quiet()
	w.token().TotalSupply = nil
	w.token().Holders = append(w.token().Holders, chain.Holder{Address: key1})
	w.reg.Claims = append(w.reg.Claims, registry.Claim{Token: tok})
	w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "NOBODY", OwnedID: "NOWHERE", Share: registry.Share{Low: 2, High: 3}})
	w.token().Capabilities.ForcedTransfer = true
	res := w.run()
	found := false
	for _, f := range res.Findings {
		found = found || f.Rule == RuleContractForcedTransfer
	}
	if !found {
		t.Errorf("CONTRACT-FORCED-TRANSFER lost on partial facts: %v", summary(res))
	}
}

func TestCappedPathsAreSaid(t *testing.T) {
	w := quiet()
	var holders []chain.Holder
	for i := 0; i < 50; i++ {
		a := "0x" + strings.Repeat("0", 37) + string(rune('a'+i/10)) + string(rune('0'+i%10)) + "f"
		holders = append(holders, chain.Holder{Address: a, Balance: big.NewInt(20)})
		w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: a, HolderID: "P1"})
	}
	w.token().Holders = holders
	opts := DefaultOptions()
	opts.Ownership.MaxPaths = 10
	res := Evaluate(Facts{Snapshot: w.snap, Registry: w.reg, Reference: w.ref}, opts)
	if len(res.Notes) == 0 || !strings.Contains(res.Notes[0], "not all listed") {
		t.Errorf("notes %q, want one saying the paths were capped", res.Notes)
	}
	n := 0
	for _, p := range res.Paths {
		if p.Asset == tok {
			n++
		}
	}
	if n != 10 {
		t.Errorf("%d paths listed for the token, want the cap of 10", n)
	}
}

// TestEntityStatus: each entity of the chains gets its status; one a list
// names by name only is "possibly-sanctioned", by its registration number
// "sanctioned", and so are the companies the 50% rule blocks through it.
func TestEntityStatus(t *testing.T) {
	for _, byNumber := range []bool{false, true} {
		w := quiet()
		w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-SHELL", Name: "Shell Ltd"}, registry.Company{ID: "C-BAD", Name: "Alpha Blocked Trading"},
			registry.Company{ID: "C-SUB", Name: "Beta Subsidiary"})
		w.reg.Ownership[0].Share = registry.Exact(0.4)
		w.reg.Ownership = append(w.reg.Ownership,
			registry.Ownership{OwnerID: "C-SHELL", OwnedID: "C-OWN", Share: registry.Exact(0.3)},
			registry.Ownership{OwnerID: "C-SUB", OwnedID: "C-OWN", Share: registry.Exact(0.2)},
			registry.Ownership{OwnerID: "C-BAD", OwnedID: "C-SUB", Share: registry.Exact(1)},
			registry.Ownership{OwnerID: "C-GHOST", OwnedID: "C-OWN", Share: registry.Exact(0.1)})
		bad := report.StatusPossiblySanctioned
		if byNumber {
			w.reg.Companies[len(w.reg.Companies)-2].RegistrationNumber = "HE 123456"
			w.list(sanctions.Entry{Name: "Alpha Blocked Trading", Type: "entity", RegistrationNumbers: []string{"HE 123456"}})
			bad = report.StatusSanctioned
		} else {
			w.list(sanctions.Entry{Name: "Alpha Blocked Trading", Type: "entity"})
		}
		want := map[string]string{"C-OWN": "clean", "P-A": "clean", "C-SHELL": "opaque", "C-BAD": bad, "C-SUB": bad, "C-GHOST": "unknown", "P1": "clean"}
		res := w.run()
		got := map[string]string{}
		for _, e := range res.Entities {
			got[e.ID] = e.Status
		}
		for id, s := range want {
			if got[id] != s {
				t.Errorf("by number %v: %s is %q, want %q", byNumber, id, got[id], s)
			}
		}
		for _, p := range res.Paths {
			if p.Steps[len(p.Steps)-1].ID == "C-BAD" && p.Ends != bad {
				t.Errorf("by number %v: a path to C-BAD ends %q, want %q", byNumber, p.Ends, bad)
			}
		}
	}
}

// A plain key that owns the ProxyAdmin is reported with the contract it
// owns, so the reader can retrace the upgrade path.
func TestSingleKeyThroughProxyAdminNamesTheContract(t *testing.T) {
	const admin = "0x00000000000000000000000000000000000000ad"
	w := quiet()
	w.token().Proxy = &chain.Proxy{Kind: "eip1967", Implementation: "0x1", Admin: admin}
	w.token().Controllers = append(w.token().Controllers,
		chain.Controller{Role: "proxy-admin", Address: admin, IsContract: true},
		chain.Controller{Role: "proxy-admin-owner", Address: key1})
	var found bool
	for _, f := range w.run().Findings {
		if f.Rule != RuleContractSingleKey {
			continue
		}
		if !strings.Contains(f.Message, key1) || !strings.Contains(f.Message, "proxy-admin-owner") {
			t.Errorf("a single-key finding that is not about the ProxyAdmin's owner: %s", f.Message)
			continue
		}
		found = true
		var cites bool
		for _, ev := range f.Evidence {
			cites = cites || (strings.Contains(ev.Text, admin) && strings.Contains(ev.Text, "admin"))
		}
		if !strings.Contains(f.Message, admin) || !cites {
			t.Errorf("the finding does not name the ProxyAdmin %s: %s %+v", admin, f.Message, f.Evidence)
		}
	}
	if !found {
		t.Error("no CONTRACT-SINGLE-KEY for the plain key owning the ProxyAdmin")
	}
}

// A wallet or vessel that a list names by identifier is sanctioned wherever
// a status is given: the paths ending at the wallet, and the entities.
func TestIdentifierMatchIsSanctioned(t *testing.T) {
	const w6 = "0x0000000000000000000000000000000000000006"
	w := quiet()
	w.token().Holders = append(w.token().Holders, chain.Holder{Address: w6, Balance: big.NewInt(50)})
	w.list(sanctions.Entry{Name: "LAZARUS", EntryID: "27307", Addresses: []string{w6}})
	w.list(sanctions.Entry{Name: "OTHER NAME", EntryID: "23764", Type: "vessel", IMOs: []string{imo1}})
	res := w.run()
	var ends []string
	for _, p := range res.Paths {
		if top := p.Steps[len(p.Steps)-1]; top.ID == w6 {
			ends = append(ends, p.Ends)
		}
	}
	if len(ends) == 0 {
		t.Fatal("no path ends at the listed wallet")
	}
	for _, e := range ends {
		if e != "sanctioned" {
			t.Errorf("a path ending at the listed wallet ends %q, want sanctioned", e)
		}
	}
	got := map[string]string{}
	for _, e := range res.Entities {
		got[e.Kind+" "+e.ID] = e.Status
	}
	for _, k := range []string{"wallet " + w6, "vessel " + imo1} {
		if got[k] != "sanctioned" {
			t.Errorf("%s has status %q, want sanctioned", k, got[k])
		}
	}
	if _, ok := got["wallet "+w1]; ok {
		t.Errorf("unlisted wallet %s is among the entities", w1)
	}
}

func TestUnits(t *testing.T) {
	n := func(s string) *big.Int { v, _ := new(big.Int).SetString(s, 10); return v }
	for _, c := range []struct {
		n    *big.Int
		d    uint8
		want string
	}{
		{n("20000000000000000000000"), 18, "20000"},
		{n("1500000000000000000"), 18, "1.5"},
		{n("1"), 18, "0.000000000000000001"},
		{n("-25"), 1, "-2.5"},
		{n("0"), 6, "0"},
		{n("10000"), 0, "10000"},
		{nil, 18, "0"},
	} {
		if got := units(c.n, c.d); got != c.want {
			t.Errorf("units(%v, %d) = %q, want %q", c.n, c.d, got, c.want)
		}
	}
}

// Holdings are told in tokens, with the base units beside them; the
// ownership path cites the balance in tokens too.
func TestHoldingsInTokenUnits(t *testing.T) {
	w := quiet()
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	w.token().Decimals = 18
	w.token().TotalSupply = new(big.Int).Mul(big.NewInt(1000), e18)
	for i := range w.token().Holders {
		w.token().Holders[i].Balance = new(big.Int).Mul(big.NewInt(200), e18)
	}
	w.list(sanctions.Entry{Name: "X", Addresses: []string{w1}})
	res := w.run()
	var text string
	for _, f := range res.Findings {
		if f.Rule == RuleSancWallet {
			for _, ev := range f.Evidence {
				if ev.Kind == "chain" {
					text = ev.Text
				}
			}
		}
	}
	want := "holds 200 of the 1000 SEA (" + tok + ") at block 100 (20% of supply; 200000000000000000000 of 1000000000000000000000 base units)"
	if !strings.Contains(text, want) {
		t.Errorf("holding evidence %q, want it to contain %q", text, want)
	}
	var cited bool
	for _, p := range res.Paths {
		for _, s := range p.Steps {
			cited = cited || strings.Contains(s.Source, "balance 200 of 1000 SEA")
		}
	}
	if !cited {
		t.Error("no path step cites the balance in tokens")
	}
}

// A list match cites the file the entry was read from and the list's date.
func TestMatchEvidenceCitesFileAndDate(t *testing.T) {
	for _, date := range []string{"2024-05-03", ""} {
		w := quiet()
		w.list(sanctions.Entry{List: "OFAC SDN", EntryID: "27307", ListDate: date, Source: "lists/sdn.csv", Name: "X", Addresses: []string{w1}})
		var ev *report.Evidence
		for _, f := range w.run().Findings {
			if f.Rule == RuleSancWallet {
				ev = &f.Evidence[0]
			}
		}
		if ev == nil {
			t.Fatal("no SANC-WALLET")
		}
		cite := report.Citation(*ev)
		if ev.File != "lists/sdn.csv" || ev.ListDate != date || !strings.Contains(cite, "lists/sdn.csv") {
			t.Errorf("list date %q: evidence %+v, citation %q: want the file and the date", date, *ev, cite)
		}
		if date == "" && !strings.Contains(ev.Text, "list date not known") {
			t.Errorf("undated list: %q does not say the date is unknown", ev.Text)
		}
		if date != "" && !strings.Contains(cite, "list OFAC SDN of "+date) {
			t.Errorf("citation %q lacks the list date", cite)
		}
	}
}

// A company blocked through another blocked company cites the listed entry
// the 50% rule started from, and every holding on the way.
func TestSanc50CitesTheListedRoot(t *testing.T) {
	w := quiet()
	w.reg.Ownership[0].Share = registry.Exact(0.4)
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-MID", Name: "Middle Holdings"}, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"})
	w.reg.Ownership = append(w.reg.Ownership,
		registry.Ownership{OwnerID: "C-MID", OwnedID: "C-OWN", Share: registry.Exact(0.6), Origin: at("ownership", 3)},
		registry.Ownership{OwnerID: "C-S1", OwnedID: "C-MID", Share: registry.Exact(0.6), Origin: at("ownership", 4)})
	w.reg.Companies[len(w.reg.Companies)-1].RegistrationNumber = "HE 123456"
	w.list(sanctions.Entry{List: "OFAC SDN", EntryID: "77", Name: "Alpha Blocked Trading", Type: "entity", RegistrationNumbers: []string{"HE 123456"}})
	var found bool
	for _, f := range w.run().Findings {
		if f.Rule != RuleSanc50 || f.Subject != company("C-OWN") {
			continue
		}
		found = true
		if !strings.Contains(f.Message, "starting from Alpha Blocked Trading (C-S1), listed: OFAC SDN entry 77") {
			t.Errorf("message does not name the listed root: %s", f.Message)
		}
		var entry bool
		rows := map[int]bool{}
		for _, ev := range f.Evidence {
			entry = entry || (ev.Kind == "match" && ev.EntryID == "77")
			if ev.Kind == "registry" && ev.Sheet == "ownership" {
				rows[ev.Row] = true
			}
		}
		if !entry || !rows[3] || !rows[4] {
			t.Errorf("evidence lacks the entry (%v) or the holdings rows 3 and 4 (%v): %+v", entry, rows, f.Evidence)
		}
	}
	if !found {
		t.Fatal("no SANC-50 on C-OWN")
	}
}

// evidenceTexts are the finding's evidence texts with their citations.
func evidenceTexts(f report.Finding) []string {
	var out []string
	for _, ev := range f.Evidence {
		out = append(out, ev.Text+" ["+report.Citation(ev)+"]")
	}
	return out
}

func TestEvidenceTextHasNoGaps(t *testing.T) {
	w := quiet()
	w.reg.Companies[0].Jurisdiction = ""
	w.list(sanctions.Entry{Name: "FJORD OWNER AS", Type: "entity"})
	w.token().Proxy = &chain.Proxy{Kind: "eip1967", Implementation: "0x1", Admin: "0x2"}
	w.reg.Claims[0].IssuerID = "C-FAR" // ASSET-OWNER-MISMATCH tells every path of the legal chain
	// C-OWN <- 100% C-CA <- 60% C-CB <- 100% C-CA (a cycle), C-CA <- 40% P-A
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-CA", Name: "Cycle A"}, registry.Company{ID: "C-CB", Name: "Cycle B"})
	w.reg.Ownership = []registry.Ownership{
		{OwnerID: "C-CA", OwnedID: "C-OWN", Share: registry.Exact(1), Origin: at("ownership", 2)},
		{OwnerID: "C-CB", OwnedID: "C-CA", Share: registry.Exact(0.6), Origin: at("ownership", 3)},
		{OwnerID: "P-A", OwnedID: "C-CA", Share: registry.Exact(0.4), Origin: at("ownership", 4)},
		{OwnerID: "C-CA", OwnedID: "C-CB", Share: registry.Exact(1), Origin: at("ownership", 5)},
	}
	got := map[string]report.Finding{}
	for _, f := range w.run().Findings {
		got[f.Rule] = f
	}
	owner := evidenceTexts(got[RuleSancOwner])
	if !contains(owner, "company C-OWN Fjord Owner AS [reg.xlsx, sheet companies, row 2]") {
		t.Errorf("company evidence without a jurisdiction: %q", owner)
	}
	registration := 0
	for _, s := range owner {
		registration += strings.Count(s, "sheet vessels, row 2, column registered_owner")
	}
	if registration != 1 {
		t.Errorf("the registration of the registered owner is cited %d times, want once: %q", registration, owner)
	}
	if up := evidenceTexts(got[RuleContractUpgradeable]); len(up) != 1 || strings.Contains(up[0], "beacon") || strings.Contains(up[0], ", [") {
		t.Errorf("proxy slots: %q, want no empty beacon", up)
	}
	cy := got[RuleOwnCycle]
	if !strings.Contains(cy.Message, "circular ownership among C-CA, C-CB:") {
		t.Errorf("cycle message %q", cy.Message)
	}
	if !contains(evidenceTexts(cy), "Anna Auk (P-A) holds 40% of SEA ONE (9074729) counting simple paths only, 100% counting every turn of the cycle (geometric series) []") {
		t.Errorf("cycle evidence %q", evidenceTexts(cy))
	}
	var loop bool
	for _, f := range w.run().Findings {
		for _, ev := range f.Evidence {
			if ev.Kind == "path" && strings.Count(ev.Text, "(C-CA)") > 1 && !strings.Contains(ev.Text, "already on this path") {
				t.Errorf("%s: a path back to C-CA does not say it is circular: %s", f.Rule, ev.Text)
			}
			loop = loop || strings.Contains(ev.Text, "(already on this path: circular ownership)")
		}
	}
	if !loop {
		t.Error("no evidence tells the path that ends in the cycle")
	}
}

// Paths sharing edges are told once per path, but each registry row they
// share is cited once per finding.
func TestEvidenceItemsAreNotRepeated(t *testing.T) {
	w := quiet()
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-X", Name: "Xylo Holdings", Jurisdiction: "NO", Origin: at("companies", 9)})
	w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P-A", OwnedID: "C-X", Share: registry.Exact(1), Origin: at("ownership", 9)})
	w.reg.Wallets[0].HolderID, w.reg.Wallets[1].HolderID = "C-X", "C-X"
	var fired bool
	for _, f := range w.run().Findings {
		if f.Rule == RuleHolderConcentration && f.Subject == person("P-A") {
			fired = true
		}
		for i, ev := range f.Evidence {
			for _, before := range f.Evidence[:i] {
				if before.Equal(ev) {
					t.Errorf("%s on %s gives twice: %s [%s]", f.Rule, f.Subject.ID, ev.Text, report.Citation(ev))
				}
			}
		}
	}
	if !fired {
		t.Error("no HOLDER-CONCENTRATION on P-A through two wallets")
	}
}

// TestOver100CitesTheField: OWN-OVER-100 cites a spreadsheet row's share
// column, and a BODS interest as the field it was read from, not a "share"
// column the JSON does not have.
func TestOver100CitesTheField(t *testing.T) {
	w := quiet()
	w.reg.Ownership[0].Origin = at("ownership", 4)
	bods := registry.Origin{File: "bods.json", Sheet: "statements", Row: 11, Column: "interests[0]"}
	w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P1", OwnedID: "C-OWN", Share: registry.Exact(0.5), Origin: bods})
	var cols []string
	for _, f := range w.run().Findings {
		if f.Rule != RuleOwnOver100 {
			continue
		}
		for _, e := range f.Evidence {
			cols = append(cols, e.File+":"+e.Column)
		}
	}
	want := []string{at("ownership", 4).File + ":share", "bods.json:interests[0]"}
	if !slices.Equal(cols, want) {
		t.Errorf("OWN-OVER-100 evidence cites %q, want %q", cols, want)
	}
}

// TestFormerOwnerCitesTheEndedInterest: SANC-FORMER-OWNER says when the
// listed owner's interest ended and cites the row that says so, the list
// entry, and the company's place in the chain.
func TestFormerOwnerCitesTheEndedInterest(t *testing.T) {
	w := quiet()
	formerOwner(w, "C-OWN")
	var f *report.Finding
	res := w.run()
	for i := range res.Findings {
		if res.Findings[i].Rule == RuleSancFormerOwner {
			f = &res.Findings[i]
		}
	}
	if f == nil {
		t.Fatalf("no %s; findings %v", RuleSancFormerOwner, summary(res))
	}
	for _, want := range []string{"Ivan Formerly", "60%", "ended on 2022-03-01", "FORMERLY, Ivan", "check the date against the listing"} {
		if !strings.Contains(f.Message, want) {
			t.Errorf("message %q lacks %q", f.Message, want)
		}
	}
	var kinds []string
	rowCited := false
	for _, e := range f.Evidence {
		kinds = append(kinds, e.Kind)
		rowCited = rowCited || e.Kind == "registry" && e.Sheet == "ownership" && e.Row == 7
	}
	if !rowCited || kinds[0] != "match" {
		t.Errorf("evidence kinds %v: want the match first and the ended interest's row (ownership 7)", kinds)
	}
}

// TestSancOwnerNamesTheWholeIdentifier: a registration number written with
// a space is named whole in the finding's message.
func TestSancOwnerNamesTheWholeIdentifier(t *testing.T) {
	w := quiet()
	w.reg.Companies[0].RegistrationNumber = "HE 123456"
	w.reg.Companies[0].Jurisdiction = "CY"
	w.list(sanctions.Entry{EntryID: "7", List: "L", Name: "SOMETHING ELSE", Type: "entity", RegistrationNumbers: []string{"HE 123456"},
		RegistrationCountries: map[string]string{"HE 123456": "CY"}})
	for _, f := range w.run().Findings {
		if f.Rule == RuleSancOwner && f.Subject == company("C-OWN") {
			if !strings.Contains(f.Message, "registration-number HE 123456 on") {
				t.Errorf("message %q: want the registration number whole", f.Message)
			}
			return
		}
	}
	t.Fatal("no SANC-OWNER on C-OWN")
}

// TestEntityStatusMayBeBlocked: a company that SANC-50 says may be blocked
// (a listed owner's share is unknown) is not "clean" among the entities.
func TestEntityStatusMayBeBlocked(t *testing.T) {
	w := quiet()
	w.reg.Ownership[0].Share = registry.Exact(0.2)
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-S1", Name: "Alpha Blocked Trading"})
	w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-S1", OwnedID: "C-OWN", Share: registry.Unknown})
	w.list(sanctions.Entry{Name: "Alpha Blocked Trading", Type: "entity"})
	res := w.run()
	maybe := false
	for _, f := range res.Findings {
		maybe = maybe || f.Rule == RuleSanc50 && f.Subject == company("C-OWN") && strings.Contains(f.Message, "may be blocked")
	}
	if !maybe {
		t.Fatalf("no SANC-50 \"may be blocked\" on C-OWN: %v", summary(res))
	}
	for _, e := range res.Entities {
		if e.ID == "C-OWN" && e.Status != "unknown" {
			t.Errorf("C-OWN, which may be blocked, has status %q, want unknown", e.Status)
		}
	}
}

// A name match on an entry's former name says so in the finding's
// evidence: the lawyer cites the name the list gives as a former one.
func TestMatchEvidenceNamesTheMatchedAlias(t *testing.T) {
	w := quiet()
	w.list(sanctions.Entry{List: "OFAC SDN", EntryID: "9001", ListDate: "2024-05-03", Source: "sdn.csv", Name: "NORDLYS HOLDING",
		Type: "entity", Aliases: []string{"FJORD OWNER AS"}, AliasKinds: map[string]string{"FJORD OWNER AS": sanctions.NameFormer}})
	for _, f := range w.run().Findings {
		if f.Rule != RuleSancOwner || f.Subject != company("C-OWN") {
			continue
		}
		for _, ev := range f.Evidence {
			if ev.Kind == "match" {
				if !strings.Contains(ev.Text, "listed name: NORDLYS HOLDING, matched former name FJORD OWNER AS (f.k.a.)") {
					t.Errorf("match evidence %q does not name the former name matched", ev.Text)
				}
				return
			}
		}
		t.Fatalf("SANC-OWNER without match evidence: %+v", f.Evidence)
	}
	t.Fatal("no SANC-OWNER on C-OWN, whose name is the entry's former name")
}

// A metadata document the audit could not read is a note naming the
// token, the URI and why, once a token (with how many more there are):
// the vessel it claims is unknown, which no finding would otherwise say.
func TestUnreadMetadataNote(t *testing.T) {
	w := quiet()
	why := "not fetched: give --allow-fetch (http, https, files) or --ipfs-gateway (ipfs://) to read it"
	w.snap.Tokens[0].Claims = append(w.snap.Tokens[0].Claims,
		chain.AssetClaim{TokenID: "7", Source: "tokenURI", URI: "ipfs://bafy/7.json", Unread: why},
		chain.AssetClaim{TokenID: "8", Source: "tokenURI", URI: "ipfs://bafy/8.json", Unread: why})
	res := w.run()
	var notes []string
	for _, n := range res.Notes {
		if strings.Contains(n, "was not read") {
			notes = append(notes, n)
		}
	}
	want := "tokenURI of token id 7 (ipfs://bafy/7.json) was not read (and 1 other metadata document(s) of the token): " + why + "; the vessel it claims is not known to this audit"
	if len(notes) != 1 || !strings.Contains(notes[0], want) {
		t.Errorf("notes %q, want one with %q", notes, want)
	}
	if res := quiet().run(); len(res.Notes) != 0 {
		t.Errorf("notes %q for a token whose claims were all read", res.Notes)
	}
}

// TestEffectiveOptions: options left unset are judged by their defaults,
// and Effective says so (a report states the options it was judged by);
// options set are kept.
func TestEffectiveOptions(t *testing.T) {
	d := DefaultOptions()
	got := Options{}.Effective()
	if got.BeneficialOwnerShare != d.BeneficialOwnerShare || got.IdentificationShare != d.IdentificationShare ||
		got.Ownership.MaxPaths != d.Ownership.MaxPaths || len(got.ConcentrationShares) != len(d.ConcentrationShares) {
		t.Errorf("unset options are %+v, want the defaults %+v", got, d)
	}
	set := Options{BeneficialOwnerShare: 0.10, IdentificationShare: 0.05}.Effective()
	if set.BeneficialOwnerShare != 0.10 || set.IdentificationShare != 0.05 {
		t.Errorf("options set became %v and %v", set.BeneficialOwnerShare, set.IdentificationShare)
	}
}

// TestSancWalletRegisteredRole: a listed wallet with no role on chain says
// whose it is and why it was screened, and cites the registry row.
func TestSancWalletRegisteredRole(t *testing.T) {
	w := quiet()
	w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: key1, HolderID: "C-OWN", Evidence: "kyc", Origin: at("wallets", 7)})
	w.list(sanctions.Entry{Name: "X", Addresses: []string{key1}})
	var got []report.Finding
	for _, f := range w.run().Findings {
		if f.Rule == RuleSancWallet {
			got = append(got, f)
		}
	}
	if len(got) != 1 {
		t.Fatalf("%d SANC-WALLET findings, want 1: %+v", len(got), got)
	}
	if want := "(registered wallet of Fjord Owner AS (C-OWN), the issuer and in the ownership chain) is on OFAC SDN entry 1 X"; !strings.Contains(got[0].Message, want) {
		t.Errorf("message %q lacks %q", got[0].Message, want)
	}
	cited := false
	for _, ev := range got[0].Evidence {
		cited = cited || ev.Sheet == "wallets" && ev.Row == 7
	}
	if !cited {
		t.Errorf("the registry row of the wallet is not cited: %+v", got[0].Evidence)
	}
}

// TestSancOwnerRegistrationCountry: a registration number is decisive only
// in the register of the company's jurisdiction: one the list says another
// country issued is no match (PARS OIL CO.'s "Registration Number 6388
// (Iran)" against a Marshall Islands company 6388); where either side's
// country is unknown, a number with names that differ is a match to review
// (medium, blocking nothing), with names that agree a listing.
func TestSancOwnerRegistrationCountry(t *testing.T) {
	tests := []struct {
		name         string
		jurisdiction string
		entry        sanctions.Entry
		sev          report.Severity // "" for no SANC-OWNER
		blocks       bool            // SANC-50 on what C-OWN owns 100%
	}{
		{"another country's register", "MH", sanctions.Entry{Name: "PARS OIL CO.", RegistrationCountries: map[string]string{"6388": "IR"}}, "", false},
		{"the entry's country is another", "MH", sanctions.Entry{Name: "PARS OIL CO.", Countries: []string{"IR"}}, "", false},
		{"the same country's register", "IR", sanctions.Entry{Name: "PARS OIL CO.", RegistrationCountries: map[string]string{"6388": "IR"}}, report.Critical, true},
		{"no country on the list, names differ", "MH", sanctions.Entry{Name: "PARS OIL CO."}, report.Medium, false},
		{"no jurisdiction in the registry, names differ", "", sanctions.Entry{Name: "PARS OIL CO.", RegistrationCountries: map[string]string{"6388": "IR"}}, report.Medium, false},
		{"no jurisdiction in the registry, names agree", "", sanctions.Entry{Name: "FJORD OWNER AS", RegistrationCountries: map[string]string{"6388": "IR"}}, report.Critical, true},
		// a jurisdiction written in words the country table does not read
		// is unknown, not another country
		{"an unreadable jurisdiction, names differ", "Iran (Islamic Rep.)", sanctions.Entry{Name: "PARS OIL CO.", RegistrationCountries: map[string]string{"6388": "IR"}}, report.Medium, false},
		{"a jurisdiction in words", "Iran", sanctions.Entry{Name: "PARS OIL CO.", RegistrationCountries: map[string]string{"6388": "IR"}}, report.Critical, true},
	}
	for _, tt := range tests {
		w := quiet()
		w.reg.Companies[0].RegistrationNumber = "6388"
		w.reg.Companies[0].Jurisdiction = tt.jurisdiction
		w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-SUB", Name: "Fjord Sub AS", Jurisdiction: "NO", Origin: at("companies", 4)})
		w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-OWN", OwnedID: "C-SUB", Share: registry.Exact(1), Origin: at("ownership", 3)})
		w.reg.Vessels[0].RegisteredOwner = "C-SUB"
		en := tt.entry
		en.EntryID, en.List, en.Type, en.RegistrationNumbers = "16031", "OFAC SDN", "entity", []string{"6388"}
		w.list(en)
		var sev report.Severity
		blocks := false
		for _, f := range w.run().Findings {
			if f.Rule == RuleSancOwner && f.Subject == company("C-OWN") {
				sev = f.Severity
				if f.Severity == report.Medium && !strings.Contains(f.Message, "to review") {
					t.Errorf("%s: %q does not say it is to review", tt.name, f.Message)
				}
			}
			blocks = blocks || f.Rule == RuleSanc50 && f.Subject == company("C-SUB")
		}
		if sev != tt.sev || blocks != tt.blocks {
			t.Errorf("%s: SANC-OWNER %q, SANC-50 %v; want %q, %v", tt.name, sev, blocks, tt.sev, tt.blocks)
		}
	}
}

// TestSecrecyNamesEachVesselOnce: a company both above a vessel's
// registered owner and holding its token is named once for that vessel,
// "as registered and through its tokens", not as two chains of one name.
func TestSecrecyNamesEachVesselOnce(t *testing.T) {
	w := quiet()
	w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-HOLD", Name: "Tortola Holdings Ltd", Jurisdiction: "VG", Origin: at("companies", 4)})
	w.reg.Ownership[0] = registry.Ownership{OwnerID: "C-HOLD", OwnedID: "C-OWN", Share: registry.Exact(1), Origin: at("ownership", 2)}
	w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P-A", OwnedID: "C-HOLD", Share: registry.Exact(1), Origin: at("ownership", 3)})
	w.reg.Wallets[0].HolderID = "C-HOLD"
	var msg string
	for _, f := range w.run().Findings {
		if f.Rule == RuleOwnSecrecy && f.Subject.ID == "C-HOLD" {
			msg = f.Message
		}
	}
	want := "in the chain of SEA ONE (9074729), as registered and through its tokens; SEA ("
	if !strings.Contains(msg, want) || strings.Count(msg, "SEA ONE") != 1 {
		t.Errorf("OWN-SECRECY of C-HOLD: %q, want it to say %q, naming SEA ONE once", msg, want)
	}
}

// TestInvalidIMOOfUnregisteredVessel: a claimed IMO failing its check digit
// that no vessels row holds is said to be in none, not "IMO X of X".
func TestInvalidIMOOfUnregisteredVessel(t *testing.T) {
	w := quiet()
	w.reg.Claims[0].AssetIMO = "1234568"
	for _, f := range w.run().Findings {
		if f.Rule == RuleAssetIMOInvalid && f.Subject.ID == "1234568" {
			if want := "IMO 1234568, claimed but in no vessels row, is malformed or fails its check digit (the check digit would make it 1234567)"; f.Message != want {
				t.Errorf("message %q, want %q", f.Message, want)
			}
			return
		}
	}
	t.Error("no ASSET-IMO-INVALID for the claimed IMO 1234568")
}

// TestZeroClaimedShare: a claims row whose claimed_share is 0 claims
// nothing; it was read as the whole vessel, so that with a claim of 100%
// the vessel was "claimed 200%".
func TestZeroClaimedShare(t *testing.T) {
	w := quiet()
	w.reg.Claims = append(w.reg.Claims, registry.Claim{Token: tok, TokenID: "7", AssetIMO: imo1, ClaimedShare: registry.Exact(0), Origin: at("claims", 3)})
	for _, f := range w.run().Findings {
		if f.Rule == RuleAssetOverclaimed {
			t.Errorf("a claim of 0%% beside one of 100%%: %s %s", f.Rule, f.Message)
		}
	}
}

// TestInterestNamedLikeAnEdgeKind: an ownership row whose interest is
// written "wallet" (or "token claim") is still a holding of shares: cited
// at its share cell and told "held by", not as a wallets row ("controlled
// by", cited at a holder_id column the ownership sheet does not have).
func TestInterestNamedLikeAnEdgeKind(t *testing.T) {
	for _, interest := range []string{"wallet", "token claim", "identity"} {
		w := quiet()
		w.reg.Ownership[0].Interest = interest
		res := w.run()
		found := false
		for _, p := range res.Paths {
			for _, s := range p.Steps {
				if s.ID != "P-A" {
					continue
				}
				found = true
				if !strings.HasSuffix(s.Source, "column share") {
					t.Errorf("interest %q: P-A's step cites %q, want the ownership row's share cell", interest, s.Source)
				}
			}
		}
		if !found {
			t.Fatalf("interest %q: no path step of P-A", interest)
		}
	}
}
