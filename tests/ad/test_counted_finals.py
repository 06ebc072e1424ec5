"""The last counter of a loop outside all others is not taped when its trip count is known
from the loop's bound (enzymec/ad/tape/tape.py `note_final`, trip_count.final_counter_value): the
reverse sweep recomputes count - 1. Here the loop sits in one arm of a branch (so nothing of
its preheader is available everywhere in the reverse, as in tree_reduce's leaves), with a
bound that is an argument; the gradient is checked against the closed form at points that
take both arms and several trip counts, and the AD-stage IR has no tape of the counter."""

from __future__ import annotations

import ctypes
import math
import subprocess

import pytest

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

SOURCE = r"""
#include <enzyme.h>
#include <math.h>
double f(const double *x, int n) {
    if (n > 3) {
        double s = 0;
        for (int i = 0; i < n; i++)
            s += sin(x[i]) * x[i];
        return s;
    }
    return x[0] * x[0];
}
void df(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)f, enzyme_dup, x, dx, enzyme_const, n);
}
"""


def build(tmp_path, *extra) -> subprocess.CompletedProcess:
    src = tmp_path / "counted.c"
    src.write_text(SOURCE)
    return subprocess.run([*enzymec(), "-O2", str(src), *extra], check=True,
                          capture_output=True, text=True)


def test_the_counter_of_the_branch_loop_is_not_taped(tmp_path):
    ad = build(tmp_path, "-c", "-o", str(tmp_path / "c.o"), "--enzymec-dump-ir=ad").stderr
    assert "define internal" in ad and "iv.final" in ad
    assert "iv.final.tape" not in ad


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    path = tmp_path_factory.mktemp("counted")
    build(path, "-shared", "-fPIC", "-o", str(path / "counted.so"), "-lm")
    return ctypes.CDLL(str(path / "counted.so"))


@pytest.mark.parametrize("n", [1, 3, 4, 7, 12])
def test_gradient_with_a_recomputed_final_counter(library, n):
    so = library
    xs = [0.3 + 0.37 * i * (-1) ** i for i in range(n)]
    x = (ctypes.c_double * n)(*xs)
    dx = (ctypes.c_double * n)()
    so.df(x, dx, ctypes.c_int(n))
    want = [math.cos(v) * v + math.sin(v) for v in xs] if n > 3 else \
        [2 * xs[0]] + [0.0] * (n - 1)
    assert list(dx) == pytest.approx(want, rel=1e-12, abs=1e-14)
