#!/usr/bin/env bash
# onCreateCommand (.devcontainer/devcontainer.json): what a new container needs once. Runs from the repository root as
# the image's user (vscode, with passwordless sudo) after the dotnet and node features are in. Each step checks before
# it acts, so running it again changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

echo "== apt: chromium (the site's browser tests and screenshots) and fonts-noto-cjk (the Japanese terms), if missing"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}"
fi

echo "== dotnet tool restore: the .NET Interactive kernel pinned in .config/dotnet-tools.json"
dotnet tool restore

echo "== register the kernel with Jupyter (.NET (C#), (F#) and (PowerShell) kernelspecs)"
# dotnet-interactive writes into the kernels folder but does not create it when Jupyter itself is not installed.
mkdir -p "${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}/kernels"
dotnet tool run dotnet-interactive -- jupyter install
