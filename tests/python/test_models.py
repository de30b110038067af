"""neurodyn.models(), neurodyn.Model and neurodyn.simulate against independent oracles: the
published map formulas computed here in Python, central finite differences for the Jacobians,
`neurodyn-cli models` and `neurodyn-cli simulate` (the CSV's numbers to the last bit), and the
CLI's own error messages for the same bad input.
"""
import math
import subprocess
import warnings

import numpy as np
import pytest

import neurodyn
from conftest import cli_path, run_cli

LOGISTIC_TEXT = """map
var x = 0.4
par r = 3.7 in [-1000, 1000]
x' = r*x*(1 - x)
"""


def cli_trajectory(*args):
    """neurodyn-cli simulate's CSV as (header, rows of text fields)."""
    text = run_cli("simulate", *args).decode()
    lines = text.strip().split("\n")
    return lines[0].split(","), [line.split(",") for line in lines[1:]]


def assert_bit_equal_to_cli(array, args, flow):
    header, rows = cli_trajectory(*args)
    skip = 2 if flow else 1  # step (and time) columns
    assert array.shape == (len(rows), len(header) - skip)
    for r, fields in enumerate(rows):
        for c, field in enumerate(fields[skip:]):
            # float() of the CLI's text is the double it printed: equal to the last bit.
            assert float(field) == array[r, c], (r, c, field, array[r, c])


def cli_error(*args):
    """The message neurodyn-cli prints for a refused command (its last line, after 'error: ')."""
    result = subprocess.run([cli_path(), *map(str, args)], capture_output=True)
    assert result.returncode != 0
    return result.stderr.decode().strip()


# --- models() -------------------------------------------------------------------------------

def test_models_lists_every_type_the_cli_lists():
    text = run_cli("models").decode()
    cli_types = [line.split()[0] for line in text.split("\n")[1:] if line.startswith("  ")]
    assert len(cli_types) >= 10
    listed = neurodyn.models()
    assert [m["name"] for m in listed] == cli_types
    for m in listed:
        assert m["time"] in ("map", "flow")
        assert len(m["variables"]) == m["dimension"] == len(m["initial_state"])
        for p in m["parameters"]:
            assert set(p) >= {"name", "default", "min", "max", "typical_min", "typical_max", "description"}
            assert p["min"] <= p["default"] <= p["max"]
        for s in m["settings"]:
            assert set(s) >= {"name", "value", "choices", "description"}
            assert not s["choices"] or s["value"] in s["choices"]


def test_models_fields_match_the_cli_details():
    by_name = {m["name"]: m for m in neurodyn.models()}
    # The CLI's detail page of the logistic map: x' = r x (1 - x), r in [-1000, 1000], default 3.7.
    text = run_cli("models", "logistic").decode()
    logistic = by_name["logistic"]
    assert logistic["display_name"] in text and logistic["time"] == "map"
    assert logistic["variables"] == ["x"]
    (r,) = logistic["parameters"]
    assert r["name"] == "r" and f"[{r['min']:g}, {r['max']:g}]" in text and f"{r['default']:g}" in text
    assert by_name["kuramoto"]["time"] == "flow"
    assert "chialvo" in [s for s in by_name["ring-star"]["settings"] if s["name"] == "node"][0]["choices"]
    assert "ring-star" in by_name["chialvo"]["presets"] and by_name["logistic"]["presets"] == []


# --- Model ----------------------------------------------------------------------------------

def test_model_attributes():
    m = neurodyn.Model("ring-star", settings={"N": 10}, params={"sigma": 0.05})
    assert m.name == "ring-star" and m.time == "map"
    assert m.dimension == 20 and len(m.variables) == 20 and m.variables[:2] == ["x0", "y0"]
    assert m.settings["N"] == "10"
    assert m.parameters["sigma"] == 0.05
    listed = {d["name"]: d for d in neurodyn.models()}["ring-star"]
    assert np.array_equal(m.initial_state, listed["initial_state"])  # N = 10 is the default
    m.initial_state[0] = 99.0  # a new array each time: the model is immutable
    assert m.initial_state[0] == listed["initial_state"][0]
    k = neurodyn.Model("kuramoto", settings={"N": "7"})
    assert k.time == "flow" and k.dimension == 7
    r = repr(neurodyn.Model("logistic", params={"r": 3.9}))
    assert "logistic" in r and "'r': 3.9" in r


def test_logistic_step_is_the_published_formula():
    for r in (2.5, 3.2, 3.83, 4.0):
        m = neurodyn.Model("logistic", params={"r": r})
        for x in (0.0, 0.1, 0.4, 0.5, 0.999):
            assert m.step([x])[0] == r * x * (1 - x)
            # f'(x) = r (1 - 2x)
            assert m.jacobian([x])[0, 0] == pytest.approx(r * (1 - 2 * x), rel=1e-15, abs=1e-15)


def test_chialvo_step_is_the_published_formula():
    # Chialvo (1995): x' = x^2 exp(y - x) + k0, y' = a y - b x + c.
    a, b, c, k0 = 0.89, 0.18, 0.28, 0.03
    m = neurodyn.Model("chialvo", params={"a": a, "b": b, "c": c, "k0": k0})
    for x, y in ((0.5, 2.0), (1.3, -0.4), (-0.7, 3.1), (0.0, 0.0)):
        out = m.step(np.array([x, y]))
        assert out[0] == pytest.approx(x * x * math.exp(y - x) + k0, rel=2e-16, abs=0)
        assert out[1] == pytest.approx(a * y - b * x + c, rel=2e-16, abs=1e-17)


@pytest.mark.parametrize("name,settings,state", [
    ("chialvo", None, [0.5, 2.0]),
    ("henon", None, [0.3, -0.2]),
    ("rulkov", None, [-1.2, -2.9]),
    ("memristive-chialvo", None, [0.4, 1.8, 0.1]),
    ("ring-star", {"N": 6, "R": 1}, None),
    ("kuramoto", {"N": 6}, None),
])
def test_jacobian_matches_central_differences(name, settings, state):
    m = neurodyn.Model(name, settings=settings)
    x = np.array(state, dtype=float) if state is not None else m.initial_state + 0.01
    jac = m.jacobian(x)
    assert jac.shape == (m.dimension, m.dimension)
    h = 1e-6
    for j in range(m.dimension):
        e = np.zeros(m.dimension)
        e[j] = h
        column = (m.step(x + e) - m.step(x - e)) / (2 * h)
        # Central differences are exact to O(h^2) plus rounding of about eps/h.
        np.testing.assert_allclose(jac[:, j], column, rtol=1e-6, atol=1e-7)


def test_step_takes_other_dtypes_and_refuses_wrong_lengths():
    m = neurodyn.Model("henon")
    assert np.array_equal(m.step(np.array([0, 0], dtype=np.int32)), m.step([0.0, 0.0]))
    assert np.array_equal(m.step(np.array([[0.1, 0.7]])[0]), m.step([0.1, 0.7]))
    with pytest.raises(ValueError, match="expected 2 values"):
        m.step([0.1])
    with pytest.raises(ValueError, match="expected 2 values"):
        m.jacobian([0.1, 0.2, 0.3])
    with pytest.raises(ValueError):
        m.step(np.zeros((2, 2)))
    with pytest.raises(TypeError):
        m.step(["a", "b"])
    with pytest.raises(TypeError):
        m.step(np.array([1 + 2j, 0]))


def test_with_params():
    m = neurodyn.Model("chialvo", params={"b": 0.18})
    m2 = m.with_params(b=0.3, k0=0.02)
    assert m.parameters["b"] == 0.18 and m2.parameters["b"] == 0.3 and m2.parameters["k0"] == 0.02
    assert m2.parameters["a"] == m.parameters["a"]
    x = [0.5, 2.0]
    expected = m2.parameters["a"] * 2.0 - 0.3 * 0.5 + m2.parameters["c"]
    assert m2.step(x)[1] == pytest.approx(expected, rel=2e-16)
    n = neurodyn.Model("ring-star", settings={"N": 10}).with_params(sigma=0.1)
    assert n.dimension == 20 and n.settings["N"] == "10"
    with pytest.raises(ValueError, match="has no parameter named 'zz'"):
        m.with_params(zz=1.0)


# --- simulate against neurodyn-cli simulate -------------------------------------------------

def test_simulate_chialvo_equals_cli():
    m = neurodyn.Model("chialvo", params={"b": 0.18})
    x = neurodyn.simulate(m, x0=[0.3, 1.9], steps=400, transient=50, stride=3)
    assert x.shape == (400, 2) and x.dtype == np.float64 and x.flags.c_contiguous and x.flags.writeable
    assert_bit_equal_to_cli(x, ["--model", "chialvo", "--param", "b=0.18", "--initial-state", "0.3,1.9",
                                "--samples", 400, "--transient", 50, "--stride", 3], flow=False)
    # Row k is the state after transient + k*stride steps: compose step() by hand.
    s = np.array([0.3, 1.9])
    for _ in range(50):
        s = m.step(s)
    assert np.array_equal(x[0], s)
    for _ in range(3):
        s = m.step(s)
    assert np.array_equal(x[1], s)


def test_simulate_default_start_is_the_initial_state():
    m = neurodyn.Model("logistic")
    x = neurodyn.simulate(m, steps=5)
    assert x[0, 0] == m.initial_state[0]
    assert x[1, 0] == m.step(x[0])[0]


def test_simulate_ring_star_equals_cli():
    m = neurodyn.Model("ring-star", settings={"N": 10}, params={"sigma": 0.07})
    x = neurodyn.simulate(m, steps=300, transient=20)
    assert x.shape == (300, 20)
    assert_bit_equal_to_cli(x, ["--model", "ring-star", "--setting", "N=10", "--param", "sigma=0.07",
                                "--samples", 300, "--transient", 20], flow=False)


@pytest.mark.parametrize("method", ["rk4", "dormand_prince"])
def test_simulate_kuramoto_equals_cli(method):
    m = neurodyn.Model("kuramoto", settings={"N": 8}, params={"K": 2.5})
    x = neurodyn.simulate(m, steps=200, transient=10, stride=2, dt=0.05, method=method)
    assert x.shape == (200, 8)
    assert_bit_equal_to_cli(x, ["--model", "kuramoto", "--setting", "N=8", "--param", "K=2.5",
                                "--samples", 200, "--transient", 10, "--stride", 2, "--dt", 0.05,
                                "--method", method], flow=True)


def test_flow_methods_agree_and_dt_matters():
    m = neurodyn.Model("kuramoto", settings={"N": 5})
    rk = neurodyn.simulate(m, steps=50, dt=0.01, method="rk4")
    dp = neurodyn.simulate(m, steps=50, dt=0.01, method="dormand_prince")
    # Two integrators of the same ODE: equal to their tolerances, not to the bit.
    np.testing.assert_allclose(rk, dp, rtol=0, atol=1e-7)
    # dormand_prince samples every dt: its row 1 at dt = 0.1 and row 10 at dt = 0.01 are both t = 0.1.
    coarse = neurodyn.simulate(m, steps=6, dt=0.1, method="dormand_prince")
    np.testing.assert_allclose(coarse[1], dp[10], rtol=0, atol=1e-8)
    # rk4 steps dt: ten times coarser is a different (less accurate) orbit, O(dt^4) apart.
    rk_coarse = neurodyn.simulate(m, steps=6, dt=0.1, method="rk4")
    assert 1e-9 < np.max(np.abs(rk_coarse[1] - dp[10])) < 1e-3
    default = neurodyn.simulate(m, steps=50)
    assert np.array_equal(default, rk)  # dt 0.01 and rk4 are the study file's defaults


@pytest.mark.parametrize("backend", ["interpreter", "auto"])
def test_typed_logistic_equals_builtin(backend):
    # auto compiles the model when a C++ compiler is there (ctest sets NEURODYN_CACHE_DIR).
    builtin = neurodyn.Model("logistic", params={"r": 3.83})
    typed = neurodyn.Model("equations", definition=LOGISTIC_TEXT, params={"r": 3.83},
                           settings={"backend": backend})
    assert typed.name == "equations" and typed.variables == ["x"] and typed.time == "map"
    assert typed.parameters == {"r": 3.83}
    a = neurodyn.simulate(builtin, x0=[0.2], steps=500, transient=7)
    b = neurodyn.simulate(typed, x0=[0.2], steps=500, transient=7)
    assert np.array_equal(a, b)
    assert typed.jacobian([0.3])[0, 0] == builtin.jacobian([0.3])[0, 0]
    # The study file's spelling: the text as settings["definition"].
    same = neurodyn.Model("equations", settings={"definition": LOGISTIC_TEXT, "backend": "interpreter"})
    assert same.initial_state[0] == 0.4 and same.parameters["r"] == 3.7


def test_simulate_progress_and_escape():
    seen = []
    m = neurodyn.Model("logistic")
    neurodyn.simulate(m, steps=200000, progress=seen.append)
    assert seen and seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)
    # r = 5 sends x = 0.5 to 1.25, then to -1.5625 and on to -infinity: escape, fewer rows.
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        x = neurodyn.simulate(neurodyn.Model("logistic", params={"r": 5.0}), x0=[0.5], steps=100)
    assert any(issubclass(w.category, RuntimeWarning) and "escaped" in str(w.message) for w in caught)
    assert 1 < x.shape[0] < 100 and np.all(np.abs(x) <= 1e8)


# --- bad input: ValueError/TypeError with the engine's message --------------------------------

def test_unknown_model_names_the_known_types():
    with pytest.raises(ValueError) as e:
        neurodyn.Model("chialvoo")
    assert "unknown model type 'chialvoo'" in str(e.value)
    assert str(e.value) in cli_error("simulate", "--model", "chialvoo")


def test_bad_parameter_values_carry_the_engine_message():
    with pytest.raises(ValueError) as e:
        neurodyn.Model("chialvo", params={"a": 1e9})
    assert "chialvo parameter 'a'" in str(e.value)
    assert str(e.value) in cli_error("simulate", "--model", "chialvo", "--param", "a=1e9")
    with pytest.raises(ValueError) as e:
        neurodyn.Model("chialvo").with_params(b=-1e7)
    assert str(e.value) in cli_error("simulate", "--model", "chialvo", "--param", "b=-1e7")
    # The CLI cannot even read nan or inf; the engine's own check refuses them here.
    for bad in (float("nan"), float("inf"), -float("inf"), np.float32("nan")):
        with pytest.raises(ValueError, match="chialvo parameter 'a' must be a finite number"):
            neurodyn.Model("chialvo", params={"a": bad})


def test_bad_names_and_values():
    with pytest.raises(ValueError, match="chialvo has no parameter named 'zz'"):
        neurodyn.Model("chialvo", params={"zz": 1})
    with pytest.raises(ValueError) as e:
        neurodyn.Model("ring-star", settings={"NN": 10})
    assert "NN" in str(e.value)
    with pytest.raises(ValueError) as e:
        neurodyn.Model("ring-star", settings={"N": 1})
    assert str(e.value) in cli_error("simulate", "--model", "ring-star", "--setting", "N=1")
    with pytest.raises(ValueError):
        neurodyn.Model("ring-star", settings={"node": "nope"})
    with pytest.raises(TypeError):
        neurodyn.Model("chialvo", params={"a": "0.5"})
    with pytest.raises(TypeError):
        neurodyn.Model("chialvo", params={"a": True})
    with pytest.raises(TypeError):
        neurodyn.Model("chialvo", params=[("a", 0.5)])
    with pytest.raises(TypeError):
        neurodyn.Model("ring-star", settings={"N": 2.5})
    with pytest.raises(ValueError, match="beyond the range of a real number"):
        neurodyn.Model("chialvo", params={"a": 10**400})
    with pytest.raises(TypeError):
        neurodyn.Model("chialvo", settings={"x": object()})
    with pytest.raises(TypeError):
        neurodyn.Model(None)
    with pytest.raises(ValueError, match="unknown model type"):
        neurodyn.Model("")
    with pytest.raises(ValueError, match="needs its text"):
        neurodyn.Model("equations")
    with pytest.raises(ValueError, match="typed model's text"):
        neurodyn.Model("chialvo", definition=LOGISTIC_TEXT)
    with pytest.raises(ValueError, match="line"):
        neurodyn.Model("equations", definition="map\nvar x = 0\nx' = x +* 2\n")


def test_bad_simulate_arguments():
    m = neurodyn.Model("chialvo")
    k = neurodyn.Model("kuramoto", settings={"N": 3})
    for kwargs, error in [
        (dict(steps=0), ValueError), (dict(steps=-5), ValueError), (dict(steps=10**12), ValueError),
        (dict(transient=-1), ValueError), (dict(stride=0), ValueError), (dict(steps=2.5), TypeError),
        (dict(steps=True), TypeError), (dict(x0=[1.0]), ValueError), (dict(x0=[np.nan, 1.0]), ValueError),
        (dict(x0=[np.inf, 1.0]), ValueError), (dict(x0="ab"), TypeError), (dict(dt=0.1), ValueError),
        (dict(method="rk4"), ValueError), (dict(threads=-1), ValueError),
    ]:
        with pytest.raises(error):
            neurodyn.simulate(m, **kwargs)
    for kwargs, error in [
        (dict(dt=0), ValueError), (dict(dt=-0.1), ValueError), (dict(dt=1000), ValueError),
        (dict(dt=float("nan")), ValueError), (dict(dt="0.1"), TypeError), (dict(method="euler"), ValueError),
        (dict(method=4), TypeError), (dict(dt=10**400), ValueError), (dict(progress=5), TypeError),
    ]:
        with pytest.raises(error):
            neurodyn.simulate(k, **kwargs)
    with pytest.raises(TypeError):
        neurodyn.simulate("chialvo")
    # The engine's message for a non-finite start (the CLI cannot read 'nan' at all).
    with pytest.raises(ValueError, match="initial value of x must be a finite number"):
        neurodyn.simulate(m, x0=[np.nan, 1.0])


def test_simulate_stops_on_ctrl_c():
    # 1e9 transient iterations take seconds; SIGINT after 0.3 s must end the call within 0.2 s.
    import os
    import signal
    import threading
    import time

    sent = []

    def interrupt():
        time.sleep(0.3)
        sent.append(time.perf_counter())
        os.kill(os.getpid(), signal.SIGINT)

    thread = threading.Thread(target=interrupt)
    thread.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            neurodyn.simulate(neurodyn.Model("logistic", params={"r": 3.9}), x0=[0.3], steps=10,
                              transient=10**9)
        stopped = time.perf_counter()
    finally:
        thread.join()
    assert sent and stopped - sent[0] < 0.2
    # The module still works afterwards.
    assert neurodyn.simulate(neurodyn.Model("logistic"), steps=2).shape == (2, 1)
