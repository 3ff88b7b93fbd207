#!/usr/bin/env bash
# A nightly-sized fuzz run: CASES (default 100,000) damaged notebooks and as many damaged kernel streams and probe
# records through the runner's doors (tests/NotebookRunner.Tests/Fuzzing). .ci/run runs the same tests with 2,000 each.
# A failure prints the CsCheck seed that replays it: CsCheck_Seed=<seed> dotnet test … --filter Category=Fuzz
#   bash scripts/fuzz.sh [CASES]
set -euo pipefail
cd "$(dirname "$0")/.."
cases=${1:-100000}
bash scripts/setup.sh --no-apt
dotnet build tests/NotebookRunner.Tests --nologo -v quiet
NBRUN_FUZZ_CASES=$cases dotnet test tests/NotebookRunner.Tests --no-build --filter "Category=Fuzz" --logger "console;verbosity=normal" \
  | grep -E "^fuzz:|Passed!|Failed!|Error Message|CsCheck_Seed|seed" || true
