"""The AD-growth benchmark (benchmarks/adgrowth.py) times each run of the AD stage on a heap
as clean as the `enzymec` command's: the cyclic graph an earlier run left behind is freed
before the next run starts, not by a collection that falls inside a later, larger run (which
made 16k -> 64k lines of straight-line code look like x6.0 instead of x4.2)."""
import gc
import weakref

import enzymec.ad
from benchmarks import adgrowth


class _Node:
    """A cycle's member: freed only by the cyclic collector."""

    def __init__(self):
        self.other = self


def test_each_timed_run_starts_after_the_last_runs_cycles_are_freed(monkeypatch):
    left = []          # a weak reference to the cycle each run leaves behind
    alive_at_start = []

    def stand_in(ir, name):
        alive_at_start.append([ref() is not None for ref in left])
        left.append(weakref.ref(_Node()))
        for _ in range(1000):  # allocations far below the command's young threshold
            _Node()
        return ir

    monkeypatch.setattr(enzymec.ad, "differentiate_module", stand_in)
    thresholds = gc.get_threshold()
    try:
        adgrowth.time_ad("; no IR needed", 3)
    finally:
        gc.set_threshold(*thresholds)  # time_ad sets the command's thresholds
    assert alive_at_start == [[], [False], [False, False]]
