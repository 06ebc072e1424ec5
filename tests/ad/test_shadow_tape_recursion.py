"""The leaf tape of a recursion kept in the caller's shadow (on by default;
ENZYMEC_SHADOW_RECURSION=0 turns it off: shadow_tape_apply.py on the slots
recursive_partition.py lets through, in split pairs).

shadow_tape/tree_cases.c runs five recursive gradients over doubles and one over floats on
16 contents of dx (zeros, -0.0 in places, NaN, Inf, nonzero, mixed, a denormal, nonzero
early and late, dx == x, dx overlapping x) at 11 sizes (1 to 4097: one leaf, two, many;
leaves left in their first, middle or last element); built with the shadow tape through
the recursion, with it off and without any shadow tape (ENZYMEC_SHADOW_TAPE=0), the three
must print the same bits. The transform is taken for the partitions (tree, tree4, tree40,
treef) and only there (not for halves that overlap, nor a recursion that also reads x[0]);
leaves of at most 16 elements test their dx once before the loop (shadow_pretest.py), the
leaves of tree40 each element in the loop."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(__file__).resolve().parent / "shadow_tape" / "tree_cases.c"
KNOBS = {"on": {}, "off": {"ENZYMEC_SHADOW_RECURSION": "0"}, "none": {"ENZYMEC_SHADOW_TAPE": "0"}}
PARTITIONS = ("tree", "tree4", "tree40", "treef")


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
    """The synthesized functions of the AD-stage IR whose forward stores into a shadow: a
    long loop's per-element branch (`shadow.store`), a short one's base chosen before it."""
    return {name for name, body in bodies(ir).items() if stores_into_shadow(body)}


def stores_into_shadow(body: str) -> bool:
    return "\nshadow.store" in body or re.search(
        r"%tape\.slot\.base[.\d]* = select i1 %shadow\.all\.zero[.\d]*, ptr %shadow\.tape", body)


def bodies(ir: str) -> dict[str, str]:
    """Name -> body of the synthesized functions of the AD-stage IR."""
    return {m.group(1): m.group(2) for m in
            re.finditer(r"define internal [^@\n]*@(\S+)\((.*?)\n}\n", ir, re.S)}


@pytest.fixture(scope="module", params=[(), ("-march=native",)], ids=["generic", "native"])
def cases(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tree_shadow")
    built = {knob: build(tmp, knob, request.param) for knob in KNOBS}
    runs = {knob: subprocess.run([str(exe)], capture_output=True, text=True,
                                 check=True).stdout for knob, (_, exe) in built.items()}
    return {knob: ir for knob, (ir, _) in built.items()}, runs


def test_bitwise_the_ordinary_tape(cases):
    _, runs = cases
    assert len(runs["on"].splitlines()) == 6 * 11 * 16
    assert runs["on"] == runs["none"]
    assert runs["off"] == runs["none"]


def test_taken_for_partitions_only(cases):
    irs, _ = cases
    # the forward half of the versioned gradient's recursion's pair, which its top level
    # runs too (own_pair.py)
    assert with_shadow_tape(irs["on"]) == {f"{name}.augmented.1" for name in PARTITIONS}
    found = bodies(irs["on"])
    for name in PARTITIONS:
        assert f"@{name}.augmented.1(" in found[f"{name}.noalias.gradient"]
    assert "tree_overlap.noalias" not in irs["on"] and "tree_peek.noalias" not in irs["on"]


def test_the_pairs_keep_the_flag_in_their_records(cases):
    """The split pair of the versioned gradient stores the flag at its cut: its reverse
    branches on it (the second pair of tree; the first is the ordinary one)."""
    irs, _ = cases
    body = re.search(r"define internal [^@\n]*@tree\.augmented\.1\(.*?\n}\n", irs["on"], re.S)
    assert body is not None and stores_into_shadow(body.group(0))
    # as a whole word of the record's arena (record_union.py)
    assert re.search(r"(%v\.local\.in\.shadow\.word[.\d]*) = zext i1 %shadow\.all\.zero to i64\n"
                     r"\s*store i64 \1, ptr %v\.local\.in\.shadow", body.group(0))
    plain = re.search(r"define internal [^@\n]*@tree\.augmented\(.*?\n}\n", irs["on"], re.S)
    assert plain is not None and not stores_into_shadow(plain.group(0))


def test_short_leaves_test_before_the_loop(cases):
    """Leaves of at most 16 elements: one test of their dx before the loop, none in it (no
    per-element check, no move); tree40's leaves of up to 40: the test in the loop."""
    irs, _ = cases
    found = bodies(irs["on"])
    for name in ("tree", "tree4", "treef"):
        body = found[f"{name}.augmented.1"]
        assert "@__enzymec_shadow_bits(" in body and "shadow.check" not in body
        assert "__enzymec_shadow_tape_move" not in body
        # the element's base is chosen before the loop: no branch on the flag in it
        assert stores_into_shadow(body) and "\nshadow.store" not in body
        assert "\ntape.store" not in body
    body = found["tree40.augmented.1"]
    assert "shadow.check" in body and "@__enzymec_shadow_bits(" not in body


def test_off_by_the_knob(cases):
    irs, _ = cases
    assert with_shadow_tape(irs["off"]) == set()
    assert "noalias" not in "".join(re.findall(r"define internal [^@\n]*@(\S+)\(", irs["off"]))
