"""NeuroDyn's engine in Python: numpy in, numpy out.

Every function documents its conventions in its docstring, as the CLI's JSON twins do; the
results of analyses and studies carry the same keys as `neurodyn-cli run`'s JSON files.
"""
from ._core import *  # noqa: F401,F403
from ._core import __version__  # noqa: F401
