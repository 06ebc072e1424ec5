"""Child process of the fuzzer: load one built program, compare its gradient with central
differences at spread points, print one JSON verdict. Run apart from the fuzzer so that a
crashing or hanging gradient is a crash of this process, not of the fuzzer.

    python tests/fuzz/evaluate.py LIBRARY N NAME
    python tests/fuzz/evaluate.py LIBRARY --batch SEED:N:NAME ...   # one verdict a line

The batch form checks the entry points `f_s<SEED>` / `grad_s<SEED>` of a library built from
generator.batch_source, each exactly as the single form checks `f` / `grad`.

NAME seeds the points (gradcheck.spread_points over [-LIMIT, LIMIT]^N). Points where the
differences are not step-size robust (gradcheck.reliable_differences: a branch's boundary
within reach) are skipped, and so are mismatching points where f oscillates below the
difference step (substep.py); the verdict is "pass" after at least MIN_RELIABLE reliable
points, "wrong number" at the first other mismatch, "inconclusive" if too few points were
reliable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
import gradcheck  # noqa: E402
try:  # imported as tests.fuzz.evaluate, or run as a script (check.py's child process)
    from .substep import oscillates_below_step
except ImportError:
    from substep import oscillates_below_step  # noqa: E402

LIMIT = 1.5
POINTS, MORE_POINTS, MIN_RELIABLE = 4, 8, 3


class Renamed(gradcheck.Program):
    """Entry points f_s<seed> and grad_s<seed> of an already loaded batch library."""

    def __init__(self, spec: gradcheck.Spec, ffi, lib, seed: int):
        self.spec, self.ffi, self.lib = spec, ffi, lib
        self._f, self._grad = getattr(lib, f"f_s{seed}"), getattr(lib, f"grad_s{seed}")

    def f(self, x) -> float:
        return float(self._f(self._in(x)))

    def grad(self, x):
        return self._vector(self._grad, x)


def verdict(library: str, n: int, name: str) -> dict:
    """Check the library's grad against reliable central differences of its f."""
    spec = gradcheck.Spec(Path(name), n, -LIMIT, LIMIT, False, False)
    return check(gradcheck.Program(spec, Path(library)), n, name)


def batch(library: str, entries: list[str]) -> None:
    """Print one JSON verdict per SEED:N:NAME entry of a batch library, as each is found."""
    parsed = [(int(seed), int(n), name) for seed, n, name in (e.split(":", 2) for e in entries)]
    cdef = "".join(f"double f_s{s}(const double *x);\nvoid grad_s{s}(const double *x, double *g);\n"
                   for s, _, _ in parsed)
    ffi, lib = gradcheck.load(Path(library), cdef)
    for seed, n, name in parsed:
        spec = gradcheck.Spec(Path(name), n, -LIMIT, LIMIT, False, False)
        print(json.dumps({"seed": seed, **check(Renamed(spec, ffi, lib, seed), n, name)}),
              flush=True)


def check(program, n: int, name: str) -> dict:
    """The verdict on one program (anything with f and grad over n inputs)."""
    reliable, skipped, nonzero, oscillating = 0, 0, 0, 0
    points = gradcheck.spread_points(n, -LIMIT, LIMIT, POINTS, name)
    points += gradcheck.spread_points(n, -LIMIT, LIMIT, MORE_POINTS, name + "/more")
    for x in points:
        if reliable >= POINTS:
            break
        fd = gradcheck.reliable_differences(program.f, x)
        if fd is None:
            skipped += 1
            continue
        fx = program.f(x)
        try:
            g = program.grad(x)
        except AssertionError as error:  # the gradient was written past its n entries
            return {"kind": "wrong number", "x": list(x), "detail": str(error)}
        bad = gradcheck.fd_mismatches(g, fd, fx)
        if bad and oscillates_below_step(program.f, x, fd, g, bad):
            skipped += 1  # the reference, not the gradient, is in doubt here (substep.py)
            oscillating += 1
            continue
        if bad:
            return {"kind": "wrong number", "x": list(x), "f": fx, "grad": list(g),
                    "central": list(fd), "reliable": reliable, "skipped": skipped}
        reliable += 1
        nonzero += gradcheck.nonzero_components(g, fx)
    kind = "pass" if reliable >= MIN_RELIABLE else "inconclusive"
    return {"kind": kind, "reliable": reliable, "skipped": skipped, "nonzero": nonzero,
            "oscillating": oscillating}


if __name__ == "__main__":
    if sys.argv[2] == "--batch":
        batch(sys.argv[1], sys.argv[3:])
    else:
        print(json.dumps(verdict(sys.argv[1], int(sys.argv[2]), sys.argv[3])))
