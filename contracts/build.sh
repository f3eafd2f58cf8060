#!/usr/bin/env bash
# build.sh compiles the Solidity sources with solc (npm) and OpenZeppelin,
# writes the ABI and bytecode to build/ and generates the abigen v2 bindings.
#
#   bash contracts/build.sh           rebuild the committed files in place
#   bash contracts/build.sh OUT_DIR   write build/ and the .go files under OUT_DIR
#
# Needs node, npm and go. The output is byte-for-byte reproducible.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
out=${1:-$here}
mkdir -p "$out/build"

solc_version=0.8.37
oz_version=5.7.0
abigen="github.com/ethereum/go-ethereum/cmd/abigen@v1.17.8"

modules="$here/.build/node_modules"
installed() {
	[ -f "$modules/solc/package.json" ] &&
		grep -q "\"version\": \"$solc_version\"" "$modules/solc/package.json" &&
		grep -q "\"version\": \"$oz_version\"" "$modules/@openzeppelin/contracts/package.json" 2>/dev/null &&
		grep -q "\"version\": \"$oz_version\"" "$modules/@openzeppelin/contracts-upgradeable/package.json" 2>/dev/null
}
if ! installed; then
	npm install --no-save --no-audit --no-fund --prefix "$here/.build" \
		"solc@$solc_version" "@openzeppelin/contracts@$oz_version" \
		"@openzeppelin/contracts-upgradeable@$oz_version" >&2
fi

node "$here/compile.js" "$here" "$modules" "$out/build"

# name:file of each binding.
bindings="VesselShares:vessel_shares VesselDeeds:vessel_deeds PermissionedShares:permissioned_shares Identity:identity LyingShares:lying_shares BlacklistShares:blacklist_shares CallsOut:calls_out SelfBurn:self_burn VesselParts:vessel_parts Multicall3:multicall3 ERC1967Proxy:erc1967_proxy ShareToken:share_token ShareFactory:share_factory UpgradeableBeacon:upgradeable_beacon BeaconProxy:beacon_proxy Receipt:receipt ReceiptIssuer:receipt_issuer CodeSizes:code_sizes"
for b in $bindings; do
	name=${b%%:*}
	file=${b##*:}
	(cd "$here" && go run "$abigen" --v2 --abi "$out/build/$name.abi" --bin "$out/build/$name.bin" \
		--pkg contracts --type "$name" --out "$out/$file.go")
done
