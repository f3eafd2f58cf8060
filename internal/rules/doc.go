// Package rules turns the facts of an audit (chain snapshot, registries,
// sanctions lists, reference data) into findings: one function per rule of
// the catalogue in the product brief, grouped in one file per family
// (sanctions, asset, holder, ownership, vessel, contract, input). Rules
// never read files, print or dial a node; the same facts give the same
// findings, in the same order, with the same fingerprints.
//
// Chains. A tokenised vessel is one claimed by an audited token, in the
// claims sheet or in the token's own contract or metadata (the same claim
// seen in both places counts once; the sheet's share wins, a token's own
// claim counts 100%). Its legal chain is the look-through from its
// registered owner upward; each token's economic chain is the look-through
// from the token through its holders' wallets (wallets sheet) upward; a
// wallet no wallets row names a holder of, which an ERC-3643 token's
// identity registry gives the on-chain identity of wallets of one known
// owner, is that owner's (identityjoin.go: not when the identity's
// wallets are different owners', HOLDER-IDENTITY-MISMATCH). The
// sanctions-owner, 50% and OWN-* rules look at the companies and people in
// these chains; OWN-OVER-100 and the two OWN-DECLARED-* rules look at every
// company of the registry (they judge the input's own consistency).
//
// Declared indirect shares (BODS). The look-through of the owned company
// gives the declaring party's share through other companies (its total
// less its direct edges), an interval whose upper bound may be excluded (a
// company declaring "no beneficial owners" keeps each person's direct share
// of it under 25%). A declaration outside it is OWN-DECLARED-INCONSISTENT;
// one equal to an end of a non-trivial interval is OWN-DECLARED-BOUNDARY
// (info: "only consistent if the intermediaries are 100% owned").
//
// Subjects and fingerprint keys (report.Fingerprint(rule, subject, key)):
//
//	SANC-WALLET               wallet     list:entry id
//	SANC-VESSEL               vessel     list:entry id
//	SANC-OWNER                company/person  list:entry id
//	SANC-50                   company    "50:" + sorted blocked owner ids
//	ASSET-UNKNOWN             vessel (claimed IMO)   "unknown"
//	ASSET-IMO-INVALID         vessel (registry key or claimed IMO)  "imo"
//	ASSET-OWNER-MISMATCH      vessel     token/issuer
//	ASSET-OVERCLAIMED         vessel     "overclaimed"
//	ASSET-METADATA-MISMATCH   vessel     token/token id/field
//	HOLDER-UNIDENTIFIED       wallet     token
//	HOLDER-CONCENTRATION      wallet, or the company/person behind several, or the on-chain identity's address  token
//	HOLDER-LEDGER-MISMATCH    token      what:address
//	HOLDER-UNVERIFIED         wallet     token
//	HOLDER-IDENTITY-MISMATCH  wallet (the holder), or the on-chain identity's address  token:country or token:owners
//	HOLDER-IDENTITY-NO-CODE   wallet (the code-less identity's address)  token
//	OWN-OPAQUE                vessel     "legal"
//	OWN-CYCLE                 company (smallest id of the cycle)  member ids
//	OWN-NOMINEE               the nominee (company/person)  shareholder:company or officer:company
//	OWN-BEARER                company    "bearer"
//	OWN-SECRECY               company    "secrecy:" + jurisdiction
//	OWN-UNDETERMINABLE        person     asset (vessel id or token)
//	OWN-OVER-100              company    "over100"
//	OWN-DECLARED-INCONSISTENT company/person (the declaring owner)  owned id:declared share
//	OWN-DECLARED-BOUNDARY     company/person (the declaring owner)  owned id:declared share
//	OWN-ARRANGEMENT           company (the trust or arrangement)  "arrangement"
//	OWN-EXEMPT                company    "exempt"
//	VESSEL-*                  vessel     the field, flag, owner or MID judged
//	CONTRACT-*                token      the capability, or role:address for SINGLE-KEY
//	INPUT-ROW                 input "<file base name>:<sheet>:<row>"  column:reason
//
// Evidence. Registry facts cite file, sheet, row and column; list matches
// cite the list file, list, list date (or that it is not known), entry id,
// score and the matcher's explanation;
// chain facts cite block and transaction; ownership findings carry a
// "path" item telling the chain from the asset to the party, each edge
// with its share and the registry row it came from, followed by one
// "registry" item per edge.
package rules
