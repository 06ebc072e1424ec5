"""Values of a nested loop that the reverse sweep needs after it: one per outer iteration.

A value computed in loop L and used after L, but inside a loop A around L, is wanted by
the reverse sweep as it was at that use: its last computation in the current iteration of
A (its definition dominates the use, so every path from A's header to the use runs
through it). A tape of L would keep every iteration of L for that (the net's running
`sum` of 10 exps, 10 elements per image where the reverse reads the last). Instead the
value goes to a tape of A, element A's tape index, stored where the value is computed:
each of L's iterations overwrites the element, the last one stays (as tape.py's final
caches do with one slot for a value used after all its loops).

Only where L's trip count is a compile-time constant (the net's 10 exps), for now: GMM's
log-sum-exp has the same shape with a run-time count (K), and its gradient measured 1-2.5%
slower with the exit tape (paired CPU time against main, four sizes, load 9-14, loops
aligned or not; benchmarks/RESULTS.md), although its code is the same but for the
element's index and one reservation fewer per point; not explained, so not taken.

An exit tape is a kept tape (tape_arena.py), never a stacked one, even where the loop
around is outside all others with a known trip count: it holds one element per outer
iteration (the net: 100 sums, 800 bytes), and putting it on the record stack would take
a record-stack chunk of 64 KiB in a gradient that otherwise has no records (106,536 ->
96,288 tape bytes at the net's first call, where kept it is 31,552).
"""

from __future__ import annotations

from .tape_arena import constant_trip_count


def tape_loop(loop, block):
    """The loop whose iterations index the tape of a value of `loop` that the reverse of
    `block` reads: `loop` itself, or the innermost loop around it containing `block` when
    `block` is outside `loop` and `loop`'s trip count is a compile-time constant."""
    around = loop
    while around is not None and not around.contains(block):
        around = around.parent
    if around is None or constant_trip_count(loop) is None:
        return loop
    return around


def exit_cache(tape, value, around, name: str):
    """The tape (made once) holding `value`'s last computation per iteration of `around`,
    a loop around the value's loop."""
    cache = tape.exit_caches.get((value, around))
    if cache is None:
        cache = tape.create_array_cache(value, around, name, exit_tape=True)
        tape.exit_caches[(value, around)] = cache
    return cache
