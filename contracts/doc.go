// Package contracts holds the Solidity sources of the token contracts used by
// the embedded chain, their compiled ABI and bytecode (build/) and the
// abigen v2 bindings generated from them. The bindings and build/ files are
// committed, so nothing here needs node or solc at test or run time.
//
// Rebuild with `go generate ./contracts` (node, npm and go needed); check
// that the committed files match a fresh build with `bash contracts/check.sh`.
package contracts

//go:generate bash build.sh
