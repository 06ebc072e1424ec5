"""Heap and bulk-memory functions in differentiated code, as tables.

An allocation whose memory receives active data gets a shadow allocation of the same size,
zeroed, made right after it in the forward sweep; the shadow is freed at the allocation's
place in the reverse sweep, the point after which nothing reads it any more. The primal
`free` stays where it is: the reverse sweep never reads primal memory (forward values it
needs are taped), so freeing early is safe.
"""

from __future__ import annotations

# function name -> index of the byte-size argument (calloc: count * size, zeroed already)
ALLOCATORS = {"malloc": 0, "_Znwm": 0, "_Znam": 0, "_ZnwmRKSt9nothrow_t": 0,
              "_ZnamRKSt9nothrow_t": 0, "aligned_alloc": 1, "calloc": None}
DEALLOCATORS = frozenset({"free", "_ZdlPv", "_ZdaPv", "_ZdlPvm", "_ZdaPvm",
                          "_ZdlPvSt11align_val_t", "_ZdaPvSt11align_val_t"})
# allocation functions enzymec cannot give a shadow to yet: a clear error, never a guess
UNSUPPORTED_ALLOCATORS = frozenset({"realloc", "posix_memalign", "reallocarray", "strdup",
                                    "memalign", "valloc"})
MEMSET = ("llvm.memset.", "memset")
MEMCPY = ("llvm.memcpy.", "llvm.memmove.", "memcpy", "memmove")


def callee_name(call) -> str:
    fn = call.called_function
    return fn.name if fn is not None else ""


def is_allocation(call) -> bool:
    return callee_name(call) in ALLOCATORS


def is_deallocation(call) -> bool:
    return callee_name(call) in DEALLOCATORS


def is_memset(call) -> bool:
    name = callee_name(call)
    return name == "memset" or name.startswith("llvm.memset.")


def is_memcpy(call) -> bool:
    name = callee_name(call)
    return name in ("memcpy", "memmove") or name.startswith(("llvm.memcpy.", "llvm.memmove."))
