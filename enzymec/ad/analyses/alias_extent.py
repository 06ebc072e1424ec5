"""The bytes each pointer argument of a function can touch, as ranges over its integer
arguments (alias_ranges.py), for runtime alias versioning (alias_version.py).

Every use of a pointer argument, through GEPs, must be the address of a load or a store:
its byte offset is the sum of the GEPs' constant offsets and of `index * element size` for
the variable indices (two-level affine `mat[i*n + j]` and `(mat + i*n)[j]` alike), and the
access covers [offset.lo, offset.hi + size). Any other use (a call, a capture, a pointer
phi) leaves the function without extents: None.

The extents describe all the memory the function touches only if nothing else is touched:
`touches_only_arguments` refuses loads and stores of memory not based on an argument or an
alloca (a global, a loaded pointer), and calls other than memory-free intrinsics.
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.ir import AllocaInst, Argument, CallInst, ConstantInt, GepInst, MemoryInst
from enzymec.ir.instructions import DebugRecord
from enzymec.ir.types import ArrayType, VectorType
from enzymec.records import ValueRecord

from .alias_ranges import Ranges, bits, combine, const, interval

MAX_EXTENT_BITS = 120  # byte offsets, computed in i128 (alias_version.py)
# |byte offset| <= 2^62, checked at run time: a user address (< 2^62) plus such an offset
# is the address the access computes, no pointer arithmetic wraps
MAX_OFFSET = 1 << 62
# calls that touch no memory (or only as a hint): allowed with pointer operands
HINTS = ("llvm.lifetime.", "llvm.dbg.", "llvm.assume")
MEMORY_OPCODES = ("load", "store", "atomicrmw", "cmpxchg", "fence", "va_arg")


class Extent(ValueRecord):
    """Bytes [lo, hi) from the argument's address; `written` when some access stores,
    `indexed` when some access's offset varies (a loop walks the memory)."""

    _fields = ("lo", "hi", "written", "indexed")

    def __init__(self, lo: tuple, hi: tuple, written: bool, indexed: bool = False) -> None:
        self.lo = lo
        self.hi = hi
        self.written = written
        self.indexed = indexed


def argument_extents(function, layout) -> tuple[dict, set] | None:
    """{pointer argument index: Extent} (arguments never accessed are left out) and the
    runtime requirements they rest on, or None when some access is not understood."""
    ranges = Ranges(function)
    extents = {}
    for arg in function.args:
        if not arg.type.is_pointer:
            continue
        accesses = []
        if not _walk(arg, (const(0), const(0)), ranges, layout, accesses, set()):
            return None
        if accesses:
            extents[arg.index] = _union(accesses)
    if any(max(bits(e.lo), bits(e.hi)) > MAX_EXTENT_BITS for e in extents.values()):
        return None
    for extent in extents.values():
        ranges.require("sge", extent.lo, const(-MAX_OFFSET))
        ranges.require("sle", extent.hi, const(MAX_OFFSET))
    return extents, ranges.requirements


def touches_only_arguments(function, callees=frozenset()) -> bool:
    """True when every memory access is based on an argument or an alloca, and every call
    is a memory-free intrinsic or to one of `callees` (so argument extents cover all shared
    memory it touches; recursive_partition.py allows the function's own recursion)."""
    for inst in function.instructions():
        if isinstance(inst, CallInst):
            if not (inst.called_function in callees or _memory_free_call(inst)):
                return False
        elif inst.opcode in ("load", "store"):
            base = underlying_object(inst.operands[-1] if inst.opcode == "load"
                                     else inst.operands[1])
            if not isinstance(base, (Argument, AllocaInst)):
                return False
        elif inst.opcode in MEMORY_OPCODES:
            return False
    return True


def _memory_free_call(call: CallInst) -> bool:
    callee = call.called_function
    if callee is None or not callee.name.startswith("llvm."):
        return False
    if callee.name.startswith(HINTS):
        return True
    return not any(a.type.is_pointer for a in call.args) and "mem" not in callee.name


def _walk(ptr, offset, ranges: Ranges, layout, accesses: list, seen: set) -> bool:
    """Follow `ptr` (the argument + `offset`, a range in bytes) through its uses."""
    if ptr in seen:
        return False  # a pointer that reaches itself (through a phi): not affine
    seen.add(ptr)
    for user in list(ptr.users):
        if isinstance(user, GepInst) and user.operands[0] is ptr:
            step = _gep_range(user, ranges, layout)
            if step is None or not _walk(user, interval("add", offset, step), ranges,
                                         layout, accesses, seen):
                return False
        elif isinstance(user, MemoryInst) and user.opcode in ("load", "store") and \
                user.operands[-1] is ptr and not (user.opcode == "store" and
                                                  user.operands[0] is ptr):
            ty = user.type if user.opcode == "load" else user.operands[0].type
            end = combine("add", offset[1], const(layout.size(ty)))
            accesses.append(Extent(offset[0], end, user.opcode == "store",
                                   offset[0] != offset[1]))
        elif isinstance(user, DebugRecord) or isinstance(user, CallInst) and \
                user.called_function is not None and \
                user.called_function.name.startswith(HINTS):
            continue
        else:
            return False
    return True


def _gep_range(gep: GepInst, ranges: Ranges, layout):
    """The byte offset a GEP adds, as a range, or None (a variable struct index)."""
    indices = gep.operands[1:]
    total, ty = (const(0), const(0)), None
    for position, index in enumerate(indices):
        if position == 0:
            ty = gep.source_type
        elif isinstance(ty, (ArrayType, VectorType)):
            ty = ty.element
        elif isinstance(index, ConstantInt):  # a struct field: its constant offset
            field = layout.field_offsets(ty)[index.value]
            body = getattr(layout, "struct_bodies", {}).get(getattr(ty, "name", None), ty)
            total, ty = interval("add", total, (const(field),) * 2), body.elements[index.value]
            continue
        else:
            return None
        found = ranges.of(index)
        if found is None:
            return None
        total = interval("add", total, interval("mul", found, (const(layout.size(ty)),) * 2))
    return total


def _union(accesses: list) -> Extent:
    lo, hi = accesses[0].lo, accesses[0].hi
    for access in accesses[1:]:
        lo, hi = combine("smin", lo, access.lo), combine("smax", hi, access.hi)
    return Extent(lo, hi, any(a.written for a in accesses), any(a.indexed for a in accesses))
