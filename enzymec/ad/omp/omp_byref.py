"""Captured floating-point values passed to a parallel region by value, passed by reference.

clang passes a `firstprivate` (or implicitly captured) `double a` to the outlined function
as the integer image of it (`%bits = bitcast double %a to i64`, an `i64` parameter). An
integer carries no derivative through the fork call, so the adjoint of `a` would be lost.
Before AD the capture becomes a pointer to a slot holding `a` in the caller, and the
outlined function is replaced by a copy taking that pointer, whose body loads `a` from it
and takes the same image again (`punning.py` then removes the round trip). Every thread
reads the slot, so in the reverse sweep their adjoints meet in its shadow by atomic adds
(omp_atomic.py), and the caller's reverse of its store moves the sum into `a`'s adjoint.
"""

from __future__ import annotations

from enzymec import regex_cache
from enzymec.ir import PTR, CallInst, Function, FunctionType, Instruction, MemoryInst
from enzymec.ir.builder import IRBuilder
from enzymec.ir.clone import clone_body

IMAGE_CASTS = ("bitcast", "zext")  # float -> same-width integer -> wider integer
_NOT_COPIED = regex_cache.compile(r"\s*(!dbg ![0-9]+|comdat(\([^)]*\))?)")


def float_image(value) -> tuple[object, list] | None:
    """(the float value, the casts from it to `value`, innermost first) when `value` is the
    integer image of a float, else None."""
    casts = []
    while isinstance(value, Instruction) and value.opcode in IMAGE_CASTS:
        casts.append((value.opcode, value.type))
        value = value.operands[0]
    if casts and value.type.is_float:
        return value, list(reversed(casts))
    return None


def pass_by_reference(fork: CallInst) -> None:
    """Rewrite `fork`'s captures that are float images into slot pointers (and its outlined
    function into the copy that takes them)."""
    images = {k: float_image(v) for k, v in enumerate(fork.args[3:])}
    images = {k: image for k, image in images.items() if image is not None}
    if not images:
        return
    fn = fork.block.function
    entry = IRBuilder(fn).position_before(fn.entry.first_non_phi())
    here = IRBuilder(fn).position_before(fork)
    for k, (value, _) in images.items():
        slot = entry.alloca(value.type, "omp.byref")
        here.store(value, slot)
        fork.set_operand(3 + k, slot)
    outlined = fork.args[2]
    copy = by_reference_copy(outlined, {2 + k: casts for k, (_, casts) in images.items()},
                             {2 + k: value.type for k, (value, _) in images.items()})
    fork.set_operand(2, copy)


def by_reference_copy(outlined: Function, casts: dict, types: dict) -> Function:
    """`outlined` with the parameters in `casts` taken as pointers to their float values."""
    module = outlined.module
    key = "".join(f"{i}{types[i]}" for i in sorted(types))
    name = f"{outlined.name}.byref.{key}"
    existing = module.get_function(name)
    if existing is not None:
        return existing
    params = tuple(PTR if i in casts else p for i, p in enumerate(outlined.function_type.params))
    copy = Function(name, FunctionType(outlined.return_type, params))
    copy.set_signature(copy.function_type, [a.name for a in outlined.args],
                       ["" if i in casts else a.attrs for i, a in enumerate(outlined.args)])
    copy.prefix = "internal"
    copy.suffix = _NOT_COPIED.sub("", outlined.suffix or "")
    module.add_function(copy)
    prologue, value_map = [], {}
    for index, (old, new) in enumerate(zip(outlined.args, copy.args)):
        if index not in casts:
            value_map[old] = new
            continue
        load = MemoryInst("load", types[index], [new], copy.unique_name("byref.value"))
        prologue.append(load)
        current = load
        for opcode, ty in casts[index]:
            current = Instruction(opcode, ty, [current], copy.unique_name("byref.image"))
            prologue.append(current)
        value_map[old] = current
    blocks = clone_body(outlined, copy, value_map, keep_debug_location=True)
    for inst in reversed(prologue):
        blocks[0].insert(0, inst)
    return copy
