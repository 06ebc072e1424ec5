"""Gradients of numba-compiled Python: `enzymec.numba.grad(f)` (and `value_and_grad`, `vjp`,
and forward mode's `jvp`) for a `numba.njit` function.

numba lowers Python to LLVM IR with the same LLVM as enzymec's llvmlite; enzymec
differentiates that IR like clang's (the talk's "generality by bootstrapping").
Needs numba 0.68 (the release built on llvmlite 0.50, enzymec's LLVM).
"""

from __future__ import annotations

REQUIRED = "numba>=0.68,<0.69 (the release for llvmlite 0.50.*)"

try:
    import numba as _numba
except ImportError as _err:  # the one optional dependency of enzymec's Python API
    raise ImportError(f"enzymec.numba needs {REQUIRED}: pip install 'numba==0.68.*'") from _err
if not _numba.__version__.startswith("0.68."):
    raise ImportError(f"enzymec.numba needs {REQUIRED}; found numba {_numba.__version__}")

from .errors import NumbaUnsupportedError  # noqa: E402
from .forward import jvp  # noqa: E402
from .gradient import grad, value_and_grad, vjp  # noqa: E402

__all__ = ["NumbaUnsupportedError", "grad", "jvp", "value_and_grad", "vjp"]
