"""Issue 15's diagnostics on a terminal and with warning flags, for enzymec's own messages:
an AD error is coloured when stderr is a terminal (and only then, unless asked), and the
AD stage's own warnings (a call --check-gradients cannot check) obey -w and -Werror."""

from __future__ import annotations

from drivertools import run_enzymec, write
from test_progress import run_on_terminal

REFUSED = r"""
#include <enzyme.h>
#include <stdlib.h>
double f(double *a, int n) {
    a = realloc(a, 2 * n * sizeof *a);
    double s = a[0] * a[0];
    free(a);
    return s;
}
void df(double *a, double *da, int n) { __enzyme_autodiff((void *)f, a, da, n); }
"""

UNCHECKABLE = r"""
#include <enzyme.h>
#include <stdio.h>
double printed(double v) { printf("%g\n", v); return 3 * v; }
int main(void) { return __enzyme_autodiff((void *)printed, 2.5) == 3.0 ? 0 : 1; }
"""


def test_errors_are_coloured_on_a_terminal(tmp_path):
    src = write(tmp_path, "refused.c", REFUSED)
    status, text = run_on_terminal(["-O0", "-c", src, "-o", tmp_path / "r.o"], {})
    assert status == 1
    assert "\033[0;1;31merror: \033[0m" in text, text  # clang's bold red
    assert f"{src}:4:9: " in text and "^" in text       # located, with the caret
    plain = run_enzymec("-O0", "-c", src, "-o", tmp_path / "r.o")
    assert plain.returncode == 1 and "\033[" not in plain.stderr
    off = run_on_terminal(["-fno-color-diagnostics", "-O0", "-c", src, "-o",
                           tmp_path / "r.o"], {})[1]
    assert "\033[" not in off and "error: " in off


def test_ad_warnings_obey_w_and_werror(tmp_path):
    src = write(tmp_path, "unchecked.c", UNCHECKABLE)
    out = tmp_path / "u"
    warned = run_enzymec("-O2", "--check-gradients", src, "-o", out)
    assert warned.returncode == 0
    assert f"{src}:4:" in warned.stderr and "warning: cannot check the gradient of " \
        "'printed'" in warned.stderr and "note: " in warned.stderr
    quiet = run_enzymec("-w", "-O2", "--check-gradients", src, "-o", out)
    assert quiet.returncode == 0 and quiet.stderr == ""
    strict = run_enzymec("-Werror", "-O2", "--check-gradients", src, "-o", out)
    assert strict.returncode == 1 and "error: cannot check the gradient" in strict.stderr
    assert "Traceback" not in strict.stderr
