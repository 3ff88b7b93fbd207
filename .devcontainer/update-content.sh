#!/usr/bin/env bash
# updateContentCommand (.devcontainer/devcontainer.json): runs after onCreateCommand and again when the repository's
# content changes (Codespaces prebuilds run it too), so the environment matches the checkout.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh --no-apt

echo "== dotnet build lib/NeuralNetworks: the library every lesson's first cell loads"
dotnet build lib/NeuralNetworks --nologo -v quiet
