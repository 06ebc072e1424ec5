"""Splitting a basic block in two: what a transform needs before it inserts control flow
(a call's result checked, a branch added in the middle of a block)."""

from __future__ import annotations

from .function import Function
from .instructions import Block


def split_block(function: Function, block: Block, index: int, suffix: str,
                right_after: bool = False) -> Block:
    """Move `block`'s instructions from `index` on into a new block named after it (with
    `suffix`), placed right after it or at the end of `function`; the successors' phis now
    come from the new block. `block` is left without a terminator: the caller adds one."""
    rest = Block(function.unique_name((block.name or "bb") + suffix))
    if right_after:
        function.insert_block_after(rest, block)
    else:
        function.append_block(rest)
    for inst in block.instructions[index:]:
        inst.remove_from_block()
        rest.append(inst)
    for successor in rest.successors:
        for phi in successor.phis:
            for i, op in enumerate(phi.operands):
                if op is block:
                    phi.set_operand(i, rest)
    return rest
