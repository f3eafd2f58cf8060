package registry

import (
	"fmt"
	"sort"
	"strings"
)

// What UK PSC records (psc.go) and BODS person statements without an
// identifier (bods.go) share when records of one name and month of birth
// are taken as one person or not: how addresses are compared, which
// addresses corroborate nothing (an agent's) and which only with a detail
// more that agrees (a shared office's), how linked records are grouped,
// and how the records left apart are noted as possibly the same person.

// addressKey is an address as compared: its letters and digits in lower
// case, nothing else ("Unit 2, 1 Dock Road, HU1 1AA" and "UNIT 2 1 DOCK
// ROAD HU11AA" agree); "" when it has none.
func addressKey(address string) string { return foldName(address) }

// busyAddress is the number of different names and months of birth among
// the records that may be joined from which an address is an agent's or a
// shared office's, and corroborates nothing: formation agents' and
// accountants' addresses serve thousands of companies, whose owners of a
// common name and month would otherwise be joined there.
const busyAddress = 10

// addressUse is, for each address key (see addressKey) that may join
// records, the number of different names and months of birth among the
// records that give it, counted up to busyAddress.
type addressUse map[string]int

// busy reports whether address key k is an agent's: it joins nothing.
func (u addressUse) busy(k string) bool { return u[k] >= busyAddress }

// shared reports whether address key k is given by records of another
// name or month too (and is not busy): a small shared office's, an
// accountant's or a family's, where two records of one name and month are
// one person's only when more than the address says so (see corroborates).
func (u addressUse) shared(k string) bool { return u[k] >= 2 && u[k] < busyAddress }

// others is the number of other names and months of birth giving k.
func (u addressUse) others(k string) int { return u[k] - 1 }

// addressUses counts the names and months of birth giving each address.
// keys[i] is record i's name and month of birth ("" when it may be joined
// to none), addrs(i) its address keys. Only the addresses of records
// sharing their key with another record are counted: no other address
// could join anything.
func addressUses(keys []string, addrs func(i int) []string) addressUse {
	n := map[string]int{}
	for _, k := range keys {
		if k != "" {
			n[k]++
		}
	}
	at := map[string]map[string]bool{}
	for i, k := range keys {
		if n[k] > 1 {
			for _, a := range addrs(i) {
				if a != "" {
					at[a] = map[string]bool{}
				}
			}
		}
	}
	for i, k := range keys {
		if k == "" {
			continue
		}
		for _, a := range addrs(i) {
			if m, ok := at[a]; ok && len(m) < busyAddress {
				m[k] = true
			}
		}
	}
	use := addressUse{}
	for a, m := range at {
		use[a] = len(m)
	}
	return use
}

// detail is one detail two records of one name and month of birth give, as
// written (a, b: "" when not given) and as compared (ka, kb).
type detail struct{ what, a, b, ka, kb string }

// newDetail is a detail compared as key makes it.
func newDetail(what, a, b string, key func(string) string) detail {
	return detail{what, strings.TrimSpace(a), strings.TrimSpace(b), key(a), key(b)}
}

// corroborates says why two records of one name and month of birth at a
// shared address (see addressUse.shared) are not taken as one person's:
// a detail both give that differs (contradict or agree), or no detail of
// agree that both give alike ("no nationality or country of residence
// given by both alike"). It is "" when they are taken as one: none
// differs and one of agree is the same. At a shared office the address is
// the office's, not the person's, so it cannot stand in for the
// identifier the registers lack on its own.
func corroborates(contradict, agree []detail) string {
	if why := differs(contradict, agree); why != "" {
		return why
	}
	var what []string
	for _, d := range agree {
		if d.ka != "" && d.ka == d.kb {
			return ""
		}
		what = append(what, d.what)
	}
	return "no " + strings.Join(what, " or ") + " given by both alike"
}

// linkSets groups records 0..n-1 linked to each other, directly or
// through others (a union-find).
type linkSets []int

func newLinkSets(n int) linkSets {
	s := make(linkSets, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func (s linkSets) find(i int) int {
	for s[i] != i {
		s[i] = s[s[i]]
		i = s[i]
	}
	return i
}

// link puts i and j in one set.
func (s linkSets) link(i, j int) { s[s.find(j)] = s.find(i) }

// differs names the first detail of ds both records give that differs
// ("nationality GB and PL"), "" when none does.
func differs(ds ...[]detail) string {
	for _, ds := range ds {
		for _, d := range ds {
			if d.ka != "" && d.kb != "" && d.ka != d.kb {
				return fmt.Sprintf("%s %s and %s", d.what, d.a, d.b)
			}
		}
	}
	return ""
}

// joinAt links record i to the records giving its address before it (at
// holds them: the address's sets, as joinAt left them), as they are linked
// so far: to each set of them none of whose records there differs from i
// or from the records there already linked to i, and one of which
// corroborates one of those, through link(j, i), j that set's first record
// there. keys(a) are the details record a gives as compared (detail.ka, ""
// when not given): those that must not differ, then those of which one
// must agree (from agreeFrom on; see detailKeys). i is then one of the
// records at the address. Records that differ are never in one set through
// this address; each link is corroborated.
//
// Sets are compared by what their records give of each detail, not
// record by record: two sets hold records that differ exactly when a
// detail both give has two values among them, and then records of the two
// agree exactly when an agree detail has one value in both. And the sets
// of an address are kept between calls, merged when links made elsewhere
// (another address, a company) joined them. So a record costs the sets at
// its address, not their records nor their pairs (10,000 records of one
// name at a few shared addresses took minutes pair by pair, and 40,000 at
// one office 12 s record by record).
func (s linkSets) joinAt(at *addressSets, i int, keys func(a int) (keys []string, agreeFrom int), link func(j, i int)) {
	at.settle(s)
	own := s.find(i)
	mine := &givenSet{}
	k, agreeFrom := keys(i)
	mine.add(k)
	if g := at.sets[own]; g != nil {
		mine.merge(g)
	}
	for _, r := range at.roots {
		g := at.sets[r]
		if r == own || g.differs(mine) || !g.agrees(mine, agreeFrom) {
			continue
		}
		link(g.first, i)
		mine.merge(g)
	}
	at.take(s, i, keys)
}

// addressSets are the records at one address that joinAt has seen, as
// sets of records linked so far, by their root (linkSets.find), each with
// what its records there give, in the order of their first record there.
type addressSets struct {
	roots []int
	sets  map[int]*givenSet
}

// setsAt returns the sets m keeps of the address of key k, made from the
// records at it so far (at, in input order) on the first call.
func setsAt(m map[string]*addressSets, k string, at []int, s linkSets, keys func(a int) (keys []string, agreeFrom int)) *addressSets {
	if m[k] == nil {
		m[k] = &addressSets{sets: map[int]*givenSet{}}
		for _, j := range at {
			m[k].take(s, j, keys)
		}
	}
	return m[k]
}

// take counts record i, a record at the address after those taken before,
// in its set.
func (at *addressSets) take(s linkSets, i int, keys func(a int) (keys []string, agreeFrom int)) {
	at.settle(s)
	r := s.find(i)
	if at.sets[r] == nil {
		at.sets[r] = &givenSet{first: i}
		at.roots = append(at.roots, r)
	}
	k, _ := keys(i)
	at.sets[r].add(k)
}

// settle merges the sets that links made since (here or elsewhere) put
// under one root, keeping the order of their first records.
func (at *addressSets) settle(s linkSets) {
	moved := false
	for _, r := range at.roots {
		if s.find(r) != r {
			moved = true
			break
		}
	}
	if !moved {
		return
	}
	roots := at.roots[:0:0]
	sets := make(map[int]*givenSet, len(at.sets))
	for _, r := range at.roots {
		g, nr := at.sets[r], s.find(r)
		if h := sets[nr]; h != nil {
			h.merge(g)
			h.first = min(h.first, g.first)
			continue
		}
		sets[nr] = g
		roots = append(roots, nr)
	}
	sort.Slice(roots, func(a, b int) bool { return sets[roots[a]].first < sets[roots[b]].first })
	at.roots, at.sets = roots, sets
}

// givenSet is what records linked together give of each compared detail:
// its one value, or that they give several (many); v "" when none gives it.
type givenSet struct {
	first  int // the first record of the set at the address
	values []givenValue
}

type givenValue struct {
	v    string
	many bool
}

// add counts the details one record gives (keys as joinAt takes them).
func (g *givenSet) add(keys []string) {
	if g.values == nil {
		g.values = make([]givenValue, len(keys))
	}
	for d, k := range keys {
		switch x := &g.values[d]; {
		case k == "":
		case x.v == "":
			x.v = k
		case x.v != k:
			x.many = true
		}
	}
}

// merge counts what the records of h give in g.
func (g *givenSet) merge(h *givenSet) {
	if g.values == nil {
		g.values = make([]givenValue, len(h.values))
	}
	for d, y := range h.values {
		switch x := &g.values[d]; {
		case y.v == "":
		case x.v == "":
			*x = y
		case x.v != y.v || y.many:
			x.many = true
		}
	}
}

// differs reports whether a record of g and one of h give a detail that
// differs: a detail both sets give with two values among them.
func (g *givenSet) differs(h *givenSet) bool {
	for d, x := range g.values {
		if d >= len(h.values) {
			break
		}
		y := h.values[d]
		if x.v != "" && y.v != "" && (x.many || y.many || x.v != y.v) {
			return true
		}
	}
	return false
}

// agrees reports whether, when g and h do not differ, a record of g and
// one of h give an agree detail (from agreeFrom on) alike.
func (g *givenSet) agrees(h *givenSet, agreeFrom int) bool {
	for d := agreeFrom; d < len(g.values) && d < len(h.values); d++ {
		if x, y := g.values[d], h.values[d]; x.v != "" && x.v == y.v {
			return true
		}
	}
	return false
}

// detailKeys are the keys joinAt compares of the details one record gives,
// from the details compared of the record with itself (contradict, then
// agree), and where the agree details start.
func detailKeys(contradict, agree []detail) ([]string, int) {
	keys := make([]string, 0, len(contradict)+len(agree))
	for _, d := range contradict {
		keys = append(keys, d.ka)
	}
	for _, d := range agree {
		keys = append(keys, d.ka)
	}
	return keys, len(contradict)
}

// sets lists the sets, each in increasing order, in the order of their
// first record.
func (s linkSets) sets() [][]int {
	at := map[int]int{}
	var out [][]int
	for i := range s {
		r := s.find(i)
		k, ok := at[r]
		if !ok {
			k = len(out)
			at[r] = k
			out = append(out, nil)
		}
		out[k] = append(out[k], i)
	}
	return out
}

// maxPossible bounds the records listed as possibly the same person (a
// common name may have hundreds); Possible.More counts the rest.
const maxPossible = 5

// notePossible sets the Possible of each person of reps (indexes in
// l.reg.People, one for each person of one name and month of birth that
// was not joined to the others, in input order): the other persons, up to
// maxPossible in input order, each with why(a, b) person reps[b] was not
// joined to person reps[a], and the rest counted (a common name's persons
// are not all gone through).
func (l *loader) notePossible(reps []int, why func(a, b int) string) {
	if len(reps) < 2 {
		return
	}
	for a, i := range reps {
		p := &l.reg.People[i]
		p.Possible = &Possible{}
		for b, j := range reps {
			if a == b {
				continue
			}
			if len(p.Possible.Records) == maxPossible {
				p.Possible.More = len(reps) - 1 - maxPossible
				break
			}
			q := l.reg.People[j]
			p.Possible.Records = append(p.Possible.Records, PossibleRecord{PersonID: q.ID, Origin: q.Origin, Why: why(a, b)})
		}
	}
}

// dropJoined removes the people alias maps to another person (joined to
// it) from the registry and the id index.
func (l *loader) dropJoined(alias map[string]string) {
	people := l.reg.People[:0]
	for _, p := range l.reg.People {
		if _, joined := alias[p.ID]; !joined {
			people = append(people, p)
		}
	}
	clear(l.reg.People[len(people):])
	l.reg.People = people
	clear(l.people)
	for i, p := range people {
		l.people[p.ID] = i
	}
}
