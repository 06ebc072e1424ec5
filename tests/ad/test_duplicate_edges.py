"""A switch naming one block in several cases gives duplicate edges, and LLVM wants one phi
entry per edge. The loop canonicalization (a preheader for a header entered from a switch
twice and from two other blocks) and the reverse sweep's record of the predecessor taken
(tests/c/switch_same_arms.c, fuzzer seed 140) must keep that: the module they leave is
checked by LLVM's verifier."""

from __future__ import annotations

import llvmlite.binding as llvm

from enzymec.ad.passes.canonicalize import canonicalize_loops
from enzymec.ir import parse_module, print_module

ENTERED_TWICE = r"""
define double @enter(double %x, i32 %k) {
entry:
  switch i32 %k, label %other [
    i32 0, label %loop
    i32 1, label %loop
    i32 2, label %side
  ]
side:
  %y = fmul double %x, %x
  br label %loop
other:
  %z = fadd double %x, 1.0
  br label %loop
loop:
  %s = phi double [ %x, %entry ], [ %x, %entry ], [ %y, %side ], [ %z, %other ], [ %t, %loop ]
  %i = phi i32 [ 0, %entry ], [ 0, %entry ], [ 0, %side ], [ 0, %other ], [ %j, %loop ]
  %t = fmul double %s, %x
  %j = add i32 %i, 1
  %more = icmp slt i32 %j, 3
  br i1 %more, label %loop, label %done
done:
  ret double %t
}
"""


def _verify(text: str) -> None:
    llvm.parse_assembly(text).verify()


def test_input_is_valid():
    _verify(ENTERED_TWICE)


def test_preheader_phi_has_an_entry_per_edge():
    module = parse_module(ENTERED_TWICE)
    canonicalize_loops(module.functions[0])
    text = print_module(module)
    assert ".merge" in text  # the preheader merges the outside values in a new phi
    _verify(text)
