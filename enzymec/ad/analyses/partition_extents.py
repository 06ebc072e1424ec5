"""The bytes a recursion that partitions its pointer arguments can touch
(recursive_partition.py), as alias_extent.py's extents: what runtime alias versioning
(alias_version.py) needs to version a call of tree_reduce's `tree(x, n)`, which
alias_extent.py refuses (it passes `x` on to a call).

A partitioned argument `x` with length argument L is only loaded, at elements [0, L) over
the whole recursion: its extent is [0, L * element size), read only, walked by a loop. The
function touches no other memory (the partition's first rule), so these extents cover all
the memory a call shares with its caller.
"""

from __future__ import annotations

from .alias_extent import Extent
from .alias_ranges import LEAF_BITS, const
from .recursive_partition import THROUGH_CALLS, Partition, partition


def partition_extents(function, layout) -> tuple[dict, set] | None:
    """{pointer argument index: Extent} and the runtime requirements (the length within
    alias_ranges' bounds), when every used pointer argument is partitioned; else None."""
    if not THROUGH_CALLS:
        return None
    extents, requirements = {}, set()
    for arg in function.args:
        if not arg.type.is_pointer or not arg.users:
            continue
        found = partition(function, arg)
        if not isinstance(found, Partition):
            return None
        length = found.length
        leaf = ("arg", length.index, None if length.type.bits == 64 else "sext")
        size = layout.size(found.load.type)
        extents[arg.index] = Extent(const(0), ("mul", leaf, const(size)), False, True)
        requirements |= {("sle", leaf, const(1 << LEAF_BITS)),
                         ("sge", leaf, const(-(1 << LEAF_BITS)))}
    return (extents, requirements) if extents else None
