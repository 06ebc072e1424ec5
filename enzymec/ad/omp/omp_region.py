"""The augmented forward and reverse of a parallel region, as parallel regions.

A region function `R(captures...)` (omp_prepare.py) forks `outlined(gtid, btid, captures)`.
Its split pair (what split_calls.py calls in the caller's forward and reverse sweeps):

    R.augmented(captures and shadows) -> tapes:
        tapes = __enzymec_omp_tapes_new(omp_get_max_threads())
        fork_call(loc, aug_thread, tapes, captures and shadows)
    aug_thread(gtid, btid, tapes, ...):   every thread of the team
        tape_set(tapes, omp_get_thread_num(), omp_get_num_threads(),
                 outlined.augmented(gtid, btid, ...))

    R.reverse(captures and shadows, tapes):
        push_num_threads(the forward's team size); fork_call(loc, rev_thread, tapes, ...)
        __enzymec_omp_tapes_free(tapes)
    rev_thread(gtid, btid, tapes, ...):   thread k reverses the iterations thread k ran
        outlined.reverse(gtid, btid, ..., tape_get(tapes, thread, team))

`outlined`'s own pair is an ordinary split pair of the engine, with its tape records on the
heap (a record made by one fork is read by the next). Within it, adjoint updates into
memory other threads may touch are atomic (omp_atomic.py) and synchronisation is reversed
(omp_sync.py).
"""

from __future__ import annotations

from enzymec.ir import I32, I64, PTR, VOID, Block, CallInst, Function, FunctionType
from enzymec.ir.builder import IRBuilder, declare_function

from .omp_atomic import report
from ..rules.runtime_calls import runtime_function

TEAM_QUERY = FunctionType(I32, ())


def build_region_pair(cache, region: Function, kinds: tuple, pair: tuple, stable) -> None:
    """Fill `pair` (region.augmented, region.reverse, declared by the cache)."""
    fork = next(i for i in region.instructions() if isinstance(i, CallInst))
    outlined = fork.args[2]
    inner_stable = (True, True) + tuple(stable) if len(stable) == len(kinds) else ()
    aug, rev = cache.split_pair(outlined, ("const", "const") + tuple(kinds), "const",
                                inner_stable, heap_records=True)  # records cross two forks
    report(outlined.name)
    for half in (aug, rev):  # see forget_locations
        forget_locations(half)
    extra = len(aug.function_type.params) - 2  # captures and shadows after gtid, btid
    aug_thread = thread_function(region, "omp_aug", aug, fill_aug_thread, extra)
    rev_thread = thread_function(region, "omp_rev", rev, fill_rev_thread, extra)
    fill_augmented(pair[0], fork, aug_thread)
    fill_reverse(pair[1], fork, rev_thread)


def forget_locations(function: Function) -> None:
    """Drop the source locations the split halves keep from the outlined function: they
    have no debug subprogram of their own, and LLVM rejects (or, inlining them into a
    function with one, asserts on) locations scoped to another function's subprogram."""
    for inst in function.instructions():
        inst.metadata = [(kind, node) for kind, node in inst.metadata if kind != "dbg"]


def body(function: Function) -> IRBuilder:
    block = Block("entry")
    function.append_block(block)
    function.prefix = "internal"
    return IRBuilder(function).position_at_end(block)


def thread_function(region: Function, suffix: str, inner: Function, fill,
                    extra: int) -> Function:
    """`(gtid, btid, tapes, captures and shadows)`: what one thread runs."""
    params = (PTR, PTR, PTR) + tuple(inner.function_type.params[2:2 + extra])
    ty = FunctionType(VOID, params)
    fn = Function(region.module.unique_symbol(f"{region.name}.{suffix}"), ty)
    fn.set_signature(ty, ["gtid", "btid", "tapes"] + [f"a{i}" for i in range(len(params) - 3)])
    region.module.add_function(fn)
    fill(fn, inner)
    return fn


def team_position(b: IRBuilder):
    """(thread number, team size) of the calling thread, as i64."""
    module = b.function.module
    tid = b.call(declare_function(module, "omp_get_thread_num", TEAM_QUERY), [], name="tid")
    team = b.call(declare_function(module, "omp_get_num_threads", TEAM_QUERY), [], name="team")
    return b.cast("sext", tid, I64, "tid64"), b.cast("sext", team, I64, "team64")


def fill_aug_thread(fn: Function, aug: Function) -> None:
    b = body(fn)
    gtid, btid, tapes, *rest = fn.args
    tape = b.call(aug, [gtid, btid, *rest], name="tape")
    tid, team = team_position(b)
    b.call(runtime_function(fn.module, "omp_tape_set"), [tapes, tid, team, tape])
    b.ret()


def fill_rev_thread(fn: Function, rev: Function) -> None:
    b = body(fn)
    gtid, btid, tapes, *rest = fn.args
    tid, team = team_position(b)
    tape = b.call(runtime_function(fn.module, "omp_tape_get"), [tapes, tid, team], name="tape")
    b.call(rev, [gtid, btid, *rest, tape])
    b.ret()


def fork(b: IRBuilder, like: CallInst, thread: Function, tapes, rest) -> None:
    """fork_call(loc, #arguments, thread, tapes, rest...) as `like` made it."""
    args = [tapes, *rest]
    b.call(like.called_function, [like.args[0], b.value(len(args), I32), thread, *args],
           function_type=like.function_type)


def fill_augmented(fn: Function, like: CallInst, thread: Function) -> None:
    b = body(fn)
    module = fn.module
    most = b.call(declare_function(module, "omp_get_max_threads", TEAM_QUERY), [], name="max")
    capacity = b.add(b.cast("sext", most, I64), b.value(64, I64), "capacity")
    tapes = b.call(runtime_function(module, "omp_tapes_new"), [capacity], name="tapes")
    fork(b, like, thread, tapes, list(fn.args))
    b.ret(tapes)


def fill_reverse(fn: Function, like: CallInst, thread: Function) -> None:
    b = body(fn)
    module = fn.module
    *rest, tapes = fn.args
    loc = like.args[0]
    team = b.call(runtime_function(module, "omp_team"), [tapes], name="team")
    gtid = b.call(declare_function(module, "__kmpc_global_thread_num",
                                   FunctionType(I32, (PTR,))), [loc], name="gtid")
    push = declare_function(module, "__kmpc_push_num_threads", FunctionType(VOID, (PTR, I32, I32)))
    b.call(push, [loc, gtid, team])
    fork(b, like, thread, tapes, rest)
    b.call(runtime_function(module, "omp_tapes_free"), [tapes])
    b.ret()
