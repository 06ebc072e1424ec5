"""enzymec/ad/shadow_tape/shadow_pretest.py's analysis: a loop counted 0, 1, ... up to a bound B is
short (its shadow elements tested once before it) only when the branches dominating its
preheader show B <= 16; each variant below breaks one part of that (the limit, the bound,
the counter's start and step, the edge the guard takes). The transform itself is tested
bitwise in tests/ad/test_shadow_tape_recursion.py."""

from __future__ import annotations

import re

import pytest

from enzymec.ad.shadow_tape.shadow_pretest import SHORT_TRIPS, short_loop
from enzymec.analysis import dominators, loops
from enzymec.ir import parse_module

# a leaf loop as clang -O3 leaves it (tree_reduce's), {NAME} fields replaced by variants
LEAF = """
define double @f(ptr %x, i32 %n, i32 %m) {
entry:
  %small = icmp slt i32 %n, {LIMIT}
  br i1 %small, label {SMALL}, label {LARGE}
leaf:
  %some = icmp sgt i32 %n, 0
  br i1 %some, label %pre, label %done
pre:
  %trips = zext nneg i32 {BOUND} to i64
  br label %loop
loop:
  %i = phi i64 [ {START}, %pre ], [ %i.next, %step ]
  %s = phi double [ 0.0, %pre ], [ %s.next, %step ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %s.next = fadd double %s, %v
  {EARLY}
  %i.next = add nuw nsw i64 %i, {STEP}
  %end = icmp eq i64 %i.next, %trips
  br i1 %end, label %done, label %loop
stop:
  br label %done
done:
  %r = phi double [ 0.0, %entry ], [ 0.0, %leaf ], [ %s.next, %step ], [ 0.0, %stop ]
  ret double %r
}
"""
# EARLY: the base's body goes on to %step (the latch) unconditionally; a variant breaks
# out of the loop at a negative element (a second exit)
BASE = dict(LIMIT=str(SHORT_TRIPS + 1), SMALL="%leaf", LARGE="%done", BOUND="%n", START="0",
            STEP="1", EARLY="br label %step\nstep:")


def is_short(counter="i", **changes) -> bool:
    fields = {**BASE, **changes}
    text = re.sub(r"\{(\w+)\}", lambda m: fields[m.group(1)], LEAF)
    fn = parse_module(text, "leaf.ll").get_function("f")
    block = next(b for b in fn.blocks if b.name == "loop")
    value = next(i for i in block.instructions if i.name == counter)
    return short_loop(loops(fn).loop_for(block), value, dominators(fn))


def test_tree_reduce_leaf_is_short():
    assert is_short()  # n < 17: at most 16 iterations


def test_a_smaller_limit_is_short():
    assert is_short(LIMIT="5")  # tree4's leaves of <= 4


@pytest.mark.parametrize("changes", [
    dict(LIMIT=str(SHORT_TRIPS + 2)),          # up to 17 iterations
    dict(LIMIT="41"),                          # tree40's leaves
    dict(BOUND="%m"),                          # bounded by another argument
    dict(START="1"),                           # counted from 1: the bound is not the count
    dict(STEP="2"),                            # a step of 2
    dict(SMALL="%done", LARGE="%leaf"),        # the loop runs where n >= 17
    dict(counter="s"),                         # not the loop's counter
    dict(EARLY="%neg = fcmp olt double %v, 0.0\n  br i1 %neg, label %stop, label %step\nstep:"),
])
def test_not_short(changes):
    assert not is_short(**changes)
