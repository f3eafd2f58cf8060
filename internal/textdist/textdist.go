// Package textdist measures how far apart two texts are, for the
// registry's and the name matcher's suggestions and checks alike.
package textdist

// Levenshtein is the number of single-character insertions, deletions and
// substitutions that turn a into b, counted in runes (characters), not bytes.
func Levenshtein(a, b string) int { return Runes([]rune(a), []rune(b)) }

// Runes is Levenshtein on texts already split into runes.
func Runes(a, b []rune) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
