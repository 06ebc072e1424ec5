"""Branches on constants, folded after inlining.

Inlining a callee at a call site with constant arguments leaves its branches on them: a
`std::function`'s manager, promoted from an indirect call (indirect.py) and inlined with
the operation `3` (destroy), keeps the switch over every operation, and the cases never
taken still store a pointer into the functor's storage where the captured double lives.
The analyses read dead code as if it ran (type analysis then sees a pointer and a double
at one offset, and the double's copy stays an integer copy: punning_check.py refused it),
so each `br i1 <constant>` and `switch <constant>` becomes a branch to the one successor it
takes, and the blocks nothing reaches any more are deleted (as clang would have done had it
seen the call's target).
"""

from __future__ import annotations

from enzymec.ir import VOID, Block, ConstantInt, Function, Instruction, SwitchInst

from .inline import remove_unreachable_blocks


def fold_constant_branches(function: Function) -> bool:
    """Fold every conditional branch and switch on a constant in `function`; whether any
    was folded."""
    folded = False
    for block in function.blocks:
        term = block.terminator
        target = _taken(term) if term is not None else None
        if target is None:
            continue
        for successor in set(term.successors()):
            keep = 1 if successor is target else 0
            for phi in successor.phis:
                pairs, kept = [], 0
                for value, pred in phi.incoming:
                    if pred is block:
                        if kept == keep:
                            continue
                        kept += 1
                    pairs += [value, pred]
                phi.set_operands(pairs)
        term.erase()
        block.append(Instruction("br", VOID, [target]))
        folded = True
    if folded:
        remove_unreachable_blocks(function)
    return folded


def _taken(term: Instruction) -> Block | None:
    """The successor a branch or switch on a constant takes, else None."""
    if term.opcode == "br" and len(term.operands) == 3 and \
            isinstance(term.operands[0], ConstantInt):
        return term.operands[1] if term.operands[0].value else term.operands[2]
    if isinstance(term, SwitchInst) and isinstance(term.operands[0], ConstantInt):
        bits = getattr(term.operands[0].type, "bits", 64)
        value = term.operands[0].value % (1 << bits)  # cases may be spelt signed
        for case, block in term.cases:
            if not isinstance(case, ConstantInt):
                return None
            if case.value % (1 << bits) == value:
                return block
        return term.operands[1]
    return None
