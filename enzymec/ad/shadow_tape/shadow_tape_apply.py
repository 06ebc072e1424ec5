"""A loop tape kept in the caller's shadow memory while that shadow is zero (issue 11,
items 3 and 6): the transform that uses the slots `shadow_tape.shadow_slot` accepts.

logsumexp's gradient tapes `e_i = exp(x_i - A)` (8 bytes an iteration) and its reverse ends
each iteration with `dx[i] = dx[i] + dy_i`. Where every `dx[i]` the loop reaches holds
+0.0 bitwise, the tape can be `dx` itself: the forward stores `e_i` into `dx[i]`, the
reverse reads it back from there and then stores `+0.0 + dy_i`, the very operation today's
gradient does on a zero `dx[i]`, so the result is bitwise today's. One test decides before
the loop (`__enzymec_shadow_zero` over the loop's `dx` elements, the runtime); any other
content (-0.0, NaN, any nonzero) takes the ordinary tape for the whole loop, unchanged.

Only in the gradient that runtime alias versioning (alias_version.py) builds for a call
whose regions it proved disjoint (`GradientSpec.disjoint_shadows`): there `dx` overlaps
no byte of `x`, of another argument or of another shadow, so nothing but the partner's own
reverse touches `dx[i]` between the forward store and the replacement (shadow_tape.py's
rules prove the rest). Vector widths, forward mode, OpenMP and heap-record pairs never
get that flag, so they never take this path. Unless ENZYMEC_SHADOW_RECURSION=0, a recursion
that partitions `x` (recursive_partition.py: tree_reduce) is versioned too, and the split
pairs of its calls inherit the flag (`disjoint_calls`): each call's shadow is a part of
the caller's; the flag crosses the cut in the pair's record (split.py, LIFO records).

The reverse reads the tape value through a branch on the test's flag, and the old `dx[i]`
likewise (+0.0 when the flag is set): a branch on a loop-invariant flag, which LLVM
unswitches into two copies of the reverse loop, each as vectorizable as today's (a select
of two pointers would leave one loop whose run-time overlap check fails exactly when the
tape is `dx`). Values are the forward clone's (the gradient function `ctx.fn`).
"""

from __future__ import annotations

import os

from enzymec.analysis import dominators, loops
from enzymec.ir import (I1, I64, PTR, AllocaInst, Block, CallInst, ConstantInt, FloatType,
                        GepInst, IntType, PhiInst)
from enzymec.ir.block_split import split_block
from enzymec.ir.builder import IRBuilder, zero

from ..explain.explain_record import describe, source_location
from ..analyses.recursive_partition import THROUGH_CALLS, passes_parts, remembered
from ..rules.runtime_calls import PREFIX, runtime_function
from .shadow_pretest import emit_pretest, short_loop
from .shadow_tape import ShadowSlot, shadow_slot

# a testing knob: ENZYMEC_SHADOW_TAPE=0 keeps every tape ordinary (tests compare the two)
ENABLED = os.environ.get("ENZYMEC_SHADOW_TAPE", "1") != "0"
RESERVES = tuple(PREFIX + name for name in
                 ("tape_reserve", "kept_tape_reserve", "stack_tape_reserve"))
# --explain: when the tape is in the shadow (per element, or one test before a short loop)
LONG_WHEN = ("while the elements the loop reaches hold +0.0 bitwise; at the first other "
             "element it moves to the ordinary tape")
SHORT_WHEN = ("when all the elements the loop reaches hold +0.0 bitwise, one test before the "
              "loop (shadow_pretest.py); otherwise the whole loop uses the ordinary tape")
MOVABLE = ("getelementptr", "add", "sub", "mul", "shl", "sext", "zext", "trunc", "load")


def find_slots(ctx, spec) -> list[ShadowSlot]:
    """The slots of the forward sweep (before instrumentation) that could hold their tape
    in a shadow: none unless the gradient runs only for disjoint regions."""
    if not spec.disjoint_shadows or spec.heap_records or not ENABLED:
        return []  # a split pair's records must be LIFO: its shadow flag crosses in one
    shadowed = frozenset(a for a in ctx.shadow_args if a.type.is_pointer)
    if not shadowed:
        return []
    loop_info, dom = loops(ctx.fn), dominators(ctx.fn)
    found = []
    with remembered():  # the same partitions asked about per value; nothing changes here
        for inst in ctx.fn.instructions():
            if isinstance(inst.type, FloatType) and loop_info.loop_for(inst.block) is not None:
                slot = shadow_slot(inst, loop_info, dom, shadowed, ctx.activity.is_active,
                                   ctx.primal_args)
                if isinstance(slot, ShadowSlot):
                    found.append(slot.replaced(short=short_loop(slot.loop, slot.index, dom)))
    return found


def disjoint_calls(ctx, spec) -> set:
    """The calls of the forward sweep (before instrumentation) whose pointer arguments are
    parts of partitioned arguments (recursive_partition.passes_parts): where this gradient
    runs only for disjoint regions, so do their split pairs."""
    if not spec.disjoint_shadows or spec.heap_records or not ENABLED or not THROUGH_CALLS:
        return set()
    with remembered():
        return {call for call in ctx.fn.instructions() if isinstance(call, CallInst) and
                passes_parts(ctx.fn, call, ctx.primal_args)}


def apply_shadow_tapes(ctx, slots, shadows, early: bool = False) -> list:
    """Rewrite the tape of each slot that the synthesis taped per iteration (one per
    partner load); returns the slots rewritten (for --explain). `early`: the shadow
    element is loaded before the iteration's other work (`_shadow_element`)."""
    done, partners = [], set()
    for slot in slots:
        if slot.load in partners:
            continue
        plan = _plan(ctx, slot, shadows)
        if plan is not None:
            _rewrite(ctx, slot, plan, early)
            _explain(ctx, slot)
            partners.add(slot.load)
            done.append(slot)
    return done


def _explain(ctx, slot) -> None:
    """--explain: which tape lives where, and on what condition."""
    if not ctx.explain.enabled:
        return
    what = describe(ctx, slot.value)
    position = ctx.primal_args.index(slot.argument) + 1
    where = source_location(ctx, slot.value) or ctx.location(slot.value)
    when = SHORT_WHEN if slot.short else LONG_WHEN
    ctx.explain.add("shadow", where,
                    f"the tape of {what} is kept in the shadow of argument {position} "
                    f"(the caller's derivative memory) {when} (shadow_tape_apply.py): this "
                    f"gradient runs only when the call's memory regions are disjoint "
                    f"(alias_version.py)",
                    what=what, how="loop tape kept in a zero shadow")


class _Plan:
    """The instructions of one tape the rewrite changes."""

    def __init__(self, tape, state, reserve, store, element, old):
        self.tape, self.state, self.reserve, self.store = tape, state, reserve, store
        self.element, self.old = element, old  # the reverse's tape load, its partner's load


def _plan(ctx, slot, shadows) -> _Plan | None:
    """The tape's pieces when it has the one shape the rewrite knows, else None."""
    tape = ctx.tape.array_caches.get(slot.value)
    state = _state_of(ctx.tape, slot.loop)
    olds = shadows.reverse_loads.get(slot.load, [])
    if tape is None or state is None or state.tape_index is not None or slot.step != 1 or \
            len(olds) != 1 or not _elements_of(slot):
        return None
    reserve = _reserve_of(state.loop.preheader, tape)
    if reserve is None:
        return None
    store = _forward_store_of(reserve, tape, slot.value)
    if store is None or _other_tapes(ctx.tape, tape, state):
        return None
    elements = _reverse_elements(ctx, tape, slot.value.type)
    old = olds[0]
    if len(elements) != 1 or elements[0].block is not old.block or \
            not _before(elements[0], old) or not _movable(old.operands[0], elements[0]):
        return None
    return _Plan(tape, state, reserve, store, elements[0], old)


def _elements_of(slot) -> bool:
    """The partner reads `x[idx]` with `x`'s elements of the taped value's type."""
    ptr = slot.load.operands[-1]
    return isinstance(ptr, GepInst) and ptr.source_type == slot.value.type


def _state_of(tape, loop):
    for state_loop, state in tape.loop_states.items():
        if state_loop.header is loop.header:
            return state
    return None


def _reserve_of(block: Block, tape):
    for inst in block.instructions:
        callee = getattr(inst, "callee", None)
        if inst.opcode == "call" and getattr(callee, "name", None) in RESERVES and \
                inst.operands[0] is tape:
            return inst
    return None


def _forward_store_of(reserve, tape, value):
    """The store of `value` into the tape's buffer that the preheader loads after the
    reserve, at the loop's counter, else None."""
    block = reserve.block.instructions
    buffer = block[block.index(reserve) + 1]
    if buffer.opcode != "load" or buffer.operands[0] is not tape:
        return None
    stores = [u for gep in buffer.users for u in getattr(gep, "users", ())
              if u.opcode == "store" and u.operands[0] is value and u.operands[1] is gep]
    return stores[0] if len(stores) == 1 and len(buffer.uses) == 1 else None


def _other_tapes(tape_state, tape, state) -> bool:
    """Another array tape of the same loop: the flag's late reservation would change the
    order in which stacked tapes are pushed, which their release relies on."""
    return any(t is not tape and _state_of(tape_state, tape_state.tape_loops[t]) is state
               for t in tape_state.tape_order)


def _reverse_elements(ctx, tape, ty) -> list:
    """The reverse sweep's loads of the tape's elements (`load ty, gep(load tape, i)`)."""
    forward = set(ctx.forward_blocks)
    found = []
    for user in list(tape.users):
        if user.opcode == "load" and user.type == PTR and user.block not in forward:
            for gep in user.users:
                found += [u for u in getattr(gep, "users", ())
                          if u.opcode == "load" and u.type == ty]
    return found


def _before(a, b) -> bool:
    block = a.block.instructions
    return block.index(a) < block.index(b)


def _chain(value, block) -> list:
    """`value` and the instructions of `block` it depends on, definitions first."""
    if getattr(value, "block", None) is not block or isinstance(value, PhiInst):
        return []
    found = []
    for op in value.operands:
        found += [i for i in _chain(op, block) if i not in found]
    return found + [value]


def _movable(pointer, element) -> bool:
    """The partner's address can be computed before the tape load: pure arithmetic and
    loads of local slots whose address nothing else takes (so no call reaches them) and
    that no store between the two writes (the reverse iteration counter)."""
    chain = _chain(pointer, element.block)
    if any(i.opcode not in MOVABLE for i in chain):
        return False
    slots = {i.operands[0] for i in chain if i.opcode == "load"}
    if not all(isinstance(slot, AllocaInst) and _only_loaded_or_stored(slot) for slot in slots):
        return False
    block = element.block.instructions
    last = max((block.index(i) for i in chain), default=block.index(element))
    return not any(i.opcode == "store" and i.operands[1] in slots
                   for i in block[block.index(element):last])


def _only_loaded_or_stored(slot) -> bool:
    return all(u.opcode == "load" or (u.opcode == "store" and u.operands[1] is slot and
                                      u.operands[0] is not slot) for u in slot.users)


def _rewrite(ctx, slot, plan: _Plan, early: bool = False) -> None:
    """The flag `in shadow` (set before the loop, cleared where the forward leaves the
    shadow), the forward store through it, the reverse's two loads branched on it."""
    flag = ctx.tape.entry.alloca(I1, (slot.value.name or "v") + ".in.shadow")
    if not early:  # (in a split pair uninitialised: record_union.py may share its bytes)
        ctx.tape.entry.store(ConstantInt(I1, 0), flag)
    if slot.short:
        _short_forward(ctx, slot, plan, flag)
        _reverse_loads(ctx, plan, flag, slot.value.type)
        return
    b = IRBuilder(ctx.fn).position_before(plan.reserve)
    b.store(ConstantInt(I1, 1), flag)
    count = plan.reserve.operands[1]
    plan.reserve.set_operand(1, ConstantInt(I64, 0))  # reserved when the shadow is left
    _forward_store(ctx, slot, plan, flag, count, early)
    _reverse_loads(ctx, plan, flag, slot.value.type)


def _forward_store(ctx, slot, plan: _Plan, flag, count, early: bool = False) -> None:
    """`store v, tape[i]` becomes: in the shadow while every element met so far held +0.0
    bitwise, `S[idx] = v`; at the first other element, the ordinary tape reserved, the
    values stored so far moved there and the zeros put back (runtime), the flag cleared;
    from then on the ordinary store."""
    store = plan.store
    ty = slot.value.type
    bits = IntType(ctx.module.layout.size(ty) * 8)
    fn, head = ctx.fn, store.block
    join = _split_before(fn, head, store)
    check, leave, ordinary, shadow_store = (
        _new_block(fn, head, name) for name in
        ("shadow.check", "shadow.leave", "tape.store", "shadow.store"))
    b = IRBuilder(fn).position_at_end(head)
    b.cond_br(b.load(I1, flag, "in.shadow"), check, ordinary)
    b = IRBuilder(fn).position_at_end(check)
    element, loaded = _shadow_element(ctx, slot, b, early)
    old = b.cast("bitcast", loaded, bits)
    b.cond_br(b.icmp("eq", old, ConstantInt(bits, 0), "shadow.zero"), shadow_store, leave)
    b = IRBuilder(fn).position_at_end(shadow_store)
    b.store(store.operands[0], element)
    b.br(join)
    _leave(ctx, slot, plan, flag, count, leave, ordinary)
    store.remove_from_block()
    ordinary.append(store)
    store.set_operand(1, _ordinary_element(ctx, slot, plan))
    IRBuilder(fn).position_at_end(ordinary).br(join)


def _short_forward(ctx, slot, plan: _Plan, flag) -> None:
    """A loop of at most SHORT_TRIPS iterations (shadow_pretest.py): the flag is the one
    test of all its shadow elements before it; the ordinary tape is reserved only when the
    test fails. The iteration's element is then `S[start + i]` or `tape[i]` for the whole
    loop (the step is 1, `_plan`), so the preheader picks the base once and the store
    stays where it was, through it: no branch in the loop for LLVM to unswitch into two
    copies (on benchmarks/c/tree_reduce/timed.c a branch there cost clang 26M of the 634M
    instructions of its code generation, the leaf's forward 393 -> 249 machine
    instructions, the same work per iteration)."""
    b = IRBuilder(ctx.fn).position_before(plan.reserve)
    count, size = plan.reserve.operands[1], plan.reserve.operands[2]
    start = slot.index.incoming_value_for(plan.state.loop.preheader)
    base = b.gep(slot.value.type, ctx.shadow_args[slot.argument], [start], "shadow.tape")
    zero = emit_pretest(ctx, b, base, count, size)
    b.store(zero, flag)
    plan.reserve.set_operand(1, b.select(zero, ConstantInt(I64, 0), count, "tape.count"))
    push = plan.store.operands[1]  # gep(buffer, [i]), the buffer loaded after the reserve
    buffer = push.operands[0]
    after = buffer.block.instructions[buffer.position() + 1]
    chosen = IRBuilder(ctx.fn).position_before(after).select(zero, base, buffer,
                                                            "tape.slot.base")
    push.set_operand(0, chosen)


def _shadow_element(ctx, slot, b, early: bool):
    """`S[idx]` and its old content, loaded in the check block; `early`: loaded right after
    the partner load instead, volatile so that it stays there, before the iteration's math
    calls (after a libm call the load waited: tree_reduce's leaves took 5-7% longer with
    the late load, 2-4% with the early one, benchmarks/RESULTS.md)."""
    ty = slot.value.type
    if not early:
        element = b.gep(ty, ctx.shadow_args[slot.argument], [slot.index], "shadow.slot")
        return element, b.load(ty, element, "shadow.old")
    block = slot.load.block.instructions
    a = IRBuilder(ctx.fn).position_before(block[block.index(slot.load) + 1])
    element = a.gep(ty, ctx.shadow_args[slot.argument], [slot.index], "shadow.slot")
    loaded = a.load(ty, element, "shadow.old")
    loaded.volatile = True
    return element, loaded


def _ordinary_element(ctx, slot, plan: _Plan):
    """The tape element of the iteration, from the buffer loaded again right before the
    store (the buffer exists only once the shadow is left)."""
    b = IRBuilder(ctx.fn).position_before(plan.store)
    buffer = b.load(PTR, plan.tape, "tape.buffer.now")
    return b.gep(slot.value.type, buffer, [plan.state.index_at_header], "tape.push")


def _leave(ctx, slot, plan: _Plan, flag, count, leave, ordinary) -> None:
    """Leaving the shadow at iteration `iv`: reserve, move `iv` values, clear the flag."""
    b = IRBuilder(ctx.fn).position_at_end(leave)
    size = plan.reserve.operands[2]
    b.call(plan.reserve.callee, [plan.tape, count, size])
    buffer = b.load(PTR, plan.tape, "tape.buffer")
    start = slot.index.incoming_value_for(plan.state.loop.preheader)
    base = b.gep(slot.value.type, ctx.shadow_args[slot.argument], [start], "shadow.tape")
    moved = b.mul(plan.state.iv, size, "shadow.tape.bytes")
    b.call(runtime_function(ctx.module, "shadow_tape_move"), [buffer, base, moved])
    b.store(ConstantInt(I1, 0), flag)
    b.br(ordinary)


def _new_block(fn, after: Block, name: str) -> Block:
    block = Block(fn.unique_name(name))
    fn.insert_block_after(block, after)
    return block


def _reverse_loads(ctx, plan: _Plan, flag, ty) -> None:
    """tape value: `flag ? load P : load tape[i]`; old: `flag ? +0.0 : load P` (P the
    partner's shadow address, moved before the tape load)."""
    element, old = plan.element, plan.old
    order = element.block.instructions
    for inst in _chain(old.operands[0], old.block):
        if inst.block is not element.block or order.index(inst) > order.index(element):
            inst.move_before(element)  # those before it stay: earlier users share them
    pointer = old.operands[0]
    b = IRBuilder(ctx.fn).position_before(element)
    in_shadow = b.load(I1, flag, "tape.in.shadow")
    _diamond(ctx, element, in_shadow, lambda bb: bb.load(ty, pointer, "tape.shadow"))
    b = IRBuilder(ctx.fn).position_before(old)
    in_shadow = b.load(I1, flag, "tape.in.shadow")
    _diamond(ctx, old, in_shadow, lambda bb: zero(ty))  # the +0.0 the test proved


def _diamond(ctx, inst, flag, when_set) -> None:
    """Run `inst` only when `flag` is false; when set, the value `when_set(builder)` gives
    in a block of its own. The two meet in a phi that replaces `inst`."""
    block = inst.block
    join = _split_before(ctx.fn, block, inst)
    taken = Block(ctx.fn.unique_name((block.name or "bb") + ".shadow"))
    other = Block(ctx.fn.unique_name((block.name or "bb") + ".tape"))
    ctx.fn.insert_block_after(taken, block)
    ctx.fn.insert_block_after(other, taken)
    IRBuilder(ctx.fn).position_at_end(block).cond_br(flag, taken, other)
    tb = IRBuilder(ctx.fn).position_at_end(taken)
    value = when_set(tb)
    tb.br(join)
    inst.remove_from_block()
    other.append(inst)
    IRBuilder(ctx.fn).position_at_end(other).br(join)
    jb = IRBuilder(ctx.fn).position_before(join.instructions[0])
    phi = jb.phi(inst.type, [(value, taken), (inst, other)], (inst.name or "v") + ".chosen")
    for user, index in list(inst.uses):
        if user is not phi:
            user.set_operand(index, phi)


def _split_before(fn, block: Block, inst) -> Block:
    """Move `inst` and everything after it into a new block (successors' phis follow)."""
    return split_block(fn, block, inst.position(), ".rest", right_after=True)
