#!/usr/bin/env bash
# A nightly-sized fuzz run: CASES (default 100,000) damaged notebooks and as many damaged kernel streams and probe
# records through the runner's doors (tests/NotebookRunner.Tests/Fuzzing). .ci/run runs the same tests with 2,000 each.
# The cases are the same on every run (tests/NotebookRunner.Tests/Fuzzing/FuzzCases.cs); a failure names the notebook
# and the seed that replay it. It needs only the .NET SDK (no kernel, browser or apt package), so it does not run
# scripts/setup.sh; the build restores the NuGet packages.
#   bash scripts/fuzz.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
dotnet build tests/NotebookRunner.Tests --nologo -v quiet
# The counts and any failure as they come; the exit status is dotnet test's, so a nightly job sees a failure.
set +e
NBRUN_FUZZ_CASES=$cases dotnet test tests/NotebookRunner.Tests --no-build --filter "Category=Fuzz" --logger "console;verbosity=normal" 2>&1 \
  | grep --line-buffered -E "^fuzz:|Passed!|Failed!|Error Message|seed"
rc=${PIPESTATUS[0]}
if [ "$rc" -eq 0 ]; then echo "fuzz.sh: $cases cases per door, every one ended in a result or a one-line error"; else echo "fuzz.sh: FAILED (exit $rc); the seed above replays the case" >&2; fi
exit "$rc"
