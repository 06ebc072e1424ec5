"""Read-modify-write updates `p[j] += y` whose shadow the reverse sweep leaves as it is
(enzymec/ad/reverse/rmw_adjoint.py), read from the gradient before optimization: a store of 0.0 into
a shadow is what the reverse of a store zeroing it looks like, and an update kept in place
has none. The gradients of the same programs are checked against finite differences in every
variant by tests/c/test_gradients.py (update_in_place*.c)."""

from __future__ import annotations

import os
import pathlib
import re
import subprocess

from test_tape_removal import enzymec  # tests/ad is on sys.path (rootdir)

ROOT = pathlib.Path(__file__).resolve().parents[2]
PROGRAMS = ROOT / "tests" / "c"
GMM = ROOT / "benchmarks" / "c" / "gmm"
SHADOW_ZEROED = "store double 0x0000000000000000, ptr %p.shadow"


def gradient_ir(source: pathlib.Path, name: str, *flags: str) -> str:
    """The body of `name`'s gradient after AD, before optimization. GMM's points loop is
    reversed per iteration by default (fuse_plan.py, tests/ad/test_fuse.py), its inner
    loops then in another function: these tests look at them unfused (ENZYMEC_FUSE=0)."""
    dump = subprocess.run([*enzymec(), *flags, "-c", source.name, "-o", "/dev/null",
                           "--enzymec-dump-ir=ad"], cwd=source.parent, capture_output=True,
                          text=True, check=True, env={**os.environ, "ENZYMEC_FUSE": "0"})
    ir = dump.stdout + dump.stderr
    start = re.search(rf"^define [^\n]*@{re.escape(name)}\.gradient\(", ir, re.MULTILINE)
    body = ir[start.start():]
    return body[:body.index("\n}\n")]


def test_updates_keep_their_shadow():
    """`out[j] += L x` (fmuladd), `acc -= out x`, `acc = sin + acc`, `acc += exp(...)`: only
    the plain store `out[j] = x x` still zeroes its shadow."""
    ir = gradient_ir(PROGRAMS / "update_in_place.c", "updates", "-O2")
    assert ir.count(SHADOW_ZEROED) == 1


def test_look_alikes_zero_their_shadow():
    """The subtrahend, the value used twice, the aliasing store between and the call writing
    the memory between: every store zeroes its shadow (4 updates, the aliasing store and the
    inlined callee's store)."""
    ir = gradient_ir(PROGRAMS / "update_in_place_refused.c", "refused", "-O2")
    assert ir.count(SHADOW_ZEROED) == 6


def test_gmm_qtimesx_update_keeps_its_shadow():
    """ADBench GMM (benchmarks/c/gmm/objective.inc): qtimesx's `out[j] += ltri[l++] x[i]` is
    kept in place (6 shadow-zeroing stores before, 5 after); the stores of xc, out,
    main_term, qdiags and sum_qs are not updates, and `sum_qs[ik] +=` has its loaded value
    used twice (as it is added again to the sum)."""
    ir = gradient_ir(GMM / "timed.c", "gmm_objective", "-O3", "-march=native",
                     "-fno-math-errno")
    assert ir.count(SHADOW_ZEROED) == 5
