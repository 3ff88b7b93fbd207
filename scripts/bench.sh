#!/usr/bin/env bash
# Training-speed benchmark: the library (fast and plain paths) against the NumPy and PyTorch references of
# ../shared/bench/, interleaved, REPS times each, in one go. Prints a table of medians with the ratios
# library/NumPy and library/PyTorch-float64 and writes it to bench/results/latest.md (raw lines: latest.jsonl).
#   usage: scripts/bench.sh [REPS=3]     env: EPOCHS (default 50), HIDDEN (default "100 1000"),
#          SHARED_BENCH (default ../shared/bench, for a worktree whose parent has no shared/)
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-3}
epochs=${EPOCHS:-50}
hidden=${HIDDEN:-100 1000}
shared=${SHARED_BENCH:-../shared/bench}  # the reference scripts, beside the repository
openblas=/usr/lib/x86_64-linux-gnu/openblas-pthread
py=/usr/bin/python3  # Debian's python, where python3-numpy and python3-torch are installed
[ -f "$shared/ref_numpy.py" ] || { echo "bench: $shared/ref_numpy.py not found: shared/ must sit beside the repository" >&2; exit 1; }

echo "== apt: python3-numpy, python3-torch, python3-sklearn, libopenblas0-pthread (Debian packages, not PyPI)"
need=()
for p in python3-numpy python3-torch python3-sklearn libopenblas0-pthread; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null || { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

echo "== dotnet build bench/TrainingBench (Release)"
dotnet build bench/TrainingBench -c Release -v quiet -nologo | grep -E "error|Warn|Error" || true
bench_dll=bench/TrainingBench/bin/Release/net10.0/TrainingBench.dll

mkdir -p bench/results
out=bench/results/latest.jsonl
: > "$out"
one_thread=(env OPENBLAS_NUM_THREADS=1 LD_LIBRARY_PATH="$openblas")
run() { echo "   $*" >&2; "$@" | grep '^{' | tee -a "$out"; }

echo "== training runs: $reps × {library fast 1t, fast 2t, plain; numpy f64; torch f64; torch f32} × H in {$hidden}"
for rep in $(seq 1 "$reps"); do
  for h in $hidden; do
    run dotnet "$bench_dll" train --hidden "$h" --epochs "$epochs" --path fast --threads 1
    run "${one_thread[@]}" "$py" "$shared/ref_numpy.py" --hidden "$h" --epochs "$epochs" --dtype float64
    run "${one_thread[@]}" "$py" "$shared/ref_torch.py" --hidden "$h" --epochs "$epochs" --threads 1 --dtype float64
    run dotnet "$bench_dll" train --hidden "$h" --epochs "$epochs" --path fast --threads 2
    run "${one_thread[@]}" "$py" "$shared/ref_torch.py" --hidden "$h" --epochs "$epochs" --threads 1 --dtype float32
    run dotnet "$bench_dll" train --hidden "$h" --epochs "$epochs" --path plain --threads 1
  done
done

echo "== matrix multiply GFLOP/s: library fast (1, 2 threads), MathNet managed; NumPy + OpenBLAS (1, 2 threads)"
run dotnet "$bench_dll" gemm --sizes 64,128,256,512,1024
for t in 1 2; do
  env OPENBLAS_NUM_THREADS=$t LD_LIBRARY_PATH="$openblas" "$py" "$shared/gemm_peak.py" --sizes 64,128,256,512,1024 --budget 0.5 \
    | grep '^{' | "$py" -c "import json,sys; d=json.load(sys.stdin); [print(json.dumps({'kind':'gemm','impl':'numpy-openblas','threads':$t,'n':r['n'],'best_s':r['best_s'],'gflops':round(r['gflops'],2)})) for r in d['results']]" \
    | tee -a "$out"
done

busy=$(cut -d' ' -f1-3 /proc/loadavg)
"$py" bench/summarize.py "$out" --load "$busy" --reps "$reps" > bench/results/latest.md
cat bench/results/latest.md
