"""enzymec.numba's fast tanh (fast_tanh_ir.py), used only for `@njit(fastmath=True)` code
(the other tanh calls get the accurate one: test_numba_accurate_tanh.py).

The values are read from the gradient's own forward sweep: `vjp` of a function writing
out[i] = tanh(x[i]) runs the lowered code, leaves its values in `out` and gives d out/d x in
x's adjoint. Errors are in units in the last place (ulp) against long-double tanh, at
seeded points over every range the function treats differently."""

from __future__ import annotations

import math

import autograd
import autograd.numpy
import numba
import numpy as np
import pytest

import enzymec.numba as en
from conftest import assert_close, central_differences
from enzymec.numba.accurate_tanh_ir import ACCURATE_TANH, ACCURATE_TANHF
from enzymec.numba.fast_math import lower_fast_math
from enzymec.numba.fast_tanh_ir import FAST_TANH, FAST_TANH_ULPS, FAST_TANHF
from enzymec.numba.tanh_kernels import compile_kernels


def _tanh_into(x, out):
    for i in range(x.shape[0]):
        out[i] = math.tanh(x[i])


def _recurrence(xs, w, u):
    h = 0.0
    for t in range(xs.shape[0]):
        h = math.tanh(w * h + u * xs[t])
    return h


fast_tanh_into = numba.njit(fastmath=True)(_tanh_into)
exact_tanh_into = numba.njit(_tanh_into)
fast_recurrence = numba.njit(fastmath=True)(_recurrence)
exact_recurrence = numba.njit(_recurrence)


def _points(count: int) -> np.ndarray:
    """Uniform over [-22, 22] (the clamp at 20 included), over [-1, 1] and near the table's
    steps, and log-uniform magnitudes from subnormal to 30, both signs; seeded."""
    rng = np.random.default_rng(13)
    signs = np.where(rng.random(count) < 0.5, -1.0, 1.0)
    steps = np.log(2.0) / 256 * rng.integers(0, 4000, count) + rng.normal(0, 1e-12, count)
    return np.concatenate([rng.uniform(-22, 22, count), rng.uniform(-1, 1, count), steps,
                           signs * 10.0 ** rng.uniform(-320, 1.5, count)])


def _run(fn, x):
    """(values, d values / d x) as the compiled gradient computes them."""
    out = np.zeros_like(x)
    dx, _ = en.vjp(fn)(x, out, cotangents={"out": np.ones_like(x)})
    return out, dx


def _ulps(values, x) -> np.ndarray:
    exact = np.tanh(x.astype(np.longdouble))
    spacing = np.spacing(np.abs(exact.astype(np.float64))).astype(np.longdouble)
    return np.abs((values.astype(np.longdouble) - exact) / spacing).astype(np.float64)


def test_fast_tanh_error_bound():
    x = _points(250_000)
    values, _ = _run(fast_tanh_into, x)
    errors = _ulps(values, x)
    assert errors.max() <= FAST_TANH_ULPS, (errors.max(), x[errors.argmax()])
    libm = np.array([math.tanh(v) for v in x])
    assert np.mean(values != libm) > 0.05  # the approximation ran, not libm
    assert np.max(np.abs(values - libm) / np.spacing(np.abs(libm))) <= FAST_TANH_ULPS + 3


@pytest.mark.parametrize("flags, lowered", [({"nnan", "ninf", "contract"}, "accurate"),
                                            ({"afn"}, "fast")])
def test_only_the_afn_flag_of_numba_fastmath_sets_lowers_to_the_fast_tanh(flags, lowered):
    """afn: the fast tanh's values bit for bit; the other flags: the accurate tanh's."""
    x = _points(5_000)
    values, _ = _run(numba.njit(fastmath=flags)(_tanh_into), x)
    mapped, _ = compile_kernels()
    assert np.array_equal(values, mapped[lowered](x))
    assert not np.array_equal(values, mapped["fast" if lowered == "accurate" else "accurate"](x))
    assert _ulps(values, x).max() <= FAST_TANH_ULPS


def test_special_values():
    """Exact where tanh is: signed zeros, infinities, NaN, x itself below 1e-9 (subnormals
    too), 1 beyond 19.07; within the bound just below, where it rounds to 1 - 2^-53 or 1."""
    x = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -5e-324, 2.2e-308, 1e-20,
                  -3e-10, 19.07, 20.0, 20.5, -25.0, 1e300, -1.7e308])
    values, _ = _run(fast_tanh_into, x)
    want = np.array([math.tanh(v) for v in x])
    assert np.array_equal(values, want, equal_nan=True)
    assert np.array_equal(np.signbit(values), np.signbit(want))
    near = np.array([18.0, 18.5, 19.0, -19.06, 19.065])
    assert _ulps(_run(fast_tanh_into, near)[0], near).max() <= FAST_TANH_ULPS


def test_derivative_is_one_minus_square_of_the_value():
    x = _points(50_000)
    values, dx = _run(fast_tanh_into, x)
    assert np.array_equal(dx, 1.0 - values * values)
    exact = 1.0 / np.cosh(x.astype(np.longdouble)) ** 2
    assert np.max(np.abs(dx - exact).astype(np.float64)) < 8 * np.finfo(np.float64).eps


def test_float32_rounds_once_from_the_double():
    x = _points(50_000).astype(np.float32)
    values, _ = _run(fast_tanh_into, x)
    exact = np.tanh(x.astype(np.longdouble))
    spacing = np.spacing(np.abs(exact.astype(np.float32))).astype(np.longdouble)
    assert np.max(np.abs((values.astype(np.longdouble) - exact) / spacing)) <= 1.0


@pytest.mark.parametrize("steps", [1, 7, 200])
def test_fastmath_recurrence_against_finite_differences(steps):
    rng = np.random.default_rng(steps)
    args = [rng.uniform(-1, 1, steps), 0.9, 1.3]
    got = en.grad(fast_recurrence, argnums=(0, 1, 2))(*args)
    value = fast_recurrence(*args)
    for i in range(3):
        want = central_differences(exact_recurrence, args, i)
        assert_close(got[i], want, value)


def test_fastmath_recurrence_against_exact_gradient():
    xs = np.random.default_rng(5).uniform(-1, 1, 10_000)
    fast = en.grad(fast_recurrence, argnums=(0, 1, 2))(xs, 0.5, 0.8)
    exact = en.grad(exact_recurrence, argnums=(0, 1, 2))(xs, 0.5, 0.8)
    assert not all(np.array_equal(a, b) for a, b in zip(fast, exact))
    for a, b in zip(fast, exact):
        assert np.allclose(a, b, rtol=1e-12, atol=1e-15)


def test_fastmath_recurrence_against_autograd():
    """The reference of the test extra (JAX, ~600 MB, only for the benchmark): autograd
    through numpy's tanh, whose own rounding differs from both of enzymec's tanh."""
    def recurrence(xs, w, u):
        h = 0.0
        for t in range(xs.shape[0]):
            h = autograd.numpy.tanh(w * h + u * xs[t])
        return h
    xs = np.random.default_rng(6).uniform(-1, 1, 3000)
    want = autograd.grad(recurrence, argnum=(0, 1, 2))(xs, 0.5, 0.8)
    got = en.grad(fast_recurrence, argnums=(0, 1, 2))(xs, 0.5, 0.8)
    for a, b in zip(got, want):
        assert np.allclose(a, np.asarray(b), rtol=1e-12, atol=1e-15)
    assert np.abs(got[0]).max() > 1e-3  # a derivative that reaches back, not only the tail


def test_fastmath_forward_mode_uses_the_fast_tanh():
    """jvp's value is the fast tanh's (not libm's at some of the points) and its tangent
    1 - y^2 of that value, in the same run."""
    rng = np.random.default_rng(8)
    x, dx = rng.uniform(-3, 3, 2000), rng.normal(size=2000)
    _, (_, tangent) = en.jvp(fast_tanh_into, (x, np.zeros_like(x)), (dx, np.zeros_like(x)))
    values, _ = _run(fast_tanh_into, x)
    assert np.array_equal(tangent, (1.0 - values * values) * dx)
    assert not np.array_equal(values, np.array([math.tanh(v) for v in x]))


@pytest.mark.parametrize("call, lowered", [
    ("call fast double @tanh(double %x)", FAST_TANH),
    ("call afn double @llvm.tanh.f64(double %x)", FAST_TANH),
    ("tail call nnan afn float @tanhf(float %x)", FAST_TANHF),
    ("call nnan ninf double @tanh(double %x)", ACCURATE_TANH),
    ("call double @tanh(double %x)", ACCURATE_TANH),
    ("tail call float @llvm.tanh.f32(float %x)", ACCURATE_TANHF),
    ("call fast double @tanhf(double %x)", None),
    ("call fast double @sinh(double %x)", None),
])
def test_afn_tanh_calls_are_lowered_to_the_fast_tanh_others_to_the_accurate(call, lowered):
    text = f"define double @f(double %x) {{\n  %r = {call}\n  ret double %r\n}}\n"
    out = lower_fast_math(text)
    assert (out != text) == (lowered is not None)
    called = out.split("\n")[1]
    for name in (FAST_TANH, FAST_TANHF, ACCURATE_TANH, ACCURATE_TANHF):
        assert (f"@{name}(" in called) == (name == lowered)
