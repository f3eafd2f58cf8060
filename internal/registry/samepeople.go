package registry

import (
	"fmt"
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

// joinAt links record i to the records giving its address before it (at,
// in input order), as they are linked so far: to each set of them none of
// whose records there differs from i or from the records there already
// linked to i (differ(a, b)), and one of which corroborates (agree(a, b))
// one of those, through link(j, i), j that set's first record there.
// Records that differ are never in one set through this address; each
// link is corroborated.
func (s linkSets) joinAt(at []int, i int, differ, agree func(a, b int) bool, link func(j, i int)) {
	var roots []int
	sets := map[int][]int{}
	for _, j := range at {
		r := s.find(j)
		if _, ok := sets[r]; !ok {
			roots = append(roots, r)
		}
		sets[r] = append(sets[r], j)
	}
	own := s.find(i)
	mine := append([]int{i}, sets[own]...)
	for _, r := range roots {
		if r == own || !all(sets[r], mine, func(a, b int) bool { return !differ(a, b) }) ||
			all(sets[r], mine, func(a, b int) bool { return !agree(a, b) }) {
			continue
		}
		link(sets[r][0], i)
		mine = append(mine, sets[r]...)
	}
}

// all reports whether f(a, b) holds for every a of as and b of bs.
func all(as, bs []int, f func(a, b int) bool) bool {
	for _, a := range as {
		for _, b := range bs {
			if !f(a, b) {
				return false
			}
		}
	}
	return true
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
