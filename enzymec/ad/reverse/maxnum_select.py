"""Running maxima written with `maxnum`/`minnum` (Rust's `fold(f64::NEG_INFINITY, f64::max)`,
C's `fmax`, Fortran's `max`), turned into the select recurrence that select_recurrence.py
and select_chain.py rewrite.

In a loop that writes no memory and calls nothing else, a step of a header phi's chain

    %m.next = call double @llvm.maxnum.f64(double %m, double %v)      ; %v a load

becomes

    %gt  = fcmp ogt double %v, %m        ; (olt for minnum)
    %nan = fcmp uno double %m, %m
    %c   = or i1 %gt, %nan
    %m.next = select i1 %c, double %v, double %m

which is one of the values `maxnum` may return (LangRef: a NaN operand yields the other
operand, equal operands either one): for a NaN `%m` the element, for a NaN element `%m`,
for equal ones `%m`, the operand enzymec's rule for `fmax` gives the adjoint on a tie too.
The chain then feeds only comparisons and the selects, and the index-only rewrite applies;
a loop that still does not qualify keeps the selects, which are reversed as a select is (one
condition taped per step, as the call's own rule would).
"""

from __future__ import annotations

from enzymec.analysis import loops
from enzymec.ir import CallInst, FloatType, Function, Instruction, MemoryInst, PhiInst
from enzymec.ir.builder import IRBuilder

from .select_recurrence import _EFFECTS

# intrinsic name (type suffix stripped) -> the comparison under which the element wins
_CHOOSE = {"llvm.maxnum": "ogt", "llvm.minnum": "olt"}
_MAX_STEPS = 16


def maxnum_chains_to_selects(fn: Function) -> int:
    """Rewrite the maxnum/minnum steps of every such chain; how many calls."""
    done = 0
    for loop in loops(fn):
        if loop.preheader is None or len(loop.latches) != 1 or not _only_minmax_calls(loop):
            continue
        for phi in list(loop.header.phis):
            for call, chain, element in _chain_calls(phi, loop):
                _to_select(fn, call, chain, element)
                done += 1
    return done


def _intrinsic(inst) -> str | None:
    """'llvm.maxnum' or 'llvm.minnum' for a call of either (any float type), else None."""
    if not isinstance(inst, CallInst) or inst.opcode != "call":
        return None
    callee = inst.called_function
    name = getattr(callee, "name", "") or ""
    base = name.rsplit(".", 1)[0] if name.count(".") >= 2 else name
    return base if base in _CHOOSE else None


def _only_minmax_calls(loop) -> bool:
    """No memory written and no call in the loop but maxnum/minnum."""
    for block in loop.blocks:
        for inst in block.instructions:
            if getattr(inst, "volatile", False):
                return False
            if inst.opcode in _EFFECTS and _intrinsic(inst) is None:
                return False
    return True


def _chain_calls(phi: PhiInst, loop) -> list:
    """[(call, chain operand, element)] of the maxnum/minnum steps from the latch's value
    back to `phi` (through selects too), when every step is one; else []."""
    if not isinstance(phi.type, FloatType) or len(phi.incoming) != 2:
        return []
    found, value = [], phi.incoming_value_for(loop.latches[0])
    for _ in range(_MAX_STEPS):
        if value is phi:
            return found
        if not (isinstance(value, Instruction) and value.block is not None
                and loop.contains(value.block)):
            return []
        if _intrinsic(value) is not None:
            chain, element = _split(value.args, phi, loop)
            if chain is None:
                return []
            found.append((value, chain, element))
            value = chain
        elif value.opcode == "select":
            value = value.operands[2] if _is_load(value.operands[1], loop) else value.operands[1]
        else:
            return []
    return []


def _split(args, phi, loop):
    """(chain, element) of a call's two operands: the element a plain load in the loop."""
    a, b = args[0], args[1]
    if _is_load(b, loop) and not _is_load(a, loop):
        return a, b
    if _is_load(a, loop) and not _is_load(b, loop):
        return b, a
    return None, None


def _is_load(value, loop) -> bool:
    return (isinstance(value, MemoryInst) and value.opcode == "load" and not value.volatile
            and not value.ordering and loop.contains(value.block))


def _to_select(fn: Function, call, chain, element) -> None:
    """Replace `call` by the compare-and-select form above, in place."""
    b = IRBuilder(fn).position_before(call)
    wins = b.fcmp(_CHOOSE[_intrinsic(call)], element, chain, (call.name or "m") + ".wins")
    nan = b.fcmp("uno", chain, chain, (call.name or "m") + ".nan")
    cond = b.binary("or", wins, nan, (call.name or "m") + ".take")
    select = b.select(cond, element, chain, (call.name or "m") + ".sel")
    call.replace_all_uses_with(select)
    call.erase()
