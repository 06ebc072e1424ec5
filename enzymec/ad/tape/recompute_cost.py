"""Cost model for floating-point values the reverse sweep needs: recompute or tape.

tape.py recomputes cheap integer, pointer and conversion instructions and reloads memory
nothing writes; everything else in a loop is taped, 8 bytes per iteration for a double,
written in the forward sweep and read back in the reverse. For a cheap float operation
(`fadd`, `fsub`, `fmul`, `fneg`) whose operands the reverse sweep can itself obtain without
any tape (arguments, values outside loops, reloadable loads, loop counters, other such
operations), one to a few flops in the reverse sweep cost less than that store and load and
keep the tape's memory traffic out of the loop: ADBench's GMM differences `x_i - mu_k` and
the products of `Q (x - mu)` are such values (benchmarks/notes/adbench.md). The tree of
operations recomputed for one value is bounded (MAX_FLOPS) so that a long chain is taped
once instead of recomputed at every use. Division and math calls are never recomputed
(several times the cost of a tape read)."""

from __future__ import annotations

CHEAP_FLOAT_OPS = frozenset({"fadd", "fsub", "fmul", "fneg"})
MAX_FLOPS = 4


def float_recompute_cost(tape, value, budget: int = MAX_FLOPS):
    """Flops to recompute `value` from operands needing no tape; None when some operand
    needs a tape, `value` is not a cheap float operation, or the cost exceeds `budget`."""
    if getattr(value, "opcode", None) not in CHEAP_FLOAT_OPS or budget < 1:
        return None
    if tape.available(value):
        return 0
    cost = 1
    for op in value.operands:
        if tape.available(op):
            continue
        inner = float_recompute_cost(tape, op, budget - cost)
        if inner is not None:
            cost += inner
        elif getattr(op, "opcode", None) in CHEAP_FLOAT_OPS or tape.needs_tape(op):
            return None
        if cost > budget:
            return None
    return cost


def recompute_float(tape, value) -> bool:
    """Whether the reverse sweep recomputes `value` (a cheap float operation)."""
    return float_recompute_cost(tape, value) is not None
