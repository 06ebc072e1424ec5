"""enzymec.numba.jvp (forward mode) on every numba_functions case and on a function that
writes its output: tangents against the reverse-mode gradient's dot product with the same
seeded direction (grad is checked against differences in test_numba.py) and against central
differences along it; errors for tangents that do not fit."""

from __future__ import annotations

import zlib

import numba
import numpy as np
import pytest

import enzymec.numba as en
from conftest import assert_close
from numba_functions import CASES
from test_numba import _floating


def _direction(args: list, rng) -> list:
    """A seeded tangent per floating argument (same dtype and shape), None otherwise."""
    nums = _floating(args)
    out = []
    for i, a in enumerate(args):
        if i not in nums:
            out.append(None)
        elif isinstance(a, np.ndarray):
            out.append(rng.normal(size=a.shape).astype(a.dtype))
        else:
            out.append(type(a)(rng.normal()))
    return out


def _moved(args: list, tangents: list, t: float) -> list:
    return [a if v is None else (a + t * v).astype(a.dtype) if isinstance(a, np.ndarray)
            else type(a)(a + t * v) for a, v in zip(args, tangents)]


@pytest.mark.parametrize("name", sorted(CASES))
def test_jvp_matches_gradient_and_differences(name):
    fn, make = CASES[name]
    rng = np.random.default_rng(zlib.crc32(f"{name}/jvp".encode()))
    args = make(rng)
    tangents = _direction(args, rng)
    nums = _floating(args)
    value, tangent = en.jvp(fn, args, tangents)
    single = any(getattr(a, "dtype", None) == np.float32 for a in args)
    assert value == pytest.approx(float(fn(*args)), rel=1e-6 if single else 1e-12)
    grads = en.grad(fn, argnums=nums)(*args)
    dot = sum(float(np.sum(np.asarray(g, float) * np.asarray(tangents[i], float)))
              for i, g in zip(nums, grads))
    assert float(tangent) == pytest.approx(dot, rel=1e-4 if single else 1e-9, abs=1e-12)
    assert dot != 0, "an all-zero directional derivative"
    h = 1e-3 if single else 1e-6
    fd = (float(fn(*_moved(args, tangents, h))) - float(fn(*_moved(args, tangents, -h)))) / (2 * h)
    assert_close(float(tangent), fd, float(value), *((2e-3, 1e-4) if single else (1e-5, 1e-7)))


@numba.njit
def write_outputs(x, y, scale):
    for i in range(x.shape[0]):
        y[i] = scale * np.sin(x[i]) * x[(i + 1) % x.shape[0]]


def test_jvp_of_a_function_writing_an_array():
    """A None result: the tangents the arrays hold after the call (y's is its output's)."""
    rng = np.random.default_rng(11)
    x, v, y = rng.uniform(-2, 2, 6), rng.normal(size=6), np.zeros(6)
    value, (tx, ty, ts) = en.jvp(write_outputs, (x, y, 1.3), (v, None, 0.4))
    assert value is None and ts is None
    np.testing.assert_array_equal(tx, v)
    want = np.zeros(6)
    write_outputs(x, want, 1.3)
    np.testing.assert_allclose(y, want, rtol=1e-14)
    plus, minus = np.zeros(6), np.zeros(6)
    write_outputs(x + 1e-6 * v, plus, 1.3 + 1e-6 * 0.4)
    write_outputs(x - 1e-6 * v, minus, 1.3 - 1e-6 * 0.4)
    np.testing.assert_allclose(ty, (plus - minus) / 2e-6, rtol=1e-6, atol=1e-8)


def test_jvp_errors():
    fn, make = CASES["softmax_xent"]
    args = make(np.random.default_rng(1))
    with pytest.raises(en.NumbaUnsupportedError, match="integer"):
        en.jvp(fn, args, (np.ones(5), 1))
    with pytest.raises(en.NumbaUnsupportedError, match="tangent"):
        en.jvp(fn, args, (np.ones(4), None))
    with pytest.raises(en.NumbaUnsupportedError, match="tangents"):
        en.jvp(fn, args, (np.ones(5),))
