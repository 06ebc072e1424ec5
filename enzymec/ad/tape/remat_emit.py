"""Running a loop body's region again before the reverse of its loop (remat_region.py).

The region R is copied, its primal instructions only (no loop counters or tape pushes of
the gradient), into an internal `alwaysinline` function whose parameters are R's values
from outside it, and whose edges into U's header return. The reverse sweep calls it once
at U's lookup point (loop_lookup.py), with those values looked up as the reverse of U's
exit sees them, i.e. as they were in the iteration of C being reversed; then U's loads of
scratch are loaded again (tape.py) instead of taped.
"""

from __future__ import annotations

from enzymec.ir import Argument, Block, Function, FunctionType, Instruction, VOID
from enzymec.ir.builder import IRBuilder
from enzymec.ir.clone import clone_instruction

from .remat_region import region_instructions
from .scratch_reload import defer_free


def emit_remat(tape, plan) -> None:
    """Once per plan: the outlined region, its call at U's lookup point, W's frees
    deferred to the end of the reverse sweep."""
    if plan.emitted:
        return
    plan.emitted = True
    live_ins = _live_ins(tape, plan)
    plan.function = _outline(tape, plan, live_ins)
    points = tape.lookup_points
    point = points.point(plan.loop)
    builder = IRBuilder(tape.function).position_before(point.terminator)
    exit_block = points.exit_block(plan.loop)
    args = [tape.lookup(v, builder, exit_block) for v in live_ins]
    builder.call(plan.function, args)
    for obj in plan.written:
        defer_free(tape, obj)


def _live_ins(tape, plan) -> list:
    """The instructions and arguments R's primal instructions use from outside R."""
    region, seen, out = set(plan.blocks), set(), []
    for inst in region_instructions(tape, plan):
        for op in inst.operands:
            outside = op.block not in region if isinstance(op, Instruction) else \
                isinstance(op, Argument)
            if outside and op not in seen:
                seen.add(op)
                out.append(op)
    return out


def _outline(tape, plan, live_ins: list) -> Function:
    module = tape.function.module
    name = module.unique_symbol(f"{tape.function.name}.remat")
    fn = Function(name, FunctionType(VOID, tuple(v.type for v in live_ins)))
    fn.prefix = "internal"
    fn.suffix = "alwaysinline nounwind"
    module.add_function(fn)
    mapping = dict(zip(live_ins, fn.args))
    for block in plan.blocks:
        mapping[block] = fn.append_block(Block(fn.unique_name(block.name or "r")))
    done = fn.append_block(Block(fn.unique_name("done")))
    IRBuilder(fn).position_at_end(done).ret()
    mapping[plan.loop.header] = done
    copies = []
    for block in plan.blocks:
        for inst in block.instructions:
            if inst in tape.primal:
                copy = clone_instruction(inst, keep_debug_location=False)
                copy.metadata = [(k, v) for k, v in copy.metadata if k != "llvm.loop"]
                if copy.name:
                    copy.name = fn.unique_name(copy.name)
                mapping[inst] = copy
                mapping[block].append(copy)
                copies.append(copy)
    for copy in copies:
        for index, op in enumerate(copy.operands):
            if op in mapping:
                copy.set_operand(index, mapping[op])
    return fn  # phis merge only blocks of R: E has none (remat_region._region)

