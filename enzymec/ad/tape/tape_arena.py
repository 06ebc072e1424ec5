"""Where a loop tape's memory comes from, and trip counts known at compile time.

Two kinds of loop tapes (runtime/enzymec_rt.c):
- a *small constant* tape (a loop outside all others whose trip count is a compile-time
  constant, at most SMALL_TAPE_BYTES in all) is plain malloc'd memory, freed at the end of
  the gradient: LLVM knows malloc and free, and after unrolling it removes such a tape
  altogether (the talk's read-sum case, tests/ad/test_tape_removal.py);
- the tape of a loop outside all others whose trip count is known before it, in a function
  whose split-call records live on the per-thread record stack, is *stacked*: reserved once
  in the preheader, released where the reverse sweep leaves the loop (records pushed after it
  are popped before that); the runtime puts it on the record stack when it is small (a
  recursion's leaves: one small tape per call, all alive until the reverse sweep) and makes
  it a kept tape otherwise (the record stack aligns its items to RECORD_ALIGN bytes only,
  so a tape of elements aligned to more is kept);
- every other tape is *kept*: its buffer is given back to a per-thread store of buffers at
  the end of the gradient instead of being freed, and the next gradient's tapes take them.
  A large malloc'd tape is fresh pages on every call, each page faulted and zeroed by the
  kernel inside the gradient, which costs several times writing the tape into warm memory
  (benchmarks/RESULTS.md, logsumexp). The buffers stay allocated until the thread ends.

`constant_trip_count` also lets the reverse sweep use a loop's last iteration number as a
constant instead of taping it (the net's inner loop over 784 pixels taped `783` per image).
"""

from __future__ import annotations

from enzymec.analysis import canonical_induction
from enzymec.ir import ConstantInt

from .trip_count import increment_may_wrap, last_unwrapped_start

SMALL_TAPE_BYTES = 4096
RECORD_ALIGN = 8  # what the record stack rounds its items to (runtime/enzymec_rt.c)

# kind -> runtime helpers (without the __enzymec_ prefix): reserve, slot, release (None: free)
HELPERS = {
    "malloc": ("tape_reserve", "tape_slot", None),
    "kept": ("kept_tape_reserve", "kept_tape_slot", "kept_tape_release"),
    "stacked": ("stack_tape_reserve", None, "stack_tape_release"),
}


def tape_kind(loop, element_size: int, trip_known: bool, stack_records: bool) -> str:
    """The kind of `loop`'s tape of elements of `element_size` bytes (see above);
    `trip_known`: its trip count is computed in its preheader; `stack_records`: split-call
    records of this module are on the record stack (no user-split gradient)."""
    count = constant_trip_count(loop)
    if loop.parent is None and count is not None and count * element_size <= SMALL_TAPE_BYTES:
        return "malloc"
    if loop.parent is None and trip_known and stack_records:
        return "stacked"
    return "kept"


def constant_trip_count(loop) -> int | None:
    """The number of header runs per entry when start and bound are constants (the same
    shapes as trip_count.trip_count_value: one exiting block, step 1, exact test)."""
    iv = canonical_induction(loop)
    test = iv.trip_count if iv is not None else None
    if test is None or not test.exact or iv.step != 1:
        return None
    start, bound = iv.start, test.bound
    if not isinstance(start, ConstantInt) or not isinstance(bound, ConstantInt):
        return None
    distance = _signed(bound) - _signed(start)
    if test.predicate in ("sle", "ule"):
        distance += 1
    elif test.predicate == "ne":
        if distance < 0 or distance == 0 and test.tests_next:
            return None  # wraps around (start = bound: a do-while visiting every value)
    elif test.predicate not in ("slt", "ult"):
        return None
    if test.predicate in ("ult", "ule") and (_signed(start) < 0 or _signed(bound) < 0):
        return None
    if test.tests_next and test.predicate != "ne" and increment_may_wrap(iv, test.predicate):
        last = last_unwrapped_start(iv, test.predicate)  # a do-while's first step wrapping
        first = _signed(start) if test.predicate in ("slt", "sle") else start.value
        if last is None or first > last:
            return None
    if not test.tests_next:
        distance = max(distance, 0) + 1
    return max(distance, 1)


def _signed(value: ConstantInt) -> int:
    """The constant read as a signed integer of its width."""
    bits = value.type.bits
    v = value.value & ((1 << bits) - 1)
    return v - (1 << bits) if v >> (bits - 1) else v
