package contracts

import _ "embed"

// Multicall3Address is where Multicall3 lives on most public chains and on
// the embedded chain.
const Multicall3Address = "0xcA11bde05977b3631167028862bE2a173976CA11"

// Multicall3Runtime is the deployed (runtime) code of Multicall3.sol, hex
// without 0x, for placing at Multicall3Address in a genesis block.
//
//go:embed build/Multicall3.bin-runtime
var Multicall3Runtime string
