"""Running maxima without a per-iteration tape: the index-only select recurrence.

A loop that keeps the largest (or smallest, or last matching) element seen so far,

    header:  %m = phi double [ %init, %preheader ], [ %m.next, %latch ]
             %v = load double, ptr (gep %base, ..., %i, ...)    ; %i a header phi
             %c = fcmp ogt double %v, %m
             %m.next = select i1 %c, double %v, double %m

has a reverse that sends the adjoint of the result to exactly one element: the one loaded
in the last iteration that took the select's `%v` arm (or to `%init` if none did). Reversed
as it stands, the loop tapes `%c` every iteration (one byte per element) and its reverse is
a full pass over the shadow adding zero everywhere but once.

This rewrite (on the gradient's forward clone, before activity analysis) also tracks, in
two new phis, whether the arm was ever taken and the index `%i` of the last iteration that
took it, and after the loop reloads that element: outside the loop the result is

    %m.final = select i1 %any, double (load (gep %base, ..., %k, ...)), double %init

which equals `%m.next` at the exit bit for bit, since the loop writes no memory. Every use
outside the loop is pointed at it, so the in-loop chain feeds only comparisons, is not
useful and gets no adjoint: the loop's reverse is empty, and the tape is two scalars.

Conditions, all checked (else the loop is left alone): a single latch and a single exit
edge, taken from a block the select's block dominates (so `%m.next` is the value seen at
the exit and the load ran at least once, in iteration 0 at index `%i`'s start, which makes
the reload safe however the select went); the phi and the select used in the loop only by
each other and by comparisons; a plain load through a gep whose only loop-varying operand
is the header phi `%i`; no instruction in the loop that writes memory or calls anything.
"""

from __future__ import annotations

from enzymec.analysis import loops
from enzymec.analysis.dominators import dominators
from enzymec.ir import (I1, CmpInst, DebugRecord, FloatType, Function, GepInst, Instruction,
                        MemoryInst, PhiInst)
from enzymec.ir.builder import IRBuilder, const_int
from enzymec.ir.clone import clone_instruction

# opcodes that may write memory or have effects the reload could miss
# how an address index may be made from the loop's counter
_INDEX_STEPS = frozenset({"sext", "zext", "trunc", "add"})
_EFFECTS = frozenset({"store", "call", "invoke", "callbr", "atomicrmw", "cmpxchg", "fence",
                      "va_arg"})


def rewrite_select_recurrences(fn: Function) -> int:
    """Apply the rewrite to every loop of `fn` where it is sound; how many recurrences."""
    return rewrite_header_phis(fn, _match, lambda loop, phi, match:
                               _rewrite(fn, loop, phi, *match))


def rewrite_header_phis(fn: Function, match, rewrite) -> int:
    """`rewrite(loop, phi, found)` for each header phi of each qualifying loop of `fn` where
    `match(phi, loop, dominator_tree)` finds something (not None); how many. Shared by the
    index form here and the address form of select_chain.py."""
    tree = dominators(fn)
    done = 0
    for loop in loops(fn, tree):
        if not _loop_qualifies(loop):
            continue
        for phi in list(loop.header.phis):
            found = match(phi, loop, tree)
            if found is not None:
                rewrite(loop, phi, found)
                done += 1
    return done


def _loop_qualifies(loop) -> bool:
    """One latch, one exit edge, a preheader, and nothing in the loop writes memory."""
    if len(loop.latches) != 1 or len(loop.exiting) != 1 or len(loop.exits) != 1 \
            or loop.preheader is None:
        return False
    exit_block = loop.exits[0]
    if exit_block.predecessors != [loop.exiting[0]]:
        return False
    return not any(inst.opcode in _EFFECTS or getattr(inst, "volatile", False)
                   for block in loop.blocks for inst in block.instructions)


def _match(phi: PhiInst, loop, tree):
    """(select, taken arm index, load, gep, index phi) when `phi` is such a recurrence."""
    if not isinstance(phi.type, FloatType) or len(phi.incoming) != 2:
        return None
    step = phi.incoming_value_for(loop.latches[0])
    if not (isinstance(step, Instruction) and step.opcode == "select"
            and step.block is not None and loop.contains(step.block)):
        return None
    if step.operands[1] is phi and step.operands[2] is not phi:
        arm = 2
    elif step.operands[2] is phi and step.operands[1] is not phi:
        arm = 1
    else:
        return None
    if not tree.dominates(step.block, loop.exiting[0]) \
            or _innermost_header(loop, step.block) is not loop.header:
        return None
    if not _only_chain_uses(phi, loop, {step}, outside=False) \
            or not _only_chain_uses(step, loop, {phi}, outside=True):
        return None
    outside = [u for u, _ in step.uses
               if not isinstance(u, DebugRecord) and not loop.contains(u.block)]
    if not outside:
        return None  # nothing to reload (e.g. select_chain.py took it already)
    if any(isinstance(u, PhiInst) and loop.contains(u.operands[i + 1])
           for u, i in step.uses if not loop.contains(u.block)):
        return None  # a phi outside fed along an edge from inside: cannot take the reload
    found = _reloadable_load(step.operands[arm], loop)
    return None if found is None else (step, arm) + found


def _innermost_header(loop, block):
    """The header of the innermost loop (among `loop` and its children) holding `block`."""
    for child in loop.children:
        if child.contains(block):
            return child.header
    return loop.header


def _only_chain_uses(value, loop, partners: set, outside: bool) -> bool:
    """Inside the loop, `value` is used only by its partner in the chain or a comparison;
    outside it only if `outside` (the phi is not: at the exit it is one step behind)."""
    for user, _ in value.uses:
        if isinstance(user, DebugRecord):
            continue  # debug records describe values, they do not use them
        block = getattr(user, "block", None)
        if block is None:
            return False
        if not loop.contains(block):
            if outside:
                continue
            return False
        if user not in partners and not isinstance(user, CmpInst):
            return False
    return True


def _reloadable_load(value, loop):
    """(load, gep, index) when `value` is a plain load through a gep whose only
    loop-varying operand `index` is a header phi entered from the preheader, or a cast or
    an add of a loop-invariant to one (an `int` counter widened for the address)."""
    if not (isinstance(value, MemoryInst) and value.opcode == "load" and not value.volatile
            and not value.ordering and loop.contains(value.block)):
        return None
    gep = value.operands[0]
    if not isinstance(gep, GepInst):
        return None
    varying = [op for op in gep.operands if not loop.is_invariant(op)]
    if len(varying) != 1 or gep.operands[0] is varying[0] \
            or _header_phi_of(varying[0], loop) is None:
        return None
    return value, gep, varying[0]


def _header_phi_of(index, loop):
    """The header phi `index` is, or is one step (a cast, an invariant add) from."""
    if isinstance(index, Instruction) and index.opcode in _INDEX_STEPS:
        if not all(loop.is_invariant(op) for op in index.operands[1:]):
            return None
        index = index.operands[0]
    if isinstance(index, PhiInst) and index.block is loop.header \
            and loop.preheader in [b for _, b in index.incoming]:
        return index
    return None


def _index_start(index, loop) -> Instruction:
    """The value `index` has in the loop's first iteration, computed in the preheader."""
    phi = _header_phi_of(index, loop)
    start = phi.incoming_value_for(loop.preheader)
    if index is phi:
        return start
    copy = clone_instruction(index, keep_debug_location=False)
    copy.set_operand(0, start)
    b = IRBuilder(loop.preheader.function).position_before(loop.preheader.terminator)
    return b.insert(copy, (index.name or "i") + ".first")


def _rewrite(fn: Function, loop, phi: PhiInst, step, arm: int, load, gep, index) -> None:
    """Track (any taken, last index taken) beside the chain; reload after the loop."""
    latch, preheader = loop.latches[0], loop.preheader
    start = _index_start(index, loop)
    b = IRBuilder(fn).position_before(loop.header.first_non_phi())
    any_phi = b.phi(I1, [], (phi.name or "m") + ".taken")
    last_phi = b.phi(index.type, [], (phi.name or "m") + ".at")
    b.position_before(_after(step))
    cond = step.operands[0]
    true, false = const_int(I1, 1), any_phi
    any_next = b.select(cond, *((true, false) if arm == 1 else (false, true)),
                        name=any_phi.name + ".next")
    last_next = b.select(cond, *((index, last_phi) if arm == 1 else (last_phi, index)),
                         name=last_phi.name + ".next")
    for new, first, then in ((any_phi, const_int(I1, 0), any_next),
                             (last_phi, start, last_next)):
        for _ in range(loop.header.edges_from(preheader)):  # one entry per edge
            new.add_incoming(first, preheader)
        for _ in range(loop.header.edges_from(latch)):
            new.add_incoming(then, latch)
    _reload_after_loop(fn, loop, phi, step, load, gep, index, any_next, last_next)


def _after(inst: Instruction) -> Instruction:
    return inst.next_instruction()


def _reload_after_loop(fn, loop, phi, step, load, gep, index, any_next, last_next) -> None:
    """In the exit block: the final flag and index, the reloaded element, the result."""
    exit_block, exiting = loop.exits[0], loop.exiting[0]
    outside = [(u, i) for u, i in step.uses
               if not isinstance(u, DebugRecord) and not loop.contains(u.block)]
    b = IRBuilder(fn).position_before(exit_block.first_non_phi())
    edges = exit_block.edges_from(exiting)
    taken = b.phi(I1, [(any_next, exiting)] * edges, any_next.name + ".final")
    at = b.phi(last_next.type, [(last_next, exiting)] * edges, last_next.name + ".final")
    address = clone_instruction(gep, keep_debug_location=False)
    for i, op in enumerate(gep.operands):
        if op is index:
            address.set_operand(i, at)
    b.insert(address, (gep.name or "p") + ".last")
    element = clone_instruction(load, keep_debug_location=False)
    element.set_operand(0, address)
    b.insert(element, (load.name or "v") + ".last")
    result = b.select(taken, element, phi.incoming_value_for(loop.preheader),
                      (step.name or "m") + ".final")
    for user, i in outside:
        user.set_operand(i, result)
