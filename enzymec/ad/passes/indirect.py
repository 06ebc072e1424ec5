"""Indirect calls in differentiated code (C++ virtual calls, calls through function
pointers): promoted to direct calls by comparing the pointer with every possible target.

A call through a pointer whose target is known only at run time cannot be differentiated as
such: its derivative depends on which function runs. Enzyme gives each function whose
address is taken a shadow (a table of its augmented forward and reverse) and calls through
the shadow of the pointer. enzymec reaches the same result with the primal pointer alone:

    %r = call double %fp(ptr %obj, ptr %x)

becomes, for the targets A, B (the functions of the module whose address is taken, by a
vtable, a table or a store, and whose type is the call's),

    %is.A = icmp eq ptr %fp, @A      br %is.A, %call.A, %next
    %call.A: %r.A = call double @A(ptr %obj, ptr %x)    br %rest
    %next:   %is.B = icmp eq ptr %fp, @B ...
    %unknown: %r.u = call double %fp(ptr %obj, ptr %x)    br %rest
    %rest:   %r = phi [%r.A, %call.A], [%r.B, %call.B], [%r.u, %unknown]

Each direct call is then inlined or split like any other call, and the reverse sweep follows
the branch the forward sweep took. The unknown-target branch keeps the original indirect call
(a `fallback`): a pointer to a function of another translation unit that carries no
derivative (a logging callback, a comparator of inactive data) is simply called. Once
activity is known, `settle_fallbacks` turns each fallback that could carry a derivative into
a message naming the call's source line on stderr and abort(): enzymec cannot differentiate such a target
(it has no body here, or never returns), and never gives a silently wrong derivative. Only
calls that can carry derivatives (a floating-point or pointer argument or result) are
promoted; others stay indirect calls.
"""

from __future__ import annotations

from enzymec.ir import (I32, I64, PTR, VOID, CallInst, Function, FunctionType,
                        GlobalVariable)
from enzymec.ir.builder import IRBuilder, const_int, declare_function
from enzymec.ir.values import ConstantString, InlineAsm
from enzymec.ir.types import ArrayType, I8

from ..analyses.aliasing import reachable_functions
from ..rules.runtime_calls import PREFIX as RUNTIME_PREFIX
from .inline import split_after
from .stored_target import stored_target

MAX_TARGETS = 64  # more candidates than this: the call stays indirect (a located error)


def promote_indirect_calls(function: Function, origin: dict, locate=None,
                           fallbacks: dict | None = None) -> bool:
    """Promote every indirect call of `function` that may carry derivatives; True if any.
    `locate(call)` gives the call's source location for the run-time message; `fallbacks`
    receives each call kept in an unknown-target branch with that message (never promoted
    again), for `settle_fallbacks`."""
    fallbacks = {} if fallbacks is None else fallbacks
    calls = [c for c in function.instructions() if _promotable(c) and c not in fallbacks]
    promoted = False
    # before any is promoted: the direct calls a promotion makes take the object's address
    stored = {call: stored_target(call) for call in calls}
    for call in calls:
        targets = possible_targets(function.module, call.function_type)
        known = stored[call]  # a local std::function's own invoker or manager
        if known is not None and known in targets:
            targets = [known]
        if targets and len(targets) <= MAX_TARGETS:
            _dispatch(call, targets, origin)
            fallbacks[call] = _where(call, locate)
            promoted = True
    return promoted


def settle_fallbacks(fallbacks: dict, carries_derivatives) -> bool:
    """After activity analysis: each fallback call for which `carries_derivatives(call)` holds
    becomes the located run-time abort (its branch then leaves the CFG's paths to a return);
    the others stay plain calls without derivative. True if the CFG changed (the caller
    analyses again)."""
    changed = False
    for call, message in list(fallbacks.items()):
        if call.block is not None and carries_derivatives(call):
            _abort_instead(call, message)
            del fallbacks[call]
            changed = True
    return changed


def _abort_instead(call: CallInst, message: str) -> None:
    """Replace the fallback `call` and its branch to the join by the located abort."""
    block = call.block
    jump = block.terminator
    for successor in jump.successors():
        for phi in successor.phis:
            kept = [(v, pred) for v, pred in phi.incoming if pred is not block]
            phi.drop_operands()
            for value, pred in kept:
                phi.add_incoming(value, pred)
    jump.erase()
    call.erase()
    _unknown_target(IRBuilder(block.function).position_at_end(block), message)


def _promotable(inst) -> bool:
    if not isinstance(inst, CallInst) or inst.opcode != "call":
        return False
    if inst.called_function is not None or isinstance(inst.callee, InlineAsm):
        return False
    ty = inst.function_type
    if ty.varargs:
        return False
    return any(_may_carry(t) for t in (ty.return_type, *ty.params))


def dispatches_again(callee: Function) -> bool:
    """A possible target that itself makes promotable indirect calls (directly or through the
    functions it calls), as virtual recursion over a tree does. Inlining such targets at
    promoted calls would nest the dispatch ever deeper; they stay calls, differentiated
    through their augmented forward and reverse, which recursion needs anyway."""
    if not _address_taken(callee):
        return False
    return any(_promotable(inst) for fn in reachable_functions(callee)
               for inst in fn.instructions())


def _may_carry(ty) -> bool:
    """A type through which a derivative can pass: floating point, pointers, aggregates."""
    return not (ty == VOID or ty.is_integer)


def possible_targets(module, function_type: FunctionType) -> list[Function]:
    """Functions of `module` of exactly `function_type` whose address is taken (used other
    than as the callee of a direct call), in module order."""
    return [fn for fn in module.functions
            if fn.function_type == function_type and not fn.name.startswith(RUNTIME_PREFIX)
            and _address_taken(fn) and _may_return(fn)]


def _may_return(fn: Function) -> bool:
    """False for a body without `ret` (a pure virtual's deleting destructor only traps):
    calling it ends the program, so the unknown-target branch serves it as well."""
    return fn.is_declaration or any(i.opcode == "ret" for i in fn.instructions())


def _address_taken(fn: Function) -> bool:
    for user, index in fn.uses:
        if isinstance(user, CallInst) and index == user.arg_count:
            continue
        return True
    return False


def _where(call: CallInst, locate) -> str:
    location = locate(call) if locate is not None else None
    place = f"{location}: " if location is not None else ""
    return (f"{place}enzymec: an indirect call in differentiated code reached a function "
            f"outside this translation unit or one that never returns\n")


def _dispatch(call: CallInst, targets: list[Function], origin: dict) -> None:
    """Replace `call` by a compare-and-branch chain over `targets` (module docstring); the
    call itself moves to the last, unknown-target branch."""
    function, block = call.block.function, call.block
    rest = split_after(call, function)
    function.blocks.remove(rest)
    b = IRBuilder(function)
    after, results = block, []
    test = block
    for target in targets:
        b.position_at_end(test)
        is_target = b.icmp("eq", call.callee, target, f"is.{_short(target)}")
        direct = b.new_block(f"call.{_short(target)}", after=test)
        test = b.new_block("indirect.next", after=direct)
        b.cond_br(is_target, direct, test)
        b.position_at_end(direct)
        results.append((_direct_copy(b, call, target, origin), direct))
        b.br(rest)
        after = test
    call.remove_from_block()
    test.append(call)
    b.position_at_end(test).br(rest)
    function.insert_block_after(rest, after)
    if call.type != VOID:
        phi = b.position_at_end(rest).phi(call.type, results, (call.name or "indirect") + ".r")
        rest.instructions.remove(phi)
        rest.insert(0, phi)
        call.replace_all_uses_with(phi)
        phi.add_incoming(call, test)
    function.forget_names()


def _short(fn: Function) -> str:
    return fn.name[:40].replace(".", "_")


def _direct_copy(b: IRBuilder, call: CallInst, target: Function, origin: dict) -> CallInst:
    new = b.call(target, call.args, call.function_type, call.name)
    new.arg_attrs = list(call.arg_attrs)
    new.fn_attrs = call.fn_attrs
    new.metadata = list(call.metadata)
    new.debug_records = list(call.debug_records)
    origin[new] = origin.get(call, call)
    return new


def _unknown_target(b: IRBuilder, message: str) -> None:
    """stderr gets `message`, then abort(): the pointer is none of the known targets."""
    module = b.function.module
    data = message.encode()
    text = "".join(chr(c) if 32 <= c < 127 and c not in (34, 92) else f"\\{c:02X}" for c in data)
    var = GlobalVariable(module.unique_symbol(".enzymec.indirect.msg"))
    var.prefix, var.is_constant = "private unnamed_addr", True
    var.value_type = ArrayType(len(data), I8)
    var.initializer = ConstantString(var.value_type, text)
    var.suffix = ", align 1"
    module.add_global(var)
    write = declare_function(module, "write", FunctionType(I64, (I32, PTR, I64)))
    if write.function_type == FunctionType(I64, (I32, PTR, I64)):
        b.call(write, [const_int(I32, 2), var, const_int(I64, len(data))])
    b.call(declare_function(module, "abort", FunctionType(VOID, ())), [])
    b.unreachable()
