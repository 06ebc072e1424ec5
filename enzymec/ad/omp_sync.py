"""Synchronisation in the reverse of a parallel region (omp_names.REVERSED).

Each thread reverses its own part of the region, so where its forward passed a barrier its
reverse passes one too (every thread passed the same barriers: the counts match), and the
adjoints written before a barrier in the reverse are complete when read after it. A
critical section reverses into a critical section on the same lock: the reverse of
`__kmpc_end_critical` enters it and the reverse of `__kmpc_critical` leaves it, so
updates of shared data, whose adjoints read and clear shadows, stay mutually exclusive.
"""

from __future__ import annotations

from enzymec.ir import VOID, CallInst, FunctionType
from enzymec.ir.builder import declare_function

from .omp_names import REVERSED


def reverse_sync(s, b, call: CallInst) -> bool:
    """Emit the reverse of a synchronisation call at `b`; False when `call` is not one."""
    callee = call.called_function
    name = REVERSED.get(callee.name) if callee is not None else None
    if name is None:
        return False
    args = [b.primal(a) for a in call.args]
    target = declare_function(s.module, name, FunctionType(VOID, tuple(a.type for a in args)))
    b.call(target, args)
    return True
