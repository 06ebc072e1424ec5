"""The per-iteration reverse (enzymec/ad/fuse/fuse_plan.py, fuse_outline.py, fuse_call.py), by
--explain's `fuse` remarks: which loops are reversed right after each iteration's forward.
The gradients of the same programs are checked against finite differences in every
variant by tests/c/test_gradients.py (fuse_*.c); here: the loops it fuses (GMM's points
loop in the benchmark and its copy, the net's images loop and its copy, sums scaled or
subtracted after the loop, sums started at an active value), none of the look-alikes
(fuse_refused.c), and nothing in a split callee or with ENZYMEC_FUSE=0."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess

import pytest

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "c"
BENCH = ROOT / "benchmarks" / "c"
FUSED = "loop reversed per iteration"
JOINED = "loop fused with the loop before it"  # loop_fusion.py


def fused_lines(source: pathlib.Path, *flags: str, env: dict | None = None,
                remark: str = FUSED) -> set[str]:
    """file:line:col of each fused loop's sum (the remark's location); with
    remark=JOINED, of each consumer loop fused with its producer (its `for`)."""
    done = subprocess.run([*enzymec(), *flags, "--explain", "-fno-caret-diagnostics", "-c",
                           source.name, "-o", "/dev/null"], cwd=source.parent,
                          capture_output=True, text=True, check=True,
                          env={**os.environ, **(env or {})})
    found = set()
    for line in done.stderr.splitlines():
        match = re.match(r"(\S+?):(\d+:\d+): remark: (.*) \[-Rexplain-fuse\]", line)
        if match and match.group(3).startswith(remark):
            found.add(f"{pathlib.Path(match.group(1)).name}:{match.group(2)}")
    return found


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_gmm_like_points_loop(opt):
    """`total += lse(main)` (line 53); not the prior's sum after it (line 57), whose body
    holds no loop (the cost rule)."""
    assert fused_lines(PROGRAMS / "fuse_gmm_like.c", opt) == {"fuse_gmm_like.c:53:15"}


def test_net_like_images_loop():
    """The images loop (an alloca per image, read at `act[label]`), divided by bs."""
    assert fused_lines(PROGRAMS / "fuse_net_like.c", "-O2") == {"fuse_net_like.c:30:14"}


def test_scaled_and_subtracted_sums():
    assert fused_lines(PROGRAMS / "fuse_scaled_sum.c", "-O2") == {"fuse_scaled_sum.c:20:11",
                                                                  "fuse_scaled_sum.c:28:11"}


def test_look_alikes_refused():
    assert fused_lines(PROGRAMS / "fuse_refused.c", "-O2") == set()


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_producer_consumer_loops_joined(opt):
    """Each consumer loop of fuse_loops_joined.c joins its producer; matvec's shape (line
    25) is then reversed per iteration (its sum, line 26)."""
    source = PROGRAMS / "fuse_loops_joined.c"
    assert fused_lines(source, opt, remark=JOINED) == {
        "fuse_loops_joined.c:25:5", "fuse_loops_joined.c:40:5", "fuse_loops_joined.c:56:5"}
    assert fused_lines(source, opt) == {"fuse_loops_joined.c:26:11"}


@pytest.mark.parametrize("opt", ["-O2", "-O3"])
def test_nested_siblings_joined(opt):
    """components' two loops per cluster join (the second, line 22, writes its own scratch;
    the first's, xc, is read after them and stays); lagged's (the second loop's scratch read
    by the first in the next cluster) and into_caller's (the caller's memory) do not."""
    source = PROGRAMS / "fuse_siblings_nested.c"
    assert fused_lines(source, opt, remark=JOINED) == {"fuse_siblings_nested.c:22:9"}


def test_producer_consumer_look_alikes_refused():
    source = PROGRAMS / "fuse_loops_refused.c"
    assert fused_lines(source, "-O2", remark=JOINED) == set()
    assert fused_lines(source, "-O2") == set()


def test_split_callee_refused():
    """Inlined, `inner`'s second call is fused (the first one's sum is scaled by a value
    the optimizer merged after the loop); split (inlining off), neither is."""
    assert fused_lines(PROGRAMS / "fuse_split.c", "-O2") == {"fuse_split.c:18:11"}
    assert fused_lines(PROGRAMS / "fuse_split.c", "-O1",
                       env={"ENZYMEC_AD_INLINE": "0"}) == set()


def test_switched_off():
    assert fused_lines(PROGRAMS / "fuse_net_like.c", "-O2", env={"ENZYMEC_FUSE": "0"}) == set()


def test_benchmarks():
    """GMM's points loop (objective.inc:82), the net's images loop (timed.c:26), and
    matvec's two loops joined (timed.c:25, `matvec` mallocs `out`; not `matvec_out`, whose
    `out` is the caller's) and then reversed per iteration (its sum, timed.c:26)."""
    flags = ("-O3", "-march=native", "-fno-math-errno")
    assert fused_lines(BENCH / "gmm" / "timed.c", *flags) == {"objective.inc:82:14"}
    assert fused_lines(BENCH / "net" / "timed.c", *flags) == {"timed.c:26:14"}
    matvec = BENCH / "matvec" / "timed.c"
    assert fused_lines(matvec, *flags, remark=JOINED) == {"timed.c:25:5"}
    assert fused_lines(matvec, *flags) == {"timed.c:26:13"}


def test_fused_tapes_are_not_copied_by_memcpy(tmp_path):
    """The fused body's tape of a loaded value (GMM's `Q xc`, one point's `K d` doubles)
    stays a store in its loop: a `memcpy` call per loop entry (LLVM's loop idiom) cost 5%
    of GMM's gradient at d = 2 (tape.py, `_pushed`). The primal `objective` has none either."""
    subprocess.run([*enzymec(), "-O3", "-c", "fuse_gmm_like.c", "-o", "/dev/null",
                    "--enzymec-dump-ir=opt", f"--enzymec-dump-dir={tmp_path}"],
                   cwd=PROGRAMS, check=True, capture_output=True)
    ir = (tmp_path / "fuse_gmm_like.c.opt.ll").read_text()
    gradient = re.search(r"^define void @grad\(.*?^}", ir, re.S | re.M).group(0)
    assert fused_lines(PROGRAMS / "fuse_gmm_like.c", "-O3")  # the loop is fused
    assert "memcpy" not in gradient


def test_scratch_shadows_are_noalias(tmp_path):
    """The fused body's gradient takes each scratch object (fuse_bodies.py) and its shadow
    as `noalias` parameters: the shadow is the loop's own allocation for that scratch, so
    LLVM need not check at run time that the tapes or the user's shadows overlap it."""
    subprocess.run([*enzymec(), "-O3", "-c", "fuse_gmm_like.c", "-o", "/dev/null",
                    "--enzymec-dump-ir=ad", f"--enzymec-dump-dir={tmp_path}"],
                   cwd=PROGRAMS, check=True, capture_output=True)
    ir = (tmp_path / "fuse_gmm_like.c.ad.ll").read_text()
    signature = re.search(r"^define .*fused\.body\.gradient\((.*)\)", ir, re.M).group(1)
    scratch = re.findall(r"ptr noalias %(\w+) *,", signature)
    assert scratch, "no scratch parameter in the fused body's gradient"
    for name in scratch:
        assert f"ptr noalias %{name}.shadow" in signature, name
