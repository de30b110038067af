"""The module imports from the build tree, headless, without Qt GUI."""
import subprocess
import sys

import neurodyn


def test_version_is_the_projects():
    assert isinstance(neurodyn.__version__, str) and neurodyn.__version__.count(".") == 2


def test_imports_without_qt_gui():
    # A cluster node has no display and may have no Qt GUI libraries at all: the extension must
    # not link them.
    code = ("import neurodyn, sys; "
            "import os; maps = open('/proc/self/maps').read(); "
            "sys.exit(1 if ('libQt6Gui' in maps or 'libQt6Widgets' in maps or 'qwt' in maps) else 0)")
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
