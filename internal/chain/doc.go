// Package chain reads token state from Ethereum: the embedded chain with the
// fixture scenario, any JSON-RPC node, or an offline transfer export. Every
// read is pinned to one block and the result is a Snapshot.
package chain
