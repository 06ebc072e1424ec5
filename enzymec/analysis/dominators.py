"""Dominator and post-dominator trees, and dominance frontiers.

Algorithm: Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm" (Software
Practice & Experience, 2001). Number the nodes in reverse postorder; iterate over them in that
order setting `idom(b)` to the intersection of its already-processed predecessors, where
`intersect` walks the two candidates up the current tree, always moving the one with the larger
RPO number, until they meet. On reducible graphs one pass plus a confirming pass suffice.

Dominance frontiers use the same paper's method: for every node `b` walk from each
predecessor up the tree to `idom(b)`, adding `b` to the frontier of every node passed (the
walk is empty unless `b` is a join or the root with a back edge into it).

Post-dominators run the same algorithm on the reverse CFG rooted at a virtual exit whose
reverse successors are the exit blocks (`ret`/`unreachable`/`resume`). A region from which no
exit is reachable (an infinite loop) gets its deepest block, in forward RPO, as an extra root,
as LLVM does, so every reachable block has a post-dominator. Blocks unreachable from the entry
are left out of both trees; following LLVM, every node dominates an unreachable block, and an
unreachable block dominates nothing else.

    entry -> a, b;  a -> join;  b -> join       idom(a) = idom(b) = idom(join) = entry
                                                DF(a) = DF(b) = {join}
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from enzymec.ir import Block, Function, Instruction

from .cfg import block_names, exit_blocks, graph_reverse_postorder, predecessor_map
from .cfg import reverse_postorder, successors


class VirtualExit:
    """The single root of the post-dominator tree, standing for "the function returned"."""

    name = "<exit>"

    def __repr__(self) -> str:
        return "<virtual exit>"


def compute_idoms(order: list, preds: Callable[[object], Iterable]) -> dict:
    """Immediate dominators of the nodes in `order` (an RPO whose first node is the root);
    the root maps to None. Predecessors outside `order` are ignored."""
    index = {node: i for i, node in enumerate(order)}
    root = order[0]
    idom = {root: root}
    changed = True
    while changed:
        changed = False
        for node in order[1:]:
            new = None
            for pred in preds(node):
                if pred in idom:
                    new = pred if new is None else _intersect(pred, new, idom, index)
            if idom.get(node) is not new:
                idom[node] = new
                changed = True
    idom[root] = None
    return idom


def _intersect(a, b, idom: dict, index: dict):
    """The nearest common dominator of `a` and `b` in the tree built so far."""
    while a is not b:
        while index[a] > index[b]:
            a = idom[a]
        while index[b] > index[a]:
            b = idom[b]
    return a


class DomTree:
    """A (post-)dominator tree: `idom`, `children`, `dominates`, `frontier`.

    `post` is True for post-dominance, whose root is a `VirtualExit` and whose "predecessors"
    are CFG successors.
    """

    def __init__(self, fn: Function, order: list, preds: Callable, post: bool = False):
        self.function = fn
        self.order = order
        self.post = post
        self.root = order[0] if order else None
        self._preds = preds
        self.idoms = compute_idoms(order, preds) if order else {}
        self._children: dict = {node: [] for node in order}
        position = {block: i for i, block in enumerate(fn.blocks)}
        for node in sorted(order[1:], key=lambda n: position.get(n, -1)):
            self._children[self.idoms[node]].append(node)  # children in function order
        self._number_tree()
        self._frontiers: dict | None = None

    def _number_tree(self) -> None:
        """DFS entry/exit numbers on the tree make `dominates` O(1)."""
        self._enter, self._exit, self.depth = {}, {}, {}
        if self.root is None:
            return
        clock, stack = 0, [(self.root, False)]
        while stack:
            node, done = stack.pop()
            clock += 1
            if done:
                self._exit[node] = clock
                continue
            self._enter[node] = clock
            parent = self.idoms[node]
            self.depth[node] = self.depth[parent] + 1 if parent is not None else 0
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(self._children[node]))

    def __contains__(self, node) -> bool:
        return node in self._enter

    def idom(self, node):
        """The immediate (post-)dominator; None for the root and for nodes not in the tree."""
        return self.idoms.get(node)

    def children(self, node) -> list:
        return list(self._children.get(node, ()))

    def dominates(self, a, b) -> bool:
        """Whether `a` (post-)dominates `b`; each is a block, an instruction or the root.

        Within one block an instruction dominates those after it (post-dominates those
        before it) and itself.
        """
        if isinstance(a, Instruction) and isinstance(b, Instruction) and a.block is b.block:
            ia, ib = a.block.instructions.index(a), b.block.instructions.index(b)
            return ia >= ib if self.post else ia <= ib
        if isinstance(a, Instruction):
            a = a.block
            if isinstance(b, Block) and a is b:
                return False  # an instruction does not dominate its whole block
        b = b.block if isinstance(b, Instruction) else b
        if b not in self:
            return True
        if a not in self:
            return False
        return self._enter[a] <= self._enter[b] and self._exit[b] <= self._exit[a]

    def strictly_dominates(self, a, b) -> bool:
        return a is not b and self.dominates(a, b)

    def frontier(self, node) -> list:
        """The dominance frontier of `node`, in tree order."""
        if self._frontiers is None:
            self._frontiers = self._compute_frontiers()
        found = self._frontiers.get(node, set())
        return [n for n in self.order if n in found]

    def _compute_frontiers(self) -> dict:
        frontiers: dict = {node: set() for node in self.order}
        for node in self.order:
            # the paper skips nodes with one predecessor, whose walk is empty; but the root
            # has none as its idom, so one back edge to it still puts it in frontiers
            for pred in (p for p in self._preds(node) if p in self):
                runner = pred
                while runner is not self.idoms[node]:
                    frontiers[runner].add(node)
                    runner = self.idoms[runner]
        return frontiers

    def __str__(self) -> str:
        return print_domtree(self)


def dominators(fn: Function) -> DomTree:
    """The dominator tree of `fn` over the blocks reachable from its entry."""
    preds = predecessor_map(fn)
    return DomTree(fn, reverse_postorder(fn), preds.__getitem__)


def post_dominators(fn: Function) -> DomTree:
    """The post-dominator tree of `fn`, rooted at a `VirtualExit`."""
    forward = reverse_postorder(fn)
    reached = set(forward)
    preds = predecessor_map(fn)
    exit_node = VirtualExit()
    roots = [b for b in exit_blocks(fn) if b in reached]
    reverse_succs = {b: [p for p in preds[b] if p in reached] for b in forward}
    reverse_succs[exit_node] = roots
    order = graph_reverse_postorder(exit_node, reverse_succs.__getitem__)
    while len(order) < len(forward) + 1:
        seen = set(order)
        roots.append(_sink_block([b for b in forward if b not in seen], reverse_succs))
        order = graph_reverse_postorder(exit_node, reverse_succs.__getitem__)
    root_set = set(roots)

    def reverse_preds(node):
        if node is exit_node:
            return []
        return successors(node) + ([exit_node] if node in root_set else [])

    return DomTree(fn, order, reverse_preds, post=True)


def _sink_block(blocks: list[Block], reverse_succs: dict) -> Block:
    """A block of a sink strongly connected component among `blocks` (an infinite loop).

    Kosaraju's observation: in a depth-first forest of the reverse graph, the node that
    finishes last lies in a source component of the reverse graph, a sink of the CFG.
    """
    outside = set(reverse_succs) - set(blocks)  # treated as visited: never entered
    tree: list[Block] = []
    for start in blocks:
        if start not in outside:
            tree = graph_reverse_postorder(start, reverse_succs.__getitem__, outside)
    return tree[0]


def print_domtree(tree: DomTree) -> str:
    """The tree as indented `[depth] %block` lines, children in RPO, then the frontiers."""
    names = block_names(tree.function)
    name = lambda node: names.get(node, "<exit>")
    kind = "postdomtree" if tree.post else "domtree"
    lines = [f"{kind} @{tree.function.name}:"]
    stack = [tree.root] if tree.root is not None else []
    while stack:
        node = stack.pop()
        lines.append(f"{'  ' * (tree.depth[node] + 1)}[{tree.depth[node]}] {name(node)}")
        stack.extend(reversed(tree.children(node)))
    frontier = [(n, tree.frontier(n)) for n in tree.function.blocks if n in tree]
    lines += [f"  frontier {name(n)}: {' '.join(map(name, f))}" for n, f in frontier if f]
    return "\n".join(lines)
