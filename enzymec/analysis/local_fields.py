"""What a load from a field of a local variable may read: the values stored to that field.

Why: at -O0 clang leaves a struct built and read in one function on the stack (`par p = {a,
coef}; g(&p)`, g inlined by the AD), and activity analysis, which does not follow memory,
takes every pointer loaded from memory holding active data for a pointer with a shadow. A
pointer field that only ever receives pointers without shadows (an `enzyme_const` argument)
then read a null shadow: the gradient dereferenced it (a crash). When the local's every use
is a load or store at a constant offset (no call, copy or escaping address), the stores to
a field are all a load of it can read, and activity asks them.
"""

from __future__ import annotations

from enzymec.ir import AllocaInst, GepInst, Instruction

from .type_analysis import gep_offset


def stored_values(load: Instruction, memo: dict) -> list | None:
    """The values the stores of `load`'s local field write there, or None when `load` does
    not read a field of a local whose uses are all plain loads and stores (see the module
    doc) or some store overlaps the field differently. `memo` keeps each local's fields
    for one analysis of one function."""
    found = _field_of(load.operands[0])
    if found is None:
        return None
    alloca, offset = found
    if alloca not in memo:
        memo[alloca] = _collect(alloca)
    fields = memo[alloca]
    return None if fields is None else fields.get((offset, str(load.type)), [])


def _field_of(ptr) -> tuple[AllocaInst, int] | None:
    offset = 0
    while isinstance(ptr, GepInst):
        step = _constant_offset(ptr)
        if step is None:
            return None
        offset += step
        ptr = ptr.operands[0]
    return (ptr, offset) if isinstance(ptr, AllocaInst) else None


def _constant_offset(gep: GepInst) -> int | None:
    fn = gep.function
    layout = fn.module.layout if fn is not None and fn.module is not None else None
    return None if layout is None else gep_offset(gep, layout)


def _collect(alloca: AllocaInst) -> dict | None:
    """{(offset, type text): [stored values]} of a local used only by loads and stores at
    constant offsets, each offset accessed as one type, no two overlapping; else None."""
    fields: dict = {}
    spans: dict = {}  # offset -> the one type read or written there
    work = [(alloca, 0)]
    while work:
        ptr, offset = work.pop()
        for user in ptr.users:
            if not isinstance(user, Instruction):
                return None
            if isinstance(user, GepInst) and user.operands[0] is ptr:
                step = _constant_offset(user)
                if step is None:
                    return None
                work.append((user, offset + step))
                continue
            if user.opcode == "load" and user.operands[0] is ptr and not user.volatile:
                ty = user.type
            elif user.opcode == "store" and user.operands[1] is ptr and \
                    user.operands[0] is not ptr and not user.volatile:
                ty = user.operands[0].type
                fields.setdefault((offset, str(ty)), []).append(user.operands[0])
            elif _is_lifetime(user):
                continue
            else:
                return None  # a call, a copy, an escaping address: anything may be there
            if str(spans.setdefault(offset, ty)) != str(ty):
                return None  # the field read or written as two types: not followed
    return fields if _disjoint(alloca, spans) else None


def _disjoint(alloca: AllocaInst, spans: dict) -> bool:
    """Whether the fields accessed (offset -> type) overlap nowhere."""
    fn = alloca.function
    layout = fn.module.layout if fn is not None and fn.module is not None else None
    if layout is None:
        return False
    end = None
    for offset in sorted(spans):
        if end is not None and offset < end:
            return False
        end = offset + layout.size(spans[offset])
    return True


def _is_lifetime(inst: Instruction) -> bool:
    callee = getattr(inst, "called_function", None)
    return callee is not None and callee.name.startswith(("llvm.lifetime.", "llvm.dbg."))
