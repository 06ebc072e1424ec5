"""python -m benchmarks.numba_tanh_pairs [--pairs N] [--steps N]

Paired, in one process: the exact recurrence's enzymec.numba gradient (h = tanh(w h + u x_t),
gradient in x, w, u) as enzymec.numba compiles it (the accurate tanh, carried adjoints
multiplied last: chain_order.py), without the reordering, and with glibc's tanh and neither
(before), numba's primal and jax.jit(jax.grad) on the
lax.scan version; the calls interleaved in every round, process CPU time (XLA computes on
threads of its own), the median and range of the rounds' ratios. The machine is shared:
ratios within a round hold when its speed drifts between rounds.
"""

from __future__ import annotations

import argparse
import functools
import os
import time

import numba
import numpy as np

import enzymec.numba
import enzymec.numba.jit as jit
from benchmarks.numba_bench import jax_row, nb_recurrence
from enzymec.numba.chain_order import reorder_chain_products
from enzymec.numba.fast_math import lower_fast_math


def _unordered(text: str) -> tuple[str, int]:
    return text, 0


def _gradient(accurate: bool, reorder: bool):
    """The gradient of a fresh copy of the recurrence (its own compilation), compiled with
    the accurate tanh or with glibc's, with or without chain_order.py's reordering."""
    fresh = numba.njit(nb_recurrence.py_func)
    jit.lower_fast_math = functools.partial(lower_fast_math, accurate=accurate)
    jit.reorder_chain_products = reorder_chain_products if reorder else _unordered
    try:
        grad = enzymec.numba.grad(fresh, argnums=(0, 1, 2))
        grad(np.zeros(3), 0.5, 0.8)  # compiles now, under these choices
        return grad
    finally:
        jit.lower_fast_math = lower_fast_math
        jit.reorder_chain_products = reorder_chain_products


def _rounds(calls: dict, pairs: int) -> dict[str, np.ndarray]:
    times = {name: [] for name in calls}
    for _ in range(pairs):
        for name, call in calls.items():
            start = time.process_time()
            call()
            times[name].append(time.process_time() - start)
    return {name: np.array(t) for name, t in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=15)
    parser.add_argument("--steps", type=int, default=1_000_000)
    opts = parser.parse_args()
    args = (np.random.default_rng(0).uniform(-1, 1, opts.steps), 0.5, 0.8)
    grads = {"accurate+order": _gradient(True, True), "accurate": _gradient(True, False),
             "glibc": _gradient(False, False)}
    calls = {name: functools.partial(g, *args) for name, g in grads.items()}
    calls["numba primal"] = functools.partial(nb_recurrence, *args)
    jx = jax_row("recurrence", args, 1)
    if jx:
        calls["jax grad"] = jx[3]
    for call in calls.values():
        call()
    print("load average before:", "/".join(f"{v:.1f}" for v in os.getloadavg()))
    times = _rounds(calls, opts.pairs)
    for name, t in times.items():
        print(f"{name:15s} median {np.median(t) * 1e3:.1f} ms (min {t.min() * 1e3:.1f})")
    for a, b in [("accurate", "glibc"), ("accurate+order", "accurate"),
                 ("accurate+order", "glibc"), ("accurate+order", "jax grad"),
                 ("accurate", "jax grad"), ("glibc", "jax grad"), ("numba primal", "jax grad"),
                 ("accurate+order", "numba primal")]:
        if b in times:
            r = times[a] / times[b]
            print(f"{a} / {b}: median {np.median(r):.3f} ({r.min():.3f}-{r.max():.3f})")
    print("load average after:", "/".join(f"{v:.1f}" for v in os.getloadavg()))


if __name__ == "__main__":
    main()
