"""Which loop tapes could live in the caller's shadow memory (issue 11, items 3 and 6): the
analysis; shadow_tape_apply.py rewrites the tapes it accepts (per element, not per chunk).

logsumexp tapes `e_i = exp(x_i - A)` per iteration (80 MB at n = 1e7) and reads it back in
the loop's reverse, which then adds `g * e_i` into `dx[i]`; the expert stores `e_i` into
`dx[i]` itself. enzymec's `dx` is the caller's accumulator, so the tape can live in `dx[i]`
only while `dx[i]` holds +0.0: the forward would store `v_i` into `S[idx(i)]` (S the
shadow of the pointer argument the loop reads at `idx(i)`), and the reverse replace it by
`0.0 + h(v_i)`, bitwise today's `S[idx] + h(v_i)` for a zero entry.

`shadow_slot` says whether a taped loop value `v` qualifies, by the rules of `RULES`
(each one fact the IR must prove; the first that fails is the refusal, for --explain):

- its loop is outermost (entered once per call, so `S[idx(i)]` holds one iteration's value)
  and `v`'s block runs in every iteration;
- a *partner load* `x[idx(i)]` precedes `v` in its block: `x` a shadowed pointer argument,
  `idx` an affine counter of the loop with a nonzero constant step that cannot wrap (one
  distinct element per iteration), of a float type as wide as `v`. Every reverse use of
  `v_i` comes from instructions at or after `v`, so in the reverse of iteration `i` they
  all run before the partner's reverse, `S[idx] = S[idx] + dy`, which does the replacing;
- the function never writes through `x` (so the forward sweep never writes `S`), and the
  partner is the only load of `x` in the loop and after it: nothing else touches `S`
  between the forward store and the reverse replacement (reverses of earlier code run
  after it); or, for a recursion that passes `x` on (tree_reduce), the partner is the only
  load of `x` and the calls read disjoint parts (recursive_partition.py), so each `S`
  element belongs to one iteration of one call of the whole recursion;
- the partner is active (its reverse runs in every reverse iteration, unconditionally);
- the function touches no memory but its arguments' and its locals' and calls only
  memory-free intrinsics (so no other memory the gradient reads or writes is hidden).

What the IR cannot prove is left to run time (`ShadowSlot.runtime`): `S` disjoint from the
bytes of every pointer argument (x itself included: `dx == x` must take the ordinary tape)
and from every other shadow; and each `S[idx(i)]` bitwise +0.0 (NaN, -0.0 and every other
value take the ordinary tape; per chunk, see benchmarks/RESULTS.md, logsumexp).
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.analysis.cfg import reached_from
from enzymec.ir import Argument, ConstantInt, DebugRecord, FloatType, GepInst, PhiInst
from enzymec.records import FrozenRecord, ValueRecord, init_field

from ..analyses.alias_extent import touches_only_arguments
from ..analyses.recursive_partition import THROUGH_CALLS, Partition, partition

WRAP_FLAGS = ("nsw", "nuw")


class ShadowSlot(FrozenRecord):
    """A taped loop value that could be kept in `argument`'s shadow at `index`."""

    _fields = ("value", "loop", "load", "argument", "index", "step", "runtime", "short")

    def __init__(
            self, value: object, loop: object, load: object, argument: Argument, index: object,
            step: int, runtime: tuple, short: bool = False
    ) -> None:
        init_field(self, "value", value)  # v_i, taped per iteration of `loop`
        init_field(self, "loop", loop)
        init_field(self, "load", load)  # the partner load x[idx(i)]
        init_field(self, "argument", argument)  # x: the tape would live in its shadow S
        init_field(self, "index", index)  # idx(i), an affine counter of `loop`
        init_field(self, "step", step)
        init_field(self, "runtime", runtime)  # facts left to run time, as sentences
        # at most SHORT_TRIPS iterations: one test before the loop
        init_field(self, "short", short)


class Refusal(FrozenRecord):
    """Why a taped loop value stays on the ordinary tape: the rule that failed."""

    _fields = ("rule", "reason")

    def __init__(self, rule: str, reason: str) -> None:
        init_field(self, "rule", rule)
        init_field(self, "reason", reason)


class Candidate(ValueRecord):
    """What the rules look at: the value, its loop, the facts of the function."""

    _fields = ("value", "loop", "dom", "shadowed", "active", "load", "step", "params", "split")

    def __init__(
            self, value: object, loop: object, dom: object, shadowed: frozenset, active: object,
            load: object = None, step: int | None = None, params: tuple | None = None,
            split: object = None
    ) -> None:
        self.value = value
        self.loop = loop
        self.dom = dom
        self.shadowed = shadowed
        self.active = active
        self.load = load
        self.step = step
        self.params = params  # the primal parameters (a gradient's have shadows too)
        self.split = split  # the recursion's Partition of the argument, once asked


def partitioned(c: Candidate) -> bool:
    """The function passes the partner's argument only to itself, on disjoint parts
    (recursive_partition.py): each element is the partner of one iteration of one call in
    the whole recursion, and nothing else touches it or its shadow."""
    if not THROUGH_CALLS:
        return False
    if c.split is None:
        c.split = partition(c.value.block.function, _base(c.load), c.params)
    return isinstance(c.split, Partition) and c.split.load is c.load


def shadow_slot(value, loop_info, dom, shadowed, active=lambda v: True, params=None):
    """A `ShadowSlot` when the taped `value` qualifies, else the `Refusal` of the first rule
    that fails. `shadowed`: the pointer arguments with a shadow (dup); `active(v)`: whether
    `v` is active (its reverse runs); `params`: the function's primal parameters (for a
    recursion, recursive_partition.partition)."""
    loop = loop_info.loop_for(value.block)
    if loop is None:
        return Refusal("loop", "not computed in a loop (a scalar slot, not a loop tape)")
    c = Candidate(value, loop, dom, frozenset(shadowed), active, params=params)
    for rule, check, reason in RULES:
        if not check(c):
            return Refusal(rule, reason)
    return ShadowSlot(value, loop, c.load, _base(c.load), _index(c.load), c.step,
                      runtime_facts(value.block.function, _base(c.load)))


def _outermost(c: Candidate) -> bool:
    return c.loop.parent is None


def _every_iteration(c: Candidate) -> bool:
    return all(c.dom.dominates(c.value.block, latch) for latch in c.loop.latches)


def _partner(c: Candidate) -> bool:
    """Find the partner load: the last load before `value` in its block that reads a
    shadowed argument at an affine index of the loop, of a float as wide as `value`."""
    block = c.value.block.instructions
    for inst in reversed(block[:block.index(c.value)]):
        if inst.opcode == "load" and _base(inst) in c.shadowed and _same_width(inst, c.value):
            step = _affine_step(_index(inst), c.loop)
            if step:
                c.load, c.step = inst, step
                return True
    return False


def _read_only(c: Candidate) -> bool:
    return _accesses(_base(c.load)) is not None or partitioned(c)


def _alone(c: Candidate) -> bool:
    """The partner is the only load of its argument in the loop and in code after it."""
    if partitioned(c):
        return True
    after = reached_from([c.loop.header]) | {c.loop.header}
    return all(load is c.load for load in _accesses(_base(c.load)) if load.block in after)


def _active(c: Candidate) -> bool:
    return bool(c.active(c.load))


def _local_memory(c: Candidate) -> bool:
    return touches_only_arguments(c.value.block.function) or partitioned(c)


# (rule, check, the reason given when it fails), in the order they are tried
RULES = (
    ("outermost", _outermost,
     "its loop is inside another loop: the shadow element would hold several iterations"),
    ("every iteration", _every_iteration, "not computed in every iteration of its loop"),
    ("partner load", _partner,
     "no load before it in its block reads a shadowed pointer argument at an affine index "
     "of the loop (nonzero step, no wrap) with a float of its width"),
    ("read only", _read_only,
     "the function writes through the argument, or passes it on (the forward sweep may "
     "touch its shadow)"),
    ("alone", _alone,
     "another load of the argument in the loop or after it: its reverse would read or "
     "write the shadow while it holds the tape"),
    ("active", _active, "the partner load is inactive: no reverse replaces the shadow"),
    ("local memory", _local_memory,
     "the function touches memory other than its arguments' and locals', or calls a "
     "function: the shadow may be read or written where the IR does not show it"),
)


def runtime_facts(function, argument: Argument) -> tuple:
    """What the IR leaves to run time for a tape in `argument`'s shadow."""
    facts = [f"the shadow of %{argument.name} is disjoint from every byte %{a.name} "
             f"addresses" for a in function.args if a.type.is_pointer]
    facts += [f"the shadow of %{argument.name} is disjoint from the shadow of %{a.name}"
              for a in function.args if a.type.is_pointer and a is not argument]
    facts.append("each shadow element holds +0.0 bitwise (else the ordinary tape)")
    return tuple(facts)


def _base(load):
    """The argument a load reads through, None if it reads something else."""
    base = underlying_object(load.operands[-1])
    return base if isinstance(base, Argument) else None


def _index(load):
    """The variable index of `gep T, ptr %arg, i64 idx` the load reads at, else None."""
    ptr = load.operands[-1]
    if isinstance(ptr, GepInst) and len(ptr.operands) == 2 and \
            isinstance(ptr.operands[0], Argument):
        return ptr.operands[1]
    return None


def _same_width(load, value) -> bool:
    return isinstance(load.type, FloatType) and load.type == value.type


def _affine_step(index, loop) -> int | None:
    """The constant nonzero step of a header phi `[s, outside], [phi + c, inside]` whose
    `add` cannot wrap, else None."""
    if not isinstance(index, PhiInst) or index.block is not loop.header or \
            len(index.incoming) != 2:
        return None
    inside = [v for v, block in index.incoming if loop.contains(block)]
    if len(inside) != 1:
        return None
    nxt = inside[0]
    if getattr(nxt, "opcode", None) != "add" or nxt.operands[0] is not index or \
            not isinstance(nxt.operands[1], ConstantInt) or \
            not any(flag in nxt.flags.split() for flag in WRAP_FLAGS):
        return None
    return nxt.operands[1].value or None


def _accesses(argument):
    """Every load through `argument` (via GEPs), or None when some use is not a GEP or a
    load of a float (a store, a call, a capture, a pointer loaded from it)."""
    loads, pending = [], [argument]
    while pending:
        ptr = pending.pop()
        for user in list(ptr.users):
            if isinstance(user, DebugRecord):
                continue
            if isinstance(user, GepInst) and user.operands[0] is ptr:
                pending.append(user)
            elif user.opcode == "load" and isinstance(user.type, FloatType):
                loads.append(user)
            else:
                return None
    return loads
