"""Gradients of C functions asked for from Python, JAX-like: `grad(lib.f, argnums=0)`.

Each request (function, arguments asked for) is a wrapper (wrapper.py) compiled with the
source into a library of its own, cached like every build. Floating arrays get a zeroed
shadow each call, returned as the gradient; active scalars' adjoints come back through a
small `double` array.
"""

from __future__ import annotations

import numpy as np

from . import calling
from .aliasing import WrittenOverlap
from .errors import ArgumentError
from .library import CFunction
from .wrapper_build import LoadedWrapper
from .wrapper import activity, value_in_one_run, wrapper_cdef, wrapper_file_name, \
    wrapper_name, wrapper_source


class _Compiled:
    """The built wrapper for one (function, argnums) request."""

    def __init__(self, fn: CFunction, wanted: set[int], value: bool = False):
        sig = fn.signature
        built = LoadedWrapper(fn, wrapper_source(sig, wanted, value),
                              wrapper_file_name(sig, wanted, value),
                              wrapper_cdef(sig, wanted, value),
                              wrapper_name(sig, wanted, value), "grad")
        self.ffi, self.lib, self.entry = built.ffi, built.lib, built.entry
        self.sig = sig
        self.value = value  # outs[0] holds f's result, the adjoints follow
        self.acts = [activity(sig, i, wanted) for i in range(len(sig.params))]

    def run(self, values: list, shadows: dict[int, np.ndarray]) -> tuple[dict, np.ndarray]:
        """Call the wrapper; returns the shadows used (index -> array) and scalar adjoints."""
        args = calling.convert(self.ffi, self.sig, values)
        full, used = [], {}
        for i, (arg, act) in enumerate(zip(args, self.acts)):
            full.append(arg)
            if act == "dup":
                primal = values[i]
                shadow = calling.check_shadow(self.sig, i, primal, shadows[i]).copy() \
                    if i in shadows else np.zeros_like(primal)
                used[i] = shadow
                base = self.sig.params[i].type.cffi.replace("const ", "").rstrip("* ")
                full.append(self.ffi.from_buffer(f"{base}[]", shadow))
        outs = np.zeros(max(1, self.acts.count("out") + self.value))
        full.append(self.ffi.from_buffer("double[]", outs))
        arrays = {i: v for i, v in enumerate(values) if isinstance(v, np.ndarray)}
        with WrittenOverlap(arrays, ArgumentError, self._argument_name):
            self.entry(*full)
        return used, outs

    def _argument_name(self, index: int) -> str:
        return f"{index + 1} ('{self.sig.params[index].name}')"


def check_function(fn, argnums) -> tuple[CFunction, tuple[int, ...]]:
    """`fn` (a loaded C function Python can differentiate) and `argnums` as a tuple of
    parameter indices, each a floating parameter; else TypeError / ArgumentError."""
    if not isinstance(fn, CFunction):
        raise TypeError("enzymec's derivatives take a function of a library from enzymec.load "
                        "(for numba functions use enzymec.numba.grad)")
    sig = fn.signature
    if sig.unsupported:
        raise ArgumentError(f"{sig.name}() cannot be differentiated from Python: "
                            f"{'; '.join(sig.unsupported)}")
    nums = (argnums,) if isinstance(argnums, int) else tuple(argnums)
    for i in nums:
        if not -len(sig.params) <= i < len(sig.params):
            raise ArgumentError(f"{sig.name}() has {len(sig.params)} parameters: argnums {i}")
        if not sig.params[i].type.is_float:
            raise ArgumentError(f"{sig.name}(): parameter {i} '{sig.params[i].name}' "
                                f"({sig.params[i].type.spelling}) is not floating point: "
                                "it has no derivative")
    return fn, tuple(i % len(sig.params) for i in nums)


def _compiled(fn: CFunction, wanted: set[int], value: bool = False) -> _Compiled:
    cache = fn.__dict__.setdefault("_gradients", {})
    key = (frozenset(wanted), value)
    if key not in cache:
        cache[key] = _Compiled(fn, set(wanted), value)
    return cache[key]


def _adjoint(compiled: _Compiled, index: int, used: dict, outs: np.ndarray):
    if index in used:
        return used[index]
    position = [i for i, a in enumerate(compiled.acts) if a == "out"].index(index)
    return compiled.sig.params[index].type.dtype.type(outs[position + compiled.value])


def _checked_scalar_function(fn: CFunction, argnums) -> tuple[CFunction, tuple[int, ...]]:
    fn, nums = check_function(fn, argnums)
    if not fn.signature.result.is_float:
        raise ArgumentError(f"{fn.signature.name}() returns '{fn.signature.result.spelling}': "
                            "grad needs a floating-point result (use enzymec.vjp for outputs "
                            "written through pointers)")
    return fn, nums


def _gradients(compiled: _Compiled, nums, argnums, args, kwargs):
    """One run of the wrapper: (its `outs` array, the gradients asked for, one or a tuple
    as `argnums` is)."""
    values = calling.bind(compiled.sig, args, kwargs)
    used, outs = compiled.run(values, {})
    found = tuple(_adjoint(compiled, i, used, outs) for i in nums)
    return outs, found[0] if isinstance(argnums, int) else found


def grad(fn: CFunction, argnums=0):
    """The gradient of a C function returning a float or double, as a Python function.

    It takes the same arguments and returns the derivative with respect to argument
    `argnums` (an array of the argument's shape for a pointer, a number for a scalar), or a
    tuple of them when `argnums` is a tuple. Arrays passed in are not modified unless the
    function itself writes them."""
    fn, nums = _checked_scalar_function(fn, argnums)
    compiled = _compiled(fn, {i for i in nums if fn.signature.params[i].type.kind == "scalar"})

    def gradient(*args, **kwargs):
        return _gradients(compiled, nums, argnums, args, kwargs)[1]
    gradient.__name__ = f"grad_{fn.signature.name}"
    return gradient


def value_and_grad(fn: CFunction, argnums=0):
    """(f(args), grad(f)(args)) from one run of f: the gradient returns f's result too
    (enzyme_primal_return). Where the returned struct's C layout would not match (three
    or more float fields) f runs once more for the value."""
    fn, nums = _checked_scalar_function(fn, argnums)
    wanted = {i for i in nums if fn.signature.params[i].type.kind == "scalar"}
    if not value_in_one_run(fn.signature, wanted):
        gradient = grad(fn, argnums)

        def twice(*args, **kwargs):  # f's run on copies: what it writes is not the input
            value = fn(*fresh_copies(args), **dict(zip(kwargs, fresh_copies(kwargs.values()))))
            return value, gradient(*args, **kwargs)
        return twice
    compiled = _compiled(fn, wanted, value=True)

    def both(*args, **kwargs):
        outs, found = _gradients(compiled, nums, argnums, args, kwargs)
        return compiled.sig.result.dtype.type(outs[0]), found
    both.__name__ = f"value_and_grad_{fn.signature.name}"
    return both


def fresh_copies(values) -> list:
    """`values` with each array copied (a run on them leaves the caller's arrays alone)."""
    return [v.copy() if isinstance(v, np.ndarray) else v for v in values]


def vjp(fn: CFunction):
    """Reverse mode for every floating argument, with seeds for outputs written in memory.

    Returns `pullback(*args, cotangents={param: array})`: each floating array's shadow starts
    as its cotangent (zero when not given) and the result, if floating, is seeded with 1.
    It returns {param name: adjoint} for every floating parameter."""
    fn, _ = check_function(fn, ())
    sig = fn.signature
    scalars = {i for i, p in enumerate(sig.params) if p.type.kind == "scalar" and p.type.is_float}
    compiled = _compiled(fn, scalars)
    names = [p.name for p in sig.params]

    def pullback(*args, cotangents=None, **kwargs):
        values = calling.bind(sig, args, kwargs)
        seeds = {}
        for key, value in (cotangents or {}).items():
            index = names.index(key) if isinstance(key, str) and key in names else key
            if not isinstance(index, int) or compiled.acts[index] != "dup":
                raise ArgumentError(f"{sig.name}(): cotangent for '{key}', which is not a "
                                    "floating-point array parameter")
            seeds[index] = value
        used, outs = compiled.run(values, seeds)
        return {names[i]: _adjoint(compiled, i, used, outs)
                for i, a in enumerate(compiled.acts) if a in ("dup",) or i in scalars}
    return pullback
