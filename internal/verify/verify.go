// Package verify checks an archived JSON report against its input files:
// that each input is still the file audited (its sha256), and that every
// citation of a registry row or a sanctions list entry points at something
// that exists. It reads the files the way the audit read them
// (registry.CellsAt, sanctions.Load) and decides nothing about findings.
package verify

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/tokenaudit/audit/internal/refdata"
	"github.com/tokenaudit/audit/internal/registry"
	"github.com/tokenaudit/audit/internal/report"
	"github.com/tokenaudit/audit/internal/rules"
	"github.com/tokenaudit/audit/internal/sanctions"
)

// stepBalanceRE is a holding an ownership step cites, as the rules write
// it: "chain 1337, block 54: balance 150000 of 1100000 OSTAR", in whole
// tokens.
var stepBalanceRE = regexp.MustCompile(`^chain \d+, block (\d+): balance ([0-9]+(?:\.[0-9]+)?) of [0-9]+(?:\.[0-9]+)? `)

// stepDeedRE is an ERC-721 deed's holder an ownership step cites: "chain
// 1337, block 54: holder of OVDEED token id 3".
var stepDeedRE = regexp.MustCompile(`^chain \d+, block (\d+): holder of .* token id ([0-9]+)$`)

// proxyRecord is token t's proxy record (report.Token.Proxy) as a proxy
// citation at the pinned block, stating every EIP-1967 slot as the reader
// (chain.Reader) would have found it: a plain EIP-1967 proxy's
// implementation, admin and beacon slots, an empty one stated empty; a
// beacon proxy's implementation slot empty, its admin and beacon slots,
// and what it runs; an EIP-1167 minimal proxy's target (its slots not
// stated: a clone's storage may hold one its code never reads). The kind
// itself, known by the code, is checked by checkProxyKind.
func proxyRecord(rep *report.Report, t report.Token) report.Evidence {
	p := t.Proxy
	ev := report.Evidence{Kind: "chain", Fact: report.FactProxy, Contract: strings.ToLower(t.Address), Block: rep.Chain.BlockNumber,
		Text: fmt.Sprintf("%s is a %s proxy running %s (the report's token record)", t.Address, p.Kind, orNone(p.Implementation))}
	orZero := func(a string) string {
		if a == "" {
			return "0x0000000000000000000000000000000000000000" // stated empty
		}
		return a
	}
	switch p.Kind {
	case report.ProxyEIP1967:
		ev.Implementation, ev.Admin, ev.Beacon = orZero(p.Implementation), orZero(p.Admin), orZero(p.Beacon)
	case report.ProxyBeacon:
		ev.Implementation, ev.Admin, ev.Beacon, ev.Runs = orZero(""), orZero(p.Admin), orZero(p.Beacon), p.Implementation
	default:
		ev.Runs = p.Implementation
	}
	return ev
}

// stepHolding is the chain citation of step i of path p, a wallet's
// holding read at a block. When the step reads as a balance of the
// token the step before it (or the path's start) is, at the report's
// pinned block, of a token whose balanceOf gives it (not ERC-1155), it
// is a balance fact (Contract, Holder, Amount in base units), which
// verify --rpc reads as it reads a finding's; so is the holder of an
// ERC-721 id, with the wallet's other ids in the report (IDs, Amount
// their number: ownerOf of each id, and balanceOf). Otherwise only its
// block is checked.
func stepHolding(rep *report.Report, p report.Path, i int) report.Evidence {
	st := p.Steps[i]
	ev := report.Evidence{Kind: "path", Text: st.Source}
	token := p.Asset
	if i > 0 {
		token = p.Steps[i-1].ID
		if p.Steps[i-1].Kind != "token" {
			return ev
		}
	}
	token, _, _ = strings.Cut(token, "#") // an ERC-721 id's node: "0x…#3"
	pinned := strconv.FormatUint(rep.Chain.BlockNumber, 10)
	if m := stepDeedRE.FindStringSubmatch(st.Source); m != nil && st.Kind == "wallet" && m[1] == pinned {
		for _, t := range rep.Tokens {
			if !strings.EqualFold(t.Address, token) || t.Standard != "erc721" {
				continue
			}
			var ids []string
			for _, h := range t.Holders {
				if strings.EqualFold(h.Address, st.ID) {
					ids = slices.Clone(h.TokenIDs)
				}
			}
			if !slices.Contains(ids, m[2]) {
				ids = append(ids, m[2]) // not the wallet's in the report: the node says whose
			}
			ev.Fact, ev.Contract, ev.Holder, ev.Amount = report.FactBalance, strings.ToLower(t.Address), strings.ToLower(st.ID), strconv.Itoa(len(ids))
			for _, id := range ids {
				ev.IDs = append(ev.IDs, report.IDAmount{TokenID: id, Amount: "1"})
			}
			break
		}
		return ev
	}
	m := stepBalanceRE.FindStringSubmatch(st.Source)
	if m == nil || st.Kind != "wallet" || m[1] != pinned {
		return ev
	}
	for _, t := range rep.Tokens {
		if !strings.EqualFold(t.Address, token) || t.Standard == "erc1155" {
			continue
		}
		if amount, ok := baseUnits(m[2], t.Decimals); ok {
			ev.Fact, ev.Contract, ev.Holder, ev.Amount = report.FactBalance, strings.ToLower(t.Address), strings.ToLower(st.ID), amount
		}
		break
	}
	return ev
}

// baseUnits is a whole-token amount ("1.5") in base units with decimals
// ("1500000000000000000" with 18), exactly; false when it has more
// fraction digits than decimals.
func baseUnits(amount string, decimals uint8) (string, bool) {
	whole, frac, _ := strings.Cut(amount, ".")
	if len(frac) > int(decimals) {
		return "", false
	}
	n := strings.TrimLeft(whole+frac+strings.Repeat("0", int(decimals)-len(frac)), "0")
	if n == "" {
		n = "0"
	}
	return n, true
}

// Input statuses.
const (
	InputOK      = "ok"      // found, with the sha256 the report records
	InputChanged = "changed" // found, with another sha256
	InputMissing = "missing" // neither at its path nor under Options.InputsDir
)

// Options tunes Verify; the zero value looks for inputs at their paths only.
type Options struct {
	// InputsDir is a folder to look in, by base name, for an input not
	// found (or changed) at the path the report records.
	InputsDir string
	// ReportDir is the folder of the report file: a relative input path
	// not found from the current folder is looked for from it too (a
	// report written beside the inputs and verified from elsewhere).
	ReportDir string
}

// Input is one of the report's inputs[] as found now.
type Input struct {
	Kind   string `json:"kind"`
	Path   string `json:"path"`             // as the report records it
	Found  string `json:"found,omitempty"`  // where it was read now
	Status string `json:"status"`           // InputOK, InputChanged, InputMissing
	SHA256 string `json:"sha256,omitempty"` // of the file found, when changed
	// Recorded is the sha256 the report records, when changed.
	Recorded string `json:"recorded_sha256,omitempty"`
	// CitedBy counts the findings whose evidence cites the input, when
	// changed: their citations may resolve while the values they cite
	// differ.
	CitedBy int `json:"cited_by,omitempty"`
	// Note says how an embedded reference table (a path starting
	// refdata.EmbeddedPrefix) was checked: against this tool's embedded
	// copy, or that the report used another edition.
	Note string `json:"note,omitempty"`
}

// Unresolved is one citation that does not point at what it says.
type Unresolved struct {
	Rule        string          `json:"rule"`
	Subject     report.Subject  `json:"subject"`
	Fingerprint string          `json:"fingerprint"`
	Evidence    report.Evidence `json:"evidence"`
	Reason      string          `json:"reason"`

	grouped bool // printed on one line with the others of its reason
}

// Result is what Verify found. Every registry, list and file citation of
// every finding is counted once in Checked, and is either Resolved or in
// Unresolved.
type Result struct {
	Report     string       `json:"report,omitempty"`
	Findings   int          `json:"findings"`
	Inputs     []Input      `json:"inputs"`
	Checked    int          `json:"checked"`
	Resolved   int          `json:"resolved"`
	Unresolved []Unresolved `json:"unresolved"`
	// InText counts the citations of Checked read from the text of path
	// evidence and from the ownership paths' steps.
	InText int `json:"in_text"`
	// Chain counts the chain citations (block, transaction) not checked:
	// all of them unless CheckChain checked them against a node, but for
	// the code citations found wrong without one (offlineChainProblem),
	// which are in Checked and Unresolved; with a node, the balance
	// citations it has no state to read.
	Chain int `json:"chain_not_checked"`
	// ExportSteps counts the ownership steps rebuilt from a transfer
	// export ("transfers FILE up to block N: ..."): not in Checked, as
	// only their file is checked (an input, present), not the holding
	// they state, which verify does not rebuild from the export.
	ExportSteps int `json:"export_steps_not_checked"`
	// ChainNote says why the chain citations were not checked, when
	// there are any: no node given, a report no node can serve
	// (ChainCheckable), or a node without the pinned block's state.
	ChainNote string `json:"chain_note,omitempty"`
	// Node is what CheckChain found of the node, nil without one.
	Node *NodeCheck `json:"node,omitempty"`

	chain []cite // the chain citations, in report order, for CheckChain
}

// fail records c as unresolved for reason; grouped, with every other
// citation of the same reason (one cause for all, such as the node being
// another chain), the text output prints them on one line.
func (r *Result) fail(c cite, reason string, grouped bool) {
	r.Unresolved = append(r.Unresolved, Unresolved{Rule: c.rule, Subject: c.subject,
		Fingerprint: c.fingerprint, Evidence: c.ev, Reason: reason, grouped: grouped})
}

// OK reports whether every input is as audited and every citation resolves.
func (r *Result) OK() bool {
	for _, in := range r.Inputs {
		if in.Status != InputOK {
			return false
		}
	}
	return len(r.Unresolved) == 0
}

// Count returns the number of inputs with status.
func (r *Result) Count(status string) int {
	n := 0
	for _, in := range r.Inputs {
		if in.Status == status {
			n++
		}
	}
	return n
}

// Verify checks rep's inputs and citations. A missing or changed file, a
// file that cannot be read and a citation pointing at nothing are all in
// the Result; nothing else can go wrong.
func Verify(rep *report.Report, opts Options) *Result {
	res := &Result{Findings: len(rep.Findings), Unresolved: []Unresolved{}}
	inputs := map[string]*Input{} // by path as recorded
	recorded := map[string]report.Input{}
	byHash := &dirHashes{dir: opts.InputsDir}
	for _, in := range rep.Inputs {
		got := findInput(in, opts.InputsDir, opts.ReportDir)
		if got.Status != InputOK && !strings.HasPrefix(in.Path, refdata.EmbeddedPrefix) {
			// an archive may hold the input elsewhere (two inputs named
			// sdn.csv from two folders, the second in a subfolder): any
			// file of the folder or its subfolders with the sha256
			// recorded is the input
			if p := byHash.find(in.SHA256); p != "" {
				got = Input{Kind: in.Kind, Path: in.Path, Found: p, Status: InputOK, Note: "found under --inputs by its sha256, as " + relTo(opts.InputsDir, p)}
			}
		}
		if got.Status == InputChanged {
			got.Recorded = in.SHA256
		}
		res.Inputs = append(res.Inputs, got)
		recorded[in.Path] = in
	}
	for i := range res.Inputs {
		inputs[res.Inputs[i].Path] = &res.Inputs[i]
	}
	for _, fd := range rep.Findings {
		counted := map[string]bool{}
		for _, ev := range fd.Evidence {
			if in := inputs[ev.File]; in != nil && in.Status == InputChanged && !counted[ev.File] {
				counted[ev.File] = true
				in.CitedBy++
			}
		}
	}

	// Gather the citations by file, to read each file once.
	regCites := map[string][]cite{}
	listCites := map[string][]cite{}
	var order []string // files in the order first cited
	add := func(m map[string][]cite, c cite) {
		res.Checked++
		if len(listCites[c.ev.File]) == 0 && len(regCites[c.ev.File]) == 0 {
			order = append(order, c.ev.File)
		}
		m[c.ev.File] = append(m[c.ev.File], c)
	}
	fail := func(c cite, reason string) { res.fail(c, reason, false) }
	var registries []string
	for _, in := range rep.Inputs {
		if in.Kind == "registry" {
			registries = append(registries, in.Path)
		}
	}
	for _, fd := range rep.Findings {
		for _, ev := range fd.Evidence {
			c := cite{rule: fd.Rule, subject: fd.Subject, fingerprint: fd.Fingerprint, ev: ev}
			switch {
			case ev.EntryID != "" || ev.List != "":
				add(listCites, c)
			case ev.File != "" && ev.Sheet != "" && ev.Row == 0:
				// A sheet cited whole, where a negative finding searched:
				// the first and last rows its text says were searched.
				// and, in a workbook or CSV, that they cover every data
				// row of the sheet (see uncovered).
				rows, why := searchedRows(ev)
				if why != "" {
					res.Checked++
					fail(c, why)
				}
				for _, row := range rows {
					c.ev.Row = row
					c.span = &searchSpan{first: rows[0], last: rows[len(rows)-1]}
					add(regCites, c)
				}
			case ev.File != "" && ev.Sheet != "":
				add(regCites, c)
			case ev.File != "":
				// A row of a transfer export: the file must be an input.
				res.Checked++
				if in := inputs[ev.File]; in == nil {
					fail(c, fmt.Sprintf("%s is not one of the report's inputs", ev.File))
				} else if in.Status == InputMissing {
					fail(c, fmt.Sprintf("%s is missing", ev.File))
				} else {
					res.Resolved++
				}
			case ev.Kind == "chain" || ev.Block != 0 || ev.TxHash != "":
				if why := offlineChainProblem(rep, c); why != "" {
					// what the citation states contradicts itself or the
					// rule: unresolved without a node
					res.Checked++
					fail(c, why)
					continue
				}
				res.Chain++
				res.chain = append(res.chain, c)
			case ev.Kind == "path":
				// A path's steps cite their rows in its text, "[FILE,
				// sheet S, row N, column C]", as registry.Origin writes them.
				for _, o := range textCitations(ev.Text, registries) {
					c.ev = report.Evidence{Kind: "path", Text: o.String(), File: o.File, Sheet: o.Sheet, Row: o.Row, Column: o.Column}
					res.InText++
					add(regCites, c)
				}
			}
		}
	}
	var owners *walletOwners // read when the first identity step needs them
	var ofMissing []cite     // identity steps whose registry input is missing
	for _, p := range rep.Ownership {
		for i, st := range p.Steps {
			if st.Source == "" {
				continue
			}
			c := cite{rule: "ownership path", subject: report.Subject{Kind: "asset", ID: p.Asset}}
			if s := parseIdentityStep(st); s != nil {
				// a wallet no row lists counted as an owner's through an
				// on-chain identity: its owner checked against the wallets
				// rows now, its identity() answers by CheckChain
				if owners == nil {
					owners = loadWalletOwners(res.Inputs)
				}
				c.ev, c.idStep = report.Evidence{Kind: "path", Text: st.Source}, s
				if why := identityStepProblem(rep, p, i, s, owners); why != "" {
					res.Checked++
					if owners.missing != "" && why == owners.why {
						// a citation of the missing file, listed after its
						// cells, which the text output names first
						c.ev.File = owners.missing
						ofMissing = append(ofMissing, c)
						continue
					}
					fail(c, why)
					continue
				}
				res.Chain++
				res.chain = append(res.chain, c)
				continue
			}
			os := textCitations(st.Source, registries)
			if len(os) == 0 && strings.HasPrefix(st.Source, "chain ") {
				res.Chain++ // a holding read at a block
				c.ev = stepHolding(rep, p, i)
				res.chain = append(res.chain, c)
				continue
			}
			if cl := claimOfStep(st.Source, st.ID, p.Asset); len(os) == 0 && st.Kind == "token" && cl != nil {
				// a token's claim of the vessel read from the chain, not
				// from a registry's claims sheet: "token contract", "token
				// tokenURI URI" (a scan without a claims sheet), read
				// again at the pinned block by CheckChain
				res.Chain++
				c.ev, c.claim = report.Evidence{Kind: "path", Text: st.Source}, cl
				res.chain = append(res.chain, c)
				continue
			}
			if file, ok := exportSource(st.Source); len(os) == 0 && ok {
				// a holding rebuilt from a transfer export ("transfers
				// FILE up to block N: ..."): its file must be an input and
				// there; the holding itself is not rebuilt (ExportSteps)
				c.ev = report.Evidence{Kind: "path", Text: st.Source}
				switch in := exportInput(res.Inputs, file); {
				case in == nil:
					res.Checked++
					fail(c, fmt.Sprintf("%s is not one of the report's transfer exports", file))
				case in.Status == InputMissing:
					res.Checked++
					fail(c, fmt.Sprintf("%s is missing", in.Path))
				default:
					res.ExportSteps++
				}
				continue
			}
			if len(os) != 1 || os[0].String() != st.Source {
				res.Checked++
				c.ev = report.Evidence{Kind: "path", Text: st.Source}
				fail(c, "not a citation of a registry input (FILE, sheet S, row N, column C)")
				continue
			}
			c.ev = report.Evidence{Kind: "path", Text: st.Source, File: os[0].File, Sheet: os[0].Sheet, Row: os[0].Row, Column: os[0].Column}
			res.InText++
			add(regCites, c)
		}
	}
	// A token's proxy record (what it runs, its slots) is read at the
	// pinned block like a proxy citation.
	for _, t := range rep.Tokens {
		if t.Proxy == nil {
			continue
		}
		res.Chain++
		res.chain = append(res.chain, cite{rule: ruleTokenProxy, subject: report.Subject{Kind: "token", ID: t.Address}, ev: proxyRecord(rep, t), proxy: t.Proxy})
	}
	if res.Chain > 0 {
		res.ChainNote = ChainCheckable(rep)
		if res.ChainNote == "" {
			res.ChainNote = "give the node with --rpc"
		}
	}
	for _, file := range order {
		in := inputs[file]
		cs := append(regCites[file], listCites[file]...)
		var why string
		switch {
		case in == nil:
			why = fmt.Sprintf("%s is not one of the report's inputs", file)
		case in.Status == InputMissing:
			why = fmt.Sprintf("%s is missing", file)
		}
		if why != "" {
			for _, c := range cs {
				fail(c, why)
			}
			continue
		}
		changed := ""
		if in.Status == InputChanged {
			changed = " (the file changed since the audit)"
		}
		found := in.Found
		if table, ok := strings.CutPrefix(found, refdata.EmbeddedPrefix); ok {
			// the embedded table itself: another edition proves nothing
			if in.Status != InputOK {
				for _, c := range cs {
					fail(c, in.Note)
				}
				continue
			}
			tmp, err := embeddedCopy(table)
			if err != nil {
				for _, c := range cs {
					fail(c, err.Error())
				}
				continue
			}
			defer report.Temporary.Forget(filepath.Dir(tmp))
			defer os.RemoveAll(filepath.Dir(tmp))
			found = tmp
		}
		if rc := regCites[file]; len(rc) > 0 {
			cites := make([]registry.Cite, len(rc))
			for k, c := range rc {
				cites[k] = registry.Cite{Sheet: c.ev.Sheet, Row: c.ev.Row, Column: c.ev.Column}
			}
			var probe *rowProbe
			if slices.ContainsFunc(rc, func(c cite) bool { return c.span != nil }) && isTable(found) {
				probe = newRowProbe(&cites, rc)
			}
			cells, err := registry.CellsAt(found, in.Path, cites)
			for k, c := range rc {
				var short string // a searched range short of the sheet's data rows
				if err == nil && probe != nil && c.span != nil {
					short = probe.uncovered(cells, c)
				}
				switch {
				case err != nil:
					fail(c, err.Error()+changed)
				case cells[k].Problem != "":
					fail(c, cells[k].Problem+changed)
				case cells[k].Empty && c.rule != rules.RuleInputRow:
					// A problem may be that the cell is empty; any other
					// finding cites what a cell says.
					what := "the cell is empty"
					if cites[k].Column == "" {
						what = "the row is empty"
					}
					fail(c, what+changed)
				case short != "":
					fail(c, short+changed)
				default:
					res.Resolved++
				}
			}
		}
		if lc := listCites[file]; len(lc) > 0 {
			checkList(res, in, recorded[file], lc, changed, fail)
		}
	}
	for _, c := range ofMissing {
		fail(c, c.ev.File+" is missing")
	}
	return res
}

// offlineChainProblem is why chain citation c of rep does not resolve
// whatever the chain holds ("" when nothing read without a node says so):
// a code citation (fact code) of a CONTRACT-* finding about another token
// than the finding's (otherToken), or whose fields or text are not what the
// scan writes (codeCitationText). CheckChain makes the same checks before
// reading the code.
func offlineChainProblem(rep *report.Report, c cite) string {
	if c.ev.Fact != report.FactCode {
		return ""
	}
	if why := otherToken(c); why != "" {
		return why
	}
	return codeCitationText(rep, c.rule, c.ev)
}

// checkList loads one list file as the audit did and checks each cited
// entry id and list date.
func checkList(res *Result, in *Input, rec report.Input, cs []cite, changed string, fail func(c cite, reason string)) {
	switch rec.Format {
	case sanctions.FormatOFACAlt:
		checkAltList(res, in, rec, cs, changed, fail)
		return
	case sanctions.FormatOFACComments:
		checkCommentsList(res, in, rec, cs, changed, fail)
		return
	}
	ix, _, err := sanctions.Load([]string{in.Found}, sanctions.Options{ListDate: rec.ListDate})
	if err != nil {
		for _, c := range cs {
			fail(c, err.Error()+changed)
		}
		return
	}
	byID := map[string][]*sanctions.Entry{}
	for _, e := range ix.Entries() {
		byID[e.EntryID] = append(byID[e.EntryID], e)
	}
	for _, c := range cs {
		ev := c.ev
		var entry *sanctions.Entry
		var lists []string
		for _, e := range byID[ev.EntryID] {
			lists = append(lists, e.List)
			if e.List == ev.List {
				entry = e
			}
		}
		switch {
		case rec.Kind != "" && rec.Kind != "sanctions":
			fail(c, fmt.Sprintf("%s is a %s input, not a sanctions list", ev.File, rec.Kind))
		case entry == nil && len(lists) > 0:
			fail(c, fmt.Sprintf("entry %s of %s is in %s, not %q", ev.EntryID, ev.File, strings.Join(lists, ", "), ev.List)+changed)
		case entry == nil:
			fail(c, fmt.Sprintf("%s has no entry %q", ev.File, ev.EntryID)+changed)
		case ev.ListDate != entry.ListDate:
			fail(c, fmt.Sprintf("list date %s, but the file's entry is dated %s", orNone(ev.ListDate), orNone(entry.ListDate))+changed)
		case rec.ListDate != "" && ev.ListDate != rec.ListDate:
			fail(c, fmt.Sprintf("list date %s, but the report's inputs give %s", orNone(ev.ListDate), rec.ListDate)+changed)
		default:
			res.Resolved++
		}
	}
}

// matchedAliasRE is the alias a match's text says it matched, as
// sanctions.Match.NameNote writes an alias an OFAC alt.csv gives: "matched
// alias PLAINFIELD HOLDINGS (a.k.a.)", "matched former name ... (f.k.a.)".
var matchedAliasRE = regexp.MustCompile(`matched (?:alias|former name|new name) (.+?) \([afn]\.k\.a\.\)`)

// checkAltList checks citations of an OFAC alt.csv, which the audit read
// into its sdn.csv and which cannot be loaded alone: the file must give
// the cited ent_num the alias the text says was matched (any alias when
// the text names none), and the citation the list date the report's
// inputs give the file.
func checkAltList(res *Result, in *Input, rec report.Input, cs []cite, changed string, fail func(c cite, reason string)) {
	names, err := sanctions.AltNames(in.Found)
	if err != nil {
		for _, c := range cs {
			fail(c, err.Error()+changed)
		}
		return
	}
	for _, c := range cs {
		ev := c.ev
		alias := ""
		if m := matchedAliasRE.FindStringSubmatch(ev.Text); m != nil {
			alias = m[1]
		}
		switch {
		case rec.Kind != "" && rec.Kind != "sanctions":
			fail(c, fmt.Sprintf("%s is a %s input, not a sanctions list", ev.File, rec.Kind))
		case ev.List != sanctions.ListOFAC:
			fail(c, fmt.Sprintf("%s is an OFAC alt.csv, not %q", ev.File, ev.List))
		case len(names[ev.EntryID]) == 0:
			fail(c, fmt.Sprintf("%s gives no alias of entry %q", ev.File, ev.EntryID)+changed)
		case alias != "" && !slices.Contains(names[ev.EntryID], alias):
			fail(c, fmt.Sprintf("%s gives entry %s no alias %q (it gives %s)", ev.File, ev.EntryID, alias, strings.Join(names[ev.EntryID], "; "))+changed)
		case ev.ListDate != rec.ListDate:
			fail(c, fmt.Sprintf("list date %s, but the report's inputs give %s", orNone(ev.ListDate), orNone(rec.ListDate))+changed)
		default:
			res.Resolved++
		}
	}
}

// matchedRemarksAliasRE is the alias a match's text says it matched, as
// sanctions.Match.NameNote writes an alias OFAC Remarks give: "matched
// weak alias EXAMPLE (weak a.k.a.)", "matched former name ... (f.k.a.)".
var matchedRemarksAliasRE = regexp.MustCompile(`matched (?:alias|former name|new name|weak alias) (.+?) \((?:weak a\.k\.a\.|[afn]\.k\.a\.)\)`)

// checkCommentsList checks citations of an OFAC sdn_comments.csv, which the
// audit read into its sdn.csv as the rest of Remarks cut at 1,000
// characters and which cannot be loaded alone: the file must have rows for
// the cited ent_num whose text, joined in file order, holds the identifier
// the evidence says was listed (an address in any case), or the alias it
// says was matched, quoted as Remarks quote aliases; and the citation the
// list date the report's inputs give the file.
func checkCommentsList(res *Result, in *Input, rec report.Input, cs []cite, changed string, fail func(c cite, reason string)) {
	texts, err := sanctions.CommentTexts(in.Found)
	if err != nil {
		for _, c := range cs {
			fail(c, err.Error()+changed)
		}
		return
	}
	for _, c := range cs {
		ev := c.ev
		text, has := texts[ev.EntryID]
		value, isID := sanctions.IdentifierInText(ev.Text)
		alias := ""
		if m := matchedRemarksAliasRE.FindStringSubmatch(ev.Text); !isID && m != nil {
			alias = m[1]
		}
		base := filepath.Base(ev.File)
		switch {
		case rec.Kind != "" && rec.Kind != "sanctions":
			fail(c, fmt.Sprintf("%s is a %s input, not a sanctions list", ev.File, rec.Kind))
		case ev.List != sanctions.ListOFAC:
			fail(c, fmt.Sprintf("%s is an OFAC sdn_comments.csv, not %q", ev.File, ev.List))
		case !has:
			fail(c, fmt.Sprintf("%s has no row of entry %s", base, ev.EntryID)+changed)
		case isID && !strings.Contains(idText(text), idText(value)):
			fail(c, fmt.Sprintf("%s gives entry %s no text containing %s", base, ev.EntryID, value)+changed)
		case alias != "" && !strings.Contains(text, "'"+alias+"'"):
			fail(c, fmt.Sprintf("%s gives entry %s no text containing '%s'", base, ev.EntryID, alias)+changed)
		case ev.ListDate != rec.ListDate:
			fail(c, fmt.Sprintf("list date %s, but the report's inputs give %s", orNone(ev.ListDate), orNone(rec.ListDate))+changed)
		default:
			res.Resolved++
		}
	}
}

// idText is s as checkCommentsList compares identifiers: without case,
// spaces, dashes, dots or slashes, as the sanctions index compares them (an
// address in any case, "HE 123456" as "HE-123456").
func idText(s string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '-' || r == '.' || r == '/' {
			return -1
		}
		return r
	}, strings.ToUpper(s))
}

// searchedRE is the rows a negative finding's evidence says it searched in
// a sheet, after "searched FILE[, sheet S], ", as internal/rules writes
// them: "rows 2–41 (40 wallet rows read): ..." or "row 2 (1 wallet row
// read): ...".
var searchedRE = regexp.MustCompile(`^(?:rows ([0-9]+)–([0-9]+)|row ([0-9]+)) \(`)

// searchedRows are the first and last rows (one when the text names one)
// that a sheet's search evidence ev says were searched, as
// internal/rules writes it: "searched FILE, sheet S, rows A–B (...)", the
// sheet left out when it is the file's base name (a CSV). Else why the
// text cannot be checked: it names no rows, names another file or sheet
// than ev cites, or rows that are not a first from 1 and a later last.
func searchedRows(ev report.Evidence) ([]int, string) {
	const noRows = "cites a sheet without a row, and its text names no rows searched (\"searched FILE, sheet S, rows A–B (...)\")"
	where := ev.File
	if ev.Sheet != "" && ev.Sheet != filepath.Base(ev.File) {
		where += ", sheet " + ev.Sheet
	}
	rest, ok := strings.CutPrefix(ev.Text, "searched "+where+", ")
	if !ok || !searchedRE.MatchString(rest) {
		if strings.HasPrefix(ev.Text, "searched ") && (strings.Contains(ev.Text, ", rows ") || strings.Contains(ev.Text, ", row ")) {
			return nil, fmt.Sprintf("its text names another file or sheet than the one it cites (%s), or no rows searched", where)
		}
		return nil, noRows
	}
	m := searchedRE.FindStringSubmatch(rest)
	var rows []int
	for _, s := range m[1:] {
		if s == "" {
			continue
		}
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || len(rows) == 1 && n <= rows[0] {
			return nil, fmt.Sprintf("its text names %s, not rows from a first to a later last", strings.TrimSuffix(m[0], " ("))
		}
		rows = append(rows, n)
	}
	return rows, ""
}

// cite is one citation with the finding (or ownership path) it backs.
type cite struct {
	rule        string
	subject     report.Subject
	fingerprint string
	ev          report.Evidence
	proxy       *report.Proxy // the token's proxy record, under ruleTokenProxy
	claim       *stepClaim    // an ownership step's claim read from the token
	idStep      *identityStep // an ownership step through an on-chain identity
	span        *searchSpan   // the rows searched, for a row of a sheet cited whole
}

// ruleTokenProxy is the rule name under which a token's proxy record
// (tokens[].proxy) is checked.
const ruleTokenProxy = "token proxy"

func orNone(date string) string {
	if date == "" {
		return "none"
	}
	return date
}

// exportSource is the file an ownership step's source names when the
// holding was rebuilt from a transfer export: "transfers FILE up to block
// N: ..." (FILE as the report's rules write it, its base name).
func exportSource(source string) (file string, ok bool) {
	rest, ok := strings.CutPrefix(source, "transfers ")
	if !ok {
		return "", false
	}
	file, _, ok = strings.Cut(rest, " up to block ")
	return file, ok && file != ""
}

// exportInput is the report's transfer-export input named file (its path
// or base name), or nil.
func exportInput(inputs []Input, file string) *Input {
	for i := range inputs {
		if in := &inputs[i]; in.Kind == "transfers" && (in.Path == file || filepath.Base(in.Path) == file) {
			return in
		}
	}
	return nil
}

// dirHashes finds a file of a folder by its sha256, hashing, once, when
// first asked, the folder's regular files and those of its subfolders down
// to hashDepth (scan --archive puts a second input of a taken name, with
// the files read beside it, into a numbered subfolder, "2/sdn.csv"). A
// symbolic link, to a file or a folder, is skipped: nothing outside the
// folder is read.
type dirHashes struct {
	dir  string
	sums map[string]string // lowercase sha256 -> path; nil until read
}

// hashDepth is how deep below the --inputs folder dirHashes looks: its
// subfolders, and theirs.
const hashDepth = 2

// find is the path of a regular file of the folder or of a subfolder
// (down to hashDepth) whose sha256 is sum, or "": the first by name of
// the folder's own files, then of each subfolder's, folders in name
// order, breadth first.
func (d *dirHashes) find(sum string) string {
	if d.dir == "" {
		return ""
	}
	if d.sums == nil {
		d.sums = map[string]string{}
		level := []string{d.dir}
		for depth := 0; depth <= hashDepth && len(level) > 0; depth++ {
			var next []string
			for _, dir := range level {
				entries, _ := os.ReadDir(dir) // by name; an unreadable folder holds nothing found
				for _, e := range entries {
					p := filepath.Join(dir, e.Name())
					switch {
					case e.Type()&fs.ModeSymlink != 0:
					case e.IsDir():
						next = append(next, p)
					case e.Type().IsRegular():
						if s, err := fileSHA256(p); err == nil {
							if _, seen := d.sums[s]; !seen {
								d.sums[s] = p
							}
						}
					}
				}
			}
			level = next
		}
	}
	return d.sums[strings.ToLower(sum)]
}

// findInput looks for a recorded input under dir by base name when a copy
// is there, else at its path and, for a relative path, from reportDir
// too, preferring the candidate whose sha256 is the recorded one. An
// embedded reference table (refdata.EmbeddedPrefix) is looked for under
// dir by its table name (the demo's inputs folder holds copies), then is
// this tool's embedded copy when that has the recorded sha256; when
// neither has it, the report used another edition, which Note says.
func findInput(in report.Input, dir, reportDir string) Input {
	got := Input{Kind: in.Kind, Path: in.Path, Status: InputMissing}
	table, embedded := strings.CutPrefix(in.Path, refdata.EmbeddedPrefix)
	// A copy under dir is the one checked when it is there (the archive
	// the user names), the recorded path only when it is not: else an
	// archived copy that was changed would pass on the original beside it.
	var candidates []string
	if dir != "" {
		if p := filepath.Join(dir, filepath.Base(table)); regularFile(p) {
			candidates = append(candidates, p)
		}
	}
	if !embedded && len(candidates) == 0 {
		candidates = append(candidates, in.Path)
		if p := filepath.Join(reportDir, in.Path); reportDir != "" && !filepath.IsAbs(in.Path) && p != filepath.Clean(in.Path) {
			candidates = append(candidates, p)
		}
	}
	for _, p := range candidates {
		sum, err := fileSHA256(p)
		if err != nil {
			continue
		}
		if strings.EqualFold(sum, in.SHA256) {
			return Input{Kind: in.Kind, Path: in.Path, Found: p, Status: InputOK}
		}
		if got.Status == InputMissing {
			got.Found, got.Status, got.SHA256 = p, InputChanged, sum
		}
	}
	if !embedded || got.Status == InputChanged {
		return got // a copy under dir that changed is not saved by the embedded one
	}
	b, ok := refdata.EmbeddedTable(table)
	if !ok {
		got.Note = fmt.Sprintf("this tool embeds no reference table %s", table)
		return got
	}
	sum := fmt.Sprintf("%x", sha256.Sum256(b))
	if strings.EqualFold(sum, in.SHA256) {
		return Input{Kind: in.Kind, Path: in.Path, Found: in.Path, Status: InputOK, Note: "resolved against this tool's embedded copy (same sha256)"}
	}
	got.Note = fmt.Sprintf("the report used another edition of %s than this tool embeds (sha256 %s); give the edition it used with --inputs", table, sum)
	if got.Status == InputMissing {
		got.Found, got.Status, got.SHA256 = in.Path, InputChanged, sum
	}
	return got
}

// embeddedCopy writes this tool's embedded table into a new temporary
// folder and returns its path, for registry.CellsAt to read; the caller
// removes the folder.
func embeddedCopy(table string) (string, error) {
	b, ok := refdata.EmbeddedTable(table)
	if !ok {
		return "", fmt.Errorf("this tool embeds no reference table %s", table)
	}
	dir, err := os.MkdirTemp("", "tokenaudit-verify-")
	if err != nil {
		return "", fmt.Errorf("copying the embedded %s to read it: %w", table, err)
	}
	report.Temporary.Add(dir) // removed on a signal too; the caller forgets it once removed
	path := filepath.Join(dir, filepath.Base(table))
	if err := os.WriteFile(path, b, 0o600); err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("copying the embedded %s to read it: %w", table, err)
	}
	return path, nil
}

// regularFile reports whether path is a regular file (following links).
func regularFile(path string) bool {
	st, err := os.Stat(path)
	return err == nil && st.Mode().IsRegular()
}

// fileSHA256 is the hex SHA-256 of the regular file at path; an error for
// anything else.
func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	// only a regular file: a device or a pipe a report names (/dev/zero)
	// might never end
	if st, err := f.Stat(); err != nil || !st.Mode().IsRegular() {
		return "", fmt.Errorf("%s: not a regular file", path)
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// textCitations are the citations of the registry files in a path's text.
func textCitations(text string, files []string) []registry.Origin {
	return registry.CitationsIn(text, files)
}

// relTo is path relative to dir when it is under it ("2/sdn.csv"), else
// path.
func relTo(dir, path string) string {
	if r, err := filepath.Rel(dir, path); err == nil && filepath.IsLocal(r) {
		return r
	}
	return path
}
