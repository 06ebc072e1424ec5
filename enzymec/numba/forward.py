"""`enzymec.numba.jvp(f, primals, tangents)`: forward mode for a numba.njit function, the
JAX-like face of compiled_forward.py (compiled once per tuple of argument types, kept on
the dispatcher as the gradients are)."""

from __future__ import annotations

import numpy as np

from .capture import typeof_args
from .compiled_forward import CompiledForward
from .errors import NumbaUnsupportedError


def _get(fn, args: tuple) -> CompiledForward:
    try:
        compiled = fn.__dict__.setdefault("_enzymec_forward", {})
    except AttributeError:  # not a dispatcher: capture() raises the clear error
        compiled = {}
    key = typeof_args(args)
    if key not in compiled:
        compiled[key] = CompiledForward(fn, args)
    return compiled[key]


def jvp(fn, primals, tangents):
    """Forward mode: `(value, tangent)` of `fn` at `primals` along `tangents`, in one run.

    `tangents` has one entry per argument: a number for a float scalar, an array of the
    argument's dtype and shape for a float array (None: zero), None for an integer. For a
    float result, `value` is fn(*primals) and `tangent` its directional derivative. For a
    None result, `value` is None and `tangent` a tuple with, per argument, the tangent of
    what the function left in the array (its outputs; None for scalars and integers).
    The function runs once: arrays it writes are written."""
    primals, tangents = tuple(primals), tuple(tangents)
    if len(primals) != len(tangents):
        raise NumbaUnsupportedError(f"{len(primals)} primals but {len(tangents)} tangents "
                                    "(give None for integers and zero tangents)")
    compiled = _get(fn, primals)
    out, shadows, status = compiled.run(primals, tangents)
    if status != 0:
        fn(*primals)  # numba raises the function's own exception
        raise RuntimeError(f"{compiled.name} raised an exception in the forward derivative")
    if compiled.result == "void":
        return None, tuple(shadows)
    kind = np.float64 if compiled.result == "double" else np.float32
    return kind(out[0]), kind(out[1])
