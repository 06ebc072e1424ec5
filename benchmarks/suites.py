"""The benchmark groups beside the gradient benchmarks (harness.BENCHMARKS): forward, and
forward-over-reverse modes (issue 9 item 8) and ADBench's GMM and BA (issue 11 item 4). Each group
is run by `python -m benchmarks` after the gradient benchmarks, shares `--only` and `--quick`,
and writes its own section of RESULTS.md (report_extra.py); `--adbench-full` runs ADBench's
whole GMM grid instead of the default few sizes.
"""
from __future__ import annotations

import dataclasses

from benchmarks.harness import Bench
from benchmarks.layouts import ALIGN, PADS

MODES = [
    Bench("fwd_taylor_log", "fwd_taylor_log", ["10000000"], ["20000"],
          "tangent of taylor_log by `__enzyme_fwddiff`, n = 1e7 terms", target=1.10, adolc=False),
    Bench("fwd_logsumexp", "fwd_logsumexp", ["10000000"], ["20000"],
          "JVP of logsumexp by `__enzyme_fwddiff`, n = 1e7", target=1.10, adolc=False),
    Bench("hvp_logsumexp", "hvp_logsumexp", ["10000000"], ["20000"],
          "Hessian-vector product of logsumexp: `__enzyme_fwddiff` of a function calling "
          "`__enzyme_autodiff`, n = 1e7", target=1.5, adolc=False),
]

# ADBench's GMM grid (d, K) and point counts; ADOL-C's tape grows as n K d^2 operations
GMM_D = (2, 10, 20, 32, 64)
GMM_K = (5, 10, 25, 50, 100)
GMM_N = (1000, 10000)
GMM_DEFAULT = ((2, 5, 1000), (10, 25, 1000), (20, 50, 1000), (64, 100, 1000))
ADOLC_LIMIT = 1.1e8     # largest n K d^2 given to ADOL-C (its tape spills to disk above)


def gmm_bench(d: int, k: int, n: int) -> Bench:
    """One GMM size; repetitions scaled so that small sizes take more rounds; built with
    functions and loops aligned and run in several code layouts (layouts.py)."""
    work = n * k * d * d
    reps = max(1, min(40, int(2e7 // max(work, 1))))
    return Bench(f"gmm_d{d}_K{k}_n{n}", "gmm", [str(d), str(k), str(n)], ["3", "4", "50"],
                 f"GMM d = {d}, K = {k}, n = {n}", target=1.2, reps_factor=reps,
                 adolc=work <= ADOLC_LIMIT, cflags=ALIGN, layouts=PADS)


def gmm_sizes(full: bool) -> list[tuple[int, int, int]]:
    if not full:
        return list(GMM_DEFAULT)
    return [(d, k, n) for n in GMM_N for d in GMM_D for k in GMM_K]


# ADBench's BA problems: the smallest (ba1) and a middle one (ba10 of 20); timed.c's SIZE
BA_SIZES = ((1, 49, 7776, 31843, 40), (10, 1197, 126327, 563734, 3))   # last: reps factor


def ba_bench(size: int, n: int, m: int, p: int, reps: int) -> Bench:
    """One BA problem: J is every observation's 2 x 15 block and weight derivative."""
    return Bench(f"ba{size}_n{n}_m{m}_p{p}", "ba", [str(size)], ["5", "50", "300"],
                 f"BA {size}: n = {n} cameras, m = {m} points, p = {p} observations; enzymec "
                 f"J by one width-2 reverse call per observation", target=1.2,
                 reps_factor=reps, extra=("enzyme_rev", "enzyme_fwd15"))


def adbench(full: bool = False) -> list[Bench]:
    return [gmm_bench(*s) for s in gmm_sizes(full)] + [ba_bench(*s) for s in BA_SIZES]


@dataclasses.dataclass
class Group:
    key: str          # RESULTS.md section name
    title: str
    benches: list


def groups(full: bool = False) -> list[Group]:
    return [Group("modes", "Forward and higher-order modes (issue 9 item 8)", MODES),
            Group("adbench", "ADBench GMM and BA (issue 11 item 4)", adbench(full))]


def all_names(full: bool = False) -> list[str]:
    return [b.name for g in groups(full) for b in g.benches]
