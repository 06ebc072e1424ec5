"""Synchronisation in the reverse of a parallel region (omp_names.REVERSED).

Each thread reverses its own part of the region, so where its forward passed a barrier its
reverse passes one too (every thread passed the same barriers: the counts match), and the
adjoints written before a barrier in the reverse are complete when read after it. A
critical section reverses into a critical section on the same lock: the reverse of
`__kmpc_end_critical` enters it and the reverse of `__kmpc_critical` leaves it, so
updates of shared data, whose adjoints read and clear shadows, stay mutually exclusive; and
the sections are reversed in the opposite order of the forward's entries (a ticket taken
in each: omp_prepare.take_tickets, runtime `__enzymec_omp_order_*`), since a section may
depend on the ones before it (`s = s * t + u`, a max reduction).
"""

from __future__ import annotations

from enzymec.ir import VOID, CallInst, FunctionType
from enzymec.ir.builder import declare_function

from .omp_names import CRITICAL, END_CRITICAL, REVERSED
from ..rules.runtime_calls import runtime_function


def reverse_sync(ctx, b, call: CallInst) -> bool:
    """Emit the reverse of a synchronisation call at `b`; False when `call` is not one."""
    callee = call.called_function
    name = REVERSED.get(callee.name) if callee is not None else None
    if name is None:
        return False
    args = [b.primal(a) for a in call.args]
    target = declare_function(ctx.module, name, FunctionType(VOID, tuple(a.type for a in args)))
    if callee.name == END_CRITICAL:  # wait for this section's turn, then enter it
        ticket = b.primal(ticket_of(ctx, call))
        b.call(runtime_function(ctx.module, "omp_order_wait"), [args[2], ticket])
    b.call(target, args)
    if callee.name == CRITICAL:  # left: the previous entry's turn
        b.call(runtime_function(ctx.module, "omp_order_done"), [args[2]])
    return True


def ticket_of(ctx, end):
    """The ticket taken in the critical section `end` closes: the nearest ticket on the
    same lock that dominates it."""
    lock = end.args[2]
    tickets = [i for i in ctx.fn.instructions() if isinstance(i, CallInst)
               and i.called_function is not None
               and i.called_function.name.endswith("omp_order_take")
               and i.args[0] is lock and ctx.dom.dominates(i, end)]
    nearest = [t for t in tickets if all(ctx.dom.dominates(o, t) for o in tickets)]
    if not nearest:
        ctx.fail(end, "cannot find where this critical section begins",
                 "enter and leave each critical section in one function, in structured code")
    return nearest[0]
