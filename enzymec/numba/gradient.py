"""`enzymec.numba.grad(f)`: gradients of numba.njit functions through their LLVM IR.

For each tuple of argument types (as numba dispatches) the function's IR is captured
(capture.py), wrapped (wrapper_ir.py), given differentiable NRT bodies (runtime_ir.py),
differentiated by enzymec and JIT-compiled (jit.py) once; calls then go through ctypes with
the arrays' memory passed as is and a zeroed shadow per floating array.
"""

from __future__ import annotations

import ctypes

import numpy as np

from .capture import capture, typeof_args
from .errors import NumbaUnsupportedError
from .jit import compile_gradient
from .layout import arg_layout, result_type
from .runtime_ir import replace_runtime
from .wrapper_ir import GRAD, MARKERS, primal_ir, grad_ir

_CTYPES = {"double": ctypes.c_double, "float": ctypes.c_float, "i64": ctypes.c_int64,
           "i32": ctypes.c_int32}


class CompiledGradient:
    """The JIT-compiled gradient of one function at one tuple of argument types."""

    def __init__(self, fn, args: tuple):
        captured = capture(fn, args)
        self.name = fn.py_func.__name__
        self.layouts = [arg_layout(n, t) for n, t in zip(captured.names, captured.args)]
        result = result_type(captured.result)
        text = "\n".join([replace_runtime(captured.ir), MARKERS,
                          primal_ir(captured.symbol, self.layouts, result),
                          grad_ir(self.layouts, result)])
        address = compile_gradient(text, self.name)[GRAD]
        self.entry = ctypes.CFUNCTYPE(None, *self._argtypes())(address)

    def _argtypes(self) -> list:
        types = []
        for a in self.layouts:
            if a.is_array:
                types += [ctypes.c_void_p] * (2 if a.is_float else 1) + [ctypes.c_int64] * a.ndim
            else:
                types.append(_CTYPES[a.llvm])
        return types + [ctypes.c_void_p, ctypes.c_void_p]

    def run(self, args: tuple) -> tuple[list, int]:
        """Adjoints of every argument (None for integers) and numba's status."""
        cargs, adjoints, scalar_slots = [], [], []
        for value, a in zip(args, self.layouts):
            if a.is_array:
                shadow = np.zeros_like(value) if a.is_float else None
                cargs += [value.ctypes.data] + ([shadow.ctypes.data] if a.is_float else [])
                cargs += list(value.shape)
                adjoints.append(shadow)
            else:
                cargs.append(value)
                adjoints.append(None)
                if a.is_float:
                    scalar_slots.append(len(adjoints) - 1)
        status = np.zeros(1, np.int32)
        out = np.zeros(max(1, len(scalar_slots)))
        self.entry(*cargs, status.ctypes.data, out.ctypes.data)
        for k, slot in enumerate(scalar_slots):
            adjoints[slot] = self.layouts[slot].dtype.type(out[k])
        return adjoints, int(status[0])


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


def grad(fn, argnums=0):
    """The gradient of a numba.njit function returning a float, as a Python function.

    Like jax.grad: the result takes the function's arguments and returns the derivative with
    respect to argument `argnums` (an array of its shape, or a number), or a tuple of them
    for a tuple `argnums`. Compiled once per tuple of argument types."""
    compiled = _compiled_for(fn)

    def gradient(*args):
        key = typeof_args(args)
        if key not in compiled:
            compiled[key] = CompiledGradient(fn, args)
        nums = _argnums(len(args), argnums)
        adjoints, status = compiled[key].run(args)
        if status != 0:
            fn(*args)  # numba raises the function's own exception
            raise RuntimeError(f"{compiled[key].name} raised an exception in the gradient")
        for i in nums:
            if adjoints[i] is None:
                raise NumbaUnsupportedError(f"argument {i} of {compiled[key].name} is an "
                                            "integer: it has no derivative")
        found = tuple(adjoints[i] for i in nums)
        return found[0] if isinstance(argnums, int) else found
    gradient.__name__ = f"grad_{getattr(fn, '__name__', 'f')}"
    return gradient


def value_and_grad(fn, argnums=0):
    """(fn(*args), grad(fn, argnums)(*args)); the value from numba's own compilation."""
    gradient = grad(fn, argnums)

    def both(*args):
        return fn(*args), gradient(*args)
    return both
