"""Which argument memory the differentiated function never writes, so that the reverse sweep
may load it again instead of taping every value read from it (the brief: "re-load memory
that nothing overwrote").

Writes are stores, memset/memcpy destinations and calls that may write through a pointer.
Their target allocations are found with `underlying_object`. A write into a fresh allocation
(alloca, malloc) cannot touch an argument's memory, since that memory existed before the
call; a write through anything else might, unless the argument is `noalias` (C's
`restrict`), in which case only writes based on that argument itself count.
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst, CallInst, Function

from . import heap


def unwritten_memory(function: Function, arguments, calls) -> set:
    """Pointer arguments whose memory no instruction of `function` may write."""
    targets, unknown = _written_targets(function, calls)
    if unknown:
        return set()
    result = set()
    for arg in arguments:
        if not arg.type.is_pointer or arg in targets:
            continue
        foreign = [t for t in targets if not _is_fresh(t, calls)]
        if not foreign or "noalias" in arg.attrs:
            result.add(arg)
    return result


def _written_targets(function: Function, calls) -> tuple[set, bool]:
    """(allocations written, whether some write goes to memory nobody can name)."""
    targets = set()
    for inst in function.instructions():
        if inst.opcode == "store":
            targets.add(underlying_object(inst.operands[1]))
        elif inst.opcode in ("atomicrmw", "cmpxchg"):
            targets.add(underlying_object(inst.operands[0]))
        elif isinstance(inst, CallInst):
            if heap.is_memset(inst) or heap.is_memcpy(inst) or heap.is_deallocation(inst):
                targets.add(underlying_object(inst.args[0]))  # freed memory is gone too
            elif not _harmless_call(inst, calls):
                return targets, True
    return targets, False


def _harmless_call(call: CallInst, calls) -> bool:
    """Calls known not to write user memory: math, printing, allocation, freeing."""
    if calls.is_inactive(call) or heap.is_allocation(call) or heap.is_deallocation(call):
        return True
    return calls.math_name(call) is not None


def _is_fresh(target, calls) -> bool:
    return isinstance(target, AllocaInst) or (isinstance(target, CallInst)
                                               and heap.is_allocation(target))
