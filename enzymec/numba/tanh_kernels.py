"""The tanh functions enzymec.numba can call, compiled alone for measuring them: glibc's
(what numba's code calls), enzymec's accurate one and its fast one, each as a map over an
array (float64 and float32) and as the recurrence's serial chain h = tanh(w h + u x_t).

Used by benchmarks/tanh_accuracy.py (error over 4e7 points, latency) and by the tests of
the error bound, so that both measure the same compiled code the same way.
"""

from __future__ import annotations

import ctypes
import functools

import llvmlite.binding as llvm
import numpy as np

from .accurate_tanh_ir import ACCURATE_TANH, ACCURATE_TANHF, accurate_tanh_ir
from .fast_tanh_ir import FAST_TANH, FAST_TANHF, fast_tanh_ir

# kernel -> (float64 function, float32 function)
KERNELS = {"glibc": ("tanh", "tanhf"), "accurate": (ACCURATE_TANH, ACCURATE_TANHF),
           "fast": (FAST_TANH, FAST_TANHF)}

_MAP = """define void @map_{name}_{ty}(ptr %x, ptr %out, i64 %n) {{
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %px = getelementptr inbounds {ty}, ptr %x, i64 %i
  %v = load {ty}, ptr %px
  %t = call {ty} @{fn}({ty} %v)
  %po = getelementptr inbounds {ty}, ptr %out, i64 %i
  store {ty} %t, ptr %po
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret void
}}
"""

_CHAIN = """define double @chain_{name}(ptr %x, i64 %n, double %w, double %u) {{
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %h = phi double [ 0.0, %entry ], [ %t, %loop ]
  %px = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %px
  %wh = fmul double %w, %h
  %ux = fmul double %u, %v
  %arg = fadd double %wh, %ux
  %t = call double @{fn}(double %arg)
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %t
}}
"""


def _module_text() -> str:
    parts = ["declare double @tanh(double)", "declare float @tanhf(float)"]
    for name, (f64, f32) in KERNELS.items():
        parts += [_MAP.format(name=name, ty="double", fn=f64),
                  _MAP.format(name=name, ty="float", fn=f32), _CHAIN.format(name=name, fn=f64)]
    text = "\n".join(parts)
    text += "\n" + fast_tanh_ir(text)
    return text + "\n" + accurate_tanh_ir(text) + "\n"


def _mapper(address: int, dtype):
    proto = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int64)(address)

    def mapped(x: np.ndarray) -> np.ndarray:
        x = np.ascontiguousarray(x, dtype=dtype)
        out = np.empty_like(x)
        proto(x.ctypes.data, out.ctypes.data, x.size)
        return out
    return mapped


def _chain(address: int):
    proto = ctypes.CFUNCTYPE(ctypes.c_double, ctypes.c_void_p, ctypes.c_int64,
                             ctypes.c_double, ctypes.c_double)(address)

    def chain(xs: np.ndarray, w: float, u: float) -> float:
        xs = np.ascontiguousarray(xs, dtype=np.float64)
        return proto(xs.ctypes.data, xs.size, w, u)
    return chain


@functools.lru_cache(maxsize=1)
def compile_kernels():
    """({name: map over float64}, {name: chain}) plus float32 maps under "name/f32",
    JIT-compiled for this machine at O3 (as enzymec.numba compiles gradients)."""
    from enzymec.driver import backend
    from .jit import _ENGINES, host_target
    module = backend.parse_ir(_module_text(), "tanh_kernels")
    backend.run_pipeline(module, host_target(), 3, True, True, True)
    engine = llvm.create_mcjit_compiler(module, host_target().machine())
    engine.finalize_object()
    _ENGINES.append(engine)
    address = engine.get_function_address
    mapped = {name: _mapper(address(f"map_{name}_double"), np.float64) for name in KERNELS}
    mapped.update({f"{name}/f32": _mapper(address(f"map_{name}_float"), np.float32)
                   for name in KERNELS})
    chains = {name: _chain(address(f"chain_{name}")) for name in KERNELS}
    return mapped, chains
