"""Heap allocations a gradient hands back to its caller, whose shadows it must not free.

Why: the reverse sweep frees an allocation's shadow where it passes the allocation (heap.py):
after that point nothing in the gradient reads it. But an allocation the function stores into
memory its caller can reach (`*out = malloc(...)`, a field of a struct passed in, a global,
or a block that is itself handed back) and never frees outlives the call, and so does its
shadow, stored beside it into the caller's shadow memory: the user reads the derivative
buffer and frees it as they free the primal one. Freed in the reverse, it was a dangling
pointer in the user's shadow memory, and their `free` of it a double free (an abort).
Enzyme leaves such a shadow alone too: the primal is not freed, so neither is its shadow.

Only for a derivative a user's call runs whole (FunctionContext.top), and for a split pair
the user calls (__enzyme_augmentfwd / __enzyme_reverse: FunctionContext.handed_out), whose
augmented forward also returns the shadow of a block the function returns: the user seeds
it, runs the reverse, and frees it. A callee's derivative stores into memory of a
differentiated caller, whose own reverse frees what it allocated, where the allocation is.
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst, CallInst, Function, MemoryInst

from ..rules import heap


def escaping_allocations(fn: Function, returned: bool = False) -> set[CallInst]:
    """The heap allocations of `fn` that a store (or, with `returned`, a return) hands to
    its caller (see the module doc) and that no free or realloc in `fn` releases."""
    stored_into: dict[CallInst, set] = {}  # allocation -> the bases of where it is stored
    freed: set = set()
    escaping: set[CallInst] = set()
    for inst in fn.instructions():
        if returned and inst.opcode == "ret" and inst.operands and \
                inst.operands[0].type.is_pointer:
            escaping |= allocations_behind(inst.operands[0])
        if isinstance(inst, MemoryInst) and inst.opcode == "store":
            value, ptr = inst.operands
            if value.type.is_pointer:
                for source in allocations_behind(value):  # through an inlined allocator's phis
                    stored_into.setdefault(source, set()).add(underlying_object(ptr))
        elif isinstance(inst, CallInst) and heap.is_deallocation(inst) and inst.args:
            freed.add(underlying_object(inst.args[0]))
    changed = True
    while changed:  # a block stored into a block that escapes escapes too
        changed = False
        for allocation, bases in stored_into.items():
            if allocation not in escaping and any(_reaches_caller(b, escaping) for b in bases):
                escaping.add(allocation)
                changed = True
    return escaping - freed


def _is_allocation(value) -> bool:
    return isinstance(value, CallInst) and heap.is_allocation(value)


def _reaches_caller(base, escaping: set) -> bool:
    """Whether memory based at `base` may be read by the caller after the call: anything
    but the function's own stack and its heap blocks that do not escape."""
    if isinstance(base, AllocaInst):
        return False
    return not _is_allocation(base) or base in escaping


def allocations_behind(value, limit: int = 64) -> set[CallInst]:
    """The heap allocations a pointer may come from through GEPs, casts, phis and selects
    (an inlined allocator's result reaches its store through the phis of the calls that
    returned it)."""
    found: set[CallInst] = set()
    work, seen = [value], set()
    while work and len(seen) < limit:
        ptr = underlying_object(work.pop())
        if ptr in seen:
            continue
        seen.add(ptr)
        if _is_allocation(ptr):
            found.add(ptr)
        elif getattr(ptr, "opcode", None) == "phi":
            work.extend(v for v, _ in ptr.incoming)
        elif getattr(ptr, "opcode", None) == "select":
            work.extend(ptr.operands[1:])
    return found
