"""Turns the JSON lines of scripts/bench.sh into the markdown table of bench/results/latest.md.

Training: median over runs of seconds_per_epoch (whole training loop / epochs, first epoch and JIT included),
with the ratios library / NumPy float64 and library / PyTorch float64 (both single-threaded OpenBLAS).
Matrix multiply: GFLOP/s = 2n³ / best time, by implementation and thread count."""
import argparse
import json
import platform
import statistics
from collections import defaultdict

ap = argparse.ArgumentParser()
ap.add_argument("jsonl")
ap.add_argument("--load", default="?")
ap.add_argument("--reps", default="?")
a = ap.parse_args()
rows = [json.loads(line) for line in open(a.jsonl) if line.startswith("{")]


def label(r):
    if r["impl"] in ("numpy", "torch"):
        return f"{r['impl']} {r['dtype']} 1t OpenBLAS"
    return f"library {r['path']} {r['threads']}t"


runs = defaultdict(list)
for r in rows:
    if r.get("kind", "train") == "train":
        runs[(r["hidden"], label(r))].append(r)

epochs = sorted({r["epochs"] for rs in runs.values() for r in rs})
print(f"# Training speed: digits 64 → H → 10, ReLU, softmax cross-entropy, SGD lr 0.1, batch 100, {'/'.join(map(str, epochs))} epochs\n")
print(f"Median of {a.reps} interleaved runs each; load average at the end {a.load}; {platform.processor() or platform.machine()}.")
print("Seconds per epoch = training loop / epochs (the library after one untimed warm-up epoch for the JIT). "
      "Ratios < 1 mean the library is faster. NumPy and PyTorch: OpenBLAS with OPENBLAS_NUM_THREADS=1, torch.set_num_threads(1).\n")
print("| H | implementation | runs | s/epoch (median) | ÷ NumPy f64 | ÷ PyTorch f64 | final train loss | test accuracy |")
print("|---:|---|---:|---:|---:|---:|---:|---:|")
for h in sorted({k[0] for k in runs}):
    med = {lab: statistics.median(x["seconds_per_epoch"] for x in rs) for (hh, lab), rs in runs.items() if hh == h}
    numpy, torch = med.get("numpy float64 1t OpenBLAS"), med.get("torch float64 1t OpenBLAS")
    for lab in sorted(med, key=lambda l: (not l.startswith("library"), l)):
        rs = runs[(h, lab)]
        ratio = lambda ref: f"{med[lab] / ref:.2f}" if ref else "–"
        print(f"| {h} | {lab} | {len(rs)} | {med[lab]:.4f} | {ratio(numpy)} | {ratio(torch)} | "
              f"{statistics.median(x['final_train_loss'] for x in rs):.4f} | {statistics.median(x['test_accuracy'] for x in rs):.4f} |")

gemm = defaultdict(dict)
for r in rows:
    if r.get("kind") == "gemm":
        gemm[(r["impl"], r["threads"])][r["n"]] = r["gflops"]
if gemm:
    sizes = sorted({n for v in gemm.values() for n in v})
    print("\n# Matrix multiply C = A·B, n×n float64, GFLOP/s (2n³ / best time)\n")
    print("| implementation | threads | " + " | ".join(f"n={n}" for n in sizes) + " |")
    print("|---|---:|" + "---:|" * len(sizes))
    for (impl, t), v in sorted(gemm.items()):
        print(f"| {impl} | {t} | " + " | ".join(f"{v.get(n, float('nan')):.1f}" for n in sizes) + " |")
