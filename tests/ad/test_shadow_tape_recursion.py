"""The leaf tape of a recursion kept in the caller's shadow (ENZYMEC_SHADOW_RECURSION=1:
shadow_tape_apply.py on the slots recursive_partition.py lets through, in split pairs).

shadow_tape/tree_cases.c runs four recursive gradients on 16 contents of dx (zeros, -0.0
in places, NaN, Inf, nonzero, mixed, a denormal, nonzero early and late) at 11 sizes
(1 to 4097: one leaf, two, many; leaves left in their first, middle or last element), and
with dx == x and dx overlapping x; built with the shadow tape through the recursion and
without any shadow tape (ENZYMEC_SHADOW_TAPE=0), the two must print the same bits. The
transform is taken for the partitions (tree, tree4) and only there (not for halves that
overlap, nor a recursion that also reads x[0]), and not at all without the knob (its
default: 2-8% slower on tree_reduce, benchmarks/RESULTS.md)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).resolve().parent / "shadow_tape" / "tree_cases.c"
KNOBS = {"on": {"ENZYMEC_SHADOW_RECURSION": "1"}, "off": {}, "none": {"ENZYMEC_SHADOW_TAPE": "0"}}


def build(tmp: Path, knob: str, extra=()) -> tuple[str, Path]:
    exe = tmp / f"tree_cases_{knob}{''.join(extra)}"
    env = {k: v for k, v in os.environ.items()
           if k not in ("ENZYMEC_SHADOW_RECURSION", "ENZYMEC_SHADOW_TAPE")}
    done = subprocess.run([sys.executable, "-m", "enzymec", "-O3", "-fno-math-errno", *extra,
                           "--enzymec-dump-ir=ad", str(SOURCE), "-o", str(exe), "-lm"],
                          capture_output=True, text=True, cwd=ROOT, check=True,
                          env={**env, **KNOBS[knob]})
    return done.stdout + done.stderr, exe


def with_shadow_tape(ir: str) -> set[str]:
    """The synthesized functions of the AD-stage IR whose forward stores into a shadow
    (the check of the shadow element before the store)."""
    return {m.group(1) for m in re.finditer(r"define internal [^@\n]*@(\S+)\((.*?)\n}\n", ir, re.S)
            if "\nshadow.check" in m.group(2)}


@pytest.fixture(scope="module", params=[(), ("-march=native",)], ids=["generic", "native"])
def cases(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tree_shadow")
    built = {knob: build(tmp, knob, request.param) for knob in KNOBS}
    runs = {knob: subprocess.run([str(exe)], capture_output=True, text=True,
                                 check=True).stdout for knob, (_, exe) in built.items()}
    return {knob: ir for knob, (ir, _) in built.items()}, runs


def test_bitwise_the_ordinary_tape(cases):
    _, runs = cases
    assert len(runs["on"].splitlines()) == 4 * 11 * 16
    assert runs["on"] == runs["none"]
    assert runs["off"] == runs["none"]


def test_taken_for_partitions_only(cases):
    irs, _ = cases
    # the versioned gradient's top level and the forward half of its recursion's pair
    assert with_shadow_tape(irs["on"]) == {"tree.noalias.gradient", "tree4.noalias.gradient",
                                           "tree.augmented.1", "tree4.augmented.1"}
    assert "tree_overlap.noalias" not in irs["on"] and "tree_peek.noalias" not in irs["on"]


def test_the_pairs_keep_the_flag_in_their_records(cases):
    """The split pair of the versioned gradient stores the flag at its cut: its reverse
    branches on it (the second pair of tree; the first is the ordinary one)."""
    irs, _ = cases
    body = re.search(r"define internal [^@\n]*@tree\.augmented\.1\(.*?\n}\n", irs["on"], re.S)
    assert body is not None and "shadow.check" in body.group(0)
    plain = re.search(r"define internal [^@\n]*@tree\.augmented\(.*?\n}\n", irs["on"], re.S)
    assert plain is not None and "shadow.check" not in plain.group(0)


def test_off_by_default(cases):
    irs, _ = cases
    assert with_shadow_tape(irs["off"]) == set()
    assert "noalias" not in "".join(re.findall(r"define internal [^@\n]*@(\S+)\(", irs["off"]))
