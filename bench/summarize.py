"""Turns the JSON lines of one tier of scripts/bench.sh into a markdown section of bench/results/latest.md.

Heading: the machine as the C# benchmark saw it (CPU model, the vector extensions the .NET runtime offered, the runtime
switches, the library's kernel), the references' OpenBLAS core and PyTorch CPU capability, and the load average before
and after. Training: medians over runs of the training loop's wall and CPU seconds per epoch, with the ratios of the
medians to NumPy float64 and PyTorch float64 (both single-threaded OpenBLAS). Matrix multiply: GFLOP/s = 2n³ / best
time over every round, by implementation and thread count."""
import argparse
import json
import statistics
from collections import defaultdict

ap = argparse.ArgumentParser()
ap.add_argument("jsonl")
ap.add_argument("--reps", default="?")
a = ap.parse_args()
rows = [json.loads(line) for line in open(a.jsonl) if line.startswith("{")]
machine = next((r for r in rows if r.get("kind") == "machine"), {})
refs = next((r for r in rows if r.get("kind") == "references"), {})
load_after = next((r["after"] for r in rows if r.get("kind") == "load"), "?")
yes = lambda flag: "yes" if machine.get(flag) else "no"

TITLES = {"native": "as the CPU runs it", "avx512": "AVX-512", "avx2": "AVX2 + FMA (AVX-512 hidden)", "sse": "128-bit vectors only (AVX hidden)"}
tier = machine.get("tier", "?")
print(f"## Tier {tier}: {TITLES.get(tier, tier)}, on {machine.get('cpu', '?')}\n")
print(f"- Machine, as the benchmark printed it: {machine.get('cpu', '?')}, {machine.get('cores', '?')} cores, "
      f"{machine.get('os', '?')}, {machine.get('runtime', '?')} {machine.get('architecture', '')}.")
print(f"- Vector extensions the .NET runtime offered: Vector512 {yes('vector512')}, AVX-512F {yes('avx512f')}, "
      f"Vector256 {yes('vector256')}, AVX2 {yes('avx2')}, FMA {yes('fma')}, Vector128 {yes('vector128')}, AdvSimd {yes('advsimd')}; "
      f"runtime switches: {' '.join(machine.get('switches', [])) or 'none'}; the library's kernel: {machine.get('kernel', '?')}.")
print(f"- References: OpenBLAS core {refs.get('openblas_core') or '?'}, PyTorch CPU capability {refs.get('torch_capability') or '?'}"
      f"{' (' + refs['env'] + ')' if refs.get('env') else ''}.")
print(f"- Load average (1, 5, 15 min) before {machine.get('load_before', '?')}, after {load_after}; {a.reps} interleaved rounds.\n")


def label(r):
    if r["impl"] in ("numpy", "torch"):
        return f"{r['impl']} {r['dtype']} 1t OpenBLAS"
    if r["impl"] == "baseline":
        return f"baseline {r['path']} {r['threads']}t"
    return {"fit": "Trainer.Fit", "loop": "lessons' loop"}.get(r["path"], r["path"]) + f" {r['threads']}t"


runs = defaultdict(list)
for r in rows:
    if r.get("kind", "train") == "train" and "seconds_per_epoch" in r:
        runs[(r["hidden"], label(r))].append(r)
        if r.get("seconds_measure"):
            less = {**r, "seconds_per_epoch": r["seconds_per_epoch"] - r["seconds_measure"]}
            if "cpu_seconds_per_epoch" in r:
                less["cpu_seconds_per_epoch"] = r["cpu_seconds_per_epoch"] - r.get("cpu_seconds_measure", r["seconds_measure"])
            runs[(r["hidden"], label(r).replace("Trainer.Fit", "Trainer.Fit − measuring"))].append(less)
if runs:
    epochs = sorted({r["epochs"] for rs in runs.values() for r in rs})
    print(f"### Training: digits 64 → H → 10, ReLU, softmax cross-entropy, SGD lr 0.1, batch 100, {'/'.join(map(str, epochs))} epochs\n")
    print("Seconds per epoch = training loop / epochs, as wall time and as the process's CPU time (which other work on a shared "
          "machine inflates far less); the library after 5 untimed warm-up epochs, with tiered compilation off so that the JIT is done before the clock starts. Trainer.Fit also measures the "
          "loss and accuracy of the whole training set after every epoch, which the references do not: the row "
          "\"Trainer.Fit − measuring\" subtracts that (the measurement of the training set as Fit runs it, best of 5 after training, in wall and in CPU seconds) from "
          "both times, to compare like with like. Ratios are of medians, wall / CPU; < 1 means the library is faster. NumPy and "
          "PyTorch: OPENBLAS_NUM_THREADS=1, torch.set_num_threads(1).\n")
    print("| H | implementation | runs | wall s/epoch | CPU s/epoch | ÷ NumPy f64 (wall / CPU) | ÷ PyTorch f64 (wall / CPU) | final train loss | test accuracy |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
    order = lambda l: (not l.startswith("Trainer"), not l.startswith("lessons"), l)
    median = lambda rs, key: statistics.median(x[key] for x in rs) if all(key in x for x in rs) else None
    for h in sorted({k[0] for k in runs}):
        group = {lab: rs for (hh, lab), rs in runs.items() if hh == h}
        wall = {lab: median(rs, "seconds_per_epoch") for lab, rs in group.items()}
        cpu = {lab: median(rs, "cpu_seconds_per_epoch") for lab, rs in group.items()}
        def ratio(lab, ref):
            parts = [f"{t[lab] / t[ref]:.2f}" if t.get(lab) and t.get(ref) else "–" for t in (wall, cpu)]
            return " / ".join(parts)
        for lab in sorted(group, key=order):
            rs = group[lab]
            cpu_text = f"{cpu[lab]:.4f}" if cpu[lab] is not None else "–"
            print(f"| {h} | {lab} | {len(rs)} | {wall[lab]:.4f} | {cpu_text} | {ratio(lab, 'numpy float64 1t OpenBLAS')} | "
                  f"{ratio(lab, 'torch float64 1t OpenBLAS')} | {median(rs, 'final_train_loss'):.4f} | {median(rs, 'test_accuracy'):.4f} |")

gemm = defaultdict(dict)
for r in rows:
    if r.get("kind") == "gemm":
        key, n = (r["impl"], r["threads"]), r["n"]
        gemm[key][n] = max(gemm[key].get(n, 0.0), r["gflops"])
if gemm:
    sizes = sorted({n for v in gemm.values() for n in v})
    names = {"fast": "library (MathNet a.Multiply, fast products)", "mathnet": "MathNet managed (Control.UseManaged)",
             "numpy-openblas": "NumPy + OpenBLAS", "baseline fast": "baseline MatrixMultiply"}
    print("\n### Matrix multiply C = A·B, n×n float64, GFLOP/s (2n³ / best time over all rounds)\n")
    print("| implementation | threads | " + " | ".join(f"n={n}" for n in sizes) + " |")
    print("|---|---:|" + "---:|" * len(sizes))
    for (impl, t), v in sorted(gemm.items(), key=lambda kv: (["fast", "baseline fast", "mathnet", "numpy-openblas"].index(kv[0][0])
                                                              if kv[0][0] in names else 9, kv[0][1])):
        print(f"| {names.get(impl, impl)} | {t} | " + " | ".join(f"{v[n]:.1f}" if n in v else "–" for n in sizes) + " |")
print()
