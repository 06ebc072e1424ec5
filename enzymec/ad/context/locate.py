"""Where to point a diagnostic about an instruction that has no source location of its own
(a phi, a select or a call that enzymec made while inlining or promoting calls): the
nearest instruction that has one, looking first at the values that use it (where the
problem shows in the user's code), then at the instructions after it in its block."""

from __future__ import annotations

from enzymec.ir import Instruction

USERS_LOOKED_AT = 16


def nearby(inst) -> list:
    """`inst`, its users breadth first (a few), then the rest of its block."""
    found, queue = [], [inst]
    while queue and len(found) < USERS_LOOKED_AT:
        value = queue.pop(0)
        if isinstance(value, Instruction) and value not in found:
            found.append(value)
            queue.extend(value.users)
    block = getattr(inst, "block", None)
    if block is not None and inst in block.instructions:
        found += block.instructions[block.instructions.index(inst) + 1:]
    return found


def nearest_location(inst, locate):
    """The first location with a line that `locate(candidate)` gives over `nearby(inst)`, or
    None (line 0 is LLVM's "no single line", as for a select merged from two stores)."""
    for candidate in nearby(inst):
        where = locate(candidate)
        if where is not None and where.line > 0:
            return where
    return None
