"""Indirect calls in differentiated code (enzymec/ad/passes/indirect.py): a call through a function
pointer is differentiated through whichever address-taken function of the translation unit
it reaches; a pointer to a function from elsewhere is simply called when the call carries no
derivative, and otherwise stops the program with the call's source location (never a silently
wrong derivative). Each program is built inlined and split (ENZYMEC_AD_INLINE=0)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import pytest

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


@pytest.mark.parametrize("inline", ["1", "0"])
def test_function_pointers_known_at_run_time_only(tmp_path, inline):
    main, other, exe = tmp_path / "main.c", tmp_path / "other.c", tmp_path / "prog"
    main.write_text(MAIN)
    other.write_text(OTHER)
    subprocess.run([*enzymec(), "-O2", str(main), str(other), "-o", str(exe)], check=True,
                   env={**os.environ, "ENZYMEC_AD_INLINE": inline})
    proc = subprocess.run([str(exe)], capture_output=True, text=True)
    lines = proc.stdout.split()
    assert float(lines[0]) == 27.0                         # d/dx x^3 at 3
    assert abs(float(lines[1]) - (2 * 0.5 - 4 * 0.5 ** 3 / 6)) < 1e-15  # d/dx (x^2 - x^4/6)
    assert len(lines) == 2 and proc.returncode != 0, proc.stdout
    line = MAIN.splitlines().index("    return fp(x) * x; /* CALL */") + 1
    assert re.search(rf"main\.c:{line}:\d+: enzymec: an indirect call in differentiated code "
                     r"reached a function outside this translation unit", proc.stderr), proc.stderr


LOGGING = r"""
#include <enzyme.h>
#include <stdio.h>
typedef void (*logger)(const char *msg, int n);
typedef void (*shower)(double v);
typedef double (*unary)(double);
static double twice(double v) { return 2 * v; }
static double half(double v) { return v / 2; }
static int quiet_calls;
static void quiet(const char *msg, int n) { (void)msg; quiet_calls += n; }  /* local targets */
static void show_nothing(double v) { (void)v; quiet_calls++; }
logger other_logger(void);                                  /* from the other file */
shower other_shower(void);
static double run(logger log, shower show, unary scale, double x, int steps) {
    double y = x;
    for (int i = 0; i < steps; i++) {
        log("step", i);                      /* inactive: an int and a string */
        y = scale(y) * y + (i > 1 ? x : 0);  /* a local target, chosen at run time */
        show(y);                             /* inactive: a double it only prints */
    }
    return y;
}
static double d(logger log, shower show, unary scale, double x, int steps) {
    return __enzyme_autodiff((void *)run, enzyme_const, log, enzyme_const, show,
                             enzyme_const, scale, x, enzyme_const, steps);
}
int main(int argc, char **argv) {
    logger log = argc > 5 ? quiet : other_logger();          /* chosen at run time */
    shower show = argc > 5 ? show_nothing : other_shower();
    unary scale = argc > 5 ? half : twice;
    printf("%.17g\n", d(log, show, scale, 0.7, 3));
    printf("%.17g\n", d(quiet, show_nothing, half, 1.3, 4));
    printf("%d\n", quiet_calls);
    return 0;
}
"""

LOGGING_OTHER = r"""
#include <stdio.h>
typedef void (*logger)(const char *msg, int n);
typedef void (*shower)(double v);
static void log_to_stderr(const char *msg, int n) { fprintf(stderr, "%s %d\n", msg, n); }
static void show_value(double v) { fprintf(stderr, "value %g\n", v); }
logger other_logger(void) { return log_to_stderr; }
shower other_shower(void) { return show_value; }
"""


def _run_forward(x: float, steps: int, scale) -> float:
    y = x
    for i in range(steps):
        y = scale(y) * y + (x if i > 1 else 0.0)
    return y


def _numeric(x: float, steps: int, scale, h: float = 1e-6) -> float:
    return (_run_forward(x + h, steps, scale) - _run_forward(x - h, steps, scale)) / (2 * h)


@pytest.mark.parametrize("inline", ["1", "0"])
def test_inactive_callbacks_from_another_file_are_called(tmp_path, inline):
    """Calls through pointers to functions of another file that carry no derivative (a
    logger given an int and a string, a printer given a double) run as plain calls in the
    promoted dispatch's unknown-target branch: the program completes with the gradient."""
    main, other, exe = tmp_path / "main.c", tmp_path / "other.c", tmp_path / "prog"
    main.write_text(LOGGING)
    other.write_text(LOGGING_OTHER)
    env = {**os.environ, "ENZYMEC_AD_INLINE": inline}
    subprocess.run([*enzymec(), "-O1", str(main), str(other), "-o", str(exe)], check=True,
                   env=env)
    proc = subprocess.run([str(exe)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    got = [float(v) for v in proc.stdout.split()]
    expected = [_numeric(0.7, 3, lambda v: 2 * v), _numeric(1.3, 4, lambda v: v / 2)]
    assert len(got) == 3 and got[2] == (0 + 1 + 2 + 3) + 4, got  # local logger and shower
    for value, want in zip(got, expected):
        assert abs(value - want) <= 1e-6 * max(1.0, abs(want)), (got, expected)
    assert proc.stderr.count("step") == 3 and proc.stderr.count("value") == 3, proc.stderr


ACCUMULATE = r"""
#include <enzyme.h>
#include <stdio.h>
typedef void (*accumulate)(double *sum, double v);
static void add_square(double *sum, double v) { *sum += v * v; }
accumulate other_accumulate(void);
static double total(accumulate add, double x) {
    double sum = x;
    add(&sum, x); /* CALL */
    return sum;
}
static double d(accumulate add, double x) {
    return __enzyme_autodiff((void *)total, enzyme_const, add, x);
}
int main(int argc, char **argv) {
    accumulate add = argc > 5 ? other_accumulate() : add_square;  /* chosen at run time */
    printf("%.17g\n", d(add, 1.5));
    fflush(stdout);
    printf("%.17g\n", d(argc > 5 ? add_square : other_accumulate(), 1.5));
    return 0;
}
"""

ACCUMULATE_OTHER = r"""
typedef void (*accumulate)(double *sum, double v);
static void add_cube(double *sum, double v) { *sum += v * v * v; }
accumulate other_accumulate(void) { return add_cube; }
"""


@pytest.mark.parametrize("inline", ["1", "0"])
def test_call_writing_active_memory_through_foreign_pointer_stops(tmp_path, inline):
    """A pointer argument into active memory makes the unknown-target call active (the
    foreign function may write derivatives there): it stops the program with its location,
    while the known target gives its gradient."""
    main, other, exe = tmp_path / "main.c", tmp_path / "other.c", tmp_path / "prog"
    main.write_text(ACCUMULATE)
    other.write_text(ACCUMULATE_OTHER)
    subprocess.run([*enzymec(), "-O1", str(main), str(other), "-o", str(exe)], check=True,
                   env={**os.environ, "ENZYMEC_AD_INLINE": inline})
    proc = subprocess.run([str(exe)], capture_output=True, text=True)
    assert proc.stdout.split() == ["4"] and proc.returncode != 0, (proc.stdout, proc.stderr)
    line = ACCUMULATE.splitlines().index("    add(&sum, x); /* CALL */") + 1
    assert re.search(rf"main\.c:{line}:\d+: enzymec: an indirect call in differentiated code",
                     proc.stderr), proc.stderr
