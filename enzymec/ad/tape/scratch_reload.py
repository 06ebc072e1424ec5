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
- no write of O can run after the load reloaded: no store's (or fill's, scratch_fill.py)
  block is reachable from the load's block (and in a shared block, the store comes before
  the load, outside any cycle). Decided per load: a buffer accumulated into (`a[j] +=`,
  whose own loads are followed by stores) and then only read is reloaded at those reads;
- the gradient is not split (the reverse runs in the same call, right after the forward).
Then O's `free` must wait for the reverse sweep: the forward sweep's `free` calls of O are
removed and O is freed once where the tapes are freed (`free_deferred`, from
`Tape.free_all`). O does not escape, so freeing it there is freeing it once, as before,
later.
"""

from __future__ import annotations

import weakref

from enzymec.analysis import underlying_object
from enzymec.analysis.cfg import reached_from
from enzymec.ir import FunctionType, GlobalVariable, PTR, VOID
from enzymec.ir.builder import declare_function

from ..rules.heap import DEALLOCATORS, callee_name
from .scratch_fill import is_lifetime
from .store_forwarding import is_scratch, only_writes

_DECIDED: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {O: bool}
_ANSWERS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()  # tape -> {load: bool}


def reloads_scratch(tape, load) -> bool:
    """Whether the reverse sweep may load `load`'s memory again: a `constant` global, or
    scratch written before it is read (module docstring; a yes defers O's free to the end
    of the reverse sweep)."""
    obj = underlying_object(load.operands[0])
    if isinstance(obj, GlobalVariable) and obj.is_constant:
        return True
    if not getattr(tape, "scratch_reload", False):
        return False
    answers = _ANSWERS.setdefault(tape, {})
    if load not in answers:
        answers[load] = _written_before_read(tape, obj, load)
        decided = _DECIDED.setdefault(tape, {})
        decided[obj] = decided.get(obj, False) or answers[load]
    return answers[load]


def defer_free(tape, obj) -> None:
    """Free `obj` at the end of the reverse sweep, not where the forward sweep did
    (remat_emit.py writes it again in the reverse)."""
    _DECIDED.setdefault(tape, {})[obj] = True


def _written_before_read(tape, obj, load) -> bool:
    """No write of `obj` can run after `load` (module docstring)."""
    if not is_scratch(obj) or not tape.available(obj):
        return False
    stores = only_writes(obj, tape.calls)
    if stores is None or any(callee_name(user) in DEALLOCATORS - {"free"}
                             for user, _ in obj.uses if getattr(user, "opcode", "") == "call"):
        return False  # (a `delete` would need its own call moved, size and all)
    reached = reached_from([load.block])
    return not any(store.block in reached or
                   (load.block is store.block and load.position() < store.position())
                   for store in stores)


def _keep_alive(alloca) -> None:
    """Remove the `lifetime.end` markers of a reloaded alloca: the reverse sweep reads it
    after them (scratch_fill.py); it then lives until the function returns."""
    for user, position in list(alloca.uses):
        if is_lifetime(user, position):
            user.erase()


def free_deferred(tape, builder) -> None:
    """Free each reloaded allocation here (the end of the reverse sweep), its forward `free`
    calls removed."""
    decided = _DECIDED.get(tape, {})
    free = None
    for obj, reloaded in decided.items():
        opcode = getattr(obj, "opcode", None)  # a fused body's scratch parameter has none
        if reloaded and opcode == "alloca":
            _keep_alive(obj)
        if not reloaded or opcode == "alloca":
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
