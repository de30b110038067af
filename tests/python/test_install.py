"""scripts/install-python.sh end to end, in a throw-away HOME, with the module this build made
(--no-build): after it, a plain shell (no PYTHONPATH) imports neurodyn and numpy; --uninstall
takes back exactly what it wrote. Two shapes of machine: a fresh Debian 12, where python3 is
Debian's /usr/bin/python3, and one whose python3 on PATH is another interpreter of the same
minor version without numpy (a virtual environment without system packages stands in for
pyenv's), which must see Debian's numpy and nothing else of Debian's packages."""
import os
import subprocess
import sys

import pytest

import neurodyn

ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), "..", ".."))
SCRIPT = os.path.join(ROOT, "scripts", "install-python.sh")
BUILD = os.path.normpath(os.path.join(os.path.dirname(neurodyn.__file__), "..", ".."))
VERSION = "python%d.%d" % sys.version_info[:2]
CHECK = ("import neurodyn, numpy; print(neurodyn.sampen(numpy.random.default_rng(1)"
         ".standard_normal(1000))['value'])")


def plain_env(home, path):
    """What a fresh login shell has: no PYTHONPATH, its own HOME."""
    return {"HOME": str(home), "PATH": path, "LC_ALL": "C"}


def run(args, env, **kw):
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, **kw)


def install(env, *extra):
    result = run(["bash", SCRIPT, "--no-build", *extra], {**env, "BUILD_DIR": BUILD})
    return result


@pytest.fixture
def home(tmp_path):
    h = tmp_path / "home"
    h.mkdir()
    return h


def test_fresh_debian_shape(home):
    if not sys.executable.startswith("/usr/bin/python3"):
        pytest.skip("the module is not built for Debian's /usr/bin/python3")
    env = plain_env(home, "/usr/bin:/bin")
    done = install(env)
    assert done.returncode == 0, done.stderr
    site = home / ".local" / "lib" / VERSION / "site-packages"
    assert (site / "neurodyn" / "__init__.pyi").is_file() and (site / "neurodyn" / "py.typed").is_file()
    assert not (site / "neurodyn-numpy.pth").exists()  # Debian's python3 has its own numpy

    where = run(["python3", "-c", "import neurodyn; print(neurodyn.__file__)"], env)
    assert where.returncode == 0, where.stderr
    assert where.stdout.strip() == str(site / "neurodyn" / "__init__.py")
    if hasattr(neurodyn, "sampen"):  # the check line
        check = run(["python3", "-c", CHECK], env)
        assert check.returncode == 0, check.stderr
        float(check.stdout)

    # A second run replaces the copy; --uninstall removes it and nothing else.
    (site / "unrelated.pth").write_text("")
    assert install(env).returncode == 0
    gone = install(env, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert sorted(p.name for p in site.iterdir()) == ["unrelated.pth"]
    assert run(["python3", "-c", "import neurodyn"], env).returncode != 0


def test_python3_without_numpy_gets_exactly_debians_numpy(home, tmp_path):
    venv = tmp_path / "venv"
    made = run([sys.executable, "-m", "venv", "--without-pip", str(venv)], os.environ.copy())
    if made.returncode != 0:
        pytest.skip(f"cannot make a virtual environment: {made.stderr}")
    env = plain_env(home, f"{venv}/bin:/usr/bin:/bin")
    assert run(["python3", "-c", "import numpy"], env).returncode != 0  # the premise

    done = install(env)
    assert done.returncode == 0, done.stderr
    assert "numpy" in done.stderr  # it says what it did
    probe = run(["python3", "-c", "import sys, neurodyn, numpy; print(sys.prefix); print(neurodyn.__file__); "
                 "print(numpy.__file__); print(numpy.ones(3).sum())"], env)
    assert probe.returncode == 0, probe.stderr
    prefix, module_file, numpy_file, total = probe.stdout.split("\n")[:4]
    assert os.path.realpath(prefix) == os.path.realpath(venv)
    assert os.path.realpath(module_file).startswith(os.path.realpath(venv))  # a venv has no user site
    assert "neurodyn-numpy" in numpy_file and float(total) == 3.0
    if hasattr(neurodyn, "sampen"):
        check = run(["python3", "-c", CHECK], env)
        assert check.returncode == 0, check.stderr
        float(check.stdout)
    # Only numpy: other Debian packages (pytest is one, since this test runs under it) stay out.
    assert run(["python3", "-c", "import pytest"], env).returncode != 0
    # Debian's python3 shares nothing with the venv, and gets its own copy in the user site.
    debian = run(["/usr/bin/python3", "-c", "import neurodyn, numpy; print(numpy.__file__)"], env)
    assert debian.returncode == 0, debian.stderr
    assert "neurodyn-numpy" not in debian.stdout

    gone = install(env, "--uninstall")
    assert gone.returncode == 0, gone.stderr
    assert run(["python3", "-c", "import neurodyn"], env).returncode != 0
    assert run(["python3", "-c", "import numpy"], env).returncode != 0
    site = home / ".local" / "lib" / VERSION / "site-packages"
    assert not site.exists() or not list(site.iterdir())
