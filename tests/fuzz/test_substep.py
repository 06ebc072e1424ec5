"""The fuzzer's sub-step oscillation check (substep.py): a reference that cannot follow f
makes a point inconclusive, a smooth f with a wrong gradient stays a wrong number."""

from __future__ import annotations

import math

import numpy as np
import pytest

from .evaluate import check
from .substep import oscillates_below_step, wiggles_within_ulps


class Fake:
    """A program given as Python functions (f, and a gradient that may be wrong)."""

    def __init__(self, f, grad):
        self.f, self.grad = f, grad


def smooth(x):
    return 1e3 * math.exp(0.3 * x[0]) * math.sin(x[1]) + 1e14 * x[2]


def smooth_grad(x):
    e = 1e3 * math.exp(0.3 * x[0])
    return np.array([0.3 * e * math.sin(x[1]), e * math.cos(x[1]), 1e14])


def oscillating(x):
    """Like fuzz seed 8829: log(1 + sin(v)^2) of a v so large that its period in x[0] is a
    few ulps of x[0], beside a large linear term."""
    v = 1e16 * x[0]
    return 1.25 * v - 50 * math.log(1.0 + math.sin(v) ** 2) + x[1] * x[2]


def oscillating_grad(x):
    v = 1e16 * x[0]
    s = math.sin(v)
    return np.array([1e16 * (1.25 - 50 * 2 * s * math.cos(v) / (1 + s * s)), x[2], x[1]])


POINT = np.array([0.7, -0.4, 1.1])


@pytest.mark.parametrize("factor, component", [(1.01, 0), (0.5, 1), (1.001, 2)])
def test_a_wrong_gradient_of_a_smooth_function_is_not_excused(factor, component):
    g = smooth_grad(POINT)
    g[component] *= factor
    fd = smooth_grad(POINT)  # what central differences of a smooth f give
    assert not oscillates_below_step(smooth, POINT, fd, g, [component])
    assert not wiggles_within_ulps(smooth, POINT, [0, 1, 2])


def test_oscillation_below_the_step_is_recognised():
    assert wiggles_within_ulps(oscillating, POINT, [0])
    fd = np.array([1.25e16, POINT[2], POINT[1]])  # the average slope a step would see
    assert oscillates_below_step(oscillating, POINT, fd, oscillating_grad(POINT), [0])


def modest(x):
    return math.exp(0.3 * x[0]) * math.sin(x[1]) + x[0] * x[2]


def modest_grad(x):
    e = math.exp(0.3 * x[0])
    return np.array([0.3 * e * math.sin(x[1]) + x[2], e * math.cos(x[1]), x[0]])


def test_verdicts():
    off = Fake(modest, lambda x: modest_grad(x) * np.array([1.0, 1.001, 1.0]))
    assert check(off, 3, "substep/off")["kind"] == "wrong number"
    assert check(Fake(modest, modest_grad), 3, "substep/modest")["kind"] == "pass"
    wrong = Fake(smooth, lambda x: smooth_grad(x) * np.array([1.0, 1.0, 1.0002]))
    assert check(wrong, 3, "substep/wrong")["kind"] == "wrong number"
    assert check(Fake(smooth, smooth_grad), 3, "substep/right")["kind"] == "pass"
    verdict = check(Fake(oscillating, oscillating_grad), 3, "substep/oscillating")
    assert verdict["kind"] == "inconclusive" and verdict["oscillating"] > 0, verdict
