"""The size of the object a pointer is based on, when the IR says it: an alloca of a sized
type, or a heap allocation whose size arguments are constants (`new` of a 56-byte hash node,
`malloc(64)`, `calloc(4, 8)`).

A memcpy of unknown length cannot run past the object either of its pointers points into
(that would be undefined behaviour), so such a size bounds what the copy may move: type
analysis (type_analysis.py) then unifies, and memory.py derives, only the bytes the copy can
reach. libstdc++ moving a `std::string` key into a freshly allocated 56-byte hash node copies
`size + 1` bytes (a run-time length) into the node's 16-byte local buffer at offset 24: the
node bounds the copy to 32 bytes, whose fields type analysis knows (the buffer's bytes, the
mapped `double` at 40, the hash at 48); the field helpers of the runtime then move a field's
adjoint only when the copy covered it (`at + sizeof(T) <= bytes`), which for a short key it
does not.

The table lists the allocation functions by the indices of their size arguments (the
product is the byte size). It is a subset of enzymec/ad/rules/heap.py's table kept here so the
analysis package does not depend on the AD package; allocators missing here only lose the
bound (a located error stays a located error).
"""

from __future__ import annotations

from enzymec.ir import CallInst, ConstantInt, Value

# allocation function -> indices of the arguments whose product is the size in bytes
FIXED_SIZE_ALLOCATORS = {
    "malloc": (0,), "calloc": (0, 1), "_Znwm": (0,), "_Znam": (0,),
    "_ZnwmRKSt9nothrow_t": (0,), "_ZnamRKSt9nothrow_t": (0,),
    "_ZnwmSt11align_val_t": (0,), "_ZnamSt11align_val_t": (0,),
    "aligned_alloc": (1,),
}


def object_size(base: Value, layout) -> int | None:
    """Bytes of the object `base` (an alloca or allocation call, not a GEP) when constant."""
    if getattr(base, "opcode", None) == "alloca":
        if base.operands or layout is None:
            return None  # `alloca T, i64 %n`: a variable count
        return layout.size(base.allocated_type)
    if isinstance(base, CallInst) and base.called_function is not None:
        indices = FIXED_SIZE_ALLOCATORS.get(base.called_function.name)
        if indices is None or max(indices) >= len(base.args):
            return None
        sizes = [base.args[i] for i in indices]
        if not all(isinstance(s, ConstantInt) for s in sizes):
            return None
        product = 1
        for size in sizes:
            product *= size.value
        return product
    return None
