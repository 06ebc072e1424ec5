"""Reverse loops run in the forward order where their reverse iterations commute.

The reverse sweep runs a loop's reverse from its last iteration down to its first. For an
innermost loop whose iterations touch disjoint memory and carry nothing from one to the
next but sums, the reverse iterations commute: each adds into shadows no other iteration
reads, and the only values passed from one reverse iteration to the next are the adjoints
of sums, the same in every iteration. Such a loop's reverse may count up instead. Measured
on GMM at d = 10 (`gmm/timed 10 K 1000`, paired, 3 rounds each): qtimesx's reverse inner
loop made to count up by hand took the gradient from 1.19-1.20x the expert's to
1.15-1.16x, and with this pass ADBench's grid at d = 10 went from 1.20x to 1.10-1.16x; a
copy of the expert's gradient with its rows' entries walked downwards was 3.4% slower than
the same walked upwards (benchmarks/notes/adbench.md, session 14). Only the order of floating-point sums
changes, and the reverse already sums adjoints with `reassoc`.

What must hold (all checked on the forward loop before any tape or counter is added, then
on its reverse once built):
- the loop is innermost, with one latch that is its only exiting block;
- each header phi is either an integer counter stepping by a constant (its value in a
  reverse iteration is rebuilt from that iteration's number, whatever the order), or a
  float sum `s = phi [.., s + t]` (or a fused multiply-add into s) whose only use in the
  loop is that add (its adjoint is the same in every iteration); no other value of the loop that carries a derivative is
  used after it (the adjoint of a value leaving the loop belongs to its last iteration);
- the loop calls nothing but arithmetic intrinsics, allocates nothing, has no atomics;
- every store writes `base[i]` for a base defined before the loop and a counter `i` whose
  increment cannot wrap, stepping by at least the stored size: each iteration its own
  element; every other access in the loop either is to the same address (the same
  iteration) or provably to another object (a fresh allocation, or a `noalias` argument);
  the shadows mirror the primal, so the reverse's shadow updates are disjoint too;
- in the reverse: no array tape is indexed by the loop, no running sum is carried down it
  (running_rebuild.py), and its blocks store only into its counters, adjoint slots and
  shadow memory.

The flip: the value the reverse counter was set to on the way in (the last iteration) goes
to a slot of its own, the counter starts at 0, the test that left at 0 leaves at that
value, and the back edge adds one instead of subtracting.
"""

from __future__ import annotations

from enzymec.ir import AllocaInst, Argument, CallInst, ConstantInt, I64, Instruction, PhiInst
from enzymec.ir.builder import IRBuilder

from ...analysis import underlying_object
from ...analysis.induction import counter_of, increment_cannot_wrap
from ..analyses.aliasing import is_fresh

# intrinsics that touch no memory (the reverse of each is arithmetic)
_PURE_INTRINSICS = (
    "llvm.fmuladd.", "llvm.fma.", "llvm.fabs.", "llvm.sqrt.", "llvm.exp.", "llvm.exp2.",
    "llvm.log.", "llvm.log2.", "llvm.log10.", "llvm.sin.", "llvm.cos.", "llvm.pow.",
    "llvm.powi.", "llvm.minnum.", "llvm.maxnum.", "llvm.minimum.", "llvm.maximum.",
    "llvm.copysign.", "llvm.floor.", "llvm.ceil.", "llvm.trunc.", "llvm.rint.",
    "llvm.round.", "llvm.nearbyint.", "llvm.smax.", "llvm.smin.", "llvm.umax.", "llvm.umin.",
    "llvm.abs.", "llvm.dbg.", "llvm.lifetime.", "llvm.assume")
_SHARED_MEMORY_OPCODES = ("atomicrmw", "cmpxchg", "fence", "va_arg")
_MEMORY_OPCODES = (*_SHARED_MEMORY_OPCODES, "alloca")


class CounterSites:
    """Where the reverse sweep sets, tests and steps one loop's reverse counter
    (reverse.py records them as it emits them)."""

    def __init__(self):
        self.entries: list[Instruction] = []  # `store last, counter` on the way in
        self.test: Instruction | None = None  # `icmp eq k, 0`: the first iteration is done
        self.step: Instruction | None = None  # `sub k, 1` on the back edge


def ascending_candidates(ctx) -> set:
    """The loops of the forward sweep whose reverse iterations commute (the module doc's
    forward conditions), before instrumentation."""
    layout = ctx.fn.module.layout
    return {loop for loop in ctx.loop_info if _commutes(ctx, loop, layout)}


def _commutes(ctx, loop, layout) -> bool:
    if loop.children or len(loop.latches) != 1 or list(loop.exiting) != [loop.latches[0]]:
        return False
    active = ctx.activity.is_active
    sums = set()
    for phi in loop.header.phis:
        if not active(phi):
            if counter_of(loop, phi) is None:
                return False
            continue
        update = _sum_update(loop, phi)
        if update is None:
            return False
        sums |= {phi, update}
    stores, accesses = [], []
    for block in loop.blocks:
        for inst in block.instructions:
            if inst.opcode in _MEMORY_OPCODES:
                return False
            if isinstance(inst, CallInst) and not _pure_call(inst):
                return False
            if active(inst) and inst not in sums and _used_outside(inst, loop):
                return False
            if inst.opcode == "store":
                stores.append(inst)
                accesses.append((inst, inst.operands[1]))
            elif inst.opcode == "load":
                accesses.append((inst, inst.operands[0]))
    for store in stores:
        pointer = store.operands[1]
        if not _own_element(loop, pointer, store.operands[0].type, layout):
            return False
        target = underlying_object(pointer)
        for other, address in accesses:
            if other is store or _same_address(pointer, address):
                continue
            if not _disjoint(target, underlying_object(address)):
                return False
    return True


def _sum_update(loop, phi: PhiInst) -> Instruction | None:
    """The add of a float sum phi (`s = phi [.., s + t]`, its only use in the loop), else
    None."""
    inside = [v for v, b in phi.incoming if loop.contains(b)]
    users = [u for u in phi.users if loop.contains(u.block)]
    if len(inside) != 1 or len(users) != 1 or users[0] is not inside[0]:
        return None
    update = users[0]
    if not (_adds_to(update, phi) or update.opcode == "fsub" and update.operands[0] is phi
            and update.operands[1] is not phi):
        return None
    if any(loop.contains(u.block) and u is not phi for u in update.users):
        return None
    return update


def _adds_to(update, phi) -> bool:
    """`update` is `phi + t` (an fadd, or a fused multiply-add with `phi` as the addend
    only), `t` not `phi`."""
    if update.opcode == "fadd":
        return phi in update.operands and update.operands[0] is not update.operands[1]
    name = getattr(getattr(update, "called_function", None), "name", "") or ""
    if isinstance(update, CallInst) and name.startswith(("llvm.fmuladd.", "llvm.fma.")):
        a, b, c = update.args
        return c is phi and a is not phi and b is not phi
    return False


def _pure_call(call: CallInst) -> bool:
    callee = call.called_function
    name = getattr(callee, "name", "") or ""
    return name.startswith(_PURE_INTRINSICS)


def _used_outside(inst: Instruction, loop) -> bool:
    return any(not loop.contains(u.block) for u in inst.users if hasattr(u, "block"))


def _own_element(loop, pointer, stored_type, layout) -> bool:
    """`pointer` is `base[i]`: base defined before the loop, i a counter of the loop (through
    sext or zext) whose increment cannot wrap, stepping over at least the stored bytes."""
    if not isinstance(pointer, Instruction) or pointer.opcode != "getelementptr" \
            or len(pointer.operands) != 2 or not loop.is_invariant(pointer.operands[0]):
        return False
    index = pointer.operands[1]
    while isinstance(index, Instruction) and index.opcode in ("sext", "zext") \
            and loop.contains(index.block):
        index = index.operands[0]
    if not isinstance(index, PhiInst) or index.block is not loop.header:
        return False
    counter = counter_of(loop, index)
    if counter is None or not increment_cannot_wrap(counter):
        return False
    try:
        element, stored = layout.size(pointer.source_type), layout.size(stored_type)
    except (KeyError, TypeError, ValueError, AttributeError):
        return False
    return element > 0 and abs(counter.step) * element >= stored


def _same_address(a, b) -> bool:
    if a is b:
        return True
    return isinstance(a, Instruction) and isinstance(b, Instruction) \
        and a.opcode == b.opcode == "getelementptr" \
        and getattr(a, "source_type", None) == getattr(b, "source_type", None) \
        and len(a.operands) == len(b.operands) \
        and all(x is y for x, y in zip(a.operands, b.operands))


def _disjoint(a, b) -> bool:
    """Whether objects `a` and `b` (underlying objects) cannot overlap."""
    if a is b:
        return False
    if is_fresh(a) and (is_fresh(b) or isinstance(b, Argument)):
        return True
    if is_fresh(b) and isinstance(a, Argument):
        return True
    if isinstance(a, Argument) and isinstance(b, Argument):
        return "noalias" in a.attrs.split() or "noalias" in b.attrs.split()
    return False


# -- the reverse ----------------------------------------------------------------------------
def count_up(ctx, candidates: set, sites: dict, adjoint_slots, carried_loops) -> list:
    """Flip each candidate loop's reverse counter whose reverse meets the module doc's
    conditions; returns the loops flipped."""
    flipped = flippable(ctx, candidates, sites, adjoint_slots, carried_loops)
    for loop in flipped:
        _flip(ctx, ctx.tape.loop_states[loop], sites[loop])
    return flipped


def flippable(ctx, candidates: set, sites: dict, adjoint_slots, carried_loops) -> list:
    """The candidate loops whose reverse meets the module doc's conditions (`count_up`
    flips them; nothing is changed here)."""
    found = []
    tape = ctx.tape
    taped = set(tape.tape_loops.values()) | {loop for _, loop in tape.exit_caches}
    slots = set(adjoint_slots)
    for loop in ctx.loop_info:
        site = sites.get(loop)
        state = tape.loop_states.get(loop)
        if loop not in candidates or site is None or state is None or loop in taped \
                or loop in carried_loops or not site.entries or site.test is None \
                or site.step is None:
            continue
        allowed = slots | {state.reverse_iv, state.tape_index} - {None}
        if _reverse_is_plain(_reverse_blocks(site.step.block), allowed):
            found.append(loop)
    return found


def _reverse_blocks(back) -> set:
    """The blocks of the reverse loop whose back edge is `back`'s jump: its target and the
    blocks reaching `back` without passing through that target."""
    (header,) = back.terminator.successors()
    body, work = {header, back}, [back]
    while work:
        block = work.pop()
        if block is header:
            continue
        for pred in block.predecessors:
            if pred not in body:
                body.add(pred)
                work.append(pred)
    return body


def _reverse_is_plain(blocks: set, allowed: set) -> bool:
    """Stores only into `allowed` slots or memory (shadows); calls only of pure intrinsics.
    (Tapes it reads are not indexed by the loop, count_up checked: each is read at the same
    element in every iteration.)"""
    for block in blocks:
        for inst in block.instructions:
            if inst.opcode in _SHARED_MEMORY_OPCODES:
                return False
            if isinstance(inst, CallInst) and not _pure_call(inst):
                return False
            if inst.opcode == "store":
                target = underlying_object(inst.operands[1])
                if isinstance(target, AllocaInst) and target not in allowed:
                    return False
    return True


def _flip(ctx, state, site: CounterSites) -> None:
    last = ctx.entry.alloca(I64, "iv.reverse.last")
    for store in site.entries:
        b = IRBuilder(ctx.fn).position_before(store)
        b.store(store.operands[0], last)
        store.set_operand(0, ConstantInt(I64, 0))
    b = IRBuilder(ctx.fn).position_before(site.test)
    site.test.set_operand(1, b.load(I64, last, "iv.rev.last"))
    step = site.step
    b = IRBuilder(ctx.fn).position_before(step)
    up = b.add(step.operands[0], 1, "iv.rev.up", flags="nuw nsw")
    step.replace_all_uses_with(up)
    step.erase()
