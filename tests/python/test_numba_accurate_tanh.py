"""enzymec.numba's accurate tanh (accurate_tanh_ir.py), which every tanh call of a gradient
without `fastmath` gets: its error bound against long-double tanh, at least as accurate as
glibc's tanh (numba's) on the same points, special values, and gradients through it against
finite differences and autograd.

Errors are in units in the last place (ulp) at tanh_points.py's seeded points, which take
every branch: tiny (tanh x = x), the polynomial alone (|x| < ln2/256), the table, 2^k
beyond 2^53 (|x| > 18.4), saturation and the clamp at 20, +-0, +-inf, NaN, subnormals."""

from __future__ import annotations

import math

import autograd
import autograd.numpy
import numba
import numpy as np
import pytest

import enzymec.numba as en
from conftest import assert_close, central_differences
from enzymec.numba.accurate_tanh_ir import ACCURATE_TANH_ULPS
from enzymec.numba.tanh_errors import max_errors, ulp_errors
from enzymec.numba.tanh_kernels import compile_kernels
from enzymec.numba.tanh_points import EXACT, STEPS, point_groups


def _tanh_into(x, out):
    for i in range(x.shape[0]):
        out[i] = math.tanh(x[i])


def _recurrence(xs, w, u):
    h = 0.0
    for t in range(xs.shape[0]):
        h = math.tanh(w * h + u * xs[t])
    return h


tanh_into = numba.njit(_tanh_into)
recurrence = numba.njit(_recurrence)


def _points(count: int) -> np.ndarray:
    return np.concatenate(list(point_groups(count, seed=29)))


def _run(fn, x):
    """(values, d values / d x) as the compiled gradient computes them."""
    out = np.zeros_like(x)
    dx, _ = en.vjp(fn)(x, out, cotangents={"out": np.ones_like(x)})
    return out, dx


def test_error_bound_and_no_worse_than_glibc():
    mapped, _ = compile_kernels()
    worst = max_errors({name: mapped[name] for name in ("accurate", "glibc")}, 1_000_000)
    assert worst["accurate"][0] <= ACCURATE_TANH_ULPS, worst
    assert worst["accurate"][0] < worst["glibc"][0], worst
    assert worst["glibc"][0] > 1.0, worst  # the reference and the measure can see an error


def test_float32_rounds_once_from_the_double():
    mapped, _ = compile_kernels()
    worst = max_errors({"accurate/f32": mapped["accurate/f32"]}, 300_000)
    assert worst["accurate/f32"][0] <= 0.5 + 1e-6, worst


def test_special_values_are_exact():
    """Where tanh is exact (signed zeros, infinities, NaN, x itself below 2^-27, 1 beyond
    19.07) the value glibc gives, with its sign; at the reduction's steps within the bound."""
    mapped, _ = compile_kernels()
    values = mapped["accurate"](EXACT)
    want = np.array([math.tanh(v) for v in EXACT])
    assert np.array_equal(values, want, equal_nan=True)
    assert np.array_equal(np.signbit(values), np.signbit(want))
    assert ulp_errors(mapped["accurate"](STEPS), STEPS).max() <= ACCURATE_TANH_ULPS


def test_gradient_sweep_calls_the_accurate_tanh():
    """Without fastmath the gradient's forward values are the accurate tanh's bit for bit
    (not libm's at some points: both round, differently) and its derivative 1 - y^2."""
    x = _points(20_000)
    values, dx = _run(tanh_into, x)
    mapped, _ = compile_kernels()
    assert np.array_equal(values, mapped["accurate"](x), equal_nan=True)
    assert np.array_equal(dx, 1.0 - values * values, equal_nan=True)
    assert ulp_errors(values, x).max() <= ACCURATE_TANH_ULPS
    libm = np.array([math.tanh(v) for v in x])
    assert 0 < np.mean(values != libm) < 0.5


def test_float32_gradient_sweep():
    with np.errstate(over="ignore"):
        x = _points(20_000).astype(np.float32)
    values, dx = _run(tanh_into, x)
    mapped, _ = compile_kernels()
    assert np.array_equal(values, mapped["accurate/f32"](x), equal_nan=True)
    assert ulp_errors(values, x).max() <= 0.5 + 1e-6


@pytest.mark.parametrize("steps", [1, 7, 200])
def test_recurrence_against_finite_differences(steps):
    rng = np.random.default_rng(100 + steps)
    args = [rng.uniform(-1, 1, steps), 0.9, 1.3]
    got = en.grad(recurrence, argnums=(0, 1, 2))(*args)
    value = recurrence(*args)
    for i in range(3):
        assert_close(got[i], central_differences(recurrence, args, i), value)


def test_recurrence_against_autograd():
    def reference(xs, w, u):
        h = 0.0
        for t in range(xs.shape[0]):
            h = autograd.numpy.tanh(w * h + u * xs[t])
        return h
    xs = np.random.default_rng(7).uniform(-1.5, 1.5, 3000)
    want = autograd.grad(reference, argnum=(0, 1, 2))(xs, 0.7, 1.1)
    got = en.grad(recurrence, argnums=(0, 1, 2))(xs, 0.7, 1.1)
    for a, b in zip(got, want):
        assert np.allclose(a, np.asarray(b), rtol=1e-12, atol=1e-15)
    assert np.abs(got[0]).max() > 1e-3


def test_value_and_grad_value_is_numbas_own():
    """value_and_grad's value comes from numba's compilation (glibc's tanh), bit for bit."""
    xs = np.random.default_rng(8).uniform(-1, 1, 500)
    value, _ = en.value_and_grad(recurrence, argnums=(0, 1, 2))(xs, 0.9, 1.3)
    assert value == recurrence(xs, 0.9, 1.3)


def test_forward_mode_value_is_the_accurate_tanh():
    rng = np.random.default_rng(9)
    x, dx = rng.uniform(-3, 3, 2000), rng.normal(size=2000)
    _, (_, tangent) = en.jvp(tanh_into, (x, np.zeros_like(x)), (dx, np.zeros_like(x)))
    values = compile_kernels()[0]["accurate"](x)
    assert np.array_equal(tangent, (1.0 - values * values) * dx)
