"""Pointer globals whose derivative memory outlives one gradient call.

A global `double *work` that the differentiated code writes active data through needs a
shadow pointer, `@work.shadow`, pointing to the shadow of the block `work` points to. When
the differentiated code allocates that block itself (a lazily allocated static scratch
buffer, `if (!work) work = malloc(...)`), the gradient stores the shadow pointer beside it;
the block outlives the call, and so must its shadow: zeroing `@work.shadow` when the next
gradient starts (as floating-point shadow globals are, so that adjoints do not leak from one
call into the next) sent every shadow access of the second call through null (a crash).
When `work` was set outside the differentiated code (a buffer malloc'd in main), no shadow
exists at all.

So a pointer global's shadow is kept from call to call, next to the primal value it shadows
(`@work.shadow.of`, stored wherever the gradient stores the pointer and its shadow), and
wherever the gradient loads `work` to reach memory through it, the runtime's
`__enzymec_check_global_shadow` checks that a non-null `work` is the pointer the shadow was
made for; otherwise the program stops with a message naming the global (a buffer set or
replaced outside every gradient call: pass it as an argument instead), never a wrong number.
(Checked where it is loaded, not when the gradient starts: code that allocates the buffer
afresh each call, after a primal call left a dangling pointer there, is fine.)

The same holds for each pointer field of a struct global (a `static std::vector<double>`
is three pointers, begin, end and capacity: filled by a call before the first gradient,
its zeroed shadow sent the gradient's stores through null, a crash): each such slot, a
global and the constant offset of a pointer in it (`pointer_slot`), keeps its shadow and
its owner, and is checked where it is loaded. Pointers inside arrays are not slots (a
variable index cannot be followed): their shadows are zeroed, as before.
"""

from __future__ import annotations

from enzymec.analysis.type_analysis import constant_offset
from enzymec.ir import I8, I64, PTR, ConstantInt, GlobalVariable, NamedStructType, StructType
from enzymec.ir.builder import IRBuilder
from enzymec.ir.strings import private_string
from enzymec.ir.values import SimpleConstant

from ..rules.runtime_calls import runtime_function


def is_pointer_global(var) -> bool:
    return isinstance(var, GlobalVariable) and var.value_type == PTR


def pointer_slot(ptr, layout) -> tuple[GlobalVariable, int] | None:
    """(global, byte offset) when `ptr`, the address of a pointer load or store, is a pointer
    global or a constant offset into a struct global at one of its pointer fields (kept
    from call to call: kept_offsets); else None."""
    base, offset = constant_offset(ptr, layout)
    if offset is None or not isinstance(base, GlobalVariable):
        return None
    return (base, offset) if offset in kept_offsets(base, layout) else None


def kept_offsets(var: GlobalVariable, layout) -> set[int]:
    """The offsets of `var`'s pointers whose shadows are kept from call to call: the global
    itself when it is a pointer, the pointer fields of a struct (not inside arrays)."""
    found: set[int] = set()
    _pointer_fields(var.value_type, 0, layout, found)
    return found


def _pointer_fields(ty, at: int, layout, found: set) -> None:
    if ty == PTR:
        found.add(at)
    elif isinstance(ty, (StructType, NamedStructType)):
        body = layout.body(ty) if isinstance(ty, NamedStructType) else ty
        if body is None:
            return
        for offset, element in zip(layout.field_offsets(body), body.elements):
            _pointer_fields(element, at + offset, layout, found)


def _owner(registry: dict, slot: tuple[GlobalVariable, int]) -> tuple:
    """(`@var.shadow.of`, the primal value the shadow in that slot of `@var.shadow` was made
    for; the message naming the slot for the runtime's check; `@var.shadow.own`, 1 when
    that shadow is a block the derivative code allocated), made once per slot."""
    found = registry.get(slot)
    if found is None:
        var, offset = slot
        module = var.module
        owner = _internal_global(module, var.name + ".shadow.of", PTR, "null", 8)
        own = _internal_global(module, var.name + ".shadow.own", I8, "zeroinitializer", 1)
        what = f"the global pointer '{var.name}'" if is_pointer_global(var) else \
            f"the pointer at byte {offset} of the global '{var.name}'"
        name = private_string(module, f"enzymec: {what}", ".enzymec.global.name")
        found = registry[slot] = (owner, name, own)
    return found


def _internal_global(module, name: str, ty, initial: str, align: int) -> GlobalVariable:
    var = GlobalVariable(module.unique_symbol(name))
    var.prefix = "internal"
    var.value_type = ty
    var.initializer = SimpleConstant(ty, initial)
    var.suffix = f", align {align}"
    module.add_global(var)
    return var


def check_loaded(b: IRBuilder, load, shadow, registry: dict, slot) -> None:
    """After `load` of a pointer slot and of its kept `shadow`: stop the program unless a
    non-null pointer is the one the shadow was made for."""
    owner, name, _ = _owner(registry, slot)
    b.call(runtime_function(b.function.module, "check_global_shadow"),
           [load, shadow, b.load(PTR, owner, slot[0].name + ".shadow.of.now"), name])


def record_owner(b: IRBuilder, store, registry: dict, slot, allocated: bool) -> None:
    """Beside the store of a pointer into a slot and of its shadow into the shadow global's:
    which primal pointer that shadow is for, and whether the derivative code allocated that
    shadow (`allocated`: the block stored is one of its allocations)."""
    owner, _, own = _owner(registry, slot)
    b.store(store.operands[0], owner, store.align)
    b.store(ConstantInt(I8, int(allocated)), own, 1)


def clear_kept(b: IRBuilder, var: GlobalVariable, shadow: GlobalVariable, offset: int,
               registry: dict) -> None:
    """At the start of a top-level derivative: zero the contents of the block the kept
    shadow in slot (`var`, `offset`) points to, when the derivative code allocated it and
    the slot still holds the block it was made for. What an earlier call left there
    (tangents of a forward call, adjoints of loads a reverse call never consumed) is not
    this call's: a static workspace written by a forward call and read back by the next
    reverse one gave that reverse call the forward's tangents as adjoints. A shadow the
    code did not allocate (a dup argument's, stored in the global) is the caller's and stays
    as it is."""
    owner, _, own = _owner(registry, (var, offset))
    module = var.module
    at = (lambda g: g) if offset == 0 else \
        (lambda g: b.gep(I8, g, [ConstantInt(I64, offset)], g.name + ".slot"))
    b.call(runtime_function(module, "clear_kept_shadow"),
           [b.load(PTR, at(shadow), var.name + ".kept"), b.load(PTR, at(var), var.name + ".now"),
            b.load(PTR, owner, var.name + ".shadow.of.now"),
            b.load(I8, own, var.name + ".shadow.own.now")])
