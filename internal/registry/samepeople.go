package registry

// What UK PSC records (psc.go) and BODS person statements without an
// identifier (bods.go) share when records of one name and month of birth
// are taken as one person or not: how addresses are compared, which
// addresses corroborate nothing, how linked records are grouped, and how
// the records left apart are noted as possibly the same person.

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

// busyAddresses returns the address keys (see addressKey) that records of
// busyAddress different keys or more give. keys[i] is record i's name and
// month of birth ("" when it may be joined to none), addrs(i) its address
// keys. Only the addresses of records sharing their key with another
// record are counted: no other address could join anything.
func busyAddresses(keys []string, addrs func(i int) []string) map[string]bool {
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
	busy := map[string]bool{}
	for a, m := range at {
		if len(m) >= busyAddress {
			busy[a] = true
		}
	}
	return busy
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
