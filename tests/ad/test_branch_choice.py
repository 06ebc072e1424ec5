"""Joins whose entering edge the reverse sweep rebuilds from the branch that chose it
(enzymec/ad/tape/branch_rebuild.py) instead of taping it: the `came.from` tapes left in the
gradient before optimization. The gradients are checked against finite differences in every
variant by tests/c/test_gradients.py (branch_choice.c)."""

from __future__ import annotations

import pathlib
import re

import pytest

from test_update_in_place import gradient_ir  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "c"
GMM = ROOT / "benchmarks" / "c" / "gmm"
TAPED_JOIN = re.compile(r"%came\.from[.\d]*\.tape = alloca")


@pytest.mark.parametrize("opt", ["-O0", "-O2"])
def test_joins_decided_by_counters_are_not_taped(opt):
    """branch_choice.c: the joins after the skipped inner loop, the parity test and the
    bound are rebuilt; the two on taped values (`sin(x s) > 0.25`, the running sum) stay
    taped."""
    ir = gradient_ir(PROGRAMS / "branch_choice.c", "joins", opt)
    assert len(TAPED_JOIN.findall(ir)) == 2


def test_gmm_joins_per_pair_are_not_taped():
    """ADBench GMM: the join after qtimesx's inner loop (one per row of every point and
    component) and the component loop's join (one per pair) have no tape; what is left
    are joins outside the point loop (the logsumexp and prior loops' guards)."""
    ir = gradient_ir(GMM / "timed.c", "gmm_objective", "-O3", "-march=native",
                     "-fno-math-errno")
    taped = {m.group(0).split(" ")[0] for m in TAPED_JOIN.finditer(ir)}
    pushed = [line for line in ir.splitlines() if ".tape.push" in line and "came.from" in line
              and line.lstrip().startswith("store")]
    assert taped and len(pushed) <= 4
