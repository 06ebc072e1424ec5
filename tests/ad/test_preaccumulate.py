"""Preaccumulated single-input chains (enzymec/ad/reverse/preaccumulate.py): a loop summing
`sin(x_i) x_i` tapes one local derivative per element (8 bytes), not sin and cos (16); a
loop summing `sin(x_i) y_i` (two active inputs) keeps its two tapes. The AD-stage IR is
inspected for the tapes each loop pushes, and both gradients are checked against their
closed forms, in one gradient function and through a recursive (split) call."""

from __future__ import annotations

import ctypes
import math
import re
import subprocess

import pytest

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

SOURCE = r"""
#include <enzyme.h>
#include <math.h>
double one(const double *x, int n) {       /* one input per chain: preaccumulated */
    double s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * x[i];
    return s;
}
double two(const double *x, const double *y, int n) {   /* two inputs: left alone */
    double s = 0;
    for (int i = 0; i < n; i++)
        s += sin(x[i]) * y[i];
    return s;
}
double rec(const double *x, int n) {       /* the chain in a recursion's leaf */
    if (n <= 4) return one(x, n);
    int h = n / 2;
    double a = rec(x, h), b = rec(x + h, n - h);
    return a * b + a;
}
void d_one(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)one, enzyme_dup, x, dx, enzyme_const, n);
}
void d_two(const double *x, double *dx, const double *y, double *dy, int n) {
    __enzyme_autodiff((void *)two, enzyme_dup, x, dx, enzyme_dup, y, dy, enzyme_const, n);
}
void d_rec(const double *x, double *dx, int n) {
    __enzyme_autodiff((void *)rec, enzyme_dup, x, dx, enzyme_const, n);
}
"""

FLAGS = ["-O2", "-fno-math-errno", "-fno-inline"]


def build(tmp_path, *extra) -> subprocess.CompletedProcess:
    src = tmp_path / "preacc.c"
    src.write_text(SOURCE)
    return subprocess.run([*enzymec(), *FLAGS, str(src), *extra], check=True,
                          capture_output=True, text=True)


def tapes_pushed(ir: str, function: str) -> int:
    """Distinct tape arrays the loop of the gradient `function` stores into."""
    body = re.split(rf"\ndefine [^\n]*@{re.escape(function)}\(", ir)[1].split("\ndefine ", 1)[0]
    return len(set(re.findall(r"%([\w.]+)\.tape\.push", body)))


def test_one_tape_for_a_single_input_chain(tmp_path):
    ad = build(tmp_path, "-c", "-o", str(tmp_path / "p.o"), "--enzymec-dump-ir=ad").stderr
    assert tapes_pushed(ad, "one.gradient") == 1
    assert tapes_pushed(ad, "two.gradient") == 2


def test_local_derivative_of_a_fused_multiply_add_is_one(tmp_path):
    """`s += sin(x_i) * x_i` is clang's fmuladd(sin x_i, x_i, s): its local derivative
    cos x_i * x_i + sin x_i is one fmuladd too (the contraction the program chose), as the
    expert writes it, not a multiply and an add."""
    ad = build(tmp_path, "-c", "-o", str(tmp_path / "p.o"), "--enzymec-dump-ir=ad").stderr
    body = re.split(r"\ndefine [^\n]*@one\.gradient\(", ad)[1].split("\ndefine ", 1)[0]
    local = re.search(r"%([\w.]+\.local) = (.*)", body)
    assert local is not None, body
    assert "call double @llvm.fmuladd.f64(" in local[2], local[0]


def test_the_root_adjoint_is_emptied_to_negative_zero(tmp_path):
    """The reverse of a chain empties its root's adjoint slot with -0.0, as every other
    adjoint slot is emptied (rules/accumulate.py): the next iteration's `-0.0 + dy` then
    folds to dy, where `0.0 + dy` (not dy when dy is -0.0) kept the reverse loop's carried
    adjoint from being loop-invariant, and LLVM peeled an iteration to make it so
    (tree_reduce's leaves). The slots, not only that one: no adjoint slot gets +0.0."""
    ad = build(tmp_path, "-c", "-o", str(tmp_path / "p.o"), "--enzymec-dump-ir=ad").stderr
    body = re.split(r"\ndefine [^\n]*@one\.gradient\(", ad)[1].split("\ndefine ", 1)[0]
    resets = re.findall(r"%([\w.]+) = load double, ptr (%[\w.]+)\n\s*store double (\S+), ptr \2\n",
                        body)
    roots = [(value, empty) for value, _, empty in resets
             if re.search(rf"= fmul double %{re.escape(value)}, %[\w.]*local", body)]
    assert roots, body  # the chain's root: its adjoint times the taped local derivative
    assert all(empty == "0x8000000000000000" for _, empty in roots), roots
    emptied = re.findall(r"store double ([^%\s]\S*), ptr %[\w.]+\.adj(?:\.\d+)?\n", body)
    assert emptied and set(emptied) == {"0x8000000000000000"}, emptied


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    path = tmp_path_factory.mktemp("preacc")
    build(path, "-shared", "-fPIC", "-o", str(path / "preacc.so"), "-lm")
    return ctypes.CDLL(str(path / "preacc.so"))


def points(n: int) -> list[float]:
    return [0.3 + 0.41 * i * (-1) ** i for i in range(n)]


@pytest.mark.parametrize("n", [1, 5, 16])
def test_single_input_gradient(library, n):
    xs = points(n)
    x, dx = (ctypes.c_double * n)(*xs), (ctypes.c_double * n)()
    library.d_one(x, dx, ctypes.c_int(n))
    assert list(dx) == pytest.approx([math.cos(v) * v + math.sin(v) for v in xs], rel=1e-12)


@pytest.mark.parametrize("n", [1, 7])
def test_two_input_gradient(library, n):
    xs, ys = points(n), [1.0 - 0.23 * i for i in range(n)]
    x, dx = (ctypes.c_double * n)(*xs), (ctypes.c_double * n)()
    y, dy = (ctypes.c_double * n)(*ys), (ctypes.c_double * n)()
    library.d_two(x, dx, y, dy, ctypes.c_int(n))
    assert list(dx) == pytest.approx([math.cos(a) * b for a, b in zip(xs, ys)], rel=1e-12)
    assert list(dy) == pytest.approx([math.sin(a) for a in xs], rel=1e-12)


def rec_value(xs):
    if len(xs) <= 4:
        return sum(math.sin(v) * v for v in xs)
    h = len(xs) // 2
    a, b = rec_value(xs[:h]), rec_value(xs[h:])
    return a * b + a


@pytest.mark.parametrize("n", [4, 9, 23])
def test_recursive_gradient(library, n):
    xs = points(n)
    x, dx = (ctypes.c_double * n)(*xs), (ctypes.c_double * n)()
    library.d_rec(x, dx, ctypes.c_int(n))
    for i in range(n):
        h = 1e-6 * max(1.0, abs(xs[i]))
        up, down = list(xs), list(xs)
        up[i] += h
        down[i] -= h
        fd = (rec_value(up) - rec_value(down)) / (2 * h)
        assert dx[i] == pytest.approx(fd, rel=1e-6, abs=1e-7)
