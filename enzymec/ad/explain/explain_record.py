"""Recording --explain facts of a synthesized function, at the points where they are decided.

Each `record_*` function takes the function's context (function_context.FunctionContext,
`ctx`: its log in `ctx.explain`) and is called by the part that decides (reverse.py,
forward.py, tape.py, split_calls.py, prepare.py) right after the decision it reports: the
activity analysis has run, the shadows were made, the tape chose how to give the reverse
sweep a forward value.
The reasons come from the decision's own data (the analysis' sets, the tape's branch), not
from guessing afterwards. With --explain off the context's log is NULL_FUNCTION_LOG and
these functions return at their first line.
"""

from __future__ import annotations

from enzymec.analysis.activity import differentiable, inactive_global
from enzymec.ir import AllocaInst, CallInst, ConstantInt, GlobalVariable, Instruction

from .explain_log import NULL_FUNCTION_LOG

# how an instruction reads in a remark (rules as data)
OPCODE_WORDS = {"fadd": "'+'", "fsub": "'-'", "fmul": "'*'", "fdiv": "'/'", "frem": "'%'",
                "fneg": "negation", "load": "load", "phi": "value merged from branches (phi)",
                "select": "conditional value", "fptrunc": "conversion", "fpext": "conversion",
                "sitofp": "conversion from integer", "uitofp": "conversion from integer",
                "extractvalue": "struct field", "insertvalue": "struct field"}

CONVENTION_WORDS = {"out": "active (enzyme_out)", "active": "active (with a tangent)", "dup": "duplicated (enzyme_dup)",
                    "dupnoneed": "duplicated, primal not needed (enzyme_dupnoneed)",
                    "const": "constant (enzyme_const)"}


def begin(ctx, mode: str):
    """The function log `ctx` records into (NULL_FUNCTION_LOG when --explain is off)."""
    log = getattr(ctx.calls, "explain", None)
    if log is None or not log.enabled:
        return NULL_FUNCTION_LOG
    return log.begin(ctx.original.name, mode, ctx.fn.name,
                     ctx.function_location())


def source_location(ctx, inst):
    """The user's location of `inst` (its original's), or None when it has none."""
    if not isinstance(inst, Instruction):
        return None
    inst = partnered(ctx, inst) or inst
    where = ctx.debug.location(ctx.origin.get(inst, inst))
    return where if where is not None and where.line > 0 else None


def partnered(ctx, inst):
    """The sin/cos call whose partner (forward_partners.py) `inst` is, else None."""
    for call, partner in getattr(ctx, "partners", {}).items():
        if partner is inst:
            return call
    return None


def describe(ctx, inst) -> str:
    """The instruction as the user wrote it (the call to `sin`, not the intrinsic that
    replaced it in the gradient)."""
    call = partnered(ctx, inst)
    if call is not None:  # forward_partners.py: the cos computed beside a sin, or the reverse
        partner = inst.called_function.name.split(".")[1]
        return f"'{partner}' computed beside the {describe(ctx, call)} (its derivative)"
    inst = ctx.origin.get(inst, inst)
    if isinstance(inst, CallInst):
        callee = inst.called_function
        if callee is not None and callee.name.startswith("llvm.fmuladd"):
            return "'*' and '+' (fused multiply-add)"
        return f"call to '{callee_word(callee.name)}'" if callee is not None else \
            "indirect call"
    if isinstance(inst, AllocaInst):
        return "a local variable or array"
    if inst.opcode == "phi" and not inst.type.is_float:
        return "index or counter (phi)"
    return OPCODE_WORDS.get(inst.opcode, f"'{inst.opcode}'")


def callee_word(name: str) -> str:
    """`llvm.fmuladd.f64` as `fmuladd` (LLVM's name for the user's `a * b + c`), a libm
    function's intrinsic as the function."""
    if name.startswith("llvm."):
        return name.split(".")[1]
    return name


# -- activity ---------------------------------------------------------------------------------
def record_arguments(ctx, kinds) -> None:
    """One event per argument: its convention and whether a derivative flows through it."""
    log = ctx.explain
    if not log.enabled:
        return
    act, where = ctx.activity, ctx.function_location()
    for index, (original, primal, kind) in enumerate(zip(ctx.original.args,
                                                          ctx.primal_args, kinds)):
        name = original.name or str(index + 1)
        active, reason = argument_activity(ctx, primal, kind, act)
        state = "active" if active else "inactive"
        log.add("argument", where, f"argument {name} is {CONVENTION_WORDS.get(kind, kind)}: "
                f"{state}{', ' + reason if reason else ''}", name=name, convention=kind,
                active=active, reason=reason)


def argument_activity(ctx, primal, kind: str, act) -> tuple[bool, str]:
    if kind == "active":
        return True, ""
    if kind in ("dup", "dupnoneed"):
        return True, "its shadow receives the derivative of the memory it points to"
    if not differentiable(primal.type, act.bodies):
        return False, "integer (carries no derivative)"
    if kind == "const":
        return False, "constant argument"
    if act.is_active(primal):
        return True, ""
    return False, "no path to the output"


def record_values(ctx) -> None:
    """Activity of the floating-point values and the memory the user's code made."""
    log = ctx.explain
    if not log.enabled:
        return
    act = ctx.activity
    for inst in ctx.fn.instructions():
        where = source_location(ctx, inst)
        if isinstance(inst, AllocaInst) and inst in ctx.origin:
            where = where or ctx.location(inst)  # clang gives allocas no line
        if where is None:
            continue
        if isinstance(inst, CallInst):
            record_call_marks(ctx, inst, where)
        if isinstance(inst, AllocaInst) or isinstance(inst, CallInst) and \
                ctx.calls.is_allocation(inst):
            record_memory(ctx, inst, where)
        elif differentiable(inst.type, act.bodies) and inst.opcode not in ("extractvalue",):
            active, reason = value_activity(ctx, inst, act)
            log.add("value", where, f"{describe(ctx, inst)}: " +
                    ("active" if active else f"inactive, {reason}"),
                    what=describe(ctx, inst), active=active, reason=reason)
    record_globals(ctx)


def record_memory(ctx, inst, where) -> None:
    """A local or heap allocation: shadowed when active data is stored into it."""
    shadowed = inst in ctx.activity.shadowed
    what = describe(ctx, inst)
    ctx.explain.add("memory", where, f"memory of {what}: " + (
        "active, it holds active data (gets a shadow)" if shadowed else
        "inactive, no active data is stored in it"), what=what, active=shadowed,
        reason="" if shadowed else "no active data stored")


def value_activity(ctx, inst, act) -> tuple[bool, str]:
    if act.is_active(inst):
        return True, ""
    if isinstance(inst, CallInst) and ctx.calls.is_inactive(inst):
        if inst.called_function.name in ctx.calls.inactive_names:
            return False, "the callee is marked inactive by the user"
        return False, "the callee never carries a derivative (a known library function)"
    if inst not in act.varied:
        return False, "does not depend on an active input"
    return False, "no path to the output"


def record_call_marks(ctx, call, where) -> None:
    """Calls the user's marks decide: enzyme_inactive functions, and functions declared
    to be like a math function (`__enzyme_function_like`, enzyme_function_like)."""
    callee = call.called_function
    if callee is None:
        return
    if callee.name in ctx.calls.inactive_names:
        ctx.explain.add("inactive_mark", where, f"call to '{callee.name}' is not "
                          f"differentiated: marked inactive by the user", name=callee.name)
    like = ctx.calls.registrations.function_like.get(callee.name)
    if like is not None:
        ctx.explain.add("custom_derivative", where, f"call to '{callee.name}' uses the "
                          f"derivative of '{like}' (registered as function-like)",
                          callee=callee.name, rule=like)


def record_globals(ctx) -> None:
    """Globals the code uses: shadowed, or declared inactive by the user."""
    act, seen = ctx.activity, set()
    where = ctx.function_location()
    for inst in ctx.fn.instructions():
        for op in inst.operands:
            if isinstance(op, GlobalVariable) and not op.is_constant and op not in seen:
                seen.add(op)
                if inactive_global(op, ctx.calls):
                    ctx.explain.add("inactive_mark", where, f"global '{op.name}' is marked "
                                      f"inactive: it gets no shadow", name=op.name)
                elif op in act.shadowed:
                    ctx.explain.add("memory", where, f"global '{op.name}': active, it holds "
                                      f"active data (gets a shadow)", what=op.name,
                                      active=True, reason="")


# -- shadows, calls ---------------------------------------------------------------------------
SHADOW_HOW = {"alloca": "a zeroed stack copy", "call": "a zeroed heap allocation (freed after "
              "the reverse sweep)", "global": "a zeroed shadow global"}


def record_shadows(ctx, shadows) -> None:
    """The shadow memory (`shadows`, memory.Shadows) made for the gradient's own allocations
    and globals."""
    log = ctx.explain
    if not log.enabled:
        return
    for value, shadow in shadows.map.items():
        if isinstance(value, GlobalVariable):
            how, where = SHADOW_HOW["global"], ctx.function_location()
        elif isinstance(value, AllocaInst) or isinstance(value, CallInst) and \
                ctx.calls.is_allocation(value):
            how = SHADOW_HOW[value.opcode]
            where = source_location(ctx, value) or ctx.location(value)
        else:
            continue
        what = value.name if isinstance(value, GlobalVariable) else describe(ctx, value)
        log.add("shadow", where, f"shadow allocation for {what}: {how}", what=what, how=how)


def record_inlined(ctx, call) -> None:
    log = ctx.explain
    if log.enabled and call.called_function is not None:
        name = call.called_function.name
        log.add("inlined", source_location(ctx, call) or ctx.location(call),
                f"call to '{name}' inlined into the gradient", callee=name)


def record_loops_fused(ctx, joined) -> bool:
    """loop_fusion.py's fused pairs (consumer's back edge, scratch removed); whether any."""
    if ctx.explain.enabled:
        for where, removed in joined:
            ctx.explain.add("loops_fused", source_location(ctx, where) or ctx.location(where),
                            "loop fused with the loop before it: each iteration reads back "
                            "only the element the other wrote in the same iteration" +
                            (", so that scratch is not allocated" if removed else ""),
                            scratch_removed=removed)
    return bool(joined)


def record_ascending(ctx, loops) -> None:
    """ascending.py's loops, whose reverse counts up, at each loop's back edge."""
    if ctx.explain.enabled:
        for loop in loops:
            where = loop.latches[0].terminator
            ctx.explain.add("loop_ascending", source_location(ctx, where) or ctx.location(where),
                            "the reverse of this loop runs its iterations in their forward "
                            "order: each writes only its own elements and passes on only sums")


def record_split(ctx, call, custom: bool) -> None:
    log = ctx.explain
    if not log.enabled:
        return
    name = call.called_function.name
    how = ("the user's registered gradient (augmented forward and reverse)" if custom else
           "an augmented forward (returns its tape) and a reverse")
    log.add("split", source_location(ctx, call) or ctx.location(call),
            f"call to '{name}' split into {how}", callee=name, custom=custom)


def record_kept(ctx, call, derivative: str) -> None:
    """Forward mode: `call` stays a call, of the callee's tangent function `derivative`."""
    log = ctx.explain
    if log.enabled:
        name = call.called_function.name
        log.add("kept", source_location(ctx, call) or ctx.location(call),
                f"call to '{name}' kept: it calls the callee's tangent function "
                f"'{derivative}' (primal and tangent in one call)", callee=name,
                derivative=derivative)


def record_custom_derivative(ctx, call, rule: str) -> None:
    log = ctx.explain
    if log.enabled:
        name = call.called_function.name
        log.add("custom_derivative", source_location(ctx, call) or ctx.location(call),
                f"call to '{name}' uses the registered derivative '{rule}'",
                callee=name, rule=rule)


# -- trip counts ------------------------------------------------------------------------------
def static_trip_count(loop) -> int | None:
    """The header runs per entry of `loop` when they are compile-time constants (the same
    formula as trip_count.py, on constants only: it emits no IR)."""
    from enzymec.analysis import canonical_induction
    iv = canonical_induction(loop)
    test = iv.trip_count if iv is not None else None
    if test is None or not test.exact or iv.step != 1 or \
            not isinstance(iv.start, ConstantInt) or not isinstance(test.bound, ConstantInt):
        return None
    distance = test.bound.value - iv.start.value
    if test.predicate in ("sle", "ule"):
        distance += 1
    if not test.tests_next:
        distance = max(distance, 0) + 1
    return max(distance, 1)


def loop_sizes(loop, size: int) -> tuple[int | None, int | None, int | None]:
    """(trip count of `loop`, bytes per run of it, bytes in total over its enclosing loops),
    None where a count is not a compile-time constant."""
    trips = static_trip_count(loop)
    per_loop = size * trips if trips is not None else None
    total, outer = per_loop, loop.parent
    while total is not None and outer is not None:
        count = static_trip_count(outer)
        total = total * count if count is not None else None
        outer = outer.parent
    return trips, per_loop, total
