"""Running maxima of unrolled loops (enzymec/ad/reverse/select_chain.py): which loops it rewrites,
what the result outside the loop becomes, and that after -O2 the gradient of rustc's shape
(a chain of four selects per iteration, a counter stepping by 4) keeps no per-element tape
and sizes its other tapes before the loop. Gradients of programs it applies to are checked
against finite differences in tests/c/running_max_unrolled.c and
tests/lang/rust/running_max_unrolled.rs."""

from __future__ import annotations

import pytest

from enzymec.ad.passes.canonicalize import canonicalize_loops
from enzymec.ad.reverse.select_chain import rewrite_running_selects, rewrite_select_chains
from enzymec.ad.reverse.select_recurrence import rewrite_select_recurrences
from enzymec.ad.tape.trip_count import trip_count_value
from enzymec.analysis import loops
from enzymec.ir import parse_module

# rustc's -O2 shape, unrolled by 2: %BODY2 is the second step (its select %m.2 the latch's)
TEMPLATE = """
define double @f(ptr %x, i64 %n, ptr %out) {
entry:
  %x0 = load double, ptr %x
  %n2 = and i64 %n, -2
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %m = phi double [ %x0, %entry ], [ %m.2, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %c = fcmp ogt double %v, %m
  %m.1 = select i1 %c, double %v, double %m
BODY2
  %i.next = add nuw i64 %i, 2
  %done = icmp eq i64 %i.next, %n2
  br i1 %done, label %exit, label %loop
exit:
  %r = fmul double %m.2, RESULT
  ret double %r
}
"""

STEP2 = """  %p.2 = getelementptr inbounds i8, ptr %p, i64 8
  %v.2 = load double, ptr %p.2
  %c.2 = fcmp ogt double %v.2, %m.1
  %m.2 = select i1 %c.2, double %v.2, double %m.1"""

CASES = {
    # (second step, result's other factor, recurrences rewritten)
    "two steps, gep on a gep": (STEP2, "2.0", 1),
    "kept arm first": (STEP2.replace("double %v.2, double %m.1", "double %m.1, double %v.2"),
                       "2.0", 1),
    "a store in the loop": (STEP2 + "\n  store double %m.1, ptr %out", "2.0", 0),
    "a call in the loop": (STEP2 + "\n  call void @g()", "2.0", 0),
    "a middle step used after the loop": (STEP2, "%m.1", 0),
    "the phi used after the loop": (STEP2, "%m", 0),
    "a middle step feeds arithmetic": (STEP2.replace("%c.2 = fcmp ogt double %v.2, %m.1",
                                                     "%w = fmul double %m.1, 0.5\n"
                                                     "  %c.2 = fcmp ogt double %v.2, %w"),
                                       "2.0", 0),
    "an arm that is not a load": (STEP2.replace("%c.2 = fcmp", "%s = fmul double %v.2, 3.0\n"
                                                "  %c.2 = fcmp")
                                  .replace("double %v.2, double %m.1", "double %s, double %m.1"),
                                  "2.0", 0),
    "elements of two arrays": (STEP2.replace("ptr %p, i64 8", "ptr %out, i64 8"), "2.0", 0),
}


def rewritten(body: str, factor: str, rewrite=rewrite_select_chains):
    text = TEMPLATE.replace("BODY2", body).replace("RESULT", factor)
    module = parse_module("declare void @g()\n" + text, "case.ll")
    fn = module.get_function("f")
    canonicalize_loops(fn)
    return fn, rewrite(fn)


@pytest.mark.parametrize("case", CASES)
def test_which_loops_are_rewritten(case):
    body, factor, expected = CASES[case]
    assert rewritten(body, factor)[1] == expected


def test_the_result_outside_reloads_the_last_taken_address():
    fn, count = rewritten(STEP2, "2.0")
    assert count == 1
    r = next(i for i in fn.instructions() if i.name == "r")
    taken, element, init = r.operands[0].operands
    assert r.operands[0].opcode == "select" and init.name == "x0"
    assert element.opcode == "load" and taken.opcode == "phi"
    address = element.operands[0]  # gep i8 %x, (address taken - %x)
    assert address.opcode == "getelementptr" and address.operands[0].name == "x"
    offset = address.operands[1]
    assert offset.opcode == "sub" and offset.operands[1].opcode == "ptrtoint"
    at = offset.operands[0].incoming[0][0]  # the last step's select of addresses
    assert at.opcode == "select" and at.operands[1].opcode == "ptrtoint"
    assert at.operands[1].operands[0].name == "p.2"


def test_a_single_step_on_a_gep_of_a_gep_is_left_to_the_chain():
    """flang's `x(i)`: `gep i8 (gep %x, %i), -8`, which select_recurrence.py's index form
    does not take; the chain rewrite does, and runs once per recurrence in total."""
    single = TEMPLATE.replace("%m.2, %loop", "%m.1, %loop").replace("BODY2", "") \
        .replace("%p = getelementptr inbounds double, ptr %x, i64 %i",
                 "%q = getelementptr double, ptr %x, i64 %i\n"
                 "  %p = getelementptr i8, ptr %q, i64 -8") \
        .replace("%i = phi i64 [ 0,", "%i = phi i64 [ 1,").replace("%m.2, RESULT", "%m.1, 2.0")
    fn = parse_module(single, "single.ll").get_function("f")
    canonicalize_loops(fn)
    assert rewrite_select_recurrences(fn) == 0
    assert rewrite_select_chains(fn) == 1


def test_single_steps_are_rewritten_once():
    """Whichever rewrite takes a recurrence first leaves no use outside: one rewrite each."""
    single = TEMPLATE.replace("%m.2, %loop", "%m.1, %loop").replace("BODY2", "") \
        .replace("%m.2, RESULT", "%m.1, 2.0")
    fn = parse_module(single, "single.ll").get_function("f")
    canonicalize_loops(fn)
    assert rewrite_running_selects(fn) == 1


def test_the_unrolled_loop_has_a_trip_count():
    """The counter steps by 2 to `n & -2` tested with `==`: (n & -2) / 2 header runs."""
    fn, _ = rewritten(STEP2, "2.0")
    loop = next(iter(loops(fn)))
    count = trip_count_value(loop, fn)
    assert count is not None
    ops = set()
    stack = [count]
    while stack:
        v = stack.pop()
        if hasattr(v, "opcode"):
            ops.add(v.opcode)
            stack.extend(v.operands)
    assert "udiv" in ops
