"""Store-to-load forwarding (enzymec/ad/tape/store_forwarding.py) and scratch written before it is
read (scratch_reload.py): which scratch loads the reverse sweep recomputes from their store
or loads again, by --explain's remarks. The gradients of the same programs
are checked against finite differences in every variant by tests/c/test_gradients.py
(scratch_forward*.c); here: the forwarding is taken where it is sound (ADBench GMM's xc, and
its copy in tests/c) and refused in the look-alikes where it would be wrong (a second store,
a partial write, a loop starting at 1, a read before the write, a store through a pointer
that may alias the buffer)."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess

import pytest

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "c"
GMM = ROOT / "benchmarks" / "c" / "gmm"
FORWARDED = "recomputed from the store that wrote it"
RELOADED = "loaded again"


def load_remarks(source: pathlib.Path, *flags: str) -> dict[str, str]:
    """line:column of each load the reverse sweep needs -> how it gets it. The loops these
    tests look at (GMM's points loop and its copies) are reversed per iteration by default
    (fuse_plan.py), which tests/ad/test_fuse.py checks; here the per-iteration reverse is
    off (ENZYMEC_FUSE=0), so that the mechanisms every loop it refuses relies on stay
    tested on them."""
    done = subprocess.run([*enzymec(), *flags, "--explain", "-fno-caret-diagnostics", "-c",
                           source.name, "-o", "/dev/null"], cwd=source.parent,
                          capture_output=True, text=True, check=True,
                          env={**os.environ, "ENZYMEC_FUSE": "0"})
    found = {}
    for line in done.stderr.splitlines():
        match = re.match(r"\S+?:(\d+:\d+): remark: the reverse sweep needs load: (.*) \[", line)
        if match:
            found[match.group(1)] = match.group(2)
    return found


def forwarded(remarks: dict[str, str]) -> set[str]:
    return {where for where, how in remarks.items() if how.startswith(FORWARDED)}


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_scratch_reads_are_forwarded(opt):
    """xc[j] (line 26) and xc[a] (line 28) are rebuilt as x - mu; y, rewritten by two
    stores per point (line 34), stays taped."""
    remarks = load_remarks(PROGRAMS / "scratch_forward.c", opt)
    assert forwarded(remarks) == {"26:35", "28:25"}
    assert remarks["34:18"].startswith("taped")


@pytest.mark.parametrize("name", ["scratch_forward_refused.c", "scratch_forward_alias.c"])
def test_look_alikes_are_taped(name):
    remarks = load_remarks(PROGRAMS / name, "-O2")
    assert remarks and not forwarded(remarks)
    assert any(how.startswith("taped") for how in remarks.values())


def test_gmm_xc_tapes_are_gone():
    """The benchmark's objective (benchmarks/c/gmm/objective.inc): xc[j] read by qtimesx
    (26:29) and xc[i] hoisted out of its inner loop (30:20) are no longer taped."""
    remarks = load_remarks(GMM / "timed.c", "-O3", "-march=native", "-fno-math-errno")
    assert {"26:29", "30:20"} <= forwarded(remarks)


def test_scratch_written_before_the_nest_is_reloaded():
    """scale (31:24, 42:18) is filled before the loop over points: loaded again; run (32:26,
    rewritten after its read in the same loop) and prev (36:18, in the next loop) taped."""
    remarks = load_remarks(PROGRAMS / "scratch_reload.c", "-O2")
    assert remarks["31:24"].startswith(RELOADED) and remarks["42:18"].startswith(RELOADED)
    assert remarks["32:26"].startswith("taped") and remarks["36:18"].startswith("taped")


def test_gmm_qdiags_are_reloaded():
    """qdiags, filled before the loop nest, read by qtimesx (26:18) and the Wishart prior
    (49:21): loaded again, no tape."""
    remarks = load_remarks(GMM / "timed.c", "-O3", "-march=native", "-fno-math-errno")
    assert remarks["26:18"].startswith(RELOADED) and remarks["49:21"].startswith(RELOADED)


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_zero_filled_scratch_is_forwarded_and_reloaded(opt):
    """`double a[8] = {0}` (a memset, lifetime markers; scratch_fill.py): xc (30:27) is
    rebuilt from its one store, acc (30:18), only read after its accumulation, loaded
    again; in the look-alikes (a memset between store and read, a memset after the read)
    both stay taped."""
    remarks = load_remarks(PROGRAMS / "scratch_memset.c", opt)
    assert remarks["30:27"].startswith(FORWARDED) and remarks["30:18"].startswith(RELOADED)
    refused = load_remarks(PROGRAMS / "scratch_memset_refused.c", opt)
    assert refused["31:27"].startswith("taped") and refused["31:18"].startswith("taped")


def test_reloaded_alloca_outlives_its_lifetime_end():
    """acc, loaded again by the reverse sweep, must not be dead there: its lifetime.end is
    removed from the gradient; xc's (forwarded, never reloaded) stays."""
    dump = subprocess.run([*enzymec(), "-O2", "-c", "scratch_memset.c", "-o", "/dev/null",
                           "--enzymec-dump-ir=ad"], cwd=PROGRAMS, capture_output=True,
                          text=True, check=True)
    ir = dump.stdout + dump.stderr
    gradient = ir[ir.index("define internal double @zeroed.gradient("):]
    gradient = gradient[:gradient.index("\n}\n")]
    assert gradient.count("call void @llvm.lifetime.start") == 2
    assert gradient.count("call void @llvm.lifetime.end") == 1
