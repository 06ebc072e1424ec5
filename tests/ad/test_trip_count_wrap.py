"""Loop counts of narrow counters that wrap, checked exhaustively against running the loop.

The tape of a loop is reserved (and its reverse sweep may be counted) from the count
`enzymec.ad.tape.trip_count.trip_count_value` computes in the preheader. For an 8-bit counter
every (start, bound) pair is tried here: the count's IR is JIT-compiled (llvmlite) and
compared with the number of header runs of the loop simulated in Python, in the shapes C's
`char` counters take: a `!=` test of the counter or of its increment (steps 1, 2, 4), and
do-while loops testing the incremented counter with an ordered predicate and no `nuw`/`nsw`
(`do ... while (++c < n)`, whose first increment wraps when c starts at the top of its
range). Pairs whose loop never ends (a `!=` bound the step skips) are left out.
`tape_arena.constant_trip_count` (constant start and bound) is checked on a seeded sample:
it may decline (None), never give a wrong count.
"""

from __future__ import annotations

import ctypes
import random

import llvmlite.binding as llvm
import pytest

from enzymec.ad.tape.tape_arena import constant_trip_count
from enzymec.ad.tape.trip_count import trip_count_value
from enzymec.analysis import loops
from enzymec.ir import parse_module, print_module

# (name, predicate that keeps the loop going, tests the incremented counter, step)
SHAPES = [
    ("ne_header", "ne", False, 1),
    ("ne_next", "ne", True, 1),
    ("ne_next_step2", "ne", True, 2),
    ("ne_header_step4", "ne", False, 4),
    ("ult_next", "ult", True, 1),
    ("ule_next", "ule", True, 1),
    ("slt_next", "slt", True, 1),
    ("sle_next", "sle", True, 1),
    ("ult_next_step2", "ult", True, 2),
    ("slt_header", "slt", False, 1),
    ("ult_header", "ult", False, 1),
]

HEADER_TEST = """
define i64 @count(i8 %a, i8 %n) {
entry:
  br label %loop
loop:
  %i = phi i8 [ %a, %entry ], [ %i.next, %body ]
  %go = icmp PRED i8 %i, %n
  br i1 %go, label %body, label %exit
body:
  %i.next = add i8 %i, STEP
  br label %loop
exit:
  ret i64 0
}
"""

NEXT_TEST = """
define i64 @count(i8 %a, i8 %n) {
entry:
  br label %loop
loop:
  %i = phi i8 [ %a, %entry ], [ %i.next, %loop ]
  %i.next = add i8 %i, STEP
  %go = icmp PRED i8 %i.next, %n
  br i1 %go, label %loop, label %exit
exit:
  ret i64 0
}
"""


def ir_text(predicate: str, tests_next: bool, step: int) -> str:
    text = NEXT_TEST if tests_next else HEADER_TEST
    return text.replace("PRED", predicate).replace("STEP", str(step))


def keeps_going(predicate: str, value: int, bound: int) -> bool:
    signed = lambda v: v - 256 if v >= 128 else v  # noqa: E731
    if predicate == "ne":
        return value != bound
    if predicate[0] == "s":
        value, bound = signed(value), signed(bound)
    return value < bound if predicate[1:] == "lt" else value <= bound


def header_runs(predicate: str, tests_next: bool, step: int, start: int, bound: int) -> int | None:
    """How often the loop's header runs, or None if it never stops (over 4 laps of 256)."""
    value, runs = start, 0
    while runs <= 1024:
        if not tests_next and not keeps_going(predicate, value, bound):
            return runs + 1
        runs += 1
        value = (value + step) & 255
        if tests_next and not keeps_going(predicate, value, bound):
            return runs
    return None


def counted(text: str):
    """The module with @count returning trip_count_value's count, and its loop."""
    module = parse_module(text)
    function = module.functions[0]
    loop = next(iter(loops(function)))
    count = trip_count_value(loop, function)
    assert count is not None, "the shape's count is known"
    ret = function.blocks[-1].terminator
    ret.set_operand(0, count)
    return module, loop


def jit(text: str, argument=ctypes.c_uint8):
    """The engine and @count(argument, argument) -> i64 of module `text`, compiled."""
    llvm.initialize_native_target()
    llvm.initialize_native_asmprinter()
    module = llvm.parse_assembly(text)
    module.verify()
    target = llvm.Target.from_default_triple().create_target_machine()
    engine = llvm.create_mcjit_compiler(module, target)
    engine.finalize_object()
    fn = ctypes.CFUNCTYPE(ctypes.c_int64, argument, argument)(
        engine.get_function_address("count"))
    return engine, fn


@pytest.mark.parametrize("name,predicate,tests_next,step", SHAPES, ids=[s[0] for s in SHAPES])
def test_count_of_every_start_and_bound(name, predicate, tests_next, step):
    module, _ = counted(ir_text(predicate, tests_next, step))
    engine, count = jit(print_module(module))
    checked = wrapped = 0
    wrong = []
    for start in range(256):
        for bound in range(256):
            runs = header_runs(predicate, tests_next, step, start, bound)
            if runs is None:
                continue
            if predicate != "ne" and step > 1 and runs > 256 // step + 1:
                continue  # an ordered test stepping over the top: not a loop C writes
            checked += 1
            wrapped += (start + step * (runs - 1)) > 255
            got = count(start, bound)
            if got != runs:
                wrong.append((start, bound, runs, got))
    del engine
    assert not wrong[:5], f"{name}: {len(wrong)} wrong counts (start, bound, runs, count)"
    # the shapes do reach the wrapping pairs this file is about
    assert checked > 1000 and (wrapped > 0 or predicate[1:] in ("lt", "le") and not tests_next)


@pytest.mark.parametrize("name,predicate,tests_next,step", SHAPES, ids=[s[0] for s in SHAPES])
def test_constant_count_is_right_or_declined(name, predicate, tests_next, step):
    rng = random.Random(20261130)
    pairs = [(rng.randrange(256), rng.randrange(256)) for _ in range(150)]
    pairs += [(255, 4), (127, 130), (10, 200), (250, 3), (4, 4)]  # wraps, crossings
    answered = 0
    for start, bound in pairs:
        runs = header_runs(predicate, tests_next, step, start, bound)
        text = ir_text(predicate, tests_next, step).replace(
            "[ %a, %entry ]", f"[ {start}, %entry ]").replace(", %n", f", {bound}")
        function = parse_module(text).functions[0]
        got = constant_trip_count(next(iter(loops(function))))
        if got is not None:
            answered += 1
            assert got == runs, (start, bound, runs, got)
    assert answered > 0 or step > 1
