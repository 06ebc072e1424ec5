"""Per-iteration reverse: which loops of a combined gradient may be reversed per iteration.

GMM's points loop and the net's images loop have one shape: the iterations of a top-level
loop L meet only in a floating-point sum `s' = s + t`, the body writes only scratch memory it
reads again in the same iteration, and the sum reaches the returned value linearly
(`err = c + slse - ...`, `loss / bs`). Then the adjoint of each `t` is known before L (the
seed, 1, times the coefficient chain from the sum's exit value to the `ret`), and the reverse
of an iteration can run right after its forward: nothing of the body is taped past its
iteration (an expert's gradient). fuse_outline.py does the rewrite; this module proves, or
refuses, each condition from the IR (refused: the loop is differentiated as before):
(1) L's header phis are integers (their next values and the exit test computed from the
    phis and invariants by integer arithmetic and integer loads: the *control*, copied
    into the rebuilt loop) and exactly one float sum
    `s' = fadd s, t` / `fsub s, t`, with `t` computed in L, `s` used only there;
(2) the sum's exit value reaches the function's only `ret` through single-use fadd, fsub,
    fneg, fmul/fdiv/fmuladd by values computed before L (casts of them are copied into the
    preheader), and phis whose other edges come from blocks L never reaches;
(3) L's stores write only scratch objects (alloca or malloc) used only in L (and freed),
    every load of them reading an element written earlier in the same iteration
    (remat_region.py's coverage check);
(4) nothing after L writes memory, except scratch objects L does not load, and calls after
    L are pure (math, free): the moved reverse only adds into shadows nothing later reads
    or overwrites;
(5) calls in L are pure math intrinsics or libm functions; the float values flowing into L
    from before it are arguments or loads (the fused call adds their adjoints early,
    fuse_call.py) and L has no alloca;
(6) a combined gradient (reverse.py asks only then): not split, forward or vector mode.
A cost rule besides: L holds a loop of its own. Only then does an iteration tape a
loop's worth of values (GMM's `K d`, the net's 10 activations and 784-pixel dot products);
a body without one tapes a few values per iteration, which the reverse sweep already reads
back from registers or a short tape, and fusing it would only add a call per iteration to
code at the expert's speed (taylor_log, matvec's sum of squares, tree_reduce's leaves).
"""

from __future__ import annotations

from enzymec.analysis import underlying_object
from enzymec.analysis.cfg import reached_from
from enzymec.ir import Argument, CallInst, Constant, Instruction, PhiInst
from enzymec.records import Record

from .fuse_cover import covered
from ..rules.heap import callee_name, is_deallocation, is_reallocation
from ..tape.remat_region import PURE_INTRINSICS, SIDE_EFFECTS
from ..tape.store_forwarding import is_scratch, uses_through_geps

CONTROL_OPCODES = frozenset({"add", "sub", "mul", "shl", "and", "or", "xor", "icmp", "zext",
                             "sext", "trunc", "select"})
HARMLESS_CALLS = ("llvm.lifetime.", "llvm.dbg.", "llvm.assume")
FMA = ("llvm.fmuladd.", "llvm.fma.")
# casts of values known before L, copied into the preheader for the coefficient
COPYABLE = frozenset({"sitofp", "uitofp", "fpext", "fptrunc", "sext", "zext", "trunc",
                      "fneg"})


class FusePlan(Record):
    """A loop proved fusable: its sum phi, step `s'`, the factors whose product is the term
    `t` (one, or two for `s' = fmuladd(a, b, s)`), integer phis, control instructions (in
    order) and the coefficient chain [(opcode, operand)] of `s'`."""

    _fields = (
        "loop", "phi", "step", "factors", "integers", "control", "chain", "carries", "written")

    def __init__(
            self, loop: object, phi: PhiInst, step: Instruction, factors: tuple, integers: list,
            control: list, chain: list | None = None, carries: list | None = None,
            written: set | None = None
    ) -> None:
        self.loop = loop
        self.phi = phi
        self.step = step
        self.factors = factors
        self.integers = integers
        self.control = control
        self.chain = [] if chain is None else chain
        self.carries = [] if carries is None else carries  # float phis carried only unchanged
        self.written = set() if written is None else written  # the scratch objects L writes (3)

    @property
    def skipped(self) -> set:
        """L's instructions the outlined body leaves out (the loop keeps or drops them)."""
        return {self.phi, self.step, *self.integers, *self.carries}


def plan_loop(fn, info, dom, loop, calls) -> FusePlan | None:
    """The plan for top-level `loop` of `fn`, or None when any condition fails."""
    if loop.parent is not None or not loop.children or loop.preheader is None or \
            len(loop.latches) != 1 or loop.exiting != loop.latches or len(loop.exits) != 1:
        return None
    term = loop.latches[0].terminator
    if term.opcode != "br" or len(term.operands) != 3:
        return None
    plan = _phis(loop, dom)
    if plan is None or not _control(plan, term) or not _escapes_only_control(plan):
        return None
    returns = [b for b in fn.blocks if b.terminator is not None and
               b.terminator.opcode == "ret"]
    if len(returns) != 1 or not _chain(plan, dom):
        return None
    written = _body_sound(plan, calls)
    if written is None or not _covered_loads(plan, written, info, dom):
        return None
    plan.written = written
    return plan if _after_sound(plan, written, calls) else None


def _phis(loop, dom) -> FusePlan | None:
    """(1): integer phis and exactly one sum."""
    kinds = _header_phis(loop)
    if kinds is None or len(kinds["sum"]) != 1:
        return None
    integers, sums, carries = kinds["integer"], kinds["sum"], kinds["carry"]
    phi = sums[0]
    step = phi.incoming_value_for(loop.latches[0])
    if not isinstance(step, Instruction) or not loop.contains(step.block) or \
            [u for u, _ in phi.uses] != [step]:
        return None
    factors = _factors(step, phi)
    inside = [isinstance(f, Instruction) and loop.contains(f.block) for f in factors or ()]
    if factors is None or not any(inside) or \
            any(not i and _float_live_in(f, loop) for f, i in zip(factors, inside)) or \
            not dom.dominates(step.block, loop.latches[0]) or \
            any(u is not phi and loop.contains(u.block) for u, _ in step.uses):
        return None
    return FusePlan(loop, phi, step, factors, integers, [], carries=carries)


def _unchanged_carry(phi, loop) -> bool:
    """A header phi P starting at a constant C whose only uses are the latch's phis on the
    edge from the header, itself taken on a loop-invariant condition, and whose next value
    is such a phi taking P on that edge (GMM's hoisted logsumexp maximum when K <= 0). Each
    iteration takes that edge (then P stays C) or none does (then P is never used): P's uses
    may read C instead, and nothing is carried."""
    latch, header = loop.latches[0], loop.header
    start = [v for v, b in phi.incoming if b is loop.preheader]
    branch = header.terminator
    if len(start) != 1 or not isinstance(start[0], Constant) or latch is header or \
            branch.opcode != "br" or len(branch.operands) != 3 or \
            latch not in branch.operands[1:] or not loop.is_invariant(branch.operands[0]):
        return False
    uses_ok = all(isinstance(u, PhiInst) and u.block is latch and i % 2 == 0 and
                  u.operands[i + 1] is header for u, i in phi.uses)
    nxt = phi.incoming_value_for(latch)
    return uses_ok and isinstance(nxt, PhiInst) and nxt.block is latch and \
        nxt.incoming_value_for(header) is phi

def _header_phis(loop) -> dict | None:
    """L's header phis by kind (integer, sum candidate, unchanged carry); None for others."""
    kinds = {"integer": [], "sum": [], "carry": []}
    for phi in loop.header.phis:
        if phi.type.is_integer:
            kinds["integer"].append(phi)
        elif _unchanged_carry(phi, loop):
            kinds["carry"].append(phi)
        elif phi.type.is_float:
            kinds["sum"].append(phi)
        else:
            return None
    return kinds


def _factors(step, phi) -> tuple | None:
    """The term's factors: `s + t`, `t + s`, `s - t` (t), `fmuladd(a, b, s)` (a, b)."""
    ops = step.operands
    if step.opcode in ("fadd", "fsub") and ops[0] is phi and ops[1] is not phi:
        return (ops[1],)
    if step.opcode == "fadd" and ops[1] is phi and ops[0] is not phi:
        return (ops[0],)
    if isinstance(step, CallInst) and callee_name(step).startswith(FMA) and \
            step.args[2] is phi and phi not in step.args[:2]:
        return tuple(step.args[:2])
    return None


def _control(plan, term) -> bool:
    """The instructions computing the integer phis' next values and the exit test: integer
    arithmetic on the phis and invariants only."""
    loop, found = plan.loop, set()
    pending = [term.operands[0]] + [p.incoming_value_for(loop.latches[0])
                                    for p in plan.integers]
    while pending:
        value = pending.pop()
        if not isinstance(value, Instruction) or not loop.contains(value.block) or \
                value in found or value in plan.integers:
            continue
        if value.opcode not in CONTROL_OPCODES and not _control_load(value):
            return False
        found.add(value)
        pending.extend(value.operands)
    plan.control = [i for b in loop.blocks for i in b.instructions if i in found]
    return True


def _control_load(value) -> bool:
    """An integer load of memory that is no scratch object (L writes nothing else, (3)):
    a bound read from a global on every iteration, like `i < count`."""
    return value.opcode == "load" and value.type.is_integer and not value.volatile and \
        not value.ordering and not is_scratch(underlying_object(value.operands[0]))


def _escapes_only_control(plan) -> bool:
    """No value of L but the sum's step, the integer phis and the control is used after L."""
    loop = plan.loop
    allowed = set(plan.control) | set(plan.integers) | {plan.step}
    return all(inst in allowed or not any(not loop.contains(u.block) for u, _ in inst.uses)
               for block in loop.blocks for inst in block.instructions)


def _chain(plan, dom) -> bool:
    """(2): the linear path from the sum's exit value to the `ret`, into plan.chain."""
    loop = plan.loop
    value = plan.step
    inside_l = reached_from([loop.header]) | set(loop.blocks)
    while True:
        users = [(u, i) for u, i in value.uses if not loop.contains(u.block)]
        if len(users) != 1 or len(value.uses) != len(users) + (value is plan.step):
            return False
        user, index = users[0]
        if user.opcode == "ret":
            return True
        link = _link(user, index, inside_l, dom, loop)
        if link is None:
            return False
        if link[0] != "same":
            plan.chain.append(link)
        value = user


def _link(user, index, inside_l, dom, loop):
    """How `user` scales its operand `index`: ("same",), ("neg",), ("mul", v), ("div", v)."""
    op = user.opcode
    if op == "phi":
        others = [b for v, b in user.incoming if v is not user.operands[index]]
        return ("same",) if all(b not in inside_l for b in others) else None
    if op == "fadd" or op == "fsub" and index == 0:
        return ("same",)
    if op == "fsub" or op == "fneg":
        return ("neg",)
    if op in ("fmul", "fdiv") and (op == "fmul" or index == 0):
        other = user.operands[1 - index]
        return (op[1:], other) if _before(other, dom, loop) else None
    if isinstance(user, CallInst) and callee_name(user).startswith(FMA):
        if index == 2:
            return ("same",)
        other = user.operands[1 - index]
        return ("mul", other) if index < 2 and _before(other, dom, loop) else None
    return None


def _before(value, dom, loop) -> bool:
    """Known before L: a constant, an argument, an instruction dominating the preheader,
    or a cast of such a value (copied into the preheader)."""
    if isinstance(value, Constant) or not isinstance(value, Instruction):
        return True
    if dom.dominates(value.block, loop.preheader):
        return True
    return value.opcode in COPYABLE and _before(value.operands[0], dom, loop)


def _body_sound(plan, calls) -> set | None:
    """(3), (5): the scratch objects L writes, or None when L's body may not be fused."""
    loop, written = plan.loop, set()
    for block in loop.blocks:
        for inst in block.instructions:
            if inst in plan.skipped:
                continue
            if inst.opcode in SIDE_EFFECTS or getattr(inst, "volatile", False) or \
                    getattr(inst, "ordering", ""):
                return None
            if any(_float_live_in(op, loop) for op in inst.operands):
                return None
            if isinstance(inst, CallInst) and not pure_call(inst, calls):
                return None
            if inst.opcode == "store":
                obj = underlying_object(inst.operands[1])
                if obj not in written and not _private(obj, loop):
                    return None
                written.add(obj)
    return written


def _float_live_in(value, loop) -> bool:
    """A float value from before L that L uses and whose adjoint the fused call could not
    add early: anything but an argument or a load (what LICM hoists out of L). An
    argument's adjoint is read when the gradient returns, a load's at its reverse (L is
    outside every loop, so the load ran once before L and its reverse runs after
    everything the fused call adds); other values may be parts of preaccumulated chains
    (preaccumulate.py) whose interior adjoints are never read."""
    ty = value.type
    floating = ty.is_float or getattr(getattr(ty, "element", None), "is_float", False)
    if not floating or isinstance(value, (Constant, Argument)):
        return False
    return isinstance(value, Instruction) and not loop.contains(value.block) and \
        value.opcode != "load"


def pure_call(call, calls) -> bool:
    """A call without effects: a pure math intrinsic, a marker, or a libm function taking
    no pointer (loop_fusion.py asks the same of the loops it fuses)."""
    name = callee_name(call) or ""
    if name.startswith(PURE_INTRINSICS + HARMLESS_CALLS):
        return True
    callee = call.called_function
    return callee is not None and callee.is_declaration and calls.math_name(call) is not None \
        and not any(a.type.is_pointer for a in call.args)


def _private(obj, loop) -> bool:
    """A scratch object used only by loads and stores in L, its allocation and frees."""
    if not is_scratch(obj):
        return False
    for _, user, _ in uses_through_geps(obj):
        if user.opcode in ("load", "store") and loop.contains(user.block):
            continue
        if isinstance(user, CallInst) and (is_deallocation(user) and not is_reallocation(user)
                                           or callee_name(user).startswith("llvm.lifetime.")):
            continue
        return False
    return True


def _covered_loads(plan, written, info, dom) -> bool:
    """(3): every load of a written object reads what this iteration wrote before it."""
    loop = plan.loop
    for block in loop.blocks:
        for inst in block.instructions:
            if inst.opcode == "load" and underlying_object(inst.operands[0]) in written \
                    and not covered(loop, info, dom, inst):
                return False
    return True


def _after_sound(plan, written, calls) -> bool:
    """(4): after L, stores only into scratch L does not load, calls only pure ones."""
    loop = plan.loop
    loaded = {underlying_object(i.operands[0]) for b in loop.blocks for i in b.instructions
              if i.opcode == "load"}
    after = reached_from(loop.exits) | set(loop.exits)
    for block in after:
        for inst in block.instructions:
            if inst.opcode == "store":
                obj = underlying_object(inst.operands[1])
                if not is_scratch(obj) or obj in loaded or obj in written:
                    return False
            elif isinstance(inst, CallInst) and not (
                    pure_call(inst, calls) or is_deallocation(inst) and not is_reallocation(inst)):
                return False
            elif inst.opcode in SIDE_EFFECTS and inst.opcode != "ret":
                return False
    return True
