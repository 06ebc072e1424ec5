"""Strongly connected components of a directed graph (Tarjan's algorithm, iterative, so a
long chain does not exhaust Python's stack).

Used where many "can X reach Y again?" questions are asked of one graph: each answer is then
a comparison of component numbers instead of a walk (loop re-entry, loop_entries.py; call
cycles, recursion.py).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable


def components(roots: Iterable[Hashable], successors: Callable) -> dict:
    """node -> component number, for every node reachable from `roots` along
    `successors(node)` (a list). Two nodes share a number exactly when each reaches the
    other; a component's number is smaller than those of the components it reaches."""
    index: dict = {}
    low: dict = {}
    found: dict = {}
    stack, on_stack, count = [], set(), 0
    for root in roots:
        if root in index:
            continue
        work = [(root, iter(successors(root)))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, edges = work[-1]
            child = next(edges, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(successors(child))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                count -= 1
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    found[member] = count
                    if member is node:
                        break
    base = -count
    return {node: base + number for node, number in found.items()}


def in_shared_components(component: dict) -> set:
    """The nodes whose component (a `components` answer) holds another node too: each lies
    on a cycle through two or more nodes (a self-loop is the caller's to test)."""
    sizes: dict = {}
    for number in component.values():
        sizes[number] = sizes.get(number, 0) + 1
    return {node for node, number in component.items() if sizes[number] > 1}
