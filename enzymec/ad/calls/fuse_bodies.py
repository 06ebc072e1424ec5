"""The loop bodies fuse_outline.py outlined for a per-iteration reverse: call_kinds.FUSED
matches calls to them, split_calls.py hands them to fuse_call.py. A leaf module (the kinds
table, the outliner, the synthesizer and store forwarding all need it).

A body's *scratch parameters* are the loop's malloc'd scratch objects, which the loop alone
used, each reaching the body through that parameter alone, and whose every element the body
reads it wrote first in the same call (fuse_plan.py (3)). In the body's gradient they are
`noalias` and scratch like a fresh allocation (store_forwarding.is_scratch): their loads
are rebuilt from their stores or loaded again, other arguments' loads are reloaded (their
memory is not written: aliasing.unwritten_memory), and their shadow, the loop's own (zero
when the loop starts), is zero again after every call, since each element's first write in
a call is a plain store, whose reverse zeroes it. (The body allocating its own scratch on
the stack instead cost a zeroed shadow and a frame per call: GMM at d = 2, K = 5, 1.38x.)
"""

from __future__ import annotations

# IR functions take no weak references; a body is a few hundred bytes per fused loop
FUSED_BODIES: set = set()
SCRATCH_PARAMETERS: dict = {}  # body -> indices of its scratch parameters
_SCRATCH_ARGUMENTS: set = set()  # the same parameters in the bodies' gradients


def is_fused_body(callee) -> bool:
    return callee in FUSED_BODIES


def note_scratch_arguments(original, arguments, shadows) -> None:
    """`arguments` are the primal parameters of a gradient of `original`, `shadows` maps
    them to their shadow parameters: its scratch parameters become `noalias` scratch there,
    and so do their shadows. The fused loop allocates each scratch's shadow for that
    scratch alone and passes it in that parameter alone, so nothing else the gradient
    reaches (the user's shadows, the tapes, other scratch) overlaps it; without the
    attribute LLVM checked at run time, for each (point, component) of GMM, that a fused
    tape's buffer and the shadow of `Q xc` do not overlap before vectorizing a loop."""
    for index in SCRATCH_PARAMETERS.get(original, ()):
        arg = arguments[index]
        _SCRATCH_ARGUMENTS.add(arg)
        for param in (arg, shadows.get(arg)):
            if param is not None and "noalias" not in param.attrs.split():
                param.attrs = f"noalias {param.attrs}".strip()


def is_fused_scratch(value) -> bool:
    return value in _SCRATCH_ARGUMENTS
