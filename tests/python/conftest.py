"""tests/python: builds go to a cache directory of the session's own (the cache is tested,
not trusted from earlier runs)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import numpy as np

os.environ["ENZYMEC_CACHE_DIR"] = tempfile.mkdtemp(prefix="enzymec-pytest-cache-")
atexit.register(shutil.rmtree, os.environ["ENZYMEC_CACHE_DIR"], True)


def central_differences(fn, args: list, index: int, h: float = 1e-6) -> np.ndarray | float:
    """d fn / d args[index] by central differences (every component of an array)."""
    value = args[index]
    if not isinstance(value, np.ndarray):
        step = h * max(1.0, abs(value))
        plus, minus = list(args), list(args)
        plus[index], minus[index] = value + step, value - step
        return (fn(*plus) - fn(*minus)) / (2 * step)
    out = np.zeros(value.shape)
    for pos in np.ndindex(value.shape):
        step = h * max(1.0, abs(float(value[pos])))
        plus, minus = value.copy(), value.copy()
        plus[pos] += step
        minus[pos] -= step
        taken = float(plus[pos]) - float(minus[pos])  # the step actually taken (float32)
        out[pos] = (fn(*_with(args, index, plus)) - fn(*_with(args, index, minus))) / taken
    return out


def _with(args: list, index: int, value) -> list:
    new = list(args)
    new[index] = value
    return new


def assert_close(got, want, fvalue: float, rtol: float = 1e-5, atol: float = 1e-7) -> None:
    """gradcheck.py's policy: |g - fd| <= atol*max(1,|f|) + rtol*max(|g|,|fd|)."""
    got, want = np.asarray(got, dtype=np.float64), np.asarray(want, dtype=np.float64)
    assert got.shape == want.shape
    bound = atol * max(1.0, abs(fvalue)) + rtol * np.maximum(np.abs(got), np.abs(want))
    bad = np.abs(got - want) > bound
    assert not bad.any(), f"gradient {got} vs finite differences {want}"
