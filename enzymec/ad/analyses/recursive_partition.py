"""Whether a self-recursive function reads each element of a pointer argument at most once
over its whole recursion (issue 11 item 6, tree_reduce): the fact a loop tape kept in the
shadow *through a recursion* rests on (shadow_tape.py, shadow_tape_apply.py and
partition_extents.py use it unless ENZYMEC_SHADOW_RECURSION=0: see THROUGH_CALLS).

shadow_tape.py keeps a loop's tape in `dx[i]` while `dx[i]` holds +0.0, for a loop that
runs once per call in a function that passes `x` nowhere. tree_reduce's leaves run in
`tree(x, n)`, which passes `x` and `x + h` on to itself; its gradient's recursion passes
`dx` and `dx + h` (the shadow of a GEP is the same GEP of the shadow), so the leaf of
`tree(x + h, ...)` would keep its values in `dx[h + i]`. That is sound only if no other
code touches an element between the forward's store and the reverse's replacement: with
two calls reading overlapping parts (`tree(x, h + 1)` and `tree(x + h, n - h)`), the second
leaf's forward would find the first's value there (falling back, its ordinary reverse
then adds into the first's tape) or, where that value is +0.0 bitwise, take the element
too; the per-element +0.0 test cannot see either. So the IR must prove a partition:

by induction over the recursion (each call terminates, or there is no gradient), a call
`f(x, ..., L, ...)` loads only elements x[0 .. L) of `x`, each at most once, where L is
one integer argument (`length`), when (`RULES`, each a table row):
- `f` calls only itself and memory-free intrinsics, and touches no memory but its
  arguments' and its locals' (so no other code reaches `x` or its shadow);
- `x` is used only through GEPs of its element type (offsets exact forms, linear_facts.py),
  by one float load, and as the same argument of calls to `f`;
- that load sits in a loop outside all others, at the loop's counter (from 0, step +1 with
  no wrap), which the latch bounds by L (`i + 1 == L` exits, or `i + 1 < L` goes on) and
  whose preheader is reached only with L >= 1: elements [0, L), one per iteration;
- each call `f(x + o, ..., l, ...)`, outside every loop, has 0 <= o and o + l <= L on every
  path to it;
- any two parts (the calls' and the loop's) that one path can run are disjoint:
  o1 + l1 <= o2 or o2 + l2 <= o1 there.
What is left to run time is what alias_version.py tests at the outer call (`dx` disjoint
from `x` and every other region) and the per-element +0.0 test (shadow_tape_apply.py).
"""

from __future__ import annotations

import contextlib
import os

from enzymec.analysis import dominators, loops
from enzymec.analysis.cfg import reached_from
from enzymec.ir import Argument, CallInst, FloatType, GepInst, PhiInst
from enzymec.ir.instructions import DebugRecord
from enzymec.records import FrozenRecord, ValueRecord, init_field

from .alias_extent import touches_only_arguments
from .linear_facts import Form, facts_at, form_of, nonnegative

# shadow_tape.py uses a partition through calls (tree_reduce's gradient: 12.6 MB of tape
# instead of 44.1 MB, as fast since short leaves test their dx once, shadow_pretest.py;
# benchmarks/RESULTS.md); ENZYMEC_SHADOW_RECURSION=0 turns it off: nothing asks for a
# partition then
THROUGH_CALLS = os.environ.get("ENZYMEC_SHADOW_RECURSION", "1") != "0"


class Refusal(FrozenRecord):
    """Why no partition was shown: the rule that failed."""

    _fields = ("rule", "reason")

    def __init__(self, rule: str, reason: str) -> None:
        init_field(self, "rule", rule)
        init_field(self, "reason", reason)


class Partition(FrozenRecord):
    """`argument`'s elements [0, length) are each loaded at most once over the recursion:
    by `load` (in `loop`) or by one of `calls`, on parts [o, o + l) given as forms."""

    _fields = ("argument", "length", "load", "loop", "calls")

    def __init__(
            self, argument: Argument, length: Argument, load: object, loop: object, calls: tuple
    ) -> None:
        init_field(self, "argument", argument)
        init_field(self, "length", length)
        init_field(self, "load", load)
        init_field(self, "loop", loop)
        init_field(self, "calls", calls)


class Facts(ValueRecord):
    """What the rules find and pass on."""

    _fields = (
        "function", "argument", "selves", "params", "dom", "loads", "calls", "loop", "length",
        "bound", "parts")

    def __init__(
            self, function: object, argument: Argument, selves: frozenset = frozenset(),
            params: tuple = (), dom: object = None, loads: list | None = None,
            calls: list | None = None, loop: object = None, length: Argument | None = None,
            bound: Form | None = None, parts: list | None = None
    ) -> None:
        self.function = function
        self.argument = argument
        self.selves = selves  # callees whose calls are calls of the function
        self.params = params  # the function's primal parameters, in the callees' order
        self.dom = dom
        self.loads = loads
        self.calls = calls  # (call, offset form)
        self.loop = loop
        self.length = length
        self.bound = bound
        self.parts = parts  # (block, position, offset form, length form)


def partition(function, argument, params=None, others: bool = True) -> Partition | Refusal:
    """A `Partition` of `argument` over `function`'s recursion, else the first rule that
    fails. `params`: the function's primal parameters in its callees' order (a gradient's
    have shadows between them); its own parameters by default. With `others`, a call to
    another function counts as a call of this one when that function partitions the same
    argument, calling only itself (a gradient's forward clone calls the function it was
    cloned from, alias_version's noalias clone its original): the induction needs no more
    of a callee than what its own partition shows."""
    params = tuple(function.args if params is None else params)
    memo, key = _MEMO[0], (function, argument, params, others)
    if memo is not None and key in memo:
        return memo[key]
    selves = {function} | (_partitioning_callees(function, params.index(argument))
                           if others else set())
    facts = Facts(function, argument, frozenset(selves), params, dominators(function))
    found = next((Refusal(rule, reason) for rule, check, reason in RULES if not check(facts)),
                 None)
    if found is None:
        found = Partition(argument, facts.length, facts.loads[0][0], facts.loop,
                          tuple(call for call, _ in facts.calls))
    if memo is not None:
        memo[key] = found
    return found


# the answers partition() gives inside `remembered()`, else None
_MEMO: list = [None]


@contextlib.contextmanager
def remembered():
    """Within it, partition() answers a question it was asked before from memory: for an
    analysis that asks about the same functions, unchanged, once per taped value
    (shadow_tape_apply.find_slots: tree_reduce's gradient asked 24 times, 12 ms of its
    compile). Nothing may change the IR inside."""
    saved = _MEMO[0]
    _MEMO[0] = {} if saved is None else saved
    try:
        yield
    finally:
        _MEMO[0] = saved


def _partitioning_callees(function, position: int) -> set:
    """The functions `function` calls that partition their argument at `position` with
    only calls of themselves."""
    found, tried = set(), set()
    for inst in function.instructions():
        callee = inst.called_function if isinstance(inst, CallInst) else None
        if callee is None or callee is function or callee in tried:
            continue
        tried.add(callee)
        if not callee.is_declaration and position < len(callee.args) and \
                isinstance(partition(callee, callee.args[position], others=False), Partition):
            found.add(callee)
    return found


def passes_parts(function, call, params=None) -> bool:
    """Whether every pointer `call` passes is a part of a partitioned argument of
    `function` (the call among that Partition's calls): the callee's shadows are parts of
    the caller's, disjoint from every region wherever the caller's are."""
    params = tuple(function.args if params is None else params)
    pointers = [i for i, a in enumerate(call.args) if a.type.is_pointer]
    for index in pointers:
        found = partition(function, params[index], params) \
            if index < len(params) else None
        if not isinstance(found, Partition) or call not in found.calls:
            return False
    return bool(pointers)


def _memory(f: Facts) -> bool:
    """Calls only to itself and memory-free intrinsics; memory of arguments and locals."""
    return touches_only_arguments(f.function, f.selves)


def _uses(f: Facts) -> bool:
    """Walk `argument` through GEPs of one element type: one float load, self-calls. A
    GEP's offset is its index's form, None where it has none (the loop rule then asks for
    the loop's counter; a call needs a form)."""
    f.loads, f.calls = [], []
    pending, element = [(f.argument, Form.constant(0))], None
    while pending:
        pointer, offset = pending.pop()
        for user in list(pointer.users):
            if isinstance(user, DebugRecord):
                continue
            if isinstance(user, GepInst) and user.operands[0] is pointer and \
                    len(user.operands) == 2 and element in (None, user.source_type):
                step, element = form_of(user.operands[1]), user.source_type
                pending.append((user, None if step is None or offset is None
                                else offset + step))
            elif user.opcode == "load" and isinstance(user.type, FloatType) and \
                    user.operands[-1] is pointer and element in (None, user.type):
                f.loads.append((user, pointer))
            elif offset is not None and _passed_on(user, pointer, f):
                f.calls.append((user, offset))
            else:
                return False
    return len(f.loads) == 1


def _passed_on(user, pointer, f: Facts) -> bool:
    """`pointer` is the argument's own operand of a call to the function, and only that."""
    if not isinstance(user, CallInst) or user.called_function not in f.selves:
        return False
    positions = [i for i, a in enumerate(user.args) if a is pointer]
    return positions == [f.params.index(f.argument)]


def _loop(f: Facts) -> bool:
    """The load reads x[i], i the counter of an outermost loop bounded by an argument L
    and entered with L >= 1."""
    load, pointer = f.loads[0]
    info = loops(f.function, f.dom)
    loop = info.loop_for(load.block)
    if loop is None or loop.parent is not None or loop.preheader is None or \
            len(loop.latches) != 1 or not isinstance(pointer, GepInst) or \
            pointer.operands[0] is not f.argument:
        return False
    counter = pointer.operands[1]
    bound = latch_bound(loop, counter)
    if bound is None or len(bound.terms) != 1 or bound.const != 0:
        return False
    (length, coef), = bound.terms.items()
    if coef != 1 or not isinstance(length, Argument) or length not in f.params:
        return False
    if not nonnegative(bound - Form.constant(1), facts_at(loop.preheader, f.dom)):
        return False
    f.loop, f.length, f.bound = loop, length, bound
    return True


def latch_bound(loop, counter) -> Form | None:
    """B when `counter` = phi [0, preheader], [counter + 1 (no wrap), latch] and the latch
    leaves the loop once counter + 1 == B (or stays while counter + 1 < B)."""
    if not isinstance(counter, PhiInst) or counter.block is not loop.header or \
            len(counter.incoming) != 2:
        return None
    start = counter.incoming_value_for(loop.preheader)
    latch = loop.latches[0]
    step = counter.incoming_value_for(latch)
    if form_of(start) is None or not form_of(start).is_constant() or \
            form_of(start).const != 0 or getattr(step, "opcode", None) != "add" or \
            step.operands[0] is not counter or form_of(step.operands[1]) is None or \
            form_of(step.operands[1]).const != 1 or \
            not {"nsw", "nuw"} & set(step.flags.split()):
        return None
    return _exit_test(loop, latch, step)


def _exit_test(loop, latch, step) -> Form | None:
    term = latch.terminator
    if term is None or term.opcode != "br" or len(term.operands) != 3:
        return None
    cond, if_true, if_false = term.operands
    if getattr(cond, "opcode", None) != "icmp" or cond.operands[0] is not step:
        return None
    stays_if_true = loop.contains(if_true) and not loop.contains(if_false)
    leaves_if_true = loop.contains(if_false) and not loop.contains(if_true)
    if cond.predicate == "eq" and leaves_if_true or \
            cond.predicate in ("ne", "slt") and stays_if_true:
        return form_of(cond.operands[1])
    return None


def _inside(f: Facts) -> bool:
    """Each call's part [o, o + l) lies in [0, L) on every path to it, outside loops."""
    info = loops(f.function, f.dom)
    f.parts = [(f.loop.preheader, -1, Form.constant(0), f.bound)]
    for call, offset in f.calls:
        length = form_of(call.args[f.params.index(f.length)])
        if length is None or info.loop_for(call.block) is not None or \
                not _same_length(f, call.called_function):
            return False
        facts = facts_at(call.block, f.dom)
        if not nonnegative(offset, facts) or \
                not nonnegative(f.bound - offset - length, facts):
            return False
        f.parts.append((call.block, call.position(), offset, length))
    return True


def _same_length(f: Facts, callee) -> bool:
    """Another function's parts are measured by its argument at the length's position."""
    if callee is f.function:
        return True
    position = f.params.index(f.argument)
    other = partition(callee, callee.args[position], others=False)
    return isinstance(other, Partition) and \
        other.length is callee.args[f.params.index(f.length)]


def _disjoint(f: Facts) -> bool:
    """Parts one path can run both of are disjoint there (the later one's facts)."""
    for i, first in enumerate(f.parts):
        for second in f.parts[i + 1:]:
            later = _later(first, second)
            if later is None:
                continue
            facts = facts_at(later[0], f.dom)
            _, _, o1, l1 = first
            _, _, o2, l2 = second
            if not (nonnegative(o2 - o1 - l1, facts) or nonnegative(o1 - o2 - l2, facts)):
                return False
    return True


def _later(a, b):
    """The part a path reaches after the other, or None when no path runs both."""
    if a[0] is b[0]:
        return a if a[1] > b[1] else b
    if b[0] in reached_from([a[0]]):
        return b
    return a if a[0] in reached_from([b[0]]) else None


# (rule, check, the reason given when it fails), in the order they are tried
RULES = (
    ("memory", _memory,
     "the function calls something other than itself and memory-free intrinsics, or "
     "touches memory other than its arguments' and locals'"),
    ("uses", _uses,
     "the argument is used other than by one float load at a variable index, GEPs of its "
     "element type and as the same argument of calls to the function itself"),
    ("loop", _loop,
     "the load is not at the counter (from 0, step 1, no wrap) of a loop outside all "
     "others bounded by an integer argument L and entered only with L >= 1"),
    ("inside", _inside,
     "a call's part [o, o + l) of the argument is not provably inside [0, L) (or the call "
     "is in a loop)"),
    ("disjoint", _disjoint,
     "two parts one path can run (calls', the loop's) are not provably disjoint"),
)
