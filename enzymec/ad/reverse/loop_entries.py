"""Loops entered at most once per call: their iteration counter is their tape index.

Every loop of a gradient counts its iterations twice: `iv` counts from 0 at each entry, and
the *tape index* counts all iterations of all entries, since a loop inside another one is
entered once per outer iteration and its tapes must hold every entry's values (tape.py). A
loop outside all others is entered at most once per call, unless a cycle that is no natural
loop (irreducible control flow) leads from it back to its preheader: then `iv` is the tape
index and the reverse sweep's iteration number `k` indexes the tapes. No tape-index slot is
kept, incremented, restored or decremented; in a split gradient's record that is 8 bytes
fewer per call (tree_reduce's leaves: 64 -> 48 bytes with the 16-byte rounding).
"""

from __future__ import annotations

from enzymec.analysis.scc import components


class LoopEntries:
    """Answers `entered_once` for every loop of one function from one computation of the
    forward CFG's strongly connected components (`preds`: block -> predecessors, forward
    blocks): a walk from each loop's header made a function of many loops quadratic."""

    def __init__(self, preds: dict):
        self.preds = preds
        self.component = components(preds, lambda b: [s for s in b.successors if s in preds])

    def entered_once(self, loop) -> bool:
        """Whether `loop` runs at most one entry per call: no loop holds it, and its
        preheader cannot be reached again from it. The preheader jumps to the header, so
        it is reached from the header exactly when both lie in one component."""
        if loop.parent is not None or loop.preheader is None:
            return False
        header, preheader = loop.header, loop.preheader
        if header not in self.preds:
            return True
        if preheader in self.preds and header in preheader.successors:
            return self.component[header] != self.component[preheader]
        return entered_once(loop, self.preds)


def entered_once(loop, preds: dict) -> bool:
    """Whether `loop` runs at most one entry per call: no loop holds it, and its preheader
    cannot be reached again from it (`preds`: block -> predecessors, forward blocks), by a
    walk from its header."""
    if loop.parent is not None or loop.preheader is None:
        return False
    seen, work = set(), [loop.header]
    while work:
        block = work.pop()
        if block is loop.preheader:
            return False
        if block in seen or block not in preds:
            continue
        seen.add(block)
        work.extend(block.successors)
    return True
