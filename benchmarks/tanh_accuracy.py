"""python -m benchmarks.tanh_accuracy [--points N] [--chain N] [--rounds N]

Error and latency of the tanh functions enzymec.numba can call, measured the same way:
glibc's tanh (what numba calls), enzymec's accurate tanh (accurate_tanh_ir.py) and its fast
one (fast_tanh_ir.py, for `fastmath=True` code only).

Error: units in the last place against long-double tanh (64-bit significand, numpy's
`np.tanh` on `np.longdouble`, which calls libm's tanhl) at seeded points over every range
the functions treat differently (enzymec/numba/tanh_points.py). Latency: a dependent chain
h = tanh(w h + u x_t) over N steps, as in numba's recurrence, in thread CPU time, the
three functions interleaved in each round (the median and range of the rounds).
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

from enzymec.numba.tanh_errors import max_errors
from enzymec.numba.tanh_points import SPECIAL
from enzymec.numba.tanh_kernels import compile_kernels


def _cpu() -> float:
    return time.clock_gettime(time.CLOCK_THREAD_CPUTIME_ID)


def chain_times(chains, steps: int, rounds: int) -> dict[str, list[float]]:
    """Seconds a chain of `steps` dependent calls takes, per kernel and round, interleaved."""
    xs = np.random.default_rng(1).uniform(-1, 1, steps)
    times = {name: [] for name in chains}
    for _ in range(rounds):
        for name, fn in chains.items():
            start = _cpu()
            fn(xs, 0.9, 1.3)
            times[name].append(_cpu() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=10_000_000, help="per group (4 groups)")
    parser.add_argument("--chain", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    mapped, chains = compile_kernels()
    print("load average before:", "/".join(f"{v:.1f}" for v in os.getloadavg()))
    times = chain_times(chains, args.chain, args.rounds)
    print(f"tanh on a serial chain h = tanh(w h + u x_t), {args.rounds} interleaved rounds:")
    base = np.array(times["glibc"])
    for name, runs in times.items():
        runs = np.array(runs)
        ratio = runs / base
        print(f"{name:9s} chain of {args.chain}: median {np.median(runs) * 1e9 / args.chain:.1f}"
              f" ns a step (min {runs.min() * 1e9 / args.chain:.1f}); / glibc: median "
              f"{np.median(ratio):.3f} ({ratio.min():.3f}-{ratio.max():.3f})")
    worst = max_errors(mapped, args.points)
    for name, (err, x) in worst.items():
        count = 4 * args.points + len(SPECIAL)
        print(f"{name:13s} max error {err:.3f} ulp at x = {x!r} ({count} points)")
    print("load average after:", "/".join(f"{v:.1f}" for v in os.getloadavg()))


if __name__ == "__main__":
    main()
