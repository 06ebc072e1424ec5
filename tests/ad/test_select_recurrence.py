"""The index-only select recurrence (enzymec/ad/reverse/select_recurrence.py): which loops it
rewrites, that the rewritten loop reloads the element of the last taken select, and that
after -O3 the gradient of a running maximum keeps no per-element tape and no reverse loop.
Gradients of programs it applies to are checked in tests/c (running_max_min.c,
running_max_rows.c, logsumexp.c)."""

from __future__ import annotations

import pytest

from enzymec.ad.passes.canonicalize import canonicalize_loops
from enzymec.ad.reverse.select_recurrence import rewrite_select_recurrences
from enzymec.analysis import loops
from enzymec.ir import CallInst, parse_module

from test_tape_removal import optimized_function  # tests/ad is on sys.path (rootdir)

# %BODY is replaced by each case's loop body; %m.next is the select of the running maximum
TEMPLATE = """
define double @f(ptr %x, i64 %n, ptr %out) {
entry:
  %x0 = load double, ptr %x
  br label %loop
loop:
  %i = phi i64 [ 1, %entry ], [ %i.next, %loop ]
  %m = phi double [ %x0, %entry ], [ %m.next, %loop ]
  %p = getelementptr inbounds double, ptr %x, i64 %i
  %v = load double, ptr %p
  %c = fcmp ogt double %v, %m
BODY
  %i.next = add nsw i64 %i, 1
  %done = icmp eq i64 %i.next, %n
  br i1 %done, label %exit, label %loop
exit:
  %r = fmul double %m.next, RESULT
  ret double %r
}
"""

CASES = {
    # (loop body, result's other factor, recurrences rewritten)
    "taken arm first": ("  %m.next = select i1 %c, double %v, double %m", "2.0", 1),
    "kept arm first": ("  %m.next = select i1 %c, double %m, double %v", "2.0", 1),
    "a store in the loop": ("  %m.next = select i1 %c, double %v, double %m\n"
                            "  store double %m, ptr %out", "2.0", 0),
    "a call in the loop": ("  %m.next = select i1 %c, double %v, double %m\n"
                           "  call void @g()", "2.0", 0),
    "the phi used after the loop": ("  %m.next = select i1 %c, double %v, double %m",
                                    "%m", 0),
    "the chain feeds arithmetic": ("  %w = fmul double %m, 0.5\n"
                                   "  %m.next = select i1 %c, double %v, double %w",
                                   "2.0", 0),
    "an arm that is not a load": ("  %s = fmul double %v, 3.0\n"
                                  "  %m.next = select i1 %c, double %s, double %m",
                                  "2.0", 0),
}


def rewritten(body: str, factor: str):
    text = TEMPLATE.replace("BODY", body).replace("RESULT", factor)
    module = parse_module("declare void @g()\n" + text, "case.ll")
    fn = module.get_function("f")
    canonicalize_loops(fn)
    return fn, rewrite_select_recurrences(fn)


@pytest.mark.parametrize("case", CASES)
def test_which_loops_are_rewritten(case):
    body, factor, expected = CASES[case]
    assert rewritten(body, factor)[1] == expected


def test_the_result_outside_reloads_the_last_taken_element():
    fn, count = rewritten(CASES["taken arm first"][0], "2.0")
    assert count == 1
    r = next(i for i in fn.instructions() if i.name == "r")
    final = r.operands[0]
    assert final.opcode == "select"
    taken, element, init = final.operands
    assert element.opcode == "load" and init.name == "x0"
    address = element.operands[0]
    assert address.opcode == "getelementptr" and address.operands[0].name == "x"
    index = address.operands[1]  # the index recorded where the select took its arm
    assert index.opcode == "phi" and index.incoming[0][0].opcode == "select"
    assert taken.opcode == "phi"


RUNNING_MAX = r"""
#include <enzyme.h>
double runmax(const double *x, long n) {
    double m = x[0];
    for (long i = 1; i < n; i++)
        m = x[i] > m ? x[i] : m;
    return m * m;
}
void d_runmax(const double *x, double *dx, long n) {
    __enzyme_autodiff((void *)runmax, enzyme_dup, x, dx, enzyme_const, n);
}
"""


def test_gradient_of_a_running_maximum_has_no_tape_and_one_loop(tmp_path):
    fn = optimized_function(tmp_path, RUNNING_MAX, "d_runmax")
    called = {i.called_function.name for i in fn.instructions()
              if isinstance(i, CallInst) and i.called_function is not None}
    assert not called & {"malloc", "__enzymec_tape_acquire", "__enzymec_stack_tape_take"}
    assert len(loops(fn).top_level) == 1  # the forward loop; its reverse is gone
