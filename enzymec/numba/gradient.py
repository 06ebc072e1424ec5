"""`enzymec.numba.grad(f)`, `value_and_grad` and `vjp`: the JAX-like face of compiled.py.

Gradients are compiled once per tuple of argument types (as numba dispatches) and kept on
the dispatcher; an exception the function raises is raised again by running it in numba.
"""

from __future__ import annotations

import numpy as np

from .capture import typeof_args
from .compiled import CompiledGradient
from .errors import NumbaUnsupportedError


def _compiled_for(fn) -> dict:
    """The gradients compiled for `fn` so far, kept on the dispatcher: `grad(f)` written
    inside a loop compiles once per argument types, not once per call of grad."""
    try:
        return fn.__dict__.setdefault("_enzymec_gradients", {})
    except AttributeError:  # not a dispatcher: capture() raises the clear error
        return {}


def _argnums(count: int, argnums) -> tuple[int, ...]:
    nums = (argnums,) if isinstance(argnums, int) else tuple(argnums)
    for i in nums:
        if not -count <= i < count:
            raise NumbaUnsupportedError(f"argnums {i}: the function has {count} arguments")
    return tuple(i % count for i in nums)


def bound_arguments(fn, args: tuple, kwargs: dict) -> tuple:
    """The function's arguments as one positional tuple: keyword arguments in their places,
    and the defaults of those not given (numba compiles for the whole tuple; a call with
    fewer arguments was a signature mismatch)."""
    import inspect
    py_func = getattr(fn, "py_func", None)
    if py_func is None or (not kwargs and len(args) == py_func.__code__.co_argcount):
        return tuple(args)
    try:
        bound = inspect.signature(py_func).bind(*args, **kwargs)
    except TypeError as err:
        raise NumbaUnsupportedError(f"{py_func.__name__}: {err}") from None
    bound.apply_defaults()
    return tuple(bound.args)


def _get(fn, args: tuple) -> CompiledGradient:
    compiled = _compiled_for(fn)
    key = typeof_args(args)
    if key not in compiled:
        compiled[key] = CompiledGradient(fn, args)
    return compiled[key]


def _call(fn, compiled: CompiledGradient, args: tuple, seeds=None) -> list:
    adjoints, status = compiled.run(args, seeds)
    if status != 0:
        fn(*args)  # numba raises the function's own exception
        raise RuntimeError(f"{compiled.name} raised an exception in the gradient")
    return adjoints


def grad(fn, argnums=0):
    """The gradient of a numba.njit function returning a float, as a Python function.

    Like jax.grad: the result takes the function's arguments (by keyword too; defaults fill
    those not given, and argnums counts the whole list) and returns the derivative with
    respect to argument `argnums` (an array of its shape, or a number), or a tuple of them
    for a tuple `argnums`. Compiled once per tuple of argument types. The function runs:
    arrays it writes are written."""
    def gradient(*args, **kwargs):
        args = bound_arguments(fn, args, kwargs)
        compiled = _get(fn, args)
        if compiled.result == "void":
            raise NumbaUnsupportedError(f"{compiled.name} returns None: a gradient needs a "
                                        "float64 or float32 scalar result (use vjp)")
        nums = _argnums(len(args), argnums)
        adjoints = _call(fn, compiled, args)
        for i in nums:
            if adjoints[i] is None:
                raise NumbaUnsupportedError(f"argument {i} of {compiled.name} is an "
                                            "integer: it has no derivative")
        found = tuple(adjoints[i] for i in nums)
        return found[0] if isinstance(argnums, int) else found
    gradient.__name__ = f"grad_{getattr(fn, '__name__', 'f')}"
    return gradient


def vjp(fn):
    """Reverse mode with seeds for arrays the function writes (outputs).

    `pullback(*args, cotangents={name or index: array})` starts each floating array's shadow
    at its cotangent (zero when not given); a float result is seeded with 1, a None result
    not at all. Returns one adjoint per argument (None for integers)."""
    def pullback(*args, cotangents=None):
        compiled = _get(fn, args)
        seeds = {}
        for key, value in (cotangents or {}).items():
            index = compiled.names.index(key) if key in compiled.names else key
            if not isinstance(index, int) or not 0 <= index < len(args) or \
                    not (compiled.layouts[index].is_array and compiled.layouts[index].is_float):
                raise NumbaUnsupportedError(f"cotangent for '{key}', which is not a floating "
                                            f"array argument of {compiled.name}")
            seeds[index] = value
        return tuple(_call(fn, compiled, args, seeds))
    pullback.__name__ = f"vjp_{getattr(fn, '__name__', 'f')}"
    return pullback


def value_and_grad(fn, argnums=0):
    """(fn(*args), grad(fn, argnums)(*args)); the value from numba's own compilation, run on
    copies of the arrays: a function that writes its input would otherwise hand the gradient
    the values it wrote (the gradient then runs on the caller's arrays, as grad does)."""
    gradient = grad(fn, argnums)

    def both(*args, **kwargs):
        args = bound_arguments(fn, args, kwargs)
        value = fn(*(a.copy() if isinstance(a, np.ndarray) else a for a in args))
        return value, gradient(*args)
    return both
