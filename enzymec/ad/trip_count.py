"""The number of times a loop's header runs per entry, as IR computed in its preheader.

Only shapes whose count is exact are accepted (one exiting block, a counter stepping up by a
constant, an ordered or `!=` exit test against a loop-invariant bound); anything else returns
None and the tape falls back to growing as the loop runs. See `enzymec.analysis.induction`
for the formula: a test of the incremented counter (a rotated loop) runs the header
max(1, D) times, a test of the counter itself max(0, D) + 1 times, D = ceil((bound - start) /
step). Steps above one are the main loops of runtime-unrolled code (rustc's and flang's -O2
output: a counter stepping by 4 up to `n & -4`, tested with `==`; the analysis accepts `!=`
only for power-of-two steps, whose loops leave exactly when the distance is a multiple).
"""

from __future__ import annotations

from enzymec.analysis import canonical_induction
from enzymec.ir import I64, ConstantInt, Value
from enzymec.ir.builder import IRBuilder

_SIGNED = {"slt": True, "sle": True, "ult": False, "ule": False}


def trip_count_value(loop, function, recomputable: bool = False) -> Value | None:
    """The count as IR in the preheader; `recomputable`: made only of instructions the
    reverse sweep recomputes from their operands (no `llvm.smax` call, which it would tape)."""
    iv = canonical_induction(loop)
    test = iv.trip_count if iv is not None else None
    if test is None or not test.exact or iv.step < 1 or loop.preheader is None:
        return None
    predicate = test.predicate
    if predicate not in _SIGNED and predicate != "ne":
        return None
    if not _available_in_preheader(iv.start, loop) or not _available_in_preheader(test.bound, loop):
        return None
    b = IRBuilder(function).position_before(loop.preheader.terminator)
    extend = "sext" if _SIGNED.get(predicate, True) else "zext"
    start = b.cast(extend, iv.start, I64) if iv.start.type != I64 else iv.start
    bound = b.cast(extend, test.bound, I64) if test.bound.type != I64 else test.bound
    distance = b.sub(bound, start, "trip.distance")
    if predicate in ("sle", "ule"):
        distance = b.add(distance, 1)
    smax = _select_max if recomputable else IRBuilder.smax
    if iv.step > 1:  # ceil(max(0, D) / step): how many tested values pass
        distance = _ceil_div(b, smax(b, distance, 0), iv.step)
    if not test.tests_next:
        distance = b.add(smax(b, distance, 0), 1)
    return smax(b, distance, 1, "trip.count")


def final_counter_value(loop, function) -> Value | None:
    """The loop counter's value in the last iteration (count - 1), recomputable in the
    reverse sweep from the bound and start, or None if the count is not known."""
    count = trip_count_value(loop, function, recomputable=True)
    if count is None:
        return None
    b = IRBuilder(function).position_before(loop.preheader.terminator)
    return b.sub(count, 1, "iv.final.count")


def _ceil_div(b: IRBuilder, value: Value, step: int) -> Value:
    """ceil(value / step) for a non-negative `value` (below 2^63 - step: a trip count)."""
    return b.binary("udiv", b.add(value, step - 1), ConstantInt(I64, step), "trip.steps")


def _select_max(b: IRBuilder, value: Value, floor: int, name: str = "") -> Value:
    """max(value, floor) as compare and select."""
    return b.select(b.icmp("sgt", value, floor), value, floor, name)


def _available_in_preheader(value: Value, loop) -> bool:
    """Defined outside the loop (the preheader is dominated by every such definition that
    reaches the loop, since the preheader is the loop's only entry)."""
    return loop.is_invariant(value)
