"""Locate the files enzymec ships besides Python code: include/enzyme.h and runtime/.

A wheel carries them as enzymec/_data/{include,runtime} (see setup.py); an editable install
or a source checkout has them at the top of the repository. Both layouts are searched.
"""

from __future__ import annotations

import os

from enzymec.diagnostics import CompileError

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def data_dir(name: str) -> str:
    """The directory `name` ("include" or "runtime") of this enzymec installation."""
    for candidate in (os.path.join(_PACKAGE, "_data", name),
                      os.path.join(os.path.dirname(_PACKAGE), name)):
        if os.path.isdir(candidate):
            return candidate
    raise CompileError(f"enzymec installation is incomplete: no '{name}' directory next to "
                       f"{_PACKAGE}", note="reinstall enzymec (pip install .)")


def include_dir() -> str:
    return data_dir("include")


def runtime_source() -> str:
    return os.path.join(data_dir("runtime"), "enzymec_rt.c")
