"""Python's cyclic garbage collector, set for a compiler process.

The AD stage builds an object graph of the whole module (values, their operand and use
lists, which refer to each other) and keeps nearly all of it alive until the process ends.
With the default thresholds the collector runs a full collection every few hundred thousand
allocations, and each one walks that whole, growing graph: on generated functions of 16k IR
lines a fifth of the AD stage (benchmarks/notes/ad-growth.md). Fewer young collections find
the same (little) garbage, with no measurable growth in peak memory there. Only the `enzymec`
command sets this: the Python API (enzymec.load) runs inside the user's process, whose
collector is the user's business.
"""

from __future__ import annotations

import gc

# (young generation, middle, old): a young collection per 100k net allocations instead of 700.
COMPILER_THRESHOLDS = (100_000, 50, 100)


def tune_for_compile() -> None:
    gc.set_threshold(*COMPILER_THRESHOLDS)
