package report

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"time"
)

// maxProblems caps the problems one validation error lists.
const maxProblems = 10

// checkFields checks the shape of a report's JSON, which must be valid
// JSON (Read decodes it first), against the Report type: every field
// without omitempty in its JSON tag is present and not null; objects,
// arrays, strings, numbers and booleans are where the type wants them.
// Fields the type does not know are skipped (a later minor version may add
// them); a key given twice in one object, or a field name in another case
// (which encoding/json would take), is a problem. Problems are named by their JSON path, such as
// "tokens[0].holders[3].balance". It scans the bytes itself, keeping
// nothing: encoding/json's Decoder.Token costs several times a full decode.
func checkFields(data []byte) error {
	w := walker{data: data, structs: map[reflect.Type]*structInfo{}}
	if err := w.value(reflect.TypeOf(Report{})); err != nil {
		return err
	}
	return problemsError(w.problems)
}

// errMalformed stops checkFields on bytes that are not JSON after all.
var errMalformed = errors.New("malformed JSON")

// walker holds the state of checkFields: the bytes and the position in
// them, the path to the value being read (formatted only when a problem is
// found) and what it knows of each struct type.
type walker struct {
	data     []byte
	pos      int
	path     []pathPart
	problems []string
	structs  map[reflect.Type]*structInfo
}

// pathPart is a field name, or an index when name is empty.
type pathPart struct {
	name  string
	index int
}

// structInfo is a struct type's JSON field names, which of them are
// required, and the field of each name.
type structInfo struct {
	names    []string
	required []bool
	index    map[string]int
}

func (w *walker) info(typ reflect.Type) *structInfo {
	if si := w.structs[typ]; si != nil {
		return si
	}
	si := &structInfo{index: map[string]int{}}
	for i := 0; i < typ.NumField(); i++ {
		name, opts, _ := strings.Cut(typ.Field(i).Tag.Get("json"), ",")
		si.index[name] = i
		si.names = append(si.names, name)
		si.required = append(si.required, !strings.Contains(opts, "omitempty"))
	}
	w.structs[typ] = si
	return si
}

// pathString writes the current path, e.g. "tokens[0].holders[3]", or
// "the report" at the top.
func (w *walker) pathString() string {
	var sb strings.Builder
	for _, p := range w.path {
		switch {
		case p.name == "":
			fmt.Fprintf(&sb, "[%d]", p.index)
		case sb.Len() > 0:
			sb.WriteString("." + p.name)
		default:
			sb.WriteString(p.name)
		}
	}
	if sb.Len() == 0 {
		return "the report"
	}
	return sb.String()
}

func (w *walker) problem(format string, args ...any) {
	w.problems = append(w.problems, w.pathString()+": "+fmt.Sprintf(format, args...))
}

func (w *walker) malformed() error {
	return fmt.Errorf("%s: %w", w.pathString(), errMalformed)
}

// next skips white space and returns the next byte without consuming it.
func (w *walker) next() (byte, error) {
	for w.pos < len(w.data) {
		switch c := w.data[w.pos]; c {
		case ' ', '\t', '\n', '\r':
			w.pos++
		default:
			return c, nil
		}
	}
	return 0, w.malformed()
}

// expect consumes c, after white space.
func (w *walker) expect(c byte) error {
	got, err := w.next()
	if err != nil {
		return err
	}
	if got != c {
		return w.malformed()
	}
	w.pos++
	return nil
}

// str reads a string and returns its value.
func (w *walker) str() (string, error) {
	if err := w.expect('"'); err != nil {
		return "", err
	}
	start, escaped := w.pos-1, false
	for ; w.pos < len(w.data); w.pos++ {
		switch w.data[w.pos] {
		case '\\':
			escaped = true
			w.pos++
		case '"':
			w.pos++
			raw := w.data[start:w.pos]
			if !escaped {
				return string(raw[1 : len(raw)-1]), nil
			}
			var v string
			if err := json.Unmarshal(raw, &v); err != nil {
				return "", w.malformed()
			}
			return v, nil
		}
	}
	return "", w.malformed()
}

// more reports whether an object or array goes on, consuming the comma
// before any but the first member, or ends, consuming the closing
// delimiter.
func (w *walker) more(first bool, end byte) (bool, error) {
	c, err := w.next()
	if err != nil {
		return false, err
	}
	switch {
	case c == end:
		w.pos++
		return false, nil
	case first:
		return true, nil
	case c == ',':
		w.pos++
		return true, nil
	}
	return false, w.malformed()
}

// value reads one JSON value, checking it against typ (nil for a value to
// skip), and adds what is wrong to w.problems. It returns an error only
// when the bytes are not JSON.
func (w *walker) value(typ reflect.Type) error {
	c, err := w.next()
	if err != nil {
		return err
	}
	var got string
	switch c {
	case '{':
		got = "an object"
	case '[':
		got = "an array"
	case '"':
		got = "a string"
	case 't', 'f':
		got = "true or false"
	case 'n':
		got = "null"
	default:
		got = "a number"
	}
	if typ != nil && typ.Kind() == reflect.Pointer { // an optional object: null or the object
		if c == 'n' {
			typ = nil
		} else {
			typ = typ.Elem()
		}
	}
	if typ != nil {
		if want := kindName(typ); got != want {
			w.problem("%s, want %s", got, want)
			typ = nil
		}
	}
	switch c {
	case '"':
		_, err := w.str()
		return err
	case '[':
		w.pos++
		var elem reflect.Type
		if typ != nil {
			elem = typ.Elem()
		}
		w.path = append(w.path, pathPart{})
		for i := 0; ; i++ {
			more, err := w.more(i == 0, ']')
			if err != nil || !more {
				w.path = w.path[:len(w.path)-1]
				return err
			}
			w.path[len(w.path)-1].index = i
			if err := w.value(elem); err != nil {
				return err
			}
		}
	case '{':
		w.pos++
		return w.object(typ)
	}
	// A number, true, false or null.
	start := w.pos
	for w.pos < len(w.data) && strings.IndexByte("+-.0123456789eEtruefalsn", w.data[w.pos]) >= 0 {
		w.pos++
	}
	if w.pos == start {
		return w.malformed()
	}
	return nil
}

// object reads the members of an object whose '{' was read, checking them
// against typ: a struct, a map, or nil for an object to skip.
func (w *walker) object(typ reflect.Type) error {
	var si *structInfo
	if typ != nil && typ.Kind() == reflect.Struct {
		si = w.info(typ)
	}
	var seen uint64          // bit i: field i was present; the report's structs have fewer than 64 fields
	var keys map[string]bool // a map's keys so far
	for first := true; ; first = false {
		more, err := w.more(first, '}')
		if err != nil {
			return err
		}
		if !more {
			break
		}
		key, err := w.str()
		if err != nil {
			return err
		}
		if err := w.expect(':'); err != nil {
			return err
		}
		var ft reflect.Type // nil: a field the type does not know, skipped
		w.path = append(w.path, pathPart{name: key})
		// A key given twice, or in another case (encoding/json matches
		// field names in any case), would let the report read differently
		// here and in other JSON readers: the last value wins here.
		switch {
		case si != nil:
			i, known := si.index[key]
			if !known {
				for _, name := range si.names {
					if strings.EqualFold(key, name) {
						w.problem("the field is %q: field names are case-sensitive", name)
					}
				}
			}
			if known {
				if seen&(1<<i) != 0 {
					w.problem("given twice")
				}
				seen |= 1 << i
				ft = typ.Field(i).Type
			}
		case typ != nil: // a map
			if keys == nil {
				keys = map[string]bool{}
			}
			if keys[key] {
				w.problem("given twice")
			}
			keys[key] = true
			ft = typ.Elem()
		}
		err = w.value(ft)
		w.path = w.path[:len(w.path)-1]
		if err != nil {
			return err
		}
	}
	if si != nil {
		for i, name := range si.names {
			if si.required[i] && seen&(1<<i) == 0 {
				w.path = append(w.path, pathPart{name: name})
				w.problem("missing")
				w.path = w.path[:len(w.path)-1]
			}
		}
	}
	return nil
}

func kindName(typ reflect.Type) string {
	switch typ.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice:
		return "an array"
	case reflect.String:
		return "a string"
	case reflect.Bool:
		return "true or false"
	}
	return "a number"
}

func problemsError(problems []string) error {
	switch {
	case len(problems) == 0:
		return nil
	case len(problems) > maxProblems:
		more := len(problems) - maxProblems
		problems = append(problems[:maxProblems:maxProblems], fmt.Sprintf("and %d more problem(s)", more))
	}
	return errors.New(strings.Join(problems, "; "))
}

var (
	fingerprintPattern = regexp.MustCompile(`^[0-9a-f]{16}$`)
	sha256Pattern      = regexp.MustCompile(`^[0-9a-f]{64}$`)
	versionPattern     = regexp.MustCompile(`^[0-9]+\.[0-9]+$`)
	roleHashPattern    = regexp.MustCompile(`^0x[0-9a-f]{64}$`)
	// alpha2Pattern is an ISO 3166-1 alpha-2 code.
	alpha2Pattern   = regexp.MustCompile(`^[A-Z]{2}$`)
	selectorPattern = regexp.MustCompile(`^0x[0-9a-f]{8}$`)
)

// Validate checks what the JSON schema (docs/report-schema.json) says of a
// report's values, and that its summary agrees with its findings: known
// severities, chain sources, entity statuses and fail_on values; amounts
// and token ids as decimal integer strings (chain evidence's too); lowercase
// 0x addresses (chain evidence's contract, holder, from and to too, and a
// token's proxy's); known chain evidence facts and proxy kinds;
// 16-hex-digit fingerprints; RFC 3339 times; shares not negative; each
// token once (diff and render key tokens by address); and
// summary.findings, by_severity and worst as Summarize counts them. Each
// problem is named by its JSON path; at most ten are listed.
func Validate(r *Report) error {
	var problems []string
	add := func(path, format string, args ...any) {
		problems = append(problems, path+": "+fmt.Sprintf(format, args...))
	}
	oneOf := func(path, value string, allowed ...string) {
		if !slices.Contains(allowed, value) {
			add(path, "%q is not one of %s", value, strings.Join(allowed, ", "))
		}
	}
	decimal := func(path, value string) {
		if !isDecimal(value) {
			add(path, "%q is not a decimal integer", value)
		}
	}
	address := func(path, value string) {
		if !isAddress(value) {
			add(path, "%q is not a lowercase 0x address of 40 hex digits", value)
		}
	}
	fraction := func(path string, value float64) {
		if value < 0 {
			add(path, "%v is negative", value)
		}
	}
	timestamp := func(path, value string) {
		if _, err := time.Parse(time.RFC3339, value); err != nil {
			add(path, "%q is not an RFC 3339 time", value)
		}
	}
	severities := make([]string, len(Severities))
	for i, s := range Severities {
		severities[i] = string(s)
	}

	if !versionPattern.MatchString(r.SchemaVersion) {
		add("schema_version", "%q is not major.minor", r.SchemaVersion)
	}
	timestamp("generated_at", r.GeneratedAt)
	oneOf("chain.source", r.Chain.Source, "embedded", "rpc", "transfers")
	if r.Chain.BlockTime != "" {
		timestamp("chain.block_time", r.Chain.BlockTime)
	}
	for i, in := range r.Inputs {
		if !sha256Pattern.MatchString(in.SHA256) {
			add(fmt.Sprintf("inputs[%d].sha256", i), "%q is not 64 lowercase hex digits", in.SHA256)
		}
	}
	oneOf("options.fail_on", r.Options.FailOn, append(severities, "none", "")...)
	fraction("options.beneficial_owner_share", r.Options.BeneficialOwnerShare)
	fraction("options.identification_share", r.Options.IdentificationShare)
	tokenAt := map[string]int{}
	for i, t := range r.Tokens {
		p := fmt.Sprintf("tokens[%d]", i)
		address(p+".address", t.Address)
		if j, dup := tokenAt[t.Address]; dup {
			add(p+".address", "%s is tokens[%d] too: a token is audited once", t.Address, j)
		} else {
			tokenAt[t.Address] = i
		}
		decimal(p+".total_supply", t.TotalSupply)
		for j, c := range t.Controllers {
			address(fmt.Sprintf("%s.controllers[%d].address", p, j), c.Address)
		}
		if x := t.Proxy; x != nil {
			oneOf(p+".proxy.kind", x.Kind, ProxyKinds...)
			// as the reader writes it: a beacon proxy is known by its
			// beacon; a clone's code reads no slot, so it has neither
			switch {
			case x.Kind == ProxyBeacon && x.Beacon == "":
				add(p+".proxy.beacon", "missing: a beacon proxy names its beacon")
			case x.Kind == ProxyEIP1167 && (x.Admin != "" || x.Beacon != ""):
				add(p+".proxy", "an eip1167 proxy (a clone, whose code reads no EIP-1967 slot) has no admin or beacon")
			}
			for _, a := range []struct{ name, value string }{{"implementation", x.Implementation}, {"admin", x.Admin}, {"beacon", x.Beacon}} {
				if a.value != "" {
					address(p+".proxy."+a.name, a.value)
				}
			}
		}
		for j, c := range t.Claims {
			fraction(fmt.Sprintf("%s.claims[%d].share", p, j), c.Share)
		}
		if t.IdentityRegistry != "" {
			address(p+".identity_registry", t.IdentityRegistry)
		}
		// A million holders: the path is formatted only for a problem.
		for j, h := range t.Holders {
			if !isAddress(h.Address) {
				address(fmt.Sprintf("%s.holders[%d].address", p, j), h.Address)
			}
			if !isDecimal(h.Balance) {
				decimal(fmt.Sprintf("%s.holders[%d].balance", p, j), h.Balance)
			}
			if h.Share < 0 {
				fraction(fmt.Sprintf("%s.holders[%d].share", p, j), h.Share)
			}
			for k, id := range h.TokenIDs {
				if !isDecimal(id) {
					decimal(fmt.Sprintf("%s.holders[%d].token_ids[%d]", p, j, k), id)
				}
			}
			if h.Identity != "" && !isAddress(h.Identity) {
				address(fmt.Sprintf("%s.holders[%d].identity", p, j), h.Identity)
			}
			if c := h.InvestorCountry; c != nil && (c.Numeric < 1 || c.Numeric > 0xffff || (c.Alpha2 != "" && !alpha2Pattern.MatchString(c.Alpha2))) {
				add(fmt.Sprintf("%s.holders[%d].investor_country", p, j), "numeric %d, alpha2 %q: want 1 to 65535 and two capital letters", c.Numeric, c.Alpha2)
			}
		}
	}
	for i, a := range r.Assets {
		fraction(fmt.Sprintf("assets[%d].claimed_share", i), a.ClaimedShare)
	}
	for i, e := range r.Entities {
		oneOf(fmt.Sprintf("entities[%d].status", i), e.Status, StatusSanctioned, StatusPossiblySanctioned, "opaque", "unknown", "clean")
	}
	for i, o := range r.Ownership {
		p := fmt.Sprintf("ownership[%d]", i)
		if o.Basis != "" { // absent from reports written before paths said it
			oneOf(p+".basis", o.Basis, "legal", "economic")
		}
		checkInterval(add, p+".", o.Low, o.High)
		for j, s := range o.Steps {
			checkInterval(add, fmt.Sprintf("%s.steps[%d].", p, j), s.Low, s.High)
		}
	}
	validateOwners(r, add)
	for i, f := range r.Findings {
		p := fmt.Sprintf("findings[%d]", i)
		oneOf(p+".severity", string(f.Severity), severities...)
		if f.Rule == "" {
			add(p+".rule", "empty")
		}
		if !fingerprintPattern.MatchString(f.Fingerprint) {
			add(p+".fingerprint", "%q is not 16 lowercase hex digits", f.Fingerprint)
		}
		for j, ev := range f.Evidence {
			q := fmt.Sprintf("%s.evidence[%d]", p, j)
			if ev.Fact != "" {
				oneOf(q+".fact", ev.Fact, ChainFacts...)
			}
			for _, a := range []struct{ name, value string }{{"contract", ev.Contract}, {"holder", ev.Holder}, {"from", ev.From}, {"to", ev.To},
				{"implementation", ev.Implementation}, {"admin", ev.Admin}, {"beacon", ev.Beacon}, {"runs", ev.Runs}, {"registry", ev.Registry},
				{"code_address", ev.CodeAddress}} {
				if a.value != "" {
					address(q+"."+a.name, a.value)
				}
			}
			for k, fn := range ev.Functions {
				if fn.Signature == "" {
					add(fmt.Sprintf("%s.functions[%d].signature", q, k), "empty")
				}
				if !selectorPattern.MatchString(fn.Selector) {
					add(fmt.Sprintf("%s.functions[%d].selector", q, k), "%q is not 0x and 8 lowercase hex digits", fn.Selector)
				}
			}
			if ev.RoleHash != "" && !roleHashPattern.MatchString(ev.RoleHash) {
				add(q+".role_hash", "%q is not 0x and 64 lowercase hex digits", ev.RoleHash)
			}
			if ev.Amount != "" {
				decimal(q+".amount", ev.Amount)
			}
			for k, id := range ev.IDs {
				decimal(fmt.Sprintf("%s.ids[%d].token_id", q, k), id.TokenID)
				decimal(fmt.Sprintf("%s.ids[%d].amount", q, k), id.Amount)
			}
		}
	}

	sum := Summarize(r.Findings)
	if r.Summary.Findings != sum.Findings {
		add("summary.findings", "%d, but findings has %d", r.Summary.Findings, sum.Findings)
	}
	for _, s := range severities {
		if got, ok := r.Summary.BySeverity[s]; !ok {
			add("summary.by_severity."+s, "missing")
		} else if got != sum.BySeverity[s] {
			add("summary.by_severity."+s, "%d, but findings has %d", got, sum.BySeverity[s])
		}
	}
	for _, s := range slices.Sorted(maps.Keys(r.Summary.BySeverity)) {
		if !slices.Contains(severities, s) {
			add("summary.by_severity", "unknown severity %q", s)
		}
	}
	if r.Summary.Worst != sum.Worst {
		add("summary.worst", "%q, but the worst finding is %q", r.Summary.Worst, sum.Worst)
	}
	return problemsError(problems)
}

// isDecimal reports whether s is a non-negative decimal integer.
func isDecimal(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isAddress reports whether s is a lowercase 0x address of 40 hex digits.
func isAddress(s string) bool {
	return len(s) == 42 && isHex(s) && strings.ToLower(s) == s
}
