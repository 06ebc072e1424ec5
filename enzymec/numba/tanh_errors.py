"""Errors of tanh values in units in the last place (ulp) against long-double tanh (64-bit
significand: numpy's `np.tanh` on `np.longdouble`, libm's tanhl), for the benchmark
(benchmarks/tanh_accuracy.py) and the tests of the bounds alike."""

from __future__ import annotations

import numpy as np

from .tanh_points import point_groups


def ulp_errors(values: np.ndarray, x: np.ndarray) -> np.ndarray:
    """|values - tanh(x)| in units in the last place of the value's type (float64 or
    float32) at the nearest to tanh(x); 0 where both are NaN."""
    exact = np.tanh(x.astype(np.longdouble))
    nearest = exact.astype(values.dtype)
    spacing = np.spacing(np.abs(nearest)).astype(np.longdouble)
    with np.errstate(invalid="ignore"):
        err = np.abs((values.astype(np.longdouble) - exact) / spacing).astype(np.float64)
    return np.where(np.isnan(values) & np.isnan(nearest), 0.0, err)


def max_errors(mapped, count: int, chunk: int = 1_000_000) -> dict[str, tuple[float, float]]:
    """{kernel: (max ulp, its x)} over point_groups(count), chunk by chunk; float32 kernels
    ("name/f32") at the points rounded to float32."""
    worst = {name: (0.0, 0.0) for name in mapped}
    for x64 in point_groups(count, chunk):
        with np.errstate(over="ignore"):
            x32 = x64.astype(np.float32)
        for name, fn in mapped.items():
            x = x32 if name.endswith("/f32") else x64
            err = ulp_errors(fn(x), x)
            i = int(np.argmax(err))
            if err[i] > worst[name][0]:
                worst[name] = (float(err[i]), float(x[i]))
    return worst
