"""Split pairs whose reverse finds its record on top of the record stack (issue 11).

A recursion's split call used to hand its callee's tape record back to the callee's reverse
as a pointer: the caller kept the pointer (8 bytes in its own record per call: tree_reduce's
two children, 16 of its 80 bytes). Records on the per-thread record stack are released in
the reverse order of their allocation (split.py): when the caller's reverse calls a callee's
reverse, everything pushed after the callee's record (the callee's callers' records, the
caller's own record and its stacked loop tapes) has been popped already, and everything the
callee pushed before it is popped by the callee's reverse. So the callee's record is the top
of the stack: `__enzymec_record_top(size)` (runtime/enzymec_rt.c) finds it, and the caller
passes a null tape. Only pairs the engine builds with stack records are marked: a user's
custom pair, an OpenMP region's pair and the pairs of user-split gradients (heap records,
reverses in any order) still get their tape.
"""

from __future__ import annotations


def mark_record_on_top(reverse) -> None:
    """`reverse` (a split pair's reverse, stack records) reads its record from the top."""
    module = reverse.module
    if not hasattr(module, "records_on_top"):
        module.records_on_top = set()
    module.records_on_top.add(reverse)


def record_on_top(reverse) -> bool:
    """Whether calls of `reverse` pass no tape (it takes the top record itself)."""
    return reverse in getattr(reverse.module, "records_on_top", ())
