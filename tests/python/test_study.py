"""neurodyn.Study: loading, saving and running study files. Study.run must give what
`neurodyn-cli run --no-figures` writes for the same study file: every JSON twin equal as parsed
JSON, every CSV equal column by column (numbers bit for bit as Python's float() reads the file's
text, text columns as the csv module reads them)."""
import csv
import io
import json
import math
import os

import numpy
import pytest

import neurodyn
from conftest import run_cli


def cli_run(study_path, out):
    run_cli("run", study_path, "--out", out, "--no-figures", "--quiet")
    files = {}
    for name in sorted(os.listdir(out)):
        with open(os.path.join(out, name), "rb") as f:
            files[name] = f.read()
    return files


def assert_table_equals_csv(table, text, where):
    rows = list(csv.reader(io.StringIO(text.decode())))
    header, body = rows[0], rows[1:]
    assert list(table) == header, where
    for c, name in enumerate(header):
        column = table[name]
        fields = [row[c] if c < len(row) else "" for row in body]
        assert len(column) == len(fields), f"{where}: {name}"
        if isinstance(column, numpy.ndarray):
            assert column.dtype == numpy.float64
            for value, field in zip(column, fields):
                if field == "":
                    assert math.isnan(value), f"{where}: {name}"
                    continue
                expected = float(field)
                if math.isnan(expected):
                    assert math.isnan(value), f"{where}: {name}"
                else:
                    # Bit for bit: the same double, with the same sign of zero.
                    assert numpy.float64(expected).tobytes() == numpy.float64(value).tobytes(), \
                        f"{where}: {name} {field!r} -> {value!r}"
        else:
            assert column == fields, f"{where}: {name}"


def assert_run_equals_cli(results, files, where):
    twins = {n[:-5] for n in files if n.endswith(".json")}
    assert set(results) == twins, where
    for name, result in results.items():
        twin = {k: v for k, v in result.items() if k != "table" and not k.startswith(name + "-")}
        assert twin == json.loads(files[name + ".json"]), f"{where}: {name}.json"
        assert_table_equals_csv(result["table"], files[name + ".csv"], f"{where}: {name}.csv")
        extras = [k for k in result if k.startswith(name + "-")]
        for extra in extras:
            assert_table_equals_csv(result[extra], files[extra + ".csv"], f"{where}: {extra}.csv")
    # Every extra CSV of the folder is in some result.
    for n in files:
        if n.endswith(".csv") and "-" in n:
            owner = n.split("-")[0]
            assert n[:-4] in results[owner], f"{where}: {n}"


@pytest.mark.parametrize("name", ["logistic-period-doubling", "henon-attractor", "kuramoto-lorentzian"])
def test_run_equals_cli_run(name, tmp_path):
    study = neurodyn.example(name)
    path = tmp_path / f"{name}.json"
    run_cli("example", name, path)
    files = cli_run(path, tmp_path / "out")
    assert_run_equals_cli(neurodyn.Study.load(str(path)).run(), files, name)
    # example() reads the same bytes as `neurodyn-cli example` writes: the same provenance.
    assert study.to_json() == neurodyn.Study.load(str(path)).to_json()


def test_extra_tables_and_subset(tmp_path):
    # A study with kept orbit points and a fixed-point critical set writes extra CSV files.
    study = json.loads(neurodyn.example("logistic-period-doubling").to_json())
    study["analyses"]["orbit_diagram"].update(keep_points=True, count=20, samples=50, transient=200)
    study["analyses"]["fixed_points"] = {}
    del study["analyses"]["parameter_scan"]
    path = tmp_path / "study.json"
    path.write_text(json.dumps(study))
    files = cli_run(path, tmp_path / "out")
    assert "orbit_diagram-points.csv" in files
    results = neurodyn.Study.load(str(path)).run()
    assert_run_equals_cli(results, files, "keep_points")
    assert len(results["orbit_diagram"]["orbit_diagram-points"]["value"]) == 20 * 50
    # A subset: only the named sections (and the trajectory), each equal to the full run's.
    subset = neurodyn.Study.load(str(path)).run(analyses=["fixed_points"])
    assert set(subset) == {"trajectory", "fixed_points"}
    assert_run_equals_cli({"fixed_points": subset["fixed_points"]},
                          {"fixed_points.json": files["fixed_points.json"],
                           "fixed_points.csv": files["fixed_points.csv"]}, "subset")


def test_unknown_analysis_lists_the_valid_ones():
    study = neurodyn.example("logistic-period-doubling")
    with pytest.raises(ValueError, match="orbit_diagram") as e:
        study.run(analyses=["orbit_diagramm"])
    assert "continuation" in str(e.value) and "orbit_diagramm" in str(e.value)
    with pytest.raises(TypeError):
        study.run(analyses=[3])


def test_save_load_round_trip(tmp_path):
    for name in ["henon-attractor", "logistic-period-doubling"]:
        study = neurodyn.example(name)
        path = tmp_path / f"{name}.json"
        study.save(str(path))
        again = neurodyn.Study.load(str(path))
        assert again.to_json() == study.to_json()
        assert again.analyses == study.analyses
        assert path.read_text() == study.to_json()
        # from_json reads the same text to the same study.
        assert neurodyn.Study.from_json(study.to_json()).to_json() == study.to_json()


def test_analyses_and_examples():
    names = neurodyn.examples()
    assert "logistic-period-doubling" in names and names == sorted(names)
    listed = run_cli("examples").decode().split("\n")
    assert names == [line.split()[0] for line in listed if line.strip()]
    study = neurodyn.example("logistic-period-doubling")
    assert study.analyses == ["orbit_diagram", "lyapunov", "parameter_scan", "continuation"]
    with pytest.raises(ValueError, match="logistic-period-doubling"):
        neurodyn.example("no-such-example")


def test_load_errors_and_notes(tmp_path):
    missing = tmp_path / "missing.json"
    with pytest.raises(ValueError, match="missing.json"):
        neurodyn.Study.load(str(missing))
    with pytest.raises(ValueError):
        neurodyn.Study.from_json("{ not json")
    # The reader's message for a wrong value names the field, as the CLI says it.
    study = json.loads(neurodyn.example("logistic-period-doubling").to_json())
    study["analyses"]["orbit_diagram"]["bins"] = -3
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(study))
    result = __import__("subprocess").run([os.environ["NEURODYN_CLI"], "run", str(bad), "--out",
                                           str(tmp_path / "o"), "--no-figures", "--quiet"],
                                          capture_output=True)
    assert result.returncode != 0
    with pytest.raises(ValueError) as e:
        neurodyn.Study.load(str(bad))
    assert str(e.value) in result.stderr.decode()
    # An old spelling is read, and noted as the CLI notes it.
    study = json.loads(neurodyn.example("henon-attractor").to_json())
    study["analyses"]["mfdfa"] = {"min_scale": 16}
    old = tmp_path / "old.json"
    old.write_text(json.dumps(study))
    notes = neurodyn.Study.load(str(old)).notes
    assert any("min_scale" in n and "scale_min" in n for n in notes)
    assert neurodyn.example("henon-attractor").notes == []


def test_from_model_runs_like_the_study_file(tmp_path):
    study = neurodyn.example("henon-attractor")
    model = study.model
    made = neurodyn.Study.from_model(model, analyses={"lyapunov": {"steps": 2000, "transient": 100}},
                                     x0=[0.1, 0.1])
    assert made.analyses == ["lyapunov"]
    text = json.loads(made.to_json())
    assert text["initial_state"] == [0.1, 0.1]
    path = tmp_path / "made.json"
    made.save(str(path))
    files = cli_run(path, tmp_path / "out")
    assert_run_equals_cli(made.run(), files, "from_model")
    with pytest.raises(ValueError, match="stepz"):
        neurodyn.Study.from_model(model, analyses={"lyapunov": {"stepz": 3}})
    with pytest.raises(ValueError):
        neurodyn.Study.from_model(model, analyses=["no_such_section"])
