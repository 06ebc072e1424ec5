"""Which functions reachable from one function are recursive (directly or through a cycle).

The AD inliner (inline.py) leaves recursive callees to the call rules. Asking each callee
"do you reach yourself?" walks everything below it, once per callee: for a chain of n
non-inlined calls that is n walks of up to n bodies. The strongly connected components of
the call graph answer every callee at once, in one walk (enzymec/analysis/scc.py).
"""

from __future__ import annotations

from enzymec.analysis.scc import components, in_shared_components
from enzymec.ir import CallInst, Function


def direct_callees(fn: Function) -> list[Function]:
    """The defined functions `fn` calls directly, in order, without repeats."""
    seen, out = set(), []
    for inst in fn.instructions():
        if isinstance(inst, CallInst) and inst.called_function is not None:
            target = inst.called_function
            if not target.is_declaration and target not in seen:
                seen.add(target)
                out.append(target)
    return out


def recursive_functions(root: Function) -> set[Function]:
    """The functions reachable from `root` (itself included) that lie on a call cycle."""
    callees: dict[Function, list[Function]] = {}

    def calls_of(fn: Function) -> list[Function]:
        if fn not in callees:
            callees[fn] = direct_callees(fn)
        return callees[fn]

    component = components([root], calls_of)
    shared = in_shared_components(component)
    return {fn for fn in component if fn in shared or fn in callees[fn]}
