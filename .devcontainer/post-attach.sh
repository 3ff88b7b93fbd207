#!/usr/bin/env bash
# postAttachCommand (.devcontainer/devcontainer.json): points the student at lesson 00. Codespaces opens it by itself
# (customizations.codespaces.openFiles); a local Dev Containers window may not give lifecycle commands the `code` CLI,
# so opening it here is a best effort and the line below always says where to start.
cd "$(dirname "$0")/.."
if command -v code >/dev/null 2>&1; then code -r notebooks/00-getting-started.ipynb 2>/dev/null || true; fi
echo "Start with notebooks/00-getting-started.ipynb and run its cells from the top (kernel: .NET Interactive, C#)."
