"""The count of a loop whose `!=` test reads a `nuw` or `nsw` increment has no max.

Such a loop reaches its bound without wrapping only when bound > start (any other run is
undefined: the increment would wrap, a poison exit test), so trip_count_value gives
bound - start (ceil of it over the step) with no `max(1, ...)`: a max would be a select the
reverse sweep recomputes at every entry of the loop's reverse and, in a triangular nest
(GMM's rows, `for j = c + 1; j < d`), hides from LLVM that the count is affine in the
outer counter. Checked here: the count JIT-compiled against the loop's header runs on
seeded (start, bound) pairs with bound > start, the IR of the count (no select, no smax),
and that a counter with neither flag keeps the max.
"""

from __future__ import annotations

import ctypes
import random

import pytest

from enzymec.ad.tape.trip_count import trip_count_value
from enzymec.analysis import loops
from enzymec.ir import parse_module, print_module

from test_trip_count_wrap import jit  # tests/ad is on sys.path (rootdir)

LOOP = """
define i64 @count(i64 %a, i64 %n) {
entry:
  br label %loop
loop:
  %i = phi i64 [ %a, %entry ], [ %i.next, %loop ]
  %i.next = add FLAGS i64 %i, STEP
  %stop = icmp eq i64 %i.next, %n
  br i1 %stop, label %exit, label %loop
exit:
  ret i64 0
}
"""


def counted(flags: str, step: int):
    """The module with @count returning trip_count_value's count, and the count."""
    module = parse_module(LOOP.replace("FLAGS", flags).replace("STEP", str(step)))
    function = module.functions[0]
    count = trip_count_value(next(iter(loops(function))), function)
    assert count is not None, "the shape's count is known"
    function.blocks[-1].terminator.set_operand(0, count)
    return module, function


def count_ops(function) -> set[str]:
    """The opcodes (and called intrinsics) of the entry block, where the count is built."""
    ops = set()
    for inst in function.blocks[0].instructions:
        ops.add(inst.opcode)
        callee = getattr(inst, "callee", None)
        if callee is not None:
            ops.add(getattr(callee, "name", str(callee)))
    return ops


@pytest.mark.parametrize("flags", ["nuw", "nsw", "nuw nsw"])
@pytest.mark.parametrize("step", [1, 2, 4])
def test_no_max_and_the_right_count(flags, step):
    module, function = counted(flags, step)
    ops = count_ops(function)
    assert "select" not in ops and not any("max" in op for op in ops), ops
    engine, count = jit(print_module(module), ctypes.c_int64)
    rng = random.Random(20261130 + step)
    checked = 0
    for _ in range(300):
        start = rng.randrange(-1000, 1000)
        runs = rng.randrange(1, 60)  # the header runs; the bound is where the test stops
        assert count(start, start + step * runs) == runs, (start, runs)
        checked += 1
    del engine
    assert checked == 300


def test_a_counter_that_may_wrap_keeps_the_max():
    _, function = counted("", 1)
    ops = count_ops(function)
    assert "select" in ops or any("max" in op for op in ops), ops
