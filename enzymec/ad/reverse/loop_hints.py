"""Loop metadata the reverse sweep gives its own loops (`!llvm.loop` on a back edge).

The module's metadata is text (Module.trailer); a new node takes the next free number.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"!(\d+)")


def next_metadata_number(module) -> int:
    """One more than the largest metadata number the module defines or uses."""
    numbers = (int(m.group(1)) for line in module.trailer for m in _NUMBER.finditer(line))
    return max(numbers, default=-1) + 1


def keep_scalar(module, jumps) -> None:
    """Mark each branch of `jumps` (a reverse loop's back edge) as the latch of a loop the
    loop vectorizer must leave scalar (`llvm.loop.vectorize.enable` false)."""
    if not jumps:
        return
    number = next_metadata_number(module)
    hint = number
    module.trailer.append(f'!{hint} = !{{!"llvm.loop.vectorize.enable", i1 false}}')
    for offset, jump in enumerate(jumps, start=1):
        node = number + offset
        module.trailer.append(f"!{node} = distinct !{{!{node}, !{hint}}}")
        jump.metadata = [*jump.metadata, ("llvm.loop", f"!{node}")]
