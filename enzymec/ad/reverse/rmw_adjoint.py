"""Read-modify-write updates `p[j] += y` whose shadow the reverse sweep leaves as it is.

The forward `t = load p; v = t + y; store v, p` (or `t - y`, or `fmuladd(a, b, t)`: what
clang emits for `p[j] += a * b`) has the reverse: read the shadow `d` of p and zero it (the
store's adjoint), give `d` to v, v gives `d` to t and y, and t's adjoint is added back into
p's shadow (the load's adjoint). The shadow ends as `0.0 + d`, which LLVM may not fold to
`d` (they differ when d is -0.0), so every reverse iteration of such an update loaded,
added 0.0 and stored back (GMM's qtimesx: `out[j] += L[l] x[i]`). An expert leaves the
shadow alone and only passes `d` to y.

Here such a (load, store) pair is found before the forward sweep is instrumented, and the
reverse leaves the shadow untouched: the store's reverse reads `d` without zeroing, the
load's reverse adds nothing. Sound when t's only adjoint is the `d` that reaches it through
v, and nothing between the load and the store touches p's shadow except by adding into it:
- v is an fadd with t as either operand, an fsub with t as minuend, or an fmuladd / fma
  with t as addend, and v's only use is the store, t's only use is v (so t's adjoint is
  exactly v's, which is exactly `d`);
- t and the store are in one block, load and store of one pointer value and one type,
  neither volatile nor atomic; both are active;
- between them, no store, atomic or fence, and no call but math functions and inactive
  calls that write nothing (their reverse, if any, only adds into adjoints): so the shadow
  the store's reverse reads is the one the load's reverse would add into.
Then the shadow ends as `d` plus whatever the instructions between add, as before (up to the
sign of a zero shadow, -0.0 where it was 0.0).
"""

from __future__ import annotations

from enzymec.ir import CallInst, Instruction

from ..calls.call_kinds import FUNCTION_LIKE, INACTIVE, MATH

SIDE_EFFECT_OPCODES = frozenset({"store", "atomicrmw", "cmpxchg", "fence"})
HARMLESS_CALL_KINDS = (MATH, FUNCTION_LIKE, INACTIVE)  # write nothing, add into adjoints only
FUSED_ADDS = frozenset({"llvm.fmuladd", "llvm.fma"})


def updated_operands(value: Instruction) -> tuple:
    """The operand positions of `value` whose adjoint is exactly `value`'s."""
    if value.opcode == "fadd":
        return (0, 1)
    if value.opcode == "fsub":
        return (0,)
    if isinstance(value, CallInst):
        callee = value.called_function
        name = callee.name if callee is not None else ""
        if any(name == f or name.startswith(f + ".") for f in FUSED_ADDS):
            return (2,)
    return ()


def update_load(store: Instruction):
    """The load `t` of `t (+) y` stored back where it was loaded from, or None."""
    value, ptr = store.operands
    if not isinstance(value, Instruction) or len(value.uses) != 1:
        return None
    for position in updated_operands(value):
        t = value.operands[position]
        if (isinstance(t, Instruction) and t.opcode == "load" and t.operands[0] is ptr
                and t.type == value.type and len(t.uses) == 1
                and value.operands.count(t) == 1 and t.block is store.block):
            return t
    return None


def plain_access(inst: Instruction) -> bool:
    return not getattr(inst, "volatile", False) and not getattr(inst, "ordering", None)


def nothing_writes_between(load: Instruction, store: Instruction, calls) -> bool:
    """No instruction after `load` and before `store` (one block) writes memory."""
    instructions = load.block.instructions
    start, end = load.position(), store.position()
    for inst in instructions[start + 1:end]:
        if inst.opcode in SIDE_EFFECT_OPCODES:
            return False
        if isinstance(inst, CallInst) and not any(calls.kind(inst) is k for k in HARMLESS_CALL_KINDS):
            return False
    return start < end


def updates_in_place(ctx) -> set:
    """The loads and stores of the read-modify-write updates of the forward blocks (ctx: the
    gradient's function_context.FunctionContext, analysed) whose shadow stays as it is."""
    act, found = ctx.activity, set()
    for block in ctx.forward_blocks:
        for store in block.instructions:
            if store.opcode != "store" or not act.is_active_store(store):
                continue
            load = update_load(store)
            if (load is not None and act.is_active(load) and plain_access(load)
                    and plain_access(store) and nothing_writes_between(load, store, ctx.calls)):
                found.update((load, store))
    return found
