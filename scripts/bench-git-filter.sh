#!/usr/bin/env bash
# How long the nbstrip git filter adds to the git commands that run it. A scratch repository gets the course's
# notebooks (lessons and homework) with outputs injected the way Polyglot saves them in VS Code (a chart's HTML per
# code cell, a stdout stream, execution counts), then each git command is timed REPS times with the filter and without.
#   usage: scripts/bench-git-filter.sh [REPS=5] [--nbrun DIR]   (DIR: an nbrun.dll already built; default: a Release build)
# Prints a table of medians in milliseconds.
set -euo pipefail
cd "$(dirname "$0")/.."
repo_root=$(pwd)
reps=${1:-5}
nbrun_dir=""
if [ "${2:-}" = "--nbrun" ]; then nbrun_dir=$(cd "$3" && pwd); fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -z "$nbrun_dir" ]; then
  echo "== dotnet publish lib/NotebookRunner (Release)"
  dotnet publish lib/NotebookRunner -c Release -o "$work/nbrun" --nologo -v quiet -p:UseAppHost=false
  nbrun_dir="$work/nbrun"
fi

echo "== scratch repository with run notebooks"
git init -q "$work/repo"
cp .gitattributes "$work/repo/"
mkdir -p "$work/repo/notebooks"
cp notebooks/*.ipynb notebooks/homework/*.ipynb "$work/repo/notebooks/"
/usr/bin/python3 - "$work/repo/notebooks" <<'PY'
import json, pathlib, sys
chart = '<div id="plot"></div><script>Plotly.newPlot("plot", [{"x": [%s]}]);</script>' % ", ".join("%.4f" % (i / 7) for i in range(4000))
for path in sorted(pathlib.Path(sys.argv[1]).glob("*.ipynb")):
    nb = json.loads(path.read_text(encoding="utf-8"))
    for count, cell in enumerate((c for c in nb["cells"] if c["cell_type"] == "code"), start=1):
        cell["execution_count"] = count
        cell["outputs"] = [{"name": "stdout", "output_type": "stream", "text": ["ran\n"]},
                           {"data": {"text/html": [chart], "text/plain": ["Chart"]}, "metadata": {}, "output_type": "display_data"}]
    path.write_text(json.dumps(nb, indent=1, sort_keys=True, ensure_ascii=False) + "\n", encoding="utf-8")
PY
files=$(ls "$work/repo/notebooks" | wc -l)
bytes=$(cat "$work/repo/notebooks"/*.ipynb | wc -c)
cd "$work/repo"
git -c user.name=bench -c user.email=bench@example.com commit -q --allow-empty -m start

filter_on()  { git config filter.nbstrip.process "\"$(command -v dotnet)\" \"$nbrun_dir/nbrun.dll\" strip --git-filter-process"; git config filter.nbstrip.required true; }
filter_off() { git config --remove-section filter.nbstrip 2>/dev/null || true; }
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
add_all()     { git rm -q -r --cached notebooks >/dev/null 2>&1 || true; git add notebooks; }
status_after_touch() { touch notebooks/*.ipynb; sleep 0.01; git status --porcelain; }
status_plain() { git status --porcelain; }

settle() { add_all; sleep 1; git status --porcelain >/dev/null; }  # index written a second after the files: not racily clean

row() {  # label, command[, setup run untimed before each timing]; with and without the filter interleaved
  local on=() off=() with without
  for _ in $(seq "$reps"); do
    filter_on; ${3:-true}; on+=("$(ms "$2")")
    filter_off; ${3:-true}; off+=("$(ms "$2")")
  done
  with=$(printf '%s\n' "${on[@]}" | median)
  without=$(printf '%s\n' "${off[@]}" | median)
  printf '| %s | %s | %s | %s |\n' "$1" "$without" "$with" "$((with - without))"
}

echo
echo "$files notebooks, $((bytes / 1024)) KiB with outputs; median of $reps runs each; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| git command | without filter (ms) | with nbstrip (ms) | added (ms) |"
echo "|---|---:|---:|---:|"
row "git add of all notebooks (fresh index)" add_all
row "git status after touching every notebook" status_after_touch add_all
row "git status, nothing changed" status_plain settle
one=$(for _ in $(seq "$reps"); do ms dotnet "$nbrun_dir/nbrun.dll" strip --check notebooks/00-getting-started.ipynb || true; done | median)
all=$(for _ in $(seq "$reps"); do ms dotnet "$nbrun_dir/nbrun.dll" strip --check notebooks || true; done | median)
echo
echo "nbrun strip --check: one notebook $one ms, all $files in one process $all ms (.NET start and JIT are most of it)."
echo "A one-shot clean filter (a process per file) would pay the one-notebook figure for every notebook git filters."
