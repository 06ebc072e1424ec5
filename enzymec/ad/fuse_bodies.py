"""The loop bodies fuse_outline.py outlined for a per-iteration reverse: call_kinds.FUSED
matches calls to them, split_calls.py hands them to fuse_call.py. A leaf module (the kinds
table and the outliner both need it)."""

from __future__ import annotations

# IR functions take no weak references; a body is a few hundred bytes per fused loop
FUSED_BODIES: set = set()


def is_fused_body(callee) -> bool:
    return callee in FUSED_BODIES
