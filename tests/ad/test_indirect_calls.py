"""Indirect calls in differentiated code (enzymec/ad/indirect.py): a call through a function
pointer is differentiated through whichever address-taken function of the translation unit
it reaches; a pointer to a function from elsewhere stops the program with the call's source
location (never a silently wrong derivative)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys

MAIN = r"""
#include <enzyme.h>
#include <stdio.h>
typedef double (*unary)(double);
static double sq(double v) { return v * v; }
static double sine_ish(double v) { return v - v * v * v / 6; }
unary pick(int i);
static double apply(unary fp, double x) {
    return fp(x) * x; /* CALL */
}
double d(unary fp, double x) { return __enzyme_autodiff((void *)apply, enzyme_const, fp, x); }
int main(int argc, char **argv) {
    unary local = argc > 5 ? sine_ish : sq;     /* chosen at run time */
    printf("%.17g\n", d(local, 3.0));
    printf("%.17g\n", d(sine_ish, 0.5));
    fflush(stdout);
    printf("%.17g\n", d(pick(argc), 3.0));      /* a function of the other file */
    return 0;
}
"""

OTHER = r"""
typedef double (*unary)(double);
static double cube(double v) { return v * v * v; }
unary pick(int i) { (void)i; return cube; }
"""


def enzymec() -> list[str]:
    found = shutil.which("enzymec")
    return [found] if found else [sys.executable, "-m", "enzymec"]


def test_function_pointers_known_at_run_time_only(tmp_path):
    main, other, exe = tmp_path / "main.c", tmp_path / "other.c", tmp_path / "prog"
    main.write_text(MAIN)
    other.write_text(OTHER)
    subprocess.run([*enzymec(), "-O2", str(main), str(other), "-o", str(exe)], check=True)
    proc = subprocess.run([str(exe)], capture_output=True, text=True)
    lines = proc.stdout.split()
    assert float(lines[0]) == 27.0                         # d/dx x^3 at 3
    assert abs(float(lines[1]) - (2 * 0.5 - 4 * 0.5 ** 3 / 6)) < 1e-15  # d/dx (x^2 - x^4/6)
    assert len(lines) == 2 and proc.returncode != 0, proc.stdout
    line = MAIN.splitlines().index("    return fp(x) * x; /* CALL */") + 1
    assert re.search(rf"main\.c:{line}:\d+: enzymec: an indirect call in differentiated code "
                     r"reached a function outside this translation unit", proc.stderr), proc.stderr
