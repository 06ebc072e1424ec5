"""The pre-AD pipeline runs only on the functions the AD can read (enzymec/driver/pre_ad_scope.py).

The others are marked `optnone noinline` for that pipeline and unmarked after it: the AD's
functions come out as before, the rest is left to the user's -O pipeline, and no mark is
left behind (a user's own noinline/optnone stays).
"""

from __future__ import annotations

import re
import subprocess

from drivertools import run_enzymec, write
from enzymec.driver import backend, pre_ad_scope

IR = r"""
@table = internal global [1 x ptr] [ptr @listed]

define double @sq(double %x) {
  %y = fmul double %x, %x
  ret double %y
}

define double @f(double %x) {
  %y = call double @sq(double %x)
  ret double %y
}

define double @df(double %x) {
  %d = call double (ptr, ...) @__enzyme_autodiff(ptr @f, double %x)
  ret double %d
}

define double @listed(double %x) {
  ret double %x
}

define double @timer() {
  %t = call double @sq(double 2.0)
  ret double %t
}

define double @own_noinline() #0 {
  ret double 1.0
}

define i32 @main() {
  %a = call double @timer()
  %b = call double @own_noinline()
  ret i32 0
}

declare double @__enzyme_autodiff(ptr, ...)

attributes #0 = { noinline }
"""


def test_ad_functions_are_roots_globals_and_their_callees():
    assert pre_ad_scope.ad_functions(IR) == {"df", "f", "sq", "listed"}


def _define(text: str, name: str) -> str:
    return next(line for line in text.splitlines() if re.match(rf"define .*@{name}\(", line))


def test_only_unread_functions_without_own_inlining_attributes_are_marked():
    marked = pre_ad_scope.mark_unread(IR)
    for name in ("timer", "main"):
        assert pre_ad_scope.MARKER in _define(marked, name)
    for name in ("df", "f", "sq", "listed", "own_noinline"):
        assert pre_ad_scope.MARKER not in _define(marked, name)


def test_marks_come_out_after_llvm_prints_the_module():
    module = backend.parse_ir(pre_ad_scope.mark_unread(IR), "scope.ll")
    printed = str(module)
    assert pre_ad_scope.MARKER in printed and "optnone" in printed
    text = pre_ad_scope.unmark(printed)
    assert pre_ad_scope.MARKER not in text and "optnone" not in text
    groups = dict(re.findall(r"^attributes #(\d+) = \{([^\n]*)\}$", text, re.M))
    own = re.search(r"#(\d+)", _define(text, "own_noinline").split(")")[-1])[1]
    assert "noinline" in groups[own]
    timer_groups = re.findall(r"#(\d+)", _define(text, "timer").split(")")[-1])
    assert all("noinline" not in groups[g] for g in timer_groups)
    backend.parse_ir(text, "scope.ll")  # still valid IR


PROGRAM = r"""
#include <enzyme.h>
#include <stdio.h>
static double helper(double x) { double t[2] = {x, x * x}; return t[0] * t[1]; }
double f(double x) { return helper(x) + 1.0; }
double df(double x) { return __enzyme_autodiff((void *)f, x); }
__attribute__((noinline)) static double stays(double x) { return x * 3.0; }
static double report(double x) { double t[2] = {x, 2.0 * x}; return t[1] - t[0]; }
int main(void) { printf("%.6f %.6f %.6f\n", df(1.5), stays(2.0), report(4.0)); return 0; }
"""


def _body(text: str, name: str) -> str:
    start = re.search(rf"^define [^@\n]*@{name}\(", text, re.M).start()
    return text[start:text.index("\n}", start)]


def test_program_pre_ad_ir_and_result(tmp_path):
    src = write(tmp_path, "p.c", PROGRAM)
    proc = run_enzymec("-O2", "-c", src, "-o", tmp_path / "p.o", "--enzymec-dump-ir=pre-ad",
                       check=True)
    pre_ad = proc.stderr
    assert "optnone" not in pre_ad and pre_ad_scope.MARKER not in pre_ad
    assert "alloca" not in _body(pre_ad, "f")  # the AD's function was simplified
    assert "alloca" in _body(pre_ad, "main")  # main was left to the -O2 after AD
    run_enzymec("-O2", src, "-o", tmp_path / "p", check=True)
    out = subprocess.run([str(tmp_path / "p")], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["6.750000", "6.000000", "4.000000"]  # 3x^2 at 1.5
