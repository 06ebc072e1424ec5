"""enzymec/numba/fresh_helpers.py: the capture compiles numba's helpers anew and gives the
user's caches back untouched, after a successful capture and after a failing one.
(test_numba_vs_autograd.py's test_grad_after_the_function_ran covers the gradient in a
fresh process whose helpers were compiled at O3 first.)"""

from __future__ import annotations

import numba
import numpy as np
import pytest

import enzymec.numba as en
from enzymec.numba.capture import capture
from enzymec.numba.fresh_helpers import _TEMPLATE_CACHES, _template_classes, fresh_helpers


@numba.njit
def _uses_helpers(a):
    b = a.copy()
    c = np.zeros(b.shape[0])
    for i in range(b.shape[0]):
        c[i] = b[i] * b[i]
    return c.sum()


@numba.njit
def _untypable(a):
    return a.no_such_method()


def _cache_state() -> dict:
    """(owner, cache name) -> (the dict object, its length) for every cache swapped out."""
    from numba.core.registry import cpu_target
    state = {(cls, name): (id(cls.__dict__[name]), len(cls.__dict__[name]))
             for cls in _template_classes() for name in _TEMPLATE_CACHES
             if isinstance(cls.__dict__.get(name), dict)}
    cache = cpu_target.target_context.cached_internal_func
    state[("target", "cached_internal_func")] = (id(cache), len(cache))
    return state


def test_caches_restored_after_a_capture():
    a = np.array([0.5, -1.5, 2.0])
    assert _uses_helpers(a) == pytest.approx(0.25 + 2.25 + 4.0)  # helpers compiled, cached
    before = _cache_state()
    assert any(length for _, length in before.values())
    capture(_uses_helpers, (a,))
    assert _cache_state() == before  # same dicts, nothing added by the capture's compile
    np.testing.assert_allclose(en.grad(_uses_helpers)(a), 2 * a, rtol=1e-14)


def test_caches_restored_after_a_failing_capture():
    before = _cache_state()
    with pytest.raises(en.NumbaUnsupportedError, match="numba cannot compile _untypable"):
        capture(_untypable, (np.ones(2),))
    assert _cache_state() == before


def test_caches_empty_inside():
    _uses_helpers(np.ones(2))
    with fresh_helpers():
        inside = _cache_state()
        assert all(length == 0 for _, length in inside.values())
