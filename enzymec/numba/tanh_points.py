"""Seeded points covering every range enzymec's tanh functions treat differently, for
measuring their error: uniform over [-22, 22] (saturation and the clamp at 20 included),
over [-1, 1] (the first table entries), at and beside the reduction's steps (multiples of
ln2/256 in x, within 1e-12), log-uniform magnitudes from subnormal to 30 (tiny x, where
tanh x rounds to x), both signs; plus the special values (+-0, +-inf, NaN, subnormals)."""

from __future__ import annotations

import numpy as np

# where the double nearest tanh(x) is x, +-1, +-0 or NaN; then the reduction's steps
# (ln2/256, ln2/2: 2^k's first step, atanh(1/2)) and the edge of saturation
EXACT = np.array([0.0, -0.0, np.inf, -np.inf, np.nan, 5e-324, -5e-324, 2.2e-308,
                  -2.2250738585072014e-308, 1e-300, 1e-20, -3e-10, 19.07, 20.0, 20.5, -25.0,
                  1e300, -1.7e308])
STEPS = np.array([3.7e-9, 0.0027076061740622863, 0.17328679513998632, 0.3465735902799726,
                  0.5493061443340549, 18.4, 19.06])
SPECIAL = np.concatenate([EXACT, STEPS])


def _group(rng: np.random.Generator, which: int, count: int) -> np.ndarray:
    if which == 0:
        return rng.uniform(-22, 22, count)
    if which == 1:
        return rng.uniform(-1, 1, count)
    if which == 2:
        return np.log(2.0) / 256 * rng.integers(-4000, 4000, count) + rng.normal(0, 1e-12, count)
    signs = np.where(rng.random(count) < 0.5, -1.0, 1.0)
    return signs * 10.0 ** rng.uniform(-323.5, 1.5, count)


def point_groups(count: int, chunk: int = 1_000_000, seed: int = 13):
    """The special values, then 4 groups of `count` points each, in chunks (seeded)."""
    rng = np.random.default_rng(seed)
    yield SPECIAL.copy()
    for which in range(4):
        left = count
        while left > 0:
            size = min(chunk, left)
            yield _group(rng, which, size)
            left -= size
