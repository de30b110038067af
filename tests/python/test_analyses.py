"""The analysis functions (orbit_diagram, lyapunov, fixed_points, continuation, basins, scan):
each equals `neurodyn-cli run --no-figures` on a study file with that section, and the
numbers agree with theory (logistic period-2 cycle and fixed point, Hénon's constant Jacobian
determinant, the logistic map's period doubling at r = 3)."""
import json
import math
import os

import numpy
import pytest

import neurodyn
from conftest import run_cli
from test_study import assert_run_equals_cli, cli_run


def model_of(example):
    """The model of a built-in example (a neurodyn.Model when the build registers it)."""
    return neurodyn.example(example).model


LOGISTIC = "logistic-period-doubling"  # r = 3.7, x0 = 0.3
HENON = "henon-attractor"              # a = 1.4, b = 0.3


def without_views(result):
    return {k: v for k, v in result.items() if k not in ("branches", "special_points")}


CASES = [
    (neurodyn.orbit_diagram, "orbit_diagram", "orbit_diagram", LOGISTIC,
     {"parameter": "r", "from": 2.9, "to": 4.0, "count": 40, "bins": 50, "transient": 300, "samples": 200,
      "keep_points": True}),
    (neurodyn.lyapunov, "lyapunov", "lyapunov", HENON, {"steps": 5000, "transient": 100, "curve_points": 20}),
    (neurodyn.fixed_points, "fixed_points", "fixed_points", HENON, {"seed_count": 50}),
    (neurodyn.continuation, "continuation", "continuation", LOGISTIC,
     {"parameter": "r", "start_value": 2.5, "maximum": 3.5, "start": {"kind": "fixed_point", "state": [0.6]},
      "switch_at_flips": 2}),
    (neurodyn.basins, "basins", "basins", HENON,
     {"x": {"variable": "x", "from": -2, "to": 2, "count": 12}, "y": {"variable": "y", "from": -2, "to": 2, "count": 10}}),
    (neurodyn.scan, "parameter_scan", "parameter_scan", LOGISTIC,
     {"measure": "lyapunov", "steps": 2000, "transient": 200, "x": {"parameter": "r", "from": 3.0, "to": 4.0, "count": 11}}),
]


@pytest.mark.parametrize("function,section,result,example,settings", CASES, ids=[c[1] for c in CASES])
def test_equals_cli_run(function, section, result, example, settings, tmp_path):
    model = model_of(example)
    got = function(model, settings)
    # The same section in a study file of the same model, run by the CLI.
    study = neurodyn.Study.from_model(model, analyses={section: settings})
    path = tmp_path / "study.json"
    study.save(str(path))
    files = cli_run(path, tmp_path / "out")
    mine = {result: without_views(got)}
    wanted = {n: b for n, b in files.items() if n.startswith(result + ".") or n.startswith(result + "-")}
    if section == "continuation":
        twin = json.loads(files["continuation.json"])
        for branch, view in zip(twin["branches"], got["branches"]):
            assert {k: view[k] for k in branch} == branch
        mine[result]["branches"] = twin["branches"]
    assert_run_equals_cli(mine, wanted, section)
    # Keyword arguments are the same as the settings dict.
    keywords = function(model, **settings)
    assert {k: v for k, v in keywords.items() if k not in ("table", "branches", "special_points")
            and "-" not in k} == {k: v for k, v in got.items() if k not in ("table", "branches", "special_points")
                                  and "-" not in k}
    for column, values in got["table"].items():
        assert numpy.array_equal(keywords["table"][column], values, equal_nan=True) \
            if isinstance(values, numpy.ndarray) else keywords["table"][column] == values


def test_wrong_keys_and_values_get_the_study_readers_messages():
    model = model_of(LOGISTIC)
    with pytest.raises(ValueError, match="binz"):
        neurodyn.orbit_diagram(model, {"binz": 3})
    with pytest.raises(ValueError, match="bins"):
        neurodyn.orbit_diagram(model, bins=-1)
    with pytest.raises(TypeError):
        neurodyn.orbit_diagram(model, {"bins": 10}, bins=10)
    with pytest.raises(TypeError):
        neurodyn.orbit_diagram(model, {"bins": object()})
    with pytest.raises(TypeError):
        neurodyn.lyapunov("logistic")
    with pytest.raises(ValueError):
        neurodyn.lyapunov(model, x0=[0.1, 0.2])  # the logistic map has one variable


def test_old_spellings_are_read_with_a_warning():
    model = model_of(HENON)
    with pytest.warns(FutureWarning, match="seed_count"):
        old = neurodyn.fixed_points(model, seeds=40)
    new = neurodyn.fixed_points(model, seed_count=40)
    assert old["points"] == new["points"] and old["settings"] == new["settings"]


def test_logistic_period_two_points():
    # At r = 3.2 the logistic map's attractor is the 2-cycle x = (r + 1 +- sqrt((r - 3)(r + 1))) / (2r).
    d = neurodyn.orbit_diagram(model_of(LOGISTIC), parameter="r", **{"from": 3.1, "to": 3.3}, count=3,
                               transient=3000, samples=64, bins=100, keep_points=True)
    points = d["orbit_diagram-points"]
    column = points["column"] == 1
    r = points["parameter"][column][0]
    assert r == pytest.approx(3.2, abs=1e-15)
    values = numpy.unique(numpy.round(points["value"][column], 9))
    expected = sorted((r + 1 + s * math.sqrt((r - 3) * (r + 1))) / (2 * r) for s in (-1, 1))
    assert len(values) == 2
    assert values == pytest.approx(expected, abs=1e-8)
    # The histogram of that column has its 64 samples in two bins.
    table = d["table"]
    counts = numpy.array([table[f"bin_{b}"][1] for b in range(100)])
    assert counts.sum() == 64 and numpy.count_nonzero(counts) == 2


def test_henon_lyapunov_sum_is_log_b():
    # det J = -b everywhere, so the exponents of the Hénon map sum to ln b.
    l = neurodyn.lyapunov(model_of(HENON), steps=20000, transient=1000)
    assert len(l["exponents"]) == 2
    assert l["sum"] == pytest.approx(math.log(0.3), abs=1e-9)
    assert l["exponents"][0] == pytest.approx(0.419, abs=0.01)  # the attractor's known largest exponent


def test_logistic_fixed_points():
    f = neurodyn.fixed_points(model_of(LOGISTIC))  # r = 3.7
    states = sorted(p["state"][0] for p in f["points"])
    assert states == pytest.approx([0.0, 1 - 1 / 3.7], abs=1e-12)
    # The multiplier of x* = 1 - 1/r is 2 - r.
    nontrivial = [p for p in f["points"] if p["state"][0] > 0.5][0]
    assert nontrivial["eigenvalues"][0][0] == pytest.approx(2 - 3.7, abs=1e-9)
    assert f["table"]["x"] == pytest.approx(numpy.array([p["state"][0] for p in f["points"]]), abs=0)


def test_logistic_continuation_finds_period_doubling_at_3():
    c = neurodyn.continuation(model_of(LOGISTIC), parameter="r", start_value=2.5, maximum=3.2,
                              start={"kind": "fixed_point", "state": [0.6]})
    pd = [s for s in c["special_points"] if s["label"] == "PD"]
    assert pd, c["special_points"]
    assert pd[0]["parameters"][0] == pytest.approx(3.0, abs=1e-6)
    assert pd[0]["state"][0] == pytest.approx(1 - 1 / 3.0, abs=1e-6)
    assert pd[0]["multipliers"][0] == pytest.approx(-1.0, abs=1e-6)
    first = c["branches"][0]
    assert first["parameter"] == "r"
    # Along branch 0 the state is the fixed point 1 - 1/r.
    assert first["state"][:, 0] == pytest.approx(1 - 1 / first["r"], abs=1e-8)
    assert first["multipliers"].dtype == numpy.complex128
    assert first["multipliers"][:, 0].real == pytest.approx(2 - first["r"], abs=1e-6)
