"""Which way the forward went, recomputed in the reverse instead of taped (issue 11).

A split pair's record (split.py) carries the values its reverse half uses from its forward
half. Some of them only say which edge the forward took: the predecessor number of a join
(reverse.py's `came.from` phi, which the reverse switches on), or any integer phi of
constants. tree_reduce's `if (n <= 16) return leaf(x, n); ...` chooses its way from the
argument `n` alone, which the reverse receives again (a pair built by the engine is reversed
with the same arguments as its forward: split_calls.py), so the number can be computed from
`n` in the reverse: its record loses 8 of its 32 bytes. (The number of the `ret` taken, when
the joined function has several, is still taped: the pre-AD pipeline leaves one `ret`.)

Such a phi is a function of the edge taken into its block: `edges` maps each (source,
target) edge to the value it stands for. The *plan* is a decision tree over the forward
half's branches, from its entry: a block from which only one of the edges is reachable
decides that edge's value (when the forward never takes an edge from there, the value is not
used: the reverse reads it only where the forward went); an unconditional branch goes on to
its successor; a conditional branch whose condition is a pure expression of the function's
arguments and constants (RECOMPUTABLE: no memory, nothing that may trap) becomes a `select`
between its successors' trees. Anything else (a condition that reads memory or a loop value,
a switch, a cycle, too large a tree) keeps the taped number. The selects are evaluated
unconditionally in the reverse: a condition the forward did not branch on may be poison
there, but it is then the unchosen operand of an outer select (the forward branched on every
condition on the way to the chosen leaf, so those are not poison).
"""

from __future__ import annotations

from enzymec.ir import Argument, Constant, ConstantInt, Instruction, PhiInst
from enzymec.ir.builder import IRBuilder
from enzymec.ir.clone import clone_instruction

from .forward_graph import ForwardGraph

# opcodes that compute the same value from the same operands, never trap and read nothing
RECOMPUTABLE = frozenset({"icmp", "add", "sub", "mul", "and", "or", "xor", "shl", "lshr",
                          "ashr", "trunc", "zext", "sext", "select"})
MAX_DEPTH = 8      # instructions on one path of a condition's expression
MAX_NODES = 16     # decision nodes of a plan


class TagPlan:
    """A decision tree: `tree` is a leaf value (a constant) or (condition, true tree,
    false tree); `expressions` the conditions' instructions, operands before users."""

    def __init__(self, tree, expressions: list):
        self.tree, self.expressions = tree, expressions

    def emit(self, b: IRBuilder, args, name: str) -> object:
        """The value, computed at `b` from `args` (the reverse's arguments, at the
        positions of the joined function's, which the expressions' arguments keep in
        whichever half they now are)."""
        mapped = {}
        for inst in self.expressions:
            clone = clone_instruction(inst, keep_debug_location=False)
            for index, op in enumerate(clone.operands):
                clone.set_operand(index, _operand(op, args, mapped))
            mapped[inst] = b.insert(clone, "way.cond")
        return self._select(b, self.tree, args, mapped, name)

    def _select(self, b, tree, args, mapped, name):
        if not isinstance(tree, tuple):
            return tree
        cond, if_true, if_false = tree
        when_true = self._select(b, if_true, args, mapped, name)
        when_false = self._select(b, if_false, args, mapped, name)
        return b.select(_operand(cond, args, mapped), when_true, when_false, name)


def _operand(op, args, mapped):
    if isinstance(op, Argument):
        return args[op.index]
    return mapped.get(op, op)


def recomputed_phis(crossing, entry, forward: set) -> dict:
    """{phi: plan} for the crossing values that are phis `phi_plan` recomputes."""
    plans, graph = {}, ForwardGraph(forward)
    for value in crossing:
        plan = phi_plan(value, entry, forward, graph) if isinstance(value, PhiInst) else None
        if plan is not None:
            plans[value] = plan
    return plans


def phi_plan(phi, entry, forward: set, graph: ForwardGraph | None = None) -> TagPlan | None:
    """The plan recomputing `phi` when its incoming values are integer constants and its
    block is on no cycle of the forward half (reached at most once), else None (`graph`:
    the forward half's, built once for all the function's phis)."""
    graph = graph or ForwardGraph(forward)
    if not isinstance(phi, PhiInst) or graph.on_cycle(phi.block):
        return None
    edges = {}
    for value, pred in zip(phi.operands[0::2], phi.operands[1::2]):
        if not isinstance(value, ConstantInt):
            return None
        edges[(pred, phi.block)] = value
    return recomputed_choice(entry, forward, edges, graph)


def recomputed_choice(entry, forward: set, edges: dict,
                      graph: ForwardGraph | None = None) -> TagPlan | None:
    """The plan giving the value of the one of `edges` ({(source, target): constant})
    the forward half took, or None when some branch on the way cannot be recomputed."""
    if not edges:
        return None
    planner = _Planner(graph or ForwardGraph(forward), forward, edges)
    tree = planner.decide(entry, ())
    if tree is None or tree is _NEVER:
        return None
    return TagPlan(tree, planner.expressions)


_NEVER = object()  # no edge of interest is reachable this way


class _Planner:
    """Builds the decision tree; `expressions` collects the condition instructions to
    recompute (operands before users)."""

    def __init__(self, graph: ForwardGraph, forward: set, edges: dict):
        self.graph, self.forward, self.edges = graph, forward, edges
        self.expressions: list[Instruction] = []
        self.nodes = 0

    def reaching(self, block) -> set:
        """The values of the edges whose source `block` reaches inside the half: asked
        only of the blocks the tree visits (a walk back from every edge's source, per phi,
        made a 64k-line chain of calls' 299 phis quadratic in its blocks)."""
        return {value for (source, _), value in self.edges.items()
                if self.graph.reaches(block, source)}

    def decide(self, block, path: tuple):
        """The tree deciding the value from `block`, or None; `path`: blocks on the way."""
        values = self.reaching(block)
        if not values:
            return _NEVER
        if len(values) == 1:
            return next(iter(values))
        term = block.terminator
        self.nodes += 1
        if block in path or term is None or term.opcode != "br" or self.nodes > MAX_NODES:
            return None
        path = path + (block,)
        if len(term.operands) == 1:
            return self._branch(block, term.operands[0], path)
        cond, if_true, if_false = term.operands
        if not self.recomputable(cond, 0):
            return None
        trees = [self._branch(block, target, path) for target in (if_true, if_false)]
        if any(t is None for t in trees):
            return None
        if trees[0] is _NEVER or trees[1] is _NEVER:
            return trees[1] if trees[0] is _NEVER else trees[0]
        if trees[0] is trees[1]:
            return trees[0]
        return (cond, trees[0], trees[1])

    def _branch(self, block, target, path):
        """The tree of the edge `block` -> `target`."""
        if (block, target) in self.edges:
            return self.edges[(block, target)]
        if target not in self.forward:
            return _NEVER
        return self.decide(target, path)

    def recomputable(self, value, depth: int) -> bool:
        """Whether `value` is a pure expression of arguments and constants (RECOMPUTABLE)."""
        if isinstance(value, (Argument, Constant)):
            return True
        if not isinstance(value, Instruction) or value.opcode not in RECOMPUTABLE or \
                depth >= MAX_DEPTH:
            return False
        if not all(self.recomputable(op, depth + 1) for op in value.operands):
            return False
        if value not in self.expressions:
            self.expressions.append(value)
        return True
