"""select_only_values (speculation.py) by a worklist equals the greatest fixpoint computed by
sweeping every candidate until nothing changes (the definition), on random straight-line
functions whose values feed select arms, other values and the result; and a long chain of
values feeding one select arm is handled in linear time (issue 11 item 5)."""
import random
import time

from enzymec.ad.reverse.speculation import _speculative_use, select_only_values
from enzymec.ir import PhiInst, parse_module
from enzymec.ir.types import FloatType


def reference(fn) -> set:
    """The definition: drop candidates with a non-speculative use until none changes."""
    candidates = {i for i in fn.instructions() if i.uses and not isinstance(i, PhiInst)
                  and not i.is_terminator and isinstance(i.type.scalar, FloatType)}
    changed = True
    while changed:
        changed = False
        for inst in list(candidates):
            if not all(_speculative_use(u, k, candidates) for u, k in inst.uses):
                candidates.discard(inst)
                changed = True
    return candidates


def random_function(rng: random.Random, size: int) -> str:
    lines = ["define double @f(double %a, double %b, i1 %c) {"]
    values = ["%a", "%b"]
    for k in range(size):
        x, y = rng.choice(values), rng.choice(values)
        if rng.random() < 0.2:
            lines.append(f"  %v{k} = select i1 %c, double {x}, double {y}")
        else:
            lines.append(f"  %v{k} = {rng.choice(['fadd', 'fmul', 'fsub'])} double {x}, {y}")
        values.append(f"%v{k}")
    lines += [f"  ret double {values[-1]}", "}"]
    return "\n".join(lines) + "\n"


def function_of(text: str):
    return next(f for f in parse_module(text, "t.ll").functions if f.name == "f")


def test_worklist_equals_definition():
    rng = random.Random(11)
    nonempty = 0
    for _ in range(60):
        fn = function_of(random_function(rng, rng.randrange(5, 60)))
        got = select_only_values(fn)
        assert got == reference(fn)
        nonempty += bool(got)
    assert nonempty >= 10  # the random functions do exercise the select-only case


def test_long_chain_is_linear():
    """A chain whose last value the result uses: dropping it disqualifies the chain link by
    link (a sweep per link before); a short chain feeding only a select arm stays."""
    n = 6000
    lines = ["define double @f(double %a, i1 %c) {", "  %v0 = fadd double %a, %a"]
    lines += [f"  %v{k} = fmul double %v{k - 1}, %a" for k in range(1, n)]
    lines += ["  %w0 = fadd double %a, 1.0", "  %w1 = fmul double %w0, %a",
              "  %s = select i1 %c, double %w1, double %a",
              f"  %r = fadd double %s, %v{n - 1}", "  ret double %r", "}"]
    fn = function_of("\n".join(lines) + "\n")
    t0 = time.perf_counter()
    got = select_only_values(fn)
    assert time.perf_counter() - t0 < 5.0
    assert sorted(i.name for i in got) == ["w0", "w1"]
