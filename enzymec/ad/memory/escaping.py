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

from enzymec.analysis import PointerOrigins, underlying_object
from enzymec.ir import AllocaInst, CallInst, Function, MemoryInst

from ..rules import heap


def escaping_allocations(fn: Function, calls, returned: bool = False,
                         origins=None) -> set[CallInst]:
    """The heap allocations of `fn` that a store (or, with `returned`, a return) hands to
    its caller (see the module doc) and that no free or realloc in `fn` releases. Where a
    block is stored is what pointer origins say the address points into (followed through
    memory: the end of a local std::vector, loaded from the local holding it); `origins`:
    the function's PointerOrigins if activity made them already."""
    stores: list = []  # (allocations stored, the address they are stored at)
    freed: set = set()
    escaping: set[CallInst] = set()
    for inst in fn.instructions():
        if returned and inst.opcode == "ret" and inst.operands and \
                inst.operands[0].type.is_pointer:
            escaping |= allocations_behind(inst.operands[0])
        if isinstance(inst, MemoryInst) and inst.opcode == "store":
            value, ptr = inst.operands
            if value.type.is_pointer:
                blocks = allocations_behind(value)  # through an inlined allocator's phis
                if blocks:
                    stores.append((blocks, ptr))
        elif isinstance(inst, CallInst) and heap.is_deallocation(inst) and inst.args:
            freed.add(underlying_object(inst.args[0]))
    if stores:
        origins = origins or PointerOrigins(fn, calls)
        stored_into: dict[CallInst, set] = {}  # allocation -> the objects it is stored in
        for blocks, ptr in stores:
            places = origins.objects(ptr)
            for block in blocks:
                stored_into.setdefault(block, set()).update(places)
        changed = True
        while changed:  # a block stored into a block that escapes escapes too
            changed = False
            for allocation, places in stored_into.items():
                if allocation not in escaping and \
                        any(_reaches_caller(p, escaping) for p in places):
                    escaping.add(allocation)
                    changed = True
    return escaping - freed


def _is_allocation(value) -> bool:
    return isinstance(value, CallInst) and heap.is_allocation(value)


def _reaches_caller(place, escaping: set) -> bool:
    """Whether an object (origins.py's: UNKNOWN too) may be read by the caller after the
    call: anything but the function's own stack and its heap blocks that do not escape."""
    if isinstance(place, AllocaInst):
        return False
    return not _is_allocation(place) or place in escaping


def allocations_behind(value) -> set[CallInst]:
    """The heap allocations a pointer may come from through GEPs, casts, phis and selects
    (an inlined allocator's result reaches its store through the phis of the calls that
    returned it)."""
    return {leaf for leaf in _leaves(value) if _is_allocation(leaf)}


def _leaves(value, limit: int = 64) -> set:
    """The objects a pointer may point into, through GEPs, casts, phis and selects: its
    allocations, locals, arguments, loads, globals (a null constant is none of them)."""
    found: set = set()
    work, seen = [value], set()
    while work:
        ptr = underlying_object(work.pop())
        if ptr in seen:
            continue
        seen.add(ptr)
        if len(seen) > limit:
            found.add(None)  # too many to follow: somewhere unknown
        elif getattr(ptr, "opcode", None) == "phi":
            work.extend(v for v, _ in ptr.incoming)
        elif getattr(ptr, "opcode", None) == "select":
            work.extend(ptr.operands[1:])
        elif getattr(ptr, "keyword", "") not in ("null", "undef", "poison"):
            found.add(ptr)
    return found
