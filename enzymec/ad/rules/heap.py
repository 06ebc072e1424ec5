"""Heap and bulk-memory functions in differentiated code, as tables.

An allocation whose memory receives active data gets a shadow allocation of the same size,
zeroed, made right after it in the forward sweep; the shadow is freed at the allocation's
place in the reverse sweep, the point after which nothing reads it any more. The primal
`free` stays where it is: the reverse sweep never reads primal memory (forward values it
needs are taped), so freeing early is safe.

Shadows of heap memory come from `__enzymec_shadow_alloc` (runtime/enzymec_rt.c): ordinary
heap blocks, zeroed over their whole usable size, so that a shadow handed to the user (a
pointer tangent, a shadow stored into the caller's shadow memory) can be freed or reallocated
there; `realloc`'s shadow copies the old shadow's usable size (its bytes past the requested
size are zero). `posix_memalign` returns its pointer through
memory; `expose_posix_memalign` rewrites it, before AD, into a call returning the pointer
(an allocation like the others) and a store of that pointer (visible to activity).
"""

from __future__ import annotations

from enzymec.ir import I32, I64, PTR, AllocaInst, CallInst, ConstantInt, Function
from enzymec.ir.builder import IRBuilder
from enzymec.records import FrozenRecord, init_field

from .runtime_calls import runtime_function


class Allocator(FrozenRecord):
    """Where an allocation function's arguments say what the shadow must be."""

    _fields = ("size", "align", "fixed_align", "old")

    def __init__(
            self, size: tuple[int, ...], align: int | None = None, fixed_align: int = 16,
            old: int | None = None
    ) -> None:
        init_field(self, "size", size)  # indices of the arguments whose product is the byte size
        init_field(self, "align", align)  # index of the alignment argument
        # the alignment when there is no such argument
        init_field(self, "fixed_align", fixed_align)
        init_field(self, "old", old)  # realloc: index of the pointer whose memory moves


MALLOC = Allocator((0,))
ALIGNED_NEW = Allocator((0,), align=1)
ALLOCATORS = {
    "malloc": MALLOC, "calloc": Allocator((0, 1)),
    "_Znwm": MALLOC, "_Znam": MALLOC, "_ZnwmRKSt9nothrow_t": MALLOC,
    "_ZnamRKSt9nothrow_t": MALLOC,
    "_ZnwmSt11align_val_t": ALIGNED_NEW, "_ZnamSt11align_val_t": ALIGNED_NEW,
    "_ZnwmSt11align_val_tRKSt9nothrow_t": ALIGNED_NEW,
    "_ZnamSt11align_val_tRKSt9nothrow_t": ALIGNED_NEW,
    "aligned_alloc": Allocator((1,), align=0), "memalign": Allocator((1,), align=0),
    "valloc": Allocator((0,), fixed_align=4096),
    "realloc": Allocator((1,), old=0), "reallocarray": Allocator((1, 2), old=0),
    "__enzymec_posix_memalign": Allocator((2,), align=1),  # see expose_posix_memalign
}
DEALLOCATORS = frozenset({"free", "_ZdlPv", "_ZdaPv", "_ZdlPvm", "_ZdaPvm",
                          "_ZdlPvSt11align_val_t", "_ZdaPvSt11align_val_t",
                          "_ZdlPvmSt11align_val_t", "_ZdaPvmSt11align_val_t"})
# functions that allocate memory enzymec cannot give a shadow to: a clear error when active
# data is written there, never a guess
UNSUPPORTED_ALLOCATORS = frozenset({"pvalloc", "mmap", "mmap64", "mremap", "sbrk",
                                    "reallocf", "strdup", "strndup"})
MEMSET = ("llvm.memset.", "memset")
MEMCPY = ("llvm.memcpy.", "llvm.memmove.", "memcpy", "memmove")


def callee_name(call) -> str:
    """The name of the function `call` calls ("" if indirect); `call` may also be the
    function itself (call_kinds' matchers decide by the callee)."""
    fn = call if isinstance(call, Function) else call.called_function
    return fn.name if fn is not None else ""


def allocator(call) -> Allocator | None:
    return ALLOCATORS.get(callee_name(call)) if isinstance(call, (CallInst, Function)) else None


def is_allocation(call) -> bool:
    return callee_name(call) in ALLOCATORS


def is_reallocation(call) -> bool:
    found = allocator(call)
    return found is not None and found.old is not None


def is_deallocation(call) -> bool:
    """Frees memory: `free` and `delete`, and `realloc`, which frees its old block."""
    return callee_name(call) in DEALLOCATORS or is_reallocation(call)


def is_memset(call) -> bool:
    name = callee_name(call)
    return name == "memset" or name.startswith("llvm.memset.")


def is_memcpy(call) -> bool:
    name = callee_name(call)
    return name in ("memcpy", "memmove") or name.startswith(("llvm.memcpy.", "llvm.memmove."))


def transfer(call) -> tuple | None:
    """(destination, source) of a call that copies memory: memcpy/memmove, and realloc, whose
    new block receives the old one's contents."""
    if is_memcpy(call):
        return call.args[0], call.args[1]
    if is_reallocation(call):
        return call, call.args[allocator(call).old]
    return None


# -- the shadow's size and alignment, as IR values at the allocation ------------------------
def byte_size(b: IRBuilder, call: CallInst):
    """The allocation's byte size (i64), a product of its size arguments."""
    size = None
    for index in allocator(call).size:
        value = b.cast("zext", call.args[index], I64)
        size = value if size is None else b.mul(size, value)
    return size


def alignment(call: CallInst):
    """The shadow's alignment (i64): the primal's, so that the aligned loads and stores the
    code does through the primal pointer are valid through the shadow too."""
    found = allocator(call)
    if found.align is None:
        return ConstantInt(I64, found.fixed_align)
    return call.args[found.align]


# -- posix_memalign --------------------------------------------------------------------------
def expose_posix_memalign(function: Function, origin: dict) -> None:
    """`%r = call i32 @posix_memalign(ptr %pp, i64 %a, i64 %n)` becomes

        %old = load ptr, ptr %pp
        %p = call ptr @__enzymec_posix_memalign(ptr %pp, i64 %a, i64 %n, ptr %r.slot)
        %r = load i32, ptr %r.slot
        %ok = icmp eq i32 %r, 0
        %v = select i1 %ok, ptr %p, ptr %old
        store ptr %v, ptr %pp

    The helper calls posix_memalign and returns the new block (null on failure), so the
    allocation is a call returning its pointer, shadowed like malloc's. The store rewrites
    what *pp already holds (the new block, or on failure its unchanged old value): it is
    there to carry the shadow into the shadow of *pp."""
    calls = [i for i in function.instructions() if isinstance(i, CallInst)
             and callee_name(i) == "posix_memalign" and i.opcode == "call"]
    for call in calls:
        helper = runtime_function(function.module, "posix_memalign")
        b = IRBuilder(function).position_before(function.blocks[0].first_non_phi())
        slot = b.insert(AllocaInst(I32, PTR, align=4), "memalign.result")
        b.position_before(call)
        pp, align, size = call.args
        old = b.load(PTR, pp, "memalign.old", 8)
        pointer = b.call(helper, [pp, b.cast("zext", align, I64), b.cast("zext", size, I64),
                                  slot], name="memalign.ptr")
        result = b.load(I32, slot, "memalign.result")
        ok = b.icmp("eq", result, ConstantInt(I32, 0))
        b.store(b.select(ok, pointer, old, "memalign.block"), pp, 8)
        if call in origin:  # errors about the allocation point at the original call
            origin[pointer] = origin[call]
        call.replace_all_uses_with(result)
        call.erase()
