"""Split a finished gradient into an augmented forward and a reverse function (the talk:
"splitting is useful for recursive calls").

The engine always builds one function: the forward sweep, then the reverse sweep, joined at
each original `ret` by a branch into a *seed* block, where the reverse begins. For a call
inside differentiated code (a recursive callee, say) the two halves must run at different
times: the caller's forward runs the callee's forward, and only the caller's reverse runs the
callee's reverse. So the joined function is cut at the seed edges:

- `g.augmented(args, shadows)` gets the forward blocks. At each former seed edge it stores
  into a tape record everything the reverse half uses from the forward half, and returns
  `{tape, primal result}` (just the tape when g returns void). Records come from a
  per-thread stack (`__enzymec_record_push`/`pop` in runtime/enzymec_rt.c): they are
  released in the reverse order of their allocation; or, for a pair the user splits and the
  pairs its forward runs (`heap_records`: the user may run reverses in any order), from the
  heap (`__enzymec_record_alloc`/`free`).
- `g.reverse(args, shadows, [dret], tape)` gets the reverse blocks. Its entry loads the
  record, releases it, and jumps to the seed block of the `ret` the forward took.

What crosses the cut: SSA values (stored by value), and the engine's own stack slots (adjoint
slots, tape counters, tape-array headers), whose contents are copied into the record and
back into fresh slots; a slot the forward only initialises is re-initialised instead. Stack
memory of the differentiated code itself cannot cross (its frame is gone when the augmented
forward returns), so split mode turns those allocas into heap memory before AD
(`allocas_to_heap`); the reverse never reads primal memory, only shadows, which live until
the reverse frees them.
"""

from __future__ import annotations

from enzymec.ir import (I32, I64, PTR, VOID, AllocaInst, Block, CallInst, ConstantInt,
                        Function, Instruction, StructType, Value)
from enzymec.ir.builder import IRBuilder, declare_function
from enzymec.ir.types import FunctionType
from enzymec.ir.values import SimpleConstant

from ..memory.local_types import remember as remember_local_type
from .record_arms import arena_last, arm_sizes
from .record_tag import recomputed_phis
from ..rules.runtime_calls import runtime_function
from ..tape.tape_arena import RECORD_ALIGN


def allocas_to_heap(function: Function, fail) -> None:
    """Turn every alloca of `function` into `malloc`, freed before each `ret`.

    Runs on a split gradient's forward clone before analysis: the shadows of these
    allocations are then heap shadows too, freed by the reverse sweep."""
    allocas = [i for i in function.instructions() if isinstance(i, AllocaInst)]
    if not allocas:
        return
    module = function.module
    malloc = declare_function(module, "malloc", FunctionType(PTR, (I64,)))
    free = declare_function(module, "free", FunctionType(VOID, (PTR,)))
    returns = [b.terminator for b in function.blocks
               if b.terminator is not None and b.terminator.opcode == "ret"]
    for alloca in allocas:
        if alloca.block is not function.entry or alloca.operands:
            fail(alloca, "cannot differentiate a variable-length or dynamically placed stack "
                         "allocation in a function that is differentiated through a call")
        size = module.layout.size(alloca.allocated_type)
        drop_lifetime_markers(alloca)
        b = IRBuilder(function).position_before(alloca)
        memory = b.call(malloc, [ConstantInt(I64, max(size, 1))], name=alloca.name or "local")
        remember_local_type(memory, alloca.allocated_type)  # for copies' layouts
        alloca.replace_all_uses_with(memory)
        alloca.erase()
        for ret in returns:
            IRBuilder(function).position_before(ret).call(free, [memory])


def drop_lifetime_markers(alloca: AllocaInst) -> None:
    """Erase the `llvm.lifetime.start/end` calls on `alloca`: LLVM accepts them only on an
    alloca, and heap memory lives from malloc to free whatever they said (a local array in
    a loop has a pair per iteration)."""
    for user in list(alloca.users):
        callee = user.called_function if isinstance(user, CallInst) else None
        if callee is not None and callee.name.startswith("llvm.lifetime."):
            user.erase()


class Cut:
    """One seed edge: forward block `block` branches to `seed`; the primal returns `value`
    (and `shadow`, its shadow, when the augmented forward returns one)."""

    def __init__(self, block: Block, seed: Block, value: Value | None, shadow=None):
        self.block, self.seed, self.value, self.shadow = block, seed, value, shadow


# how tape records are allocated and released: (allocate, release) helpers
RECORD_HELPERS = {False: ("record_push", "record_pop"), True: ("record_alloc", "record_free")}
# stack records: the reverse finds its record on the stack's top (record_top.py)
RECORD_TOP = "record_top"
# stack records as long as the way taken needs, in room for the longest (record_arms.py)
RECORD_UPTO = "record_push_upto"


def split_function(joined: Function, cuts: list[Cut], augmented: Function, reverse: Function,
                   primal_params: int, heap_records: bool = False) -> None:
    """Move `joined`'s blocks into `augmented` and `reverse` (declared, same first
    `primal_params` parameters; `reverse` has `joined`'s extra parameters, then the tape).
    `heap_records`: records come from the heap instead of the per-thread stack."""
    from enzymec.analysis import dominators
    dom = dominators(joined)
    old_entry = joined.entry
    forward = forward_blocks(joined, cuts)
    backward = [b for b in joined.blocks if b not in forward]
    crossing = _crossing_values(backward, forward)
    slots, reinitialised = _classify_slots(crossing, forward, old_entry)
    slots, placed = arena_last(joined, slots)
    # the ways the forward went, recomputed from the arguments (record_tag.py): pairs with
    # stack records are reversed with their forward's arguments
    ways = {} if heap_records else recomputed_phis(crossing, old_entry, forward)
    values = [v for v in crossing if v not in slots and v not in reinitialised and
              v not in ways]
    fields = [v.type for v in values] + [s.allocated_type for s in slots]
    numbered = len(cuts) > 1
    if numbered:
        fields.append(I32)
    record = StructType(tuple(fields))
    arms = None if heap_records else \
        arm_sizes(record, slots, cuts, ways, placed, forward, joined.module.layout)
    _move_blocks([b for b in joined.blocks if b in forward], augmented,
                 joined.args[:primal_params])
    _move_blocks(backward, reverse, joined.args)
    joined.blocks = []
    allocate, release = RECORD_HELPERS[heap_records]
    for index, cut in enumerate(cuts):
        _end_forward(augmented, cut, index, record, values, slots, numbered, dom, allocate,
                     arms)
    _begin_reverse(reverse, cuts, record, values, slots, reinitialised, old_entry, release,
                   not heap_records, ways, arms)
    augmented.forget_names()
    reverse.forget_names()


# -- analysis of the joined function ----------------------------------------------------------

def forward_blocks(joined: Function, cuts: list[Cut]) -> set[Block]:
    """Blocks reachable from the entry without crossing a seed edge."""
    seeds = {cut.seed for cut in cuts}
    seen, work = set(), [joined.entry]
    while work:
        block = work.pop()
        if block in seen or block in seeds:
            continue
        seen.add(block)
        work.extend(block.successors)
    return seen


def _crossing_values(backward: list[Block], forward: set[Block]) -> list[Value]:
    """Forward instructions (and arguments) the reverse blocks use, in first-use order."""
    found: dict[Value, None] = {}
    for block in backward:
        for inst in block.instructions:
            for op in inst.operands:
                if isinstance(op, Instruction) and op.block in forward:
                    found.setdefault(op)
    return list(found)


def _classify_slots(crossing, forward: set[Block], entry: Block):
    """Stack slots among the crossing values: (copied, re-initialised in the reverse)."""
    copied, reinitialised = [], []
    for value in crossing:
        if not isinstance(value, AllocaInst):
            continue
        if value.block is not entry or value.operands:
            raise AssertionError("a stack slot of the engine outside the entry block")
        forward_users = [u for u in value.users
                         if isinstance(u, Instruction) and u.block in forward]
        if all(u.block is entry and u.opcode == "store" and u.operands[1] is value
               for u in forward_users):
            reinitialised.append(value)
        else:
            copied.append(value)
    return copied, reinitialised


def _move_blocks(blocks: list[Block], target: Function, old_args) -> None:
    for block in blocks:
        target.append_block(block)
    for old, new in zip(old_args, target.args):
        for user, index in list(old.uses):
            if isinstance(user, Instruction) and user.block in blocks:
                user.set_operand(index, new)


# -- the two ends of the cut ------------------------------------------------------------------
def _end_forward(augmented: Function, cut: Cut, index: int, record: StructType, values,
                 slots, numbered: bool, dom, allocate: str, arms=None) -> None:
    """Replace the branch into the seed block by: fill a tape record, return it (as long
    as the way taken needs, with `arms`: record_arms.py)."""
    module = augmented.module
    cut.block.terminator.erase()
    b = IRBuilder(augmented).position_at_end(cut.block)
    if not record.elements:  # nothing to hand over: no record at all
        tape = _null()
    elif arms is not None:
        push = runtime_function(module, RECORD_UPTO)
        tape = b.call(push, [arms.size(b, arms.phi), ConstantInt(I64, arms.full)],
                      name="tape.record")
    else:
        push = runtime_function(module, allocate)
        tape = b.call(push, [ConstantInt(I64, module.layout.size(record))], name="tape.record")
    position = 0
    for value in values:
        # every crossing value dominates the reverse blocks using it; a cut whose forward
        # path does not define it never reaches those uses, so its field may stay unset
        if dom.dominates(value.block, cut.block):
            b.store(value, b.gep(record, tape, _field(position), flags="inbounds"),
                    _align(value.type, module))
        position += 1
    for slot in slots:
        content = b.load(slot.allocated_type, slot)
        b.store(content, b.gep(record, tape, _field(position), flags="inbounds"),
                _align(content.type, module))
        position += 1
    if numbered:
        b.store(ConstantInt(I32, index), b.gep(record, tape, _field(position), flags="inbounds"))
    ret_type = augmented.return_type
    if ret_type == PTR:
        b.ret(tape)
    else:
        result = b.insertvalue(_undef(ret_type), tape, [0])
        result = b.insertvalue(result, cut.value, [1])
        if cut.shadow is not None:
            result = b.insertvalue(result, cut.shadow, [2])
        b.ret(result)


def _begin_reverse(reverse: Function, cuts, record: StructType, values, slots,
                   reinitialised, old_entry: Block, release: str, on_top: bool,
                   ways: dict, arms=None) -> None:
    """A new entry block: reload the record (the tape argument, or the record stack's top
    when `on_top`), rebuild the stack slots, free the record, and go to the seed of the
    `ret` the forward took; the phis of `ways` are recomputed by their plans
    (record_tag.py) instead of restored."""
    entry = Block("tape.restore")
    entry.function = reverse
    reverse.blocks.insert(0, entry)
    b = IRBuilder(reverse).position_at_end(entry)
    tape = reverse.args[-1]
    way = {phi: plan.emit(b, reverse.args, (phi.name or "way") + ".re")
           for phi, plan in ways.items()}
    if on_top and record.elements:
        size = ConstantInt(I64, reverse.module.layout.size(record)) if arms is None else \
            arms.size(b, way[arms.phi])
        tape = b.call(runtime_function(reverse.module, RECORD_TOP), [size], name="tape.top")
    position = 0
    for value in values:
        loaded = b.load(value.type, b.gep(record, tape, _field(position), flags="inbounds"),
                        (value.name or "v") + ".restored", _align(value.type, reverse.module))
        _replace_uses_in(value, loaded, reverse)
        position += 1
    for slot in slots:
        fresh = b.alloca(slot.allocated_type, (slot.name or "slot") + ".restored")
        content = b.load(slot.allocated_type,
                         b.gep(record, tape, _field(position), flags="inbounds"),
                         align=_align(slot.allocated_type, reverse.module))
        b.store(content, fresh)
        _replace_uses_in(slot, fresh, reverse)
        position += 1
    for slot in reinitialised:
        fresh = b.alloca(slot.allocated_type, (slot.name or "slot") + ".restored")
        for user in list(slot.users):
            if isinstance(user, Instruction) and user.block is old_entry and \
                    user.opcode == "store":
                b.store(user.operands[0], fresh)
        _replace_uses_in(slot, fresh, reverse)
    for phi, value in way.items():
        _replace_uses_in(phi, value, reverse)
    which = None
    if len(cuts) > 1:
        which = b.load(I32, b.gep(record, tape, _field(position), flags="inbounds"), "taken.ret")
    if record.elements:
        b.call(runtime_function(reverse.module, release), [tape])
    if which is None:
        b.br(cuts[0].seed)
    else:
        b.switch(which, cuts[0].seed, [(i, cut.seed) for i, cut in enumerate(cuts)][1:])


def _align(ty, module) -> int:
    """A record field's alignment: the record stack aligns records to RECORD_ALIGN only."""
    return min(module.layout.size_align(ty)[1], RECORD_ALIGN)


def _field(position: int) -> list:
    return [ConstantInt(I32, 0), ConstantInt(I32, position)]


def _replace_uses_in(old: Value, new: Value, function: Function) -> None:
    for user, index in list(old.uses):
        if isinstance(user, Instruction) and user.block is not None and \
                user.block.function is function:
            user.set_operand(index, new)


def _undef(ty):
    return SimpleConstant(ty, "undef")


def _null():
    return SimpleConstant(PTR, "null")
