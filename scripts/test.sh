#!/usr/bin/env bash
# Runs every test in the solution and prints one closing line: "tests: N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")/.."

# The browser tests need Chromium and the pinned web assets (plotly.js, KaTeX, highlight.js) from npm.
if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "test.sh: Chromium is missing; the browser tests need it. Install it with: sudo apt-get install chromium" >&2
  exit 2
fi
# Notebooks run on the .NET Interactive kernel pinned in .config/dotnet-tools.json; grading needs bubblewrap; the Jupyter
# comparison needs Debian's jupyter-nbconvert. .ci/run installs all of them.
dotnet tool restore >/dev/null || { echo "test.sh: dotnet tool restore failed: the .NET Interactive kernel is needed to run notebooks." >&2; exit 2; }
for tool in bwrap /usr/bin/jupyter; do
  command -v "$tool" >/dev/null 2>&1 || { echo "test.sh: $tool is missing: sudo apt-get install bubblewrap jupyter-nbconvert python3-nbclient" >&2; exit 2; }
done
if [ ! -d node_modules/plotly.js-dist-min ] || [ ! -d node_modules/plotly.js-dist-min-2 ]; then
  echo "== npm ci (node_modules is missing or older than package.json)"
  npm ci --no-audit --no-fund --loglevel=error || { echo "test.sh: npm ci failed; install Node.js and npm, then retry." >&2; exit 2; }
fi
results=$(mktemp -d)
dotnet test course.sln --logger "trx" --results-directory "$results" "$@"
status=$?
# The SIMD kernel tests once more under each vector tier the runtime can hide, so that the 256-bit kernel (what most x86
# laptops run) and the 128-bit one (the shape ARM64 runs) are tested as the kernel in use, not only beside a wider one:
# DOTNET_EnableAVX512F=0 (.NET 8, 9) and DOTNET_EnableAVX512=0 (.NET 10) hide AVX-512; DOTNET_EnableAVX=0 leaves 128 bits.
for tier in avx2:"DOTNET_EnableAVX512F=0 DOTNET_EnableAVX512=0" sse:"DOTNET_EnableAVX=0"; do
  echo "== kernel tests with ${tier#*:}"
  env ${tier#*:} dotnet test tests/NeuralNetworks.Tests --no-build --filter "Category=Kernel" \
    --logger "trx;LogFileName=kernels-${tier%%:*}.trx" --results-directory "$results" || status=1
done
passed=0; failed=0; skipped=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  c=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$c"); passed=$((passed + ${p:-0}))
  x=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$c"); failed=$((failed + ${x:-0}))
  n=$(sed -n 's/.* notExecuted="\([0-9]*\)".*/\1/p' <<<"$c"); skipped=$((skipped + ${n:-0}))
done
rm -rf "$results"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit $status
