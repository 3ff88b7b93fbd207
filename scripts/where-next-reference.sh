#!/usr/bin/env bash
# Lesson 12's PyTorch reference: trains lesson 09's iris network with PyTorch and writes
# bench/where-next/torch_reference.json, which notebooks/12-where-next.ipynb reads and the tests check.
# Python is Debian's /usr/bin/python3 with the Debian package python3-torch (never pip); the package is installed
# with apt-get when missing, which needs root. Commit the JSON it writes.
#   usage: scripts/where-next-reference.sh
set -euo pipefail
cd "$(dirname "$0")/.."
py=/usr/bin/python3
[ -x "$py" ] || { echo "where-next-reference: $py not found; install it with: apt-get install python3" >&2; exit 1; }

if ! dpkg -s python3-torch >/dev/null 2>&1; then
  echo "== apt: python3-torch (the Debian package, not PyPI)"
  if [ "$(id -u)" -ne 0 ]; then
    echo "where-next-reference: python3-torch is missing; run as root or: sudo apt-get install python3-torch" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq python3-torch >/dev/null || { apt-get update -qq && apt-get install -y -qq python3-torch >/dev/null; }
fi

echo "== $py bench/where-next/torch_reference.py"
PYTHONDONTWRITEBYTECODE=1 "$py" bench/where-next/torch_reference.py
