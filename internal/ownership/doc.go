// Package ownership is the ownership graph of an audit: wallets, tokens,
// companies, people and arrangements, joined by edges "owner holds a share
// of owned", each share an interval (an unknown share is [0, 1]), closed
// unless its upper bound is excluded (registry.Share.HighOpen): a person
// owning a company that declared "no beneficial owners" holds [0, 25%) of
// it, and products and sums that include such a bound exclude theirs too.
//
// It answers, for one target (a token, a vessel's registered owner, a
// company): how much each party above it holds effectively (shares
// multiplied along paths and added across paths; both the simple-paths
// value and the geometric-series value through cycles), whether a person is
// a beneficial owner at a threshold (is, is not, or undeterminable from the
// data), how much of the target reaches no natural person (opaque share),
// which ownership paths lead up to its ultimate owners, and what two
// parties would hold were they one (Together: two records that may be one
// person, a holding both state counted once). Globally it
// finds circular ownership (Tarjan's strongly connected components) and
// spreads the OFAC 50% rule to a fixed point.
//
// All work is bounded: no recursion over the graph's size, cycles are
// iterated to a fixed point with a cap, and path enumeration stops at a
// cap that the result reports.
package ownership
