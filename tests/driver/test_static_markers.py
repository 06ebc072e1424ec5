"""Markers declared `static` (enzymec/ad/entry/static_markers.py): their loads survive the
pre-AD passes and are read as markers, in one unit and in a whole-program build whose units
each define their own; a function-local one stays a located error."""

from __future__ import annotations

import re
import subprocess

import pytest

from drivertools import run_enzymec, write
from enzymec.ad.entry.markers import base_name
from enzymec.ad.entry.static_markers import keep_static_markers, with_compiler_used

ONE_UNIT = """
#include <stdio.h>
{storage} int enzyme_dup;
{storage} int enzyme_const;
void __enzyme_autodiff(void *, ...);
double __enzyme_autodiff_d(void *, ...) __asm__("__enzyme_autodiff");
void sumsq(const double *x, double *y, int n) {{ for (int i = 0; i < n; i++) y[0] += x[i] * x[i]; }}
double g(double a, double b) {{ return a * a * b; }}
int main(void) {{
    double x[3] = {{1, 2, 3}}, dx[3] = {{0}}, y = 0, dy = 1;
    __enzyme_autodiff((void *)sumsq, enzyme_dup, x, dx, enzyme_dup, &y, &dy, enzyme_const, 3);
    printf("%g %g %g %g\\n", dx[0], dx[1], dx[2], __enzyme_autodiff_d((void *)g, enzyme_const, 3.0, 2.0));
    return 0;
}}
"""

UNIT_A = """
#include <stdio.h>
static int enzyme_const;
double __enzyme_autodiff(void *, ...);
double g(double a, double b);
double use_b(const double *x, double *dx);
int main(void) {
    double x[2] = {1, 2}, dx[2] = {0};
    printf("%g %g\\n", __enzyme_autodiff((void *)g, enzyme_const, 3.0, 2.0), use_b(x, dx));
    return 0;
}
"""
UNIT_B = """
static int enzyme_dup;
static int enzyme_const;
void __enzyme_autodiff(void *, ...);
double g(double a, double b) { return a * a * b; }
static void sum2(const double *x, double *y, double s) { *y = x[0] * x[0] + s * x[1]; }
double use_b(const double *x, double *dx) {
    double y = 0, dy = 1;
    __enzyme_autodiff((void *)sum2, enzyme_dup, x, dx, enzyme_dup, &y, &dy, enzyme_const, 3.0);
    return dx[0] + 10 * dx[1];
}
"""


def _run(path) -> str:
    return subprocess.run([path], capture_output=True, text=True, timeout=60).stdout.strip()


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
@pytest.mark.parametrize("storage", ["static", "", "extern"])
def test_one_unit(tmp_path, storage, opt):
    """d(sum x^2)/dx = 2x; d(a^2 b)/db = a^2 = 9 with a constant."""
    write(tmp_path, "m.c", ONE_UNIT.format(storage=storage))
    proc = run_enzymec(opt, "m.c", "-o", tmp_path / "m", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert _run(tmp_path / "m") == "2 4 6 9"


def test_whole_program_units_each_with_their_own(tmp_path):
    """-flto links the units' IR before AD: the second unit's markers arrive renamed
    `enzyme_dup.1` (d/db a^2 b = 9; dx = (2, 3), so 2 + 10 * 3)."""
    write(tmp_path, "a.c", UNIT_A)
    write(tmp_path, "b.c", UNIT_B)
    proc = run_enzymec("-O2", "-flto", "a.c", "b.c", "-o", tmp_path / "p", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert _run(tmp_path / "p") == "9 32"


def test_function_local_static_stays_an_error(tmp_path):
    write(tmp_path, "l.c", """
        double __enzyme_autodiff(void *, ...);
        double f(double a, double b) { return a * a * b; }
        double df(void) { static int enzyme_const; return __enzyme_autodiff((void *)f, enzyme_const, 3.0, 2.0); }
        """)
    proc = run_enzymec("-O2", "-c", "l.c", "-o", tmp_path / "l.o", cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert re.search(r"^l\.c:3:\d+: error: ", proc.stderr, re.M), proc.stderr


def test_compiler_used_text():
    text = ('@enzyme_dup = internal global i32 0, align 4\n'
            '@other = internal global i32 0, align 4\n'
            '@enzyme_out = dso_local global i32 0, align 4\n'
            '@llvm.compiler.used = appending global [1 x ptr] [ptr @other], '
            'section "llvm.metadata"\n')
    kept = keep_static_markers("; m\n" + text)
    assert ('@llvm.compiler.used = appending global [2 x ptr] [ptr @other, ptr @enzyme_dup], '
            'section "llvm.metadata"') in kept
    fresh = with_compiler_used("; m\n@enzyme_const = internal global i32 0\n", ["enzyme_const"])
    assert fresh.endswith('@llvm.compiler.used = appending global [1 x ptr] '
                          '[ptr @enzyme_const], section "llvm.metadata"\n')
    assert keep_static_markers("; m\n@x = internal global i32 0\n") == \
        "; m\n@x = internal global i32 0\n"


def test_base_name():
    assert [base_name(n) for n in ("enzyme_dup.1", "enzyme_dup", "enzyme_x.y", "diffe_out.12")] \
        == ["enzyme_dup", "enzyme_dup", "enzyme_x.y", "diffe_out"]
