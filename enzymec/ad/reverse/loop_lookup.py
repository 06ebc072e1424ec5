"""Lookups hoisted out of a loop's reverse: one lookup point per loop.

A forward value defined before a loop and used inside it is the same in every iteration,
but the reverse sweep looked it up in the reverse block of its use, so the reverse of every
iteration rebuilt it: GMM's `xc[i] = x[i] - mu[i]`, forwarded from its store
(store_forwarding.py), was reloaded and subtracted again in each reverse iteration of
qtimesx's inner loop, and LLVM could not hoist the loads above the stores into shadows that
may alias `x` and `mu` for all it knows.

Here each loop L with one exit block X (whose only predecessor is L's exiting block, X
inside L's parent) gets a lookup point: a block between the reverse of the exit edge and
the reverse of the exiting block, the only way into L's reverse, so it dominates all of it.
A value defined outside L whose block dominates L's header is looked up there once per
reverse of L, as seen from X. That is the same value it would be inside L's reverse: only
the counters of L and of the loops inside it change while L is reversed, and a value
outside L reads none of them (X lies in every loop around L, so lookups from X see the
same iterations of those loops as lookups from inside L). The outermost such loop not
containing the value is chosen, so a value outside a whole nest is looked up once per
reverse of the nest.

A lookup point that loads memory (a reloaded or forwarded value, a tape) makes the reverse
loops between it and the use ones LLVM may now vectorize: the loads that may alias the
shadow stores are gone from them. Measured on GMM (paired, CPU time), qtimesx's reverse
inner loop vectorized (16 doubles an iteration on AVX-512, runtime alias checks, a vector
reduction per row) was 25% faster at d = 64 but 14% slower at d = 2 and slower at d = 20
than kept scalar, where every size gained; the expert's loop is scalar too. So those loops
are kept scalar (loop_hints.py), as they were before their loads left them.
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst, Block, Instruction, Value
from enzymec.ir.builder import IRBuilder

from .loop_hints import calls_scalar_math, interleave_once, keep_rolled, keep_scalar, loop_blocks
from .loop_versions import version_long_runs


class LoopLookupPoints:
    """The lookup point of each eligible loop, made when first needed (by a lookup or by
    the reverse of the loop's exit edge, whichever comes first)."""

    def __init__(self, ctx, reverse_of: dict):
        self.ctx = ctx
        self.reverse_of = reverse_of
        self.points: dict = {}       # loop -> its lookup point block
        self.exit_of: dict = {}      # loop -> its exit block X, or None when not eligible
        self.below: dict = {}        # loop -> the loops its point serves lookups to
        self.back_jumps: dict = {}   # loop -> the back edge of its reverse (reverse.py)

    def exit_block(self, loop) -> Block | None:
        """X when `loop` can have a lookup point (see the module doc), else None."""
        if loop not in self.exit_of:
            self.exit_of[loop] = self._eligible_exit(loop)
        return self.exit_of[loop]

    def _eligible_exit(self, loop) -> Block | None:
        if len(loop.exits) != 1:
            return None
        (exit_block,) = loop.exits
        preds = self.ctx.preds.get(exit_block, [])
        if len(preds) != 1 or not loop.contains(preds[0]):
            return None
        if exit_block not in self.reverse_of or preds[0] not in self.reverse_of:
            return None
        if loop.parent is not None and not loop.parent.contains(exit_block):
            return None
        return exit_block

    def point(self, loop) -> Block:
        """The lookup point of an eligible `loop`: ends with a jump into the reverse of its
        exiting block."""
        block = self.points.get(loop)
        if block is None:
            fn = self.ctx.fn
            block = Block(fn.unique_name("reverse.enter." + (loop.header.name or "loop")))
            fn.append_block(block)
            (exiting,) = self.ctx.preds[self.exit_block(loop)]
            IRBuilder(fn).position_at_end(block).br(self.reverse_of[exiting])
            self.points[loop] = block
        return block

    def edge_target(self, block: Block, pred: Block) -> Block:
        """Where the reverse of the edge pred -> block jumps: the lookup point of the loop
        this edge leaves (the outermost one it leaves) when that loop has one, else the
        reverse of `pred`."""
        loop, left = self.ctx.loop_info.loop_for(pred), None
        while loop is not None and not loop.contains(block):
            left, loop = loop, loop.parent
        if left is not None and self.exit_block(left) is block:
            return self.point(left)
        return self.reverse_of[pred]

    def hoisted(self, value: Value, forward_block: Block):
        """(builder at the lookup point, X) for looking `value` up once per reverse of the
        outermost eligible loop around `forward_block` that does not contain it; None when
        `value` is looked up where it is used."""
        if not isinstance(value, Instruction) or value.block is None:
            return None
        loop, target, chain = self.ctx.loop_info.loop_for(forward_block), None, []
        while loop is not None and not loop.contains(value.block):
            chain.append(loop)
            if self.exit_block(loop) is not None \
                    and self.ctx.dom.dominates(value.block, loop.header):
                target = loop
            loop = loop.parent
        if target is None:
            return None
        self.below.setdefault(target, set()).update(chain[:chain.index(target) + 1])
        point = self.point(target)
        builder = IRBuilder(self.ctx.fn).position_before(point.terminator)
        return builder, self.exit_block(target)

    def keep_loops_scalar(self, versions: bool = False) -> None:
        """Once the reverse is built: the reverse loops under a point that loads memory stay
        scalar (see the module doc); with `versions`, each that can gets a vectorizable
        copy for long trips (loop_versions.py); every other reverse loop that calls a math
        function LLVM cannot vectorize is not interleaved (loop_hints.interleave_once)."""
        loops = set()
        for loop, point in self.points.items():
            if any(_loads_memory(inst) for inst in point.instructions):
                loops |= self.below.get(loop, set())
        kept = [loop for loop in self.ctx.loop_info if loop in loops and loop in self.back_jumps]
        twins = version_long_runs(self.ctx, kept, self.points, self.back_jumps) \
            if versions else {}
        module = self.ctx.fn.module
        keep_scalar(module, [self.back_jumps[loop] for loop in kept if loop not in twins])
        keep_scalar(module, [self.back_jumps[loop] for loop in kept if loop in twins], True)
        keep_rolled(module, list(twins.values()))
        interleave_once(module, [jump for jump in self.back_jumps.values() if
                                 jump.block is not None and _unmarked(jump) and
                                 calls_scalar_math(loop_blocks(jump))])


def _unmarked(jump) -> bool:
    """A back edge no hint was put on yet (kept scalar: interleaving is off already)."""
    return all(kind != "llvm.loop" for kind, _ in jump.metadata)


def _loads_memory(inst: Instruction) -> bool:
    """A load from memory other than a stack slot (which SROA turns into registers)."""
    return inst.opcode == "load" and not isinstance(underlying_object(inst.operands[0]),
                                                    AllocaInst)
