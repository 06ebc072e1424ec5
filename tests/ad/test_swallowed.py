"""Exceptions swallowed inside differentiated code (enzymec/ad/passes/swallowed.py): a
`catch (...) {}` around an inactive call is kept as it is (tests/c/cxx_filebuf_swallowed.cpp
checks the gradient); around a call that carries derivatives, or with a handler that does
anything besides swallowing, it stays a located error."""

from __future__ import annotations

import re
import subprocess

import pytest

from test_cxx import enzymec

ACTIVE = r"""
#include <cmath>
__attribute__((noinline)) double risky(double x) {
    if (x > 100) throw 1;
    return std::sin(x);
}
double guarded(double x) {
    double y = x * x;
    try { y += risky(x); } catch (...) {}   // LINE
    return y;
}
extern "C" double __enzyme_autodiff(void *, ...);
extern "C" double grad(double x) { return __enzyme_autodiff((void *)guarded, x); }
"""

HANDLER_WORKS = r"""
#include <cstdio>
__attribute__((noinline)) void report(double x) {
    if (x > 1e300) throw 2;
    std::printf("%g\n", x);
}
void *__enzyme_inactivefn[] = {(void *)report};  // inactive: only the handler is refused
double counted(double x, int *failures) {
    try { report(x); } catch (...) { ++*failures; }   // LINE
    return x * x;
}
extern "C" double __enzyme_autodiff(void *, ...);
extern int enzyme_const;
extern "C" double grad(double x, int *n) {
    return __enzyme_autodiff((void *)counted, x, enzyme_const, n);
}
"""


@pytest.mark.parametrize("source", [ACTIVE, HANDLER_WORKS], ids=["active", "handler_works"])
@pytest.mark.parametrize("level", ["-O0", "-O2"])
def test_handlers_that_go_on_stay_refused(tmp_path, source, level):
    path = tmp_path / "handler.cpp"
    path.write_text(source)
    line = source.splitlines().index(next(l for l in source.splitlines() if "// LINE" in l)) + 1
    proc = subprocess.run([*enzymec(), level, "-c", str(path), "-o", str(tmp_path / "h.o")],
                          capture_output=True, text=True)
    assert proc.returncode == 1, proc.stderr
    assert re.search(rf"handler\.cpp:{line}:\d+: error: cannot differentiate code that catches "
                     r"an exception and goes on", proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr
