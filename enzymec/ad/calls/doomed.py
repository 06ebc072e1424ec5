"""Calls on paths that can only end in a throw or an abort carry no derivative.

Why: a validation check builds its message from the active value before throwing
(`if (v < 0) throw std::domain_error("negative: " + std::to_string(v));`), or prints it
before `abort()`. No derivative computed on such a path can reach the caller: the function
never returns normally from it (and an exception cannot leave a gradient). Differentiating
those calls anyway refused valid code (std::to_string's vsnprintf wrapper "takes variable
arguments"). Enzyme skips such blocks too. A call is doomed when no path from its block
reaches a `ret`; what counts is the function as it is when the call's kind is first asked
(before the AD adds blocks), so the answer for a call never changes. Non-local jumps are
not doomed: a longjmp's path goes on at its setjmp.
"""

from __future__ import annotations

from enzymec.analysis.cfg import reaching
from enzymec.ir import CallInst


class DoomedCalls:
    """Per call, once: whether it is doomed (see the module doc)."""

    def __init__(self) -> None:
        self._calls: dict = {}
        self._blocks: dict = {}  # function -> the blocks from which a ret can be reached

    def holds(self, call: CallInst) -> bool:
        found = self._calls.get(call)
        if found is None:
            block = call.block
            fn = block.function if block is not None else None
            if fn is None:
                return False  # not placed yet: nothing to tell
            living = self._blocks.get(fn)
            if living is None:
                living = self._blocks[fn] = returning_blocks(fn)
            found = self._calls[call] = bool(living) and block not in living
        return found


def returning_blocks(fn) -> set:
    """The blocks of `fn` with a path to a `ret` (empty when it has none: then nothing is
    called doomed, a function that never returns is refused elsewhere)."""
    return reaching([b for b in fn.blocks
                     if b.terminator is not None and b.terminator.opcode == "ret"])
