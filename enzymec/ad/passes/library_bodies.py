"""Library functions in differentiated code that run as code enzymec differentiates: `qsort`
and CBLAS.

They have no body here, and their derivatives follow the data: the adjoint of each element
must follow the element to its sorted place; a matrix product's adjoints are products of
its operands. enzymec therefore points each call of one of them in a derivative's clone
(context/prepare.py) at a runtime function of the same signature and contract, written in
C (runtime/enzymec_rt.c), which the clone inlines and enzymec differentiates like user code.
Unlike the runtime's other functions these are differentiated, so their bodies must be in
the module before AD: the driver links the ones a module may call then
(enzymec/driver/pipeline.py, pre_ad; `runtime_bodies`). The library's own function still
runs everywhere else.

- `qsort(base, n, size, cmp)` becomes `__enzymec_qsort`, a bottom-up merge sort (O(n log n)
  comparisons; like qsort it may order equal elements either way). Its element moves are
  memcpy calls and the comparator is an indirect call, which indirect.py promotes to a direct
  call of the comparator: the reverse sweep then moves each adjoint back along the copies
  the forward sweep made. One fixed function (the element size is an argument).
- CBLAS's `cblas_?dot`, `?axpy`, `?scal`, `?copy`, `?swap`, `?nrm2`, `?asum`, `?gemv` and
  `?gemm`, double (`d`) and float (`s`), both orders, transposes and negative increments,
  become loops (`__enzymec_cblas_...`): derivatives that are right in every mode, at the
  speed of compiled loops rather than of a tuned BLAS (a large dgemm's gradient does not
  run at the BLAS's speed). alpha = 0 is no shortcut. With beta = 0 BLAS does not read C (or
  y): a call whose beta is a constant keeps that, one whose beta is computed takes the
  `_beta` version, which reads C where it is finite, so that the derivative with respect to
  beta at 0 is C's rather than zero (its result can differ from BLAS's in the sign of a
  zero).

A call is redirected only when its callee is a declaration of exactly the runtime
function's type: an ILP64 BLAS (64-bit integers) or a project's own `cblas_ddot` keeps its
call (a body the AD differentiates, or the refusal of an external function as before).
"""

from __future__ import annotations

from enzymec.diagnostics import CompileError
from enzymec.ir import CallInst, ConstantFloat, Function

_BLAS = ("dot", "axpy", "scal", "copy", "swap", "nrm2", "asum", "gemv", "gemm")
# library function -> the runtime function that replaces it (same signature)
LIBRARY_BODIES = {"qsort": "__enzymec_qsort",
                  **{f"cblas_{p}{op}": f"__enzymec_cblas_{p}{op}" for p in "ds" for op in _BLAS}}
# where beta is among the arguments of the calls with a `_beta` version
_BETA_AT = {**{f"cblas_{p}gemv": 9 for p in "ds"}, **{f"cblas_{p}gemm": 11 for p in "ds"}}
# the sort's body is always inlined into the clone (context/prepare.py)
SORT_NAME = LIBRARY_BODIES["qsort"]


def mentions_library(ir_text: str) -> bool:
    """Whether textual IR calls (or names) a library function replaced here."""
    return any(f"@{name}(" in ir_text for name in LIBRARY_BODIES)


def runtime_bodies(names: set[str]) -> set[str]:
    """The runtime functions a module with functions `names` may need before AD."""
    wanted = {LIBRARY_BODIES[name] for name in names & LIBRARY_BODIES.keys()}
    return wanted | {LIBRARY_BODIES[name] + "_beta" for name in names & _BETA_AT.keys()}


def is_library_body(name: str) -> bool:
    """A runtime function standing for a library function (always inlined into the clone)."""
    return name.startswith(("__enzymec_qsort", "__enzymec_cblas_"))


def replace_library_calls(function: Function) -> int:
    """Point every direct call in `function` of a library function of LIBRARY_BODIES at its
    runtime function (the module doc); how many it pointed."""
    module = function.module
    done = 0
    for inst in list(function.instructions()):
        callee = inst.called_function if isinstance(inst, CallInst) else None
        if callee is None or callee.name not in LIBRARY_BODIES or not callee.is_declaration:
            continue
        name = LIBRARY_BODIES[callee.name]
        beta = _BETA_AT.get(callee.name)
        if beta is not None and beta < len(inst.args) and \
                not isinstance(inst.args[beta], ConstantFloat):
            name += "_beta"
        body = module.get_function(name)
        if body is None or body.is_declaration:
            raise CompileError(f"internal error: {callee.name} in differentiated code needs "
                               f"the body of {name}, which the driver links before AD")
        if str(body.function_type) != str(callee.function_type) or \
                str(inst.function_type) != str(callee.function_type):
            continue  # another ABI (64-bit integers): the call stays
        inst.set_operand(inst.arg_count, body)
        done += 1
    return done
