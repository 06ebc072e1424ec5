"""The pieces of LLVM IR text enzymec's two tanh functions share (fast_tanh_ir.py and
accurate_tanh_ir.py): the argument's clamp and reduction to a table index and a power of
two, the float wrapper, and the declarations of the intrinsics they call. Both evaluate
tanh|x| = E / (E + 2) with E = expm1(2|x|) from the same reduction 2|x| = n ln2/128 + r;
they differ after it (plain doubles against carried rounding errors).

The templates are `str.format` text: {tanh}, {tanhf}, {inv2}, {magic}, {magic_bits}, {mask}
and {shift} are filled in by each module's _body().
"""

from __future__ import annotations

import struct


def double_literal(value: float) -> str:
    """An exact IR literal of a double (LLVM's hexadecimal form)."""
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", value))[0]


# |x| clamped at 20 (tanh rounds to 1 beyond), y = 2|x|, n = round-down(y 128/ln2) held in
# the low bits of %nf, j = n mod 128 (the table index) and k = n div 128 (the power of two)
REDUCTION_HEAD = """define internal double @{tanh}(double %x) alwaysinline nounwind {{
  %a = call double @llvm.fabs.f64(double %x)
  %big = fcmp ogt double %a, 2.000000e+01
  %z = select i1 %big, double 2.000000e+01, double %a
  %y = fadd double %z, %z
  %t = call double @llvm.fmuladd.f64(double %z, double {inv2}, double -5.000000e-01)
  %nf = fadd double %t, {magic}
  %nr = fsub double %nf, {magic}
  %nbits = bitcast double %nf to i64
  %n = sub i64 %nbits, {magic_bits}
  %j = and i64 %n, {mask}
  %k = lshr i64 %n, {shift}
"""

# float goes through the double function and one rounding
TANHF_WRAPPER = """
define internal float @{tanhf}(float %x) alwaysinline nounwind {{
  %wide = fpext float %x to double
  %th = call double @{tanh}(double %wide)
  %res = fptrunc double %th to float
  ret float %res
}}
"""


def intrinsic_declarations(declared: str, arities: dict[str, int]) -> list[str]:
    """Declarations of the double intrinsics `llvm.NAME.f64` (NAME -> its arity) that the
    module text `declared` does not declare yet."""
    lines = []
    for name, arity in arities.items():
        intrinsic = f"@llvm.{name}.f64("
        if intrinsic not in declared:
            lines.append(f"declare double {intrinsic}{', '.join(['double'] * arity)})")
    return lines
