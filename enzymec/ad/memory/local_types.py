"""The declared type of a local variable, also after split mode moved it to the heap.

Where type analysis cannot tell the layout of a struct copy (memory.py, declared_fields), the
local's declared type can: `Rec r = *rp` copies into `alloca %struct.Rec`. A function
differentiated through a call has its allocas turned into mallocs first (split.py,
allocas_to_heap), which would lose that type; the malloc is remembered here with it, on the
module (the clone's instructions live as long as the module does).
"""

from __future__ import annotations

from enzymec.ir import AllocaInst, CallInst, ConstantInt


def remember(call: CallInst, ty) -> None:
    """`call` allocates what was a local of type `ty`."""
    module = call.function.module
    table = getattr(module, "_local_types", None)
    if table is None:
        table = module._local_types = {}
    table[call] = ty


def declared_type(pointer):
    """The type of the single local `pointer` is (an alloca of one element, or the malloc
    that replaced one), else None."""
    if isinstance(pointer, AllocaInst):
        count = pointer.operands[0] if pointer.operands else None
        if count is None or isinstance(count, ConstantInt) and count.value == 1:
            return pointer.allocated_type
        return None
    if isinstance(pointer, CallInst) and pointer.function is not None:
        return getattr(pointer.function.module, "_local_types", {}).get(pointer)
    return None
