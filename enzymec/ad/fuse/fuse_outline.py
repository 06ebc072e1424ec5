"""Per-iteration reverse, the rewrite: a fusable loop L's body becomes a call.

For a plan of fuse_plan.py, L's body (every block of L, without the header's phis, the
sum's step and the back edge) is copied into an internal function `F.fused.body(integer
phis, live-ins, seed) -> t`, and L becomes one block:

    fused.loop:  phis;  t = call F.fused.body(...);  s' = s + t;  control;  br exit test

The call is of kind FUSED (fuse_call.py): the forward sweep calls the body's combined
gradient there, seeded with `seed`, the adjoint of `t` (the coefficient chain of the sum's
exit value, computed once in the preheader), and the reverse sweep does nothing for it.
"""

from __future__ import annotations

from enzymec.analysis import dominators, loops, underlying_object
from enzymec.ir import (VOID, AllocaInst, Argument, Block, CallInst, Constant,
                        Function, FunctionType, Instruction, PhiInst)
from enzymec.ir.builder import IRBuilder
from enzymec.ir.clone import clone_instruction

from ..calls.fuse_bodies import FUSED_BODIES, SCRATCH_PARAMETERS
from ..rules.heap import callee_name
from .fuse_plan import plan_loop



def fuse_loops(ctx) -> list:
    """Rewrite every fusable top-level loop of `ctx.fn`; returns the fused calls."""
    fused = []
    while True:
        plan = _first_plan(ctx)
        if plan is None:
            return fused
        fused.append(_rewrite(ctx, plan))


def loops_fusable(ctx) -> bool:
    """Whether `fuse_loops` would rewrite a loop of `ctx.fn` (nothing changed)."""
    return _first_plan(ctx) is not None


def _first_plan(ctx):
    dom = dominators(ctx.fn)
    info = loops(ctx.fn, dom)
    return next((p for p in (plan_loop(ctx.fn, info, dom, loop, ctx.calls)
                             for loop in info.top_level) if p is not None), None)


def _rewrite(ctx, plan) -> CallInst:
    """Outline L's body and rebuild L as one block calling it; returns the call."""
    fn, loop = ctx.fn, plan.loop
    for carry in plan.carries:  # each use reads the constant it starts at (fuse_plan.py)
        start = carry.incoming_value_for(loop.preheader)
        for user, index in list(carry.uses):
            user.set_operand(index, start)
    body, args = _outline(fn, plan, _live_ins(plan), ctx.origin)
    seed = _seed(fn, plan)
    block = _loop_block(fn, plan)
    b = IRBuilder(fn).position_at_end(block)
    call = b.call(body, args + [seed], name="fused.term")
    ctx.origin[call] = ctx.origin.get(plan.step, plan.step)
    step = (b.fsub if plan.step.opcode == "fsub" else b.fadd)(plan.phi, call, "fused.sum")
    mapping = {plan.step: step}
    for inst in plan.control:
        mapping[inst] = b.insert(clone_instruction(inst), inst.name)
    for new in mapping.values():
        _remap(new, mapping)
    _close(fn, plan, block, mapping, b)
    return call


def _loop_block(fn, plan) -> Block:
    """The rebuilt loop's one block, holding L's header phis (its own back edge)."""
    loop = plan.loop
    block = Block(fn.unique_name("fused.loop"))
    fn.blocks.insert(fn.blocks.index(loop.header), block)
    block.function = fn
    for phi in plan.integers + [plan.phi]:
        phi.remove_from_block()
        block.append(phi)
        retarget(phi, loop.latches[0], block)
    return block


def _live_ins(plan) -> list:
    """Values from before L that L's body uses (arguments and instructions), in order."""
    loop, seen, found, skipped = plan.loop, set(), [], plan.skipped
    for block in loop.blocks:
        for inst in block.instructions:
            if inst in skipped and inst is not plan.step:
                continue
            for op in (plan.factors if inst is plan.step else inst.operands):
                outside = isinstance(op, Argument) or isinstance(op, Instruction) and \
                    not loop.contains(op.block)
                if outside and op not in seen:
                    seen.add(op)
                    found.append(op)
    return found


def _outline(fn, plan, live_ins, origin) -> tuple[Function, list]:
    """`F.fused.body(integers, live-ins, seed) -> t`, a copy of L's body, and the values
    the loop passes it (without the seed). A fixed-size alloca L alone uses becomes the
    body's own; malloc'd scratch is passed in, a scratch parameter (fuse_bodies.py)."""
    own = [v for v in live_ins if v in plan.written and _is_static(v)]
    params = plan.integers + [v for v in live_ins if v not in own]
    body = _declare_body(fn, plan, params)
    mapping = dict(zip(params, body.args))
    _copy_blocks(body, plan, mapping, origin)
    _own_scratch(body, own, mapping)
    for inst in body.instructions():
        _remap(inst, mapping)
    FUSED_BODIES.add(body)
    SCRATCH_PARAMETERS[body] = {i for i, v in enumerate(params)
                                if v in plan.written and _sole_pointer(v, params)}
    return body, params


def _declare_body(fn, plan, params) -> Function:
    ty = FunctionType(plan.phi.type, tuple(p.type for p in params) + (plan.phi.type,))
    body = Function(fn.module.unique_symbol(fn.name + ".fused.body"), ty)
    body.set_signature(ty, [f"in{i}" for i in range(len(params))] + ["seed"])
    body.prefix = "internal"
    fn.module.add_function(body)
    return body


def _copy_blocks(body, plan, mapping, origin) -> None:
    """L's blocks into `body`, the back edge a `ret` of the term (operands not remapped)."""
    loop, skipped = plan.loop, plan.skipped
    for block in loop.blocks:
        mapping[block] = body.append_block(Block(body.unique_name(block.name or "bb")))
    for block in loop.blocks:
        for inst in block.instructions:
            if inst in skipped:
                continue
            if inst is block.terminator and block is loop.latches[0]:
                _return_term(mapping[block], plan.factors)
                continue
            copy = clone_instruction(inst, False)
            _locate(copy, origin.get(inst))  # the user's location: remarks and errors
            if copy.name:
                copy.name = body.unique_name(copy.name)
            mapping[inst] = copy
            mapping[block].append(copy)


def _locate(copy, original) -> None:
    """Give `copy` the debug location of the user's instruction it comes from."""
    where = original.get_metadata("dbg") if isinstance(original, Instruction) else None
    if where is not None:
        copy.metadata = [*copy.metadata, ("dbg", where)]


def _is_static(obj) -> bool:
    """A fixed-size alloca: the body gets its own (in its frame, as cheap as the loop's)."""
    return isinstance(obj, AllocaInst) and not obj.operands


def _sole_pointer(obj, params) -> bool:
    """`obj`, malloc'd scratch, reaches the body through one parameter alone: no other
    parameter points into it, so to the body it is a fresh object (fuse_bodies.py)."""
    return isinstance(obj, CallInst) and callee_name(obj) == "malloc" and \
        sum(underlying_object(p) is obj for p in params if p.type.is_pointer) == 1


def _own_scratch(body, own, mapping) -> None:
    """Each fixed-size alloca private to the iteration (fuse_plan.py (3)) becomes the
    body's own: its gradient then knows it as scratch, as the loop's did. Every element the
    body loads it wrote first, so a fresh one per call is the same."""
    entry = body.blocks[0]
    for index, obj in enumerate(own):
        local = clone_instruction(obj, False)
        local.name = body.unique_name(obj.name or "scratch")
        entry.insert(index, local)
        mapping[obj] = local


def _return_term(block, factors) -> None:
    """`ret t`, t the product of the factors (operands remapped afterwards)."""
    term = factors[0]
    if len(factors) == 2:
        term = Instruction("fmul", factors[0].type, list(factors), name="term")
        block.append(term)
    block.append(Instruction("ret", VOID, [term]))


def _remap(inst, mapping) -> None:
    for index, op in enumerate(inst.operands):
        new = mapping.get(op)
        if new is not None and new is not op:
            inst.set_operand(index, new)


def _seed(fn, plan):
    """The adjoint of `t`, in the preheader: 1 through the coefficient chain."""
    b = IRBuilder(fn).position_before(plan.loop.preheader.terminator)
    seed = b.value(-1.0 if plan.step.opcode == "fsub" else 1.0, plan.phi)
    for link in plan.chain:
        if link[0] == "neg":
            seed = b.fneg(seed, "fused.seed")
        else:
            seed = b.binary("f" + link[0], seed, _copied(b, link[1], plan.loop), "fused.seed")
    return seed


def _copied(b, value, loop):
    """`value` usable in the preheader: itself, or a copy of the casts computing it."""
    if isinstance(value, Constant) or not isinstance(value, Instruction) or \
            value.block is loop.preheader or _dominates_preheader(value, loop):
        return value
    copy = clone_instruction(value, False)
    copy.set_operand(0, _copied(b, value.operands[0], loop))
    return b.insert(copy, value.name or "fused.cast")


def _dominates_preheader(value, loop) -> bool:
    dom = dominators(loop.preheader.function)
    return dom.dominates(value.block, loop.preheader)


def retarget(phi: PhiInst, old: Block, new: Block) -> None:
    for index, op in enumerate(phi.operands):
        if op is old and index % 2 == 1:
            phi.set_operand(index, new)


def _close(fn, plan, block, mapping, b) -> None:
    """The exit test, the preheader and exit wired to `block`, L's old blocks deleted."""
    loop = plan.loop
    term = loop.latches[0].terminator
    header, exit_block = loop.header, loop.exits[0]
    targets = [block if t is header else t for t in term.operands[1:]]
    b.cond_br(mapping.get(term.operands[0], term.operands[0]), *targets)
    pre = loop.preheader.terminator
    for index, op in enumerate(pre.operands):
        if op is header:
            pre.set_operand(index, block)
    for phi in exit_block.phis:
        retarget(phi, loop.latches[0], block)
    for old, new in mapping.items():
        for user, index in list(old.uses):
            if isinstance(user, Instruction) and not loop.contains(user.block):
                user.set_operand(index, new)
    _delete(fn, loop)


def _delete(fn, loop) -> None:
    dead = set(loop.blocks)
    for block in loop.blocks:
        for inst in block.instructions:
            inst.drop_operands()
    fn.blocks = [blk for blk in fn.blocks if blk not in dead]
