"""The runtime for modules compiled in this process instead of by the `enzymec` command:
the numba front end's JIT (enzymec/numba/jit.py) and the rule tests. Their derivative code
calls runtime functions (digamma, tapes, shadows) exactly as a compiled file's does, so the
same link step (rtlink.py) runs on them before they are optimized and JIT-compiled.

No signal handlers are installed (this runs inside the user's Python process); the scratch
directory, needed only the first time the runtime bitcode is built, is removed at once.
"""

from __future__ import annotations

import tempfile

import llvmlite.binding as llvm

from enzymec.driver import rtlink
from enzymec.driver.options import parse_args
from enzymec.driver.pipeline import Context
from enzymec.driver.toolchain import find_toolchain


def link_runtime_in_process(module: llvm.ModuleRef) -> None:
    """Link the runtime functions `module` references into it, made internal."""
    if not rtlink.referenced(module):
        return
    with tempfile.TemporaryDirectory(prefix="enzymec-") as tmpdir:
        ctx = Context(parse_args(["-O2", "-c", "jit.ll"]), find_toolchain(), tmpdir)
        rtlink.link_runtime(ctx, module)
