#!/usr/bin/env bash
# Runs the tests and prints one closing line: "tests: N passed, N failed, N skipped".
#   bash scripts/test.sh          the quick tier (about 5 minutes on 2 cores): every test of the library and of the
#                                 runner's parts, and one real run through each door (the kernel, a page in Chromium,
#                                 release, strip, attacks on the grader in its sandbox)
#   bash scripts/test.sh --full   every test (about 40 minutes on 2 cores; what .ci/run runs): adds every notebook of
#                                 both editions on the kernel, in the browser runtime, in Jupyter and as file-based apps,
#                                 every assignment graded, the fresh-clone builds
# Any other argument goes to `dotnet test` (the quick tier's --filter is joined to yours with &).
# Which classes are full-tier only: [Trait(Tier.Name, Tier.Full)], tests/NotebookRunner.Tests/Tier.cs.
set -uo pipefail
cd "$(dirname "$0")/.."
suite=quick; yours=""; pass=()
while [ $# -gt 0 ]; do
  case "$1" in
    --full) suite=full ;;
    --filter) yours="${yours:+$yours&}($2)"; shift ;;
    *) pass+=("$1") ;;
  esac
  shift
done
if [ "$suite" = full ]; then filter="$yours"; else filter="Tier!=Full${yours:+&$yours}"; fi

# Everything beyond the .NET SDK (Chromium, bubblewrap, Jupyter, fonts, the npm assets, NuGet, the kernel) is installed by
# the set-up script when missing; on a machine that has it all, it only checks.
bash scripts/setup.sh || { echo "test.sh: the set-up failed (see above); the tests need what it installs." >&2; exit 2; }
results=$(mktemp -d)
echo "== the $suite tier${filter:+ (--filter \"$filter\")}"
# One project after another (dotnet test on the solution does not overlap them): the runner's tests are CPU-bound on a
# small machine, and running the library's beside them made neither faster and the load twice as high.
dotnet test course.sln --logger "trx" --results-directory "$results" ${filter:+--filter "$filter"} ${pass[@]+"${pass[@]}"}
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
echo "tier: $suite"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$passed" -eq 0 ] && [ "$status" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
exit $status
