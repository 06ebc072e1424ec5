"""Control-flow graph queries: orders, reachability, predecessor/successor maps, exits, edges.

The blocks of a function already form its CFG (a block's successors are the label operands of
its terminator), so this module only derives the orders and maps the other analyses need:

- reverse postorder (RPO) of a depth-first search from the entry, the iteration order of
  Cooper-Harvey-Kennedy dominators and of every forward dataflow problem; a block reached by
  no path from the entry is not in it;
- predecessor and successor maps (unique, in terminator order), computed from terminators so
  that they agree with each other even while use-lists are being rewritten;
- exit blocks: those ending in `ret`, `unreachable` or `resume`, the roots of post-dominance.

    entry -> a, b;  a -> join;  b -> join          RPO: entry b join a  (one valid order)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable

from enzymec.ir import Block, Function
from enzymec.ir.printer import ModulePrinter  # not yet exported by enzymec.ir
from enzymec.records import ValueRecord

Node = Hashable  # a graph node: anything hashable

EXIT_OPCODES = frozenset({"ret", "unreachable", "resume"})


def successors(block: Block) -> list[Block]:
    """Unique successors of `block`, in the order its terminator names them."""
    return block.successors


def reverse_postorder(fn: Function) -> list[Block]:
    """The blocks reachable from the entry in reverse postorder of a depth-first search.

    Successors are visited in terminator order, so the order is deterministic.
    """
    if fn.is_declaration:
        return []
    return graph_reverse_postorder(fn.entry, successors)


def graph_reverse_postorder(root: Node, succs: Callable[[Node], Iterable[Node]],
                            seen: set | None = None) -> list[Node]:
    """Reverse postorder of an iterative DFS from `root` over any graph given by `succs`
    (post-dominators run it on the reverse CFG). Nodes in `seen` are not entered; pass the
    same set to several calls to build a depth-first forest."""
    postorder: list = []
    seen = set() if seen is None else seen
    seen.add(root)
    stack = [(root, iter(succs(root)))]
    while stack:
        node, pending = stack[-1]
        for succ in pending:
            if succ not in seen:
                seen.add(succ)
                stack.append((succ, iter(succs(succ))))
                break
        else:
            stack.pop()
            postorder.append(node)
    postorder.reverse()
    return postorder


def reachable_blocks(fn: Function) -> set[Block]:
    """Blocks that some path from the entry reaches."""
    return set(reverse_postorder(fn))


def reached_from(starts, within=None) -> set[Block]:
    """Blocks reachable from the blocks `starts` by one edge or more (a start is in it only
    when it lies on a cycle); with `within` (a set of blocks), along paths inside it."""
    seen, pending = set(), [s for block in starts for s in block.successors]
    while pending:
        block = pending.pop()
        if block not in seen and (within is None or block in within):
            seen.add(block)
            pending.extend(block.successors)
    return seen


def reaching(ends, stop=()) -> set[Block]:
    """The blocks `ends` and every block with a path to one of them that enters no block of
    `stop` (a loop's header: the blocks of the loop whose latch is an end)."""
    found, pending = set(ends), list(ends)
    while pending:
        for pred in pending.pop().predecessors:
            if pred not in found and pred not in stop:
                found.add(pred)
                pending.append(pred)
    return found


def successor_map(fn: Function) -> dict[Block, list[Block]]:
    return {block: successors(block) for block in fn.blocks}


def predecessor_map(fn: Function) -> dict[Block, list[Block]]:
    """Unique predecessors of every block, in function block order (unreachable ones too)."""
    preds: dict[Block, list[Block]] = {block: [] for block in fn.blocks}
    for block in fn.blocks:
        for succ in successors(block):
            preds[succ].append(block)
    return preds


def exit_blocks(fn: Function) -> list[Block]:
    """Blocks that leave the function: their terminator is `ret`, `unreachable` or `resume`."""
    return [b for b in fn.blocks if b.terminator is not None
            and b.terminator.opcode in EXIT_OPCODES]


def edges(fn: Function) -> list[tuple[Block, Block]]:
    """Every CFG edge (source, target) once, sources in block order."""
    return [(block, succ) for block in fn.blocks for succ in successors(block)]


class CFG(ValueRecord):
    """A snapshot of one function's control-flow graph."""

    _fields = ("function", "rpo", "preds", "succs", "exits", "names")

    def __init__(
            self, function: Function, rpo: list[Block], preds: dict[Block, list[Block]],
            succs: dict[Block, list[Block]], exits: list[Block],
            names: dict[Block, str] | None = None
    ) -> None:
        self.function = function
        self.rpo = rpo
        self.preds = preds
        self.succs = succs
        self.exits = exits
        self.names = {} if names is None else names

    @property
    def unreachable(self) -> list[Block]:
        reached = set(self.rpo)
        return [b for b in self.function.blocks if b not in reached]

    def __str__(self) -> str:
        name = self.names.get
        lines = [f"cfg @{self.function.name}:"]
        for block in self.function.blocks:
            succs = " ".join(name(s) for s in self.succs[block]) or "-"
            preds = " ".join(name(p) for p in self.preds[block]) or "-"
            lines.append(f"  {name(block)}: succs {succs}; preds {preds}")
        lines.append("  rpo: " + " ".join(name(b) for b in self.rpo))
        lines.append("  exits: " + (" ".join(name(b) for b in self.exits) or "-"))
        lines.append("  unreachable: " + (" ".join(name(b) for b in self.unreachable) or "-"))
        return "\n".join(lines)


def cfg(fn: Function) -> CFG:
    """All the CFG facts of `fn` at once, with printable block names."""
    return CFG(fn, reverse_postorder(fn), predecessor_map(fn), successor_map(fn),
               exit_blocks(fn), block_names(fn))


def block_names(fn: Function) -> dict[Block, str]:
    """The names the printer gives blocks (`%entry`, `%5`), for analysis output."""
    printer = ModulePrinter(fn.module)
    printer.number_locals(fn)
    return {block: printer.slots[block] for block in fn.blocks}


def print_cfg(fn: Function) -> str:
    return str(cfg(fn))
