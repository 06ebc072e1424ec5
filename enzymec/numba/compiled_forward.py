"""One numba function at one tuple of argument types, in forward mode, JIT-compiled.

As compiled.py for reverse mode: the captured IR with differentiable NRT bodies, the primal
wrapper and forward_ir's `__enzyme_fwddiff` wrapper, differentiated and JIT-compiled once;
calls go through ctypes with the arrays' memory as is and a tangent array per floating
array (copied: the caller's tangent is not written).
"""

from __future__ import annotations


import numpy as np

from enzymec.driver.jitlink import RUNTIME_LOCK

from .compiled import Compiled
from .errors import NumbaUnsupportedError
from .forward_ir import JVP, jvp_ir


class CompiledForward(Compiled):
    """The JIT-compiled forward derivative of one function at one tuple of argument types."""

    scalar_slots = 2  # a floating scalar is followed by its tangent

    def __init__(self, fn, args: tuple):
        super().__init__(fn, args, jvp_ir, JVP)

    def _tangent(self, index: int, value, tangent):
        """The tangent passed after argument `index` (a copy for an array), or None."""
        a = self.layouts[index]
        if not a.is_float:
            if tangent is not None:
                raise NumbaUnsupportedError(f"argument '{self.names[index]}' of {self.name} "
                                            "is an integer: its tangent must be None")
            return None
        if not a.is_array:
            return 0.0 if tangent is None else float(tangent)
        if tangent is None:
            return np.zeros_like(value)
        tangent = np.asarray(tangent)
        if tangent.shape != value.shape or tangent.dtype != value.dtype:
            raise NumbaUnsupportedError(
                f"the tangent of argument '{self.names[index]}' is "
                f"{tangent.dtype}{list(tangent.shape)}, its array {value.dtype}{list(value.shape)}")
        return np.array(tangent, order="C", copy=True)

    def run(self, args: tuple, tangents: tuple) -> tuple[np.ndarray, list, int]:
        """([primal result, its tangent], per-argument tangents after the call, status)."""
        cargs, shadows = [], []
        for index, (value, a) in enumerate(zip(args, self.layouts)):
            tangent = self._tangent(index, value, tangents[index])
            shadows.append(tangent if a.is_array else None)
            if a.is_array:
                cargs += [value.ctypes.data] + ([tangent.ctypes.data] if a.is_float else [])
                cargs += list(value.shape)
            else:
                cargs += [value] + ([tangent] if a.is_float else [])
        status, out = np.zeros(1, np.int32), np.zeros(2)
        with RUNTIME_LOCK:  # the runtime's per-thread state is shared here (jitlink.py)
            self.entry(*cargs, status.ctypes.data, out.ctypes.data)
        return out, shadows, int(status[0])
