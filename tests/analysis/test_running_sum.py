"""Running sums (enzymec/analysis/running_sum.py): the packed index of a triangular nest as
LLVM leaves it (ADBench GMM's `l` in qtimesx) has the closed form init + a k + b k(k-1)/2,
checked against the values the loop really takes (the IR is run by interpreting the phi's
recurrence for every d), and look-alikes that are not running sums are refused: an inner
bound loaded inside the loop, a phi decided by another test, a truncation narrower than
the index, a step that is not the inner loop's exit value."""

from __future__ import annotations

import pytest

from enzymec.analysis import dominators, loops
from enzymec.analysis.running_sum import running_sum
from enzymec.ir import parse_module

# qtimesx's triangular nest after clang -O3 (objective.inc:27-30): %l is the packed index
TRIANGLE = """
define void @g(i32 %d, ptr %L, ptr %out, ptr %bounds) {
entry:
  %wide = zext i32 %d to i64
  %nonempty = icmp sgt i32 %d, 0
  br i1 %nonempty, label %outer, label %done

outer:
  %i = phi i64 [ 0, %entry ], [ %i.next, %latch ]
  %i1 = phi i64 [ 1, %entry ], [ %i1.next, %latch ]
  %l = phi i32 [ 0, %entry ], [ %l.next, %latch ]
  %i.next = add nuw nsw i64 %i, 1
  %enter = icmp samesign ult i64 %i.next, %wide
  br i1 %enter, label %pre, label %latch

pre:
  %l.wide = sext i32 %l to i64
  BOUND
  br label %inner

inner:
  %k = phi i64 [ %l.wide, %pre ], [ %k.next, %inner ]
  %j = phi i64 [ %i1, %pre ], [ %j.next, %inner ]
  %k.next = add nsw i64 %k, 1
  %slot = getelementptr inbounds double, ptr %L, i64 %k
  %v = load double, ptr %slot
  %dst = getelementptr inbounds double, ptr %out, i64 %j
  store double %v, ptr %dst
  %j.next = add nuw nsw i64 %j, 1
  %stop = icmp eq i64 %j.next, %n
  br i1 %stop, label %inner.exit, label %inner

inner.exit:
  %l.exit = trunc nsw i64 %k.next to TRUNC
  EXTEND
  br label %latch

latch:
  %l.next = phi i32 [ %l, %outer ], [ %l.back, %inner.exit ]
  %i1.next = add nuw nsw i64 %i1, 1
  %again = icmp eq i64 %i.next, %wide
  br i1 %again, label %done, label %outer

done:
  ret void
}
"""
GOOD = {"BOUND": "%n = add i64 %wide, 0", "TRUNC": "i32", "EXTEND": "%l.back = add i32 %l.exit, 0"}


def analyse(**changes):
    text = TRIANGLE
    for key, default in GOOD.items():
        text = text.replace(key, changes.get(key, default))
    f = parse_module(text, "g.ll").get_function("g")
    info, dom = loops(f), dominators(f)
    outer = next(loop for loop in info if loop.header.name == "outer")
    phi = next(i for i in outer.header.instructions if i.name == "l")
    return running_sum(phi, outer, info, dom)


def closed_form(found, d: int, k: int) -> int:
    base = found.const + sum(coef * d for coef in found.terms.values())  # the term is %wide
    return (base * k + found.slope * (k * (k - 1) // 2)) % 2**32


def test_triangle_index_has_its_closed_form():
    found = analyse()
    assert found is not None and found.init.value == 0
    assert found.slope == -1 and found.const == -1 and list(found.terms.values()) == [1]
    for d in range(1, 12):
        l = 0
        for k in range(d):  # the loop's own recurrence: the inner loop runs d - k - 1 times
            assert closed_form(found, d, k) == l % 2**32
            l += d - k - 1


@pytest.mark.parametrize("change", [
    {"BOUND": "%n = load i64, ptr %bounds"},                # inner bound read in the loop
    {"TRUNC": "i16", "EXTEND": "%l.back = sext i16 %l.exit to i32"},  # narrower than %l
    {"EXTEND": "%l.back = add i32 %l.exit, %l"},           # a step of 2 l + ...: not p = 1
    {"EXTEND": "%l.back = mul i32 %l.exit, 2"},            # doubled: not a running sum
])
def test_look_alikes_are_refused(change):
    assert analyse(**change) is None


def analyse_text(text):
    for key, default in GOOD.items():
        text = text.replace(key, default)
    f = parse_module(text, "g.ll").get_function("g")
    info, dom = loops(f), dominators(f)
    outer = next(loop for loop in info if loop.header.name == "outer")
    phi = next(i for i in outer.header.instructions if i.name == "l")
    return running_sum(phi, outer, info, dom)


def test_inequality_entry_test_is_accepted():
    """`i + 1 != d` is false exactly on the last row, whatever the width."""
    text = TRIANGLE.replace("icmp samesign ult i64 %i.next, %wide", "icmp ne i64 %i.next, %wide")
    assert analyse_text(text) is not None


def test_exit_test_on_another_increment_is_refused():
    """The inner loop leaves on `j + one == n` for a value `one` (not the counter's own
    increment by a constant): its trip count is not known, and nothing may crash."""
    text = TRIANGLE.replace("%stop = icmp eq i64 %j.next, %n", "%j.alt = add i64 %j, %wide\n"
                            "  %stop = icmp eq i64 %j.alt, %n")
    assert analyse_text(text) is None


def test_other_branch_condition_is_refused():
    """The inner loop entered on a test other than the outer loop's own bound: the skipped
    iterations (increment 0) need not be the last one."""
    text = TRIANGLE.replace("%enter = icmp samesign ult i64 %i.next, %wide",
                            "%enter = icmp samesign ult i64 %i, 3")
    for key, default in GOOD.items():
        text = text.replace(key, default)
    f = parse_module(text, "g.ll").get_function("g")
    info, dom = loops(f), dominators(f)
    outer = next(loop for loop in info if loop.header.name == "outer")
    phi = next(i for i in outer.header.instructions if i.name == "l")
    assert running_sum(phi, outer, info, dom) is None
