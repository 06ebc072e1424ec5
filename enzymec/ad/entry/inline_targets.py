"""Functions with only an inline definition in the unit (C99 `inline`, a C++ `extern
template` member), passed to an entry point: their bodies kept through the pre-AD passes.

Why: clang gives such a definition `available_externally` linkage (another unit holds the
one that is emitted), and the pre-AD passes, like every -O pipeline, drop those bodies at
the end (EliminateAvailableExternally). A function that the passes did not inline into
its callers then reaches the AD without a body: `__enzyme_autodiff((void *)sq, x)` of
`inline double sq(double x)` was refused as "its body is not in this translation unit",
where it is. In the frontend's text, before the passes, each such function named by an
entry-point call becomes `linkonce_odr`: the same body, kept while used, emitted (as a
weak, discardable definition, as C++ inline functions are) only where still referenced,
which another unit's external definition overrides at link time.
"""

from __future__ import annotations

import re

from .entry_points import entry_call_lines

from enzymec import regex_cache

_FUNCTION_ARG = regex_cache.compile(r"\bptr (?:[a-z_]+ )*@([-\w.$]+)")  # `ptr noundef @sq`


def keep_inline_targets(ir_text: str) -> str:
    """`ir_text` with each `available_externally` function an entry-point call names made
    `linkonce_odr` (see the module doc)."""
    if "define available_externally" not in ir_text:
        return ir_text
    named = {name for line in entry_call_lines(ir_text) for name in _FUNCTION_ARG.findall(line)}
    for name in sorted(named):
        ir_text = re.sub(r"(\ndefine )available_externally( [^\n]*@" + re.escape(name) + r"\()",
                         r"\1linkonce_odr\2", ir_text, count=1)
    return ir_text
