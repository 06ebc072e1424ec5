"""Bring the forward copy of a function into the loop shape the reverse sweep relies on.

Every loop gets (LLVM's LoopSimplify form, plus one more rule):
- a preheader: a single block outside the loop whose only successor is the header;
- a single latch: all back edges pass through one block;
- split exit edges: each edge leaving a loop gets a block of its own, where the number of
  iterations the loop ran is recorded and where the reverse sweep re-enters the loop.
Phis of the edge targets are rewired; values keep dominating their uses since a new block
only sits on edges that already existed.
"""

from __future__ import annotations

from enzymec.analysis import loops
from enzymec.ir import Block, Function, Instruction, PhiInst, VOID


def split_edges(function: Function, preds: list[Block], target: Block, name: str) -> Block:
    """Route the edges `preds -> target` through a new block; returns it."""
    new = Block(function.unique_name(name))
    function.blocks.insert(function.blocks.index(target), new)
    new.function = function
    pred_set = set(preds)
    for pred in preds:
        term = pred.terminator
        for index, op in enumerate(term.operands):
            if op is target:
                term.set_operand(index, new)
    for phi in target.phis:
        _rewire_phi(phi, pred_set, preds, new)
    new.append(Instruction("br", VOID, [target]))
    return new


def _rewire_phi(phi: PhiInst, pred_set: set, preds: list[Block], new: Block) -> None:
    moved = {}
    kept = []
    for value, block in phi.incoming:
        if block in pred_set:
            moved.setdefault(block, value)
        else:
            kept.append((value, block))
    if len(moved) == 1:
        incoming = next(iter(moved.values()))
    else:
        merged = PhiInst("phi", phi.type)
        for pred in preds:
            for _ in range(new.edges_from(pred) if pred in moved else 0):
                merged.add_incoming(moved[pred], pred)  # one entry per edge
        merged.name = new.function.unique_name((phi.name or "v") + ".merge")
        new.append(merged)
        incoming = merged
    phi.set_operands([x for pair in kept for x in pair] + [incoming, new])


def canonicalize_loops(function: Function) -> None:
    """Give every loop a preheader, a single latch and split exit edges.

    A fix splits edges into or out of one loop, adding a block to the loops around it: the
    forest is recomputed after each round, and a round fixes only loops that are neither
    inside nor around a loop it already fixed (their block sets are then still exact), so
    a function of many sibling loops takes a few rounds, not one per loop."""
    for fix in (_ensure_preheader, _ensure_single_latch, _split_exits):
        while _fix_round(function, fix):
            pass


def _fix_round(function: Function, fix) -> bool:
    """Apply `fix` to the loops not nested with one fixed before; whether any changed."""
    blocked: set = set()
    changed = False
    for loop in loops(function):
        if loop in blocked:
            changed = True  # not looked at this round: the next one does
            continue
        if fix(function, loop):
            changed = True
            blocked.update(_nested_with(loop))
    return changed


def _nested_with(loop) -> list:
    """`loop`, the loops around it and the loops inside it."""
    out, outer = [], loop.parent
    while outer is not None:
        out.append(outer)
        outer = outer.parent
    stack = [loop]
    while stack:
        inner = stack.pop()
        out.append(inner)
        stack.extend(inner.children)
    return out


def _ensure_preheader(function: Function, loop) -> bool:
    if loop.preheader is not None:
        return False
    entering = [p for p in loop.header.predecessors if not loop.contains(p)]
    split_edges(function, entering, loop.header, "preheader")
    return True


def _ensure_single_latch(function: Function, loop) -> bool:
    if len(loop.latches) <= 1:
        return False
    split_edges(function, loop.latches, loop.header, "latch")
    return True


def _split_exits(function: Function, loop) -> bool:
    for exiting in loop.exiting:
        for target in exiting.successors:
            if loop.contains(target):
                continue
            if len(target.predecessors) == 1 and _is_split_block(target):
                continue
            split_edges(function, [exiting], target, "loop.exit")
            return True
    return False


def _is_split_block(block: Block) -> bool:
    """A block made by `_split_exits`: only a branch (phis allowed)."""
    body = [i for i in block.instructions if not isinstance(i, PhiInst)]
    return len(body) == 1 and body[0].opcode == "br" and len(body[0].operands) == 1
