#!/usr/bin/env bash
# Training-speed and matrix-multiply benchmark: the library (through its plain API: Trainer.Fit, the lessons' loop,
# MathNet's a.Multiply(b, c)) against the NumPy and PyTorch references of ../shared/bench/, interleaved, REPS rounds
# of everything, one vector tier after another. Training is timed in wall and in CPU seconds (the references through
# bench/refclock.py, which runs them unchanged). Writes bench/results/latest.md (the tables, each headed by the CPU and
# the vector extensions the benchmark printed) and the raw JSON lines bench/results/latest-<tier>.jsonl.
#   usage: scripts/bench.sh [REPS=3]
#   env:   TIERS     vector tiers to run, default "native" (whatever this CPU has); any of:
#                      avx512  the library as is, references as is
#                      avx2    DOTNET_EnableAVX512F=0 DOTNET_EnableAVX512=0 (the 256-bit kernel), and for the references
#                              OPENBLAS_CORETYPE=Haswell, ATEN_CPU_CAPABILITY=avx2: an AVX2-only machine
#                      sse     DOTNET_EnableAVX=0 (the 128-bit kernel, the shape ARM64 runs), OPENBLAS_CORETYPE=Nehalem,
#                              ATEN_CPU_CAPABILITY=default
#          REFS      "tier" (default: the references run at the same tier) or "native" (always as the CPU allows)
#          BASELINE  a git ref (e.g. main) whose bench/TrainingBench is built and run alongside, as "baseline" rows
#          EPOCHS (50), HIDDEN ("100 1000"), SIZES ("64,128,256,512,1024"), BUDGET (0.5 s of repeats per GEMM size),
#          SHARED_BENCH (../shared/bench)
set -euo pipefail
cd "$(dirname "$0")/.."
reps=${1:-3}
tiers=${TIERS:-native}
refs=${REFS:-tier}
epochs=${EPOCHS:-50}
hidden=${HIDDEN:-100 1000}
sizes=${SIZES:-64,128,256,512,1024}
budget=${BUDGET:-0.5}
shared=${SHARED_BENCH:-../shared/bench}  # the reference scripts, beside the repository
py=/usr/bin/python3  # Debian's python, where python3-numpy and python3-torch are installed
[ -f "$shared/ref_numpy.py" ] || { echo "bench: $shared/ref_numpy.py not found: shared/ must sit beside the repository (or set SHARED_BENCH)" >&2; exit 1; }

echo "== apt: python3-numpy, python3-torch, python3-sklearn, libopenblas0-pthread (Debian packages, not PyPI)"
need=()
for p in python3-numpy python3-torch python3-sklearn libopenblas0-pthread; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${need[@]}" >/dev/null || { apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null; }
fi

# OpenBLAS's pthread build, in this machine's multiarch folder (x86_64-linux-gnu, aarch64-linux-gnu, …).
openblas=$(dirname "$(dpkg -L libopenblas0-pthread | grep -m1 '/openblas-pthread/libblas\.so')")
[ -d "$openblas" ] || { echo "bench: libopenblas0-pthread installed no openblas-pthread/libblas.so here" >&2; exit 1; }

echo "== dotnet build bench/TrainingBench (Release)"
dotnet build bench/TrainingBench -c Release -v quiet -nologo | grep -E " error |rror\(s\)" || true
bench=(dotnet bench/TrainingBench/bin/Release/net10.0/TrainingBench.dll)
baseline=()
if [ -n "${BASELINE:-}" ]; then
  base_dir=$(mktemp -d)
  echo "== baseline: bench/TrainingBench at $BASELINE, in $base_dir"
  mkdir -p "$base_dir/src"
  git archive "$BASELINE" bench/TrainingBench lib/NeuralNetworks $(git ls-tree --name-only "$BASELINE" | grep -E '^(Directory\.Build\.(props|targets)|global\.json|NuGet\.config)$' || true) \
    | tar -x -C "$base_dir/src"
  dotnet build "$base_dir/src/bench/TrainingBench" -c Release -v quiet -nologo -o "$base_dir/bin" | grep -E " error |rror\(s\)" || true
  baseline=(dotnet "$base_dir/bin/TrainingBench.dll")
fi

tier_env() {  # $1 = tier; prints "dotnet-env|reference-env"
  case "$1" in
    native) echo "|" ;;
    avx512) echo "|OPENBLAS_CORETYPE=SkylakeX ATEN_CPU_CAPABILITY=avx512" ;;
    avx2) echo "DOTNET_EnableAVX512F=0 DOTNET_EnableAVX512=0|OPENBLAS_CORETYPE=Haswell ATEN_CPU_CAPABILITY=avx2" ;;
    sse) echo "DOTNET_EnableAVX=0|OPENBLAS_CORETYPE=Nehalem ATEN_CPU_CAPABILITY=default" ;;
    *) echo "bench: unknown tier $1 (give native, avx512, avx2 or sse)" >&2; exit 2 ;;
  esac
}
tag() { "$py" -c "import json,sys; [print(json.dumps({**json.loads(l), **json.loads(sys.argv[1])})) for l in sys.stdin if l.startswith('{')]" "$1"; }

mkdir -p bench/results
: > bench/results/latest.md
for tier in $tiers; do
  IFS='|' read -r dn_env ref_env <<<"$(tier_env "$tier")"
  if [ "$refs" = native ]; then ref_env=""; fi
  out=bench/results/latest-$tier.jsonl
  : > "$out"
  lib=(env $dn_env "${bench[@]}")
  base=(); if [ ${#baseline[@]} -gt 0 ]; then base=(env $dn_env "${baseline[@]}"); fi
  one=(env $ref_env OPENBLAS_NUM_THREADS=1 LD_LIBRARY_PATH="$openblas")
  run() { echo "   $*" >&2; "$@" | grep '^{' | tee -a "$out"; }
  echo "== tier $tier: dotnet [$dn_env], references [$ref_env]; load $(cut -d' ' -f1-3 /proc/loadavg)"
  "${lib[@]}" machine | tag "{\"load_before\": \"$(cut -d' ' -f1-3 /proc/loadavg)\", \"tier\": \"$tier\"}" | tee -a "$out"
  core=$(env $ref_env OPENBLAS_VERBOSE=2 LD_LIBRARY_PATH="$openblas" "$py" -c "import numpy; numpy.ones((2,2)) @ numpy.ones((2,2))" 2>&1 | sed -n 's/^Core: //p')
  cap=$(env $ref_env "$py" -c "import torch; print([l for l in torch.__config__.show().splitlines() if 'capability' in l][0].split(':')[1].strip())" 2>/dev/null)
  echo "{\"kind\": \"references\", \"openblas_core\": \"$core\", \"torch_capability\": \"$cap\", \"env\": \"$ref_env\"}" | tee -a "$out"

  echo "== training: $reps × {Trainer.Fit 1t, lessons' loop 1t; numpy f64; torch f64, f32} × H in {$hidden}"
  for rep in $(seq 1 "$reps"); do
    for h in $hidden; do
      run "${lib[@]}" train --hidden "$h" --epochs "$epochs" --path fit --threads 1
      run "${one[@]}" "$py" bench/refclock.py "$shared/ref_numpy.py" --hidden "$h" --epochs "$epochs" --dtype float64
      run "${one[@]}" "$py" bench/refclock.py "$shared/ref_torch.py" --hidden "$h" --epochs "$epochs" --threads 1 --dtype float64
      run "${one[@]}" "$py" bench/refclock.py "$shared/ref_torch.py" --hidden "$h" --epochs "$epochs" --threads 1 --dtype float32
      run "${lib[@]}" train --hidden "$h" --epochs "$epochs" --path loop --threads 1
      if [ ${#base[@]} -gt 0 ]; then
        "${base[@]}" train --hidden "$h" --epochs "$epochs" --path fast --threads 1 | tag '{"impl": "baseline"}' | tee -a "$out"
      fi
    done
  done

  echo "== matrix multiply: $reps × each size {library 1t, 2t; MathNet managed 1t, 2t; NumPy + OpenBLAS 1t, 2t}"
  for rep in $(seq 1 "$reps"); do
    for n in ${sizes//,/ }; do
      run "${lib[@]}" gemm --sizes "$n" --budget "$budget"
      for t in 1 2; do
        env $ref_env OPENBLAS_NUM_THREADS=$t LD_LIBRARY_PATH="$openblas" "$py" "$shared/gemm_peak.py" --sizes "$n" --budget "$budget" \
          | grep '^{' | "$py" -c "import json,sys; d=json.load(sys.stdin); [print(json.dumps({'kind':'gemm','impl':'numpy-openblas','threads':$t,'n':r['n'],'best_s':r['best_s'],'gflops':round(r['gflops'],2)})) for r in d['results']]" \
          | tee -a "$out"
      done
      if [ ${#base[@]} -gt 0 ]; then
        "${base[@]}" gemm --sizes "$n" --budget "$budget" | grep '"fast"' | tag '{"impl": "baseline fast"}' | tee -a "$out"
      fi
    done
  done
  echo "{\"kind\": \"load\", \"after\": \"$(cut -d' ' -f1-3 /proc/loadavg)\"}" | tee -a "$out"
  "$py" bench/summarize.py "$out" --reps "$reps" >> bench/results/latest.md
done
if [ -n "${BASELINE:-}" ]; then rm -rf "$base_dir"; fi
cat bench/results/latest.md
