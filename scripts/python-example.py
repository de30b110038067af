#!/usr/bin/env python3
"""docs/python.md's worked example: the README's figure "Logistic map: continuation branches over
the orbit diagram" redrawn with matplotlib from the Python module, not from the CLI's files.

It loads the built-in study logistic-period-doubling, runs two of its analyses (orbit_diagram and
continuation) in this process, and draws the orbit diagram's histogram (the density of x over r)
with the continued fixed points and cycles on top: stable parts solid, unstable dashed, the
period-doubling points (label PD) marked. A cycle's other points come from iterating the model
with Model.step, so the figure also uses the model API.

    scripts/python-example.py [OUT.png]     (default docs/images/python-logistic-orbit-diagram.png)

Run it with the interpreter the module is installed for (scripts/install-python.sh), or from the
build tree: PYTHONPATH=build/python /usr/bin/python3 scripts/python-example.py
"""
import json
import os
import sys

import matplotlib

matplotlib.use("Agg")  # files only: no display needed
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.colors import LogNorm  # noqa: E402

import neurodyn  # noqa: E402

root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "docs", "images",
                                                           "python-logistic-orbit-diagram.png")


def report(fraction):
    print(f"\r{100 * fraction:5.1f} %", end="", file=sys.stderr, flush=True)


study = neurodyn.example("logistic-period-doubling")
results = study.run(analyses=["orbit_diagram", "continuation"], progress=report)
print(file=sys.stderr)

# The orbit diagram: one row per parameter column, bin_0 .. bin_{bins-1} count the samples of x
# in equal-width bins over [range_min, range_max] (the JSON twin's conventions say so).
orbit = results["orbit_diagram"]
table = orbit["table"]
bins = orbit["settings"]["bins"]
density = np.stack([np.asarray(table[f"bin_{k}"], dtype=float) for k in range(bins)])  # bins x columns
r = np.asarray(table["parameter"])
lo, hi = orbit["range_min"], orbit["range_max"]

fig, ax = plt.subplots(figsize=(8, 5), dpi=110)
ax.imshow(np.where(density > 0, density, np.nan), origin="lower", aspect="auto", cmap="Greys",
          norm=LogNorm(vmin=0.2, vmax=density.max()), extent=(r[0], r[-1], lo, hi), interpolation="nearest")

# The continuation: one CSV row per point of a branch (branch, period, r, x, stable, label).
cont = results["continuation"]["table"]
spec = json.loads(study.to_json())["model"]
model = neurodyn.Model(spec["type"], params=spec.get("parameters"))
branch = np.asarray(cont["branch"], dtype=int)
period = np.asarray(cont["period"], dtype=int)
stable = np.asarray(cont["stable"], dtype=float) > 0.5
labels = list(cont["label"])
cr, cx = np.asarray(cont["r"]), np.asarray(cont["x"])
colours = plt.rcParams["axes.prop_cycle"].by_key()["color"]


def cycle_points(value, x, k):
    """The k points of the period-k cycle through x at r = value."""
    points, state, stepper = [x], np.array([x]), model.with_params(r=float(value))
    for _ in range(k - 1):
        state = stepper.step(state)
        points.append(float(state[0]))
    return points


for b in np.unique(branch):
    rows = np.flatnonzero(branch == b)
    k = int(period[rows[0]])
    curves = np.array([cycle_points(cr[i], cx[i], k) for i in rows])  # points x k
    colour = colours[int(b) % len(colours)]
    for j in range(k):
        for is_stable, style in ((True, "-"), (False, "--")):
            y = np.where(stable[rows] == is_stable, curves[:, j], np.nan)
            ax.plot(cr[rows], y, style, color=colour, lw=1.4,
                    label=f"period {k}" if (j == 0 and is_stable) else None)
pd_rows = [i for i, label in enumerate(labels) if "PD" in str(label).split()]
ax.plot(cr[pd_rows], cx[pd_rows], "o", mfc="white", mec="black", ms=6, label="PD (flip)")

ax.set_xlim(r[0], r[-1])
ax.set_ylim(lo, hi)
ax.set_xlabel("r")
ax.set_ylabel("x")
ax.set_title("Logistic map: continuation over the orbit diagram (Python module)")
ax.legend(loc="lower left", fontsize=8, framealpha=0.9)
fig.tight_layout()
os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
fig.savefig(out)
print(f"wrote {out}: {density.shape[1]} columns x {bins} bins, {len(np.unique(branch))} branches, "
      f"PD at r = {', '.join(f'{cr[i]:.6f}' for i in pd_rows)}")
