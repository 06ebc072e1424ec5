"""Calls from synthesized code into enzymec's C runtime (runtime/enzymec_rt.c).

Helpers that derivative code needs and whose code does not depend on the program (tapes,
heap shadows, split-call records, memcpy adjoints, digamma, the runtime-activity check) are
C functions in the runtime. The AD stage only declares them, with the IR types below (the
ABI of runtime/enzymec_rt.h), and calls them; the driver links the bodies of the ones a
module calls into it before optimization (enzymec/driver/rtlink.py), internal, so LLVM
inlines them. They are the synthesized code's own: never differentiated.

The helpers that look per-type (the memcpy adjoints of each floating-point type, the
per-field loops of copied arrays of records, copy_fields.py) take the record stride and
field offset as arguments, so the only thing varying is the element type, a closed set
(double, float, half, pointer): one C function each, no per-type IR generation needed.
"""

from __future__ import annotations

from enzymec.ir import DOUBLE, FLOAT, I8, I32, I64, PTR, VOID, Function, FunctionType
from enzymec.ir.builder import declare_function

from .copy_fields import FLOAT_KINDS  # the element types the memcpy adjoints handle

PREFIX = "__enzymec_"  # every runtime symbol; reserved to the implementation in C

_COPY = (PTR, PTR, I64)  # dst, src, bytes
_FIELD = (PTR, PTR, I64, I64, I64)  # dst, src, bytes, record stride, field offset

# --check-gradients (check_wrapper.py, runtime/enzymec_gradcheck.c)
GRADCHECK_SIGNATURES = {
    "gradcheck_begin": (PTR, (PTR, PTR, I32, I32, I32, I32, I32)),
    "gradcheck_scalar": (VOID, (PTR, I32, DOUBLE, DOUBLE, I32)),
    "gradcheck_memory": (VOID, (PTR, I32, PTR, PTR, I64, I32)),
    "gradcheck_gradient": (VOID, (PTR, I32, DOUBLE)),
    "gradcheck_tangent": (VOID, (PTR, DOUBLE)),
    "gradcheck_next": (I32, (PTR,)),
    "gradcheck_arg": (DOUBLE, (PTR, I32)),
    "gradcheck_buffer": (PTR, (PTR, I32)),
    "gradcheck_value": (VOID, (PTR, DOUBLE)),
    "gradcheck_end": (VOID, (PTR,)),
    "gradcheck_pair_put": (VOID, (PTR, PTR)),
    "gradcheck_pair_take": (PTR, (PTR, I32, I32, PTR)),
    "gradcheck_seed": (VOID, (PTR, DOUBLE)),
    "gradcheck_reseed": (VOID, (PTR, I32, PTR)),
}

# name (without PREFIX) -> (return type, parameter types)
SIGNATURES = {
    "tape_reserve": (VOID, (PTR, I64, I64)),
    "tape_slot": (PTR, (PTR, I64, I64)),
    "kept_tape_reserve": (VOID, (PTR, I64, I64)),
    "kept_tape_slot": (PTR, (PTR, I64, I64)),
    "kept_tape_release": (VOID, (PTR, I64)),
    "stack_tape_reserve": (VOID, (PTR, I64, I64)),
    "stack_tape_release": (VOID, (PTR, I64)),
    "shadow_tape_move": (VOID, (PTR, PTR, I64)),  # shadow_tape_apply.py
    "shadow_bits": (I64, (PTR, I64)),  # shadow_pretest.py
    "nested_tape_release": (VOID, (PTR, I64)),
    "shadow_alloc": (PTR, (I64, I64, PTR)),
    "shadow_free": (VOID, (PTR, I64)),
    "shadow_size": (I64, (PTR,)),
    "shadow_moved": (I64, (PTR, PTR, I64)),
    "shadow_realloc": (PTR, (PTR, I64, PTR)),
    "posix_memalign": (PTR, (PTR, I64, I64, PTR)),
    "record_push": (PTR, (I64,)),
    "record_pop": (VOID, (PTR,)),
    "record_top": (PTR, (I64,)),
    "record_push_upto": (PTR, (I64, I64)),
    "record_alloc": (PTR, (I64,)),
    "record_free": (VOID, (PTR,)),
    "digamma": (DOUBLE, (DOUBLE,)),
    "trigamma": (DOUBLE, (DOUBLE,)),
    "check_shadow": (VOID, (PTR, PTR, PTR)),
    "check_global_shadow": (VOID, (PTR, PTR, PTR, PTR)),
    "clear_kept_shadow": (VOID, (PTR, PTR, PTR, I8)),
    "check_copy_bound": (VOID, (I64, I64, PTR)),
    **GRADCHECK_SIGNATURES,
    "memcpy_field_pointer": (VOID, _FIELD),
    "atomic_add_double": (VOID, (PTR, DOUBLE)),  # OpenMP reverse sweeps (omp_*.py)
    "atomic_add_float": (VOID, (PTR, FLOAT)),
    "atomic_add_double_lanes": (VOID, (PTR, PTR, I64)),
    "atomic_add_float_lanes": (VOID, (PTR, PTR, I64)),
    "atomic_add_double_if": (VOID, (PTR, DOUBLE, I32)),
    "atomic_add_float_if": (VOID, (PTR, FLOAT, I32)),
    "omp_tapes_new": (PTR, (I64,)),
    "omp_tape_set": (VOID, (PTR, I64, I64, PTR)),
    "omp_tape_get": (PTR, (PTR, I64, I64)),
    "omp_team": (I32, (PTR,)),
    "omp_tapes_free": (VOID, (PTR,)),
    "omp_order_take": (I64, (PTR,)),
    "omp_order_wait": (VOID, (PTR, I64)),
    "omp_order_done": (VOID, (PTR,)),
    **{f"memcpy_adjoint_{kind}": (VOID, _COPY) for kind in FLOAT_KINDS},
    **{f"memcpy_field_adjoint_{kind}": (VOID, _FIELD) for kind in FLOAT_KINDS},
}
RUNTIME_NAMES = frozenset(PREFIX + name for name in SIGNATURES)
# runtime functions that take an object without writing or keeping it: name -> argument
# position (the shadow allocation only tests its primal for null)
READ_ONLY_ARGUMENTS = {PREFIX + "shadow_alloc": 2}


def runtime_function(module, name: str) -> Function:
    """The declaration of the runtime function `__enzymec_<name>` in `module`."""
    result, params = SIGNATURES[name]
    return declare_function(module, PREFIX + name, FunctionType(result, params))


def reads_only(callee, position: int) -> bool:
    """Whether the runtime function `callee` only reads its argument at `position`."""
    return READ_ONLY_ARGUMENTS.get(callee.name) == position


def is_runtime_function(name: str) -> bool:
    """True for the runtime's helpers, which synthesized code calls and which are never
    differentiated (the runtime's qsort, which is, is not one of them)."""
    return name in RUNTIME_NAMES
