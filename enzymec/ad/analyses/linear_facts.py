"""Integer SSA values as exact linear forms, and a small prover of `form >= 0` from the
branches that dominate a block: the arithmetic recursive_partition.py needs to show that a
recursion's calls read disjoint parts of an array (`tree(x, h)` and `tree(x + h, n - h)`
with `h = n / 2` and `n >= 17` on the way).

A form is `const + sum(coef * atom)` over mathematical integers. Atoms are the function's
integer arguments and *parts*: `X >> c`, `X / c` (c a positive constant), whose value lies
in [0, X] whenever X >= 0. A value has a form only where the IR's own arithmetic equals the
mathematical one: `add`/`sub`/`mul`/`shl` with `nsw` (a signed wrap would be poison),
`sext`, `zext nneg`, constants. Everything else has none (None), so nothing is guessed.

Facts are forms known >= 0 on every path to a block: the signed `icmp` of a conditional
branch whose taken edge leads to a block with that single predecessor dominating the
block. The prover substitutes an atom's bound (its lower bound where its coefficient is
positive, its upper one where negative) until a constant is left, a few steps deep: enough
for halvings and sums, not a decision procedure; a claim it cannot show is refused.
"""

from __future__ import annotations

from enzymec.ir import Argument, CmpInst, ConstantInt, Instruction, IntType

PART_OPCODES = ("lshr", "ashr", "sdiv", "udiv")  # X op c lies in [0, X] when X >= 0
DEPTH = 4  # substitutions the prover tries along one chain
# the signed predicate of `a P b` as forms >= 0 (empty: no fact, as for `ne`)
FACT_FORMS = {
    "slt": lambda a, b: [b - a - Form.constant(1)],
    "sle": lambda a, b: [b - a],
    "sgt": lambda a, b: [a - b - Form.constant(1)],
    "sge": lambda a, b: [a - b],
    "eq": lambda a, b: [a - b, b - a],
    "ne": lambda a, b: [],
}
NEGATED = {"slt": "sge", "sge": "slt", "sgt": "sle", "sle": "sgt", "eq": "ne", "ne": "eq"}


class Form:
    """`const + sum(terms[atom] * atom)`, exact over the integers."""

    __slots__ = ("terms", "const")

    def __init__(self, terms: dict | None = None, const: int = 0):
        self.terms = {a: c for a, c in (terms or {}).items() if c}
        self.const = const

    @staticmethod
    def constant(c: int) -> "Form":
        return Form({}, c)

    def __add__(self, other: "Form") -> "Form":
        terms = dict(self.terms)
        for atom, coef in other.terms.items():
            terms[atom] = terms.get(atom, 0) + coef
        return Form(terms, self.const + other.const)

    def __sub__(self, other: "Form") -> "Form":
        return self + other.scaled(-1)

    def scaled(self, k: int) -> "Form":
        return Form({a: c * k for a, c in self.terms.items()}, self.const * k)

    def is_constant(self) -> bool:
        return not self.terms

    def __repr__(self) -> str:
        terms = " + ".join(f"{c}*{getattr(a, 'name', a)}" for a, c in self.terms.items())
        return f"Form({terms or '0'} + {self.const})"


def form_of(value) -> Form | None:
    """The exact linear form of an integer value, or None."""
    if isinstance(value, ConstantInt):
        return Form.constant(value.value)
    if isinstance(value, Argument) and isinstance(value.type, IntType):
        return Form({value: 1})
    if not isinstance(value, Instruction) or not isinstance(value.type, IntType):
        return None
    return _instruction_form(value)


def _instruction_form(inst: Instruction) -> Form | None:
    flags = inst.flags.split()
    if inst.opcode in ("sext",) or inst.opcode == "zext" and "nneg" in flags:
        return form_of(inst.operands[0])
    if inst.opcode in PART_OPCODES:
        return Form({inst: 1}) if _positive_constant(inst.operands[1]) else None
    if "nsw" not in flags or inst.opcode not in ("add", "sub", "mul", "shl"):
        return None
    a, b = form_of(inst.operands[0]), form_of(inst.operands[1])
    if a is None or b is None:
        return None
    if inst.opcode in ("add", "sub"):
        return a + b if inst.opcode == "add" else a - b
    if inst.opcode == "shl":
        return a.scaled(1 << b.const) if b.is_constant() and 0 <= b.const < 62 else None
    if b.is_constant():
        return a.scaled(b.const)
    return b.scaled(a.const) if a.is_constant() else None


def _positive_constant(value) -> bool:
    return isinstance(value, ConstantInt) and value.value > 0


def facts_at(block, dom) -> list[Form]:
    """Forms >= 0 on every path into `block`, from the signed compares of the branches
    whose taken edge is the only way into a block dominating `block`."""
    facts, node = [], block
    while node is not None:
        parent = dom.idom(node)
        term = parent.terminator if parent is not None else None
        if term is not None and term.opcode == "br" and len(term.operands) == 3 and \
                node.predecessors == [parent] and term.operands[1] is not term.operands[2]:
            facts += _branch_facts(term.operands[0], term.operands[1] is node)
        node = parent
    return facts


def _branch_facts(cond, taken: bool) -> list[Form]:
    if not isinstance(cond, CmpInst) or cond.opcode != "icmp" or \
            cond.predicate not in FACT_FORMS:
        return []
    a, b = form_of(cond.operands[0]), form_of(cond.operands[1])
    if a is None or b is None:
        return []
    return FACT_FORMS[cond.predicate if taken else NEGATED[cond.predicate]](a, b)


def nonnegative(form: Form, facts: list[Form], depth: int = DEPTH) -> bool:
    """Whether `form >= 0` follows from `facts` (each >= 0) and the parts' bounds."""
    if form.is_constant():
        return form.const >= 0
    if any((form - fact).is_constant() and (form - fact).const >= 0 for fact in facts):
        return True
    if depth == 0:
        return False
    for atom, coef in form.terms.items():
        for bound in _bounds(atom, coef > 0, facts, depth - 1):
            rest = form - Form({atom: coef}) + bound.scaled(coef)
            if nonnegative(rest, facts, depth - 1):
                return True
    return False


def _bounds(atom, lower: bool, facts: list[Form], depth: int) -> list[Form]:
    """Forms bounding `atom` from below (`lower`) or above: a part's [0, X] when X >= 0
    follows, an argument's constants from the one-atom facts."""
    if isinstance(atom, Instruction):  # a part X op c
        whole = form_of(atom.operands[0])
        if whole is None or not nonnegative(whole, facts, depth):
            return []
        return [Form.constant(0)] if lower else [whole]
    sign = 1 if lower else -1
    return [Form.constant(-fact.const * sign) for fact in facts
            if fact.terms == {atom: sign}]
