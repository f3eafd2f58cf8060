package sanctions

import (
	"math/rand/v2"
	"testing"
)

// TestFirstTerms: firstTerms gives firstTermAt of every term, for names of
// few terms (compared pair by pair) and of many (through a set), with terms
// repeated or not, reusing its buffers across names.
func TestFirstTerms(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var first []bool
	seen := map[int32]bool{}
	for _, n := range []int{0, 1, 2, 5, 63, 64, 65, 200, 3000} {
		for _, distinct := range []int{1, 3, n/2 + 1, n + 1} {
			nts := make([]nameTerm, n)
			for i := range nts {
				nts[i].tid = int32(rng.IntN(distinct))
			}
			first = firstTerms(nts, first, seen)
			if len(first) != n {
				t.Fatalf("%d terms: %d answers", n, len(first))
			}
			for k := range nts {
				if first[k] != firstTermAt(nts, k) {
					t.Fatalf("%d terms of %d distinct: term %d first %v, firstTermAt %v", n, distinct, k, first[k], firstTermAt(nts, k))
				}
			}
		}
	}
}
