"""Jacobians of C functions from Python: `jacfwd` (a forward pass per input component),
`jacrev` (a reverse pass per output component) and `jacobian` (whichever needs fewer).

The output is the function's floating result (output=None) or an array parameter the
function writes (output="y"): the Jacobian of y's final contents with respect to the
arguments `argnums`, shaped y.shape + x.shape (JAX's layout). Every pass runs on fresh
copies of the arrays, so functions that update arrays in place are differentiated at the
caller's values and the caller's arrays are not written.
"""

from __future__ import annotations

import numpy as np

from . import calling
from .errors import ArgumentError
from .forward import jvp
from .gradient import check_function, fresh_copies, grad, vjp


def _output_index(fn, output) -> int | None:
    """The index of the output array parameter, or None for the result (which must then be
    floating)."""
    sig = fn.signature
    if output is None:
        if not sig.result.is_float:
            raise ArgumentError(f"{sig.name}() returns '{sig.result.spelling}': name the array "
                                "parameter it writes with output=")
        return None
    names = [p.name for p in sig.params]
    index = names.index(output) if output in names else output
    if not isinstance(index, int) or not 0 <= index < len(names) \
            or sig.params[index].type.kind != "pointer" or not sig.params[index].type.is_float:
        raise ArgumentError(f"{sig.name}(): output={output!r} is not a floating-point array "
                            "parameter")
    return index


def _unit(primal, k: int):
    """The k-th unit tangent (or cotangent) shaped like `primal`."""
    if np.ndim(primal) == 0:
        return 1.0
    unit = np.zeros_like(primal)
    unit.flat[k] = 1
    return unit


def _jacfwd_one(fn, values: list, i: int, out_index: int | None):
    """d output / d argument i: one jvp per component of argument i."""
    primal, name = values[i], fn.signature.params[out_index].name if out_index is not None else None
    columns = []
    for k in range(int(np.size(primal))):
        tangents = [None] * len(values)
        tangents[i] = _unit(primal, k)
        _, tangent = jvp(fn, fresh_copies(values), tangents)
        columns.append(tangent if name is None else tangent[name])
    stacked = np.stack([np.asarray(c) for c in columns], axis=-1)
    return stacked.reshape(np.shape(stacked)[:-1] + np.shape(primal))[()]


def _shaped(fn, nums: tuple, argnums, compute):
    """A Python function of fn's arguments returning compute(values, i) per asked i."""
    def jac(*args, **kwargs):
        values = calling.bind(fn.signature, args, kwargs)
        found = tuple(compute(values, i) for i in nums)
        return found[0] if isinstance(argnums, int) else found
    return jac


def jacfwd(fn, argnums=0, output=None):
    """The Jacobian by forward mode: a function of fn's arguments returning
    d output / d argument `argnums` (a tuple of them for a tuple), output.shape + arg.shape;
    output=None is the floating result, output="name" an array parameter fn writes."""
    fn, nums = check_function(fn, argnums)
    out_index = _output_index(fn, output)
    jac = _shaped(fn, nums, argnums, lambda values, i: _jacfwd_one(fn, values, i, out_index))
    jac.__name__ = f"jacfwd_{fn.signature.name}"
    return jac


def _jacrev_rows(fn, values: list, nums: tuple, out_index: int) -> dict:
    """Argument index -> Jacobian, from one reverse pass per component of the output."""
    pullback, sig, out = vjp(fn), fn.signature, values[out_index]
    rows = {i: [] for i in nums}
    for j in range(out.size):
        adjoints = pullback(*fresh_copies(values), cotangents={out_index: _unit(out, j)})
        for i in nums:
            rows[i].append(np.asarray(adjoints[sig.params[i].name]))
    return {i: np.stack(rows[i]).reshape(out.shape + np.shape(values[i])) for i in nums}


def jacrev(fn, argnums=0, output=None):
    """The Jacobian by reverse mode, shaped and chosen as jacfwd's. With output="name" the
    function's result must not be floating (reverse mode would seed it with 1)."""
    fn, nums = check_function(fn, argnums)
    out_index = _output_index(fn, output)
    if out_index is None:  # the gradient, on fresh copies like every pass here
        gradient = grad(fn, argnums)

        def jac_of_result(*args, **kwargs):
            return gradient(*fresh_copies(calling.bind(fn.signature, args, kwargs)))
        jac_of_result.__name__ = f"jacrev_{fn.signature.name}"
        return jac_of_result
    if fn.signature.result.is_float:
        raise ArgumentError(f"{fn.signature.name}() returns a float as well as writing "
                            f"'{output}': use jacfwd for the array's Jacobian")

    def jac(*args, **kwargs):
        values = calling.bind(fn.signature, args, kwargs)
        found = _jacrev_rows(fn, values, nums, out_index)
        return found[nums[0]] if isinstance(argnums, int) else tuple(found[i] for i in nums)
    jac.__name__ = f"jacrev_{fn.signature.name}"
    return jac


def jacobian(fn, argnums=0, output=None):
    """jacrev when the output has fewer components than the arguments asked for (fewer
    passes), else jacfwd; the same shapes either way."""
    fn, nums = check_function(fn, argnums)
    out_index = _output_index(fn, output)
    forward, reverse = jacfwd(fn, argnums, output), None
    if out_index is None or not fn.signature.result.is_float:
        reverse = jacrev(fn, argnums, output)

    def jac(*args, **kwargs):
        values = calling.bind(fn.signature, args, kwargs)
        outputs = 1 if out_index is None else np.size(values[out_index])
        inputs = sum(int(np.size(values[i])) for i in nums)
        chosen = reverse if reverse is not None and outputs < inputs else forward
        return chosen(*args, **kwargs)
    jac.__name__ = f"jacobian_{fn.signature.name}"
    return jac
