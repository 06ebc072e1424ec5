"""Inline calls to functions with bodies into a gradient's forward sweep before AD.

Differentiating through a call then needs nothing special: the callee's instructions become
the caller's, with their own loops, shadows and tape. (Enzyme instead builds an augmented
forward and a reverse per callee; that split is still needed for recursion, which is why a
recursive call is left alone and reported by the call rules if it is active.)

A call `%r = call T @g(args)` in block B is replaced by: B up to the call, a branch to a copy
of g's body with g's arguments mapped to `args`, each `ret v` turned into a branch to the
rest of B, where a phi collects `v`. Static allocas of g move to the caller's entry, so a call
inside a loop does not grow the stack every iteration.

Invokes (C++ calls that may throw, with a normal and an unwind destination) are turned into
calls first: a gradient does not support exceptions, so `invoke @g(...) to %normal unwind
%lpad` becomes `call @g(...)` and `br %normal`, and is then inlined like any call (its `ret`s
reach %normal through the rest of B). Calls inside an inlined body stay calls. The landing
pads, reachable by unwind edges only, are deleted once no edge leads to them.
"""

from __future__ import annotations

from enzymec.analysis import reachable_blocks
from enzymec.ir import (AllocaInst, Block, CallInst, Function, Instruction, InvokeInst, PhiInst,
                        VOID)
from enzymec.ir.block_split import split_block
from enzymec.ir.clone import clone_body

from .recursion import recursive_functions

MAX_INLINED_INSTRUCTIONS = 20000


def inline_calls(function: Function, origin: dict, keep=lambda callee: False,
                 refuse=None, on_inline=None) -> None:
    """Inline, repeatedly, every direct call to a non-recursive function with a body,
    except those `keep(callee)` says the call rules handle (registered functions).
    `refuse(inst, message)` reports an invoke whose exception handler resumes normal
    execution (it raises; by default a CompileError without location); `on_inline(call)`
    hears each call just before it is inlined (--explain)."""
    refuse = refuse or _refuse
    budget = MAX_INLINED_INSTRUCTIONS
    calls_for_invokes(list(function.blocks), origin, refuse)
    recursive = recursive_functions(function)  # inlining a non-recursive call keeps cycles
    start = 0  # blocks before the last inlined call's hold no inlinable call: not rescanned
    exact_names = False  # after one inline_call, the name table is rebuilt from live names
    while True:
        call = next((c for block in function.blocks[start:] for c in block.instructions
                     if _inlinable(c, function, recursive) and not keep(c.called_function)),
                    None)
        if call is None or budget <= 0:
            break
        start = function.blocks.index(call.block)
        budget -= sum(len(b.instructions) for b in call.called_function.blocks)
        if on_inline is not None:
            on_inline(call)
        calls_for_invokes(inline_call(call, origin, exact_names), origin, refuse)
        exact_names = True
    remove_unreachable_blocks(function)


def _refuse(inst: Instruction, message: str) -> None:
    from enzymec.diagnostics import CompileError
    raise CompileError(message)


def _inlinable(inst: Instruction, caller: Function, recursive: set) -> bool:
    """Whether `inst` is a call `inline_calls` inlines; `recursive` holds the functions
    reachable from the caller that lie on a call cycle (recursion.py)."""
    if not isinstance(inst, CallInst) or inst.opcode != "call":  # invokes became calls
        return False
    callee = inst.called_function
    if callee is None or callee.is_declaration or callee is caller:
        return False
    if callee.function_type.varargs or "noinline_ad" in callee.suffix:
        return False
    return callee not in recursive  # recursion is left for the call rules


def calls_for_invokes(blocks: list[Block], origin: dict, refuse) -> None:
    """Each `invoke` in `blocks` becomes a call and a branch to its normal destination; the
    unwind destination's phis forget the edge (gradients do not support exceptions).

    Dropping the edge changes nothing while no exception is thrown, and an exception
    still leaves the function (without running its cleanups). A handler from which the
    function can return normally (a `catch` that swallows the exception) would be lost
    silently: such an invoke is refused."""
    resumes: dict[Block, bool] = {}
    for block in blocks:
        invoke = block.terminator
        if not isinstance(invoke, InvokeInst):
            continue
        normal, unwind = invoke.operands[-2:]
        if unwind not in resumes:
            resumes[unwind] = _reaches_return(unwind)
        if resumes[unwind]:
            refuse(invoke, "cannot differentiate code that catches an exception and goes on: "
                           "gradients do not support exceptions")
        call = CallInst(invoke.function_type, invoke.callee, invoke.args)
        call.prefix, call.fn_attrs = invoke.prefix, invoke.fn_attrs
        call.arg_attrs, call.explicit_type = list(invoke.arg_attrs), invoke.explicit_type
        call.metadata = list(invoke.metadata)
        call.name = invoke.name
        call.insert_before(invoke)
        invoke.replace_all_uses_with(call)
        if invoke in origin:
            origin[call] = origin[invoke]
        invoke.erase()
        block.append(Instruction("br", VOID, [normal]))
        for phi in unwind.phis:
            phi.set_operands([x for value, pred in phi.incoming if pred is not block
                              for x in (value, pred)])


def _reaches_return(start: Block) -> bool:
    seen, work = set(), [start]
    while work:
        block = work.pop()
        if block in seen:
            continue
        seen.add(block)
        if block.terminator is not None and block.terminator.opcode == "ret":
            return True
        work.extend(block.successors)
    return False


def remove_unreachable_blocks(function: Function) -> None:
    """Delete the blocks no path from the entry reaches (landing pads after
    `calls_for_invokes`); phis of reachable blocks forget the edges from them."""
    live = reachable_blocks(function)
    dead = [b for b in function.blocks if b not in live]
    if not dead:
        return
    for block in dead:
        for successor in block.successors:
            if successor in live:
                for phi in successor.phis:
                    phi.set_operands([x for value, pred in phi.incoming if pred is not block
                                      for x in (value, pred)])
    for block in dead:
        for inst in block.instructions:
            inst.drop_operands()
            inst.debug_records = []
    for block in dead:
        function.blocks.remove(block)
    function.forget_names()


def inline_call(call: CallInst, origin: dict, exact_names: bool = False) -> list[Block]:
    """Inline `call`; returns the blocks of the inlined body. `exact_names`: the caller's
    name table holds exactly its live names, so only the call's name is released after
    (every other name handed out here stays in use), not the whole table rebuilt."""
    caller, block = call.block.function, call.block
    callee = call.called_function
    rest = split_after(call, caller)
    value_map = dict(zip(callee.args, call.args))
    blocks = clone_body(callee, caller, value_map)
    _weaken_tail_calls(blocks, call.tail)
    for old, new in value_map.items():
        origin.setdefault(new, old)
    _place_after(caller, block, blocks + [rest])  # keep layout: body right after the call
    _hoist_allocas(blocks, caller.blocks[0])
    result = PhiInst("phi", call.type) if call.type != VOID else None
    for new_block in blocks:
        ret = new_block.terminator
        if ret is not None and ret.opcode == "ret":
            if result is not None:
                result.add_incoming(ret.operands[0], new_block)
            ret.erase()
            new_block.append(Instruction("br", VOID, [rest]))
    if result is not None:
        result.name = caller.unique_name((call.name or callee.name) + ".result")
        rest.insert(0, result)
        call.replace_all_uses_with(result)
    freed = call.name
    call.erase()
    block.append(Instruction("br", VOID, [blocks[0]]))
    if exact_names:
        caller.release_names((freed,))
    else:
        caller.forget_names()
    return blocks


# `tail` promises that the callee touches none of the caller's allocas; a call inlined from
# a callee that was given the caller's alloca (qsort of a local array) breaks that promise
# unless the call site made it too. So, as LLVM's inliner does, an inlined call keeps no
# stronger a tail marker than the call site's (a `notail` site promises nothing; a `notail`
# call stays `notail`).
_TAIL_RANK = {"": 0, "notail": 0, "tail": 1, "musttail": 2}


def _weaken_tail_calls(blocks: list[Block], site: str) -> None:
    for block in blocks:
        for inst in block.instructions:
            if isinstance(inst, CallInst) and inst.tail not in ("", "notail") and \
                    _TAIL_RANK[site] < _TAIL_RANK[inst.tail]:
                inst.tail = site if site != "notail" else ""


def _place_after(caller: Function, block: Block, moving: list[Block]) -> None:
    """Move `moving` (the cloned body, then the call's rest) right after `block`. They were
    appended in the order [rest, *body]: taken off the end at once rather than each looked
    for from the start (a scan of the whole growing caller per block of every inlined call)."""
    tail = [moving[-1]] + moving[:-1]
    if caller.blocks[-len(tail):] == tail:
        del caller.blocks[-len(tail):]
    else:
        for moved in tail:
            caller.blocks.remove(moved)
    position = caller.blocks.index(block) + 1
    caller.blocks[position:position] = moving


def split_after(call: CallInst, function: Function) -> Block:
    """Move everything after `call` into a new block; successors' phis follow it."""
    block = call.block
    return split_block(function, block, call.position() + 1, ".after")


def _hoist_allocas(blocks: list[Block], entry: Block) -> None:
    for block in blocks:
        for inst in list(block.instructions):
            if isinstance(inst, AllocaInst) and not inst.operands:
                inst.remove_from_block()
                entry.insert(0, inst)
