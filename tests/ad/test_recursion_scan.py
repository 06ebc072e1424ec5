"""recursive_functions (recursion.py), used by the AD inliner, equals the definition (a
function is recursive when it reaches itself through direct calls) on random call graphs,
and a chain of thousands of calls is answered in one walk (issue 11 item 5: the inliner
asked every callee to walk the chain below it)."""
import random
import time

from enzymec.ad.passes.recursion import direct_callees, recursive_functions
from enzymec.ir import parse_module


def module_text(edges: dict[int, list[int]], n: int) -> str:
    """Functions @g0..@g{n-1}; @gi calls @gj for each j in edges[i], then an external @h."""
    lines = ["declare void @h()"]
    for i in range(n):
        lines.append(f"define void @g{i}() {{")
        lines += [f"  call void @g{j}()" for j in edges.get(i, [])]
        lines += ["  call void @h()", "  ret void", "}"]
    return "\n".join(lines) + "\n"


def reaches_itself(fn) -> bool:
    """The definition: a walk from fn's callees meets fn."""
    seen, work = set(), list(direct_callees(fn))
    while work:
        g = work.pop()
        if g is fn:
            return True
        if g not in seen:
            seen.add(g)
            work += direct_callees(g)
    return False


def reachable(root) -> set:
    seen, work = {root}, [root]
    while work:
        for g in direct_callees(work.pop()):
            if g not in seen:
                seen.add(g)
                work.append(g)
    return seen


def test_equals_definition_on_random_graphs():
    rng = random.Random(5)
    cyclic = acyclic = 0
    for _ in range(80):
        n = rng.randrange(1, 12)
        edges = {i: rng.sample(range(n), rng.randrange(0, min(n, 3) + 1)) for i in range(n)}
        fns = {f.name: f for f in parse_module(module_text(edges, n), "t.ll").functions}
        root = fns["g0"]
        got = recursive_functions(root)
        want = {f for f in reachable(root) if reaches_itself(f)}
        assert got == want
        cyclic += bool(want)
        acyclic += len(reachable(root)) - len(want)
    assert cyclic >= 20 and acyclic >= 20  # both kinds of function are exercised


def test_long_chain_is_one_walk():
    """g0 -> g1 -> ... -> g{n-1}, the last calling g{n-2} back: only those two recurse."""
    n = 3000
    edges = {i: [i + 1] for i in range(n - 1)}
    edges[n - 1] = [n - 2]
    fns = {f.name: f for f in parse_module(module_text(edges, n), "t.ll").functions}
    t0 = time.process_time()
    got = recursive_functions(fns["g0"])
    spent = time.process_time() - t0
    assert {f.name for f in got} == {f"g{n - 2}", f"g{n - 1}"}
    assert spent < 2.0, f"{spent:.2f} s for a {n}-call chain"
