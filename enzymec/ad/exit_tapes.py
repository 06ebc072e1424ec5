"""Values of a nested loop that the reverse sweep needs after it: one per outer iteration.

A value computed in loop L and used after L, but inside a loop A around L, is wanted by
the reverse sweep as it was at that use: its last computation in the current iteration of
A (its definition dominates the use, so every path from A's header to the use runs
through it). A tape of L would keep every iteration of L for that (the net's running
`sum` of 10 exps, 10 elements per image where the reverse reads the last). Instead the
value goes to a tape of A, element A's tape index, stored where the value is computed:
each of L's iterations overwrites the element, the last one stays (as tape.py's final
caches do with one slot for a value used after all its loops).

An exit tape is a kept tape (tape_arena.py), never a stacked one, even where the loop
around is outside all others with a known trip count: it holds one element per outer
iteration (the net: 100 sums, 800 bytes), and putting it on the record stack would take
a record-stack chunk of 64 KiB in a gradient that otherwise has no records (106,536 ->
96,288 tape bytes at the net's first call, where kept it is 31,552).
"""

from __future__ import annotations


def enclosing_loop(loop, block):
    """The innermost of `loop` and the loops around it that contains `block` (None: no
    loop around `loop` contains it)."""
    while loop is not None and not loop.contains(block):
        loop = loop.parent
    return loop


def exit_cache(tape, value, around, name: str):
    """The tape (made once) holding `value`'s last computation per iteration of `around`,
    a loop around the value's loop."""
    cache = tape.exit_caches.get((value, around))
    if cache is None:
        cache = tape.create_array_cache(value, around, name, exit_tape=True)
        tape.exit_caches[(value, around)] = cache
    return cache
