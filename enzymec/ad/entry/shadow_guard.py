"""Run-time checks for Enzyme's runtime activity: a shadow pointer equal to its primal.

With `enzyme_runtime_activity`, Enzyme lets a program say "this memory is constant" at run
time by passing (or storing) a pointer as its own shadow. enzymec decides activity at
compile time and would add adjoints into the primal memory itself: a wrong number. So
where such a pointer enters a gradient (an argument of the autodiff call, a pointer loaded
from memory that has a shadow), a call to the runtime's `__enzymec_check_shadow` stops
the program with the source location when the two are equal and not null.
"""

from __future__ import annotations

from enzymec.ir.builder import IRBuilder
from enzymec.ir.strings import private_string

from ..rules.runtime_calls import runtime_function


def check_shadow(b: IRBuilder, primal, shadow, where: str) -> None:
    """Before `b`'s position: stop at run time if `shadow` is `primal` (and not null)."""
    message = private_string(b.function.module, where, ".enzymec.where")
    b.call(runtime_function(b.function.module, "check_shadow"), [primal, shadow, message])


def describe(location, what: str) -> str:
    """The start of the run-time message, `file:line: error: the shadow of <what>`, which
    the runtime completes (the location may be unknown)."""
    return f"{location or 'enzymec'}: error: the shadow of {what}"
