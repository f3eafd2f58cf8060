package registry

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// pscPeopleFile is a synthetic PSC snapshot for BenchmarkPSCSamePeople:
// its path, and the true person of each line (truth[line-1]; -1 for the
// totals line).
type pscPeopleFile struct {
	path  string
	truth []int
	alike map[int]bool // the planted strangers whose every detail is alike
}

// generatePSCPeople writes about n individual PSC records of people drawn
// from a small pool of names (40 forenames, 5 middle names or none, 40
// surnames) born 1950-1989, so that strangers of one name and month are
// common: most with one record at an address of their own, at one of 20,000
// small offices or at one of 20 agents' addresses (busy); one in ten
// holding 2-3 companies at one address, one record in five of those not
// giving the nationality or the country of residence; and planted pairs
// of strangers of one name and month at one small office: of other
// nationalities, one giving neither nationality nor residence, or both
// British and living in England (nothing the register gives tells those
// apart). With unique, each name ends with its person's number, so that
// no two people share one (the baseline: no records to compare).
func generatePSCPeople(path string, n int, unique bool) (pscPeopleFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return pscPeopleFile{}, err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	r := rand.New(rand.NewPCG(1, 2))
	fore := strings.Fields("James John Robert Michael David William Richard Joseph Thomas Charles Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Daniel Matthew Anthony Mark Paul Steven Andrew Joshua Kevin Brian Emma Olivia Sophie Amelia Grace Ruth Helen Anna Laura Claire")
	middle := []string{"", "Paul", "Anne", "James", "Marie"}
	sur := strings.Fields("Smith Jones Taylor Brown Williams Wilson Johnson Davies Robinson Wright Thompson Evans Walker White Roberts Green Hall Wood Jackson Clarke Patel Khan Lewis James Phillips Mason Mitchell Rose Davis Rodriguez Cox Alexander Morgan Moore Martin Price Allen Scott Hughes Baker")
	type who struct {
		name, nationality, residence, address string
		month, year                           int
	}
	var truth []int
	alike := map[int]bool{}
	rec := 0
	write := func(person int, p who) {
		rec++
		name := p.name
		if unique {
			name += fmt.Sprintf(" N%d", person)
		}
		nat, res := "", ""
		if p.nationality != "" {
			nat = fmt.Sprintf(`"nationality":%q,`, p.nationality)
		}
		if p.residence != "" {
			res = fmt.Sprintf(`"country_of_residence":%q,`, p.residence)
		}
		a := strings.SplitN(p.address, "|", 3) // premises, line 1, postal code
		fmt.Fprintf(w, `{"company_number":"%08d","data":{"address":{"address_line_1":%q,"country":"England","locality":"Leeds","postal_code":%q,"premises":%q},%s"date_of_birth":{"month":%d,"year":%d},"kind":"individual-person-with-significant-control","links":{"self":"/company/%08d/persons-with-significant-control/individual/r%07d"},"name":%q,%s"natures_of_control":["ownership-of-shares-25-to-50-percent"],"notified_on":"2021-12-13"}}`+"\n",
			rec, a[1], a[2], a[0], res, p.month, p.year, rec, rec, name, nat)
		truth = append(truth, person)
	}
	pick := func(s []string) string { return s[r.IntN(len(s))] }
	newWho := func() who {
		m := pick(middle)
		p := who{name: strings.Join(strings.Fields(pick(fore)+" "+m+" "+pick(sur)), " "), nationality: "British", residence: "England",
			month: 1 + r.IntN(12), year: 1950 + r.IntN(40)}
		if r.IntN(10) == 0 {
			p.nationality, p.residence = pick([]string{"Irish", "Polish", "Indian", "French", "Nigerian"}), pick([]string{"England", "Wales", "Ireland"})
		}
		return p
	}
	office := func(i int) string { return fmt.Sprintf("Suite %d|%d Office Park|LS%d %dAB", 1+i%7, i, 1+i%30, i%10) }
	for person := 0; rec < n; person++ {
		p := newWho()
		switch k := r.IntN(100); {
		case person%200 == 0: // a planted pair of strangers at a small office
			o := office(r.IntN(20000))
			p.address = o
			q := p
			switch person / 200 % 3 {
			case 0:
				q.nationality = "Polish"
			case 1:
				q.nationality, q.residence = "", ""
			}
			if q == p { // of one foreign nationality already, or case 2
				alike[person], alike[person+1] = true, true
			}
			write(person, p)
			person++
			write(person, q)
		case k < 10: // one person, 2-3 companies, one address
			if r.IntN(2) == 0 {
				p.address = office(r.IntN(20000))
			} else {
				p.address = fmt.Sprintf("%d|Home Lane|HM%d 1AA", person, person)
			}
			for range 2 + r.IntN(2) {
				q := p
				if r.IntN(5) == 0 {
					if r.IntN(2) == 0 {
						q.nationality = ""
					} else {
						q.residence = ""
					}
				}
				write(person, q)
			}
		case k < 55:
			p.address = fmt.Sprintf("%d|Home Lane|HM%d 1AA", person, person)
			write(person, p)
		case k < 90:
			p.address = office(r.IntN(20000))
			write(person, p)
		default:
			p.address = fmt.Sprintf("1|Agent Row %d|AG%d 1AA", k%20, k%20)
			write(person, p)
		}
	}
	fmt.Fprintln(w, `{"data":{"kind":"totals#persons-of-significant-control-snapshot"}}`)
	truth = append(truth, -1)
	if err := w.Flush(); err != nil {
		f.Close()
		return pscPeopleFile{}, err
	}
	return pscPeopleFile{path, truth, alike}, f.Close()
}

// joinErrors counts, in reg loaded from file, the people whose records are
// of two true people or more (wrongly joined; alike of them planted
// strangers whose every detail is alike), and the true people of two
// records or more whose records are not one person (left apart).
func (file pscPeopleFile) joinErrors(reg *Registry) (wrong, alike, apart int) {
	records := map[int]int{}
	for _, t := range file.truth {
		if t >= 0 {
			records[t]++
		}
	}
	people := map[int]int{} // true person -> loaded people holding records of it
	for _, p := range reg.People {
		rows := []int{p.Origin.Row}
		if p.SameAs != nil {
			for _, o := range p.SameAs.Records {
				rows = append(rows, o.Row)
			}
		}
		seen := map[int]bool{}
		for _, row := range rows {
			seen[file.truth[row-1]] = true
		}
		if len(seen) > 1 {
			wrong++
			all := true
			for t := range seen {
				all = all && file.alike[t]
			}
			if all {
				alike++
			}
		}
		for t := range seen {
			people[t]++
		}
	}
	for t, n := range records {
		if n > 1 && people[t] > 1 {
			apart++
		}
	}
	return wrong, alike, apart
}

// BenchmarkPSCSamePeople loads a synthetic PSC snapshot of
// REGISTRY_BENCH_PSC_PEOPLE records (default 200,000; see
// generatePSCPeople) and reports the people wrongly joined (records of
// strangers made one), the people left apart (a person's records not
// joined), and the load time against the same records with every name
// made unique (no one to compare: the baseline), measured in the same run.
//
//	go test -run '^$' -bench BenchmarkPSCSamePeople -benchtime 3x ./internal/registry
func BenchmarkPSCSamePeople(b *testing.B) {
	n := benchSize("REGISTRY_BENCH_PSC_PEOPLE", 200_000)
	dir := b.TempDir()
	file, err := generatePSCPeople(filepath.Join(dir, "people.jsonl"), n, false)
	if err != nil {
		b.Fatal(err)
	}
	base, err := generatePSCPeople(filepath.Join(dir, "unique.jsonl"), n, true)
	if err != nil {
		b.Fatal(err)
	}
	var same, unique time.Duration
	var reg *Registry
	for i := 0; i < b.N; i++ {
		start := time.Now()
		u, err := Load([]string{base.path}, Options{})
		if err != nil || len(u.Problems) != 0 {
			b.Fatal(err, firstN(u.Problems, 5))
		}
		unique += time.Since(start)
		start = time.Now()
		reg, err = Load([]string{file.path}, Options{})
		if err != nil || len(reg.Problems) != 0 {
			b.Fatal(err, firstN(reg.Problems, 5))
		}
		same += time.Since(start)
	}
	wrong, alike, apart := file.joinErrors(reg)
	joined, possible := 0, 0
	for _, p := range reg.People {
		if p.SameAs != nil {
			joined++
		}
		if p.Possible != nil {
			possible++
		}
	}
	b.ReportMetric(float64(wrong), "wrongly-joined")
	b.ReportMetric(float64(apart), "left-apart")
	b.Logf("%d records, %d people (%d joined from several records, %d with possible doubles): %d wrongly joined (%d of them planted strangers alike in every detail, of %d such pairs), %d left apart; load %v, names unique %v, ratio %.2f",
		len(file.truth)-1, len(reg.People), joined, possible, wrong, alike, len(file.alike)/2, apart, (same / time.Duration(b.N)).Round(time.Millisecond),
		(unique / time.Duration(b.N)).Round(time.Millisecond), same.Seconds()/unique.Seconds())
}

// TestJoinAtAsPairs: joinAt, comparing the sets at an address by what
// their records give, links exactly what comparing their records pair by
// pair links (the rule of 6952989): random records of five details (three
// that must not differ, two of which one must agree), each given or not
// with one of two values, some linked beforehand and some meanwhile (the
// sets kept between records must follow), joined one by one at one shared
// address.
func TestJoinAtAsPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const agreeFrom = 3
	for round := range 3000 {
		n := 2 + r.IntN(12)
		keys := make([][]string, n)
		for i := range keys {
			keys[i] = make([]string, 5)
			for d := range keys[i] {
				keys[i][d] = []string{"", "", "x", "y"}[r.IntN(4)]
			}
		}
		differ := func(a, b int) bool {
			for d := range keys[a] {
				if ka, kb := keys[a][d], keys[b][d]; ka != "" && kb != "" && ka != kb {
					return true
				}
			}
			return false
		}
		agree := func(a, b int) bool {
			if differ(a, b) {
				return false
			}
			for d := agreeFrom; d < len(keys[a]); d++ {
				if keys[a][d] != "" && keys[a][d] == keys[b][d] {
					return true
				}
			}
			return false
		}
		got, want := newLinkSets(n), newLinkSets(n)
		for range r.IntN(3) { // linked beforehand (a company, another address)
			a, b := r.IntN(n), r.IntN(n)
			got.link(a, b)
			want.link(a, b)
		}
		var gotLinks, wantLinks [][2]int
		keyOf := func(a int) ([]string, int) { return keys[a], agreeFrom }
		sets := &addressSets{sets: map[int]*givenSet{}}
		sets.take(got, 0, keyOf)
		for i := 1; i < n; i++ {
			at := make([]int, i)
			for j := range at {
				at[j] = j
			}
			if r.IntN(4) == 0 { // linked meanwhile (another address, a company)
				a, b := r.IntN(n), r.IntN(n)
				got.link(a, b)
				want.link(a, b)
			}
			got.joinAt(sets, i, keyOf, func(j, i int) {
				gotLinks = append(gotLinks, [2]int{j, i})
				got.link(j, i)
			})
			pairJoinAt(want, at, i, differ, agree, func(j, i int) {
				wantLinks = append(wantLinks, [2]int{j, i})
				want.link(j, i)
			})
		}
		if fmt.Sprint(gotLinks) != fmt.Sprint(wantLinks) {
			t.Fatalf("round %d, records %v: linked %v, pair by pair %v", round, keys, gotLinks, wantLinks)
		}
	}
}

// pairJoinAt is joinAt as 6952989 wrote it, record pair by record pair:
// the reference TestJoinAtAsPairs holds it to.
func pairJoinAt(s linkSets, at []int, i int, differ, agree func(a, b int) bool, link func(j, i int)) {
	all := func(as, bs []int, f func(a, b int) bool) bool {
		for _, a := range as {
			for _, b := range bs {
				if !f(a, b) {
					return false
				}
			}
		}
		return true
	}
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

// writeOneNameAtOffices writes a PSC snapshot of n records of one name and
// month of birth at 9 small offices (each shared with one other person),
// half giving no nationality and half no residence, every third another
// nationality: the records link into a few large sets at each office.
func writeOneNameAtOffices(path string, n int, unique bool) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	rec := 0
	line := func(name, nat, res, addr string) {
		rec++
		natS, resS := "", ""
		if nat != "" {
			natS = fmt.Sprintf(`"nationality":%q,`, nat)
		}
		if res != "" {
			resS = fmt.Sprintf(`"country_of_residence":%q,`, res)
		}
		fmt.Fprintf(w, `{"company_number":"%08d","data":{"address":{"address_line_1":%q,"country":"England","locality":"Leeds","postal_code":"LS1 1AA","premises":"1"},%s"date_of_birth":{"month":1,"year":1980},"kind":"individual-person-with-significant-control","links":{"self":"/company/%08d/persons-with-significant-control/individual/r%07d"},"name":%q,%s"natures_of_control":["ownership-of-shares-25-to-50-percent"],"notified_on":"2021-12-13"}}`+"\n",
			rec, addr, resS, rec, rec, name, natS)
	}
	nats := []string{"British", "Irish", "Polish", "French", "Indian"}
	for a := range 9 {
		line("Other Person", "British", "England", fmt.Sprintf("Office %d", a))
	}
	for i := range n {
		nat, res := "British", "England"
		if i%2 == 0 {
			nat = ""
		} else {
			res = ""
		}
		if i%3 == 0 {
			nat = nats[i%len(nats)]
		}
		name := "John Smith"
		if unique {
			name += fmt.Sprintf(" N%d", i)
		}
		line(name, nat, res, fmt.Sprintf("Office %d", i%9))
	}
	fmt.Fprintln(w, `{"data":{"kind":"totals#persons-of-significant-control-snapshot"}}`)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// BenchmarkPSCOneNameAtOffices loads 10,000 records of one name at 9 small
// offices (writeOneNameAtOffices) and reports the load time against the
// same records with unique names. Comparing the records at an office pair
// by pair, 8,000 of them took 281 s, and 2,000 73-82x the unique names;
// by set (joinAt), 0.24 s and 1.1-1.4x.
func BenchmarkPSCOneNameAtOffices(b *testing.B) {
	n := benchSize("REGISTRY_BENCH_ONE_NAME", 10_000)
	dir := b.TempDir()
	same, unique := filepath.Join(dir, "same.jsonl"), filepath.Join(dir, "unique.jsonl")
	if err := writeOneNameAtOffices(same, n, false); err != nil {
		b.Fatal(err)
	}
	if err := writeOneNameAtOffices(unique, n, true); err != nil {
		b.Fatal(err)
	}
	var tSame, tUnique time.Duration
	for i := 0; i < b.N; i++ {
		start := time.Now()
		if _, err := Load([]string{unique}, Options{}); err != nil {
			b.Fatal(err)
		}
		tUnique += time.Since(start)
		start = time.Now()
		if _, err := Load([]string{same}, Options{}); err != nil {
			b.Fatal(err)
		}
		tSame += time.Since(start)
	}
	b.ReportMetric(tSame.Seconds()/tUnique.Seconds(), "one-name/unique")
}
