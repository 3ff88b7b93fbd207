#!/usr/bin/env bash
# Installs the nbstrip git filter in this clone: from then on `git add` stores notebooks without outputs and execution
# counts (nbrun strip), while the notebooks in your working copy keep them. .gitattributes sends *.ipynb through it.
#
#   bash scripts/install-git-filter.sh               build nbrun into .git/nbstrip/ and set filter.nbstrip.* in .git/config
#   bash scripts/install-git-filter.sh --nbrun DIR   use the nbrun.dll already built in DIR instead of building one
#   bash scripts/install-git-filter.sh --uninstall   remove that config and .git/nbstrip/
#
# The filter names nbrun by a path relative to the clone's top folder (git runs filters there), so a clone that is moved
# or renamed keeps working. Run it again after pulling changes to the stripper. A notebook that is not valid JSON makes `git add` stop with its
# name (filter.nbstrip.required): fix the file, or uninstall the filter to store it as it is.
set -euo pipefail
cd "$(dirname "$0")/.."

top=$(git rev-parse --show-toplevel)
git_dir=$(cd "$(git rev-parse --git-common-dir)" && pwd)
target="$git_dir/nbstrip"
# A path inside the clone is written relative to its top folder; one outside it (a shared build) stays absolute.
from_top() { case "$1" in "$top"/*) printf '%s' "${1#"$top"/}" ;; *) printf '%s' "$1" ;; esac; }

case "${1:-}" in
  --uninstall)
    git config --local --remove-section filter.nbstrip 2>/dev/null || true
    rm -rf "$target"
    echo "nbstrip filter removed: git stores notebooks as they are."
    exit 0 ;;
  --nbrun)
    [ -f "${2:-}/nbrun.dll" ] || { echo "install-git-filter.sh: --nbrun needs a folder holding nbrun.dll, got '${2:-}'." >&2; exit 2; }
    runner=$(from_top "$(cd "$2" && pwd)/nbrun.dll") ;;
  "")
    echo "== building nbrun (Release) into $target"
    dotnet publish lib/NotebookRunner -c Release -o "$target" --nologo -v quiet -p:UseAppHost=false
    runner=$(from_top "$target/nbrun.dll") ;;
  *)
    echo "install-git-filter.sh: unknown option '$1'; use --nbrun DIR or --uninstall." >&2; exit 2 ;;
esac

dotnet_path=$(command -v dotnet) || { echo "install-git-filter.sh: dotnet is not on PATH; install the .NET SDK first." >&2; exit 2; }
git config --local filter.nbstrip.process "\"$dotnet_path\" \"$runner\" strip --git-filter-process"
git config --local filter.nbstrip.required true

# Prove the filter runs: what git would store for a notebook with outputs must equal the same notebook stripped.
run='{"cells": [{"cell_type": "code", "execution_count": 3, "outputs": [{"output_type": "stream"}]}]}'
clean='{"cells": [{"cell_type": "code", "execution_count": null, "outputs": []}]}'
stored=$(printf '%s\n' "$run" | git hash-object --stdin --path=nbstrip-probe.ipynb)
expected=$(printf '%s\n' "$clean" | git hash-object --stdin --no-filters)
if [ "$stored" != "$expected" ]; then
  echo "install-git-filter.sh: the filter is configured but git did not strip a test notebook; is '*.ipynb filter=nbstrip' in .gitattributes?" >&2
  exit 1
fi
echo "nbstrip filter installed: git add now stores notebooks without outputs; your files keep them."
echo "Notebooks committed with outputs before: git add --renormalize -- '*.ipynb' stores them clean."
