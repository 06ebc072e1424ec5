"""Child process of the fuzzer: load one built program, compare its gradient with central
differences at spread points, print one JSON verdict. Run apart from the fuzzer so that a
crashing or hanging gradient is a crash of this process, not of the fuzzer.

    python tests/fuzz/evaluate.py LIBRARY N NAME

NAME seeds the points (gradcheck.spread_points over [-LIMIT, LIMIT]^N). Points where the
differences are not step-size robust (gradcheck.reliable_differences: a branch's boundary
within reach) are skipped; the verdict is "pass" after at least MIN_RELIABLE reliable
points, "wrong number" at the first mismatch, "inconclusive" if too few points were
reliable.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "c"))
import gradcheck  # noqa: E402

LIMIT = 1.5
POINTS, MORE_POINTS, MIN_RELIABLE = 4, 8, 3


def verdict(library: str, n: int, name: str) -> dict:
    """Check the library's grad against reliable central differences of its f."""
    spec = gradcheck.Spec(Path(name), n, -LIMIT, LIMIT, False, False)
    program = gradcheck.Program(spec, Path(library))
    reliable, skipped, nonzero = 0, 0, 0
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
        if gradcheck.fd_mismatches(g, fd, fx):
            return {"kind": "wrong number", "x": list(x), "f": fx, "grad": list(g),
                    "central": list(fd), "reliable": reliable, "skipped": skipped}
        reliable += 1
        nonzero += gradcheck.nonzero_components(g, fx)
    kind = "pass" if reliable >= MIN_RELIABLE else "inconclusive"
    return {"kind": kind, "reliable": reliable, "skipped": skipped, "nonzero": nonzero}


if __name__ == "__main__":
    print(json.dumps(verdict(sys.argv[1], int(sys.argv[2]), sys.argv[3])))
