"""LLVM IR of enzymec's accurate float64 tanh: 0.521 ulp at most at 1e8 seeded points
(glibc's tanh: 2.2) and a shorter latency on a serial chain (numba's recurrence) than glibc's.

    tanh|x| = E / (E + 2),  E = expm1(2|x|) = 2^k G + (2^k - 1),  G = T_j (1 + p) - 1

with 2|x| = (128 k + j) ln2/128 + r (n = 128 k + j rounded down, |x| clamped at 20 where
tanh rounds to 1), T_j = 2^(j/128) and p = expm1(r). Where fast_tanh_ir.py evaluates this
in plain doubles (three roundings of the order of an ulp: r, E, the quotient), here every
quantity the quotient depends on is carried as a double plus its error, and the quotient
is corrected once:

- r = r1 + rlo: r1 = 2|x| - n hi by one fma is exact (hi = ln2/128 rounded: n hi and 2|x|
  are multiples of 2^-60 and r1 < 2^-7), rlo = -n lo is the rest of the reduction;
- G = h + glo: h = (T_j - 1)_hi + r1 rounded, its rounding error by Fast2Sum (T_j - 1 >= r1
  when j > 0, exact when j = 0), and glo the small terms (the table's low part, rlo,
  p - r = r^2 (1/2 + r/6 + ... + r^5/5040), (T_j - 1) p);
- E = ehi + elo with ehi = 2^k h + (2^k - 1) rounded once (elo: that rounding by 2Sum,
  2^k glo, and 2^k - 1's own rounding beyond k = 53); elo need not be below ehi's ulp;
- D = E + 2 = dhi + dlo with dhi = (2^k h + 2^k + 1) + 2^k glo, its two roundings (and
  2^k + 1's) in dlo by 2Sum: dhi is D to an ulp, so 1/dhi is 1/D to about an ulp;
- q0 = ehi * (1/dhi); the residual E - q0 D = (ehi - q0 dhi, exact by fma) + (elo - q0 dlo),
  times 1/dhi, corrects q0 to about half an ulp.

The critical path is fabs, the reduction, the polynomial, glo, dhi, one division and four
fma/adds: every error term is computed beside the division. Measured error and latency:
benchmarks/tanh_accuracy.py; tests/python/test_numba_accurate_tanh.py checks the bound.
The sign comes back by copysign (tanh(-0) = -0), NaN stays NaN, tiny and subnormal x give x.
float32 goes through the double function and one rounding.
"""

from __future__ import annotations

from decimal import Decimal, getcontext

from .tanh_ir_parts import (REDUCTION_HEAD, TANHF_WRAPPER, double_literal,
                            intrinsic_declarations)

ACCURATE_TANH = "__enzymec_accurate_tanh"
ACCURATE_TANHF = "__enzymec_accurate_tanhf"
TABLE = "__enzymec_accurate_tanh_table"
ACCURATE_TANH_ULPS = 0.55  # bound the tests check (0.521 measured at 1e8 points: RESULTS.md)
_N = 128
_MAGIC = 1.5 * 2.0 ** 52  # x + MAGIC rounds x to an integer held in the low bits


def _table() -> list[float]:
    """(2^(j/128) - 1) as hi, lo pairs for j = 0..127, interleaved (one load region)."""
    getcontext().prec = 50
    pairs = []
    for j in range(_N):
        exact = Decimal(2) ** (Decimal(j) / _N) - 1
        hi = float(exact)
        pairs += [hi, float(exact - Decimal(hi))]
    return pairs


def _constants() -> dict[str, str]:
    """ln2/128 as hi (nearest double) + lo, and the polynomial's Taylor coefficients."""
    getcontext().prec = 50
    exact = Decimal(2).ln() / _N
    hi = float(exact)
    values = {"inv2": float(2 * _N / Decimal(2).ln()), "magic": _MAGIC, "neg_hi": -hi,
              "neg_lo": -float(exact - Decimal(hi)), "c6": 1 / 6, "c24": 1 / 24,
              "c120": 1 / 120, "c720": 1 / 720, "c5040": 1 / 5040}
    return {k: double_literal(v) for k, v in values.items()}


_REDUCTION = REDUCTION_HEAD + """  %r1 = call double @llvm.fma.f64(double %nr, double {neg_hi}, double %y)
  %rlo = fmul double %nr, {neg_lo}
  %rl = call double @llvm.fmuladd.f64(double %rlo, double %r1, double %rlo)
"""

_G = """  %r2 = fmul double %r1, %r1
  %c1 = call double @llvm.fmuladd.f64(double %r1, double {c6}, double 5.000000e-01)
  %c2a = call double @llvm.fmuladd.f64(double %r1, double {c120}, double {c24})
  %c3 = call double @llvm.fmuladd.f64(double %r1, double {c5040}, double {c720})
  %c2 = call double @llvm.fmuladd.f64(double %r2, double %c3, double %c2a)
  %inner = call double @llvm.fmuladd.f64(double %r2, double %c2, double %c1)
  %s = fmul double %r2, %inner
  %j2 = shl i64 %j, 1
  %slot = getelementptr inbounds [{size} x double], ptr @{table}, i64 0, i64 %j2
  %th = load double, ptr %slot, align 16
  %slot_lo = getelementptr inbounds double, ptr %slot, i64 1
  %tl = load double, ptr %slot_lo, align 8
  %tj = fadd double %th, 1.000000e+00
  %h = fadd double %th, %r1
  %hb = fsub double %h, %th
  %hl = fsub double %r1, %hb
  %rr = fadd double %r1, %rl
  %w0 = fadd double %hl, %tl
  %w1 = fadd double %w0, %rl
  %early = call double @llvm.fmuladd.f64(double %th, double %rr, double %w1)
  %glo = call double @llvm.fmuladd.f64(double %s, double %tj, double %early)
"""

_E = """  %kb = add i64 %k, 1023
  %kbits = shl i64 %kb, 52
  %twok = bitcast i64 %kbits to double
  %twokm1 = fsub double %twok, 1.000000e+00
  %twokp1 = fadd double %twok, 1.000000e+00
  %mdiff = fsub double %twok, %twokm1
  %mlo = fsub double %mdiff, 1.000000e+00
  %pdiff = fsub double %twok, %twokp1
  %plo = fadd double %pdiff, 1.000000e+00
  %ea0 = fmul double %twok, %h
  %ehi = call double @llvm.fma.f64(double %twok, double %h, double %twokm1)
{esum}
  %esum2 = fadd double %esum, %mlo
  %elo = call double @llvm.fmuladd.f64(double %twok, double %glo, double %esum2)
  %d1 = call double @llvm.fma.f64(double %twok, double %h, double %twokp1)
{e1}
  %g2 = fmul double %twok, %glo
  %dhi = fadd double %d1, %g2
{e2}
  %e12 = fadd double %e1, %e2
  %dlo = fadd double %e12, %plo
"""


def _two_sum_error(out: str, a: str, b: str, s: str) -> str:
    """Knuth's 2Sum: %out = a + b - s exactly, s being a + b rounded (any order)."""
    lines = [f"%{out}.bv = fsub double %{s}, %{a}", f"%{out}.av = fsub double %{s}, %{out}.bv",
             f"%{out}.ar = fsub double %{a}, %{out}.av", f"%{out}.br = fsub double %{b}, %{out}.bv",
             f"%{out} = fadd double %{out}.ar, %{out}.br"]
    return "\n".join("  " + line for line in lines)


_QUOTIENT = """  %rec = fdiv double 1.000000e+00, %dhi
  %q0 = fmul double %ehi, %rec
  %nq0 = fneg double %q0
  %res = call double @llvm.fma.f64(double %nq0, double %dhi, double %ehi)
  %reslo = call double @llvm.fma.f64(double %nq0, double %dlo, double %elo)
  %res2 = fadd double %res, %reslo
  %q = call double @llvm.fma.f64(double %res2, double %rec, double %q0)
  %out = call double @llvm.copysign.f64(double %q, double %x)
  ret double %out
}}
""" + TANHF_WRAPPER


def _body() -> str:
    c = _constants()
    errors = {"esum": _two_sum_error("esum", "ea0", "twokm1", "ehi"),
              "e1": _two_sum_error("e1", "ea0", "twokp1", "d1"),
              "e2": _two_sum_error("e2", "d1", "g2", "dhi")}
    template = _REDUCTION + _G + _E.format(**errors) + _QUOTIENT
    return template.format(tanh=ACCURATE_TANH, tanhf=ACCURATE_TANHF, table=TABLE,
                           size=2 * _N, mask=_N - 1, shift=_N.bit_length() - 1,
                           magic_bits=int(c["magic"], 16), **c)


_INTRINSICS = {"fabs": 1, "copysign": 2, "fmuladd": 3, "fma": 3}


def accurate_tanh_ir(declared: str) -> str:
    """The IR of both functions and their table, with the intrinsics they call that the
    module text `declared` does not declare yet."""
    table = ", ".join(f"double {double_literal(v)}" for v in _table())
    parts = [f"@{TABLE} = internal unnamed_addr constant [{2 * _N} x double] [{table}], "
             "align 16", _body()]
    return "\n".join(parts + intrinsic_declarations(declared, _INTRINSICS))
