package rules

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// withoutIMO makes the quiet world's tokenised vessel one the registry
// knows by its key V1 alone, with the name and flag given, no IMO and no
// MMSI, claimed by the claims sheet by that key; the token makes no claim
// of its own.
func withoutIMO(w *world, name, flag string) {
	v := &w.reg.Vessels[0]
	v.Key, v.IMO, v.IMOValid, v.Name, v.Flag, v.MMSI = "V1", "", false, name, flag, ""
	w.reg.Claims[0].AssetIMO, w.reg.Claims[0].AssetID = "", "V1"
	w.token().Claims = nil
}

// cliReference gives the world the country names the CLI gives the rules
// (internal/audit's reference): the ISO short names of the country table.
func cliReference(w *world) {
	w.ref.CountryNames = refdata.Default().CountryNames()
}

// TestSancVesselFlagByCountryCode: a list writes a vessel's flag as a
// country name of its own ("Iran", "Russia", "Democratic People's Republic
// of Korea", "Venezuela"), not the ISO short name; the flags are compared
// as country codes, so the listed ship is found by name and flag whatever
// the spelling, and a ship of another flag is not.
func TestSancVesselFlagByCountryCode(t *testing.T) {
	for _, c := range []struct {
		registry, listed string
		fire             bool
	}{
		{"KP", "Democratic People's Republic of Korea", true},
		{"IR", "Iran", true},
		{"RU", "Russia", true},
		{"VE", "Venezuela", true},
		{"PA", "Panama", true},
		{"Panama", "PA", true},
		{"North Korea", "Korea, North", true},
		{"KR", "Democratic People's Republic of Korea", false},
		{"IQ", "Iran", false},
	} {
		w := quiet()
		cliReference(w)
		withoutIMO(w, "SEA ONE", c.registry)
		w.list(sanctions.Entry{Name: "SEA ONE", Type: "vessel", Flag: c.listed})
		f := finding(w.run(), RuleSancVessel, vessel("V1"))
		switch {
		case c.fire && f == nil:
			t.Errorf("flag %q, listed %q: no SANC-VESSEL", c.registry, c.listed)
		case c.fire && f.Severity != report.High:
			t.Errorf("flag %q, listed %q: %s, want high: %s", c.registry, c.listed, f.Severity, f.Message)
		case !c.fire && f != nil:
			t.Errorf("flag %q, listed %q: %s %s, want none", c.registry, c.listed, f.Severity, f.Message)
		}
	}
}

// sdnList loads the real OFAC SDN list of 2024-05-03 from the project's
// shared data, or skips.
func sdnList(t *testing.T) *sanctions.Index {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "sanctions", "ofac-sdn-2024-05-03", "sdn.csv")
	if _, err := os.Stat(path); err != nil {
		t.Skipf("real OFAC SDN list not available at %s (the project's ../shared/data): %v", path, err)
	}
	sdn.once.Do(func() {
		opts := sanctions.DefaultOptions
		opts.ListDate = "2024-05-03"
		sdn.ix, _, sdn.err = sanctions.Load([]string{path}, opts)
	})
	if sdn.err != nil {
		t.Fatal(sdn.err)
	}
	return sdn.ix
}

// sdn is the real SDN list, loaded once for the tests that read it.
var sdn struct {
	once sync.Once
	ix   *sanctions.Index
	err  error
}

// runWith evaluates the world against the index ix instead of its entries.
func (w *world) runWith(ix *sanctions.Index) Result {
	return Evaluate(Facts{Snapshot: w.snap, Registry: w.reg, Lists: ix, Reference: w.ref}, DefaultOptions())
}

// TestSancVesselRealFlags: the SDN list's vessels without an IMO in the
// registry, by their listed name and flag (the red team's reg2): each is
// found by name and flag, and its entry is the one cited.
func TestSancVesselRealFlags(t *testing.T) {
	ix := sdnList(t)
	for _, c := range []struct{ name, flag, entry string }{
		{"HWANG GUM SAN 2", "KP", "17087"},
		{"CHIZHOVKA", "RU", "37032"},
		{"BANEH", "IR", "15041"},
		{"AMAPOLA 1", "VE", "26652"},
	} {
		w := quiet()
		cliReference(w)
		withoutIMO(w, c.name, c.flag)
		f := finding(w.runWith(ix), RuleSancVessel, vessel("V1"))
		if f == nil {
			t.Errorf("%s (%s): no SANC-VESSEL", c.name, c.flag)
			continue
		}
		if f.Severity != report.High || f.Evidence[0].EntryID != c.entry || !strings.Contains(f.Message, "by name and flag") {
			t.Errorf("%s (%s): %s %s (entry %s), want high by name and flag on entry %s", c.name, c.flag, f.Severity, f.Message, f.Evidence[0].EntryID, c.entry)
		}
	}
}

// TestSanc50NotHiddenByOwnName: a company the lists match by its own name
// is still reported as blocked by the 50% rule when listed owners hold
// half of it (the red team's reg3, against reg3b where the names differ):
// a block by an owner listed by an identifier is critical, one by an owner
// matched by name is high, and an owner below half blocks nothing; the
// company's own name match stays a SANC-OWNER finding.
func TestSanc50NotHiddenByOwnName(t *testing.T) {
	for _, c := range []struct {
		name   string
		share  float64
		byIMO  bool
		want   report.Severity // "" for none
		phrase string
	}{
		{"owner listed by its company IMO, 50%", 0.5, true, report.Critical, "is blocked by the 50% rule: blocked owners hold 50%"},
		{"owner matched by name, 100%", 1, false, report.High, "if the name matches below are confirmed"},
		{"owner listed by its company IMO, 30%", 0.3, true, "", ""},
	} {
		for _, ownMatch := range []bool{false, true} {
			w := quiet()
			w.reg.Ownership[0].Share = registry.Exact(1 - c.share)
			w.reg.Companies = append(w.reg.Companies, registry.Company{ID: "C-BAD", Name: "Bravery Maritime Corp.", Jurisdiction: "AE", Origin: at("companies", 4)})
			w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "C-BAD", OwnedID: "C-OWN", Share: registry.Exact(c.share), Origin: at("ownership", 3)})
			bad := sanctions.Entry{List: "OFAC SDN", EntryID: "32895", ListDate: "2024-05-03", Name: "BRAVERY MARITIME CORPORATION", Type: "entity"}
			if c.byIMO {
				w.reg.Companies[len(w.reg.Companies)-1].CompanyIMO = "6161246"
				bad.CompanyIMOs = []string{"6161246"}
			}
			w.list(bad)
			if ownMatch {
				w.list(sanctions.Entry{List: "OFAC SDN", EntryID: "2", ListDate: "2024-05-03", Name: "FJORD OWNER AS", Type: "entity"})
			}
			res := w.run()
			label := c.name
			if ownMatch {
				label += ", the company matched by its own name"
				if f := finding(res, RuleSancOwner, company("C-OWN")); f == nil || f.Severity != report.High {
					t.Errorf("%s: the company's own name match is not a high SANC-OWNER: %v", label, f)
				}
			}
			f := finding(res, RuleSanc50, company("C-OWN"))
			switch {
			case c.want == "" && f != nil:
				t.Errorf("%s: %s %s, want none", label, f.Severity, f.Message)
			case c.want != "" && f == nil:
				t.Errorf("%s: no SANC-50", label)
			case c.want != "" && (f.Severity != c.want || !strings.Contains(f.Message, c.phrase)):
				t.Errorf("%s: %s %q, want %s saying %q", label, f.Severity, f.Message, c.want, c.phrase)
			}
		}
	}
}

// TestSancVesselOtherIMO: a tokenised vessel with the name and flag of a
// listed ship but another valid IMO is another hull (an IMO number stays
// with its ship for life) unless one of the numbers is false: a low finding
// to review, naming both IMOs, not a high match. Where either IMO is
// missing or fails its check digit the numbers cannot tell the ships apart,
// and the name and flag stay a high match.
func TestSancVesselOtherIMO(t *testing.T) {
	for _, c := range []struct {
		name       string
		registry   string   // the tokenised vessel's IMO
		listed     []string // the entry's IMOs
		want       report.Severity
		mustSay    []string
		mustNotSay string
	}{
		{"both valid, different", imo1, []string{imo2}, report.Low, []string{imo1, imo2, "to review", "another IMO"}, "matches"},
		{"listed IMO fails its check digit", imo1, []string{"9811001"}, report.High, []string{"by name and flag"}, ""},
		{"registry IMO fails its check digit", "9074720", []string{imo2}, report.High, []string{"by name and flag"}, ""},
		{"no listed IMO", imo1, nil, report.High, []string{"by name and flag"}, ""},
	} {
		w := quiet()
		v := &w.reg.Vessels[0]
		v.IMO, v.Key, v.IMOValid = c.registry, c.registry, ValidIMO(c.registry)
		w.reg.Claims[0].AssetIMO = c.registry
		w.token().Claims = nil
		w.list(sanctions.Entry{Name: "SEA ONE", Type: "vessel", Flag: "NO", IMOs: c.listed})
		f := finding(w.run(), RuleSancVessel, vessel(c.registry))
		if f == nil {
			t.Errorf("%s: no SANC-VESSEL", c.name)
			continue
		}
		if f.Severity != c.want {
			t.Errorf("%s: %s %q, want %s", c.name, f.Severity, f.Message, c.want)
		}
		for _, s := range c.mustSay {
			if !strings.Contains(f.Message, s) {
				t.Errorf("%s: %q does not say %q", c.name, f.Message, s)
			}
		}
		if c.mustNotSay != "" && strings.Contains(f.Message, c.mustNotSay) {
			t.Errorf("%s: %q says %q", c.name, f.Message, c.mustNotSay)
		}
	}
}

// TestSancVesselRealLookAlike: the red team's reg4, a ship named EBANO
// under the flag of Panama with IMO 9000015, against the SDN list's EBANO
// (entry 4243, IMO 7406784): a low finding to review naming both IMOs.
func TestSancVesselRealLookAlike(t *testing.T) {
	ix := sdnList(t)
	w := quiet()
	cliReference(w)
	v := &w.reg.Vessels[0]
	v.IMO, v.Key, v.IMOValid, v.Name, v.Flag, v.MMSI = "9000015", "9000015", true, "EBANO", "Panama", ""
	w.reg.Claims[0].AssetIMO = "9000015"
	w.token().Claims = nil
	f := finding(w.runWith(ix), RuleSancVessel, vessel("9000015"))
	if f == nil {
		t.Fatal("no SANC-VESSEL for the look-alike EBANO")
	}
	if f.Severity != report.Low || f.Evidence[0].EntryID != "4243" || !strings.Contains(f.Message, "9000015") || !strings.Contains(f.Message, "7406784") {
		t.Errorf("%s %q (entry %s), want low naming 9000015 and 7406784 of entry 4243", f.Severity, f.Message, f.Evidence[0].EntryID)
	}
}

// TestSancVesselReviewBand: a tokenised vessel whose name scores in the
// review band against a listed ship of its flag (the red team's reg5:
// "M/V HUA FU 1" under Panama against SDN 23764 HUA FU, 0.75) is a medium
// finding labelled to review, as SANC-OWNER reports a review-band name;
// not when the flags differ, nor when both IMOs are valid and differ.
func TestSancVesselReviewBand(t *testing.T) {
	ix := sdnList(t)
	for _, c := range []struct {
		name, flag, imo string
		want            report.Severity // "" for none
	}{
		{"M/V HUA FU 1", "PA", "", report.Medium},
		{"M/V HUA FU 1", "Panama", "", report.Medium},
		{"M/V HUA FU 1", "LR", "", ""},
		{"M/V HUA FU 1", "PA", "9202027", ""}, // valid, and not HUA FU's 9020003
	} {
		w := quiet()
		cliReference(w)
		withoutIMO(w, c.name, c.flag)
		id := "V1"
		if c.imo != "" {
			v := &w.reg.Vessels[0]
			v.IMO, v.Key, v.IMOValid = c.imo, c.imo, true
			w.reg.Claims[0].AssetIMO, w.reg.Claims[0].AssetID = c.imo, ""
			id = c.imo
		}
		label := c.name + " " + c.flag + " " + c.imo
		f := finding(w.runWith(ix), RuleSancVessel, vessel(id))
		switch {
		case c.want == "" && f != nil:
			t.Errorf("%s: %s %q, want none", label, f.Severity, f.Message)
		case c.want == "":
		case f == nil:
			t.Errorf("%s: no SANC-VESSEL", label)
		case f.Severity != c.want || f.Evidence[0].EntryID != "23764" || !strings.Contains(f.Message, "to review") || !strings.Contains(f.Message, "0.75"):
			t.Errorf("%s: %s %q (entry %s), want %s, to review, score 0.75, entry 23764", label, f.Severity, f.Message, f.Evidence[0].EntryID, c.want)
		}
	}
}

// TestSancVesselCitesColumnsUsed: a SANC-VESSEL finding cites the vessel
// row at the columns its match used, each holding a value (audit verify
// takes an empty cited cell for an unresolved citation): the name and flag
// of a ship without an IMO (the red team's reg MAR AZUL, cited at its empty
// imo column), the MMSI of one listed by MMSI; and the claim it cites says
// only what the claims sheet gives (the vessel by its key, no empty issuer
// or document).
func TestSancVesselCitesColumnsUsed(t *testing.T) {
	for _, c := range []struct {
		name  string
		entry sanctions.Entry
		mmsi  string
		cols  []string // the vessels-sheet columns cited, in order
	}{
		{"name and flag", sanctions.Entry{Name: "MAR AZUL", Type: "vessel", Flag: "Cuba"}, "", []string{"name", "flag"}},
		{"MMSI", sanctions.Entry{Name: "SOMETHING ELSE", Type: "vessel", MMSIs: []string{"323000001"}}, "323000001", []string{"mmsi"}},
	} {
		w := quiet()
		cliReference(w)
		withoutIMO(w, "MAR AZUL", "CU")
		w.reg.Vessels[0].MMSI = c.mmsi
		w.reg.Claims[0].IssuerID = ""
		w.list(c.entry)
		f := finding(w.run(), RuleSancVessel, vessel("V1"))
		if f == nil {
			t.Errorf("%s: no SANC-VESSEL", c.name)
			continue
		}
		v := w.reg.Vessels[0]
		cell := map[string]string{"imo": v.IMO, "name": v.Name, "flag": v.Flag, "mmsi": v.MMSI}
		var cols []string
		for _, ev := range f.Evidence {
			switch ev.Sheet {
			case "vessels":
				cols = append(cols, ev.Column)
				if cell[ev.Column] == "" {
					t.Errorf("%s: cites the vessel row at its empty %q column: %+v", c.name, ev.Column, ev)
				}
				if ev.Column == "flag" && !strings.HasSuffix(ev.Text, "flies the flag of Cuba (CU)") {
					t.Errorf("%s: flag cited as %q, want the country named", c.name, ev.Text)
				}
			case "claims":
				if !strings.HasSuffix(ev.Text, " claims 100% of vessel V1") { // the sheet gives no issuer, no document
					t.Errorf("%s: claim cited as %q, want the vessel's key V1 and nothing the sheet leaves empty", c.name, ev.Text)
				}
			}
		}
		if strings.Join(cols, ",") != strings.Join(c.cols, ",") {
			t.Errorf("%s: cites the vessel row at %v, want %v", c.name, cols, c.cols)
		}
	}
}

// TestClaimEvidenceSaysWhatIsKnown: a claim is cited with the vessel's
// IMO, else its key, the issuer and the document only when the sheet gives
// them, and the share only when it states one.
func TestClaimEvidenceSaysWhatIsKnown(t *testing.T) {
	e := &eval{snap: &chain.Snapshot{}}
	sheet := &registry.Claim{Origin: at("claims", 2)}
	for _, c := range []struct {
		unit   claimUnit
		stated bool // the sheet states the share
		doc    string
		want   string
	}{
		{claimUnit{Token: tok, TokenID: "4", Vessel: "V-MARAZUL", Share: registry.Exact(1), Issuer: "C-ISSUER"}, true, "Deed 4",
			tok + " token id 4 claims 100% of vessel V-MARAZUL (issuer C-ISSUER; Deed 4)"},
		{claimUnit{Token: tok, IMO: imo1, Vessel: imo1, Share: registry.Exact(0.6)}, true, "",
			tok + " claims 60% of vessel " + imo1},
		{claimUnit{Token: tok, Vessel: "V1", Share: registry.Exact(1)}, false, "Deed 1",
			tok + " claims vessel V1 (no share stated: taken as the whole vessel; Deed 1)"},
	} {
		s := *sheet
		s.Document = c.doc
		if c.stated {
			s.ClaimedShare = c.unit.Share
		}
		c.unit.Sheet = &s
		if got := e.claimEvidence(c.unit).Text; got != c.want {
			t.Errorf("claim cited as\n%q, want\n%q", got, c.want)
		}
	}
}

// TestSanc50BehindNameThroughChains: a company matched by its own name,
// held through an intermediate that the 50% rule blocks, is blocked too
// (the block reaches it through its owner); held by an owner blocked only
// through the company itself (circular ownership) it is not, since its own
// name match cannot block it by the 50% rule; held by a listed owner of an
// unknown share, it may be blocked.
func TestSanc50BehindNameThroughChains(t *testing.T) {
	own := sanctions.Entry{List: "OFAC SDN", EntryID: "2", ListDate: "2024-05-03", Name: "FJORD OWNER AS", Type: "entity"}
	bad := sanctions.Entry{List: "OFAC SDN", EntryID: "32895", ListDate: "2024-05-03", Name: "BRAVERY MARITIME CORPORATION", Type: "entity", CompanyIMOs: []string{"6161246"}}
	mid := registry.Company{ID: "C-MID", Name: "Middle Holdings Ltd", Jurisdiction: "NO", Origin: at("companies", 4)}
	badCo := registry.Company{ID: "C-BAD", Name: "Bravery Maritime Corp.", Jurisdiction: "AE", CompanyIMO: "6161246", Origin: at("companies", 5)}
	holds := func(owner, owned string, share registry.Share, row int) registry.Ownership {
		return registry.Ownership{OwnerID: owner, OwnedID: owned, Share: share, Origin: at("ownership", row)}
	}
	for _, c := range []struct {
		name   string
		change func(w *world)
		want   report.Severity // on C-OWN; "" for none
		phrase string
	}{
		{"through an intermediate blocked by a listed owner", func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.4)
			w.reg.Companies = append(w.reg.Companies, mid, badCo)
			w.reg.Ownership = append(w.reg.Ownership, holds("C-MID", "C-OWN", registry.Exact(0.6), 3), holds("C-BAD", "C-MID", registry.Exact(1), 4))
			w.list(bad)
		}, report.Critical, "Middle Holdings Ltd (C-MID) 60% (itself blocked by the 50% rule, starting from Bravery Maritime Corp. (C-BAD), listed"},
		{"circular: its owner blocked only through it", func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.4)
			w.reg.Companies = append(w.reg.Companies, mid)
			w.reg.Ownership = append(w.reg.Ownership, holds("C-MID", "C-OWN", registry.Exact(0.6), 3), holds("C-OWN", "C-MID", registry.Exact(0.6), 4))
		}, "", ""},
		{"a listed owner of an unknown share", func(w *world) {
			w.reg.Ownership[0].Share = registry.Exact(0.2)
			w.reg.Companies = append(w.reg.Companies, badCo)
			w.reg.Ownership = append(w.reg.Ownership, holds("C-BAD", "C-OWN", registry.Unknown, 3))
			w.list(bad)
		}, report.High, "may be blocked"},
	} {
		w := quiet()
		w.list(own)
		c.change(w)
		res := w.run()
		if f := finding(res, RuleSancOwner, company("C-OWN")); f == nil {
			t.Errorf("%s: no SANC-OWNER for the company's own name", c.name)
		}
		f := finding(res, RuleSanc50, company("C-OWN"))
		switch {
		case c.want == "" && f != nil:
			t.Errorf("%s: %s %q, want none", c.name, f.Severity, f.Message)
		case c.want == "":
		case f == nil:
			t.Errorf("%s: no SANC-50", c.name)
		case f.Severity != c.want || !strings.Contains(f.Message, c.phrase):
			t.Errorf("%s: %s %q, want %s saying %q", c.name, f.Severity, f.Message, c.want, c.phrase)
		}
	}
}

// TestWalletTiedPartyPossiblySanctioned: the wallets sheet ties a wallet
// that OFAC lists by address (Lazarus Group's) to Kenneth Egret, who holds
// 60% of C-OWN, the tokenised vessel's registered owner; Anna Auk holds the
// other 40% and no listed wallet. The list names the wallet, not him: he
// is possibly sanctioned (an entity, an owner's end, a path's end), not
// sanctioned, and the 50% rule counts him as it counts a name match:
// C-OWN is blocked if the wallet tie is confirmed (high), SANC-50 saying
// which wallet and list entry and citing the wallets row. Without the
// wallets row, none of this. Matched by name as well, he is said to be
// both, and the block needs both confirmed.
func TestWalletTiedPartyPossiblySanctioned(t *testing.T) {
	const lazarus = "0x098b716b8aaf21512996dc57eb0615e2383e2f96"
	egret := func(tied, named bool) Result {
		w := quiet()
		w.reg.People = append(w.reg.People, registry.Person{ID: "P-KE", Name: "Kenneth Egret", Nationality: "NO", Origin: at("people", 9)})
		w.reg.Ownership[0].Share = registry.Exact(0.4) // P-A
		w.reg.Ownership = append(w.reg.Ownership, registry.Ownership{OwnerID: "P-KE", OwnedID: "C-OWN", Share: registry.Exact(0.6), Interest: "shareholding", Origin: at("ownership", 3)})
		if tied {
			w.reg.Wallets = append(w.reg.Wallets, registry.Wallet{Address: lazarus, HolderID: "P-KE", Evidence: "kyc", Origin: at("wallets", 7)})
		}
		w.list(sanctions.Entry{List: "OFAC SDN", EntryID: "27307", ListDate: "2024-05-03", Name: "LAZARUS GROUP", Type: "entity", Addresses: []string{lazarus}})
		if named {
			w.list(sanctions.Entry{List: "OFAC SDN", EntryID: "2", ListDate: "2024-05-03", Name: "Kenneth Egret", Type: "individual"})
		}
		return w.run()
	}
	holds := "holds wallet " + lazarus + " that OFAC SDN entry 27307 LAZARUS GROUP lists, as the wallets sheet says"
	for _, tied := range []bool{true, false} {
		res := egret(tied, false)
		status := map[string]string{}
		for _, e := range res.Entities {
			status[e.Kind+" "+e.ID] = e.Status
		}
		bad := report.StatusPossiblySanctioned
		if !tied {
			bad = "clean"
		}
		for id, want := range map[string]string{"person P-KE": bad, "company C-OWN": bad, "person P-A": "clean"} {
			if status[id] != want {
				t.Errorf("tied %v: %s has status %q, want %q", tied, id, status[id], want)
			}
		}
		legal := chainOwners(t, res, imo1, "legal")
		wantEnds := map[string]string{"P-KE": "person", "P-A": "person"}
		if tied {
			wantEnds["P-KE"] = report.StatusPossiblySanctioned
		}
		for id, want := range wantEnds {
			if o := ownerByID(legal, id); o == nil || o.Ends != want {
				t.Errorf("tied %v: owner %s %+v, want ends %q", tied, id, o, want)
			}
		}
		for _, p := range res.Paths {
			top := p.Steps[len(p.Steps)-1].ID
			if want, ok := wantEnds[top]; ok && p.Ends != want {
				t.Errorf("tied %v: a path of %s ending at %s ends %q, want %q", tied, p.Asset, top, p.Ends, want)
			}
		}

		f := finding(res, RuleSanc50, company("C-OWN"))
		if !tied {
			if f != nil {
				t.Errorf("without the wallets row: %s %q, want no SANC-50", f.Severity, f.Message)
			}
			continue
		}
		if f == nil {
			t.Fatalf("no SANC-50 on C-OWN: %v", summary(res))
		}
		if want := "Fjord Owner AS (C-OWN) is blocked by the 50% rule if the wallet ties below are confirmed: owners blocked by them hold 60% of it directly: Kenneth Egret (P-KE) 60% (" + holds + ")"; f.Severity != report.High || f.Message != want {
			t.Errorf("SANC-50 on C-OWN:\n%s %q\nwant high %q", f.Severity, f.Message, want)
		}
		var entry, row bool
		for _, ev := range f.Evidence {
			entry = entry || ev.Kind == "match" && ev.EntryID == "27307"
			row = row || ev.Kind == "registry" && ev.Sheet == "wallets" && ev.Row == 7 && strings.Contains(ev.Text, lazarus+" belongs to P-KE")
		}
		if !entry || !row {
			t.Errorf("SANC-50 cites the list entry %v, the wallets row %v: %+v", entry, row, f.Evidence)
		}
		if sw := finding(res, RuleSancWallet, wallet(lazarus)); sw == nil || !strings.HasSuffix(sw.Message, "; the wallets sheet ties it to P-KE") {
			t.Errorf("SANC-WALLET: %+v", sw)
		}
	}

	f := finding(egret(true, true), RuleSanc50, company("C-OWN"))
	if f == nil || f.Severity != report.High || !strings.Contains(f.Message, "if the name matches and wallet ties below are confirmed") ||
		!strings.Contains(f.Message, "Kenneth Egret (P-KE) 60% (matched by name to OFAC SDN entry 2 Kenneth Egret (score 1.00) and "+holds+")") {
		t.Errorf("SANC-50 on C-OWN, Kenneth Egret also matched by name: %+v", f)
	}
}
