"""Shared fixtures of the Python module's tests: the module from the build tree and the CLI.

ctest sets PYTHONPATH to <build>/python and NEURODYN_CLI to the built neurodyn-cli.
"""
import json
import os
import subprocess

import pytest


def cli_path():
    path = os.environ.get("NEURODYN_CLI")
    if not path or not os.path.exists(path):
        pytest.skip("NEURODYN_CLI is not set to a built neurodyn-cli (ctest sets it)")
    return path


def run_cli(*args, stdin=None):
    """Runs neurodyn-cli with args; returns its standard output (bytes). Fails the test on a
    non-zero exit, showing the CLI's message."""
    result = subprocess.run([cli_path(), *map(str, args)], input=stdin, capture_output=True)
    if result.returncode != 0:
        pytest.fail(f"neurodyn-cli {' '.join(map(str, args))} failed ({result.returncode}): "
                    f"{result.stderr.decode(errors='replace')}")
    return result.stdout


def cli_json(*args, stdin=None):
    """neurodyn-cli's JSON output, parsed."""
    return json.loads(run_cli(*args, stdin=stdin))


@pytest.fixture
def cli():
    return run_cli
