"""`realloc` of memory handed in from outside, in forward mode: the tangent follows by
`realloc` of its own.

The caller passed `a` and its tangent buffer `da` (enzyme_dup); the function does
`a = realloc(a, size)`. In forward mode nothing ever reads the old tangent again, so the
tangent moves exactly as the primal does: `da' = realloc(da, size)` (Enzyme's forward-mode
rule). Like the primal pointer, the caller's `da` is stale afterwards; both buffers must come
from malloc (the caller's side of the contract, as with any realloc). Such a tangent is a
plain heap block whose bytes past the caller's size are not known to be zero (enzymec's own
shadows zero them), so a later `free` of it is a plain `free` and a later `realloc` of it is
again a plain `realloc`.

Reverse mode cannot do this soundly, and enzymec refuses it (memory.py): the reverse sweep
must move the adjoints of the bytes realloc kept back into the caller's `da`, which means
knowing how many bytes the old block held. A block from outside carries no size enzymec can
read (`malloc_usable_size` gives the allocator's rounded-up size, whose extra bytes in `da`
are garbage that would enter the gradient), and realloc of `da` itself would free the
buffer where the caller expects its gradient. Enzyme refuses the same case in reverse mode
("could not statically determine size of realloc": its rewrite of realloc into
malloc+memcpy+free needs the old size).
"""

from __future__ import annotations

from enzymec.ir import Argument, CallInst

from ..rules import heap

PLAIN_FREE_ALIGN = 0  # forward_calls' `freed` alignment meaning: free the tangent with free()


def in_forward_mode(ctx) -> bool:
    """The function of context `ctx` (function_context.py) is a tangent (forward-mode)
    function."""
    return ctx.forward_mode


def plain_tangent(ctx, origins, obj, seen=None) -> bool:
    """`obj` (an origin object) has a plain heap block as its tangent: an argument (its
    tangent is the caller's buffer) or a realloc of such memory, in forward mode
    (`origins`: PointerOrigins of the function)."""
    if not in_forward_mode(ctx):
        return False
    if isinstance(obj, Argument):
        return True
    if not (isinstance(obj, CallInst) and heap.is_reallocation(obj)):
        return False
    seen = seen or set()
    if obj in seen:
        return False
    seen.add(obj)
    objects = origins.objects(obj.args[heap.allocator(obj).old])
    return bool(objects) and all(plain_tangent(ctx, origins, o, seen) for o in objects)


def follows_by_realloc(ctx, origins, call: CallInst) -> bool:
    """realloc `call`'s tangent is `realloc(old tangent, size)`: forward mode, and its old
    pointer may point only into memory whose tangents are plain heap blocks."""
    return in_forward_mode(ctx) and plain_tangent(ctx, origins, call)
