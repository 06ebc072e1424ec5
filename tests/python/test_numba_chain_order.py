"""chain_order.py: a reverse loop's carried adjoint multiplied last, only where both products
carry the AD's `reassoc contract`; gradients through it are checked against finite
differences and autograd in test_numba_accurate_tanh.py (the recurrence it targets)."""

from __future__ import annotations

import llvmlite.binding as llvm
import pytest

from enzymec.numba.chain_order import reorder_chain_products

_LOOP = """define double @f(double %w, ptr %p, i64 %n) {{
entry:
  br label %loop
loop:
  %d = phi double [ 1.0, %entry ], [ %b2, %loop ]
  %i = phi i64 [ 0, %entry ], [ %next, %loop ]
  %a = fmul {flags} double %w, %d
  %q = getelementptr double, ptr %p, i64 %i
  %y = load double, ptr %q
  %r = fsub double 1.0, %y
  %b = fmul {flags} double %a, %r
  %a2 = fmul {flags} double %b, %w
  %b2 = fmul {flags} double %r, %a2{extra}
  %next = add i64 %i, 1
  %done = icmp eq i64 %next, %n
  br i1 %done, label %exit, label %loop
exit:
  ret double %b2
}}
"""


def _parses(text: str) -> None:
    llvm.parse_assembly(text).verify()


def test_carried_adjoint_is_multiplied_last_in_each_unrolled_copy():
    text = _LOOP.format(flags="reassoc contract", extra="")
    out, count = reorder_chain_products(text)
    assert count == 2
    _parses(out)
    body = out.split("loop:\n")[1]
    assert "%a = fmul reassoc contract double %w, %r\n  %b = fmul reassoc contract double %d, %a" \
        in body
    assert "%a2 = fmul reassoc contract double %w, %r\n  %b2 = fmul reassoc contract double " \
        "%b, %a2" in body
    assert body.index("%r = fsub") < body.index("%a = fmul")


@pytest.mark.parametrize("flags, extra", [
    ("fast", ""),  # a user's fastmath product: not the AD's to reorder
    ("contract", ""),  # no license to reassociate
    ("reassoc contract", "\n  %keep = fadd double %a, %a2"),  # %a and %a2 used twice
])
def test_left_alone(flags, extra):
    text = _LOOP.format(flags=flags, extra=extra)
    out, count = reorder_chain_products(text)
    assert (out, count) == (text, 0)
