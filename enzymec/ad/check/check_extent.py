"""How many bytes to copy behind a pointer argument of a checked autodiff call.

Three rules, tried in this order (the first that applies wins):
1. the object at the call site: a local array or a global of known size, or a malloc /
   calloc / new whose size reaches the call (minus a constant offset into the object);
2. the function's own accesses at constant offsets (`x[0]`, `x[1]`);
3. a loop bound that is another argument: `for (i = 0; i < n; i++) x[i]` copies n elements.
Rule 1 copies the whole object, which is always safe; rules 2-3 copy what the function can
touch. The extent is an i64 value built before the call. When no rule applies the result
is a reason, and the call site is listed as unchecked.
"""

from __future__ import annotations

from enzymec.analysis.type_analysis import gep_offset
from enzymec.ir import I64, AllocaInst, ArrayType, CallInst, ConstantInt, GepInst, \
    GlobalVariable
from enzymec.ir.builder import IRBuilder, const_int

from .check_access import FLOAT_KINDS, Access

# allocation functions: name -> the size operands whose product is the size in bytes
ALLOCATORS = {"malloc": (0,), "calloc": (0, 1), "realloc": (1,), "_Znwm": (0,), "_Znam": (0,),
              "aligned_alloc": (1,), "valloc": (0,)}


def object_base(ptr, layout):
    """(base object, constant byte offset of `ptr` into it)."""
    offset = 0
    while isinstance(ptr, GepInst):
        step = gep_offset(ptr, layout)
        if step is None:
            break
        offset += step
        ptr = ptr.operands[0]
    return ptr, offset


def object_kind(base, layout) -> int | None:
    """The float kind of a local or global array of doubles or floats, else None."""
    ty = getattr(base, "allocated_type", None) or getattr(base, "value_type", None)
    while isinstance(ty, ArrayType):
        ty = ty.element
    return FLOAT_KINDS.get(str(ty)) if ty is not None else None


def object_extent(b: IRBuilder, ptr, layout):
    """Rule 1: bytes from `ptr` to the end of its object (an i64 value), or None."""
    base, offset = object_base(ptr, layout)
    if isinstance(base, AllocaInst) and (not base.operands or
                                         isinstance(base.operands[0], ConstantInt)):
        count = base.operands[0].value if base.operands else 1
        return const_int(I64, max(0, layout.size(base.allocated_type) * count - offset))
    if isinstance(base, GlobalVariable) and not base.is_declaration:
        return const_int(I64, max(0, layout.size(base.value_type) - offset))
    callee = base.called_function if isinstance(base, CallInst) else None
    if callee is None or callee.name not in ALLOCATORS:
        return None
    size = None
    for index in ALLOCATORS[callee.name]:
        operand = b.cast("zext", base.args[index], I64)
        size = operand if size is None else b.mul(size, operand, "check.bytes")
    return b.sub(size, const_int(I64, offset), "check.bytes") if offset else size


def access_extent(b: IRBuilder, access: Access, args: list):
    """Rules 2 and 3: the bytes the function can touch, from its accesses; `args[k]` is
    the value the call passes for parameter k. None when some use is not understood."""
    if access.unknown is not None or access.unbounded or \
            not (access.constant_end or access.loops):
        return None
    extent = const_int(I64, access.constant_end)
    for loop in access.loops:
        bound = args[loop.param]
        if bound.type != I64:
            bound = b.cast("zext" if loop.cast == "zext" else "sext", bound, I64)
        bound = b.smax(bound, const_int(I64, 0))
        bytes_ = b.add(b.mul(bound, const_int(I64, loop.size)), const_int(I64, loop.offset))
        extent = b.smax(extent, bytes_)
    return extent


def unknown_reason(access: Access, float_kind: int | None = None) -> str:
    """Why neither the object nor the accesses give an extent."""
    if access.unknown is not None:
        return access.unknown
    if access.unbounded:
        return "it is indexed by a value the checker cannot bound"
    if float_kind is not None and not access.dense(4 if float_kind == 1 else 8):
        return "the function reads it as a record with other data between its values"
    return "the function does not access it in a way the checker can bound"
