// Package chain reads token state from Ethereum: the embedded chain with the
// fixture scenario, any JSON-RPC node, or an offline transfer export. Every
// read is pinned to one block and the result is a Snapshot.
//
// Reading a real node: Dial bounds every request Read makes in time and
// size (over WebSocket, where go-ethereum bounds no single request, its
// Client's methods and the log queries bound each call themselves), and
// over HTTP(S) sends a request the node refuses for now (429, 502, 503,
// 504, a cut connection) again after a wait (retry.go); FilterLogs fetches logs in chunks, concurrently, shrinking a chunk on each
// refusal real providers give (the table in logs.go, verbatim) and failing
// with ErrPrunedHistory when the node cannot serve the history. When the
// backend talks JSON-RPC (it has a Client() *rpc.Client method, as
// *ethclient.Client does), Read sends eth_getLogs itself and decodes only
// the fields it uses by hand (rpclogs.go): over a connection Dial made to
// an http(s) URL, as its own POST with Dial's HTTP client, the answer
// decoded in one pass as the body is read (httplogs.go); otherwise
// (WebSocket, any other client) through the rpc.Client. Either way the
// errors are those go-ethereum's client gives. Any other backend, such as
// the embedded chain's in-process client, is queried through its own
// FilterLogs. For ERC-20 and ERC-3643 tokens the balanceOf checks of the
// holders start, at the pinned block, while later log ranges are still
// being fetched. ReadWith
// takes a progress callback for log fetching and a MetadataFetcher for
// tokenURI/contractURI documents; the package never writes to a terminal.
//
// Standards: ERC-20, ERC-721 (ERC-165), ERC-1155 (TransferSingle and
// TransferBatch, holders per id) and ERC-3643. Control: owner(), roles
// rebuilt from events, EIP-1967 implementation/admin/beacon slots, EIP-1167
// minimal proxies, owners of a ProxyAdmin contract and of a beacon,
// privileged selectors in the code, and whether each controller is a
// contract.
//
// The embedded chain can be served over HTTP (Embedded.Handler) and a plan
// can be deployed onto another node (Deploy), e.g. geth --dev.
package chain
