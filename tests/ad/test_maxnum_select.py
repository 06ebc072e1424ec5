"""maxnum/minnum steps of a running maximum turned into the select form
(enzymec/ad/reverse/maxnum_select.py) that the index-only rewrites then take; gradients of programs
with such loops are checked in tests/c/running_max_unrolled.c and
tests/lang/rust/running_max_unrolled.rs."""

from __future__ import annotations

import pytest

from enzymec.ad.passes.canonicalize import canonicalize_loops
from enzymec.ad.reverse.maxnum_select import maxnum_chains_to_selects
from enzymec.ad.reverse.select_chain import rewrite_running_selects
from enzymec.ir import parse_module

TEMPLATE = """
declare double @llvm.maxnum.f64(double, double)
declare double @llvm.minnum.f64(double, double)
declare double @llvm.sin.f64(double)
define double @f(ptr %x, i64 %n, ptr %out) {
entry:
  br label %loop
loop:
  %i = phi i64 [ 0, %entry ], [ %i.next, %loop ]
  %m = phi double [ 0xFFF0000000000000, %entry ], [ %m.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
BODY
  %i.next = add nuw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  %r = fmul double %m.next, 2.0
  ret double %r
}
"""

CASES = {
    # (loop body, maxnum/minnum calls rewritten, recurrences rewritten)
    "maxnum, chain first": ("  %m.next = call double @llvm.maxnum.f64(double %m, double %v)", 1, 1),
    "maxnum, element first": ("  %m.next = call double @llvm.maxnum.f64(double %v, double %m)",
                              1, 1),
    "minnum": ("  %m.next = call double @llvm.minnum.f64(double %m, double %v)", 1, 1),
    "another call in the loop": ("  %s = call double @llvm.sin.f64(double %v)\n"
                                 "  %m.next = call double @llvm.maxnum.f64(double %m, double %v)",
                                 0, 0),
    "a store in the loop": ("  store double %m, ptr %out\n"
                            "  %m.next = call double @llvm.maxnum.f64(double %m, double %v)",
                            0, 0),
    "an element that is not a load": ("  %w = fmul double %v, 2.0\n"
                                      "  %m.next = call double @llvm.maxnum.f64(double %m, "
                                      "double %w)", 0, 0),
}


def function(body: str):
    fn = parse_module(TEMPLATE.replace("BODY", body), "case.ll").get_function("f")
    canonicalize_loops(fn)
    return fn


@pytest.mark.parametrize("case", CASES)
def test_which_steps_become_selects(case):
    body, calls, recurrences = CASES[case]
    assert maxnum_chains_to_selects(function(body)) == calls
    assert rewrite_running_selects(function(body)) == recurrences


@pytest.mark.parametrize("name, wins", [("maxnum", "ogt"), ("minnum", "olt")])
def test_the_select_takes_the_element_when_it_wins_or_the_chain_is_nan(name, wins):
    fn = function(f"  %m.next = call double @llvm.{name}.f64(double %m, double %v)")
    maxnum_chains_to_selects(fn)
    select = next(i for i in fn.instructions() if i.opcode == "select")
    cond, element, chain = select.operands
    assert element.name == "v" and chain.name == "m" and cond.opcode == "or"
    compare, nan = cond.operands
    assert (compare.predicate, [o.name for o in compare.operands]) == (wins, ["v", "m"])
    assert (nan.predicate, [o.name for o in nan.operands]) == ("uno", ["m", "m"])
    assert not any(i.opcode == "call" for i in fn.instructions())
