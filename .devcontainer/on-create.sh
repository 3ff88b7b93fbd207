#!/usr/bin/env bash
# onCreateCommand (.devcontainer/devcontainer.json): what a new container needs once. Runs from the repository root as
# the image's user (vscode, with passwordless sudo) after the dotnet and node features are in. The set-up is the one
# scripts/test.sh and .ci/run use; each step checks before it acts, so running it again changes nothing.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh

echo "== register the kernel with Jupyter (.NET (C#), (F#) and (PowerShell) kernelspecs)"
# dotnet-interactive writes into the kernels folder but does not create it when Jupyter itself is not installed.
mkdir -p "${JUPYTER_DATA_DIR:-$HOME/.local/share/jupyter}/kernels"
dotnet tool run dotnet-interactive -- jupyter install
