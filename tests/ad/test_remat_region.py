"""A loop body's scratch region run again before the reverse of the loop reading it
(enzymec/ad/tape/remat_region.py, remat_emit.py), by --explain's remarks. The gradients of the same
programs are checked against finite differences in every variant by
tests/c/test_gradients.py (remat_region*.c); here: the region is run again where it is sound
and cheap (remat_region.c), refused in the look-alikes (remat_region_refused.c: a value
carried over from the previous iteration, a partial write, a read after the loop nest), and
refused by cost for a region whose loops nest deeper than the reading loop (GMM's `Q xc`)."""

from __future__ import annotations

import pytest

from test_store_forwarding import GMM, PROGRAMS, load_remarks

REMAT = "loaded again after the loop body's region that wrote it runs again"


def rematerialized(remarks: dict[str, str]) -> set[str]:
    return {where for where, how in remarks.items() if how.startswith(REMAT)}


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_region_is_run_again(opt):
    """y[j] read by the sum of squares (line 29) is loaded again, not taped."""
    remarks = load_remarks(PROGRAMS / "remat_region.c", opt)
    assert rematerialized(remarks) == {"29:18"}


def test_look_alikes_stay_taped():
    remarks = load_remarks(PROGRAMS / "remat_region_refused.c", "-O2")
    assert not rematerialized(remarks)
    for where in ("33:18", "51:18", "72:18"):
        assert remarks[where].startswith("taped"), where


def test_gmm_region_refused_by_cost():
    """Q xc's region is a triangular loop nest, deeper than the sum of squares' loop: running
    it again made the gradient slower, so its load (79:23) stays taped."""
    remarks = load_remarks(GMM / "timed.c", "-O3", "-march=native", "-fno-math-errno")
    assert not rematerialized(remarks) and remarks["79:23"].startswith("taped")
