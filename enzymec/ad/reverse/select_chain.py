"""Running maxima of unrolled loops: the index-only select recurrence of
select_recurrence.py when one iteration holds several steps of the chain, or when the
elements' addresses are not one gep indexed by the counter (flang's `gep i8 (gep %x, %i), -8`
for `x(i)`).

rustc and flang unroll loops before enzymec sees them (-O2), so a running maximum arrives as

    header:  %m  = phi double [ %init, %preheader ], [ %s4, %latch ]
             %s1 = select i1 %c1, double %v1, double %m      ; %v1 = load (gep %x, %i)
             %s2 = select i1 %c2, double %v2, double %s1     ; %v2 = load (gep i8 (gep %x, %i), 8)
             ...                                             ; %s4, the latch's value

Reversed as it stands, each step tapes its condition (four bit tapes) and the reverse walks
the whole array. Here, beside the chain, two new phis keep whether any step took its arm and
the address of the element it took, as an integer (`ptrtoint`: an integer gets no adjoint and
no shadow, so the loop's forward code only gains a select per step). After the loop

    %m.final = select i1 %any, double (load (gep i8 %base, %at - ptrtoint %base)), double %init

where `%base` is the loop-invariant pointer every step's address is computed from (its
shadow, at the same offset, takes the adjoint once, after the loop). `%at` starts as the
first step's address in iteration 0 (computed in the preheader), an element that was loaded,
so the reload is safe whatever the selects did; the loop writes no memory, so the reloaded
element is the value taken, bit for bit.

Conditions, beyond select_recurrence's for the loop (one latch, one exit edge, a preheader,
no store or call): one to 16 steps (the last used outside the loop: a recurrence already
rewritten has no outside use left, so none is rewritten twice), each a select in a block that dominates the exiting block
with one arm a plain load and the other the previous step (the first: the phi); the phi and
every step but the last used in the loop only by the next step and comparisons, the last
also outside (not by a phi along an edge from inside); every load's address a chain of
geps on one loop-invariant base, the first one's made of header phis, invariants, geps,
casts and integer arithmetic (so it can be computed for iteration 0).
"""

from __future__ import annotations

from enzymec.ir import (I1, I8, I64, DebugRecord, FloatType, Function, GepInst, Instruction,
                        MemoryInst, PhiInst)
from enzymec.ir.builder import IRBuilder, const_int
from enzymec.ir.clone import clone_instruction

from .maxnum_select import maxnum_chains_to_selects
from .select_recurrence import (_after, _innermost_header, _only_chain_uses,
                                rewrite_header_phis, rewrite_select_recurrences)

_MAX_STEPS = 16
# what the first step's address may be made of, to be computed for iteration 0
_ADDRESS_OPS = frozenset({"getelementptr", "sext", "zext", "trunc", "add", "sub", "mul", "shl",
                          "or"})


def rewrite_running_selects(fn: Function) -> int:
    """maxnum/minnum steps as selects (maxnum_select.py), then select_recurrence.py's index
    form, then the chains of any length only this module's address form takes (unrolled
    loops); how many recurrences were rewritten. Index first, although on C's logsumexp the
    address-tracking max loop ran 3% faster (RESULTS.md, logsumexp analysis): the address
    is a `ptrtoint` of differentiated memory, and when the gradient is itself
    differentiated (forward over reverse) that integer's store is refused as a shadow lost
    through integer code (tests/c/forward/fwd_hvp_kept_tape.c). Unrolled running maxima in
    a nested gradient still meet that error (located, not a wrong number)."""
    maxnum_chains_to_selects(fn)
    return rewrite_select_recurrences(fn) + rewrite_select_chains(fn)


def rewrite_select_chains(fn: Function) -> int:
    """Apply the rewrite to every unrolled recurrence of `fn` where it is sound."""
    return rewrite_header_phis(fn, _match_chain, lambda loop, phi, steps:
                               _rewrite(fn, loop, phi, steps))


def _match_chain(phi: PhiInst, loop, tree):
    """[(select, arm index, load)] from the first step to the last, or None."""
    if not isinstance(phi.type, FloatType) or len(phi.incoming) != 2:
        return None
    steps, value = [], phi.incoming_value_for(loop.latches[0])
    while value is not phi and len(steps) <= _MAX_STEPS:
        step = _step(value, loop, tree)
        if step is None:
            return None
        steps.append(step)
        value = step[0].operands[3 - step[1]]
    if value is not phi or not steps or not _used_outside(steps[0][0], loop):
        return None  # (none outside: nothing to reload, e.g. done by select_recurrence)
    steps.reverse()
    if not _uses_fit(phi, [s for s, _, _ in steps], loop):
        return None
    if _common_base([load for _, _, load in steps], loop) is None \
            or not _at_first_iteration(steps[0][2].operands[0], loop):
        return None
    return steps


def _step(value, loop, tree):
    """(select, arm, load) when `value` is a select in the loop's own blocks, dominating the
    exit, with one operand a plain load in the loop and the other a phi or a select."""
    if not (isinstance(value, Instruction) and value.opcode == "select"
            and value.block is not None and loop.contains(value.block)
            and _innermost_header(loop, value.block) is loop.header
            and tree.dominates(value.block, loop.exiting[0])):
        return None
    for arm in (1, 2):
        load, chain = value.operands[arm], value.operands[3 - arm]
        if _plain_load(load, loop) and isinstance(chain, Instruction) \
                and (isinstance(chain, PhiInst) or chain.opcode == "select"):
            return value, arm, load
    return None


def _used_outside(value, loop) -> bool:
    return any(not isinstance(u, DebugRecord) and not loop.contains(u.block)
               for u, _ in value.uses)


def _plain_load(value, loop) -> bool:
    return (isinstance(value, MemoryInst) and value.opcode == "load" and not value.volatile
            and not value.ordering and loop.contains(value.block))


def _uses_fit(phi, selects: list, loop) -> bool:
    """Each link used in the loop only by the next one and by comparisons; only the last
    outside it, and not by a phi along an edge from inside the loop."""
    links = [phi, *selects]
    for link, following in zip(links[:-1], links[1:]):
        if not _only_chain_uses(link, loop, {following}, outside=False):
            return False
    last = selects[-1]
    if not _only_chain_uses(last, loop, {phi}, outside=True):
        return False
    return not any(isinstance(u, PhiInst) and loop.contains(u.operands[i + 1])
                   for u, i in last.uses if not loop.contains(u.block))


def _common_base(loads: list, loop):
    """The loop-invariant pointer every load's address is a gep chain on, or None."""
    bases = set()
    for load in loads:
        address = load.operands[0]
        while isinstance(address, GepInst) and not loop.is_invariant(address):
            address = address.operands[0]
        if not loop.is_invariant(address):
            return None
        bases.add(address)
    return bases.pop() if len(bases) == 1 else None


def _at_first_iteration(value, loop, builder: IRBuilder | None = None):
    """`value` as computed in iteration 0: with `builder`, emitted there (in the
    preheader) and returned; without, whether it can be."""
    if loop.is_invariant(value):
        return value if builder is not None else True
    if isinstance(value, PhiInst) and value.block is loop.header:
        return value.incoming_value_for(loop.preheader) if builder is not None else True
    if not (isinstance(value, Instruction) and value.opcode in _ADDRESS_OPS
            and _innermost_header(loop, value.block) is loop.header):
        return None if builder is not None else False
    operands = [_at_first_iteration(op, loop, builder) for op in value.operands]
    if builder is None:
        return all(operands)
    copy = clone_instruction(value, keep_debug_location=False)
    for i, op in enumerate(operands):
        copy.set_operand(i, op)
    return builder.insert(copy, (value.name or "a") + ".first")


def _rewrite(fn: Function, loop, phi: PhiInst, steps: list) -> None:
    """Track (any taken, address taken) beside the chain; reload after the loop."""
    latch, preheader = loop.latches[0], loop.preheader
    first = IRBuilder(fn).position_before(preheader.terminator)
    start = first.cast("ptrtoint", _at_first_iteration(steps[0][2].operands[0], loop, first),
                       I64, (phi.name or "m") + ".at.first")
    b = IRBuilder(fn).position_before(loop.header.first_non_phi())
    any_phi = b.phi(I1, [], (phi.name or "m") + ".taken")
    at_phi = b.phi(I64, [], (phi.name or "m") + ".at")
    taken, at = any_phi, at_phi
    for select, arm, load in steps:
        b.position_before(_after(select))
        cond, address = select.operands[0], b.cast("ptrtoint", load.operands[0], I64)
        pair = ((const_int(I1, 1), taken), (address, at))
        taken, at = (b.select(cond, *(p if arm == 1 else p[::-1]), name=n)
                     for p, n in zip(pair, (any_phi.name + ".next", at_phi.name + ".next")))
    for new, initial, then in ((any_phi, const_int(I1, 0), taken), (at_phi, start, at)):
        for _ in range(loop.header.edges_from(preheader)):  # one entry per edge
            new.add_incoming(initial, preheader)
        for _ in range(loop.header.edges_from(latch)):
            new.add_incoming(then, latch)
    _reload_after_loop(fn, loop, phi, steps, taken, at)


def _reload_after_loop(fn, loop, phi, steps, taken, at) -> None:
    """In the exit block: the final flag and address, the reloaded element, the result."""
    last, load = steps[-1][0], steps[0][2]
    exit_block, exiting = loop.exits[0], loop.exiting[0]
    outside = [(u, i) for u, i in last.uses
               if not isinstance(u, DebugRecord) and not loop.contains(u.block)]
    base = _common_base([l for _, _, l in steps], loop)
    b = IRBuilder(fn).position_before(exit_block.first_non_phi())
    edges = exit_block.edges_from(exiting)
    any_final = b.phi(I1, [(taken, exiting)] * edges, taken.name + ".final")
    at_final = b.phi(I64, [(at, exiting)] * edges, at.name + ".final")
    offset = b.sub(at_final, b.cast("ptrtoint", base, I64), (phi.name or "m") + ".offset")
    address = b.gep(I8, base, [offset], (phi.name or "m") + ".p.last", flags="")
    element = clone_instruction(load, keep_debug_location=False)
    element.set_operand(0, address)
    b.insert(element, (phi.name or "m") + ".v.last")
    result = b.select(any_final, element, phi.incoming_value_for(loop.preheader),
                      (last.name or "m") + ".final")
    for user, i in outside:
        user.set_operand(i, result)
