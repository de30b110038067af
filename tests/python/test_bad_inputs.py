"""Bad input never crashes the interpreter: every function of the module, fed empty and
too-short arrays, NaN/inf, wrong dimensions, wrong dtypes, negative or absurd sizes, unknown
names, wrong types where dicts belong, missing or corrupt study files, raises ValueError (a
value the engine refuses) or TypeError (an argument of the wrong kind), and the message names
the argument, field or name at fault. All cases run in this one process, one after the other,
and the module still computes correctly afterwards. Each case is a row of docs/bad-inputs.md
(its id in the test column); test_every_case_is_documented keeps the two in step."""
import math
import os
import re

import numpy as np
import pytest

import neurodyn

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))

GOOD = np.random.default_rng(7).standard_normal(200)  # a valid series for the option cases
PHASES = np.random.default_rng(8).uniform(0, 2 * np.pi, (4, 50))
EDGES = np.array([[0, 1], [1, 2], [2, 3], [3, 0], [0, 2]], dtype=float)


def logistic():
    return neurodyn.Model("logistic")


def flow():
    return neurodyn.Model("kuramoto")


def with_nan(x):
    y = np.array(x, dtype=float)
    y[len(y) // 2] = np.nan
    return y


def with_inf(x):
    y = np.array(x, dtype=float)
    y[len(y) // 3] = np.inf
    return y


def study_json(**changes):
    """The built-in logistic example's study text with top-level changes (None removes a key)."""
    import json
    data = json.loads(neurodyn.example("logistic-period-doubling").to_json())
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return json.dumps(data)


def load_missing(tmp_path):
    return neurodyn.Study.load(str(tmp_path / "no-such-folder" / "study.json"))


def load_corrupt(tmp_path):
    path = tmp_path / "corrupt.json"
    path.write_text('{"format": "neurodyn-study", "schema_version": 4, "model": {')
    return neurodyn.Study.load(str(path))


def load_binary(tmp_path):
    path = tmp_path / "binary.json"
    path.write_bytes(bytes(range(256)))
    return neurodyn.Study.load(str(path))


def save_into_missing_folder(tmp_path):
    return neurodyn.example("logistic-period-doubling").save(str(tmp_path / "no-such-folder" / "s.json"))


# (id, call, exception, pattern the message must contain (case-insensitive), what is fed).
# A call taking `tmp_path` gets pytest's temporary folder.
CASES = [
    # ---- sampen: arrays
    ("sampen-empty", lambda: neurodyn.sampen(np.array([])), ValueError, r"at least|short|empty",
     "`sampen` of an empty array"),
    ("sampen-two-values", lambda: neurodyn.sampen([1.0, 2.0]), ValueError, r"at least|short",
     "`sampen` of 2 values (m = 2 needs 4)"),
    ("sampen-nan", lambda: neurodyn.sampen(with_nan(GOOD)), ValueError, r"finite|nan",
     "`sampen` of a series holding a NaN"),
    ("sampen-inf", lambda: neurodyn.sampen(with_inf(GOOD)), ValueError, r"finite|inf",
     "`sampen` of a series holding +inf"),
    ("sampen-2d", lambda: neurodyn.sampen(GOOD.reshape(20, 10)), ValueError, r"1-d|dimension",
     "`sampen` of a 20 x 10 array"),
    ("sampen-str-dtype", lambda: neurodyn.sampen(np.array(["1", "2", "3", "4", "5"])), TypeError,
     r"dtype|number", "`sampen` of an array of strings (dtype `<U1`)"),
    ("sampen-text", lambda: neurodyn.sampen("1 2 3 4 5 6"), TypeError, r"text|number",
     "`sampen` of a Python string"),
    ("sampen-object-dtype", lambda: neurodyn.sampen(np.array([object()] * 10, dtype=object)), TypeError,
     r"dtype|object|number", "`sampen` of an object array"),
    ("sampen-complex", lambda: neurodyn.sampen(GOOD + 1j), TypeError, r"complex|dtype",
     "`sampen` of a complex array"),
    ("sampen-bool", lambda: neurodyn.sampen(GOOD > 0), TypeError, r"bool|dtype",
     "`sampen` of a boolean array"),
    ("sampen-none", lambda: neurodyn.sampen(None), TypeError, r"none|number",
     "`sampen(None)`"),
    ("sampen-ragged", lambda: neurodyn.sampen([[1.0, 2.0], [3.0]]), ValueError, r"\bx\b|shape|inhomogeneous|sequence",
     "`sampen` of a ragged nested list"),
    # ---- sampen: options
    ("sampen-m-zero", lambda: neurodyn.sampen(GOOD, m=0), ValueError, r"\bm\b",
     "`sampen(x, m=0)`"),
    ("sampen-m-negative", lambda: neurodyn.sampen(GOOD, m=-1), ValueError, r"\bm\b",
     "`sampen(x, m=-1)`"),
    ("sampen-m-absurd", lambda: neurodyn.sampen(GOOD, m=10**12), ValueError, r"\bm\b|short",
     "`sampen(x, m=10**12)`"),
    ("sampen-r-negative", lambda: neurodyn.sampen(GOOD, r=-0.2), ValueError, r"\br\b|tolerance",
     "`sampen(x, r=-0.2)`"),
    ("sampen-r-nan", lambda: neurodyn.sampen(GOOD, r=math.nan), ValueError, r"\br\b|tolerance|finite",
     "`sampen(x, r=nan)`"),
    ("sampen-r-mode", lambda: neurodyn.sampen(GOOD, r_mode="percent"), ValueError, r"r_mode|r-mode|percent",
     "`sampen(x, r_mode=\"percent\")`"),
    ("sampen-match", lambda: neurodyn.sampen(GOOD, match="eq"), ValueError, r"match|eq",
     "`sampen(x, match=\"eq\")`"),
    ("sampen-templates", lambda: neurodyn.sampen(GOOD, templates="some"), ValueError, r"templates|some",
     "`sampen(x, templates=\"some\")`"),
    ("sampen-lag-zero", lambda: neurodyn.sampen(GOOD, lag=0), ValueError, r"lag|delay",
     "`sampen(x, lag=0)`"),
    ("sampen-ddof", lambda: neurodyn.sampen(GOOD, ddof=5), ValueError, r"ddof",
     "`sampen(x, ddof=5)`"),
    ("sampen-m-text", lambda: neurodyn.sampen(GOOD, m="2"), ValueError, r"\bm\b.*fnn or cao",
     "`sampen(x, m=\"2\")` (text that names no embedding rule)"),
    ("sampen-threads-negative", lambda: neurodyn.sampen(GOOD, threads=-1), ValueError, r"threads",
     "`sampen(x, threads=-1)`"),
    ("sampen-threads-absurd", lambda: neurodyn.sampen(GOOD, threads=10**6), ValueError, r"threads",
     "`sampen(x, threads=10**6)`"),
    ("sampen-unknown-keyword", lambda: neurodyn.sampen(GOOD, tolerance=0.2), TypeError,
     r"tolerance|incompatible|unexpected", "`sampen(x, tolerance=0.2)` (no such option)"),
    # ---- zero_one
    ("zero_one-empty", lambda: neurodyn.zero_one([]), ValueError, r"at least|short|empty",
     "`zero_one` of an empty list"),
    ("zero_one-short", lambda: neurodyn.zero_one([0.1, 0.2, 0.3]), ValueError, r"at least|short",
     "`zero_one` of 3 values"),
    ("zero_one-inf", lambda: neurodyn.zero_one(with_inf(GOOD)), ValueError, r"finite|inf",
     "`zero_one` of a series holding +inf"),
    ("zero_one-2d", lambda: neurodyn.zero_one(GOOD.reshape(2, 100)), ValueError, r"1-d|dimension",
     "`zero_one` of a 2 x 100 array"),
    ("zero_one-complex", lambda: neurodyn.zero_one(GOOD.astype(complex)), TypeError, r"complex|dtype",
     "`zero_one` of a complex array"),
    # ---- mfdfa
    ("mfdfa-short", lambda: neurodyn.mfdfa(GOOD[:5]), ValueError, r"at least|short",
     "`mfdfa` of 5 values"),
    ("mfdfa-nan", lambda: neurodyn.mfdfa(with_nan(np.cumsum(GOOD))), ValueError, r"finite|nan",
     "`mfdfa` of a series holding a NaN"),
    ("mfdfa-order-negative", lambda: neurodyn.mfdfa(GOOD, order=-1), ValueError, r"order",
     "`mfdfa(x, order=-1)`"),
    ("mfdfa-order-absurd", lambda: neurodyn.mfdfa(GOOD, order=99), ValueError, r"order",
     "`mfdfa(x, order=99)` (0..8)"),
    ("mfdfa-scales-decreasing", lambda: neurodyn.mfdfa(GOOD, scales=[64, 16]), ValueError, r"scale",
     "`mfdfa(x, scales=[64, 16])` (not increasing)"),
    ("mfdfa-q-nan", lambda: neurodyn.mfdfa(GOOD, q=[1.0, math.nan]), ValueError, r"\bq\b|finite|nan",
     "`mfdfa(x, q=[1, nan])`"),
    ("mfdfa-q-text", lambda: neurodyn.mfdfa(GOOD, q="2"), TypeError, r"\bq\b|text|number",
     "`mfdfa(x, q=\"2\")`"),
    # ---- kuramoto_r and cross_correlation (nodes x samples)
    ("kuramoto_r-empty", lambda: neurodyn.kuramoto_r(np.empty((0, 10))), ValueError, r"empty|at least",
     "`kuramoto_r` of a 0 x 10 array"),
    ("kuramoto_r-3d", lambda: neurodyn.kuramoto_r(np.zeros((2, 3, 4))), ValueError, r"2-d|dimension",
     "`kuramoto_r` of a 2 x 3 x 4 array"),
    ("kuramoto_r-nan", lambda: neurodyn.kuramoto_r(with_nan(PHASES)), ValueError, r"finite|nan",
     "`kuramoto_r` of phases holding a NaN"),
    ("kuramoto_r-text", lambda: neurodyn.kuramoto_r(np.array([["a", "b"], ["c", "d"]])), TypeError,
     r"dtype|number", "`kuramoto_r` of a 2 x 2 array of strings"),
    ("cross_correlation-empty", lambda: neurodyn.cross_correlation(np.zeros((2, 0))), ValueError,
     r"empty|at least", "`cross_correlation` of a 2 x 0 array"),
    ("cross_correlation-complex", lambda: neurodyn.cross_correlation(PHASES.astype(complex)), TypeError,
     r"complex|dtype", "`cross_correlation` of a complex array"),
    ("cross_correlation-inf", lambda: neurodyn.cross_correlation(with_inf(PHASES)), ValueError,
     r"finite|inf", "`cross_correlation` of signals holding +inf"),
    # ---- network_spectrum (edges k x 2 or k x 3)
    ("network_spectrum-empty", lambda: neurodyn.network_spectrum(np.empty((0, 2))), ValueError,
     r"empty|edge", "`network_spectrum` of no edges"),
    ("network_spectrum-four-columns", lambda: neurodyn.network_spectrum(np.zeros((3, 4))), ValueError,
     r"column|edges", "`network_spectrum` of a 3 x 4 array"),
    ("network_spectrum-1d", lambda: neurodyn.network_spectrum(np.array([0.0, 1.0])), ValueError,
     r"2-d|dimension|column|edges", "`network_spectrum` of a 1-D array"),
    ("network_spectrum-node-absurd", lambda: neurodyn.network_spectrum([[0, 10**7], [1, 2]]), ValueError,
     r"node", "`network_spectrum` with node id 10**7 (ids are 0 .. 999999)"),
    ("network_spectrum-fractional-node", lambda: neurodyn.network_spectrum([[0.5, 1], [1, 2]]), ValueError,
     r"node|whole|integer", "`network_spectrum` with node id 0.5"),
    ("network_spectrum-negative-node", lambda: neurodyn.network_spectrum([[-1, 1], [1, 2]]), ValueError,
     r"node|negative", "`network_spectrum` with node id -1"),
    ("network_spectrum-nan-weight", lambda: neurodyn.network_spectrum([[0, 1, math.nan], [1, 2, 1.0]]),
     ValueError, r"finite|nan", "`network_spectrum` with a NaN weight"),
    # ---- models
    ("Model-unknown-type", lambda: neurodyn.Model("nosuch"), ValueError, r"nosuch",
     "`Model(\"nosuch\")`"),
    ("Model-name-not-text", lambda: neurodyn.Model(42), TypeError, r"name|incompatible|str",
     "`Model(42)`"),
    ("Model-unknown-parameter", lambda: neurodyn.Model("logistic", params={"zz": 1.0}), ValueError, r"zz",
     "`Model(\"logistic\", params={\"zz\": 1})`"),
    ("Model-parameter-out-of-range", lambda: neurodyn.Model("logistic", params={"r": 1e300}), ValueError,
     r"range", "`Model(\"logistic\", params={\"r\": 1e300})`"),
    ("Model-parameter-nan", lambda: neurodyn.Model("logistic", params={"r": math.nan}), ValueError,
     r"finite", "`Model(\"logistic\", params={\"r\": nan})`"),
    ("Model-parameter-text", lambda: neurodyn.Model("logistic", params={"r": "fast"}), TypeError,
     r"params\.r|number", "`Model(\"logistic\", params={\"r\": \"fast\"})`"),
    ("Model-params-not-dict", lambda: neurodyn.Model("logistic", params=[("r", 3.9)]), TypeError, r"dict",
     "`Model(\"logistic\", params=[(\"r\", 3.9)])`"),
    ("Model-unknown-setting", lambda: neurodyn.Model("ring-star", settings={"nosuch": 1}), ValueError,
     r"nosuch", "`Model(\"ring-star\", settings={\"nosuch\": 1})`"),
    ("Model-settings-not-dict", lambda: neurodyn.Model("ring-star", settings="nodes=10"), TypeError,
     r"dict", "`Model(\"ring-star\", settings=\"nodes=10\")`"),
    ("Model-definition-syntax", lambda: neurodyn.Model("equations", definition="var x = 0.5\nx' = = 1"),
     ValueError, r"line 2, column", "`Model(\"equations\", definition=\"var x = 0.5\\nx' = = 1\")`"),
    ("Model-definition-unknown-name", lambda: neurodyn.Model("equations", definition="var x = 0.5\nx' = zz * x"),
     ValueError, r"zz", "a typed model's definition using an undeclared name `zz`"),
    ("Model-step-wrong-length", lambda: logistic().step([0.1, 0.2]), ValueError, r"state|dimension|length|2",
     "`Model(\"logistic\").step([0.1, 0.2])`"),
    ("Model-step-text", lambda: logistic().step("0.5"), TypeError, r"state|text|number",
     "`Model(\"logistic\").step(\"0.5\")`"),
    ("Model-jacobian-nan", lambda: neurodyn.Model("henon").jacobian([math.nan, 0.0]), ValueError,
     r"finite|nan", "`Model(\"henon\").jacobian([nan, 0])`"),
    ("Model-step-inf", lambda: logistic().step([math.inf]), ValueError, r"finite|inf",
     "`Model(\"logistic\").step([inf])`"),
    ("Model-with_params-unknown", lambda: logistic().with_params(zz=1.0), ValueError, r"zz",
     "`Model(\"logistic\").with_params(zz=1)`"),
    # ---- simulate
    ("simulate-steps-negative", lambda: neurodyn.simulate(logistic(), steps=-1), ValueError, r"steps",
     "`simulate(model, steps=-1)`"),
    ("simulate-steps-zero", lambda: neurodyn.simulate(logistic(), steps=0), ValueError, r"steps",
     "`simulate(model, steps=0)`"),
    ("simulate-steps-absurd", lambda: neurodyn.simulate(logistic(), steps=10**12), ValueError, r"steps",
     "`simulate(model, steps=10**12)`"),
    ("simulate-transient-negative", lambda: neurodyn.simulate(logistic(), transient=-5), ValueError,
     r"transient", "`simulate(model, transient=-5)`"),
    ("simulate-stride-zero", lambda: neurodyn.simulate(logistic(), stride=0), ValueError, r"stride",
     "`simulate(model, stride=0)`"),
    ("simulate-x0-wrong-length", lambda: neurodyn.simulate(logistic(), x0=[0.1, 0.2]), ValueError,
     r"x0|initial|state", "`simulate(Model(\"logistic\"), x0=[0.1, 0.2])`"),
    ("simulate-x0-inf", lambda: neurodyn.simulate(logistic(), x0=[math.inf]), ValueError, r"finite|inf",
     "`simulate(model, x0=[inf])`"),
    ("simulate-model-not-model", lambda: neurodyn.simulate("logistic"), TypeError, r"model|incompatible",
     "`simulate(\"logistic\")` (a name, not a Model)"),
    ("simulate-flow-method", lambda: neurodyn.simulate(flow(), steps=10, method="euler"), ValueError,
     r"method|euler", "`simulate(flow, method=\"euler\")`"),
    ("simulate-flow-dt-negative", lambda: neurodyn.simulate(flow(), steps=10, dt=-0.1), ValueError,
     r"\bdt\b", "`simulate(flow, dt=-0.1)`"),
    # ---- analyses: settings as the study file's sections
    ("orbit_diagram-unknown-field", lambda: neurodyn.orbit_diagram(logistic(), {"nosuch": 1}), ValueError,
     r"nosuch", "`orbit_diagram(model, {\"nosuch\": 1})`"),
    ("orbit_diagram-settings-not-dict", lambda: neurodyn.orbit_diagram(logistic(), settings=5), TypeError,
     r"dict|settings", "`orbit_diagram(model, settings=5)`"),
    ("orbit_diagram-unknown-parameter", lambda: neurodyn.orbit_diagram(logistic(), parameter="zz"),
     ValueError, r"zz", "`orbit_diagram(model, parameter=\"zz\")`"),
    ("orbit_diagram-count-absurd", lambda: neurodyn.orbit_diagram(logistic(), count=10**12), ValueError,
     r"count", "`orbit_diagram(model, count=10**12)`"),
    ("orbit_diagram-bins-text", lambda: neurodyn.orbit_diagram(logistic(), {"bins": "many"}), ValueError,
     r"bins", "`orbit_diagram(model, {\"bins\": \"many\"})`"),
    ("lyapunov-steps-negative", lambda: neurodyn.lyapunov(logistic(), steps=-1), ValueError, r"steps",
     "`lyapunov(model, steps=-1)`"),
    ("fixed_points-unknown-field", lambda: neurodyn.fixed_points(logistic(), {"nosuch": True}), ValueError,
     r"nosuch", "`fixed_points(model, {\"nosuch\": True})`"),
    ("continuation-unknown-parameter", lambda: neurodyn.continuation(logistic(), parameter="zz"),
     ValueError, r"zz", "`continuation(model, parameter=\"zz\")`"),
    ("continuation-max-points-zero", lambda: neurodyn.continuation(logistic(), max_points=0), ValueError,
     r"max_points", "`continuation(model, max_points=0)`"),
    ("basins-count-absurd", lambda: neurodyn.basins(neurodyn.Model("henon"),
                                                    x={"count": 10**12, "from": -2, "to": 2, "variable": "x"}),
     ValueError, r"count", "`basins(henon, x={\"count\": 10**12, ...})`"),
    ("scan-unknown-measure", lambda: neurodyn.scan(logistic(), measure="nosuch",
                                                   x={"count": 10, "from": 2.8, "to": 3.6, "parameter": "r"}),
     ValueError, r"nosuch", "`scan(model, measure=\"nosuch\", x={...})`"),
    ("scan-count-absurd", lambda: neurodyn.scan(logistic(), measure="period",
                                                x={"count": 10**12, "from": 2.8, "to": 3.6, "parameter": "r"}),
     ValueError, r"count", "`scan(model, measure=\"period\", x={\"count\": 10**12, ...})`"),
    ("scan-section-missing-keys", lambda: neurodyn.scan(logistic()), ValueError, r"measure|\bx\b",
     "`scan(model)` without the section's required `measure` and `x`"),
    ("analysis-threads-text", lambda: neurodyn.lyapunov(logistic(), threads="all"), TypeError, r"threads",
     "`lyapunov(model, threads=\"all\")`"),
    # ---- study files
    ("Study.load-missing-file", load_missing, ValueError, r"no-such-folder|not found|no such|cannot|open",
     "`Study.load` of a path that does not exist"),
    ("Study.load-corrupt-json", load_corrupt, ValueError, r"json", "`Study.load` of a cut-off JSON file"),
    ("Study.load-binary", load_binary, ValueError, r"json|utf", "`Study.load` of 256 binary bytes"),
    ("Study.load-not-a-path", lambda: neurodyn.Study.load(42), TypeError, r"path|incompatible|str",
     "`Study.load(42)`"),
    ("Study.from_json-not-json", lambda: neurodyn.Study.from_json("{nope"), ValueError, r"json",
     "`Study.from_json(\"{nope\")`"),
    ("Study.from_json-array", lambda: neurodyn.Study.from_json("[]"), ValueError, r"object|top level",
     "`Study.from_json(\"[]\")`"),
    ("Study.from_json-wrong-format", lambda: neurodyn.Study.from_json(study_json(format="something-else")),
     ValueError, r"format|neurodyn", "a study text whose `format` is not neurodyn-study"),
    ("Study.from_json-future-schema", lambda: neurodyn.Study.from_json(study_json(schema_version=999)),
     ValueError, r"newer|schema|version", "a study text with `schema_version` 999"),
    ("Study.from_json-unknown-model", lambda: neurodyn.Study.from_json(
        study_json(model={"type": "nosuch", "parameters": {}})), ValueError, r"nosuch",
     "a study text whose model type is unknown"),
    ("Study.from_model-unknown-analysis", lambda: neurodyn.Study.from_model(logistic(), analyses=["nosuch"]),
     ValueError, r"nosuch", "`Study.from_model(model, analyses=[\"nosuch\"])`"),
    ("Study.run-unknown-analysis", lambda: neurodyn.example("logistic-period-doubling").run(analyses=["nosuch"]),
     ValueError, r"nosuch", "`study.run(analyses=[\"nosuch\"])`"),
    ("Study.save-missing-folder", save_into_missing_folder, ValueError,
     r"no-such-folder|cannot|write|open", "`study.save` into a folder that does not exist"),
    ("example-unknown", lambda: neurodyn.example("nosuch"), ValueError, r"nosuch", "`example(\"nosuch\")`"),
    ("models-argument", lambda: neurodyn.models("logistic"), TypeError, r"incompatible|argument",
     "`models(\"logistic\")` (takes no argument)"),
    # ---- the entropy family: mse, permutation_entropy, apen
    ("mse-empty", lambda: neurodyn.mse(np.array([])), ValueError, r"at least|short|empty",
     "`mse` of an empty array"),
    ("mse-nan", lambda: neurodyn.mse(with_nan(GOOD)), ValueError, r"finite|nan",
     "`mse` of a series holding a NaN"),
    ("mse-scales-zero", lambda: neurodyn.mse(GOOD, scales=0), ValueError, r"scales",
     "`mse(x, scales=0)`"),
    ("mse-scales-over-data", lambda: neurodyn.mse(GOOD, scales=201), ValueError, r"scales exceed",
     "`mse(x, scales=201)` on 200 samples"),
    ("mse-method", lambda: neurodyn.mse(GOOD, method="cmse"), ValueError, r"method|cmse",
     "`mse(x, method=\"cmse\")`"),
    ("mse-r-negative", lambda: neurodyn.mse(GOOD, r=-0.2), ValueError, r"\br\b",
     "`mse(x, r=-0.2)`"),
    ("mse-2d", lambda: neurodyn.mse(np.zeros((20, 10))), ValueError, r"1-d|dimension",
     "`mse` of a 20 x 10 array"),
    ("permutation-entropy-inf", lambda: neurodyn.permutation_entropy(with_inf(GOOD)), ValueError, r"finite|inf",
     "`permutation_entropy` of a series holding +inf"),
    ("permutation-entropy-order-9", lambda: neurodyn.permutation_entropy(GOOD, order=9), ValueError, r"order",
     "`permutation_entropy(x, order=9)`"),
    ("permutation-entropy-order-over-data", lambda: neurodyn.permutation_entropy(GOOD[:5], order=6), ValueError, r"order|samples",
     "`permutation_entropy` of 5 values at order 6"),
    ("permutation-entropy-delay-zero", lambda: neurodyn.permutation_entropy(GOOD, delay=0), ValueError, r"delay",
     "`permutation_entropy(x, delay=0)`"),
    ("permutation-entropy-weighted-text", lambda: neurodyn.permutation_entropy(GOOD, weighted="yes"), TypeError, r"weighted",
     "`permutation_entropy(x, weighted=\"yes\")` (a bool is expected)"),
    ("apen-too-short", lambda: neurodyn.apen(GOOD[:3]), ValueError, r"at least|short|samples",
     "`apen` of 3 values (m = 2 needs 4)"),
    ("apen-r-zero", lambda: neurodyn.apen(GOOD, r=0), ValueError, r"\br\b",
     "`apen(x, r=0)`"),
    ("apen-match", lambda: neurodyn.apen(GOOD, match="eq"), ValueError, r"match|eq",
     "`apen(x, match=\"eq\")`"),
    # ---- embedding
    ("embedding-too-short", lambda: neurodyn.embedding(GOOD[:10]), ValueError, r"at least|short|samples",
     "`embedding` of 10 values (the delay choice needs 16)"),
    ("embedding-nan", lambda: neurodyn.embedding(with_nan(GOOD)), ValueError, r"finite|nan",
     "`embedding` of a series holding a NaN"),
    ("embedding-delay-word", lambda: neurodyn.embedding(GOOD, delay="mi"), ValueError, r"delay|mi",
     "`embedding(x, delay=\"mi\")`"),
    ("embedding-delay-float", lambda: neurodyn.embedding(GOOD, delay=1.5), TypeError, r"delay",
     "`embedding(x, delay=1.5)` (a whole number or ami/acf is expected)"),
    ("embedding-max-lag-over-data", lambda: neurodyn.embedding(GOOD, max_lag=199), ValueError, r"max lag",
     "`embedding(x, max_lag=199)` on 200 samples"),
    ("embedding-dimension-over-data", lambda: neurodyn.embedding(GOOD, delay=20, max_dimension=10), ValueError,
     r"at least|samples|series", "`embedding(x, delay=20, max_dimension=10)` on 200 samples (needs 223)"),
    ("embedding-rtol-zero", lambda: neurodyn.embedding(GOOD, rtol=0), ValueError, r"rtol",
     "`embedding(x, rtol=0)`"),
    # ---- recurrence quantification: rqa
    ("rqa-nan", lambda: neurodyn.rqa(with_nan(GOOD)), ValueError, r"finite|nan",
     "`rqa` of a series holding a NaN"),
    ("rqa-eps-negative", lambda: neurodyn.rqa(GOOD, eps=-0.1), ValueError, r"eps",
     "`rqa(x, eps=-0.1)`"),
    ("rqa-rate-over-one", lambda: neurodyn.rqa(GOOD, eps=1.5, eps_mode="rate"), ValueError, r"eps|rate",
     "`rqa(x, eps=1.5, eps_mode=\"rate\")`"),
    ("rqa-m-zero", lambda: neurodyn.rqa(GOOD, m=0), ValueError, r"\bm\b",
     "`rqa(x, m=0)`"),
    ("rqa-too-short", lambda: neurodyn.rqa(GOOD[:5], m=3, tau=2), ValueError, r"samples",
     "`rqa` of 5 values at m = 3, tau = 2"),
    ("rqa-theiler-over-data", lambda: neurodyn.rqa(GOOD[:20], theiler=20), ValueError, r"Theiler|samples",
     "`rqa` of 20 values with Theiler window 20 (no pair left)"),
    ("rqa-window-too-long", lambda: neurodyn.rqa(GOOD, window=201), ValueError, r"longer than the series",
     "`rqa(x, window=201)` on 200 samples"),
    ("rqa-matrix-text", lambda: neurodyn.rqa(GOOD, matrix="yes"), TypeError, r"matrix",
     "`rqa(x, matrix=\"yes\")` (a bool is expected)"),
]


# Inputs the contract refuses that a function on main still takes. Strict: the case fails as soon
# as the function refuses the input, so the mark is removed with the fix.
KNOWN_GAPS = {}


def _param(case_id, call, exc, pat):
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case_id])] if case_id in KNOWN_GAPS else []
    return pytest.param(call, exc, pat, id=case_id, marks=marks)


@pytest.mark.parametrize("call,exception,pattern", [_param(*case[:4]) for case in CASES])
def test_bad_input_raises(call, exception, pattern, tmp_path):
    with pytest.raises((ValueError, TypeError)) as raised:
        call(tmp_path) if call.__code__.co_argcount == 1 else call()
    assert type(raised.value) is exception or isinstance(raised.value, exception), (
        f"raised {type(raised.value).__name__} ({raised.value}), expected {exception.__name__}")
    message = str(raised.value)
    assert re.search(pattern, message, re.IGNORECASE), f"the message does not name the problem: {message!r}"


def test_enough_cases():
    assert len(CASES) >= 40
    assert len({case[0] for case in CASES}) == len(CASES)


def test_every_case_is_documented():
    with open(os.path.join(ROOT, "docs", "bad-inputs.md"), encoding="utf-8") as f:
        doc = f.read()
    missing = [case[0] for case in CASES if f"`{case[0]}`" not in doc]
    assert not missing, f"cases without a row in docs/bad-inputs.md: {missing}"


def test_module_still_computes_after_all_bad_inputs():
    # Runs after every case above, in the same interpreter: the logistic map's step is r x (1 - x).
    model = neurodyn.Model("logistic", params={"r": 3.5})
    assert model.step(np.array([0.25]))[0] == pytest.approx(3.5 * 0.25 * 0.75, rel=1e-15)
