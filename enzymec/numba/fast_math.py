"""Which tanh a differentiated numba function calls, lowered after AD in the primal sweep
and the derivative alike (the derivative rule of tanh reads the call's result, 1 - y^2, so
it reads the lowered y).

- A call marked `afn` (approximate functions; `fast` includes it), as `@njit(fastmath=True)`
  marks numba's math calls: enzymec's fast tanh (fast_tanh_ir.py, at most 3 ulp), the
  user's leave for approximate math, as XLA's gradient of its own tanh.
- Every other tanh call: enzymec's accurate tanh (accurate_tanh_ir.py, 0.521 ulp at most
  at 1e8 points, against glibc's 2 ulp), which is also faster than glibc's on a serial chain. It is no
  less accurate than the libm tanh numba's own code calls, but not bit for bit the same:
  the values the gradient's forward sweep recomputes can differ from numba's by a rounding.
"""

from __future__ import annotations

import re

from .accurate_tanh_ir import ACCURATE_TANH, ACCURATE_TANHF, accurate_tanh_ir
from .fast_tanh_ir import FAST_TANH, FAST_TANHF, fast_tanh_ir

from enzymec import regex_cache

# callee spelled in the IR -> (result type, fast function, accurate function)
LOWERED = {
    "tanh": ("double", FAST_TANH, ACCURATE_TANH),
    "llvm.tanh.f64": ("double", FAST_TANH, ACCURATE_TANH),
    "tanhf": ("float", FAST_TANHF, ACCURATE_TANHF),
    "llvm.tanh.f32": ("float", FAST_TANHF, ACCURATE_TANHF),
}
_FLAG = r"(?:fast|afn|reassoc|nnan|ninf|nsz|arcp|contract)"
_CALL = regex_cache.compile(r"\bcall ((?:" + _FLAG + r" )*)(double|float) @(" +
                            "|".join(re.escape(name) for name in LOWERED) + r")\(")


def _replacement(match: re.Match, accurate: bool) -> str:
    flags, result, callee = match.groups()
    kind, fast, exact = LOWERED[callee]
    words = flags.split()
    approximate = "afn" in words or "fast" in words
    if kind != result or not (approximate or accurate):
        return match.group(0)
    return f"call {flags}{result} @{fast if approximate else exact}("


def lower_fast_math(text: str, accurate: bool = True) -> str:
    """`text` with every tanh call calling enzymec's fast tanh (`afn` calls) or its accurate
    one (the others; with accurate=False they stay libm's, as benchmarks/numba_tanh_pairs.py
    measures them), the definitions used added; the text unchanged when there is none."""
    lowered = _CALL.sub(lambda match: _replacement(match, accurate), text)
    if lowered == text:
        return text
    parts = [lowered]
    if f"@{FAST_TANH}(" in lowered or f"@{FAST_TANHF}(" in lowered:
        parts.append(fast_tanh_ir(lowered))
    if f"@{ACCURATE_TANH}(" in lowered or f"@{ACCURATE_TANHF}(" in lowered:
        parts.append(accurate_tanh_ir("\n".join(parts)))
    return "\n".join(parts) + "\n"
