"""Which memory a parallel region's reverse may load again instead of taping (issue 12).

A parallel region reads shared variables through capture slots: the caller stores a pointer
`x` into a stack slot and the fork passes the slot's address, so the outlined body reads
`load ptr, ptr %slot` and then `x[i]`. Two facts let the region's reverse re-load `x[i]`
(as the serial build does) instead of taping every value it read:

- the fork's writes: `__kmpc_fork_call(loc, n, outlined, captures...)` writes what
  `outlined` writes through its capture parameters (`fork_targets`, used by the write
  summaries of aliasing.py; the reductions' runtime calls write only the threads' private
  copies). A region that writes other memory, such as memory reached through a pointer
  loaded from a slot, stays "may write anything": the summaries cannot tell which caller
  memory that pointer names.
- deep-stable slots: a capture argument that is a stack slot written once, with a pointer
  into memory no code of the gradient writes, and that no region writes (`slot_flag`).
  A slot whose lifetime ends (`llvm.lifetime.end`) is none: the reverse runs after that.
  The region's split pair gets the flag DEEP for it; inside, the slot and every pointer
  loaded from it are reloadable roots (`deep_roots`).
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst, CallInst, Function

from .omp_names import END_REDUCE, FORK, REDUCE, is_region

DEEP = "deep"  # a `stable` flag: the slot, and the memory its pointer points into, are stable
# a slot whose lifetime ends in the forward sweep is dead when the reverse would re-read it
LIFETIME_START = "llvm.lifetime.start"


def fork_targets(call: CallInst, summary_of):
    """(targets, unknown) a fork call may write, or None when `call` is no fork. A
    reduction's runtime calls combine the threads' private copies (fresh memory) only."""
    callee = call.called_function
    if callee is not None and (callee.name in REDUCE or callee.name in END_REDUCE):
        return set(), False
    if callee is None or callee.name != FORK:
        return None
    outlined = call.args[2] if len(call.args) > 2 else None
    if not isinstance(outlined, Function) or outlined.is_declaration:
        return set(), True
    summary = summary_of(outlined)
    if summary.unknown or summary.foreign:
        return set(), True
    # outlined(gtid, btid, c0, c1, ...) <- fork(loc, n, outlined, c0, c1, ...)
    return {underlying_object(call.args[i + 1]) for i in summary.arguments
            if 2 <= i and i + 1 < len(call.args)}, False


def slot_flag(slot, reloadable: set, summary_of):
    """The `stable` flag of a region's capture `slot`: an alloca stored once, else only
    read or passed to parallel regions that never write it (and lifetime starts, no ends),
    is stable (True) when it holds a number, DEEP when it holds a pointer into `reloadable`
    memory; else False."""
    if not isinstance(slot, AllocaInst):
        return False
    users = list(slot.users)
    stores = [u for u in users if u.opcode == "store"]
    if len(stores) != 1 or stores[0].operands[1] is not slot:
        return False
    if not all(u in stores or _harmless_use(u, slot, summary_of) for u in users):
        return False
    value = stores[0].operands[0]
    if value.type.is_integer or value.type.is_float:
        return True
    return DEEP if underlying_object(value) in reloadable else False


def _harmless_use(user, slot, summary_of) -> bool:
    if user.opcode == "load":
        return True
    if not isinstance(user, CallInst) or user.called_function is None:
        return False
    callee = user.called_function
    if callee.name.startswith(LIFETIME_START):
        return True
    if not is_region(callee) or callee.is_declaration:
        return False
    summary = summary_of(callee)
    written = {i for i in summary.arguments}
    return not summary.unknown and not any(a is slot and i in written
                                           for i, a in enumerate(user.args))


def deep_roots(function: Function, args, flags) -> set:
    """The pointers loaded straight from DEEP arguments: their memory is reloadable too."""
    deep = {a for a, flag in zip(args, flags) if flag == DEEP}
    return {inst for inst in function.instructions()
            if inst.opcode == "load" and inst.type.is_pointer and inst.operands[0] in deep}
