"""Float constants the AD writes at every LLVM float type (ir/printer.format_float): LLVM
reads each literal back as the same bits (clang prints the module it parsed with the same
literals), and gradients of `long double`, `__float128` and `_Float16` functions, which
hold such constants (adjoint slots start at -0.0, seeds are 1.0), compile and are right."""

from __future__ import annotations

import math
import os
import random
import re
import struct
import subprocess
import sys
import textwrap

import pytest

from enzymec.ir.printer import format_float
from enzymec.ir.types import FloatType

KINDS = ("half", "bfloat", "float", "double", "x86_fp80", "fp128")
SPECIAL = (0.0, -0.0, 1.0, -1.0, 2.0, 0.1, 1e300, -3.5e-300, 5e-324, 2.2250738585072014e-308,
           math.inf, -math.inf, 65504.0, 1e-7)


def _values(seed: int = 7) -> list[float]:
    rng = random.Random(seed)
    return list(SPECIAL) + [rng.uniform(-1, 1) * 10.0 ** rng.randint(-300, 300)
                            for _ in range(40)]


def test_llvm_reads_every_literal_back(tmp_path):
    lines = []
    for kind in KINDS:
        for i, value in enumerate(_values()):
            lines.append(f"@{kind}_{i} = global {kind} {format_float(value, FloatType(kind))}")
    source = tmp_path / "c.ll"
    source.write_text("\n".join(lines) + "\n")
    out = tmp_path / "c2.ll"
    proc = subprocess.run([sys.executable, "-m", "ziglang", "clang", "-S", "-emit-llvm", "-x",
                           "ir", str(source), "-o", str(out), "-Wno-override-module"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    printed = dict(re.findall(r"^@(\w+) = (?:dso_local )?global \w+ ([^,\s]+)",
                              out.read_text(), re.M))
    written = dict(line[1:].split(" = global ")[0:1] + [line.split(" ")[-1]] for line in lines)
    assert len(printed) == len(written) == len(KINDS) * len(_values())
    for name, text in written.items():  # LLVM writes some float and double ones in decimal
        assert _bits(printed[name]) == _bits(text), (name, text, printed[name])


def _bits(literal: str) -> str:
    """A literal's bits as text: the hex forms as written, a decimal as its double's."""
    if literal.startswith("0x") and literal[2] in "KLMHR":
        return literal
    if literal.startswith("0x"):
        return "0x%016X" % int(literal[2:], 16)  # LLVM may drop leading zeros
    return "0x%016X" % struct.unpack("<Q", struct.pack("<d", float(literal)))[0]


@pytest.mark.parametrize("kind", ["x86_fp80", "fp128"])
def test_wide_formats_hold_doubles_exactly(kind):
    """Each double's sign, exponent and 52 fraction bits in the wide format (the one place
    the fraction sits differs: x86_fp80 stores the leading 1)."""
    for value in _values(11):
        if not math.isfinite(value) or value == 0:
            continue
        text = format_float(value, FloatType(kind))
        if kind == "x86_fp80":
            bits = int(text[3:], 16)
            exponent, mantissa = (bits >> 64) & 0x7FFF, bits & ((1 << 64) - 1)
            assert mantissa >> 63 == 1
            rebuilt = mantissa / 2.0 ** 63 * 2.0 ** (exponent - 16383)
        else:
            bits = int(text[19:], 16) << 64 | int(text[3:19], 16)
            exponent, fraction = (bits >> 112) & 0x7FFF, bits & ((1 << 112) - 1)
            rebuilt = (1 + fraction / 2.0 ** 112) * 2.0 ** (exponent - 16383)
        sign = -1.0 if bits >> (79 if kind == "x86_fp80" else 127) else 1.0
        assert sign * rebuilt == value


PROGRAM = textwrap.dedent("""
    #include <stdio.h>
    __float128 __enzyme_autodiff_q(void *, ...) __asm__("__enzyme_autodiff");
    _Float16 __enzyme_autodiff_h(void *, ...) __asm__("__enzyme_autodiff");
    long double __enzyme_autodiff_ld(void *, ...) __asm__("__enzyme_autodiff");
    __float128 qf(__float128 a) { return a * a * a + 1; }
    _Float16 hf(_Float16 a) { return a * a * a; }
    long double lf(long double x) { return x * x / (1 + x); }
    int main(void) {
        printf("%g %g %.15Lg\\n", (double)__enzyme_autodiff_q((void *)qf, (__float128)2),
               (double)__enzyme_autodiff_h((void *)hf, (_Float16)2),
               __enzyme_autodiff_ld((void *)lf, 2.0L));
        return 0;
    }
""")


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
def test_gradients_at_wide_and_narrow_types(tmp_path, opt):
    """d/da a^3 = 12 at 2 (__float128, _Float16); d/dx x^2/(1+x) = (x^2 + 2x)/(1+x)^2 = 8/9."""
    (tmp_path / "w.c").write_text(PROGRAM)
    env = dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "enzymec", opt, "w.c", "-o", "w"],
                          cwd=tmp_path, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    out = subprocess.run([tmp_path / "w"], capture_output=True, text=True).stdout.split()
    assert out[:2] == ["12", "12"]
    assert float(out[2]) == pytest.approx(8 / 9, rel=1e-15)
