#!/usr/bin/env bash
# Whole-process timings of neurodyn-cli (issue 16.5/16.6), as a user sees them: start-up, reading
# or computing, writing and exit. Prints the best and the median wall time of RUNS runs of each:
#   measure mfdfa on a 2^20-value "%.17g" one-per-line file (~20 MB)     goal <= 0.25 s
#   measure sample_entropy on 1e5 values                                goal <= 0.1 s
#   run: Chialvo orbit diagram over k0, 1000 columns x (1000 transient + 1000 kept points),
#        --no-figures, with keep_points (46 MB of CSV) and without      goal <= 0.3 s with points
# The inputs are generated into a temporary folder (removed at exit). docs/performance.md holds
# the figures this script measured.
#   scripts/process-timing.sh [BUILD_DIR] [RUNS]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-$root/build}
runs=${2:-5}
cli="$build/app/neurodyn-cli"
[ -x "$cli" ] || { echo "no $cli: build the target neurodyn-cli first" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$cli" example chialvo-bursting "$work/chialvo.json" >/dev/null 2>&1
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
# A logistic-map orbit at r = 3.9 (chaotic: 17 significant digits per value, as files hold them).
x, values = 0.3, []
for _ in range(1 << 20):
    x = 3.9 * x * (1.0 - x)
    values.append(x)
with open(f"{work}/series-2p20.txt", "w") as f:
    f.write("".join("%.17g\n" % v for v in values))
with open(f"{work}/series-1e5.txt", "w") as f:
    f.write("".join("%.17g\n" % v for v in values[:100000]))
study = json.load(open(f"{work}/chialvo.json"))
orbit = {"parameter": "k0", "from": 0.0, "to": 0.07, "count": 1000, "bins": 300,
         "transient": 1000, "samples": 1000, "value_min": 0, "value_max": 0,
         "observable": {"kind": "variable", "variable": "x", "section": "none", "threshold": 0},
         "initial": {"policy": "fixed", "count": 1, "seed": 1, "box_min": [], "box_max": []}}
for keep in (True, False):
    study["analyses"] = {"orbit_diagram": dict(orbit, keep_points=keep)}
    json.dump(study, open(f"{work}/orbit-{'points' if keep else 'nopoints'}.json", "w"), indent=1)
PY

python3 - "$cli" "$work" "$runs" <<'PY'
import os, resource, statistics, subprocess, sys, time
cli, work, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])
cases = [
    ("measure mfdfa, 2^20 values (20 MB)", [cli, "measure", "mfdfa", f"{work}/series-2p20.txt"], 0.25),
    ("measure sample_entropy, 1e5 values", [cli, "measure", "sample_entropy", f"{work}/series-1e5.txt"], 0.1),
    ("run orbit diagram + points, --no-figures", [cli, "run", f"{work}/orbit-points.json", "--out",
     f"{work}/out-points", "--no-figures"], 0.3),
    ("run orbit diagram, no points, --no-figures", [cli, "run", f"{work}/orbit-nopoints.json", "--out",
     f"{work}/out-nopoints", "--no-figures"], None),
]
def cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime
print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.2f}; best and median of {runs} runs;")
print("# cpu = user + system time of the process (all its threads): what it costs when the machine is")
print("# busy with other work, where the wall time also holds the time spent waiting for a core.")
print("| case | wall best s | wall median s | cpu best s | goal (judged on the best wall time) |")
print("|---|---|---|---|---|")
for name, cmd, goal in cases:
    times, cpus = [], []
    for _ in range(runs):
        c0 = cpu()
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        cpus.append(cpu() - c0)
    verdict = "" if goal is None else f"<= {goal} s: {'met' if min(times) <= goal else 'NOT met'}"
    print(f"| {name} | {min(times):.3f} | {statistics.median(times):.3f} | {min(cpus):.3f} | {verdict} |")
size = os.path.getsize(f"{work}/out-points/orbit_diagram-points.csv")
print(f"# orbit_diagram-points.csv: {size / 1e6:.1f} MB")
PY
