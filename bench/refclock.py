"""Runs a reference script of ../shared/bench (ref_numpy.py, ref_torch.py) unchanged and adds the CPU time of its
training loop to its JSON line, as "cpu_seconds_per_epoch".

The scripts time their loop with time.perf_counter(): one call starts the clock (t0), two calls time each epoch, and
one more stops it, the last before the script prints. This wrapper records the process's CPU time (time.process_time)
at every call, so the same span, from the (2·epochs + 2)-th last call to the last, is also measured in CPU seconds,
which a machine shared with other work inflates far less than wall time.
usage: refclock.py SCRIPT [ARGS...]"""
import io
import json
import runpy
import sys
import time
from contextlib import redirect_stdout

wall, marks = time.perf_counter, []


def perf_counter():
    marks.append(time.process_time())
    return wall()


script, sys.argv = sys.argv[1], sys.argv[1:]
sys.path.insert(0, script.rsplit("/", 1)[0] if "/" in script else ".")
time.perf_counter = perf_counter
out = io.StringIO()
with redirect_stdout(out):
    runpy.run_path(script, run_name="__main__")
line = json.loads(next(l for l in out.getvalue().splitlines() if l.startswith("{")))
start = len(marks) - (2 * line["epochs"] + 2)
if start < 0:
    sys.exit(f"refclock: {script} called perf_counter {len(marks)} times, fewer than 2·epochs + 2: has its timing changed?")
line["cpu_seconds_per_epoch"] = round((marks[-1] - marks[start]) / line["epochs"], 6)
print(json.dumps(line))
