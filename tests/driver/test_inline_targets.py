"""A function with only an inline definition (C99 `inline`), differentiated directly
(enzymec/ad/entry/inline_targets.py): its body survives the pre-AD passes at -O1 and up;
at -O0, where clang emits no body, the located error says what to do."""

from __future__ import annotations

import re
import subprocess

import pytest

from drivertools import run_enzymec, write
from enzymec.ad.entry.inline_targets import keep_inline_targets

PROGRAM = """
#include <stdio.h>
double __enzyme_autodiff(void *, ...);
inline double sq3(double x) { return x * x * 3; }
inline double twice(double x) { return 2 * x; }
double outer(double x) { return sq3(x) + twice(x); }
int main(void) {
    printf("%g %g\\n", __enzyme_autodiff((void *)sq3, 2.0), __enzyme_autodiff((void *)outer, 2.0));
    return 0;
}
"""


@pytest.mark.parametrize("opt", ["-O1", "-O2", "-O3"])
def test_inline_definition_differentiated(tmp_path, opt):
    """d/dx 3x^2 = 12 at 2, and 12 + 2 through a caller."""
    write(tmp_path, "i.c", PROGRAM)
    proc = run_enzymec(opt, "i.c", "-o", tmp_path / "i", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = subprocess.run([tmp_path / "i"], capture_output=True, text=True, timeout=60)
    assert out.stdout.split() == ["12", "14"]


def test_at_O0_the_error_says_what_to_do(tmp_path):
    write(tmp_path, "i.c", PROGRAM)
    proc = run_enzymec("-O0", "i.c", "-o", tmp_path / "i", cwd=tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert re.search(r"^i\.c:7:\d+: error: cannot differentiate 'sq3'", proc.stderr, re.M)
    assert "'static inline'" in proc.stderr


def test_only_functions_an_entry_call_names():
    text = ("; m\n"
            "define available_externally double @sq3(double %0) {\n  ret double %0\n}\n"
            "define available_externally i32 @atoi(ptr %0) {\n  ret i32 0\n}\n"
            "define double @g(double %x) {\n"
            "  %r = call double (ptr, ...) @__enzyme_autodiff(ptr noundef @sq3, double %x)\n"
            "  ret double %r\n}\n")
    kept = keep_inline_targets(text)
    assert "define linkonce_odr double @sq3(" in kept
    assert "define available_externally i32 @atoi(" in kept
    assert kept.replace("linkonce_odr double @sq3", "available_externally double @sq3") == text
