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
    """Give every loop a preheader, a single latch and split exit edges."""
    for fix in (_ensure_preheader, _ensure_single_latch, _split_exits):
        while True:
            changed = False
            for loop in loops(function):
                if fix(function, loop):
                    changed = True
                    break  # the loop forest changed: recompute it
            if not changed:
                break


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
