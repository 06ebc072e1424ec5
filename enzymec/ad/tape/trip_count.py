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
from enzymec.analysis.induction import increment_cannot_wrap
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
    if predicate == "ne" and iv.phi.type.bits < 64:
        return _wrapping_count(b, iv, test)
    extend = "sext" if _SIGNED.get(predicate, True) else "zext"
    start = b.cast(extend, iv.start, I64) if iv.start.type != I64 else iv.start
    bound = b.cast(extend, test.bound, I64) if test.bound.type != I64 else test.bound
    distance = b.sub(bound, start, "trip.distance")
    if test.tests_next and predicate != "ne" and increment_may_wrap(iv, predicate):
        distance = _first_step_wrap(b, iv, test, predicate, distance)
    if predicate in ("sle", "ule"):
        distance = b.add(distance, 1)
    if predicate == "ne" and test.tests_next and increment_cannot_wrap(iv):
        # A `!=` test of a `nuw` or `nsw` increment: reaching the bound without wrapping
        # needs bound > start, so bound - start is a positive multiple of the step on every run
        # that is not undefined; no max (whose select the reverse sweep would recompute
        # per entry, and which hides from LLVM that the count is affine in outer counters).
        return _ceil_div(b, distance, iv.step) if iv.step > 1 else distance
    smax = _select_max if recomputable else IRBuilder.smax
    if iv.step > 1:  # ceil(max(0, D) / step): how many tested values pass
        distance = _ceil_div(b, smax(b, distance, 0), iv.step)
    if not test.tests_next:
        distance = b.add(smax(b, distance, 0), 1)
    return smax(b, distance, 1, "trip.count")


def increment_may_wrap(iv, predicate: str) -> bool:
    """Whether the counter's increment may wrap (no `nuw`/`nsw` for the test's signedness):
    C's narrow counters (`++c` on a char or short is an add in the narrow type with no
    flag) wrap without undefined behaviour."""
    flag = "nsw" if _SIGNED[predicate] else "nuw"
    return iv.step > 0 and flag not in getattr(iv.next, "flags", "").split()


def _first_step_wrap(b: IRBuilder, iv, test, predicate: str, distance: Value) -> Value:
    """The distance of a loop testing its incremented counter when that increment may
    wrap. A loop entered with start < bound counts up to the bound without wrapping; one
    entered with start >= bound (a do-while) stops after one run unless its first increment
    wraps, as `do ... while (++c < n)` does with an 8-bit c = 250: c becomes 0, 1, ... and the
    loop runs 6 + n times. Then the distance is bound - start + 2^width (2^width itself
    when start = bound: such a loop visits every value once)."""
    width, last = iv.phi.type.bits, last_unwrapped_start(iv, predicate)
    if width >= 64 or last is None:
        return distance  # a 64-bit counter wrapping runs ~2^63 times: no loop that ends
    wraps = b.icmp("sgt" if _SIGNED[predicate] else "ugt", iv.start, ConstantInt(iv.phi.type, last))
    wrapped = b.add(distance, ConstantInt(I64, 1 << width))
    return b.select(wraps, wrapped, distance, "trip.distance.wrap")


def last_unwrapped_start(iv, predicate: str) -> int | None:
    """The largest start (read signed for a signed test) whose first increment does not
    wrap, or None if every start's does."""
    width = iv.phi.type.bits
    top = (1 << (width - 1)) - 1 if _SIGNED[predicate] else (1 << width) - 1
    return top - iv.step if top >= iv.step else None


def _wrapping_count(b: IRBuilder, iv, test) -> Value:
    """The count of a `!=` exit: the counter wraps in its own width, so a narrow counter that
    starts above its bound (an i8 going 10, 11, ..., 255, 0, ..., 199 to reach 200) runs
    (bound - start) mod 2^width times; the distance is taken in that width and zero-extended,
    never sign-extended (which read that loop's 190 iterations as -66, then as one). The
    step is a power of two (induction.py accepts no other), so the count is exact
    whenever the loop ends at all. 64-bit counters keep the signed formula: it agrees
    with this one on every loop that ends in less than 2^63 iterations. A test of the
    incremented counter first sees start + step: header runs = (bound - start - step) mod 2^width / step + 1."""
    start = iv.start
    if test.tests_next:
        start = b.add(start, ConstantInt(start.type, iv.step))
    distance = b.sub(test.bound, start, "trip.distance")
    if distance.type != I64:
        distance = b.cast("zext", distance, I64)
    if iv.step > 1:
        distance = b.binary("udiv", distance, ConstantInt(I64, iv.step), "trip.steps")
    return b.add(distance, 1, "trip.count")


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
