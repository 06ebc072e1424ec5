"""LLVM IR of enzymec's fast float64 tanh, for calls the user marked approximate (`afn`).

libm's tanh costs about 37 ns a call on a serial chain (numba's recurrence); XLA's float64
tanh is its own approximation. This one is branch-free (a select clamps |x| at 20, where tanh
rounds to 1) and table-driven, so its latency is a few dozen cycles:

    tanh|x| = e / (e + 2),  e = expm1(2|x|) = 2^k (T_j - 1 + T_j p) + (2^k - 1)

with 2|x| = (128 k + j) ln2/128 + r, 0 <= r <= ln2/128 (n = 128 k + j rounded down, so that
T_j - 1 and T_j p never cancel), T_j = 2^(j/128) (T_j - 1 tabulated to
the nearest double, so small arguments keep their relative accuracy) and p = expm1(r) to
degree 6. The sign comes back by copysign, so tanh(-0) = -0; NaN stays NaN (no float-to-int
conversion: the integer n comes from the bits of n + 1.5 * 2^52). Measured error: see
tests/python/test_numba_fast_tanh.py (at most FAST_TANH_ULPS units in the last place against
long-double tanh). float32 goes through the double function and one rounding.
"""

from __future__ import annotations

import math
from decimal import Decimal, getcontext

from .tanh_ir_parts import (REDUCTION_HEAD, TANHF_WRAPPER, double_literal,
                            intrinsic_declarations)

FAST_TANH = "__enzymec_fast_tanh"
FAST_TANHF = "__enzymec_fast_tanhf"
TABLE = "__enzymec_fast_tanh_expm1_table"
FAST_TANH_ULPS = 3  # bound checked by the tests (2.80 at 4e7 seeded points; 2.68 without FMA)
_N = 128
_MAGIC = 1.5 * 2.0 ** 52  # x + MAGIC rounds x to an integer held in the low bits
# (x - 1/2 + MAGIC rounds down; at a tie, where it may round to n - 1, r is ln2/128 at most)


def _table() -> list[float]:
    """2^(j/128) - 1 for j = 0..127, each rounded once from 40 significant digits."""
    getcontext().prec = 40
    return [float(Decimal(2) ** (Decimal(j) / _N) - 1) for j in range(_N)]


def _ln2_parts() -> tuple[float, float]:
    """ln2/128 as hi + lo, hi cut to 25 significant bits so that n * hi is exact for every n
    here (n < 2^13): the reduction y - n*hi then loses nothing (Cody and Waite)."""
    getcontext().prec = 40
    exact = Decimal(2).ln() / _N
    hi = float(exact)
    hi = math.ldexp(math.floor(math.ldexp(hi, 24 + 7 + 1)), -(24 + 7 + 1))
    return hi, float(exact - Decimal(hi))


def _constants() -> dict[str, str]:
    hi, lo = _ln2_parts()
    values = {"inv2": 2 * _N / math.log(2.0), "magic": _MAGIC, "neg_hi": -hi, "neg_lo": -lo,
              "c6": 1 / 6, "c120": 1 / 120, "c24": 1 / 24, "c720": 1 / 720}
    return {k: double_literal(v) for k, v in values.items()}


# The functions, one instruction a line; {names} are filled in by _body().
_TEMPLATE = REDUCTION_HEAD + """  %r1 = call double @llvm.fmuladd.f64(double %nr, double {neg_hi}, double %y)
  %r = call double @llvm.fmuladd.f64(double %nr, double {neg_lo}, double %r1)
  %r2 = fmul double %r, %r
  %c1 = call double @llvm.fmuladd.f64(double %r, double {c6}, double 5.000000e-01)
  %c2a = call double @llvm.fmuladd.f64(double %r, double {c120}, double {c24})
  %c2 = call double @llvm.fmuladd.f64(double %r2, double {c720}, double %c2a)
  %inner = call double @llvm.fmuladd.f64(double %r2, double %c2, double %c1)
  %p = call double @llvm.fmuladd.f64(double %r2, double %inner, double %r)
  %slot = getelementptr inbounds [{size} x double], ptr @{table}, i64 0, i64 %j
  %tm1 = load double, ptr %slot, align 8
  %tj = fadd double %tm1, 1.000000e+00
  %q = call double @llvm.fmuladd.f64(double %tj, double %p, double %tm1)
  %kb = add i64 %k, 1023
  %kbits = shl i64 %kb, 52
  %twok = bitcast i64 %kbits to double
  %twokm1 = fsub double %twok, 1.000000e+00
  %twokp1 = fadd double %twok, 1.000000e+00
  %e = call double @llvm.fmuladd.f64(double %twok, double %q, double %twokm1)
  %den = call double @llvm.fmuladd.f64(double %twok, double %q, double %twokp1)
  %th = fdiv double %e, %den
  %res = call double @llvm.copysign.f64(double %th, double %x)
  ret double %res
}}
""" + TANHF_WRAPPER


def _body() -> str:
    c = _constants()
    return _TEMPLATE.format(tanh=FAST_TANH, tanhf=FAST_TANHF, table=TABLE, size=_N,
                            mask=_N - 1, shift=_N.bit_length() - 1,
                            magic_bits=int(c["magic"], 16), **c)


def fast_tanh_ir(declared: str) -> str:
    """The IR of both functions and their table, with the intrinsics they call that the
    module text `declared` does not declare yet."""
    table = ", ".join(f"double {double_literal(v)}" for v in _table())
    parts = [f"@{TABLE} = internal unnamed_addr constant [{_N} x double] [{table}], align 8",
             _body()]
    parts += intrinsic_declarations(declared, {"fabs": 1, "copysign": 2, "fmuladd": 3})
    return "\n".join(parts)
