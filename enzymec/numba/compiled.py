"""One numba function at one tuple of argument types, differentiated and JIT-compiled.

The function's IR is captured (capture.py), wrapped (wrapper_ir.py), given differentiable
NRT bodies (runtime_ir.py), differentiated by enzymec and JIT-compiled (jit.py) once; calls
go through ctypes with the arrays' memory passed as is and a shadow per floating array
(zero, or the caller's cotangent).
"""

from __future__ import annotations

import ctypes

import numpy as np

from enzymec.driver.jitlink import RUNTIME_LOCK
from enzymec.python.aliasing import WrittenOverlap

from .capture import capture
from .errors import NumbaUnsupportedError
from .jit import compile_gradient
from .layout import arg_layout, result_type
from .runtime_ir import replace_runtime
from .wrapper_ir import GRAD, MARKERS, PRIMAL, grad_ir, primal_ir

_CTYPES = {"double": ctypes.c_double, "float": ctypes.c_float, "i64": ctypes.c_int64,
           "i32": ctypes.c_int32}


class Compiled:
    """One derivative wrapper of one function at one tuple of argument types, JIT-compiled:
    `derivative_ir(layouts, result)` writes the wrapper named `entry`; a floating scalar
    argument takes `scalar_slots` C arguments (1 in reverse mode, 2 with its tangent)."""

    scalar_slots = 1

    def __init__(self, fn, args: tuple, derivative_ir, entry: str):
        captured = capture(fn, args)
        self.name = fn.py_func.__name__
        self.layouts = [arg_layout(n, t) for n, t in zip(captured.names, captured.args)]
        self.names = captured.names
        self.result = result_type(captured.result, allow_none=True)
        text = "\n".join([replace_runtime(captured.ir), MARKERS,
                          primal_ir(captured.symbol, self.layouts, self.result),
                          derivative_ir(self.layouts, self.result)])
        address = compile_gradient(text, self.name, (PRIMAL, entry))[entry]
        self.entry = ctypes.CFUNCTYPE(None, *self._argtypes())(address)

    def _argtypes(self) -> list:
        types = []
        for a in self.layouts:
            if a.is_array:
                types += [ctypes.c_void_p] * (2 if a.is_float else 1) + [ctypes.c_int64] * a.ndim
            else:
                types += [_CTYPES[a.llvm]] * (self.scalar_slots if a.is_float else 1)
        return types + [ctypes.c_void_p, ctypes.c_void_p]


class CompiledGradient(Compiled):
    """The JIT-compiled gradient of one function at one tuple of argument types."""

    def __init__(self, fn, args: tuple):
        super().__init__(fn, args, grad_ir, GRAD)

    def run(self, args: tuple, seeds: dict | None = None) -> tuple[list, int]:
        """Adjoints of every argument (None for integers) and numba's status; `seeds` maps
        argument indices to the starting values of their shadows (cotangents)."""
        cargs, adjoints, scalar_slots = [], [], []
        for index, (value, a) in enumerate(zip(args, self.layouts)):
            if a.is_array:
                shadow = self._shadow(index, value, (seeds or {}).get(index)) if a.is_float else None
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
        arrays = {i: v for i, v in enumerate(args) if isinstance(v, np.ndarray)}
        with WrittenOverlap(arrays, NumbaUnsupportedError, lambda i: f"'{self.names[i]}'"), \
                RUNTIME_LOCK:  # the runtime's per-thread state is shared here (jitlink.py)
            self.entry(*cargs, status.ctypes.data, out.ctypes.data)
        for k, slot in enumerate(scalar_slots):
            adjoints[slot] = self.layouts[slot].dtype.type(out[k])
        return adjoints, int(status[0])


    def _shadow(self, index: int, value: np.ndarray, seed) -> np.ndarray:
        if seed is None:
            return np.zeros_like(value)
        seed = np.asarray(seed)
        if seed.shape != value.shape or seed.dtype != value.dtype:
            raise NumbaUnsupportedError(
                f"the cotangent of argument '{self.names[index]}' is {seed.dtype}{list(seed.shape)}, "
                f"its array {value.dtype}{list(value.shape)}")
        return np.array(seed, order="C", copy=True)
