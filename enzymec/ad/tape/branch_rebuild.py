"""Phis of constants rebuilt from the branch that chose their edge, instead of taped.

The reverse sweep must know by which edge each join was entered: a `came.from` phi of
constants at the join (reverse.py), looked up in the join's reverse; inside a loop it was
taped every iteration (4 bytes). GMM's qtimesx skips its inner loop on the last row: the
join after that loop had a 4-byte tape per row of every (point, component) pair, 4 MB per
gradient at d = 20, K = 50, n = 1000, and the component loop's join one per pair.

A join J with exactly two predecessors, A and P, where A ends in `br c, X, Y` with exactly
one of X, Y equal to J: on every entry to J, the last run of A before it either jumped to J
(J entered from A) or jumped to the other successor, from which J was reached without
running A again, so from P. When A dominates J in the same innermost loop (or both outside
loops), that run of A is in the same iteration as J's, so a phi of constants at J equals
`select(c, value on A's true side, value on its false side)`, with the `c` of J's
iteration, which the reverse sweep looks up like any value. Used only when `c` itself needs
no tape (a comparison of counters and bounds), so that no tape grows in exchange.
"""

from __future__ import annotations

from enzymec.ir import ConstantInt, PhiInst


def branch_choice(tape, phi, depth: int = 0):
    """(c, value when c is true, value when c is false) for a phi the branch decides (see
    the module doc), or None; `depth`: that of Tape.needs_tape asking, which bounds it."""
    if not isinstance(phi, PhiInst) or not all(isinstance(v, ConstantInt)
                                               for v, _ in phi.incoming):
        return None
    join = phi.block
    preds = {block for _, block in phi.incoming}
    if len(preds) != 2:
        return None
    for branching in preds:
        found = _decided_by(tape, phi, branching, join, depth)
        if found is not None:
            return found
    return None


def _decided_by(tape, phi, branching, join, depth):
    term = branching.terminator
    if term is None or term.opcode != "br" or len(term.operands) != 3:
        return None
    cond, on_true, on_false = _branch_parts(term)
    if (on_true is join) == (on_false is join):
        return None
    if tape.loop_info.loop_for(branching) is not tape.loop_info.loop_for(join) \
            or not tape.dom.dominates(branching, join):
        return None
    (other,) = {block for _, block in phi.incoming} - {branching}
    direct, through = phi.incoming_value_for(branching), phi.incoming_value_for(other)
    if tape.needs_tape(cond, depth + 1):
        return None
    return (cond, direct, through) if on_true is join else (cond, through, direct)


def emit_branch_choice(tape, found, builder, forward_block):
    """The phi's value in the iteration being reversed: a select on the looked-up `c`."""
    cond, if_true, if_false = found
    return builder.select(tape.lookup(cond, builder, forward_block), if_true, if_false)


def _branch_parts(term):
    """(condition, true successor, false successor) of a conditional `br`."""
    cond, first, second = term.operands
    return cond, first, second
