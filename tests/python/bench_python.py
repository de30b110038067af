#!/usr/bin/python3
"""Speed of the Python module against the issue's goals, one JSON object per line with the
fields of `neurodyn-bench --json` (kernel, value, unit, baseline, baseline_value, ratio,
threads, goal, goal_met, value_cpu, ... ) plus "met":

- python/sampen/N=10/call: a tiny call's total cost seen from Python (argument checks, the
  kernel, the result dict), the median over many batches of calls, in microseconds. Goal <= 5.
- python/sampen/N=1e5/...: sampen on 1e5 values called from Python against the C++ kernel's
  time in neurodyn-bench (its group python_baseline times the kernel on the same series, which
  this script rebuilds bit for bit). Goal: at most 10 % slower; ratio = kernel time / Python
  time (> 1 means faster than the baseline, as in neurodyn-bench).
- python/sampen/N=1e5/.../same-process: the same comparison against the kernel timed in C++
  inside this process (neurodyn._core._time_sampen_kernel), interleaved with the Python calls,
  so that both see the same load.

As neurodyn-bench does, every figure is read twice: from wall time, and from the CPU time the
process spent divided by the threads used, the per-core figure that stays meaningful on a
loaded machine. "met" is true when the goal is met on either reading (goal_met: wall,
goal_met_cpu: CPU).

Run from the repository root after building neurodyn_python and neurodyn-bench:
    PYTHONPATH=build/python /usr/bin/python3 tests/python/bench_python.py [--bench PATH]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

import numpy as np

import neurodyn

MIN_REGION = 0.2   # seconds, as neurodyn-bench's kMinRegionSeconds
THREADS = 2        # as the C++ kernel in neurodyn-bench
KERNEL = "sampen/N=1e5/m=2/r=0.2SD/logistic3.9"
# Within 10 % of the C++ kernel's time: ratio = kernel time / Python time >= 1/1.1.
MIN_RATIO = 1 / 1.1
GOAL = "within 10 % of the C++ kernel (ratio >= 0.909)"


def logistic(r, n):
    """The series of tests/bench/bench_python.cpp: the same IEEE operations in the same order."""
    x = 0.3
    for _ in range(1000):
        x = r * x * (1 - x)
    out = np.empty(n)
    for i in range(n):
        x = r * x * (1 - x)
        out[i] = x
    return out


def measure(fn, repeats=5):
    """neurodyn-bench's bench::measure: best (and median) wall and CPU seconds per call over
    `repeats` regions of at least MIN_REGION seconds each, after a calibrating call."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    first = time.perf_counter() - w0
    calls = 1 if first >= MIN_REGION else int(1.2 * MIN_REGION / max(first, 1e-7)) + 1
    walls, cpus = [], []
    for _ in range(repeats):
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in range(calls):
            fn()
        walls.append((time.perf_counter() - w0) / calls)
        cpus.append((time.process_time() - c0) / calls)
    return {"wall": min(walls), "cpu": min(cpus), "median_wall": statistics.median(walls),
            "repeats": repeats, "calls": calls}


def emit(record):
    print(json.dumps(record), flush=True)


def load_average():
    try:
        return os.getloadavg()[0]
    except OSError:
        return 0.0


def call_overhead():
    x = np.arange(10.0)
    f = neurodyn.sampen
    batch = 1000
    walls, cpus = [], []
    for _ in range(300):
        w0, c0 = time.perf_counter(), time.process_time()
        for _ in range(batch):
            f(x)
        walls.append((time.perf_counter() - w0) / batch * 1e6)
        cpus.append((time.process_time() - c0) / batch * 1e6)
    value, value_cpu = statistics.median(walls), statistics.median(cpus)
    goal = 5.0
    emit({"kernel": "python/sampen/N=10/call", "value": value, "unit": "us/call", "baseline": "",
          "baseline_value": 0, "ratio": 0, "threads": 1, "goal": "<= 5 us per call (median)",
          "goal_met": value <= goal, "value_cpu": value_cpu, "goal_met_cpu": value_cpu <= goal,
          "met": value <= goal or value_cpu <= goal, "best_wall_us": min(walls),
          "calls": batch * len(walls), "cores": os.cpu_count(), "load_avg": load_average()})


def bench_kernel(path):
    """The C++ kernel's figures from neurodyn-bench --json (group python_baseline)."""
    out = subprocess.run([path, "--json", "--filter", "^python_baseline$"], capture_output=True, check=True,
                         text=True).stdout
    for line in out.splitlines():
        record = json.loads(line)
        if record["kernel"] == KERNEL:
            return record
    sys.exit(f"bench_python: {path} printed no {KERNEL} line")


def comparison(kernel, baseline, py, base_wall, base_cpu, extra):
    """A neurodyn-bench-style record: Python's time against the kernel's, ratio = kernel time /
    Python time (> 1: faster than the baseline, as neurodyn-bench reads it); the goal is Python
    at most 10 % slower, a ratio >= 1/1.1."""
    ratio, ratio_cpu = base_wall / py["wall"], base_cpu / (py["cpu"] / THREADS)
    emit({"kernel": kernel, "value": py["wall"], "unit": "s", "baseline": baseline,
          "baseline_value": base_wall, "ratio": ratio, "threads": THREADS,
          "goal": GOAL, "goal_met": ratio >= MIN_RATIO,
          "value_cpu": py["cpu"] / THREADS, "baseline_value_cpu": base_cpu, "ratio_cpu": ratio_cpu,
          "goal_met_cpu": ratio_cpu >= MIN_RATIO, "met": ratio >= MIN_RATIO or ratio_cpu >= MIN_RATIO,
          "wall_s": py["wall"], "cpu_s": py["cpu"], "repeats": py["repeats"], "calls": py["calls"],
          "median_wall_s": py["median_wall"], "cores": os.cpu_count(), "load_avg": load_average(), **extra})


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bench", default=os.environ.get("NEURODYN_BENCH",
                                                          os.path.join(root, "build/tests/bench/neurodyn-bench")),
                        help="neurodyn-bench to read the C++ kernel's time from")
    args = parser.parse_args()

    call_overhead()

    x = logistic(3.9, 100000)
    py = measure(lambda: neurodyn.sampen(x, threads=THREADS))
    if os.path.exists(args.bench):
        c = bench_kernel(args.bench)
        comparison("python/" + KERNEL, "neurodyn-bench " + KERNEL, py, c["wall_s"], c["value_cpu"],
                   {"baseline_wall_s": c["wall_s"], "baseline_cpu_s": c["cpu_s"],
                    "baseline_median_wall_s": c["median_wall_s"], "baseline_load_avg": c["load_avg"]})
    else:
        print(f"bench_python: no neurodyn-bench at {args.bench} (--bench PATH); "
              "only the same-process comparison follows", file=sys.stderr)

    # Same process, interleaved: the best of each over several rounds.
    py_best, kernel_best = float("inf"), float("inf")
    for _ in range(7):
        t0 = time.perf_counter()
        neurodyn.sampen(x, threads=THREADS)
        py_best = min(py_best, time.perf_counter() - t0)
        kernel_best = min(kernel_best, neurodyn._core._time_sampen_kernel(x, 1, THREADS))
    ratio = kernel_best / py_best
    emit({"kernel": "python/" + KERNEL + "/same-process", "value": py_best, "unit": "s",
          "baseline": "the kernel timed in C++ in this process", "baseline_value": kernel_best,
          "ratio": ratio, "threads": THREADS, "goal": GOAL,
          "goal_met": ratio >= MIN_RATIO, "met": ratio >= MIN_RATIO, "repeats": 7, "cores": os.cpu_count(),
          "load_avg": load_average()})


if __name__ == "__main__":
    main()
