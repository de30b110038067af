"""neurodyn's measures on numpy arrays: equal to `neurodyn-cli measure` on the same data written
to a file (every number compared with ==, after json.loads of the CLI's output), for several
option sets; the identities and theory values the C++ tests use (an O(N^2) pair count written
here in numpy for sampen, R = 1 for identical phases, a symmetric correlation matrix with a unit
diagonal, h(2) = 1/2 for white noise, K near 1 and 0 for chaotic and periodic logistic orbits,
a ring's flat network spectrum); the input layouts (Fortran order, strides, integers) giving
the value of the float64 C-contiguous copy; and the option checks worded as the CLI's.
"""
import math
import os
import re
import signal
import subprocess
import threading
import time

import numpy as np
import pytest

import neurodyn
from conftest import cli_json, cli_path

# Keys of the CLI's JSON that describe the file it read and the build, not the measure.
INPUT_KEYS = {"measure", "input", "input_sha256", "input_bytes", "app_version", "source_revision",
              "build_type", "samples", "columns", "column_rule"}


def write_columns(path, columns, names=None):
    """A CSV whose columns are the given arrays, each value written as Python's shortest text
    that reads back as the same double, so the CLI measures exactly the array given here."""
    names = names or [f"n{i + 1}" for i in range(len(columns))]
    with open(path, "w") as f:
        f.write(",".join(names) + "\n")
        for row in zip(*columns):
            f.write(",".join(repr(float(v)) for v in row) + "\n")
    return names


def same(py, cli, where="result"):
    """py (the module's value) equals cli (json.loads of the CLI's) to the last bit: numbers
    with ==, the CLI's null as None or, inside an array, NaN."""
    if isinstance(cli, dict):
        assert isinstance(py, dict), where
        for k, v in cli.items():
            assert k in py, f"{where}: key {k!r} missing"
            same(py[k], v, f"{where}.{k}")
    elif isinstance(cli, list) and cli and isinstance(cli[0], dict):  # e.g. the fits' warnings
        assert len(py) == len(cli), where
        for i, (p, c) in enumerate(zip(py, cli)):
            same(p, c, f"{where}[{i}]")
    elif isinstance(cli, list):
        a = np.asarray(py, dtype=float) if not (cli and isinstance(cli[0], str)) else py
        if cli and isinstance(cli[0], str):
            assert list(py) == cli, where
            return
        expected = np.array([[math.nan if v is None else v for v in row] for row in cli]
                            if cli and isinstance(cli[0], list)
                            else [math.nan if v is None else v for v in cli], dtype=float)
        if expected.size == 0:
            assert a.size == 0, where
            return
        assert a.shape == expected.shape, f"{where}: shape {a.shape} vs {expected.shape}"
        both = np.isnan(a) & np.isnan(expected)
        assert np.array_equal(np.where(both, 0, a), np.where(both, 0, expected)), \
            f"{where}: {a} vs {expected}"
    elif cli is None:
        assert py is None or (isinstance(py, float) and math.isnan(py)), f"{where}: {py!r} vs null"
    elif isinstance(cli, bool):
        assert py is cli, where
    elif isinstance(cli, (int, float)):
        assert isinstance(py, (int, float)) and not isinstance(py, bool), f"{where}: {py!r}"
        assert py == cli, f"{where}: {py!r} != {cli!r}"
    else:
        assert py == cli, f"{where}: {py!r} != {cli!r}"


def equal_results(a, b):
    """Two results of the module are equal: the same keys, arrays equal element by element
    (NaN where NaN)."""
    assert a.keys() == b.keys()
    for k in a:
        if isinstance(a[k], np.ndarray):
            assert np.array_equal(a[k], b[k], equal_nan=True), k
        elif isinstance(a[k], dict):
            equal_results(a[k], b[k])
        else:
            assert a[k] == b[k], k


def compare(py, cli, rename=()):
    """Every key of the CLI's JSON but the input's is in the module's dict with the same value."""
    cli = {k: v for k, v in cli.items() if k not in INPUT_KEYS}
    if "conventions" in cli:
        for a, b in rename:
            cli["conventions"] = cli["conventions"].replace(a, b)
    same(py, cli)


def cli_measure(tmp_path, name, columns, *options, names=None):
    path = tmp_path / "in.csv"
    names = write_columns(path, columns, names)
    return cli_json("measure", name, *options, path), names


def cli_failure(*args):
    """The CLI's error message for a failing `measure` call, with option names as the module
    spells them (--r-mode -> r_mode)."""
    env = dict(os.environ, LC_ALL="C")
    r = subprocess.run([cli_path(), *map(str, args)], capture_output=True, env=env)
    assert r.returncode != 0
    message = r.stderr.decode().strip().split(": ", 1)[1]
    return re.sub(r"--([a-z][a-z-]*)", lambda m: m.group(1).replace("-", "_"), message)


@pytest.fixture
def noise():
    return np.random.default_rng(7).standard_normal(600)


def logistic(r, n, x=0.3, transient=1000):
    out = np.empty(n)
    for _ in range(transient):
        x = r * x * (1 - x)
    for i in range(n):
        x = r * x * (1 - x)
        out[i] = x
    return out


# --- sampen ---

SAMPEN_OPTIONS = [
    ({}, []),
    ({"r": 0.5, "r_mode": "abs"}, ["--r", "0.5", "--r-mode", "abs"]),
    ({"ddof": 1}, ["--ddof", "1"]),
    ({"match": "lt"}, ["--match", "lt"]),
    ({"templates": "all"}, ["--templates", "all"]),
    ({"lag": 3, "m": 3}, ["--lag", "3", "-m", "3"]),
    ({"m": 1, "r": 0.15, "match": "lt", "templates": "all", "ddof": 1},
     ["-m", "1", "--r", "0.15", "--match", "lt", "--templates", "all", "--ddof", "1"]),
]


@pytest.mark.parametrize("kwargs,args", SAMPEN_OPTIONS)
def test_sampen_equals_cli(tmp_path, noise, kwargs, args):
    cli, _ = cli_measure(tmp_path, "sample_entropy", [noise], *args)
    py = neurodyn.sampen(noise, **kwargs)
    compare(py, cli)
    assert py["value"] == pytest.approx(-math.log(py["A"] / py["B"]), rel=1e-14)


def test_sampen_ties_equal_cli(tmp_path):
    # Integer data: many distances equal r exactly, where le and lt differ.
    x = np.random.default_rng(3).integers(0, 6, 400).astype(float)
    for match in ("le", "lt"):
        cli, _ = cli_measure(tmp_path, "sample_entropy", [x], "--r", "1", "--r-mode", "abs", "--match", match)
        compare(neurodyn.sampen(x, r=1, r_mode="abs", match=match), cli)


def brute_counts(x, m, r, lag, strict, all_templates):
    """A and B by comparing every pair of templates (Chebyshev distance), self-matches excluded."""
    n = len(x)
    def pairs(length, starts):
        t = np.array([[x[i + k * lag] for k in range(length)] for i in range(starts)])
        d = np.max(np.abs(t[:, None, :] - t[None, :, :]), axis=2)
        close = d < r if strict else d <= r
        return int((np.count_nonzero(close) - starts) // 2)
    starts_a = n - m * lag
    starts_b = n - (m - 1) * lag if all_templates else starts_a
    return pairs(m + 1, starts_a), pairs(m, starts_b)


@pytest.mark.parametrize("m,lag,match,templates,r_mode,ddof", [
    (2, 1, "le", "shared", "sd", 0), (2, 1, "lt", "shared", "sd", 1), (1, 1, "le", "all", "sd", 0),
    (3, 2, "le", "shared", "abs", 0), (2, 3, "lt", "all", "abs", 0)])
def test_sampen_equals_brute_force_count(m, lag, match, templates, r_mode, ddof):
    x = np.round(np.random.default_rng(11).standard_normal(150), 1)  # ties at distance r too
    r = 0.3 if r_mode == "abs" else 0.2
    py = neurodyn.sampen(x, m=m, r=r, r_mode=r_mode, ddof=ddof, match=match, lag=lag, templates=templates)
    expected_r = r if r_mode == "abs" else r * np.std(x, ddof=ddof)
    assert py["r_used"] == pytest.approx(expected_r, rel=1e-12)
    a, b = brute_counts(x, m, py["r_used"], lag, match == "lt", templates == "all")
    assert (py["A"], py["B"]) == (a, b)
    assert py["templates_A"] == len(x) - m * lag


def test_sampen_constant_series_is_undefined():
    py = neurodyn.sampen(np.full(50, 3.25))
    assert py["value"] is None and "constant" in py["reason"]
    assert py["r_used"] == 0 and py["sd"] == 0 and py["A"] == 0 and py["B"] == 0


# --- zero_one ---

ZERO_ONE_OPTIONS = [
    ({}, []),
    ({"seed": 5, "c_count": 20}, ["--seed", "5", "--c-count", "20"]),
    ({"c_min": 0.5, "c_max": 2.0, "n_cut": 100}, ["--c-min", "0.5", "--c-max", "2", "--n-cut", "100"]),
    ({"full": True, "c_count": 7}, ["--full", "--c-count", "7"]),
]


@pytest.mark.parametrize("kwargs,args", ZERO_ONE_OPTIONS)
def test_zero_one_equals_cli(tmp_path, kwargs, args):
    x = logistic(3.9, 1500)
    cli, _ = cli_measure(tmp_path, "zero_one", [x], *args)
    py = neurodyn.zero_one(x, **kwargs)
    compare(py, cli)
    assert py["Kc"] is py["K_c"]


def test_zero_one_c_values_equal_cli_c_file(tmp_path):
    x = logistic(3.7, 800)
    c = [0.7, 1.1, 1.9, 2.3]
    (tmp_path / "c.txt").write_text("\n".join(map(repr, c)) + "\n")
    cli, _ = cli_measure(tmp_path, "zero_one", [x], "--c-file", tmp_path / "c.txt")
    py = neurodyn.zero_one(x, c_values=np.array(c))
    cli["settings"].pop("c_file")
    compare(py, cli)
    assert list(py["c"]) == c


@pytest.mark.parametrize("r,chaotic", [(4.0, True), (3.9, True), (3.5, False), (3.83, False)])
def test_zero_one_logistic_targets(r, chaotic):
    k = neurodyn.zero_one(logistic(r, 10000))["K"]
    assert (k > 0.99) if chaotic else (abs(k) < 0.05), k


# --- mfdfa ---

MFDFA_OPTIONS = [
    ({}, []),
    ({"q": [-2, 0, 2], "order": 2}, ["--q=-2,0,2", "--order", "2"]),
    ({"scales": [16, 32, 64, 128]}, ["--scale-list", "16,32,64,128"]),
    ({"scale_list": [20, 40, 80]}, ["--scale-list", "20,40,80"]),
    ({"scale_min": 10, "scale_max": 200, "scale_count": 7, "order": 0},
     ["--scale-min", "10", "--scale-max", "200", "--scale-count", "7", "--order", "0"]),
]


@pytest.mark.parametrize("kwargs,args", MFDFA_OPTIONS)
def test_mfdfa_equals_cli(tmp_path, kwargs, args):
    x = np.random.default_rng(5).standard_normal(2000)
    cli, _ = cli_measure(tmp_path, "mfdfa", [x], *args)
    py = neurodyn.mfdfa(x, **kwargs)
    compare(py, cli)
    assert py["f"] is py["f_alpha"]


def test_mfdfa_white_noise_hurst_half():
    py = neurodyn.mfdfa(np.random.default_rng(11).standard_normal(1 << 15))
    h2 = py["h"][list(py["q"]).index(2.0)]
    assert abs(h2 - 0.5) < 0.04, h2
    assert np.array_equal(py["tau"], py["q"] * py["h"] - 1)


def test_mfdfa_fit_report_warns_flat_segments_for_negative_q_only(tmp_path):
    """Constant stretches make segments of zero detrended variance: with q < 0 they are listed
    under "warnings" (as the CLI lists them), with q >= 0 they are not; min_r2 = 1 flags every
    fit of a noisy series, with that fit's own R^2."""
    x = np.random.default_rng(3).standard_normal(1 << 13)
    x[1000:3000] = 0.0
    negative = neurodyn.mfdfa(x, q=[-2, 2], scales=[16, 32, 64, 128], min_r2=1.0)
    kinds = [w["kind"] for w in negative["warnings"]]
    assert kinds.count("flat_segments") == 1
    flat = next(w for w in negative["warnings"] if w["kind"] == "flat_segments")
    assert flat["segments"] == sum(negative["zero_variance_segments"]) + sum(negative["near_zero_segments"])
    assert flat["segments"] >= 2 * (2000 // 16 - 1)
    poor = [w for w in negative["warnings"] if w["kind"] == "low_r_squared"]
    assert [w["q"] for w in poor] == [-2.0, 2.0]
    assert [w["r_squared"] for w in poor] == list(negative["r_squared"])
    assert (negative["fit_scale_min"], negative["fit_scale_max"], negative["fit_points"]) == (16, 128, 4)
    positive = neurodyn.mfdfa(x, q=[0, 2], scales=[16, 32, 64, 128])
    assert all(w["kind"] != "flat_segments" for w in positive["warnings"])
    cli, _ = cli_measure(tmp_path, "mfdfa", [x], "--q=-2,2", "--scale-list", "16,32,64,128", "--min-r2", "1")
    compare(negative, cli)


def test_network_spectrum_fit_report(tmp_path):
    edges = ring_edges(41)
    py = neurodyn.network_spectrum(edges, min_r2=1.0)
    assert len(py["tau_stderr"]) == len(py["q"]) == len(py["crossover_radius"])
    assert py["fit_points"] == len(py["radii_used"])
    assert py["fit_radius_max"] == py["radii_used"][-1]
    imperfect = int(np.sum(np.asarray(py["r_squared"]) < 1.0))
    assert [w["kind"] for w in py["warnings"]].count("low_r_squared") == imperfect
    with pytest.raises(ValueError, match="min_r2"):
        neurodyn.network_spectrum(edges, min_r2=1.5)


# --- kuramoto_r and cross_correlation: nodes x samples ---

def node_series(nodes=5, samples=400, seed=2):
    rng = np.random.default_rng(seed)
    t = np.arange(samples) * 0.05
    return np.array([np.sin((1 + 0.1 * i) * t + rng.uniform(0, 6)) + 0.2 * rng.standard_normal(samples)
                     for i in range(nodes)])


KURAMOTO_OPTIONS = [
    ({"convention": "given"}, ["--phases", "given"]),
    ({"convention": "spike", "threshold": 0.5}, ["--phases", "spike", "--threshold", "0.5"]),
    ({"convention": "hilbert", "local_half_width": 2}, ["--phases", "hilbert", "--local-half-width", "2"]),
    ({"convention": "given", "ring_hub": 3}, ["--phases", "given", "--ring-hub", "3"]),
]


@pytest.mark.parametrize("kwargs,args", KURAMOTO_OPTIONS)
def test_kuramoto_equals_cli(tmp_path, kwargs, args):
    x = node_series()
    cli, names = cli_measure(tmp_path, "kuramoto_r", list(x), *args)
    cli2, _ = cli_measure(tmp_path, "kuramoto_r", list(x), *args, "--columns", ",".join(names))
    assert cli == {**cli2, "column_rule": cli["column_rule"]}
    compare(neurodyn.kuramoto_r(x, **kwargs), cli, rename=[("--columns order", "row order")])


def test_kuramoto_centred_with_y_equals_cli(tmp_path):
    x, y = node_series(4, 300, 1), node_series(4, 300, 9)
    names = [f"x{i}" for i in range(4)] + [f"y{i}" for i in range(4)]
    cli, _ = cli_measure(tmp_path, "kuramoto_r", list(x) + list(y), "--phases", "centred",
                         "--columns", ",".join(names[:4]), "--y-columns", ",".join(names[4:]), names=names)
    compare(neurodyn.kuramoto_r(x, convention="centred", y=y), cli,
            rename=[("--columns order", "row order")])


def test_kuramoto_identical_phases_is_one():
    phases = np.tile(0.3 * np.arange(50), (7, 1))
    py = neurodyn.kuramoto_r(phases)
    assert abs(py["order_parameter_mean"] - 1) < 1e-14 and py["order_parameter_sd"] < 1e-14
    spaced = phases + 2 * np.pi * np.arange(7)[:, None] / 7
    assert neurodyn.kuramoto_r(spaced)["order_parameter_mean"] < 1e-14


def test_kuramoto_undefined_spikes_give_reason():
    py = neurodyn.kuramoto_r(np.zeros((3, 40)), convention="spike")
    assert py["order_parameter_mean"] is None and py["reason"]


CROSS_OPTIONS = [
    ({}, []),
    ({"correlation": "hub", "hub": 2}, ["--correlation", "hub", "--hub", "2"]),
    ({"correlation": "ring-neighbours", "ring_hub": 1}, ["--correlation", "ring-neighbours", "--ring-hub", "1"]),
]


@pytest.mark.parametrize("kwargs,args", CROSS_OPTIONS)
def test_cross_correlation_equals_cli(tmp_path, kwargs, args):
    x = node_series(6, 300, 4)
    x[4] = 1.5  # a zero-variance node: null pairs, reported by number
    cli, names = cli_measure(tmp_path, "cross_correlation", list(x), *args)
    py = neurodyn.cross_correlation(x, **kwargs)
    compare(py, cli, rename=[("--columns order", "row order"), ("--correlation", "correlation")])
    assert list(py["zero_variance_nodes"]) == [5]


def test_cross_correlation_identities():
    x = node_series(4, 500, 8)
    m = neurodyn.cross_correlation(np.vstack([x, x]))["cross_correlation_matrix"]
    assert np.array_equal(m, m.T)
    assert np.all(np.abs(np.diag(m) - 1) < 1e-14)
    assert np.all(np.abs(m[:4, 4:] - m[:4, :4]) < 1e-14)  # a node and its copy: the same row


# --- network_spectrum ---

def ring_edges(n, weights=None):
    src = np.arange(n)
    w = np.ones(n) if weights is None else weights
    return np.column_stack([src, (src + 1) % n, w])


@pytest.mark.parametrize("kwargs,args", [
    ({}, []), ({"q": [-1, 0, 1, 3]}, ["--q=-1,0,1,3"]), ({"radius_count": 8}, ["--radius-count", "8"]),
    ({"radii": [1, 2, 4, 8]}, ["--radii", "1,2,4,8"]),
    ({"method": "sandbox", "centres": 10, "seed": 4, "q": [0, 2]},
     ["--method", "sandbox", "--centres", "10", "--seed", "4", "--q=0,2"]),
    ({"method": "neuromfa-paths", "max_distance": 30, "min_edges": 3, "directed": True, "filter_mode": 3},
     ["--method", "neuromfa-paths", "--max-distance", "30", "--min-edges", "3", "--directed", "--filter-mode", "3"])])
def test_network_spectrum_equals_cli(tmp_path, kwargs, args):
    rng = np.random.default_rng(6)
    edges = np.vstack([ring_edges(30, rng.uniform(0.5, 2, 30)), [[0, 15, 1.7], [3, 22, 0.9]]])
    path = tmp_path / "edges.txt"
    path.write_text("".join(f"{int(a)} {int(b)} {w!r}\n" for a, b, w in edges))
    cli = cli_json("measure", "network_spectrum", *args, path)
    py = neurodyn.network_spectrum(edges, **kwargs)
    compare(py, cli)
    # Two columns: every weight is 1, as the CLI reads a two-column list.
    path.write_text("".join(f"{int(a)} {int(b)}\n" for a, b, _ in edges))
    compare(neurodyn.network_spectrum(edges[:, :2].astype(np.int64), **kwargs),
            cli_json("measure", "network_spectrum", *args, path))


def test_network_spectrum_ring_is_monofractal():
    py = neurodyn.network_spectrum(ring_edges(101)[:, :2])
    assert py["diameter"] == 50 and py["width"] < 1e-6
    assert np.all(np.abs(py["f"]) < 1e-9)


# --- input layouts: converted once, same values ---

def test_layouts_give_the_contiguous_value(noise):
    base = neurodyn.sampen(noise)
    strided = np.empty(2 * len(noise))
    strided[::2] = noise
    assert neurodyn.sampen(strided[::2]) == base
    ints = np.random.default_rng(1).integers(-5, 5, 300)
    assert neurodyn.sampen(ints, r=1, r_mode="abs") == neurodyn.sampen(ints.astype(float), r=1, r_mode="abs")
    assert neurodyn.sampen(list(noise)) == base
    x = node_series(5, 200, 3)
    fortran = np.asfortranarray(x)
    assert not fortran.flags.c_contiguous
    equal_results(neurodyn.cross_correlation(fortran), neurodyn.cross_correlation(x))
    equal_results(neurodyn.kuramoto_r(x.astype(np.float32)),
                  neurodyn.kuramoto_r(x.astype(np.float32).astype(float)))
    equal_results(neurodyn.kuramoto_r(x[:, ::2]), neurodyn.kuramoto_r(x[:, ::2].copy()))


def test_input_is_not_modified(noise):
    before = noise.copy()
    neurodyn.sampen(noise)
    neurodyn.mfdfa(noise)
    assert np.array_equal(noise, before)


def test_long_input_runs_off_the_gil_with_the_same_result():
    # Above the inline size the call runs on a worker thread (runLong): same numbers.
    x = np.random.default_rng(2).standard_normal(20000)
    one = neurodyn.sampen(x, threads=1)
    assert neurodyn.sampen(x) == one
    assert neurodyn.sampen(x, threads=2) == one


def test_ctrl_c_stops_a_long_measure():
    # sampen on 2e6 values takes seconds; SIGINT half a second in must end it early with
    # KeyboardInterrupt. (The bound is loose: the kernel checks for cancellation between tasks of
    # its pair count, not while it sorts the templates first.)
    x = np.random.default_rng(1).standard_normal(2_000_000)
    timer = threading.Timer(0.5, lambda: os.kill(os.getpid(), signal.SIGINT))
    start = time.perf_counter()
    timer.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            neurodyn.sampen(x)
    finally:
        timer.cancel()
    assert time.perf_counter() - start < 3.0


def test_progress_reports_fractions_up_to_one():
    seen = []
    x = np.random.default_rng(4).standard_normal(200_000)
    assert neurodyn.sampen(x, progress=seen.append) == neurodyn.sampen(x)
    assert seen and seen[-1] == 1.0 and all(0.0 <= f <= 1.0 for f in seen)
    small = []
    neurodyn.mfdfa(x[:1000], progress=small.append)  # inline: only the end is reported
    assert small == [1.0]
    with pytest.raises(TypeError):
        neurodyn.sampen(x[:100], progress=3)


def test_progress_exception_stops_the_call():
    def stop(fraction):
        raise RuntimeError("enough")
    with pytest.raises(RuntimeError, match="enough"):
        neurodyn.sampen(np.random.default_rng(1).standard_normal(1_000_000), progress=stop)


# --- checks: the CLI's messages, ValueError/TypeError, never a crash ---

@pytest.mark.parametrize("measure,kwargs,args", [
    ("sample_entropy", {"m": 0}, ["-m", "0"]),
    ("sample_entropy", {"r": -1.0}, ["--r=-1"]),
    ("sample_entropy", {"ddof": 2}, ["--ddof", "2"]),
    ("sample_entropy", {"lag": 0}, ["--lag", "0"]),
    ("sample_entropy", {"r_mode": "relative"}, ["--r-mode", "relative"]),
    ("sample_entropy", {"match": "eq"}, ["--match", "eq"]),
    ("sample_entropy", {"templates": "some"}, ["--templates", "some"]),
    ("zero_one", {"c_count": 0}, ["--c-count", "0"]),
    ("zero_one", {"seed": -1}, ["--seed=-1"]),
    ("mfdfa", {"order": 9}, ["--order", "9"]),
    ("mfdfa", {"scale_count": 1}, ["--scale-count", "1"]),
    ("mfdfa", {"scale_min": 0}, ["--scale-min", "0"]),
    ("cross_correlation", {"correlation": "pairs"}, ["--correlation", "pairs"]),
    ("cross_correlation", {"hub": 9}, ["--hub", "9"]),
    ("cross_correlation", {"ring_hub": 0}, ["--ring-hub", "0"]),
    ("network_spectrum", {"radius_count": 1}, ["--radius-count", "1"]),
])
def test_option_messages_are_the_clis(tmp_path, measure, kwargs, args):
    x = node_series(3, 300, 1)
    if measure == "network_spectrum":
        path = tmp_path / "e.txt"
        path.write_text("0 1 1\n1 2 1\n")
        data = ring_edges(3)
    else:
        path = tmp_path / "in.csv"
        write_columns(path, [x[0]] if measure in ("sample_entropy", "zero_one", "mfdfa") else list(x))
        data = x[0] if measure in ("sample_entropy", "zero_one", "mfdfa") else x
    expected = cli_failure("measure", measure, *args, path)
    fn = {"sample_entropy": neurodyn.sampen}.get(measure) or getattr(neurodyn, measure)
    with pytest.raises(ValueError) as e:
        fn(data, **kwargs)
    assert str(e.value) == expected


@pytest.mark.parametrize("call,error", [
    (lambda: neurodyn.sampen(np.array([1.0, np.nan, 2, 3, 4])), ValueError),
    (lambda: neurodyn.sampen(np.array([1.0, 2.0])), ValueError),
    (lambda: neurodyn.sampen(np.zeros((3, 3))), ValueError),
    (lambda: neurodyn.sampen(np.array([1 + 1j, 2])), TypeError),
    (lambda: neurodyn.sampen("12345"), TypeError),
    (lambda: neurodyn.sampen(np.arange(20.0), m=2.5), TypeError),
    (lambda: neurodyn.sampen(np.arange(20.0), m=True), TypeError),
    (lambda: neurodyn.sampen(np.arange(20.0), r=float("inf")), ValueError),
    (lambda: neurodyn.sampen(np.arange(20.0), r_mode=1), TypeError),
    (lambda: neurodyn.sampen(np.arange(20.0), threads=-1), ValueError),
    (lambda: neurodyn.zero_one(np.arange(10.0)), ValueError),
    (lambda: neurodyn.zero_one(logistic(3.9, 100), c_values=[7.0]), ValueError),
    (lambda: neurodyn.zero_one(logistic(3.9, 100), full=1), TypeError),
    (lambda: neurodyn.mfdfa(np.arange(20.0)), ValueError),
    (lambda: neurodyn.mfdfa(np.arange(200.0), q=[1, 1]), ValueError),
    (lambda: neurodyn.mfdfa(np.arange(200.0), scales=[8, 16], scale_list=[8, 16]), ValueError),
    (lambda: neurodyn.mfdfa(np.arange(200.0), scales=[8.5, 16]), ValueError),
    (lambda: neurodyn.kuramoto_r(np.zeros(10)), ValueError),
    (lambda: neurodyn.kuramoto_r(np.zeros((2, 10)), convention="centred"), ValueError),
    (lambda: neurodyn.kuramoto_r(np.zeros((2, 10)), convention="arctan", y=np.zeros((3, 10))), ValueError),
    (lambda: neurodyn.kuramoto_r(np.zeros((2, 10)), convention="phase"), ValueError),
    (lambda: neurodyn.cross_correlation(np.zeros((1, 10))), ValueError),
    (lambda: neurodyn.cross_correlation(np.array([[1.0, np.inf], [2, 3]])), ValueError),
    (lambda: neurodyn.network_spectrum(np.zeros((2, 4))), ValueError),
    (lambda: neurodyn.network_spectrum(np.array([[0, 1.5, 1]])), ValueError),
    (lambda: neurodyn.network_spectrum(np.array([[-1, 1, 1]])), ValueError),
    (lambda: neurodyn.network_spectrum(np.array([[0, 1, np.nan]])), ValueError),
    (lambda: neurodyn.network_spectrum(np.empty((0, 3))), ValueError),
])
def test_bad_input_raises(call, error):
    with pytest.raises(error):
        call()


# --- the entropy family: mse, permutation_entropy, apen ---

MSE_OPTIONS = [
    ({"scales": 8}, ["--scales", "8"]),
    ({"scales": 5, "method": "rcmse", "tolerance": "per-scale", "match": "lt", "ddof": 1},
     ["--scales", "5", "--method", "rcmse", "--tolerance", "per-scale", "--match", "lt", "--ddof", "1"]),
    ({"scales": 4, "m": 1, "r": 0.4, "r_mode": "abs"}, ["--scales", "4", "-m", "1", "--r", "0.4", "--r-mode", "abs"]),
]


@pytest.mark.parametrize("kwargs,args", MSE_OPTIONS)
def test_mse_equals_cli(tmp_path, noise, kwargs, args):
    cli, _ = cli_measure(tmp_path, "mse", [noise], *args)
    py = neurodyn.mse(noise, **kwargs)
    for one_py, one_cli in zip(py["scales"], cli.pop("scales"), strict=True):
        same(one_py, one_cli, "scales")
    compare(py, cli)


def test_mse_scale_one_is_sampen_and_costa_means(noise):
    # Scale 1 is sample entropy itself; scale 3 is sample entropy of the means of non-overlapping
    # triples, with r from the original series' SD.
    py = neurodyn.mse(noise, scales=3)
    assert py["values"][0] == neurodyn.sampen(noise)["value"]
    means = noise[: len(noise) // 3 * 3].reshape(-1, 3).mean(axis=1)
    r = 0.2 * np.std(noise)
    expected = neurodyn.sampen(means, r=r, r_mode="abs")
    assert (py["scales"][2]["A"], py["scales"][2]["B"]) == (expected["A"], expected["B"])
    assert py["complexity_index"] == pytest.approx(np.sum(py["values"]), rel=1e-14)


PE_OPTIONS = [
    ({}, []),
    ({"order": 5, "delay": 2}, ["--order", "5", "--delay", "2"]),
    ({"order": 4, "normalise": False, "weighted": True}, ["--order", "4", "--normalise", "no", "--weighted", "yes"]),
]


@pytest.mark.parametrize("kwargs,args", PE_OPTIONS)
def test_permutation_entropy_equals_cli(tmp_path, noise, kwargs, args):
    cli, _ = cli_measure(tmp_path, "permutation-entropy", [noise], *args)
    compare(neurodyn.permutation_entropy(noise, **kwargs), cli)


def test_permutation_entropy_against_numpy_patterns(noise):
    # Patterns by a stable argsort here (ties: the earlier sample is the smaller), entropy in nats.
    d = 4
    windows = np.lib.stride_tricks.sliding_window_view(np.round(noise, 1), d)
    _, counts = np.unique(np.argsort(windows, axis=1, kind="stable"), axis=0, return_counts=True)
    p = counts / counts.sum()
    py = neurodyn.permutation_entropy(np.round(noise, 1), order=d, normalise=False)
    assert py["value"] == pytest.approx(-np.sum(p * np.log(p)), rel=1e-13)
    assert py["patterns_seen"] == len(counts)


def test_permutation_entropy_warns_below_five_windows_per_pattern(noise):
    # 600 samples: 596 windows at order 5, fewer than 5 for each of its 120 patterns.
    for d in range(2, 7):
        r = neurodyn.permutation_entropy(noise, order=d)
        assert ("warning" in r) == (r["windows"] < 5 * math.factorial(d))
        assert r["value"] is not None
    assert "596 windows for 120" in neurodyn.permutation_entropy(noise, order=5)["warning"]


APEN_OPTIONS = [
    ({}, []),
    ({"m": 3, "r": 0.5, "r_mode": "abs", "match": "lt"}, ["-m", "3", "--r", "0.5", "--r-mode", "abs", "--match", "lt"]),
    ({"m": 1, "ddof": 1}, ["-m", "1", "--ddof", "1"]),
]


@pytest.mark.parametrize("kwargs,args", APEN_OPTIONS)
def test_apen_equals_cli(tmp_path, noise, kwargs, args):
    cli, _ = cli_measure(tmp_path, "apen", [noise], *args)
    compare(neurodyn.apen(noise, **kwargs), cli)


def test_apen_against_numpy_direct(noise):
    x = noise[:300]
    r = 0.2 * np.std(x)
    def phi(k):
        t = np.lib.stride_tricks.sliding_window_view(x, k)
        c = np.mean(np.max(np.abs(t[:, None, :] - t[None, :, :]), axis=2) <= r, axis=1)
        return np.mean(np.log(c))
    assert neurodyn.apen(x)["value"] == pytest.approx(phi(2) - phi(3), rel=1e-12)


@pytest.mark.parametrize("measure,kwargs,args", [
    ("mse", {"scales": 0}, ["--scales", "0"]),
    ("mse", {"method": "cmse"}, ["--method", "cmse"]),
    ("mse", {"tolerance": "each"}, ["--tolerance", "each"]),
    ("mse", {"scales": 301}, ["--scales", "301"]),
    ("permutation-entropy", {"order": 9}, ["--order", "9"]),
    ("permutation-entropy", {"delay": 0}, ["--delay", "0"]),
    ("permutation-entropy", {"order": 8, "delay": 50}, ["--order", "8", "--delay", "50"]),
    ("apen", {"r": -1}, ["--r", "-1"]),
    ("apen", {"m": 299}, ["-m", "299"]),
    # Embedding rule words that name no rule (issue 20 point 5).
    ("permutation-entropy", {"order": "knn"}, ["--order", "knn"]),
    ("permutation-entropy", {"delay": "mi"}, ["--delay", "mi"]),
    ("mse", {"m": "auto"}, ["--m", "auto"]),
    ("rqa", {"tau": "first"}, ["--tau", "first"]),
])
def test_entropy_option_messages_are_the_clis(tmp_path, measure, kwargs, args):
    x = np.random.default_rng(5).standard_normal(300)
    path = tmp_path / "in.csv"
    write_columns(path, [x])
    expected = cli_failure("measure", measure, *args, path)
    with pytest.raises(ValueError) as e:
        getattr(neurodyn, measure.replace("-", "_"))(x, **kwargs)
    assert str(e.value) == expected


# --- embedding: delay and dimension choices ---

def henon_x(n, transient=500):
    x, y, out = 0.1, 0.1, np.empty(n)
    for i in range(n + transient):
        x, y = 1.0 - 1.4 * x * x + y, 0.3 * x
        if i >= transient:
            out[i - transient] = x
    return out


EMBEDDING_OPTIONS = [
    ({"max_dimension": 5}, ["--max-dimension", "5"]),
    ({"delay": "acf", "max_lag": 50, "bins": 8, "theiler": 3, "max_dimension": 4},
     ["--delay", "acf", "--max-lag", "50", "--bins", "8", "--theiler", "3", "--max-dimension", "4"]),
    ({"delay": 1, "rtol": 15, "atol": 3, "fnn_threshold": 0.05, "cao_threshold": 0.95, "max_dimension": 4},
     ["--delay", "1", "--rtol", "15", "--atol", "3", "--fnn-threshold", "0.05", "--cao-threshold", "0.95",
      "--max-dimension", "4"]),
    ({"delay": 1, "cao_plateau": 0, "max_dimension": 6}, ["--delay", "1", "--cao-plateau", "0", "--max-dimension", "6"]),
]


@pytest.mark.parametrize("kwargs,args", EMBEDDING_OPTIONS)
def test_embedding_equals_cli(tmp_path, kwargs, args):
    x = henon_x(1500)
    cli, _ = cli_measure(tmp_path, "embedding", [x], *args)
    compare(neurodyn.embedding(x, **kwargs), cli)


def test_embedding_sine_delay_and_henon_dimension():
    # A finely sampled sine: I(tau) and r(tau) first dip at a quarter period. The Henon map's x
    # needs (x_n, x_{n+1}): dimension 2 by both criteria.
    period = 120
    x = np.sin(2 * np.pi * np.arange(20 * period) / period)
    assert abs(neurodyn.embedding(x, max_dimension=1)["delay"]["value"] - period / 4) <= 1
    assert abs(neurodyn.embedding(x, delay="acf", max_dimension=1)["delay"]["value"] - period / 4) <= 1
    r = neurodyn.embedding(henon_x(3000), delay=1, max_dimension=5)
    assert r["fnn"]["dimension"] == 2 and r["cao"]["dimension"] == 2


def test_permutation_entropy_delay_ami_equals_cli(tmp_path):
    x = np.sin(2 * np.pi * np.arange(2000) / 48) + 0.05 * np.random.default_rng(3).standard_normal(2000)
    cli, _ = cli_measure(tmp_path, "permutation-entropy", [x], "--delay", "ami", "--order", "4")
    py = neurodyn.permutation_entropy(x, order=4, delay="ami")
    compare(py, cli)
    tau = neurodyn.embedding(x, max_dimension=1)["delay"]["value"]
    assert py["delay_choice"]["value"] == tau and py["settings"]["delay"] == tau
    assert py["value"] == neurodyn.permutation_entropy(x, order=4, delay=tau)["value"]


# --- embedding rules in place of a measure's numbers (issue 20 point 5) ---

EMBEDDING_RULES = [
    ("permutation-entropy", {"order": "fnn", "delay": "ami"}, ["--order", "fnn", "--delay", "ami"]),
    ("permutation-entropy", {"order": "cao", "delay": "acf"}, ["--order", "cao", "--delay", "acf"]),
    ("sampen", {"m": "cao", "lag": "ami"}, ["--m", "cao", "--lag", "ami"]),
    ("mse", {"m": "fnn", "scales": 3}, ["--m", "fnn", "--scales", "3"]),
    ("apen", {"m": "cao"}, ["--m", "cao"]),
    ("rqa", {"m": "fnn", "tau": "ami", "eps": 0.2}, ["--m", "fnn", "--tau", "ami", "--eps", "0.2"]),
]


@pytest.mark.parametrize("measure,kwargs,args", EMBEDDING_RULES)
def test_embedding_rules_equal_cli_and_the_chosen_numbers(tmp_path, measure, kwargs, args):
    # A sine of period 40: both delay rules give the quarter period (within a sample) and both
    # dimension rules the circle's m = 2; with the rules each function equals the CLI, and equals
    # itself with the chosen numbers given.
    x = np.sin(2 * np.pi * np.arange(3000) / 40 + 0.3)
    cli_name = "sample_entropy" if measure == "sampen" else measure
    cli, _ = cli_measure(tmp_path, cli_name, [x], *args)
    fn = getattr(neurodyn, measure.replace("-", "_"))
    py = fn(x, **kwargs)
    compare(py, cli)
    assert py["dimension_choice"]["value"] == 2
    given = dict(kwargs)
    dimension_key = "order" if "order" in kwargs else "m"
    given[dimension_key] = 2
    delay_key = next((k for k in ("delay", "lag", "tau") if k in kwargs), None)
    if delay_key:
        assert abs(py["delay_choice"]["value"] - 10) <= 1
        given[delay_key] = py["delay_choice"]["value"]
    scalar = {"mse": "complexity_index", "rqa": "DET"}.get(measure, "value")
    plain = fn(x, **given)
    assert py[scalar] == plain[scalar]
    assert "dimension_choice" not in plain and "delay_choice" not in plain


def test_embedding_rule_that_finds_nothing_is_none_with_reason():
    x = np.random.default_rng(9).standard_normal(2000)
    r = neurodyn.permutation_entropy(x, order="fnn")
    assert r["value"] is None and r["reason"].startswith("order fnn chose no dimension")


@pytest.mark.parametrize("kwargs,args", [
    ({"delay": "mi"}, ["--delay", "mi"]),
    ({"delay": 0}, ["--delay", "0"]),
    ({"bins": 2}, ["--bins", "2"]),
    ({"max_dimension": 31}, ["--max-dimension", "31"]),
    ({"rtol": 0}, ["--rtol", "0"]),
    ({"cao_threshold": -1}, ["--cao-threshold=-1"]),
])
def test_embedding_option_messages_are_the_clis(tmp_path, kwargs, args):
    x = np.random.default_rng(5).standard_normal(300)
    path = tmp_path / "in.csv"
    write_columns(path, [x])
    expected = cli_failure("measure", "embedding", *args, path)
    with pytest.raises(ValueError) as e:
        neurodyn.embedding(x, **kwargs)
# --- rqa (issue 20 point 4) ---

RQA_OPTIONS = [
    ({}, []),
    ({"m": 3, "tau": 2, "eps": 0.3, "eps_mode": "abs", "norm": "euclidean", "theiler": 3, "lmin": 3},
     ["--m", "3", "--tau", "2", "--eps", "0.3", "--eps-mode", "abs", "--norm", "euclidean", "--theiler", "3",
      "--lmin", "3"]),
    ({"m": 2, "eps": 0.05, "eps_mode": "rate", "vmin": 3}, ["--m", "2", "--eps", "0.05", "--eps-mode", "rate",
                                                            "--vmin", "3"]),
    ({"window": 200, "step": 100}, ["--window", "200", "--step", "100"]),
]


@pytest.mark.parametrize("kwargs,args", RQA_OPTIONS)
def test_rqa_equals_cli(tmp_path, noise, kwargs, args):
    cli, _ = cli_measure(tmp_path, "rqa", [noise], *args)
    py = neurodyn.rqa(noise, **kwargs)
    if "window" in kwargs:
        # The CLI puts a null DET with its reason beside the windows for --surrogates.
        assert cli.pop("DET") is None and "reason" in cli
        cli.pop("reason")
    compare(py, cli)


def test_rqa_against_numpy_direct(noise):
    # A dense matrix by numpy broadcasting; diagonal lines by walking each diagonal here.
    x = noise[:200]
    eps = 0.2 * np.std(x)
    emb = np.stack([x[:-1], x[1:]], axis=1)
    r = np.max(np.abs(emb[:, None, :] - emb[None, :, :]), axis=2) <= eps
    np.fill_diagonal(r, False)
    on_lines = 0
    for k in range(-len(r) + 1, len(r)):
        d = np.concatenate([[0], np.diagonal(r, k).astype(int), [0]])
        edges = np.flatnonzero(np.diff(d))
        lengths = edges[1::2] - edges[::2]
        on_lines += lengths[lengths >= 2].sum()
    py = neurodyn.rqa(x, m=2, eps=0.2, matrix=True)
    assert np.array_equal(py["matrix"], r)
    assert py["RR"] == pytest.approx(r.sum() / (len(r) ** 2 - len(r)), rel=1e-15)
    assert py["DET"] == pytest.approx(on_lines / r.sum(), rel=1e-15)


@pytest.mark.parametrize("kwargs,args", [
    ({"eps": -1}, ["--eps", "-1"]),
    ({"eps": 2, "eps_mode": "rate"}, ["--eps", "2", "--eps-mode", "rate"]),
    ({"m": 0}, ["--m", "0"]),
    ({"norm": "taxi"}, ["--norm", "taxi"]),
    ({"eps_mode": "fraction"}, ["--eps-mode", "fraction"]),
])
def test_rqa_option_messages_are_the_clis(tmp_path, kwargs, args):
    x = np.random.default_rng(5).standard_normal(300)
    path = tmp_path / "in.csv"
    write_columns(path, [x])
    expected = cli_failure("measure", "rqa", *args, path)
    with pytest.raises(ValueError) as e:
        neurodyn.rqa(x, **kwargs)
    assert str(e.value) == expected
