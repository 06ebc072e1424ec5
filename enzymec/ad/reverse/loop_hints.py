"""Loop metadata the reverse sweep gives its own loops (`!llvm.loop` on a back edge).

The module's metadata is text (Module.trailer); a new node takes the next free number.
"""

from __future__ import annotations

from enzymec import regex_cache


_NUMBER = regex_cache.compile(r"!(\d+)")


def next_metadata_number(module) -> int:
    """One more than the largest metadata number the module defines or uses."""
    numbers = (int(m.group(1)) for line in module.trailer for m in _NUMBER.finditer(line))
    return max(numbers, default=-1) + 1


def keep_scalar(module, jumps, rolled: bool = False) -> None:
    """Mark each branch of `jumps` (a reverse loop's back edge) as the latch of a loop the
    loop vectorizer must leave scalar (`llvm.loop.vectorize.enable` false); `rolled`: the
    unroller too (loop_versions.py)."""
    hints = [_VECTORIZE_OFF, _UNROLL_OFF] if rolled else [_VECTORIZE_OFF]
    _hint(module, jumps, hints)


def keep_rolled(module, jumps) -> None:
    """Mark each branch of `jumps` as the latch of a loop the unroller leaves alone
    (`llvm.loop.unroll.disable`; the vectorizer may still vectorize it: loop_versions.py)."""
    _hint(module, jumps, [_UNROLL_OFF])


_VECTORIZE_OFF = '!{!"llvm.loop.vectorize.enable", i1 false}'
_UNROLL_OFF = '!{!"llvm.loop.unroll.disable"}'


def _hint(module, jumps, texts: list[str]) -> None:
    """Hint nodes `texts`, and a distinct loop node holding them on each branch of `jumps`."""
    if not jumps:
        return
    number = next_metadata_number(module)
    hints = []
    for text in texts:
        module.trailer.append(f"!{number} = {text}")
        hints.append(f"!{number}")
        number += 1
    for jump in jumps:
        module.trailer.append(f"!{number} = distinct !{{!{number}, {', '.join(hints)}}}")
        jump.metadata = [*jump.metadata, ("llvm.loop", f"!{number}")]
        number += 1
