"""Approximate math where the user asked for it: `@njit(fastmath=True)` marks numba's math
calls `fast` (or `afn`, approximate functions), and such a tanh call is lowered to enzymec's
fast tanh (fast_tanh_ir.py) after AD, in the primal and the derivative alike.

Only calls carrying `afn` (which `fast` includes) change: without the user's flag every call
stays libm's, bit for bit. The derivative rule of tanh reads the call's result (1 - y^2), so
after lowering it reads the approximate y, as XLA's gradient of its own tanh does.
"""

from __future__ import annotations

import re

from .fast_tanh_ir import FAST_TANH, FAST_TANHF, fast_tanh_ir

# callee spelled in the IR -> (result type, enzymec's fast function)
LOWERED = {
    "tanh": ("double", FAST_TANH),
    "llvm.tanh.f64": ("double", FAST_TANH),
    "tanhf": ("float", FAST_TANHF),
    "llvm.tanh.f32": ("float", FAST_TANHF),
}
_FLAG = r"(?:fast|afn|reassoc|nnan|ninf|nsz|arcp|contract)"
_CALL = re.compile(r"\bcall ((?:" + _FLAG + r" )+)(double|float) @(" +
                   "|".join(re.escape(name) for name in LOWERED) + r")\(")


def _replacement(match: re.Match) -> str:
    flags, result, callee = match.groups()
    words = flags.split()
    if ("afn" not in words and "fast" not in words) or LOWERED[callee][0] != result:
        return match.group(0)
    return f"call {flags}{result} @{LOWERED[callee][1]}("


def lower_fast_math(text: str) -> str:
    """`text` with every `afn` tanh call calling enzymec's fast tanh (its definition added
    when one does); the text unchanged when there is none."""
    lowered = _CALL.sub(_replacement, text)
    if lowered == text:
        return text
    return lowered + "\n" + fast_tanh_ir(lowered) + "\n"
