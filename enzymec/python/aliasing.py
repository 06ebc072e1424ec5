"""Arrays passed to a gradient that share memory, and a function that writes them.

Why: each array argument gets its own derivative memory (shadow). That is right when the
arrays overlap but the function only reads them (`f(x, x)`: each argument's partial
derivative, as JAX gives). When the function writes memory another argument reads
(`b[i] = 2 * a[i]` with `a` and `b` the same array) the derivative flows between the
arguments through that memory, which separate shadows cannot follow: a wrong number, as it
would be in Enzyme with two shadows for one buffer. So around the call, arrays that share
memory are copied first, and if the function changed any of them the call is refused with
a clear error instead of returning the gradient (copies of the arrays give the intended one).
"""

from __future__ import annotations

from itertools import combinations

import numpy as np


def overlapping(arrays: dict) -> set:
    """The keys of `arrays` (key -> ndarray) whose memory another one shares."""
    found: set = set()
    for (i, a), (j, b) in combinations(arrays.items(), 2):
        if not np.may_share_memory(a, b):
            continue
        try:
            shared = np.shares_memory(a, b, max_work=10_000)
        except np.exceptions.TooHardError:
            shared = True
        if shared:
            found |= {i, j}
    return found


class WrittenOverlap:
    """`with WrittenOverlap(arrays, error, what):` around a call; raises `error` after it if
    the call changed an array that shares memory with another argument."""

    def __init__(self, arrays: dict, error, what) -> None:
        self.arrays = arrays
        self.error = error
        self.what = what  # key -> the argument's name in the message
        shared = overlapping(arrays)
        self.before = {k: arrays[k].copy() for k in sorted(shared)}

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None or not self.before:
            return
        changed = [k for k, old in self.before.items()
                   if not np.array_equal(old, self.arrays[k], equal_nan=True)]
        if changed:
            names = ", ".join(self.what(k) for k in self.before)
            raise self.error(
                f"arguments {names} share memory and the function writes it "
                f"({', '.join(self.what(k) for k in changed)} changed): each argument has "
                f"its own derivative memory, so the derivative flowing between them through "
                f"the shared memory would be lost; pass copies (np.copy) of the arrays")
