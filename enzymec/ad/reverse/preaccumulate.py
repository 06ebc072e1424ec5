"""Preaccumulated single-input chains: tape one local derivative instead of its partials.

A *chain* is a small tree of float operations in one forward block whose only active input
is one value `x`, for example tree_reduce's leaf term `sin(x_i) * x_i`. The reverse sweep of
the chain, instruction by instruction, needs each operation's partials: `sin(x_i)` and
`cos(x_i)` (both taped in a loop, 16 bytes per element) and `x_i`. Yet all it computes is
`dx += dy * g` with the one number `g = dy/dx = cos(x_i) x_i + sin(x_i)`. So the forward
sweep computes `g` right after the chain's root (forward mode along `x`, with the shared
tangent rules of adjoints.py and mathfns.py), the reverse sweep of the root adds
`dy * g` into `x`'s adjoint, and the chain's other members get no reverse at all: one tape
of 8 bytes per element where there were two, and no partial computed twice. This is an
expert's handwritten local derivative (benchmarks/c/tree_reduce: `dx_i = cos x_i x_i +
sin x_i`), and the classic statement-level preaccumulation of AD tools.

Soundness: every member but the root has all its users in the chain (so no adjoint reaches
it from outside), every member is active and of a scalar float type, and the members' active
operands outside the chain are exactly one value. An `fmuladd(a, b, c)` root whose `a * b`
is such a chain while `c` is not (the accumulation `s = fma(sin(x), x, s)` clang writes)
passes `dy` through to `c` unchanged, as its own adjoint would. A chain with two active
inputs (`sin(x) * y`) is left to the ordinary rules.

Benefit: only chains holding a math call (whose partial is never recomputed, so taped in a
loop) are preaccumulated: then one tape replaces at least one. A chain of plain arithmetic
is left alone, since its partials are recomputed from `x` without any tape
(recompute_cost.py) and `g` would add one.
"""

from __future__ import annotations

from enzymec.ir import CallInst, FloatType, Instruction

from ..rules.accumulate import adjoint_zero
from ..rules.adjoints import TANGENTS, tsum
from ..rules.mathfns import UNARY, canonical_name
from ..rules.rule_builder import TangentBuilder
from .speculation import guard_zero_adjoint

ARITHMETIC = frozenset({"fadd", "fsub", "fmul", "fdiv", "fneg"})
FUSED = frozenset({"fmuladd", "fma"})
# math calls whose partial needs a taped value (fabs's sign is recomputed from x)
EXPENSIVE = frozenset(UNARY) - {"fabs"}
MAX_MEMBERS = 12  # bounds the search per root: chains are statements, not whole loops


class Chain:
    """One preaccumulated chain: `root` (its last member), its input `x`, the forward value
    `g` = d root / d x, and `through` (an fmuladd root's addend, which gets `dy`) or None."""

    def __init__(self, root, members, x, through):
        self.root, self.members, self.x, self.through = root, members, x, through
        self.g = None


class Preaccumulated:
    """The chains of one gradient: `reverse` replaces their members' reverse rules."""

    def __init__(self, chains: list[Chain]):
        self.roots = {c.root: c for c in chains}
        self.interior = {m for c in chains for m in c.members if m is not c.root}

    def roots_of_derivatives(self) -> dict:
        """Each chain's local derivative `g` -> its root (what --explain names)."""
        return {chain.g: root for root, chain in self.roots.items()}

    def reverse(self, b, inst, adjoint_slot, accumulate, select_only) -> bool:
        """Emit the reverse of `inst` if it belongs to a chain (nothing for an interior
        member: no adjoint reaches it); False when the ordinary rules apply. The gradient
        lends its adjoint slots, its `accumulate` and the values only selects use."""
        if inst in self.interior:
            return True
        chain = self.roots.get(inst)
        if chain is None:
            return False
        slot = adjoint_slot(inst)
        dy = b.load(inst.type, slot, (inst.name or "v") + ".adj")
        b.store(adjoint_zero(inst.type), slot)  # as reverse.py empties a slot: -0.0
        contributions = [lambda: b.fmul(dy, b.primal(chain.g))]
        if chain.through is not None:
            contributions.append(dy)
        if inst in select_only:  # a select's arm not taken: no 0 * NaN
            contributions = guard_zero_adjoint(b, dy, contributions)
        targets = [chain.x] + ([chain.through] if chain.through is not None else [])
        for target, contribution in zip(targets, contributions):
            accumulate(b, target, contribution() if callable(contribution) else contribution)
        return True


def preaccumulate(function, blocks, is_active) -> Preaccumulated:
    """Find the chains of `blocks` (forward blocks of `function`, analysed) and compute
    each one's local derivative right after its root."""
    chains = []
    for block in blocks:
        claimed: set = set()
        for inst in reversed(list(block.instructions)):
            if inst in claimed or not _candidate(inst, is_active):
                continue
            chain = find_chain(inst, is_active)
            if chain is not None:
                claimed |= chain.members
                chains.append(chain)
    for chain in chains:
        chain.g = _local_derivative(function, chain)
    return Preaccumulated([c for c in chains if c.g is not None])


def find_chain(root, is_active) -> Chain | None:
    """The chain rooted at `root`: all its operands first, else (an fmuladd) all but the
    addend; None when neither is a worthwhile single-input chain."""
    chain = _grow(root, _operands(root), is_active, None)
    if chain is None and _kind(root) in FUSED:
        chain = _grow(root, root.args[:2], is_active, root.args[2])
    return chain


def _grow(root, root_operands, is_active, through) -> Chain | None:
    """Absorb operands whose users are all members, then check the chain's inputs."""
    members = {root}
    changed = True
    while changed and len(members) < MAX_MEMBERS:
        changed = False
        for member in list(members):
            ops = root_operands if member is root else _operands(member)
            for op in ops:
                if op in members or op is through or not _absorbable(op, root, is_active):
                    continue
                if all(u in members for u in op.users):
                    members.add(op)
                    changed = True
    if len(members) < 2 or (through is not None and through in members):
        return None
    inputs = {op for m in members for op in (root_operands if m is root else _operands(m))
              if op not in members and is_active(op)}
    if len(inputs) != 1 or not any(_kind(m) in EXPENSIVE for m in members):
        return None
    x = inputs.pop()
    if through is not None and (through is x or any(
            through in _operands(m) for m in members if m is not root)):
        return None  # the addend must reach the root only as the addend
    return Chain(root, members, x, through)


def _candidate(inst, is_active) -> bool:
    """An active scalar float operation a chain may hold."""
    return (isinstance(inst, Instruction) and isinstance(inst.type, FloatType)
            and _kind(inst) is not None and is_active(inst))


def _absorbable(op, root, is_active) -> bool:
    return _candidate(op, is_active) and op.block is root.block


def _kind(inst) -> str | None:
    """The opcode of an arithmetic member, the canonical name of a one-argument math
    intrinsic in mathfns.UNARY, "fmuladd"/"fma"; None for anything else."""
    if isinstance(inst, CallInst):
        fn = inst.called_function
        if fn is None or not fn.name.startswith("llvm."):
            return None
        name = fn.name.split(".")[1]
        if name in FUSED and inst.arg_count == 3:
            return name
        name = canonical_name(fn.name)
        return name if name in UNARY and inst.arg_count == 1 else None
    return inst.opcode if inst.opcode in ARITHMETIC else None


def _operands(inst) -> list:
    return list(inst.args) if isinstance(inst, CallInst) else list(inst.operands)


def _local_derivative(function, chain: Chain):
    """Forward mode along `x` (tangent 1) through the members, placed after the root."""
    b = TangentBuilder(function).position_before(chain.root.next_instruction())
    tangents = {chain.x: b.value(1.0, chain.x)}
    for member in _members_in_order(chain):
        tangents[member] = _tangent(b, member, tangents, chain)
    g = tangents[chain.root]
    if isinstance(g, Instruction) and g.name.startswith("t."):  # built here, not a user's:
        # its tape is `NAME.local.tape` (--explain, dumps)
        g.name = function.unique_name((chain.root.name or "v") + ".local")
    return g


def _members_in_order(chain: Chain) -> list:
    """The chain's members in the root's block, in block order: found walking back from
    the root only as far as the earliest of them (a walk from the block's start made one
    long block's chains quadratic: 48k lines of straight-line code)."""
    instructions = chain.root.block.instructions
    wanted = sum(1 for m in chain.members if m.block is chain.root.block)
    found = []
    position = chain.root.position()
    while len(found) < wanted and position >= 0:
        if instructions[position] in chain.members:
            found.append(instructions[position])
        position -= 1
    return found[::-1]


def _tangent(b, inst, tangents: dict, chain: Chain):
    """The tangent of one member from its operands' tangents (None: zero)."""
    d = [None if op is chain.through else tangents.get(op) for op in _operands(inst)]
    kind = _kind(inst)
    if kind in FUSED:
        x, y, _ = inst.args
        rest = tsum(b, None if d[1] is None else b.fmul(x, d[1]), d[2])
        if d[0] is None or rest is None:
            return tsum(b, None if d[0] is None else b.fmul(d[0], y), rest)
        # d0 * y + rest as the member's own fused operation: the contraction the program
        # chose for `x * y + z` (clang writes fmuladd only where -ffp-contract allows it),
        # and the expert's `dx_i = cos x_i * x_i + sin x_i` is one fmuladd too
        return b.call_named(inst.called_function.name, inst.type, [d[0], y, rest], "t")
    if isinstance(inst, CallInst):
        return None if d[0] is None else b.fmul(d[0], UNARY[kind](b, inst.args[0], inst))
    return TANGENTS[inst.opcode](b, inst, d)
