"""`qsort` in differentiated code: the sort runs as code enzymec differentiates.

libc's qsort has no body here, and its permutation depends on the data: the adjoint of each
element must follow the element to its sorted place. enzymec therefore replaces each call
to `qsort(base, n, size, cmp)` in a gradient's forward code by a call to `__enzymec_qsort`,
a bottom-up merge sort with the same signature and contract (O(n log n) comparisons; like
qsort it may order equal elements either way), written in C in the runtime
(runtime/enzymec_rt.c). Its element moves are memcpy calls and the comparator is an
indirect call, which indirect.py promotes to a direct call of the comparator: the reverse
sweep then moves each adjoint back along the copies the forward sweep made.

The sort is one fixed function (the element size is an argument), not one per element
type. Unlike the runtime's other functions it is differentiated, so its body must be in the
module before AD: the driver links it then (enzymec/driver/pipeline.py, pre_ad), for
modules that call qsort (`runtime_sorts`).
"""

from __future__ import annotations

from enzymec.diagnostics import CompileError
from enzymec.ir import CallInst, Function

SORTS = frozenset({"qsort"})  # library sorts replaced by SORT_NAME (same signature)
SORT_NAME = "__enzymec_qsort"


def runtime_sorts(names: set[str]) -> set[str]:
    """The runtime's sorts a module with functions `names` may need before AD."""
    return {SORT_NAME} if names & SORTS else set()


def replace_library_sorts(function: Function) -> None:
    """Point every direct call of `function` to qsort at __enzymec_qsort instead."""
    for inst in list(function.instructions()):
        callee = inst.called_function if isinstance(inst, CallInst) else None
        if callee is None or callee.name not in SORTS or len(inst.args) != 4:
            continue
        sort = function.module.get_function(SORT_NAME)
        if sort is None or sort.is_declaration:
            raise CompileError(f"internal error: qsort in differentiated code needs the body "
                               f"of {SORT_NAME}, which the driver links before AD")
        inst.set_operand(inst.arg_count, sort)
