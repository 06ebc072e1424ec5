"""enzymec's forward mode and Jacobians for C from Python: jvp, jacfwd, jacrev, jacobian.

Tangents are checked against central differences along the same direction and against the
reverse-mode gradient's dot product with it; Jacobians against column-by-column central
differences, the three Jacobian functions against each other. Points and directions are
seeded; every program is built once (the session's cache)."""

from __future__ import annotations

import os

import numpy as np
import pytest

import enzymec
from conftest import assert_close
from test_c_api import C_DIR, _header

PROGRAMS = ["logsumexp.c", "ode_rk4.c", "cxx_template.cpp"]  # one build each (CI time)


def _directional(fn, args: list, tangents: list, h: float = 1e-6) -> float:
    """d/dt fn(args + t * tangents) at 0 by central differences (fresh array copies)."""
    def at(t):
        moved = [a + t * v if v is not None else (a.copy() if isinstance(a, np.ndarray) else a)
                 for a, v in zip(args, tangents)]
        return fn(*moved)
    return (at(h) - at(-h)) / (2 * h)


@pytest.mark.parametrize("name", PROGRAMS)
def test_c_program_jvp(name):
    """jvp(lib.f) at seeded points along seeded directions: the value is f(x), the tangent
    the directional difference and the program's own gradient dotted with the direction."""
    path = os.path.join(C_DIR, name)
    n, lo, hi = _header(path)
    lib = enzymec.load(files=[path])
    rng = np.random.default_rng(sum(map(ord, name)) + 1)
    for _ in range(3):
        x, v = rng.uniform(lo, hi, n), rng.normal(size=n)
        value, tangent = enzymec.jvp(lib.f, (x,), (v,))
        assert value == pytest.approx(lib.f(x), rel=1e-12) and tangent != 0
        own = np.zeros(n)
        lib.grad(x, own)
        assert tangent == pytest.approx(float(own @ v), rel=1e-9, abs=1e-12)
        assert_close(tangent, _directional(lib.f, [x], [v]), value)


SOURCE = r"""
#include <math.h>
double mixed(const double *a, int n, double s, double t) {
    double r = 0.0;
    for (int i = 0; i < n; i++)
        r += (i % 2 ? cos(s * a[i]) : exp(t * a[i])) * a[(i + 1) % n];
    return r * s;
}
void outputs(const double *x, double *y, int n, double c) {
    for (int i = 0; i < n; i++)
        y[i] = c * sin(x[i]) * x[(i + 2) % n] + (x[i] > 0 ? x[i] * x[i] : -x[i]);
}
void update(double *x, int n) {           /* in place: later entries read updated ones */
    for (int i = 1; i < n; i++) x[i] = x[i] * x[i - 1] + sin(x[i]);
}
double update_sum(double *x, int n, double s, double t, double u) {  /* writes x too */
    double r = 0.0;
    for (int i = 1; i < n; i++) { x[i] = x[i] * x[i - 1] * s + t; r += x[i] * u; }
    return r;
}
float single(const float *x, int n, float w) {
    float r = 0.0f;
    for (int i = 0; i < n; i++) r += w * x[i] * x[i] * x[i];
    return r;
}
"""


@pytest.fixture(scope="module")
def lib():
    return enzymec.load(SOURCE)


def test_jvp_scalars_and_arrays(lib):
    """Every floating argument moves at once; integers take None."""
    rng = np.random.default_rng(7)
    for _ in range(4):
        a, va = rng.uniform(-1.5, 1.5, 5), rng.normal(size=5)
        s, t, vs, vt = *rng.uniform(0.3, 1.2, 2), *rng.normal(size=2)
        value, tangent = enzymec.jvp(lib.mixed, (a, 5, s, t), (va, None, vs, vt))
        assert value == pytest.approx(lib.mixed(a, 5, s, t), rel=1e-12)
        fd = _directional(lib.mixed, [a, 5, s, t], [va, None, vs, vt])
        assert_close(tangent, fd, value)
        ga, gs, gt = enzymec.grad(lib.mixed, (0, 2, 3))(a, 5, s, t)
        assert tangent == pytest.approx(ga @ va + gs * vs + gt * vt, rel=1e-9)


def test_jvp_outputs_written_through_pointers(lib):
    """A void function: the tangents of the arrays it writes, and the outputs written."""
    rng = np.random.default_rng(8)
    x, v, y = rng.uniform(-2, 2, 6), rng.normal(size=6), np.zeros(6)
    value, tangents = enzymec.jvp(lib.outputs, (x, y, 6, 0.8), (v, None, None, 0.0))
    assert value is None and set(tangents) == {"x", "y"}
    want = np.zeros(6)
    lib.outputs(x, want, 6, 0.8)
    np.testing.assert_allclose(y, want, rtol=1e-14)

    def y_of(x_, y_, n, c):
        out = np.zeros(6)
        lib.outputs(x_, out, n, c)
        return out
    fd = _directional(y_of, [x, y, 6, 0.8], [v, None, None, None])
    np.testing.assert_allclose(tangents["y"], fd, rtol=1e-6, atol=1e-8)
    np.testing.assert_array_equal(tangents["x"], v)


def test_jvp_float32(lib):
    """float arguments and a float result (differentiated through a double helper)."""
    x = np.array([0.5, -1.25, 2.0], dtype=np.float32)
    v = np.array([1.0, 2.0, -0.5], dtype=np.float32)
    value, tangent = enzymec.jvp(lib.single, (x, 3, 1.5), (v, None, 0.25))
    assert isinstance(tangent, np.float32)
    want = 1.5 * 3 * float(np.sum(x.astype(float) ** 2 * v)) + 0.25 * float(np.sum(x.astype(float) ** 3))
    assert float(tangent) == pytest.approx(want, rel=1e-5)
    assert float(value) == pytest.approx(float(lib.single(x, 3, 1.5)), rel=1e-6)


def _jacobian_by_differences(fn, args: list, index: int, out_index: int | None) -> np.ndarray:
    """Column-by-column central differences of the result or of array args[out_index]."""
    def output(moved):
        fresh = [a.copy() if isinstance(a, np.ndarray) else a for a in moved]
        r = fn(*fresh)
        return np.asarray(r if out_index is None else fresh[out_index], dtype=float)
    x = args[index]
    cols = []
    for k in range(x.size):
        unit = np.zeros_like(x)
        unit.flat[k] = 1e-6
        plus, minus = list(args), list(args)
        plus[index], minus[index] = x + unit, x - unit
        cols.append((output(plus) - output(minus)) / 2e-6)
    stacked = np.stack(cols, axis=-1)
    return stacked.reshape(stacked.shape[:-1] + x.shape)


@pytest.mark.parametrize("case", ["outputs", "update", "mixed"])
def test_jacobians_agree_with_differences(lib, case):
    """jacfwd == jacrev == jacobian == differences, with JAX's shape output.shape + x.shape;
    `update` is differentiated at the caller's values (fresh copies each pass) and leaves
    the caller's array unchanged."""
    rng = np.random.default_rng(len(case))
    x = rng.uniform(0.2, 1.4, (2, 3))
    args, output = {"outputs": ([x, np.zeros((2, 3)), 6, 0.7], "y"),
                    "update": ([x, 6], "x"), "mixed": ([x, 6, 0.9, 0.4], None)}[case]
    fn = getattr(lib, case)
    before = x.copy()
    forward = enzymec.jacfwd(fn, 0, output)(*args)
    reverse = enzymec.jacrev(fn, 0, output)(*args)
    chosen = enzymec.jacobian(fn, 0, output)(*args)
    np.testing.assert_array_equal(x, before)
    out_index = None if output is None else {"y": 1, "x": 0}[output]
    fd = _jacobian_by_differences(fn, args, 0, out_index)
    assert forward.shape == fd.shape == ((2, 3) if output is None else (2, 3, 2, 3))
    assert np.abs(forward).max() > 0
    np.testing.assert_allclose(forward, reverse, rtol=1e-10, atol=1e-13)
    np.testing.assert_allclose(chosen, forward, rtol=1e-10, atol=1e-13)
    np.testing.assert_allclose(forward, fd, rtol=1e-5, atol=1e-7)


def test_functions_writing_their_input_are_differentiated_at_the_callers_values(lib):
    """A function returning a float that also writes its input array: jacrev and jacobian
    (the gradient) leave the caller's array as it was (jacrev returned grad itself, which
    runs on the caller's arrays), and value_and_grad over three scalars (where f runs once
    more for the value, on copies) gives f's value and gradient at the caller's values (it
    ran f first on the caller's arrays: the gradient was taken at the values f wrote)."""
    x0 = np.array([[0.5, 1.2, -0.4], [0.9, 0.3, 1.1]])
    args = [x0, 6, 0.8, 0.3, 1.5]
    fd = _jacobian_by_differences(lib.update_sum, args, 0, None)
    for make in (enzymec.jacrev, enzymec.jacobian):
        x = x0.copy()
        np.testing.assert_allclose(make(lib.update_sum, 0)(x, 6, 0.8, 0.3, 1.5), fd,
                                   rtol=1e-5, atol=1e-7)
        np.testing.assert_array_equal(x, x0)
    x = x0.copy()
    value, (gs, gt, gu) = enzymec.value_and_grad(lib.update_sum, (2, 3, 4))(x, 6, 0.8, 0.3, 1.5)
    assert value == pytest.approx(lib.update_sum(x0.copy(), 6, 0.8, 0.3, 1.5), rel=1e-12)
    for index, found in ((2, gs), (3, gt), (4, gu)):
        def at(v, index=index):
            moved = list(args)
            moved[0], moved[index] = x0.copy(), v
            return lib.update_sum(*moved)
        h = 1e-6
        assert found == pytest.approx((at(args[index] + h) - at(args[index] - h)) / (2 * h),
                                      rel=1e-5)


def test_jacfwd_of_several_arguments(lib):
    """A tuple argnums gives a tuple of Jacobians; a scalar argument's is a number."""
    a = np.array([0.4, -0.7, 1.1])
    da, ds = enzymec.jacfwd(lib.mixed, (0, 2))(a, 3, 0.8, 0.5)
    ga, gs, _ = enzymec.grad(lib.mixed, (0, 2, 3))(a, 3, 0.8, 0.5)
    np.testing.assert_allclose(da, ga, rtol=1e-10)
    assert np.ndim(ds) == 0 and float(ds) == pytest.approx(gs, rel=1e-10)


def test_forward_argument_errors(lib):
    """Clear exceptions, never a wrong number: a tangent for an integer, a tangent of the
    wrong shape, a missing tangent, an output that is not a floating array, and jacrev of a
    function that also returns a float."""
    a = np.ones(3)
    with pytest.raises(enzymec.ArgumentError, match="integer"):
        enzymec.jvp(lib.mixed, (a, 3, 1.0, 1.0), (a, 1, 0.0, 0.0))
    with pytest.raises(enzymec.ArgumentError, match="shape"):
        enzymec.jvp(lib.mixed, (a, 3, 1.0, 1.0), (np.ones(4), None, 0.0, 0.0))
    with pytest.raises(enzymec.ArgumentError, match="tangents"):
        enzymec.jvp(lib.mixed, (a, 3, 1.0, 1.0), (a,))
    with pytest.raises(enzymec.ArgumentError, match="output"):
        enzymec.jacfwd(lib.outputs, 0, "n")
    with pytest.raises(enzymec.ArgumentError, match="output="):
        enzymec.jacfwd(lib.outputs, 0)
    with pytest.raises(enzymec.ArgumentError, match="jacfwd"):
        enzymec.jacrev(lib.mixed, 0, "a")
