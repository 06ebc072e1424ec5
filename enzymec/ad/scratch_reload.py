"""Scratch memory written only before it is read: loaded again in the reverse sweep.
(And a `constant` global: its memory never changes.)

tape.py loads memory again in the reverse sweep only when nothing in the function writes it
(`Tape.reloadable`, pointer arguments). A buffer the function allocates and fills before a
loop nest that only reads it (GMM's `qdiags = exp(q)` and `sum_qs`, read for every point and
component) holds the same values at the end of the forward sweep as when each load ran, so
loading it again is exact, where tape.py would tape every load (d doubles per point and
component). Conditions, on the allocation O (`alloca` or an allocator call, available
everywhere in the reverse sweep, i.e. outside loops and before every return):
- every use of O, through GEPs, is a load's address, a store's address, a `free` of O, or
  the runtime's shadow allocation (store_forwarding.only_writes): nothing else writes it
  and no pointer to it escapes;
- no store to O can run after a load of O: no store's block is reachable from a load's block
  (and in a shared block, every store comes before every load, outside any cycle);
- the gradient is not split (the reverse runs in the same call, right after the forward).
Then O's `free` must wait for the reverse sweep: the forward sweep's `free` calls of O are
removed and O is freed once where the tapes are freed (`free_deferred`, from
`Tape.free_all`). O does not escape, so freeing it there is freeing it once, as before,
later.
"""

from __future__ import annotations

import weakref

from enzymec.analysis import underlying_object
from enzymec.ir import FunctionType, GlobalVariable, PTR, VOID
from enzymec.ir.builder import declare_function

from .heap import DEALLOCATORS, callee_name
from .store_forwarding import is_scratch, only_writes, uses_through_geps

_DECIDED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {O: bool}


def reloads_scratch(tape, load) -> bool:
    """Whether the reverse sweep may load `load`'s memory again: a `constant` global, or
    scratch written before it is read (module docstring; a yes defers O's free to the end
    of the reverse sweep)."""
    obj = underlying_object(load.operands[0])
    if isinstance(obj, GlobalVariable) and obj.is_constant:
        return True
    if not getattr(tape, "scratch_reload", False):
        return False
    decided = _DECIDED.setdefault(tape, {})
    if obj not in decided:
        decided[obj] = _written_before_read(tape, obj)
    return decided[obj]


def _written_before_read(tape, obj) -> bool:
    if not is_scratch(obj) or not tape.available(obj):
        return False
    stores = only_writes(obj, tape.calls)
    if stores is None or any(callee_name(user) in DEALLOCATORS - {"free"}
                             for user, _ in obj.uses if getattr(user, "opcode", "") == "call"):
        return False  # (a `delete` would need its own call moved, size and all)
    loads = _loads_of(obj)
    reached = _reachable({load.block for load in loads})
    for store in stores:
        if store.block in reached:
            return False
        if any(load.block is store.block and _index(load) < _index(store) for load in loads):
            return False
    return True


def _loads_of(obj) -> list:
    return [user for _, user, _ in uses_through_geps(obj)
            if getattr(user, "opcode", None) == "load"]


def _reachable(starts: set) -> set:
    """Blocks reachable from `starts` by one edge or more (a start is in it only when it
    lies on a cycle)."""
    seen, pending = set(), [s for b in starts for s in _successors(b)]
    while pending:
        block = pending.pop()
        if block in seen:
            continue
        seen.add(block)
        pending.extend(_successors(block))
    return seen


def _successors(block) -> list:
    return block.successors if block.terminator is not None else []


def _index(inst) -> int:
    return inst.block.instructions.index(inst)


def free_deferred(tape, builder) -> None:
    """Free each reloaded allocation here (the end of the reverse sweep), its forward `free`
    calls removed."""
    decided = _DECIDED.get(tape, {})
    free = None
    for obj, reloaded in decided.items():
        if not reloaded or obj.opcode == "alloca":
            continue
        frees = [user for user, position in list(obj.uses) if position == 0
                 and getattr(user, "opcode", None) == "call"
                 and callee_name(user) in DEALLOCATORS]
        for call in frees:
            call.erase()
        if frees:
            free = free or declare_function(tape.function.module, "free",
                                            FunctionType(VOID, (PTR,)))
            builder.call(free, [obj])
