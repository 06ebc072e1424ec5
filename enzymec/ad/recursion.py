"""Which functions reachable from one function are recursive (directly or through a cycle).

The AD inliner (inline.py) leaves recursive callees to the call rules. Asking each callee
"do you reach yourself?" walks everything below it, once per callee: for a chain of n
non-inlined calls that is n walks of up to n bodies. The strongly connected components of
the call graph answer every callee at once, in one walk (Tarjan's algorithm, iterative so a
deep chain does not exhaust Python's stack).
"""

from __future__ import annotations

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
    index: dict[Function, int] = {}
    low: dict[Function, int] = {}
    callees: dict[Function, list[Function]] = {}
    stack, on_stack, found = [], set(), set()
    work = [(root, 0)]  # (function, index of its next callee to visit)
    while work:
        fn, i = work.pop()
        if i == 0:
            index[fn] = low[fn] = len(index)
            callees[fn] = direct_callees(fn)
            stack.append(fn)
            on_stack.add(fn)
        if i < len(callees[fn]):
            work.append((fn, i + 1))
            target = callees[fn][i]
            if target not in index:
                work.append((target, 0))
            elif target in on_stack:
                low[fn] = min(low[fn], index[target])
            continue
        _finish(fn, callees, low, index, stack, on_stack, found)
        if work:  # the caller's entry is next on the work stack
            parent = work[-1][0]
            low[parent] = min(low[parent], low[fn])
    return found


def _finish(fn, callees, low, index, stack, on_stack, found) -> None:
    """All of fn's callees done: pop its component if fn is its root, and keep the
    component when it is a cycle (more than one function, or fn calling itself)."""
    if low[fn] != index[fn]:
        return
    component = []
    while True:
        member = stack.pop()
        on_stack.discard(member)
        component.append(member)
        if member is fn:
            break
    if len(component) > 1 or fn in callees[fn]:
        found.update(component)
