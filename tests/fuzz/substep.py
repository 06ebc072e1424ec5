"""Is a mismatch the reference's fault? Central differences of f that oscillates faster
than the difference step (log(1 + sin(v)^2) of a v near 5e11 has a period near 1e-12 in
x, below every step the policy can take) see an average of the oscillation, not its
slope: such a point is inconclusive, not a wrong number.

`oscillates_below_step` takes central differences at much smaller fractions of the
policy's step, down to a few ulps of x, at the scales fine enough to have confirmed the
reference against the gradient (their rounding, NOISE_ULPS ulps of f per evaluation over
the step, is under a quarter of the mismatch). For a smooth f they agree with those at the
step (truncation error shrinks with the step, rounding error grows as eps |f| / h), so a
gradient that is really wrong stays a wrong number: every fine scale confirms the
reference. Where they disagree beyond that
and by more than RELATIVE, at two scales or more (one disagreement could be a rounding
outlier of an ill-conditioned f), or where a finer step lands on the gradient itself (a
smooth f's finer differences converge to the reference, never to a wrong gradient), f
varies below the step and central differences are no reference there. The check runs only at points that already mismatch,
and never changes a verdict of `pass`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
import gradcheck  # noqa: E402

SCALES = (1e-3, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9)  # fractions of the policy step, down to ~8 ulps
NOISE_ULPS = 4                # rounding error allowed per evaluation of f, in ulps of f
RELATIVE = 1e-2               # disagreement beyond rounding that counts, relative
AT_LEAST = 2                  # scales that must disagree (one could be a rounding outlier)
WALK = 8                      # doubles walked on each side of x (wiggles_within_ulps)


def oscillates_below_step(f, x, fd, g, components) -> bool:
    """Central differences at AT_LEAST of the SCALES of the step disagree with `fd` in one
    of `components` by more than rounding explains and more than RELATIVE, counting only
    scales whose rounding is small beside the mismatch |g - fd| being judged (a scale too
    noisy to have confirmed `fd` says nothing about it)."""
    x = np.asarray(x, dtype=np.float64)
    if wiggles_within_ulps(f, x, components):
        return True
    noise = NOISE_ULPS * np.finfo(np.float64).eps * max(1.0, abs(f(x)))
    disagree = 0
    for scale in SCALES:
        small = gradcheck.central_differences(f, x, scale=scale)
        for i in components:
            rounding = noise / (scale * gradcheck.STEP * max(1.0, abs(x[i])))
            if rounding > abs(g[i] - fd[i]) / 4 or not _disagrees(small[i], fd[i], rounding):
                continue
            if not _disagrees(small[i], g[i], rounding):
                return True  # a finer step lands on the gradient: the coarse one is off
            disagree += 1
            break
    return disagree >= AT_LEAST


def wiggles_within_ulps(f, x, components, width: int = WALK) -> bool:
    """Walking x[i] one double at a time over 2 * width doubles, f's one-double steps
    differ by more than rounding explains (2 * NOISE_ULPS ulps of f): f's slope changes
    within a few ulps of x, where no difference step can follow it. A smooth f's steps over
    so short a walk are all its slope times one ulp of x, give or take rounding."""
    x = np.asarray(x, dtype=np.float64)
    for i in components:
        walk = [x[i]]
        for _ in range(width):
            walk.insert(0, np.nextafter(walk[0], -np.inf))
            walk.append(np.nextafter(walk[-1], np.inf))
        values = []
        for xi in walk:
            point = x.copy()
            point[i] = xi
            values.append(f(point))
        noise = NOISE_ULPS * np.finfo(np.float64).eps * max(1.0, max(map(abs, values)))
        steps = np.diff(values)
        if not np.all(np.isfinite(steps)) or steps.max() - steps.min() > 2 * noise:
            return True
    return False


def _disagrees(small: float, reference: float, rounding: float) -> bool:
    gap = abs(small - reference)
    return not np.isfinite(small) or gap > rounding + RELATIVE * max(abs(reference),
                                                                     abs(small))
