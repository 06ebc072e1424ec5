"""The forward half of a joined split function as a graph, built once per function.

record_tag.py asks of every crossing phi whether its block lies on a cycle of the forward
half and which of its edges each block can reach; each question walked the whole half
(predecessors rebuilt per phi, a reachability walk per phi): on a 64k-line chain of calls
299 phis took 5.0 of 38 profiled seconds. Here the predecessors and the strongly connected
components (enzymec/analysis/scc.py) are computed once, so a cycle is a lookup, and what a
block reaches is one bit mask (reach_bits.py), so which of a phi's edges a block can take
is a test per edge, not a walk of the half per phi.
"""

from __future__ import annotations

from enzymec.analysis.cfg import reached_from
from enzymec.analysis.scc import components, in_shared_components

from .reach_bits import ReachBits


class ForwardGraph:
    """`forward` (a set of blocks), its predecessor lists within it and its cycles."""

    def __init__(self, forward: set):
        self.forward = forward
        self._preds = None
        self._component = None
        self._shared: set = set()
        self._reach: ReachBits | None = None

    @property
    def preds(self) -> dict:
        """{forward block: its predecessors in the half}, built on the first question (a
        split function without a crossing phi asks none)."""
        if self._preds is None:
            self._preds = {}
            for block in self.forward:
                for succ in block.successors:
                    if succ in self.forward:
                        self._preds.setdefault(succ, []).append(block)
        return self._preds

    def reaches(self, block, target) -> bool:
        """Whether a path inside the half leads from `block` to `target` (a block reaches
        itself; a block outside the half reaches nothing), the masks built on the first
        question."""
        if self._reach is None:
            self._reach = ReachBits(self.forward)
        return bool(self._reach.reach((block,)) & self._reach.bits((target,)))

    def on_cycle(self, block) -> bool:
        """Whether `block` can reach itself along paths within the forward half (a block
        outside it: along paths through it and the half)."""
        if block not in self.forward:
            return block in reached_from([block], within=self.forward | {block})
        if self._component is None:
            self._cycles()
        return block in self._shared or block in block.successors

    def _cycles(self) -> None:
        """The blocks whose component holds another block (a cycle through two or more)."""
        self._component = components(
            self.forward, lambda b: [s for s in b.successors if s in self.forward])
        self._shared = in_shared_components(self._component)
