"""OpenMP before AD: the rewrites that make a parallel region differentiable.

On the clone of a function to differentiate (prepare.py calls `prepare_openmp`):
1. constructs whose reverse enzymec does not build (tasks, ordered, teams, target offload:
   omp_names.UNSUPPORTED) are located errors;
2. each `__kmpc_fork_call(loc, n, outlined, captures...)` becomes a call of an internal
   function `outlined.omp_region(captures...)` that makes the same fork call. The engine
   then differentiates it as any callee kept as a call (split_calls.py), and the cache
   builds that function's augmented forward and reverse as parallel regions themselves
   (omp_region.py) instead of differentiating its body;
3. a reduction's `__kmpc_reduce(_nowait)` (the runtime picks a tree, atomic or critical
   combination, and a tree combination would move private partial results through the
   runtime, where no adjoint can follow them) becomes the critical combination clang also
   emits: a critical section around case 1 of its switch. The reverse of that critical
   section is again a critical section (omp_sync.py), so the broadcast of the result's
   adjoint to every thread's partial result is race-free; `max` reductions go the same way
   (the select of case 1 sends the adjoint to the winning thread's partial maximum);
4. `#pragma omp atomic` on floating-point data (`atomicrmw fadd/fsub`) becomes the same
   update in a critical section on a lock of enzymec's own: the engine differentiates
   loads and stores, and the critical section is reversed as one. Other floating-point
   atomics (min, max, exchange, compare-exchange of float bits) are located errors.
"""

from __future__ import annotations

from enzymec.ir import (I32, PTR, VOID, AllocaInst, ArrayType, Block, CallInst, ConstantInt,
                        Function, FunctionType, GlobalVariable)
from enzymec.ir.builder import IRBuilder, declare_function
from enzymec.ir.values import SimpleConstant

from ..passes.constant_branches import fold_constant_branches
from .omp_byref import float_image, pass_by_reference
from .omp_names import (BARRIER, CRITICAL, END_CRITICAL, END_REDUCE, FORK, REDUCE,
                        REGION_SUFFIX, UNSUPPORTED, is_region)
from ..rules.runtime_calls import runtime_function


def prepare_openmp(fn: Function, fail, regions: bool = True) -> None:
    """The rewrites 1-4 (and the critical sections' tickets) on `fn`; nothing in a module
    without OpenMP. `regions`: the mode differentiates parallel regions as region functions
    (reverse mode); else the fork call stays, and forward mode forks the tangent of the
    outlined body (call_kinds.OMP_FORK)."""
    if not uses_openmp(fn.module):  # no libomp to make atomics critical sections with
        refuse_float_atomics(fn, fail)
        return
    calls = [i for i in fn.instructions() if isinstance(i, CallInst)
             and i.called_function is not None and i.called_function.name.startswith(
                 ("__kmpc_", "__tgt_"))]
    for call in calls:
        construct = UNSUPPORTED.get(call.called_function.name)
        if construct is not None:
            fail(call, f"cannot differentiate {construct}: enzymec differentiates parallel "
                       f"regions, worksharing loops, reductions, critical, atomic, single, "
                       f"master and barrier only",
                 "move the construct out of the differentiated code, or rewrite it as a "
                 "parallel for")
    reductions = any(c.called_function.name in REDUCE for c in calls)
    for call in calls:
        name = call.called_function.name
        if name == FORK and regions:
            call_region(call)
        elif name == FORK:  # forward mode forks the tangent (call_kinds.OMP_FORK)
            pass_by_reference(call)  # captured float values: by reference (omp_byref.py)
        elif name in REDUCE:
            reduce_in_critical(call)
        elif name in END_REDUCE:
            end_reduce_as_critical(call, END_REDUCE[name])
    if reductions:  # their atomic combinations become dead code
        fold_constant_branches(fn)
    for inst in [i for i in fn.instructions() if i.opcode in ("atomicrmw", "cmpxchg")]:
        atomic_in_critical(inst, fail)
    if regions:  # the order a reverse sweep replays
        take_tickets(fn)


def uses_openmp(module) -> bool:
    return any(f.name.startswith(("__kmpc_", "__tgt_")) for f in module.functions)


def refuse_float_atomics(fn: Function, fail) -> None:
    """Floating-point atomics in a module without OpenMP (C11 `_Atomic double`): the
    activity analysis does not follow data through them, so they are located errors rather
    than a silent zero."""
    for inst in fn.instructions():
        if inst.opcode in ("atomicrmw", "cmpxchg") and carries_float(inst):
            fail(inst, f"cannot differentiate an atomic update of floating-point data "
                       f"('{inst.opcode}') outside an OpenMP parallel region",
                 "use a plain variable, or '#pragma omp atomic' in code built with -fopenmp")


def carries_float(inst) -> bool:
    """An atomic whose value is floating-point data, or its integer image (clang's
    compare-exchange loops on the bits of a double)."""
    return any(v.type.scalar.is_float or float_image(v) is not None for v in inst.operands[1:])


def take_tickets(fn: Function) -> None:
    """After each `__kmpc_critical(loc, gtid, lock)`: the section's ticket (the order in
    which threads entered it, which the reverse replays backwards: omp_sync.py)."""
    for call in [i for i in fn.instructions() if isinstance(i, CallInst)]:
        if call.called_function is not None and call.called_function.name == CRITICAL:
            after = call.next_instruction()
            b = IRBuilder(fn).position_before(after)
            b.call(runtime_function(fn.module, "omp_order_take"), [call.args[2]],
                   name="omp.ticket")


def call_region(fork: CallInst) -> None:
    """Replace `fork` by a call of its region function."""
    pass_by_reference(fork)  # captured float values: by reference (omp_byref.py)
    record_distinct_captures(fork)
    region = region_function(fork)
    b = IRBuilder(fork.block.function).position_before(fork)
    call = b.call(region, list(fork.args[3:]))
    call.metadata = [m for m in fork.metadata if m[0] == "dbg"]
    fork.erase()


def region_function(fork: CallInst) -> Function:
    """`outlined.omp_region(captures...)`: the fork call of `fork`, made a function of its
    captures (one per outlined function and ident)."""
    module = fork.block.function.module
    loc, outlined = fork.args[0], fork.args[2]
    name = f"{outlined.name}.{loc.name}{REGION_SUFFIX}"
    existing = module.get_function(name)
    if existing is not None:
        return existing
    ty = FunctionType(VOID, tuple(a.type for a in fork.args[3:]))
    region = Function(name, ty)
    region.set_signature(ty, [f"capture{i}" for i in range(len(ty.params))])
    region.prefix = "internal"
    module.add_function(region)
    block = Block("entry")
    region.append_block(block)
    b = IRBuilder(region).position_at_end(block)
    b.call(fork.called_function, [loc, fork.args[1], outlined, *region.args],
           function_type=fork.function_type)
    b.ret()
    return region


def reduce_in_critical(call: CallInst) -> None:
    """`__kmpc_reduce*(loc, gtid, n, size, list, fn, lock)` -> critical(loc, gtid, lock),
    and its result (the combination method) the constant 1: combine in the critical section."""
    loc, gtid, lock = call.args[0], call.args[1], call.args[6]
    b = IRBuilder(call.block.function).position_before(call)
    runtime_call(b, CRITICAL, [loc, gtid, lock], call)
    call.replace_all_uses_with(ConstantInt(I32, 1))
    call.erase()


def end_reduce_as_critical(call: CallInst, barrier: bool) -> None:
    """`__kmpc_end_reduce*(loc, gtid, lock)` -> end_critical (then, for the blocking
    reduction, the barrier it implies)."""
    loc, gtid, lock = call.args
    b = IRBuilder(call.block.function).position_before(call)
    runtime_call(b, END_CRITICAL, [loc, gtid, lock], call)
    if barrier:
        runtime_call(b, BARRIER, [loc, gtid], call)
    call.erase()


def runtime_call(b: IRBuilder, name: str, args: list, like: CallInst) -> CallInst:
    fn = declare_function(b.function.module, name,
                          FunctionType(VOID, tuple(a.type for a in args)))
    made = b.call(fn, args)
    made.metadata = [m for m in like.metadata if m[0] == "dbg"]
    return made


LOCK = "__enzymec_omp_atomic_lock"  # the critical section of rewritten atomics (kmp_critical_name)


def atomic_in_critical(inst, fail) -> None:
    """`atomicrmw fadd|fsub ptr p, T v` (result unused) -> critical { *p = *p +- v }."""
    value_type = inst.operands[-1].type
    if not carries_float(inst):
        return  # integer atomics carry no derivative
    operation = getattr(inst, "operation", "")
    if inst.opcode != "atomicrmw" or operation not in ("fadd", "fsub") or inst.uses:
        what = f"{inst.opcode} {operation}".strip()
        fail(inst, f"cannot differentiate the floating-point atomic '{what}' in a parallel "
                   f"region", "use '#pragma omp atomic' updates "
                   "x += v or x -= v, or a critical section")
    fn = inst.block.function
    lock = lock_variable(fn.module)
    b = IRBuilder(fn).position_before(inst)
    null = SimpleConstant(PTR, "null")
    gtid_fn = declare_function(fn.module, "__kmpc_global_thread_num", FunctionType(I32, (PTR,)))
    gtid = b.call(gtid_fn, [null], name="omp.gtid")
    runtime_call(b, CRITICAL, [null, gtid, lock], inst)
    ptr, value = inst.operands
    old = b.load(value_type, ptr, "omp.atomic.old", align=inst.align)
    new = b.binary(operation, old, value, "omp.atomic.new")
    b.store(new, ptr, inst.align)
    runtime_call(b, END_CRITICAL, [null, gtid, lock], inst)
    inst.erase()


def lock_variable(module) -> GlobalVariable:
    existing = module.get(LOCK)
    if existing is not None:
        return existing
    var = GlobalVariable(LOCK)
    var.prefix = "internal"
    var.value_type = ArrayType(8, I32)
    var.initializer = SimpleConstant(var.value_type, "zeroinitializer")
    module.add_global(var)
    return var


# outlined function -> indices of its parameters that every fork call passes a local
# variable of the caller whose address goes nowhere else (omp_atomic.py: no other memory
# the region reads can be the same)
DISTINCT: dict = {}


def record_distinct_captures(fork: CallInst) -> None:
    outlined = fork.args[2]
    found = {2 + k for k, arg in enumerate(fork.args[3:]) if unescaped_local(arg, fork)}
    DISTINCT[outlined] = DISTINCT[outlined] & found if outlined in DISTINCT else found


def unescaped_local(value, fork: CallInst) -> bool:
    """An alloca used only by loads, stores into it, lifetime markers and fork calls (or the
    region calls they became), as one capture of `fork`."""
    if not isinstance(value, AllocaInst) or list(fork.args).count(value) != 1:
        return False
    for user, index in value.uses:
        callee = user.called_function if isinstance(user, CallInst) else None
        if not (user.opcode == "load" or user.opcode == "store" and index == 1 or
                callee is not None and (callee.name == FORK and index >= 3 or is_region(callee)
                                        or callee.name.startswith("llvm.lifetime."))):
            return False
    return True
