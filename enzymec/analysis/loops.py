"""Natural loops, their nesting forest, and canonical induction variables.

Algorithm (Aho, Sethi and Ullman, "Compilers", section 10.4; LLVM's LoopInfo): an edge
`b -> h` is a back edge when `h` dominates `b`. The natural loop of `h` is `h` plus every block
that reaches one of its back-edge sources without passing through `h` (a backward walk from
the latches); back edges to the same header form one loop. Two natural loops with different
headers are disjoint or nested, so a loop's parent is the smallest other loop containing its
header. Cycles without a dominating header (irreducible control flow) are not loops here.

`canonical_induction(loop)` recognises the shape the tape indexes caches by:

    header:  %i = phi i64 [ %start, %preheader ], [ %i.next, %latch ]
    latch:   %i.next = add i64 %i, 1              ; constant step
             %c = icmp slt i64 %i.next, %n        ; %n defined outside the loop
             br i1 %c, label %header, label %exit

and, from the exit test, describes how many times the header executes per entry to the loop.
"""

from __future__ import annotations

from enzymec.ir import Block, Function
from enzymec.records import Record, ValueRecord

from .cfg import block_names, predecessor_map, reverse_postorder, successors
from .dominators import DomTree, dominators
from .induction import InductionVariable, canonical_induction

__all__ = ["Loop", "LoopInfo", "loops", "print_loops", "canonical_induction",
           "InductionVariable"]


class Loop(Record):
    """One natural loop; `blocks` are in function order, header first."""

    _fields = (
        "header", "latches", "blocks", "exits", "exiting", "preheader", "parent", "children",
        "block_set")

    def __init__(
            self, header: Block, latches: list[Block], blocks: list[Block],
            exits: list[Block] | None = None, exiting: list[Block] | None = None,
            preheader: Block | None = None, parent: "Loop | None" = None,
            children: list["Loop"] | None = None, block_set: frozenset = frozenset()
    ) -> None:
        self.header = header
        self.latches = latches
        self.blocks = blocks
        self.exits = [] if exits is None else exits
        self.exiting = [] if exiting is None else exiting
        self.preheader = preheader
        self.parent = parent
        self.children = [] if children is None else children
        self.block_set = block_set

    @property
    def depth(self) -> int:
        """1 for an outermost loop."""
        return 1 if self.parent is None else self.parent.depth + 1

    def contains(self, block: Block) -> bool:
        return block in self.block_set

    def is_invariant(self, value) -> bool:
        """Whether `value` is defined outside the loop (constants and arguments are)."""
        block = getattr(value, "block", None)
        return block is None or block not in self.block_set


class LoopInfo(ValueRecord):
    """The loop forest of a function: `top_level` loops, `all` loops in preorder."""

    _fields = ("function", "top_level", "all", "innermost")

    def __init__(
            self, function: Function, top_level: list[Loop], all: list[Loop],
            innermost: dict[Block, Loop]
    ) -> None:
        self.function = function
        self.top_level = top_level
        self.all = all
        self.innermost = innermost

    def loop_for(self, block: Block) -> Loop | None:
        """The innermost loop containing `block`, or None."""
        return self.innermost.get(block)

    def __iter__(self):
        return iter(self.all)

    def __len__(self) -> int:
        return len(self.all)

    def __str__(self) -> str:
        return print_loops(self)


def back_edges(fn: Function, tree: DomTree) -> list[tuple[Block, Block]]:
    """Edges `b -> h` between reachable blocks where `h` dominates `b`."""
    return [(b, h) for b in tree.order for h in successors(b) if tree.dominates(h, b)]


def loops(fn: Function, tree: DomTree | None = None) -> LoopInfo:
    """The natural loops of `fn`, nested, siblings in the function order of their headers."""
    tree = tree or dominators(fn)
    preds = predecessor_map(fn)
    latches: dict[Block, list[Block]] = {}
    for source, header in back_edges(fn, tree):
        latches.setdefault(header, []).append(source)
    reached = set(reverse_postorder(fn))
    position = {b: i for i, b in enumerate(fn.blocks)}
    found = [_natural_loop(h, latches[h], preds, reached, position)
             for h in sorted(latches, key=position.__getitem__)]
    return _nest(fn, found)


def _natural_loop(header: Block, latches: list[Block], preds, reached, position) -> Loop:
    """The blocks reaching a latch without passing the header, plus exits and preheader.
    Lists are put in function order by `position` (block -> index), not by scanning the
    function's blocks: that would cost the whole function per loop (quadratic in size)."""
    body = {header}
    work = [b for b in latches if b is not header]
    while work:
        block = work.pop()
        if block in body or block not in reached:
            continue
        body.add(block)
        work.extend(preds[block])
    in_order = lambda blocks: sorted(set(blocks), key=position.__getitem__)
    blocks = in_order(body)
    loop = Loop(header, in_order(latches), blocks, block_set=frozenset(body))
    loop.exiting = [b for b in blocks if any(s not in body for s in successors(b))]
    loop.exits = in_order(s for b in loop.exiting for s in successors(b) if s not in body)
    loop.preheader = _preheader(header, body, preds)
    return loop


def _preheader(header: Block, body: set, preds) -> Block | None:
    """The header's only out-of-loop predecessor, if its only successor is the header."""
    entering = [p for p in preds[header] if p not in body]
    if len(entering) == 1 and successors(entering[0]) == [header]:
        return entering[0]
    return None


def _nest(fn: Function, found: list[Loop]) -> LoopInfo:
    """Link each loop to the smallest other loop holding its header; map blocks to loops."""
    containing: dict[Block, list[Loop]] = {}  # header -> the loops holding it
    headers = {loop.header for loop in found}
    for loop in found:
        for block in headers & loop.block_set:
            containing.setdefault(block, []).append(loop)
    for loop in found:
        holders = [o for o in containing[loop.header] if o is not loop]
        if holders:
            loop.parent = min(holders, key=lambda o: len(o.blocks))
            loop.parent.children.append(loop)
    top = [loop for loop in found if loop.parent is None]
    ordered: list[Loop] = []
    stack = list(reversed(top))
    while stack:
        loop = stack.pop()
        ordered.append(loop)
        stack.extend(reversed(loop.children))
    innermost: dict[Block, Loop] = {}
    for loop in ordered:  # preorder: inner loops overwrite their parents
        innermost.update((b, loop) for b in loop.blocks)
    return LoopInfo(fn, top, ordered, innermost)


def print_loops(info: LoopInfo) -> str:
    """One paragraph per loop in preorder: blocks, latches, exits and the induction."""
    names = block_names(info.function)
    join = lambda blocks: " ".join(names[b] for b in blocks) or "-"
    lines = [f"loops @{info.function.name}: {len(info.all)}"]
    for loop in info.all:
        indent = "  " * loop.depth
        pre = names[loop.preheader] if loop.preheader else "-"
        lines += [f"{indent}loop {names[loop.header]} depth {loop.depth}",
                  f"{indent}  blocks: {join(loop.blocks)}",
                  f"{indent}  latches: {join(loop.latches)}",
                  f"{indent}  exiting: {join(loop.exiting)}",
                  f"{indent}  exits: {join(loop.exits)}",
                  f"{indent}  preheader: {pre}"]
        iv = canonical_induction(loop)
        if iv is not None:
            lines.append(f"{indent}  induction: {iv.describe()}")
    return "\n".join(lines)
