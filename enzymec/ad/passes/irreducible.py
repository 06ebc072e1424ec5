"""Irreducible control flow is a located error in reverse mode.

A cycle that can be entered at more than one block (a `goto` into the middle of a loop) has
no header that dominates it, so loops.py does not see a loop there: the reverse sweep
would get no iteration counter and no tape index for it, and its gradient ran forever or
read past its tapes. Rather than a wrong number, such a function is refused at the edge
that closes the cycle. An edge u -> v found while v is still on the depth-first stack
closes a cycle; the cycle is a natural loop exactly when v dominates u.
"""

from __future__ import annotations

MESSAGE = ("cannot differentiate irreducible control flow: this jump closes a cycle that "
           "can also be entered elsewhere (a goto into a loop)")
NOTE = "give the cycle a single entry (jump to its first statement and branch from there)"


def check_reducible(ctx) -> None:
    """Fail at the first jump closing a cycle whose target does not dominate it."""
    edge = first_irreducible_edge(ctx.fn.blocks[0], ctx.dom) if ctx.fn.blocks else None
    if edge is not None:
        ctx.fail(edge[0].terminator, MESSAGE, NOTE)


def first_irreducible_edge(entry, dom):
    """(u, v) for the first retreating edge of a depth-first walk from `entry` whose target
    does not dominate its source, else None (iterative: deep CFGs must not recurse)."""
    on_stack, done = {entry}, set()
    stack = [(entry, iter(entry.successors))]
    while stack:
        block, successors = stack[-1]
        child = next(successors, None)
        if child is None:
            stack.pop()
            on_stack.discard(block)
            done.add(block)
        elif child in on_stack:
            if not dom.dominates(child, block):
                return block, child
        elif child not in done:
            on_stack.add(child)
            stack.append((child, iter(child.successors)))
    return None
