"""Forward mode for C functions from Python, JAX-like: `jvp(lib.f, primals, tangents)`.

One wrapper per function (forward_wrapper.py), compiled with its source into a library of
its own and cached like every build. Every floating argument is active: a scalar takes a
tangent number, an array a tangent array (its shadow, copied: the caller's is not written);
integers are constant.
"""

from __future__ import annotations

import numpy as np

from . import calling
from .errors import ArgumentError
from .forward_wrapper import (forward_activity, forward_cdef, forward_file_name,
                              forward_name, forward_source)
from .gradient import check_function
from .library import CFunction
from .wrapper_build import LoadedWrapper


class _Forward:
    """The built forward-mode wrapper of one function."""

    def __init__(self, fn: CFunction):
        sig = self.sig = fn.signature
        built = LoadedWrapper(fn, forward_source(sig), forward_file_name(sig),
                              forward_cdef(sig), forward_name(sig), "jvp")
        self.ffi, self.lib, self.entry = built.ffi, built.lib, built.entry

    def _tangent(self, index: int, primal, tangent, shadows: dict):
        """The C argument(s) following argument `index`: its tangent, if it is active."""
        act = forward_activity(self.sig, index)
        if act == "const":
            if tangent is not None and not (np.ndim(tangent) == 0 and tangent == 0):
                raise ArgumentError(f"{self.sig.name}(): parameter {index} "
                                    f"'{self.sig.params[index].name}' is an integer: its "
                                    "tangent must be None")
            return []
        if act == "active":
            return [0.0 if tangent is None else calling.scalar(self.sig, index, tangent)]
        shadow = np.zeros_like(primal) if tangent is None else \
            calling.check_shadow(self.sig, index, primal, tangent).copy()
        shadows[index] = shadow
        return [self.ffi.from_buffer(f"{self.sig.params[index].type.base}[]", shadow)]

    def run(self, values: list, tangents: list) -> tuple[np.ndarray, dict]:
        """Call the wrapper: (out = [primal result, its tangent], {index: array tangent})."""
        args, full, shadows = calling.convert(self.ffi, self.sig, values), [], {}
        for i, arg in enumerate(args):
            full += [arg, *self._tangent(i, values[i], tangents[i], shadows)]
        out = np.zeros(2)
        self.entry(*full, self.ffi.from_buffer("double[]", out))
        return out, shadows


def _forward(fn: CFunction) -> _Forward:
    cache = fn.__dict__
    if "_forward" not in cache:
        cache["_forward"] = _Forward(fn)
    return cache["_forward"]


def jvp(fn: CFunction, primals, tangents):
    """Forward mode: `(value, tangent)` of `fn` at `primals` along `tangents`, in one run.

    `primals` is the tuple of arguments; `tangents` a tuple of the same length: a number for
    a floating scalar, an array of the argument's dtype and shape for a floating array (None:
    zero), None for an integer. For a float or double result, `value` is fn(*primals) and
    `tangent` its directional derivative (numbers). For a void or integer result, `value`
    is None and `tangent` is {parameter name: array} for every floating array
    parameter: the tangent of what the function wrote into it (outputs)."""
    fn, _ = check_function(fn, ())
    sig = fn.signature
    primals, tangents = tuple(primals), tuple(tangents)
    if len(tangents) != len(primals):
        raise ArgumentError(f"{sig.name}(): {len(primals)} primals but {len(tangents)} "
                            "tangents (give None for integers and zero tangents)")
    values = calling.bind(sig, primals, {})
    out, shadows = _forward(fn).run(values, list(tangents))
    if sig.result.is_float:
        kind = sig.result.dtype.type
        return kind(out[0]), kind(out[1])
    return None, {sig.params[i].name: shadow for i, shadow in shadows.items()}
