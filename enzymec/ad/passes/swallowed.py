"""Exceptions an inactive call may throw and its caller swallows (libstdc++'s destructors).

Gradients have no exception edges: invokes become calls (inline.calls_for_invokes), which
is exact while nothing is thrown, and refused where a handler lets the function go on
(`catch (...) {}`), since that path would be lost. libstdc++ writes such handlers around
calls that carry no derivative: `~basic_filebuf() { try { close(); } catch (...) {} }`
(inlined into any function that uses a std::ofstream or std::filebuf).

When the called function is inactive (I/O, registered inactive) and the handler does
nothing but catch everything and rejoin the normal path (`landingpad catch ptr null`,
`__cxa_begin_catch`, `__cxa_end_catch`, then the invoke's normal destination, whose phis
get the same values from both edges; the invoke's result unused), the invoke is redirected
to a wrapper that makes the same call inside its own catch-all handler: the exception is
still swallowed at the same point, the program goes on along the same path, and the
differentiated code sees one inactive call. Anything else stays refused.
"""

from __future__ import annotations

from enzymec.ir import (VOID, AggregateInst, Block, CallInst, Function, InvokeInst,
                        LandingPadInst, PTR, SimpleConstant, StructType, I32)
from enzymec.ir.builder import IRBuilder, declare_function, zero
from enzymec.ir.types import FunctionType

BEGIN, END = "__cxa_begin_catch", "__cxa_end_catch"
SUFFIX = ".enzymec.swallowed"


def swallow(invoke: InvokeInst, calls) -> bool:
    """Redirect `invoke` to its catch-all wrapper when the pattern above holds (and mark
    the wrapper inactive in `calls`); False when it does not."""
    callee = invoke.called_function
    if callee is None or not calls.is_inactive(invoke) or invoke.uses or \
            not _swallows(invoke):
        return False
    wrapper = _wrapper(callee, invoke.block.function)
    if wrapper is None:
        return False
    calls.inactive_names.add(wrapper.name)
    invoke.set_operand(invoke.arg_count, wrapper)
    return True


def _swallows(invoke: InvokeInst) -> bool:
    """The unwind block catches everything and rejoins the normal destination unchanged."""
    normal, unwind = invoke.operands[-2:]
    insts = unwind.instructions
    if len(insts) < 4 or not isinstance(insts[0], LandingPadInst):
        return False
    pad, extract, begin, end = insts[0], insts[1], insts[2], insts[3]
    if pad.clause_kinds != ["catch"] or getattr(pad.operands[0], "keyword", None) != "null":
        return False
    if not (isinstance(extract, AggregateInst) and extract.operands[0] is pad and
            _calls(begin, BEGIN) and begin.args == [extract] and _calls(end, END)):
        return False
    rest = insts[4:]
    if isinstance(end, InvokeInst):  # __cxa_end_catch's own unwind edge: a destructor throws
        rejoins = end.operands[-2] is normal and not rest
    else:
        rejoins = len(rest) == 1 and rest[0].opcode == "br" and rest[0].operands == [normal]
    return rejoins and _same_phi_values(normal, invoke.block, unwind)


def _calls(inst, name: str) -> bool:
    return isinstance(inst, CallInst) and inst.called_function is not None and \
        inst.called_function.name == name


def _same_phi_values(block: Block, one: Block, other: Block) -> bool:
    for phi in block.phis:
        values = {pred: value for value, pred in phi.incoming}
        if values.get(one) is not values.get(other):
            return False
    return True


def _wrapper(callee: Function, caller: Function) -> Function | None:
    """`callee`'s catch-all wrapper (made once per module), with the caller's personality
    (a clone has none: then the one the module's functions use); None without one."""
    module = callee.module
    name = callee.name + SUFFIX
    existing = module.get(name)
    if existing is not None:
        return existing
    personality = next((p for p in map(_personality, [caller.suffix] + [
        f.suffix for f in module.functions]) if p is not None), None)
    if personality is None:
        return None
    fn = Function(name, callee.function_type)
    fn.set_signature(callee.function_type)
    fn.prefix = "internal"
    fn.suffix = personality
    module.add_function(fn)
    _fill(fn, callee)
    return fn


def _personality(suffix: str) -> str | None:
    at = suffix.find("personality ")
    if at < 0:
        return None
    words = suffix[at:].split()
    return " ".join(words[:3]) if len(words) >= 3 else None


def _fill(fn: Function, callee: Function) -> None:
    """entry: invoke callee(args) to ok unwind caught; ok: ret its result; caught:
    catch-all, begin and end the catch, return (a zero result: the caller ignores it)."""
    b = IRBuilder(fn)
    entry, ok, caught = (b.new_block(n) for n in ("entry", "ok", "caught"))
    invoke = InvokeInst(callee.function_type, callee, list(fn.args), ok, caught)
    b.position_at_end(entry).insert(invoke, "result")
    ret = callee.function_type.return_type
    b.position_at_end(ok).ret(None if ret == VOID else invoke)
    b.position_at_end(caught)
    pad = LandingPadInst(StructType((PTR, I32)))
    pad.clause_kinds.append("catch")
    pad.append_operand(SimpleConstant(PTR, "null"))
    b.insert(pad, "pad")
    exception = b.extractvalue(pad, [0], PTR, "exception")
    module = fn.module
    b.call(declare_function(module, BEGIN, FunctionType(PTR, (PTR,))), [exception])
    b.call(declare_function(module, END, FunctionType(VOID, ())), [])
    b.ret(None if ret == VOID else zero(ret))
