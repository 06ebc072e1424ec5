"""Smoke test of the conformance runner's own logic, on a fake mini-checkout of Enzyme made
in a temporary directory (the real run needs Enzyme's repository and is not part of CI)."""

from __future__ import annotations

import signal
import textwrap
from pathlib import Path

import pytest

from .__main__ import main, report
from .runner import check
from .selection import SUITE, discover
from .verdict import (COMPILE_ERROR, CRASH, LINK_ERROR, WRONG_NUMBER, Verdict, build_failure,
                      expected_error_result, run_result)

UTILS = """\
#include <stdio.h>
#include <stdlib.h>
#define CLOSE(A, B) { if (__builtin_fabs((A) - (B)) > 1e-9) { \\
    fprintf(stderr, "Assertion Failed: %g vs %g\\n", (double)(A), (double)(B)); abort(); } }
"""

PROGRAM = """\
#include "../test_utils.h"
double __enzyme_autodiff(void *, double);
double cube(double x) {{ return x * x * x; }}
int main(void) {{
  double x = 1.5;
  CLOSE(__enzyme_autodiff((void *)cube, x), {expected});
  return 0;
}}
"""

FILES = {
    "right.c": PROGRAM.format(expected="3 * x * x"),
    "wrong.c": PROGRAM.format(expected="2 * x"),
    "syntax.c": "int main(void) { return 0 }\n",
    "needs_mpi.c": "#include <mpi.h>\nint main(void) { return 0; }\n",
    "known_bug.c": "// XFAIL: *\nint main(void) { return 1; }\n",
    "parallel.c": textwrap.dedent("""\
        // RUN: %clang -fopenmp -std=c11 -O2 %s -S -emit-llvm -o - | %opt - %enzyme -S | %clang -fopenmp -x ir - -o %s.out && %s.out
        #include <omp.h>
        double __enzyme_autodiff(void *, ...);
        int enzyme_dup;
        static void square_all(double *x, int n) {
        #pragma omp parallel for
          for (int i = 0; i < n; i++) x[i] = x[i] * x[i];
        }
        int main(void) {
          double x[64], d[64];
          for (int i = 0; i < 64; i++) { x[i] = 0.5 + i; d[i] = 1.0; }
          __enzyme_autodiff((void *)square_all, enzyme_dup, x, d, 64);
          for (int i = 0; i < 64; i++) if (d[i] != 2 * (0.5 + i)) return 1;
          return 0;
        }
        """),
    "never_run.c": "// RUN: %clang -O2 %s -S -emit-llvm -o -\n" + PROGRAM.format(expected="0"),
    "err_unknown.c": textwrap.dedent("""\
        double __enzyme_autodiff(void *, double);
        double unknown(double);
        double g(double x) {
          return unknown(x); // expected-error {{no derivative for unknown}}
        }
        double dg(double x) { return __enzyme_autodiff((void *)g, x); }
        """),
}


@pytest.fixture(scope="module")
def checkout(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("enzyme")
    suite = root / SUITE
    suite.mkdir(parents=True)
    (suite.parent / "test_utils.h").write_text(UTILS)
    for name, text in FILES.items():
        (suite / name).write_text(text)
    return root


def test_selection_and_kinds(checkout):
    cases, excluded = discover(checkout)
    assert excluded == {"needs_mpi.c": "needs MPI",
                        "known_bug.c": "Enzyme expects it to fail (XFAIL)"}
    kinds = {c.name: c.kind for c in cases}
    assert kinds == {"right.c": "run", "wrong.c": "run", "syntax.c": "run",
                     "err_unknown.c": "expect-error", "never_run.c": "compile-only",
                     "parallel.c": "run"}
    assert {c.name: c.flags for c in cases if c.flags} == {"parallel.c": ("-fopenmp",)}
    assert next(c for c in cases if c.name == "err_unknown.c").error_lines == {4}


@pytest.mark.parametrize("name, kind", [("right.c", None), ("wrong.c", WRONG_NUMBER),
                                        ("parallel.c", None),
                                        ("syntax.c", COMPILE_ERROR), ("err_unknown.c", None),
                                        ("never_run.c", None)])
def test_verdicts_of_real_builds(checkout, tmp_path, name, kind):
    cases, _ = discover(checkout, only=[name])
    verdict = check(cases[0], tmp_path)
    assert verdict.kind == kind, verdict.line()
    if kind == COMPILE_ERROR:
        assert verdict.detail.startswith("syntax.c:1:")


def test_expected_error_on_the_wrong_line_fails(checkout, tmp_path):
    cases, _ = discover(checkout, only=["err_unknown"])
    moved = cases[0].__class__(cases[0].path, "expect-error", frozenset({2}))
    assert check(moved, tmp_path).kind == COMPILE_ERROR


def test_expected_error_inside_a_header_is_traced_to_the_test_line():
    """Enzyme's C++ header tests expect errors inside the header (expected-error@<header>):
    an error in enzymec's header whose instantiation note points at an expected line of the
    test passes; one whose note points elsewhere does not."""
    stderr = ("include/enzyme/enzyme:64:19: error: static assertion failed\n"
              "sugar.cpp:{line}:24: note: in instantiation of template class "
              "'enzyme::Active<const float &>' requested here\n")
    assert expected_error_result("sugar.cpp", 1, stderr.format(line=28), frozenset({28}),
                                 "sugar.cpp").kind is None
    assert expected_error_result("sugar.cpp", 1, stderr.format(line=30), frozenset({28}),
                                 "sugar.cpp").kind == COMPILE_ERROR


def test_pure_classification():
    assert run_result("t", -signal.SIGSEGV, "").kind == CRASH
    assert run_result("t", -signal.SIGABRT, "boom").kind == WRONG_NUMBER
    assert run_result("t", None, "").kind == "timeout"
    assert build_failure("t", 1, "x.c: undefined reference to `g'").kind == LINK_ERROR
    assert build_failure("t", 1, "Traceback\nKeyError: 3").detail == "KeyError: 3"


def test_command_line_summary(checkout, capsys):
    assert main(["--enzyme", str(checkout), "--only", "right", "--only", "wrong.c"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("wrong.c: wrong number: Assertion Failed")
    assert out[-1] == "1 passed, 1 failed"
    assert report([Verdict("a")], verbose=True).splitlines() == ["a: passed",
                                                                 "1 passed, 0 failed"]


def test_expected_errors_are_judged_at_the_levels_that_expect_them(tmp_path):
    """nofn.cpp's RUN line expects Enzyme's error at -O0 only: the -O2 run judges it at -O0,
    where the expectation was stated; a test expecting its error at every level stays at the
    run's level, and other kinds always do."""
    from .selection import classify
    only_o0 = classify(tmp_path / "nofn.cpp", "// RUN: %clang -g -O0 %s -Xclang -verify\n"
                                              "int f(); // expected-error {{no fn}}\n")
    everywhere = classify(tmp_path / "e.c", "\n".join(
        f"// RUN: %clang -O{n} %s -Xclang -verify" for n in range(4)) + "\n// expected-error\n")
    run = classify(tmp_path / "r.c", "// RUN: %clang -O0 %s | %lli -\nint main() {}\n")
    assert only_o0.levels == {"-O0"} and only_o0.level_for("-O2") == "-O0"
    assert everywhere.level_for("-O2") == "-O2" and everywhere.level_for("-O3") == "-O3"
    assert run.kind == "run" and run.level_for("-O2") == "-O2"
