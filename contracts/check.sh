#!/usr/bin/env bash
# check.sh rebuilds the contracts into a temporary folder and compares the
# result with the committed build/ files and Go bindings. It exits non-zero
# on any difference. Needs node, npm and go.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

bash "$here/build.sh" "$tmp"

status=0
for f in "$tmp"/build/*; do
	name=$(basename "$f")
	if ! cmp -s "$f" "$here/build/$name"; then
		echo "check.sh: contracts/build/$name differs from a fresh build" >&2
		status=1
	fi
done
for f in "$here"/build/*; do
	[ -e "$tmp/build/$(basename "$f")" ] || { echo "check.sh: contracts/build/$(basename "$f") is not built any more" >&2; status=1; }
done
for f in "$tmp"/*.go; do
	name=$(basename "$f")
	if ! cmp -s "$f" "$here/$name"; then
		echo "check.sh: contracts/$name differs from a fresh build" >&2
		diff "$here/$name" "$f" | head -20 >&2 || true
		status=1
	fi
done
if [ "$status" -eq 0 ]; then
	echo "check.sh: contracts are up to date" >&2
fi
exit "$status"
