package rules

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/tokenaudit/audit/internal/chain"
	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// This test checks the rules' semantics against the demo scenario without
// the loaders or the embedded chain (other packages, built elsewhere): the
// registry comes from fixtures/registry/*.csv through a tiny CSV reader,
// the chain state from replaying fixtures/plan.json, and the list entries
// the scenario relies on are written out by hand from fixtures/sanctions/sdn.csv.

const fixtures = "../../fixtures"

func readCSV(t *testing.T, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(fixtures, "registry", name))
	if err != nil {
		t.Skipf("fixture %s not available: %v", name, err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	var out []map[string]string
	for _, r := range rows[1:] {
		m := map[string]string{"_row": strconv.Itoa(len(out) + 2)}
		for i, h := range rows[0] {
			m[h] = strings.TrimSpace(r[i])
		}
		out = append(out, m)
	}
	return out
}

func origin(sheet string, m map[string]string) registry.Origin {
	row, _ := strconv.Atoi(m["_row"])
	return registry.Origin{File: "registry.xlsx", Sheet: sheet, Row: row}
}

func share(s string) registry.Share {
	if s == "" {
		return registry.Unknown
	}
	if lo, hi, ok := strings.Cut(s, "-"); ok {
		l, _ := strconv.ParseFloat(lo, 64)
		h, _ := strconv.ParseFloat(hi, 64)
		return registry.Share{Low: l / 100, High: h / 100}
	}
	f, _ := strconv.ParseFloat(s, 64)
	return registry.Exact(f / 100)
}

func date(s string) time.Time {
	t, _ := time.Parse("2006-01-02", s)
	return t
}

func fixtureRegistry(t *testing.T) *registry.Registry {
	reg := &registry.Registry{}
	for _, m := range readCSV(t, "vessels.csv") {
		v := registry.Vessel{Key: m["imo"], IMO: m["imo"], IMOValid: ValidIMO(m["imo"]), Name: m["name"], Flag: m["flag"], MMSI: m["mmsi"],
			RegisteredOwner: m["registered_owner"], ShipManager: m["ship_manager"], DOCCompany: m["doc_company"], GroupBeneficialOwner: m["group_beneficial_owner"],
			Origin: origin("vessels", m)}
		if !v.IMOValid {
			reg.Problems = append(reg.Problems, registry.Problem{Origin: v.Origin.At("imo"), Reason: "IMO " + v.IMO + " fails its check digit"})
		}
		reg.Vessels = append(reg.Vessels, v)
	}
	for _, m := range readCSV(t, "vessel_history.csv") {
		reg.History = append(reg.History, registry.VesselChange{IMO: m["imo"], Field: m["field"], Value: m["value"], From: date(m["from"]), To: date(m["to"]), Origin: origin("vessel_history", m)})
	}
	for _, m := range readCSV(t, "companies.csv") {
		reg.Companies = append(reg.Companies, registry.Company{ID: m["company_id"], Name: m["name"], Jurisdiction: m["jurisdiction"],
			RegistrationNumber: m["registration_number"], CompanyIMO: m["company_imo"], BearerShares: m["bearer_shares"] == "yes",
			Listed: m["listed"] == "yes", Origin: origin("companies", m)})
	}
	for _, m := range readCSV(t, "people.csv") {
		reg.People = append(reg.People, registry.Person{ID: m["person_id"], Name: m["name"], Nationality: m["nationality"], BirthDate: m["birth_date"], PEP: m["pep"] == "yes", Origin: origin("people", m)})
	}
	for _, m := range readCSV(t, "ownership.csv") {
		reg.Ownership = append(reg.Ownership, registry.Ownership{OwnerID: m["owner_id"], OwnedID: m["owned_id"], Share: share(m["share"]), Interest: m["interest"], Source: m["source"], Origin: origin("ownership", m)})
	}
	for _, m := range readCSV(t, "officers.csv") {
		reg.Officers = append(reg.Officers, registry.Officer{CompanyID: m["company_id"], OfficerID: m["officer_id"], Role: m["role"], Origin: origin("officers", m)})
	}
	for _, m := range readCSV(t, "wallets.csv") {
		reg.Wallets = append(reg.Wallets, registry.Wallet{Address: strings.ToLower(m["address"]), HolderID: m["holder_id"], Evidence: m["evidence"], Origin: origin("wallets", m)})
	}
	for _, m := range readCSV(t, "claims.csv") {
		reg.Claims = append(reg.Claims, registry.Claim{Token: strings.ToLower(m["token"]), AssetIMO: m["asset_imo"], TokenID: m["token_id"], IssuerID: m["issuer_id"],
			ClaimedShare: share(m["claimed_share"]), Document: m["document"], Origin: origin("claims", m)})
	}
	return reg
}

type planAction struct {
	Op      string `json:"op"`
	Token   string `json:"token"`
	From    string `json:"from"`
	To      string `json:"to"`
	Holder  string `json:"holder"`
	Amount  string `json:"amount"`
	TokenID string `json:"token_id"`
	Role    string `json:"role"`
	Vessel  *struct {
		Name, IMO, Flag string
	} `json:"vessel"`
}

type plan struct {
	Accounts []struct{ Name, Address string } `json:"accounts"`
	Tokens   []struct {
		ID, Kind, Deployer, Address, Name, Symbol, IMO, Issuer string
		Decimals                                               uint8
	} `json:"tokens"`
	Blocks []struct {
		Time    time.Time    `json:"time"`
		Actions []planAction `json:"actions"`
	} `json:"blocks"`
}

// replay plays the deployment plan into a snapshot as a chain reader would
// see it at the last block.
func replay(t *testing.T) *chain.Snapshot {
	data, err := os.ReadFile(filepath.Join(fixtures, "plan.json"))
	if err != nil {
		t.Skipf("fixtures/plan.json not available: %v", err)
	}
	var p plan
	if err := json.Unmarshal(data, &p); err != nil {
		t.Fatalf("plan.json: %v", err)
	}
	addr := map[string]string{}
	for _, a := range p.Accounts {
		addr[a.Name] = strings.ToLower(a.Address)
	}
	snap := &chain.Snapshot{Source: "embedded", ChainID: 1337, Block: uint64(len(p.Blocks)), BlockTime: p.Blocks[len(p.Blocks)-1].Time}
	type state struct {
		tok       chain.Token
		bal       map[string]*big.Int
		ids       map[string]string // token id -> owner
		firstMint uint64
		frozen    map[string]bool
		kind      string
		transfers []chain.Transfer
	}
	states := map[string]*state{}
	var order []string
	for _, tk := range p.Tokens {
		s := &state{bal: map[string]*big.Int{}, ids: map[string]string{}, frozen: map[string]bool{}, kind: tk.Kind}
		s.tok = chain.Token{Address: strings.ToLower(tk.Address), Name: tk.Name, Symbol: tk.Symbol, Decimals: tk.Decimals, TotalSupply: new(big.Int)}
		if tk.Issuer != "" {
			s.tok.Issuer = addr[tk.Issuer]
		}
		if tk.IMO != "" {
			s.tok.Claims = append(s.tok.Claims, chain.AssetClaim{IMO: tk.IMO, Source: "contract"})
		}
		switch tk.Kind {
		case "vessel-shares":
			s.tok.Standard = "erc20"
			s.tok.Capabilities = chain.Capabilities{Mint: true, Pause: true}
			s.tok.Controllers = []chain.Controller{{Role: "owner", Address: addr[tk.Deployer]}}
		case "vessel-deeds":
			s.tok.Standard = "erc721"
			s.tok.Capabilities = chain.Capabilities{Mint: true}
			s.tok.Controllers = []chain.Controller{{Role: "default-admin", Address: addr[tk.Deployer]}}
		case "permissioned-shares":
			s.tok.Standard = "erc3643"
			s.tok.Capabilities = chain.Capabilities{Mint: true, Pause: true, Freeze: true, ForcedTransfer: true, Upgrade: true}
			s.tok.Controllers = []chain.Controller{{Role: "owner", Address: addr[tk.Deployer]}}
			s.tok.Proxy = &chain.Proxy{Implementation: "0x00000000000000000000000000000000000000aa", Admin: addr[tk.Deployer]}
		}
		states[tk.ID] = s
		order = append(order, tk.ID)
	}
	add := func(m map[string]*big.Int, a string, n *big.Int) {
		if m[a] == nil {
			m[a] = new(big.Int)
		}
		m[a].Add(m[a], n)
	}
	for bi, b := range p.Blocks {
		block := uint64(bi + 1)
		for ai, a := range b.Actions {
			s := states[a.Token]
			if s == nil {
				continue
			}
			tx := fmt.Sprintf("0x%064x", bi*1000+ai)
			amount := big.NewInt(1)
			if a.Amount != "" {
				r, ok := new(big.Rat).SetString(a.Amount)
				if !ok {
					t.Fatalf("plan.json: amount %q", a.Amount)
				}
				r.Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(s.tok.Decimals)), nil)))
				amount = new(big.Int).Quo(r.Num(), r.Denom())
			}
			switch a.Op {
			case "deploy":
				s.tok.DeployBlock, s.tok.DeployTime, s.tok.DeployTx = block, b.Time, tx
			case "transfer_ownership":
				s.tok.Controllers[0].Address = addr[a.To]
			case "grant_role":
				s.tok.Controllers = append(s.tok.Controllers, chain.Controller{Role: a.Role, Address: addr[a.To]})
			case "add_agent":
				s.tok.Controllers = append(s.tok.Controllers, chain.Controller{Role: "agent", Address: addr[a.To]})
			case "freeze":
				s.frozen[addr[a.To]] = true
			case "mint":
				if s.firstMint == 0 {
					s.firstMint = block
				}
				add(s.bal, addr[a.To], amount)
				s.tok.TotalSupply.Add(s.tok.TotalSupply, amount)
				if a.TokenID != "" {
					s.ids[a.TokenID] = addr[a.To]
					if a.Vessel != nil {
						s.tok.Claims = append(s.tok.Claims, chain.AssetClaim{TokenID: a.TokenID, IMO: a.Vessel.IMO, Name: a.Vessel.Name, Flag: a.Vessel.Flag, Source: "tokenURI", URI: "data:application/json,deed-" + a.TokenID})
					}
				}
				if block != s.firstMint {
					s.tok.Mints = append(s.tok.Mints, chain.Transfer{Block: block, Time: b.Time, TxHash: tx, From: zeroAddress, To: addr[a.To], Amount: amount})
				}
			case "transfer", "forced_transfer":
				from := addr[a.From]
				if a.Op == "forced_transfer" {
					from = addr[a.Holder]
				}
				add(s.bal, from, new(big.Int).Neg(amount))
				add(s.bal, addr[a.To], amount)
				if a.TokenID != "" {
					s.ids[a.TokenID] = addr[a.To]
				}
				s.transfers = append(s.transfers, chain.Transfer{Block: block, Time: b.Time, TxHash: tx, From: from, To: addr[a.To], Amount: amount})
			}
		}
	}
	for _, id := range order {
		s := states[id]
		for a, n := range s.bal {
			if n.Sign() > 0 {
				h := chain.Holder{Address: a, Balance: n, Frozen: s.frozen[a]}
				for tid, o := range s.ids {
					if o == a {
						h.TokenIDs = append(h.TokenIDs, tid)
					}
				}
				sort.Strings(h.TokenIDs)
				s.tok.Holders = append(s.tok.Holders, h)
			}
		}
		sort.Slice(s.tok.Holders, func(i, j int) bool {
			if c := s.tok.Holders[i].Balance.Cmp(s.tok.Holders[j].Balance); c != 0 {
				return c > 0
			}
			return s.tok.Holders[i].Address < s.tok.Holders[j].Address
		})
		for _, tr := range s.transfers {
			if fraction(tr.Amount, s.tok.TotalSupply) >= 0.05 {
				s.tok.Transfers = append(s.tok.Transfers, tr)
			}
		}
		snap.Tokens = append(snap.Tokens, s.tok)
	}
	return snap
}

// fixtureLists are the four entries of fixtures/sanctions/sdn.csv the
// scenario relies on, as the OFAC loader reads them.
func fixtureLists() *sanctions.Index {
	e := func(id, name, typ string) *sanctions.Entry {
		return &sanctions.Entry{List: "OFAC SDN", ListDate: "2024-05-03", EntryID: id, Source: "sdn.csv", Type: typ, Name: name}
	}
	laz := e("27307", "LAZARUS GROUP", "entity")
	laz.Addresses = []string{"0x098b716b8aaf21512996dc57eb0615e2383e2f96"}
	hua := e("23764", "HUA FU", "vessel")
	hua.IMOs = []string{"9020003"}
	chang := e("23763", "CHANG AN SHIPPING & TECHNOLOGY", "entity")
	chang.CompanyIMOs = []string{"5938411"}
	yu := e("23714", "KOREA YUJONG SHIPPING CO LTD", "entity")
	yu.CompanyIMOs = []string{"5434358"}
	other := e("23149", "YUSONG SHIPPING CO", "entity")
	other.RegistrationNumbers = []string{"5146578"}
	return sanctions.NewIndex([]*sanctions.Entry{laz, hua, chang, yu, other}, sanctions.DefaultOptions)
}

func fixtureReference() Reference {
	set := func(codes ...string) map[string]bool {
		m := map[string]bool{}
		for _, c := range codes {
			m[c] = true
		}
		return m
	}
	return Reference{
		FlagsOfConvenience:   set("AG", "BS", "BB", "BZ", "BM", "KH", "KM", "CY", "GQ", "GE", "GI", "HN", "JM", "LB", "LR", "MT", "MH", "MU", "MD", "MN", "MM", "KP", "PA", "ST", "VC", "LK", "TO", "TG", "TV", "VU"),
		SecrecyJurisdictions: set("US", "CH", "SG", "HK", "LU", "JP", "DE", "AE", "VG", "GG", "KY", "NL", "GB", "TW", "PA"),
		MIDCountry:           map[string]string{"538": "MH", "352": "PA", "353": "PA", "514": "KH", "515": "KH", "257": "NO", "258": "NO", "636": "LR"},
	}
}

type expectation struct {
	Rule    string         `json:"rule"`
	Subject report.Subject `json:"subject"`
	Why     string         `json:"why"`
}

func TestDemoScenario(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "expected-findings.json"))
	if err != nil {
		t.Skipf("fixtures/expected-findings.json not available: %v", err)
	}
	var want struct {
		Must    []expectation `json:"must"`
		MustNot []expectation `json:"must_not"`
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	facts := Facts{Snapshot: replay(t), Registry: fixtureRegistry(t), Lists: fixtureLists(), Reference: fixtureReference()}
	res := Evaluate(facts, DefaultOptions())
	got := map[string]bool{}
	for _, f := range res.Findings {
		got[f.Rule+"|"+f.Subject.Kind+"|"+f.Subject.ID] = true
		got["*|"+f.Subject.Kind+"|"+f.Subject.ID] = true
	}
	for _, m := range want.Must {
		if !got[m.Rule+"|"+m.Subject.Kind+"|"+m.Subject.ID] {
			t.Errorf("missing %s on %s %s (%s)", m.Rule, m.Subject.Kind, m.Subject.ID, m.Why)
		}
	}
	for _, m := range want.MustNot {
		if got[m.Rule+"|"+m.Subject.Kind+"|"+m.Subject.ID] {
			for _, f := range res.Findings {
				if (m.Rule == "*" || f.Rule == m.Rule) && f.Subject == m.Subject {
					t.Errorf("unwanted %s on %s %s: %s (%s)", f.Rule, f.Subject.Kind, f.Subject.ID, f.Message, m.Why)
				}
			}
		}
	}
	if testing.Verbose() {
		for _, f := range res.Findings {
			t.Logf("%-8s %-26s %-8s %-44s %s", f.Severity, f.Rule, f.Subject.Kind, f.Subject.ID, f.Message)
		}
	}
	// the same facts give the same findings, in the same order
	again := Evaluate(Facts{Snapshot: replay(t), Registry: fixtureRegistry(t), Lists: fixtureLists(), Reference: fixtureReference()}, DefaultOptions())
	if len(again.Findings) != len(res.Findings) {
		t.Fatalf("second run gave %d findings, first %d", len(again.Findings), len(res.Findings))
	}
	for i := range res.Findings {
		if res.Findings[i].Fingerprint != again.Findings[i].Fingerprint || res.Findings[i].Message != again.Findings[i].Message {
			t.Errorf("finding %d differs between runs: %s vs %s", i, res.Findings[i].Message, again.Findings[i].Message)
		}
	}
	for _, f := range res.Findings {
		if len(f.Evidence) == 0 {
			t.Errorf("%s on %s has no evidence", f.Rule, f.Subject.ID)
		}
	}
}

// TestDemoScenarioWithLoaders is TestDemoScenario with the project's own
// registry and sanctions loaders and reference tables: the XLSX workbook
// and sdn.csv of fixtures/, as `audit demo` reads them.
func TestDemoScenarioWithLoaders(t *testing.T) {
	data, err := os.ReadFile(filepath.Join(fixtures, "expected-findings.json"))
	if err != nil {
		t.Skipf("fixtures/expected-findings.json not available: %v", err)
	}
	var want struct {
		Must    []expectation `json:"must"`
		MustNot []expectation `json:"must_not"`
	}
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatal(err)
	}
	reg, err := registry.Load([]string{filepath.Join(fixtures, "registry.xlsx")}, registry.Options{})
	if err != nil {
		t.Fatalf("registry loader: %v", err)
	}
	lists, _, err := sanctions.Load([]string{filepath.Join(fixtures, "sanctions", "sdn.csv")}, sanctions.DefaultOptions)
	if err != nil {
		t.Fatalf("sanctions loader: %v", err)
	}
	tab := refdata.Default()
	ref := Reference{FlagsOfConvenience: tab.FlagsOfConvenience(), SecrecyJurisdictions: tab.SecrecyJurisdictions(), MIDCountry: tab.MIDs(), CountryNames: tab.CountryNames()}
	res := Evaluate(Facts{Snapshot: replay(t), Registry: reg, Lists: lists, Reference: ref}, DefaultOptions())
	got := map[string]bool{}
	for _, f := range res.Findings {
		got[f.Rule+"|"+f.Subject.Kind+"|"+f.Subject.ID] = true
		got["*|"+f.Subject.Kind+"|"+f.Subject.ID] = true
		if testing.Verbose() {
			t.Logf("%-8s %-26s %-8s %-44s %s", f.Severity, f.Rule, f.Subject.Kind, f.Subject.ID, f.Message)
		}
	}
	for _, m := range want.Must {
		if !got[m.Rule+"|"+m.Subject.Kind+"|"+m.Subject.ID] {
			t.Errorf("missing %s on %s %s (%s)", m.Rule, m.Subject.Kind, m.Subject.ID, m.Why)
		}
	}
	for _, m := range want.MustNot {
		for _, f := range res.Findings {
			if (m.Rule == "*" || f.Rule == m.Rule) && f.Subject == m.Subject {
				t.Errorf("unwanted %s on %s %s: %s (%s)", f.Rule, f.Subject.Kind, f.Subject.ID, f.Message, m.Why)
			}
		}
	}
}
