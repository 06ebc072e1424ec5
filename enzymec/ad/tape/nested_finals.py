"""Which nested loops keep their last counter taped although their trip count is constant.

A loop inside another one whose trip count is a compile-time constant needs no tape for
its last counter: the reverse sweep starts its reverse loop at count - 1 (tape.note_final).
One exception, for LLVM's sake. When a nested loop's bounds are the same in every
iteration of its parent, LLVM's loop vectorizer widens the loop's run-time alias check
over the whole parent loop so that it can be hoisted out of it (LoopUtils `expandBounds`,
`-hoist-runtime-checks`, on by default in LLVM 22), and it requires the parent's
stride to be non-negative: `stride < 0` is or-ed into the conflict flag. The reverse
sweep runs the parent backwards, so its stride is negative, the check folds to "always
conflicts", and LoopVectorize gives up without a remark (it bails out when the checks are
known to fail). The net benchmark's dW reverse loop `dW[o][j] += d * x[j]` stayed scalar
that way. With the count read from a tape, the nested loop's bounds change from one parent
iteration to the next as far as LLVM can tell, its check is made per entry, and the loop
is vectorized. So the count stays taped exactly where LLVM would need such a check: an
innermost loop inside another loop that touches memory other than the function's own
allocas (its reverse then updates a shadow LLVM cannot tell apart from what it reads).
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst

MEMORY_OPCODES = ("load", "store")


def keeps_taped_final(loop) -> bool:
    """Whether `loop`'s constant last counter stays taped (see the module doc)."""
    if loop.parent is None or loop.children:
        return False
    return any(_touches_outside_memory(inst) for block in loop.blocks
               for inst in block.instructions)


def _touches_outside_memory(inst) -> bool:
    """A load or store through a pointer not derived from an alloca of the function."""
    if inst.opcode not in MEMORY_OPCODES:
        return False
    pointer = inst.operands[0] if inst.opcode == "load" else inst.operands[1]
    return not isinstance(underlying_object(pointer), AllocaInst)
