#!/usr/bin/env bash
# Makes the course runnable in Jupyter: restores the pinned .NET Interactive kernel (the one Polyglot Notebooks runs) and
# registers it with Jupyter as ".NET (C#)" (kernel name .net-csharp). Then `jupyter lab notebooks/` or
# `jupyter nbconvert --to notebook --execute notebooks/01-perceptron.ipynb` runs the lessons on that kernel.
#   bash scripts/jupyter.sh [--prefix DIR]   # DIR: register into DIR/kernels instead of ~/.local/share/jupyter/kernels
set -euo pipefail
cd "$(dirname "$0")/.."
kernels="${HOME}/.local/share/jupyter/kernels"
if [ "${1:-}" = "--prefix" ]; then kernels="$2/kernels"; fi
command -v jupyter >/dev/null 2>&1 || { echo "jupyter.sh: Jupyter is missing: sudo apt-get install jupyter-nbconvert python3-nbclient (Debian/Ubuntu), or pip install jupyterlab" >&2; exit 2; }
dotnet tool restore >/dev/null
dotnet build lib/NeuralNetworks -v q -nologo >/dev/null
mkdir -p "$kernels"
export DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT=1
dotnet tool run dotnet-interactive -- jupyter install --path "$kernels" >/dev/null
echo "registered the .NET Interactive kernel in $kernels (.net-csharp, .net-fsharp)"
