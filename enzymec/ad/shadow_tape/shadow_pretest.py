"""One test before a short loop instead of one per element (issue 11 item 6, tree_reduce):
where a shadow-taped loop (shadow_tape_apply.py) provably runs at most `SHORT_TRIPS`
iterations, the +0.0 test of its shadow elements is made once, before the loop, over all of
them (`__enzymec_shadow_bits`: the OR of their bit patterns, zero exactly when every element
is +0.0), and the loop stores its tape either all into the shadow or all onto the ordinary
tape.

Why: the per-element test loads `dx[i]` in the iteration and branches on it; in
tree_reduce's leaf that load waited behind the iteration's libm `sincos` call and kept the
loop from being unrolled, so the gradient took 2-8% longer than with the ordinary tape
(benchmarks/RESULTS.md). A test over a few cache lines before the loop costs a handful of
instructions, brings in the lines the loop is about to write anyway, and leaves a loop with
no test at all (its tape element's base is chosen before it, shadow_tape_apply.py's
`_short_forward`). A long loop keeps the per-element test: a pass
over all of its shadow first is a pass over memory (logsumexp's 32 MB `dx`).

Sound for the same reasons as the per-element test: all elements +0.0 is the case where
every per-element test would have passed, and otherwise the loop runs exactly the ordinary
tape (never a move). The elements tested are the loop's own: `S[start + k]` for the
`count` iterations the tape reserves (step 1, shadow_tape_apply._plan).
"""

from __future__ import annotations

from enzymec.ir import I64, ConstantInt

from ..analyses.linear_facts import Form, facts_at, nonnegative
from ..analyses.recursive_partition import latch_bound
from ..rules.runtime_calls import runtime_function

# a loop of at most this many iterations tests its shadow elements before it runs: 16
# doubles are two cache lines (tree_reduce's leaves of <= 16 elements)
SHORT_TRIPS = 16


def short_loop(loop, counter, dom) -> bool:
    """Whether `loop`, counted by `counter` (0, 1, ... up to its latch bound B), runs at
    most SHORT_TRIPS iterations: `SHORT_TRIPS - B >= 0` from the branches dominating its
    preheader (linear_facts.py; tree_reduce's `if (n <= 16)` around its leaf loop). Only a
    loop that leaves from its latch alone: then it runs exactly its tape's count of
    iterations, and the test reads no element the loop does not."""
    if loop.preheader is None or len(loop.latches) != 1 or loop.exiting != loop.latches:
        return False
    bound = latch_bound(loop, counter)
    if bound is None:
        return False
    return nonnegative(Form.constant(SHORT_TRIPS) - bound, facts_at(loop.preheader, dom))


def emit_pretest(ctx, builder, base, count, size):
    """`true` when the `count` elements of `size` bytes at `base` are all +0.0 bitwise (the
    OR of their bit patterns is zero), emitted at `builder`."""
    bytes_ = builder.mul(count, size, "shadow.test.bytes")
    bits = builder.call(runtime_function(ctx.module, "shadow_bits"), [base, bytes_],
                        name="shadow.bits")
    return builder.icmp("eq", bits, ConstantInt(I64, 0), "shadow.all.zero")
